/** Running the built CLI as a user would, and small Go modules in temporary directories for it. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CLI = fileURLToPath(new URL('../../src/cli/main.js', import.meta.url));

/** No colour, the local go only, no user GOFLAGS; git without the user's config. */
export const CLI_ENV: NodeJS.ProcessEnv = {
  ...process.env,
  NO_COLOR: '1',
  GOTOOLCHAIN: 'local',
  GOFLAGS: '',
  GO111MODULE: '',
  GOESCAPE_GO: undefined,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@example.com',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@example.com',
};

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `goescape ARGS` in `cwd`; `env` entries set to undefined are removed. */
export function goescape(args: string[], o: { cwd: string; env?: NodeJS.ProcessEnv }): CliRun {
  const env = Object.fromEntries(Object.entries({ ...CLI_ENV, ...o.env }).filter(([, v]) => v !== undefined));
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: o.cwd, env, encoding: 'utf8' });
  if (r.error) throw r.error;
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Writes `files` (paths relative to `dir`, directories made as needed). */
export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
}

/**
 * The one line a user mistake prints: exactly one line on stderr, starting
 * `goescape <command>: `, no stack. Returns it.
 */
export function errorLine(r: CliRun, command: string): string {
  const lines = r.stderr.split('\n');
  assert.equal(lines.at(-1), '', `stderr ends with a newline: ${JSON.stringify(r.stderr)}`);
  assert.equal(lines.length, 2, `exactly one line on stderr: ${JSON.stringify(r.stderr)}`);
  assert.ok(lines[0]!.startsWith(`goescape ${command}: `) || lines[0]!.startsWith(`goescape ${command} failed: `), lines[0]);
  assert.doesNotMatch(r.stderr, /\n\s+at |internal error/, 'no stack');
  return lines[0]!;
}

/**
 * Small Go modules that an end-to-end test file writes for itself, removed
 * when its tests end, and git run in them.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import { CLI_ENV, writeFiles } from './cli.js';

/** A maker of modules `example.com/<name>` (go.mod and the files given) in temporary directories named after `prefix`. */
export function tempModules(prefix: string): (name: string, files: Record<string, string>) => string {
  const dirs: string[] = [];
  after(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });
  return (name, files) => {
    const dir = mkdtempSync(join(tmpdir(), `goescape-e2e-${prefix}-${name}-`));
    dirs.push(dir);
    writeFiles(dir, { 'go.mod': `module example.com/${name}\n\ngo 1.22\n`, ...files });
    return dir;
  };
}

/** Runs git in `dir`; fails the test when git does. */
export function git(dir: string, ...args: string[]): string {
  const r = spawnSync('git', args, { cwd: dir, env: CLI_ENV, encoding: 'utf8' });
  assert.equal(r.status, 0, `git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
}

/** Commits everything in `dir` and returns the commit's hash. */
export function commit(dir: string, message: string): string {
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', message);
  return git(dir, 'rev-parse', 'HEAD');
}

/** 1-based line of the first line containing `needle`. */
export function lineOf(text: string, needle: string): number {
  const i = text.split('\n').findIndex((l) => l.includes(needle));
  assert.ok(i >= 0, `no line with ${needle}`);
  return i + 1;
}

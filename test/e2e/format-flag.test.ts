/**
 * Every command's `--format` choices come from its reporter registry
 * (src/report/index.ts): an unknown format is refused before any work with
 * the same one line each command gave before the registry (exit 2), and
 * each declared format is accepted by the command's flag.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { COMMANDS } from '../../src/cli/commands/index.js';
import { goescape } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'goescape-format-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const CASES: { args: string[]; line: string }[] = [
  { args: ['analyze', '-f', 'xml'], line: 'goescape analyze: unknown --format "xml"; use one of: text, json, html' },
  { args: ['report', 'r.json', '-f', 'md'], line: 'goescape report: unknown --format "md"; use one of: html, text, json' },
  { args: ['check', '-f', 'yaml'], line: 'goescape check: unknown --format "yaml"; use one of: text, json, sarif, github, markdown' },
  { args: ['diff', 'HEAD', '-f', 'sarif'], line: 'goescape diff: unknown --format "sarif"; use one of: text, json, markdown, html' },
  { args: ['bench', '-f', 'html'], line: 'goescape bench: unknown --format "html"; use one of: text, json, markdown' },
  { args: ['profile', 'mem.pprof', '-f', 'sarif'], line: 'goescape profile: unknown --format "sarif"; use one of: text, json, markdown, html' },
  { args: ['explain', 'a.go:1', '-f', 'xml'], line: 'goescape explain: unknown --format "xml"; use text or json' },
];

for (const c of CASES) {
  test(`goescape ${c.args.join(' ')}: one line, exit 2`, () => {
    const r = goescape(c.args, { cwd: dir });
    assert.equal(r.code, 2, r.stderr);
    assert.equal(r.stderr, `${c.line}\n`);
    assert.equal(r.stdout, '');
  });
}

test('every command with a --format flag is one of the cases above', async () => {
  const loaded = await Promise.all(COMMANDS.map((c) => c.load()));
  const withFormat = loaded
    .filter((c) => 'format' in c.options)
    .map((c) => c.name)
    .sort();
  assert.deepEqual(withFormat, CASES.map((c) => c.args[0]!).sort());
});

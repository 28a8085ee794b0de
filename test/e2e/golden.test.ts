/**
 * The CLI's output on the example module, byte for byte, with exit codes,
 * against files recorded by an earlier build (test/golden/demo/). A change
 * to any reporter's bytes shows here as a diff to review; when it is meant,
 * re-record with GOESCAPE_UPDATE_GOLDEN=1 and commit the new files.
 *
 * The gate's formats need violations to show: the baseline is the demo's
 * own, less the sites of one file (escapes/closure.go), so those are new.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { DEMO, requireGo } from '../helpers/go.js';

const CLI = new URL('../../src/cli/main.js', import.meta.url).pathname;
const GOLDEN = new URL('../../../test/golden/demo/', import.meta.url).pathname;
const UPDATE = process.env.GOESCAPE_UPDATE_GOLDEN === '1';

/** Each case: the golden file's name and the CLI arguments (run in the copy with the trimmed baseline). */
const CASES: { name: string; args: string[] }[] = [
  { name: 'analyze.txt', args: ['analyze'] },
  { name: 'analyze-heap-by-cause-verify.txt', args: ['analyze', '--only', 'heap', '--by', 'cause', '--verify'] },
  { name: 'analyze-frames.txt', args: ['analyze', '--verify', '--frames'] },
  { name: 'check.txt', args: ['check'] },
  { name: 'check.sarif', args: ['check', '-f', 'sarif'] },
  { name: 'check.md', args: ['check', '-f', 'markdown'] },
  { name: 'check.github', args: ['check', '-f', 'github'] },
  { name: 'explain-closure.txt', args: ['explain', 'escapes/closure.go:11'] },
  { name: 'explain-func.txt', args: ['explain', 'example.com/demo/escapes.ClosureBefore'] },
  { name: 'analyze.json', args: ['analyze', '--verify', '-f', 'json'] },
];

describe('CLI output on the example module matches the recorded goldens', () => {
  let dir: string;
  before(() => {
    requireGo();
    dir = mkdtempSync(join(tmpdir(), 'goescape-golden-'));
    cpSync(DEMO, dir, { recursive: true, filter: (src) => !src.endsWith('/demo/demo') });
    const env = { ...process.env, GOESCAPE_CACHE: 'off', NO_COLOR: '1' };
    const made = spawnSync(process.execPath, [CLI, 'baseline'], { cwd: dir, env, encoding: 'utf8' });
    assert.equal(made.status, 0, made.stderr);
    const path = join(dir, 'goescape-baseline.json');
    const baseline = JSON.parse(readFileSync(path, 'utf8')) as { sites: { key: string; func: string }[] };
    const before = baseline.sites.length;
    baseline.sites = baseline.sites.filter((f) => !/Closure/.test(f.func));
    assert.ok(baseline.sites.length < before, 'the trimmed baseline leaves some findings out');
    writeFileSync(path, JSON.stringify(baseline, null, 2) + '\n');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  for (const c of CASES) {
    test(`goescape ${c.args.join(' ')}`, () => {
      const env = { ...process.env, GOESCAPE_CACHE: 'off', NO_COLOR: '1' };
      const r = spawnSync(process.execPath, [CLI, ...c.args], { cwd: dir, env, encoding: 'utf8' });
      const hide = (t: string) => t.split(dir).join('<dir>');
      const got = `exit ${r.status}\n--- stdout\n${hide(r.stdout)}--- stderr\n${hide(r.stderr)}`;
      const file = join(GOLDEN, c.name);
      if (UPDATE) {
        mkdirSync(GOLDEN, { recursive: true });
        writeFileSync(file, got);
        return;
      }
      assert.equal(got, readFileSync(file, 'utf8'), `${c.name} differs from its golden (GOESCAPE_UPDATE_GOLDEN=1 re-records)`);
    });
  }
});

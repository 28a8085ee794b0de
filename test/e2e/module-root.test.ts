/**
 * Where goescape takes the module to be, through the built CLI with the
 * real go: in a go.work workspace findings' paths are relative to the
 * workspace while the gate's files (goescape.yaml, the baseline) are the
 * module's; a nested module is a module of its own; outside any module the
 * gate commands say so with the directory as given; and a --cwd through a
 * symbolic link keeps its name.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { errorLine, goescape, writeFiles } from '../helpers/cli.js';
import { requireGo } from '../helpers/go.js';
import type { AnalysisResult } from '../../src/model/result.js';

/** A heap key without its statement's fingerprint (8 hex digits), which these tests do not pin. */
const nofp = (k: string) => k.replace(/\|[0-9a-f]{8}(?=~\d+$|$)/, '');

let root = '';
const escapingSource = (pkg: string) => `package ${pkg}\n\n// F returns the address of a local.\nfunc F() *int {\n\tx := 1\n\treturn &x\n}\n`;
const run = (args: string[], cwd: string) => goescape(args, { cwd, env: { GOWORK: undefined } });
const json = (args: string[], cwd: string): AnalysisResult => {
  const r = run([...args, '-f', 'json'], cwd);
  assert.equal(r.code, 0, r.stderr);
  return JSON.parse(r.stdout) as AnalysisResult;
};
const files = (r: AnalysisResult) => [...new Set(r.findings.filter((f) => f.kind === 'moved-to-heap').map((f) => `${f.pkg} ${f.pos.file}`))].sort();

before(() => {
  requireGo();
  root = mkdtempSync(join(tmpdir(), 'goescape-e2e-module-root-'));
  writeFiles(join(root, 'ws'), {
    'go.work': 'go 1.22\n\nuse ./a\nuse ./b\n',
    'a/go.mod': 'module example.com/a\n\ngo 1.22\n',
    'a/a.go': escapingSource('a'),
    'b/go.mod': 'module example.com/b\n\ngo 1.22\n',
    'b/b.go': escapingSource('b'),
  });
  writeFiles(join(root, 'mod'), {
    'go.mod': 'module example.com/outer\n\ngo 1.22\n',
    'p/p.go': escapingSource('p'),
    'sub/go.mod': 'module example.com/sub\n\ngo 1.22\n',
    'sub/s.go': escapingSource('sub'),
  });
  writeFiles(join(root, 'none'), { 'a.go': 'package main\n\nfunc main() {}\n' });
  symlinkSync(join(root, 'mod'), join(root, 'link'));
});

after(() => rmSync(root, { recursive: true, force: true }));

test('workspace: paths relative to the go.work directory, the baseline in the module', () => {
  const a = json(['analyze'], join(root, 'ws', 'a'));
  assert.deepEqual(a.module, { path: 'example.com/a', root: join(root, 'ws') });
  assert.deepEqual(files(a), ['example.com/a a/a.go']);
  const all = json(['analyze', './a', './b'], join(root, 'ws'));
  assert.deepEqual(files(all), ['example.com/a a/a.go', 'example.com/b b/b.go']);
  const r = run(['baseline'], join(root, 'ws', 'a'));
  assert.equal(r.code, 0, r.stderr);
  assert.ok(existsSync(join(root, 'ws', 'a', 'goescape-baseline.json')));
  assert.ok(!existsSync(join(root, 'ws', 'goescape-baseline.json')));
  const base = JSON.parse(readFileSync(join(root, 'ws', 'a', 'goescape-baseline.json'), 'utf8')) as { sites: { key: string }[] };
  assert.deepEqual(
    base.sites.map((f) => nofp(f.key)),
    ['example.com/a|F|moved-to-heap|x'],
  );
  assert.equal(run(['check'], join(root, 'ws', 'a')).code, 0);
});

test('the workspace directory itself is no module for the gate', () => {
  const dir = join(root, 'ws');
  const r = run(['baseline'], dir);
  assert.equal(r.code, 3);
  assert.equal(
    errorLine(r, 'baseline'),
    `goescape baseline: ${dir} is not inside a Go module (no go.mod found); run goescape in a module, pass --cwd, or run "go mod init"`,
  );
});

test('a nested module is a module of its own', () => {
  assert.deepEqual(files(json(['analyze'], join(root, 'mod'))), ['example.com/outer/p p/p.go']);
  const sub = json(['analyze'], join(root, 'mod', 'sub'));
  assert.deepEqual(sub.module, { path: 'example.com/sub', root: join(root, 'mod', 'sub') });
  assert.deepEqual(files(sub), ['example.com/sub s.go']);
  const r = run(['baseline', '--cwd', join('mod', 'sub')], root);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /^wrote mod\/sub\/goescape-baseline\.json: 1 heap escape at 1 site in 1 package/);
});

test('outside a module: exit 3, the directory as given', () => {
  for (const command of ['check', 'baseline']) {
    const r = run([command, '--cwd', 'none'], root);
    assert.equal(r.code, 3, r.stderr);
    assert.equal(
      errorLine(r, command),
      `goescape ${command}: none is not inside a Go module (no go.mod found); run goescape in a module, pass --cwd, or run "go mod init"`,
    );
  }
  const r = run(['analyze', '--cwd', 'none'], root);
  assert.equal(r.code, 3);
  assert.equal(
    errorLine(r, 'analyze'),
    `goescape analyze: ${join(root, 'none')} is not inside a Go module (no go.mod found); run goescape in a module, pass --cwd, or run "go mod init"`,
  );
});

test('--cwd through a symbolic link: the gate names the baseline by the link', () => {
  const r = run(['baseline', '--cwd', 'link'], root);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /^wrote link\/goescape-baseline\.json: /);
  assert.ok(existsSync(join(root, 'mod', 'goescape-baseline.json')));
});

/**
 * End to end on real go and git: `goescape bench --base` between commits of
 * a temporary repository, `--pair` on the example module, `--input`, and
 * the `--fail-on` gate.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';

const CLI = fileURLToPath(new URL('../../src/cli/main.js', import.meta.url));
const DEMO = fileURLToPath(new URL('../../../examples/demo', import.meta.url));

function goescape(args: string[], cwd?: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const GO_MOD = 'module example.com/benchrepo\n\ngo 1.26\n';
const ESCAPES = `package p

type T struct{ A, B int }

//go:noinline
func Make(a, b int) *T {
	t := T{A: a, B: b}
	return &t
}
`;
const NO_ESCAPE = `package p

type T struct{ A, B int }

//go:noinline
func Make(a, b int) T {
	return T{A: a, B: b}
}
`;
const BENCH_ESCAPES = `package p

import "testing"

var sink *T

func BenchmarkMake(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink = Make(i, 2)
	}
}
`;
const BENCH_VALUE = `package p

import "testing"

var sink T

func BenchmarkMake(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink = Make(i, 2)
	}
}
`;

interface Metric {
  unit: string;
  base?: { median: number; n: number };
  head?: { median: number; n: number };
  delta?: { percent: number; p: number; significant: boolean; text: string };
}
interface Report {
  mode: string;
  benchmarks: { name: string; metrics: Metric[] }[];
  regressions: unknown[];
}

function metric(r: Report, name: string, unit: string): Metric {
  const b = r.benchmarks.find((x) => x.name === name);
  assert.ok(b, `benchmark ${name} in ${r.benchmarks.map((x) => x.name).join(', ')}`);
  const m = b.metrics.find((x) => x.unit === unit);
  assert.ok(m, `${unit} of ${name}`);
  return m;
}

describe('goescape bench --base (real go, temporary git repository)', () => {
  let repo: string;
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: repo, encoding: 'utf8' });
  const FAST = ['--count', '6', '--benchtime', '20000x'];

  before(() => {
    repo = mkdtempSync(join(tmpdir(), 'goescape-bench-e2e-'));
    git('init', '-q');
    writeFileSync(join(repo, 'go.mod'), GO_MOD);
    writeFileSync(join(repo, 'p.go'), ESCAPES);
    writeFileSync(join(repo, 'p_test.go'), BENCH_ESCAPES);
    git('add', '.');
    git('commit', '-q', '-m', 'escapes');
    writeFileSync(join(repo, 'p.go'), NO_ESCAPE);
    writeFileSync(join(repo, 'p_test.go'), BENCH_VALUE);
    git('commit', '-q', '-am', 'return the value');
    git('tag', 'fixed');
    writeFileSync(join(repo, 'p.go'), NO_ESCAPE.replace('package p\n', 'package p\n\n// A comment: no change in behaviour.\n'));
    git('commit', '-q', '-am', 'no-op');
  });
  after(() => rmSync(repo, { recursive: true, force: true }));

  it('shows allocs/op dropping 1 → 0 with a significant p-value', () => {
    const r = goescape(['bench', '-C', repo, '--base', 'HEAD~2', ...FAST, '--format', 'json', '--fail-on', 'allocs']);
    assert.equal(r.code, 0, r.stderr);
    const rep = JSON.parse(r.stdout) as Report;
    assert.equal(rep.mode, 'base');
    const allocs = metric(rep, 'BenchmarkMake', 'allocs/op');
    assert.equal(allocs.base?.median, 1);
    assert.equal(allocs.head?.median, 0);
    assert.equal(allocs.base?.n, 6);
    assert.ok(allocs.delta?.significant, 'significant');
    assert.ok(allocs.delta.p < 0.05, `p=${allocs.delta.p}`);
    assert.equal(allocs.delta.text, '-100.00%');
    const bytes = metric(rep, 'BenchmarkMake', 'B/op');
    assert.equal(bytes.base?.median, 16);
    assert.equal(bytes.head?.median, 0);
    assert.deepEqual(rep.regressions, [], 'a decrease is not a regression');
    // The temporary worktree is gone.
    assert.equal(git('worktree', 'list').trim().split('\n').length, 1);
  });

  it('says "no significant change" for a no-op commit', () => {
    const r = goescape(['bench', '-C', repo, '--base', 'fixed', ...FAST]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /allocs\/op/);
    const line = r.stdout.split('\n').find((l) => l.startsWith('Make') && l.includes('0 ± 0%'));
    assert.ok(line, r.stdout);
    assert.match(line, /no significant change/);
    const j = goescape(['bench', '-C', repo, '--base', 'fixed', ...FAST, '--format', 'json']);
    const allocs = metric(JSON.parse(j.stdout) as Report, 'BenchmarkMake', 'allocs/op');
    assert.equal(allocs.delta?.significant, false);
    assert.equal(allocs.delta?.text, '~');
  });

  it('--fail-on allocs exits 1 on a significant regression (reverse direction, saved outputs)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'goescape-bench-files-'));
    try {
      const line = (allocs: number) => `BenchmarkMake-2   20000   ${allocs ? 12.5 : 2.5} ns/op   ${allocs * 16} B/op   ${allocs} allocs/op\n`;
      const hdr = 'goos: linux\ngoarch: amd64\npkg: example.com/benchrepo\n';
      writeFileSync(join(dir, 'old.txt'), hdr + line(0).repeat(6) + 'PASS\n');
      writeFileSync(join(dir, 'new.txt'), hdr + line(1).repeat(6) + 'PASS\n');
      const bad = goescape(['bench', '--input', join(dir, 'new.txt'), '--base-input', join(dir, 'old.txt'), '--fail-on', 'allocs:5%']);
      assert.equal(bad.code, 1, bad.stderr);
      assert.match(bad.stdout, /significant regression/);
      assert.match(bad.stderr, /1 significant regression/);
      const md = goescape(['bench', '--input', join(dir, 'old.txt'), '--base-input', join(dir, 'new.txt'), '--fail-on', 'allocs', '--format', 'markdown']);
      assert.equal(md.code, 0, md.stderr);
      assert.match(md.stdout, /^## Benchmarks/);
      assert.match(md.stdout, /\| Make-2 \| 1 ± 0% \| 0 ± 0% \| -100\.00% \(p=0\.002 n=6\+6\) \|/);
      const usage = goescape(['bench', '--input', join(dir, 'new.txt'), '--fail-on', 'allocs']);
      assert.equal(usage.code, 2);
      const empty = join(dir, 'empty.txt');
      writeFileSync(empty, 'PASS\n');
      const noResults = goescape(['bench', '--input', empty]);
      assert.equal(noResults.code, 2);
      assert.equal(noResults.stderr.trim().split('\n').length, 1);
      assert.match(noResults.stderr, /no benchmark results/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('--gc records GC cycles and STW pause per benchmark, per process', () => {
    const r = goescape(['bench', '-C', repo, '--base', 'HEAD~2', '--gc', '--count', '6', '--benchtime', '200000x', '--format', 'json']);
    assert.equal(r.code, 0, r.stderr);
    const rep = JSON.parse(r.stdout) as Report & { notes: string[] };
    const gc = metric(rep, 'BenchmarkMake', 'gc-cycles/Mop');
    assert.ok(gc.base && gc.head);
    // 200000 × 16 B = 3.2 MB against a 4 MB minimum heap goal: at most a cycle or two; after the fix, none.
    assert.equal(gc.head.median, 0);
    assert.ok(metric(rep, 'BenchmarkMake', 'gc-stw-ns/op').head);
    assert.equal(metric(rep, 'BenchmarkMake', 'allocs/op').head?.median, 0);
    assert.ok(rep.notes.some((n) => /own process/.test(n)));
  });
});

describe('goescape bench --pair on the example module', () => {
  it('compares BenchmarkX/before with BenchmarkX/after in one run', () => {
    const r = goescape([
      'bench',
      '-C',
      DEMO,
      './escapes',
      '--bench',
      'ReturnPointer|Interface$',
      '--pair',
      'before,after',
      '--count',
      '6',
      '--benchtime',
      '20000x',
      '--format',
      'json',
    ]);
    assert.equal(r.code, 0, r.stderr);
    const rep = JSON.parse(r.stdout) as Report;
    assert.equal(rep.mode, 'pair');
    const rp = metric(rep, 'BenchmarkReturnPointer', 'allocs/op');
    assert.equal(rp.base?.median, 1);
    assert.equal(rp.head?.median, 0);
    assert.ok(rp.delta?.significant);
    const iface = metric(rep, 'BenchmarkInterface', 'allocs/op');
    assert.ok((iface.base?.median ?? 0) > (iface.head?.median ?? 0), JSON.stringify(iface));
  });
});

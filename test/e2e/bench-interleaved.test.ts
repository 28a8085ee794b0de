/**
 * End to end on real go and git: `goescape bench --base` builds both test
 * binaries, then alternates rounds base, head, base, head…, records that
 * order, calls a benchmark compared with itself anything but a significant
 * change, and finds a head made deliberately slower.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { CLI_ENV, goescape, writeFiles } from '../helpers/cli.js';

const work = (rounds: string) => `package p

// Work mixes i into x, ${rounds} times per call.
func Work(x uint64) uint64 {
	for i := 0; i < ${rounds}; i++ {
		x = x*31 + uint64(i)
	}
	return x
}
`;

const BENCH = `package p

import "testing"

var sink uint64

func BenchmarkWork(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink = Work(sink)
	}
}
`;

interface Delta {
  percent: number | null;
  p: number;
  significant: boolean;
  verdict: 'change' | 'no-change' | 'cannot-tell';
  spreadPercent: number | null;
  text: string;
}
interface Report {
  benchVersion: number;
  mode: string;
  count: number;
  order: { round: number; side: string; pkg: string }[];
  benchmarks: { name: string; metrics: { unit: string; base?: { median: number; n: number }; head?: { median: number; n: number }; delta?: Delta }[] }[];
  regressions: { unit: string }[];
}

function delta(r: Report, unit: string): Delta {
  const m = r.benchmarks.find((b) => b.name === 'BenchmarkWork')?.metrics.find((x) => x.unit === unit);
  assert.ok(m?.delta, `${unit} of BenchmarkWork compared: ${JSON.stringify(r.benchmarks)}`);
  return m.delta;
}

describe('goescape bench --base, interleaved (real go, temporary git repository)', () => {
  let repo: string;
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, env: CLI_ENV, encoding: 'utf8' });
  const FAST = ['--count', '6', '--benchtime', '2000x', '--format', 'json'];

  before(() => {
    repo = mkdtempSync(join(tmpdir(), 'goescape-bench-interleaved-'));
    git('init', '-q');
    writeFiles(repo, { 'go.mod': 'module example.com/interleaved\n\ngo 1.26\n', 'p.go': work('1000'), 'p_test.go': BENCH });
    git('add', '.');
    git('commit', '-q', '-m', 'base');
  });
  after(() => rmSync(repo, { recursive: true, force: true }));

  it('runs base and head in alternating rounds and records the order', () => {
    const r = goescape(['bench', '--base', 'HEAD', ...FAST], { cwd: repo });
    assert.equal(r.code, 0, r.stderr);
    const rep = JSON.parse(r.stdout) as Report;
    assert.equal(rep.benchVersion, 2);
    assert.equal(rep.mode, 'base');
    assert.deepEqual(
      rep.order,
      Array.from({ length: 12 }, (_, i) => ({ round: Math.floor(i / 2) + 1, side: i % 2 === 0 ? 'base' : 'head', pkg: 'example.com/interleaved' })),
    );
    // The same code against itself: never a significant change.
    const ns = delta(rep, 'ns/op');
    assert.notEqual(ns.verdict, 'change', JSON.stringify(ns));
    assert.equal(delta(rep, 'allocs/op').verdict, 'no-change');
    assert.deepEqual(rep.regressions, []);
    // Each side has one sample per round.
    const m = rep.benchmarks[0]!.metrics.find((x) => x.unit === 'ns/op')!;
    assert.equal(m.base?.n, 6);
    assert.equal(m.head?.n, 6);
    // The text report says how it ran.
    const text = goescape(['bench', '--base', 'HEAD', '--count', '6', '--benchtime', '2000x'], { cwd: repo });
    assert.equal(text.code, 0, text.stderr);
    assert.match(text.stdout, /runs: 6 round\(s\), interleaved \(base, head, base, head, …\)/);
    assert.doesNotMatch(text.stdout.split('\n').find((l) => l.startsWith('Work'))!, /[+-]\d+\.\d\d% \(p=/);
  });

  it('finds a head made 30 times slower, and --fail-on time fails on it', () => {
    writeFileSync(join(repo, 'p.go'), work('30000'));
    try {
      const r = goescape(['bench', '--base', 'HEAD', ...FAST, '--fail-on', 'time'], { cwd: repo });
      assert.equal(r.code, 1, r.stderr);
      const rep = JSON.parse(r.stdout) as Report;
      const ns = delta(rep, 'ns/op');
      assert.equal(ns.verdict, 'change', JSON.stringify(ns));
      assert.ok(ns.significant && (ns.percent ?? 0) > 500, JSON.stringify(ns));
      // Six samples each, fully apart: the smallest p the exact U test gives.
      assert.ok(ns.p < 0.005, `p=${ns.p}`);
      assert.deepEqual(
        rep.regressions.map((g) => g.unit),
        ['ns/op'],
      );
      assert.equal(rep.order.length, 12);
    } finally {
      git('checkout', '-q', '--', 'p.go');
    }
  });
});

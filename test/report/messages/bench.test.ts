/**
 * benchstat's words for the statistics of src/bench/ (which are numbers
 * only): the ±, the delta, and its warnings, on the cases test/bench/stats
 * checks against benchstat's own library, so the wording is benchstat's too.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compareSamples, medianCI, relativeHalfWidth } from '../../../src/bench/stats.js';
import { compareBenchResults } from '../../../src/bench/compare.js';
import { benchDelta, deltaText, insignificanceText, rangeText, roundsLine, tooFewForCIText } from '../../../src/report/messages/bench.js';

test('rangeText: the CI half-width as a whole percent, ∞ for an infinite bound, ? for a bound of the other sign, 0% for all zero', () => {
  assert.equal(rangeText(relativeHalfWidth(medianCI([10, 9, 8, 7, 6, 5, 4, 3, 2, 1]))), '64%');
  assert.equal(rangeText(relativeHalfWidth(medianCI([5, 1, 4, 2, 3]))), '∞');
  assert.equal(rangeText(relativeHalfWidth({ center: 1, lo: -1, hi: 2 })), '?');
  assert.equal(rangeText(relativeHalfWidth({ center: 0, lo: 0, hi: 0 })), '0%');
  assert.equal(rangeText(0.03), '3%');
});

test("tooFewForCIText: benchstat's warning for a CI with an infinite bound", () => {
  const s = medianCI([5, 1, 4, 2, 3]);
  assert.equal(tooFewForCIText(s.tooFewForCI!, s.requestedConfidence), 'need >= 6 samples for confidence interval at level 0.95');
  const s99 = medianCI([1, 2, 3, 4, 5, 6, 7], 0.99);
  assert.equal(tooFewForCIText(s99.tooFewForCI!, 0.99), 'need >= 8 samples for confidence interval at level 0.99');
});

/** The delta and note of a comparison, as benchstat prints them. */
function words(base: number[], head: number[], alpha?: number): [string, string | undefined] {
  const c = compareSamples(base, head, alpha === undefined ? {} : { alpha });
  const text = deltaText({ percent: c.deltaPercent, significant: c.significant }, c.baseSummary.center, c.headSummary.center);
  return [text, c.insignificance && insignificanceText(c.insignificance)];
}

test('deltaText and insignificanceText: what benchstat prints for each comparison', () => {
  assert.deepEqual(words([1, 2, 3, 4, 5], [6, 7, 8, 9, 10]), ['+166.67%', undefined]);
  assert.deepEqual(words([45.9, 49.88, 33.88], [2.65, 2.7, 2.332]), ['~', 'need >= 4 samples to detect a difference at alpha level 0.05']);
  assert.deepEqual(words([45.9, 49.88, 33.88], [2.65, 2.7, 2.332], 0.1), ['-94.23%', undefined]);
  assert.deepEqual(words([1, 2, 3, 4], [5, 6, 7, 8]), ['+160.00%', undefined]);
  assert.deepEqual(words([100, 101, 99, 100, 102, 98, 100, 101], [100, 99, 101, 100, 98, 102, 100, 99]), ['~', undefined]);
  assert.deepEqual(words([10, 10, 10], [10, 10, 10]), ['~', 'all samples are equal']);
  assert.deepEqual(words([], [1, 2]), ['~', 'sample is too small']);
  assert.deepEqual(words([0, 0, 0, 0], [1, 1, 1, 1]), ['?', undefined]);
  // Equal medians of different samples that still differ significantly: benchstat's 0.00%.
  assert.equal(deltaText({ percent: 0, significant: true }, 5, 5), '0.00%');
});

/** One metric compared, as compareBenchResults does it. */
function compared(base: number[], head: number[]) {
  const [b] = compareBenchResults(
    base.map((v, i) => ({
      pkg: 'p',
      name: 'BenchmarkX',
      procs: 1,
      iterations: 1,
      line: i + 1,
      metrics: { 'ns/op': v },
      values: [{ value: v, unit: 'ns/op' }],
      config: {},
    })),
    head.map((v, i) => ({
      pkg: 'p',
      name: 'BenchmarkX',
      procs: 1,
      iterations: 1,
      line: i + 1,
      metrics: { 'ns/op': v },
      values: [{ value: v, unit: 'ns/op' }],
      config: {},
    })),
  );
  const m = b!.metrics[0]!;
  return { ...m, delta: m.delta! };
}

test('verdicts: a change wider than the spread, a significant delta within it, too few samples, no significant change', () => {
  // Apart, and 20% against ± 2%: a change.
  const change = compared([100, 101, 99, 100, 102, 98], [120, 121, 119, 120, 122, 118]);
  assert.equal(change.delta.verdict, 'change');
  assert.equal(benchDelta(change, [6, 6]), '+20.00% (p=0.002 n=6+6)');
  // Apart too (p = 0.002), but +5% against a head whose runs spread ± 18%: a drifting machine looks like this.
  const drift = compared([100, 100.5, 101, 101.5, 102, 99.5], [104, 105, 106, 125, 106.5, 105.5]);
  assert.ok(drift.delta.significant);
  assert.equal(drift.delta.verdict, 'cannot-tell');
  assert.equal(benchDelta(drift, [6, 6]), "? cannot tell: +4.96% is within the runs' spread (± 18%) (p=0.002 n=6+6)");
  // Three samples a side can never reach p ≤ 0.05.
  const few = compared([100, 101, 102], [200, 201, 202]);
  assert.equal(few.delta.verdict, 'cannot-tell');
  assert.equal(benchDelta(few, [3, 3]), '? cannot tell: need >= 4 samples to detect a difference at alpha level 0.05 (p=0.100 n=3+3)');
  const same = compared([100, 101, 102, 103, 104, 105], [105, 104, 103, 102, 101, 100]);
  assert.equal(same.delta.verdict, 'no-change');
  assert.equal(benchDelta(same, [6, 6]), '~ no significant change (p=1.000 n=6+6)');
});

test('roundsLine: how the interleaved rounds ran', () => {
  assert.equal(roundsLine(6), 'runs: 6 round(s), interleaved (base, head, base, head, …), one process per package and side each round');
});

import { test } from 'node:test';
import assert from 'node:assert/strict';

import {
  choose,
  compareSamples,
  erfc,
  mannWhitneyU,
  median,
  medianCI,
  medianSamplesNeeded,
  normalCdf,
  normalInvCdf,
  quantile,
  quantileCIOrders,
  relativeHalfWidth,
  uTestMinP,
  uTestSamplesNeeded,
} from '../../src/bench/stats.js';

/*
 * Reference values in this file come from three independent sources:
 *  - hand computation, shown step by step in comments;
 *  - scipy 1.17.1 / numpy 2.4.6 (`scipy.stats.mannwhitneyu`,
 *    `numpy.quantile(method="median_unbiased")`), options noted per case;
 *  - benchstat's own library, golang.org/x/perf/benchmath
 *    v0.0.0-20260908200009-22c9c6c9d4da with github.com/aclements/go-moremath
 *    v0.0.0-20210112150236-f10218a38794, run with Go 1.26 on linux/amd64
 *    (`stats.MannWhitneyUTest(a, b, stats.LocationDiffers)`,
 *    `stats.QuantileCI(n, 0.5, conf)`, `benchmath.AssumeNothing.Summary /
 *    Compare`), printed with encoding/json and pasted here as literals.
 */

function close(actual: number, expected: number, tol = 1e-12, msg?: string): void {
  assert.ok(Math.abs(actual - expected) <= tol * Math.max(1, Math.abs(expected)), `${msg ?? ''} expected ${expected}, got ${actual}`);
}

// ---------------------------------------------------------------------------
// median / quantile
// ---------------------------------------------------------------------------

test('median: odd, even, unsorted, empty; input not mutated', () => {
  const xs = [5, 1, 4, 2, 3];
  assert.equal(median(xs), 3);
  assert.deepEqual(xs, [5, 1, 4, 2, 3]);
  assert.equal(median([4, 1, 3, 2]), 2.5);
  assert.equal(median([42]), 42);
  assert.ok(Number.isNaN(median([])));
});

test('quantile uses Hyndman-Fan type 8 (R-8), like go-moremath', () => {
  const xs = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
  // Hand: N=10, q=0.25 → h = 1/3 + 0.25·(10 + 1/3) = 2.91667 → x2 + 0.91667·(x3−x2) = 2.91667.
  // numpy.quantile(np.arange(1,11), [0.25, 0.5, 0.9, 0.05], method="median_unbiased")
  //   → [2.91666667, 5.5, 9.63333333, 1.0]
  close(quantile(xs, 0.25), 2.9166666666666665, 1e-12);
  close(quantile(xs, 0.5), 5.5);
  close(quantile(xs, 0.9), 9.633333333333333, 1e-12);
  assert.equal(quantile(xs, 0.05), 1); // h < 1 → clamped to the minimum
  // numpy.quantile([3,1,4,1,5,9,2,6], [0.1,0.3,0.75], method="median_unbiased") → [1, 1.83333333, 5.58333333]
  const ys = [3, 1, 4, 1, 5, 9, 2, 6];
  close(quantile(ys, 0.1), 1);
  close(quantile(ys, 0.3), 1.8333333333333333, 1e-12);
  close(quantile(ys, 0.75), 5.583333333333333, 1e-12);
  assert.equal(quantile(ys, 0), 1);
  assert.equal(quantile(ys, 1), 9);
  assert.ok(Number.isNaN(quantile([], 0.5)));
});

// ---------------------------------------------------------------------------
// numerical helpers
// ---------------------------------------------------------------------------

test('erfc / normal CDF / inverse CDF', () => {
  // Python math.erfc reference values.
  close(erfc(0.5), 0.4795001221869535, 1e-15);
  close(erfc(1), 0.15729920705028513, 1e-15);
  close(erfc(2), 0.004677734981047265, 1e-14);
  close(erfc(3), 2.2090496998585438e-5, 1e-14);
  close(erfc(-1), 1.842700792949715, 1e-15);
  close(normalCdf(0), 0.5, 0);
  close(normalCdf(1.959963984540054), 0.975, 1e-12);
  close(normalInvCdf(0.975), 1.959963984540054, 1e-12);
  close(normalInvCdf(0.01), -2.3263478740408408, 1e-12);
  assert.equal(choose(10, 3), 120);
  assert.equal(choose(20, 10), 184756);
  assert.equal(choose(5, 7), 0);
});

// ---------------------------------------------------------------------------
// Median confidence interval (order statistics)
// ---------------------------------------------------------------------------

test('median CI, n = 10: order statistics x(2)..x(9), confidence 1002/1024', () => {
  // K = #values below the population median ~ Binomial(10, 1/2); the median lies
  // in (x(k), x(k+1)) with probability C(10,k)/1024. Greedy from the mode k=5:
  // covering k = 2..8 leaves out k ∈ {0,1,9,10}: 1 − (1+10+10+1)/1024 = 1002/1024
  // = 0.978515625 ≥ 0.95, whereas k = 3..7 would only give 0.890625.
  // So [x(2), x(9)]. benchmath.AssumeNothing.Summary([1..10], 0.95) →
  // {Center 5.5, Lo 2, Hi 9, Confidence 0.978515625}.
  const s = medianCI([10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
  assert.equal(s.center, 5.5);
  assert.equal(s.loOrder, 2);
  assert.equal(s.hiOrder, 9);
  assert.equal(s.lo, 2);
  assert.equal(s.hi, 9);
  assert.equal(s.confidence, 0.978515625);
  assert.equal(s.tooFewForCI, undefined);
  close(relativeHalfWidth(s), 9 / 5.5 - 1, 1e-15); // max(9/5.5 − 1, 1 − 2/5.5) = 0.636, benchstat's "64%"
});

test('median CI, n = 6: [x(1), x(6)] with confidence 1 − 2/64 = 0.96875', () => {
  const s = medianCI([1, 2, 3, 4, 5, 6]);
  assert.deepEqual([s.center, s.lo, s.hi, s.confidence, s.loOrder, s.hiOrder], [3.5, 1, 6, 0.96875, 1, 6]);
  assert.equal(s.tooFewForCI, undefined);
});

test("median CI, small n: 95% not achievable with finite bounds → ±∞ and the sample size needed (benchstat's warning)", () => {
  // n = 5: covering k = 0..4 gives 31/32 = 0.96875 (left-biased), so lo = −∞, hi = x(5).
  // benchmath: {Center 3, Lo -Inf, Hi 5, Confidence 0.96875,
  //             Warnings ["need >= 6 samples for confidence interval at level 0.95"]}
  const s5 = medianCI([5, 1, 4, 2, 3]);
  assert.equal(s5.center, 3);
  assert.equal(s5.lo, -Infinity);
  assert.equal(s5.hi, 5);
  assert.equal(s5.confidence, 0.96875);
  assert.deepEqual(s5.tooFewForCI, ['>=', 6]);
  assert.equal(relativeHalfWidth(s5), Infinity);
  // n = 1..4: the whole line, confidence 1.
  for (const xs of [[42], [1, 2], [1, 2, 3], [3, 1, 2, 4]]) {
    const s = medianCI(xs);
    assert.equal(s.lo, -Infinity);
    assert.equal(s.hi, Infinity);
    assert.equal(s.confidence, 1);
    assert.equal(s.loOrder, 0);
    assert.equal(s.hiOrder, xs.length + 1);
    assert.deepEqual(s.tooFewForCI, ['>=', 6]);
  }
  assert.deepEqual(medianSamplesNeeded(0.95), ['>=', 6]);
  assert.deepEqual(medianSamplesNeeded(0.99), ['>=', 8]);
  // Empty sample: NaN center, infinite interval, no throw.
  const e = medianCI([]);
  assert.ok(Number.isNaN(e.center));
  assert.equal(e.n, 0);
});

test('median CI orders match go-moremath stats.QuantileCI(n, 0.5, conf)', () => {
  // [n, conf, LoOrder, HiOrder, Confidence, Ambiguous] from go-moremath on linux/amd64.
  // n = 22..30 exercise the exact binomial path where Go's floating point
  // binomial coefficients decide the left/right tie-break; n > 30 the normal
  // approximation.
  const ref: [number, number, number, number, number, boolean][] = [
    [5, 0.95, 0, 5, 0.96875, true],
    [7, 0.95, 1, 7, 0.984375, false],
    [8, 0.95, 1, 7, 0.9609375, true],
    [9, 0.95, 2, 8, 0.9609375, false],
    [11, 0.95, 2, 9, 0.96142578125, true],
    [12, 0.95, 3, 10, 0.96142578125, false],
    [22, 0.9, 8, 16, 0.9068603515624998, false],
    [22, 0.95, 6, 16, 0.9653103351593018, false],
    [24, 0.95, 8, 18, 0.9567147493362336, false],
    [25, 0.9, 8, 17, 0.9244813024997721, false],
    [27, 0.95, 8, 19, 0.9643018618225948, false],
    [28, 0.99, 8, 22, 0.9918699413538005, false],
    [29, 0.9, 11, 20, 0.9012628532946142, false],
  ];
  for (const [n, conf, lo, hi, ach, amb] of ref) {
    const r = quantileCIOrders(n, 0.5, conf);
    assert.equal(r.loOrder, lo, `n=${n} conf=${conf} lo`);
    assert.equal(r.hiOrder, hi, `n=${n} conf=${conf} hi`);
    close(r.confidence, ach, 1e-13, `n=${n} conf=${conf}`);
    assert.equal(r.ambiguous, amb, `n=${n} conf=${conf} ambiguous`);
  }
  // Normal-approximation path (n = 40): benchmath Summary of 10, 20, ..., 400 →
  // {Center 205, Lo 140, Hi 270, Confidence 0.9601673807552584}, i.e. orders 14 and 27.
  const xs = Array.from({ length: 40 }, (_, i) => 10 * (i + 1));
  const s = medianCI(xs);
  assert.deepEqual([s.center, s.lo, s.hi, s.loOrder, s.hiOrder], [205, 140, 270, 14, 27]);
  close(s.confidence, 0.9601673807552584, 1e-12);
});

test('median CI: confidence >= 1 gives the whole line', () => {
  const s = medianCI([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 1);
  assert.equal(s.lo, -Infinity);
  assert.equal(s.hi, Infinity);
  assert.equal(s.confidence, 1);
});

// ---------------------------------------------------------------------------
// Mann–Whitney U
// ---------------------------------------------------------------------------

test('Mann-Whitney exact, no ties: complete separation n=5+5 → p = 2/C(10,5) = 2/252', () => {
  // All 252 splits are equally likely under H0; only one has U = 0 and one U = 25.
  const r = mannWhitneyU([1, 2, 3, 4, 5], [6, 7, 8, 9, 10]);
  assert.equal(r.method, 'exact');
  assert.equal(r.U, 0);
  close(r.p, 2 / 252, 1e-14); // 0.0079365...; scipy (method="exact") 0.007936507936507936
  // Symmetric: swapping the samples changes U to n1·n2 − U but not p.
  const s = mannWhitneyU([6, 7, 8, 9, 10], [1, 2, 3, 4, 5]);
  assert.equal(s.U, 25);
  assert.equal(s.Umin, 0);
  close(s.p, r.p, 1e-15);
});

test('Mann-Whitney exact, no ties: interleaved 4+4 → p = 48/70', () => {
  // a=[1,3,5,7], b=[2,4,6,8]: U(a) = #(a_i > b_j) = 0+1+2+3 = 6 = Umin.
  // Frequencies of U for m=n=4 (C(8,4)=70 splits), u = 0..16:
  //   1 1 2 3 5 5 7 7 8 7 7 5 5 3 2 1 1
  // P(U ≤ 6) = (1+1+2+3+5+5+7)/70 = 24/70 → two-sided p = 48/70 = 0.685714...
  // scipy.stats.mannwhitneyu(a, b, method="exact") → 0.6857142857142857; benchmath same.
  const r = mannWhitneyU([1, 3, 5, 7], [2, 4, 6, 8]);
  assert.equal(r.U, 6);
  close(r.p, 48 / 70, 1e-14);
});

test('Mann-Whitney exact, no ties: unequal sizes and U1 == U2', () => {
  // benchmath/go-moremath: a=[19,22,16,29,24], b=[20,11,17,12] → U=17, P=0.11111111111111113
  const r = mannWhitneyU([19, 22, 16, 29, 24], [20, 11, 17, 12]);
  assert.equal(r.U, 17);
  close(r.p, 0.11111111111111113, 1e-12);
  // go-moremath: [1.1,2.2,3.3] vs [0.5] → U=3, P=0.5 (= 2 · 1/4)
  close(mannWhitneyU([1.1, 2.2, 3.3], [0.5]).p, 0.5, 1e-15);
  // Identical samples: U1 = U2 = 50 → p = 1 exactly (not 2·CDF, which double counts).
  const id = Array.from({ length: 10 }, (_, i) => i + 1);
  assert.equal(mannWhitneyU(id, id).p, 1);
});

/** Brute-force two-sided p: enumerate every split of the pooled sample (with mid-ranks). */
function bruteForceP(a: number[], b: number[]): number {
  const pooled = [...a, ...b];
  const sorted = [...pooled].sort((x, y) => x - y);
  const rankOf = (v: number): number => {
    const first = sorted.indexOf(v) + 1;
    const last = sorted.lastIndexOf(v) + 1;
    return (first + last) / 2;
  };
  const ranks = pooled.map(rankOf);
  const n1 = a.length;
  const n2 = b.length;
  const uOf = (idx: number[]): number => idx.reduce((s, i) => s + ranks[i]!, 0) - (n1 * (n1 + 1)) / 2;
  const u1 = uOf(a.map((_, i) => i));
  const umin = Math.min(u1, n1 * n2 - u1);
  if (u1 === n1 * n2 - u1) return 1;
  let hit = 0;
  let total = 0;
  const rec = (start: number, chosen: number[]): void => {
    if (chosen.length === n1) {
      total++;
      if (uOf(chosen) <= umin + 1e-9) hit++;
      return;
    }
    for (let i = start; i < pooled.length; i++) rec(i + 1, [...chosen, i]);
  };
  rec(0, []);
  return (2 * hit) / total;
}

test('Mann-Whitney exact with ties (n ≤ 25): permutation distribution conditional on ties', () => {
  // a=[1,2,2,3,4], b=[2,3,5,6,6]. Mid-ranks: 1→1, 2→3 (ranks 2,3,4), 3→5.5, 4→7, 5→8, 6→9.5
  // R(a) = 1 + 3 + 3 + 5.5 + 7 = 19.5 → U(a) = 19.5 − 15 = 4.5.
  // Enumerating all 252 splits: 2·P(U ≤ 4.5) = 30/252 = 0.11904761904761904
  // (same from go-moremath, and from exhaustive enumeration in Python with
  // scipy.stats.rankdata). Note scipy.stats.mannwhitneyu(method="exact") gives
  // 0.1508 here because scipy's exact method ignores ties; benchstat does not.
  const r = mannWhitneyU([1, 2, 2, 3, 4], [2, 3, 5, 6, 6]);
  assert.equal(r.method, 'exact-ties');
  assert.equal(r.U, 4.5);
  close(r.p, 0.11904761904761904, 1e-13);
  close(r.p, bruteForceP([1, 2, 2, 3, 4], [2, 3, 5, 6, 6]), 1e-13);

  // go-moremath: [1,1,2,2,3] vs [2,3,3,4,4] → U=3, P=0.07936507936507936 (= 20/252)
  close(mannWhitneyU([1, 1, 2, 2, 3], [2, 3, 3, 4, 4]).p, 0.07936507936507936, 1e-13);
  // go-moremath, n = 12 with ties (still exact because ≤ 25):
  // [1..12] vs [3,5,...,25] → U=27.5, P=0.008694025048850836
  const a12 = Array.from({ length: 12 }, (_, i) => i + 1);
  const b12 = Array.from({ length: 12 }, (_, i) => 3 + 2 * i);
  const r12 = mannWhitneyU(a12, b12);
  assert.equal(r12.method, 'exact-ties');
  assert.equal(r12.U, 27.5);
  close(r12.p, 0.008694025048850836, 1e-11);
  // go-moremath: heavy ties, n = 10 → U=20, P=0.023934270064301023
  close(mannWhitneyU([1, 1, 1, 2, 2, 2, 3, 3, 3, 4], [2, 2, 3, 3, 3, 4, 4, 4, 5, 5]).p, 0.023934270064301023, 1e-12);

  // Cross-check the DP against brute force on a handful of small tied samples.
  const cases: [number[], number[]][] = [
    [
      [1, 1, 2],
      [1, 2, 2, 3],
    ],
    [
      [5, 5, 5, 6],
      [5, 6, 6, 7, 7],
    ],
    [
      [0, 0, 1, 1, 1, 2],
      [1, 2, 2, 3],
    ],
    [
      [2, 2, 2, 2, 1],
      [2, 3],
    ],
  ];
  for (const [a, b] of cases) close(mannWhitneyU(a, b).p, bruteForceP(a, b), 1e-12, JSON.stringify([a, b]));
});

test('Mann-Whitney normal approximation with tie + continuity correction (n > 25 with ties)', () => {
  // a = 10×1, 10×2, 10×3; b = 10×2, 10×3, 10×4 (n1 = n2 = 30, N = 60).
  // Tie groups: 1 (10 values, ranks 1..10, mid 5.5), 2 (20 values, ranks 11..30, mid 20.5),
  //             3 (20 values, ranks 31..50, mid 40.5), 4 (10 values, ranks 51..60, mid 55.5).
  // R(a) = 10·5.5 + 10·20.5 + 10·40.5 = 665;  U(a) = 665 − 30·31/2 = 200;  μ = 30·30/2 = 450.
  // Σ(t³ − t) = 990 + 7980 + 7980 + 990 = 17940;  N(N−1) = 3540;  17940/3540 = 5.0677966.
  // σ² = 900/12 · (61 − 5.0677966) = 75 · 55.9322034 = 4194.91525;  σ = 64.768166.
  // Continuity: numer = (200 − 450) + 0.5 = −249.5;  z = −249.5 / 64.768166 = −3.852201.
  // p = 2·Φ(−3.852201) ≈ 1.1706e-4.
  // scipy.stats.mannwhitneyu(a, b, method="asymptotic", use_continuity=True) → 0.00011706080954085424
  const a = [...Array(10).fill(1), ...Array(10).fill(2), ...Array(10).fill(3)] as number[];
  const b = [...Array(10).fill(2), ...Array(10).fill(3), ...Array(10).fill(4)] as number[];
  const r = mannWhitneyU(a, b);
  assert.equal(r.method, 'normal');
  assert.equal(r.U, 200);
  close(r.p, 0.00011706080954085424, 1e-10);
});

test('Mann-Whitney normal approximation without ties (n > 50)', () => {
  // a = 1..51, b = 20.5..70.5 (51 each, no ties → n > 50 uses the normal approximation).
  // scipy.stats.mannwhitneyu(a, b, method="asymptotic", use_continuity=True)
  //   → statistic 496.0, pvalue 7.409924829436315e-08
  const a = Array.from({ length: 51 }, (_, i) => i + 1);
  const b = Array.from({ length: 51 }, (_, i) => i + 20.5);
  const r = mannWhitneyU(a, b);
  assert.equal(r.method, 'normal');
  assert.equal(r.U, 496);
  close(r.p, 7.409924829436315e-8, 1e-9);
});

test('Mann-Whitney degenerate inputs: empty sample, all values equal', () => {
  const e = mannWhitneyU([], [1, 2]);
  assert.equal(e.p, 1);
  assert.equal(e.method, 'none');
  assert.equal(e.degenerate, 'empty-sample');
  const eq = mannWhitneyU([10, 10, 10], [10, 10, 10]);
  assert.equal(eq.p, 1);
  assert.equal(eq.degenerate, 'all-equal');
  // One differing value is not degenerate: go-moremath [5,5,5,5] vs [5,5,5,6] → U=6, P=1
  const one = mannWhitneyU([5, 5, 5, 5], [5, 5, 5, 6]);
  assert.equal(one.U, 6);
  assert.equal(one.p, 1);
});

test('Mann-Whitney is fast enough at the exact limits', () => {
  const t0 = Date.now();
  const a = Array.from({ length: 25 }, (_, i) => Math.floor(i / 2));
  const b = Array.from({ length: 25 }, (_, i) => Math.floor(i / 2) + 3);
  const r = mannWhitneyU(a, b);
  assert.equal(r.method, 'exact-ties');
  const c = Array.from({ length: 50 }, (_, i) => i);
  const d = Array.from({ length: 50 }, (_, i) => i + 10.5);
  assert.equal(mannWhitneyU(c, d).method, 'exact');
  assert.ok(Date.now() - t0 < 2000, `took ${Date.now() - t0} ms`);
  assert.ok(r.p > 0 && r.p <= 1);
});

test("uTestMinP / uTestSamplesNeeded match benchmath's table", () => {
  // benchmath uTestMinP (generated by mktables.go).
  const table = [
    1, 0.3333333333333333, 0.1, 0.02857142857142857, 0.007936507936507936, 0.0021645021645021645, 0.0005827505827505828, 0.0001554001554001554,
    4.113533525298231e-5,
  ];
  table.forEach((p, i) => close(uTestMinP(i + 1), p, 1e-15, `n=${i + 1}`));
  assert.deepEqual(uTestSamplesNeeded(0.05), ['>=', 4]);
  assert.deepEqual(uTestSamplesNeeded(0.01), ['>=', 5]);
  assert.deepEqual(uTestSamplesNeeded(1e-9), ['>', 9]);
});

// ---------------------------------------------------------------------------
// compareSamples
// ---------------------------------------------------------------------------

test('compareSamples: significant difference (benchmath: p=0.008, delta +166.67%)', () => {
  const c = compareSamples([1, 2, 3, 4, 5], [6, 7, 8, 9, 10]);
  assert.equal(c.significant, true);
  close(c.p, 2 / 252, 1e-14);
  assert.equal(c.baseSummary.center, 3);
  assert.equal(c.headSummary.center, 8);
  close(c.deltaPercent, 166.66666666666669, 1e-12);
  assert.deepEqual(c.n, [5, 5]);
  assert.equal(c.insignificance, undefined);
  // Both n=5 summaries are too small for a 95% CI ("need >= 6 samples").
  assert.deepEqual(
    [c.baseSummary.tooFewForCI, c.headSummary.tooFewForCI],
    [
      ['>=', 6],
      ['>=', 6],
    ],
  );
});

test('compareSamples: too few samples to ever reach alpha → not significant, and the sample size the U test needs', () => {
  // Real ns/op values of BenchmarkReturnPointer before/after from sample-go1.26.txt (count=3):
  // the two samples are completely separated, but with n = 3 the smallest possible
  // two-sided p is 2/C(6,3) = 0.1 > 0.05. benchmath: P=0.1, FormatDelta "~",
  // warning "need >= 4 samples to detect a difference at alpha level 0.05".
  const c = compareSamples([45.9, 49.88, 33.88], [2.65, 2.7, 2.332]);
  close(c.p, 0.1, 1e-14);
  assert.equal(c.significant, false);
  close(c.deltaPercent, (2.65 / 45.9 - 1) * 100, 1e-12);
  assert.deepEqual(c.insignificance, { reason: 'samples', needed: ['>=', 4], alpha: 0.05 });
  // With n = 4 it becomes detectable: benchmath P=0.028571428571428577, "+160.00%".
  const d = compareSamples([1, 2, 3, 4], [5, 6, 7, 8]);
  close(d.p, 0.028571428571428577, 1e-13);
  assert.equal(d.significant, true);
  close(d.deltaPercent, 160, 1e-12);
  assert.equal(d.insignificance, undefined);
  // A higher alpha makes n = 3 enough.
  const a = compareSamples([45.9, 49.88, 33.88], [2.65, 2.7, 2.332], { alpha: 0.1 });
  assert.equal(a.significant, true);
  assert.equal(a.insignificance, undefined);
});

test('compareSamples: no difference, equal samples, zero base', () => {
  // benchmath: P=0.7254079254079254 (exact with ties, n=8), "~", no warning (n ≥ 4).
  const c = compareSamples([100, 101, 99, 100, 102, 98, 100, 101], [100, 99, 101, 100, 98, 102, 100, 99]);
  close(c.p, 0.7254079254079254, 1e-12);
  assert.equal(c.significant, false);
  assert.equal(c.insignificance, undefined);
  // All equal: the U test is meaningless → p = 1, and the comparison says why.
  const e = compareSamples([10, 10, 10], [10, 10, 10]);
  assert.equal(e.p, 1);
  assert.equal(e.significant, false);
  assert.equal(e.deltaPercent, 0);
  assert.deepEqual(e.insignificance, { reason: 'degenerate', degenerate: 'all-equal' });
  // Base center 0: benchmath prints "?" (P=0.02857...).
  const z = compareSamples([0, 0, 0, 0], [1, 1, 1, 1]);
  assert.equal(z.significant, true);
  assert.ok(Number.isNaN(z.deltaPercent));
});

test('stats functions are pure and deterministic', () => {
  const a = [3, 1, 2, 5, 4, 9, 7];
  const b = [8, 6, 10, 12, 11, 9, 13];
  const a0 = [...a];
  const b0 = [...b];
  const r1 = compareSamples(a, b);
  const r2 = compareSamples(a, b);
  assert.deepEqual(r1, r2);
  assert.deepEqual(a, a0);
  assert.deepEqual(b, b0);
});

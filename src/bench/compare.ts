/**
 * Benchmark summaries and base-vs-head comparisons, benchstat's method:
 * per metric the median with a 95% order-statistics confidence interval,
 * and a two-sided Mann–Whitney U test between base and head; a delta is
 * only a change when p ≤ alpha. Pure: parsed results in, numbers out
 * (src/report/messages/bench.ts words them).
 *
 * @module
 */
import { compareSamples, medianCI, relativeHalfWidth, type Comparison, type Insignificance, type MedianSummary, type SamplesNeeded } from './stats.js';
import { groupSamples, type BenchResult } from '../parse/bench.js';

/** The three metrics `-benchmem` gives, in report order; other units follow alphabetically. */
export const PRIMARY_UNITS = ['ns/op', 'B/op', 'allocs/op'] as const;

export interface MetricSummary {
  unit: string;
  values: number[];
  median: number;
  lo: number;
  hi: number;
  /** The CI's half-width relative to the median, benchstat's ± (0.03 is "3%"; Infinity "∞", NaN "?"). */
  halfWidth: number;
  n: number;
  /** When a bound of the CI is infinite: the sample size its confidence level needs. */
  tooFewForCI?: { needed: SamplesNeeded; confidence: number };
}

export interface MetricComparison {
  unit: string;
  base?: MetricSummary;
  head?: MetricSummary;
  /** Present when both sides have values. */
  delta?: {
    /** head/base − 1 in percent; NaN when base is 0 and head is not. */
    percent: number;
    p: number;
    significant: boolean;
    /** Why it cannot be significant, where benchstat says so. */
    insignificance?: Insignificance;
    /** The wider of the two sides' CI half-widths, in percent of their medians: the spread the change is judged against. */
    spreadPercent: number;
    /** What the comparison tells (see {@link verdictOf}). */
    verdict: Verdict;
  };
}

/**
 * `change`: significant (p ≤ alpha) and larger than the spread of either
 * side; `cannot-tell`: significant but within the spread (a busy machine
 * shifts a whole run), or never able to be significant with so few
 * samples; `no-change`: not significant.
 */
export type Verdict = 'change' | 'no-change' | 'cannot-tell';

/**
 * The verdict of a comparison. A p-value alone says the two samples differ,
 * not that the code does: with runs that drift, two runs of the same binary
 * differ too, but then the change is no wider than the noise within each
 * side, which the medians' confidence intervals measure.
 */
export function verdictOf(d: { significant: boolean; percent: number; insignificance?: Insignificance }, spreadPercent: number): Verdict {
  if (!d.significant) return d.insignificance?.reason === 'samples' ? 'cannot-tell' : 'no-change';
  // A change from 0 (percent NaN) is outside any spread a zero median can have.
  if (Number.isNaN(d.percent)) return 'change';
  if (!(Math.abs(d.percent) > spreadPercent)) return 'cannot-tell';
  return 'change';
}

/** The spread of two summaries: the wider relative half-width, in percent (Infinity for an infinite bound; NaN for a bound of the other sign). */
export function spreadOf(base: Pick<MetricSummary, 'halfWidth'>, head: Pick<MetricSummary, 'halfWidth'>): number {
  if (Number.isNaN(base.halfWidth) || Number.isNaN(head.halfWidth)) return NaN;
  return 100 * Math.max(base.halfWidth, head.halfWidth);
}

export interface BenchComparison {
  pkg: string;
  /** Full benchmark name without -procs suffix (in pair mode: the name without the pair part). */
  name: string;
  procs: number;
  metrics: MetricComparison[];
}

export interface CompareResultsOptions {
  alpha?: number;
  confidence?: number;
}

export function summarize(values: readonly number[], unit: string, confidence = 0.95): MetricSummary {
  const s: MedianSummary = medianCI(values, confidence);
  const out: MetricSummary = { unit, values: [...values], median: s.center, lo: s.lo, hi: s.hi, halfWidth: relativeHalfWidth(s), n: s.n };
  if (s.tooFewForCI) out.tooFewForCI = { needed: s.tooFewForCI, confidence: s.requestedConfidence };
  return out;
}

function unitOrder(a: string, b: string): number {
  const ia = (PRIMARY_UNITS as readonly string[]).indexOf(a);
  const ib = (PRIMARY_UNITS as readonly string[]).indexOf(b);
  if (ia >= 0 || ib >= 0) return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib);
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Summaries of `head` and, when `base` is given, comparisons against it,
 * per (pkg, name, procs) and unit. Benchmarks present on one side only are
 * kept with the other side absent.
 */
export function compareBenchResults(
  base: readonly BenchResult[] | undefined,
  head: readonly BenchResult[],
  opts: CompareResultsOptions = {},
): BenchComparison[] {
  const confidence = opts.confidence ?? 0.95;
  const benches = new Map<string, BenchComparison>();
  const order: string[] = [];
  const slot = (pkg: string, name: string, procs: number) => {
    const k = JSON.stringify([pkg, name, procs]);
    let b = benches.get(k);
    if (!b) {
      b = { pkg, name, procs, metrics: [] };
      benches.set(k, b);
      order.push(k);
    }
    return b;
  };
  const metric = (b: BenchComparison, unit: string) => {
    let m = b.metrics.find((x) => x.unit === unit);
    if (!m) {
      m = { unit };
      b.metrics.push(m);
    }
    return m;
  };
  // Head order first (the order go test ran them), then base-only benchmarks.
  for (const r of head) slot(r.pkg, r.name, r.procs);
  for (const s of groupSamples(head)) metric(slot(s.pkg, s.name, s.procs), s.unit).head = summarize(s.values, s.unit, confidence);
  if (base) {
    for (const s of groupSamples(base)) metric(slot(s.pkg, s.name, s.procs), s.unit).base = summarize(s.values, s.unit, confidence);
    for (const b of benches.values()) {
      for (const m of b.metrics) {
        if (!m.base || !m.head) continue;
        const c: Comparison = compareSamples(m.base.values, m.head.values, { alpha: opts.alpha ?? 0.05, confidence });
        const spreadPercent = spreadOf(m.base, m.head);
        const d = { percent: c.deltaPercent, p: c.p, significant: c.significant, ...(c.insignificance ? { insignificance: c.insignificance } : {}) };
        m.delta = { ...d, spreadPercent, verdict: verdictOf(d, spreadPercent) };
      }
    }
  }
  for (const b of benches.values()) b.metrics.sort((x, y) => unitOrder(x.unit, y.unit));
  return order.map((k) => benches.get(k)!);
}

/**
 * Pair mode: within one run, treat sub-benchmarks named `baseName` as the
 * base and `headName` as the head (`BenchmarkX/before` vs `BenchmarkX/after`).
 * Returns the two sides renamed to the common prefix, ready for
 * {@link compareBenchResults}. Results without the pair are dropped.
 */
export function splitPairs(results: readonly BenchResult[], baseName: string, headName: string): { base: BenchResult[]; head: BenchResult[] } {
  const base: BenchResult[] = [];
  const head: BenchResult[] = [];
  for (const r of results) {
    const i = r.name.lastIndexOf('/');
    if (i < 0) continue;
    const leaf = r.name.slice(i + 1);
    const stem = r.name.slice(0, i);
    if (leaf === baseName) base.push({ ...r, name: stem });
    else if (leaf === headName) head.push({ ...r, name: stem });
  }
  return { base, head };
}

/** A `--fail-on` gate: metric and allowed relative increase. */
export interface FailOn {
  unit: string;
  /** Allowed increase in percent (0 = any significant increase fails). */
  thresholdPercent: number;
  /** As the user wrote it. */
  spec: string;
}

const METRIC_ALIASES: Record<string, string> = {
  allocs: 'allocs/op',
  'allocs/op': 'allocs/op',
  bytes: 'B/op',
  mem: 'B/op',
  'b/op': 'B/op',
  time: 'ns/op',
  'ns/op': 'ns/op',
  gc: 'gc-cycles/Mop',
  'gc-cycles/mop': 'gc-cycles/Mop',
  stw: 'gc-stw-ns/op',
  'gc-stw-ns/op': 'gc-stw-ns/op',
};

/** Parses `allocs`, `B/op:5%`, `time:2.5%`; returns undefined for an unknown metric or bad threshold. */
export function parseFailOn(spec: string): FailOn | undefined {
  const m = /^([^:]+?)(?::(\d+(?:\.\d+)?)%?)?$/.exec(spec.trim());
  if (!m) return undefined;
  const unit = METRIC_ALIASES[m[1]!.toLowerCase()];
  if (!unit) return undefined;
  return { unit, thresholdPercent: m[2] === undefined ? 0 : Number(m[2]), spec };
}

export interface Regression {
  pkg: string;
  name: string;
  unit: string;
  percent: number;
  p: number;
  gate: string;
}

/** Significant increases wider than the spread and beyond a gate's threshold (an increase from 0 always counts). */
export function findRegressions(comparisons: readonly BenchComparison[], gates: readonly FailOn[]): Regression[] {
  const out: Regression[] = [];
  for (const b of comparisons) {
    for (const m of b.metrics) {
      if (m.delta?.verdict !== 'change' || !m.base || !m.head) continue;
      for (const g of gates) {
        if (g.unit !== m.unit) continue;
        const up = m.head.median > m.base.median;
        const pct = m.delta.percent;
        if (up && (Number.isNaN(pct) || pct > g.thresholdPercent)) {
          out.push({ pkg: b.pkg, name: b.name, unit: m.unit, percent: pct, p: m.delta.p, gate: g.spec });
        }
      }
    }
  }
  return out;
}

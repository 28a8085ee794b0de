/**
 * Wording of benchmark reports: what benchstat prints for the statistics of
 * src/bench/ (±, deltas, `~`, its warnings), and the headings of
 * `goescape bench`.
 */
import type { BenchReport } from '../bench.js';
import type { MetricComparison, MetricSummary, Regression } from '../../bench/compare.js';
import type { Insignificance, SamplesNeeded, UTestDegenerate } from '../../bench/stats.js';
import { formatUnitValue } from './numbers.js';

/** What a comparison whose p-value is above alpha is called. */
export const NOT_SIGNIFICANT = 'no significant change';

/** The CI's relative half-width as benchstat prints it: `3%`, `∞` for an infinite bound, `?` for a bound of the other sign. */
export function rangeText(halfWidth: number): string {
  if (halfWidth === Infinity) return '∞';
  if (Number.isNaN(halfWidth)) return '?';
  return `${(100 * halfWidth).toFixed(0)}%`;
}

/** benchstat's warning for a CI with an infinite bound. */
export function tooFewForCIText(needed: SamplesNeeded, confidence: number): string {
  return `need ${needed[0]} ${needed[1]} samples for confidence interval at level ${confidence}`;
}

/** A summary's warning, when its CI has an infinite bound. */
export function summaryWarning(s: Pick<MetricSummary, 'tooFewForCI'>): string | undefined {
  return s.tooFewForCI && tooFewForCIText(s.tooFewForCI.needed, s.tooFewForCI.confidence);
}

/** benchstat's words for a U test that could not run. */
export const DEGENERATE_TEST: Record<UTestDegenerate, string> = {
  'empty-sample': 'sample is too small',
  'all-equal': 'all samples are equal',
};

/** benchstat's note on a comparison that cannot be significant. */
export function insignificanceText(i: Insignificance): string {
  if (i.reason === 'degenerate') return DEGENERATE_TEST[i.degenerate];
  return `need ${i.needed[0]} ${i.needed[1]} samples to detect a difference at alpha level ${i.alpha}`;
}

/**
 * The delta as benchstat prints it: `~` when not significant, `0.00%` for
 * equal medians, `?` from a base of 0, else signed with two decimals (`+12.34%`).
 */
export function deltaText(d: { percent: number; significant: boolean }, baseMedian: number, headMedian: number): string {
  if (!d.significant) return '~';
  if (baseMedian === headMedian) return '0.00%';
  if (baseMedian === 0 || Number.isNaN(d.percent)) return '?';
  return `${d.percent >= 0 ? '+' : '-'}${Math.abs(d.percent).toFixed(2)}%`;
}

/** A metric's delta and its note, as the JSON report carries them. */
export function deltaWords(m: Pick<MetricComparison, 'base' | 'head'> & { delta: NonNullable<MetricComparison['delta']> }): { text: string; note?: string } {
  const text = deltaText(m.delta, m.base?.median ?? NaN, m.head?.median ?? NaN);
  return m.delta.insignificance ? { text, note: insignificanceText(m.delta.insignificance) } : { text };
}

/** What a comparison is called whose change the noise of its runs could explain. */
export const CANNOT_TELL = 'cannot tell';

/** Why a verdict is `cannot-tell`: the change within the spread, or too few samples to ever be significant. */
export function cannotTellReason(d: Pick<NonNullable<MetricComparison['delta']>, 'percent' | 'significant' | 'spreadPercent' | 'insignificance'>): string {
  if (!d.significant && d.insignificance) return insignificanceText(d.insignificance);
  const spread = Number.isNaN(d.spreadPercent) ? '?' : d.spreadPercent === Infinity ? '∞' : `${d.spreadPercent.toFixed(0)}%`;
  const change = `${d.percent >= 0 ? '+' : '-'}${Math.abs(d.percent).toFixed(2)}%`;
  return `${change} is within the runs' spread (± ${spread})`;
}

/**
 * `-12.34% (p=0.002 n=6+6)`, `~ no significant change (p=0.485 n=6+6)`, or
 * `? cannot tell: +3.10% is within the runs' spread (± 8%) (p=0.041 n=6+6)`.
 */
export function benchDelta(m: Pick<MetricComparison, 'base' | 'head'> & { delta: NonNullable<MetricComparison['delta']> }, n: [number, number]): string {
  const d = m.delta;
  const stats = `p=${formatP(d.p)} n=${n[0]}+${n[1]}`;
  if (d.verdict === 'cannot-tell') return `? ${CANNOT_TELL}: ${cannotTellReason(d)} (${stats})`;
  const note = d.insignificance ? insignificanceText(d.insignificance) : undefined;
  if (!d.significant) return `~ ${NOT_SIGNIFICANT} (${stats}${note ? `; ${note}` : ''})`;
  return `${deltaWords(m).text} (${stats})`;
}

/** How the rounds ran, in text: `rounds: 6, interleaved base, head, base, head, …`. */
export function roundsLine(rounds: number): string {
  return `runs: ${rounds} round(s), interleaved (base, head, base, head, …), one process per package and side each round`;
}

export function formatP(p: number): string {
  return p < 0.001 ? p.toExponential(1) : p.toFixed(3);
}

/** Median and CI half-width as benchstat prints it: `45.90ns ± 3%`. */
export function benchValue(v: Pick<MetricSummary, 'median' | 'halfWidth'>, unit: string): string {
  return `${formatUnitValue(v.median, unit)} ± ${rangeText(v.halfWidth)}`;
}

/** Benchmark name without the `Benchmark` prefix (benchstat does the same). */
export function benchName(name: string): string {
  return name.startsWith('Benchmark') && name.length > 9 ? name.slice(9) : name;
}

export function regressionLine(r: Regression): string {
  const pct = Number.isNaN(r.percent) ? 'from 0' : `+${r.percent.toFixed(2)}%`;
  return `${r.pkg ? `${r.pkg} ` : ''}${benchName(r.name)}: ${r.unit} ${pct} (p=${formatP(r.p)}), over --fail-on ${r.gate}`;
}

/** A cell with no value on its side. */
export const NO_VALUE = '—';
export const MISSING_ON_ONE_SIDE = 'missing on one side';
export const NO_RESULTS = 'no benchmark results';

export function samplesCell(n: number): string {
  return `n=${n}`;
}

/** The column titles of a unit's table. */
export function benchColumns(r: Pick<BenchReport, 'mode' | 'base' | 'head'>, unit: string): string[] {
  if (r.mode === 'single') return [unit, 'median ± 95% CI', 'samples'];
  return [unit, r.base?.label ?? 'base', r.head.label, 'vs base'];
}

/** `goos: linux  goarch: amd64  cpu: …` */
export function configLine(config: Record<string, string>): string {
  return ['goos', 'goarch', 'cpu']
    .filter((k) => config[k])
    .map((k) => `${k}: ${config[k]}`)
    .join('  ');
}

/** What is compared with what, in text: `base: main (0123456789ab)   head: working tree`. */
export function sidesLine(r: Pick<BenchReport, 'mode' | 'base' | 'head'>): string | undefined {
  if (r.mode === 'base') return `base: ${r.base?.label ?? ''}${r.base?.commit ? ` (${r.base.commit.slice(0, 12)})` : ''}   head: ${r.head.label}`;
  if (r.mode === 'pair') return `pairs: sub-benchmark "${r.base?.label}" (base) vs "${r.head.label}" (head)`;
  return undefined;
}

/** The same in Markdown; the labels and commit come escaped (`base`, `head` as Markdown text, `commit` as code). */
export function sidesMarkdown(mode: BenchReport['mode'], base: string, commit: string | undefined, head: string, alpha: number): string | undefined {
  const method = `median ± 95% CI, Mann–Whitney U test, α = ${alpha}.`;
  if (mode === 'base') return `Base **${base}**${commit ? ` (${commit})` : ''} vs head **${head}**; ${method}`;
  if (mode === 'pair') return `Sub-benchmark **${base}** (base) vs **${head}** (head); ${method}`;
  return undefined;
}

export const BENCH_TITLE = 'Benchmarks';

export function pkgLine(pkg: string): string {
  return `pkg: ${pkg}`;
}

export function noteLine(note: string): string {
  return `note: ${note}`;
}

/** The gate's verdict: `--fail-on allocs: no significant regression`, or how many there are (a list follows). */
export function failOnVerdict(gates: readonly string[], regressions: number): string {
  const head = `--fail-on ${gates.join(', ')}`;
  return regressions === 0 ? `${head}: no significant regression` : `${head}: ${regressions} significant regression(s):`;
}

/** The same in Markdown: the flag in bold, a full stop after the good news. */
export function failOnVerdictMarkdown(gates: readonly string[], regressions: number): string {
  const head = `**--fail-on ${gates.join(', ')}**`;
  return regressions === 0 ? `${head}: no significant regression.` : `${head}: ${regressions} significant regression(s):`;
}

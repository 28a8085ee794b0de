/**
 * Wording of benchmark reports: how benchstat prints a measurement and a
 * delta, and the headings of `goescape bench`.
 */
import type { BenchReport } from '../bench.js';
import type { MetricSummary, Regression } from '../../bench/compare.js';
import { formatUnitValue } from './numbers.js';

/** What a comparison whose p-value is above alpha is called. */
export const NOT_SIGNIFICANT = 'no significant change';

/** `-12.34% (p=0.002 n=6+6)` or `~ no significant change (p=0.485 n=6+6)`. */
export function benchDelta(d: { text: string; p: number; significant: boolean; note?: string }, n: [number, number]): string {
  const stats = `p=${formatP(d.p)} n=${n[0]}+${n[1]}`;
  if (!d.significant) return `~ ${NOT_SIGNIFICANT} (${stats}${d.note ? `; ${d.note}` : ''})`;
  return `${d.text} (${stats})`;
}

export function formatP(p: number): string {
  return p < 0.001 ? p.toExponential(1) : p.toFixed(3);
}

/** Median and CI half-width as benchstat prints it: `45.90ns ± 3%`. */
export function benchValue(v: Pick<MetricSummary, 'median' | 'range'>, unit: string): string {
  return `${formatUnitValue(v.median, unit)} ± ${v.range}`;
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
  return ['goos', 'goarch', 'cpu'].filter((k) => config[k]).map((k) => `${k}: ${config[k]}`).join('  ');
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

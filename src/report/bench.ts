/**
 * Rendering of benchmark summaries and comparisons (text, Markdown).
 * Wording comes from messages/bench.ts.
 *
 * @module
 */
import type { BenchComparison, MetricComparison, Regression } from '../bench/compare.js';
import type { ProfileJoin } from '../bench/profile-join.js';
import {
  BENCH_TITLE,
  benchColumns,
  benchDelta,
  benchName,
  benchValue,
  configLine,
  failOnVerdict,
  failOnVerdictMarkdown,
  MISSING_ON_ONE_SIDE,
  NO_RESULTS,
  NO_VALUE,
  noteLine,
  pkgLine,
  regressionLine,
  roundsLine,
  samplesCell,
  sidesLine,
  sidesMarkdown,
} from './messages/bench.js';
import { renderProfileMarkdown, renderProfileText } from './profile.js';
import { mdCell, mdCode, mdDocument, terminalLine } from './escape.js';

export interface BenchSide {
  /** What the side is: a revision, a file, `working tree`, or a sub-benchmark name in pair mode. */
  label: string;
  commit?: string;
  input?: string;
}

export interface BenchReport {
  tool: 'goescape bench';
  /** single: one set of runs; base: against another revision or file; pair: sub-benchmarks within one run. */
  mode: 'single' | 'base' | 'pair';
  base?: BenchSide;
  head: BenchSide;
  /** Configuration of the head run (goos, goarch, cpu, …). */
  config: Record<string, string>;
  count?: number;
  benchtime?: string;
  alpha: number;
  benchmarks: BenchComparison[];
  gates: string[];
  regressions: Regression[];
  notes: string[];
  /** `--profile`: the join of the heap profile to the static findings. */
  profile?: ProfileJoin;
  /** `--base REV`: the runs in the order they ran, base and head alternating in each round. */
  order?: { round: number; side: 'base' | 'head'; pkg: string }[];
}

interface Row {
  pkg: string;
  name: string;
  m: MetricComparison;
  n: [number, number];
}

/** Rows grouped by unit, units in the order they first appear (ns/op, B/op, allocs/op first). */
function byUnit(r: BenchReport): Map<string, Row[]> {
  const units = new Map<string, Row[]>();
  for (const b of r.benchmarks) {
    for (const m of b.metrics) {
      let rows = units.get(m.unit);
      if (!rows) units.set(m.unit, (rows = []));
      const name = benchName(b.name) + (b.procs !== 1 ? `-${b.procs}` : '');
      rows.push({ pkg: b.pkg, name, m, n: [m.base?.n ?? 0, m.head?.n ?? 0] });
    }
  }
  const primary = ['ns/op', 'B/op', 'allocs/op'];
  return new Map(
    [...units.entries()].sort((a, b) => {
      const ia = primary.indexOf(a[0]);
      const ib = primary.indexOf(b[0]);
      return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib) || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
    }),
  );
}

function cells(r: BenchReport, row: Row): string[] {
  const { m } = row;
  const v = (s: MetricComparison['head']) => (s ? benchValue(s, m.unit) : NO_VALUE);
  if (r.mode === 'single') return [row.name, v(m.head), samplesCell(m.head?.n ?? 0)];
  const delta = m.delta ? benchDelta({ ...m, delta: m.delta }, row.n) : MISSING_ON_ONE_SIDE;
  return [row.name, v(m.base), v(m.head), delta];
}

const header = benchColumns;

function pad(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => [...(row[i] ?? '')].length)));
  return rows.map((row) =>
    row
      .map((c, i) => (i === row.length - 1 ? c : c + ' '.repeat(widths[i]! - [...c].length)))
      .join('   ')
      .trimEnd(),
  );
}

export function renderBenchText(r: BenchReport): string {
  const out: string[] = [];
  const cfg = configLine(r.config);
  if (cfg) out.push(cfg);
  const sides = sidesLine(r);
  if (sides) out.push(sides);
  if (r.order && r.order.length > 0) out.push(roundsLine(r.order.at(-1)!.round));
  if (r.benchmarks.length === 0) out.push(NO_RESULTS);
  for (const [unit, rows] of byUnit(r)) {
    const pkgs = [...new Set(rows.map((x) => x.pkg))];
    for (const pkg of pkgs) {
      out.push('');
      if (pkg) out.push(pkgLine(pkg));
      out.push(...pad([header(r, unit), ...rows.filter((x) => x.pkg === pkg).map((x) => cells(r, x))]));
    }
  }
  for (const n of r.notes) out.push('', noteLine(n));
  if (r.gates.length > 0) {
    out.push('', failOnVerdict(r.gates, r.regressions.length));
    for (const g of r.regressions) out.push(`  ${regressionLine(g)}`);
  }
  // Benchmark names, labels, notes and the CPU's name come from go test's output: each line escaped.
  const text = out.map(terminalLine).join('\n') + '\n';
  return r.profile ? `${text}\n${renderProfileText(r.profile)}` : text;
}

const mdEscape = mdCell;

export function renderBenchMarkdown(r: BenchReport): string {
  const out: string[] = [`## ${BENCH_TITLE}`, ''];
  const cfg = configLine(r.config);
  if (cfg) out.push(mdCode(cfg), '');
  const sides = sidesMarkdown(
    r.mode,
    mdEscape(r.base?.label ?? ''),
    r.base?.commit ? mdCode(r.base.commit.slice(0, 12)) : undefined,
    mdEscape(r.head.label),
    r.alpha,
  );
  if (sides) out.push(sides, '');
  if (r.order && r.order.length > 0) out.push(mdEscape(roundsLine(r.order.at(-1)!.round)), '');
  for (const [unit, rows] of byUnit(r)) {
    out.push(`### ${mdEscape(unit)}`, '');
    const head = header(r, unit);
    const multiPkg = new Set(rows.map((x) => x.pkg)).size > 1;
    out.push(`| ${head.map(mdEscape).join(' | ')} |`, `|${head.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`);
    for (const row of rows) {
      const c = cells(r, multiPkg && row.pkg ? { ...row, name: `${row.pkg} ${row.name}` } : row);
      out.push(`| ${c.map(mdEscape).join(' | ')} |`);
    }
    out.push('');
  }
  for (const n of r.notes) out.push(`> ${mdEscape(n)}`, '');
  if (r.gates.length > 0) {
    out.push(failOnVerdictMarkdown(r.gates, r.regressions.length), '');
    if (r.regressions.length > 0) {
      for (const g of r.regressions) out.push(`- ${mdEscape(regressionLine(g))}`);
      out.push('');
    }
  }
  if (r.profile) out.push(renderProfileMarkdown(r.profile));
  return mdDocument(out.join('\n').trimEnd()) + '\n';
}

/**
 * The accuracy benchmark's table (text). Wording from messages/accuracy.ts.
 *
 * @module
 */
import type { ClassScore, PredictorScore } from '../bench/accuracy.js';
import { formatByteSize } from './messages/numbers.js';
import {
  accuracyHeader,
  FALSE_POSITIVE_REASON,
  FALSE_POSITIVES_TITLE,
  LARGEST_MISSES,
  MISS_REASON,
  MISSES_TITLE,
  PACKAGE_FAILED,
  PER_MODULE_TITLE,
  SCORE_COLUMNS,
} from './messages/accuracy.js';
import { terminalLine } from './escape.js';

export interface AccuracyModuleReport {
  module: string;
  observed: number;
  scores: PredictorScore[];
  failures: { pkg: string; what: string; error: string }[];
  seconds: number;
}

export interface AccuracyReport {
  benchtime: string;
  runs: number;
  seconds: number;
  observed: number;
  bytes: number;
  unstable: number;
  /** Init lines the join could not place in a file, left out. */
  unplaced: { lines: number; bytes: number };
  executed: number;
  /** Over the whole corpus. */
  scores: PredictorScore[];
  modules: AccuracyModuleReport[];
}

const fig = (n: number | null) => (n === null ? '–' : n.toFixed(3));

function row(predictor: string, s: ClassScore): string[] {
  return [
    predictor,
    s.class,
    String(s.predicted),
    String(s.ran),
    String(s.allocated),
    String(s.notExecuted),
    fig(s.precision),
    fig(s.recall),
    fig(s.bytesRecall),
  ];
}

function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) =>
    r
      .map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join('  ')
      .trimEnd(),
  );
}

export function renderAccuracyText(r: AccuracyReport, opts: { limit?: number } = {}): string {
  const limit = opts.limit ?? 15;
  const out = accuracyHeader({
    modules: r.modules.length,
    runs: r.runs,
    benchtime: r.benchtime,
    seconds: r.seconds,
    observed: r.observed,
    bytes: r.bytes,
    unstable: r.unstable,
    unplaced: r.unplaced,
    executed: r.executed,
  });
  const rows: string[][] = [[...SCORE_COLUMNS]];
  for (const s of r.scores) {
    rows.push(row(s.predictor, s.all));
    for (const c of s.classes) if (s.classes.length > 1 || c.class !== s.all.class) rows.push(row('', c));
  }
  out.push('', ...table(rows).map((l) => `  ${l}`));
  for (const s of r.scores) {
    out.push('', MISSES_TITLE(s.predictor, s.misses.length));
    for (const [reason, n] of Object.entries(s.missesByReason).sort((a, b) => b[1] - a[1]))
      out.push(`  ${String(n).padStart(5)}  ${MISS_REASON[reason as keyof typeof MISS_REASON]}`);
    out.push(FALSE_POSITIVES_TITLE(s.predictor, s.falsePositives.length, s.all.notExecuted));
    for (const [reason, n] of Object.entries(s.falsePositivesByReason).sort((a, b) => b[1] - a[1]))
      out.push(`  ${String(n).padStart(5)}  ${FALSE_POSITIVE_REASON[reason as keyof typeof FALSE_POSITIVE_REASON]}`);
  }
  const g = r.scores[0];
  if (g) {
    out.push('', LARGEST_MISSES);
    for (const m of g.misses.slice(0, limit))
      out.push(`  ${formatByteSize(m.bytes).padStart(10)}  ${m.file}:${m.line}  ${MISS_REASON[m.reason]}${m.via ? ` (${m.via})` : ''}`);
  }
  out.push('', PER_MODULE_TITLE);
  for (const m of r.modules) {
    const figs = m.scores.map((s) => `${fig(s.all.precision)} ${fig(s.all.recall)} ${fig(s.all.bytesRecall)}`).join('  /  ');
    out.push(`  ${m.module}: ${m.observed} lines allocated, ${figs}, ${m.seconds.toFixed(0)} s`);
    for (const f of m.failures) out.push(PACKAGE_FAILED(f.pkg, f.what, f.error));
  }
  return out.map(terminalLine).join('\n') + '\n';
}

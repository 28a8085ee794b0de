/**
 * The accuracy benchmark's table (text). Wording from messages/accuracy.ts.
 *
 * @module
 */
import type { ClassScore, PredictorScore, Target } from '../bench/accuracy.js';
import { formatByteSize } from './messages/numbers.js';
import {
  accuracyHeader,
  ALLOCATES_FALSE_POSITIVES,
  CLASSED_ROW,
  FALSE_POSITIVE_REASON,
  TARGET_COLUMNS,
  TARGET_FIGURE,
  TARGET_MET,
  TARGET_NOT_MET,
  TARGETS_TITLE,
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
  /** goescape's corpus-wide figures against their targets, raw `-m`'s beside. */
  targets: Target[];
  modules: AccuracyModuleReport[];
}

const fig = (n: number | null) => (n === null ? '–' : n.toFixed(3));

function row(predictor: string, s: ClassScore): string[] {
  const name = s.condition !== undefined ? `  ${s.condition}` : s.class === 'classes' ? CLASSED_ROW : s.class;
  return [predictor, name, String(s.predicted), String(s.ran), String(s.allocated), String(s.notExecuted), fig(s.precision), fig(s.recall), fig(s.bytesRecall)];
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
  const out = accuracyHeader({ ...r, modules: r.modules.length });
  const rows: string[][] = [[...SCORE_COLUMNS]];
  for (const s of r.scores) {
    rows.push(row(s.predictor, s.all));
    if (s.classed) rows.push(row('', s.classed));
    for (const c of s.classes) if (s.classes.length > 1 || c.class !== s.all.class) rows.push(row('', c));
  }
  out.push('', ...table(rows).map((l) => `  ${l}`));
  if (r.targets.length > 0) {
    out.push('', TARGETS_TITLE);
    const trows = [
      [...TARGET_COLUMNS],
      ...r.targets.map((t) => [
        TARGET_FIGURE[t.figure] ?? t.figure,
        fig(t.value),
        `≥ ${t.target.toFixed(2)}`,
        t.met ? TARGET_MET : TARGET_NOT_MET,
        t.raw === null ? '' : fig(t.raw),
      ]),
    ];
    out.push(...table(trows).map((l) => `  ${l}`));
  }
  for (const s of r.scores) {
    out.push('', MISSES_TITLE(s.predictor, s.misses.length));
    for (const [reason, n] of Object.entries(s.missesByReason).sort((a, b) => b[1] - a[1]))
      out.push(`  ${String(n).padStart(5)}  ${MISS_REASON[reason as keyof typeof MISS_REASON]}`);
    out.push(FALSE_POSITIVES_TITLE(s.predictor, s.falsePositives.length, s.all.notExecuted));
    for (const [reason, n] of Object.entries(s.falsePositivesByReason).sort((a, b) => b[1] - a[1])) {
      out.push(`  ${String(n).padStart(5)}  ${FALSE_POSITIVE_REASON[reason as keyof typeof FALSE_POSITIVE_REASON]}`);
      if (reason !== 'condition-not-met') continue;
      for (const [cond, m] of Object.entries(s.falsePositivesByCondition).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)))
        out.push(`  ${String(m).padStart(9)}  ${cond}`);
    }
  }
  const g = r.scores[0];
  if (g) {
    out.push('', LARGEST_MISSES);
    for (const m of g.misses.slice(0, limit))
      out.push(`  ${formatByteSize(m.bytes).padStart(10)}  ${m.file}:${m.line}  ${MISS_REASON[m.reason]}${m.via ? ` (${m.via})` : ''}`);
    const fps = g.falsePositives.filter((f) => f.class === 'allocates');
    out.push('', ALLOCATES_FALSE_POSITIVES(fps.length));
    for (const f of fps.slice(0, limit)) out.push(`  ${f.file}:${f.line}  ${FALSE_POSITIVE_REASON[f.reason]}: ${f.message}`);
  }
  out.push('', PER_MODULE_TITLE);
  for (const m of r.modules) {
    const figs = m.scores.map((s) => `${fig(s.all.precision)} ${fig(s.all.recall)} ${fig(s.all.bytesRecall)}`).join('  /  ');
    out.push(`  ${m.module}: ${m.observed} lines allocated, ${figs}, ${m.seconds.toFixed(0)} s`);
    for (const f of m.failures) out.push(PACKAGE_FAILED(f.pkg, f.what, f.error));
  }
  return out.map(terminalLine).join('\n') + '\n';
}

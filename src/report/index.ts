/**
 * The reporters of each subject, by format. A subject's formats are declared
 * once (its `*_FORMATS` tuple: the CLI's `--format` choices); its registry
 * must wire every one of them and nothing else, or it does not compile.
 *
 * A reporter is one of two kinds:
 * - a stream: renders to text or bytes that go where the user says (stdout,
 *   or `-o FILE`);
 * - a page: the self-contained HTML report, always a file (`-o FILE`, else
 *   `defaultFile`), which embeds the Go source of the analysis it shows. Its
 *   caller reads that source (`sources` names the analysis) and passes a
 *   reader in, so rendering stays pure.
 */
import type { AnalysisResult } from '../model/result.js';
import { renderBenchMarkdown, renderBenchText, type BenchReport } from './bench.js';
import { renderExplainText, type ExplainRenderOptions, type ExplainTarget } from './explain.js';
import { renderDiffText, renderGateText } from './gate-text.js';
import { renderGithub } from './github.js';
import { renderHtml } from './html/index.js';
import { renderAnalysisJsonBytes } from './json/analysis.js';
import { renderBenchJson, renderProfileJson } from './json/bench.js';
import { renderExplainJson } from './json/explain.js';
import { renderCheckJson, renderDiffJson } from './json/gate.js';
import { renderDiffMarkdown, renderGateMarkdown } from './markdown.js';
import { renderProfileMarkdown, renderProfileText } from './profile.js';
import { renderSarif } from './sarif.js';
import type { CheckReport, DiffReport, ProfileSubject } from './subjects.js';
import { renderTextBytes, type TextOptions } from './text.js';
import { unpredictedNote } from './messages/profile.js';

/** A report written where the user says: stdout, or `-o FILE`. */
export interface StreamReporter<T, O> {
  readonly output: 'stream';
  render(data: T, opts: O): string | Uint8Array;
}

/** What a page reads while it renders: the Go source of a file named as in `SourcePos.file`, or undefined when unreadable. */
export interface PageSources {
  readSource: (file: string) => string | undefined;
}

/** The HTML report: always written to a file, with the Go source of `sources(data)` embedded. */
export interface PageReporter<T> {
  readonly output: 'page';
  /** The file written when no `-o FILE` (or `-o -`) is given. */
  readonly defaultFile: string;
  /** The analysis whose Go files the page embeds (the caller reads them). */
  sources(data: T): AnalysisResult;
  render(data: T, page: PageSources): string;
}

export type Reporter<T, O> = StreamReporter<T, O> | PageReporter<T>;

/** For reporters that take no options. */
export type NoOptions = Record<never, never>;

/** Where an HTML report goes when no `-o` was given. */
export const DEFAULT_HTML_FILE = 'goescape-report.html';

function stream<T, O>(render: (data: T, opts: O) => string | Uint8Array): StreamReporter<T, O> {
  return { output: 'stream', render };
}

function page<T>(sources: (data: T) => AnalysisResult, render: (data: T, page: PageSources) => string): PageReporter<T> {
  return { output: 'page', defaultFile: DEFAULT_HTML_FILE, sources, render };
}

// ---- analysis: goescape analyze, goescape report ------------------------------

export const ANALYSIS_FORMATS = ['text', 'json', 'html'] as const;
export type AnalysisFormat = (typeof ANALYSIS_FORMATS)[number];

export const ANALYSIS_REPORTERS = {
  text: stream((r: AnalysisResult, opts: TextOptions) => renderTextBytes(r, opts)),
  json: stream((r: AnalysisResult) => renderAnalysisJsonBytes(r)),
  html: page(
    (r: AnalysisResult) => r,
    (r, p) => renderHtml(r, p),
  ),
} as const satisfies Record<AnalysisFormat, Reporter<AnalysisResult, TextOptions>>;

// ---- the gate: goescape check ------------------------------------------------

export interface GateOptions {
  /** Prefix for file paths in SARIF URIs and GitHub annotations: the module's directory in the repository (`` or `sub/dir/`). */
  uriPrefix: string;
  /** The configuration file, relative to the module root, where results without a position point (when it is in the module). */
  configFile?: string;
}

export const GATE_FORMATS = ['text', 'json', 'sarif', 'github', 'markdown'] as const;
export type GateFormat = (typeof GATE_FORMATS)[number];

export const GATE_REPORTERS = {
  text: stream((r: CheckReport) => renderGateText(r.gate, r.findings)),
  json: stream((r: CheckReport) => renderCheckJson(r)),
  sarif: stream((r: CheckReport, o: GateOptions) => renderSarif(r.gate, { uriPrefix: o.uriPrefix, configFile: o.configFile })),
  github: stream((r: CheckReport, o: GateOptions) => renderGithub(r.gate, { uriPrefix: o.uriPrefix, configFile: o.configFile })),
  markdown: stream((r: CheckReport) => renderGateMarkdown(r.gate)),
} as const satisfies Record<GateFormat, Reporter<CheckReport, GateOptions>>;

// ---- goescape diff -------------------------------------------------------------

export const DIFF_FORMATS = ['text', 'json', 'markdown', 'html'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

/** The head's analysis with the diff's counts, as the page shows it. */
function headWithDiff(r: DiffReport): AnalysisResult {
  const d = r.diff;
  const c = d.counts;
  return {
    ...r.head,
    diff: {
      baseRev: d.base.rev,
      headRev: d.head.rev,
      baseFindings: c.base,
      headFindings: c.head,
      added: c.added,
      removed: c.removed,
      changed: c.changed,
      unchanged: c.unchanged,
    },
  };
}

export const DIFF_REPORTERS = {
  text: stream((r: DiffReport) => renderDiffText(r.diff)),
  json: stream((r: DiffReport) => renderDiffJson(r.diff)),
  markdown: stream((r: DiffReport) => renderDiffMarkdown(r.diff)),
  html: page(
    (r: DiffReport) => r.head,
    (r, p) => renderHtml(headWithDiff(r), p),
  ),
} as const satisfies Record<DiffFormat, Reporter<DiffReport, NoOptions>>;

// ---- goescape bench -------------------------------------------------------------

export const BENCH_FORMATS = ['text', 'json', 'markdown'] as const;
export type BenchFormat = (typeof BENCH_FORMATS)[number];

export const BENCH_REPORTERS = {
  text: stream((r: BenchReport) => renderBenchText(r)),
  json: stream((r: BenchReport) => renderBenchJson(r)),
  markdown: stream((r: BenchReport) => renderBenchMarkdown(r)),
} as const satisfies Record<BenchFormat, Reporter<BenchReport, NoOptions>>;

// ---- goescape profile -----------------------------------------------------------

export interface ProfileOptions {
  /** Rows per list in text and Markdown. */
  limit: number;
}

export const PROFILE_FORMATS = ['text', 'json', 'markdown', 'html'] as const;
export type ProfileFormat = (typeof PROFILE_FORMATS)[number];

export const PROFILE_REPORTERS = {
  text: stream((r: ProfileSubject, o: ProfileOptions) => renderProfileText(r.report.join, { limit: o.limit })),
  json: stream((r: ProfileSubject) => renderProfileJson(r.report)),
  markdown: stream((r: ProfileSubject, o: ProfileOptions) => renderProfileMarkdown(r.report.join, { limit: o.limit })),
  html: page(
    (r: ProfileSubject) => r.analysis,
    (r, p) =>
      renderHtml(r.analysis, {
        ...p,
        observed: r.report.join.unpredictedSites.map((s) => ({
          file: s.file,
          line: s.line,
          func: s.func,
          bytes: s.bytes,
          objects: s.objects,
          note: unpredictedNote(s),
        })),
      }),
  ),
} as const satisfies Record<ProfileFormat, Reporter<ProfileSubject, ProfileOptions>>;

// ---- goescape explain -----------------------------------------------------------

export const EXPLAIN_FORMATS = ['text', 'json'] as const;
export type ExplainFormat = (typeof EXPLAIN_FORMATS)[number];

export const EXPLAIN_REPORTERS = {
  text: stream((t: ExplainTarget, o: ExplainRenderOptions) => renderExplainText(t, o)),
  json: stream((t: ExplainTarget) => renderExplainJson(t)),
} as const satisfies Record<ExplainFormat, Reporter<ExplainTarget, ExplainRenderOptions>>;

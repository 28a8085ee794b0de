/**
 * goescape's public API, in groups. Everything not exported here is
 * internal and may change in any release.
 */

// ---- Analyze, verify, explain ----------------------------------------------

/** Compiles packages with `-gcflags=-m=2` as go build would and returns every decision the compiler printed, attributed and keyed. */
export { analyzePackages, type AnalyzeOptions } from './pipeline/analyze.js';
/** Checks each heap escape of a result against the machine code (`-S`): allocates, no allocation, or unverified. */
export { verifyResult, type VerifyOptions } from './pipeline/verify.js';
/** Analyzes the package of `<file>:<line>[:<col>]` or `<import/path>.<Func>` and picks the findings there. */
export { explainTarget } from './pipeline/explain.js';
/** The flow chain of a finding, from the value to its sink. */
export { buildChain, sinkOf } from './analyze/explain.js';

// ---- Gate, diff, baseline, config ------------------------------------------

/** Applies a configuration and a baseline to a result: violations, accepted findings, the verdict. */
export { evaluateGate, type GateInput, type GateResult, type GateFinding, type Violation, type Accepted } from './gate/evaluate.js';
/** Heap escapes and parameter leaks added, removed and changed between two results, matched by stable key. */
export { diffResults, newHeapEscapes, type EscapeDiff, type DiffChange } from './gate/diff.js';
/** The baseline file: made from a result, rendered, and read back (checked for shape). */
export { makeBaseline, renderBaseline, parseBaseline, type Baseline, type BaselineSite } from './gate/baseline.js';
/** `goescape.yaml`: parsed and checked, with defaults. */
export { parseConfig, defaultConfig, type GoescapeConfig } from './gate/config.js';

// ---- Renderers ---------------------------------------------------------------

/** The text report (as on a terminal, without colour unless asked). */
export { renderText } from './report/text.js';
/** The JSON result (docs/json-schema.md). */
export { renderAnalysisJson as renderJson } from './report/json/analysis.js';
/** A self-contained HTML page of a result. */
export { renderHtml, type HtmlOptions } from './report/html/index.js';
/** SARIF 2.1.0 of a gate result. */
export { renderSarif, type SarifOptions } from './report/sarif.js';
/** GitHub workflow annotations of a gate result. */
export { renderGithub } from './report/github.js';
/** Markdown summaries of a gate result and of a diff. */
export { renderGateMarkdown, renderDiffMarkdown } from './report/markdown.js';
/** The advice and title of a root cause. */
export { adviceFor, causeTitle } from './report/messages/advice.js';

// ---- Types and closed sets -----------------------------------------------------

/** Errors a caller can act on carry a stable `code` (docs/exit-codes.md). */
export { GoescapeError, type ErrorCode } from './errors.js';
/** goescape's version. */
export { VERSION } from './version.js';
/** Root causes, finding kinds and their categories. */
export { CAUSES, ALL_CAUSES, type Cause } from './model/causes.js';
export {
  FINDING_KINDS,
  ALL_KINDS,
  categoryOf,
  isHeapKind,
  isLeakKind,
  isExplainedKind,
  type FindingKind,
  type KindCategory,
  type KindInfo,
} from './model/kinds.js';
/** The model: a result, its packages, findings, flows and verification. */
export type { AnalysisResult, PackageResult, PackageStatus, Summary, Toolchain, FrameInfo, VerificationSummary } from './model/result.js';
export type { Finding, FindingDetails, Flow, FlowNote, Explanation, InlinedSite, Verification, ChainStep, UnrecognizedLine } from './model/finding.js';
export { formatPos, type SourcePos } from './model/position.js';

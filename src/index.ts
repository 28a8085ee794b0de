/**
 * goescape's public API: run the analysis, read the typed model. Other
 * modules are internal.
 */
export { analyzePackages, type AnalyzeOptions } from './analyze-packages.js';
export { verifyResult, type VerifyOptions } from './verify.js';
export { analyzeAndRender, MAX_REPLAY_BYTES, type ReportRun, type Rendered } from './replay.js';
export { GoescapeError } from './errors.js';
export { VERSION } from './version.js';
export * from './model/causes.js';
export * from './model/finding.js';
export * from './model/kinds.js';
export * from './model/position.js';
export * from './model/result.js';
export { reconcile, allocWhy, DEFAULT_FRAME_LIMIT, type ReconcileOptions, type ReconcileOutput } from './analyze/reconcile.js';
export { AsmParser, parseAsm, type AsmFunction, type AllocCall, type StaticRef } from './parse/asm.js';
export { explainTarget } from './explain-target.js';
export { explainFindings, buildChain, sinkOf } from './analyze/explain.js';
export { classify, classifyFindings, type SourceLookup, type Classification } from './analyze/classify.js';
export { adviceFor, causeTitle } from './report/advice.js';
export { renderText, renderTextBytes } from './report/text.js';
export { renderJson } from './report/json.js';
export { parseMText, MOutputParser, RawExplanation, linesOfSpans, type ParsedFinding, type PackageOutput } from './parse/m-output.js';
export { parseMessage } from './parse/m-message.js';

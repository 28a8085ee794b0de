/**
 * goescape's public API: run the analysis, read the typed model. Other
 * modules are internal. (Engineers adding public entry points: add their
 * exports here.)
 */
export { analyzePackages, type AnalyzeOptions } from './analyze-packages.js';
export { verifyResult, type VerifyOptions } from './verify.js';
export { GoescapeError } from './errors.js';
export { VERSION } from './version.js';
export * from './model/causes.js';
export * from './model/finding.js';
export * from './model/kinds.js';
export * from './model/position.js';
export * from './model/result.js';
export { reconcile, allocWhy, DEFAULT_FRAME_LIMIT, type ReconcileOptions, type ReconcileOutput } from './analyze/reconcile.js';
export { AsmParser, parseAsm, type AsmFunction, type AllocCall, type StaticRef } from './parse/asm.js';

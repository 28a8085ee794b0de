import type { Finding, UnrecognizedLine } from './finding.js';
import type { FindingKind } from './kinds.js';

export const SCHEMA_VERSION = 1;

/** The toolchain and command a result was made with; a baseline is only comparable under the same one. */
export interface Toolchain {
  /** `go version` short form, e.g. `go1.26.8`. */
  goVersion: string;
  goos: string;
  goarch: string;
  goexperiment: string;
  /** Compiler flags applied to the analyzed packages, e.g. `-m=2`. */
  compilerFlags: string[];
  /** The exact go command line that produced the compiler output. */
  command: string[];
}

export type PackageStatus = 'ok' | 'failed';

export interface PackageResult {
  /** Import path (test variants: the plain path; see `variant`). */
  path: string;
  /** As printed in the `# ` header / build event (e.g. `p [p.test]`). */
  desc: string;
  variant?: 'test' | 'testmain';
  /** Directory, relative to the module root when inside it. */
  dir?: string;
  status: PackageStatus;
  /** Compiler errors, verbatim, when the package failed to build. */
  errors: string[];
  /** Lines of compiler output for this package (headers included). */
  lines: number;
  findings: number;
  heapEscapes: number;
}

export interface Summary {
  /** Lines the compiler printed in all. */
  lines: number;
  /** Lines accounted for by findings (verdicts and their explanations). */
  linesInFindings: number;
  /** Lines that were `# pkg` headers. */
  headerLines: number;
  findings: number;
  byKind: Partial<Record<FindingKind, number>>;
  /** Heap escapes (moved-to-heap + escapes-to-heap), inlined copies counted once. */
  heapEscapes: number;
  /** Leaking parameters (to the heap or a result). */
  leaks: number;
  /** Inlined copies folded into their origin finding. */
  inlinedCopies: number;
  packages: { total: number; ok: number; failed: number };
  /** Every line goescape did not recognise, verbatim. */
  unrecognized: UnrecognizedLine[];
}

export interface AnalysisResult {
  schemaVersion: typeof SCHEMA_VERSION;
  tool: { name: 'goescape'; version: string };
  toolchain: Toolchain;
  /** Module path and root (absolute) when run in a module. */
  module?: { path: string; root: string };
  patterns: string[];
  packages: PackageResult[];
  findings: Finding[];
  summary: Summary;
}

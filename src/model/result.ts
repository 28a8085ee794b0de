import type { AllocClass, AllocCondition, Finding, UnrecognizedLine } from './finding.js';
import type { Cause } from './causes.js';
import type { FindingKind } from './kinds.js';
import type { SourcePos } from './position.js';

export const SCHEMA_VERSION = 1;

/** The toolchain and command a result was made with; a baseline is only comparable under the same one. */
export interface Toolchain {
  /** `go version` short form, e.g. `go1.26.8`. */
  goVersion: string;
  goos: string;
  goarch: string;
  goexperiment: string;
  /** The compiler flags that decide what the analyzed packages' compiles report, e.g. `-m=2` (the compile also skips debug information: see `command`). */
  compilerFlags: string[];
  /** The exact go command line that produced the compiler output. */
  command: string[];
}

/** `not-built`: go skipped it because a package it imports failed to compile (no output, no findings). */
export type PackageStatus = 'ok' | 'failed' | 'not-built';

/** The import path behind a package description: `p [p.test]` → `p`. */
export function importPathOfDesc(desc: string): string {
  return desc.replace(/ \[.*\]$/, '');
}

/** A package's directory as its files' paths begin (`sub/pkg`), `` for the module root's (whose `dir` is `.`, or absent). */
export function fileDirOf(p: Pick<PackageResult, 'dir'>): string {
  return p.dir === undefined || p.dir === '.' ? '' : p.dir;
}

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
  /** Heap escapes (moved-to-heap + escapes-to-heap), inlined copies counted once: the origins, where fixes go. */
  heapEscapes: number;
  /** Their allocation sites (model/sites.ts): each heap escape's own code and each of its inlined copies on the heap. Absent in results of earlier versions. */
  heapSites?: number;
  /** Heap escapes per root cause (model/causes.ts). */
  byCause: Partial<Record<Cause, number>>;
  /** Allocation sites of the heap escapes of each cause. Absent in results of earlier versions. */
  sitesByCause?: Partial<Record<Cause, number>>;
  /** Leaking parameters (to the heap or a result). */
  leaks: number;
  /** Inlined copies folded into their origin finding. */
  inlinedCopies: number;
  packages: { total: number; ok: number; failed: number; notBuilt?: number };
  /** Every line goescape did not recognise, verbatim (`line` is 1-based within the package's block). */
  unrecognized: UnrecognizedLine[];
  /** Messages of the go command itself, outside any package block (e.g. `go: downloading …`), verbatim. */
  goMessages: string[];
  /** The go command's exit code (non-zero when a package failed or go could not run the build). */
  goExitCode: number;
}

/** One function's stack frame, from the `-S` listing (`analyze --verify/--frames`). */
export interface FrameInfo {
  /** Function as the compiler names it (`F`, `(*T).M`, `F.func1`). */
  func: string;
  pkg: string;
  /** Linker symbol. */
  symbol: string;
  /** Frame size (`locals=`). */
  frameBytes: number;
  /** Argument area (`args=`). */
  argBytes: number;
  pos?: SourcePos;
  flags: string[];
}

/** Summary of `--verify`: heap escapes checked against the machine code. */
export interface VerificationSummary {
  /** Heap escapes checked. */
  heapEscapes: number;
  allocates: number;
  noAllocation: number;
  unverified: number;
  /** Heap escapes where several allocation calls fit and would tell different things (absent in results of earlier releases). */
  ambiguous?: number;
  /** Allocation calls with no escape finding (`allocates-without-escape` findings). */
  allocatesWithoutEscape: number;
  /**
   * Allocation sites that allocate (heap escapes' own code and inlined copies) and
   * allocations with no escape finding, by class, and the may-allocate ones by
   * condition (absent in results of earlier releases).
   */
  byClass?: Partial<Record<AllocClass, number>>;
  byCondition?: Partial<Record<AllocCondition, number>>;
  /** Allocation calls seen in the listing. */
  allocCalls: number;
  /** Functions in the listing. */
  functions: number;
  /** Functions whose frame exceeds `frameLimit`. */
  framesOverLimit: number;
  frameLimit: number;
  /** The go command line of the `-S` compile. */
  command: string[];
  /** Allocations inside callees, from the machine code of the functions called (absent in results of earlier releases, or with callees off). */
  callees?: CalleeVerification;
}

/** `allocates-in-callee`: what the callee summaries found at the analyzed code's calls (analyze/callee-summaries.ts). */
export interface CalleeVerification {
  /** Static calls of the analyzed functions (outside the runtime). */
  staticCalls: number;
  /** `allocates-in-callee` findings: calls, one per line and callee, whose callee allocates. */
  allocating: number;
  /** Of those, the ones whose callee allocates on every path through the call. */
  unconditional: number;
  /** Calls through a register (interface methods, func values), one per line: whether they allocate is unknown. */
  unknown: number;
  unknownCalls: { pkg: string; func: string; pos: SourcePos; inline?: { callee: string; pos: SourcePos }[] }[];
  /** Functions summarised as allocating, over the analyzed packages and their dependencies. */
  summarized: number;
  /** Dependency packages whose summaries came from goescape's cache / from a `-S` compile in this run. */
  packagesCached: number;
  packagesCompiled: number;
  /** The go command line of that compile, when one ran. */
  command?: string[];
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
  /** When made by `goescape diff --format html`: the revisions compared and the counts of heap and leak findings. */
  diff?: { baseRev: string; headRev: string; baseFindings: number; headFindings: number; added: number; removed: number; changed: number; unchanged: number };
  /** When a heap profile was joined (`goescape profile`): totals, in bytes and objects. */
  profile?: {
    profiles: string[];
    totalBytes: number;
    inPackagesBytes: number;
    predictedBytes: number;
    unpredictedBytes: number;
    predictedBytesShare: number;
  };
  /** `--verify`/`--frames`: every function's stack frame from the `-S` listing, largest first. */
  frames?: FrameInfo[];
  /** `--verify`: how many heap escapes really allocate. */
  verification?: VerificationSummary;
}

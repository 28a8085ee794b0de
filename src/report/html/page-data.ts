/**
 * The data the HTML report embeds as JSON for its page script: written by
 * `buildPageData` (index.ts), read by the page (page/, compiled for the
 * browser), so a change on one side that the other does not follow fails to
 * compile. Types (only from model/) and the one function both sides use:
 * the page's build type-checks this file without Node.
 *
 * Compact, which keeps the `std` report small:
 * - `s`: a string table; numbers typed {@link Str} index into it.
 * - `f`: embedded findings (heap, leak, stack and error categories only).
 * - `files`: files with findings, their source where embedded.
 * Inlining and other detail findings are only counted (`meta.summary.byKind`
 * and per-line inlining marks).
 */
import type { KindCategory } from '../../model/kinds.js';
import type { AnalysisResult, Toolchain } from '../../model/result.js';

/** An index into {@link PageData.s}. */
export type Str = number;
/** An index into {@link PageData.files}. */
export type FileRef = number;
/** A position, or 0 for none; column 0 when the compiler gave none. */
export type PagePos = [file: FileRef, line: number, column: number] | 0;
/** One step of a finding's chain. */
export type PageChainStep = [op: Str, where: Str, pos: PagePos, into: Str];

/** A finding's optional fields, each present only when set. */
export interface PageExtra {
  /** Cause. */
  c?: string;
  /** Chain. */
  ch?: PageChainStep[];
  /** 1 when the chain was derived from the first `-m=2` explanation. */
  cd?: 1;
  /** Advice as a template id of `meta.advice` and the values the page fills in. */
  at?: [id: string, sink: string, where: string, callee: string];
  /** Verification: status, runtime function, type, reason ('' when unset). */
  v?: [status: string, runtimeFunc: string, type: string, reason: string];
  /** The allocation's class as worded (`may allocate (map growth)`, `allocates in a callee`): a heap finding's verification, or an allocation with no escape finding. */
  cl?: string;
  /** Verification: the allocation's class (`allocates`, `may-allocate`, `allocates-in-callee`). */
  vc?: string;
  /**
   * A heap escape's allocation sites (its own code and its inlined copies on
   * the heap) that `--verify` found allocating: [certain, may allocate, in a
   * callee]; present when any of its sites was verified.
   */
  va?: [allocates: number, may: number, inCallee: number];
  /** A heap escape's allocation sites: its own code plus its inlined copies on the heap. */
  ns?: number;
  /** Profile weight, and its unit. */
  w?: number;
  wu?: string;
  /** Inlined copies (the first 20), and their number when there are more. */
  is?: [file: FileRef, line: number, func: Str][];
  isn?: number;
  /** An escape's inlined copies that do not escape (not listed in `is`). */
  iss?: number;
  /** The function inlined here. */
  if?: string;
}

/**
 * An embedded finding. `message` is 0 when it is the kind's standard wording
 * for the subject ({@link standardMessage}); `key` is 0 when it is
 * `pkg|func|kind|subject`.
 */
export type PageFinding = [
  kind: Str,
  pkg: Str,
  file: FileRef,
  line: number,
  column: number,
  func: Str,
  subject: string,
  message: string | 0,
  key: string | 0,
  extra: PageExtra | 0,
];

/**
 * An allocation site of a heap escape's inlined copy, at the call line of the
 * caller it was inlined into: the file and line, the origin (an index into
 * {@link PageData.f}), the function inlined into, and the site's verification
 * status ('' when not verified).
 */
export type PageCalleeSite = [file: FileRef, line: number, origin: number, func: Str, status: Str];

/**
 * An allocation a joined heap profile observed on a line no heap finding
 * predicts (inside a called function, a map's growth, …): the line, its
 * function, bytes, objects, and what allocated there as worded.
 */
export type PageObserved = [file: FileRef, line: number, func: Str, bytes: number, objects: number, note: Str];

/** A stack frame of `--frames`: function, package, frame and argument bytes, flags, position. */
export type PageFrame = [func: string, pkg: string, frameBytes: number, argBytes: number, flags: string, pos: PagePos];

/** A file with findings: its path, its source when embedded (files with heap or leak findings), the lines where inlining happens. */
export type PageFile = [path: Str, source: string | null, inlinedLines: number[]];

/** A flat summary (scalars, one level deep, and array lengths) of a block of unknown shape. */
export type LooseSummary = Record<string, string | number | boolean>;

export interface PageSummary {
  findings: number;
  byKind: Record<string, number>;
  /** Heap escapes: origins, where a fix goes (inlined copies folded). */
  heapEscapes: number;
  /** Allocation sites of the heap escapes (their own code and inlined copies on the heap); null in results that lack it. */
  heapSites: number | null;
  /** Heap escapes per cause. */
  byCause: Record<string, number>;
  /** Allocation sites of the heap escapes per cause; null in results that lack it. */
  sitesByCause: Record<string, number> | null;
  leaks: number;
  inlinedCopies: number;
  packages: { total: number; ok: number; failed: number };
  /** The number of unrecognized compiler lines. */
  unrecognized: number;
  lines: number;
}

export interface PageMeta {
  tool: AnalysisResult['tool'];
  toolchain: Toolchain;
  /** The go command line, quoted for a shell. */
  commandLine: string;
  module: { path: string; root: string } | null;
  patterns: string[];
  summary: PageSummary;
  /** Every package: path, 1 when it failed to compile, heap escapes, findings. */
  packages: [path: string, failed: 0 | 1, heapEscapes: number, findings: number][];
  /** Every kind: its category and title. */
  kinds: Record<string, [category: KindCategory, title: string]>;
  /** Every cause's title. */
  causes: Record<string, string>;
  /** Advice templates by id (`{s}`, `{fn}`, `{callee}`, `{sink}`, `{where}` filled in by the page). */
  advice: Record<string, string>;
  /** The number of embedded findings with a verification. */
  verified: number;
  diff: LooseSummary | null;
  /** The number of stack frames recorded, when the result has them. */
  frames: number | null;
  /** The largest stack frames (by frame size, at most {@link FRAMES_SHOWN}), when the result has them. */
  frameRows: PageFrame[];
  /** The verification summary (`--verify`), flattened. */
  verification: LooseSummary | null;
  profile: LooseSummary | null;
}

export interface PageData {
  v: 1;
  meta: PageMeta;
  s: string[];
  f: PageFinding[];
  files: PageFile[];
  /** Allocation sites of inlined copies, at their call lines. */
  cs: PageCalleeSite[];
  /** Observed allocations with no heap finding, when a profile was joined (the largest, at most {@link OBSERVED_SHOWN}). */
  op: PageObserved[];
}

/** How many observed allocations with no heap finding the page embeds. */
export const OBSERVED_SHOWN = 100;

/** How many of the largest stack frames the page embeds. */
export const FRAMES_SHOWN = 100;

/** The compiler's standard message for a kind and subject, which the data leaves out; undefined for kinds without one. */
export function standardMessage(kind: string, subject: string): string | undefined {
  switch (kind) {
    case 'moved-to-heap':
      return `moved to heap: ${subject}`;
    case 'escapes-to-heap':
      return `${subject} escapes to heap`;
    case 'leaking-param':
      return `leaking param: ${subject}`;
    case 'leaking-param-content':
      return `leaking param content: ${subject}`;
    case 'does-not-escape':
      return `${subject} does not escape`;
    default:
      return undefined;
  }
}

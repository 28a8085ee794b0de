import type { Cause } from './causes.js';
import type { FindingKind } from './kinds.js';
import type { SourcePos } from './position.js';

/**
 * One step of a `-m=2` explanation: `flow: dst ← src:` followed by notes.
 * Go's escape graph vocabulary: an edge from `src` to `dst` with `derefs`
 * dereferences (−1 means the address was taken, `&src`).
 */
export interface Flow {
  /** Destination location as printed: a variable, `{heap}`, `{temp}`, `~r0`, `{storage for X}`. */
  dst: string;
  /** Source location without its `&`/`*` prefix. */
  src: string;
  /** −1 for `&src`, 0 for `src`, n for n leading `*`. */
  derefs: number;
  notes: FlowNote[];
}

/** `from <where> (<why>) at <pos>`: the statement that made the flow. */
export interface FlowNote {
  /** The expression or statement, as the compiler printed it. */
  where: string;
  /** The compiler's reason in parentheses: `address-of`, `return`, `call parameter`, … */
  why: string;
  /** Where the step happens (outermost position for inlined code). */
  pos?: SourcePos;
}

/** The header of a `-m=2` explanation block. */
export interface Explanation {
  /** `escapes` for "X escapes to heap[ in F]:", `leaks` for "parameter p leaks to D [for F ]with derefs=N:". */
  header: 'escapes' | 'leaks';
  /** For `leaks`: the destination (`{heap}` or a result such as `~r0`). */
  sink?: string;
  /** For `leaks`: derefs to the sink. */
  derefs?: number;
  /** Enclosing function named by the compiler (Go ≥ 1.26 wording). */
  func?: string;
  flows: Flow[];
  /** The compiler cut the explanation at an assignment cycle (golang.org/issue/35518). */
  truncated?: boolean;
}

/** Typed details per kind; fields absent when not applicable. */
export interface FindingDetails {
  /** leaking-param-to-result: the result (`~r0`, or its name). */
  result?: string;
  /** leaking-param-to-result: `level=` (deref count); leaks: derefs from explanations. */
  level?: number;
  /** can-inline: inline cost; cannot-inline: cost when budget exceeded. */
  cost?: number;
  budget?: number;
  /** cannot-inline / cannot-inline-call / cannot-devirtualize: the reason text. */
  reason?: string;
  /** can-inline (-m=2): the function's type and inlinable body as printed. */
  signature?: string;
  body?: string;
  /** inlining-call / devirtualized / cannot-inline-call: the callee. */
  callee?: string;
  /** cannot-inline-call: the caller. */
  caller?: string;
  /** devirtualized: the concrete type. */
  concrete?: string;
  /** closure-capture. */
  capture?: 'value' | 'ref';
  addr?: boolean;
  assign?: boolean;
  width?: number;
  /**
   * The compiler printed no verdict line, only a `-m=2` explanation whose
   * header states it (generic instantiations, inlined copies).
   */
  fromExplanation?: boolean;
  /** inlining-call with the new inliner: `with score N`. */
  score?: number;
  /** allocates-without-escape: the runtime allocation entry point called (`runtime.growslice`). */
  runtimeFunc?: string;
  /** allocates-without-escape: the allocated type from the assembly (`type:main.Config` without `type:`). */
  type?: string;
  /** allocates-without-escape: what the runtime function allocates for (`append growth`, `string concatenation`, …). */
  why?: string;
  /** allocates-without-escape: how certain the allocation is (always present under --verify). */
  class?: AllocClass;
  /** allocates-without-escape of class may-allocate: when it allocates. */
  condition?: AllocCondition;
  /**
   * allocates-without-escape of class allocates-in-callee: the calls from
   * the callee down to the runtime allocation entry point
   * (`os.OpenFile`, `os.openFileNolog`, `os.newFile`, `runtime.newobject`).
   */
  calleePath?: string[];
  /** allocates-without-escape of class allocates-in-callee: the callee allocates on every path through the call (else only on some). */
  unconditional?: boolean;
  /** allocates-without-escape in inlined code: the inlined calls from the function's own line down to the allocation, outermost first. */
  inline?: InlineStep[];
}

/** One inlined call: the function inlined and where it was called (in the caller's code). */
export interface InlineStep {
  /** The inlined function's linker symbol (`example.com/p.(*T).clone`). */
  callee: string;
  pos: SourcePos;
}

/**
 * Where an inlined copy of a function's code was reported. The compiler
 * repeats findings at every call site it inlines into; goescape keeps one
 * finding for the origin and lists the copies here.
 */
export interface InlinedSite {
  pos: SourcePos;
  /** Function the code was inlined into. */
  func?: string;
  pkg: string;
  /** Verdict at that site (the copy may differ from the origin). */
  kind: FindingKind;
  raw: string;
  /** Stable identity of this copy as an allocation site: the origin's key, the function it was inlined into, the inline path and the call statement's fingerprint (analyze/keys.ts). */
  key?: string;
  /** The inlined calls from `func` down to the origin's function, outermost first, as far as the compiler's output tells. */
  inline?: InlineStep[];
  /** Heap copies under `--verify`: what that function's machine code does at the copy. */
  verification?: Verification;
  /** A copy in generated code (`<autogenerated>`): the method that code wraps (see Finding.wraps). */
  wraps?: string;
}

export interface Finding {
  /** Stable identity: package, function (closures by their text), kind, subject, the statement's fingerprint for heap escapes, an ordinal only among identical ones (analyze/keys.ts). Never a line number or the compiler's wording. Empty when the analysis was asked for none (AnalyzeOptions.keys). */
  key: string;
  kind: FindingKind;
  /** Import path of the package whose compilation printed it. */
  pkg: string;
  pos: SourcePos;
  /** Enclosing function as the compiler names it (`F`, `(*T).M`, `F.func1`); `` when unknown (package scope). */
  func: string;
  /** The variable or expression the finding is about (`x`, `&T{...}`, `... argument`); `` when none. */
  subject: string;
  /** The compiler's message without the position. */
  message: string;
  details: FindingDetails;
  /** `-m=2` explanations, in the order printed; empty at -m=1 or when the compiler gives none. */
  explanations: Explanation[];
  /** When this finding was reported inside code inlined from another function: that function. */
  inlinedFrom?: string;
  /**
   * In generated code (`<autogenerated>`): the method `func` wraps, where the
   * compiler's output says which: `T.M` for the pointer wrapper `(*T).M`,
   * `Field.M` for a method promoted through an embedded field (the field
   * path, as the wrapper's code calls it) or the method inlined into it,
   * `X` for the method value closure `X-fm`, `I.M` itself for an
   * interface's method wrapper. Absent when the output does not say.
   */
  wraps?: string;
  /** Copies of this finding at inlined call sites, grouped here rather than counted again. */
  inlinedSites?: InlinedSite[];
  /** How many lines of compiler output make this finding (verdict, explanations, folded copies). */
  outputLines?: number;
  /** Heap and leak findings: why, as one of a closed set of causes (explain analysis). */
  cause?: Cause;
  /** Heap and leak findings: the readable chain from the value to its sink (explain analysis). */
  chain?: ChainStep[];
  /**
   * When the compiler explained several ways the value reaches its sink: for
   * each explanation, the indexes of its steps in `chain`, in order. The
   * chain lists a step shared by several explanations once.
   */
  chainPaths?: number[][];
  /** When a heap profile was joined (`goescape profile`): what this finding's line allocated. */
  profile?: { bytes: number; objects: number; share: number };
  /** Heap findings under `--verify`: what the machine code does (src/analyze/reconcile.ts). */
  verification?: Verification;
}

/**
 * How certain an allocation is (analyze/alloc-classes.ts): `allocates`
 * every time the line runs; `may-allocate` only under a condition named by
 * an AllocCondition; `allocates-in-callee` inside a function the line
 * calls (from the callee's machine code: analyze/callee-summaries.ts).
 */
export type AllocClass = 'allocates' | 'may-allocate' | 'allocates-in-callee';
export const ALLOC_CLASSES: readonly AllocClass[] = ['allocates', 'may-allocate', 'allocates-in-callee'];

/** The condition of a `may-allocate`: what has to happen for the runtime to allocate. */
export type AllocCondition =
  | 'append-growth'
  | 'slice-moved-to-heap'
  | 'map-growth'
  | 'type-assertion-cache'
  | 'type-switch-cache'
  | 'channel-blocks'
  | 'select-blocks'
  | 'stack-buffer-overflow'
  | 'integer-not-small';
export const ALLOC_CONDITIONS: readonly AllocCondition[] = [
  'append-growth',
  'slice-moved-to-heap',
  'map-growth',
  'type-assertion-cache',
  'type-switch-cache',
  'channel-blocks',
  'select-blocks',
  'stack-buffer-overflow',
  'integer-not-small',
];

/** Whether a heap finding really allocates, from the `-S` assembly listing. */
export interface Verification {
  /** `ambiguous`: several allocation calls at the place fit and would tell different things; goescape does not pick one. */
  status: 'allocates' | 'no-allocation' | 'unverified' | 'ambiguous';
  /** allocates: the runtime entry point called (`runtime.newobject`). */
  runtimeFunc?: string;
  /** allocates: the type operand (`main.Config`), when present. */
  type?: string;
  /** Size in bytes, when the listing states it. */
  size?: number;
  /** no-allocation / unverified / ambiguous: why. */
  reason?: string;
  /** allocates: how certain the allocation is. */
  class?: AllocClass;
  /** class may-allocate: when it allocates. */
  condition?: AllocCondition;
}

/** One step from a value towards its sink, derived from the `-m=2` flows. */
export interface ChainStep {
  /** What happens at this step: `address-of`, `assign`, `return`, `call parameter`, `captured by a closure`, … (the compiler's why). */
  op: string;
  /** The expression or statement as the compiler printed it. */
  where: string;
  pos?: SourcePos;
  /** The location the value flows into at this step (`{heap}`, `~r0`, a variable). */
  into: string;
  /**
   * A step in code inlined into the finding's function, placed at its own
   * line (`pos`, in the callee) rather than at the call the compiler prints
   * it at: the inlined calls from the finding's function down to it,
   * outermost first.
   */
  inline?: InlineStep[];
}

/** A compiler line goescape could not classify, kept verbatim. */
export interface UnrecognizedLine {
  pkg: string;
  /** 1-based line number in the combined compiler output. */
  line: number;
  text: string;
  reason: string;
}

/**
 * The closed set of finding kinds. Each is named after the compiler phrase it
 * comes from, so a Go developer can map a kind back to `-gcflags=-m` output.
 */
export const FINDING_KINDS = {
  'moved-to-heap': { category: 'heap', title: 'Variable moved to heap', phrase: 'moved to heap: x' },
  'escapes-to-heap': { category: 'heap', title: 'Allocation escapes to heap', phrase: 'x escapes to heap' },
  'leaking-param': { category: 'leak', title: 'Parameter leaks to heap', phrase: 'leaking param: p' },
  'leaking-param-content': { category: 'leak', title: 'Parameter content leaks to heap', phrase: 'leaking param content: p' },
  'leaking-param-to-result': { category: 'leak', title: 'Parameter flows to a result', phrase: 'leaking param: p to result ~r0 level=0' },
  'does-not-escape': { category: 'stack', title: 'Does not escape', phrase: 'x does not escape' },
  'zero-copy-conversion': { category: 'stack', title: 'Zero-copy string to []byte conversion', phrase: 'zero-copy string->[]byte conversion' },
  'closure-capture': { category: 'escape-detail', title: 'Closure capture', phrase: 'F capturing by value: x (addr=false assign=false width=8)' },
  'ignoring-self-assignment': { category: 'escape-detail', title: 'Self-assignment ignored', phrase: 'F ignoring self-assignment in b.buf = b.buf[1:]' },
  'unsafe-uintptr': { category: 'escape-detail', title: 'uintptr parameter assumed unsafe', phrase: 'assuming p is unsafe uintptr' },
  'escaping-uintptr': { category: 'escape-detail', title: 'uintptr argument marked escaping', phrase: 'marking p as escaping uintptr' },
  'leak-explanation': {
    category: 'escape-detail',
    title: 'Parameter leak explained, no verdict',
    phrase: 'parameter p leaks to {heap} for F with derefs=0: (and no leaking param line)',
  },
  'imprecise-interface-call': { category: 'escape-detail', title: 'Imprecise interface call', phrase: 'imprecise interface call' },
  'can-inline': { category: 'inline', title: 'Function can be inlined', phrase: 'can inline F with cost N as: ...' },
  'cannot-inline': { category: 'inline', title: 'Function cannot be inlined', phrase: 'cannot inline F: reason' },
  'inlining-call': { category: 'inline', title: 'Call inlined', phrase: 'inlining call to F' },
  'cannot-inline-call': { category: 'inline', title: 'Call not inlined', phrase: 'cannot inline F into G: reason' },
  'big-function': { category: 'inline', title: "Function considered 'big'", phrase: "function F considered 'big'; reducing max cost of inlinees" },
  'skip-inlining-bloop': { category: 'inline', title: 'Inlining skipped inside b.Loop', phrase: 'skip inlining within testing.B.loop for F' },
  devirtualized: { category: 'devirtualize', title: 'Interface call devirtualized', phrase: 'devirtualizing x.M to T' },
  'partially-devirtualized': { category: 'devirtualize', title: 'Interface call partly devirtualized', phrase: 'partially devirtualizing x.M to T' },
  'pgo-devirtualized': { category: 'devirtualize', title: 'Call devirtualized by PGO', phrase: 'PGO devirtualizing interface call x.M to T' },
  'cannot-devirtualize': { category: 'devirtualize', title: 'Call not devirtualized', phrase: 'cannot devirtualize x.M: reason' },
  'bounds-check-elided': { category: 'other', title: 'Bounds check elided', phrase: 'index bounds check elided' },
  'compiler-error': { category: 'error', title: 'Compiler error', phrase: 'undefined: x' },
  'allocates-without-escape': {
    category: 'other',
    title: 'Allocation with no escape finding (from the assembly)',
    phrase: 'CALL runtime.growslice(SB) (from -S, not -m)',
  },
} as const satisfies Record<string, KindInfo>;

export type FindingKind = keyof typeof FINDING_KINDS;

/**
 * - heap: a value is allocated on the heap (what the ratchet gates on)
 * - leak: a parameter's pointer or content outlives the call (callers pay)
 * - stack: the compiler proved a value stays on the stack
 * - escape-detail, inline, devirtualize, other: context, not verdicts
 */
export type KindCategory = 'heap' | 'leak' | 'stack' | 'escape-detail' | 'inline' | 'devirtualize' | 'other' | 'error';

export interface KindInfo {
  category: KindCategory;
  title: string;
  /** The compiler's wording, as an example (documentation only; never parsed). */
  phrase: string;
}

export const ALL_KINDS = Object.keys(FINDING_KINDS).sort() as FindingKind[];

/**
 * Each kind's category, in a Map: these are asked for every finding, and a
 * Map lookup of a string is several times faster than indexing an object
 * by a computed key.
 */
const CATEGORY = new Map(Object.entries(FINDING_KINDS).map(([k, v]) => [k as FindingKind, v.category as KindCategory]));

export function categoryOf(kind: FindingKind): KindCategory {
  return CATEGORY.get(kind)!;
}

export function isHeapKind(kind: FindingKind): boolean {
  return CATEGORY.get(kind) === 'heap';
}

export function isLeakKind(kind: FindingKind): boolean {
  return CATEGORY.get(kind) === 'leak';
}

/** Kinds whose findings carry a `-m=2` explanation when the compiler gives one. */
export function isExplainedKind(kind: FindingKind): boolean {
  const c = CATEGORY.get(kind);
  return c === 'heap' || c === 'leak';
}

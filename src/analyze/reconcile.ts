/**
 * Reconciles heap findings (`-m`) with the machine code (`-S`): which heap
 * escapes really call a runtime allocation entry point, which are satisfied
 * without allocating, and which allocations have no escape finding at all.
 * Pure: takes parsed data, never runs anything.
 *
 * What is matched is a site: the place in a function's machine code where
 * a finding's value is allocated. A heap finding has one site in its own
 * function and one more in every function its code was inlined into (its
 * inlined copies). Positions: a `-m` finding of an inlined copy carries the
 * outermost position (the call in the function compiled), an instruction
 * of the `-S` listing its innermost one, and the inline tree of the listing
 * (-d=pctab=pctoinline, src/parse/asm.ts) the calls in between. A site and
 * a call match when the call's outermost position is the site's, and, for a
 * copy, the call's innermost code is the origin's line.
 *
 * One to one: each allocation call is matched to at most one site and each
 * site to at most one call, by how well they fit (place, then the runtime
 * entry point the finding's expression calls, then the allocated type).
 * Where two sites could take each other's calls and would then be told
 * different things, both are `ambiguous`: goescape does not guess.
 */
import type { AllocClass as AllocClassName, AllocCondition, Finding, InlinedSite, Verification } from '../model/finding.js';
import { isHeapKind } from '../model/kinds.js';
import type { SourcePos } from '../model/position.js';
import { importPathOfDesc, type AnalysisResult, type FrameInfo, type VerificationSummary } from '../model/result.js';
import { splitSymbol, type AllocCall, type AsmFunction, type AsmPos, type InlineCall, type StaticRef } from '../parse/asm.js';
import { baseFuncName } from './attribute.js';
import { allocationClass, isAllocator, type ClassOf } from './alloc-classes.js';
import { pushToList } from '../util/maps.js';

/** Default `--frame-limit`: 8 KiB. */
export const DEFAULT_FRAME_LIMIT = 8 * 1024;

export interface ReconcileOptions {
  /** Normalises assembly paths the way findings were normalised (analyze/paths.ts PathNormalizer). */
  normalize: (file: string) => string;
  frameLimit?: number;
}

export interface ReconcileOutput {
  /** `allocates-without-escape` findings, sorted by package and position, keyed. */
  newFindings: Finding[];
  /** Every function's frame, largest first. */
  frames: FrameInfo[];
  summary: Omit<VerificationSummary, 'command'>;
}

/** What each runtime allocation entry point allocates for. */
export function allocWhy(runtimeFunc: string): string {
  const f = runtimeFunc.replace(/^runtime\./, '');
  if (f === 'newobject' || f.startsWith('mallocgc')) return 'new object';
  if (f.startsWith('growslice')) return 'append growth';
  if (f.startsWith('moveSlice')) return 'append result moved from a stack buffer to the heap';
  if (f === 'makeslicecopy') return 'slice copy (make+copy)';
  if (f.startsWith('makeslice')) return 'make([]T, n)';
  if (f.startsWith('makemap')) return 'make(map)';
  if (f.startsWith('makechan')) return 'make(chan)';
  if (f.startsWith('convT')) return 'interface conversion';
  if (f.startsWith('concatstring')) return 'string concatenation';
  if (f.startsWith('concatbyte')) return '[]byte concatenation';
  if (f === 'slicebytetostring') return 'string([]byte) conversion';
  if (f === 'slicerunetostring') return 'string([]rune) conversion';
  if (f === 'stringtoslicebyte') return '[]byte(string) conversion';
  if (f === 'stringtoslicerune') return '[]rune(string) conversion';
  if (f === 'intstring') return 'string(rune) conversion';
  if (f.startsWith('raw')) return 'raw string/slice buffer';
  if (f === 'newproc') return 'go statement (new goroutine)';
  if (f.startsWith('deferproc')) return 'heap-allocated defer';
  if (f.startsWith('mapassign')) return 'map assignment';
  if (f === 'typeAssert') return 'type assertion';
  if (f === 'interfaceSwitch') return 'type switch';
  if (f === 'chansend1') return 'channel send';
  if (f.startsWith('chanrecv')) return 'channel receive';
  if (f === 'selectgo') return 'select';
  return 'allocation';
}

/** What an entry point allocates, to fit it to an expression; `other`: no allocator (a map assignment, a channel operation…), which no expression takes. */
type AllocClass = 'new' | 'grow' | 'slice' | 'map' | 'chan' | 'iface' | 'string' | 'go' | 'defer' | 'other';

function allocClass(runtimeFunc: string): AllocClass {
  if (!isAllocator(runtimeFunc)) return 'other';
  const f = runtimeFunc.replace(/^runtime\./, '');
  if (f === 'newobject' || f.startsWith('mallocgc')) return 'new';
  if (f.startsWith('growslice') || f.startsWith('moveSlice')) return 'grow';
  if (f.startsWith('makeslice')) return 'slice';
  if (f.startsWith('makemap')) return 'map';
  if (f.startsWith('makechan')) return 'chan';
  if (f.startsWith('convT')) return 'iface';
  if (f === 'newproc') return 'go';
  if (f.startsWith('deferproc')) return 'defer';
  return 'string';
}

const CLASS_BITS: Record<AllocClass, number> = { new: 1, grow: 2, slice: 4, map: 8, chan: 16, iface: 32, string: 64, go: 128, defer: 256, other: 512 };
const bits = (classes: AllocClass[]) => classes.reduce((b, c) => b | CLASS_BITS[c], 0);

/** A subject's leading package qualifier (`zapcore.` in `&zapcore.ioCore{...}`), dropped before its shape is read. */
const QUALIFIER_RE = /^[\p{L}_][\p{L}\p{N}_]*\.(?=[\p{L}_])/u;

/** What a heap finding's expression allocates with: entry points preferred and allowed, and the type when the expression names it. */
interface Expectation {
  prefer: number;
  allow: number;
  /** `Logger`, `zapcore.ioCore`: the allocated type's name as the expression spells it (without type arguments). */
  type?: string;
  /** A function literal: the allocated type is its closure struct. */
  closure?: boolean;
  /** The interface-conversion entry point the expression calls, when its shape tells. */
  entry?: string;
}

function expectationOf(f: Finding): Expectation {
  const s = f.subject;
  const bare = f.subject.replace(QUALIFIER_RE, '');
  const e = (prefer: AllocClass[], allow: AllocClass[], extra: Partial<Expectation> = {}): Expectation => ({
    prefer: bits(prefer),
    allow: bits(allow),
    ...extra,
  });
  if (f.kind === 'moved-to-heap') return e(['new'], []);
  // A constant boxed into an interface is static data the compiler lays out: no call is its.
  if (CONSTANT_RE.test(bare)) return e([], []);
  if (/^append\b/.test(bare)) return e(['grow'], ['slice']);
  if (/^make\(\[\]/.test(bare)) return e(['slice'], ['new']);
  if (/^make\(map/.test(bare)) return e(['map'], ['new']);
  if (/^make\(chan/.test(bare)) return e(['chan'], ['new']);
  if (/^(string\(|\[\]byte\(|\[\]rune\()/.test(bare)) {
    // The compiler reports both the conversion (its data) and, at the next column, the value boxed
    // into an interface: the box is a convTstring / convTslice.
    // (The cause may be the conversion's later flow into an interface: the conversion itself then still fits.)
    if (f.cause === 'interface-conversion')
      return e(['iface'], ['string', 'new'], { entry: bare.startsWith('string(') ? 'runtime.convTstring' : 'runtime.convTslice' });
    return e(['string'], ['new']);
  }
  // `[]T{...}`: its backing array, a newobject of [N]T (an empty one is zerobase, no call); never a string or map call.
  if (bare.startsWith('[]') && bare.endsWith('}')) return e(['new'], []);
  // `map[K]V{...}`: makemap (or makemap_small, or the Map header as a newobject).
  if (bare.startsWith('map[') && bare.endsWith('}')) return e(['map'], ['new']);
  if (bare === 'func literal') return e(['new'], [], { closure: true });
  if (bare === '... argument') return e(['new'], []);
  // `&T{...}`, `&T{}`, `new(T)`: a T.
  const lit = /^&([\p{L}_][\p{L}\p{N}_.]*)(?:\[[^\]]*\])?\{/u.exec(s) ?? /^new\(([\p{L}_][\p{L}\p{N}_.]*)(?:\[[^\]]*\])?\)$/u.exec(s);
  if (lit) return e(['new'], [], { type: lit[1]! });
  if (s.startsWith('&') || s.startsWith('new(')) return e(['new'], []);
  // `T{...}` converted to an interface: boxed as a T (convT or newobject).
  const composite = /^([\p{L}_][\p{L}\p{N}_.]*)(?:\[[^\]]*\])?\{/u.exec(s);
  if (composite) return e(['iface', 'new'], [], { type: composite[1]! });
  return e(['iface', 'new'], ['string', 'slice', 'map', 'chan']);
}

/** Whether an allocated type symbol (`go.uber.org/zap/zapcore.ioCore`, `noalg.struct { F uintptr; … }`) is the type an expectation names. */
function typeFits(e: Expectation, typeSym: string | undefined): 'yes' | 'no' | 'unknown' {
  if (typeSym === undefined) return 'unknown';
  const closureType = typeSym.startsWith('noalg.struct { F uintptr');
  if (e.closure) return closureType ? 'yes' : 'no';
  // Method values (`s.Scale`) allocate a closure too; only an expression that names its type rules one out.
  if (e.type === undefined) return 'unknown';
  if (closureType) return 'no';
  // Compare the last path element's `pkg.Name` or the bare name, without type arguments.
  const sym = typeSym.replace(/\[.*$/, '');
  const name = sym.slice(sym.lastIndexOf('/') + 1);
  const want = e.type;
  if (want.includes('.')) return name === want ? 'yes' : 'no';
  return name.slice(name.indexOf('.') + 1) === want ? 'yes' : 'no';
}

/** A multi-line expression's allocation may sit on a neighbouring line. */
const NEARBY_LINES = 3;

const CONSTANT_RE = /^(-?[\d.][\w.+-]*|"(?:[^"\\]|\\.)*"|`[^`]*`|'(?:[^'\\]|\\.)+'|true|false|nil)$/;

/** A call of the listing, with normalised positions. */
interface CallNode {
  call: AllocCall;
  fn: FnInfo;
  /** Innermost position (the -S position). */
  inner: AsmPos;
  /** Position in the function's own code: the first inlined call's, or the call's own. */
  outer: AsmPos & { column?: number };
  /** Inlined calls, normalised, outermost first; empty in the function's own code. */
  inline: InlineCall[];
  /** `pkg|func` (type arguments elided) of the innermost function. */
  innerFunc: string;
  claimed?: Site;
}

interface FnInfo {
  asm: AsmFunction;
  pkg: string;
  func: string;
  /** `pkg|func` with type arguments elided: how findings name their function. */
  key: string;
  calls: CallNode[];
  statics: (StaticRef & { inner: AsmPos; outer: AsmPos })[];
}

/** One place whose allocation is verified: a heap finding's own code, or one of its inlined copies. */
interface Site {
  f: Finding;
  /** The inlined copy, or undefined for the finding's own site. */
  copy?: InlinedSite;
  /** FnInfo key of the function whose code allocates. */
  fnKey: string;
  /** Where, in that function's own code. */
  pos: SourcePos;
  /** The finding's position: the origin's line inside an inlined copy. */
  origin: SourcePos;
  /** Name of the origin's function, for a copy (`(*Logger).clone`), to check the innermost function of a call. */
  originFunc: string;
  expect: Expectation;
  verification?: Verification;
}

const lineKey = (file: string, line: number) => `${file}:${line}`;

interface Edge {
  site: Site;
  n: CallNode;
  score: number;
  si: number;
  ci: number;
}

/**
 * An operand that contains no other escaping expression (`x`, `t.ID`, `f.Name()`, `~r0`, a
 * variable moved to heap): its allocation happens where it is evaluated, and Go evaluates
 * operands left to right, so on one line such sites call the allocator in column order.
 */
const LEAF_RE = /^(?:~r\d+|[\p{L}_][\p{L}\p{N}_]*(?:\.[\p{L}_][\p{L}\p{N}_]*)*(?:\(\))?)$/u;
const isLeaf = (site: Site) => site.f.kind === 'moved-to-heap' || LEAF_RE.test(site.f.subject);

/** Search steps per line before giving up on settling its ambiguity by order. */
const ORDER_SEARCH_BUDGET = 200_000;

/**
 * Settles ambiguous sites of one line where the evaluation order decides: every best
 * one-to-one assignment of the line's sites to its calls in which the leaf sites take calls
 * in column order (calls in program order) tells each site the same thing. Sites told
 * different things by such assignments stay ambiguous. Mutates `matched`, the calls' claims
 * and `ambiguous`.
 */
function settleByOrder(ambiguous: Set<Site>, sites: Site[], edgesOf: Map<Site, Edge[]>, matched: Map<Site, Edge>): void {
  const lines = new Map<string, Site[]>();
  for (const site of ambiguous) pushToList(lines, `${site.fnKey}|${lineKey(site.pos.file, site.pos.line)}`, site);
  const byLine = new Map<string, Site[]>();
  for (const site of sites) {
    const k = `${site.fnKey}|${lineKey(site.pos.file, site.pos.line)}`;
    if (lines.has(k) && edgesOf.has(site)) pushToList(byLine, k, site);
  }
  for (const group of byLine.values()) {
    const order = [...group].sort((a, b) => (a.pos.column ?? 0) - (b.pos.column ?? 0));
    // Every call a site of the line fits, wherever it is: a call taken by a site of another line stays its.
    const foreign = (n: CallNode) => n.claimed !== undefined && !group.includes(n.claimed);
    const options = order.map((site) => (edgesOf.get(site) ?? []).filter((e) => !foreign(e.n)));
    const maxScore = options.map((o) => o.reduce((m, e) => Math.max(m, e.score), 0));
    const suffixMax = maxScore.map((_, i) => maxScore.slice(i).reduce((a, b) => a + b, 0));
    let best = -1;
    let solutions: (Edge | undefined)[][] = [];
    const used = new Set<CallNode>();
    const pick: (Edge | undefined)[] = [];
    let steps = 0;
    // Weight a taken site above any score difference: assign as many sites as possible first.
    const WEIGHT = 1_000_000;
    const search = (i: number, total: number, lastLeaf: { fn: FnInfo; pc: number } | undefined): void => {
      if (++steps > ORDER_SEARCH_BUDGET) return;
      if (total + suffixMax[i]! + (order.length - i) * WEIGHT < best) return;
      if (i === order.length) {
        if (total > best) {
          best = total;
          solutions = [[...pick]];
        } else if (total === best && solutions.length < 64) {
          solutions.push([...pick]);
        }
        return;
      }
      const leaf = isLeaf(order[i]!);
      for (const e of options[i]!) {
        if (used.has(e.n)) continue;
        const pc = e.n.call.pcOffset;
        // Program order is known only within one function's code (a generic function's instances share a name).
        if (leaf && lastLeaf && lastLeaf.fn === e.n.fn && pc <= lastLeaf.pc) continue;
        used.add(e.n);
        pick[i] = e;
        search(i + 1, total + WEIGHT + e.score, leaf ? { fn: e.n.fn, pc } : lastLeaf);
        used.delete(e.n);
      }
      pick[i] = undefined;
      search(i + 1, total, lastLeaf);
    };
    search(0, 0, undefined);
    if (steps > ORDER_SEARCH_BUDGET || solutions.length === 0) continue;
    // Take the first best assignment's calls; a site is settled when every best assignment tells it the same.
    for (const site of order) {
      const m = matched.get(site);
      if (m && m.n.claimed === site) m.n.claimed = undefined;
      matched.delete(site);
    }
    order.forEach((site, i) => {
      const chosen = solutions[0]![i];
      if (chosen) {
        chosen.n.claimed = site;
        matched.set(site, chosen);
      }
      const told = solutions.map((sol) => (sol[i] ? outcome(sol[i]!.n) : undefined));
      const same = told.every((v) => (v === undefined ? told[0] === undefined : told[0] !== undefined && sameOutcome(v, told[0])));
      if (same) ambiguous.delete(site);
      else ambiguous.add(site);
    });
  }
}

/** `T{…}`, `&T{…}`, `[]T{…}`, `map[K]V{…}`: a composite literal (a function literal is no composite). */
const isCompositeLiteral = (subject: string) => subject.endsWith('}') && subject !== 'func literal';

const isMapLiteral = (subject: string) => subject.replace(QUALIFIER_RE, '').startsWith('map[') && subject.endsWith('}');

/**
 * The map assignments that fill a map literal kept on the stack, which never allocate: for a
 * literal that does not escape with at most 8 entries (its size hint, walk/complit.go maplit),
 * the compiler puts the map and one group (8 slots) in the frame (walk/builtin.go walkMakeMap),
 * and mapassign grows a small map only at its 9th key (internal/runtime/maps: growToTable when
 * `used == MapGroupSlots`). Known from the listing: each assignment at the literal's line (its
 * entries are filled there) takes a frame address as the map, and there are at most 8 of them.
 * Assignments on other lines may add a 9th key and stay `map-growth`.
 */
function stackMapLiteralCalls(fns: FnInfo[], literalLines: Set<string>): Set<CallNode> {
  const out = new Set<CallNode>();
  if (literalLines.size === 0) return out;
  for (const fn of fns) {
    const atLine = new Map<string, CallNode[]>();
    for (const n of fn.calls) {
      if (n.inline.length > 0 || !n.call.runtimeFunc.startsWith('runtime.mapassign')) continue;
      const k = `${fn.key}|${lineKey(n.outer.file, n.outer.line)}`;
      if (literalLines.has(k)) pushToList(atLine, k, n);
    }
    for (const calls of atLine.values()) {
      if (calls.length <= 8 && calls.every((n) => n.call.stackMap === true)) for (const n of calls) out.add(n);
    }
  }
  return out;
}

const ALLOCATES_CLASS: ClassOf = { class: 'allocates' };

/** Package initialisation: `init`, and the functions the compiler outlines a large map variable's initialisation into. */
const isPackageInit = (func: string) => func === 'init' || /^map\.init\.\d+$/.test(func);

/**
 * The assignments that fill a package variable's map literal of at most 8 entries: makemap_small
 * makes the map with no group (internal/runtime/maps NewEmptyMap), the first assignment allocates
 * its one group of 8 slots (growToSmall) every time, and the others fit in it. Package
 * initialisation has no loop of its own and gets its map assignments only from map literals, so
 * the assignments that follow the literal's makemap_small (a site took it) in program order, up
 * to the next runtime call of another kind, are the literal's (its static entries, then its
 * dynamic ones: walk/order.go). Left out: nested literals (an inner map is made at the outer
 * literal's line and filled before the outer assignment that stores it, so which map an
 * assignment fills is not in the listing): a makemap_small away from its literal's line, or right
 * after another one, or a run reaching the line of another composite literal; and more than 8.
 */
function packageMapLiteralFills(fns: FnInfo[], literalLines: Set<string>): { firstGroup: Set<CallNode>; filled: Set<CallNode> } {
  const firstGroup = new Set<CallNode>();
  const filled = new Set<CallNode>();
  for (const fn of fns) {
    if (!isPackageInit(fn.func)) continue;
    const calls = [...fn.calls].sort((a, b) => a.call.pcOffset - b.call.pcOffset);
    calls.forEach((n0, i) => {
      const site = n0.claimed;
      if (n0.call.runtimeFunc !== 'runtime.makemap_small' || !site || site.copy || !isMapLiteral(site.f.subject)) return;
      if (n0.inline.length > 0 || n0.outer.file !== site.pos.file || n0.outer.line !== site.pos.line) return;
      if (i > 0 && calls[i - 1]!.call.runtimeFunc.startsWith('runtime.makemap')) return;
      const run: CallNode[] = [];
      for (let j = i + 1; j < calls.length; j++) {
        const n = calls[j]!;
        if (!n.call.runtimeFunc.startsWith('runtime.mapassign') || n.inline.length > 0) break;
        run.push(n);
      }
      if (run.length === 0 || run.length > 8) return;
      const otherLiteral = (n: CallNode) => n.outer.line !== site.pos.line && literalLines.has(`${fn.key}|${lineKey(n.outer.file, n.outer.line)}`);
      if (run.some(otherLiteral)) return;
      firstGroup.add(run[0]!);
      for (const n of run.slice(1)) filled.add(n);
    });
  }
  return { firstGroup, filled };
}

/** Adds `verification` to every heap finding of `result` (in place) and returns the rest. */
export function reconcile(result: AnalysisResult, asm: AsmFunction[], opts: ReconcileOptions): ReconcileOutput {
  const r = new Reconciler(result, opts);
  r.add(asm);
  return r.finish();
}

/** How well a call fits a site: 0 not at all; higher is better. */
function fit(site: Site, n: CallNode): number {
  const place = placeFit(site, n);
  if (place === 0) return 0;
  const kind = kindFit(site.expect, n);
  return kind === 0 ? 0 : place * 100 + kind;
}

/** How well a call's entry point and type fit an expression, whatever the place: 0 not at all. */
function kindFit(expect: Expectation, n: CallNode): number {
  const b = CLASS_BITS[allocClass(n.call.runtimeFunc)];
  const cls = expect.prefer & b ? 2 : expect.allow & b ? 1 : 0;
  if (cls === 0) return 0;
  // A boxed string is a convTstring, never another convT.
  if (expect.entry !== undefined && b === CLASS_BITS.iface && expect.entry !== n.call.runtimeFunc) return 0;
  const t = expect.entry === n.call.runtimeFunc ? 'yes' : typeFits(expect, n.call.typeSym);
  if (t === 'no') return 0;
  return cls * 10 + (t === 'yes' ? 2 : 1);
}

/** A call of the site's own code on a neighbouring line, not at the site's line: what only a multi-line expression explains. */
const isNearby = (site: Site, n: CallNode) => !site.copy && n.inline.length === 0 && n.outer.file === site.pos.file && n.outer.line !== site.pos.line;

/**
 * Whether a finding names an expression of its own line that may be what a call there allocates:
 * a heap escape, or an allocating expression kept on the stack (a concatenation into its stack
 * buffer calls concatstring too). A variable, a field or a call's result (`x`, `t.ID`, `f.Name()`)
 * that does not escape allocates nothing; code inlined from elsewhere calls from its inlined frames.
 */
function ownsLineCalls(f: Finding): boolean {
  if (f.inlinedFrom !== undefined) return false;
  if (isHeapKind(f.kind)) return true;
  return f.kind === 'does-not-escape' && f.subject !== '' && !LEAF_RE.test(f.subject);
}

/**
 * 4: the exact place (own code at the line, or the copy's call reaching the origin's line);
 * 3: code inlined at the site's position (a callee's allocation of the value the finding names, as
 *    for code inlined from another package, std or a dependency);
 * 2: as 4 or 3 but the columns differ (another call on the same line);
 * 1: a neighbouring line of the site's own code (a multi-line expression). 0: elsewhere.
 */
function placeFit(site: Site, n: CallNode): number {
  const { pos } = site;
  if (n.outer.file !== pos.file) {
    // Wrappers (`<autogenerated>:1`): their code is the wrapped method's, inlined or called, positioned in its file.
    return pos.file.startsWith('<') ? 1 : 0;
  }
  const sameLine = n.outer.line === pos.line;
  const sameColumn = n.outer.column === undefined || pos.column === undefined || n.outer.column === pos.column;
  if (site.copy) {
    if (!sameLine || n.inline.length === 0) return 0;
    const reachesOrigin = n.inner.file === site.origin.file && n.inner.line === site.origin.line && funcIs(n.innerFunc, site.originFunc);
    if (reachesOrigin) return sameColumn ? 4 : 2;
    return n.inline.some((s) => funcIs(calleeKey(s.callee), site.originFunc)) ? 1 : 0;
  }
  if (n.inline.length === 0) {
    if (sameLine) return 4;
    return Math.abs(n.outer.line - pos.line) <= NEARBY_LINES ? 1 : 0;
  }
  if (!sameLine) return 0;
  return sameColumn ? 3 : 2;
}

/** `pkg|func` of an inlined callee's symbol. */
function calleeKey(symbol: string): string {
  const { pkg, func } = splitSymbol(symbol, '');
  return `${pkg}|${baseFuncName(func)}`;
}

/** Whether `pkg|func` is the function a finding names (`F`, `(*T).M`, or a qualified `pkg.F` from inlinedFrom). */
function funcIs(key: string, name: string): boolean {
  const func = key.slice(key.indexOf('|') + 1);
  const want = baseFuncName(name);
  return func === want || want.endsWith(`.${func}`);
}

/** What a call tells a site: its verification. */
function outcome(n: CallNode): Verification {
  const c = n.call;
  if (c.constArg !== undefined && c.constArg >= 0 && c.constArg < 256 && /convT(16|32|64)$/.test(c.runtimeFunc)) {
    return { status: 'no-allocation', runtimeFunc: c.runtimeFunc, reason: 'small-integer cache' };
  }
  if (c.size === 0 || c.typeSym === 'struct {}') return { status: 'no-allocation', runtimeFunc: c.runtimeFunc, reason: 'zero size' };
  const v: Verification = { status: 'allocates', runtimeFunc: c.runtimeFunc };
  if (c.typeSym !== undefined) v.type = c.typeSym;
  if (c.size !== undefined) v.size = c.size;
  const cls = allocationClass(c, true);
  v.class = cls.class;
  if (cls.condition !== undefined) v.condition = cls.condition;
  return v;
}

const sameOutcome = (a: Verification, b: Verification) =>
  a.status === b.status &&
  a.runtimeFunc === b.runtimeFunc &&
  a.type === b.type &&
  a.size === b.size &&
  a.reason === b.reason &&
  a.class === b.class &&
  a.condition === b.condition;

/**
 * `reconcile` in steps, so the work can overlap with the `-S` compile: the
 * findings are indexed when it is created, functions as their package's
 * listing arrives, and `finish` matches them. The result does not depend
 * on the order packages arrive in.
 */
export class Reconciler {
  private readonly normalized = new Map<string, string>();
  private readonly fns: FnInfo[] = [];
  private readonly heap: Finding[] = [];
  private readonly sites: Site[] = [];
  /** The expressions at each line of a function (`pkg|func|file:line`) that may own a call there. */
  private readonly owners = new Map<string, Expectation[]>();
  /** The lines (`pkg|func|file:line`) of heap composite literals of the function's own code. */
  private readonly literalLines = new Set<string>();
  /** The lines (`pkg|func|file:line`) of map literals the compiler kept on the stack. */
  private readonly stackMapLiterals = new Set<string>();
  private allocCalls = 0;

  constructor(
    readonly result: AnalysisResult,
    readonly opts: ReconcileOptions,
  ) {
    for (const f of result.findings) {
      if (f.kind === 'does-not-escape' && f.inlinedFrom === undefined && isMapLiteral(f.subject))
        this.stackMapLiterals.add(`${f.pkg}|${baseFuncName(f.func)}|${lineKey(f.pos.file, f.pos.line)}`);
      if (isHeapKind(f.kind) && f.inlinedFrom === undefined && isCompositeLiteral(f.subject))
        this.literalLines.add(`${f.pkg}|${baseFuncName(f.func)}|${lineKey(f.pos.file, f.pos.line)}`);
      if (ownsLineCalls(f)) pushToList(this.owners, `${f.pkg}|${baseFuncName(f.func)}|${lineKey(f.pos.file, f.pos.line)}`, expectationOf(f));
      if (!isHeapKind(f.kind)) continue;
      this.heap.push(f);
      const expect = expectationOf(f);
      const originFunc = f.inlinedFrom ?? f.func;
      this.sites.push({ f, fnKey: `${f.pkg}|${baseFuncName(f.func)}`, pos: f.pos, origin: f.pos, originFunc, expect });
      for (const copy of f.inlinedSites ?? []) {
        // A copy the compiler kept on the stack is no allocation site.
        if (!isHeapKind(copy.kind)) continue;
        this.sites.push({ f, copy, fnKey: `${copy.pkg}|${baseFuncName(copy.func ?? '')}`, pos: copy.pos, origin: f.pos, originFunc, expect });
      }
    }
  }

  /** Listing paths repeat for every instruction of a file: normalise each once. */
  private normalize(file: string): string {
    let n = this.normalized.get(file);
    if (n === undefined) this.normalized.set(file, (n = this.opts.normalize(file)));
    return n;
  }

  private normalizeInline(path: InlineCall[] | undefined): InlineCall[] {
    return path ? path.map((s) => ({ callee: s.callee, pos: { ...s.pos, file: this.normalize(s.pos.file) } })) : [];
  }

  add(asm: AsmFunction[]): void {
    for (const a of asm) {
      const pkg = importPathOfDesc(a.pkg);
      const split = splitSymbol(a.symbol, pkg).func;
      // cgo's wrappers are `_Cfunc_f` to the compiler's messages and `C.f` in the listing.
      const func = split.startsWith('C.') ? `_Cfunc_${split.slice(2)}` : split;
      const info: FnInfo = { asm: a, pkg, func, key: `${pkg}|${baseFuncName(func)}`, calls: [], statics: [] };
      for (const call of a.allocCalls) {
        const inner = { file: this.normalize(call.pos.file), line: call.pos.line };
        const inline = this.normalizeInline(call.inline);
        const outer = inline.length > 0 ? inline[0]!.pos : inner;
        const innerFunc = inline.length > 0 ? calleeKey(inline[inline.length - 1]!.callee) : info.key;
        info.calls.push({ call, fn: info, inner, outer, inline, innerFunc });
        if (isAllocator(call.runtimeFunc)) this.allocCalls++;
      }
      for (const s of a.staticRefs) {
        const inner = { file: this.normalize(s.pos.file), line: s.pos.line };
        const inline = this.normalizeInline(s.inline);
        info.statics.push({ ...s, inner, outer: inline.length > 0 ? inline[0]!.pos : inner });
      }
      this.fns.push(info);
    }
  }

  /**
   * Composite literals nested in a package variable's literal: the compiler makes them all at the
   * outer literal's line (`var m = map[K]map[K2]V{k: {…}, …}`: one makemap_small per map, every one
   * at the first line), so an inner literal's line has no call. Such a literal takes a call left
   * over at an earlier line of its function that holds a heap composite literal, when the leftover
   * calls that fit there tell every inner literal the same thing and are enough for all of them;
   * otherwise none takes one (and each is told it cannot be decided).
   */
  private nestedLiterals(sites: Site[], byFunc: Map<string, FnInfo[]>, staticsAt: Map<string, StaticRef[]>): void {
    const groups = new Map<string, { sites: Site[]; calls: CallNode[] }>();
    for (const site of sites) {
      if (site.verification || site.copy || !isCompositeLiteral(site.f.subject)) continue;
      if (staticsAt.has(`${site.fnKey}|${lineKey(site.pos.file, site.pos.line)}`)) continue;
      const calls: CallNode[] = [];
      for (const info of byFunc.get(site.fnKey) ?? []) {
        for (const n of info.calls) {
          if (n.claimed || n.inline.length > 0 || !isAllocator(n.call.runtimeFunc)) continue;
          if (n.outer.file !== site.pos.file || n.outer.line >= site.pos.line || kindFit(site.expect, n) === 0) continue;
          if (this.literalLines.has(`${site.fnKey}|${lineKey(n.outer.file, n.outer.line)}`)) calls.push(n);
        }
      }
      if (calls.length === 0) continue;
      const lines = [...new Set(calls.map((n) => n.outer.line))];
      // Only the nearest enclosing literal's line: one group per outer literal.
      const key = `${site.fnKey}|${lineKey(site.pos.file, Math.max(...lines))}`;
      const g = groups.get(key) ?? { sites: [], calls: calls.filter((n) => n.outer.line === Math.max(...lines)) };
      g.sites.push(site);
      groups.set(key, g);
    }
    for (const g of groups.values()) {
      const first = outcome(g.calls[0]!);
      if (g.calls.length < g.sites.length || !g.calls.every((n) => sameOutcome(outcome(n), first))) continue;
      const ordered = [...g.calls].sort((a, b) => a.call.pcOffset - b.call.pcOffset);
      g.sites.forEach((site, i) => {
        ordered[i]!.claimed = site;
        site.verification = outcome(ordered[i]!);
      });
    }
  }

  /** Matches every heap site with the functions added; call once. */
  finish(): ReconcileOutput {
    const { opts, heap, allocCalls, sites } = this;
    const frameLimit = opts.frameLimit ?? DEFAULT_FRAME_LIMIT;
    // go prints packages in completion order: index them in a fixed order
    // (stable sort: a package's own listing order is kept) so that ties
    // and the frame table do not vary.
    const fns = this.fns.sort((a, b) => (a.asm.pkg < b.asm.pkg ? -1 : a.asm.pkg > b.asm.pkg ? 1 : 0));
    const byFunc = new Map<string, FnInfo[]>();
    for (const info of fns) pushToList(byFunc, info.key, info);

    // Every (site, call) pair that fits, best first; ties in a fixed order (site, then call position).
    const edges: Edge[] = [];
    const callIndex = new Map<CallNode, number>();
    let ci = 0;
    for (const info of fns) for (const n of info.calls) callIndex.set(n, ci++);
    // A neighbouring line's call that an expression of its own line may be (a heap escape, a
    // concatenation kept on the stack…) is that expression's, never a nearby fit: kept here to
    // tell the site it cannot be decided when the call stays unclaimed.
    const ownedBy = (site: Site, n: CallNode) => (this.owners.get(`${site.fnKey}|${lineKey(n.outer.file, n.outer.line)}`) ?? []).some((e) => kindFit(e, n) > 0);
    const blocked = new Map<Site, CallNode[]>();
    sites.forEach((site, si) => {
      for (const info of byFunc.get(site.fnKey) ?? []) {
        for (const n of info.calls) {
          const score = fit(site, n);
          if (score === 0) continue;
          if (isNearby(site, n) && ownedBy(site, n)) {
            pushToList(blocked, site, n);
            continue;
          }
          edges.push({ site, n, score, si, ci: callIndex.get(n)! });
        }
      }
    });
    edges.sort((a, b) => b.score - a.score || a.si - b.si || a.ci - b.ci);
    const matched = new Map<Site, Edge>();
    for (const e of edges) {
      if (matched.has(e.site) || e.n.claimed) continue;
      e.n.claimed = e.site;
      matched.set(e.site, e);
    }
    // Ambiguity: a site with an equally good call that would tell it something else,
    // free or taken by a site for which this site's call is equally good.
    const edgesOf = new Map<Site, Edge[]>();
    for (const e of edges) pushToList(edgesOf, e.site, e);
    const scoreOf = (site: Site, n: CallNode) => edgesOf.get(site)?.find((e) => e.n === n)?.score ?? 0;
    const ambiguous = new Set<Site>();
    for (const [site, m] of matched) {
      const mine = outcome(m.n);
      for (const e of edgesOf.get(site) ?? []) {
        if (e.score !== m.score || e.n === m.n || sameOutcome(outcome(e.n), mine)) continue;
        const other = e.n.claimed;
        if (!other) {
          ambiguous.add(site);
        } else if (other !== site && scoreOf(other, m.n) === matched.get(other)!.score) {
          ambiguous.add(site);
          ambiguous.add(other);
        }
      }
    }
    settleByOrder(ambiguous, sites, edgesOf, matched);
    for (const [site, m] of matched) {
      site.verification = ambiguous.has(site)
        ? { status: 'ambiguous', reason: 'several allocation calls at this place fit, with different types or entry points' }
        : outcome(m.n);
    }

    // Sites no call fits: why nothing allocates, or that it cannot be told.
    const staticsAt = new Map<string, StaticRef[]>();
    for (const info of fns) for (const s of info.statics) pushToList(staticsAt, `${info.key}|${lineKey(s.outer.file, s.outer.line)}`, s);
    this.nestedLiterals(sites, byFunc, staticsAt);
    for (const site of sites) {
      if (site.verification) continue;
      const own = byFunc.get(site.fnKey) ?? [];
      const ref = staticsAt.get(`${site.fnKey}|${lineKey(site.pos.file, site.pos.line)}`)?.[0];
      const subject = site.f.subject.replace(QUALIFIER_RE, '');
      if (ref) {
        site.verification = {
          status: 'no-allocation',
          reason: ref.kind === 'static-data' ? 'static data' : ref.kind === 'zero-size' ? 'zero size' : 'small-integer cache',
        };
      } else if (CONSTANT_RE.test(subject)) {
        site.verification = { status: 'no-allocation', reason: 'static data (constant)' };
      } else if (blocked.get(site)?.some((n) => !n.claimed)) {
        site.verification = {
          status: 'ambiguous',
          reason: 'an allocation call on a neighbouring line fits, and so does an expression of that line',
        };
      } else if (own.length === 0) {
        site.verification = {
          status: 'unverified',
          reason: (site.copy?.func ?? site.f.func) ? 'function not in the assembly listing' : 'no enclosing function',
        };
      } else if (site.pos.file.includes('\n')) {
        // The -S listing prints positions as they are: a newline in the file name cuts each of its lines in two.
        site.verification = { status: 'unverified', reason: 'a newline in the file name: the assembly listing cannot place its calls' };
      } else if (
        own.some((info) =>
          info.calls.some((n) => !n.claimed && isAllocator(n.call.runtimeFunc) && n.outer.file === site.pos.file && n.outer.line === site.pos.line),
        )
      ) {
        // An allocation at this place that fits no finding's expression: say so rather than pair them.
        site.verification = { status: 'unverified', reason: 'an allocation call at this line does not fit the expression' };
      } else if (
        !site.copy &&
        own.some((info) =>
          info.calls.some(
            (n) => !n.claimed && n.inline.length === 0 && isAllocator(n.call.runtimeFunc) && n.outer.file === site.pos.file && kindFit(site.expect, n) > 0,
          ),
        )
      ) {
        // A call of the function's own code that fits, left over at another line: the compiler may have placed
        // the value's allocation there (a package variable's nested literals are all made at the outer literal's line).
        site.verification = { status: 'unverified', reason: 'an allocation call at another line of the function fits the expression' };
      } else {
        // The function is compiled and no allocation call is at this place: the optimizer
        // removed it (typically the panic path of inlined code proven unreachable).
        site.verification = { status: 'no-allocation', reason: 'optimized away' };
      }
    }
    for (const site of sites) {
      if (site.copy) site.copy.verification = site.verification!;
      else site.f.verification = site.verification!;
    }

    // Allocation calls no escape finding accounts for, placed in the function's own code
    // (the line that called the inlined code that allocates). A call that is no allocator
    // but may allocate (a map assignment, a blocking channel operation…) is one only on a
    // line that has no other: the line is predicted to allocate either way (a heap site there that
    // allocates, or may: ambiguous; one that does not allocate predicts nothing).
    const predicted = new Set<string>();
    for (const site of sites) {
      const st = site.verification?.status;
      if (st === 'allocates' || st === 'ambiguous') predicted.add(`${site.fnKey}|${lineKey(site.pos.file, site.pos.line)}`);
    }
    for (const fn of fns) {
      for (const n of fn.calls) if (!n.claimed && isAllocator(n.call.runtimeFunc)) predicted.add(`${fn.key}|${lineKey(n.outer.file, n.outer.line)}`);
    }
    const stackLiteral = stackMapLiteralCalls(fns, this.stackMapLiterals);
    const { firstGroup, filled } = packageMapLiteralFills(fns, this.literalLines);
    const newFindings: Finding[] = [];
    for (const fn of fns) {
      for (const n of fn.calls) {
        if (n.claimed || stackLiteral.has(n) || filled.has(n)) continue;
        if (!isAllocator(n.call.runtimeFunc) && predicted.has(`${fn.key}|${lineKey(n.outer.file, n.outer.line)}`)) continue;
        const first = firstGroup.has(n);
        const why = first ? "a map literal's first group" : allocWhy(n.call.runtimeFunc);
        const cls = first ? ALLOCATES_CLASS : allocationClass(n.call);
        const pos: SourcePos = { file: n.outer.file, line: n.outer.line };
        const f: Finding = {
          key: '',
          kind: 'allocates-without-escape',
          pkg: fn.pkg,
          pos,
          func: fn.func,
          subject: n.call.runtimeFunc,
          message: `${n.call.runtimeFunc} ${cls.class === 'allocates' ? 'allocates' : 'may allocate'} (${why})${n.call.typeSym ? ` type:${n.call.typeSym}` : ''} with no escape finding`,
          details: { runtimeFunc: n.call.runtimeFunc, why, class: cls.class },
          explanations: [],
        };
        if (cls.condition !== undefined) f.details.condition = cls.condition;
        if (n.call.typeSym !== undefined) f.details.type = n.call.typeSym;
        if (n.inline.length > 0) f.details.inline = n.inline.map((s) => ({ callee: s.callee, pos: s.pos }));
        newFindings.push(f);
      }
    }
    newFindings.sort((a, b) =>
      a.pkg !== b.pkg ? (a.pkg < b.pkg ? -1 : 1) : a.pos.file !== b.pos.file ? (a.pos.file < b.pos.file ? -1 : 1) : a.pos.line - b.pos.line,
    );
    const seen = new Map<string, number>();
    for (const f of newFindings) {
      const base = `${f.pkg}|${baseFuncName(f.func) || '<package>'}|${f.kind}|${f.subject}`;
      const k = seen.get(base) ?? 0;
      seen.set(base, k + 1);
      f.key = k === 0 ? base : `${base}|${k}`;
    }

    const frames: FrameInfo[] = fns.map((fn) => {
      const fr: FrameInfo = { func: fn.func, pkg: fn.pkg, symbol: fn.asm.symbol, frameBytes: fn.asm.locals, argBytes: fn.asm.args, flags: fn.asm.flags };
      if (fn.asm.pos) fr.pos = { file: this.normalize(fn.asm.pos.file), line: fn.asm.pos.line };
      return fr;
    });
    frames.sort(
      (a, b) => b.frameBytes - a.frameBytes || (a.symbol < b.symbol ? -1 : a.symbol > b.symbol ? 1 : 0) || (a.pkg < b.pkg ? -1 : a.pkg > b.pkg ? 1 : 0),
    );

    const count = (s: string) => heap.filter((f) => f.verification?.status === s).length;
    // By class: every site that allocates and every allocation with no escape finding.
    const byClass: Partial<Record<AllocClassName, number>> = {};
    const byCondition: Partial<Record<AllocCondition, number>> = {};
    const tally = (c: AllocClassName | undefined, cond: AllocCondition | undefined) => {
      if (c === undefined) return;
      byClass[c] = (byClass[c] ?? 0) + 1;
      if (cond !== undefined) byCondition[cond] = (byCondition[cond] ?? 0) + 1;
    };
    for (const site of sites) if (site.verification?.status === 'allocates') tally(site.verification.class, site.verification.condition);
    for (const f of newFindings) tally(f.details.class, f.details.condition);
    return {
      newFindings,
      frames,
      summary: {
        heapEscapes: heap.length,
        allocates: count('allocates'),
        noAllocation: count('no-allocation'),
        unverified: count('unverified'),
        ambiguous: count('ambiguous'),
        allocatesWithoutEscape: newFindings.length,
        byClass: sortedRecord(byClass),
        byCondition: sortedRecord(byCondition),
        allocCalls,
        functions: fns.length,
        framesOverLimit: frames.filter((f) => f.frameBytes > frameLimit).length,
        frameLimit,
      },
    };
  }
}

/** A record with its keys in sorted order (JSON prints keys in insertion order). */
function sortedRecord<K extends string>(r: Partial<Record<K, number>>): Partial<Record<K, number>> {
  const out: Partial<Record<K, number>> = {};
  for (const k of (Object.keys(r) as K[]).sort()) out[k] = r[k];
  return out;
}

/**
 * Allocation summaries of functions from their machine code (`-S`), and
 * the `allocates-in-callee` predictions they give at the analyzed code's
 * call lines. Pure: reads parsed listings, never runs anything, and never
 * re-implements escape analysis: a function allocates when its machine
 * code calls a runtime allocator, or calls (statically) a function that
 * does.
 *
 * - A function's own allocations are its calls into the runtime's
 *   allocation entry points of class `allocates` (alloc-classes.ts), less
 *   those the listing shows allocate nothing (zero size), and its calls
 *   into the functions of other packages the runtime implements
 *   (RUNTIME_ALLOCATORS). A `may-allocate` call inside a callee (an append
 *   that may grow, a conversion into a stack buffer, a map assignment, the
 *   caches of type assertions, sudogs) is left out: it allocates only when
 *   its condition holds, and counted, it would make most calls "allocate".
 * - The runtime itself (`runtime`, `internal/runtime/...`) is not
 *   summarised: its allocation entry points are what the summaries end
 *   in, and its other functions (write barriers, stack growth, locks,
 *   memmove, panics) allocate no object for their caller.
 * - A call through a register (an interface method, a func value) has no
 *   callee the listing names: `unknown`, never a prediction.
 * - Summaries propagate over static calls by breadth-first search from
 *   the functions that allocate themselves, over the callers: recursion
 *   needs no special case, and each function's path is a shortest one.
 * - Unconditional: an allocation that allocates every time (class
 *   `allocates`) on every path from the entry to a return (the parser's
 *   `always`), or a call on every such path into a function that
 *   allocates unconditionally. Anything else is conditional.
 *
 * @module
 */
import type { Finding } from '../model/finding.js';
import { importPathOfDesc } from '../model/result.js';
import type { SourcePos } from '../model/position.js';
import { splitSymbol, type AllocCall, type AsmFunction, type AsmPos, type InlineCall } from '../parse/asm.js';
import { allocationClass, isAllocator } from './alloc-classes.js';

/** What a summary needs of a function: its allocation calls and its calls, each with `always`. */
export interface FunctionFacts {
  symbol: string;
  /** The package whose compile printed it. */
  pkg: string;
  allocs: Pick<AllocCall, 'runtimeFunc' | 'typeSym' | 'size' | 'constArg' | 'stackBuf' | 'floatArg' | 'always'>[];
  /** Static callees (`callee`) and calls through a register (no callee). */
  calls: { callee?: string; always?: boolean }[];
}

export interface CalleeSummary {
  /** Whether the function can allocate (its own code or a static callee). */
  allocates: boolean;
  /** It allocates on every path from its entry to a return. */
  unconditional: boolean;
  /** From the function's first callee down to the runtime entry point (`os.openFileNolog`, …, `runtime.newobject`); only the entry point for its own allocation. */
  path: string[];
  /** The allocated type at the end of the path, when the listing names it. */
  type?: string;
}

/** Packages whose functions are not summarised (see the module comment). */
export function isRuntimePackage(pkg: string): boolean {
  return pkg === 'runtime' || pkg.startsWith('internal/runtime/') || pkg.startsWith('runtime/internal/');
}

/**
 * Whether an allocation call of a callee's code counts: only the entry
 * points of class `allocates` (alloc-classes.ts), those that allocate
 * every time they run. A `may-allocate` one inside a callee (an append
 * that may grow, a string conversion into a stack buffer, an integer
 * boxed) allocates only when its condition holds, which the caller's line
 * cannot show: counted, it would make most calls into std "allocate".
 */
function ownAllocation(a: FunctionFacts['allocs'][number]): boolean {
  if (!isAllocator(a.runtimeFunc)) return false;
  if (a.size === 0 || a.typeSym === 'struct {}') return false;
  return allocationClass(a).class === 'allocates';
}

/**
 * Functions of other packages that the runtime implements (`//go:linkname`
 * in runtime/*.go): no listing but the runtime's has them, and each
 * allocates every time it runs.
 */
export const RUNTIME_ALLOCATORS: ReadonlyMap<string, string> = new Map([
  // runtime/slice.go bytealg_MakeNoZero: mallocgc (strings.Builder, strings.Repeat, …).
  ['internal/bytealg.MakeNoZero', 'new []byte'],
  // runtime/malloc.go reflect_unsafe_New, reflect_unsafe_NewArray, reflectlite_unsafe_New: mallocgc.
  ['reflect.unsafe_New', 'new object'],
  ['reflect.unsafe_NewArray', 'new array'],
  ['internal/reflectlite.unsafe_New', 'new object'],
  // runtime/map.go reflect_makemap, runtime/chan.go reflect_makechan.
  ['reflect.makemap', 'make(map)'],
  ['reflect.makechan', 'make(chan)'],
  // runtime/time.go newTimer: new(timeTimer).
  ['time.newTimer', 'new timer'],
]);

/**
 * Summaries of every function of `fns` that allocates (functions absent
 * from the map do not, or are not in any listing). A symbol printed by
 * several packages (a `dupok` generic instance) is taken from the first
 * package in sorted order.
 */
export function summarize(fns: Iterable<FunctionFacts>): Map<string, CalleeSummary> {
  const bySym = new Map<string, FunctionFacts>();
  const sorted = [...fns].sort((a, b) => (a.pkg < b.pkg ? -1 : a.pkg > b.pkg ? 1 : a.symbol < b.symbol ? -1 : a.symbol > b.symbol ? 1 : 0));
  for (const f of sorted) if (!isRuntimePackage(importPathOfDesc(f.pkg)) && !bySym.has(f.symbol)) bySym.set(f.symbol, f);
  const syms = [...bySym.keys()].sort();
  // Callers of each symbol, over static calls (all / on every path).
  const callers = new Map<string, string[]>();
  const alwaysCallers = new Map<string, string[]>();
  for (const s of syms) {
    const seen = new Set<string>();
    const seenAlways = new Set<string>();
    for (const c of bySym.get(s)!.calls) {
      if (c.callee === undefined || !bySym.has(c.callee)) continue;
      if (!seen.has(c.callee)) {
        seen.add(c.callee);
        push(callers, c.callee, s);
      }
      if (c.always && !seenAlways.has(c.callee)) {
        seenAlways.add(c.callee);
        push(alwaysCallers, c.callee, s);
      }
    }
  }
  const out = new Map<string, CalleeSummary>();
  const reach = (unconditional: boolean) => {
    const queue: string[] = [];
    const found = new Map<string, { path: string[]; type?: string }>();
    for (const s of syms) {
      const f = bySym.get(s)!;
      const own = f.allocs.find((a) => ownAllocation(a) && (!unconditional || a.always));
      const linked = own ? undefined : f.calls.find((c) => c.callee !== undefined && RUNTIME_ALLOCATORS.has(c.callee) && (!unconditional || c.always));
      if (own) found.set(s, own.typeSym !== undefined ? { path: [own.runtimeFunc], type: own.typeSym } : { path: [own.runtimeFunc] });
      else if (linked) found.set(s, { path: [linked.callee!] });
      else continue;
      queue.push(s);
    }
    const edges = unconditional ? alwaysCallers : callers;
    for (let i = 0; i < queue.length; i++) {
      const s = queue[i]!;
      const via = found.get(s)!;
      for (const caller of edges.get(s) ?? []) {
        if (found.has(caller)) continue;
        found.set(caller, via.type !== undefined ? { path: [s, ...via.path], type: via.type } : { path: [s, ...via.path] });
        queue.push(caller);
      }
    }
    return found;
  };
  const some = reach(false);
  const every = reach(true);
  for (const s of syms) {
    const u = every.get(s);
    const a = u ?? some.get(s);
    if (!a) continue;
    const sum: CalleeSummary = { allocates: true, unconditional: u !== undefined, path: a.path };
    if (a.type !== undefined) sum.type = a.type;
    out.set(s, sum);
  }
  return out;
}

function push(m: Map<string, string[]>, k: string, v: string): void {
  const l = m.get(k);
  if (l) l.push(v);
  else m.set(k, [v]);
}

/** A call through a register at an analyzed function's line: its callee, and so whether it allocates, is unknown. */
export interface UnknownCall {
  pkg: string;
  func: string;
  pos: SourcePos;
  /** The inlined calls from the function's own line down to the call, outermost first. */
  inline?: { callee: string; pos: SourcePos }[];
}

export interface CalleePredictions {
  /** `allocates-without-escape` findings of class `allocates-in-callee`, unkeyed (see KeyMaker). */
  findings: Finding[];
  unknown: UnknownCall[];
  /** Static calls of the analyzed functions (outside the runtime) looked at. */
  staticCalls: number;
}

/**
 * The predictions at the call lines of `fns` (the analyzed packages'
 * functions): one `allocates-in-callee` finding per function, line and
 * callee whose summary allocates, placed in the function's own code (the
 * line that called the inlined code, for a call in inlined code), and
 * the calls through a register as unknown. Calls in generated code
 * (`<autogenerated>`) and in other packages' functions copied into the
 * listing (generic instances of std) are left out: no line of the
 * analyzed code makes them.
 */
const OUTLINED_MAP_INIT = /\.map\.init\.\d+$/;

export function calleePredictions(fns: readonly AsmFunction[], summaries: Map<string, CalleeSummary>, normalize: (file: string) => string): CalleePredictions {
  const findings: Finding[] = [];
  const unknown: UnknownCall[] = [];
  let staticCalls = 0;
  const normPos = (p: AsmPos & { column?: number }): SourcePos => ({ ...p, file: normalize(p.file) });
  const normInline = (path: InlineCall[] | undefined) => (path ?? []).map((s) => ({ callee: s.callee, pos: normPos(s.pos) }));
  for (const a of fns) {
    const pkg = importPathOfDesc(a.pkg);
    const split = splitSymbol(a.symbol, pkg);
    if (split.pkg !== pkg && !a.symbol.startsWith('main.')) continue;
    const func = split.func.startsWith('C.') ? `_Cfunc_${split.func.slice(2)}` : split.func;
    const seen = new Set<string>();
    for (const c of a.calls) {
      if (c.callee?.startsWith('runtime.')) continue;
      const direct = c.callee !== undefined && RUNTIME_ALLOCATORS.has(c.callee);
      const inline = normInline(c.inline);
      const outer = inline.length > 0 ? inline[0]!.pos : normPos(c.pos);
      if (outer.file === '<autogenerated>' || outer.line === 0) continue;
      const pos: SourcePos = { file: outer.file, line: outer.line };
      if (c.callee === undefined) {
        const u: UnknownCall = { pkg, func, pos };
        if (inline.length > 0) u.inline = inline;
        const k = `${pos.file}:${pos.line}|?`;
        if (!seen.has(k)) {
          seen.add(k);
          unknown.push(u);
        }
        continue;
      }
      staticCalls++;
      // `p.map.init.N`: a large map literal of a package variable, outlined by the compiler (staticinit) into a function
      // that init calls at the literal's line. Its allocations are the literal's own, at those lines, with their own
      // findings: a prediction at the call would be the same allocation twice.
      if (OUTLINED_MAP_INIT.test(c.callee)) continue;
      const sum = direct ? { allocates: true, unconditional: true, path: [] as string[] } : summaries.get(c.callee);
      if (!sum?.allocates) continue;
      const k = `${pos.file}:${pos.line}|${c.callee}`;
      if (seen.has(k)) continue;
      seen.add(k);
      // Whether the call itself runs is the line's business: once it does, the callee allocates on every path, or on some.
      const unconditional = sum.unconditional;
      const path = [c.callee, ...sum.path];
      const entry = path[path.length - 1]!;
      const f: Finding = {
        key: '',
        kind: 'allocates-without-escape',
        pkg,
        pos,
        func,
        subject: c.callee,
        message: `allocates inside ${path.join(' → ')}${sum.type !== undefined ? ` (${sum.type})` : ''}${unconditional ? '' : ' (conditional)'}`,
        details: { runtimeFunc: entry, class: 'allocates-in-callee', callee: c.callee, calleePath: path, unconditional },
        explanations: [],
      };
      if (sum.type !== undefined) f.details.type = sum.type;
      if (inline.length > 0) f.details.inline = inline;
      findings.push(f);
    }
  }
  const cmp = (a: { pkg: string; pos: SourcePos }, b: { pkg: string; pos: SourcePos }) =>
    a.pkg !== b.pkg ? (a.pkg < b.pkg ? -1 : 1) : a.pos.file !== b.pos.file ? (a.pos.file < b.pos.file ? -1 : 1) : a.pos.line - b.pos.line;
  findings.sort((a, b) => cmp(a, b) || (a.subject < b.subject ? -1 : a.subject > b.subject ? 1 : 0));
  unknown.sort((a, b) => cmp(a, b) || (a.func < b.func ? -1 : a.func > b.func ? 1 : 0));
  return { findings, unknown, staticCalls };
}

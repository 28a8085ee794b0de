/**
 * Reconciles heap findings (`-m`) with the machine code (`-S`): which heap
 * escapes really call a runtime allocation entry point, which are satisfied
 * without allocating, and which allocations have no escape finding at all.
 * Pure: takes parsed data, never runs anything.
 *
 * Positions: an assembly instruction carries its innermost position (inside
 * the inlined callee), a `-m` finding of an inlined copy carries the call
 * site. Matching therefore tries, in order: the finding's own function at
 * its line; the finding's line in any function (inlined copies of it); the
 * lines of the findings of callees inlined at its position (copies reported
 * at the call site by another package's compile).
 */
import type { Finding } from '../model/finding.js';
import { isHeapKind } from '../model/kinds.js';
import type { SourcePos } from '../model/position.js';
import { importPathOfDesc, type AnalysisResult, type FrameInfo, type VerificationSummary } from '../model/result.js';
import { splitSymbol, type AllocCall, type AsmFunction, type AsmPos, type StaticRef } from '../parse/asm.js';
import { baseFuncName } from './attribute.js';
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
  return 'allocation';
}

type AllocClass = 'new' | 'grow' | 'slice' | 'map' | 'chan' | 'iface' | 'string' | 'go' | 'defer';

function allocClass(runtimeFunc: string): AllocClass {
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

const CLASS_BITS: Record<AllocClass, number> = { new: 1, grow: 2, slice: 4, map: 8, chan: 16, iface: 32, string: 64, go: 128, defer: 256 };
const classBitOf = new Map<string, number>();
const expectationOf = new WeakMap<Finding, number>();
const bits = (classes: AllocClass[]) => classes.reduce((b, c) => b | CLASS_BITS[c], 0);

/** The entry points a finding may be, as bit sets: preferred in the low 16 bits, allowed in the high. */
function expectation(f: Finding): number {
  let e = expectationOf.get(f);
  if (e !== undefined) return e;
  const s = f.subject.replace(/^[\p{L}_][\p{L}\p{N}_]*\.(?=[\p{L}_])/u, '');
  const expect = (prefer: AllocClass[], allow: AllocClass[]) => bits(prefer) | (bits(allow) << 16);
  if (f.kind === 'moved-to-heap') e = expect(['new'], []);
  else if (/^append\b/.test(s)) e = expect(['grow'], ['slice']);
  else if (/^make\(\[\]/.test(s)) e = expect(['slice'], ['new']);
  else if (/^make\(map/.test(s)) e = expect(['map'], ['new']);
  else if (/^make\(chan/.test(s)) e = expect(['chan'], ['new']);
  else if (/^(string\(|\[\]byte\(|\[\]rune\()/.test(s)) e = expect(['string'], ['new']);
  else if (s === 'func literal' || s === '... argument' || s.startsWith('&') || s.startsWith('new(')) e = expect(['new'], []);
  else e = expect(['iface', 'new'], ['string', 'slice', 'map', 'chan']);
  expectationOf.set(f, e);
  return e;
}

/** 2: the expected entry point for this finding, 1: possible, 0: not this finding's allocation. */
function compat(f: Finding, call: AllocCall): number {
  let b = classBitOf.get(call.runtimeFunc);
  if (b === undefined) classBitOf.set(call.runtimeFunc, (b = CLASS_BITS[allocClass(call.runtimeFunc)]));
  const e = expectation(f);
  return e & b ? 2 : (e >>> 16) & b ? 1 : 0;
}

/** A multi-line expression's allocation may sit on a neighbouring line. */
const NEARBY_LINES = 3;

const CONSTANT_RE = /^(-?[\d.][\w.+-]*|"(?:[^"\\]|\\.)*"|`[^`]*`|'(?:[^'\\]|\\.)+'|true|false|nil)$/;

interface NAlloc {
  call: AllocCall;
  pos: AsmPos;
  /** lineKey of pos. */
  at: string;
  fn: FnInfo;
  claimed: boolean;
}

interface FnInfo {
  asm: AsmFunction;
  pkg: string;
  func: string;
  /** `pkg|func` with type arguments elided: how findings name their function. */
  key: string;
  ownFile?: string;
  allocs: NAlloc[];
  statics: (StaticRef & { npos: AsmPos; at: string })[];
}

/** What matching needs of a heap finding, worked out before the listing arrives. */
interface HeapInfo {
  f: Finding;
  /** FnInfo key of its function, and lineKey of its position. */
  own: string;
  at: string;
  /** Callees inlined at its position, package-qualified. */
  callees: string[];
  /** A copy of a callee's body (`escapes.n * 1000`): the callee's code, not this line's. */
  bodyCopy: boolean;
}

const lineKey = (file: string, line: number) => `${file}:${line}`;
const lastElem = (pkg: string) => pkg.slice(pkg.lastIndexOf('/') + 1);

/** Adds `verification` to every heap finding of `result` (in place) and returns the rest. */
export function reconcile(result: AnalysisResult, asm: AsmFunction[], opts: ReconcileOptions): ReconcileOutput {
  const r = new Reconciler(result, opts);
  r.add(asm);
  return r.finish();
}

/**
 * `reconcile` in steps, so the work can overlap with the `-S` compile: the
 * findings are indexed when it is created, functions as their package's
 * listing arrives, and `finish` matches them. The result does not depend
 * on the order packages arrive in.
 */
export class Reconciler {
  private readonly normalized = new Map<string, string>();
  private readonly fns: FnInfo[] = [];
  private readonly inlinedAt = new Map<string, string[]>();
  private readonly heapByCallee = new Map<string, Finding[]>();
  private readonly heap: Finding[] = [];
  private readonly heapInfo: HeapInfo[] = [];
  private allocCalls = 0;

  constructor(readonly result: AnalysisResult, readonly opts: ReconcileOptions) {
    // Callees inlined at a position, and heap findings by `pkgname.Func` (to follow them).
    for (const f of result.findings) {
      if (f.kind === 'inlining-call') pushToList(this.inlinedAt, `${f.pkg}|${lineKey(f.pos.file, f.pos.line)}`, f.details.callee ?? f.subject);
      if (isHeapKind(f.kind)) {
        this.heap.push(f);
        pushToList(this.heapByCallee, `${lastElem(f.pkg)}.${baseFuncName(f.func)}`, f);
      }
    }
    for (const f of this.heap) {
      const at = lineKey(f.pos.file, f.pos.line);
      const callees = (this.inlinedAt.get(`${f.pkg}|${at}`) ?? [])
        .map((callee) => (callee.includes('.') && !callee.startsWith('(') ? callee : `${lastElem(f.pkg)}.${callee}`));
      const bodyCopy = callees.some((c) => c.slice(0, c.indexOf('.')) !== lastElem(f.pkg) && f.subject.startsWith(c.slice(0, c.indexOf('.') + 1)));
      this.heapInfo.push({ f, own: `${f.pkg}|${baseFuncName(f.func)}`, at, callees, bodyCopy });
    }
  }

  /** Listing paths repeat for every instruction of a file: normalise each once. */
  private normalize(file: string): string {
    let n = this.normalized.get(file);
    if (n === undefined) this.normalized.set(file, (n = this.opts.normalize(file)));
    return n;
  }

  add(asm: AsmFunction[]): void {
    for (const a of asm) {
      const pkg = importPathOfDesc(a.pkg);
      const { func } = splitSymbol(a.symbol, pkg);
      const info: FnInfo = { asm: a, pkg, func, key: `${pkg}|${baseFuncName(func)}`, allocs: [], statics: [] };
      if (a.pos) info.ownFile = this.normalize(a.pos.file);
      for (const call of a.allocCalls) {
        const file = this.normalize(call.pos.file);
        info.allocs.push({ call, pos: { file, line: call.pos.line }, at: lineKey(file, call.pos.line), fn: info, claimed: false });
        this.allocCalls++;
      }
      for (const s of a.staticRefs) {
        const file = this.normalize(s.pos.file);
        info.statics.push({ ...s, npos: { file, line: s.pos.line }, at: lineKey(file, s.pos.line) });
      }
      this.fns.push(info);
    }
  }

  /** Matches every heap finding with the functions added; call once. */
  finish(): ReconcileOutput {
    const { opts, heapByCallee, heap, allocCalls } = this;
    const frameLimit = opts.frameLimit ?? DEFAULT_FRAME_LIMIT;
    // go prints packages in completion order: index them in a fixed order
    // (stable sort: a package's own listing order is kept) so that which
    // allocation claims which finding, and ties in the frame table, do not vary.
    const fns = this.fns.sort((a, b) => (a.asm.pkg < b.asm.pkg ? -1 : a.asm.pkg > b.asm.pkg ? 1 : 0));
    const byFunc = new Map<string, FnInfo[]>();
    const byPos = new Map<string, NAlloc[]>();
    const staticsByPos = new Map<string, StaticRef[]>();
    for (const info of fns) {
      for (const n of info.allocs) pushToList(byPos, n.at, n);
      for (const s of info.statics) pushToList(staticsByPos, s.at, s);
      pushToList(byFunc, info.key, info);
    }

    const pick = (f: Finding, cands: NAlloc[]): NAlloc | undefined => {
      let best: NAlloc | undefined;
      let bestScore = 0;
      for (const n of cands) {
        const c = compat(f, n.call);
        const s = c * 2 + (n.claimed ? 0 : 1);
        if (s > bestScore && c > 0) {
          best = n;
          bestScore = s;
        }
      }
      return best;
    };

    // Findings in column order, so several escapes on one line take the calls in order.
    const unmatched: Finding[] = [];
    const at = (fnList: FnInfo[], key: string) => {
      const out: NAlloc[] = [];
      for (const fn of fnList) for (const n of fn.allocs) if (n.at === key) out.push(n);
      return out;
    };
    for (const { f, own: ownKey, at: fAt, callees, bodyCopy } of this.heapInfo) {
      const own = byFunc.get(ownKey) ?? [];
      let chosen = bodyCopy ? undefined : pick(f, at(own, fAt));
      // Inlined copies of this code anywhere.
      if (!chosen && !bodyCopy) chosen = pick(f, byPos.get(fAt) ?? []);
      for (const site of f.inlinedSites ?? []) {
        if (chosen) break;
        const sfns = byFunc.get(`${site.pkg}|${baseFuncName(site.func ?? '')}`) ?? [];
        chosen = pick(f, at(sfns, lineKey(site.pos.file, site.pos.line)));
      }
      // Copy reported at a call site: follow the callees inlined there.
      if (!chosen && own.length > 0) {
        for (const qualified of callees) {
          for (const o of heapByCallee.get(baseFuncName(qualified)) ?? []) {
            if (o === f) continue;
            chosen = pick(f, at(own, lineKey(o.pos.file, o.pos.line)));
            if (chosen) break;
          }
          if (!chosen) {
            // Callee not analyzed: an unclaimed call inside its package's code in this function.
            const pkgName = qualified.slice(0, qualified.indexOf('.'));
            const foreign = own.flatMap((fn) => fn.allocs.filter((n) => !n.claimed && n.pos.file !== fn.ownFile && dirBase(n.pos.file) === pkgName));
            chosen = pick(f, foreign);
          }
          if (chosen) break;
        }
      }
      if (!chosen && bodyCopy) chosen = pick(f, at(own, fAt));
      if (chosen) settle(f, chosen);
      else unmatched.push(f);
    }

    // Second pass, once exact matches have taken their calls: neighbouring lines, wrappers, then why nothing allocates.
    for (const f of unmatched) {
      const own = byFunc.get(`${f.pkg}|${baseFuncName(f.func)}`) ?? [];
      const near = own.flatMap((fn) => fn.allocs.filter((n) => !n.claimed && (f.pos.file.startsWith('<')
        ? true // wrapper: its code is positioned in the wrapped method's file
        : n.pos.file === f.pos.file && Math.abs(n.pos.line - f.pos.line) <= NEARBY_LINES)));
      const chosen = pick(f, near);
      if (chosen) {
        settle(f, chosen);
        continue;
      }
      const statics = own.flatMap((fn) => fn.statics.filter((s) => s.npos.file === f.pos.file && s.npos.line === f.pos.line));
      const ref = statics[0] ?? staticsByPos.get(lineKey(f.pos.file, f.pos.line))?.[0];
      const subject = f.subject.replace(/^[\p{L}_][\p{L}\p{N}_]*\.(?=[\p{L}_])/u, '');
      if (ref) {
        f.verification = { status: 'no-allocation', reason: ref.kind === 'static-data' ? 'static data' : ref.kind === 'zero-size' ? 'zero size' : 'small-integer cache' };
      } else if (CONSTANT_RE.test(subject)) {
        f.verification = { status: 'no-allocation', reason: 'static data (constant)' };
      } else if (own.length === 0) {
        f.verification = { status: 'unverified', reason: f.func ? 'function not in the assembly listing' : 'no enclosing function' };
      } else if (f.pos.file.includes('\n')) {
        // The -S listing prints positions as they are: a newline in the file name cuts each of its lines in two.
        f.verification = { status: 'unverified', reason: 'a newline in the file name: the assembly listing cannot place its calls' };
      } else {
        // The function is compiled and no allocation call can be this finding's: the optimizer
        // removed it (typically the panic path of inlined code proven unreachable).
        f.verification = { status: 'no-allocation', reason: 'optimized away' };
      }
    }

    function settle(f: Finding, chosen: NAlloc): void {
      chosen.claimed = true;
      const c = chosen.call;
      if (c.constArg !== undefined && c.constArg >= 0 && c.constArg < 256 && /convT(16|32|64)$/.test(c.runtimeFunc)) {
        f.verification = { status: 'no-allocation', runtimeFunc: c.runtimeFunc, reason: 'small-integer cache' };
      } else if (c.size === 0 || c.typeSym === 'struct {}') {
        f.verification = { status: 'no-allocation', runtimeFunc: c.runtimeFunc, reason: 'zero size' };
      } else {
        f.verification = { status: 'allocates', runtimeFunc: c.runtimeFunc };
        if (c.typeSym !== undefined) f.verification.type = c.typeSym;
        if (c.size !== undefined) f.verification.size = c.size;
      }
    }

    // Calls in inlined copies of a heap finding's code (the finding verified elsewhere) are accounted for.
    const heapAt = new Map<string, Finding[]>();
    for (const h of this.heapInfo) pushToList(heapAt, h.at, h.f);
    for (const fn of fns) {
      for (const n of fn.allocs) {
        if (!n.claimed && heapAt.get(n.at)?.some((f) => compat(f, n.call) > 0)) n.claimed = true;
      }
    }

    // Allocation calls no escape finding accounts for.
    const newFindings: Finding[] = [];
    for (const fn of fns) {
      for (const n of fn.allocs) {
        if (n.claimed) continue;
        const why = allocWhy(n.call.runtimeFunc);
        const pos: SourcePos = { file: n.pos.file, line: n.pos.line };
        const f: Finding = {
          key: '', kind: 'allocates-without-escape', pkg: fn.pkg, pos, func: fn.func, subject: n.call.runtimeFunc,
          message: `${n.call.runtimeFunc} allocates (${why})${n.call.typeSym ? ` type:${n.call.typeSym}` : ''} with no escape finding`,
          details: { runtimeFunc: n.call.runtimeFunc, why }, explanations: [],
        };
        if (n.call.typeSym !== undefined) f.details.type = n.call.typeSym;
        newFindings.push(f);
      }
    }
    newFindings.sort((a, b) => (a.pkg !== b.pkg ? (a.pkg < b.pkg ? -1 : 1) : a.pos.file !== b.pos.file ? (a.pos.file < b.pos.file ? -1 : 1) : a.pos.line - b.pos.line));
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
    frames.sort((a, b) => b.frameBytes - a.frameBytes || (a.symbol < b.symbol ? -1 : a.symbol > b.symbol ? 1 : 0) || (a.pkg < b.pkg ? -1 : a.pkg > b.pkg ? 1 : 0));

    const count = (s: string) => heap.filter((f) => f.verification?.status === s).length;
    return {
      newFindings,
      frames,
      summary: {
        heapEscapes: heap.length,
        allocates: count('allocates'),
        noAllocation: count('no-allocation'),
        unverified: count('unverified'),
        allocatesWithoutEscape: newFindings.length,
        allocCalls,
        functions: fns.length,
        framesOverLimit: frames.filter((f) => f.frameBytes > frameLimit).length,
        frameLimit,
      },
    };
  }
}

function dirBase(file: string): string {
  const parts = file.split('/');
  return parts.length >= 2 ? parts[parts.length - 2]! : '';
}


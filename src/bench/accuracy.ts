/**
 * Scores predicted allocation lines against the lines that allocated in
 * heap profiles of real benchmarks (`npm run accuracy`). Pure: profile
 * joins, the lines a coverage run executed and the predictions in, figures
 * out.
 *
 * A line is `file:line` in the analysis's form (module-relative). The
 * lines that allocated are every observed site's line and each call line
 * that inlined it (profile-join.ts), merged over the profile runs: a line
 * seen in any run allocated (caches and pools fill at random, so two runs
 * differ by a few lines; the difference is reported). For each class of
 * prediction, and for all classes together:
 * - precision: of the predicted lines that ran (in the coverage run, or
 *   seen allocating), the share that allocated; predicted lines that never
 *   ran are counted apart (a static tool cannot know which paths a
 *   benchmark takes);
 * - recall: of the lines that allocated, the share predicted;
 * - bytes-weighted recall: the same, weighted by the bytes each line allocated.
 * Misses and false positives are listed with a reason each.
 *
 * A prediction's class is read from the analysis generically (a `class`
 * field where the analysis sets one, else from the verification's status:
 * `allocates`, `unverified`, `ambiguous`, and `allocates-without-escape`),
 * so new classes score without a change here. `no-allocation` is the
 * analysis saying the line does not allocate: not a prediction.
 *
 * @module
 */
import { ALLOCATION_ENTRY, type AllocationReason, type ProfileJoin } from './profile-join.js';

export interface ObservedLine {
  file: string;
  line: number;
  /** Bytes and objects allocated at the line, summed over the runs. */
  bytes: number;
  objects: number;
  /** What allocated there (most bytes first). */
  reason: AllocationReason;
  /** The called function that allocated, for `in-callee`; the runtime function otherwise, when known. */
  via?: string;
  /** In how many of the profile runs the line allocated. */
  runs: number;
}

export interface Prediction {
  file: string;
  line: number;
  /** `allocates`, `unverified`, `ambiguous`, `allocates-without-escape`, `raw-m`, or a class the analysis names. */
  class: string;
  /** Why the analysis predicts it, for the false-positive reasons. */
  kind: string;
  message: string;
  /** An inlined copy, reported at the call that inlined it. */
  copy: boolean;
  cause?: string;
  runtimeFunc?: string;
}

/** Classes that say a line does not allocate: never predictions. */
export const NON_PREDICTING = new Set(['no-allocation']);

/**
 * Why an allocating line was not predicted: what the profile says
 * (profile-join.ts), and for the line's own code (`own-code`: the profile
 * hides runtime frames) what the line's machine code calls: `map-growth`,
 * `type-assertion-cache`, `channel-wait`, `allocator-call` (an allocation
 * entry point: a plain miss), `runtime-internal` (another runtime
 * function), `no-call-at-line` (no call at the line in the listing);
 * `verified-no-allocation` when the analysis verified the line as not
 * allocating.
 */
export type MissReason = AllocationReason | 'verified-no-allocation' | 'allocator-call' | 'no-call-at-line';

/** Why a predicted line that ran did not allocate. */
export type FalsePositiveReason = 'append-never-grew' | 'inlined-copy' | 'unverified' | 'no-allocation-on-path';

export interface ClassScore {
  class: string;
  /** Lines predicted. */
  predicted: number;
  /** Of those, lines that ran. */
  ran: number;
  /** Of those, lines that allocated. */
  allocated: number;
  /** Predicted lines that never ran (not in precision). */
  notExecuted: number;
  /** allocated / ran; null when none ran. */
  precision: number | null;
  /** Allocating lines predicted / allocating lines; null when nothing allocated. */
  recall: number | null;
  /** The same weighted by bytes. */
  bytesRecall: number | null;
}

export interface Miss {
  file: string;
  line: number;
  bytes: number;
  reason: MissReason;
  via?: string;
}

export interface FalsePositive {
  file: string;
  line: number;
  class: string;
  reason: FalsePositiveReason;
  message: string;
}

export interface PredictorScore {
  /** `goescape` or `raw -m`. */
  predictor: string;
  /** Every predicting class together. */
  all: ClassScore;
  /** Each class on its own, by name. */
  classes: ClassScore[];
  misses: Miss[];
  falsePositives: FalsePositive[];
  missesByReason: Partial<Record<MissReason, number>>;
  falsePositivesByReason: Partial<Record<FalsePositiveReason, number>>;
}

export interface ObservedSet {
  lines: ObservedLine[];
  /** Profile runs merged. */
  runs: number;
  /** Lines that allocated in some runs but not all. */
  unstable: number;
  /** Bytes of every line, all runs. */
  bytes: number;
  /**
   * Lines of a package's init the join could not place in a file (pprof
   * records one file for all of them, and several files declare a variable
   * at that line): left out of the scores, counted here.
   */
  unplaced: { lines: number; bytes: number };
}

const key = (file: string, line: number) => `${file}\0${line}`;

/**
 * The lines that allocated, over several runs' joins: each site's own line
 * and every call line that inlined it, for files `inScope` accepts.
 */
export function observedLines(runs: readonly ProfileJoin[], inScope: (file: string) => boolean): ObservedSet {
  const lines = new Map<string, ObservedLine & { reasonBytes: Map<AllocationReason, number>; seen: Set<number>; viaOf: Map<AllocationReason, string> }>();
  const unplaced = new Set<string>();
  let unplacedBytes = 0;
  runs.forEach((j, run) => {
    for (const s of [...j.ranking, ...j.unpredictedSites]) {
      if (s.initFile === 'unresolved') {
        if (inScope(s.file)) {
          unplaced.add(key(s.file, s.line));
          unplacedBytes += s.bytes;
        }
        continue;
      }
      // At a call line that inlined the site's code, what allocated is that inlined code.
      const at = [
        { file: s.file, line: s.line, reason: s.reason, via: s.via[0] ?? s.runtimeFuncs[0] },
        ...s.inlinedAt.map((a) => ({ file: a.file, line: a.line, reason: 'inlined-code' as const, via: `${s.pkg}.${s.func}` })),
      ];
      for (const { file, line, reason, via } of at) {
        if (!inScope(file)) continue;
        const k = key(file, line);
        let o = lines.get(k);
        if (!o) lines.set(k, (o = { file, line, bytes: 0, objects: 0, reason, runs: 0, reasonBytes: new Map(), seen: new Set(), viaOf: new Map() }));
        o.bytes += s.bytes;
        o.objects += s.objects;
        o.seen.add(run);
        o.reasonBytes.set(reason, (o.reasonBytes.get(reason) ?? 0) + s.bytes);
        if (via && !o.viaOf.has(reason)) o.viaOf.set(reason, via);
      }
    }
  });
  const out: ObservedLine[] = [];
  let unstable = 0;
  let bytes = 0;
  for (const { reasonBytes, seen, viaOf, ...o } of lines.values()) {
    // A line whose own code allocated is the line's allocation, whatever its callees did besides.
    const reasons = [...reasonBytes.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([r]) => r);
    o.reason = reasons.find((r) => r !== 'in-callee') ?? reasons[0]!;
    const via = viaOf.get(o.reason);
    if (via) o.via = via;
    o.runs = seen.size;
    if (seen.size < runs.length) unstable++;
    bytes += o.bytes;
    out.push(o);
  }
  out.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  return { lines: out, runs: runs.length, unstable, bytes, unplaced: { lines: unplaced.size, bytes: unplacedBytes } };
}

/** A finding as the analysis's JSON has it: only the fields read here, the rest ignored. */
interface JsonSite {
  pos?: { file?: unknown; line?: unknown };
  kind?: unknown;
  class?: unknown;
  message?: unknown;
  raw?: unknown;
  cause?: unknown;
  verification?: { status?: unknown; runtimeFunc?: unknown };
  details?: { runtimeFunc?: unknown };
  inlinedSites?: unknown;
}

const HEAP_KINDS = new Set(['moved-to-heap', 'escapes-to-heap']);

function classOf(s: JsonSite): string | undefined {
  if (typeof s.class === 'string') return s.class;
  if (s.kind === 'allocates-without-escape') return 'allocates-without-escape';
  if (!HEAP_KINDS.has(String(s.kind))) return undefined;
  const status = s.verification?.status;
  return typeof status === 'string' ? status : 'unverified';
}

/**
 * goescape's predicted lines, from the findings of `analyze --verify -f
 * json` (or the result's findings in memory: the same fields): each heap
 * finding's own line and each inlined copy on the heap, each with its
 * class, and each allocation the listing found without an escape.
 */
export function goescapePredictions(findings: readonly unknown[]): Prediction[] {
  const out: Prediction[] = [];
  const push = (s: JsonSite, copy: boolean, origin: JsonSite) => {
    const cls = classOf(s);
    if (cls === undefined || typeof s.pos?.file !== 'string' || typeof s.pos.line !== 'number') return;
    const p: Prediction = { file: s.pos.file, line: s.pos.line, class: cls, kind: String(s.kind), message: String(s.message ?? s.raw ?? ''), copy };
    const cause = s.cause ?? origin.cause;
    if (typeof cause === 'string') p.cause = cause;
    const rf = s.verification?.runtimeFunc ?? s.details?.runtimeFunc;
    if (typeof rf === 'string') p.runtimeFunc = rf;
    out.push(p);
  };
  for (const raw of findings) {
    const f = raw as JsonSite;
    push(f, false, f);
    if (Array.isArray(f.inlinedSites)) for (const s of f.inlinedSites as JsonSite[]) push(s, true, f);
  }
  return out;
}

/** Raw `-m`'s predicted lines: every heap line as printed, one class. */
export function rawPredictions(lines: readonly { file: string; line: number; message: string }[]): Prediction[] {
  return lines.map((l) => ({
    file: l.file,
    line: l.line,
    class: 'raw-m',
    kind: l.message.startsWith('moved to heap') ? 'moved-to-heap' : 'escapes-to-heap',
    message: l.message,
    copy: false,
  }));
}

const MAP_CALL = /^(runtime\.(mapassign|makemap)|internal\/runtime\/maps\.)/;
const ASSERT_CALL = /^runtime\.(typeAssert|interfaceSwitch|assertE2I2?|getitab)$/;
const CHANNEL_CALL = /^runtime\.(selectgo|chanrecv[12]|chansend1|selectnbsend|selectnbrecv2?|block)$/;

/** Why a line's own code allocated, from what its machine code calls (`-S`): the profile hides runtime frames. */
function ownCodeReason(calls: readonly string[] | undefined, verifiedNone: boolean, haveListing: boolean): { reason: MissReason; via?: string } {
  if (!haveListing) return { reason: verifiedNone ? 'verified-no-allocation' : 'own-code' };
  const cs = calls ?? [];
  const first = (re: RegExp) => cs.find((c) => re.test(c));
  for (const [re, reason] of [
    [MAP_CALL, 'map-growth'],
    [ASSERT_CALL, 'type-assertion-cache'],
    [CHANNEL_CALL, 'channel-wait'],
  ] as const) {
    const c = first(re);
    if (c) return { reason, via: c };
  }
  if (verifiedNone) return { reason: 'verified-no-allocation' };
  const alloc = first(ALLOCATION_ENTRY);
  if (alloc) return { reason: 'allocator-call', via: alloc };
  const rt = cs.find((c) => /^(runtime|internal\/runtime\/[^.]+)\./.test(c) && !/^runtime\.(morestack|panic|gcWriteBarrier|wbMove|wbZero|duff)/.test(c));
  if (rt) return { reason: 'runtime-internal', via: rt };
  return { reason: 'no-call-at-line' };
}

const ratio = (a: number, b: number) => (b > 0 ? a / b : null);

function fpReason(ps: readonly Prediction[]): FalsePositiveReason {
  if (ps.some((p) => p.cause === 'append-growth' || p.runtimeFunc === 'runtime.growslice' || /^append\b|\bappend\(/.test(p.message)))
    return 'append-never-grew';
  if (ps.every((p) => p.copy)) return 'inlined-copy';
  if (ps.every((p) => p.class === 'unverified' || p.class === 'ambiguous')) return 'unverified';
  return 'no-allocation-on-path';
}

/** Order in which a line's class is named when several predictions sit on it. */
const CLASS_ORDER = ['allocates', 'allocates-without-escape', 'may-allocate', 'allocates-in-callee', 'ambiguous', 'unverified', 'raw-m'];
const classRank = (c: string) => {
  const i = CLASS_ORDER.indexOf(c);
  return i < 0 ? CLASS_ORDER.length : i;
};

/**
 * Scores one predictor. `executed` holds `file\0line` of the lines the
 * coverage run ran; `noAllocation` the lines the analysis verified as not
 * allocating (misses there say so).
 */
export function scorePredictions(
  predictor: string,
  all: readonly Prediction[],
  observed: ObservedSet,
  executed: ReadonlySet<string>,
  inScope: (file: string) => boolean,
  o: { noAllocation?: ReadonlySet<string>; callsAt?: ReadonlyMap<string, readonly string[]> } = {},
): PredictorScore {
  const noAllocation = o.noAllocation ?? new Set<string>();
  const predictions = all.filter((p) => !NON_PREDICTING.has(p.class) && inScope(p.file));
  const obs = new Map(observed.lines.map((o) => [key(o.file, o.line), o]));
  const totalBytes = observed.lines.reduce((a, o) => a + o.bytes, 0);
  const byLine = new Map<string, Prediction[]>();
  for (const p of predictions) {
    const k = key(p.file, p.line);
    const l = byLine.get(k);
    if (l) l.push(p);
    else byLine.set(k, [p]);
  }
  const ran = (k: string) => executed.has(k) || obs.has(k);
  const scoreOf = (cls: string, lines: Iterable<string>): ClassScore => {
    let predicted = 0;
    let ranN = 0;
    let allocated = 0;
    let bytes = 0;
    for (const k of lines) {
      predicted++;
      if (!ran(k)) continue;
      ranN++;
      const o = obs.get(k);
      if (o) {
        allocated++;
        bytes += o.bytes;
      }
    }
    return {
      class: cls,
      predicted,
      ran: ranN,
      allocated,
      notExecuted: predicted - ranN,
      precision: ratio(allocated, ranN),
      recall: ratio(allocated, observed.lines.length),
      bytesRecall: ratio(bytes, totalBytes),
    };
  };
  const classes = [...new Set(predictions.map((p) => p.class))].sort((a, b) => classRank(a) - classRank(b) || (a < b ? -1 : 1));
  const linesOf = (cls: string) => new Set(predictions.filter((p) => p.class === cls).map((p) => key(p.file, p.line)));
  const misses: Miss[] = [];
  for (const ob of observed.lines) {
    const k = key(ob.file, ob.line);
    if (byLine.has(k)) continue;
    const m: Miss = { file: ob.file, line: ob.line, bytes: ob.bytes, reason: ob.reason };
    if (ob.via) m.via = ob.via;
    if (ob.reason === 'own-code') {
      const calls = o.callsAt?.get(k);
      const why = ownCodeReason(calls, noAllocation.has(k), o.callsAt !== undefined);
      m.reason = why.reason;
      if (why.via) m.via = why.via;
    }
    misses.push(m);
  }
  const falsePositives: FalsePositive[] = [];
  for (const [k, ps] of byLine) {
    if (!ran(k) || obs.has(k)) continue;
    const first = [...ps].sort((a, b) => classRank(a.class) - classRank(b.class))[0]!;
    falsePositives.push({ file: first.file, line: first.line, class: first.class, reason: fpReason(ps), message: first.message });
  }
  misses.sort((a, b) => b.bytes - a.bytes || (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  falsePositives.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  const countBy = <R extends string>(xs: { reason: R }[]) => {
    const out: Partial<Record<R, number>> = {};
    for (const x of xs) out[x.reason] = (out[x.reason] ?? 0) + 1;
    return out;
  };
  return {
    predictor,
    all: scoreOf('all', byLine.keys()),
    classes: classes.map((c) => scoreOf(c, linesOf(c))),
    misses,
    falsePositives,
    missesByReason: countBy(misses),
    falsePositivesByReason: countBy(falsePositives),
  };
}

/** Lines the analysis verified as not allocating (`no-allocation`), as `file\0line`. */
export function noAllocationLines(predictions: readonly Prediction[]): Set<string> {
  return new Set(predictions.filter((p) => p.class === 'no-allocation').map((p) => key(p.file, p.line)));
}

/** Library code of the module: module-relative Go files that are not tests. */
export function isModuleLibraryFile(file: string): boolean {
  return file !== '' && !file.startsWith('$') && !file.startsWith('<') && !file.startsWith('/') && file.endsWith('.go') && !file.endsWith('_test.go');
}

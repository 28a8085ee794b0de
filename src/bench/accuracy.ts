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
 *   seen allocating; a line predicted only by inlined copies ran when the
 *   inlined line ran too), the share that allocated; predicted lines that never
 *   ran are counted apart (a static tool cannot know which paths a
 *   benchmark takes);
 * - recall: of the lines that allocated, the share predicted;
 * - bytes-weighted recall: the same, weighted by the bytes each line allocated.
 * A line whose allocations were all inside functions it calls (reason
 * `in-callee`) comes true only for an `allocates-in-callee` line: under
 * any other class (a claim about the line's own code) it is a false
 * positive (`callee-allocated`) and a miss (`in-callee`).
 * Misses and false positives are listed with a reason each.
 *
 * A prediction's class is the analysis's allocation class: a heap
 * finding's (or inlined copy's) `verification.class` when the listing
 * verified it as allocating (`allocates` when the class is absent), its
 * verification status otherwise (`unverified`, `ambiguous`: predictions
 * of their own rows; `no-allocation`: the analysis saying the line does
 * not allocate, no prediction); an `allocates-without-escape` finding's
 * `details.class`. A `may-allocate` carries its condition (`append-growth`,
 * `map-growth`, …), scored in sub-rows. A line with several predictions
 * takes the most certain class (CLASS_ORDER), so the class rows split
 * `all`; its conditions are those of its `may-allocate` predictions.
 * Classes and conditions not known here score as they are named.
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
  /** `allocates`, `may-allocate`, `allocates-in-callee`, `unverified`, `ambiguous`, `no-allocation`, `raw-m`, or a class the analysis names. */
  class: string;
  /** `may-allocate`: when it allocates (`append-growth`, `map-growth`, …). */
  condition?: string;
  /** Why the analysis predicts it, for the false-positive reasons. */
  kind: string;
  message: string;
  /** An inlined copy, reported at the call that inlined it. */
  copy: boolean;
  /** An inlined copy: the line of the code inlined (the finding's own line). */
  origin?: { file: string; line: number };
  cause?: string;
  runtimeFunc?: string;
  /** `allocates-in-callee`: the function called (its linker symbol). */
  callee?: string;
}

/**
 * The predictions of a module that are scored: all but the `allocates-in-callee`
 * ones whose callee is in the module itself. The profile places what such a
 * callee allocates on the callee's own line (the innermost frame in the
 * module), where its own prediction is scored; its callers' lines never
 * allocate in the profile's terms.
 */
export function scoredPredictions(predictions: readonly Prediction[], module: string): Prediction[] {
  return predictions.filter(
    (p) => !(p.class === 'allocates-in-callee' && p.callee !== undefined && (p.callee.startsWith(`${module}.`) || p.callee.startsWith(`${module}/`))),
  );
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

/**
 * Why a predicted line that ran did not allocate: `callee-allocated` when
 * only functions it calls allocated (the line is a miss `in-callee` too),
 * `condition-not-met` for
 * a `may-allocate` line (its condition named: the append never grew, the
 * cache was filled, …), `append-never-grew` for an append not classed (raw
 * `-m`), then an inlined copy, an unverified one, or no allocation on the
 * path the run took.
 */
export type FalsePositiveReason = 'callee-allocated' | 'condition-not-met' | 'append-never-grew' | 'inlined-copy' | 'unverified' | 'no-allocation-on-path';

/** The allocation classes: a line of one of them is a verified prediction (the recall targets count these). */
export const ALLOCATION_CLASSES: readonly string[] = ['allocates', 'may-allocate', 'allocates-in-callee'];

export interface ClassScore {
  /** A class, `all`, or `classes` (the lines of ALLOCATION_CLASSES together). */
  class: string;
  /** A sub-row of `may-allocate`: its lines with this condition (a line with two conditions is in both). */
  condition?: string;
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
  /** `condition-not-met`: the conditions of the line's `may-allocate` predictions, joined by `, `. */
  condition?: string;
  reason: FalsePositiveReason;
  message: string;
}

export interface PredictorScore {
  /** `goescape` or `raw -m`. */
  predictor: string;
  /** Every predicting class together (with `unverified` and `ambiguous`). */
  all: ClassScore;
  /** The lines whose class is one of ALLOCATION_CLASSES; null for a predictor with none (raw `-m`). */
  classed: ClassScore | null;
  /** Each class on its own (a line in its most certain class), by name; `may-allocate`'s conditions right after it. */
  classes: ClassScore[];
  misses: Miss[];
  falsePositives: FalsePositive[];
  missesByReason: Partial<Record<MissReason, number>>;
  falsePositivesByReason: Partial<Record<FalsePositiveReason, number>>;
  /** `condition-not-met` false positives by condition (a line with two conditions counts under their joined name). */
  falsePositivesByCondition: Record<string, number>;
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
  verification?: { status?: unknown; runtimeFunc?: unknown; class?: unknown; condition?: unknown };
  details?: { runtimeFunc?: unknown; class?: unknown; condition?: unknown; callee?: unknown };
  inlinedSites?: unknown;
}

const HEAP_KINDS = new Set(['moved-to-heap', 'escapes-to-heap']);

/** A finding's or copy's class and condition (see the module comment); undefined when it predicts nothing either way. */
function classOf(s: JsonSite): { class: string; condition?: string } | undefined {
  const withCondition = (cls: string, from: { condition?: unknown } | undefined) =>
    typeof from?.condition === 'string' ? { class: cls, condition: from.condition } : { class: cls };
  if (s.kind === 'allocates-without-escape') {
    // Without --verify the finding has no class; it still names an allocator call.
    return withCondition(typeof s.details?.class === 'string' ? s.details.class : 'allocates-without-escape', s.details);
  }
  if (!HEAP_KINDS.has(String(s.kind))) return undefined;
  const v = s.verification;
  const status = typeof v?.status === 'string' ? v.status : 'unverified';
  if (status !== 'allocates') return { class: status };
  return withCondition(typeof v?.class === 'string' ? v.class : 'allocates', v);
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
    const p: Prediction = { file: s.pos.file, line: s.pos.line, ...cls, kind: String(s.kind), message: String(s.message ?? s.raw ?? ''), copy };
    const cause = s.cause ?? origin.cause;
    if (typeof cause === 'string') p.cause = cause;
    const rf = s.verification?.runtimeFunc ?? s.details?.runtimeFunc;
    if (typeof rf === 'string') p.runtimeFunc = rf;
    if (p.class === 'allocates-in-callee' && typeof s.details?.callee === 'string') p.callee = s.details.callee;
    if (copy && typeof origin.pos?.file === 'string' && typeof origin.pos.line === 'number') p.origin = { file: origin.pos.file, line: origin.pos.line };
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

/** Order in which a line's class is chosen when several predictions sit on it: the most certain first. */
const CLASS_ORDER = ['allocates', 'allocates-without-escape', 'may-allocate', 'allocates-in-callee', 'ambiguous', 'unverified', 'raw-m'];
const classRank = (c: string) => {
  const i = CLASS_ORDER.indexOf(c);
  return i < 0 ? CLASS_ORDER.length : i;
};
const byRank = (a: string, b: string) => classRank(a) - classRank(b) || (a < b ? -1 : a > b ? 1 : 0);

/** The class of a line: its most certain prediction's. */
const lineClass = (ps: readonly Prediction[]) => ps.map((p) => p.class).sort(byRank)[0]!;
/** The conditions of a `may-allocate` line, sorted. */
const lineConditions = (ps: readonly Prediction[]) => [...new Set(ps.filter((p) => p.class === 'may-allocate').map((p) => p.condition ?? 'unnamed'))].sort();

function fpReason(ps: readonly Prediction[]): FalsePositiveReason {
  if (lineClass(ps) === 'may-allocate') return 'condition-not-met';
  if (ps.some((p) => p.cause === 'append-growth' || p.runtimeFunc === 'runtime.growslice' || /^append\b|\bappend\(/.test(p.message)))
    return 'append-never-grew';
  if (ps.every((p) => p.copy)) return 'inlined-copy';
  if (ps.every((p) => p.class === 'unverified' || p.class === 'ambiguous')) return 'unverified';
  return 'no-allocation-on-path';
}

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
  // An inlined copy ran when its call line ran and so did the inlined line (in its own file): the call line's
  // coverage says nothing of the branch inside the inlined code. An origin outside the scope cannot be told.
  const copyRan = (p: Prediction) =>
    !p.copy || !p.origin || !inScope(p.origin.file) || executed.has(key(p.origin.file, p.origin.line)) || obs.has(key(p.origin.file, p.origin.line));
  const ran = (k: string) => obs.has(k) || (executed.has(k) && (byLine.get(k) ?? []).some(copyRan));
  const classOfLine = new Map([...byLine].map(([k, ps]) => [k, lineClass(ps)]));
  // A line whose profile shows allocations only inside functions it calls confirms only a prediction of that:
  // a prediction about the line's own code (allocates, may-allocate, raw -m) did not come true there.
  const confirmed = (k: string) => {
    const o = obs.get(k);
    const cls = classOfLine.get(k);
    return o !== undefined && cls !== undefined && (o.reason !== 'in-callee' || cls === 'allocates-in-callee');
  };
  // Over all classes: a line whose callee allocated is predicted when any prediction on it says a callee allocates.
  const confirmedAny = (k: string) => {
    const o = obs.get(k);
    const ps = byLine.get(k);
    return o !== undefined && ps !== undefined && (o.reason !== 'in-callee' || ps.some((p) => p.class === 'allocates-in-callee'));
  };
  const scoreOf = (cls: string, lines: Iterable<string>, isConfirmed: (k: string) => boolean = confirmed): ClassScore => {
    let predicted = 0;
    let ranN = 0;
    let allocated = 0;
    let bytes = 0;
    for (const k of lines) {
      predicted++;
      if (!ran(k)) continue;
      ranN++;
      const o = obs.get(k);
      if (o && isConfirmed(k)) {
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
  const linesWhere = (f: (cls: string, k: string) => boolean) => [...classOfLine].filter(([k, c]) => f(c, k)).map(([k]) => k);
  const classes: ClassScore[] = [];
  for (const cls of [...new Set(classOfLine.values())].sort(byRank)) {
    classes.push(
      scoreOf(
        cls,
        linesWhere((c) => c === cls),
      ),
    );
    if (cls !== 'may-allocate') continue;
    const conditions = new Map<string, string[]>();
    for (const k of linesWhere((c) => c === cls)) {
      for (const cond of lineConditions(byLine.get(k)!)) {
        const l = conditions.get(cond);
        if (l) l.push(k);
        else conditions.set(cond, [k]);
      }
    }
    for (const [cond, ks] of [...conditions].sort((a, b) => (a[0] < b[0] ? -1 : 1))) classes.push({ ...scoreOf(cls, ks), condition: cond });
  }
  const classedLines = linesWhere((c) => ALLOCATION_CLASSES.includes(c));
  const misses: Miss[] = [];
  for (const ob of observed.lines) {
    const k = key(ob.file, ob.line);
    if (confirmedAny(k)) continue;
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
    if (!ran(k) || confirmedAny(k)) continue;
    const first = [...ps].sort((a, b) => byRank(a.class, b.class))[0]!;
    const fp: FalsePositive = {
      file: first.file,
      line: first.line,
      class: first.class,
      reason: obs.has(k) ? 'callee-allocated' : fpReason(ps),
      message: first.message,
    };
    if (fp.reason === 'condition-not-met') fp.condition = lineConditions(ps).join(', ');
    falsePositives.push(fp);
  }
  misses.sort((a, b) => b.bytes - a.bytes || (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  falsePositives.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  const countBy = <R extends string>(xs: { reason: R }[]) => {
    const out: Partial<Record<R, number>> = {};
    for (const x of xs) out[x.reason] = (out[x.reason] ?? 0) + 1;
    return out;
  };
  const falsePositivesByCondition: Record<string, number> = {};
  for (const f of falsePositives) if (f.condition !== undefined) falsePositivesByCondition[f.condition] = (falsePositivesByCondition[f.condition] ?? 0) + 1;
  return {
    predictor,
    all: scoreOf('all', byLine.keys(), confirmedAny),
    classed: classedLines.length > 0 ? scoreOf('classes', classedLines, confirmedAny) : null,
    classes,
    misses,
    falsePositives,
    missesByReason: countBy(misses),
    falsePositivesByReason: countBy(falsePositives),
    falsePositivesByCondition,
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

/** A figure the accuracy benchmark is held to (issue's targets), with raw `-m`'s figure of the same kind beside it. */
export interface Target {
  /** `allocates-precision`, `recall`, `bytes-recall`, `may-allocate-precision`, `allocates-in-callee-precision`. */
  figure: string;
  value: number | null;
  /** At least this. */
  target: number;
  met: boolean;
  /** Raw `-m`'s figure (all its lines are one class); null where it has none to compare. */
  raw: number | null;
}

/**
 * The targets: precision of `allocates` ≥ 0.95, recall ≥ 0.95 and
 * bytes-weighted recall ≥ 0.99 counting the lines of the allocation
 * classes (not `unverified` or `ambiguous`), precision of `may-allocate`
 * and of `allocates-in-callee` ≥ 0.5 each (the latter when predicted).
 */
export function targetsOf(g: PredictorScore, raw?: PredictorScore): Target[] {
  const cls = (c: string) => g.classes.find((s) => s.class === c && s.condition === undefined);
  const t = (figure: string, value: number | null, target: number, rawValue: number | null | undefined): Target => ({
    figure,
    value,
    target,
    met: value !== null && value >= target,
    raw: rawValue ?? null,
  });
  const out = [
    t('allocates-precision', cls('allocates')?.precision ?? null, 0.95, raw?.all.precision),
    t('recall', g.classed?.recall ?? null, 0.95, raw?.all.recall),
    t('bytes-recall', g.classed?.bytesRecall ?? null, 0.99, raw?.all.bytesRecall),
    t('may-allocate-precision', cls('may-allocate')?.precision ?? null, 0.5, null),
  ];
  const callee = cls('allocates-in-callee');
  if (callee) out.push(t('allocates-in-callee-precision', callee.precision, 0.5, null));
  return out;
}

/**
 * Joins a heap profile (observed allocations) to the compiler's static
 * findings (predicted heap allocations). Pure.
 *
 * Each sample is attributed to the innermost frame of its stack whose
 * function belongs to an analyzed package (inlined frames count: pprof
 * expands a Location into one Line per inlined call, innermost first).
 * That frame's file and line are the observed allocation site. When that
 * frame's code was inlined into callers in the analyzed packages, the
 * bytes land on each of those call lines too (`inlinedAt`), as the
 * analysis's allocation sites name them: the origin's line and the call
 * that inlined it.
 *
 * Files are compared by full path in the analysis's form (module-relative,
 * `$GOROOT/src/...`, `$GOMODCACHE/...`; see {@link profilePathMapper}), never
 * by base name: two `pool.go` files are two files. pprof records one file
 * per function, so every line of a package's `init` (package-level
 * variables of all its files) carries the file of the first one; such a
 * line is placed in the file where the analysis has a finding of that
 * package's initialisation at that line, else in the file that declares a
 * package-level variable at that line, when exactly one file does.
 *
 * A site is predicted when a finding that predicts an allocation sits on
 * its line: a heap finding's own position or one of its inlined copies on
 * the heap, a non-constant-size allocation, or an allocation the `-S`
 * listing found without an escape. An allocation done inside a function
 * called (not inlined) from the line, outside the analyzed packages, is a
 * site of its own ("allocated in strconv.Itoa") and never joined to the
 * line's findings. Every unpredicted site says why the profile shows an
 * allocation there ({@link UnpredictedReason}).
 *
 * @module
 */
import type { AnalysisResult } from '../model/result.js';
import type { Finding } from '../model/finding.js';
import { isHeapKind, type FindingKind } from '../model/kinds.js';
import type { SourcePos } from '../model/position.js';
import type { Cause } from '../model/causes.js';
import { splitGoSymbol, type HeapSample, type ProfileFrame } from '../parse/pprof.js';

export interface Amount {
  bytes: number;
  objects: number;
}

export interface FindingRef {
  key: string;
  kind: FindingKind;
  pkg: string;
  func: string;
  pos: SourcePos;
  message: string;
  cause?: Cause;
}

/**
 * What allocated at an observed site, read from the sample's stack (for an
 * unpredicted site: why no finding predicts it):
 * - `own-code`: the line's own code allocated, through a runtime allocation entry point (`newobject`, `makeslice`, `growslice`, `convT`, …)
 *   or another runtime function: runtime/pprof hides the runtime frames at the top of a heap profile's stacks, so the profile
 *   alone cannot tell which (the accuracy benchmark reads the `-S` listing for it);
 * - `in-callee`: a function called from the line (not inlined), outside the analyzed packages, allocated;
 * - `type-assertion-cache`: the runtime filled a type assertion's or type switch's cache (`typeAssert`, `interfaceSwitch`, `getitab`);
 * - `map-growth`: a map grew or was made (`mapassign*`, `makemap*`, `internal/runtime/maps`);
 * - `channel-wait`: a blocking channel operation or `select` took a sudog (`acquireSudog`);
 * - `runtime-internal`: another runtime function that is not an allocation entry point (`AddCleanup`, …);
 * - `inlined-code`: code inlined at the line from another package allocated;
 */
export type AllocationReason = 'own-code' | 'in-callee' | 'type-assertion-cache' | 'map-growth' | 'channel-wait' | 'runtime-internal' | 'inlined-code';

/** A call line in an analyzed package into which an observed site's code was inlined. */
export interface InlinedAtLine {
  pkg: string;
  func: string;
  file: string;
  line: number;
  /** Findings predicting the allocation at this call line (the origin's inlined copies there). */
  findings: FindingRef[];
}

/** One source line where analyzed code allocated, as observed in the profile. */
export interface ObservedSite extends Amount {
  pkg: string;
  /** Function as the compiler names it (`F`, `(*T).M`, `F.func1`). */
  func: string;
  /** The file in the analysis's form: module-relative, `$GOROOT/src/...`, `$GOMODCACHE/...`, else as recorded. */
  file: string;
  line: number;
  /** Share of all bytes attributed to analyzed packages, 0..1. */
  share: number;
  /** Number of profile samples (distinct stacks) folded into this site. */
  samples: number;
  /**
   * Functions outside the analyzed packages, called from this line, that
   * did the allocation (by bytes, largest first); empty when the line
   * itself allocates (directly, through a runtime allocation entry
   * point, or in code inlined into it). Such callee sites are never joined to the line's findings.
   */
  via: string[];
  /** The runtime functions the line's own code called to allocate (`runtime.newobject`), by bytes, largest first. */
  runtimeFuncs: string[];
  /** Functions of other packages inlined at this line whose code allocated (`strings.(*Builder).grow`), by bytes. */
  inlined: string[];
  /** The call lines, in analyzed packages, that inlined this site's code (innermost first); the bytes land on them too. */
  inlinedAt: InlinedAtLine[];
  /** The static findings on this line; empty for an unpredicted site. */
  findings: FindingRef[];
  /** What allocated there, by most bytes (for an unpredicted site: why no finding predicts it). */
  reason: AllocationReason;
  /**
   * A line of a package's `init`, whose file pprof cannot tell: `resolved`
   * when the analysis placed it in one file, `unresolved` when it kept the
   * file pprof recorded.
   */
  initFile?: 'resolved' | 'unresolved';
}

export interface ProfileJoin {
  /** Every sample in the profile(s). */
  total: Amount & { samples: number };
  /** Samples attributed to a frame in an analyzed package. */
  inPackages: Amount;
  /** Of those: on a line with a finding that predicts an allocation. */
  predicted: Amount;
  /** Of those: on a line without one. */
  unpredicted: Amount;
  /** Samples with no frame in an analyzed package (runtime, testing, dependencies). */
  outside: Amount;
  /** (predicted + unpredicted) / inPackages bytes; 1 by construction unless the profile is empty. */
  accountedBytesShare: number;
  /** predicted / inPackages bytes. */
  predictedBytesShare: number;
  /** Predicted sites, biggest allocator first (bytes, then objects). */
  ranking: ObservedSite[];
  /** Observed sites with no static heap finding, biggest first. */
  unpredictedSites: ObservedSite[];
  /** Static heap findings (see {@link predictsHeap}) in the analyzed packages that no sample reached. */
  unexercised: FindingRef[];
}

export interface JoinOptions {
  /** Import paths of the analyzed packages (test variants: the plain path), those with no compiler output included. */
  packages: Iterable<string>;
  /** Findings of the analysis (only those that predict an allocation are joined). */
  findings: readonly Finding[];
  /** Maps a file as the profile records it to the analysis's form ({@link profilePathMapper}); default: as recorded. */
  mapFile?: (file: string) => string;
  /**
   * Package → its files (the analysis's form) → the `[first, last]` lines of
   * their package-level `var` declarations: where a line of the package's
   * `init` is, when no finding says.
   */
  packageVars?: ReadonlyMap<string, ReadonlyMap<string, readonly (readonly [number, number])[]>>;
}

/**
 * Maps the absolute paths a profile records to the form the analysis
 * names files in (analyze/paths.ts): module-relative with `/`,
 * `$GOROOT/src/...`, `$GOMODCACHE/...`. A binary built with `-trimpath`
 * records `<module path>/<file>` for module code: that maps to the
 * module-relative file too. A profile recorded in another checkout of the
 * module names its files under that checkout's directory: a path that ends
 * in `/<file>` for a module-relative file of `knownFiles` maps to the
 * longest such file (the whole module-relative path, never the base name
 * alone). String work only: the profile's files need not exist here.
 */
export function profilePathMapper(ctx: {
  moduleRoot?: string;
  modulePath?: string;
  goroot?: string;
  gomodcache?: string;
  knownFiles?: Iterable<string>;
}): (file: string) => string {
  const cache = new Map<string, string>();
  const strip = (d: string | undefined) =>
    d
      ? d
          .replace(/[\\/]+$/, '')
          .split('\\')
          .join('/')
      : undefined;
  const root = strip(ctx.moduleRoot);
  const goroot = strip(ctx.goroot);
  const modcache = strip(ctx.gomodcache);
  const known = [...new Set(ctx.knownFiles ?? [])].filter((f) => f !== '' && !f.startsWith('$') && !f.startsWith('<') && !f.startsWith('/'));
  const compute = (raw: string): string => {
    const file = raw.split('\\').join('/');
    if (root && file.startsWith(root + '/')) return file.slice(root.length + 1);
    if (goroot && file.startsWith(goroot + '/')) return '$GOROOT' + file.slice(goroot.length);
    if (modcache && file.startsWith(modcache + '/')) return '$GOMODCACHE' + file.slice(modcache.length);
    if (ctx.modulePath && file.startsWith(ctx.modulePath + '/')) return file.slice(ctx.modulePath.length + 1);
    let best: string | undefined;
    for (const k of known) if (file.endsWith('/' + k) && (best === undefined || k.length > best.length)) best = k;
    return best ?? file;
  };
  return (file) => {
    let out = cache.get(file);
    if (out === undefined) cache.set(file, (out = compute(file)));
    return out;
  };
}

/** Package of a Go symbol, ignoring generic type arguments (which may contain paths). */
function symbolPkg(sym: string): { pkg: string; func: string } {
  const br = sym.indexOf('[');
  if (br < 0) return splitGoSymbol(sym);
  const head = splitGoSymbol(sym.slice(0, br));
  return { pkg: head.pkg, func: head.func + sym.slice(br) };
}

/** External test packages (`p_test`) belong to the analyzed package `p`. */
function analyzedPkg(pkg: string, set: Set<string>): string | undefined {
  if (set.has(pkg)) return pkg;
  if (pkg.endsWith('_test') && set.has(pkg.slice(0, -5))) return pkg;
  return undefined;
}

function ref(f: Finding): FindingRef {
  const r: FindingRef = { key: f.key, kind: f.kind, pkg: f.pkg, func: f.func, pos: f.pos, message: f.message };
  if (f.cause) r.cause = f.cause;
  return r;
}

const lineKey = (file: string, line: number) => `${file}\0${line}`;

/**
 * Findings that predict a heap allocation: heap kinds, values the
 * compiler keeps off the escape graph's heap but still allocates with
 * `new`/`makeslice` because their size is not constant, and allocations
 * a verifying run found in the machine code without an escape.
 */
export function predictsHeap(f: Finding): boolean {
  return isHeapKind(f.kind) || f.cause === 'non-constant-size' || f.kind === 'allocates-without-escape';
}

/** The runtime's allocation entry points (makeslice, growslice, newobject, makechan, convT, …) count as the line itself allocating. */
function isRuntimeFrame(func: string): boolean {
  const { pkg } = symbolPkg(func);
  return pkg === 'runtime' || pkg.startsWith('internal/runtime/') || pkg === 'internal/abi' || pkg === 'unsafe';
}

/** A package's initialisation function, whose Lines pprof records under one file (not `init.0`, a declared `func init`). */
function isPackageInit(func: string): boolean {
  return func === 'init';
}

/** Runtime functions that allocate what a Go expression asks for: a line calling one allocates by itself. */
export const ALLOCATION_ENTRY =
  /^runtime\.(mallocgc|newobject|newarray|makeslice|makeslice64|makeslicecopy|growslice|makechan|makechan64|convT|convT16|convT32|convT64|convTstring|convTslice|convTnoptr|concatstring[s2345]?|concatbyte[s2345]?|slicebytetostring|slicerunetostring|stringtoslicebyte|stringtoslicerune|intstring|rawstring|rawbyteslice|rawruneslice|newproc|deferproc|closure|moveSlice|moveSliceNoCap|moveSliceNoScan|moveSliceNoCapNoScan|growsliceBuf|growsliceBufNoAlias)\b/;

/** Why the runtime allocated, from the runtime frames between the allocation and the analyzed code (innermost first). */
function runtimeReason(frames: readonly ProfileFrame[]): AllocationReason | undefined {
  const names = frames.map((f) => f.func);
  if (names.some((n) => /^runtime\.(typeAssert|interfaceSwitch|getitab|assertE2I2?|typeAssert|itabAdd|itabsinit)\b/.test(n))) return 'type-assertion-cache';
  if (names.some((n) => /^runtime\.(mapassign|makemap|hashGrow|growWork|mapinitnoop)/.test(n) || n.startsWith('internal/runtime/maps.'))) return 'map-growth';
  if (names.some((n) => /^runtime\.(acquireSudog|selectgo|chansend|chanrecv)\b/.test(n))) return 'channel-wait';
  return undefined;
}

interface SiteAcc extends ObservedSite {
  viaBytes: Map<string, number>;
  runtimeBytes: Map<string, number>;
  inlinedBytes: Map<string, number>;
  reasonBytes: Map<AllocationReason, number>;
  atBytes: Map<string, InlinedAtLine>;
}

function byBytes<K>(m: Map<K, number>): K[] {
  return [...m.entries()].sort((a, b) => b[1] - a[1] || (String(a[0]) < String(b[0]) ? -1 : 1)).map(([k]) => k);
}

const add = <K>(m: Map<K, number>, k: K, n: number) => m.set(k, (m.get(k) ?? 0) + n);

export function joinProfile(samples: readonly HeapSample[], opts: JoinOptions): ProfileJoin {
  const pkgSet = new Set(opts.packages);
  const mapFile = opts.mapFile ?? ((f: string) => f);
  const heap = opts.findings.filter(predictsHeap);
  // Line index: each predicting finding's own line and each of its inlined copies on the heap.
  const byLine = new Map<string, Finding[]>();
  const push = (k: string, f: Finding) => {
    const l = byLine.get(k);
    if (l) {
      if (!l.includes(f)) l.push(f);
    } else byLine.set(k, [f]);
  };
  for (const f of heap) {
    push(lineKey(f.pos.file, f.pos.line), f);
    for (const s of f.inlinedSites ?? []) if (isHeapKind(s.kind)) push(lineKey(s.pos.file, s.pos.line), f);
  }
  // Package initialisation: package → line → files where the analysis has a finding of it.
  const initFiles = new Map<string, Map<number, Set<string>>>();
  for (const f of opts.findings) {
    if (f.func !== '' && f.func !== 'init' && !f.func.startsWith('init.') && !f.func.startsWith('glob.')) continue;
    let byNum = initFiles.get(f.pkg);
    if (!byNum) initFiles.set(f.pkg, (byNum = new Map()));
    let files = byNum.get(f.pos.line);
    if (!files) byNum.set(f.pos.line, (files = new Set()));
    files.add(f.pos.file);
  }
  const placeInit = (pkg: string, file: string, line: number): { file: string; initFile: 'resolved' | 'unresolved' } => {
    if (byLine.has(lineKey(file, line))) return { file, initFile: 'resolved' };
    const files = [...(initFiles.get(pkg)?.get(line) ?? [])];
    if (files.length === 1) return { file: files[0]!, initFile: 'resolved' };
    const declared = [...(opts.packageVars?.get(pkg) ?? [])].filter(([, ranges]) => ranges.some(([a, b]) => a <= line && line <= b)).map(([f]) => f);
    return declared.length === 1 ? { file: declared[0]!, initFile: 'resolved' } : { file, initFile: 'unresolved' };
  };
  const found = (file: string, line: number) => (byLine.get(lineKey(file, line)) ?? []).map(ref);

  const zero = (): Amount => ({ bytes: 0, objects: 0 });
  const total = { ...zero(), samples: 0 };
  const inPackages = zero();
  const outside = zero();
  const sites = new Map<string, SiteAcc>();
  for (const s of samples) {
    total.samples++;
    total.bytes += s.allocBytes;
    total.objects += s.allocObjects;
    if (s.allocBytes === 0 && s.allocObjects === 0) continue;
    let hit = -1;
    let pkg: string | undefined;
    let func = '';
    for (let i = 0; i < s.stack.length; i++) {
      const sym = symbolPkg(s.stack[i]!.func);
      pkg = analyzedPkg(sym.pkg, pkgSet);
      if (pkg !== undefined) {
        hit = i;
        func = sym.func;
        break;
      }
    }
    if (hit < 0 || pkg === undefined) {
      outside.bytes += s.allocBytes;
      outside.objects += s.allocObjects;
      continue;
    }
    inPackages.bytes += s.allocBytes;
    inPackages.objects += s.allocObjects;
    const frame = s.stack[hit]!;
    // Frames below `hit` inlined into its function are its own machine code; the first frame below them
    // that is not inlined is the function the code called (pprof: a Location's Lines, innermost first).
    let k = hit;
    while (k > 0 && s.stack[k - 1]!.inlined) k--;
    const called = k > 0 ? s.stack[k - 1]! : undefined;
    const inlinedHere = s.stack.slice(k, hit).map((f) => f.func);
    // A line that calls a non-runtime function which allocates (strconv.Itoa, bytes.(*Buffer).WriteString,
    // testing.(*B).Run) is a site of its own: the line's findings are about the line's own values.
    const callee = called && !isRuntimeFrame(called.func) ? called.func : undefined;
    let file = mapFile(frame.file);
    let initFile: 'resolved' | 'unresolved' | undefined;
    if (isPackageInit(func)) ({ file, initFile } = placeInit(pkg, file, frame.line));
    const lk = lineKey(file, frame.line);
    const key = callee ? `${lk}\0callee` : lk;
    let site = sites.get(key);
    if (!site) {
      site = {
        pkg,
        func,
        file,
        line: frame.line,
        bytes: 0,
        objects: 0,
        share: 0,
        samples: 0,
        via: [],
        runtimeFuncs: [],
        inlined: [],
        inlinedAt: [],
        reason: 'own-code',
        findings: callee ? [] : found(file, frame.line),
        viaBytes: new Map(),
        runtimeBytes: new Map(),
        inlinedBytes: new Map(),
        reasonBytes: new Map(),
        atBytes: new Map(),
      };
      if (initFile) site.initFile = initFile;
      sites.set(key, site);
    }
    site.bytes += s.allocBytes;
    site.objects += s.allocObjects;
    site.samples++;
    if (callee) add(site.viaBytes, callee, s.allocBytes);
    else {
      if (called) add(site.runtimeBytes, called.func, s.allocBytes);
      for (const f of inlinedHere) add(site.inlinedBytes, f, s.allocBytes);
    }
    const reason: AllocationReason = callee
      ? 'in-callee'
      : (runtimeReason(s.stack.slice(0, k)) ??
        (inlinedHere.length > 0 ? 'inlined-code' : called && !ALLOCATION_ENTRY.test(called.func) ? 'runtime-internal' : 'own-code'));
    add(site.reasonBytes, reason, s.allocBytes);
    // The call lines in analyzed packages that inlined this code: the same bytes, at the analysis's copies.
    if (!callee) {
      for (let j = hit + 1; j < s.stack.length && s.stack[j - 1]!.inlined; j++) {
        const outer = s.stack[j]!;
        const sym = symbolPkg(outer.func);
        const opkg = analyzedPkg(sym.pkg, pkgSet);
        if (opkg === undefined) continue;
        const ofile = mapFile(outer.file);
        const ak = lineKey(ofile, outer.line);
        if (!site.atBytes.has(ak)) site.atBytes.set(ak, { pkg: opkg, func: sym.func, file: ofile, line: outer.line, findings: found(ofile, outer.line) });
      }
    }
  }

  const observedKeys = new Set<string>();
  const predicted = zero();
  const unpredicted = zero();
  const ranking: ObservedSite[] = [];
  const unpredictedSites: ObservedSite[] = [];
  for (const { viaBytes, runtimeBytes, inlinedBytes, reasonBytes, atBytes, ...site } of sites.values()) {
    site.share = inPackages.bytes > 0 ? site.bytes / inPackages.bytes : 0;
    site.via = byBytes(viaBytes);
    site.runtimeFuncs = byBytes(runtimeBytes);
    site.inlined = byBytes(inlinedBytes);
    site.inlinedAt = [...atBytes.values()];
    site.reason = byBytes(reasonBytes)[0]!;
    for (const at of site.inlinedAt) for (const f of at.findings) observedKeys.add(f.key);
    if (site.findings.length > 0) {
      predicted.bytes += site.bytes;
      predicted.objects += site.objects;
      ranking.push(site);
      for (const f of site.findings) observedKeys.add(f.key);
    } else {
      unpredicted.bytes += site.bytes;
      unpredicted.objects += site.objects;
      unpredictedSites.push(site);
    }
  }
  const bySize = (a: ObservedSite, b: ObservedSite) =>
    b.bytes - a.bytes || b.objects - a.objects || (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line) || a.via.length - b.via.length;
  ranking.sort(bySize);
  unpredictedSites.sort(bySize);
  const unexercised = heap
    .filter((f) => isHeapKind(f.kind) || f.cause === 'non-constant-size')
    .filter((f) => !observedKeys.has(f.key) && analyzedPkg(f.pkg, pkgSet) !== undefined)
    .map(ref);
  const share = (n: number) => (inPackages.bytes > 0 ? n / inPackages.bytes : 0);
  return {
    total,
    inPackages,
    predicted,
    unpredicted,
    outside,
    accountedBytesShare: share(predicted.bytes + unpredicted.bytes),
    predictedBytesShare: share(predicted.bytes),
    ranking,
    unpredictedSites,
    unexercised,
  };
}

/**
 * Copies a join's observed weights onto the analysis: each predicted site's
 * bytes and objects onto its findings, and the totals onto the result (for
 * the HTML report's "top heap sites by profile weight").
 */
export function attachProfile(result: AnalysisResult, join: ProfileJoin, profiles: string[]): void {
  const byKey = new Map(result.findings.map((f) => [f.key, f]));
  for (const site of join.ranking) {
    // A finding at the origin line and at a call line that inlined it is weighed once per site.
    const refs = new Map<string, FindingRef>();
    for (const r of [...site.findings, ...site.inlinedAt.flatMap((a) => a.findings)]) refs.set(r.key, r);
    for (const ref of refs.values()) {
      const f = byKey.get(ref.key);
      if (!f) continue;
      const prev = f.profile;
      f.profile = prev
        ? { bytes: prev.bytes + site.bytes, objects: prev.objects + site.objects, share: prev.share + site.share }
        : { bytes: site.bytes, objects: site.objects, share: site.share };
    }
  }
  result.profile = {
    profiles,
    totalBytes: join.total.bytes,
    inPackagesBytes: join.inPackages.bytes,
    predictedBytes: join.predicted.bytes,
    unpredictedBytes: join.unpredicted.bytes,
    predictedBytesShare: join.predictedBytesShare,
  };
}

/**
 * Joins a heap profile (observed allocations) to the compiler's static
 * findings (predicted heap allocations). Pure.
 *
 * Each sample is attributed to the innermost frame of its stack whose
 * function belongs to an analyzed package (inlined frames count: pprof
 * expands a Location into one Line per inlined call, innermost first).
 * That frame's package, file and line are the observed allocation site.
 * A site is predicted when a heap finding (moved to heap / escapes to
 * heap, or a non-constant-size allocation) sits on the same line of the
 * same file of that package, either as the finding's own position or as
 * one of its inlined copies, and the line itself allocated (directly or
 * through a runtime entry point such as runtime.makeslice). Allocations
 * done inside a called function outside the analyzed packages are sites
 * of their own ("allocated in strconv.Itoa") and never predicted.
 *
 * Files are compared by package and base name (a Go package is one
 * directory), so a profile recorded in another checkout or machine still
 * joins.
 *
 * @module
 */
import type { AnalysisResult } from '../model/result.js';
import type { Finding } from '../model/finding.js';
import { isHeapKind, type FindingKind } from '../model/kinds.js';
import type { SourcePos } from '../model/position.js';
import type { Cause } from '../model/causes.js';
import { splitGoSymbol, type HeapSample } from '../parse/pprof.js';

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

/** One source line where analyzed code allocated, as observed in the profile. */
export interface ObservedSite extends Amount {
  pkg: string;
  /** Function as the compiler names it (`F`, `(*T).M`, `F.func1`). */
  func: string;
  /** Module-relative when the file is one of the analyzed findings' files; else as recorded. */
  file: string;
  line: number;
  /** Share of all bytes attributed to analyzed packages, 0..1. */
  share: number;
  /** Number of profile samples (distinct stacks) folded into this site. */
  samples: number;
  /**
   * Functions outside the analyzed packages, called from this line, that
   * did the allocation (by bytes, largest first); empty when the line
   * itself allocates (directly or through a runtime allocation entry
   * point). Such callee sites are never joined to the line's findings.
   */
  via: string[];
  /** The static heap findings on this line; empty for an unpredicted site. */
  findings: FindingRef[];
}

export interface ProfileJoin {
  /** Every sample in the profile(s). */
  total: Amount & { samples: number };
  /** Samples attributed to a frame in an analyzed package. */
  inPackages: Amount;
  /** Of those: on a line with a static heap finding. */
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
  /** Import paths of the analyzed packages (test variants: the plain path). */
  packages: Iterable<string>;
  /** Findings of the analysis (only heap kinds are joined). */
  findings: readonly Finding[];
}

function baseName(file: string): string {
  const i = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
  return i < 0 ? file : file.slice(i + 1);
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

const siteKey = (pkg: string, file: string, line: number) => `${pkg}\0${baseName(file)}\0${line}`;

/**
 * Findings that predict a heap allocation: heap kinds, and values the
 * compiler keeps off the escape graph's heap but still allocates with
 * `new`/`makeslice` because their size is not constant.
 */
export function predictsHeap(f: Finding): boolean {
  return isHeapKind(f.kind) || f.cause === 'non-constant-size';
}

/** The runtime's allocation entry points (makeslice, growslice, newobject, makechan, convT, …) count as the line itself allocating. */
function isRuntimeFrame(func: string): boolean {
  const { pkg } = symbolPkg(func);
  return pkg === 'runtime' || pkg.startsWith('internal/runtime/') || pkg === 'internal/abi' || pkg === 'unsafe';
}

export function joinProfile(samples: readonly HeapSample[], opts: JoinOptions): ProfileJoin {
  const pkgSet = new Set(opts.packages);
  const heap = opts.findings.filter(predictsHeap);
  // Line index: own positions first, inlined copies as a fallback.
  const byLine = new Map<string, Finding[]>();
  const byInlined = new Map<string, Finding[]>();
  const fileOf = new Map<string, string>(); // pkg\0base → module-relative file
  const add = (m: Map<string, Finding[]>, k: string, f: Finding) => {
    const l = m.get(k);
    if (l) {
      if (!l.includes(f)) l.push(f);
    } else m.set(k, [f]);
  };
  for (const f of opts.findings) fileOf.set(`${f.pkg}\0${baseName(f.pos.file)}`, f.pos.file);
  for (const f of heap) {
    add(byLine, siteKey(f.pkg, f.pos.file, f.pos.line), f);
    for (const s of f.inlinedSites ?? []) add(byInlined, siteKey(s.pkg, s.pos.file, s.pos.line), f);
  }

  const zero = (): Amount => ({ bytes: 0, objects: 0 });
  const total = { ...zero(), samples: 0 };
  const inPackages = zero();
  const outside = zero();
  const sites = new Map<string, ObservedSite & { viaBytes: Map<string, number> }>();
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
    // Findings of an external test package are recorded under its import path too.
    // A line that calls a non-runtime function which allocates (strconv.Itoa,
    // bytes.(*Buffer).WriteString, testing.(*B).Run) is a site of its own: the
    // line's findings are about the line's own values, not the callee's.
    const callee = hit > 0 && !isRuntimeFrame(s.stack[hit - 1]!.func) ? s.stack[hit - 1]!.func : undefined;
    const lineKey = siteKey(pkg, frame.file, frame.line);
    const k = callee ? `${lineKey}\0callee` : lineKey;
    let site = sites.get(k);
    if (!site) {
      const found = callee ? [] : byLine.get(lineKey) ?? byInlined.get(lineKey) ?? [];
      site = {
        pkg,
        func,
        file: fileOf.get(`${pkg}\0${baseName(frame.file)}`) ?? frame.file,
        line: frame.line,
        bytes: 0,
        objects: 0,
        share: 0,
        samples: 0,
        via: [],
        findings: found.map(ref),
        viaBytes: new Map(),
      };
      sites.set(k, site);
    }
    site.bytes += s.allocBytes;
    site.objects += s.allocObjects;
    site.samples++;
    if (callee) {
      site.viaBytes.set(callee, (site.viaBytes.get(callee) ?? 0) + s.allocBytes);
    }
  }

  const observedKeys = new Set<string>();
  const predicted = zero();
  const unpredicted = zero();
  const ranking: ObservedSite[] = [];
  const unpredictedSites: ObservedSite[] = [];
  for (const { viaBytes, ...site } of sites.values()) {
    site.share = inPackages.bytes > 0 ? site.bytes / inPackages.bytes : 0;
    site.via = [...viaBytes.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([f]) => f);
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
    b.bytes - a.bytes || b.objects - a.objects || (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line);
  ranking.sort(bySize);
  unpredictedSites.sort(bySize);
  const unexercised = heap
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
    for (const ref of site.findings) {
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

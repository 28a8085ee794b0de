/**
 * The streaming scheduler of the analysis: each package's findings
 * attributed as its block is parsed, and digested while go is idle.
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import type { Finding } from '../model/finding.js';
import { isExplainedKind, isHeapKind } from '../model/kinds.js';
import { importPathOfDesc } from '../model/result.js';
import type { PackageOutput } from '../parse/m-output.js';
import { Attributor, RepeatFolder, compareFindings, type FoldBlock } from '../analyze/attribute.js';
import { KeyMaker, numberRepeats } from '../analyze/keys.js';
import { classify, type Classification, type SourceLookup } from '../analyze/classify.js';
import { explainFinding } from '../analyze/explain.js';
import type { PathNormalizer } from '../analyze/paths.js';
import { GoTypes } from '../analyze/go-types.js';
import { goSourceFiles } from './go-source-files.js';
import type { ListedPackage } from '../toolchain/go-list.js';
import { timingNote } from '../util/timing.js';

/** How long go's output must pause before what came in is digested. */
const IDLE_MS = 10;

/** A package's output: its blocks (usually one) merged, and what the analysis has worked out of them so far. */
interface PackageBlocks {
  /** Its first block (its headers and line count are the first block's). */
  out: PackageOutput;
  /** Output lines of all its blocks, headers included. */
  lines: number;
  /** Header lines of all its blocks. */
  headerLines: number;
  /** Findings of all its blocks, in the compiler's order. */
  findings: Finding[];
  /** Number of blocks it printed. */
  blocks: number;
  /** The fold's first pass of each block (RepeatFolder.add). */
  folds: FoldBlock[];
  /** `findings` sorted (compareFindings), while it is one block: sorting per package sorts the whole. */
  sorted: Finding[] | undefined;
}

/**
 * Attributes each package's findings as soon as its block is parsed and
 * `go list` has told where packages live, so the work overlaps with the
 * compile and the parsed records can be freed early. Packages with lines
 * goescape does not know wait for the end: only then is it known whether
 * they failed to compile (their unknown lines are then errors).
 *
 * Each block is then digested (digest): the fold's first pass (with where
 * its second will look for origins), the key of each finding but its
 * ordinal, chains set and heap escapes and leaks classified, the package
 * sorted.
 * When `whileIdle`, that happens while go is quiet: a cold compile of std
 * leaves the process idle most of the time between packages, so little is
 * left for after go exits; a compile replayed from go's cache streams
 * without pause, and the work waits for the end as it would anyway. Blocks
 * are digested in the order they came in, which is their package's final
 * order unless test variants (`p`, `p [p.test]`) share an import path: with
 * test variants, everything waits for the end (digestAll) and is digested
 * in package order. Exported for tests.
 */
export class StreamingAttribution {
  private queue: PackageOutput[] = [];
  attributor: Attributor | undefined;
  packageDirs = new Map<string, string>();
  /** Each listed package's name (its package clause, as go list reports it), by import path. */
  packageNames = new Map<string, string>();
  /** Absolute directory of each listed package. */
  absoluteDirs = new Map<string, string>();
  /** Normalised Go files of the listed packages (test files included in test variants), by normalised directory. */
  private filesByDir = new Map<string, Set<string>>();
  readonly done = new Map<string, PackageBlocks>();
  readonly deferred: PackageOutput[] = [];
  readonly folder = new RepeatFolder();
  /** Functions declared in each package: the compiler's names (can/cannot inline lines), plus the declarations in its directory's files. */
  private declared = new Map<string, Set<string>>();
  private declScanned = new Set<string>();
  /** Leaking parameters get their explanations, chain and cause (AnalyzeOptions.explainLeaks). */
  explainLeaks = true;
  /** Findings get their keys (AnalyzeOptions.keys). */
  keyed = true;
  /** Steps of inlined code move to their own lines (AnalyzeOptions.placeInlinedSteps). */
  placesSteps = true;
  /** Generated code's findings name the method they wrap (AnalyzeOptions.nameWrappers). */
  namesWrappers = true;
  /** Heap escapes and leaks classified when their block was digested. */
  private classified = new Map<Finding, Classification>();
  /** Import paths that declared more functions after some of their findings were classified (a later block). */
  private redeclared = new Set<string>();
  /** The first finding digested with each key but its ordinal: most keys occur once and need no ordinal. */
  private firstWithKey = new Map<string, Finding>();
  /** The findings (copies included) of each key that recurs, in the order digested. */
  private recurringKeys = new Map<string, Finding[]>();
  /** Import paths with a block digested. */
  private digestedPaths = new Set<string>();
  lookup: SourceLookup | undefined;
  /** Keys: fingerprints of statements and closures read through the same reader as the attribution. */
  keys = new KeyMaker();
  /** Blocks attributed and not yet digested, in the order they came in. */
  private undigested: { pb: PackageBlocks; findings: Finding[] }[] = [];
  private lastOutputAt = 0;
  private idleTimer: NodeJS.Timeout | undefined;
  private idleImmediate: NodeJS.Immediate | undefined;
  /** A failure while digesting between outputs, thrown again by digestAll. */
  private idleError: unknown;

  constructor(
    readonly paths: PathNormalizer,
    private readonly whileIdle: boolean,
    private readonly onSourceRead?: (absPath: string) => void,
    private readonly readSource: (absPath: string) => Buffer | undefined = readSourceFile,
  ) {}

  /** go's output was just handled: go is not idle. */
  output(): void {
    this.lastOutputAt = performance.now();
  }

  ready(listed: ListedPackage[]): void {
    for (const p of listed) {
      if (!p.Dir) continue;
      const path = importPathOfDesc(p.ImportPath);
      const dir = this.paths.normalize(p.Dir) || '.';
      this.packageDirs.set(path, dir);
      if (p.Name) this.packageNames.set(path, p.Name);
      this.absoluteDirs.set(path, p.Dir);
      let files = this.filesByDir.get(dir);
      if (!files) this.filesByDir.set(dir, (files = new Set()));
      // Absolute names are generated files (a test main in the build cache).
      for (const name of [...(p.GoFiles ?? []), ...(p.CgoFiles ?? [])]) if (!isAbsolute(name)) files.add(this.paths.normalize(join(p.Dir, name)));
    }
    // The attribution and the type lookups read source through one reader, which reports each read.
    const readSource = (abs: string): Buffer | undefined => {
      this.onSourceRead?.(abs);
      return this.readSource(abs);
    };
    const attributor = (this.attributor = new Attributor({
      paths: this.paths,
      packageDirs: this.packageDirs,
      packageNames: this.packageNames,
      readSource,
      explainLeaks: this.explainLeaks,
    }));
    this.keys = new KeyMaker({ absolute: (file) => this.paths.absolute(file), readSource, scanned: (file) => attributor.scanned(file) });
    const main = listed.find((p) => p.Module?.Main && p.Module.Dir)?.Module;
    this.lookup = {
      lineText: (file, line) => attributor.lineText(file, line),
      literalAt: (pos) => attributor.literalAt(pos),
      importPathFor: (file, name) => attributor.importPathFor(file, name),
      declaredFuncs: (pkg) => this.declaredFuncs(pkg),
      types: new GoTypes(
        goSourceFiles({
          paths: this.paths,
          packageDirs: this.packageDirs,
          filesByDir: this.filesByDir,
          packageNames: this.packageNames,
          ...(main ? { mainModule: { path: main.Path, dir: main.Dir! } } : {}),
          readSource,
        }),
      ),
    };
    const queued = this.queue;
    this.queue = [];
    for (const out of queued) this.add(out);
  }

  add(out: PackageOutput): void {
    if (!this.attributor) {
      this.queue.push(out);
      return;
    }
    if (out.unrecognized.length > 0) {
      this.deferred.push(out);
      return;
    }
    this.attribute(out);
  }

  attribute(out: PackageOutput): void {
    const path = importPathOfDesc(out.pkg);
    this.attributor!.prepare(out.findings, this.absoluteDirs.get(path));
    const findings = this.attributor!.attribute(path, out.findings, this.absoluteDirs.get(path));
    out.findings = [];
    let pb = this.done.get(out.pkg);
    // The same package can print more than one block (rare); keep them together, in order.
    if (pb) {
      for (const f of findings) pb.findings.push(f);
      pb.lines += out.lineCount;
      pb.headerLines += out.headers.length;
      pb.blocks++;
    } else {
      pb = { out, lines: out.lineCount, headerLines: out.headers.length, findings: [...findings], blocks: 1, folds: [], sorted: undefined };
      this.done.set(out.pkg, pb);
    }
    this.declare(findings);
    if (this.whileIdle) {
      this.undigested.push({ pb, findings });
      if (!this.idleTimer && !this.idleImmediate) this.idleTimer = setTimeout(() => this.digestWhileIdle(), IDLE_MS).unref();
    }
  }

  /** Digests a block if go has been quiet for IDLE_MS, then looks again. */
  private digestWhileIdle(): void {
    this.idleTimer = this.idleImmediate = undefined;
    const next = this.undigested[0];
    if (!next || this.idleError) return;
    const quiet = performance.now() - this.lastOutputAt;
    if (quiet < IDLE_MS) {
      this.idleTimer = setTimeout(() => this.digestWhileIdle(), IDLE_MS - quiet).unref();
      return;
    }
    this.undigested.shift();
    try {
      this.digest(next.pb, next.findings);
    } catch (e) {
      this.idleError = e;
      return;
    }
    // setImmediate: output that came in meanwhile is handled (and noticed) first.
    if (this.undigested.length > 0) this.idleImmediate = setImmediate(() => this.digestWhileIdle());
  }

  /** Digests what is not digested yet: blocks in the order they came in, or, when not digesting while idle, packages in order. */
  digestAll(descs: string[]): void {
    clearTimeout(this.idleTimer);
    clearImmediate(this.idleImmediate);
    this.idleTimer = this.idleImmediate = undefined;
    if (this.idleError) throw this.idleError;
    if (this.whileIdle) {
      timingNote(() => `blocks digested after go exited: ${this.undigested.length} of ${[...this.done.values()].reduce((n, pb) => n + pb.blocks, 0)}`);
      for (const { pb, findings } of this.undigested) this.digest(pb, findings);
      this.undigested = [];
      return;
    }
    for (const desc of descs) {
      const pb = this.done.get(desc)!;
      this.digest(pb, pb.findings);
    }
  }

  private declare(findings: Finding[]): void {
    for (const f of findings) {
      if (f.kind !== 'can-inline' && f.kind !== 'cannot-inline') continue;
      const set = this.compilerDeclared(f.pkg);
      if (set.has(f.subject)) continue;
      set.add(f.subject);
      if (this.digestedPaths.has(f.pkg)) this.redeclared.add(f.pkg);
    }
  }

  private compilerDeclared(pkg: string): Set<string> {
    let set = this.declared.get(pkg);
    if (!set) this.declared.set(pkg, (set = new Set()));
    return set;
  }

  /** The package's files are scanned on first use (most packages' classifications never ask). */
  private declaredFuncs(pkg: string): Set<string> {
    const set = this.compilerDeclared(pkg);
    if (!this.declScanned.has(pkg)) {
      // With -l the compiler prints no can/cannot-inline lines: the declarations in the source stand in.
      this.declScanned.add(pkg);
      // A directory's packages (`p`, its tests, `p_test`) see each other's declarations, as methods of p's types in p_test.
      const dir = this.packageDirs.get(pkg);
      for (const file of (dir !== undefined && this.filesByDir.get(dir)) || []) for (const name of this.attributor!.declaredInFile(file)) set.add(name);
    }
    return set;
  }

  /**
   * One block's share of the work that does not depend on other packages.
   * Heap and leak findings get their `chain` now and are classified. A
   * leak's `cause` is set now, a heap escape's at the end, after the
   * properties the fold adds (the JSON's key order is the order properties
   * were added in); both are made again at the end if a later block of the
   * package declared more functions (see classification).
   */
  private digest(pb: PackageBlocks, findings: Finding[]): void {
    pb.folds.push(this.folder.add(findings, this.calleePackage));
    this.digestedPaths.add(importPathOfDesc(pb.out.pkg));
    for (const f of findings) {
      if (this.keyed) this.keyBase(f);
      // Copies folded already are not reported: no need to explain or classify them.
      if (!this.explains(f) || this.folder.copies.has(f)) continue;
      explainFinding(f);
      const c = classify(f, this.lookup!);
      this.classified.set(f, c);
      if (!isHeapKind(f.kind)) f.cause = c.cause;
    }
    pb.sorted = pb.blocks === 1 ? [...findings].sort(compareFindings) : undefined;
  }

  /** The key, but for an ordinal among equal keys (assignOrdinals). */
  private keyBase(f: Finding): void {
    const key = this.keys.base(f);
    f.key = key;
    const first = this.firstWithKey.get(key);
    if (first === undefined) this.firstWithKey.set(key, f);
    else {
      const same = this.recurringKeys.get(key);
      if (same) same.push(f);
      else this.recurringKeys.set(key, [first, f]);
    }
  }

  /** The package a callee's qualifier in `inlining call to` names (see Attributor.calleePackage). */
  readonly calleePackage = (file: string, name: string): string | undefined => this.attributor!.calleePackage(file, name);

  /** The fold's second pass, over the packages in order ("first one wins" is then deterministic). */
  finishFold(descs: string[]): void {
    const attributor = this.attributor!;
    this.folder.finish(
      descs.flatMap((desc) => this.done.get(desc)!.folds),
      this.calleePackage,
      (pos) => attributor.declarer(pos),
    );
  }

  /**
   * Completes the keys worked out when each block was digested, as
   * KeyMaker.assign makes them, visiting only keys that recur. Each key's
   * findings were digested in the order they are sorted from (their
   * blocks' order), so a stable sort puts them in the report's order.
   */
  assignOrdinals(copies: Set<Finding>): void {
    for (const same of this.recurringKeys.values()) {
      const kept = same.filter((f) => !copies.has(f));
      if (kept.length > 1) numberRepeats(kept.sort(compareFindings));
    }
  }

  /** Whether a finding gets a chain and a cause: heap escapes, and leaks unless explainLeaks is off. */
  explains(f: Finding): boolean {
    return isExplainedKind(f.kind) && (this.explainLeaks || isHeapKind(f.kind));
  }

  /** A finding's classification: the one made when its block was digested, unless its package declared more functions since. */
  classification(f: Finding): Classification {
    const c = this.redeclared.has(f.pkg) ? undefined : this.classified.get(f);
    return c ?? classify(f, this.lookup!);
  }
}

function readSourceFile(abs: string): Buffer | undefined {
  try {
    return readFileSync(abs);
  } catch {
    return undefined;
  }
}

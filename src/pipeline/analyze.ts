/**
 * The analyze pipeline, top-down: ask go about the toolchain and packages,
 * compile with `-m=2` while parsing the stream, attribute findings to
 * functions, fold inlined copies, key and sort. Returns data; prints nothing.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { join } from 'node:path';
import { GoescapeError, requireDirectory } from '../errors.js';
import type { Finding, UnrecognizedLine } from '../model/finding.js';
import type { SourcePos } from '../model/position.js';
import { isExplainedKind, isHeapKind, isLeakKind, type FindingKind } from '../model/kinds.js';
import { importPathOfDesc, SCHEMA_VERSION, type AnalysisResult, type PackageResult, type Summary } from '../model/result.js';
import { linesOfSpans, MOutputParser, type PackageOutput } from '../parse/m-output.js';
import { LineSplitter, type BytesHandler } from '../util/bytes.js';
import { Attributor, RepeatFolder, compareFindings, keyWithoutOrdinal, numberRepeats, type FoldBlock } from '../analyze/attribute.js';
import { applyClassification, classify, type Classification, type SourceLookup } from '../analyze/classify.js';
import { explainFinding } from '../analyze/explain.js';
import type { Cause } from '../model/causes.js';
import { PathNormalizer } from '../analyze/paths.js';
import { compileArgs, exportArgs, type CompileOptions } from '../toolchain/go-args.js';
import { goEnv, isCompileError, listPackages, readExport, type GoEnv, type ListedPackage } from '../toolchain/go-list.js';
import { firstLine, floodOptions, goReason, runGo, streamGo } from '../toolchain/stream/process.js';
import { makeTempDir, removeTempDir } from '../toolchain/processes.js';
import { timingNote, timingPhase } from '../util/timing.js';
import { VERSION } from '../version.js';

export interface AnalyzeOptions {
  /** Package patterns as for `go build`; default `./...`. */
  patterns?: string[];
  /** Directory to run in (the module or a directory inside it). */
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Build tags (`-tags`). */
  tags?: string;
  /** Include `_test.go` files (compile test variants). */
  tests?: boolean;
  /** Analyze dependencies too. */
  deps?: boolean;
  /** Disable inlining (`-l`). */
  noInline?: boolean;
  /** Rebuild everything (`-a`), bypassing the build cache. */
  rebuild?: boolean;
  /**
   * Leaking parameters get their explanations, chain and cause (default).
   * `false` leaves those out, for a report that shows only heap escapes'
   * detail: leak flows are most of `-m=2` output.
   */
  explainLeaks?: boolean;
  /** Called as packages finish compiling (for progress display). */
  onPackage?: (pkg: string, done: number) => void;
  /** Called when go's compile has ended: what is left of the run is goescape's own work. */
  onCompiled?: () => void;
}

export async function analyzePackages(options: AnalyzeOptions = {}): Promise<AnalysisResult> {
  return (await compileAnalysis(options)).complete();
}

/**
 * A compile whose output is not yet made into a result. With `speculation`,
 * a caller that has the report of an earlier run can compare `facts` and
 * skip the parse altogether (src/pipeline/replay.ts); otherwise complete() parses.
 */
export interface PendingAnalysis {
  /**
   * SHA-256 of everything the result is a function of besides the source
   * files read: the toolchain, and go's own listing of the packages with
   * each one's build ID (which names every input of its compile, flags
   * included), its exit code and messages. After complete(), of the
   * compile the result was made from.
   */
  readonly facts: string;
  /** The compile went through `go list -export` and cleanly: no package errors, no messages from go. */
  readonly replayable: boolean;
  /** Parses (what was held) and builds the result; once, later calls return the same result. */
  complete(): Promise<AnalysisResult>;
}

export interface Speculation {
  /**
   * Called with the toolchain before go starts: true when a result may be
   * replayed, so the compile's output is held unparsed (up to HOLD_BYTES)
   * instead of parsed as it streams.
   */
  hold(env: GoEnv): boolean;
  /** Each Go source file the analysis reads (or tries to: a missing file matters too). */
  onSourceRead?(absPath: string): void;
}

export async function compileAnalysis(options: AnalyzeOptions = {}, speculation?: Speculation): Promise<PendingAnalysis> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const patterns = options.patterns && options.patterns.length > 0 ? options.patterns : ['./...'];
  requireDirectory(cwd);
  const run = { cwd, env: options.env ?? process.env };
  const env = await goEnv(run);
  const moduleRoot = moduleRootOf(env);
  if (!moduleRoot && patterns.some((p) => p.startsWith('.') || isAbsolute(p))) {
    throw new GoescapeError('NOT_A_MODULE', `${cwd} is not inside a Go module (no go.mod found); run goescape in a module, pass --cwd, or run "go mod init"`);
  }
  const compilerFlags = ['-m=2', ...(options.noInline ? ['-l'] : [])];
  const listFlags = [...(options.tags ? ['-tags', options.tags] : []), ...(options.tests ? ['-test'] : [])];
  const t0 = performance.now();
  const paths = new PathNormalizer({ cwd, moduleRoot, goroot: env.GOROOT, gomodcache: env.GOMODCACHE });
  const stream = new StreamingAttribution(paths, !options.tests, speculation?.onSourceRead);
  stream.explainLeaks = options.explainLeaks !== false;
  /**
   * One compile. `decide` runs as soon as go has started (so the cache
   * lookup behind it overlaps with go loading packages) and says whether
   * to hold the output; when it does not, go list runs alongside and tells
   * where packages live, so attribution overlaps with the compile.
   */
  const compileOnce = async (decide: () => boolean) => {
    // Test variants compile with go test -c; their binaries go to a temporary directory (`<tmpdir>` in the command).
    const outDir = options.tests ? makeTempDir('test') : undefined;
    const build = { patterns, compilerFlags, deps: options.deps, tags: options.tags, rebuild: options.rebuild, cwd };
    const args = options.tests ? compileArgs({ ...build, tests: true, outDir }) : exportArgs(build);
    let listing: Promise<{ packages: ListedPackage[]; stderr: string }> | undefined;
    try {
      const sink = { add: (out: PackageOutput) => stream.add(out), output: () => stream.output(), exited: options.onCompiled };
      const compiled = await compile(args, run, sink, options.onPackage, () => {
        if (!options.tests && decide()) return true;
        // Only where packages live is needed here (the compile lists them in full at its end):
        // -find skips loading their dependencies (std: 0.30 s instead of 0.45 s, a quarter less CPU).
        listing = listPackages(patterns, options.tests ? listFlags : [...listFlags, '-find'], run).then((l) => {
          stream.ready(l.packages);
          return l;
        });
        listing.catch(() => undefined); // awaited below; a failure surfaces there
        return false;
      });
      const command = ['go', ...args.map((a) => (outDir && a.startsWith(outDir) ? '<tmpdir>' + a.slice(outDir.length) : a))];
      return { listed: await listing, compiled, command };
    } finally {
      if (outDir) removeTempDir(outDir);
    }
  };
  const first = await compileOnce(() => !!speculation?.hold(env));
  timingPhase('compile+parse', t0);
  // The compile the result is made of: the first, or the one run again when the first was let go.
  let current = first;
  let result: Promise<AnalysisResult> | undefined;
  const complete = async () => {
    if (current.compiled.dropped) {
      // The held output was let go (too large to keep): go replays it from its cache.
      current = await compileOnce(() => false);
    }
    const { compiled, command } = current;
    let listed = current.listed;
    compiled.finish();
    if (!listed) {
      // Held and kept: the compile's own listing says where packages live (minus what only -export adds).
      listed = { packages: (compiled.exported ?? []).map(asListed), stderr: compiled.goMessages.join('\n') };
      stream.ready(listed.packages);
    } else if (compiled.exported) {
      // The compile's own listing has what -find leaves out (errors found loading dependencies).
      listed = { packages: compiled.exported.map(asListed), stderr: listed.stderr };
    }
    if (compiled.outputs.length === 0 && compiled.exitCode === 0 && listed.packages.some((p) => !p.Error || p.GoFiles?.length)) {
      await confirmNothingPrinted({ patterns, compilerFlags, deps: options.deps, tags: options.tags, tests: options.tests }, run);
    }
    const t1 = performance.now();
    const r = assemble({ env, moduleRoot, patterns, compilerFlags, command, listed: listed.packages, listStderr: listed.stderr, compiled, cwd, stream });
    timingPhase('assemble', t1);
    return r;
  };
  return {
    get facts() {
      const c = current.compiled;
      return createHash('sha256').update(JSON.stringify([env, c.exitCode, c.goMessages, c.strayStdout, c.exported ?? null])).digest('hex');
    },
    get replayable() {
      return current.compiled.replayable;
    },
    complete: () => (result ??= complete()),
  };
}

/**
 * go exited 0 and nothing was parsed. That is right where no package has
 * anything the compiler reports on (only constants, types, generic
 * functions), and an empty result that looks like success where go's
 * output was lost on its way: go is asked once more, its output collected
 * whole, and a package block in it means the analysis lost it.
 */
async function confirmNothingPrinted(build: CompileOptions, run: { cwd: string; env: NodeJS.ProcessEnv }): Promise<void> {
  const outDir = build.tests ? makeTempDir('test') : undefined;
  try {
    const r = await runGo(build.tests ? compileArgs({ ...build, outDir }) : exportArgs(build), run);
    const blocks = r.stderr.split('\n').filter((l) => l.startsWith('# ')).length;
    if (blocks > 0) {
      throw new Error(`go printed compiler output for ${blocks} package(s) but the analysis received none of it; not reporting an empty analysis as a result`);
    }
    if (r.exitCode !== 0) throw new GoescapeError('GO_FAILED', `the compile printed nothing, and failed when run again: ${firstLine(r.stderr) || `exit code ${r.exitCode}`}`);
  } finally {
    if (outDir) removeTempDir(outDir);
  }
}

/** A package of `go list -export` as plain `go list` reports it: no build ID, no compile errors. */
function asListed(p: ListedPackage): ListedPackage {
  const { BuildID: _, DepsErrors: __, ...rest } = p;
  if (rest.Error && isCompileError(rest.Error.Err)) delete rest.Error;
  return rest;
}

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
  /** Blocks attributed and not yet digested, in the order they came in. */
  private undigested: { pb: PackageBlocks; findings: Finding[] }[] = [];
  private lastOutputAt = 0;
  private idleTimer: NodeJS.Timeout | undefined;
  private idleImmediate: NodeJS.Immediate | undefined;
  /** A failure while digesting between outputs, thrown again by digestAll. */
  private idleError: unknown;

  constructor(readonly paths: PathNormalizer, private readonly whileIdle: boolean, private readonly onSourceRead?: (absPath: string) => void,
    private readonly readSource: (absPath: string) => Buffer | undefined = readSourceFile) {}

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
      this.absoluteDirs.set(path, p.Dir);
      let files = this.filesByDir.get(dir);
      if (!files) this.filesByDir.set(dir, (files = new Set()));
      // Absolute names are generated files (a test main in the build cache).
      for (const name of [...(p.GoFiles ?? []), ...(p.CgoFiles ?? [])]) if (!isAbsolute(name)) files.add(this.paths.normalize(join(p.Dir, name)));
    }
    const attributor = (this.attributor = new Attributor({
      paths: this.paths,
      packageDirs: this.packageDirs,
      readSource: (abs) => {
        this.onSourceRead?.(abs);
        return this.readSource(abs);
      },
      explainLeaks: this.explainLeaks,
    }));
    this.lookup = {
      lineText: (file, line) => attributor.lineText(file, line),
      literalAt: (pos) => attributor.literalAt(pos),
      importPathFor: (file, name) => attributor.importPathFor(file, name),
      declaredFuncs: (pkg) => this.declaredFuncs(pkg),
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
    pb.folds.push(this.folder.add(findings, this.lookup!.importPathFor));
    this.digestedPaths.add(importPathOfDesc(pb.out.pkg));
    for (const f of findings) {
      // The key, but for an ordinal among equal keys (assignOrdinals).
      const key = keyWithoutOrdinal(f);
      f.key = key;
      const first = this.firstWithKey.get(key);
      if (first === undefined) this.firstWithKey.set(key, f);
      else {
        const same = this.recurringKeys.get(key);
        if (same) same.push(f);
        else this.recurringKeys.set(key, [first, f]);
      }
      // Copies folded already are not reported: no need to explain or classify them.
      if (!this.explains(f) || this.folder.copies.has(f)) continue;
      explainFinding(f);
      const c = classify(f, this.lookup!);
      this.classified.set(f, c);
      if (!isHeapKind(f.kind)) f.cause = c.cause;
    }
    pb.sorted = pb.blocks === 1 ? [...findings].sort(compareFindings) : undefined;
  }

  /**
   * Completes the keys worked out when each block was digested, as
   * assignKeys makes them, visiting only keys that recur. Each key's
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

/** The directory findings' paths are relative to: the go.work directory in a workspace, else the module's. */
export function moduleRootOf(env: GoEnv): string | undefined {
  if (env.GOWORK && env.GOWORK !== 'off') return dirname(env.GOWORK);
  if (env.GOMOD && env.GOMOD !== '/dev/null' && env.GOMOD !== 'NUL') return dirname(env.GOMOD);
  return undefined;
}

interface Compiled {
  outputs: PackageOutput[];
  failed: Set<string>;
  exitCode: number;
  stderr: string;
  /** Messages of the go command itself (outside package blocks), verbatim. */
  goMessages: string[];
  /** Lines go printed on stdout that are not its listing (none expected; kept for the unrecognized count). */
  strayStdout: string[];
  /** Lines counted in `outputs` and `orphans`. */
  lineCount: number;
  /** Findings printed before any package header, as unrecognized lines (they belong to no package). */
  orphans: UnrecognizedLine[];
  /** The compile's own listing, with build IDs (`go list -export`; not for test variants). */
  exported?: ListedPackage[];
  /** See PendingAnalysis.replayable. */
  replayable: boolean;
  /** Output was held and let go: it must be read again. */
  dropped: boolean;
  /** Parses what is held and fills in the fields above from the parse (once). */
  finish(): void;
}

/** At most this many bytes of output are held unparsed (see compile). */
const HOLD_BYTES = 32 * 1024 * 1024;

/**
 * Compiles and parses the plain text stream (stderr): one `# pkg` block per
 * package. This is cheaper than `go build -json` (no JSON decoding of
 * megabyte events). A package failed when go exits non-zero and its block
 * holds lines that are not compiler decisions (its errors), or when
 * `go list -export` reports its compile errors; lines outside any block are
 * go's own messages.
 *
 * When `decide` (called once go has started) says to hold, the output is
 * kept unparsed (the caller may not need it) up to HOLD_BYTES; past that
 * it is let go (`dropped`) and only watched for go's own messages.
 */
async function compile(args: string[], run: { cwd: string; env: NodeJS.ProcessEnv }, sink: { add(out: PackageOutput): void; output(): void; exited?: () => void },
  onPackage: ((pkg: string, done: number) => void) | undefined, decide: () => boolean): Promise<Compiled> {
  const failed = new Set<string>();
  const strayStdout: string[] = [];
  const listing = args[0] === 'list';
  const reader = new CompilerOutput((p, done) => {
    sink.add(p);
    onPackage?.(p.pkg, done);
  }, fileNameJoiner(run.cwd));
  const { outputs, goMessages, onLine } = reader;
  let held: Buffer[] = [];
  let heldBytes = 0;
  let dropped = false;
  let hold = false;
  const spotter = new GoMessageSpotter();
  const lines = new LineSplitter(onLine);
  const stdout: Buffer[] = [];
  const startedAt = performance.now();
  const running = streamGo(args, run, {
    onStderrChunk(c: Buffer) {
      if (!hold) {
        lines.write(c);
        sink.output();
        return;
      }
      spotter.write(c);
      if (dropped) return;
      held.push(c);
      heldBytes += c.length;
      if (heldBytes > HOLD_BYTES) {
        // Keeping all of std's 150 MB costs more than having go replay it on the rare miss.
        dropped = true;
        held = [];
      }
    },
    ...(listing ? { onStdoutChunk: (c: Buffer) => void stdout.push(c) } : { onStdoutLine: (line: string) => void (line && strayStdout.push(line)) }),
    // What is left after this (the output not parsed yet, the report) is all that waits for goescape.
    onExit: () => {
      timingPhase('go exited', startedAt);
      sink.exited?.();
    },
  }, floodOptions(run.env));
  // go has started (spawning is synchronous) and no output can have been handed out yet.
  hold = decide();
  const r = await running;
  lines.end();
  // go list -e reports package errors as data and exits 0; readExport gives the outcome go build would have had.
  const { exported, stray, exitCode, compileErrors, otherErrors } = listing
    ? readExport(Buffer.concat(stdout).toString('utf8'), r.exitCode)
    : { exported: undefined, stray: '', exitCode: r.exitCode, compileErrors: [], otherErrors: [] };
  for (const line of stray.split('\n')) if (line) strayStdout.push(line);
  for (const text of otherErrors) for (const line of text.split('\n')) if (line) goMessages.push(line);
  // No build ID is required of each package: those with nothing to compile (unsafe, test-only packages) have none.
  const replayable = exported !== undefined && exitCode === 0 && !spotter.seen && goMessages.length === 0 && strayStdout.length === 0;
  let finished = false;
  const compiled: Compiled = {
    outputs, failed, exitCode, stderr: '', goMessages, strayStdout, lineCount: 0, orphans: reader.orphans, exported, replayable, dropped,
    finish() {
      if (finished) return;
      finished = true;
      if (held.length > 0) {
        const heldLines = new LineSplitter(onLine);
        for (const c of held) heldLines.write(c);
        heldLines.end();
        held = [];
      }
      // Compile errors reported as data: the same `# pkg` block go build prints.
      for (const text of compileErrors) {
        const errorLines = new LineSplitter(onLine);
        errorLines.write(Buffer.from(text));
        errorLines.end();
      }
      reader.end();
      if (exitCode !== 0) {
        for (const out of outputs) if (out.unrecognized.length > 0) failed.add(out.pkg);
      }
      compiled.stderr = goMessages.join('\n');
      compiled.lineCount = reader.lineCount;
    },
  };
  if (!hold) compiled.finish();
  return compiled;
}

/**
 * Reads the compile's stderr, line by line: go's own messages apart, the
 * rest parsed into package blocks (handed to `onBlock` as each ends, with
 * the number of blocks so far). Every line given to the parser is counted
 * in `lineCount` once, when its block ends, whatever happens to the block
 * later. Lines before the first `# pkg` header are go's messages, except
 * those that parse as findings: they belong to no package, and are kept as
 * unrecognized lines (`orphans`). Exported for tests.
 */
export class CompilerOutput {
  readonly outputs: PackageOutput[] = [];
  readonly goMessages: string[] = [];
  readonly orphans: UnrecognizedLine[] = [];
  lineCount = 0;
  private lineNo = 0;
  /** The lines before the first header, verbatim (undefined once a header was seen). */
  private beforeHeaders: string[] | undefined = [];
  private linesBeforeHeaders: string[] = [];
  private readonly parser: MOutputParser;

  constructor(onBlock: (out: PackageOutput, blocks: number) => void, joinsName?: (partial: string, next: string) => boolean) {
    this.parser = new MOutputParser((p) => {
      if (p.pkg === '' && p.headers.length === 0) {
        for (const u of p.unrecognized) this.goMessages.push(u.text);
        const before = this.beforeHeaders ?? this.linesBeforeHeaders;
        for (const f of p.findings) {
          for (const n of linesOfSpans(f.spans)) {
            this.orphans.push({ pkg: '', line: n, text: before[n - 1] ?? '', reason: ORPHAN_REASON });
            this.lineCount++;
          }
        }
        return;
      }
      this.lineCount += p.lineCount;
      this.outputs.push(p);
      onBlock(p, this.outputs.length);
    }, joinsName);
  }

  readonly onLine: BytesHandler = (buf, start, end) => {
    // go's own messages (`go: downloading …`, `go: …` errors) can come
    // between or after package blocks; they are not compiler output.
    if (buf[start] === 103 && buf[start + 1] === 111 && (buf[start + 2] === 58 || buf[start + 2] === 32)) {
      const line = buf.toString('utf8', start, end);
      if ((line.startsWith('go: ') || line.startsWith('go build')) && !this.parser.continuesHeld(line)) {
        this.goMessages.push(line);
        return;
      }
    }
    const before = this.beforeHeaders;
    if (before !== undefined) {
      if (end - start >= 2 && buf[start] === 35 && buf[start + 1] === 32 && !this.parser.holding) {
        this.linesBeforeHeaders = before;
        this.beforeHeaders = undefined;
      } else before.push(buf.toString('utf8', start, end));
    }
    this.parser.lineBytes(buf, start, end, ++this.lineNo);
  };

  end(): void {
    this.parser.end();
  }
}

const ORPHAN_REASON = 'compiler output before any package header';

/**
 * Whether the newline between two lines of go's output is part of a file
 * name: `partial` ends with (or, after ` at `, its note's position is) the
 * start of a path whose directory, relative to the go command's directory,
 * has an entry that goes on, after a newline, with what `next` starts with.
 * Only lines that may stop inside a name are asked about; directories are
 * read once.
 */
export function fileNameJoiner(cwd: string): (partial: string, next: string) => boolean {
  const namesWithNewline = new Map<string, string[]>();
  return (partial, next) => {
    const at = partial.lastIndexOf(' at ');
    const path = at >= 0 ? partial.slice(at + 4) : partial;
    const slash = path.lastIndexOf('/');
    const dir = resolve(cwd, slash >= 0 ? path.slice(0, slash + 1) : '.');
    const base = path.slice(slash + 1);
    let names = namesWithNewline.get(dir);
    if (names === undefined) {
      try {
        names = readdirSync(dir).filter((n) => n.includes('\n'));
      } catch {
        names = [];
      }
      namesWithNewline.set(dir, names);
    }
    for (const name of names) {
      if (!name.startsWith(base + '\n')) continue;
      const rest = name.slice(base.length + 1);
      if (next.startsWith(rest) || rest.startsWith(next + '\n')) return true;
    }
    return false;
  };
}

/**
 * Notices go's own messages (`go: …`, `go build …` lines) in a stream that
 * is not split into lines, with native searches per chunk.
 */
export class GoMessageSpotter {
  seen = false;
  /** The last bytes of the stream so far (a newline at first: the stream starts a line). */
  private carry = Buffer.from('\n');

  write(chunk: Buffer): void {
    if (this.seen) return;
    if (hasGoLine(Buffer.concat([this.carry, chunk.subarray(0, 4)])) || hasGoLine(chunk)) {
      this.seen = true;
      return;
    }
    // The last three bytes of the stream so far (a chunk may be shorter than that).
    const tail = Buffer.concat([this.carry, chunk.subarray(Math.max(0, chunk.length - 3))]);
    this.carry = tail.subarray(Math.max(0, tail.length - 3));
  }
}

function hasGoLine(b: Buffer): boolean {
  for (let i = b.indexOf(NL_GO); i >= 0; i = b.indexOf(NL_GO, i + 1)) {
    const next = b[i + 3];
    if (next === 58 || next === 32) return true;
  }
  return false;
}

const NL_GO = Buffer.from('\ngo');

/** What {@link analyzeCompilerOutput} needs besides the output: what go would have said about the toolchain and the packages. */
export interface RecordedCompile {
  env: GoEnv;
  /** The go command's directory. */
  cwd: string;
  listed: ListedPackage[];
  exitCode?: number;
  /** go list answers before the output is parsed (true) or after all of it (false). */
  listedFirst?: boolean;
  /** Reads a source file (default: from disk). */
  readSource?: (absPath: string) => Buffer | undefined;
  /** Which line breaks are inside a file name (default: fileNameJoiner on `cwd`). */
  joinsName?: (partial: string, next: string) => boolean;
}

/**
 * The pipeline after go, in process: go's stderr, as the chunks it came in,
 * through the parse, attribution, fold and assembly a compile's output goes
 * through. For tests that feed it recorded or mutated compiler output.
 */
export function analyzeCompilerOutput(chunks: readonly Buffer[], rec: RecordedCompile): AnalysisResult {
  const moduleRoot = moduleRootOf(rec.env);
  const paths = new PathNormalizer({ cwd: rec.cwd, moduleRoot, goroot: rec.env.GOROOT, gomodcache: rec.env.GOMODCACHE });
  const stream = new StreamingAttribution(paths, true, undefined, rec.readSource);
  if (rec.listedFirst) stream.ready(rec.listed);
  const reader = new CompilerOutput((out) => stream.add(out), rec.joinsName ?? fileNameJoiner(rec.cwd));
  const lines = new LineSplitter(reader.onLine);
  for (const c of chunks) lines.write(c);
  lines.end();
  reader.end();
  if (!rec.listedFirst) stream.ready(rec.listed);
  const exitCode = rec.exitCode ?? 0;
  const failed = new Set<string>();
  if (exitCode !== 0) for (const out of reader.outputs) if (out.unrecognized.length > 0) failed.add(out.pkg);
  const compiled: Compiled = {
    outputs: reader.outputs, failed, exitCode, stderr: reader.goMessages.join('\n'), goMessages: reader.goMessages, strayStdout: [],
    lineCount: reader.lineCount, orphans: reader.orphans, replayable: false, dropped: false, finish() {},
  };
  return assemble({ env: rec.env, moduleRoot, patterns: ['./...'], compilerFlags: ['-m=2'], command: ['go'], listed: rec.listed, listStderr: '', compiled, cwd: rec.cwd, stream });
}

interface AssembleInput {
  env: GoEnv;
  moduleRoot: string | undefined;
  patterns: string[];
  compilerFlags: string[];
  /** The go command as run (test binaries' directory written as `<tmpdir>`). */
  command: string[];
  listed: ListedPackage[];
  listStderr: string;
  compiled: Compiled;
  cwd: string;
  stream: StreamingAttribution;
}

function assemble(input: AssembleInput): AnalysisResult {
  const { env, moduleRoot, listed, compiled, stream } = input;
  const matched = listed.filter((p) => !p.Error || p.GoFiles?.length);
  // go's own reason when the compile failed outside any package (a bad GOOS, inconsistent vendoring): not a pattern problem.
  const goFailure = () => {
    const why = goReason(compiled.stderr);
    return new GoescapeError('GO_FAILED', `go exited with code ${compiled.exitCode} before compiling any package: ${why || 'it printed nothing'}; fix what go reports and run again`);
  };
  if (matched.length === 0) {
    const patternError = listed.find((p) => p.Error)?.Error?.Err;
    if (patternError === undefined && compiled.exitCode !== 0) throw goFailure();
    const why = goReason(patternError ?? (compiled.stderr || input.listStderr));
    throw new GoescapeError('NO_PACKAGES', `no Go packages match ${input.patterns.join(' ')}${why ? ` (${why})` : ''}; check the pattern, the directory (--cwd) and build tags`);
  }
  if (compiled.outputs.length === 0 && compiled.exitCode !== 0) throw goFailure();
  const tA = performance.now();
  const unrecognized: UnrecognizedLine[] = [];
  const errorsOf = new Map<string, string[]>();
  for (const out of stream.deferred) {
    const path = importPathOfDesc(out.pkg);
    if (compiled.failed.has(out.pkg)) {
      // In a package that failed to build, the lines goescape does not know are the compiler's errors.
      const errors: string[] = [];
      for (const u of out.unrecognized) {
        errors.push(u.text);
        const m = /^(.+?):(\d+)(?::(\d+))?: (.*)$/.exec(u.text);
        const pos: SourcePos = m ? { file: m[1]!, line: Number(m[2]) } : { file: '<unknown>', line: 0 };
        if (m?.[3]) pos.column = Number(m[3]);
        out.findings.push({ kind: 'compiler-error', pkg: out.pkg, pos, subject: '', message: m ? m[4]! : u.text, details: {}, explanations: [], spans: [u.line, u.line] });
      }
      errorsOf.set(out.pkg, [...(errorsOf.get(out.pkg) ?? []), ...errors]);
    } else {
      // Line numbers within the package's block: go prints packages in completion order.
      for (const u of out.unrecognized) unrecognized.push({ pkg: path, line: u.line - out.firstLine + 1, text: u.text, reason: u.reason });
    }
    stream.attribute(out);
  }
  const packageDirs = stream.packageDirs;
  const packages: PackageResult[] = [];
  let headerLines = 0;
  // One row per package: its description, path, directory and variant.
  const row = (desc: string, status: PackageResult['status']): PackageResult => {
    const path = importPathOfDesc(desc);
    const pr: PackageResult = { path, desc, status, errors: errorsOf.get(desc) ?? [], lines: 0, findings: 0, heapEscapes: 0 };
    // `p.test` (no brackets) is the generated test main package of `go test -c`.
    const variant = desc.includes(' [') ? 'test' : path.endsWith('.test') ? 'testmain' : undefined;
    if (variant) pr.variant = variant;
    const dir = packageDirs.get(path);
    if (dir) pr.dir = dir;
    return pr;
  };
  // go build prints packages in completion order; sort for determinism.
  const descs = [...stream.done.keys()].sort();
  for (const desc of descs) {
    const pb = stream.done.get(desc)!;
    headerLines += pb.headerLines;
    const pr = row(desc, compiled.failed.has(desc) ? 'failed' : 'ok');
    pr.lines = pb.lines;
    packages.push(pr);
  }
  // When the build failed, go skips the packages that import a failed one:
  // they print nothing, so say so rather than let them look clean.
  if (compiled.failed.size > 0) {
    const seen = new Set(packages.map((p) => p.path));
    for (const p of matched) {
      const path = importPathOfDesc(p.ImportPath);
      if (seen.has(path) || p.Error) continue;
      seen.add(path);
      packages.push(row(p.ImportPath, 'not-built'));
    }
  }
  for (const u of compiled.orphans) unrecognized.push(u);
  compiled.strayStdout.forEach((text, i) => unrecognized.push({ pkg: '', line: i + 1, text, reason: 'line printed on stdout' }));
  timingPhase('attribute', tA);
  const tB = performance.now();
  stream.digestAll(descs);
  timingPhase('digest rest', tB);
  // The fold's second pass, over the packages in order ("first one wins" is then deterministic).
  const { folder } = stream;
  folder.finish(descs.flatMap((desc) => stream.done.get(desc)!.folds), stream.lookup!.importPathFor);
  const { copies } = folder;
  timingPhase('fold', tB);
  // Findings sort by package first: the whole is each package's sorted findings,
  // packages in order. Test variants (`p`, `p [p.test]`) share one import path
  // (they sort next to each other) and are sorted together.
  // Indexed loops over findings here and below: run once, this code is not
  // optimised, and a for-of allocates per step (a million steps on std).
  const findings: Finding[] = [];
  const keep = (list: Finding[]) => {
    for (let k = 0; k < list.length; k++) if (!copies.has(list[k]!)) findings.push(list[k]!);
  };
  for (let i = 0; i < descs.length;) {
    const path = importPathOfDesc(descs[i]!);
    let j = i + 1;
    while (j < descs.length && importPathOfDesc(descs[j]!) === path) j++;
    const group = descs.slice(i, j).map((desc) => stream.done.get(desc)!);
    const sorted = group.length === 1 ? group[0]!.sorted : undefined;
    if (sorted) keep(sorted);
    else keep(group.flatMap((pb) => pb.findings).sort(compareFindings));
    i = j;
  }
  timingPhase('kept', tB);
  // Each finding's key but its ordinal was worked out when it was digested.
  stream.assignOrdinals(copies);
  timingPhase('keys', tB);
  // Chains (and leaks' causes) were set when each block was digested.
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i]!;
    if (stream.explains(f)) applyClassification(f, stream.classification(f));
  }
  timingPhase('classify', tB);
  // Count per package row (a test variant `p [p.test]` is its own row): the
  // findings each block produced that survived folding.
  for (const p of packages) {
    const blockFindings = stream.done.get(p.desc)?.findings ?? [];
    for (let i = 0; i < blockFindings.length; i++) {
      const f = blockFindings[i]!;
      if (copies.has(f)) continue;
      p.findings++;
      if (isHeapKind(f.kind)) p.heapEscapes++;
    }
  }
  timingPhase('finish', tB);
  const byKind: Partial<Record<FindingKind, number>> = {};
  let heapEscapes = 0;
  let leaks = 0;
  let linesInFindings = 0;
  const byCause: Partial<Record<Cause, number>> = {};
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i]!;
    byKind[f.kind] = (byKind[f.kind] ?? 0) + 1;
    if (isHeapKind(f.kind) && f.cause) byCause[f.cause] = (byCause[f.cause] ?? 0) + 1;
    linesInFindings += f.outputLines ?? 0;
    if (isHeapKind(f.kind)) heapEscapes++;
    else if (isLeakKind(f.kind)) leaks++;
  }
  packages.sort((a, b) => (a.desc < b.desc ? -1 : a.desc > b.desc ? 1 : 0));
  unrecognized.sort((a, b) => (a.pkg < b.pkg ? -1 : a.pkg > b.pkg ? 1 : a.line - b.line));
  const summary: Summary = {
    lines: compiled.lineCount,
    linesInFindings,
    headerLines,
    findings: findings.length,
    byKind: Object.fromEntries(Object.entries(byKind).sort(([a], [b]) => (a < b ? -1 : 1))),
    heapEscapes,
    byCause: Object.fromEntries(Object.entries(byCause).sort(([a], [b]) => (a < b ? -1 : 1))),
    leaks,
    inlinedCopies: folder.folded,
    packages: {
      total: packages.length,
      ok: packages.filter((p) => p.status === 'ok').length,
      failed: packages.filter((p) => p.status === 'failed').length,
      notBuilt: packages.filter((p) => p.status === 'not-built').length,
    },
    unrecognized,
    goMessages: compiled.goMessages,
    goExitCode: compiled.exitCode,
  };
  const result: AnalysisResult = {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'goescape', version: VERSION },
    toolchain: {
      goVersion: env.GOVERSION, goos: env.GOOS, goarch: env.GOARCH, goexperiment: env.GOEXPERIMENT ?? '',
      compilerFlags: input.compilerFlags, command: input.command,
    },
    patterns: input.patterns,
    packages,
    findings,
    summary,
  };
  if (moduleRoot) result.module = { path: modulePathOf(listed, moduleRoot), root: moduleRoot };
  return result;
}

function modulePathOf(listed: ListedPackage[], root: string): string {
  const main = listed.find((p) => p.Module?.Main && p.Module.Dir === root) ?? listed.find((p) => p.Module?.Main);
  return main?.Module?.Path ?? '';
}


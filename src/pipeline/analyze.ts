/**
 * The analyze pipeline, top-down: ask go about the toolchain (env) and
 * where the packages are (list), compile with `-m=2` while parsing the
 * stream, attribute each block's findings to functions as it ends, fold
 * inlined copies, key, classify causes and assemble the result. The
 * streaming scheduler is stream.ts, the assembly assemble.ts, the compile
 * toolchain/compile-m.ts. Returns data; prints nothing.
 */
import { createHash } from 'node:crypto';
import { isAbsolute, resolve } from 'node:path';
import { requireDirectory } from '../errors.js';
import { isHeapKind } from '../model/kinds.js';
import type { AnalysisResult } from '../model/result.js';
import { CompilerOutput } from '../parse/compile-output.js';
import { LineSplitter } from '../util/bytes.js';
import { applyClassification } from '../analyze/classify.js';
import { PathNormalizer } from '../analyze/paths.js';
import { compileM, confirmNothingPrinted, fileNameJoiner, type Compiled, type CompileSink } from '../toolchain/compile-m.js';
import { asListed, goEnv, listPackages, moduleRoot, notAModule, type GoEnv, type ListedPackage } from '../toolchain/go-list.js';
import { timingPhase } from '../util/timing.js';
import { publishCompileEnded } from './events.js';
import { assemble, attributeHeld, countPerPackage, keptFindings, matchedPackages, packageRows, type AssembleInput } from './assemble.js';
import { StreamingAttribution } from './stream.js';

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
  /** Called as packages finish compiling (for progress display). When go's compile ends, COMPILE_ENDED is published (events.ts). */
  onPackage?: (pkg: string, done: number) => void;
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
  // env: the toolchain, and the module findings' paths are relative to.
  const cwd = resolve(options.cwd ?? process.cwd());
  const patterns = options.patterns && options.patterns.length > 0 ? options.patterns : ['./...'];
  requireDirectory(cwd);
  const run = { cwd, env: options.env ?? process.env };
  const env = await goEnv(run);
  const root = moduleRoot(env)?.root;
  if (!root && patterns.some((p) => p.startsWith('.') || isAbsolute(p))) throw notAModule(cwd);
  const compilerFlags = ['-m=2', ...(options.noInline ? ['-l'] : [])];
  const build = { patterns, compilerFlags, deps: options.deps, tags: options.tags, rebuild: options.rebuild, tests: options.tests, cwd };
  const listFlags = [...(options.tags ? ['-tags', options.tags] : []), ...(options.tests ? ['-test'] : [])];
  const t0 = performance.now();
  // attribute: each package's block as it ends, once go list has said where packages live (stream.ts).
  const paths = new PathNormalizer({ cwd, moduleRoot: root, goroot: env.GOROOT, gomodcache: env.GOMODCACHE });
  const stream = new StreamingAttribution(paths, !options.tests, speculation?.onSourceRead);
  const sink: CompileSink = {
    add: (out, blocks) => {
      stream.add(out);
      options.onPackage?.(out.pkg, blocks);
    },
    output: () => stream.output(),
    exited: publishCompileEnded,
  };
  /**
   * list + compile stream: one compile. `decide` runs as soon as go has
   * started (so the cache lookup behind it overlaps with go loading
   * packages) and says whether to hold the output; when it does not, go
   * list runs alongside and tells where packages live, so attribution
   * overlaps with the compile.
   */
  const compileOnce = async (decide: () => boolean) => {
    let listing: Promise<{ packages: ListedPackage[]; stderr: string }> | undefined;
    const { compiled, command } = await compileM(build, run, sink, () => {
      if (!options.tests && decide()) return true;
      // Only where packages live is needed here (the compile lists them in full at its end):
      // -find skips loading their dependencies.
      listing = listPackages(patterns, options.tests ? listFlags : [...listFlags, '-find'], run).then((l) => {
        stream.ready(l.packages);
        return l;
      });
      listing.catch(() => undefined); // awaited below; a failure surfaces there
      return false;
    });
    return { listed: await listing, compiled, command };
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
    const r = afterCompile({ env, moduleRoot: root, patterns, compilerFlags, command, listed: listed.packages, listStderr: listed.stderr, compiled, cwd, stream });
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

/** The pipeline once go has exited: the blocks held back, fold, key, classify, assemble. */
function afterCompile(input: AssembleInput): AnalysisResult {
  const { stream } = input;
  const matched = matchedPackages(input);
  const tA = performance.now();
  const held = attributeHeld(input);
  const rows = packageRows(input, matched, held.errorsOf);
  timingPhase('attribute', tA);
  const tB = performance.now();
  // fold: what is not digested yet, then the fold's second pass.
  stream.digestAll(rows.descs);
  timingPhase('digest rest', tB);
  stream.finishFold(rows.descs);
  timingPhase('fold', tB);
  const findings = keptFindings(stream, rows.descs);
  timingPhase('kept', tB);
  // key: each finding's key but its ordinal was worked out when it was digested.
  stream.assignOrdinals(stream.folder.copies);
  timingPhase('keys', tB);
  // classify: chains and leaks' causes were set up when each block was digested (they are read lazily).
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i]!;
    if (isHeapKind(f.kind)) applyClassification(f, stream.classification(f));
  }
  timingPhase('classify', tB);
  countPerPackage(rows.packages, stream);
  timingPhase('finish', tB);
  return assemble(input, rows, findings, held.unrecognized);
}

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
  const root = moduleRoot(rec.env)?.root;
  const paths = new PathNormalizer({ cwd: rec.cwd, moduleRoot: root, goroot: rec.env.GOROOT, gomodcache: rec.env.GOMODCACHE });
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
  return afterCompile({ env: rec.env, moduleRoot: root, patterns: ['./...'], compilerFlags: ['-m=2'], command: ['go'], listed: rec.listed, listStderr: '', compiled, cwd: rec.cwd, stream });
}

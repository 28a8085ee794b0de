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
import type { AnalysisResult } from '../model/result.js';
import { applyClassification } from '../analyze/classify.js';
import { placeInlinedSteps } from '../analyze/explain.js';
import { PathNormalizer } from '../analyze/paths.js';
import { compileM, confirmNothingPrinted, listingOf, type CompileSink } from '../toolchain/compile-m.js';
import { goEnv, listPackages, moduleRoot, notAModule, type ListedPackage } from '../toolchain/go-list.js';
import { timingPhase } from '../util/timing.js';
import { publishCompileEnded } from './events.js';
import { nameWrappedMethods } from '../analyze/wrappers.js';
import { assemble, attributeHeld, countPerPackage, keptFindings, matchedPackages, packageRows, type AssembleInput } from './assemble.js';
import type { AnalyzeOptions, PendingAnalysis, Speculation } from './analyze-options.js';
import { StreamingAttribution } from './stream.js';

export type { AnalyzeOptions, PendingAnalysis, Speculation } from './analyze-options.js';

/** Analyzes the packages: compiles them with `-m=2` and returns every finding the compiler printed. */
export async function analyzePackages(options: AnalyzeOptions = {}): Promise<AnalysisResult> {
  return (await compileAnalysis(options)).complete();
}

/** The analysis up to go's exit; the rest waits for complete(), so a caller may replay an earlier report instead (PendingAnalysis). */
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
  stream.explainLeaks = options.explainLeaks !== false;
  stream.keyed = options.keys !== false;
  stream.placesSteps = options.placeInlinedSteps !== false;
  stream.namesWrappers = options.nameWrappers !== false;
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
    compiled.finish();
    const listed = listingOf(compiled, current.listed);
    // Held and kept: no go list ran alongside, and attribution waited for this.
    if (!current.listed) stream.ready(listed.packages);
    if (compiled.outputs.length === 0 && compiled.exitCode === 0 && listed.packages.some((p) => !p.Error || p.GoFiles?.length)) {
      await confirmNothingPrinted({ patterns, compilerFlags, deps: options.deps, tags: options.tags, tests: options.tests }, run);
    }
    const t1 = performance.now();
    const r = afterCompile({
      env,
      moduleRoot: root,
      patterns,
      compilerFlags,
      command,
      listed: listed.packages,
      listStderr: listed.stderr,
      compiled,
      cwd,
      stream,
    });
    timingPhase('assemble', t1);
    return r;
  };
  return {
    get facts() {
      const c = current.compiled;
      return createHash('sha256')
        .update(JSON.stringify([env, c.exitCode, c.goMessages, c.strayStdout, c.exported ?? null]))
        .digest('hex');
    },
    get replayable() {
      return current.compiled.replayable;
    },
    complete: () => (result ??= complete()),
  };
}

/** The pipeline once go has exited: the blocks held back, fold, key, classify, assemble. */
export function afterCompile(input: AssembleInput): AnalysisResult {
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
  if (stream.keyed) {
    stream.assignOrdinals(stream.folder.copies);
    for (let i = 0; i < findings.length; i++) if (findings[i]!.inlinedSites) stream.keys.siteKeys(findings[i]!);
  }
  timingPhase('keys', tB);
  // classify: chains (and leaks' causes) were set when each block was digested.
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i]!;
    if (stream.explains(f)) applyClassification(f, stream.classification(f));
  }
  // Inlined code's steps at their own lines: every package's findings are in, origins in other packages too.
  stream.lookup!.types?.release();
  if (stream.placesSteps) placeInlinedSteps(findings, stream.calleePackage);
  timingPhase('classify', tB);
  if (stream.namesWrappers) nameWrappedMethods(findings, { declaredFuncs: (pkg) => stream.lookup?.declaredFuncs(pkg) ?? new Set() });
  timingPhase('wrappers', tB);
  countPerPackage(rows.packages, stream);
  timingPhase('finish', tB);
  return assemble(input, rows, findings, held.unrecognized);
}

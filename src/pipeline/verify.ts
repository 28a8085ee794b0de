/**
 * `analyze --verify`: compiles the same packages again with `-S` (replayed
 * from the build cache on later runs), parses the assembly listing and
 * reconciles it with the heap findings of an AnalysisResult.
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { GoescapeError } from '../errors.js';
import { compareFindings } from '../analyze/attribute.js';
import { PathNormalizer } from '../analyze/paths.js';
import { DEFAULT_FRAME_LIMIT, Reconciler } from '../analyze/reconcile.js';
import { KeyMaker } from '../analyze/keys.js';
import { readFileSync } from 'node:fs';
import type { AsmFunction } from '../parse/asm.js';
import { importPathOfDesc, type AnalysisResult } from '../model/result.js';
import type { Finding } from '../model/finding.js';
import type { AnalyzeOptions } from './analyze.js';
import { readAsmListing } from './asm-blocks.js';
import { calleePredictions, summarize } from '../analyze/callee-summaries.js';
import { dependencyFacts, factsOf } from './callee-listings.js';
import { timingPhase } from '../util/timing.js';
import { goEnv } from '../toolchain/go-list.js';
import { firstLine } from '../toolchain/stream/process.js';
import { makeTempDir, removeTempDir } from '../toolchain/processes.js';

/** The build settings of the analysis being verified (cwd defaults to the module root, else the process cwd). */
export interface VerifyOptions extends Pick<AnalyzeOptions, 'cwd' | 'env' | 'tags' | 'tests' | 'deps' | 'noInline' | 'patterns'> {
  /** Frames above this many bytes are counted as over the limit (default 8 KiB). */
  frameLimit?: number;
  /** Called as functions are parsed (progress). */
  onFunction?: (count: number) => void;
  /** Predict allocations inside callees (`allocates-in-callee`) from the machine code of the functions called; default true. */
  callees?: boolean;
}

/**
 * Adds `verification` to the heap findings of `result`, appends
 * `allocates-without-escape` findings, and sets `frames` and
 * `verification` on it. Returns the same (mutated) result.
 */
export async function verifyResult(result: AnalysisResult, options: VerifyOptions = {}): Promise<AnalysisResult> {
  const pending = await compileVerification(options, { result });
  await pending.apply(result);
  return result;
}

/** A -S compile not yet reconciled (see compileVerification). */
export interface PendingVerification {
  /** SHA-256 of what the verification is a function of: the listing with build IDs, go's exit code, the command, the frame limit. After apply(), of the compile it used. */
  readonly facts: string;
  /** See PendingAnalysis.replayable. */
  readonly replayable: boolean;
  /** Reconciles the listing with `result` (mutating it, as verifyResult). */
  apply(result: AnalysisResult): Promise<void>;
}

/**
 * Compiles with -S. With `result`, the listing is read and matched while go
 * is still printing. With `drain`, it is not read at all: apply() then
 * compiles again (go replays it from its cache) for a caller that turned
 * out to need it after all (src/pipeline/replay.ts).
 */
export async function compileVerification(options: VerifyOptions, how: { result?: AnalysisResult; drain?: boolean }): Promise<PendingVerification> {
  const patterns = how.result?.patterns;
  const cwd = resolve(options.cwd ?? how.result?.module?.root ?? process.cwd());
  const run = { cwd, env: options.env ?? process.env };
  const envRead = goEnv(run);
  envRead.catch(() => undefined); // awaited below; a failure surfaces there
  let outDir: string | undefined;
  if (options.tests) outDir = makeTempDir('asm');
  try {
    // Index the findings and each package's functions while go is still
    // compiling (or replaying) the listing; only the matching waits for the end.
    let reconciler: Reconciler | undefined;
    let keys: KeyMaker | undefined;
    let paths: PathNormalizer | undefined;
    const early: AsmFunction[][] = [];
    const listing = readAsmListing(
      {
        patterns: patterns ?? options.patterns ?? ['./...'],
        deps: options.deps,
        tags: options.tags,
        tests: options.tests,
        outDir,
        noInline: options.noInline,
        cwd,
      },
      run,
      { onFunction: options.onFunction, onBlock: (fns) => (reconciler ? reconciler.add(fns) : early.push(fns)), drain: how.drain },
    );
    listing.catch(() => undefined); // awaited below; a failure surfaces there
    const env = await envRead;
    const start = (result: AnalysisResult) => {
      const p = new PathNormalizer({ cwd, moduleRoot: result.module?.root, goroot: env.GOROOT, gomodcache: env.GOMODCACHE });
      paths = p;
      reconciler = new Reconciler(result, { normalize: (f) => p.normalize(f), frameLimit: options.frameLimit ?? DEFAULT_FRAME_LIMIT });
      keys = new KeyMaker({ absolute: (f) => p.absolute(f), readSource: readSourceFile });
      for (const fns of early) reconciler.add(fns);
      early.length = 0;
    };
    if (how.result) start(how.result);
    const compiled = await listing;
    if (!compiled.drained && compiled.functions.length === 0 && compiled.exitCode !== 0) {
      throw new GoescapeError('GO_FAILED', `compiling with -S failed: ${firstLine(compiled.otherLines.join('\n')) || `exit code ${compiled.exitCode}`}`);
    }
    const command = compiled.argv.map((a, i) => (i === 0 ? 'go' : outDir && a.startsWith(outDir) ? '<tmpdir>' + a.slice(outDir.length) : a));
    // A drained listing is compiled again by apply(): from then on, that compile is the one described.
    let again: PendingVerification | undefined;
    const pending: PendingVerification = {
      get facts() {
        return again
          ? again.facts
          : createHash('sha256')
              .update(
                JSON.stringify([
                  compiled.exitCode,
                  compiled.exported ?? null,
                  command,
                  env,
                  options.frameLimit ?? DEFAULT_FRAME_LIMIT,
                  options.callees !== false,
                ]),
              )
              .digest('hex');
      },
      get replayable() {
        return again ? again.replayable : compiled.exported !== undefined && compiled.exitCode === 0;
      },
      async apply(result) {
        // Declared before the listing is read: the dependencies' listings follow it.
        const calleesOf = async (fns: AsmFunction[], r: AnalysisResult, goVersion: string, normalize: (f: string) => string) => {
          const analyzed = new Set<string>();
          for (const f of fns) analyzed.add(importPathOfDesc(f.pkg));
          for (const p of r.packages) analyzed.add(p.path);
          const since = performance.now();
          const deps = await dependencyFacts(
            { patterns: r.patterns.length ? r.patterns : (options.patterns ?? ['./...']), tags: options.tags, analyzed, goVersion },
            run,
          );
          timingPhase('callee listings', since);
          const summaries = summarize([...factsOf(fns), ...deps.facts]);
          const predictions = calleePredictions(fns, summaries, normalize);
          timingPhase('callee summaries', since);
          return { deps, summarized: summaries.size, predictions };
        };
        if (compiled.drained) {
          // Not read: compile again, matching as it streams.
          again = await compileVerification(options, { result });
          return again.apply(result);
        }
        if (!reconciler) start(result);
        const out = reconciler!.finish();
        const callees = options.callees === false ? undefined : await calleesOf(compiled.functions, result, env.GOVERSION, (f) => paths!.normalize(f));
        const added = callees ? [...out.newFindings, ...callees.predictions.findings] : out.newFindings;
        // Keyed as the analysis keys heap escapes: by the statement's fingerprint, never by line.
        keys!.assign(added);
        result.findings = mergeSorted(result.findings, added.slice().sort(compareFindings));
        if (added.length > 0) {
          result.summary.byKind['allocates-without-escape'] = added.length;
          result.summary.findings += added.length;
          const byPkg = new Map(result.packages.map((p) => [p.path, p]));
          for (const f of added) {
            const p = byPkg.get(f.pkg);
            if (p) p.findings++;
          }
        }
        result.frames = out.frames;
        result.verification = { ...out.summary, command };
        if (callees) {
          const found = callees.predictions.findings;
          if (found.length > 0) {
            const byClass = { ...(out.summary.byClass ?? {}), 'allocates-in-callee': found.length };
            result.verification.byClass = Object.fromEntries(Object.entries(byClass).sort(([a], [b]) => (a < b ? -1 : 1)));
          }
          result.verification.callees = {
            staticCalls: callees.predictions.staticCalls,
            allocating: found.length,
            unconditional: found.filter((f) => f.details.unconditional).length,
            unknown: callees.predictions.unknown.length,
            unknownCalls: callees.predictions.unknown,
            summarized: callees.summarized,
            packagesCached: callees.deps.cachedPackages,
            packagesCompiled: callees.deps.compiledPackages,
            ...(callees.deps.command ? { command: callees.deps.command } : {}),
          };
        }
      },
    };
    return pending;
  } finally {
    if (outDir) removeTempDir(outDir);
  }
}

/** Merges two arrays sorted by compareFindings (the analysis is already sorted; a full sort of std's 190k findings is not needed). */
function mergeSorted(a: Finding[], b: Finding[]): Finding[] {
  for (let i = 1; i < a.length; i++) if (compareFindings(a[i - 1]!, a[i]!) > 0) return [...a, ...b].sort(compareFindings);
  if (b.length === 0) return a;
  const out: Finding[] = new Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = compareFindings(a[i]!, b[j]!) <= 0 ? a[i++]! : b[j++]!;
  while (i < a.length) out[k++] = a[i++]!;
  while (j < b.length) out[k++] = b[j++]!;
  return out;
}

function readSourceFile(abs: string): Buffer | undefined {
  try {
    return readFileSync(abs);
  } catch {
    return undefined;
  }
}

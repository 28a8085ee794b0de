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
import type { AnalysisResult } from '../model/result.js';
import type { Finding } from '../model/finding.js';
import type { AnalyzeOptions } from './analyze.js';
import { readAsmListing } from './asm-blocks.js';
import { goEnv } from '../toolchain/go-list.js';
import { firstLine } from '../toolchain/stream/process.js';
import { makeTempDir, removeTempDir } from '../toolchain/processes.js';

/** The build settings of the analysis being verified (cwd defaults to the module root, else the process cwd). */
export interface VerifyOptions extends Pick<AnalyzeOptions, 'cwd' | 'env' | 'tags' | 'tests' | 'deps' | 'noInline' | 'patterns'> {
  /** Frames above this many bytes are counted as over the limit (default 8 KiB). */
  frameLimit?: number;
  /** Called as functions are parsed (progress). */
  onFunction?: (count: number) => void;
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
      const paths = new PathNormalizer({ cwd, moduleRoot: result.module?.root, goroot: env.GOROOT, gomodcache: env.GOMODCACHE });
      reconciler = new Reconciler(result, { normalize: (f) => paths.normalize(f), frameLimit: options.frameLimit ?? DEFAULT_FRAME_LIMIT });
      keys = new KeyMaker({ absolute: (f) => paths.absolute(f), readSource: readSourceFile });
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
              .update(JSON.stringify([compiled.exitCode, compiled.exported ?? null, command, env, options.frameLimit ?? DEFAULT_FRAME_LIMIT]))
              .digest('hex');
      },
      get replayable() {
        return again ? again.replayable : compiled.exported !== undefined && compiled.exitCode === 0;
      },
      async apply(result) {
        if (compiled.drained) {
          // Not read: compile again, matching as it streams.
          again = await compileVerification(options, { result });
          return again.apply(result);
        }
        if (!reconciler) start(result);
        const out = reconciler!.finish();
        // Keyed as the analysis keys heap escapes: by the statement's fingerprint, never by line.
        keys!.assign(out.newFindings);
        result.findings = mergeSorted(result.findings, out.newFindings.slice().sort(compareFindings));
        if (out.newFindings.length > 0) {
          result.summary.byKind['allocates-without-escape'] = out.newFindings.length;
          result.summary.findings += out.newFindings.length;
          const byPkg = new Map(result.packages.map((p) => [p.path, p]));
          for (const f of out.newFindings) {
            const p = byPkg.get(f.pkg);
            if (p) p.findings++;
          }
        }
        result.frames = out.frames;
        result.verification = { ...out.summary, command };
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

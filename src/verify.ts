/**
 * `analyze --verify`: compiles the same packages again with `-S` (replayed
 * from the build cache on later runs), parses the assembly listing and
 * reconciles it with the heap findings of an AnalysisResult.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { GoescapeError } from './errors.js';
import { compareFindings } from './analyze/attribute.js';
import { PathNormalizer } from './analyze/paths.js';
import { DEFAULT_FRAME_LIMIT, reconcile } from './analyze/reconcile.js';
import type { AnalysisResult } from './model/result.js';
import type { AsmFunction } from './parse/asm.js';
import type { AnalyzeOptions } from './analyze-packages.js';
import { compileAsm } from './toolchain/asm.js';
import { firstLine, goEnv } from './toolchain/go.js';

/** The build settings of the analysis being verified (cwd defaults to the module root, else the process cwd). */
export interface VerifyOptions extends Pick<AnalyzeOptions, 'cwd' | 'env' | 'tags' | 'tests' | 'deps' | 'noInline'> {
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
  const cwd = resolve(options.cwd ?? result.module?.root ?? process.cwd());
  const run = { cwd, env: options.env ?? process.env };
  const env = await goEnv(run);
  let outDir: string | undefined;
  if (options.tests) outDir = await mkdtemp(join(tmpdir(), 'goescape-asm-'));
  const asm: AsmFunction[] = [];
  try {
    const compiled = await compileAsm(
      { patterns: result.patterns, deps: options.deps, tags: options.tags, tests: options.tests, outDir, noInline: options.noInline },
      run,
      (f) => {
        asm.push(f);
        if (asm.length % 1000 === 0) options.onFunction?.(asm.length);
      },
    );
    if (asm.length === 0 && compiled.exitCode !== 0) {
      throw new GoescapeError('GO_FAILED', `go build -gcflags=-S failed: ${firstLine(compiled.otherLines.join('\n')) || `exit code ${compiled.exitCode}`}`);
    }
    // go prints packages in completion order: put them in a fixed order
    // (stable sort: each package's own listing order is kept) so that which
    // allocation claims which finding, and ties in the frame table, do not vary.
    asm.sort((a, b) => (a.pkg < b.pkg ? -1 : a.pkg > b.pkg ? 1 : 0));
    const paths = new PathNormalizer({ cwd, moduleRoot: result.module?.root, goroot: env.GOROOT, gomodcache: env.GOMODCACHE });
    const out = reconcile(result, asm, { normalize: (f) => paths.normalize(f), frameLimit: options.frameLimit ?? DEFAULT_FRAME_LIMIT });
    result.findings = [...result.findings, ...out.newFindings].sort(compareFindings);
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
    result.verification = { ...out.summary, command: compiled.argv.map((a, i) => (i === 0 ? 'go' : a)) };
    return result;
  } finally {
    if (outDir) await rm(outDir, { recursive: true, force: true });
  }
}

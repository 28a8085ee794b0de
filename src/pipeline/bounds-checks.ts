/**
 * The bounds checks left in the packages of some files (for
 * `//goescape:bce`): compiles those packages with the compiler's
 * bounds-check report and reads it, positions in the analysis's form.
 */
import { dirname, resolve } from 'node:path';
import { GoescapeError } from '../errors.js';
import type { BoundsCheck } from '../gate/evaluate.js';
import { PathNormalizer } from '../analyze/paths.js';
import { fileDirOf, importPathOfDesc, type AnalysisResult } from '../model/result.js';
import { parseBoundsChecks } from '../parse/bounds-checks.js';
import { compileBoundsChecks } from '../toolchain/compile-bounds.js';
import { goEnv } from '../toolchain/go-list.js';
import { firstLine } from '../toolchain/stream/process.js';

export interface BoundsOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  tags?: string;
  tests?: boolean;
  noInline?: boolean;
}

/** Bounds checks of the analyzed packages that hold `files` (normalised paths, as in Finding.pos.file), sorted by position. */
export async function boundsChecksOf(result: AnalysisResult, files: string[], o: BoundsOptions): Promise<BoundsCheck[]> {
  const dirs = new Set(files.map((f) => (f.includes('/') ? dirname(f) : '')));
  const patterns = [...new Set(result.packages.filter((p) => p.status === 'ok' && dirs.has(fileDirOf(p))).map((p) => p.path))].sort();
  if (patterns.length === 0) return [];
  const cwd = resolve(o.cwd);
  const run = { cwd, env: o.env ?? process.env };
  const [env, compiled] = await Promise.all([goEnv(run), compileBoundsChecks({ patterns, tags: o.tags, tests: o.tests, noInline: o.noInline, cwd }, run)]);
  const report = parseBoundsChecks(compiled.stderr);
  if (compiled.exitCode !== 0) {
    throw new GoescapeError(
      'GO_FAILED',
      `compiling with the bounds-check report failed: ${firstLine(report.other.join('\n')) || `exit code ${compiled.exitCode}`}`,
    );
  }
  const paths = new PathNormalizer({ cwd, moduleRoot: result.module?.root, goroot: env.GOROOT, gomodcache: env.GOMODCACHE });
  const dirOf = new Map(result.packages.map((p) => [p.path, p.dir === undefined ? undefined : resolve(result.module?.root ?? cwd, p.dir)]));
  const seen = new Set<string>();
  const out: BoundsCheck[] = [];
  for (const c of report.checks) {
    const pkg = importPathOfDesc(c.pkg);
    const file = paths.normalize(c.file, dirOf.get(pkg));
    // A test variant compiles the package's own files again: one check each.
    const id = `${file}\u0000${c.line}\u0000${c.column}\u0000${c.check}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push({ pkg, pos: { file, line: c.line, column: c.column }, check: c.check });
  }
  return out.sort((a, b) => (a.pos.file < b.pos.file ? -1 : a.pos.file > b.pos.file ? 1 : a.pos.line - b.pos.line || a.pos.column! - b.pos.column!));
}

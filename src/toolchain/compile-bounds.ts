/**
 * The compile that lists the bounds checks the compiler left in the
 * machine code (`-d=ssa/check_bce/debug=1`: `Found IsInBounds` and
 * `Found IsSliceInBounds` at each one), for the packages asked about only.
 * A compile of its own, beside the `-m=2` one: the flag changes the compile
 * action, so go caches it apart, and the analysis's output stays the same.
 */
import { compileArgs, exportArgs } from './go-args.js';
import { makeTempDir, removeTempDir } from './processes.js';
import { runGo, type GoResult } from './stream/process.js';

/** The compiler flag that prints each bounds check left (cmd/compile/internal/ssa/check_bce.go). */
export const CHECK_BCE_FLAG = '-d=ssa/check_bce/debug=1';

export interface BoundsCompileOptions {
  /** Import paths of the packages. */
  patterns: string[];
  tags?: string;
  /** Compile test variants (`go test -c`): bounds checks of _test.go files too. */
  tests?: boolean;
  noInline?: boolean;
  cwd: string;
}

/** Compiles the packages with the flag; the compiler's output is go's stderr. */
export async function compileBoundsChecks(o: BoundsCompileOptions, run: { cwd: string; env: NodeJS.ProcessEnv }): Promise<GoResult> {
  const build = { patterns: o.patterns, compilerFlags: [CHECK_BCE_FLAG, ...(o.noInline ? ['-l'] : [])], tags: o.tags, cwd: o.cwd };
  const outDir = o.tests ? makeTempDir('bce') : undefined;
  try {
    return await runGo(o.tests ? compileArgs({ ...build, tests: true, outDir }) : exportArgs(build), run);
  } finally {
    if (outDir) removeTempDir(outDir);
  }
}

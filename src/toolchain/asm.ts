/**
 * Runs the `-S` compile whose assembly listing backs `analyze --verify`.
 *
 * The listing is read from stderr in text mode (`# pkg` headers), not from
 * `go build -json`: -json delivers each package's whole listing as one
 * event, i.e. one line of up to tens of megabytes (runtime: ~30 MB), which
 * would have to be held in memory; the text form streams, and its raw
 * chunks go to the caller as they arrive (src/asm-listing.ts cuts them into
 * package blocks). Output is replayed from the build cache on a second run.
 */
import { compileArgs, streamGo, type CompileOptions, type GoRunOptions } from './go.js';

export interface AsmCompileOptions extends Omit<CompileOptions, 'compilerFlags'> {
  /** Disable inlining (`-l`), as for the -m compile being verified. */
  noInline?: boolean;
}

export interface AsmCompileResult {
  argv: string[];
  exitCode: number;
  /** What go printed on stdout (nothing is expected). */
  stdout: string;
}

/** The go command line for the `-S` compile. */
export function asmCompileArgs(o: AsmCompileOptions): string[] {
  return compileArgs({ ...o, compilerFlags: o.noInline ? ['-S', '-l'] : ['-S'] });
}

/** Compiles with `-S`, handing the listing (stderr) to `onChunk` as it arrives. */
export async function compileAsm(o: AsmCompileOptions, run: GoRunOptions, onChunk: (chunk: Buffer) => void): Promise<AsmCompileResult> {
  const r = await streamGo(asmCompileArgs(o), run, { onStderrChunk: onChunk });
  return { argv: r.argv, exitCode: r.exitCode, stdout: r.stdout };
}

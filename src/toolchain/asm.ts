/**
 * Runs the `-S` compile whose assembly listing backs `analyze --verify`.
 *
 * The listing is read from stderr in text mode (`# pkg` headers), not from
 * `go build -json`: -json delivers each package's whole listing as one
 * event, i.e. one line of up to tens of megabytes (runtime: ~30 MB), which
 * would have to be held in memory; the text form streams line by line.
 * Output is replayed from the build cache on a second run.
 */
import { AsmParser, type AsmFunction } from '../parse/asm.js';
import { compileArgs, streamGo, type CompileOptions, type GoRunOptions } from './go.js';

export interface AsmCompileOptions extends Omit<CompileOptions, 'compilerFlags'> {
  /** Disable inlining (`-l`), as for the -m compile being verified. */
  noInline?: boolean;
}

export interface AsmCompileResult {
  argv: string[];
  exitCode: number;
  /** Lines that were neither assembly nor headers (compiler errors, go command messages), at most 200. */
  otherLines: string[];
  lineCount: number;
}

/** The go command line for the `-S` compile. */
export function asmCompileArgs(o: AsmCompileOptions): string[] {
  return compileArgs({ ...o, compilerFlags: o.noInline ? ['-S', '-l'] : ['-S'] });
}

/** Compiles with `-S`, handing each function to `onFunction` as it is parsed. */
export async function compileAsm(o: AsmCompileOptions, run: GoRunOptions, onFunction: (f: AsmFunction) => void): Promise<AsmCompileResult> {
  const args = asmCompileArgs(o);
  const parser = new AsmParser(onFunction);
  const otherLines: string[] = [];
  let lineCount = 0;
  const other = (line: string) => {
    if (otherLines.length < 200) otherLines.push(line);
  };
  const r = await streamGo(args, run, {
    onStderrBytes(buf, start, end) {
      lineCount++;
      if (!parser.lineBytes(buf, start, end)) other(buf.toString('utf8', start, end));
    },
    onStdoutLine(line) {
      lineCount++;
      if (!parser.line(line)) other(line);
    },
  });
  parser.end();
  return { argv: r.argv, exitCode: r.exitCode, otherLines, lineCount };
}

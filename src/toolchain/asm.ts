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
  const take = (line: string) => {
    lineCount++;
    const c = line.charCodeAt(0);
    if (c !== 9 && line !== '' && !line.startsWith('# ') && !/^\S+ S[A-Z]+/.test(line) && otherLines.length < 200) otherLines.push(line);
    parser.line(line);
  };
  const r = await streamGo(args, run, {
    onStderrBytes(buf, start, end) {
      if (isAsmLineOfInterest(buf, start, end)) take(buf.toString('utf8', start, end));
      else lineCount++;
    },
    onStdoutLine: take,
  });
  parser.end();
  return { argv: r.argv, exitCode: r.exitCode, otherLines, lineCount };
}

const TAB = 9;
const OPEN_PAREN = 40;
/** First letters of the instructions the parser reads: CALL, LEAQ, MOVL/MOVQ, XORL/XORQ, TEXT. */
const OP_FIRST = new Set([67, 76, 77, 88, 84]);

/**
 * Whether a raw `-S` line needs decoding: symbol headers and `# pkg` lines,
 * and instruction lines (`\t0x0000 00000 (file:line)\tOP\t…`) whose op the
 * parser reads. Hex dumps and relocations, about half of std's 6 million
 * lines, are skipped without being decoded.
 */
export function isAsmLineOfInterest(buf: Buffer, start: number, end: number): boolean {
  if (end <= start) return false;
  if (buf[start] !== TAB) return true;
  // `\t0x` + offset + ' ' + prog number + ' (' …
  let i = start + 1;
  if (buf[i] !== 48 || buf[i + 1] !== 120) return false;
  i += 2;
  while (i < end && buf[i] !== 32) i++;
  i++;
  while (i < end && buf[i]! >= 48 && buf[i]! <= 57) i++;
  if (buf[i] !== 32 || buf[i + 1] !== OPEN_PAREN) return false;
  const tab = buf.indexOf(TAB, i + 2);
  if (tab < 0 || tab >= end) return false;
  const op = buf[tab + 1]!;
  if (!OP_FIRST.has(op)) return false;
  if (op !== 77 /* M */) return true;
  // Moves matter only for immediates and for the registers the allocation
  // entry points read their size from (AX, BX, CX): two thirds of std's
  // moves are neither.
  const last = buf[end - 1];
  if (end - start > 4 && buf[end - 4] === 44 /* , */ && buf[end - 3] === 32 && last === 88 /* X */) {
    const r = buf[end - 2];
    if (r === 65 || r === 66 || r === 67) return true;
  }
  return buf.indexOf(36 /* $ */, tab) >= 0 && buf.indexOf(36, tab) < end;
}

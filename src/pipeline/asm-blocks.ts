/**
 * The `-S` listing of a compile, parsed: the stream is cut into package
 * blocks as it arrives; a block seen before (same bytes, so the same parse)
 * comes from the block cache, any other is parsed line by line and cached.
 */
import { BlockCache, isRecordOf } from '../cache/store.js';
import { AsmParser, type AllocCall, type AsmCall, type AsmFunction, type InlineCall, type StaticRef } from '../parse/asm.js';
import { BlockSplitter, forEachLine, type BlockBytes } from '../parse/blocks.js';
import { compileAsm, type AsmCompileOptions } from '../toolchain/asm.js';
import type { ListedPackage } from '../toolchain/go-list.js';
import type { GoRunOptions } from '../toolchain/stream/process.js';

/** What one block of the listing parses to (the cache keeps it as a StoredBlock). */
interface AsmBlock {
  functions: AsmFunction[];
  /** Lines that were neither assembly nor headers (compiler errors, go command messages), at most 200. */
  otherLines: string[];
  lineCount: number;
}

export interface AsmListing {
  argv: string[];
  exitCode: number;
  /** Functions in the order go printed them. */
  functions: AsmFunction[];
  /** Lines that were neither assembly nor headers, at most 200. */
  otherLines: string[];
  lineCount: number;
  /** Blocks taken from the cache / parsed in this run. */
  cachedBlocks: number;
  parsedBlocks: number;
  /** The compile's listing with build IDs (see compileAsm). */
  exported?: ListedPackage[];
  /** The listing was drained unread (`drain`): nothing above is filled in but argv, exitCode and exported. */
  drained: boolean;
}

const MAX_OTHER_LINES = 200;

/** The code a cached block's content depends on (see BlockCache). */
const PARSER_CODE = ['./asm-blocks.js', '../parse/asm.js', '../parse/blocks.js', '../util/bytes.js'].map((m) => new URL(m, import.meta.url));

/**
 * The cached form of an AsmBlock: arrays instead of objects and a table of
 * file names (each instruction's position repeats its file), so reading
 * std's 38,000 functions back costs a fraction of parsing their objects.
 */
interface StoredBlock {
  v: 2;
  pkg: string;
  files: string[];
  /** [symbol, size, args, locals, flags, file index or -1, line, allocation calls, refs, other calls] per function. */
  fns: [string, number, number, number, string[], number, number, StoredCall[], StoredRef[], StoredOtherCall[]][];
  otherLines: string[];
  lineCount: number;
}
/** runtimeFunc, typeSym, size, constArg (null when absent), file index, line, pc offset, inline path (callee, file index, line, column) or null, stackBuf (null when absent), flags (FLOAT_ARG | STACK_MAP | ALWAYS). */
type StoredCall = [string, string | null, number | null, number | null, number, number, number, StoredInline[] | null, boolean | null, number];
const FLOAT_ARG = 1;
const STACK_MAP = 2;
const ALWAYS = 4;
/** callee (null through a register), file index, line, pc offset, inline path or null, always (1 or 0). */
type StoredOtherCall = [string | null, number, number, number, StoredInline[] | null, 0 | 1];
type StoredInline = [string, number, number, number];
/** kind, symbol, file index, line, pc offset, inline path or null. */
type StoredRef = [StaticRef['kind'], string, number, number, number, StoredInline[] | null];

function storeBlock(b: AsmBlock): StoredBlock | undefined {
  const pkg = b.functions[0]?.pkg ?? '';
  if (b.functions.some((f) => f.pkg !== pkg)) return undefined;
  const files: string[] = [];
  const index = new Map<string, number>();
  const fileIndex = (file: string) => {
    let i = index.get(file);
    if (i === undefined) {
      index.set(file, (i = files.length));
      files.push(file);
    }
    return i;
  };
  const storeInline = (path: InlineCall[] | undefined) =>
    path ? path.map((s): StoredInline => [s.callee, fileIndex(s.pos.file), s.pos.line, s.pos.column ?? 0]) : null;
  const fns: StoredBlock['fns'] = b.functions.map((f) => [
    f.symbol,
    f.size,
    f.args,
    f.locals,
    f.flags,
    f.pos ? fileIndex(f.pos.file) : -1,
    f.pos?.line ?? 0,
    f.allocCalls.map(
      (c): StoredCall => [
        c.runtimeFunc,
        c.typeSym ?? null,
        c.size ?? null,
        c.constArg ?? null,
        fileIndex(c.pos.file),
        c.pos.line,
        c.pcOffset,
        storeInline(c.inline),
        c.stackBuf ?? null,
        (c.floatArg ? FLOAT_ARG : 0) | (c.stackMap ? STACK_MAP : 0) | (c.always ? ALWAYS : 0),
      ],
    ),
    f.staticRefs.map((r): StoredRef => [r.kind, r.sym, fileIndex(r.pos.file), r.pos.line, r.pcOffset, storeInline(r.inline)]),
    f.calls.map((c): StoredOtherCall => [c.callee ?? null, fileIndex(c.pos.file), c.pos.line, c.pcOffset, storeInline(c.inline), c.always ? 1 : 0]),
  ]);
  return { v: 2, pkg, files, fns, otherLines: b.otherLines, lineCount: b.lineCount };
}

const STATIC_REF_KINDS: readonly unknown[] = ['static-data', 'zero-size', 'small-integer-cache'] satisfies StaticRef['kind'][];

/** Whether a cached block has exactly the shape storeBlock writes, every file index in range: any other is discarded. */
function isStoredBlock(s: unknown): s is StoredBlock {
  if (!isRecordOf(s, ['v', 'pkg', 'files', 'fns', 'otherLines', 'lineCount'])) return false;
  const { v, pkg, files, fns, otherLines, lineCount } = s;
  if (v !== 2 || typeof pkg !== 'string' || !isStrings(files) || !isStrings(otherLines) || !isCount(lineCount) || !Array.isArray(fns)) return false;
  const file = (i: unknown) => isCount(i) && i < files.length;
  const intOrNull = (n: unknown) => n === null || Number.isSafeInteger(n);
  const step = (x: unknown) => Array.isArray(x) && x.length === 4 && typeof x[0] === 'string' && file(x[1]) && isCount(x[2]) && isCount(x[3]);
  const call = (c: unknown) =>
    Array.isArray(c) &&
    c.length === 10 &&
    typeof c[0] === 'string' &&
    (c[1] === null || typeof c[1] === 'string') &&
    intOrNull(c[2]) &&
    intOrNull(c[3]) &&
    file(c[4]) &&
    isCount(c[5]) &&
    isCount(c[6]) &&
    path(c[7]) &&
    (c[8] === null || typeof c[8] === 'boolean') &&
    Number.isSafeInteger(c[9]) &&
    c[9] >= 0 &&
    c[9] <= (FLOAT_ARG | STACK_MAP | ALWAYS);
  const other = (c: unknown) =>
    Array.isArray(c) &&
    c.length === 6 &&
    (c[0] === null || typeof c[0] === 'string') &&
    file(c[1]) &&
    isCount(c[2]) &&
    isCount(c[3]) &&
    path(c[4]) &&
    (c[5] === 0 || c[5] === 1);
  const path = (p: unknown) => p === null || (Array.isArray(p) && p.length > 0 && p.every(step));
  const ref = (r: unknown) =>
    Array.isArray(r) &&
    r.length === 6 &&
    STATIC_REF_KINDS.includes(r[0]) &&
    typeof r[1] === 'string' &&
    file(r[2]) &&
    isCount(r[3]) &&
    isCount(r[4]) &&
    path(r[5]);
  return fns.every(
    (f: unknown) =>
      Array.isArray(f) &&
      f.length === 10 &&
      typeof f[0] === 'string' &&
      Number.isFinite(f[1]) &&
      Number.isFinite(f[2]) &&
      Number.isFinite(f[3]) &&
      isStrings(f[4]) &&
      (f[5] === -1 || file(f[5])) &&
      isCount(f[6]) &&
      Array.isArray(f[7]) &&
      f[7].every(call) &&
      Array.isArray(f[8]) &&
      f[8].every(ref) &&
      Array.isArray(f[9]) &&
      f[9].every(other),
  );
}

function isStrings(a: unknown): a is string[] {
  return Array.isArray(a) && a.every((x) => typeof x === 'string');
}

function isCount(n: unknown): n is number {
  return Number.isSafeInteger(n) && (n as number) >= 0;
}

function loadBlock(s: StoredBlock): AsmBlock {
  const loadInline = (path: StoredInline[]): InlineCall[] =>
    path.map(([callee, ifile, line, column]) => ({ callee, pos: column > 0 ? { file: s.files[ifile]!, line, column } : { file: s.files[ifile]!, line } }));
  const functions = s.fns.map(([symbol, size, args, locals, flags, file, line, calls, refs, others]): AsmFunction => {
    const f: AsmFunction = { symbol, pkg: s.pkg, size, args, locals, flags, allocCalls: [], staticRefs: [], calls: [] };
    if (file >= 0) f.pos = { file: s.files[file]!, line };
    for (const [runtimeFunc, typeSym, bytes, constArg, cfile, cline, pcOffset, inline, stackBuf, argFlags] of calls) {
      const c: AllocCall = { runtimeFunc, pos: { file: s.files[cfile]!, line: cline }, pcOffset };
      if (inline) c.inline = loadInline(inline);
      if (typeSym !== null) c.typeSym = typeSym;
      if (bytes !== null) c.size = bytes;
      if (constArg !== null) c.constArg = constArg;
      if (stackBuf !== null) c.stackBuf = stackBuf;
      if (argFlags & FLOAT_ARG) c.floatArg = true;
      if (argFlags & STACK_MAP) c.stackMap = true;
      if (argFlags & ALWAYS) c.always = true;
      f.allocCalls.push(c);
    }
    for (const [callee, cfile, cline, pcOffset, inline, always] of others) {
      const c: AsmCall = { pos: { file: s.files[cfile]!, line: cline }, pcOffset };
      if (callee !== null) c.callee = callee;
      if (inline) c.inline = loadInline(inline);
      if (always === 1) c.always = true;
      f.calls.push(c);
    }
    for (const [kind, sym, rfile, rline, pcOffset, inline] of refs) {
      const r: StaticRef = { kind, sym, pos: { file: s.files[rfile]!, line: rline }, pcOffset };
      if (inline) r.inline = loadInline(inline);
      f.staticRefs.push(r);
    }
    return f;
  });
  return { functions, otherLines: s.otherLines, lineCount: s.lineCount };
}

export function parseAsmBlock(block: BlockBytes): AsmBlock {
  const functions: AsmFunction[] = [];
  const otherLines: string[] = [];
  const parser = new AsmParser((f) => functions.push(f));
  let lineCount = 0;
  forEachLine(block, (buf, start, end) => {
    lineCount++;
    if (!parser.lineBytes(buf, start, end) && otherLines.length < MAX_OTHER_LINES) otherLines.push(buf.toString('utf8', start, end));
  });
  parser.end();
  return { functions, otherLines, lineCount };
}

/**
 * Compiles with -S and parses the listing. With `drain`, the listing is not
 * read at all (the caller may only need the build IDs: src/pipeline/replay.ts).
 */
export async function readAsmListing(
  o: AsmCompileOptions,
  run: GoRunOptions,
  opts: { cache?: BlockCache; onFunction?: (count: number) => void; onBlock?: (functions: AsmFunction[]) => void; drain?: boolean } = {},
): Promise<AsmListing> {
  const cache = opts.cache ?? BlockCache.forEnv(run.env ?? process.env, 'asm', PARSER_CODE);
  const out: AsmListing = { argv: [], exitCode: 0, functions: [], otherLines: [], lineCount: 0, cachedBlocks: 0, parsedBlocks: 0, drained: !!opts.drain };
  const take = (b: AsmBlock) => {
    opts.onBlock?.(b.functions);
    for (const f of b.functions) {
      out.functions.push(f);
      if (out.functions.length % 1000 === 0) opts.onFunction?.(out.functions.length);
    }
    for (const l of b.otherLines) if (out.otherLines.length < MAX_OTHER_LINES) out.otherLines.push(l);
    out.lineCount += b.lineCount;
  };
  const splitter = new BlockSplitter((block) => {
    const key = cache.dir ? cache.keyOf(block) : '';
    const stored = key ? cache.get(key, isStoredBlock) : undefined;
    const cached = stored && loadBlock(stored);
    if (cached) {
      out.cachedBlocks++;
      return take(cached);
    }
    const parsed = parseAsmBlock(block);
    out.parsedBlocks++;
    const store = parsed.otherLines.length === 0 ? storeBlock(parsed) : undefined;
    if (store && key) cache.put(key, store);
    take(parsed);
  });
  const r = await compileAsm(o, run, opts.drain ? undefined : (chunk) => splitter.write(chunk));
  if (opts.drain) return { ...out, argv: r.argv, exitCode: r.exitCode, exported: r.exported };
  splitter.end();
  cache.trim();
  out.argv = r.argv;
  out.exitCode = r.exitCode;
  out.exported = r.exported;
  for (const text of r.errors) for (const line of text.split('\n')) if (line && out.otherLines.length < MAX_OTHER_LINES) out.otherLines.push(line);
  for (const line of r.stdout.split('\n')) if (line && out.otherLines.length < MAX_OTHER_LINES) out.otherLines.push(line);
  return out;
}

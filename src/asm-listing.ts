/**
 * The `-S` listing of a compile, parsed: the stream is cut into package
 * blocks as it arrives; a block seen before (same bytes, so the same parse)
 * comes from the block cache, any other is parsed line by line and cached.
 */
import { BlockCache } from './block-cache.js';
import { AsmParser, type AsmFunction } from './parse/asm.js';
import { BlockSplitter, forEachLine, type BlockBytes } from './parse/blocks.js';
import { compileAsm, type AsmCompileOptions } from './toolchain/asm.js';
import type { GoRunOptions } from './toolchain/go.js';

/** What one block of the listing parses to; the cache stores exactly this. */
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
}

const MAX_OTHER_LINES = 200;

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

export async function readAsmListing(o: AsmCompileOptions, run: GoRunOptions,
  opts: { cache?: BlockCache; onFunction?: (count: number) => void; onBlock?: (functions: AsmFunction[]) => void } = {}): Promise<AsmListing> {
  const cache = opts.cache ?? BlockCache.forEnv(run.env ?? process.env, 'asm');
  const out: AsmListing = { argv: [], exitCode: 0, functions: [], otherLines: [], lineCount: 0, cachedBlocks: 0, parsedBlocks: 0 };
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
    const key = cache.keyOf(block);
    const cached = cache.get<AsmBlock>(key);
    if (cached) {
      out.cachedBlocks++;
      return take(cached);
    }
    const parsed = parseAsmBlock(block);
    out.parsedBlocks++;
    // Blocks with compiler errors are not worth keeping: the next run fails differently.
    if (parsed.otherLines.length === 0) cache.put(key, parsed);
    take(parsed);
  });
  const r = await compileAsm(o, run, (chunk) => splitter.write(chunk));
  splitter.end();
  out.argv = r.argv;
  out.exitCode = r.exitCode;
  for (const line of r.stdout.split('\n')) if (line && out.otherLines.length < MAX_OTHER_LINES) out.otherLines.push(line);
  return out;
}

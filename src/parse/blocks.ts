/**
 * Splits the go command's text stream into per-package blocks at `# pkg`
 * header lines, working on raw chunks: only the bytes around newlines that
 * may start a header are looked at, so a block whose parsed form is already
 * known (src/cache/store.ts) costs no per-line work at all.
 */

import { LineSplitter, type BytesHandler } from '../util/bytes.js';

const NL = 10;
const HASH = 35;
const SPACE = 32;
const HEADER = Buffer.from('\n# ');

/** One block: its bytes, as the pieces of the chunks they came in. */
export type BlockBytes = Buffer[];

export class BlockSplitter {
  private parts: Buffer[] = [];
  /** Bytes after the last newline seen: the start of a line not yet complete. */
  private partial: Buffer[] = [];
  private partialLength = 0;

  constructor(private readonly onBlock: (block: BlockBytes) => void) {}

  write(chunk: Buffer): void {
    const lastNl = chunk.lastIndexOf(NL);
    if (lastNl < 0) {
      this.partial.push(chunk);
      this.partialLength += chunk.length;
      return;
    }
    // The line that was incomplete ends in this chunk: it may be a header.
    let from = 0;
    if (this.partialLength > 0) {
      if (this.startsHeader(chunk)) this.cut();
      for (const p of this.partial) this.parts.push(p);
      this.partial = [];
      this.partialLength = 0;
    } else if (chunk.length >= 2 && chunk[0] === HASH && chunk[1] === SPACE) this.cut();
    let at: number;
    while ((at = chunk.indexOf(HEADER, from)) >= 0 && at < lastNl) {
      if (at + 1 > from) this.parts.push(chunk.subarray(from, at + 1));
      this.cut();
      from = at + 1;
    }
    if (lastNl + 1 > from) this.parts.push(chunk.subarray(from, lastNl + 1));
    if (lastNl + 1 < chunk.length) {
      this.partial.push(chunk.subarray(lastNl + 1));
      this.partialLength = chunk.length - lastNl - 1;
    }
  }

  end(): void {
    for (const p of this.partial) this.parts.push(p);
    this.partial = [];
    this.partialLength = 0;
    this.cut();
  }

  /** Whether the pending partial line, continued by `chunk`, starts with `# `. */
  private startsHeader(chunk: Buffer): boolean {
    const first = this.partial[0]!;
    const b0 = first[0];
    const b1 = first.length > 1 ? first[1] : this.partial.length > 1 ? this.partial[1]![0] : chunk[0];
    return b0 === HASH && b1 === SPACE;
  }

  private cut(): void {
    if (this.parts.length === 0) return;
    const block = this.parts;
    this.parts = [];
    this.onBlock(block);
  }
}

/** Calls `onLine` with each line of a block (without its newline), as bytes. */
export function forEachLine(block: BlockBytes, onLine: BytesHandler): void {
  const lines = new LineSplitter(onLine);
  for (const part of block) lines.write(part);
  lines.end();
}

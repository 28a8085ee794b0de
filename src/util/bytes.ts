/**
 * Byte-level helpers for reading the go command's output without decoding
 * it: std prints millions of lines (`-m=2`: 151 MB, `-S`: 445 MB), most of
 * which goescape only needs to recognise. Used by the toolchain (splitting
 * streams) and the parsers (recognising lines).
 */

const NL = 10;

/** Whether `buf[start..end)` starts with `prefix`. */
export function startsWithBytes(buf: Buffer, start: number, end: number, prefix: Buffer): boolean {
  if (end - start < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (buf[start + i] !== prefix[i]) return false;
  return true;
}

/** Whether `needle` occurs in `buf[start..end)`. */
export function includesBytes(buf: Buffer, start: number, end: number, needle: Buffer): boolean {
  const first = needle[0]!;
  const last = end - needle.length;
  outer: for (let i = start; i <= last; i++) {
    if (buf[i] !== first) continue;
    for (let j = 1; j < needle.length; j++) if (buf[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

export type BytesHandler = (buf: Buffer, start: number, end: number) => void;

/**
 * Splits bytes fed in pieces at newlines and hands out each line
 * (`buf[start..end)`, no newline): one copy at most, only for a line that
 * spans pieces; no rescans of long lines. `end()` hands out a last line
 * without a newline.
 */
export class LineSplitter {
  private parts: Buffer[] = [];

  constructor(private readonly onLine: BytesHandler) {}

  write(chunk: Buffer): void {
    let start = 0;
    let nl: number;
    while ((nl = chunk.indexOf(NL, start)) >= 0) {
      if (this.parts.length > 0) {
        this.parts.push(chunk.subarray(start, nl));
        const whole = Buffer.concat(this.parts);
        this.parts = [];
        this.onLine(whole, 0, whole.length);
      } else this.onLine(chunk, start, nl);
      start = nl + 1;
    }
    if (start < chunk.length) this.parts.push(chunk.subarray(start));
  }

  end(): void {
    if (this.parts.length === 0) return;
    const whole = Buffer.concat(this.parts);
    this.parts = [];
    this.onLine(whole, 0, whole.length);
  }
}

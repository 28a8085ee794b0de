import type { SourcePos } from '../model/position.js';
import { UNKNOWN_FILE } from '../model/position.js';

/** A compiler line split into its position prefix and message. */
export interface PositionedText {
  /** The position exactly as printed (used to pair explanations with verdicts). */
  posText: string;
  pos: SourcePos;
  message: string;
}

// The first `:line[:col]: ` run ends the position; paths may contain colons
// and spaces, messages may contain `: ` (see go-compiler-output.md §1).
const UNKNOWN_PREFIX = '<unknown line number>: ';

/** Splits `file:line[:col]: message`; returns undefined for lines with no position. */
export function splitPosition(line: string): PositionedText | undefined {
  if (line.startsWith(UNKNOWN_PREFIX)) {
    return { posText: UNKNOWN_FILE, pos: { file: UNKNOWN_FILE, line: 0 }, message: line.slice(UNKNOWN_PREFIX.length) };
  }
  // The first `:LINE[:COL]: ` after a non-empty file ends the position (as
  // /^(.+?):(\d+)(?::(\d+))?: / would say, without the regex).
  for (let i = line.indexOf(':', 1); i > 0; i = line.indexOf(':', i + 1)) {
    const j = digitsEnd(line, i + 1);
    if (j === i + 1 || line.charCodeAt(j) !== COLON) continue;
    let column: number | undefined;
    let end = j;
    if (line.charCodeAt(j + 1) !== SPACE) {
      const k = digitsEnd(line, j + 1);
      if (k === j + 1 || line.charCodeAt(k) !== COLON || line.charCodeAt(k + 1) !== SPACE) continue;
      column = digitsValue(line, j + 1, k);
      end = k;
    }
    // One literal with every field: adding `column` later would give each of
    // the million positions an out-of-object property array.
    const pos: SourcePos = { file: line.slice(0, i), line: digitsValue(line, i + 1, j), column };
    return { posText: line.slice(0, end), pos, message: line.slice(end + 2) };
  }
  return undefined;
}

const COLON = 58;
const SPACE = 32;

/** Index after the run of decimal digits starting at `from`. */
function digitsEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) break;
    i++;
  }
  return i;
}

/**
 * Parses a bare position such as the `at` part of a flow note:
 * `file:line[:col]`, read from the end (file names may contain colons).
 */
export function parsePosition(text: string): SourcePos | undefined {
  if (text === '<unknown line number>') return { file: UNKNOWN_FILE, line: 0 };
  const last = text.lastIndexOf(':');
  if (last <= 0) return undefined;
  const tail = digitsValue(text, last + 1, text.length);
  if (tail < 0) return undefined;
  const prev = text.lastIndexOf(':', last - 1);
  const mid = prev > 0 ? digitsValue(text, prev + 1, last) : -1;
  // `file:line:col` when the part before the last colon is a number too, else `file:line`.
  if (mid >= 0) return { file: text.slice(0, prev), line: mid, column: tail };
  return { file: text.slice(0, last), line: tail, column: undefined };
}

/** The value of the decimal digits in text[from..to), or −1 when empty or not all digits. */
function digitsValue(text: string, from: number, to: number): number {
  if (from >= to) return -1;
  let v = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return -1;
    v = v * 10 + (c - 48);
  }
  return v;
}

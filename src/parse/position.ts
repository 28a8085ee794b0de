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
const POS_RE = /^(.+?):(\d+)(?::(\d+))?: /;
const UNKNOWN_PREFIX = '<unknown line number>: ';

/** Splits `file:line[:col]: message`; returns undefined for lines with no position. */
export function splitPosition(line: string): PositionedText | undefined {
  if (line.startsWith(UNKNOWN_PREFIX)) {
    return { posText: UNKNOWN_FILE, pos: { file: UNKNOWN_FILE, line: 0 }, message: line.slice(UNKNOWN_PREFIX.length) };
  }
  const m = POS_RE.exec(line);
  if (!m) return undefined;
  // One literal with every field: adding `column` later would give each of
  // the million positions an out-of-object property array.
  const pos: SourcePos = { file: m[1]!, line: Number(m[2]), column: m[3] !== undefined ? Number(m[3]) : undefined };
  return { posText: m[0].slice(0, -2), pos, message: line.slice(m[0].length) };
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

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

/** Parses a bare position such as the `at` part of a flow note. */
export function parsePosition(text: string): SourcePos | undefined {
  if (text === '<unknown line number>') return { file: UNKNOWN_FILE, line: 0 };
  const m = /^(.+?):(\d+)(?::(\d+))?$/.exec(text);
  if (!m) return undefined;
  return { file: m[1]!, line: Number(m[2]), column: m[3] !== undefined ? Number(m[3]) : undefined };
}

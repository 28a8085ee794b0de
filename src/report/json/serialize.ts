import { jsonSafe } from '../escape.js';

/**
 * A JSON document as goescape writes it: two-space indent, a final newline,
 * and the characters a terminal or log acts on written as `\u` escapes
 * (jsonSafe). Numbers that JSON cannot hold (NaN, ±Infinity) are `null`,
 * as the documents declare them.
 */
export function jsonText(doc: object): string {
  return jsonSafe(JSON.stringify(doc, null, 2)) + '\n';
}

/** A number as a document holds it: `null` when it is not finite. */
export function finite(n: number): number | null {
  return Number.isFinite(n) ? n : null;
}

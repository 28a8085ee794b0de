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

/**
 * The same bytes as jsonText, as UTF-8 made in parts: the top-level arrays
 * (an analysis's findings) element by element. The analysis of std is more
 * text than the longest string V8 can hold, so one JSON.stringify of it
 * fails.
 */
export function jsonBytes(doc: object): Buffer {
  const parts: Buffer[] = [];
  const push = (s: string) => parts.push(Buffer.from(jsonSafe(s), 'utf8'));
  const entries = Object.entries(doc).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return Buffer.from('{}\n');
  push('{\n');
  entries.forEach(([key, value], i) => {
    const end = i < entries.length - 1 ? ',\n' : '\n';
    if (Array.isArray(value) && value.length > 0) {
      push(`  ${JSON.stringify(key)}: [\n`);
      // An element's lines are indented for its depth (2) the way JSON.stringify does it; undefined is null in an array.
      value.forEach((el: unknown, j) => push(`    ${(JSON.stringify(el, null, 2) ?? 'null').replace(/\n/g, '\n    ')}${j < value.length - 1 ? ',\n' : '\n'}`));
      push(`  ]${end}`);
    } else {
      const text = JSON.stringify(value, null, 2);
      if (text !== undefined) push(`  ${JSON.stringify(key)}: ${text.replace(/\n/g, '\n  ')}${end}`);
    }
  });
  push('}\n');
  return Buffer.concat(parts);
}

/** A number as a document holds it: `null` when it is not finite. */
export function finite(n: number): number | null {
  return Number.isFinite(n) ? n : null;
}

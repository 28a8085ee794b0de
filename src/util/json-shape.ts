/**
 * Checks that JSON goescape reads back (a baseline, a saved result) has
 * the shape its readers rely on. Such files are untrusted input: edited by
 * hand, merged badly, cut short, or written by something else. A mismatch
 * names the first place that is wrong, so the caller can say which file
 * and what to do, instead of failing somewhere deep inside a renderer.
 * Pure.
 */

/** The first place in a value that does not have the expected shape. */
export class ShapeError extends Error {
  constructor(
    readonly path: string,
    readonly expected: string,
  ) {
    super(`${path || '(top level)'}: expected ${expected}`);
    this.name = 'ShapeError';
  }
}

/** Checks a value found at `path` (`findings[3].pos.line`); throws ShapeError. */
export type Shape = (value: unknown, path: string) => void;

function fail(path: string, expected: string): never {
  throw new ShapeError(path, expected);
}

export const string: Shape = (v, path) => {
  if (typeof v !== 'string') fail(path, 'a string');
};

export const boolean: Shape = (v, path) => {
  if (typeof v !== 'boolean') fail(path, 'true or false');
};

export const number: Shape = (v, path) => {
  if (typeof v !== 'number' || !Number.isFinite(v)) fail(path, 'a number');
};

/** A whole number (negative ones too: derefs are −1 for an address). */
export const integer: Shape = (v, path) => {
  if (!Number.isSafeInteger(v)) fail(path, 'a whole number');
};

/** A whole number ≥ 0: counts, lines, sizes. */
export const count: Shape = (v, path) => {
  if (!Number.isSafeInteger(v) || (v as number) < 0) fail(path, 'a whole number ≥ 0');
};

export function oneOf(values: readonly string[], what: string): Shape {
  return (v, path) => {
    if (typeof v !== 'string' || !values.includes(v)) fail(path, what);
  };
}

/** A string that is an own key of `table` (never a prototype's: `constructor`, `__proto__`). */
export function keyOf(table: object, what: string): Shape {
  return (v, path) => {
    if (typeof v !== 'string' || !Object.hasOwn(table, v)) fail(path, what);
  };
}

export function array(item: Shape): Shape {
  return (v, path) => {
    if (!Array.isArray(v)) fail(path, 'a list');
    for (let i = 0; i < v.length; i++) item(v[i], `${path}[${i}]`);
  };
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** An object with these fields; optional ones may be absent. Other fields are allowed (and ignored). */
export function object(required: Record<string, Shape>, optional: Record<string, Shape> = {}): Shape {
  return (v, path) => {
    if (!isPlainObject(v)) fail(path, 'an object');
    const at = (k: string) => (path ? `${path}.${k}` : k);
    for (const [k, shape] of Object.entries(required)) {
      if (!Object.hasOwn(v, k)) fail(at(k), 'a value (missing)');
      shape(v[k], at(k));
    }
    for (const [k, shape] of Object.entries(optional)) {
      if (Object.hasOwn(v, k) && v[k] !== undefined) shape(v[k], at(k));
    }
  };
}

/** An object used as a map: every value has the shape, keys are free (optionally restricted). */
export function record(value: Shape, key?: Shape): Shape {
  return (v, path) => {
    if (!isPlainObject(v)) fail(path, 'an object');
    for (const [k, val] of Object.entries(v)) {
      key?.(k, `${path}.${k}`);
      value(val, `${path}.${k}`);
    }
  };
}

/** Text of a file without the UTF-8 byte order mark some editors write at its start. */
export function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

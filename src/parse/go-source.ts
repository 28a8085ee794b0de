/**
 * Just enough of a Go scanner to find function extents: each `func`
 * declaration and literal, where its name (or `func` keyword) is, and where
 * its body starts and ends. Used to name the function enclosing a finding
 * when the compiler does not say. Comments, strings, raw strings and runes
 * are skipped so braces inside them do not count.
 */
export interface GoFunc {
  /** Declared name (`F`, `(*T).M`, `T.M`), or `` for a literal. */
  name: string;
  /** 1-based position of the name (declaration) or of `func` (literal): where the compiler reports it. */
  line: number;
  column: number;
  /** Body extent, 1-based, inclusive; absent for a declaration without body. */
  bodyStart?: { line: number; column: number };
  bodyEnd?: { line: number; column: number };
  isLiteral: boolean;
  /** Index of the enclosing function in the list, for literals. */
  parent?: number;
}

interface Tok {
  text: string;
  line: number;
  column: number;
}

/** Tokens that matter for structure: identifiers, and ( ) [ ] { } ; punctuation. Columns count bytes like the Go compiler. */
function tokens(src: string): Tok[] {
  const out: Tok[] = [];
  let line = 1;
  let lineStart = 0;
  let i = 0;
  const n = src.length;
  // Go columns are byte offsets; count UTF-8 bytes for non-ASCII characters
  // on the line, incrementally (tokens come in order along a line).
  let colIdx = 0;
  let colBytes = 0;
  const col = (at: number) => {
    if (colIdx < lineStart || at < colIdx) {
      colIdx = lineStart;
      colBytes = 0;
    }
    colBytes += utf8Length(src, colIdx, at);
    colIdx = at;
    return colBytes + 1;
  };
  // Moves past a comment or raw string, counting the newlines inside it.
  const skipTo = (end: number) => {
    for (let k = i; k < end; k++) {
      if (src.charCodeAt(k) === 10) {
        line++;
        lineStart = k + 1;
      }
    }
    i = end;
  };
  while (i < n) {
    const c = src.charCodeAt(i);
    if (c === 10) {
      i++;
      line++;
      lineStart = i;
      continue;
    }
    if (c === 32 || c === 9 || c === 13) {
      i++;
      continue;
    }
    if (c === 47 && src.charCodeAt(i + 1) === 47) {
      const e = src.indexOf('\n', i);
      i = e < 0 ? n : e;
      continue;
    }
    if (c === 47 && src.charCodeAt(i + 1) === 42) {
      const e = src.indexOf('*/', i + 2);
      const end = e < 0 ? n : e + 2;
      skipTo(end);
      continue;
    }
    if (c === 96) {
      const e = src.indexOf('`', i + 1);
      const end = e < 0 ? n : e + 1;
      skipTo(end);
      continue;
    }
    if (c === 34 || c === 39) {
      let k = i + 1;
      while (k < n) {
        const d = src.charCodeAt(k);
        if (d === 92) k += 2;
        else if (d === c || d === 10) break;
        else k++;
      }
      i = k + 1;
      continue;
    }
    if (isIdentStart(c)) {
      let k = i + 1;
      while (k < n && isIdentPart(src.charCodeAt(k))) k++;
      out.push({ text: src.slice(i, k), line, column: col(i) });
      i = k;
      continue;
    }
    out.push({ text: src[i]!, line, column: col(i) });
    i++;
  }
  return out;
}

function utf8Length(s: string, from: number, to: number): number {
  let bytes = 0;
  for (let k = from; k < to; k++) {
    const c = s.charCodeAt(k);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      k++;
    } else bytes += 3;
  }
  return bytes;
}

function isIdentStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c > 127;
}

function isIdentPart(c: number): boolean {
  return isIdentStart(c) || (c >= 48 && c <= 57);
}

/** Finds every function declaration and literal in a Go source file. Never throws. */
export function scanGoFuncs(src: string): GoFunc[] {
  const toks = tokens(src);
  const funcs: GoFunc[] = [];
  // Stack of open bodies: index into funcs, and the brace depth at which the body opened.
  const open: { index: number; depth: number }[] = [];
  let depth = 0;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.text === '{') {
      depth++;
      continue;
    }
    if (t.text === '}') {
      const top = open[open.length - 1];
      if (top && top.depth === depth) {
        funcs[top.index]!.bodyEnd = { line: t.line, column: t.column };
        open.pop();
      }
      depth = Math.max(0, depth - 1);
      continue;
    }
    if (t.text !== 'func') continue;
    const prev = toks[i - 1]?.text;
    const isLiteral = depth > 0 || prev === '=' || prev === '(' || prev === ',' || prev === ':' || prev === 'return';
    let j = i + 1;
    let name = '';
    let fn: GoFunc;
    if (!isLiteral) {
      let recv = '';
      if (toks[j]?.text === '(') {
        const close = matchClose(toks, j);
        recv = receiverType(toks.slice(j + 1, close));
        j = close + 1;
      }
      const id = toks[j];
      if (!id) break;
      name = recv ? (recv.startsWith('*') ? `(${recv}).${id.text}` : `${recv}.${id.text}`) : id.text;
      fn = { name, line: id.line, column: id.column, isLiteral: false };
      j++;
    } else {
      fn = { name: '', line: t.line, column: t.column, isLiteral: true };
      if (open.length > 0) fn.parent = open[open.length - 1]!.index;
    }
    // Skip type parameters, parameters and results up to the body's `{`, or
    // to the end of the declaration when there is no body.
    const body = findBody(toks, j);
    funcs.push(fn);
    if (body >= 0) {
      fn.bodyStart = { line: toks[body]!.line, column: toks[body]!.column };
      depth++;
      open.push({ index: funcs.length - 1, depth });
      i = body;
    } else {
      i = j - 1;
    }
  }
  return funcs;
}

function matchClose(toks: Tok[], at: number): number {
  let d = 0;
  for (let k = at; k < toks.length; k++) {
    const s = toks[k]!.text;
    if (s === '(' || s === '[' || s === '{') d++;
    else if (s === ')' || s === ']' || s === '}') {
      d--;
      if (d === 0) return k;
    }
  }
  return toks.length - 1;
}

/** `(t *T[K, V])` → `*T[...]`; `(T)` → `T`. The compiler prints generic receivers with `[...]`. */
function receiverType(inner: Tok[]): string {
  let k = 0;
  // Skip the receiver name when there is one: `t *T` or `t T`.
  if (inner.length >= 2 && /^[\p{L}_][\p{L}\p{N}_]*$/u.test(inner[0]!.text) && inner[1]!.text !== '[' && inner[1]!.text !== '.') k = 1;
  let star = '';
  if (inner[k]?.text === '*') {
    star = '*';
    k++;
  }
  const typeName = inner[k]?.text ?? '';
  const generic = inner[k + 1]?.text === '[';
  return `${star}${typeName}${generic ? '[...]' : ''}`;
}

/** From just after the name (or `func` of a literal), the index of the body's `{`, or −1. */
function findBody(toks: Tok[], from: number): number {
  let d = 0;
  for (let k = from; k < toks.length; k++) {
    const s = toks[k]!.text;
    if (s === '(' || s === '[') d++;
    else if (s === ')' || s === ']') d--;
    else if (s === '{') {
      const prev = toks[k - 1]?.text;
      if (prev === 'struct' || prev === 'interface') {
        k = matchClose(toks, k);
        continue;
      }
      if (d === 0) return k;
    } else if (d === 0 && (s === 'func' || s === 'type' || s === 'var' || s === 'const' || s === 'import' || s === ';')) {
      return -1;
    }
  }
  return -1;
}

/** Function scope lookup for one file: innermost function whose body contains a position. */
export class FuncIndex {
  constructor(readonly funcs: GoFunc[]) {}

  /** Innermost function whose body or header contains line:col (header = from name to body end). */
  enclosing(line: number, column = 0): number {
    let best = -1;
    for (let k = 0; k < this.funcs.length; k++) {
      const f = this.funcs[k]!;
      if (!f.bodyEnd) continue;
      const start = { line: f.line, column: f.isLiteral ? f.column : 0 };
      if (before(line, column, start.line, start.column)) continue;
      if (before(f.bodyEnd.line, f.bodyEnd.column, line, column)) continue;
      if (best < 0 || !before(f.line, f.column, this.funcs[best]!.line, this.funcs[best]!.column)) best = k;
    }
    return best;
  }
}

function before(l1: number, c1: number, l2: number, c2: number): boolean {
  return l1 < l2 || (l1 === l2 && c1 < c2);
}

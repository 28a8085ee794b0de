/**
 * Just enough of a Go scanner to find function extents: each `func`
 * declaration and literal, where its name (or `func` keyword) is, and where
 * its body starts and ends; and the file's imports. Used to name the
 * function enclosing a finding when the compiler does not say. Comments,
 * strings, raw strings and runes are skipped so braces inside them do not
 * count. Hand-written rather than a Go grammar: tree-sitter-go gives the
 * same functions on every compilable file of GOROOT/src, but parses many
 * times slower, and attribution reads most of the analyzed source.
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

// Token kinds: punctuation is its char code; identifiers and the keywords
// the structure depends on get codes above the char range.
const IDENT = 0x10000;
/** String, raw string and rune literals: tokens too, so `x = "s"` then `func` is not read as `= func`. */
const LITERAL = 0x8000;
const K_FUNC = IDENT + 1;
const K_RETURN = IDENT + 2;
const K_STRUCT = IDENT + 3;
const K_INTERFACE = IDENT + 4;
const K_TYPE = IDENT + 5;
const K_VAR = IDENT + 6;
const K_CONST = IDENT + 7;
const K_IMPORT = IDENT + 8;
const LPAREN = 40;
const RPAREN = 41;
const LBRACK = 91;
const RBRACK = 93;
const LBRACE = 123;
const RBRACE = 125;
const SEMI = 59;
const STAR = 42;
const DOT = 46;

/**
 * Structural tokens of a file's bytes, as `kind, start, line` triples in one
 * reused Int32Array (no object per token: std has millions). Scanning bytes
 * gives the compiler's byte columns directly; names are decoded on demand.
 */
class Tokens {
  private static store = new Int32Array(1 << 16);
  readonly data: Int32Array;
  readonly length: number;
  /** The file's bytes as a Buffer, to decode names from. */
  readonly src: Buffer;

  constructor(bytes: Uint8Array) {
    const src = (this.src = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length));
    let data = Tokens.store;
    let count = 0;
    let line = 1;
    let i = 0;
    const n = src.length;
    while (i < n) {
      const c = src[i]!;
      if (c === 10) {
        i++;
        line++;
        continue;
      }
      if (c === 32 || c === 9 || c === 13) {
        i++;
        continue;
      }
      if (c === 47 && src[i + 1] === 47) {
        const e = src.indexOf(10, i);
        i = e < 0 ? n : e;
        continue;
      }
      if (c === 47 && src[i + 1] === 42) {
        let k = i + 2;
        while (k < n && !(src[k] === 42 && src[k + 1] === 47)) {
          if (src[k] === 10) line++;
          k++;
        }
        i = k < n ? k + 2 : n;
        continue;
      }
      let k = i + 1;
      let t = c;
      const startLine = line;
      if (c === 96) {
        while (k < n && src[k] !== 96) {
          if (src[k] === 10) line++;
          k++;
        }
        k++;
        t = LITERAL;
      } else if (c === 34 || c === 39) {
        while (k < n) {
          const d = src[k];
          if (d === 92) k += 2;
          else if (d === c || d === 10) break;
          else k++;
        }
        k++;
        t = LITERAL;
      } else if (isIdentStart(c)) {
        while (k < n && isIdentPart(src[k]!)) k++;
        t = keyword(src, i, k);
      } else if (c >= 48 && c <= 57) {
        // Numbers (and their suffixes) are one token that never matters.
        while (k < n && isIdentPart(src[k]!)) k++;
        t = IDENT;
      }
      if (count * 3 + 3 > data.length) {
        const grown = new Int32Array(data.length * 2);
        grown.set(data);
        data = Tokens.store = grown;
      }
      data[count * 3] = t;
      data[count * 3 + 1] = i;
      data[count * 3 + 2] = startLine;
      count++;
      i = k;
    }
    this.data = data;
    this.length = count;
  }

  kind(t: number): number {
    return t >= 0 && t < this.length ? this.data[t * 3]! : -1;
  }

  line(t: number): number {
    return this.data[t * 3 + 2]!;
  }

  text(t: number): string {
    const start = this.data[t * 3 + 1]!;
    let end = start + 1;
    while (end < this.src.length && isIdentPart(this.src[end]!)) end++;
    return this.src.toString('utf8', start, end);
  }

  /** The contents of a string literal token (escapes left as written). */
  literal(t: number): string {
    const start = this.data[t * 3 + 1]!;
    const quote = this.src[start];
    let end = start + 1;
    while (end < this.src.length && this.src[end] !== quote && (quote === 96 || this.src[end] !== 10)) end += this.src[end] === 92 && quote !== 96 ? 2 : 1;
    return this.src.toString('utf8', start + 1, Math.min(end, this.src.length));
  }

  /** 1-based byte column, as the compiler prints it. */
  column(t: number): number {
    const start = this.data[t * 3 + 1]!;
    let k = start;
    while (k > 0 && this.src[k - 1] !== 10) k--;
    return start - k + 1;
  }
}

function keyword(src: Uint8Array, i: number, k: number): number {
  const c = src[i]!;
  switch (k - i) {
    case 3:
      return c === 118 && src[i + 1] === 97 && src[i + 2] === 114 ? K_VAR : IDENT;
    case 4:
      if (c === 102) return src[i + 1] === 117 && src[i + 2] === 110 && src[i + 3] === 99 ? K_FUNC : IDENT;
      return c === 116 && src[i + 1] === 121 && src[i + 2] === 112 && src[i + 3] === 101 ? K_TYPE : IDENT;
    case 5:
      return c === 99 && bytesAre(src, i, 'const') ? K_CONST : IDENT;
    case 6:
      if (c === 114) return bytesAre(src, i, 'return') ? K_RETURN : IDENT;
      if (c === 115) return bytesAre(src, i, 'struct') ? K_STRUCT : IDENT;
      return c === 105 && bytesAre(src, i, 'import') ? K_IMPORT : IDENT;
    case 9:
      return c === 105 && bytesAre(src, i, 'interface') ? K_INTERFACE : IDENT;
  }
  return IDENT;
}

function bytesAre(src: Uint8Array, at: number, word: string): boolean {
  for (let j = 0; j < word.length; j++) if (src[at + j] !== word.charCodeAt(j)) return false;
  return true;
}

function isIdentStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c > 127;
}

function isIdentPart(c: number): boolean {
  return isIdentStart(c) || (c >= 48 && c <= 57);
}

/** Finds every function declaration and literal in a Go source file (text or UTF-8 bytes). Never throws. */
export function scanGoFuncs(src: string | Uint8Array): GoFunc[] {
  return scanGoFile(typeof src === 'string' ? Buffer.from(src, 'utf8') : src).funcs;
}

/** One import spec as written: `name` is the alias (`yaml`, `.`, `_`) when there is one. */
export interface GoImport {
  name?: string;
  path: string;
}

export interface GoFileScan {
  funcs: GoFunc[];
  imports: GoImport[];
}

/** Function extents and imports, from a file's UTF-8 bytes. Never throws. */
export function scanGoFile(src: Uint8Array): GoFileScan {
  const toks = new Tokens(src);
  return { funcs: funcsOf(toks), imports: importsOf(toks) };
}

/** The import specs: `import [name] "path"` and `import ( … )`, which come before every other declaration. */
function importsOf(toks: Tokens): GoImport[] {
  const imports: GoImport[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks.kind(i);
    if (t === K_FUNC || t === K_TYPE || t === K_VAR || t === K_CONST) break;
    if (t !== K_IMPORT) continue;
    const grouped = toks.kind(i + 1) === LPAREN;
    let k = grouped ? i + 2 : i + 1;
    do {
      let name: string | undefined;
      const n = toks.kind(k);
      if (n === IDENT || n === DOT) {
        name = n === DOT ? '.' : toks.text(k);
        k++;
      }
      if (toks.kind(k) !== LITERAL) break;
      const path = toks.literal(k++);
      imports.push(name === undefined ? { path } : { name, path });
      if (toks.kind(k) === SEMI) k++;
    } while (grouped && k < toks.length && toks.kind(k) !== RPAREN);
    // On the group's `)`, or back on the spec's last token.
    i = grouped ? k : k - 1;
  }
  return imports;
}

function funcsOf(toks: Tokens): GoFunc[] {
  const count = toks.length;
  const funcs: GoFunc[] = [];
  // Stack of open bodies: index into funcs, and the brace depth at which the body opened.
  const open: { index: number; depth: number }[] = [];
  let depth = 0;
  /** Token index of a `func` that is the result type of a func type (see below), or −1. */
  let resultFunc = -1;
  for (let i = 0; i < count; i++) {
    const t = toks.kind(i);
    if (t === LBRACE) {
      depth++;
      continue;
    }
    if (t === RBRACE) {
      const top = open[open.length - 1];
      if (top && top.depth === depth) {
        funcs[top.index]!.bodyEnd = { line: toks.line(i), column: toks.column(i) };
        open.pop();
      }
      depth = Math.max(0, depth - 1);
      continue;
    }
    if (t !== K_FUNC) continue;
    const prev = i > 0 ? toks.kind(i - 1) : -1;
    // After `]` or `chan` on its line, `func` is an element type, and so is
    // a `func` right after its parameters (the result): `[]func() T{f, g}`,
    // `map[K]func() func(){}` are composite literals, their braces hold
    // elements. (A `]` that ends a line ends a statement.)
    const typeAfter = i === resultFunc || ((prev === RBRACK || (prev === IDENT && toks.text(i - 1) === 'chan')) && toks.line(i - 1) === toks.line(i));
    if (typeAfter) {
      const close = toks.kind(i + 1) === LPAREN ? matchClose(toks, i + 1) : -1;
      if (close >= 0 && toks.line(close + 1) === toks.line(close)) resultFunc = close + 1;
      continue;
    }
    const isLiteral = depth > 0 || prev === 61 /* = */ || prev === LPAREN || prev === 44 /* , */ || prev === 58 /* : */ || prev === K_RETURN;
    // A declaration starts a line (or follows `;`); `func` after another
    // token on its line at top level is a type (`type H func(…)`, `var f func()`).
    if (!isLiteral && i > 0 && prev !== SEMI && toks.line(i - 1) === toks.line(i)) continue;
    let j = i + 1;
    let fn: GoFunc;
    if (!isLiteral) {
      let recv = '';
      if (toks.kind(j) === LPAREN) {
        const close = matchClose(toks, j);
        recv = receiverType(toks, j + 1, close);
        j = close + 1;
      }
      if (j >= count) break;
      if (toks.kind(j) < IDENT) continue;
      const id = toks.text(j);
      const name = recv ? (recv.startsWith('*') ? `(${recv}).${id}` : `${recv}.${id}`) : id;
      fn = { name, line: toks.line(j), column: toks.column(j), isLiteral: false };
      j++;
    } else {
      fn = { name: '', line: toks.line(i), column: toks.column(i), isLiteral: true };
      if (open.length > 0) fn.parent = open[open.length - 1]!.index;
    }
    // Skip type parameters, parameters and results up to the body's `{`, or
    // to the end of the declaration when there is no body.
    const body = findBody(toks, j);
    // A "literal" without a body is a func type inside a function (`var f func()`).
    if (isLiteral && body < 0) continue;
    funcs.push(fn);
    if (body >= 0) {
      fn.bodyStart = { line: toks.line(body), column: toks.column(body) };
      depth++;
      open.push({ index: funcs.length - 1, depth });
      i = body;
    } else {
      i = j - 1;
    }
  }
  return funcs;
}

function matchClose(toks: Tokens, at: number): number {
  let d = 0;
  for (let k = at; k < toks.length; k++) {
    const s = toks.kind(k);
    if (s === LPAREN || s === LBRACK || s === LBRACE) d++;
    else if (s === RPAREN || s === RBRACK || s === RBRACE) {
      d--;
      if (d === 0) return k;
    }
  }
  return toks.length - 1;
}

/** Tokens `from..to` of `(t *T[K, V])` → `*T[...]`; `(T)`, `((T))` → `T`. The compiler prints generic receivers with `[...]`. */
function receiverType(toks: Tokens, from: number, to: number): string {
  let k = from;
  // Skip the receiver name when there is one: `t *T` or `t T`.
  if (to - from >= 2 && toks.kind(from) >= IDENT && toks.kind(from + 1) !== LBRACK && toks.kind(from + 1) !== DOT) k = from + 1;
  let star = '';
  // The type may be parenthesized: `((*T))`, `(*(T))`.
  for (; k < to && (toks.kind(k) === STAR || toks.kind(k) === LPAREN); k++) if (toks.kind(k) === STAR) star = '*';
  const typeName = k < to ? toks.text(k) : '';
  const generic = k + 1 < to && toks.kind(k + 1) === LBRACK;
  return `${star}${typeName}${generic ? '[...]' : ''}`;
}

/** From just after the name (or `func` of a literal), the index of the body's `{`, or −1. */
function findBody(toks: Tokens, from: number): number {
  let d = 0;
  for (let k = from; k < toks.length; k++) {
    const s = toks.kind(k);
    // Outside brackets a line break ends the signature (semicolon insertion):
    // a `{` on a later line is not this function's body (`var f func()`).
    if (d === 0 && k > from && toks.line(k) !== toks.line(k - 1)) return -1;
    if (s === LPAREN || s === LBRACK) d++;
    else if (s === RPAREN || s === RBRACK) {
      // Closing a bracket opened before `func`: a func type (`map[K]func() T)`).
      if (--d < 0) return -1;
    } else if (d === 0 && (s === 44 /* , */ || s === 61 /* = */ || s === RBRACE)) return -1;
    else if (s === LBRACE) {
      const prev = toks.kind(k - 1);
      if (prev === K_STRUCT || prev === K_INTERFACE) {
        k = matchClose(toks, k);
        continue;
      }
      if (d === 0) return k;
    } else if (d === 0 && (s === K_TYPE || s === K_VAR || s === K_CONST || s === K_IMPORT || s === SEMI)) {
      return -1;
    }
  }
  return -1;
}

/** Function scope lookup for one file: innermost function whose body contains a position. */
export class FuncIndex {
  /** Where each function's extent starts: its line, and its column for literals (0 for declarations). */
  private readonly startLine: number[];
  private readonly startColumn: number[];
  /** Functions come in source order; if not (never seen), lookups scan them all. */
  private readonly ordered: boolean;

  constructor(readonly funcs: GoFunc[]) {
    this.startLine = funcs.map((f) => f.line);
    this.startColumn = funcs.map((f) => (f.isLiteral ? f.column : 0));
    let ordered = true;
    for (let k = 1; k < funcs.length && ordered; k++) {
      if (before(this.startLine[k]!, this.startColumn[k]!, this.startLine[k - 1]!, this.startColumn[k - 1]!)) ordered = false;
    }
    this.ordered = ordered;
  }

  /** Innermost function whose body or header contains line:col (header = from name to body end). */
  enclosing(line: number, column = 0): number {
    if (!this.ordered) return this.scan(line, column);
    // The last function starting at or before the position; if it does not
    // contain it, only its enclosing literals can (declarations do not nest).
    let lo = 0;
    let hi = this.funcs.length - 1;
    let k = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (before(line, column, this.startLine[mid]!, this.startColumn[mid]!)) hi = mid - 1;
      else {
        k = mid;
        lo = mid + 1;
      }
    }
    // Equal starts: the later one is the inner one, as in the scan.
    while (k >= 0) {
      const f = this.funcs[k]!;
      if (f.bodyEnd && !before(f.bodyEnd.line, f.bodyEnd.column, line, column)) return k;
      // A declaration starts at top level, where every earlier body is
      // closed: nothing before it can contain the position either.
      if (!f.isLiteral) return -1;
      k = f.parent ?? -1;
    }
    return -1;
  }

  /** The linear scan `enclosing` shortcuts, for functions out of source order. */
  private scan(line: number, column: number): number {
    let best = -1;
    for (let k = 0; k < this.funcs.length; k++) {
      const f = this.funcs[k]!;
      if (!f.bodyEnd) continue;
      if (before(line, column, this.startLine[k]!, this.startColumn[k]!)) continue;
      if (before(f.bodyEnd.line, f.bodyEnd.column, line, column)) continue;
      if (best < 0 || !before(f.line, f.column, this.funcs[best]!.line, this.funcs[best]!.column)) best = k;
    }
    return best;
  }
}

function before(l1: number, c1: number, l2: number, c2: number): boolean {
  return l1 < l2 || (l1 === l2 && c1 < c2);
}

const GENERATED = /^\/\/ Code generated .* DO NOT EDIT\.\r?$/;

/**
 * Whether a Go file says it was generated by a program
 * (https://go.dev/s/generatedcode, as go/ast's IsGenerated reads it): a
 * line comment `// Code generated … DO NOT EDIT.` before the package clause.
 */
export function isGeneratedGoSource(text: string): boolean {
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    if (GENERATED.test(line)) return true;
    if (/^\s*package\s/.test(line)) return false;
    start = end + 1;
  }
  return false;
}

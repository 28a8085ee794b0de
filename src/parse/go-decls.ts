/**
 * Just enough of Go's declarations to tell what a selector names: the
 * package-level types (struct fields, interface methods), functions and
 * methods (parameters and results), variables, and the imports of one file;
 * and, inside a function, the declarations of a local name. Used to tell a
 * method value (`l.delegate.Debug`) from a field converted to an interface,
 * and a static call of a method (`T.M(x)`) from a call through a variable.
 * Hand-written and partial on purpose: what it cannot read it leaves out,
 * and callers then say they do not know. Never throws.
 */
import { packageNameGuess } from '../model/package-name.js';

export interface GoToken {
  /** `i` identifier or keyword, `l` literal, `p` punctuation (`:=` and `...` are one token). */
  kind: 'i' | 'l' | 'p';
  text: string;
  line: number;
  /** 1-based byte column, as the compiler prints it. */
  column: number;
  /** Byte offset in the file. */
  offset: number;
}

/** Part of a file to read: bytes from..to, starting at a known line (and that line's offset). */
export interface GoRange {
  from: number;
  to: number;
  line: number;
  lineStart: number;
}

/** One-character punctuation tokens' texts, made once. */
const PUNCT = Array.from({ length: 128 }, (_v, c) => String.fromCharCode(c));

/**
 * Tokens of a Go file, comments left out. Literals after the imports keep
 * only their opening quote as text: nothing reads them but import paths
 * (and struct tags, which are skipped by their quote).
 */
export function tokenizeGo(src: Uint8Array, skipBodies = false, range?: GoRange): GoToken[] {
  const out: GoToken[] = [];
  // skipBodies: a top-level function's body is kept as its two braces (declarations of other files need no more).
  let funcPending = false;
  let nest = 0;
  const buf = Buffer.isBuffer(src) ? src : Buffer.from(src.buffer, src.byteOffset, src.length);
  const n = range ? Math.min(range.to, src.length) : src.length;
  let i = range?.from ?? 0;
  let line = range?.line ?? 1;
  let lineStart = range?.lineStart ?? 0;
  let inImports = true;
  let depth = 0;
  while (i < n) {
    const c = buf[i]!;
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
    if (c === 47 && buf[i + 1] === 47) {
      const e = buf.indexOf(10, i);
      i = e < 0 ? n : e;
      continue;
    }
    if (c === 47 && buf[i + 1] === 42) {
      i += 2;
      while (i < n && !(buf[i] === 42 && buf[i + 1] === 47)) {
        if (buf[i] === 10) {
          line++;
          lineStart = i + 1;
        }
        i++;
      }
      i += 2;
      continue;
    }
    const start = i;
    const column = i - lineStart + 1;
    const tokLine = line;
    if (c === 96 || c === 34 || c === 39) {
      i++;
      if (c === 96) {
        while (i < n && buf[i] !== 96) {
          if (buf[i] === 10) {
            line++;
            lineStart = i + 1;
          }
          i++;
        }
      } else {
        while (i < n && buf[i] !== c && buf[i] !== 10) i += buf[i] === 92 ? 2 : 1;
      }
      i++;
      out.push({ kind: 'l', text: inImports ? buf.toString('utf8', start, Math.min(i, n)) : PUNCT[c]!, line: tokLine, column, offset: start });
      continue;
    }
    if (isIdentStart(c) || (c >= 48 && c <= 57)) {
      let ascii = c < 128;
      while (i < n) {
        const d = buf[i]!;
        if (!(isIdentStart(d) || (d >= 48 && d <= 57))) break;
        if (d >= 128) ascii = false;
        i++;
      }
      const text = ascii ? buf.toString('latin1', start, i) : buf.toString('utf8', start, i);
      // The imports end at the first other declaration.
      if (depth === 0 && nest === 0 && (text === 'func' || text === 'type' || text === 'var' || text === 'const' || text === 'import')) {
        if (text !== 'import') inImports = false;
        funcPending = text === 'func';
      }
      out.push({ kind: c >= 48 && c <= 57 ? 'l' : 'i', text, line: tokLine, column, offset: start });
      continue;
    }
    let text: string;
    if (c === 58 && buf[i + 1] === 61) {
      text = ':=';
      i += 2;
    } else if (c === 46 && buf[i + 1] === 46 && buf[i + 2] === 46) {
      text = '...';
      i += 3;
    } else {
      text = c < 128 ? PUNCT[c]! : buf.toString('utf8', i, i + 1);
      i++;
      if (c === 40 || c === 91) nest++;
      else if (c === 41 || c === 93) nest--;
      else if (c === 123) {
        const prev = out[out.length - 1]?.text;
        if (skipBodies && funcPending && depth === 0 && nest === 0 && prev !== 'struct' && prev !== 'interface') {
          funcPending = false;
          out.push({ kind: 'p', text, line: tokLine, column, offset: start });
          const end = skipBody(buf, i);
          for (let k = i; k < end.at; k++) {
            if (buf[k] === 10) {
              line++;
              lineStart = k + 1;
            }
          }
          i = end.at;
          if (i < n) {
            out.push({ kind: 'p', text: '}', line, column: i - lineStart + 1, offset: i });
            i++;
          }
          continue;
        }
        depth++;
      } else if (c === 125) depth--;
    }
    out.push({ kind: 'p', text, line: tokLine, column, offset: start });
  }
  return out;
}

/** From just inside a body's `{`: the index of its closing `}` (strings, runes and comments skipped), or the end. */
function skipBody(buf: Buffer, from: number): { at: number } {
  const n = buf.length;
  let d = 1;
  let i = from;
  while (i < n) {
    const c = buf[i]!;
    if (c === 47 && buf[i + 1] === 47) {
      const e = buf.indexOf(10, i);
      i = e < 0 ? n : e;
      continue;
    }
    if (c === 47 && buf[i + 1] === 42) {
      const e = buf.indexOf('*/', i + 2);
      i = e < 0 ? n : e + 2;
      continue;
    }
    if (c === 96) {
      const e = buf.indexOf(96, i + 1);
      i = e < 0 ? n : e + 1;
      continue;
    }
    if (c === 34 || c === 39) {
      i++;
      while (i < n && buf[i] !== c && buf[i] !== 10) i += buf[i] === 92 ? 2 : 1;
      i++;
      continue;
    }
    if (c === 123) d++;
    else if (c === 125 && --d === 0) return { at: i };
    i++;
  }
  return { at: n };
}

function isIdentStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c > 127;
}

export interface GoField {
  /** The field's name; for an embedded field, its type's name. */
  name: string;
  /** The type as written, tokens joined (`*zap.SugaredLogger`, `[]byte`). */
  type: string;
  embedded: boolean;
}

export interface GoTypeDecl {
  name: string;
  kind: 'struct' | 'interface' | 'other';
  /** Struct fields. */
  fields: GoField[];
  /** Interface methods (names), and embedded interfaces (types as written). */
  methods: string[];
  embeds: string[];
  /** For `other`: the type it is defined from (`type L Logger`), as written. */
  underlying: string;
  /** `type A = B`. */
  alias: boolean;
}

export interface GoParam {
  /** `` when unnamed. */
  name: string;
  type: string;
}

export interface GoFuncDecl {
  name: string;
  /** Token index of its `func`. */
  start: number;
  /** Methods: the receiver's type name without `*` and type parameters. */
  recv?: string;
  /** Methods: the receiver's name, and whether it is a pointer. */
  recvName?: string;
  params: GoParam[];
  results: GoParam[];
  /** Token indexes of the body's braces; −1 without a body. */
  bodyStart: number;
  bodyEnd: number;
}

export interface GoVarDecl {
  type?: string;
  /** The initial value as tokens (from, to exclusive) of this file, and the position among several (`a, b = f()`). */
  init?: { from: number; to: number; index: number; of: number };
}

export interface GoDecls {
  tokens: GoToken[];
  /** Package names used in the file → import paths. */
  imports: Map<string, string>;
  types: Map<string, GoTypeDecl>;
  funcs: GoFuncDecl[];
  vars: Map<string, GoVarDecl>;
}

/** A file's package-level declarations; `skipBodies`: without the tokens of functions' bodies (no locals are looked up in it). */
export function scanGoDecls(src: Uint8Array, skipBodies = false, range?: GoRange): GoDecls {
  const tokens = tokenizeGo(src, skipBodies, range);
  const d: GoDecls = { tokens, imports: new Map(), types: new Map(), funcs: [], vars: new Map() };
  const r = new Reader(tokens);
  try {
    let depth = 0;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.kind === 'p') {
        if (t.text === '{' || t.text === '(' || t.text === '[') depth++;
        else if (t.text === '}' || t.text === ')' || t.text === ']') depth--;
        continue;
      }
      if (depth !== 0 || t.kind !== 'i') continue;
      switch (t.text) {
        case 'import':
          i = r.group(i + 1, (k) => r.importSpec(k, d.imports));
          break;
        case 'type':
          i = r.group(i + 1, (k) => r.typeSpec(k, d.types));
          break;
        case 'var':
        case 'const':
          i = r.group(i + 1, (k) => r.varSpec(k, d.vars, t.text === 'const'));
          break;
        case 'func': {
          const fn = r.funcDecl(i + 1);
          if (fn) {
            d.funcs.push(fn.decl);
            i = fn.end;
          }
          break;
        }
      }
    }
  } catch {
    // What was read so far stands: a partial reader must never fail the analysis.
  }
  return d;
}

const CLOSE: Record<string, string> = { '(': ')', '[': ']', '{': '}' };

/** Token-level helpers over one file. */
export class Reader {
  constructor(readonly t: GoToken[]) {}

  is(k: number, text: string): boolean {
    return this.t[k]?.text === text && this.t[k]!.kind !== 'l';
  }

  ident(k: number): boolean {
    return this.t[k]?.kind === 'i';
  }

  /** Index of the bracket closing the one at k. */
  close(k: number): number {
    const open = this.t[k]!.text;
    const want = CLOSE[open]!;
    let d = 0;
    for (let j = k; j < this.t.length; j++) {
      const x = this.t[j]!;
      if (x.kind !== 'p') continue;
      if (x.text === '(' || x.text === '[' || x.text === '{') d++;
      else if (x.text === ')' || x.text === ']' || x.text === '}') {
        d--;
        if (d === 0) return x.text === want ? j : this.t.length;
      }
    }
    return this.t.length;
  }

  /** Whether a statement or spec ends before token k (a line break at bracket depth 0, or `;`). */
  private endsBefore(k: number, from: number): boolean {
    if (k >= this.t.length) return true;
    if (this.is(k, ';')) return true;
    return k > from && this.t[k]!.line !== this.t[k - 1]!.line && !continuesLine(this.t[k - 1]!);
  }

  /** End (exclusive) of the expression or type starting at k: to the statement's end, or a `,` `;` `)` `]` `}` `=` at depth 0. */
  extent(k: number, stopAt: string[] = [',', ';', ')', ']', '}', '=', ':=']): number {
    let j = k;
    while (j < this.t.length) {
      const x = this.t[j]!;
      if (j > k && this.endsBefore(j, k)) return j;
      if (x.kind === 'p') {
        if (x.text === '(' || x.text === '[' || x.text === '{') {
          // A `{` after a type ends a type in a signature, never in a composite literal: callers say which.
          j = this.close(j) + 1;
          continue;
        }
        if (stopAt.includes(x.text)) return j;
      }
      j++;
    }
    return j;
  }

  /** The tokens from..to joined as Go writes them (no spaces but after keywords). */
  join(from: number, to: number): string {
    let s = '';
    for (let j = from; j < to && j < this.t.length; j++) {
      const x = this.t[j]!;
      s += x.text;
      if (x.kind === 'i' && (x.text === 'map' || x.text === 'chan' || x.text === 'func' || x.text === 'struct' || x.text === 'interface'))
        s += j + 1 < to && this.t[j + 1]!.kind === 'i' ? ' ' : '';
    }
    return s;
  }

  /** `kw ( spec; spec )` or `kw spec`: calls spec for each, returns the last token index used. */
  group(k: number, spec: (k: number) => number): number {
    if (this.is(k, '(')) {
      const end = this.close(k);
      let j = k + 1;
      while (j < end) {
        if (this.is(j, ';')) {
          j++;
          continue;
        }
        const next = spec(j);
        j = Math.max(next, j + 1);
      }
      return end;
    }
    return spec(k) - 1;
  }

  importSpec(k: number, imports: Map<string, string>): number {
    let name: string | undefined;
    if (this.t[k]?.kind === 'i' || this.is(k, '.')) name = this.t[k++]!.text;
    const lit = this.t[k];
    if (lit?.kind !== 'l') return k + 1;
    const path = lit.text.slice(1, -1);
    const used = name ?? packageNameGuess(path);
    if (used !== '_' && used !== '.') imports.set(used, path);
    return k + 1;
  }

  typeSpec(k: number, types: Map<string, GoTypeDecl>): number {
    if (!this.ident(k)) return k + 1;
    const name = this.t[k]!.text;
    let j = k + 1;
    // Type parameters: `type T[K comparable] struct{…}` (not an array type `type A [3]int`).
    if (this.is(j, '[') && this.ident(j + 1) && !this.is(j + 2, ']')) j = this.close(j) + 1;
    const decl: GoTypeDecl = { name, kind: 'other', fields: [], methods: [], embeds: [], underlying: '', alias: false };
    if (this.is(j, '=')) {
      decl.alias = true;
      j++;
    }
    if (this.is(j, 'struct') && this.is(j + 1, '{')) {
      decl.kind = 'struct';
      const end = this.close(j + 1);
      decl.fields = this.fields(j + 2, end);
      types.set(name, decl);
      return end + 1;
    }
    if (this.is(j, 'interface') && this.is(j + 1, '{')) {
      decl.kind = 'interface';
      const end = this.close(j + 1);
      this.interfaceBody(j + 2, end, decl);
      types.set(name, decl);
      return end + 1;
    }
    const end = this.extent(j, [';', ')']);
    decl.underlying = this.join(j, end);
    types.set(name, decl);
    return end;
  }

  /**
   * The end of the struct field or interface element starting at j (before
   * `to`): the next `;` or line break that does not continue the line,
   * skipping bracketed parts whole.
   */
  private memberEnd(j: number, to: number): number {
    let end = j;
    while (end < to && !(end > j && this.t[end]!.line !== this.t[end - 1]!.line && !continuesLine(this.t[end - 1]!)) && !this.is(end, ';')) {
      end = this.is(end, '{') || this.is(end, '(') || this.is(end, '[') ? this.close(end) + 1 : end + 1;
    }
    return end;
  }

  /** Struct fields from..to (inside the braces). */
  fields(from: number, to: number): GoField[] {
    const out: GoField[] = [];
    let j = from;
    while (j < to) {
      if (this.is(j, ';')) {
        j++;
        continue;
      }
      // One line: `a, b T`, `T`, `*T`, `pkg.T`, with an optional tag.
      const end = this.memberEnd(j, to);
      const toks = this.t.slice(j, end).filter((x) => x.kind !== 'l' || (x.text[0] !== '`' && x.text[0] !== '"'));
      const names: string[] = [];
      let k = 0;
      while (k < toks.length && toks[k]!.kind === 'i' && toks[k + 1]?.text === ',') {
        names.push(toks[k]!.text);
        k += 2;
      }
      const rest = toks.slice(k);
      const generic = rest[0]?.kind === 'i' && rest[1]?.text === '[' && rest[rest.length - 1]?.text === ']' && !rest.slice(2, -1).some((x) => x.text === ']');
      const embedded =
        names.length === 0 && (rest.length === 1 || (rest[0]?.text === '*' && rest.length <= 4) || (rest.length === 3 && rest[1]?.text === '.') || generic);
      if (embedded) {
        const type = rest.map((x) => x.text).join('');
        const base = type.replace(/^\*/, '').replace(/\[.*$/, '');
        out.push({ name: base.slice(base.lastIndexOf('.') + 1), type, embedded: true });
      } else if (rest[0]?.kind === 'i') {
        names.push(rest[0].text);
        const type = joinTokens(rest.slice(1));
        for (const n of names) out.push({ name: n, type, embedded: false });
      }
      j = end;
    }
    return out;
  }

  interfaceBody(from: number, to: number, decl: GoTypeDecl): void {
    let j = from;
    while (j < to) {
      if (this.is(j, ';')) {
        j++;
        continue;
      }
      const end = this.memberEnd(j, to);
      if (this.ident(j) && this.is(j + 1, '(')) decl.methods.push(this.t[j]!.text);
      else if (this.ident(j) && !this.t.slice(j, end).some((x) => x.text === '|' || x.text === '~')) decl.embeds.push(this.join(j, end));
      j = end;
    }
  }

  varSpec(k: number, vars: Map<string, GoVarDecl>, isConst: boolean): number {
    const names: string[] = [];
    let j = k;
    while (this.ident(j)) {
      names.push(this.t[j]!.text);
      j++;
      if (this.is(j, ',')) j++;
      else break;
    }
    let type: string | undefined;
    if (!this.is(j, '=') && !this.endsBefore(j, k)) {
      const end = this.extent(j, [';', '=', ')']);
      type = this.join(j, end);
      j = end;
    }
    const values: { from: number; to: number }[] = [];
    if (this.is(j, '=')) {
      j++;
      for (;;) {
        const end = this.extent(j, [',', ';', ')']);
        values.push({ from: j, to: end });
        j = end;
        if (this.is(j, ',')) j++;
        else break;
      }
    }
    if (!isConst) {
      names.forEach((name, i) => {
        const v: GoVarDecl = {};
        if (type) v.type = type;
        const value = values.length === names.length ? values[i] : values.length === 1 ? values[0] : undefined;
        if (value) v.init = { ...value, index: values.length === names.length ? 0 : i, of: values.length === names.length ? 1 : names.length };
        if (!vars.has(name)) vars.set(name, v);
      });
    }
    return j;
  }

  /** After `func`: a declaration (with its receiver), its signature and body extent. */
  funcDecl(k: number): { decl: GoFuncDecl; end: number } | undefined {
    let j = k;
    let recv: string | undefined;
    let recvName: string | undefined;
    let recvParams: GoParam[] = [];
    if (this.is(j, '(')) {
      const end = this.close(j);
      recvParams = this.params(j + 1, end);
      const r = recvParams[0];
      if (r) {
        recv = r.type.replace(/^\*/, '').replace(/[()]/g, '').replace(/\[.*$/, '');
        recvName = r.name;
      }
      j = end + 1;
    }
    if (!this.ident(j)) return undefined;
    const name = this.t[j]!.text;
    j++;
    if (this.is(j, '[')) j = this.close(j) + 1;
    const sig = this.signature(j);
    if (!sig) return undefined;
    const decl: GoFuncDecl = {
      name,
      start: k - 1,
      params: [...recvParams.map((p) => ({ ...p })), ...sig.params],
      results: sig.results,
      bodyStart: -1,
      bodyEnd: -1,
    };
    if (recv !== undefined) {
      decl.recv = recv;
      decl.recvName = recvName ?? '';
    }
    j = sig.end;
    if (this.is(j, '{')) {
      decl.bodyStart = j;
      decl.bodyEnd = this.close(j);
      return { decl, end: decl.bodyEnd };
    }
    return { decl, end: j - 1 };
  }

  /** `(params) results` from the `(` at k; end is the token after the results. */
  signature(k: number): { params: GoParam[]; results: GoParam[]; end: number } | undefined {
    if (!this.is(k, '(')) return undefined;
    const close = this.close(k);
    const params = this.params(k + 1, close);
    let j = close + 1;
    let results: GoParam[] = [];
    if (this.is(j, '(')) {
      const rc = this.close(j);
      results = this.params(j + 1, rc);
      j = rc + 1;
    } else if (!this.is(j, '{') && !this.endsBefore(j, k)) {
      const end = this.typeExtent(j);
      results = [{ name: '', type: this.join(j, end) }];
      j = end;
    }
    return { params, results, end: j };
  }

  /** End of a type starting at k, in a signature (a `{` there is a body, except after struct/interface). */
  typeExtent(k: number): number {
    let j = k;
    while (j < this.t.length) {
      const x = this.t[j]!;
      if (j > k && this.endsBefore(j, k)) return j;
      if (x.kind === 'p') {
        if (x.text === '{') {
          if (j > 0 && (this.is(j - 1, 'struct') || this.is(j - 1, 'interface'))) {
            j = this.close(j) + 1;
            continue;
          }
          return j;
        }
        if (x.text === '(' || x.text === '[') {
          j = this.close(j) + 1;
          continue;
        }
        if (x.text === ',' || x.text === ')' || x.text === ';' || x.text === '=' || x.text === ']' || x.text === '}') return j;
      }
      j++;
    }
    return j;
  }

  /** A parameter list from..to: `a, b int, c string`, `int, string`, `x ...T`. */
  params(from: number, to: number): GoParam[] {
    const groups: { from: number; to: number }[] = [];
    let j = from;
    while (j < to) {
      const end = Math.min(this.extent(j, [',']), to);
      groups.push({ from: j, to: end });
      j = end + 1;
    }
    // Named when some group has a name and a type (`a int`); otherwise each group is a type.
    const named = groups.some((g) => g.to - g.from >= 2 && this.ident(g.from) && !this.is(g.from + 1, '.'));
    const out: GoParam[] = [];
    let pending: string[] = [];
    for (const g of groups) {
      if (!named) {
        out.push({ name: '', type: this.join(g.from, g.to) });
        continue;
      }
      if (g.to - g.from === 1) {
        pending.push(this.t[g.from]!.text);
        continue;
      }
      const type = this.join(g.from + 1, g.to).replace(/^\.\.\./, '[]');
      for (const n of [...pending, this.t[g.from]!.text]) out.push({ name: n, type });
      pending = [];
    }
    for (const n of pending) out.push({ name: '', type: n });
    return out;
  }
}

/** Tokens after which a line break does not end a statement. */
function continuesLine(t: GoToken): boolean {
  if (t.kind !== 'p') return false;
  return (
    t.text === ',' ||
    t.text === '(' ||
    t.text === '[' ||
    t.text === '{' ||
    t.text === '.' ||
    t.text === '=' ||
    t.text === ':=' ||
    t.text === '+' ||
    t.text === '&&' ||
    t.text === '||'
  );
}

function joinTokens(toks: GoToken[]): string {
  let s = '';
  toks.forEach((x, j) => {
    s += x.text;
    if (
      x.kind === 'i' &&
      (x.text === 'map' || x.text === 'chan' || x.text === 'func' || x.text === 'struct' || x.text === 'interface') &&
      toks[j + 1]?.kind === 'i'
    )
      s += ' ';
  });
  return s;
}

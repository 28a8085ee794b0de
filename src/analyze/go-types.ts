/**
 * What a name in Go source stands for, as far as the declarations tell
 * without a type checker: the named type of a variable, parameter, field
 * or call result, and whether a selector on a named type is one of its
 * methods or one of its fields (promoted ones included). Answers
 * `undefined` whenever the source does not say (a type it cannot find, an
 * expression it cannot read): callers then do not decide. Pure: files come
 * through `GoSourceFiles`.
 */
import { packageName } from '../model/package-name.js';
import { Reader, scanGoDecls, type GoDecls, type GoFuncDecl, type GoToken, type GoTypeDecl } from '../parse/go-decls.js';
import type { SourcePos } from '../model/position.js';

export interface GoSourceFiles {
  /** The Go files of a package (normalised names), or undefined when its source is not found. */
  packageFiles(importPath: string): string[] | undefined;
  /** A normalised file's bytes. */
  fileBytes(file: string): Uint8Array | undefined;
  /** Packages' names from go list, by import path (others are guessed from their paths). */
  packageNames?: ReadonlyMap<string, string>;
}

/** A named type: the package declaring it and its name (`error` and other predeclared types have pkg ``). */
export interface NamedType {
  pkg: string;
  name: string;
}

export type Member = 'method' | 'field';

const PREDECLARED = new Set([
  'bool',
  'byte',
  'complex64',
  'complex128',
  'float32',
  'float64',
  'int',
  'int8',
  'int16',
  'int32',
  'int64',
  'rune',
  'string',
  'uint',
  'uint8',
  'uint16',
  'uint32',
  'uint64',
  'uintptr',
  'any',
  'comparable',
  'error',
]);

/** How deep lookups follow embedded fields, aliases and initialisers. */
const MAX_DEPTH = 8;

export class GoTypes {
  private files = new Map<string, GoDecls | null>();

  constructor(private readonly src: GoSourceFiles) {}

  private skeletons = new Map<string, GoDecls | null>();

  /**
   * The declarations around a position: the top-level function containing
   * it, read with its body (its parameters, literals and locals), or the
   * file's package-level declarations when pos is in none.
   */
  private decls(pos: SourcePos): GoDecls | undefined {
    const sk = this.skeleton(pos.file);
    if (!sk) return undefined;
    const fn = sk.funcs.find((f) => f.bodyStart >= 0 && !tokenBefore(sk.tokens[f.bodyEnd]!, pos) && tokenBefore(sk.tokens[f.bodyStart]!, pos));
    if (!fn) return sk;
    const key = `${pos.file}\u0000${fn.start}`;
    let d = this.files.get(key);
    if (d === undefined) {
      const bytes = this.src.fileBytes(pos.file);
      const first = sk.tokens[fn.start]!;
      const range = { from: first.offset, to: sk.tokens[fn.bodyEnd]!.offset + 1, line: first.line, lineStart: first.offset - first.column + 1 };
      d = bytes ? { ...scanGoDecls(bytes, false, range), imports: sk.imports } : null;
      this.files.set(key, d);
    }
    return d ?? undefined;
  }

  /** A file's package-level declarations only (bodies skipped): what other files' lookups need. */
  private skeleton(file: string): GoDecls | undefined {
    let d = this.skeletons.get(file);
    if (d === undefined) {
      const bytes = this.src.fileBytes(file);
      d = bytes ? scanGoDecls(bytes, true) : null;
      this.skeletons.set(file, d);
    }
    return d ?? undefined;
  }

  private bytesOf = new Map<string, Uint8Array | null>();
  private fileLists = new Map<string, string[] | null>();

  /**
   * The package's files whose text has `name` in it, with their
   * declarations: every lookup is for a name, and a file without it cannot
   * declare it (most files of a large package are never read further).
   */
  private pkgFiles(pkg: string, name: string): { file: string; decls: GoDecls }[] {
    let names = this.fileLists.get(pkg);
    if (names === undefined) this.fileLists.set(pkg, (names = this.src.packageFiles(pkg) ?? null));
    if (!names) return [];
    const out: { file: string; decls: GoDecls }[] = [];
    for (const file of names) {
      let bytes = this.bytesOf.get(file);
      if (bytes === undefined) this.bytesOf.set(file, (bytes = this.src.fileBytes(file) ?? null));
      if (!bytes || Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).indexOf(name) < 0) continue;
      const decls = this.skeleton(file);
      if (decls) out.push({ file, decls });
    }
    return out;
  }

  /** Drops what was read (files' bytes and declarations): after the last classification. */
  release(): void {
    this.files.clear();
    this.skeletons.clear();
    this.bytesOf.clear();
    this.fileLists.clear();
  }

  /** Whether the package's source is found (its answers mean something), without reading it. */
  exists(pkg: string): boolean {
    let names = this.fileLists.get(pkg);
    if (names === undefined) this.fileLists.set(pkg, (names = this.src.packageFiles(pkg) ?? null));
    return (names?.length ?? 0) > 0;
  }

  /** exists: the name callers use when the answer decides. */
  knows(pkg: string): boolean {
    return this.exists(pkg);
  }

  /** The import path of a package the file imports under another name, by the package's own name (go list's, else guessed from its path). */
  importByPackageName(file: string, name: string): string | undefined {
    const imports = this.skeleton(file)?.imports;
    if (!imports) return undefined;
    for (const path of imports.values()) if (packageName(path, this.src.packageNames) === name) return path;
    return undefined;
  }

  /** Whether a file's source is read. */
  hasSource(file: string): boolean {
    return this.skeleton(file) !== undefined;
  }

  /** The import path a package name stands for in a file. */
  importPath(file: string, name: string): string | undefined {
    return this.skeleton(file)?.imports.get(name);
  }

  private typeDecl(t: NamedType): { decl: GoTypeDecl; file: string } | undefined {
    for (const { file, decls } of this.pkgFiles(t.pkg, t.name)) {
      const decl = decls.types.get(t.name);
      if (decl) return { decl, file };
    }
    return undefined;
  }

  /** Whether a package declares a type of this name. */
  hasType(pkg: string, name: string): boolean {
    return this.typeDecl({ pkg, name }) !== undefined;
  }

  /** Whether a package declares a function (not a method) of this name. */
  hasFunc(pkg: string, name: string): boolean {
    return this.pkgFiles(pkg, name).some(({ decls }) => decls.funcs.some((f) => f.recv === undefined && f.name === name));
  }

  /**
   * For the selector whose `.` is at pos (where the compiler reports a
   * method value or a boxed field): whether `name` is a method or a field
   * of the operand's type, reading the operand from the source
   * (`Chain(m...).HandlerFunc(h).ServeHTTP`). Undefined when the source at
   * pos is not that selector or the type is not found.
   */
  memberAt(pos: SourcePos, name: string, pkg: string): Member | undefined {
    const d = this.decls(pos);
    if (!d) return undefined;
    const at = tokenAt(d, pos);
    const dot = d.tokens[at];
    if (!dot || dot.line !== pos.line || dot.column !== pos.column || dot.text !== '.' || d.tokens[at + 1]?.text !== name) return undefined;
    const start = operandStart(d, at);
    if (start < 0) return undefined;
    const t = this.exprType(d, start, at, 0, pkg, pos.file, 0);
    return t ? this.member(t, name) : undefined;
  }

  /** Whether a package declares a package-level variable of this name. */
  hasVar(pkg: string, name: string): boolean {
    return this.pkgFiles(pkg, name).some(({ decls }) => decls.vars.has(name));
  }

  /** A type as written in a file of pkg (`*zap.SugaredLogger`, `T[int]`) → the named type, when it is one. */
  namedOf(type: string, pkg: string, file: string): NamedType | undefined {
    const m = /^\**(?:([\p{L}_][\p{L}\p{N}_]*)\.)?([\p{L}_][\p{L}\p{N}_]*)(?:\[.*\])?$/u.exec(type.trim());
    if (!m) return undefined;
    if (m[1]) {
      const path = this.importPath(file, m[1]);
      return path === undefined ? undefined : { pkg: path, name: m[2]! };
    }
    if (PREDECLARED.has(m[2]!)) return { pkg: '', name: m[2]! };
    return { pkg, name: m[2]! };
  }

  /** Whether `name` selected on a value of type t is a method or a field (promoted ones too); undefined when the source does not say. */
  member(t: NamedType, name: string, depth = 0): Member | undefined {
    if (depth > MAX_DEPTH) return undefined;
    if (t.pkg === '') return t.name === 'error' && name === 'Error' ? 'method' : undefined;
    const found = this.typeDecl(t);
    if (!found) return undefined;
    const { decl, file } = found;
    if (decl.alias) {
      const target = this.namedOf(decl.underlying, t.pkg, file);
      return target ? this.member(target, name, depth + 1) : undefined;
    }
    for (const { decls } of this.pkgFiles(t.pkg, name)) {
      for (const fn of decls.funcs) if (fn.recv === t.name && fn.name === name) return 'method';
    }
    if (decl.kind === 'struct') {
      for (const field of decl.fields) if (field.name === name) return 'field';
      for (const field of decl.fields) {
        if (!field.embedded) continue;
        const inner = this.namedOf(field.type, t.pkg, file);
        const m = inner && this.member(inner, name, depth + 1);
        if (m) return m;
      }
      return undefined;
    }
    if (decl.kind === 'interface') {
      if (decl.methods.includes(name)) return 'method';
      for (const e of decl.embeds) {
        const inner = this.namedOf(e, t.pkg, file);
        const m = inner && this.member(inner, name, depth + 1);
        if (m) return m;
      }
      return undefined;
    }
    // `type L Logger`: a struct's fields or an interface's methods carry over, a named type's methods do not.
    const under = this.namedOf(decl.underlying, t.pkg, file);
    if (!under) return undefined;
    const u = this.typeDecl(under);
    if (!u || u.decl.kind === 'other') return undefined;
    const m = this.member(under, name, depth + 1);
    if (m === 'method' && u.decl.kind !== 'interface') return undefined;
    return m;
  }

  /** The type of a field (promoted ones too) of t. */
  private fieldType(t: NamedType, name: string, depth = 0): NamedType | undefined {
    if (depth > MAX_DEPTH || t.pkg === '') return undefined;
    const found = this.typeDecl(t);
    if (!found) return undefined;
    const { decl, file } = found;
    if (decl.kind === 'other') {
      const under = this.namedOf(decl.underlying, t.pkg, file);
      return under ? this.fieldType(under, name, depth + 1) : undefined;
    }
    if (decl.kind !== 'struct') return undefined;
    for (const field of decl.fields) if (field.name === name) return this.namedOf(field.type, t.pkg, file);
    for (const field of decl.fields) {
      if (!field.embedded) continue;
      const inner = this.namedOf(field.type, t.pkg, file);
      const ft = inner && this.fieldType(inner, name, depth + 1);
      if (ft) return ft;
    }
    return undefined;
  }

  /** The named result types of a method of t. */
  private methodResults(t: NamedType, name: string): { types: string[]; pkg: string; file: string } | undefined {
    for (const { file, decls } of this.pkgFiles(t.pkg, name)) {
      for (const fn of decls.funcs) if (fn.recv === t.name && fn.name === name) return { types: fn.results.map((r) => r.type), pkg: t.pkg, file };
    }
    return undefined;
  }

  private funcResults(pkg: string, name: string): { types: string[]; pkg: string; file: string } | undefined {
    for (const { file, decls } of this.pkgFiles(pkg, name)) {
      for (const fn of decls.funcs) if (fn.recv === undefined && fn.name === name) return { types: fn.results.map((r) => r.type), pkg, file };
    }
    return undefined;
  }

  /**
   * The named type of an expression as the compiler prints it (`l.delegate`,
   * `logger`, `pkg.Var.f`), used at pos in a function of pkg.
   */
  typeOfPrinted(expr: string, pkg: string, pos: SourcePos): NamedType | undefined {
    if (!/^[\p{L}_][\p{L}\p{N}_]*(\.[\p{L}_][\p{L}\p{N}_]*)*$/u.test(expr)) return undefined;
    const parts = expr.split('.');
    let t: NamedType | undefined;
    let rest: string[];
    const path = parts.length > 1 ? this.importPath(pos.file, parts[0]!) : undefined;
    if (path !== undefined && !this.declaresLocal(parts[0]!, pos)) {
      // `pkg.Var…`: a package-level variable of another package.
      t = this.pkgVarType(path, parts[1]!, 0);
      rest = parts.slice(2);
    } else {
      t = this.identType(parts[0]!, pkg, pos, 0);
      rest = parts.slice(1);
    }
    for (const name of rest) {
      if (!t) return undefined;
      t = this.fieldType(t, name);
    }
    return t;
  }

  /** Whether a name is declared as a parameter or local in the functions around pos (it then shadows a package name). */
  declaresLocal(name: string, pos: SourcePos): boolean {
    const d = this.decls(pos);
    if (!d) return false;
    // Anywhere in the function: a name declared after pos still shadows the package at a later use.
    return enclosingFuncs(d, pos).some(
      (f) =>
        f.params.some((p) => p.name === name) ||
        f.results.some((p) => p.name === name) ||
        localDecl(d, f, name, { file: pos.file, line: d.tokens[f.bodyEnd]?.line ?? pos.line, column: d.tokens[f.bodyEnd]?.column ?? 0 }) !== undefined,
    );
  }

  private identType(name: string, pkg: string, pos: SourcePos, depth: number): NamedType | undefined {
    if (depth > MAX_DEPTH) return undefined;
    const d = this.decls(pos);
    if (!d) return undefined;
    for (const fn of enclosingFuncs(d, pos)) {
      const param = fn.params.find((p) => p.name === name);
      if (param) return this.namedOf(param.type, pkg, pos.file);
      const result = fn.results.find((p) => p.name === name);
      if (result) return this.namedOf(result.type, pkg, pos.file);
      const local = localDecl(d, fn, name, pos);
      if (local) {
        if (local.type !== undefined) return this.namedOf(local.type, pkg, pos.file);
        if (local.value) return this.exprType(d, local.value.from, local.value.to, local.value.index, pkg, pos.file, depth + 1);
        return undefined;
      }
    }
    return this.pkgVarType(pkg, name, depth);
  }

  private pkgVarType(pkg: string, name: string, depth: number): NamedType | undefined {
    if (depth > MAX_DEPTH) return undefined;
    for (const { file, decls } of this.pkgFiles(pkg, name)) {
      const v = decls.vars.get(name);
      if (!v) continue;
      if (v.type !== undefined) return this.namedOf(v.type, pkg, file);
      if (v.init) return this.exprType(decls, v.init.from, v.init.to, v.init.index, pkg, file, depth + 1);
      return undefined;
    }
    return undefined;
  }

  /** The named type of the expression in tokens from..to of a file (the index-th value when it is a call with several results). */
  private exprType(d: GoDecls, from: number, to: number, index: number, pkg: string, file: string, depth: number): NamedType | undefined {
    if (depth > MAX_DEPTH || from >= to) return undefined;
    const r = new Reader(d.tokens);
    let k = from;
    if (r.is(k, '&')) k++;
    // `new(T)`
    if (r.is(k, 'new') && r.is(k + 1, '(') && r.close(k + 1) === to - 1) return this.namedOf(r.join(k + 2, to - 1), pkg, file);
    const last = d.tokens[to - 1]!;
    // A composite literal `T{…}`, `pkg.T{…}`, `T[int]{…}`.
    if (last.text === '}' && last.kind === 'p') {
      let open = -1;
      for (let j = k; j < to; j++)
        if (r.is(j, '{')) {
          open = j;
          break;
        }
      if (open > k && r.close(open) === to - 1) return this.namedOf(r.join(k, open), pkg, file);
      return undefined;
    }
    // A type assertion `x.(T)` (also the first of `v, ok := x.(T)`).
    if (last.text === ')' && last.kind === 'p') {
      let open = to - 1;
      for (let depth = 0; open >= k; open--) {
        const t = d.tokens[open]!;
        if (t.kind !== 'p') continue;
        if (t.text === ')') depth++;
        else if (t.text === '(' && --depth === 0) break;
      }
      if (open > k && r.is(open - 1, '.') && !r.is(open + 1, 'type')) return this.namedOf(r.join(open + 1, to - 1), pkg, file);
    }
    // A call `F(…)`, `pkg.F(…)`, `x.M(…)`, or a conversion `T(x)`.
    if (last.text === ')' && last.kind === 'p') {
      let open = -1;
      for (let j = k; j < to; j++) {
        if (r.is(j, '(')) {
          if (r.close(j) === to - 1) {
            open = j;
            break;
          }
          j = r.close(j);
        }
      }
      if (open <= k) return undefined;
      const callee = r.join(k, open);
      let results: { types: string[]; pkg: string; file: string } | undefined;
      if (!/^[\p{L}_][\p{L}\p{N}_]*(\.[\p{L}_][\p{L}\p{N}_]*)*$/u.test(callee)) {
        // `expr.M(…)`: a method of the type of expr (a call's result, say).
        if (!(open - 2 > k && r.is(open - 2, '.') && r.ident(open - 1))) return undefined;
        const recv = this.exprType(d, k, open - 2, 0, pkg, file, depth + 1);
        results = recv && this.methodResults(recv, d.tokens[open - 1]!.text);
        if (!results) return undefined;
        const type = results.types[results.types.length === 1 ? 0 : index];
        return type === undefined ? undefined : this.namedOf(type, results.pkg, results.file);
      }
      const parts = callee.split('.');
      if (parts.length === 1) {
        if (this.hasType(pkg, parts[0]!)) return { pkg, name: parts[0]! };
        results = this.funcResults(pkg, parts[0]!);
      } else {
        const path = parts.length === 2 ? d.imports.get(parts[0]!) : undefined;
        if (path !== undefined) {
          if (this.hasType(path, parts[1]!)) return { pkg: path, name: parts[1]! };
          results = this.funcResults(path, parts[1]!);
        } else {
          const recv = this.exprType(d, k, k + (parts.length - 1) * 2 - 1, 0, pkg, file, depth + 1);
          if (recv) results = this.methodResults(recv, parts[parts.length - 1]!);
        }
      }
      if (!results) return undefined;
      const type = results.types[results.types.length === 1 ? 0 : index];
      return type === undefined ? undefined : this.namedOf(type, results.pkg, results.file);
    }
    // A name or a selector chain.
    const text = r.join(k, to);
    if (!/^[\p{L}_][\p{L}\p{N}_]*(\.[\p{L}_][\p{L}\p{N}_]*)*$/u.test(text)) return undefined;
    const parts = text.split('.');
    let t: NamedType | undefined;
    let rest: string[];
    const path = parts.length > 1 ? d.imports.get(parts[0]!) : undefined;
    if (path !== undefined) {
      t = this.pkgVarType(path, parts[1]!, depth + 1);
      rest = parts.slice(2);
    } else {
      const tok = d.tokens[k]!;
      t = this.identType(parts[0]!, pkg, { file, line: tok.line, column: tok.column }, depth + 1);
      rest = parts.slice(1);
    }
    for (const name of rest) {
      if (!t) return undefined;
      t = this.fieldType(t, name);
    }
    return t;
  }
}

/** A function (declaration or literal) with its signature and body. */
interface FuncScope {
  params: { name: string; type: string }[];
  results: { name: string; type: string }[];
  bodyStart: number;
  bodyEnd: number;
}

const scopesOf = new WeakMap<GoDecls, FuncScope[]>();

/** Every function declaration and literal of a file with a body. */
function funcScopes(d: GoDecls): FuncScope[] {
  let scopes = scopesOf.get(d);
  if (scopes) return scopes;
  scopes = [];
  const r = new Reader(d.tokens);
  const decls = new Map<number, GoFuncDecl>(d.funcs.filter((f) => f.bodyStart >= 0).map((f) => [f.bodyStart, f]));
  for (const fn of decls.values()) scopes.push({ params: fn.params, results: fn.results, bodyStart: fn.bodyStart, bodyEnd: fn.bodyEnd });
  try {
    for (let i = 0; i < d.tokens.length; i++) {
      if (!(r.is(i, 'func') && d.tokens[i]!.kind === 'i' && r.is(i + 1, '('))) continue;
      const sig = r.signature(i + 1);
      if (!sig || !r.is(sig.end, '{') || decls.has(sig.end)) continue;
      scopes.push({ params: sig.params, results: sig.results, bodyStart: sig.end, bodyEnd: r.close(sig.end) });
    }
  } catch {
    // Partial scopes stand.
  }
  scopesOf.set(d, scopes);
  return scopes;
}

/** The functions whose bodies contain pos, innermost first. */
function enclosingFuncs(d: GoDecls, pos: SourcePos): FuncScope[] {
  const at = tokenAt(d, pos);
  if (at < 0) return [];
  return funcScopes(d)
    .filter((f) => f.bodyStart < at && at < f.bodyEnd)
    .sort((a, b) => b.bodyStart - a.bodyStart);
}

/**
 * Where the operand of the selector whose `.` is token `dot` starts: back
 * over names, dots and balanced calls or indexes (`a.b(c)[d].e`); −1 when
 * the operand is something else (a literal, a parenthesized expression).
 */
function operandStart(d: GoDecls, dot: number): number {
  const t = d.tokens;
  let k = dot - 1;
  for (;;) {
    const x = t[k];
    if (!x) return -1;
    if (x.kind === 'p' && (x.text === ')' || x.text === ']')) {
      const open = x.text === ')' ? '(' : '[';
      let depth = 0;
      for (; k >= 0; k--) {
        const y = t[k]!;
        if (y.kind !== 'p') continue;
        if (y.text === x.text) depth++;
        else if (y.text === open && --depth === 0) break;
      }
      k--;
      // A call or an index needs something called or indexed before it.
      if (!t[k] || !(t[k]!.kind === 'i' || t[k]!.text === ')' || t[k]!.text === ']')) return -1;
      continue;
    }
    if (x.kind !== 'i') return -1;
    if (t[k - 1]?.text === '.' && t[k - 1]!.kind === 'p') {
      k -= 2;
      continue;
    }
    return k;
  }
}

/** Whether token t comes before pos. */
function tokenBefore(t: GoToken, pos: SourcePos): boolean {
  return t.line < pos.line || (t.line === pos.line && t.column < (pos.column ?? 0));
}

/** Index of the first token at or after pos. */
function tokenAt(d: GoDecls, pos: SourcePos): number {
  const toks = d.tokens;
  let lo = 0;
  let hi = toks.length;
  const col = pos.column ?? 0;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const t = toks[mid]!;
    if (t.line < pos.line || (t.line === pos.line && t.column < col)) lo = mid + 1;
    else hi = mid;
  }
  return lo < toks.length ? lo : -1;
}

/**
 * The last declaration of a local before pos in fn's body (`x := e`,
 * `x, y := f()`, `var x T`, `var x = e`); a range variable or a name
 * declared in a way it does not read gives `{}`, so the name is known to be
 * local but of no known type.
 */
function localDecl(
  d: GoDecls,
  fn: FuncScope,
  name: string,
  pos: SourcePos,
): { type?: string; value?: { from: number; to: number; index: number } } | undefined {
  const r = new Reader(d.tokens);
  const at = tokenAt(d, pos);
  let found: { type?: string; value?: { from: number; to: number; index: number } } | undefined;
  for (let i = fn.bodyStart + 1; i < at && i < fn.bodyEnd; i++) {
    const t = d.tokens[i]!;
    if (t.kind !== 'i' || t.text !== name) continue;
    // `var name T` / `var name = e`
    if (r.is(i - 1, 'var')) {
      let j = i + 1;
      if (!r.is(j, '=')) {
        const end = r.typeExtent(j);
        found = { type: r.join(j, end) };
        continue;
      }
      j++;
      found = { value: { from: j, to: r.extent(j, [';', ',', ')', '}']), index: 0 } };
      continue;
    }
    // `a, name, b := …`: walk to the `:=` over `, ident` pairs.
    let j = i;
    let index = 0;
    let start = i;
    while (r.is(start - 1, ',') && r.ident(start - 2)) {
      start -= 2;
      index++;
    }
    while (r.is(j + 1, ',') && r.ident(j + 2)) j += 2;
    if (!r.is(j + 1, ':=')) continue;
    if (r.is(j + 2, 'range')) {
      found = {};
      continue;
    }
    const from = j + 2;
    const values: { from: number; to: number }[] = [];
    let k = from;
    for (;;) {
      const end = r.extent(k, [',', ';', '}', ')', '{']);
      values.push({ from: k, to: end });
      if (!r.is(end, ',')) break;
      k = end + 1;
    }
    const names = (j - start) / 2 + 1;
    const value = values.length === names ? values[index] : values.length === 1 ? values[0] : undefined;
    found = value ? { value: { ...value, index: values.length === names ? 0 : index } } : {};
  }
  return found;
}

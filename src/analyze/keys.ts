/**
 * Stable keys of findings and allocation sites. A key is package,
 * function, kind, subject and, for heap escapes (and allocations with no
 * escape), a fingerprint of the finding's own statement: 8 hex digits of
 * the SHA-256 of its text with comments and whitespace removed. An ordinal
 * (`~1`, `~2`, …, in position order) is added only among findings whose
 * keys are otherwise identical, so a same-looking escape added elsewhere
 * never changes an existing key. A closure's part of the function name
 * (the compiler's `F.func2`, `F.func1.1`, `F.gowrap1`) is replaced by a
 * fingerprint of the closure's own text (of the go/defer statement for a
 * wrapper): adding a closure renumbers the compiler's names, not the keys.
 * When the source cannot be read (generated code, a file gone), the part
 * is left out (the compiler's name stays) and the ordinal tells the rest
 * apart. Never a line number. Reads source only through the reader given.
 */
import { createHash } from 'node:crypto';
import type { Finding, InlinedSite } from '../model/finding.js';
import { isHeapKind } from '../model/kinds.js';
import { comparePos, type SourcePos } from '../model/position.js';
import { scanGoFile, FuncIndex, type GoFunc } from '../parse/go-source.js';
import { GoStatements } from '../parse/go-statements.js';
import { baseFuncName, compareFindings, normalizeSubject } from './attribute.js';
import { pushToList } from '../util/maps.js';

export interface KeySource {
  /** The file on disk for a normalised path; undefined for generated code and the like. */
  absolute(file: string): string | undefined;
  readSource(absPath: string): Buffer | undefined;
  /** The file's functions when they were scanned already (the attribution's), to not scan them again. */
  scanned?(file: string): { abs: string; index: FuncIndex } | undefined;
}

interface FileKeys {
  funcs: GoFunc[];
  index: FuncIndex;
  statements: GoStatements;
  /** Fingerprint of each function literal's text, by index in `funcs`. */
  literals: Map<number, string>;
  /** Fingerprint of each statement asked for, by its start offset (a statement often has several findings). */
  printed: Map<number, string | undefined>;
}

/** A closure part of a compiler function name: `func2`, the `1` of `F.func1.1`, `gowrap1`, `deferwrap1`. */
const CLOSURE_PART = /\.(func\d+|gowrap\d+|deferwrap\d+|\d+)$/;

/** 8 hex digits of the SHA-256 of a text. */
export function fingerprint(text: string): string {
  return createHash('sha256').update(text, 'latin1').digest('hex').slice(0, 8);
}

/** Gives findings that share a key, in the order given (position order), their ordinals: the first keeps the key, the n-th repeat gets `key~n`. */
export function numberRepeats(sameKey: { key: string }[]): void {
  for (let n = 1; n < sameKey.length; n++) sameKey[n]!.key = `${sameKey[n]!.key}~${n}`;
}

export class KeyMaker {
  private files = new Map<string, FileKeys | null>();

  /** Without a source, keys have no fingerprints and closures keep the compiler's names. */
  constructor(private readonly source?: KeySource) {}

  /** A finding's key but for its ordinal. */
  base(f: Finding): string {
    const func = this.funcKey(f.func, f.pos);
    // A function's own findings (can/cannot inline) name it: by its key, not the compiler's closure number.
    const subject = f.subject === f.func && f.func !== '' ? func : normalizeSubject(f.subject);
    const parts = [f.pkg, func || '<package>', f.kind, subject];
    if (f.kind === 'leaking-param-to-result' && f.details.result !== undefined) parts.push(f.details.result);
    // Heap escapes (what the gate counts) are told apart by their own statement; reading and hashing
    // statements for the kinds nothing gates on (most of std's findings) would cost more than it helps.
    else if (isHeapKind(f.kind) || f.kind === 'allocates-without-escape') {
      const fp = this.statementPrint(f.pos);
      if (fp !== undefined) parts.push(fp);
    }
    // Joined, not concatenated: a join is one flat string, a template a tree
    // of strings that lives as long as the key (std: 700,000 objects).
    return parts.join('|');
  }

  /**
   * Keys of an origin's inlined copies: the origin's key, `@`, the package
   * and function the copy was inlined into, the inlined callees from there
   * down, and the fingerprint of the call statement in that function; an
   * ordinal only among copies whose keys are otherwise identical.
   */
  siteKeys(origin: Finding): void {
    const sites = origin.inlinedSites;
    if (!sites) return;
    const same = new Map<string, InlinedSite[]>();
    for (const s of sites) {
      const func = s.func ?? '';
      const call = s.inline?.[0]?.pos ?? s.pos;
      const parts = [s.pkg, this.funcKey(func, call)];
      if (s.inline && s.inline.length > 0) parts.push(s.inline.map((i) => i.callee).join('>'));
      const fp = this.statementPrint(call);
      if (fp !== undefined) parts.push(fp);
      s.key = `${origin.key}@${parts.join('|')}`;
      pushToList(same, s.key, s);
    }
    for (const list of same.values()) {
      if (list.length < 2) continue;
      list.sort((a, b) => comparePos(a.pos, b.pos));
      for (let n = 1; n < list.length; n++) list[n]!.key = `${list[n]!.key}~${n}`;
    }
  }

  /** Keys for findings made in one go (no streaming): bases, then ordinals in position order. */
  assign(findings: Finding[]): void {
    const sharing = new Map<string, Finding[]>();
    for (const f of findings) {
      f.key = this.base(f);
      pushToList(sharing, f.key, f);
    }
    for (const same of sharing.values()) if (same.length > 1) numberRepeats(same.sort(compareFindings));
  }

  /**
   * The function part of a key: the compiler's name, type arguments elided,
   * each closure part replaced by `func#<fingerprint of its text>` and each
   * go/defer wrapper by `gowrap#`/`deferwrap#<fingerprint of the statement>`.
   * `pos` is a position inside the function.
   */
  funcKey(func: string, pos: SourcePos): string {
    const name = baseFuncName(func);
    if (!CLOSURE_PART.test(name)) return name;
    let decl = name;
    const parts: string[] = [];
    for (let m = CLOSURE_PART.exec(decl); m; m = CLOSURE_PART.exec(decl)) {
      parts.unshift(m[1]!);
      decl = decl.slice(0, m.index);
    }
    const fk = this.file(pos.file);
    const at = fk ? this.offsetOf(fk, pos) : undefined;
    if (!fk || at === undefined) return name;
    // Literals around the position, innermost first, up to the declaration.
    let k = fk.index.enclosing(pos.line, pos.column ?? 0);
    const chain: number[] = [];
    while (k >= 0 && fk.funcs[k]!.isLiteral) {
      chain.push(k);
      k = fk.funcs[k]!.parent ?? -1;
    }
    // The position must be in the function the name starts from: `F`, or `F.G` for a closure of G inlined into F
    // (the compiler numbers those per F); otherwise keep the compiler's name.
    const own = k >= 0 ? withoutTypeArgs(baseFuncName(fk.funcs[k]!.name)) : 'glob.';
    const d = withoutTypeArgs(decl);
    if (d !== own && !(k >= 0 && d.endsWith(`.${own}`))) return name;
    const literalParts = parts.filter((p) => !p.startsWith('gowrap') && !p.startsWith('deferwrap')).length;
    // A finding about a literal itself (`func literal escapes`) is at its `func`: it belongs to the enclosing function.
    const first = chain[0] === undefined ? undefined : fk.funcs[chain[0]]!;
    if (chain.length > literalParts && first && first.line === pos.line && first.column === pos.column) chain.shift();
    if (chain.length !== literalParts) return name;
    let out = decl;
    let c = chain.length - 1;
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i]!;
      if (p.startsWith('gowrap') || p.startsWith('deferwrap')) {
        // The wrapper of a go or defer statement is made of that statement.
        const fp = i === parts.length - 1 ? this.statementAt(fk, at) : undefined;
        if (fp === undefined) return name;
        out += `.${p.startsWith('go') ? 'gowrap' : 'deferwrap'}#${fp}`;
      } else {
        out += `.func#${this.literalPrint(fk, chain[c--]!)}`;
      }
    }
    return out;
  }

  /** Fingerprint of the statement at a position; undefined when its file cannot be read. */
  private statementPrint(pos: SourcePos): string | undefined {
    const fk = this.file(pos.file);
    if (!fk) return undefined;
    const at = this.offsetOf(fk, pos);
    if (at === undefined) return undefined;
    // A finding about a function literal itself (at its `func`) is known by the literal's text.
    const k = fk.index.enclosing(pos.line, pos.column ?? 0);
    const lit = k >= 0 ? fk.funcs[k]! : undefined;
    if (lit?.isLiteral && lit.line === pos.line && lit.column === pos.column) return this.literalPrint(fk, k);
    return this.statementAt(fk, at);
  }

  private statementAt(fk: FileKeys, at: number): string | undefined {
    const range = fk.statements.rangeAt(at);
    if (!range) return undefined;
    let fp = fk.printed.get(range.start);
    if (fp === undefined) fk.printed.set(range.start, (fp = fingerprint(fk.statements.normalized(range.start, range.end))));
    return fp;
  }

  private literalPrint(fk: FileKeys, k: number): string {
    let fp = fk.literals.get(k);
    if (fp === undefined) {
      const f = fk.funcs[k]!;
      const start = fk.statements.offset(f.line, f.column) ?? 0;
      const end = f.bodyEnd ? (fk.statements.offset(f.bodyEnd.line, f.bodyEnd.column) ?? start) + 1 : start;
      fk.literals.set(k, (fp = fingerprint(fk.statements.normalized(start, end))));
    }
    return fp;
  }

  /** Byte offset of a position; a position without a column is at the line's first token. */
  private offsetOf(fk: FileKeys, pos: SourcePos): number | undefined {
    if (pos.column !== undefined) return fk.statements.offset(pos.line, pos.column);
    const at = fk.statements.offset(pos.line, 1);
    return at === undefined ? undefined : fk.statements.firstTokenFrom(at);
  }

  private file(file: string): FileKeys | null {
    let fk = this.files.get(file);
    if (fk !== undefined) return fk;
    fk = null;
    const known = this.source?.scanned?.(file);
    const abs = known?.abs ?? this.source?.absolute(file);
    const src = abs !== undefined ? this.source!.readSource(abs) : undefined;
    if (src !== undefined) {
      const index = known?.index ?? new FuncIndex(scanGoFile(src).funcs);
      const funcs = index.funcs;
      const statements = new GoStatements(src, funcs);
      fk = { funcs, index, statements, literals: new Map(), printed: new Map() };
    }
    this.files.set(file, fk);
    return fk;
  }
}

/** `(*T[...]).M` → `(*T).M`: the scanner names a generic function without its type parameters. */
const withoutTypeArgs = (name: string) => name.replaceAll('[...]', '');

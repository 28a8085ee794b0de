/**
 * Turns parsed compiler output into model findings: normalised paths, the
 * enclosing function, inlined copies folded into their origin, and stable
 * keys. Reads Go source files (through `readSource`) only to find function
 * extents; never runs anything.
 */
import type { Explanation, Finding, InlinedSite } from '../model/finding.js';
import { isHeapKind, isLeakKind } from '../model/kinds.js';
import { comparePos, type SourcePos } from '../model/position.js';
import { parseFlows, spanLineCount, type ParsedExplanation, type ParsedFinding } from '../parse/m-output.js';
import { FuncIndex, scanGoFile, type GoFunc, type GoImport } from '../parse/go-source.js';
import { dirOf, type PathNormalizer } from './paths.js';
import { pushToList } from '../util/maps.js';

export interface AttributeContext {
  paths: PathNormalizer;
  /** Normalised directory of each analyzed package, by import path. */
  packageDirs: Map<string, string>;
  /** Reads a source file's bytes by absolute path; undefined when unreadable. */
  readSource: (absPath: string) => Buffer | undefined;
  /** false: leaking parameters are attributed without their explanations (AnalyzeOptions.explainLeaks). */
  explainLeaks?: boolean;
}

interface FileFuncs {
  /** Absolute path, to re-read the text when a line is asked for (the text is not kept: std has 40 MB of it). */
  abs: string;
  lines?: string[];
  imports: Map<string, string>;
  index: FuncIndex;
  /** Fallback names in compiler style (`F`, `(*T).M`, `F.func1`, `F.func1.1`, `glob..func1`). */
  names: string[];
}

/** Per-run state: scanned files and compiler-declared function names. */
export class Attributor {
  private files = new Map<string, FileFuncs | null>();
  /** `file:line:col` of a function's name → the compiler's name for it (from can/cannot inline lines). */
  private declared = new Map<string, string>();

  constructor(private readonly ctx: AttributeContext) {}

  /** Normalises positions in place and records function names the compiler declared. */
  prepare(findings: ParsedFinding[], packageDir?: string): void {
    const { paths } = this.ctx;
    for (const f of findings) {
      f.pos.file = paths.normalize(f.pos.file, packageDir);
      if ((f.kind === 'can-inline' || f.kind === 'cannot-inline') && f.pos.column !== undefined) {
        this.declared.set(`${f.pos.file}:${f.pos.line}:${f.pos.column}`, f.subject);
      }
    }
  }

  /**
   * Builds findings for one package (after `prepare` has normalised their
   * positions), their explanations' flows parsed, the files of the flows'
   * positions normalised as `prepare` does with `packageDir`.
   */
  attribute(pkg: string, parsed: ParsedFinding[], packageDir?: string): Finding[] {
    const pkgDir = this.ctx.packageDirs.get(pkg);
    const { paths, explainLeaks = true } = this.ctx;
    const resolveFile = (file: string) => paths.normalize(file, packageDir);
    const out: Finding[] = [];
    for (const p of parsed) {
      const f: Finding = {
        key: '', kind: p.kind, pkg, pos: p.pos, func: '', subject: p.subject, message: p.message,
        details: p.details, explanations: this.explanations(p, explainLeaks, resolveFile), outputLines: spanLineCount(p.spans),
      };
      if (p.kind === 'can-inline' || p.kind === 'cannot-inline') f.func = p.subject;
      else if (p.funcHint !== undefined) f.func = p.funcHint;
      const outside = pkgDir !== undefined && !p.pos.file.startsWith('<') && dirOf(p.pos.file) !== pkgDir;
      if (outside) {
        // Code inlined from another package keeps its own position (closures,
        // generic bodies); name the function it came from.
        const origin = this.enclosingName(p.pos.file, p.pos.line, p.pos.column);
        if (origin) f.inlinedFrom = `${this.importPathOf(dirOf(p.pos.file))}.${origin}`;
      } else if (!f.func) {
        f.func = this.enclosingName(p.pos.file, p.pos.line, p.pos.column) ?? '';
      }
      out.push(f);
    }
    return out;
  }

  /** A finding's explanations, their flows parsed; none for a leak when leaks are not explained. */
  private explanations(p: ParsedFinding, explainLeaks: boolean, resolveFile: (file: string) => string): Explanation[] {
    const parsed = p.explanations;
    // Most findings have none: their (empty, unshared) array is taken over rather than a new one made.
    if (parsed.length === 0) return parsed as unknown[] as Explanation[];
    if (!explainLeaks && isLeakKind(p.kind)) return [];
    return parsed.map((e) => explanationOf(e, resolveFile));
  }

  private dirToPath: Map<string, string> | undefined;

  /** Import path of the package in a normalised directory (analyzed packages, then the standard library). */
  private importPathOf(dir: string): string {
    if (!this.dirToPath) {
      this.dirToPath = new Map();
      for (const [path, d] of this.ctx.packageDirs) if (!this.dirToPath.has(d)) this.dirToPath.set(d, path);
    }
    return this.dirToPath.get(dir) ?? importPathGuess(dir);
  }

  private fileFuncs(file: string): FileFuncs | null {
    let ff = this.files.get(file);
    if (ff !== undefined) return ff;
    ff = null;
    const abs = this.ctx.paths.absolute(file);
    const src = abs ? this.ctx.readSource(abs) : undefined;
    if (src !== undefined) {
      const { funcs, imports } = scanGoFile(src);
      ff = { abs: abs!, index: new FuncIndex(funcs), names: fallbackNames(funcs), imports: importNames(imports) };
    }
    this.files.set(file, ff);
    return ff;
  }

  /** Text of a 1-based line of a normalised file. */
  lineText(file: string, line: number): string | undefined {
    const ff = this.fileFuncs(file);
    if (!ff) return undefined;
    ff.lines ??= (this.ctx.readSource(ff.abs)?.toString('utf8') ?? '').split('\n');
    return ff.lines[line - 1];
  }

  /** Position of the innermost function literal containing pos. */
  literalAt(pos: SourcePos): SourcePos | undefined {
    const ff = this.fileFuncs(pos.file);
    if (!ff) return undefined;
    const fn = ff.index.funcs[ff.index.enclosing(pos.line, pos.column ?? 0)];
    return fn?.isLiteral ? { file: pos.file, line: fn.line, column: fn.column } : undefined;
  }

  /** Declared (non-literal) function names of a normalised file, scanning it if need be. */
  declaredInFile(file: string): string[] {
    const ff = this.fileFuncs(file);
    if (!ff) return [];
    const names: string[] = [];
    ff.index.funcs.forEach((fn, i) => {
      if (!fn.isLiteral) names.push(ff.names[i]!);
    });
    return names;
  }

  /**
   * Import path behind a package name used in a file, as the file's import
   * declaration writes it. Names are per file, and go list has no per-file
   * imports; its package imports (`Imports`, `ImportMap`) are absent from
   * the `go list -find` that runs alongside the compile, and they are
   * resolved through vendor directories, where a file's are not.
   * TODO: resolve through the compile's own listing's ImportMap, so that
   * copies inlined from std's vendored packages (`golang.org/x/…`, compiled
   * as `vendor/golang.org/x/…`) fold too; that changes std's results.
   */
  importPathFor(file: string, name: string): string | undefined {
    return this.fileFuncs(file)?.imports.get(name);
  }

  private enclosingName(file: string, line: number, column?: number): string | undefined {
    const ff = this.fileFuncs(file);
    if (!ff) return undefined;
    const i = ff.index.enclosing(line, column ?? 0);
    if (i < 0) return undefined;
    const fn = ff.index.funcs[i]!;
    return this.declared.get(`${file}:${fn.line}:${fn.column}`) ?? ff.names[i];
  }
}

/** The model's explanation: the header's fields, and the flows parsed (keys in the order JSON prints them). */
function explanationOf(e: ParsedExplanation, resolveFile: (file: string) => string): Explanation {
  const out = { header: e.header } as Explanation;
  if (e.sink !== undefined) out.sink = e.sink;
  if (e.derefs !== undefined) out.derefs = e.derefs;
  out.flows = parseFlows(e.lines, resolveFile);
  if (e.func !== undefined) out.func = e.func;
  if (e.truncated) out.truncated = true;
  return out;
}

/** Compiler-style names for functions when the compiler printed none for them. */
function fallbackNames(funcs: GoFunc[]): string[] {
  const names: string[] = [];
  const childCount = new Map<number, number>();
  let globCount = 0;
  funcs.forEach((fn) => {
    if (!fn.isLiteral) {
      names.push(fn.name);
      return;
    }
    if (fn.parent === undefined) {
      names.push(`glob..func${++globCount}`);
      return;
    }
    const n = (childCount.get(fn.parent) ?? 0) + 1;
    childCount.set(fn.parent, n);
    const parentName = names[fn.parent]!;
    names.push(funcs[fn.parent]!.isLiteral ? `${parentName}.${n}` : `${parentName}.func${n}`);
  });
  return names;
}

/** `$GOROOT/src/go/ast` → `go/ast`; module paths stay as directories. */
function importPathGuess(dir: string): string {
  if (dir.startsWith('$GOROOT/src/')) return dir.slice('$GOROOT/src/'.length).replace(/^vendor\//, '');
  return dir;
}

/** `F[go.shape.int]` → `F[...]`: type arguments differ per instantiation, not per function. */
export function baseFuncName(name: string): string {
  if (!name.includes('[')) return name;
  let out = '';
  let depth = 0;
  for (const c of name) {
    if (c === '[') {
      if (depth === 0) out += '[...]';
      depth++;
    } else if (c === ']') depth = Math.max(0, depth - 1);
    else if (depth === 0) out += c;
  }
  return out;
}

/** The escapes and leaks of one package block that survived the fold's first pass, with the place of each (the second pass folds nothing else). */
export interface FoldBlock {
  kept: Finding[];
  places: Place[];
  /** Where pass two looks for each kept finding's origin, worked out in pass one (aligned with `kept`). */
  leads: Leads[];
}

/** Lookups that may find a finding's origin, in order: the string work of pass two, done while go compiles. */
interface Leads {
  /** Number of callees at the finding's place when worked out: a later block of the package may add some. */
  callees: number;
  /** Tries from callees skip the finding itself; those from inlinedFrom take the first origin found, whatever it is. */
  fromCallees: boolean;
  /**
   * Origin lookups, four strings each (flat: std has tens of thousands):
   * package, function (type arguments elided), subject, and, for callees,
   * the function as printed, which names where the finding was inlined from.
   */
  tries: string[];
}

const NO_LEADS: Leads = { callees: 0, fromCallees: true, tries: [] };

/** The `kept` of a place with none yet, shared (replaced, never pushed to). */
const NONE_KEPT: Place['kept'] = [];

/** Resolves a package name used in a file to its import path. */
export type QualifierResolver = (file: string, name: string) => string | undefined;

type Family = 'escape' | 'leak';

/** One source position in one package: the escapes and leaks kept there, and the calls inlined there. */
interface Place {
  column: number;
  /** First finding of each (family, subject, function, origin) here: later ones are its repeats. */
  kept: { f: Finding; family: Family; func: string }[];
  /** Callees of the `inlining call to` lines here. */
  callees: string[] | undefined;
}

const verdictFamily = (f: Finding): Family | undefined => (isHeapKind(f.kind) || f.kind === 'does-not-escape' ? 'escape' : isLeakKind(f.kind) ? 'leak' : undefined);

/**
 * Folds repeats into one finding each: copies at inlined call sites (same
 * package: reported at an `inlining call to X` position; other packages:
 * positioned in the callee's file), generic instantiations and identical
 * repeats, in two passes, so the first can run per package block as the
 * compiler's output streams in. Pass one (add) folds identical repeats at
 * one place and records origins and inlining call sites; everything it
 * keys on includes the package, so blocks of different packages may come
 * in any order, while each package's blocks must come in the final order.
 * Pass two (finish) folds copies inlined from elsewhere into their origin;
 * it runs once, over every block in the final (deterministic) order, since
 * "first one wins" there crosses packages. Places and origins are nested
 * maps rather than maps of joined strings: std has a quarter of a million
 * of them.
 */
export class RepeatFolder {
  /** Package → file → line → places on that line. */
  private places = new Map<string, Map<string, Map<number, Place[]>>>();
  /** Package → function (type arguments elided) → subject → the origin of its copies in each family (the last such finding of the package). */
  private origins = new Map<string, Map<string, Map<string, { escape?: Finding; leak?: Finding }>>>();
  folded = 0;
  readonly copies = new Set<Finding>();

  private fold(origin: Finding, copy: Finding): void {
    this.copies.add(copy);
    const site: InlinedSite = { pos: copy.pos, pkg: copy.pkg, kind: copy.kind, raw: copy.message };
    if (copy.func) site.func = copy.func;
    (origin.inlinedSites ??= []).push(site);
    // A copy that had copies of its own hands them on.
    if (copy.inlinedSites) {
      origin.inlinedSites.push(...copy.inlinedSites);
      delete copy.inlinedSites;
    }
    origin.outputLines = (origin.outputLines ?? 0) + (copy.outputLines ?? 0);
    this.folded++;
  }

  private placeOf(f: Finding): Place {
    let files = this.places.get(f.pkg);
    if (!files) this.places.set(f.pkg, (files = new Map()));
    let lines = files.get(f.pos.file);
    if (!lines) files.set(f.pos.file, (lines = new Map()));
    const onLine = lines.get(f.pos.line);
    const column = f.pos.column ?? 0;
    if (onLine) for (const p of onLine) if (p.column === column) return p;
    const place: Place = { column, kept: NONE_KEPT, callees: undefined };
    // Arrays start from literals of their first elements: a push onto `[]`
    // reserves room for 17 (std has a quarter of a million such arrays).
    if (onLine) onLine.push(place);
    else lines.set(f.pos.line, [place]);
    return place;
  }

  private qualifiedCallees = new Map<string, { name: string; func: string } | null>();

  /** `escapes.F` → package name `escapes` and function `F`; null for the package's own (`F`, `(*T).M`). Callees repeat: worked out once each. */
  private qualified(callee: string): { name: string; func: string } | null {
    let q = this.qualifiedCallees.get(callee);
    if (q === undefined) {
      const m = callee.startsWith('(') ? null : /^([\p{L}_][\p{L}\p{N}_]*)\.(.+)$/u.exec(callee);
      this.qualifiedCallees.set(callee, (q = m ? { name: m[1]!, func: m[2]! } : null));
    }
    return q;
  }

  private origin(pkg: string, func: string, subject: string, family: Family): Finding | undefined {
    return this.origins.get(pkg)?.get(func)?.get(subject)?.[family];
  }

  /** Pass one over a block's findings, in the compiler's order. */
  add(findings: Finding[], resolveQualifier: QualifierResolver = () => undefined): FoldBlock {
    const kept: Finding[] = [];
    const places: Place[] = [];
    const leads: Leads[] = [];
    for (const f of findings) {
      if (f.kind !== 'inlining-call') continue;
      const place = this.placeOf(f);
      const callee = f.details.callee ?? f.subject;
      if (place.callees) place.callees.push(callee);
      else place.callees = [callee];
    }
    for (const f of findings) {
      const family = verdictFamily(f);
      if (!family) continue;
      // Identical repeats (instantiations, duplicate lines) at the same place.
      const place = this.placeOf(f);
      const func = baseFuncName(f.func);
      const from = f.inlinedFrom ?? '';
      let same: (typeof place.kept)[number] | undefined;
      // A loop, not find(): a closure per finding of std adds up.
      for (const k of place.kept) {
        if (k.family === family && k.f.subject === f.subject && k.func === func && (k.f.inlinedFrom ?? '') === from) {
          same = k;
          break;
        }
      }
      if (same) {
        this.fold(same.f, f);
        continue;
      }
      const entry = { f, family, func };
      if (place.kept === NONE_KEPT) place.kept = [entry];
      else place.kept.push(entry);
      if (!f.inlinedFrom) {
        let funcs = this.origins.get(f.pkg);
        if (!funcs) this.origins.set(f.pkg, (funcs = new Map()));
        let subjects = funcs.get(func);
        if (!subjects) funcs.set(func, (subjects = new Map()));
        let o = subjects.get(f.subject);
        if (!o) subjects.set(f.subject, (o = {}));
        o[family] = f;
      }
      kept.push(f);
      places.push(place);
      leads.push(this.leadsOf(f, place, resolveQualifier));
    }
    return { kept, places, leads };
  }

  /** Where pass two will look for f's origin (see finish). */
  private leadsOf(f: Finding, place: Place, resolveQualifier: QualifierResolver): Leads {
    if (f.inlinedFrom) {
      // `pkg/path.F.func1`, `pkg/path.(*T).M`: the package ends at the first dot after the last slash.
      const slash = f.inlinedFrom.lastIndexOf('/', f.inlinedFrom.indexOf('(') >= 0 ? f.inlinedFrom.indexOf('(') : undefined);
      const dot = f.inlinedFrom.indexOf('.', slash + 1);
      const pkg = dot > 0 ? f.inlinedFrom.slice(0, dot) : '';
      const func = baseFuncName(dot > 0 ? f.inlinedFrom.slice(dot + 1) : f.inlinedFrom);
      const subject = f.subject.replace(/^[\p{L}_][\p{L}\p{N}_]*\./u, '');
      return { callees: 0, fromCallees: false, tries: [pkg, func, subject, '', pkg, func, f.subject, ''] };
    }
    const callees = place.callees;
    if (!callees) return NO_LEADS;
    const tries: string[] = [];
    // Callees inlined here, from every block of the package so far.
    for (const callee of callees) {
      let pkg = f.pkg;
      let func = callee;
      let subject = f.subject;
      const q = this.qualified(callee);
      if (q) {
        // Another package's function (`escapes.F`): its variables print qualified (`escapes.n`).
        const path = resolveQualifier(f.pos.file, q.name);
        if (!path) continue;
        pkg = path;
        func = q.func;
        const prefix = `${q.name}.`;
        if (subject.includes(prefix)) subject = subject.split(prefix).join('');
      }
      tries.push(pkg, baseFuncName(func), subject, func);
    }
    // A copy the exact size: the array pushed to has room for 17.
    return { callees: callees.length, fromCallees: true, tries: tries.slice() };
  }

  /** Pass two, over every block in the final order: what it folds joins `copies`. */
  finish(blocks: FoldBlock[], resolveQualifier: QualifierResolver = () => undefined): void {
    const foldedInto = new Map<Finding, Finding>();
    for (const { kept, places, leads } of blocks) {
      for (let i = 0; i < kept.length; i++) {
        const f = kept[i]!;
        const family = verdictFamily(f)!;
        let lead = leads[i]!;
        // A later block of the package inlined more calls at this place: look again.
        if (!f.inlinedFrom && (places[i]!.callees?.length ?? 0) !== lead.callees) lead = this.leadsOf(f, places[i]!, resolveQualifier);
        let origin: Finding | undefined;
        const tries = lead.tries;
        for (let t = 0; t < tries.length; t += 4) {
          const o = this.origin(tries[t]!, tries[t + 1]!, tries[t + 2]!, family);
          if (!o || (lead.fromCallees && o === f)) continue;
          origin = o;
          if (lead.fromCallees) f.inlinedFrom = `${tries[t]}.${tries[t + 3]}`;
          break;
        }
        // The origin may itself have been folded into another origin already: follow to the one kept.
        while (origin && foldedInto.has(origin)) origin = foldedInto.get(origin);
        if (origin && origin !== f) {
          this.fold(origin, f);
          foldedInto.set(f, origin);
        }
      }
    }
  }
}

/** Orders findings by package, position, kind, subject, function, message. */
export function compareFindings(a: Finding, b: Finding): number {
  if (a.pkg !== b.pkg) return a.pkg < b.pkg ? -1 : 1;
  const c = comparePos(a.pos, b.pos);
  if (c !== 0) return c;
  if (a.kind !== b.kind) return a.kind < b.kind ? -1 : 1;
  if (a.subject !== b.subject) return a.subject < b.subject ? -1 : 1;
  if (a.func !== b.func) return a.func < b.func ? -1 : 1;
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}

/**
 * Stable keys: package, function (type arguments elided), kind, subject
 * (whitespace folded), and an ordinal among equal keys in position order.
 * No line numbers, no compiler wording: keys survive moved code and new Go
 * versions. (The analysis works the first part out while go compiles and
 * numbers the repeats of keys that recur at the end: StreamingAttribution.assignOrdinals.)
 */
export function assignKeys(findings: Finding[]): void {
  const sharing = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = keyWithoutOrdinal(f);
    f.key = key;
    pushToList(sharing, key, f);
  }
  for (const same of sharing.values()) numberRepeats(same);
}

/**
 * Gives findings that share a key, in position order, their ordinals: the
 * first keeps the key, the n-th repeat gets `key|n`.
 */
export function numberRepeats(sameKey: Finding[]): void {
  for (let n = 1; n < sameKey.length; n++) sameKey[n]!.key = `${sameKey[n]!.key}|${n}`;
}

/** A finding's key without its ordinal: package, function, kind, subject. */
export function keyWithoutOrdinal(f: Finding): string {
  // Joined, not concatenated: a join is one flat string, a template a tree
  // of strings that lives as long as the key (std: 700,000 objects).
  return [f.pkg, baseFuncName(f.func) || '<package>', f.kind, normalizeSubject(f.subject)].join('|');
}

export function normalizeSubject(s: string): string {
  let out = s;
  if (/\s\s|[\t\n]/.test(out)) out = out.replace(/\s+/g, ' ');
  if (out.includes('go.shape.')) out = out.replace(/go\.shape\.[^,\]]+/g, 'go.shape');
  return out;
}

/** Names a Go file's imports are used under (`fmt`, aliases, `yaml` for `gopkg.in/yaml.v3`). */
function importNames(specs: GoImport[]): Map<string, string> {
  const imports = new Map<string, string>();
  for (const { name: alias, path } of specs) {
    const name = alias || path.split('/').pop()!.replace(/^go-/, '').replace(/[.-].*$/, '');
    imports.set(/^v\d+$/.test(name) ? path.split('/').slice(-2, -1)[0]! : name, path);
  }
  return imports;
}

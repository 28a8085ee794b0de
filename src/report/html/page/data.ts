/**
 * The embedded data (see ../page-data.ts), read once and decoded into one
 * object per finding, with the indexes the views use.
 */
import { PAGE_TEXT } from '../../messages/html.js';
import type { PageChainStep, PageData, PageExtra, PagePos } from '../page-data.js';
import { standardMessage } from '../page-data.js';

export const D = JSON.parse(document.getElementById('goescape-data')!.textContent!) as PageData;
export const S = D.s,
  M = D.meta,
  FILES = D.files;
performance.mark('goescape-parsed');
export const KINDS = M.kinds,
  CAUSES = M.causes || {};

/** How a finding is marked on its line and in lists. */
export type Mark = 'heap' | 'alloc' | 'noalloc' | 'leak' | 'stack' | 'inl' | 'error';

export interface Finding {
  kind: string;
  /** The kind's category, 'other' for a kind the data does not list. */
  cat: string;
  pkg: string;
  /** Index into FILES. */
  fi: number;
  line: number;
  col: number;
  func: string;
  subject: string;
  message: string;
  key: string;
  cause: string;
  /** Steps as [op, where, position, into]. */
  chain: [op: string, where: string, pos: PagePos, into: string][] | null;
  chainDerived: boolean;
  advice: string;
  /** Profile weight, and its unit. */
  w: number | null;
  wu: string;
  ver: { status: string; runtimeFunc: string; type: string; reason: string; cls: string } | null;
  /** The allocation's class (`allocates`, `may-allocate`, `allocates-in-callee`), '' when unknown. */
  vclass: string;
  /** A heap escape's sites verified allocating: [certain, may allocate, in a callee]; null when none was verified. */
  va: [number, number, number] | null;
  /** A heap escape's allocation sites (its own and its inlined copies on the heap); 0 for other findings. */
  sites: number;
  /** An allocation with no escape finding: its class (`allocates in a callee`, …). */
  cls: string;
  is: [file: number, line: number, func: number][] | null;
  isn: number;
  iss: number;
  inlinedFrom: string;
  /** The lowercase text searched, made on first search. */
  text: string | null;
  mark: Mark;
}

export function kindTitle(k: string): string {
  return KINDS[k] ? KINDS[k][1] : k;
}
export function causeTitle(c: string): string {
  return CAUSES[c] || c;
}

const NOALLOC = /no.?alloc|not.?alloc|non.?alloc|static|elided/i;
function markOf(f: Finding): Mark {
  if (f.kind === 'allocates-without-escape') return 'alloc';
  if (f.cat === 'heap') return f.ver && NOALLOC.test(f.ver.status) ? 'noalloc' : 'heap';
  if (f.cat === 'leak') return 'leak';
  if (f.cat === 'stack') return 'stack';
  if (f.cat === 'error') return 'error';
  return 'inl';
}
export const MARK_TITLE: Record<Mark, string> = PAGE_TEXT.marks;
export const MARK_RANK: Record<Mark, number> = { error: 7, heap: 6, alloc: 5, noalloc: 4, leak: 3, stack: 2, inl: 1 };

export function filePath(fi: number): string {
  return S[FILES[fi]![0]]!;
}
export function fileHref(fi: number, line: number): string {
  return '#file=' + encodeURIComponent(filePath(fi)).replace(/%2F/g, '/').replace(/%24/g, '$') + ':' + line;
}
export function findingHref(f: Finding): string {
  return '#f=' + encodeURIComponent(f.key);
}

// ---- decode findings -------------------------------------------------------
const BT = '`';
// Advice comes as [templateId, sink, where, callee]; the templates (goescape's wording) are embedded once.
function fillAdvice(at: [string, string, string, string], subject: string, func: string): string {
  const t = D.meta.advice?.[at[0]] || '';
  const vars: Record<string, string> = {
    s: BT + subject + BT,
    fn: func || PAGE_TEXT.advice.func,
    sink: at[1] || '',
    where: at[2] || '',
    callee: at[3] || PAGE_TEXT.advice.callee,
  };
  return t.replace(/\{(s|fn|callee|sink|where)\}/g, (_m, name: string) => vars[name] || '');
}

const chainStep = (c: PageChainStep): [string, string, PagePos, string] => [S[c[0]]!, S[c[1]]!, c[2], S[c[3]]!];

export const F: Finding[] = new Array(D.f.length);
export const BYKEY = new Map<string, Finding>(),
  BYFILE = new Map<number, Finding[]>(),
  FILEPKG = new Map<number, string>();
for (let i = 0; i < D.f.length; i++) {
  const r = D.f[i]!,
    x: PageExtra = r[9] || {};
  const kind = S[r[0]]!,
    pkg = S[r[1]]!,
    func = S[r[5]]!,
    subject = r[6];
  const f: Finding = {
    kind,
    cat: KINDS[kind] ? KINDS[kind][0] : 'other',
    pkg,
    fi: r[2],
    line: r[3],
    col: r[4],
    func,
    subject,
    message: r[7] || (standardMessage(kind, subject) ?? subject),
    key: r[8] || pkg + '|' + func + '|' + kind + '|' + subject,
    cause: x.c || '',
    chain: x.ch ? x.ch.map(chainStep) : null,
    chainDerived: !!x.cd,
    advice: x.at ? fillAdvice(x.at, subject, func) : '',
    w: typeof x.w === 'number' ? x.w : null,
    wu: x.wu || '',
    ver: x.v ? { status: x.v[0], runtimeFunc: x.v[1], type: x.v[2], reason: x.v[3], cls: x.cl || '' } : null,
    vclass: x.vc || '',
    va: x.va || null,
    sites: x.ns || 0,
    cls: x.cl || '',
    is: x.is || null,
    isn: x.isn || 0,
    iss: x.iss || 0,
    inlinedFrom: x.if || '',
    text: null,
    mark: 'inl',
  };
  f.mark = markOf(f);
  F[i] = f;
  BYKEY.set(f.key, f);
  let lst = BYFILE.get(f.fi);
  if (!lst) {
    BYFILE.set(f.fi, (lst = []));
    FILEPKG.set(f.fi, pkg);
  }
  lst.push(f);
}
BYFILE.forEach((l) => {
  l.sort((a, b) => a.line - b.line || a.col - b.col);
});
performance.mark('goescape-decoded');
export const HAS_CAUSE = F.some((f) => f.cause);
export const HAS_VER = F.some((f) => f.ver);

/**
 * Where a file comes from: the analyzed module (a relative path), `$GOROOT`,
 * or elsewhere (the module cache, absolute paths). The compiler's generated
 * code (`<autogenerated>`) goes with its package: the module's when the
 * package is in the module.
 */
export type FileGroup = 'module' | 'goroot' | 'other';
const MOD = M.module ? M.module.path : '';
export function fileGroup(path: string, pkg: string): FileGroup {
  if (path.slice(0, 8) === '$GOROOT/') return 'goroot';
  if (path === '<autogenerated>' && MOD && (pkg === MOD || pkg.slice(0, MOD.length + 1) === MOD + '/')) return 'module';
  if (path === '' || path[0] === '$' || path[0] === '<' || path[0] === '/' || /^[A-Za-z]:[\\/]/.test(path)) return 'other';
  return 'module';
}

/** An allocation site of an inlined copy, at the call line: its origin finding, the function it was inlined into, its verification status. */
export interface CalleeSite {
  line: number;
  origin: Finding;
  func: string;
  status: string;
}
/** Allocation sites of inlined copies by file. */
export const SITES_BYFILE = new Map<number, CalleeSite[]>();
for (const c of D.cs || []) {
  let l = SITES_BYFILE.get(c[0]);
  if (!l) SITES_BYFILE.set(c[0], (l = []));
  l.push({ line: c[1], origin: F[c[2]]!, func: S[c[3]]!, status: S[c[4]]! });
}

/** An allocation a joined profile observed on a line no heap finding predicts. */
export interface Observed {
  fi: number;
  line: number;
  func: string;
  bytes: number;
  objects: number;
  note: string;
}
export const OBSERVED: Observed[] = (D.op || []).map((o) => ({ fi: o[0], line: o[1], func: S[o[2]]!, bytes: o[3], objects: o[4], note: S[o[5]]! }));
export const OBSERVED_BYFILE = new Map<number, Observed[]>();
for (const o of OBSERVED) {
  let l = OBSERVED_BYFILE.get(o.fi);
  if (!l) OBSERVED_BYFILE.set(o.fi, (l = []));
  l.push(o);
}

/** File index by path. */
export const FILEIDX = new Map<string, number>();
FILES.forEach((x, i) => {
  FILEIDX.set(S[x[0]]!, i);
});

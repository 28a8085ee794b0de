/**
 * Heap allocation sites and parameter leaks between two analyses, matched
 * by stable key (never by line), so moved code is not a change. Pure.
 * Heap escapes are compared site by site (gate/sites.ts): a new inlined
 * copy of an escape that was there before is an added site, shown at its
 * own line with the escape it copies.
 *
 * - added / removed: a key only in head / only in base.
 * - changed: the same key with a different cause or leak destination; and a
 *   parameter whose leak changed kind (e.g. to a result → to the heap), which
 *   changes its key but is one parameter.
 */
import type { Finding } from '../model/finding.js';
import { isHeapKind, isLeakKind } from '../model/kinds.js';
import type { AnalysisResult, Toolchain } from '../model/result.js';
import { gateFinding, type GateFinding } from './evaluate.js';
import { gateSites, type GateSite } from './sites.js';

export interface DiffChange {
  base: GateFinding;
  head: GateFinding;
  /** What differs, as `field: before → after`. */
  changes: string[];
}

export interface EscapeDiff {
  base: { rev: string; toolchain: Pick<Toolchain, 'goVersion' | 'goos' | 'goarch'> };
  head: { rev: string; toolchain: Pick<Toolchain, 'goVersion' | 'goos' | 'goarch'> };
  added: GateFinding[];
  removed: GateFinding[];
  changed: DiffChange[];
  counts: { base: number; head: number; added: number; removed: number; changed: number; unchanged: number };
}

/** What a diff compares, by key: heap sites (the site's kind, the escape's cause) and leaks. */
interface Tracked {
  f: Finding;
  kind: Finding['kind'];
  site?: GateSite;
}

function tracked(r: AnalysisResult): Map<string, Tracked> {
  const out = new Map<string, Tracked>();
  for (const s of gateSites(r.findings).sites) out.set(s.site.key, { f: s.site.origin, kind: s.site.kind, site: s });
  for (const f of r.findings) if (isLeakKind(f.kind)) out.set(f.key, { f, kind: f.kind });
  return out;
}

const entry = (t: Tracked): GateFinding => {
  const g = gateFinding(t.f, t.site);
  g.kind = t.kind;
  return g;
};

/** Where a leak goes: `heap`, or the result (`~r0`) with its level. */
export function leakDestination(f: Finding): string {
  if (f.kind === 'leaking-param-to-result') return `${f.details.result ?? 'result'} level=${f.details.level ?? 0}`;
  if (f.kind === 'leaking-param-content') return 'heap (content)';
  if (f.kind === 'leaking-param') return 'heap';
  return '';
}

function differences(ta: Tracked, tb: Tracked): string[] {
  const out: string[] = [];
  const a = ta.f;
  const b = tb.f;
  if (ta.kind !== tb.kind) out.push(`kind: ${ta.kind} → ${tb.kind}`);
  const da = leakDestination(a);
  const db = leakDestination(b);
  if (da !== db) out.push(`destination: ${da || '(none)'} → ${db || '(none)'}`);
  if ((a.cause ?? '') !== (b.cause ?? '')) out.push(`cause: ${a.cause ?? '(unknown)'} → ${b.cause ?? '(unknown)'}`);
  return out;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function diffResults(base: AnalysisResult, head: AnalysisResult, revs: { base: string; head: string }): EscapeDiff {
  const baseBy = tracked(base);
  const headBy = tracked(head);
  const added: Tracked[] = [];
  const removed: Tracked[] = [];
  const changed: DiffChange[] = [];
  let unchanged = 0;
  for (const [key, h] of headBy) {
    const b = baseBy.get(key);
    if (!b) {
      added.push(h);
      continue;
    }
    const changes = differences(b, h);
    if (changes.length) changed.push({ base: entry(b), head: entry(h), changes });
    else unchanged++;
  }
  for (const [key, b] of baseBy) if (!headBy.has(key)) removed.push(b);
  // A leaking parameter whose leak kind changed: pair it up by package, function and parameter.
  const leakId = (t: Tracked) => `${t.f.pkg}|${t.f.func}|${t.f.subject}`;
  const removedLeaks = new Map<string, Tracked[]>();
  for (const t of removed) {
    if (!isLeakKind(t.kind)) continue;
    const list = removedLeaks.get(leakId(t)) ?? [];
    list.push(t);
    removedLeaks.set(leakId(t), list);
  }
  const paired = new Set<Tracked>();
  for (const h of added) {
    if (!isLeakKind(h.kind)) continue;
    const b = removedLeaks.get(leakId(h))?.find((x) => !paired.has(x));
    if (!b) continue;
    paired.add(b).add(h);
    changed.push({ base: entry(b), head: entry(h), changes: differences(b, h) });
  }
  const keyOf = (g: GateFinding) => g.site?.key ?? g.key;
  const byKey = (a: GateFinding, b: GateFinding) => cmp(keyOf(a), keyOf(b));
  const add = added
    .filter((t) => !paired.has(t))
    .map(entry)
    .sort(byKey);
  const rem = removed
    .filter((t) => !paired.has(t))
    .map(entry)
    .sort(byKey);
  changed.sort((a, b) => byKey(a.head, b.head));
  const tc = (r: AnalysisResult) => ({ goVersion: r.toolchain.goVersion, goos: r.toolchain.goos, goarch: r.toolchain.goarch });
  return {
    base: { rev: revs.base, toolchain: tc(base) },
    head: { rev: revs.head, toolchain: tc(head) },
    added: add,
    removed: rem,
    changed,
    counts: { base: baseBy.size, head: headBy.size, added: add.length, removed: rem.length, changed: changed.length, unchanged },
  };
}

/** Heap allocation sites among the added entries (what `--fail-on-new` fails on). */
export function newHeapEscapes(d: EscapeDiff): GateFinding[] {
  return d.added.filter((f) => isHeapKind(f.kind));
}

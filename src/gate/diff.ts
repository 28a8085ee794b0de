/**
 * Heap escapes and parameter leaks between two analyses, matched by stable
 * key (never by line), so moved code is not a change. Pure.
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

function tracked(f: Finding): boolean {
  return isHeapKind(f.kind) || isLeakKind(f.kind);
}

/** Where a leak goes: `heap`, or the result (`~r0`) with its level. */
export function leakDestination(f: Finding): string {
  if (f.kind === 'leaking-param-to-result') return `${f.details.result ?? 'result'} level=${f.details.level ?? 0}`;
  if (f.kind === 'leaking-param-content') return 'heap (content)';
  if (f.kind === 'leaking-param') return 'heap';
  return '';
}

function differences(a: Finding, b: Finding): string[] {
  const out: string[] = [];
  if (a.kind !== b.kind) out.push(`kind: ${a.kind} → ${b.kind}`);
  const da = leakDestination(a);
  const db = leakDestination(b);
  if (da !== db) out.push(`destination: ${da || '(none)'} → ${db || '(none)'}`);
  if ((a.cause ?? '') !== (b.cause ?? '')) out.push(`cause: ${a.cause ?? '(unknown)'} → ${b.cause ?? '(unknown)'}`);
  return out;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function diffResults(base: AnalysisResult, head: AnalysisResult, revs: { base: string; head: string }): EscapeDiff {
  const baseBy = new Map(base.findings.filter(tracked).map((f) => [f.key, f]));
  const headBy = new Map(head.findings.filter(tracked).map((f) => [f.key, f]));
  const added: Finding[] = [];
  const removed: Finding[] = [];
  const changed: DiffChange[] = [];
  let unchanged = 0;
  for (const [key, h] of headBy) {
    const b = baseBy.get(key);
    if (!b) {
      added.push(h);
      continue;
    }
    const changes = differences(b, h);
    if (changes.length) changed.push({ base: gateFinding(b), head: gateFinding(h), changes });
    else unchanged++;
  }
  for (const [key, b] of baseBy) if (!headBy.has(key)) removed.push(b);
  // A leaking parameter whose leak kind changed: pair it up by package, function and parameter.
  const leakId = (f: Finding) => `${f.pkg}|${f.func}|${f.subject}`;
  const removedLeaks = new Map<string, Finding[]>();
  for (const f of removed) {
    if (!isLeakKind(f.kind)) continue;
    const list = removedLeaks.get(leakId(f)) ?? [];
    list.push(f);
    removedLeaks.set(leakId(f), list);
  }
  const paired = new Set<Finding>();
  for (const h of added) {
    if (!isLeakKind(h.kind)) continue;
    const b = removedLeaks.get(leakId(h))?.find((x) => !paired.has(x));
    if (!b) continue;
    paired.add(b).add(h);
    changed.push({ base: gateFinding(b), head: gateFinding(h), changes: differences(b, h) });
  }
  const byKey = (a: GateFinding, b: GateFinding) => cmp(a.key, b.key);
  const add = added.filter((f) => !paired.has(f)).map(gateFinding).sort(byKey);
  const rem = removed.filter((f) => !paired.has(f)).map(gateFinding).sort(byKey);
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

/** Heap escapes among the added findings (what `--fail-on-new` fails on). */
export function newHeapEscapes(d: EscapeDiff): GateFinding[] {
  return d.added.filter((f) => isHeapKind(f.kind));
}

/** Wording of a heap profile joined to the static findings (`goescape profile`, `bench --profile`). */
import type { AllocationReason, FindingRef, InlinedAtLine, ObservedSite, ProfileJoin } from '../../bench/profile-join.js';
import { count, formatByteSize, percent } from './numbers.js';

export function objects(n: number): string {
  return count(n, 'object');
}

/** A finding joined to a site: its message and cause. */
export function profileFindingText(f: FindingRef): string {
  return `${f.message}${f.cause ? ` [${f.cause}]` : ''}`;
}

/** The callees outside the analyzed packages that did a site's allocation; empty when the line itself allocates. */
export function viaText(s: ObservedSite): string {
  return s.via.length > 0 ? `allocated in ${s.via.slice(0, 2).join(', ')}${s.via.length > 2 ? ', …' : ''}` : '';
}

/** What allocated at an observed site (for an unpredicted one: why no finding predicts it), in a few words. */
export const UNPREDICTED_REASON: Record<AllocationReason, string> = {
  'in-callee': 'inside a called function',
  'type-assertion-cache': 'type assertion / type switch cache',
  'map-growth': 'map growth',
  'channel-wait': 'sudog of a blocking channel operation or select',
  'runtime-internal': 'runtime call that is no allocation of the line',
  'inlined-code': 'in code inlined from another package',
  'own-code': "the line's own code",
};

/** What an unpredicted site's list entry says after it: the callee, else the reason and the runtime function. */
export function unpredictedNote(s: ObservedSite): string {
  const via = viaText(s);
  if (via) return via;
  const extra = s.reason === 'inlined-code' ? s.inlined[0] : s.runtimeFuncs[0];
  return `${UNPREDICTED_REASON[s.reason]}${extra ? `: ${extra}` : ''}`;
}

/** A call line that inlined a site's code: the same bytes land there. */
export function inlinedAtText(a: InlinedAtLine): string {
  return `inlined at ${a.file}:${a.line} (in ${a.func})${a.findings.length > 0 ? '' : ', no finding there'}`;
}

/** ` (in F)` after a finding, when it has a function (the name as given: plain or already formatted). */
export function inFunc(func: string): string {
  return func ? ` (in ${func})` : '';
}

/** The summary: totals, and how much of it the static findings predicted (the first line unindented, the others aligned under it). */
export function profileSummaryLines(j: ProfileJoin): string[] {
  return [
    `Heap profile: ${formatByteSize(j.total.bytes)} in ${objects(j.total.objects)} allocated; ${formatByteSize(j.inPackages.bytes)} (${percent(j.total.bytes ? j.inPackages.bytes / j.total.bytes : 0)}) in the analyzed packages`,
    `  predicted by a static heap finding: ${formatByteSize(j.predicted.bytes)} (${percent(j.predictedBytesShare)}) in ${count(j.ranking.length, 'site')}`,
    `  no static finding (unpredicted):    ${formatByteSize(j.unpredicted.bytes)} (${percent(j.inPackages.bytes ? j.unpredicted.bytes / j.inPackages.bytes : 0)}) in ${count(j.unpredictedSites.length, 'site')}`,
    `  static heap findings not exercised: ${j.unexercised.length}`,
  ];
}

/** The three lists, as text headings (`Heap escapes by observed bytes:`) and Markdown headings. */
export const PROFILE_SECTIONS = {
  ranking: { text: 'Heap escapes by observed bytes:', markdown: 'Heap escapes by observed bytes' },
  unpredicted: { text: 'Observed allocations with no static finding:', markdown: 'Observed allocations with no static finding' },
  unexercised: { text: 'Static heap findings not exercised by the profile:', markdown: 'Static heap findings not exercised' },
} as const;

export const PROFILE_TITLE = 'Heap profile joined to escape analysis';

/** An empty list: in text and in Markdown. */
export const NONE = { text: '(none)', markdown: 'None.' } as const;

/** After a list cut at `--limit`; the ranking says how to see all. */
export function moreRows(n: number, hintJson = false): string {
  return `… ${n} more${hintJson ? ' (use --format json for all)' : ''}`;
}

export const RANKING_COLUMNS = ['#', 'bytes', 'share', 'objects', 'site', 'function', 'finding'] as const;
export const UNPREDICTED_COLUMNS = ['bytes', 'share', 'objects', 'site', 'function', 'allocated in / why'] as const;

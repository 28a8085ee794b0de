/**
 * Rendering of a heap profile joined to the static findings (text,
 * Markdown). JSON is the {@link ProfileJoin} itself.
 *
 * @module
 */
import type { FindingRef, ObservedSite, ProfileJoin } from '../bench/profile-join.js';
import { formatPos } from '../model/position.js';
import { count, formatByteSize, percent } from './messages.js';
import { jsonSafe, mdCell, mdCode, mdDocument, terminalLine } from './escape.js';

export interface ProfileReport {
  tool: 'goescape profile';
  profiles: string[];
  packages: string[];
  join: ProfileJoin;
}

export function renderProfileJson(r: ProfileReport): string {
  return jsonSafe(JSON.stringify(r, null, 2)) + '\n';
}

function objects(n: number): string {
  return count(n, 'object');
}

function siteWhere(s: ObservedSite): string {
  return `${s.file}:${s.line}`;
}

function findingText(f: FindingRef): string {
  return `${f.message}${f.cause ? ` [${f.cause}]` : ''}`;
}

function viaText(s: ObservedSite): string {
  return s.via.length > 0 ? `allocated in ${s.via.slice(0, 2).join(', ')}${s.via.length > 2 ? ', …' : ''}` : '';
}

export function profileSummaryLines(j: ProfileJoin): string[] {
  return [
    `Heap profile: ${formatByteSize(j.total.bytes)} in ${objects(j.total.objects)} allocated; ${formatByteSize(j.inPackages.bytes)} (${percent(j.total.bytes ? j.inPackages.bytes / j.total.bytes : 0)}) in the analyzed packages`,
    `  predicted by a static heap finding: ${formatByteSize(j.predicted.bytes)} (${percent(j.predictedBytesShare)}) in ${count(j.ranking.length, 'site')}`,
    `  no static finding (unpredicted):    ${formatByteSize(j.unpredicted.bytes)} (${percent(j.inPackages.bytes ? j.unpredicted.bytes / j.inPackages.bytes : 0)}) in ${count(j.unpredictedSites.length, 'site')}`,
    `  static heap findings not exercised: ${j.unexercised.length}`,
  ];
}

export function renderProfileText(j: ProfileJoin, opts: { limit?: number } = {}): string {
  const limit = opts.limit ?? 30;
  const out = profileSummaryLines(j);
  out.push('', 'Heap escapes by observed bytes:');
  if (j.ranking.length === 0) out.push('  (none)');
  j.ranking.slice(0, limit).forEach((s, i) => {
    const fs = s.findings;
    out.push(`  ${String(i + 1).padStart(3)}. ${formatByteSize(s.bytes).padStart(10)} ${percent(s.share).padStart(6)}  ${objects(s.objects).padEnd(16)} ${siteWhere(s)}  ${s.func}`);
    for (const f of fs) out.push(`        ${findingText(f)}`);
  });
  if (j.ranking.length > limit) out.push(`  … ${j.ranking.length - limit} more (use --format json for all)`);
  out.push('', 'Observed allocations with no static finding:');
  if (j.unpredictedSites.length === 0) out.push('  (none)');
  for (const s of j.unpredictedSites.slice(0, limit)) {
    const via = viaText(s);
    out.push(`       ${formatByteSize(s.bytes).padStart(10)} ${percent(s.share).padStart(6)}  ${objects(s.objects).padEnd(16)} ${siteWhere(s)}  ${s.func}${via ? `  (${via})` : ''}`);
  }
  if (j.unpredictedSites.length > limit) out.push(`  … ${j.unpredictedSites.length - limit} more`);
  out.push('', 'Static heap findings not exercised by the profile:');
  if (j.unexercised.length === 0) out.push('  (none)');
  for (const f of j.unexercised.slice(0, limit)) out.push(`  ${formatPos(f.pos)}: ${findingText(f)}${f.func ? ` (in ${f.func})` : ''}`);
  if (j.unexercised.length > limit) out.push(`  … ${j.unexercised.length - limit} more`);
  return out.map(terminalLine).join('\n') + '\n';
}

const md = mdCell;

export function renderProfileMarkdown(j: ProfileJoin, opts: { limit?: number } = {}): string {
  const limit = opts.limit ?? 30;
  const out: string[] = ['## Heap profile joined to escape analysis', ''];
  out.push(...profileSummaryLines(j).map((l) => `- ${l.trim()}`), '');
  out.push('### Heap escapes by observed bytes', '', '| # | bytes | share | objects | site | function | finding |', '| ---: | ---: | ---: | ---: | --- | --- | --- |');
  j.ranking.slice(0, limit).forEach((s, i) => {
    out.push(`| ${i + 1} | ${formatByteSize(s.bytes)} | ${percent(s.share)} | ${s.objects} | ${mdCode(siteWhere(s))} | ${mdCode(s.func)} | ${md(s.findings.map(findingText).join('; '))} |`);
  });
  out.push('', '### Observed allocations with no static finding', '');
  if (j.unpredictedSites.length === 0) out.push('None.');
  else {
    out.push('| bytes | share | objects | site | function | allocated in |', '| ---: | ---: | ---: | --- | --- | --- |');
    for (const s of j.unpredictedSites.slice(0, limit)) out.push(`| ${formatByteSize(s.bytes)} | ${percent(s.share)} | ${s.objects} | ${mdCode(siteWhere(s))} | ${mdCode(s.func)} | ${md(s.via.slice(0, 2).join(', '))} |`);
  }
  out.push('', '### Static heap findings not exercised', '');
  if (j.unexercised.length === 0) out.push('None.');
  for (const f of j.unexercised.slice(0, limit)) out.push(`- ${mdCode(formatPos(f.pos))} ${md(findingText(f))}${f.func ? ` (in ${mdCode(f.func)})` : ''}`);
  return mdDocument(out.join('\n').trimEnd()) + '\n';
}

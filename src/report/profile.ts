/**
 * Rendering of a heap profile joined to the static findings (text,
 * Markdown). Wording comes from messages/profile.ts.
 *
 * @module
 */
import type { ObservedSite, ProfileJoin } from '../bench/profile-join.js';
import { formatPos } from '../model/position.js';
import { formatByteSize, percent } from './messages/numbers.js';
import {
  inFunc,
  inlinedAtText,
  moreRows,
  NONE,
  objects,
  PROFILE_SECTIONS,
  PROFILE_TITLE,
  profileFindingText,
  profileSummaryLines,
  RANKING_COLUMNS,
  UNPREDICTED_COLUMNS,
  unpredictedNote,
} from './messages/profile.js';
import { mdCell, mdCode, mdDocument, terminalLine } from './escape.js';

export interface ProfileReport {
  tool: 'goescape profile';
  profiles: string[];
  packages: string[];
  join: ProfileJoin;
}

function siteWhere(s: ObservedSite): string {
  return `${s.file}:${s.line}`;
}

export function renderProfileText(j: ProfileJoin, opts: { limit?: number } = {}): string {
  const limit = opts.limit ?? 30;
  const out = profileSummaryLines(j);
  out.push('', PROFILE_SECTIONS.ranking.text);
  if (j.ranking.length === 0) out.push(`  ${NONE.text}`);
  j.ranking.slice(0, limit).forEach((s, i) => {
    const fs = s.findings;
    out.push(
      `  ${String(i + 1).padStart(3)}. ${formatByteSize(s.bytes).padStart(10)} ${percent(s.share).padStart(6)}  ${objects(s.objects).padEnd(16)} ${siteWhere(s)}  ${s.func}`,
    );
    for (const f of fs) out.push(`        ${profileFindingText(f)}`);
    for (const a of s.inlinedAt) out.push(`        ${inlinedAtText(a)}`);
  });
  if (j.ranking.length > limit) out.push(`  ${moreRows(j.ranking.length - limit, true)}`);
  out.push('', PROFILE_SECTIONS.unpredicted.text);
  if (j.unpredictedSites.length === 0) out.push(`  ${NONE.text}`);
  for (const s of j.unpredictedSites.slice(0, limit)) {
    const note = unpredictedNote(s);
    out.push(
      `       ${formatByteSize(s.bytes).padStart(10)} ${percent(s.share).padStart(6)}  ${objects(s.objects).padEnd(16)} ${siteWhere(s)}  ${s.func}${note ? `  (${note})` : ''}`,
    );
  }
  if (j.unpredictedSites.length > limit) out.push(`  ${moreRows(j.unpredictedSites.length - limit)}`);
  out.push('', PROFILE_SECTIONS.unexercised.text);
  if (j.unexercised.length === 0) out.push(`  ${NONE.text}`);
  for (const f of j.unexercised.slice(0, limit)) out.push(`  ${formatPos(f.pos)}: ${profileFindingText(f)}${inFunc(f.func)}`);
  if (j.unexercised.length > limit) out.push(`  ${moreRows(j.unexercised.length - limit)}`);
  return out.map(terminalLine).join('\n') + '\n';
}

const md = mdCell;

/** A right-aligned-numbers table head: the first `numeric` columns right-aligned. */
function tableHead(columns: readonly string[], numeric: number): string[] {
  return [`| ${columns.join(' | ')} |`, `| ${columns.map((_, i) => (i < numeric ? '---:' : '---')).join(' | ')} |`];
}

export function renderProfileMarkdown(j: ProfileJoin, opts: { limit?: number } = {}): string {
  const limit = opts.limit ?? 30;
  const out: string[] = [`## ${PROFILE_TITLE}`, ''];
  out.push(...profileSummaryLines(j).map((l) => `- ${l.trim()}`), '');
  out.push(`### ${PROFILE_SECTIONS.ranking.markdown}`, '', ...tableHead(RANKING_COLUMNS, 4));
  j.ranking.slice(0, limit).forEach((s, i) => {
    out.push(
      `| ${i + 1} | ${formatByteSize(s.bytes)} | ${percent(s.share)} | ${s.objects} | ${mdCode(siteWhere(s))} | ${mdCode(s.func)} | ${md(s.findings.map(profileFindingText).join('; '))} |`,
    );
  });
  out.push('', `### ${PROFILE_SECTIONS.unpredicted.markdown}`, '');
  if (j.unpredictedSites.length === 0) out.push(NONE.markdown);
  else {
    out.push(...tableHead(UNPREDICTED_COLUMNS, 3));
    for (const s of j.unpredictedSites.slice(0, limit))
      out.push(`| ${formatByteSize(s.bytes)} | ${percent(s.share)} | ${s.objects} | ${mdCode(siteWhere(s))} | ${mdCode(s.func)} | ${md(unpredictedNote(s))} |`);
  }
  out.push('', `### ${PROFILE_SECTIONS.unexercised.markdown}`, '');
  if (j.unexercised.length === 0) out.push(NONE.markdown);
  for (const f of j.unexercised.slice(0, limit)) out.push(`- ${mdCode(formatPos(f.pos))} ${md(profileFindingText(f))}${f.func ? inFunc(mdCode(f.func)) : ''}`);
  return mdDocument(out.join('\n').trimEnd()) + '\n';
}

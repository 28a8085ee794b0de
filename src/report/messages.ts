/**
 * All of goescape's wording about findings lives here; reporters call these
 * and never phrase findings themselves.
 */
import type { Finding } from '../model/finding.js';
import { FINDING_KINDS, type FindingKind } from '../model/kinds.js';
import { formatPos } from '../model/position.js';

export function kindTitle(kind: FindingKind): string {
  return FINDING_KINDS[kind].title;
}

/** Plural-aware count: `1 heap escape`, `3 heap escapes`. */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** `file:line:col` of a finding. */
export function where(f: Finding): string {
  return formatPos(f.pos);
}

/** One line for a finding in `go vet` style: `file:line:col: message`. */
export function findingLine(f: Finding): string {
  let line = `${where(f)}: ${f.message}`;
  const ctx: string[] = [];
  if (f.func) ctx.push(`in ${f.func}`);
  if (f.inlinedFrom) ctx.push(`inlined from ${f.inlinedFrom}`);
  if (f.inlinedSites?.length) ctx.push(`+${count(f.inlinedSites.length, 'inlined copy', 'inlined copies')}`);
  if (ctx.length) line += ` (${ctx.join('; ')})`;
  return line;
}

export const SUMMARY_LABELS: Record<string, string> = {
  heapEscapes: 'heap escapes',
  leaks: 'leaking params',
  inlinedCopies: 'inlined copies folded',
  unrecognized: 'unrecognized lines',
};

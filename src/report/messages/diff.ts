/** Wording of `goescape diff`: the verdict, one line per added, removed or changed finding, and the headings. */
import type { DiffChange, EscapeDiff } from '../../gate/diff.js';
import type { GateFinding } from '../../gate/evaluate.js';
import { comparePos, formatPos } from '../../model/position.js';
import { gateFindingText, PACKAGE_SCOPE } from './gate.js';
import { count } from './numbers.js';

/** One line for a finding in a diff: `kind subject in func [cause] (file:line)`, at the site's line for a heap site. */
export function diffFindingLine(f: GateFinding): string {
  return `${gateFindingText(f)}${f.cause ? ` [${f.cause}]` : ''} (${formatPos(f.site?.pos ?? f.pos)})`;
}

/** `diff --fail-on-new`: how many sites are new, and the first one's line and escape. */
export function newSitesLine(added: readonly GateFinding[], baseRev: string): string {
  const at = (f: GateFinding) => f.site?.pos ?? f.pos;
  const first = [...added].sort((a, b) => comparePos(at(a), at(b)))[0]!;
  const escapes = new Set(added.map((f) => f.key)).size;
  const more = `${added.length > 1 ? '; first' : ''} at ${formatPos(at(first))}`;
  return `goescape diff: ${count(added.length, 'new heap escape site')} (${count(escapes, 'heap escape')}) since ${baseRev}${more}: ${gateFindingText(first)}`;
}

export function diffChangeLine(c: DiffChange): string {
  return `${c.head.pkg} ${c.head.func || PACKAGE_SCOPE}: ${c.head.subject}: ${c.changes.join('; ')} (${formatPos(c.head.pos)})`;
}

export function diffVerdict(d: EscapeDiff): string {
  const c = d.counts;
  return `${d.base.rev} → ${d.head.rev}: ${c.added} added, ${c.removed} removed, ${c.changed} changed (${c.unchanged} unchanged)`;
}

/** The sections of the text report. */
export const DIFF_SECTIONS = { added: 'added', removed: 'removed', changed: 'changed' } as const;

/** The Markdown report's title; the revisions come formatted (as inline code). */
export function diffTitle(base: string, head: string): string {
  return `goescape diff: ${base} → ${head}`;
}

export function noDiffChange(unchanged: number): string {
  return `No change in heap escapes or parameter leaks (${unchanged} unchanged).`;
}

/** The Markdown report's section headings: `Added (3)`. */
export function diffHeading(section: keyof typeof DIFF_SECTIONS, n: number): string {
  const title = { added: 'Added', removed: 'Removed', changed: 'Changed' }[section];
  return `${title} (${n})`;
}

export const DIFF_FINDING_COLUMNS = ['where', 'function', 'finding', 'cause'] as const;
export const DIFF_CHANGE_COLUMNS = ['where', 'function', 'subject', 'change'] as const;

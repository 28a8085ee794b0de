/**
 * Markdown for pull-request comments: the gate verdict (check) and the heap
 * changes between two revisions (diff). Table cells are escaped so Go
 * expressions (`a | b`, backticks) cannot break the table, and no control
 * character or workflow command gets through (src/report/escape.ts).
 */
import type { EscapeDiff } from '../gate/diff.js';
import type { GateFinding, GateResult } from '../gate/evaluate.js';
import { formatPos } from '../model/position.js';
import {
  count, diffVerdict, docsUrl, causeDocsPath, GATE_RULE_TITLES, gateVerdict, removedAdvice, removedLine, violationMessage,
} from './messages.js';
import { mdCell, mdCode, mdDocument } from './escape.js';

export { mdCell, mdCode };

function causeCell(f: GateFinding): string {
  return f.cause ? `[${f.cause}](${docsUrl(causeDocsPath(f.cause))})` : '';
}

export function renderGateMarkdown(gate: GateResult): string {
  const out: string[] = [];
  const ok = gate.violations.length === 0;
  out.push(`### goescape check: ${ok ? 'passed ✅' : 'failed ❌'}`, '', mdCell(gateVerdict(gate)), '');
  if (!ok) {
    out.push('| rule | where | message |', '| --- | --- | --- |');
    for (const v of gate.violations) {
      out.push(`| ${mdCell(GATE_RULE_TITLES[v.rule])} | ${v.pos ? mdCode(formatPos(v.pos)) : mdCode(v.pkg)} | ${mdCell(violationMessage(v))} |`);
    }
    out.push('');
  }
  if (gate.removed.length) {
    out.push(`<details><summary>${mdCell(removedAdvice(gate.removed.length))}</summary>`, '');
    for (const e of gate.removed) out.push(`- ${mdCode(removedLine(e))}`);
    out.push('', '</details>', '');
  }
  if (gate.accepted.length) {
    out.push(`<details><summary>${count(gate.accepted.length, 'accepted finding')}</summary>`, '', '| where | finding | reason |', '| --- | --- | --- |');
    for (const a of gate.accepted) out.push(`| ${mdCode(formatPos(a.finding.pos))} | ${mdCode(a.finding.message)} | ${mdCell(a.reason)} |`);
    out.push('', '</details>', '');
  }
  return mdDocument(out.join('\n'));
}

function findingTable(list: GateFinding[]): string[] {
  const out = ['| where | function | finding | cause |', '| --- | --- | --- | --- |'];
  for (const f of list) out.push(`| ${mdCode(formatPos(f.pos))} | ${mdCode(f.func || '<package>')} | ${mdCode(f.message)} | ${causeCell(f)} |`);
  return out;
}

export function renderDiffMarkdown(d: EscapeDiff): string {
  const out: string[] = [`### goescape diff: ${mdCode(d.base.rev)} → ${mdCode(d.head.rev)}`, ''];
  const c = d.counts;
  if (c.added + c.removed + c.changed === 0) {
    out.push(`No change in heap escapes or parameter leaks (${c.unchanged} unchanged).`, '');
    return mdDocument(out.join('\n'));
  }
  out.push(mdCell(diffVerdict(d)), '');
  if (d.added.length) out.push(`#### Added (${d.added.length})`, '', ...findingTable(d.added), '');
  if (d.removed.length) out.push(`#### Removed (${d.removed.length})`, '', ...findingTable(d.removed), '');
  if (d.changed.length) {
    out.push(`#### Changed (${d.changed.length})`, '', '| where | function | subject | change |', '| --- | --- | --- | --- |');
    for (const ch of d.changed) {
      out.push(`| ${mdCode(formatPos(ch.head.pos))} | ${mdCode(ch.head.func || '<package>')} | ${mdCode(ch.head.subject)} | ${mdCell(ch.changes.join('; '))} |`);
    }
    out.push('');
  }
  return mdDocument(out.join('\n'));
}

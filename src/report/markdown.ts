/**
 * Markdown for pull-request comments: the gate verdict (check) and the heap
 * changes between two revisions (diff). Table cells are escaped so Go
 * expressions (`a | b`, backticks) cannot break the table, and no control
 * character or workflow command gets through (src/report/escape.ts).
 */
import type { EscapeDiff } from '../gate/diff.js';
import type { GateFinding, GateResult } from '../gate/evaluate.js';
import { formatPos } from '../model/position.js';
import { DIFF_CHANGE_COLUMNS, DIFF_FINDING_COLUMNS, diffHeading, diffTitle, diffVerdict, noDiffChange } from './messages/diff.js';
import { causeDocsPath, docsUrl } from './messages/docs.js';
import {
  ACCEPTED_COLUMNS,
  acceptedSummary,
  GATE_RULE_TITLES,
  gateFindingText,
  gateTitle,
  gateVerdict,
  PACKAGE_SCOPE,
  removedAdvice,
  removedLine,
  VIOLATION_COLUMNS,
  violationMessage,
} from './messages/gate.js';
import { mdCell, mdCode, mdDocument } from './escape.js';

export { mdCell, mdCode };

/** A table's head: `| a | b |` and its `| --- | --- |` rule. The titles are ours, not escaped. */
function tableHead(columns: readonly string[]): string[] {
  return [`| ${columns.join(' | ')} |`, `| ${columns.map(() => '---').join(' | ')} |`];
}

function causeCell(f: GateFinding): string {
  return f.cause ? `[${f.cause}](${docsUrl(causeDocsPath(f.cause))})` : '';
}

export function renderGateMarkdown(gate: GateResult): string {
  const out: string[] = [];
  const ok = gate.violations.length === 0;
  out.push(`### ${gateTitle(ok)}`, '', mdCell(gateVerdict(gate)), '');
  if (!ok) {
    out.push(...tableHead(VIOLATION_COLUMNS));
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
    out.push(`<details><summary>${mdCell(acceptedSummary(gate.accepted.length))}</summary>`, '', ...tableHead(ACCEPTED_COLUMNS));
    for (const a of gate.accepted)
      out.push(`| ${mdCode(formatPos(a.finding.site?.pos ?? a.finding.pos))} | ${mdCode(gateFindingText(a.finding))} | ${mdCell(a.reason)} |`);
    out.push('', '</details>', '');
  }
  return mdDocument(out.join('\n'));
}

function findingTable(list: GateFinding[]): string[] {
  const out = tableHead(DIFF_FINDING_COLUMNS);
  for (const f of list)
    out.push(
      `| ${mdCode(formatPos(f.site?.pos ?? f.pos))} | ${mdCode(f.site?.func || f.func || PACKAGE_SCOPE)} | ${mdCode(gateFindingText(f))} | ${causeCell(f)} |`,
    );
  return out;
}

export function renderDiffMarkdown(d: EscapeDiff): string {
  const out: string[] = [`### ${diffTitle(mdCode(d.base.rev), mdCode(d.head.rev))}`, ''];
  const c = d.counts;
  if (c.added + c.removed + c.changed === 0) {
    out.push(mdCell(noDiffChange(c.unchanged)), '');
    return mdDocument(out.join('\n'));
  }
  out.push(mdCell(diffVerdict(d)), '');
  if (d.added.length) out.push(`#### ${diffHeading('added', d.added.length)}`, '', ...findingTable(d.added), '');
  if (d.removed.length) out.push(`#### ${diffHeading('removed', d.removed.length)}`, '', ...findingTable(d.removed), '');
  if (d.changed.length) {
    out.push(`#### ${diffHeading('changed', d.changed.length)}`, '', ...tableHead(DIFF_CHANGE_COLUMNS));
    for (const ch of d.changed) {
      out.push(
        `| ${mdCode(formatPos(ch.head.pos))} | ${mdCode(ch.head.func || PACKAGE_SCOPE)} | ${mdCode(ch.head.subject)} | ${mdCell(ch.changes.join('; '))} |`,
      );
    }
    out.push('');
  }
  return mdDocument(out.join('\n'));
}

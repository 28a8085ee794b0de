/** Plain-text reports of the gate (check) and of diff, for terminals and CI logs: each line escaped (escape.ts terminalLine). */
import type { EscapeDiff } from '../gate/diff.js';
import type { GateResult } from '../gate/evaluate.js';
import type { Finding } from '../model/finding.js';
import { adviceFor, fixLine } from './messages/advice.js';
import { DIFF_SECTIONS, diffChangeLine, diffFindingLine, diffVerdict } from './messages/diff.js';
import { acceptedLine, gateVerdict, removedAdvice, removedLine, violationLine } from './messages/gate.js';
import { terminalLine } from './escape.js';

/** With the analysis' findings, each offending heap escape is followed by the fix for its cause. */
export function renderGateText(gate: GateResult, findings?: readonly Finding[]): string {
  const out: string[] = [];
  const byKey = new Map((findings ?? []).map((f) => [f.key, f]));
  for (const v of gate.violations) {
    out.push(violationLine(v));
    const f = v.finding && byKey.get(v.finding.key);
    const advice = f ? adviceFor(f) : '';
    if (advice) out.push(`  ${fixLine(advice)}`);
  }
  if (gate.removed.length) {
    out.push('', removedAdvice(gate.removed.length));
    for (const e of gate.removed) out.push(`  - ${removedLine(e)}`);
  }
  if (gate.accepted.length) {
    out.push('', 'accepted:');
    for (const a of gate.accepted) out.push(`  ${acceptedLine(a)}`);
  }
  if (out.length) out.push('');
  out.push(gateVerdict(gate));
  return out.map(terminalLine).join('\n') + '\n';
}

export function renderDiffText(d: EscapeDiff): string {
  const out: string[] = [diffVerdict(d)];
  const section = (title: string, lines: string[]) => {
    if (!lines.length) return;
    out.push('', `${title}:`, ...lines.map((l) => `  ${l}`));
  };
  section(
    DIFF_SECTIONS.added,
    d.added.map((f) => `+ ${diffFindingLine(f)}`),
  );
  section(
    DIFF_SECTIONS.removed,
    d.removed.map((f) => `- ${diffFindingLine(f)}`),
  );
  section(
    DIFF_SECTIONS.changed,
    d.changed.map((c) => `~ ${diffChangeLine(c)}`),
  );
  return out.map(terminalLine).join('\n') + '\n';
}

/**
 * Builds each heap or leak finding's chain: the `-m=2` flows flattened into
 * steps from the value to its sink, in the order the compiler printed them
 * (source outward). Pure.
 */
import type { ChainStep, Finding } from '../model/finding.js';
import { isExplainedKind } from '../model/kinds.js';

export function buildChain(f: Finding): ChainStep[] {
  const steps: ChainStep[] = [];
  for (const e of f.explanations) {
    for (const flow of e.flows) {
      const into = flow.dst;
      if (flow.notes.length === 0) {
        steps.push({ op: 'flow', where: `${'&'.repeat(flow.derefs < 0 ? 1 : 0)}${'*'.repeat(Math.max(0, flow.derefs))}${flow.src}`, into });
      }
      for (const note of flow.notes) {
        const step: ChainStep = { op: note.why, where: note.where, into };
        if (note.pos) step.pos = note.pos;
        steps.push(step);
      }
    }
  }
  return steps;
}

/** The sink the chain ends in: `{heap}`, a result (`~r0`, named), or a closure/storage location. */
export function sinkOf(f: Finding): string | undefined {
  const e = f.explanations[f.explanations.length - 1];
  if (!e) return undefined;
  if (e.header === 'leaks' && e.sink) return e.sink;
  const last = e.flows[e.flows.length - 1];
  return last?.dst;
}

/** Sets `chain` on every heap and leak finding that has an explanation. */
export function explainFindings(findings: Finding[]): void {
  for (const f of findings) explainFinding(f);
}

/** explainFindings for one finding. */
export function explainFinding(f: Finding): void {
  if (isExplainedKind(f.kind) && f.explanations.length > 0) f.chain = buildChain(f);
}

/**
 * Builds each heap or leak finding's chain: the `-m=2` flows flattened into
 * steps from the value to its sink, in the order the compiler printed them
 * (source outward). Pure.
 */
import type { ChainStep, Explanation, Finding, Flow } from '../model/finding.js';
import { isExplainedKind } from '../model/kinds.js';

export function buildChain(f: Finding, flowsOf: (e: Explanation) => Flow[] = (e) => e.flows): ChainStep[] {
  const steps: ChainStep[] = [];
  for (const e of f.explanations) {
    for (const flow of flowsOf(e)) {
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

/**
 * Adds `chain` to every heap and leak finding that has an explanation. The
 * chain is derived from the explanations on each read (an enumerable getter,
 * so JSON and spreads include it): for the standard library that saves half
 * a million step objects that would only restate the flows.
 */
export function explainFindings(findings: Finding[]): void {
  // Indexed: called once over every finding, a for-of would allocate per step.
  for (let i = 0; i < findings.length; i++) explainFinding(findings[i]!);
}

/** explainFindings for one finding. */
export function explainFinding(f: Finding): void {
  if (!isExplainedKind(f.kind) || f.explanations.length === 0) return;
  Object.defineProperty(f, 'chain', CHAIN);
}

/** One accessor for all findings, so those of a kind keep sharing a hidden class. */
const CHAIN: PropertyDescriptor = {
  get(this: Finding) {
    return buildChain(this);
  },
  set(this: Finding, value: ChainStep[] | undefined) {
    Object.defineProperty(this, 'chain', { value, writable: true, enumerable: true, configurable: true });
  },
  enumerable: true,
  configurable: true,
};

/**
 * Builds each heap or leak finding's chain: the `-m=2` flows flattened into
 * steps from the value to its sink, in the order the compiler printed them
 * (source outward). The compiler prints one explanation per way the value
 * reaches its sink, and explanations share their first flows: the chain
 * lists each step once, and `chainPaths` says which steps each explanation
 * takes, so each path can be shown on its own. Pure.
 */
import type { ChainStep, Explanation, Finding } from '../model/finding.js';
import { isExplainedKind } from '../model/kinds.js';

/** The steps of one explanation, in the order printed. */
export function explanationSteps(e: Explanation): ChainStep[] {
  const steps: ChainStep[] = [];
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
  return steps;
}

/** What makes two steps the same step: what happens, where, at which position, into what. */
function stepIdentity(s: ChainStep): string {
  const p = s.pos;
  return `${s.op}\u0000${s.where}\u0000${s.into}\u0000${p ? `${p.file}:${p.line}:${p.column ?? ''}` : ''}`;
}

export interface ChainWithPaths {
  /** Each step once, in the order first printed. */
  chain: ChainStep[];
  /** For each explanation with steps: the indexes of its steps in `chain`, in order. */
  paths: number[][];
}

/** The chain and, for each explanation, the steps it takes. */
export function chainWithPaths(f: Finding): ChainWithPaths {
  const chain: ChainStep[] = [];
  const paths: number[][] = [];
  const index = new Map<string, number>();
  for (const e of f.explanations) {
    const path: number[] = [];
    for (const step of explanationSteps(e)) {
      const id = stepIdentity(step);
      let i = index.get(id);
      if (i === undefined) {
        i = chain.length;
        index.set(id, i);
        chain.push(step);
      }
      // A step an explanation passes twice (a loop) is listed once in its path.
      if (!path.includes(i)) path.push(i);
    }
    if (path.length > 0) paths.push(path);
  }
  return { chain, paths };
}

/** The chain without repeated steps (chainWithPaths' chain). */
export function buildChain(f: Finding): ChainStep[] {
  return chainWithPaths(f).chain;
}

/** The sink the chain ends in: `{heap}`, a result (`~r0`, named), or a closure/storage location. */
export function sinkOf(f: Finding): string | undefined {
  const e = f.explanations[f.explanations.length - 1];
  return e ? explanationSink(e) : undefined;
}

/** The sink one explanation ends in. */
export function explanationSink(e: Explanation): string | undefined {
  if (e.header === 'leaks' && e.sink) return e.sink;
  const last = e.flows[e.flows.length - 1];
  return last?.dst;
}

/** Sets `chain` on every heap and leak finding that has an explanation. */
export function explainFindings(findings: Finding[]): void {
  for (const f of findings) explainFinding(f);
}

/** explainFindings for one finding: its chain, and its paths when the compiler explained more than one. */
export function explainFinding(f: Finding): void {
  if (!isExplainedKind(f.kind) || f.explanations.length === 0) return;
  const { chain, paths } = chainWithPaths(f);
  f.chain = chain;
  if (paths.length > 1) f.chainPaths = paths;
}


/**
 * Builds each heap or leak finding's chain: the `-m=2` flows flattened into
 * steps from the value to its sink, in the order the compiler printed them
 * (source outward). The compiler prints one explanation per way the value
 * reaches its sink, and explanations share their first flows: the chain
 * lists each step once, and `chainPaths` says which steps each explanation
 * takes, so each path can be shown on its own. Pure.
 */
import type { ChainStep, Explanation, Finding, InlineStep } from '../model/finding.js';
import type { SourcePos } from '../model/position.js';
import { isExplainedKind } from '../model/kinds.js';
import { baseFuncName } from './attribute.js';

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
  // One explanation (most findings): its steps as printed.
  if (f.explanations.length === 1) {
    const chain = explanationSteps(f.explanations[0]!);
    return { chain, paths: chain.length > 0 ? [chain.map((_s, i) => i)] : [] };
  }
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

/** Resolves a package name used in a file to its import path. */
export type PackageNameResolver = (file: string, name: string) => string | undefined;

interface InliningCall {
  pkg: string;
  /** The function the call is in. */
  func: string;
  column: number | undefined;
  /** The callee as printed (`(*T).init`, `errors.New`). */
  callee: string;
}

/**
 * Puts the steps of inlined code at their own lines. The compiler prints a
 * step of code inlined into a function at the call that inlined it (the
 * outermost position: `c.self = self` shown at `result.init(result)`).
 * When the callee's own finding (the origin) has the same step, that step's
 * position is the callee's own line: the step takes it, and `inline` says
 * through which call (and, for nested inlining, calls) it got there. A step
 * the origin does not have, or has at more than one position, stays where
 * the compiler put it. `findings` are the analysis' findings, the
 * `inlining call to` lines among them.
 */
export function placeInlinedSteps(findings: Finding[], resolveName: PackageNameResolver): void {
  // Package → file → line → the inlining calls there.
  const calls = new Map<string, Map<string, Map<number, InliningCall[]>>>();
  for (const f of findings) {
    // Generated code (`<autogenerated>:1`) has no lines to tell its calls apart: its steps stay where they are.
    if (f.kind !== 'inlining-call' || f.pos.file.startsWith('<')) continue;
    let files = calls.get(f.pkg);
    if (!files) calls.set(f.pkg, (files = new Map()));
    let lines = files.get(f.pos.file);
    if (!lines) files.set(f.pos.file, (lines = new Map()));
    const call: InliningCall = { pkg: f.pkg, func: f.func, column: f.pos.column, callee: f.details.callee ?? f.subject };
    const here = lines.get(f.pos.line);
    if (here) here.push(call);
    else lines.set(f.pos.line, [call]);
  }
  if (calls.size === 0) return;
  // Findings with chains by package and function, made on first need (most steps are at no inlined call).
  let byFunc: Map<string, Finding[]> | undefined;
  const originsOf = (key: string): Finding[] | undefined => {
    if (!byFunc) {
      byFunc = new Map();
      for (const f of findings) {
        if (!f.chain || f.chain.length === 0) continue;
        const k = `${f.pkg}\u0000${baseFuncName(f.func)}`;
        const list = byFunc.get(k);
        if (list) list.push(f);
        else byFunc.set(k, [f]);
      }
    }
    return byFunc.get(key);
  };
  // A function's steps (placed first) by what happens and where, for the steps inlined from it.
  const stepsByFunc = new Map<string, Map<string, ChainStep[]>>();
  const done = new Set<Finding>();
  const stepsOf = (key: string, depth: number): Map<string, ChainStep[]> | undefined => {
    let steps = stepsByFunc.get(key);
    if (steps) return steps;
    const origins = originsOf(key);
    if (!origins) return undefined;
    steps = new Map();
    stepsByFunc.set(key, steps);
    for (const o of origins) {
      place(o, depth + 1);
      for (const s of o.chain!) {
        if (!s.pos) continue;
        const id = `${s.op}\u0000${s.where}`;
        const list = steps.get(id);
        if (list) list.push(s);
        else steps.set(id, [s]);
      }
    }
    return steps;
  };
  const place = (f: Finding, depth: number): void => {
    if (done.has(f) || depth > 16) return;
    done.add(f);
    const files = calls.get(f.pkg);
    if (!files) return;
    for (const step of f.chain ?? []) {
      const pos = step.pos;
      if (!pos || step.inline) continue;
      const here = files.get(pos.file)?.get(pos.line);
      if (!here) continue;
      // Nested inlining prints every call at the outermost position: the
      // longest path (through the outer callee, whose step came from the inner one) is the precise one.
      let best: { pos: SourcePos; inline: InlineStep[] } | undefined;
      let tie = false;
      for (const call of here) {
        // The call must be in this finding's function: the same line may inline the same callee into a closure beside it.
        if (call.column !== pos.column || (call.func && f.func && call.func !== f.func)) continue;
        const callee = calleeFunction(call.callee, f.pkg, pos.file, resolveName);
        const steps = stepsOf(`${callee.pkg}\u0000${baseFuncName(callee.func)}`, depth);
        if (!steps) continue;
        // The caller prints another package's names qualified (`errors.text`), the callee does not.
        const where = callee.qualifier ? step.where.split(`${callee.qualifier}.`).join('') : step.where;
        let match: ChainStep | undefined;
        let ambiguous = false;
        for (const s of steps.get(`${step.op}\u0000${where}`) ?? []) {
          if (s === step || (s.pos!.file === pos.file && s.pos!.line === pos.line && s.pos!.column === pos.column)) continue;
          if (match && !samePlace(match, s)) ambiguous = true;
          match ??= s;
        }
        if (!match || ambiguous) continue;
        const found = { pos: match.pos!, inline: [{ callee: `${callee.pkg}.${callee.func}`, pos }, ...(match.inline ?? [])] };
        if (!best || found.inline.length > best.inline.length) {
          best = found;
          tie = false;
        } else if (found.inline.length === best.inline.length) tie = true;
      }
      if (best && !tie) {
        step.pos = best.pos;
        step.inline = best.inline;
      }
    }
  };
  for (let i = 0; i < findings.length; i++) if (findings[i]!.chain) place(findings[i]!, 0);
}

function samePlace(a: ChainStep, b: ChainStep): boolean {
  const p = a.pos!;
  const q = b.pos!;
  if (p.file !== q.file || p.line !== q.line || p.column !== q.column) return false;
  const x = a.inline ?? [];
  const y = b.inline ?? [];
  return x.length === y.length && x.every((s, i) => s.callee === y[i]!.callee && s.pos.line === y[i]!.pos.line && s.pos.column === y[i]!.pos.column);
}

/** `(*T).init` → this package's; `errors.New` → the package `errors` stands for in the file. */
function calleeFunction(callee: string, pkg: string, file: string, resolveName: PackageNameResolver): { pkg: string; func: string; qualifier?: string } {
  if (callee.startsWith('(')) return { pkg, func: callee };
  const m = /^([\p{L}_][\p{L}\p{N}_]*)\.(.+)$/u.exec(callee);
  if (!m) return { pkg, func: callee };
  // `T.M` of this package, or `pkg.F`: a name the file imports is a package.
  const path = resolveName(file, m[1]!);
  if (path === undefined) return { pkg, func: callee };
  return { pkg: path, func: m[2]!, qualifier: m[1]! };
}

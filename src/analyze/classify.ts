/**
 * Assigns each heap escape and leaking parameter one root cause from a
 * closed set (model/causes.ts), from the subject's form and the chain's
 * decisive step (the last step that is not mere plumbing). Source text is
 * consulted only to tell `go` statements from other closures and static
 * calls from calls through interfaces or func values. Pure: source comes
 * through `SourceLookup`.
 */
import type { Cause } from '../model/causes.js';
import type { ChainStep, Finding } from '../model/finding.js';
import { isExplainedKind } from '../model/kinds.js';
import { buildChain } from './explain.js';
import type { SourcePos } from '../model/position.js';

export interface SourceLookup {
  /** Text of a 1-based line of a normalised file, or undefined. */
  lineText(file: string, line: number): string | undefined;
  /** Position of the `func` keyword of the innermost function literal containing pos. */
  literalAt(pos: SourcePos): SourcePos | undefined;
  /** The import path a package name (`fmt`, an alias) stands for in a file, if the file imports it. */
  importPathFor(file: string, name: string): string | undefined;
  /** Functions declared in a package (compiler names), to tell static calls from func values. */
  declaredFuncs(pkg: string): Set<string>;
}

export interface Classification {
  cause: Cause;
  /** The step that decided it, when one did. */
  decisive?: ChainStep;
  /** For calls: the callee as printed (`a.Add`, `fmt.Fprintln`). */
  callee?: string;
}

/** Steps that move a value along without deciding where it ends up. */
const PLUMBING = new Set([
  'address-of', 'indirection', 'dot', 'dot of pointer', 'fixed-array-index-of', 'slice', 'assign-pair', 'assign-pair-dot-type',
  'assign-pair-mapr', 'assign-pair-receive', 'reference', 'spill', 'range', 'range-deref', 'switch case', 'slice-to-array',
  'array literal element', 'slice-literal-element', 'struct literal element', 'copied slice', 'flow', 'conversion to unsafe.Pointer',
]);

const OBJECT_SUBJECT = /^(&|new\(|make\(|\[|map\[|struct ?\{|func literal$|\.\.\. argument$|string\(|\(\[\]byte\)|\(\[\]rune\)|append\()/;
const COMPOSITE = /^[\p{L}_][\p{L}\p{N}_.]*(\[[^\]]*\])?\{.*\}$/u;

/** `chain`: the finding's own (explainFinding), else built from its explanations. */
export function classify(f: Finding, src: SourceLookup, chain: ChainStep[] = f.chain ?? buildChain(f)): Classification {
  const subject = f.subject;
  if (chain.some((s) => s.op === 'too large for stack' || s.op === 'too aligned for stack')) {
    return { cause: 'too-large', decisive: chain.find((s) => s.op.startsWith('too ')) };
  }
  if (chain.some((s) => s.op === 'non-constant size')) return { cause: 'non-constant-size', decisive: chain.find((s) => s.op === 'non-constant size') };
  if (f.kind === 'escapes-to-heap' && subject.startsWith('append(')) return { cause: 'append-growth' };
  if (f.kind === 'escapes-to-heap' && subject === 'func literal') {
    if (isGoStatement(f.pos, src)) return { cause: 'go-statement' };
  }
  // Operands that are allocation sites only because they are boxed: `x`, `n * 1000`, `t.n`, `1`, `~r0`.
  if (f.kind === 'escapes-to-heap' && !OBJECT_SUBJECT.test(subject) && !COMPOSITE.test(subject)) {
    const boxed = chain.some((s) => s.op === 'interface-converted' || s.into.includes('... argument') || s.where === '... argument');
    if (!boxed && /^[\p{L}_][\p{L}\p{N}_]*(\.[\p{L}_][\p{L}\p{N}_]*)+$/u.test(subject) && !subject.startsWith('~')) {
      // `x.M` is a method value when the package declares a method M; otherwise a boxed field.
      const name = subject.slice(subject.lastIndexOf('.') + 1);
      const declared = src.declaredFuncs(f.pkg);
      if (methodNames(declared).has(name) || declared.size === 0) return { cause: 'method-value' };
    }
    // `a + b` may be a string concatenation whose result escapes (not boxing): let the flow decide.
    if (boxed || !/\s\+\s/.test(subject)) {
      return { cause: 'interface-conversion', decisive: chain.find((s) => s.op === 'interface-converted') };
    }
  }
  if (chain.length === 0) return { cause: 'other' };
  // The explanations one after the other, shared steps repeated: the decisive step is the last explanation's.
  const walk = chain === f.chain && f.chainPaths ? f.chainPaths.flatMap((path) => path.map((i) => chain[i]!)) : chain;
  // A capture decides when the value reaches the heap inside a closure's storage.
  const capture = chain.find((s) => s.op === 'captured by a closure');
  if (capture) {
    if (capture.pos && (isGoStatement(capture.pos, src) || isGoStatement(src.literalAt(capture.pos), src))) {
      return { cause: 'go-statement', decisive: capture };
    }
    return { cause: 'closure-capture', decisive: capture };
  }
  if (f.kind === 'escapes-to-heap' && subject === 'func literal') {
    return { cause: 'closure-capture', decisive: lastDecisive(walk) };
  }
  const send = chain.find((s) => s.op === 'send');
  if (send) return { cause: 'channel-send', decisive: send };
  const step = lastDecisive(walk);
  if (!step) {
    // Only literal elements and plumbing: the value is stored in an object
    // (`{storage for &T{...}}`) that itself lives on the heap.
    const last = walk[walk.length - 1]!;
    if (last.into.startsWith('{storage for') || /literal element$/.test(last.op)) return { cause: 'heap-store', decisive: last };
    return { cause: 'other' };
  }
  switch (step.op) {
    case 'return':
      return { cause: 'returned-address', decisive: step };
    case 'assign':
    case 'key of map put':
    case 'map literal key':
    case 'map literal value':
    case 'appendee slice':
    case 'appended slice...':
    case 'reflect.Header.Data':
      return { cause: 'heap-store', decisive: step };
    case 'interface-converted':
      return { cause: 'interface-conversion', decisive: step };
    case 'call parameter':
    case 'callee operand':
    case '//go:uintptrescapes': {
      const callee = calleeOf(step.where);
      const opaque = isOpaqueCall(callee, f, step, src);
      const c: Classification = { cause: opaque ? 'opaque-call' : 'leaking-callee', decisive: step };
      if (callee) c.callee = callee;
      return c;
    }
  }
  return { cause: 'other', decisive: step };
}

const methodNamesOf = new WeakMap<Set<string>, { size: number; names: Set<string> }>();

/** Names of the methods among a package's declared functions (`(*T).M`, `T.M`, `T[...].M` → `M`), worked out once per set. */
function methodNames(declared: Set<string>): Set<string> {
  let m = methodNamesOf.get(declared);
  if (!m || m.size !== declared.size) {
    const names = new Set<string>();
    for (const fn of declared) {
      const dot = fn.lastIndexOf('.');
      if (dot > 0 && (fn.startsWith('(') || /^[\p{L}_][\p{L}\p{N}_]*(\[[^\]]*\])?\./u.test(fn))) names.add(fn.slice(dot + 1));
    }
    methodNamesOf.set(declared, (m = { size: declared.size, names }));
  }
  return m.names;
}

function lastDecisive(chain: ChainStep[]): ChainStep | undefined {
  for (let i = chain.length - 1; i >= 0; i--) {
    if (!PLUMBING.has(chain[i]!.op)) return chain[i];
  }
  return undefined;
}

/** Whether the code at pos is a `go` statement (`go func() {…}()`, or the wrapper of `go f(x)`). */
function isGoStatement(pos: SourcePos | undefined, src: SourceLookup): boolean {
  if (!pos || pos.column === undefined) return false;
  const text = src.lineText(pos.file, pos.line);
  if (text === undefined) return false;
  const bytes = Buffer.from(text, 'utf8');
  const before = bytes.subarray(0, pos.column - 1).toString('utf8');
  const at = bytes.subarray(pos.column - 1).toString('utf8');
  return /(^|[\s;{])go\s+$/.test(before) || /^go\s/.test(at);
}

/** `a.Add(&v)` → `a.Add`; `(*T).M(t, x)` → `(*T).M`; `f(&v)` → `f`. */
export function calleeOf(where: string): string | undefined {
  const m = /^(\(\*?[^)]*\)\.[\p{L}_][\p{L}\p{N}_]*|[\p{L}_.][\p{L}\p{N}_.]*(\[[^\]]*\])?)\(/u.exec(where.replace(/^(defer|go) /, ''));
  return m?.[1];
}

/**
 * Whether the call goes through something the compiler cannot see into: an
 * interface method (`x.M(...)` on a value), a func value (`f(...)`), or
 * reflection. Static calls print as `pkg.F(...)`, `F(...)` or `(*T).M(...)`.
 */
function isOpaqueCall(callee: string | undefined, f: Finding, step: ChainStep, src: SourceLookup): boolean {
  if (!callee) return true;
  if (callee.startsWith('reflect.')) return true;
  if (callee.startsWith('(')) return false; // method expression form: a static method call
  const parts = callee.split('.');
  if (parts.length === 1) return !src.declaredFuncs(f.pkg).has(callee);
  if (parts.length === 2 && /^[A-Z]/.test(parts[0]!)) return false; // T.M(...) value-receiver method expression
  const file = step.pos?.file ?? f.pos.file;
  if (src.importPathFor(file, parts[0]!) !== undefined) return false;
  return true;
}

/** Sets `cause` (and the callee, when the classification names one) on every heap and leak finding. */
export function classifyFindings(findings: Finding[], src: SourceLookup): void {
  for (const f of findings) if (isExplainedKind(f.kind)) applyClassification(f, classify(f, src));
}

/** Sets a finding's `cause`, and the callee when the finding names none. */
export function applyClassification(f: Finding, c: Classification): void {
  f.cause = c.cause;
  if (c.callee) f.details.callee ??= c.callee;
}

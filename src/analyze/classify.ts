/**
 * Assigns each heap escape and leaking parameter one root cause from a
 * closed set (model/causes.ts), from the subject's form and the chain's
 * decisive step (the last step that is not mere plumbing). Source is
 * consulted to tell `go` statements from other closures, a method value
 * from a field converted to an interface (the receiver's type), and a
 * static call from a call through an interface or func value. Where
 * neither the compiler's output nor the source says, the cause is `other`.
 * Pure: source comes through `SourceLookup`.
 */
import { packageNameGuess } from '../model/package-name.js';
import type { Cause } from '../model/causes.js';
import type { ChainStep, Finding } from '../model/finding.js';
import { isExplainedKind } from '../model/kinds.js';
import { buildChain } from './explain.js';
import type { SourcePos } from '../model/position.js';
import type { GoTypes } from './go-types.js';

export interface SourceLookup {
  /** Text of a 1-based line of a normalised file, or undefined. */
  lineText(file: string, line: number): string | undefined;
  /** Position of the `func` keyword of the innermost function literal containing pos. */
  literalAt(pos: SourcePos): SourcePos | undefined;
  /** The import path a package name (`fmt`, an alias) stands for in a file, if the file imports it. */
  importPathFor(file: string, name: string): string | undefined;
  /** Functions declared in a package (compiler names), to tell static calls from func values. */
  declaredFuncs(pkg: string): Set<string>;
  /** Declarations of the packages whose source is found; without them, what they would decide stays `other`. */
  types?: GoTypes;
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
  'address-of',
  'indirection',
  'dot',
  'dot of pointer',
  'fixed-array-index-of',
  'slice',
  'assign-pair',
  'assign-pair-dot-type',
  'assign-pair-mapr',
  'assign-pair-receive',
  'reference',
  'spill',
  'range',
  'range-deref',
  'switch case',
  'slice-to-array',
  'array literal element',
  'slice-literal-element',
  'struct literal element',
  'copied slice',
  'flow',
  'conversion to unsafe.Pointer',
]);

const OBJECT_SUBJECT = /^(&|new\(|make\(|\[|map\[|struct ?\{|func literal$|\.\.\. argument$|string\(|\(\[\]byte\)|\(\[\]rune\)|append\()/;
const COMPOSITE = /^[\p{L}_][\p{L}\p{N}_.]*(\[[^\]]*\])?\{.*\}$/u;
const SELECTOR = /^[\p{L}_][\p{L}\p{N}_]*(\.[\p{L}_][\p{L}\p{N}_]*)+$/u;
const PAREN_SELECTOR = /^\(.*\)\.[\p{L}_][\p{L}\p{N}_]*$/u;

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
    if (!boxed && SELECTOR.test(subject)) {
      // `x.M` is a method value when M is a method of x's type, a field boxed when it is a field; else not known.
      const member = memberOf(f, src);
      if (member === 'method') return { cause: 'method-value' };
      if (member === undefined) return { cause: 'other' };
    } else if (!boxed && PAREN_SELECTOR.test(subject)) {
      // `(~r0).Error`: a selector on an inlined call's result; the source at its position may say what it names.
      const dot = subject.lastIndexOf('.');
      const member = src.types?.memberAt(f.pos, subject.slice(dot + 1), packageOf(f));
      if (member === 'method') return { cause: 'method-value' };
      if (member === undefined) return { cause: 'other' };
    }
    // `a + b` may be a string concatenation whose result escapes (not boxing): let the flow decide.
    if (boxed || !/\s\+\s/.test(subject)) {
      return { cause: 'interface-conversion', decisive: chain.find(isBoxing) };
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
      const c: Classification = { cause: causeOfCall(calleeKind(callee, f, step, chain, src), callee), decisive: step };
      if (callee) c.callee = callee;
      return c;
    }
  }
  return { cause: 'other', decisive: step };
}

function lastDecisive(chain: ChainStep[]): ChainStep | undefined {
  for (let i = chain.length - 1; i >= 0; i--) {
    const s = chain[i]!;
    if (PLUMBING.has(s.op)) continue;
    // Converting a pointer-shaped value (a pointer, map, channel, func) to an interface allocates nothing: plumbing.
    if (s.op === 'interface-converted' && !isBoxing(s)) continue;
    return s;
  }
  return undefined;
}

/**
 * Whether an `(interface-converted)` step boxes: the compiler gives a
 * boxing conversion storage of its own (`{storage for x}`) and the value
 * flows into it; a pointer-shaped value converted to an interface flows on
 * unchanged, with nothing allocated.
 */
export function isBoxing(s: ChainStep): boolean {
  return s.op === 'interface-converted' && s.into === `{storage for ${s.where}}`;
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

/**
 * The function called in a printed call: `a.Add(&v)` → `a.Add`;
 * `(*T).M(t, x)` → `(*T).M`; `f(&v)` → `f`; `F[go.shape.[]uint8](…)` and
 * `mc[i].Check(…)` keep their brackets. Undefined when the called
 * expression is something else (a call's result, a literal).
 */
export function calleeOf(where: string): string | undefined {
  const text = where.replace(/^(defer|go) /, '');
  const m = /^(\(\*?[^)]*\)\.[\p{L}_][\p{L}\p{N}_]*)\(/u.exec(text);
  if (m) return m[1];
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '[') depth++;
    else if (c === ']') {
      if (--depth < 0) return undefined;
    } else if (depth > 0) continue;
    else if (c === '(' && text[i - 1] === '.') {
      // A type assertion in the called expression: `i.(Wrap).I.M(…)`.
      const close = text.indexOf(')', i);
      if (close < 0) return undefined;
      i = close;
    } else if (c === '(') return i > 0 ? text.slice(0, i) : undefined;
    else if (!/[\p{L}\p{N}_.~]/u.test(c)) return undefined;
  }
  return undefined;
}

/** Builtins: calls of these are never through an interface or func value. */
const BUILTINS = new Set([
  'append',
  'cap',
  'clear',
  'close',
  'complex',
  'copy',
  'delete',
  'imag',
  'len',
  'make',
  'max',
  'min',
  'new',
  'panic',
  'print',
  'println',
  'real',
  'recover',
]);

/**
 * What a call is, from how the compiler prints it: a builtin; a static
 * call (`F(…)`, `pkg.F(…)`, a method in method-expression form `(*T).M(x, …)`,
 * `T.M(x, …)`, `pkg.T.M(x, …)`: the compiler prints every static method call
 * so); or a call through an interface method or a func value (`x.M(…)` on a
 * variable, `f(…)`, `x.f(…)`, `pkg.Var.M(…)`). `unknown` where the name
 * could be either and neither the output nor the source tells.
 */
export type CalleeKind = 'builtin' | 'static' | 'dynamic' | 'unknown';

export function calleeKind(callee: string | undefined, f: Finding, step: ChainStep, chain: ChainStep[], src: SourceLookup): CalleeKind {
  // `(func(…) …)(&.dict[0])(…)`: a generic body calling a function from its dictionary, a func value.
  if (!callee) return /^\(func\(/.test(step.where) ? 'dynamic' : 'unknown';
  if (callee.startsWith('(')) return 'static';
  const parts = splitCallee(callee);
  if (!parts) return 'unknown';
  const first = parts[0]!;
  // Temporaries, results and unnamed parameters (`.autotmp_3`, `~r0`, `go.shape.~p0` of a generic body) hold values, never name a function.
  if (parts.slice(0, -1).some((p) => p.startsWith('.') || p.startsWith('~'))) return 'dynamic';
  const pkg = packageOf(f);
  // Generated code (`<autogenerated>`) has no file: the finding's own file's imports stand in.
  const file = step.pos && !step.pos.file.startsWith('<') ? step.pos.file : f.pos.file;
  const types = src.types;
  const base = first.replace(/\[.*$/, '');
  if (parts.length === 1) {
    // `F[go.shape.int]`: an instantiation of a generic function.
    const declared = src.declaredFuncs(pkg);
    if (declared.has(first) || (base !== first && declared.has(base))) return 'static';
    if (BUILTINS.has(first)) return 'builtin';
    return 'dynamic';
  }
  if (base !== first) {
    // `T[go.shape.int].M(x, …)`: a generic type's method expression; `mc[i].M(…)`: a call on an element.
    return types?.hasType(pkg, base) ? 'static' : 'dynamic';
  }
  const second = parts[1]!;
  // Cheap evidence first: the leaking parameter itself, or a name the chain assigns, is a variable.
  const assignedHere = f.subject === first || assigned(first, chain);
  // A local shadowing an imported package's name is not looked for: reading every calling file's declarations costs too much for how rare it is.
  // The compiler qualifies by the package's name, whatever the file calls it (`url.Parse` for `urlpkg "net/url"`).
  let imported =
    src.importPathFor(file, first) ?? (file !== f.pos.file ? src.importPathFor(f.pos.file, first) : undefined) ?? types?.importByPackageName(file, first);
  if (imported !== undefined && assignedHere) {
    // A local and a package of one name (`url := …` beside net/url): the local's type says whether it has the method.
    const t = types?.typeOfPrinted(first, pkg, step.pos ?? f.pos);
    // A basic type (`url string`) has no methods: the name is the package.
    const basic = t !== undefined && t.pkg === '' && t.name !== 'error' && t.name !== 'any';
    const member = t && !basic ? types!.member(t, second) : undefined;
    // A method or field of the local's type: the local (an interface method, a func field); a type known without it: the package.
    if (member !== undefined) return 'dynamic';
    if (!t || (!basic && !types!.knows(t.pkg))) return 'unknown';
  } else if (assignedHere) imported = undefined;
  if (imported !== undefined) {
    if (parts.length === 2) return funcOrValue(imported, second, src);
    return qualifiedCall(imported, second, parts[2]!, chain, first, src);
  }
  // Code inlined from another package prints its names qualified (`atomic.x`): its package, named as in its own file when that is where the finding is.
  if (!assignedHere && qualifiesInlinedNames(first, chain) && !src.types?.declaresLocal(first, step.pos ?? f.pos)) {
    const path = inlinedPackage(first, pkg, src);
    if (parts.length === 2) return path === '' ? 'static' : funcOrValue(path, second, src);
    return qualifiedCall(path, second, parts[2]!, chain, first, src);
  }
  // `T.M(x, …)`: a value method of this package's type T in method-expression form.
  if (parts.length === 2 && src.declaredFuncs(pkg).has(`${first}.${second}`)) return 'static';
  if (assignedHere || parts.length > 2) return 'dynamic';
  // Generated code (an equality function calling `runtime.memequal`) has no locals: a name that is a standard package is one.
  if (step.pos?.file.startsWith('<') && (src.declaredFuncs(first).has(second) || types?.exists(first))) return 'static';
  // Not a package the file imports, nor a type with that method: a variable (a parameter, a local, a package's).
  if (types || src.declaredFuncs(pkg).size > 0) return 'dynamic';
  return /^[A-Z]/.test(first) ? 'unknown' : 'dynamic';
}

/**
 * `pkg.f(…)`: static when f is a function of pkg; dynamic when it is not
 * (a func variable, or a func parameter of code inlined from pkg:
 * `slices.yield`); static when the package's source is not found, as the
 * compiler prints a function so.
 */
function funcOrValue(path: string, instance: string, src: SourceLookup): CalleeKind {
  // `AddCleanup[go.shape.…]`: an instantiation of a generic function.
  const f = instance.replace(/\[.*$/, '');
  const declared = src.declaredFuncs(path);
  if (declared.has(f)) return 'static';
  if (declared.size > 0) return 'dynamic';
  if (src.types?.exists(path)) return src.types.hasFunc(path, f) ? 'static' : 'dynamic';
  return 'static';
}

/**
 * `pkg.X.M(…)`: static when X is a type of pkg (a value method in
 * method-expression form), dynamic when it is a variable of pkg or no
 * declaration of pkg at all (a local of code inlined from pkg).
 */
function qualifiedCall(path: string, x: string, m: string, chain: ChainStep[], qualifier: string, src: SourceLookup): CalleeKind {
  if (path !== '' && src.declaredFuncs(path).has(`${x}.${m}`)) return 'static';
  const types = src.types;
  if (path !== '' && types?.knows(path)) return types.hasType(path, x) ? 'static' : 'dynamic';
  if (assigned(`${qualifier}.${x}`, chain)) return 'dynamic';
  return 'unknown';
}

/** The cause a call parameter gets from what the call is. */
function causeOfCall(kind: CalleeKind, callee: string | undefined): Cause {
  switch (kind) {
    case 'static':
      return 'leaking-callee';
    case 'dynamic':
      return 'opaque-call';
    case 'builtin':
      // append and copy store their arguments in a slice's backing array, which the compiler puts on the heap;
      // panic's argument escapes because panic's parameter does.
      if (callee === 'append' || callee === 'copy') return 'heap-store';
      if (callee === 'panic') return 'leaking-callee';
      return 'other';
    default:
      return 'other';
  }
}

/** `a.b.C` → its names; `T[go.shape.int].M` keeps the type arguments with their name, `x.(T)` its assertion. */
function splitCallee(callee: string): string[] | undefined {
  const parts: string[] = [];
  let depth = 0;
  let cur = '';
  for (const c of callee) {
    if (c === '[' || c === '(') depth++;
    else if (c === ']' || c === ')') depth--;
    if (c === '.' && depth === 0 && cur !== '' && cur !== '.') {
      parts.push(cur);
      cur = '';
    } else cur += c;
  }
  if (cur) parts.push(cur);
  return parts.length > 0 ? parts : undefined;
}

/** The import path of the package of inlined code named `name`: the finding's own file's package, a standard package of that path, or `` when not known. */
function inlinedPackage(name: string, pkg: string, src: SourceLookup): string {
  if (lastElement(pkg) === name) return pkg;
  if (src.declaredFuncs(name).size > 0 || src.types?.exists(name)) return name;
  return '';
}

/** `go.uber.org/zap/zapcore` → `zapcore`: the package's usual name. */
function lastElement(path: string): string {
  return packageNameGuess(path);
}

/** Whether `name.` qualifies other names in the chain (`atomic.x`, `atomic..dict`): the package of code inlined here. */
function qualifiesInlinedNames(name: string, chain: ChainStep[]): boolean {
  const prefix = `${name}.`;
  let n = 0;
  for (const s of chain) {
    for (const text of [s.where, s.into]) {
      for (let i = text.indexOf(prefix); i >= 0; i = text.indexOf(prefix, i + 1)) {
        const before = i > 0 ? text.charCodeAt(i - 1) : 32;
        // Not the tail of a longer name or selector (`x.atomic.`, `myatomic.`).
        if (before === 46 || before === 95 || (before >= 48 && before <= 57) || (before >= 65 && before <= 90) || (before >= 97 && before <= 122)) continue;
        if (++n >= 2) return true;
      }
    }
  }
  return false;
}

/** Whether the chain assigns to `name` (`name := …`, `a, name = …`). */
function assigned(name: string, chain: ChainStep[]): boolean {
  const re = new RegExp(`(^|[\\s,])${escapeRe(name)}(,[^=]*)?\\s:?=\\s`, 'u');
  return chain.some((s) => (s.op === 'assign' || s.op === 'assign-pair') && re.test(s.where));
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The package whose source the finding's position is in: the finding's, or the one its code was inlined from. */
function packageOf(f: Finding): string {
  if (!f.inlinedFrom) return f.pkg;
  // The path ends before the function: before a receiver's `(` or type arguments' `[` (which hold paths of their own).
  const cut = f.inlinedFrom.search(/[([]/);
  const slash = f.inlinedFrom.lastIndexOf('/', cut >= 0 ? cut : undefined);
  const dot = f.inlinedFrom.indexOf('.', slash + 1);
  return dot > 0 ? f.inlinedFrom.slice(0, dot) : f.pkg;
}

/** For a selector subject `x.y.M`: whether M is a method or a field of x.y's type, by the declarations; undefined when they do not say. */
function memberOf(f: Finding, src: SourceLookup): 'method' | 'field' | undefined {
  const types = src.types;
  if (!types) return undefined;
  const dot = f.subject.lastIndexOf('.');
  const recv = f.subject.slice(0, dot);
  const name = f.subject.slice(dot + 1);
  const pkg = packageOf(f);
  // The selector as written at its position, else as the compiler printed it.
  const written = types.memberAt(f.pos, name, pkg);
  if (written) return written;
  // `pkg.Var`: a package's variable (boxed); a method value needs a receiver.
  if (!recv.includes('.') && types.importPath(f.pos.file, recv) !== undefined && !types.declaresLocal(recv, f.pos)) return 'field';
  const t = types.typeOfPrinted(recv, pkg, f.pos);
  if (t) return types.member(t, name);
  // `scanner.p`: no variable of this function or package is called `scanner`, so it qualifies a variable of inlined code.
  if (!recv.includes('.') && types.hasSource(f.pos.file) && !types.declaresLocal(recv, f.pos) && !types.hasVar(pkg, recv) && !types.hasType(pkg, recv))
    return 'field';
  return undefined;
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

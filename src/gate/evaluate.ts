/**
 * The CI gate: applies the rules of goescape.yaml, the baseline ratchet and
 * source directives to an analysis result and returns the violations, the
 * accepted findings, the sites removed since the baseline, the directives
 * that matched nothing, and the exit code. Pure: the caller reads the
 * baseline, config and source files.
 *
 * What each rule counts (docs/config.md): the ratchet, noescape and budgets
 * count allocation sites (an escape's own code and each inlined copy: a
 * new copy is a new allocation); forbidden causes count escapes (a cause
 * is the code's, fixed once where the escape is).
 */
import { matchBaseline, type Baseline, type BaselineSite } from './baseline.js';
import { matchPackage, type AllowEntry, type GoescapeConfig } from './config.js';
import type { Cause } from '../model/causes.js';
import type { AllocClass, AllocCondition, Finding, InlineStep } from '../model/finding.js';
import { isHeapKind, type FindingKind } from '../model/kinds.js';
import type { SourcePos } from '../model/position.js';
import { fileDirOf, type AnalysisResult } from '../model/result.js';
import {
  allowAt,
  bceAt,
  inlineAt,
  noescapeAt,
  type AllowDirective,
  type FileDirectives,
  type InlineFunc,
  type LineAssertion,
  type NoescapeFunc,
} from './directives.js';
import { gateSites, type GateSite } from './sites.js';
import { baseFuncName, normalizeSubject } from '../analyze/attribute.js';

export const GATE_RULES = [
  'new-heap-escape',
  'noescape',
  'noescape-alloc',
  'bce',
  'inline',
  'budget',
  'frame-size',
  'forbidden-cause',
  'forbidden-class',
  'bad-directive',
  'unmatched-directive',
] as const;
export type GateRule = (typeof GATE_RULES)[number];

/** A bounds check the compiler left in the machine code (`-d=ssa/check_bce/debug=1`). */
export interface BoundsCheck {
  pkg: string;
  pos: SourcePos;
  /** `index` (IsInBounds) or `slice` (IsSliceInBounds). */
  check: 'index' | 'slice';
}

/** A call the machine code makes (not into the runtime), as the `-S` listing shows it: a call that was not inlined. */
export interface MachineCall {
  /** Package and function whose code makes the call. */
  pkg: string;
  func: string;
  /** The linker symbol called (`example.com/p.(*T).M`); absent for a call through a register (an interface method, a func value). */
  callee?: string;
  /** Where the call is: inside an inlined callee, the callee's own line. */
  pos: SourcePos;
  /** The call is in code inlined into `func` (its line is the inlined callee's), not in the function's own code. */
  inlined: boolean;
}

/** A stack frame size, when frame data is present (e.g. from assembly). */
export interface FrameSize {
  pkg: string;
  func: string;
  bytes: number;
  pos?: SourcePos;
}

/** An allocation `--verify` found in the machine code with no escape finding, e.g. a call to runtime.growslice. */
export interface VerifiedAllocation {
  pkg: string;
  func: string;
  pos: SourcePos;
  /** What allocates, e.g. `runtime.newobject`. */
  what: string;
  /** Its allocation class and, for may-allocate, the condition. */
  class?: AllocClass;
  condition?: AllocCondition;
}

/** The allocation site a gate report is about (gate/sites.ts). */
export interface GateSiteRef {
  key: string;
  /** Package and function whose machine code allocates. */
  pkg: string;
  func: string;
  /** The line to blame: the site's own line (for an inlined copy, the call that inlined it). */
  pos: SourcePos;
  /** An inlined copy of the escape's code, not its own code. */
  copy: boolean;
  /** For a copy: the inlined calls from `func` down to the escape's function, outermost first. */
  inline?: InlineStep[];
  /** Under --verify, when the site allocates: its allocation class and, for may-allocate, the condition. */
  class?: AllocClass;
  condition?: AllocCondition;
}

/** The finding fields a gate report carries; `site` for heap escapes, the allocation site meant. */
export interface GateFinding {
  key: string;
  kind: FindingKind;
  pkg: string;
  func: string;
  subject: string;
  pos: SourcePos;
  message: string;
  cause?: Cause;
  site?: GateSiteRef;
}

export interface Violation {
  rule: GateRule;
  pkg: string;
  /** The offending finding (finding-level rules). */
  finding?: GateFinding;
  /** Where to point (the site's line, directive, frame). */
  pos?: SourcePos;
  func?: string;
  /** budget: allowed and actual heap escape sites; frame-size: limit and actual bytes. */
  limit?: number;
  actual?: number;
  cause?: Cause;
  /** forbidden-class: the class (and its condition) forbidden. */
  class?: AllocClass;
  condition?: AllocCondition;
  /** bad-directive, noescape-alloc: the detail text. */
  detail?: string;
  /** noescape and noescape-alloc of a line assertion, bce: the line asserted about. */
  line?: number;
  /** bce: the bounds check left. */
  check?: BoundsCheck['check'];
  /** inline: the function called and not inlined (a linker symbol); absent for a call through a register. */
  callee?: string;
  /** inline of a function marked in its doc comment: the function whose code calls it without inlining. */
  caller?: string;
  /** unmatched-directive: the directive. */
  unmatched?: UnmatchedDirective;
  /**
   * new-heap-escape against a version 2 baseline: this many sites of one
   * class are new and the old keys cannot tell which; the candidates are
   * every site of the class now (where each is blamed).
   */
  unsure?: { fresh: number; candidates: SourcePos[] };
}

export interface Accepted {
  finding: GateFinding;
  by: 'directive' | 'config';
  reason: string;
  /** by directive: where the //goescape:allow comment is. */
  directive?: SourcePos;
}

/** A source directive that applied to nothing in this analysis. */
export interface UnmatchedDirective {
  directive: 'allow' | 'noescape' | 'inline';
  /** The directive's own line. */
  pos: SourcePos;
  /** allow: the line it accepts findings on. */
  line?: number;
  /** noescape, inline: the function it marks. */
  func?: string;
}

export interface GateResult {
  violations: Violation[];
  accepted: Accepted[];
  /** Baseline sites no longer found in the packages analysed: good news. */
  removed: BaselineSite[];
  /** Directives that matched nothing (violations too under `strict`). */
  unmatched: UnmatchedDirective[];
  /** heapEscapes: escapes (origins, where fixes go); sites: where they allocate; baseline, new, removed, accepted: sites. */
  counts: { heapEscapes: number; sites: number; baseline: number; new: number; removed: number; accepted: number };
  exitCode: 0 | 1;
}

export interface GateInput {
  result: AnalysisResult;
  config: GoescapeConfig;
  /** Absent: the ratchet is off (no baseline yet). */
  baseline?: Baseline;
  /** Directives by normalised file path (as in Finding.pos.file). */
  directives: ReadonlyMap<string, FileDirectives>;
  frames?: FrameSize[];
  allocations?: VerifiedAllocation[];
  /** The bounds checks left in the packages of the files with a //goescape:bce line (absent: none asked for). */
  boundsChecks?: BoundsCheck[];
  /** The calls of the analyzed packages' machine code (absent: no //goescape:inline asked for them). */
  calls?: MachineCall[];
  /** Directives that match nothing are violations, not only warnings. */
  strict?: boolean;
}

/** Kinds that `//goescape:noescape` forbids: heap escapes and parameters leaking to the heap. */
function escapesInNoescape(kind: FindingKind): boolean {
  return isHeapKind(kind) || kind === 'leaking-param' || kind === 'leaking-param-content';
}

export function gateFinding(f: Finding, s?: GateSite): GateFinding {
  const g: GateFinding = { key: f.key, kind: f.kind, pkg: f.pkg, func: f.func, subject: f.subject, pos: f.pos, message: f.message };
  if (f.cause) g.cause = f.cause;
  if (s) {
    const ref: GateSiteRef = { key: s.site.key, pkg: s.site.pkg, func: s.site.func, pos: s.blame, copy: s.site.copy };
    if (s.site.inline.length) ref.inline = s.site.inline;
    const v = s.site.verification;
    if (v?.status === 'allocates' && v.class !== undefined) {
      ref.class = v.class;
      if (v.condition !== undefined) ref.condition = v.condition;
    }
    g.site = ref;
  }
  return g;
}

export function matchesAllow(entry: AllowEntry, f: Pick<Finding, 'key' | 'pkg' | 'func' | 'kind' | 'subject'>): boolean {
  return (
    (entry.key === undefined || entry.key === f.key || entry.key === keyWithoutPrint(f)) &&
    (entry.package === undefined || matchPackage(entry.package, f.pkg)) &&
    (entry.func === undefined || entry.func === f.func) &&
    (entry.kind === undefined || entry.kind === f.kind) &&
    (entry.subject === undefined || entry.subject === f.subject)
  );
}

/**
 * The key as written before keys had fingerprints (package, function,
 * kind, subject): an allow entry that names a finding that way keeps
 * matching it, and every finding of that form (not one repeat alone).
 */
function keyWithoutPrint(f: Pick<Finding, 'pkg' | 'func' | 'kind' | 'subject'>): string {
  return [f.pkg, baseFuncName(f.func) || '<package>', f.kind, normalizeSubject(f.subject)].join('|');
}

/** An allow entry of goescape.yaml accepts a site when it matches its escape (origin key, package, function) or the site itself (site key, package and function of the code that allocates). */
function configAllows(entry: AllowEntry, s: GateSite): boolean {
  const f = s.site.origin;
  return matchesAllow(entry, f) || matchesAllow(entry, { key: s.site.key, pkg: s.site.pkg, func: s.site.func, kind: s.site.kind, subject: f.subject });
}

export function evaluateGate(input: GateInput): GateResult {
  const { result, config, baseline, directives } = input;
  const rules = config.rules;
  const violations: Violation[] = [];
  const accepted: Accepted[] = [];
  const okPackages = new Set(result.packages.filter((p) => p.status === 'ok').map((p) => p.path));
  const gs = gateSites(result.findings);
  const { sites } = gs;
  const match = baseline ? matchBaseline(baseline, gs, okPackages) : undefined;
  const heapByPkg = new Map<string, number>();
  const usedAllows = new Set<AllowDirective>();
  const usedNoescape = new Set<NoescapeFunc>();
  let fresh = 0;
  let unsureFresh = 0;
  /** Sites accepted by a directive or an allow entry. */
  const acceptedSites = new Set<GateSite>();

  for (const [file, d] of directives) {
    for (const p of d.problems) violations.push({ rule: 'bad-directive', pkg: pkgOfFile(result, file), pos: { file, line: p.line }, detail: p.message });
  }
  const allowOn = (pos: SourcePos | undefined, into: { a: AllowDirective; file: string }[]) => {
    const d = pos && directives.get(pos.file);
    const a = d ? allowAt(d, pos.line) : undefined;
    if (a && !into.some((x) => x.a === a)) into.push({ a, file: pos!.file });
  };
  const noescapeOn = (pos: SourcePos) => {
    const d = directives.get(pos.file);
    return d ? noescapeAt(d, pos.line) : undefined;
  };
  /** The allow directives on an escape's own line and on the lines of its chain. */
  const escapeAllows = (f: Finding) => {
    const out: { a: AllowDirective; file: string }[] = [];
    allowOn(f.pos, out);
    for (const step of f.chain ?? []) allowOn(step.pos, out);
    return out;
  };
  const accept = (g: GateFinding, allows: { a: AllowDirective; file: string }[], entry: AllowEntry | undefined) => {
    for (const x of allows) usedAllows.add(x.a);
    const first = allows[0];
    if (first) accepted.push({ finding: g, by: 'directive', reason: first.a.reason, directive: { file: first.file, line: first.a.directiveLine } });
    else accepted.push({ finding: g, by: 'config', reason: entry!.reason });
  };

  // Which noescape functions the compiler analysed: every finding inside one.
  for (const f of result.findings) {
    const ne = noescapeOn(f.pos);
    if (ne && isNoescapeFunc(ne)) usedNoescape.add(ne);
  }

  // Heap escapes, site by site: the ratchet, noescape and budgets count where memory is allocated.
  const acceptedOrigins = new Set<Finding>();
  const ownSite = new Map<Finding, GateSite>();
  const classMode = (c: AllocClass | undefined) => (c === undefined ? 'count' : (rules.classes[c] ?? 'count'));
  for (const s of sites) {
    const f = s.site.origin;
    if (!s.site.copy) ownSite.set(f, s);
    // The site's own line and its inline path first (they name this site), then the escape's line and chain (every site of it).
    const allows: { a: AllowDirective; file: string }[] = [];
    allowOn(s.site.pos, allows);
    allowOn(s.blame, allows);
    for (const step of s.site.inline) allowOn(step.pos, allows);
    const ofEscape = escapeAllows(f);
    for (const x of ofEscape) if (!allows.some((y) => y.a === x.a)) allows.push(x);
    const entry = allows.length ? undefined : config.allow.find((e) => configAllows(e, s));
    const g = gateFinding(f, s);
    if (allows.length || entry) {
      accept(g, allows, entry);
      acceptedSites.add(s);
      if (!s.site.copy && (ofEscape.length || (entry && matchesAllow(entry, f)))) acceptedOrigins.add(f);
      continue;
    }
    const sv = s.site.verification;
    const mode = classMode(sv?.status === 'allocates' ? sv.class : undefined);
    // An ignored class counts for no rule: not in budgets, the ratchet or noescape.
    if (mode === 'ignore') continue;
    heapByPkg.set(s.site.pkg, (heapByPkg.get(s.site.pkg) ?? 0) + 1);
    const v = (rule: GateRule, extra: Partial<Violation> = {}) =>
      violations.push({ rule, pkg: s.site.pkg, finding: g, pos: s.blame, ...(s.site.func ? { func: s.site.func } : {}), ...extra });
    const noescape = rules.noescape ? noescapeOn(s.blame) : undefined;
    if (noescape) v('noescape', marked(noescape, s.site.func));
    if (match && rules.newHeapEscapes && !match.has(s)) {
      v('new-heap-escape');
      fresh++;
    }
    if (mode === 'forbid') v('forbidden-class', { class: sv!.class!, ...(sv!.condition ? { condition: sv!.condition } : {}) });
  }

  // A version 2 baseline cannot tell which sites of a class are new: one violation per class, naming every candidate.
  for (const u of match && rules.newHeapEscapes ? match.unsure : []) {
    const open = u.candidates.filter((s) => !acceptedSites.has(s));
    const fresh = Math.min(u.fresh, open.length);
    if (fresh === 0) continue;
    const s = open[0]!;
    violations.push({
      rule: 'new-heap-escape',
      pkg: s.site.pkg,
      finding: gateFinding(s.site.origin, s),
      pos: s.blame,
      ...(s.site.func ? { func: s.site.func } : {}),
      unsure: { fresh, candidates: open.map((c) => c.blame) },
    });
    unsureFresh += fresh;
  }

  // Causes are the code's, not the allocation's: one violation per escape, where the fix goes.
  for (const [f, s] of ownSite) {
    if (!f.cause || acceptedOrigins.has(f)) continue;
    for (const [pattern, causes] of Object.entries(rules.forbidCauses)) {
      if (matchPackage(pattern, f.pkg) && causes.includes(f.cause)) {
        violations.push({ rule: 'forbidden-cause', pkg: f.pkg, finding: gateFinding(f, s), pos: s.blame, ...(f.func ? { func: f.func } : {}), cause: f.cause });
        break;
      }
    }
  }

  // Parameters leaking to the heap in noescape functions: the function's own parameters, one finding each.
  if (rules.noescape) {
    for (const f of result.findings) {
      if (isHeapKind(f.kind) || !escapesInNoescape(f.kind)) continue;
      const noescape = noescapeOn(f.pos);
      // A leak allocates nothing here (its callers' values go to the heap): a line assertion is about allocations.
      if (!noescape || !isNoescapeFunc(noescape)) continue;
      const allows = escapeAllows(f);
      const entry = allows.length ? undefined : config.allow.find((e) => matchesAllow(e, f));
      if (allows.length || entry) {
        accept(gateFinding(f), allows, entry);
        continue;
      }
      violations.push({ rule: 'noescape', pkg: f.pkg, finding: gateFinding(f), pos: f.pos, ...(f.func ? { func: f.func } : {}), func: noescape.func });
    }
  }

  for (const [pattern, limit] of Object.entries(rules.budgets)) {
    for (const pkg of [...okPackages].sort()) {
      if (!matchPackage(pattern, pkg)) continue;
      const actual = heapByPkg.get(pkg) ?? 0;
      if (actual > limit) violations.push({ rule: 'budget', pkg, limit, actual });
    }
  }

  if (rules.maxFrameBytes !== undefined) {
    for (const fr of input.frames ?? framesOf(result)) {
      if (fr.bytes > rules.maxFrameBytes) {
        violations.push({ rule: 'frame-size', pkg: fr.pkg, func: fr.func, limit: rules.maxFrameBytes, actual: fr.bytes, ...(fr.pos ? { pos: fr.pos } : {}) });
      }
    }
  }

  for (const a of input.allocations ?? allocationsOf(result)) {
    const mode = classMode(a.class);
    if (mode === 'ignore') continue;
    const ne = rules.noescape ? noescapeOn(a.pos) : undefined;
    if (!ne && mode !== 'forbid') continue;
    const allows: { a: AllowDirective; file: string }[] = [];
    allowOn(a.pos, allows);
    if (allows.length) {
      for (const x of allows) usedAllows.add(x.a);
      continue;
    }
    if (ne) violations.push({ rule: 'noescape-alloc', pkg: a.pkg, pos: a.pos, detail: a.what, ...marked(ne, a.func) });
    if (mode === 'forbid') {
      violations.push({
        rule: 'forbidden-class',
        pkg: a.pkg,
        ...(a.func ? { func: a.func } : {}),
        pos: a.pos,
        detail: a.what,
        class: a.class!,
        ...(a.condition ? { condition: a.condition } : {}),
      });
    }
  }

  // Bounds checks left on the lines asserted free of them.
  for (const b of input.boundsChecks ?? []) {
    const d = directives.get(b.pos.file);
    const asserted = d ? bceAt(d, b.pos.line) : undefined;
    if (asserted) violations.push({ rule: 'bce', pkg: b.pkg, pos: b.pos, line: asserted.line, check: b.check });
  }

  // Calls on lines asserted inlined, and of functions asserted always inlined, that the machine code still makes.
  const usedInline = new Set<InlineFunc>();
  if (input.calls) {
    const marked = markedInline(result, directives);
    for (const m of marked.values()) {
      const decl = result.findings.find(
        (f) => (f.kind === 'can-inline' || f.kind === 'cannot-inline') && f.pkg === m.pkg && baseFuncName(f.subject) === m.d.func,
      );
      if (!decl) continue;
      usedInline.add(m.d);
      if (decl.kind === 'cannot-inline') {
        violations.push({ rule: 'inline', pkg: m.pkg, pos: decl.pos, func: m.d.func, ...(decl.details.reason ? { detail: decl.details.reason } : {}) });
      }
    }
    for (const c of input.calls) {
      if (c.pos.file.startsWith('<')) continue;
      const d = c.inlined ? undefined : directives.get(c.pos.file);
      const onLine = d ? inlineAt(d, c.pos.line) : undefined;
      if (onLine) violations.push({ rule: 'inline', pkg: c.pkg, pos: c.pos, line: onLine.line, func: c.func, ...(c.callee ? { callee: c.callee } : {}) });
      const of = c.callee ? marked.get(withoutTypeArgs(c.callee)) : undefined;
      if (of && usedInline.has(of.d)) violations.push({ rule: 'inline', pkg: c.pkg, pos: c.pos, func: of.d.func, callee: c.callee!, caller: c.func });
    }
  }

  // Directives that matched nothing: a typo, code that moved away, or a file the build leaves out.
  // Without inlining (-l) the compiler prints nothing for a function with nothing to say, so a noescape one cannot be told unanalysed.
  const judgesNoescape = !result.toolchain.compilerFlags.includes('-l');
  const unmatched: UnmatchedDirective[] = [];
  for (const [file, d] of [...directives].sort(([a], [b]) => cmpStr(a, b))) {
    for (const a of d.allows) if (!usedAllows.has(a)) unmatched.push({ directive: 'allow', pos: { file, line: a.directiveLine }, line: a.line });
    if (judgesNoescape)
      for (const n of d.noescape) if (!usedNoescape.has(n)) unmatched.push({ directive: 'noescape', pos: { file, line: n.directiveLine }, func: n.func });
    if (input.calls)
      for (const n of d.inline) if (!usedInline.has(n)) unmatched.push({ directive: 'inline', pos: { file, line: n.directiveLine }, func: n.func });
  }
  unmatched.sort((a, b) => cmpStr(a.pos.file, b.pos.file) || a.pos.line - b.pos.line);
  if (input.strict) {
    for (const u of unmatched)
      violations.push({ rule: 'unmatched-directive', pkg: pkgOfFile(result, u.pos.file), pos: u.pos, ...(u.func ? { func: u.func } : {}), unmatched: u });
  }

  const removed = match?.removed ?? [];
  violations.sort(compareViolations);
  accepted.sort((a, b) => cmpStr(a.finding.key, b.finding.key) || cmpStr(a.finding.site?.key ?? '', b.finding.site?.key ?? ''));
  return {
    violations,
    accepted,
    removed,
    unmatched,
    counts: {
      heapEscapes: new Set(sites.map((s) => s.site.origin)).size,
      sites: sites.length,
      baseline: match?.size ?? 0,
      new: fresh + unsureFresh,
      removed: removed.length,
      accepted: accepted.length,
    },
    exitCode: violations.length > 0 ? 1 : 0,
  };
}

/** The functions marked //goescape:inline in their doc comment, by linker symbol (type arguments elided): `example.com/p.(*T).M`. */
function markedInline(result: AnalysisResult, directives: ReadonlyMap<string, FileDirectives>): Map<string, { pkg: string; d: InlineFunc }> {
  const out = new Map<string, { pkg: string; d: InlineFunc }>();
  for (const [file, d] of directives) {
    if (d.inline.length === 0) continue;
    const pkg = pkgOfFile(result, file);
    if (!pkg) continue;
    for (const n of d.inline) out.set(`${pkg}.${withoutTypeArgs(n.func)}`, { pkg, d: n });
  }
  return out;
}

/** `p.F[go.shape.int]`, `p.(*T[...]).M` → `p.F`, `p.(*T).M`. */
function withoutTypeArgs(name: string): string {
  return baseFuncName(name).replaceAll('[...]', '');
}

function isNoescapeFunc(d: NoescapeFunc | LineAssertion): d is NoescapeFunc {
  return 'func' in d;
}

/** What a noescape violation names: the function marked, or the line marked and the function allocating there. */
function marked(d: NoescapeFunc | LineAssertion, func: string | undefined): Pick<Violation, 'func' | 'line'> {
  if (isNoescapeFunc(d)) return { func: d.func };
  return { line: d.line, ...(func ? { func } : {}) };
}

/** Frame sizes carried by the result (`--verify`/`--frames`), if any. */
function framesOf(result: AnalysisResult): FrameSize[] {
  return (result.frames ?? []).map((f) => ({ pkg: f.pkg, func: f.func, bytes: f.frameBytes, ...(f.pos ? { pos: f.pos } : {}) }));
}

/** Allocations that `--verify` found in the machine code with no escape finding (heap findings are gated as sites). */
function allocationsOf(result: AnalysisResult): VerifiedAllocation[] {
  if (!result.verification) return [];
  return result.findings
    .filter((f) => f.kind === 'allocates-without-escape')
    .map((f) => ({
      pkg: f.pkg,
      func: f.func,
      pos: f.pos,
      // Inside a callee: the function called says more than the runtime entry point its path ends in.
      what: f.details.class === 'allocates-in-callee' ? f.subject : (f.details.runtimeFunc ?? f.subject),
      ...(f.details.class ? { class: f.details.class } : {}),
      ...(f.details.condition ? { condition: f.details.condition } : {}),
    }));
}

function pkgOfFile(result: AnalysisResult, file: string): string {
  const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '';
  return result.packages.find((p) => fileDirOf(p) === dir)?.path ?? '';
}

function cmpStr(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareViolations(a: Violation, b: Violation): number {
  return (
    cmpStr(a.pkg, b.pkg) ||
    cmpStr(a.pos?.file ?? '', b.pos?.file ?? '') ||
    (a.pos?.line ?? 0) - (b.pos?.line ?? 0) ||
    (a.pos?.column ?? 0) - (b.pos?.column ?? 0) ||
    GATE_RULES.indexOf(a.rule) - GATE_RULES.indexOf(b.rule) ||
    cmpStr(a.finding?.site?.key ?? a.finding?.key ?? a.func ?? '', b.finding?.site?.key ?? b.finding?.key ?? b.func ?? '')
  );
}

/**
 * The CI gate: applies the rules of goescape.yaml, the baseline ratchet and
 * source directives to an analysis result and returns the violations, the
 * accepted findings, the escapes removed since the baseline, and the exit
 * code. Pure: the caller reads the baseline, config and source files.
 */
import type { Baseline, BaselineEntry } from './baseline.js';
import { matchPackage, type AllowEntry, type GoescapeConfig } from './config.js';
import type { Cause } from '../model/causes.js';
import type { Finding } from '../model/finding.js';
import { isHeapKind, type FindingKind } from '../model/kinds.js';
import type { SourcePos } from '../model/position.js';
import type { AnalysisResult } from '../model/result.js';
import { allowAt, noescapeAt, type FileDirectives } from './directives.js';

export const GATE_RULES = ['new-heap-escape', 'noescape', 'noescape-alloc', 'budget', 'frame-size', 'forbidden-cause', 'bad-directive'] as const;
export type GateRule = (typeof GATE_RULES)[number];

/** A stack frame size, when frame data is present (e.g. from assembly). */
export interface FrameSize {
  pkg: string;
  func: string;
  bytes: number;
  pos?: SourcePos;
}

/** An allocation observed by verification (`--verify`), e.g. a call to runtime.newobject. */
export interface AllocationSite {
  pkg: string;
  func: string;
  pos: SourcePos;
  /** What allocates, e.g. `runtime.newobject`. */
  what: string;
}

/** The finding fields a gate report carries. */
export interface GateFinding {
  key: string;
  kind: FindingKind;
  pkg: string;
  func: string;
  subject: string;
  pos: SourcePos;
  message: string;
  cause?: Cause;
}

export interface Violation {
  rule: GateRule;
  pkg: string;
  /** The offending finding (finding-level rules). */
  finding?: GateFinding;
  /** Where to point (finding position, directive, frame). */
  pos?: SourcePos;
  func?: string;
  /** budget: allowed and actual heap escapes; frame-size: limit and actual bytes. */
  limit?: number;
  actual?: number;
  cause?: Cause;
  /** bad-directive, noescape-alloc: the detail text. */
  detail?: string;
}

export interface Accepted {
  finding: GateFinding;
  by: 'directive' | 'config';
  reason: string;
}

export interface GateResult {
  violations: Violation[];
  accepted: Accepted[];
  /** Baseline heap escapes no longer found in the packages analysed: good news. */
  removed: BaselineEntry[];
  counts: { heapEscapes: number; baseline: number; new: number; removed: number; accepted: number };
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
  allocations?: AllocationSite[];
}

/** Kinds that `//goescape:noescape` forbids: heap escapes and parameters leaking to the heap. */
function escapesInNoescape(kind: FindingKind): boolean {
  return isHeapKind(kind) || kind === 'leaking-param' || kind === 'leaking-param-content';
}

export function gateFinding(f: Finding): GateFinding {
  const g: GateFinding = { key: f.key, kind: f.kind, pkg: f.pkg, func: f.func, subject: f.subject, pos: f.pos, message: f.message };
  if (f.cause) g.cause = f.cause;
  return g;
}

export function matchesAllow(entry: AllowEntry, f: Pick<Finding, 'key' | 'pkg' | 'func' | 'kind' | 'subject'>): boolean {
  return (entry.key === undefined || entry.key === f.key)
    && (entry.package === undefined || matchPackage(entry.package, f.pkg))
    && (entry.func === undefined || entry.func === f.func)
    && (entry.kind === undefined || entry.kind === f.kind)
    && (entry.subject === undefined || entry.subject === f.subject);
}

export function evaluateGate(input: GateInput): GateResult {
  const { result, config, baseline, directives } = input;
  const rules = config.rules;
  const violations: Violation[] = [];
  const accepted: Accepted[] = [];
  const baselineKeys = new Set(baseline?.findings.map((e) => e.key));
  const okPackages = new Set(result.packages.filter((p) => p.status === 'ok').map((p) => p.path));
  const heapByPkg = new Map<string, number>();
  const currentKeys = new Set<string>();
  let heapEscapes = 0;
  let fresh = 0;

  for (const [file, d] of directives) {
    for (const p of d.problems) violations.push({ rule: 'bad-directive', pkg: pkgOfFile(result, file), pos: { file, line: p.line }, detail: p.message });
  }

  for (const f of result.findings) {
    const heap = isHeapKind(f.kind);
    if (heap) {
      currentKeys.add(f.key);
      heapEscapes++;
    }
    const d = directives.get(f.pos.file);
    const noescape = rules.noescape && d ? noescapeAt(d, f.pos.line) : undefined;
    const relevant = heap || (noescape !== undefined && escapesInNoescape(f.kind));
    if (!relevant) continue;
    const allow = d ? allowAt(d, f.pos.line) : undefined;
    const entry = allow ? undefined : config.allow.find((e) => matchesAllow(e, f));
    if (allow || entry) {
      accepted.push({ finding: gateFinding(f), by: allow ? 'directive' : 'config', reason: allow?.reason ?? entry!.reason });
      continue;
    }
    if (heap) heapByPkg.set(f.pkg, (heapByPkg.get(f.pkg) ?? 0) + 1);
    const v = (rule: GateRule, extra: Partial<Violation> = {}) =>
      violations.push({ rule, pkg: f.pkg, finding: gateFinding(f), pos: f.pos, ...(f.func ? { func: f.func } : {}), ...extra });
    if (noescape && escapesInNoescape(f.kind)) v('noescape', { func: noescape.func });
    if (heap && baseline && rules.newHeapEscapes && !baselineKeys.has(f.key)) {
      v('new-heap-escape');
      fresh++;
    }
    if (f.cause) {
      for (const [pattern, causes] of Object.entries(rules.forbidCauses)) {
        if (matchPackage(pattern, f.pkg) && causes.includes(f.cause)) {
          v('forbidden-cause', { cause: f.cause });
          break;
        }
      }
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

  if (rules.noescape) {
    for (const a of input.allocations ?? allocationsOf(result)) {
      const d = directives.get(a.pos.file);
      const ne = d ? noescapeAt(d, a.pos.line) : undefined;
      if (!ne || (d && allowAt(d, a.pos.line))) continue;
      violations.push({ rule: 'noescape-alloc', pkg: a.pkg, func: ne.func, pos: a.pos, detail: a.what });
    }
  }

  const removed = (baseline?.findings ?? []).filter((e) => okPackages.has(e.pkg) && !currentKeys.has(e.key));
  violations.sort(compareViolations);
  accepted.sort((a, b) => cmpStr(a.finding.key, b.finding.key));
  return {
    violations,
    accepted,
    removed,
    counts: { heapEscapes, baseline: baseline?.findings.length ?? 0, new: fresh, removed: removed.length, accepted: accepted.length },
    exitCode: violations.length > 0 ? 1 : 0,
  };
}

/** Frame sizes carried by the result (`--verify`/`--frames`), if any. */
function framesOf(result: AnalysisResult): FrameSize[] {
  return (result.frames ?? []).map((f) => ({ pkg: f.pkg, func: f.func, bytes: f.frameBytes, ...(f.pos ? { pos: f.pos } : {}) }));
}

/** Allocations that `--verify` found in the machine code with no escape finding (heap findings are gated as findings). */
function allocationsOf(result: AnalysisResult): AllocationSite[] {
  if (!result.verification) return [];
  return result.findings
    .filter((f) => f.kind === 'allocates-without-escape')
    .map((f) => ({ pkg: f.pkg, func: f.func, pos: f.pos, what: f.details.runtimeFunc ?? f.subject }));
}

function pkgOfFile(result: AnalysisResult, file: string): string {
  const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '';
  return result.packages.find((p) => (p.dir ?? '') === dir)?.path ?? '';
}

function cmpStr(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareViolations(a: Violation, b: Violation): number {
  return cmpStr(a.pkg, b.pkg)
    || cmpStr(a.pos?.file ?? '', b.pos?.file ?? '')
    || (a.pos?.line ?? 0) - (b.pos?.line ?? 0)
    || (a.pos?.column ?? 0) - (b.pos?.column ?? 0)
    || GATE_RULES.indexOf(a.rule) - GATE_RULES.indexOf(b.rule)
    || cmpStr(a.finding?.key ?? a.func ?? '', b.finding?.key ?? b.func ?? '');
}

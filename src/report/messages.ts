/**
 * All of goescape's wording about findings lives here; reporters call these
 * and never phrase findings themselves.
 */
import type { Finding } from '../model/finding.js';
import { FINDING_KINDS, type FindingKind } from '../model/kinds.js';
import { formatPos } from '../model/position.js';
import type { FrameInfo, VerificationSummary } from '../model/result.js';
import type { BaselineEntry } from '../gate/baseline.js';
import type { DiffChange, EscapeDiff } from '../gate/diff.js';
import type { GateFinding, GateResult, GateRule, Violation } from '../gate/evaluate.js';
import { terminalLine } from './escape.js';

export function kindTitle(kind: FindingKind): string {
  return FINDING_KINDS[kind].title;
}

/** Plural-aware count: `1 heap escape`, `3 heap escapes`. */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** `file:line:col` of a finding. */
export function where(f: Finding): string {
  return formatPos(f.pos);
}

/** One line for a finding in `go vet` style: `file:line:col: message`. */
export function findingLine(f: Finding): string {
  // Concatenated rather than joined from a list: called for every finding of a report.
  let ctx = f.func ? `in ${f.func}` : '';
  if (f.inlinedFrom) ctx += `${ctx ? '; ' : ''}inlined from ${f.inlinedFrom}`;
  if (f.inlinedSites?.length) ctx += `${ctx ? '; ' : ''}+${count(f.inlinedSites.length, 'inlined copy', 'inlined copies')}`;
  return ctx ? `${where(f)}: ${f.message} (${ctx})` : `${where(f)}: ${f.message}`;
}

/** `2 package(s) failed to compile: a, b` — callers add what to do about it. */
export function failedPackagesText(failed: readonly { desc: string }[]): string {
  return `${failed.length} package(s) failed to compile: ${failed.map((p) => p.desc).join(', ')}`;
}

export const SUMMARY_LABELS: Record<string, string> = {
  heapEscapes: 'heap escapes',
  leaks: 'leaking params',
  inlinedCopies: 'inlined copies folded',
  unrecognized: 'unrecognized lines',
};

// ---- gate (check), baseline and diff wording ----

/**
 * Where the documentation pages live, for links in SARIF and Markdown.
 * Relative paths (`docs/kinds.md`) are appended to it.
 */
export const DOCS_BASE_URL = 'https://github.com/goescape/goescape/blob/main/';

export function kindDocsPath(kind: FindingKind): string {
  return `docs/kinds.md#${kind}`;
}

export function causeDocsPath(cause: string): string {
  return `docs/causes/${cause}.md`;
}

export function docsUrl(path: string): string {
  return DOCS_BASE_URL + path;
}

export const GATE_RULE_TITLES: Record<GateRule, string> = {
  'new-heap-escape': 'New heap escape (not in the baseline)',
  'noescape': 'Escape in a //goescape:noescape function',
  'noescape-alloc': 'Allocation in a //goescape:noescape function',
  'budget': 'Package over its heap-escape budget',
  'frame-size': 'Stack frame over the limit',
  'forbidden-cause': 'Heap escape with a cause forbidden in this package',
  'bad-directive': 'Malformed //goescape: directive',
};

/** Where the rule is documented. */
export function gateRuleDocsPath(rule: GateRule): string {
  return rule === 'bad-directive' || rule === 'noescape' || rule === 'noescape-alloc' ? 'docs/config.md#source-directives' : `docs/config.md#${rule}`;
}

/** One sentence for a violation, without its position. */
export function violationMessage(v: Violation): string {
  const f = v.finding;
  const what = f ? `${f.message}${f.func ? ` in ${f.func}` : ''}` : '';
  switch (v.rule) {
    case 'new-heap-escape':
      return `new heap escape: ${what}${f?.cause ? ` (cause: ${f.cause})` : ''}; not in the baseline`;
    case 'noescape':
      return `${v.func ?? f?.func} is marked //goescape:noescape but ${f?.message ?? 'something escapes'}`;
    case 'noescape-alloc':
      return `${v.func} is marked //goescape:noescape but allocates (${v.detail ?? 'allocation'})`;
    case 'budget':
      return `package ${v.pkg} has ${count(v.actual ?? 0, 'heap escape')}, over its budget of ${v.limit}`;
    case 'frame-size':
      return `${v.func} has a ${v.actual}-byte stack frame, over the limit of ${v.limit} bytes`;
    case 'forbidden-cause':
      return `${what}: cause ${v.cause} is forbidden in ${v.pkg}`;
    case 'bad-directive':
      return v.detail ?? 'malformed directive';
  }
}

/** `file:line:col: message`, or the message alone when there is no position. */
export function violationLine(v: Violation): string {
  return v.pos ? `${formatPos(v.pos)}: ${violationMessage(v)}` : violationMessage(v);
}

export function removedLine(e: BaselineEntry): string {
  return `${e.pkg} ${e.func || '<package>'}: ${kindTitle(e.kind).toLowerCase()}: ${e.subject}`;
}

export const TIGHTEN_COMMAND = 'goescape baseline';

export function removedAdvice(n: number): string {
  return `${count(n, 'heap escape')} in the baseline ${n === 1 ? 'is' : 'are'} gone: run "${TIGHTEN_COMMAND}" and commit the baseline to lock in the improvement`;
}

export function gateVerdict(g: GateResult): string {
  const c = g.counts;
  const head = g.violations.length === 0 ? 'goescape check passed' : `goescape check failed: ${count(g.violations.length, 'violation')}`;
  return `${head} (${count(c.heapEscapes, 'heap escape')}, ${c.baseline} in the baseline, ${c.new} new, ${c.removed} removed, ${c.accepted} accepted)`;
}

export function toolchainMismatchMessage(file: string, diffs: string[]): string {
  return `${file} was made with a different toolchain (${diffs.join(', ')}); escape decisions differ between toolchains, so regenerate it with "${TIGHTEN_COMMAND}" or pass --allow-toolchain-mismatch to compare anyway`;
}

/** One line for a finding in a diff: `kind subject in func (file:line)`. */
export function diffFindingLine(f: GateFinding): string {
  return `${f.message}${f.func ? ` in ${f.func}` : ''}${f.cause ? ` [${f.cause}]` : ''} (${formatPos(f.pos)})`;
}

export function diffChangeLine(c: DiffChange): string {
  return `${c.head.pkg} ${c.head.func || '<package>'}: ${c.head.subject}: ${c.changes.join('; ')} (${formatPos(c.head.pos)})`;
}

export function diffVerdict(d: EscapeDiff): string {
  const c = d.counts;
  return `${d.base.rev} → ${d.head.rev}: ${c.added} added, ${c.removed} removed, ${c.changed} changed (${c.unchanged} unchanged)`;
}

// ---------------------------------------------------------------------------
// bench and profile wording
// ---------------------------------------------------------------------------

/** What a comparison whose p-value is above alpha is called. */
export const NOT_SIGNIFICANT = 'no significant change';

/** `-12.34% (p=0.002 n=6+6)` or `~ no significant change (p=0.485 n=6+6)`. */
export function benchDelta(d: { text: string; p: number; significant: boolean; note?: string }, n: [number, number]): string {
  const stats = `p=${formatP(d.p)} n=${n[0]}+${n[1]}`;
  if (!d.significant) return `~ ${NOT_SIGNIFICANT} (${stats}${d.note ? `; ${d.note}` : ''})`;
  return `${d.text} (${stats})`;
}

export function formatP(p: number): string {
  return p < 0.001 ? p.toExponential(1) : p.toFixed(3);
}

/** Median and CI half-width as benchstat prints it: `45.90ns ± 3%`. */
export function benchValue(v: { median: number; range: string }, unit: string): string {
  return `${formatUnitValue(v.median, unit)} ± ${v.range}`;
}

/** A measurement in a readable unit: ns/op as time, B/op in bytes (KiB/MiB), else 4 significant digits. */
export function formatUnitValue(v: number, unit: string): string {
  if (!Number.isFinite(v)) return String(v);
  if (unit === 'ns/op' || unit.endsWith('-ns/op')) {
    const a = Math.abs(v);
    if (a >= 1e9) return `${sig(v / 1e9)}s`;
    if (a >= 1e6) return `${sig(v / 1e6)}ms`;
    if (a >= 1e3) return `${sig(v / 1e3)}µs`;
    return `${sig(v)}ns`;
  }
  if (unit === 'B/op') return formatByteSize(v);
  return sig(v);
}

export function formatByteSize(v: number): string {
  const a = Math.abs(v);
  if (a >= 1 << 30) return `${sig(v / (1 << 30))} GiB`;
  if (a >= 1 << 20) return `${sig(v / (1 << 20))} MiB`;
  if (a >= 1 << 10) return `${sig(v / (1 << 10))} KiB`;
  return `${sig(v)} B`;
}

function sig(v: number): string {
  if (v === 0) return '0';
  if (Number.isInteger(v) && Math.abs(v) < 1e6) return String(v);
  return Number(v.toPrecision(4)).toString();
}

/** Benchmark name without the `Benchmark` prefix (benchstat does the same). */
export function benchName(name: string): string {
  return name.startsWith('Benchmark') && name.length > 9 ? name.slice(9) : name;
}

export function regressionLine(r: { pkg: string; name: string; unit: string; percent: number; p: number; gate: string }): string {
  const pct = Number.isNaN(r.percent) ? 'from 0' : `+${r.percent.toFixed(2)}%`;
  return `${r.pkg ? `${r.pkg} ` : ''}${benchName(r.name)}: ${r.unit} ${pct} (p=${formatP(r.p)}), over --fail-on ${r.gate}`;
}

export function percent(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

/** `[allocates: runtime.newobject type:main.Config]`, `[no allocation: small-integer cache]`, `[unverified: …]` (analyze --verify). */
export function verificationTag(f: Finding): string {
  const v = f.verification;
  if (!v) return '';
  if (v.status === 'allocates') {
    return `[allocates: ${v.runtimeFunc ?? 'runtime'}${v.type ? ` type:${v.type}` : ''}${v.size !== undefined ? ` ${v.size} B` : ''}]`;
  }
  if (v.status === 'no-allocation') return `[no allocation: ${v.reason ?? 'no allocation call'}]`;
  return `[unverified: ${v.reason ?? 'unknown'}]`;
}

/** The `--verify` summary line: how many heap escapes really allocate. */
export function verificationSummaryLine(v: VerificationSummary): string {
  const pct = v.heapEscapes === 0 ? 0 : Math.round((1000 * v.allocates) / v.heapEscapes) / 10;
  return `verified against the machine code: ${v.allocates} of ${count(v.heapEscapes, 'heap escape')} allocate (${pct}%), ${v.noAllocation} do not allocate, ${v.unverified} unverified; ${count(v.allocatesWithoutEscape, 'allocation')} with no escape finding`;
}

/** Frame bytes as `16384 (16 KiB)`. */
function frameBytesText(n: number): string {
  if (n >= 1024 && n % 1024 === 0) return `${n} (${n / 1024} KiB)`;
  if (n >= 1024) return `${n} (${(n / 1024).toFixed(1)} KiB)`;
  return String(n);
}

/** `analyze --frames`: the largest frames and those over the limit, as terminal text. */
export function framesTable(frames: FrameInfo[], limit: number, top = 20): string {
  const over = frames.filter((f) => f.frameBytes > limit);
  const shown = frames.slice(0, Math.max(top, over.length));
  const lines = [
    `Stack frames: ${count(over.length, 'function')} over ${frameBytesText(limit)} bytes (a goroutine starts with a 2 KiB stack on Linux/macOS, adaptive since Go 1.19; large frames make it grow by copying)`,
    `${'frame'.padStart(8)} ${'args'.padStart(6)}  function`,
  ];
  for (const f of shown) {
    const where = f.pos ? `  ${formatPos(f.pos)}` : '';
    lines.push(terminalLine(`${String(f.frameBytes).padStart(8)} ${String(f.argBytes).padStart(6)}  ${f.pkg}.${f.func}${f.frameBytes > limit ? '  (over limit)' : ''}${where}`));
  }
  return lines.join('\n');
}

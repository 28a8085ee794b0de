/**
 * Wording about findings and analysis results: the lines of the text
 * report, the `--verify` and `--frames` summaries. Reporters lay these out
 * and escape them; they never phrase findings themselves.
 */
import type { Finding, UnrecognizedLine } from '../../model/finding.js';
import { FINDING_KINDS, type FindingKind } from '../../model/kinds.js';
import { formatPos } from '../../model/position.js';
import type { PackageResult, Summary, VerificationSummary } from '../../model/result.js';
import { count } from './numbers.js';

export function kindTitle(kind: FindingKind): string {
  return FINDING_KINDS[kind].title;
}

/** `file:line:col` of a finding. */
export function where(f: Finding): string {
  return formatPos(f.pos);
}

/** One line for a finding in `go vet` style: `file:line:col: message`. */
export function findingLine(f: Finding): string {
  // Concatenated rather than joined from a list: called for every finding of a report.
  let ctx = f.func && !namesItsFunc(f) ? `in ${f.func}` : '';
  if (f.inlinedFrom) ctx += `${ctx ? '; ' : ''}inlined from ${f.inlinedFrom}`;
  if (f.inlinedSites?.length) ctx += `${ctx ? '; ' : ''}+${count(f.inlinedSites.length, 'inlined copy', 'inlined copies')}`;
  return ctx ? `${where(f)}: ${f.message} (${ctx})` : `${where(f)}: ${f.message}`;
}

/**
 * Whether the message names the enclosing function already: findings built
 * from an explanation header (`x escapes to heap in F`, `parameter p leaks
 * to {heap} for F with derefs=0`).
 */
function namesItsFunc(f: Finding): boolean {
  return f.message.endsWith(` in ${f.func}`) || f.message.includes(` for ${f.func} with derefs=`);
}

/** `2 package(s) failed to compile: a, b` — callers add what to do about it. */
export function failedPackagesText(failed: readonly { desc: string }[]): string {
  return `${failed.length} package(s) failed to compile: ${failed.map((p) => p.desc).join(', ')}`;
}

/** A package's heading in the text report: `# desc`, and why it has no findings when it did not compile. */
export function packageHeading(pkg: Pick<PackageResult, 'desc' | 'status'>): string {
  const note = pkg.status === 'failed' ? ' (failed to compile)' : pkg.status === 'not-built' ? ' (not built: a package it imports failed to compile)' : '';
  return `# ${pkg.desc}${note}`;
}

/** The summary's first line: heap escapes, leaks, what stays on the stack. */
export function heapSummaryLine(s: Summary): string {
  const k = s.byKind;
  return `${count(s.heapEscapes, 'heap escape')} (${k['moved-to-heap'] ?? 0} moved to heap, ${k['escapes-to-heap'] ?? 0} escape to heap), ${count(s.leaks, 'leaking param')}, ${k['does-not-escape'] ?? 0} do not escape`;
}

export function packagesSummaryLine(s: Summary): string {
  return `${count(s.packages.total, 'package')} (${s.packages.failed} failed), ${count(s.findings, 'finding')}, ${count(s.inlinedCopies, 'inlined copy', 'inlined copies')} folded into their origin`;
}

/** Where every compiler line went: the lossless account. */
export function linesSummaryLine(s: Summary): string {
  return `${s.lines} compiler lines: ${s.linesInFindings} in findings, ${s.headerLines} package headers, ${s.unrecognized.length} unrecognized`;
}

/** `go1.26.8 linux/amd64: go list …` (the command already shell-quoted). */
export function toolchainLine(t: { goVersion: string; goos: string; goarch: string }, command: string): string {
  return `${t.goVersion} ${t.goos}/${t.goarch}: ${command}`;
}

export function unrecognizedLine(u: UnrecognizedLine): string {
  return `unrecognized: ${u.text}`;
}

/** `--by cause`: the table's heading. */
export function causeTableHeading(heapEscapes: number): string {
  return `heap escapes by cause (${heapEscapes}):`;
}

/** `[allocates: runtime.newobject type:main.Config]`, `[no allocation: small-integer cache]`, `[unverified: …]` (analyze --verify). */
export function verificationTag(f: Finding): string {
  const v = f.verification;
  if (!v) return '';
  if (v.status === 'allocates') {
    return `[allocates: ${v.runtimeFunc ?? 'runtime'}${v.type ? ` type:${v.type}` : ''}${v.size !== undefined ? ` ${v.size} B` : ''}]`;
  }
  if (v.status === 'no-allocation') return `[no allocation: ${v.reason ?? 'no allocation call'}]`;
  if (v.status === 'ambiguous') return `[ambiguous: ${v.reason ?? 'several allocation calls fit'}]`;
  return `[unverified: ${v.reason ?? 'unknown'}]`;
}

/** The `--verify` summary line: how many heap escapes really allocate. */
export function verificationSummaryLine(v: VerificationSummary): string {
  const pct = v.heapEscapes === 0 ? 0 : Math.round((1000 * v.allocates) / v.heapEscapes) / 10;
  return `verified against the machine code: ${v.allocates} of ${count(v.heapEscapes, 'heap escape')} allocate (${pct}%), ${v.noAllocation} do not allocate, ${v.unverified} unverified${v.ambiguous ? `, ${v.ambiguous} ambiguous` : ''}; ${count(v.allocatesWithoutEscape, 'allocation')} with no escape finding`;
}

/** Frame bytes as `16384 (16 KiB)`. */
function frameBytesText(n: number): string {
  if (n >= 1024 && n % 1024 === 0) return `${n} (${n / 1024} KiB)`;
  if (n >= 1024) return `${n} (${(n / 1024).toFixed(1)} KiB)`;
  return String(n);
}

/** `analyze --frames`: the table's heading, how many functions are over the limit and why that matters. */
export function framesHeading(over: number, limit: number): string {
  return `Stack frames: ${count(over, 'function')} over ${frameBytesText(limit)} bytes (a goroutine starts with a 2 KiB stack on Linux/macOS, adaptive since Go 1.19; large frames make it grow by copying)`;
}

/** The frame table's column titles. */
export const FRAME_COLUMNS = { frame: 'frame', args: 'args', func: 'function' } as const;

/** After a function whose frame is over the limit. */
export const OVER_LIMIT = '(over limit)';

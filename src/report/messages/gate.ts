/**
 * Wording of the CI gate (check) and the baseline: rule titles, one
 * sentence per violation, the verdict, and the headings of its reports.
 */
import type { BaselineSite } from '../../gate/baseline.js';
import type { Accepted, GateFinding, GateResult, GateRule, UnmatchedDirective, Violation } from '../../gate/evaluate.js';
import { formatPos } from '../../model/position.js';
import { classText, kindTitle } from './findings.js';
import { count } from './numbers.js';

/** What a finding at package scope (no function) is called. */
export const PACKAGE_SCOPE = '<package>';

export const GATE_RULE_TITLES: Record<GateRule, string> = {
  'new-heap-escape': 'New heap escape (not in the baseline)',
  noescape: 'Escape in a //goescape:noescape function or line',
  'noescape-alloc': 'Allocation in a //goescape:noescape function or line',
  bce: 'Bounds check left on a //goescape:bce line',
  inline: 'Call not inlined on a //goescape:inline line or of a //goescape:inline function',
  budget: 'Package over its heap-escape budget',
  'frame-size': 'Stack frame over the limit',
  'forbidden-cause': 'Heap escape with a cause forbidden in this package',
  'forbidden-class': 'Allocation of a class goescape.yaml forbids',
  'bad-directive': 'Malformed //goescape: directive',
  'unmatched-directive': 'A //goescape: directive that matches nothing',
};

/**
 * A heap escape as the gate names it: the escape and its function, and for
 * an inlined copy the function whose code allocates, with where the
 * escape itself is (the fix goes there).
 */
export function gateFindingText(f: GateFinding, cause = false): string {
  let out = `${f.message}${f.func ? ` in ${f.func}` : ''}`;
  const notes: string[] = [];
  if (cause && f.cause) notes.push(`cause: ${f.cause}`);
  if (f.site?.copy) {
    out += `, inlined into ${f.site.func || PACKAGE_SCOPE}`;
    if (!f.pos.file.startsWith('<')) notes.push(`the escape is at ${formatPos(f.pos)}`);
  }
  return notes.length ? `${out} (${notes.join('; ')})` : out;
}

/** One sentence for a violation, without its position. */
export function violationMessage(v: Violation): string {
  const f = v.finding;
  const what = f ? gateFindingText(f) : '';
  switch (v.rule) {
    case 'new-heap-escape':
      if (v.unsure) {
        const n = v.unsure.candidates.length;
        return `${count(v.unsure.fresh, 'new heap escape site')} among ${n} sites of ${f ? gateFindingText(f, true) : ''}; the version 2 baseline has ${n - v.unsure.fresh} and cannot tell which are new: ${v.unsure.candidates.map(formatPos).join(', ')}`;
      }
      return `new heap escape: ${f ? gateFindingText(f, true) : ''}; not in the baseline`;
    case 'noescape':
      if (v.line !== undefined) return `line ${v.line} is marked //goescape:noescape but ${f ? what : 'something escapes'}`;
      return `${v.func ?? f?.func} is marked //goescape:noescape but ${f ? (f.site?.copy ? what : f.message) : 'something escapes'}`;
    case 'noescape-alloc':
      if (v.line !== undefined)
        return `line ${v.line} is marked //goescape:noescape but allocates (${v.detail ?? 'allocation'}${v.func ? ` in ${v.func}` : ''})`;
      return `${v.func} is marked //goescape:noescape but allocates (${v.detail ?? 'allocation'})`;
    case 'bce':
      return `line ${v.line} is marked //goescape:bce but the compiler left ${v.check === 'slice' ? 'a slice bounds check (IsSliceInBounds)' : 'an index bounds check (IsInBounds)'} here`;
    case 'inline':
      if (v.line !== undefined) {
        return `line ${v.line} is marked //goescape:inline but ${v.callee ? `the call to ${v.callee} is not inlined` : 'a call through an interface method or a func value, which cannot be inlined, is made'} here${v.func ? ` (in ${v.func})` : ''}`;
      }
      if (v.callee === undefined) return `${v.func} is marked //goescape:inline but the compiler cannot inline it${v.detail ? `: ${v.detail}` : ''}`;
      return `${v.func} is marked //goescape:inline but this call of it${v.caller ? ` in ${v.caller}` : ''} is not inlined`;
    case 'budget':
      return `package ${v.pkg} has ${count(v.actual ?? 0, 'heap escape site')}, over its budget of ${v.limit}`;
    case 'frame-size':
      return `${v.func} has a ${v.actual}-byte stack frame, over the limit of ${v.limit} bytes`;
    case 'forbidden-cause':
      return `${what}: cause ${v.cause} is forbidden in ${v.pkg}`;
    case 'forbidden-class':
      return `${f ? what : `${v.detail ?? 'allocation'}${v.func ? ` in ${v.func}` : ''}`} ${classText(v.class, v.condition)}: class ${v.class} is forbidden (rules.classes)`;
    case 'bad-directive':
      return v.detail ?? 'malformed directive';
    case 'unmatched-directive':
      return v.unmatched ? unmatchedDirectiveMessage(v.unmatched) : 'directive matches nothing';
  }
}

/** `file:line:col: message`, or the message alone when there is no position. */
export function violationLine(v: Violation): string {
  return v.pos ? `${formatPos(v.pos)}: ${violationMessage(v)}` : violationMessage(v);
}

/** What an unmatched directive means and what to do, without its position. */
export function unmatchedDirectiveMessage(u: UnmatchedDirective): string {
  if (u.directive === 'allow') {
    return `//goescape:allow matches no escape on line ${u.line ?? '?'} or on a line of an escape's chain; remove it, or put it on the line of the escape, of a step of its chain, or of the inlined call (goescape explain ${u.pos.file}:${u.line ?? u.pos.line} shows them)`;
  }
  return `//goescape:${u.directive} on ${u.func ?? 'this function'} matches no code the compiler analysed (a generic function is compiled only where it is instantiated); remove it, or analyse packages that use it`;
}

/** The warning `check` prints for an unmatched directive (without --strict). */
export function unmatchedDirectiveWarning(u: UnmatchedDirective): string {
  return `goescape check: warning: ${formatPos(u.pos)}: ${unmatchedDirectiveMessage(u)} (--strict fails on it)`;
}

/** An accepted finding: where, what, and what accepted it. */
export function acceptedLine(a: Accepted): string {
  const by = a.by === 'directive' ? `//goescape:allow${a.directive ? ` at ${formatPos(a.directive)}` : ''}` : 'an allow entry of goescape.yaml';
  return `${formatPos(a.finding.site?.pos ?? a.finding.pos)}: ${gateFindingText(a.finding)}: accepted by ${by}: ${a.reason}`;
}

/** An accepted finding, with the reason it was accepted (SARIF's suppressed result). */
export function acceptedMessage(a: Accepted): string {
  return `${gateFindingText(a.finding)} (accepted: ${a.reason})`;
}

/** A baseline heap escape that is gone. */
export function removedLine(e: BaselineSite): string {
  const copy = e.origin !== e.key ? ' (an inlined copy)' : '';
  const at = e.at ? `, was at ${formatPos({ file: e.at.file, line: e.at.line })}` : '';
  return `${e.pkg} ${e.func || PACKAGE_SCOPE}: ${kindTitle(e.kind).toLowerCase()}: ${e.subject}${copy}${at}`;
}

export const TIGHTEN_COMMAND = 'goescape baseline';

export function removedAdvice(n: number): string {
  return `${count(n, 'heap escape site')} in the baseline ${n === 1 ? 'is' : 'are'} gone: run "${TIGHTEN_COMMAND}" and commit the baseline to lock in the improvement`;
}

/** `3 heap escapes at 5 sites`: escapes are where fixes go, sites where memory is allocated. */
export function escapesAtSites(escapes: number, sites: number): string {
  return `${count(escapes, 'heap escape')} at ${count(sites, 'site')}`;
}

export function gateVerdict(g: GateResult): string {
  const c = g.counts;
  const head = g.violations.length === 0 ? 'goescape check passed' : `goescape check failed: ${count(g.violations.length, 'violation')}`;
  return `${head} (${escapesAtSites(c.heapEscapes, c.sites)}; sites: ${c.baseline} in the baseline, ${c.new} new, ${c.removed} removed, ${c.accepted} accepted)`;
}

/** The one warning line for a version 1 baseline, read as heap escapes rather than sites. */
export function baselineV1Warning(file: string): string {
  return `goescape check: warning: ${file} is a version 1 baseline (heap escapes, not allocation sites): each escape in it accepts every site it has now, so a new inlined copy of one passes; run "${TIGHTEN_COMMAND}" and commit the file to record sites`;
}

/** The one warning line for a version 2 baseline, whose keys shifted when code was added: matched by class instead. */
export function baselineV2Warning(file: string): string {
  return `goescape check: warning: ${file} is a version 2 baseline (keys with ordinals and closure numbers, which shift): its sites are matched by function, kind and subject, and where a class has more sites now it cannot tell which are new; run "${TIGHTEN_COMMAND}" and commit the file to record stable keys`;
}

export function toolchainMismatchMessage(file: string, diffs: string[]): string {
  return `${file} was made with a different toolchain (${diffs.join(', ')}); escape decisions differ between toolchains, so regenerate it with "${TIGHTEN_COMMAND}" or pass --allow-toolchain-mismatch to compare anyway`;
}

// ---- headings of the gate's reports ----

/** The Markdown report's title. */
export function gateTitle(passed: boolean): string {
  return `goescape check: ${passed ? 'passed ✅' : 'failed ❌'}`;
}

export const VIOLATION_COLUMNS = ['rule', 'where', 'message'] as const;
export const ACCEPTED_COLUMNS = ['where', 'finding', 'reason'] as const;

export function acceptedSummary(n: number): string {
  return count(n, 'accepted finding');
}

/** A GitHub annotation's title for a violation of `rule`. */
export function annotationTitle(rule: GateRule): string {
  return `goescape: ${GATE_RULE_TITLES[rule]}`;
}

/** The title of the GitHub notice that baseline escapes are gone. */
export const FEWER_ESCAPES_TITLE = 'goescape: fewer heap escapes';

/** SARIF's description of `%SRCROOT%`. */
export const SRCROOT_DESCRIPTION = 'The repository root.';

/** The check and diff documents (schema-v1.ts CheckDocument, DiffDocument), built field by field. */
import type { BaselineSite, BaselineToolchain } from '../../gate/baseline.js';
import type { DiffChange, EscapeDiff } from '../../gate/diff.js';
import type { Accepted, GateFinding, GateResult, GateSiteRef, UnmatchedDirective, Violation } from '../../gate/evaluate.js';
import type { Toolchain } from '../../model/result.js';
import { VERSION } from '../../version.js';
import type { CheckReport } from '../subjects.js';
import { inlineStep, pos } from './analysis.js';
import type * as V1 from './schema-v1.js';
import { jsonText } from './serialize.js';

export function gateFinding(f: GateFinding): V1.GateFinding {
  const out: V1.GateFinding = { key: f.key, kind: f.kind, pkg: f.pkg, func: f.func, subject: f.subject, pos: pos(f.pos), message: f.message };
  if (f.cause !== undefined) out.cause = f.cause;
  if (f.site) out.site = gateSite(f.site);
  return out;
}

function gateSite(s: GateSiteRef): V1.GateSite {
  const out: V1.GateSite = { key: s.key, pkg: s.pkg, func: s.func, pos: pos(s.pos), copy: s.copy };
  if (s.inline) out.inline = s.inline.map(inlineStep);
  if (s.class !== undefined) out.class = s.class;
  if (s.condition !== undefined) out.condition = s.condition;
  return out;
}

function violation(v: Violation): V1.Violation {
  const out: V1.Violation = { rule: v.rule, pkg: v.pkg };
  if (v.finding) out.finding = gateFinding(v.finding);
  if (v.pos) out.pos = pos(v.pos);
  if (v.func !== undefined) out.func = v.func;
  if (v.limit !== undefined) out.limit = v.limit;
  if (v.actual !== undefined) out.actual = v.actual;
  if (v.cause !== undefined) out.cause = v.cause;
  if (v.class !== undefined) out.class = v.class;
  if (v.condition !== undefined) out.condition = v.condition;
  if (v.detail !== undefined) out.detail = v.detail;
  if (v.line !== undefined) out.line = v.line;
  if (v.check !== undefined) out.check = v.check;
  if (v.callee !== undefined) out.callee = v.callee;
  if (v.caller !== undefined) out.caller = v.caller;
  if (v.unmatched) out.unmatched = unmatchedDirective(v.unmatched);
  if (v.unsure) out.unsure = { fresh: v.unsure.fresh, candidates: v.unsure.candidates.map(pos) };
  return out;
}

function unmatchedDirective(u: UnmatchedDirective): V1.UnmatchedDirective {
  const out: V1.UnmatchedDirective = { directive: u.directive, pos: pos(u.pos) };
  if (u.line !== undefined) out.line = u.line;
  if (u.func !== undefined) out.func = u.func;
  return out;
}

function accepted(a: Accepted): V1.Accepted {
  const out: V1.Accepted = { finding: gateFinding(a.finding), by: a.by, reason: a.reason };
  if (a.directive) out.directive = pos(a.directive);
  return out;
}

function baselineSite(e: BaselineSite): V1.BaselineSite {
  const out: V1.BaselineSite = { key: e.key, origin: e.origin, kind: e.kind, pkg: e.pkg, func: e.func, subject: e.subject };
  if (e.cause !== undefined) out.cause = e.cause;
  if (e.at) out.at = pos({ file: e.at.file, line: e.at.line });
  return out;
}

function baselineToolchain(t: BaselineToolchain): V1.BaselineToolchain {
  return { goVersion: t.goVersion, goos: t.goos, goarch: t.goarch, goexperiment: t.goexperiment, compilerFlags: [...t.compilerFlags] };
}

function gateResult(g: GateResult): V1.GateResult {
  const c = g.counts;
  return {
    violations: g.violations.map(violation),
    accepted: g.accepted.map(accepted),
    removed: g.removed.map(baselineSite),
    unmatched: g.unmatched.map(unmatchedDirective),
    counts: { heapEscapes: c.heapEscapes, sites: c.sites, baseline: c.baseline, new: c.new, removed: c.removed, accepted: c.accepted },
    exitCode: g.exitCode,
  };
}

export function checkDocument(r: CheckReport): V1.CheckDocument {
  const out: V1.CheckDocument = {
    checkVersion: 2,
    tool: { name: 'goescape', version: VERSION },
    toolchain: baselineToolchain(r.toolchain),
    gate: gateResult(r.gate),
  };
  if (r.baseline) out.baseline = { file: r.baseline.file, toolchain: baselineToolchain(r.baseline.toolchain) };
  return out;
}

/** `check --format json`. */
export function renderCheckJson(r: CheckReport): string {
  return jsonText(checkDocument(r));
}

function diffToolchain(t: Pick<Toolchain, 'goVersion' | 'goos' | 'goarch'>): V1.DiffToolchain {
  return { goVersion: t.goVersion, goos: t.goos, goarch: t.goarch };
}

function diffChange(c: DiffChange): V1.DiffChange {
  return { base: gateFinding(c.base), head: gateFinding(c.head), changes: [...c.changes] };
}

export function diffDocument(d: EscapeDiff): V1.DiffDocument {
  const c = d.counts;
  return {
    diffVersion: 2,
    base: { rev: d.base.rev, toolchain: diffToolchain(d.base.toolchain) },
    head: { rev: d.head.rev, toolchain: diffToolchain(d.head.toolchain) },
    added: d.added.map(gateFinding),
    removed: d.removed.map(gateFinding),
    changed: d.changed.map(diffChange),
    counts: { base: c.base, head: c.head, added: c.added, removed: c.removed, changed: c.changed, unchanged: c.unchanged },
  };
}

/** `diff --format json`. */
export function renderDiffJson(d: EscapeDiff): string {
  return jsonText(diffDocument(d));
}

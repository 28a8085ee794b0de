/**
 * The analysis document (schema-v1.ts AnalysisDocument), built field by
 * field from an AnalysisResult. Reading every field here, in this order,
 * is what fixes the bytes: a field the model gains is not written until the
 * schema declares it.
 */
import type * as M from '../../model/finding.js';
import type { SourcePos } from '../../model/position.js';
import type * as R from '../../model/result.js';
import type * as V1 from './schema-v1.js';
import { jsonBytes, jsonText } from './serialize.js';

export function pos(p: SourcePos): V1.SourcePos {
  const out: V1.SourcePos = { file: p.file, line: p.line };
  if (p.column !== undefined) out.column = p.column;
  return out;
}

function details(d: M.FindingDetails): V1.FindingDetails {
  const out: V1.FindingDetails = {};
  if (d.fromExplanation) out.fromExplanation = true;
  if (d.result !== undefined) out.result = d.result;
  if (d.level !== undefined) out.level = d.level;
  if (d.callee !== undefined) out.callee = d.callee;
  if (d.caller !== undefined) out.caller = d.caller;
  if (d.reason !== undefined) out.reason = d.reason;
  if (d.cost !== undefined) out.cost = d.cost;
  if (d.budget !== undefined) out.budget = d.budget;
  if (d.signature !== undefined) out.signature = d.signature;
  if (d.body !== undefined) out.body = d.body;
  if (d.score !== undefined) out.score = d.score;
  if (d.concrete !== undefined) out.concrete = d.concrete;
  if (d.capture !== undefined) out.capture = d.capture;
  if (d.addr !== undefined) out.addr = d.addr;
  if (d.assign !== undefined) out.assign = d.assign;
  if (d.width !== undefined) out.width = d.width;
  if (d.runtimeFunc !== undefined) out.runtimeFunc = d.runtimeFunc;
  if (d.why !== undefined) out.why = d.why;
  if (d.type !== undefined) out.type = d.type;
  if (d.class !== undefined) out.class = d.class;
  if (d.condition !== undefined) out.condition = d.condition;
  if (d.calleePath !== undefined) out.calleePath = [...d.calleePath];
  if (d.unconditional !== undefined) out.unconditional = d.unconditional;
  if (d.inline !== undefined) out.inline = d.inline.map(inlineStep);
  return out;
}

function flowNote(n: M.FlowNote): V1.FlowNote {
  const out: V1.FlowNote = { where: n.where, why: n.why };
  if (n.pos) out.pos = pos(n.pos);
  return out;
}

function explanation(e: M.Explanation): V1.Explanation {
  const out: V1.Explanation = {
    header: e.header,
    ...(e.sink !== undefined ? { sink: e.sink } : {}),
    ...(e.derefs !== undefined ? { derefs: e.derefs } : {}),
    flows: e.flows.map((f) => ({ dst: f.dst, src: f.src, derefs: f.derefs, notes: f.notes.map(flowNote) })),
  };
  if (e.func !== undefined) out.func = e.func;
  if (e.truncated) out.truncated = true;
  return out;
}

function chainStep(s: M.ChainStep): V1.ChainStep {
  const out: V1.ChainStep = { op: s.op, where: s.where, into: s.into };
  if (s.pos) out.pos = pos(s.pos);
  if (s.inline !== undefined) out.inline = s.inline.map(inlineStep);
  return out;
}

export function inlineStep(s: M.InlineStep): V1.InlineStep {
  return { callee: s.callee, pos: pos(s.pos) };
}

function inlinedSite(s: M.InlinedSite): V1.InlinedSite {
  const out: V1.InlinedSite = { pos: pos(s.pos), pkg: s.pkg, kind: s.kind, raw: s.raw };
  if (s.func !== undefined) out.func = s.func;
  if (s.key !== undefined) out.key = s.key;
  if (s.inline !== undefined) out.inline = s.inline.map(inlineStep);
  if (s.verification !== undefined) out.verification = verification(s.verification);
  if (s.wraps !== undefined) out.wraps = s.wraps;
  return out;
}

function verification(v: M.Verification): V1.Verification {
  const out: V1.Verification = { status: v.status };
  if (v.runtimeFunc !== undefined) out.runtimeFunc = v.runtimeFunc;
  if (v.type !== undefined) out.type = v.type;
  if (v.size !== undefined) out.size = v.size;
  if (v.reason !== undefined) out.reason = v.reason;
  if (v.class !== undefined) out.class = v.class;
  if (v.condition !== undefined) out.condition = v.condition;
  return out;
}

export function finding(f: M.Finding): V1.Finding {
  const out: V1.Finding = {
    key: f.key,
    kind: f.kind,
    pkg: f.pkg,
    pos: pos(f.pos),
    func: f.func,
    subject: f.subject,
    message: f.message,
    details: details(f.details),
    explanations: f.explanations.map(explanation),
  };
  if (f.outputLines !== undefined) out.outputLines = f.outputLines;
  if (f.inlinedFrom !== undefined) out.inlinedFrom = f.inlinedFrom;
  if (f.wraps !== undefined) out.wraps = f.wraps;
  if (f.inlinedSites !== undefined) out.inlinedSites = f.inlinedSites.map(inlinedSite);
  const chain = f.chain;
  if (chain !== undefined) out.chain = chain.map(chainStep);
  if (f.chainPaths !== undefined) out.chainPaths = f.chainPaths.map((p) => [...p]);
  const cause = f.cause;
  if (cause !== undefined) out.cause = cause;
  if (f.verification !== undefined) out.verification = verification(f.verification);
  if (f.profile !== undefined) out.profile = { bytes: f.profile.bytes, objects: f.profile.objects, share: f.profile.share };
  return out;
}

function packageResult(p: R.PackageResult): V1.PackageResult {
  const out: V1.PackageResult = {
    path: p.path,
    desc: p.desc,
    status: p.status,
    errors: [...p.errors],
    lines: p.lines,
    findings: p.findings,
    heapEscapes: p.heapEscapes,
  };
  if (p.variant !== undefined) out.variant = p.variant;
  if (p.dir !== undefined) out.dir = p.dir;
  return out;
}

/** A count map (`byKind`, `byCause`, `sitesByCause`) in the model's key order (sorted when the result was assembled). */
function counts(m: Partial<Record<string, number>>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, n] of Object.entries(m)) if (n !== undefined) out[k] = n;
  return out;
}

function summary(s: R.Summary): V1.Summary {
  const packages: V1.PackageCounts = { total: s.packages.total, ok: s.packages.ok, failed: s.packages.failed };
  if (s.packages.notBuilt !== undefined) packages.notBuilt = s.packages.notBuilt;
  // The site counts are absent from results of earlier versions read back; written in their declared places.
  return {
    lines: s.lines,
    linesInFindings: s.linesInFindings,
    headerLines: s.headerLines,
    findings: s.findings,
    byKind: counts(s.byKind),
    heapEscapes: s.heapEscapes,
    ...(s.heapSites !== undefined && { heapSites: s.heapSites }),
    byCause: counts(s.byCause),
    ...(s.sitesByCause !== undefined && { sitesByCause: counts(s.sitesByCause) }),
    leaks: s.leaks,
    inlinedCopies: s.inlinedCopies,
    packages,
    unrecognized: s.unrecognized.map((u) => ({ pkg: u.pkg, line: u.line, text: u.text, reason: u.reason })),
    goMessages: [...s.goMessages],
    goExitCode: s.goExitCode,
  };
}

function frame(f: R.FrameInfo): V1.FrameInfo {
  const out: V1.FrameInfo = { func: f.func, pkg: f.pkg, symbol: f.symbol, frameBytes: f.frameBytes, argBytes: f.argBytes, flags: [...f.flags] };
  if (f.pos) out.pos = pos(f.pos);
  return out;
}

function verificationSummary(v: R.VerificationSummary): V1.VerificationSummary {
  const out: V1.VerificationSummary = {
    heapEscapes: v.heapEscapes,
    allocates: v.allocates,
    noAllocation: v.noAllocation,
    unverified: v.unverified,
    allocatesWithoutEscape: v.allocatesWithoutEscape,
    ...(v.byClass !== undefined ? { byClass: { ...v.byClass } } : {}),
    ...(v.byCondition !== undefined ? { byCondition: { ...v.byCondition } } : {}),
    allocCalls: v.allocCalls,
    functions: v.functions,
    framesOverLimit: v.framesOverLimit,
    frameLimit: v.frameLimit,
    command: [...v.command],
  };
  if (v.callees !== undefined) {
    const c = v.callees;
    out.callees = {
      staticCalls: c.staticCalls,
      allocating: c.allocating,
      unconditional: c.unconditional,
      unknown: c.unknown,
      unknownCalls: c.unknownCalls.map((u) => ({ pkg: u.pkg, func: u.func, pos: pos(u.pos), ...(u.inline ? { inline: u.inline.map(inlineStep) } : {}) })),
      summarized: c.summarized,
      packagesCached: c.packagesCached,
      packagesCompiled: c.packagesCompiled,
      ...(c.command ? { command: [...c.command] } : {}),
    };
  }
  // After unverified, as the type declares it.
  if (v.ambiguous !== undefined) {
    const { heapEscapes, allocates, noAllocation, unverified, ...rest } = out;
    return { heapEscapes, allocates, noAllocation, unverified, ambiguous: v.ambiguous, ...rest };
  }
  return out;
}

export function toolchain(t: R.Toolchain): V1.Toolchain {
  return { goVersion: t.goVersion, goos: t.goos, goarch: t.goarch, goexperiment: t.goexperiment, compilerFlags: [...t.compilerFlags], command: [...t.command] };
}

export function analysisDocument(r: R.AnalysisResult): V1.AnalysisDocument {
  const out: V1.AnalysisDocument = {
    schemaVersion: 1,
    tool: { name: 'goescape', version: r.tool.version },
    toolchain: toolchain(r.toolchain),
    patterns: [...r.patterns],
    packages: r.packages.map(packageResult),
    findings: r.findings.map(finding),
    summary: summary(r.summary),
  };
  if (r.module) out.module = { path: r.module.path, root: r.module.root };
  if (r.frames) out.frames = r.frames.map(frame);
  if (r.verification) out.verification = verificationSummary(r.verification);
  if (r.diff) {
    const d = r.diff;
    out.diff = {
      baseRev: d.baseRev,
      headRev: d.headRev,
      baseFindings: d.baseFindings,
      headFindings: d.headFindings,
      added: d.added,
      removed: d.removed,
      changed: d.changed,
      unchanged: d.unchanged,
    };
  }
  if (r.profile) {
    const p = r.profile;
    out.profile = {
      profiles: [...p.profiles],
      totalBytes: p.totalBytes,
      inPackagesBytes: p.inPackagesBytes,
      predictedBytes: p.predictedBytes,
      unpredictedBytes: p.unpredictedBytes,
      predictedBytesShare: p.predictedBytesShare,
    };
  }
  return out;
}

/** `analyze --format json` and `report --format json`: the analysis document. */
export function renderAnalysisJson(result: R.AnalysisResult): string {
  return jsonText(analysisDocument(result));
}

/** The analysis document as UTF-8, the bytes of renderAnalysisJson made in parts (std's does not fit in one string). */
export function renderAnalysisJsonBytes(result: R.AnalysisResult): Buffer {
  return jsonBytes(analysisDocument(result));
}

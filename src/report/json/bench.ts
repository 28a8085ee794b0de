/**
 * The bench and profile documents (schema-v1.ts BenchDocument,
 * ProfileDocument), built field by field; the statistics' words (`range`,
 * `text`, `warning`, `note`) are benchstat's, from messages/bench.ts.
 */
import type { BenchComparison, MetricComparison, MetricSummary, Regression } from '../../bench/compare.js';
import type { Amount, FindingRef, ObservedSite, ProfileJoin } from '../../bench/profile-join.js';
import type { BenchReport, BenchSide } from '../bench.js';
import { deltaWords, rangeText, summaryWarning } from '../messages/bench.js';
import type { ProfileReport } from '../profile.js';
import { pos } from './analysis.js';
import type * as V1 from './schema-v1.js';
import { finite, jsonText } from './serialize.js';

function side(s: BenchSide): V1.BenchSide {
  const out: V1.BenchSide = { label: s.label };
  if (s.commit !== undefined) out.commit = s.commit;
  if (s.input !== undefined) out.input = s.input;
  return out;
}

function metricSummary(s: MetricSummary): V1.MetricSummary {
  const out: V1.MetricSummary = {
    unit: s.unit,
    values: [...s.values],
    median: finite(s.median),
    lo: finite(s.lo),
    hi: finite(s.hi),
    range: rangeText(s.halfWidth),
    n: s.n,
  };
  const warning = summaryWarning(s);
  if (warning !== undefined) out.warning = warning;
  return out;
}

function metric(m: MetricComparison): V1.MetricComparison {
  const out: V1.MetricComparison = { unit: m.unit };
  if (m.head) out.head = metricSummary(m.head);
  if (m.base) out.base = metricSummary(m.base);
  if (m.delta) {
    const words = deltaWords({ ...m, delta: m.delta });
    out.delta = {
      percent: finite(m.delta.percent),
      text: words.text,
      p: m.delta.p,
      significant: m.delta.significant,
      verdict: m.delta.verdict,
      spreadPercent: finite(m.delta.spreadPercent),
    };
    if (words.note !== undefined) out.delta.note = words.note;
  }
  return out;
}

function comparison(b: BenchComparison): V1.BenchComparison {
  return { pkg: b.pkg, name: b.name, procs: b.procs, metrics: b.metrics.map(metric) };
}

function regression(r: Regression): V1.Regression {
  return { pkg: r.pkg, name: r.name, unit: r.unit, percent: finite(r.percent), p: r.p, gate: r.gate };
}

function amount(a: Amount): V1.Amount {
  return { bytes: a.bytes, objects: a.objects };
}

function findingRef(f: FindingRef): V1.FindingRef {
  const out: V1.FindingRef = { key: f.key, kind: f.kind, pkg: f.pkg, func: f.func, pos: pos(f.pos), message: f.message };
  if (f.cause !== undefined) out.cause = f.cause;
  return out;
}

function site(s: ObservedSite): V1.ObservedSite {
  const out: V1.ObservedSite = {
    pkg: s.pkg,
    func: s.func,
    file: s.file,
    line: s.line,
    bytes: s.bytes,
    objects: s.objects,
    share: finite(s.share),
    samples: s.samples,
    via: [...s.via],
    runtimeFuncs: [...s.runtimeFuncs],
    inlined: [...s.inlined],
    inlinedAt: s.inlinedAt.map((a) => ({ pkg: a.pkg, func: a.func, file: a.file, line: a.line, findings: a.findings.map(findingRef) })),
    findings: s.findings.map(findingRef),
    reason: s.reason,
  };
  if (s.initFile !== undefined) out.initFile = s.initFile;
  return out;
}

export function profileJoin(j: ProfileJoin): V1.ProfileJoin {
  return {
    total: { bytes: j.total.bytes, objects: j.total.objects, samples: j.total.samples },
    inPackages: amount(j.inPackages),
    predicted: amount(j.predicted),
    unpredicted: amount(j.unpredicted),
    outside: amount(j.outside),
    accountedBytesShare: finite(j.accountedBytesShare),
    predictedBytesShare: finite(j.predictedBytesShare),
    ranking: j.ranking.map(site),
    unpredictedSites: j.unpredictedSites.map(site),
    unexercised: j.unexercised.map(findingRef),
  };
}

export function benchDocument(r: BenchReport): V1.BenchDocument {
  const out: V1.BenchDocument = {
    benchVersion: 2,
    tool: 'goescape bench',
    mode: r.mode,
    head: side(r.head),
    config: { ...r.config },
    alpha: r.alpha,
    benchmarks: r.benchmarks.map(comparison),
    gates: [...r.gates],
    regressions: r.regressions.map(regression),
    notes: [...r.notes],
  };
  if (r.base) out.base = side(r.base);
  if (r.count !== undefined) out.count = r.count;
  if (r.benchtime !== undefined) out.benchtime = r.benchtime;
  if (r.profile) out.profile = profileJoin(r.profile);
  if (r.order) out.order = r.order.map((o) => ({ round: o.round, side: o.side, pkg: o.pkg }));
  return out;
}

/** `bench --format json`. */
export function renderBenchJson(r: BenchReport): string {
  return jsonText(benchDocument(r));
}

export function profileDocument(r: ProfileReport): V1.ProfileDocument {
  return { profileVersion: 1, tool: 'goescape profile', profiles: [...r.profiles], packages: [...r.packages], join: profileJoin(r.join) };
}

/** `profile --format json`. */
export function renderProfileJson(r: ProfileReport): string {
  return jsonText(profileDocument(r));
}

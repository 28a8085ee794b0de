/**
 * The findings of a real analysis are plain data: chains, causes, callees
 * and explanations' flows are values set by the pipeline, not accessors
 * that work them out when read. So a finding survives a JSON round trip
 * unchanged, and what is read (and in which order) changes nothing.
 * Analyses run the real go: the demo module, and encoding/json of the
 * standard library (leaks with inlined copies, closures, generic code).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

import { analyzePackages, type AnalyzeOptions } from '../../src/pipeline/analyze.js';
import { buildChain, explanationSteps } from '../../src/analyze/explain.js';
import type { ChainStep, Finding } from '../../src/model/finding.js';
import { isHeapKind, isLeakKind } from '../../src/model/kinds.js';
import type { AnalysisResult } from '../../src/model/result.js';
import { renderAnalysisJson as renderJson } from '../../src/report/json/analysis.js';
import { renderText } from '../../src/report/text.js';
import { DEMO, requireGo } from '../helpers/go.js';

const runs = new Map<string, Promise<AnalysisResult>>();

/** One analysis per case and options; `fresh` for one no other test has read. */
function analysis(name: 'demo' | 'std', extra: AnalyzeOptions = {}, fresh = false): Promise<AnalysisResult> {
  requireGo();
  const env = { ...process.env, GOTOOLCHAIN: 'local', GOFLAGS: '' };
  const options: AnalyzeOptions =
    name === 'demo'
      ? { cwd: DEMO, env, ...extra }
      : { cwd: join(execFileSync('go', ['env', 'GOROOT'], { encoding: 'utf8', env }).trim(), 'src'), patterns: ['encoding/json'], env, ...extra };
  const key = JSON.stringify([name, extra]);
  if (fresh) return analyzePackages(options);
  let r = runs.get(key);
  if (!r) runs.set(key, (r = analyzePackages(options)));
  return r;
}

/**
 * Where `value` is not plain data: accessors, prototypes other than
 * Object's and Array's (buffers, class instances), functions, undefined
 * values. A position's `column` is the one field that may be undefined
 * (positions are made with every field, for one object shape).
 */
function notPlain(value: unknown, path: string, out: string[]): void {
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return;
  if (typeof value !== 'object') {
    out.push(`${path}: ${typeof value}`);
    return;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== Array.prototype) {
    out.push(`${path}: an instance of ${proto?.constructor?.name ?? 'null'}`);
    return;
  }
  for (const [k, d] of Object.entries(Object.getOwnPropertyDescriptors(value))) {
    if (Array.isArray(value) && k === 'length') continue;
    if (d.get || d.set) out.push(`${path}.${k}: an accessor`);
    else if (!d.enumerable) out.push(`${path}.${k}: not enumerable`);
    else if (d.value === undefined) {
      if (k !== 'column') out.push(`${path}.${k}: undefined`);
    } else notPlain(d.value, `${path}.${k}`, out);
  }
}

/** A deep copy of a finding without the `column: undefined` of positions that have no column (JSON leaves them out). */
function withoutUndefinedColumns<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutUndefinedColumns) as T;
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (!(k === 'column' && v === undefined)) out[k] = withoutUndefinedColumns(v);
  return out as T;
}

const explained = (f: Finding) => isHeapKind(f.kind) || isLeakKind(f.kind);

/** A chain step as the compiler printed it: a placed step of inlined code back at the call that inlined it. */
function asPrinted(s: ChainStep): ChainStep {
  if (!s.inline) return s;
  const { inline, ...rest } = s;
  return { ...rest, pos: inline[0]!.pos };
}

for (const name of ['demo', 'std'] as const) {
  test(`${name}: every finding is plain data and survives a JSON round trip unchanged`, async () => {
    const r = await analysis(name);
    const heap = r.findings.filter((f) => isHeapKind(f.kind));
    const leaks = r.findings.filter((f) => isLeakKind(f.kind));
    assert.ok(heap.length > 5 && leaks.length > 5, `${heap.length} heap escapes, ${leaks.length} leaks`);
    // The values the accessors used to work out on read are there as data.
    for (const f of [...heap, ...leaks]) {
      assert.ok(Object.getOwnPropertyDescriptor(f, 'cause')?.value, `${f.key}: cause`);
      // The chain is the explanations' steps, a step of inlined code placed at its own line (`inline` says through which calls).
      if (f.explanations.length > 0) assert.deepEqual(Object.getOwnPropertyDescriptor(f, 'chain')?.value.map(asPrinted), buildChain(f), `${f.key}: chain`);
    }
    assert.ok(
      leaks.some((f) => f.details.callee !== undefined),
      'a leak names its callee',
    );
    assert.ok(
      r.findings.some((f) => explained(f) && f.inlinedSites),
      'findings with inlined copies',
    );
    for (const f of r.findings) {
      const problems: string[] = [];
      notPlain(f, f.key, problems);
      assert.deepEqual(problems, [], `${f.key}: not plain data`);
      assert.deepStrictEqual(JSON.parse(JSON.stringify(f)), withoutUndefinedColumns(f));
    }
  });

  test(`${name}: chains list each step once, and each explanation's path is its own steps in order`, async () => {
    const r = await analysis(name);
    let multi = 0;
    const id = (s: object) => JSON.stringify(s);
    for (const f of r.findings) {
      if (!f.chain) continue;
      const ids = f.chain.map(id);
      assert.equal(new Set(ids).size, ids.length, `${f.key}: a step repeated in ${ids.join('\n')}`);
      const withSteps = f.explanations.filter((e) => e.flows.length > 0);
      if (withSteps.length < 2) {
        assert.equal(f.chainPaths, undefined, `${f.key}: one explanation, no paths`);
        continue;
      }
      multi++;
      const paths = f.chainPaths!;
      assert.equal(paths.length, withSteps.length, `${f.key}: a path per explanation`);
      withSteps.forEach((e, i) => {
        const own = [...new Set(explanationSteps(e).map(id))];
        assert.deepEqual(
          paths[i]!.map((k) => ids[k]),
          own,
          `${f.key}: path ${i + 1} is explanation ${i + 1}'s steps`,
        );
      });
    }
    if (name === 'std') assert.ok(multi > 0, 'findings with several explanations');
  });

  test(`${name}: reading the findings, in any order, changes nothing`, async () => {
    const [a, b] = [await analysis(name, {}, true), await analysis(name, {}, true)];
    const before = renderJson(a);
    assert.equal(renderJson(b), before, 'two analyses of the same code are equal');
    // On a: leaks first, each one's callee before its cause; on b: from the last finding back, each field the other way round.
    const fields = ['callee', 'cause', 'chain', 'chainPaths', 'explanations'] as const;
    const readAll = (findings: Finding[], order: readonly (typeof fields)[number][]) => {
      const seen = new Map<string, string | undefined>();
      for (const f of findings) for (const k of order) seen.set(`${f.key} ${k}`, JSON.stringify(k === 'callee' ? f.details.callee : f[k]));
      return seen;
    };
    const seenA = readAll([...a.findings.filter((f) => !isHeapKind(f.kind)), ...a.findings.filter((f) => isHeapKind(f.kind))], fields);
    const seenB = readAll([...b.findings].reverse(), [...fields].reverse());
    assert.deepStrictEqual(seenB, seenA);
    assert.equal(renderJson(a), before, 'reads left the findings as they were');
    assert.equal(renderJson(b), before);
  });

  test(`${name}: keys false leaves every key empty, and nothing else`, async () => {
    const [full, lean] = [await analysis(name), await analysis(name, { keys: false })];
    assert.equal(lean.findings.length, full.findings.length);
    assert.equal(renderText(lean), renderText(full), 'the text report is the same');
    assert.equal(
      renderText(lean, { filter: { only: ['heap', 'leaks'] }, byCause: true }),
      renderText(full, { filter: { only: ['heap', 'leaks'] }, byCause: true }),
    );
    assert.ok(
      full.findings.every((f) => f.key !== ''),
      'a key for every finding by default',
    );
    const keyless = (f: Finding) => ({ ...f, key: '', ...(f.inlinedSites ? { inlinedSites: f.inlinedSites.map(({ key: _k, ...s }) => s) } : {}) });
    lean.findings.forEach((f, i) => assert.deepStrictEqual(f, keyless(full.findings[i]!)));
  });

  test(`${name}: nameWrappers false leaves generated code's wrapped method unnamed, and nothing else`, async () => {
    const [full, lean] = [await analysis(name), await analysis(name, { nameWrappers: false })];
    assert.equal(renderText(lean), renderText(full), 'the text report lists no generated code by default');
    let named = 0;
    lean.findings.forEach((f, i) => {
      const g = full.findings[i]!;
      if (g.wraps !== undefined) named++;
      assert.equal(f.wraps, undefined);
      const unnamed = (x: Finding) => {
        const { wraps: _w, ...rest } = x;
        return { ...rest, ...(x.inlinedSites ? { inlinedSites: x.inlinedSites.map(({ wraps: _s, ...site }) => site) } : {}) };
      };
      assert.deepStrictEqual(unnamed(f), unnamed(g));
    });
    if (name === 'std') assert.ok(named > 0, 'by default, generated code names the method it wraps');
  });

  test(`${name}: placeInlinedSteps false leaves steps at the call the compiler printed, and nothing else`, async () => {
    const [full, lean] = [await analysis(name), await analysis(name, { placeInlinedSteps: false })];
    assert.equal(renderText(lean), renderText(full), 'the text report is the same');
    let placed = 0;
    lean.findings.forEach((f, i) => {
      const g = full.findings[i]!;
      // A placed step has the callee's line and says through which call it got there; unplaced, the compiler's.
      const unplaced = (x: Finding) => (x.chain ? { ...x, chain: x.chain.map(asPrinted) } : x);
      placed += (g.chain ?? []).filter((s) => s.inline).length;
      assert.ok(!(f.chain ?? []).some((s) => s.inline), `${f.key}: no step placed`);
      assert.deepStrictEqual(unplaced(f), unplaced(g));
    });
    if (name === 'std') assert.ok(placed > 0, 'by default, some steps are placed in the callee');
  });

  test(`${name}: explainLeaks false leaves out leaks' explanations (but generated code's, which name the method it wraps), chains and causes, and nothing else`, async () => {
    const [full, lean] = [await analysis(name), await analysis(name, { explainLeaks: false })];
    assert.equal(lean.findings.length, full.findings.length);
    assert.equal(renderText(lean), renderText(full), 'the text report is the same');
    assert.equal(
      renderText(lean, { filter: { only: ['heap', 'leaks'] }, byCause: true }),
      renderText(full, { filter: { only: ['heap', 'leaks'] }, byCause: true }),
    );
    assert.deepEqual(lean.summary, full.summary);
    lean.findings.forEach((f, i) => {
      const g = full.findings[i]!;
      if (!isLeakKind(f.kind)) {
        // Without leaks' chains, a step of inlined code that only a leak of the callee places stays at its call.
        const printed = (x: Finding) => (x.chain ? { ...x, chain: x.chain.map(asPrinted) } : x);
        assert.deepStrictEqual(printed(f), printed(g));
        return;
      }
      assert.deepEqual(f.explanations, f.pos.file === '<autogenerated>' ? g.explanations : []);
      assert.equal(f.chain, undefined);
      assert.equal(f.chainPaths, undefined);
      assert.equal(f.cause, undefined);
      const {
        explanations: _e,
        chain: _c,
        chainPaths: _p,
        cause: _k,
        details: { callee: _d, ...details },
        ...rest
      } = g;
      const { explanations: _e2, details: details2, ...rest2 } = f;
      assert.deepStrictEqual(rest2, rest, f.key);
      assert.deepStrictEqual(details2, details, f.key);
    });
  });
}

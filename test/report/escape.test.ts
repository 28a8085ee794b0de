/**
 * The escaping helpers (src/report/escape.ts), and every renderer fed
 * hostile names: text, explain, gate text, GitHub, Markdown, bench and
 * profile output must be inert (test/helpers/hostile.ts assertInert), the
 * JSON the same value. The end-to-end test (test/e2e/hostile-names.test.ts)
 * does the same with the real go; this covers the renderers it cannot reach
 * (bench and profile names come from go test's output and profiles).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { evaluateGate } from '../../src/gate/evaluate.js';
import { makeBaseline } from '../../src/gate/baseline.js';
import { defaultConfig } from '../../src/gate/config.js';
import type { ProfileJoin } from '../../src/bench/profile-join.js';
import { renderBenchMarkdown, renderBenchText, type BenchReport } from '../../src/report/bench.js';
import { renderBenchJson } from '../../src/report/json/bench.js';
import { commandData, commandProperty, jsonSafe, mdCell, mdCode, terminalLine, visible } from '../../src/report/escape.js';
import { renderExplainText } from '../../src/report/explain.js';
import { renderGateText } from '../../src/report/gate-text.js';
import { renderGithub } from '../../src/report/github.js';
import { renderGateMarkdown } from '../../src/report/markdown.js';
import { renderProfileMarkdown, renderProfileText } from '../../src/report/profile.js';
import { renderText } from '../../src/report/text.js';
import { finding, result } from '../helpers/gate-fixtures.js';
import { assertInert, HOSTILE_NAMES } from '../helpers/hostile.js';

const OWN_ANNOTATION = /^::(error|notice) (file=[^,:]*,line=\d+,col=\d+,)?title=goescape%3A [^:]*::/;

test('visible: control, DEL, C1 and bidi characters become escapes; other text is untouched', () => {
  assert.equal(visible('a\nb\rc\td'), 'a\\nb\\rc\\td');
  assert.equal(visible('\x1b]8;;x\x07'), '\\x1b]8;;x\\x07');
  assert.equal(visible('\x00\x7f\u0085\u009b'), '\\x00\\x7f\\u0085\\u009b');
  assert.equal(visible('\u202e\u2066\u2069\u200f\u061c\u2028'), '\\u202e\\u2066\\u2069\\u200f\\u061c\\u2028');
  const plain = 'ünïcödé 变量 𝔥 ← (*T).M';
  assert.equal(visible(plain), plain);
});

test('terminalLine: no workflow command survives, at the start (after white space) or, legacy, anywhere', () => {
  assert.equal(terminalLine('::error::x'), '\\x3a:error::x');
  assert.equal(terminalLine('  \u3000::warning::x'), '  \u3000\\x3a:warning::x');
  assert.equal(terminalLine('\u0085::error::x'), '\\u0085::error::x'); // NEL is escaped, so the line starts with a backslash
  assert.equal(terminalLine('a ##[error]b ##[stop-commands]c'), 'a #\\x23[error]b #\\x23[stop-commands]c');
  assert.equal(terminalLine('x.go:1:2: a::b'), 'x.go:1:2: a::b');
  for (const name of HOSTILE_NAMES) {
    const once = terminalLine(`${name}.go:4:17: moved to heap: s`);
    assert.equal(terminalLine(once), once, 'idempotent');
    assertInert(once, JSON.stringify(name));
  }
});

test('mdCode and mdCell: pipes, backticks, markup and control characters stay inside the cell', () => {
  assert.equal(mdCode('a``b'), '```a``b```');
  assert.equal(mdCode('x\ny|z'), '`x\\ny\\|z`');
  assert.equal(mdCode('##[error]'), '`#\\x23[error]`');
  assert.equal(mdCell('<img src=x onerror=alert(1)>'), '\\<img src=x onerror=alert(1)\\>');
  assert.equal(mdCell('a\x1b[2Jb'), 'a\\\\x1b\\[2Jb');
  assert.equal(mdCell('`code` & ~strike~ #1 !x'), '\\`code\\` \\& \\~strike\\~ \\#1 \\!x');
});

test('workflow command values: percent-encoding for what the runner decodes, escapes for the rest', () => {
  assert.equal(commandData('50%\r\n::error::x\x1b'), '50%25%0D%0A::error::x\\x1b');
  assert.equal(commandProperty('a:b,c\n'), 'a%3Ab%2Cc%0A');
});

test('jsonSafe: the same value, with nothing a terminal acts on left raw', () => {
  const value = { names: HOSTILE_NAMES, s: 'x ##[error] \u2028 \u009b \x7f' };
  const text = jsonSafe(JSON.stringify(value, null, 2));
  assert.deepEqual(JSON.parse(text), value);
  assertInert(text, 'json');
  const plain = JSON.stringify({ a: 'b' });
  assert.equal(jsonSafe(plain), plain);
});

function hostileFindings() {
  return HOSTILE_NAMES.map((name, i) =>
    finding({
      kind: 'moved-to-heap',
      subject: 's',
      func: `F${i}`,
      message: 'moved to heap: s',
      cause: 'returned-address',
      pos: { file: `${name}.go`, line: 4, column: 17 },
      chain: [{ op: 'address-of', where: `&s ${name}`, into: '~r0', pos: { file: `${name}.go`, line: 4, column: 30 } }],
    }),
  );
}

test('text, explain, gate text, GitHub and Markdown reports of hostile findings are inert', () => {
  const findings = hostileFindings();
  const r = result(findings);
  r.summary.unrecognized = HOSTILE_NAMES.map((name, i) => ({ pkg: 'example.com/m', line: i + 1, text: `${name}.go:1: ?`, reason: 'unknown message' }));
  assertInert(renderText(r), 'text');
  assertInert(renderText(r, { color: true }).replace(/\x1b\[\d+m/g, ''), 'text in colour, but for its own colours');
  assertInert(
    renderExplainText({ query: HOSTILE_NAMES[0]!, findings, nearest: [] }, { lineText: () => `\tsrc \x1b[2J\r::error::x ${HOSTILE_NAMES[2]}` }),
    'explain',
  );
  assertInert(renderExplainText({ query: `${HOSTILE_NAMES[0]}.go:9`, findings: [], nearest: findings }), 'explain, nothing there');
  const gate = evaluateGate({ result: r, config: defaultConfig(), baseline: makeBaseline(result([])), directives: new Map() });
  assert.equal(gate.violations.length, HOSTILE_NAMES.length);
  assertInert(renderGateText(gate, findings), 'gate text');
  assertInert(renderGithub(gate), 'github', OWN_ANNOTATION);
  assertInert(renderGateMarkdown(gate), 'markdown');
});

test('bench and profile reports of hostile benchmark names, labels and functions are inert', () => {
  const summary = { unit: 'ns/op', values: [1, 2], median: 1.5, lo: 1, hi: 2, halfWidth: 0.03, n: 2 };
  const report: BenchReport = {
    tool: 'goescape bench',
    mode: 'base',
    base: { label: HOSTILE_NAMES[0]! },
    head: { label: HOSTILE_NAMES[1]! },
    config: { goos: 'linux', goarch: 'amd64', cpu: HOSTILE_NAMES[2]! },
    alpha: 0.05,
    benchmarks: HOSTILE_NAMES.map((name) => ({
      pkg: `example.com/${name}`,
      name: `Benchmark${name}`,
      procs: 1,
      metrics: [{ unit: 'ns/op', base: summary, head: summary, delta: { percent: 0, p: 1, significant: false, spreadPercent: 3, verdict: 'no-change' } }],
    })),
    gates: ['allocs'],
    regressions: [{ pkg: HOSTILE_NAMES[3]!, name: HOSTILE_NAMES[4]!, unit: 'allocs/op', percent: 5, p: 0.01, gate: 'allocs' }],
    notes: [...HOSTILE_NAMES],
  };
  const site = (name: string) => ({
    pkg: 'example.com/m',
    func: `F${name}`,
    file: `${name}.go`,
    line: 4,
    share: 0.5,
    samples: 1,
    bytes: 64,
    objects: 1,
    via: [name],
    runtimeFuncs: [name],
    inlined: [name],
    inlinedAt: [{ pkg: 'example.com/m', func: name, file: `${name}.go`, line: 5, findings: [] }],
    findings: [],
    reason: 'in-callee' as const,
  });
  const join: ProfileJoin = {
    total: { bytes: 128, objects: 2, samples: 2 },
    inPackages: { bytes: 128, objects: 2 },
    predicted: { bytes: 64, objects: 1 },
    unpredicted: { bytes: 64, objects: 1 },
    outside: { bytes: 0, objects: 0 },
    accountedBytesShare: 1,
    predictedBytesShare: 0.5,
    ranking: HOSTILE_NAMES.map((n) => ({
      ...site(n),
      findings: [{ key: n, kind: 'moved-to-heap' as const, pkg: 'example.com/m', func: n, pos: { file: `${n}.go`, line: 4 }, message: `moved to heap: ${n}` }],
    })),
    unpredictedSites: HOSTILE_NAMES.map(site),
    unexercised: HOSTILE_NAMES.map((n) => ({
      key: n,
      kind: 'moved-to-heap' as const,
      pkg: 'example.com/m',
      func: n,
      pos: { file: `${n}.go`, line: 4 },
      message: `moved to heap: ${n}`,
    })),
  };
  report.profile = join;
  assertInert(renderBenchText(report), 'bench text');
  assertInert(renderBenchMarkdown(report), 'bench markdown');
  assertInert(renderBenchJson(report), 'bench json');
  assertInert(renderProfileText(join), 'profile text');
  assertInert(renderProfileMarkdown(join), 'profile markdown');
});

/**
 * The declared JSON documents (src/report/json/schema-v1.ts): every field of
 * every interface is documented in docs/json-schema.md, and the docs name no
 * field the declarations lack; what the renderers write validates against
 * the declarations (a strict JSON Schema made from them) with keys in the
 * declared order, for every document, on inputs with every optional part;
 * the demo's recorded `analyze --verify -f json` output validates too.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { Ajv } from 'ajv';
import { compareBenchResults, findRegressions, parseFailOn, splitPairs } from '../../../src/bench/compare.js';
import type { ProfileJoin } from '../../../src/bench/profile-join.js';
import { makeBaseline } from '../../../src/gate/baseline.js';
import { defaultConfig } from '../../../src/gate/config.js';
import { diffResults } from '../../../src/gate/diff.js';
import { evaluateGate } from '../../../src/gate/evaluate.js';
import { parseBenchOutput } from '../../../src/parse/bench.js';
import type { BenchReport } from '../../../src/report/bench.js';
import { analysisDocument } from '../../../src/report/json/analysis.js';
import { benchDocument, profileDocument } from '../../../src/report/json/bench.js';
import { explainDocument } from '../../../src/report/json/explain.js';
import { checkDocument, diffDocument } from '../../../src/report/json/gate.js';
import { finding, result } from '../../helpers/gate-fixtures.js';
import { allFields, declaredInterfaces, jsonSchemaOf, keyOrderProblems } from '../../helpers/declared-schema.js';

const DOCS = new URL('../../../../docs/json-schema.md', import.meta.url);
const GOLDEN_ANALYSIS = new URL('../../../../test/golden/demo/analyze.json', import.meta.url);
const BENCH_CAPTURE = new URL('../../../../test/captures/bench/sample-go1.26.txt', import.meta.url);

const known = declaredInterfaces();

/** docs/json-schema.md's sections: each `### \`Name\`` heading with the field names its table's first column lists. */
function documentedFields(): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  let current: Set<string> | undefined;
  for (const line of readFileSync(DOCS, 'utf8').split('\n')) {
    const heading = /^#{2,4} (.*)$/.exec(line);
    if (heading) {
      const name = /^`(\w+)`$/.exec(heading[1]!.trim());
      current = name ? new Set() : undefined;
      if (name) out.set(name[1]!, current!);
      continue;
    }
    const row = /^\| ([^|]*) \|/.exec(line);
    if (!current || !row || /^-+$|^Field$/.test(row[1]!.trim())) continue;
    for (const m of row[1]!.matchAll(/`(\w+)`/g)) current.add(m[1]!);
  }
  return out;
}

test('every declared interface has its section in docs/json-schema.md, listing exactly its own fields', () => {
  assert.ok(known.size >= 40, `schema-v1.ts declares ${known.size} interfaces`);
  const documented = documentedFields();
  for (const [name, i] of known) {
    const listed = documented.get(name);
    assert.ok(listed, `docs/json-schema.md has no section "### \`${name}\`"`);
    const declared = i.fields.map((f) => f.name).sort();
    assert.deepEqual([...listed].sort(), declared, `the fields of ${name} in docs/json-schema.md`);
  }
  for (const name of documented.keys()) assert.ok(known.has(name), `docs/json-schema.md documents ${name}, which schema-v1.ts does not declare`);
});

test('the drift check sees a field missing from the docs (it can fail)', () => {
  const documented = documentedFields();
  const finding = documented.get('Finding')!;
  assert.ok(finding.has('inlinedSites'));
  finding.delete('inlinedSites');
  assert.notDeepEqual(
    [...finding].sort(),
    known
      .get('Finding')!
      .fields.map((f) => f.name)
      .sort(),
  );
});

const ajv = new Ajv({ strict: true, allErrors: true });
const validators = new Map<string, ReturnType<Ajv['compile']>>();

/** Asserts `doc` is a valid `root` with its keys in the declared order. */
function assertDeclared(doc: unknown, root: string): void {
  let validate = validators.get(root);
  if (!validate) validators.set(root, (validate = ajv.compile(jsonSchemaOf(root, known))));
  // What a consumer reads: the document through JSON, as written.
  const read = JSON.parse(JSON.stringify(doc)) as unknown;
  assert.ok(validate(read), `${root}: ${ajv.errorsText(validate.errors)}`);
  assert.deepEqual(keyOrderProblems(read, root, known), []);
}

test('the validator made from the declarations is strict: an undeclared field, a missing one or a wrong type fails', () => {
  const doc = analysisDocument(result([finding({ kind: 'moved-to-heap', subject: 'x' })]));
  assertDeclared(doc, 'AnalysisDocument');
  const validate = validators.get('AnalysisDocument')!;
  const copy = () => JSON.parse(JSON.stringify(doc)) as Record<string, unknown> & { findings: Record<string, unknown>[] };
  const extra = copy();
  extra.findings[0]!.undeclared = 1;
  assert.equal(validate(extra), false);
  const missing = copy();
  delete missing.findings[0]!.key;
  assert.equal(validate(missing), false);
  const wrong = copy();
  wrong.schemaVersion = 2;
  assert.equal(validate(wrong), false);
  const reordered = copy();
  const { key, ...rest } = reordered.findings[0]!;
  reordered.findings[0] = { ...rest, key };
  assert.notDeepEqual(keyOrderProblems(reordered, 'AnalysisDocument', known), []);
});

/** A result with every optional part: module, frames, verification, diff and profile summaries, every optional finding field. */
function fullResult() {
  const pos = { file: 'a.go', line: 3, column: 4 };
  const heap = finding({
    kind: 'moved-to-heap',
    subject: 'x',
    pos,
    cause: 'returned-address',
    outputLines: 3,
    inlinedFrom: 'example.com/m.G',
    wraps: 'T.M',
    inlinedSites: [
      {
        pos,
        pkg: 'example.com/m',
        kind: 'moved-to-heap',
        raw: 'moved to heap: x',
        func: 'H',
        key: 'k@H',
        inline: [{ callee: 'example.com/m.F', pos }],
        verification: { status: 'ambiguous', reason: 'r' },
        wraps: 'T.M',
      },
    ],
    chain: [{ op: 'address-of', where: '&x', into: '~r0', pos, inline: [{ callee: 'example.com/m.G', pos }] }],
    chainPaths: [[0]],
    verification: { status: 'allocates', runtimeFunc: 'runtime.newobject', type: 'int', size: 8, class: 'may-allocate', condition: 'map-growth' },
    profile: { bytes: 64, objects: 8, share: 0.5 },
    explanations: [
      {
        header: 'leaks',
        sink: '~r0',
        derefs: 0,
        func: 'F',
        truncated: true,
        flows: [{ dst: '~r0', src: 'x', derefs: -1, notes: [{ where: '&x', why: 'address-of', pos }] }],
      },
    ],
    details: {
      fromExplanation: true,
      callee: 'f',
      reason: 'r',
      cost: 1,
      budget: 2,
      body: 'b',
      score: 3,
      concrete: 'T',
      capture: 'ref',
      addr: true,
      assign: false,
      width: 8,
      runtimeFunc: 'runtime.newobject',
      why: 'w',
      type: 't',
      class: 'may-allocate',
      condition: 'append-growth',
      calleePath: ['example.com/m.G', 'runtime.newobject'],
      unconditional: true,
      inline: [{ callee: 'example.com/m.G', pos }],
      result: '~r0',
      level: 0,
      caller: 'g',
      signature: 's',
    },
  });
  const r = result([heap, finding({ kind: 'does-not-escape', subject: 'y', func: '' })], {
    module: { path: 'example.com/m', root: '/m' },
    frames: [{ func: 'F', pkg: 'example.com/m', symbol: 'example.com/m.F', frameBytes: 16384, argBytes: 8, flags: ['ABIInternal'], pos }],
    verification: {
      heapEscapes: 1,
      allocates: 1,
      noAllocation: 0,
      unverified: 0,
      ambiguous: 0,
      allocatesWithoutEscape: 0,
      byClass: { allocates: 1 },
      byCondition: { 'map-growth': 1 },
      allocCalls: 1,
      functions: 1,
      framesOverLimit: 1,
      frameLimit: 8192,
      command: ['go', 'build', '-gcflags=-S'],
      callees: {
        staticCalls: 2,
        allocating: 1,
        unconditional: 1,
        unknown: 1,
        unknownCalls: [{ pkg: 'example.com/m', func: 'F', pos, inline: [{ callee: 'example.com/m.G', pos }] }],
        summarized: 3,
        packagesCached: 1,
        packagesCompiled: 1,
        command: ['go', 'list', '-gcflags=-S', 'fmt'],
      },
    },
    diff: { baseRev: 'main', headRev: 'working tree', baseFindings: 1, headFindings: 2, added: 1, removed: 0, changed: 0, unchanged: 1 },
    profile: { profiles: ['mem.pprof'], totalBytes: 128, inPackagesBytes: 64, predictedBytes: 64, unpredictedBytes: 0, predictedBytesShare: 1 },
  });
  r.packages.push({
    path: 'example.com/m/t',
    desc: 'example.com/m/t [example.com/m/t.test]',
    variant: 'test',
    status: 'failed',
    errors: ['t.go:1:1: bad'],
    lines: 2,
    findings: 0,
    heapEscapes: 0,
  });
  r.summary.packages.notBuilt = 0;
  r.summary.byKind = { 'moved-to-heap': 1 };
  r.summary.byCause = { 'returned-address': 1 };
  r.summary.heapSites = 2;
  r.summary.sitesByCause = { 'returned-address': 2 };
  r.summary.unrecognized = [{ pkg: 'example.com/m', line: 7, text: '??', reason: 'unknown message' }];
  return r;
}

test('the analysis document of a result with every optional part is the declared AnalysisDocument', () => {
  const doc = analysisDocument(fullResult());
  assertDeclared(doc, 'AnalysisDocument');
  // Every optional field of a finding is there: the check above covered each.
  const written = Object.keys(doc.findings[0]!);
  assert.deepEqual(
    written,
    allFields('Finding', known).map((f) => f.name),
  );
  assert.deepEqual(
    Object.keys(doc.findings[0]!.details),
    allFields('FindingDetails', known).map((f) => f.name),
  );
});

test('the check, diff and explain documents are the declared ones', () => {
  const base = fullResult();
  const head = fullResult();
  head.findings.push(finding({ kind: 'escapes-to-heap', subject: 'z', pos: { file: 'b.go', line: 9 }, cause: 'interface-conversion' }));
  const baseline = makeBaseline(base);
  const config = defaultConfig();
  config.rules.budgets = { 'example.com/m': 0 };
  config.rules.maxFrameBytes = 1024;
  const gate = evaluateGate({ result: head, config, baseline, directives: new Map() });
  assert.ok(gate.violations.some((v) => v.rule === 'frame-size') && gate.violations.some((v) => v.rule === 'budget') && gate.violations.some((v) => v.finding));
  const t = { goVersion: 'go1.26.8', goos: 'linux', goarch: 'amd64', goexperiment: '', compilerFlags: ['-m=2'] };
  assertDeclared(checkDocument({ toolchain: t, gate, baseline: { file: 'goescape-baseline.json', toolchain: t } }), 'CheckDocument');
  assertDeclared(checkDocument({ toolchain: t, gate }), 'CheckDocument');

  const d = diffResults(base, head, { base: 'main', head: 'working tree' });
  assert.ok(d.added.length > 0);
  assertDeclared(diffDocument(d), 'DiffDocument');

  assertDeclared(explainDocument({ query: 'a.go:3', findings: head.findings.slice(0, 1), nearest: [] }), 'ExplainDocument');
  assertDeclared(explainDocument({ query: 'a.go:1', findings: [], nearest: head.findings }), 'ExplainDocument');
});

test('the bench and profile documents are the declared ones, in every mode, with non-finite numbers as null', () => {
  const parsed = parseBenchOutput(readFileSync(BENCH_CAPTURE, 'utf8'));
  // Six runs of each (the capture's three, twice), so a delta can be significant; a base twice as fast.
  const head = [...parsed.results, ...parsed.results];
  const twice = (m: Record<string, number>) => Object.fromEntries(Object.entries(m).map(([u, v]) => [u, v / 2]));
  const base = head.map((r) => ({ ...r, metrics: twice(r.metrics), values: r.values.map((x) => ({ ...x, value: x.value / 2 })) }));
  const gates = ['allocs', 'time:5%'].map((s) => parseFailOn(s)!);
  const single = compareBenchResults(undefined, parsed.results);
  const vsBase = compareBenchResults(base, head);
  const split = splitPairs(head, 'before', 'after');
  const pair = compareBenchResults(split.base, split.head);
  const join: ProfileJoin = {
    total: { bytes: 0, objects: 0, samples: 0 },
    inPackages: { bytes: 0, objects: 0 },
    predicted: { bytes: 0, objects: 0 },
    unpredicted: { bytes: 0, objects: 0 },
    outside: { bytes: 0, objects: 0 },
    accountedBytesShare: NaN,
    predictedBytesShare: NaN,
    ranking: [
      {
        pkg: 'example.com/m',
        func: 'F',
        file: 'a.go',
        line: 3,
        bytes: 0,
        objects: 0,
        share: NaN,
        samples: 1,
        via: ['strconv.Itoa'],
        runtimeFuncs: ['runtime.newobject'],
        inlined: ['strings.(*Builder).grow'],
        initFile: 'resolved',
        reason: 'own-code',
        inlinedAt: [
          {
            pkg: 'example.com/m',
            func: 'G',
            file: 'b/a.go',
            line: 7,
            findings: [{ key: 'k', kind: 'moved-to-heap', pkg: 'example.com/m', func: 'F', pos: { file: 'a.go', line: 3 }, message: 'moved to heap: x' }],
          },
        ],
        findings: [
          {
            key: 'k',
            kind: 'moved-to-heap',
            pkg: 'example.com/m',
            func: 'F',
            pos: { file: 'a.go', line: 3 },
            message: 'moved to heap: x',
            cause: 'returned-address',
          },
        ],
      },
    ],
    unpredictedSites: [
      {
        pkg: 'example.com/m',
        func: 'H',
        file: 'a.go',
        line: 12,
        bytes: 8,
        objects: 1,
        share: NaN,
        samples: 1,
        via: [],
        runtimeFuncs: ['runtime.mapassign_faststr'],
        inlined: [],
        inlinedAt: [],
        findings: [],
        reason: 'map-growth',
      },
    ],
    unexercised: [
      { key: 'k2', kind: 'escapes-to-heap', pkg: 'example.com/m', func: 'G', pos: { file: 'a.go', line: 9, column: 2 }, message: 'y escapes to heap' },
    ],
  };
  const report = (mode: BenchReport['mode'], benchmarks: BenchReport['benchmarks']): BenchReport => ({
    tool: 'goescape bench',
    mode,
    head: { label: 'current', input: 'head.txt' },
    config: parsed.config,
    alpha: 0.05,
    benchmarks,
    gates: gates.map((g) => g.spec),
    regressions: findRegressions(benchmarks, gates),
    notes: ['a note'],
  });
  const withBase = { ...report('base', vsBase), base: { label: 'main', commit: '0123456789abcdef' }, count: 3, benchtime: '1x', profile: join };
  const docs = [benchDocument(report('single', single)), benchDocument(withBase), benchDocument({ ...report('pair', pair), base: { label: 'before' } })];
  for (const doc of docs) assertDeclared(doc, 'BenchDocument');
  const few = docs[0]!.benchmarks.flatMap((b) => b.metrics);
  assert.ok(
    few.some((m) => m.head?.warning),
    'a summary with a warning (3 runs)',
  );
  assert.ok(
    few.some((m) => m.head?.lo === null),
    'an infinite bound written as null',
  );
  const compared = docs[1]!.benchmarks.flatMap((b) => b.metrics);
  assert.ok(
    compared.some((m) => m.delta?.significant),
    'a significant delta',
  );
  assert.ok(
    compared.some((m) => m.delta?.note),
    'a delta with a note',
  );
  assert.ok(docs[1]!.regressions.length > 0, 'regressions');
  assert.equal(docs[1]!.profile?.predictedBytesShare, null);
  assertDeclared(profileDocument({ tool: 'goescape profile', profiles: ['mem.pprof'], packages: ['example.com/m'], join }), 'ProfileDocument');
});

test("the demo's recorded analysis (test/golden/demo/analyze.json, what analyze --verify -f json wrote) is the declared AnalysisDocument", () => {
  const golden = readFileSync(GOLDEN_ANALYSIS, 'utf8');
  const stdout = golden.slice(golden.indexOf('--- stdout\n') + '--- stdout\n'.length, golden.indexOf('--- stderr\n'));
  const doc = JSON.parse(stdout) as { findings: unknown[]; verification?: unknown };
  assert.ok(doc.findings.length > 100 && doc.verification, 'the whole demo, verified');
  assertDeclared(doc, 'AnalysisDocument');
});

/**
 * The accuracy scorer (src/bench/accuracy.ts) on small joins made here:
 * runs merged, classes read generically, reasons of misses from the
 * listing's calls. The end-to-end run on real go is test/e2e/accuracy.test.ts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  goescapePredictions,
  isModuleLibraryFile,
  observedLines,
  rawPredictions,
  scorePredictions,
  scoredPredictions,
  targetsOf,
} from '../../src/bench/accuracy.js';
import type { ObservedSite, ProfileJoin } from '../../src/bench/profile-join.js';

function site(file: string, line: number, bytes: number, extra: Partial<ObservedSite> = {}): ObservedSite {
  return {
    pkg: 'example.com/m',
    func: 'F',
    file,
    line,
    bytes,
    objects: 1,
    share: 0,
    samples: 1,
    via: [],
    runtimeFuncs: [],
    inlined: [],
    inlinedAt: [],
    findings: [],
    reason: 'own-code',
    ...extra,
  };
}

function join(sites: ObservedSite[]): ProfileJoin {
  const z = { bytes: 0, objects: 0 };
  return {
    total: { ...z, samples: 0 },
    inPackages: z,
    predicted: z,
    unpredicted: z,
    outside: z,
    accountedBytesShare: 1,
    predictedBytesShare: 0,
    ranking: [],
    unpredictedSites: sites,
    unexercised: [],
  };
}

test('runs are merged: a line that allocated in one run allocated; the call lines that inlined it count; test files do not', () => {
  const a = join([
    site('p/a.go', 3, 100, { inlinedAt: [{ pkg: 'example.com/m/q', func: 'G', file: 'q/b.go', line: 9, findings: [] }] }),
    site('p/a_test.go', 5, 50),
  ]);
  const b = join([
    site('p/a.go', 3, 100),
    site('p/a.go', 7, 10, { reason: 'in-callee', via: ['strconv.Itoa'] }),
    site('p/a.go', 1, 64, { func: 'init', initFile: 'unresolved' }),
  ]);
  const o = observedLines([a, b], isModuleLibraryFile);
  assert.deepEqual(
    o.lines.map((l) => `${l.file}:${l.line}:${l.runs}:${l.bytes}`),
    ['p/a.go:3:2:200', 'p/a.go:7:1:10', 'q/b.go:9:1:100'],
  );
  assert.equal(o.unstable, 2);
  // An init line pprof filed under a file it may not be in is left out, and counted.
  assert.deepEqual(o.unplaced, { lines: 1, bytes: 64 });
  assert.equal(o.lines.find((l) => l.line === 7)!.via, 'strconv.Itoa');
});

test('classes come from verification.class and details.class, conditions as sub-rows; no-allocation is no prediction', () => {
  const preds = goescapePredictions([
    {
      kind: 'escapes-to-heap',
      pos: { file: 'p/a.go', line: 3 },
      message: 'x escapes to heap',
      verification: { status: 'allocates', runtimeFunc: 'runtime.newobject', class: 'allocates' },
    },
    { kind: 'escapes-to-heap', pos: { file: 'p/a.go', line: 4 }, message: 'y escapes to heap', verification: { status: 'no-allocation' } },
    {
      kind: 'allocates-without-escape',
      pos: { file: 'p/a.go', line: 7 },
      message: 'append grows',
      details: { runtimeFunc: 'runtime.growslice', class: 'may-allocate', condition: 'append-growth' },
    },
    {
      kind: 'allocates-without-escape',
      pos: { file: 'p/a.go', line: 8 },
      message: 'map assignment',
      details: { runtimeFunc: 'runtime.mapassign_faststr', class: 'may-allocate', condition: 'map-growth' },
    },
    // A heap site whose copy inlined elsewhere verifies as may-allocate; the origin line is unverified.
    {
      kind: 'moved-to-heap',
      pos: { file: 'p/a.go', line: 9 },
      message: 'moved to heap: s',
      verification: { status: 'unverified' },
      inlinedSites: [
        {
          kind: 'moved-to-heap',
          pos: { file: 'p/b.go', line: 2 },
          raw: 'moved to heap: s',
          verification: { status: 'allocates', runtimeFunc: 'runtime.growslice', class: 'may-allocate', condition: 'append-growth' },
        },
      ],
    },
    // Without a class (an older analysis): a verified allocation is `allocates`.
    { kind: 'escapes-to-heap', pos: { file: 'p/a.go', line: 10 }, message: 'z escapes to heap', verification: { status: 'allocates' } },
    { kind: 'escapes-to-heap', pos: { file: 'p/a.go', line: 11 }, message: 'w escapes to heap', verification: { status: 'ambiguous' } },
  ]);
  assert.deepEqual(
    preds.map((p) => `${p.file}:${p.line}:${p.class}:${p.condition ?? ''}:${p.copy}`),
    [
      'p/a.go:3:allocates::false',
      'p/a.go:4:no-allocation::false',
      'p/a.go:7:may-allocate:append-growth:false',
      'p/a.go:8:may-allocate:map-growth:false',
      'p/a.go:9:unverified::false',
      'p/b.go:2:may-allocate:append-growth:true',
      'p/a.go:10:allocates::false',
      'p/a.go:11:ambiguous::false',
    ],
  );
  // Allocated: 3, 4 (a map assignment the analysis verified as no allocation), 8 (the map grew), 9, 11. Ran besides: 7, 10, b.go:2.
  const o = observedLines(
    [join([site('p/a.go', 3, 100), site('p/a.go', 4, 8), site('p/a.go', 8, 50), site('p/a.go', 9, 30), site('p/a.go', 11, 20)])],
    isModuleLibraryFile,
  );
  const ran = new Set(['p/a.go\x003', 'p/a.go\x004', 'p/a.go\x007', 'p/a.go\x008', 'p/a.go\x009', 'p/a.go\x0010', 'p/a.go\x0011', 'p/b.go\x002']);
  const s = scorePredictions('goescape', preds, o, ran, isModuleLibraryFile, {
    noAllocation: new Set(['p/a.go\x004']),
    callsAt: new Map([['p/a.go\x004', ['runtime.mapassign_faststr']]]),
  });
  const row = (c: { class: string; condition?: string; predicted: number; ran: number; allocated: number; precision: number | null }) =>
    `${c.class}${c.condition ? `/${c.condition}` : ''}:${c.allocated}/${c.ran}`;
  // A line is in its most certain class: the rows split `all`.
  assert.deepEqual(s.classes.map(row), [
    'allocates:1/2',
    'may-allocate:1/3',
    'may-allocate/append-growth:0/2',
    'may-allocate/map-growth:1/1',
    'ambiguous:1/1',
    'unverified:1/1',
  ]);
  assert.equal(row(s.all), 'all:4/7');
  // The allocation classes' recall leaves unverified and ambiguous lines out: 3 and 8 of the 5 lines that allocated.
  assert.equal(row(s.classed!), 'classes:2/5');
  assert.equal(s.classed!.recall, 2 / 5);
  assert.equal(s.classed!.bytesRecall, 150 / 208);
  assert.equal(s.all.recall, 4 / 5);
  assert.deepEqual(
    s.misses.map((m) => `${m.line}:${m.reason}:${m.via}`),
    ['4:map-growth:runtime.mapassign_faststr'],
  );
  assert.deepEqual(
    s.falsePositives.map((f) => `${f.file}:${f.line}:${f.reason}:${f.condition ?? ''}`),
    ['p/a.go:7:condition-not-met:append-growth', 'p/a.go:10:no-allocation-on-path:', 'p/b.go:2:condition-not-met:append-growth'],
  );
  assert.deepEqual(s.falsePositivesByCondition, { 'append-growth': 2 });
  const t = targetsOf(s);
  assert.deepEqual(
    t.map((x) => `${x.figure}:${x.value}:${x.met}`),
    ['allocates-precision:0.5:false', 'recall:0.4:false', `bytes-recall:${150 / 208}:false`, 'may-allocate-precision:0.3333333333333333:false'],
  );
});

test('a line with an allocates and a may-allocate prediction is an allocates line; an allocates-in-callee class adds its target', () => {
  const preds = goescapePredictions([
    { kind: 'escapes-to-heap', pos: { file: 'p/a.go', line: 3 }, message: 'x escapes to heap', verification: { status: 'allocates', class: 'allocates' } },
    { kind: 'allocates-without-escape', pos: { file: 'p/a.go', line: 3 }, message: 'append', details: { class: 'may-allocate', condition: 'append-growth' } },
    { kind: 'allocates-without-escape', pos: { file: 'p/a.go', line: 5 }, message: 'time.NewTimer', details: { class: 'allocates-in-callee' } },
  ]);
  const o = observedLines([join([site('p/a.go', 3, 100), site('p/a.go', 5, 10, { reason: 'in-callee', via: ['time.NewTimer'] })])], isModuleLibraryFile);
  const s = scorePredictions('goescape', preds, o, new Set(['p/a.go\x003', 'p/a.go\x005']), isModuleLibraryFile);
  assert.deepEqual(
    s.classes.map((c) => `${c.class}:${c.predicted}`),
    ['allocates:1', 'allocates-in-callee:1'],
  );
  assert.equal(s.classed!.recall, 1);
  const raw = scorePredictions(
    'raw -m',
    rawPredictions([{ file: 'p/a.go', line: 3, message: 'x escapes to heap' }]),
    o,
    new Set(['p/a.go\x003']),
    isModuleLibraryFile,
  );
  assert.equal(raw.classed, null);
  const t = targetsOf(s, raw);
  assert.deepEqual(
    t.map((x) => `${x.figure}:${x.value}:${x.met}:${x.raw}`),
    [
      'allocates-precision:1:true:1',
      'recall:1:true:0.5',
      'bytes-recall:1:true:0.9090909090909091',
      'may-allocate-precision:null:false:null',
      'allocates-in-callee-precision:1:true:null',
    ],
  );
});

test("a line where only a callee allocated confirms allocates-in-callee, not a claim about the line's own code", () => {
  // any.go-like: `var t = reflect2.TypeOfPtr(…).Elem()`: the type assertion inlined at the line is may-allocate, the allocation was TypeOf's.
  const preds = goescapePredictions([
    {
      kind: 'allocates-without-escape',
      pos: { file: 'p/a.go', line: 3 },
      message: 'typeAssert',
      details: { class: 'may-allocate', condition: 'type-assertion-cache' },
    },
    { kind: 'allocates-without-escape', pos: { file: 'p/a.go', line: 5 }, message: 'time.NewTimer', details: { class: 'allocates-in-callee' } },
  ]);
  const o = observedLines(
    [join([site('p/a.go', 3, 100, { reason: 'in-callee', via: ['reflect2.TypeOf'] }), site('p/a.go', 5, 10, { reason: 'in-callee', via: ['time.NewTimer'] })])],
    isModuleLibraryFile,
  );
  const s = scorePredictions('goescape', preds, o, new Set(), isModuleLibraryFile);
  assert.deepEqual(
    s.classes.filter((c) => !c.condition).map((c) => `${c.class}:${c.allocated}/${c.ran}`),
    ['may-allocate:0/1', 'allocates-in-callee:1/1'],
  );
  assert.deepEqual(
    s.misses.map((m) => `${m.line}:${m.reason}:${m.via}`),
    ['3:in-callee:reflect2.TypeOf'],
  );
  assert.deepEqual(
    s.falsePositives.map((f) => `${f.line}:${f.reason}`),
    ['3:callee-allocated'],
  );
  assert.equal(s.all.recall, 0.5);
  assert.equal(s.all.bytesRecall, 10 / 110);
});

test('a line whose callee allocated is predicted, over all classes, by an allocates-in-callee prediction beside a claim about its own code; calls into the module itself are not scored', () => {
  // `var t = reflect2.TypeOfPtr(…).Elem()`: the inlined `.(PtrType)` is may-allocate, the call into TypeOf allocates-in-callee.
  const findings = [
    {
      kind: 'allocates-without-escape',
      pos: { file: 'p/a.go', line: 3 },
      message: 'typeAssert',
      details: { class: 'may-allocate', condition: 'type-assertion-cache' },
    },
    {
      kind: 'allocates-without-escape',
      pos: { file: 'p/a.go', line: 3 },
      message: 'allocates inside r.TypeOf',
      details: { class: 'allocates-in-callee', callee: 'r.TypeOf' },
    },
    // A call into the module's own code: its callee's line has its own prediction.
    {
      kind: 'allocates-without-escape',
      pos: { file: 'p/a.go', line: 7 },
      message: 'allocates inside p.b',
      details: { class: 'allocates-in-callee', callee: 'example.com/p.b' },
    },
  ];
  const preds = scoredPredictions(goescapePredictions(findings), 'example.com/p');
  assert.deepEqual(
    preds.map((p) => `${p.line}:${p.class}:${p.callee ?? ''}`),
    ['3:may-allocate:', '3:allocates-in-callee:r.TypeOf'],
  );
  const o = observedLines([join([site('p/a.go', 3, 100, { reason: 'in-callee', via: ['r.TypeOf'] })])], isModuleLibraryFile);
  const s = scorePredictions('goescape', preds, o, new Set(['p/a.go\x007']), isModuleLibraryFile);
  // Scored under its class (may-allocate, the most certain), the line's own code did not allocate there…
  assert.deepEqual(
    s.classes.filter((c) => !c.condition).map((c) => `${c.class}:${c.allocated}/${c.ran}`),
    ['may-allocate:0/1'],
  );
  // …but the line is predicted: no miss, no false positive, full recall.
  assert.equal(s.misses.length, 0);
  assert.equal(s.falsePositives.length, 0);
  assert.equal(s.all.recall, 1);
  assert.equal(s.classed!.allocated, 1);
});

test("an inlined copy ran only when the inlined line ran too: the call line's coverage does not say which branch inside ran", () => {
  // reflect.go:160-like: `decoder = createDecoderOfAny(ctx, typ)` inlined; its `return &anyCodec{…}` (any.go:267) is on a branch.
  const preds = goescapePredictions([
    {
      kind: 'escapes-to-heap',
      pos: { file: 'p/any.go', line: 267 },
      message: '&anyCodec{...} escapes to heap',
      verification: { status: 'allocates', class: 'allocates' },
      inlinedSites: [
        {
          kind: 'escapes-to-heap',
          pos: { file: 'p/reflect.go', line: 160 },
          raw: '&anyCodec{...} escapes to heap',
          verification: { status: 'allocates', class: 'allocates' },
        },
        {
          kind: 'escapes-to-heap',
          pos: { file: 'p/reflect.go', line: 262 },
          raw: '&anyCodec{...} escapes to heap',
          verification: { status: 'allocates', class: 'allocates' },
        },
      ],
    },
  ]);
  assert.deepEqual(preds[1]!.origin, { file: 'p/any.go', line: 267 });
  const o = observedLines([join([])], isModuleLibraryFile);
  const s = scorePredictions('goescape', preds, o, new Set(['p/reflect.go\x00160', 'p/reflect.go\x00262']), isModuleLibraryFile);
  assert.deepEqual([s.all.ran, s.all.notExecuted, s.falsePositives.length], [0, 3, 0]);
  // Once the inlined line ran (through some caller), a call line that ran without allocating is a false positive.
  const s2 = scorePredictions('goescape', preds, o, new Set(['p/reflect.go\x00160', 'p/any.go\x00267']), isModuleLibraryFile);
  assert.deepEqual(
    s2.falsePositives.map((f) => `${f.file}:${f.line}:${f.reason}`),
    ['p/any.go:267:no-allocation-on-path', 'p/reflect.go:160:inlined-copy'],
  );
});

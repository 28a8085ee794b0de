/**
 * The accuracy scorer (src/bench/accuracy.ts) on small joins made here:
 * runs merged, classes read generically, reasons of misses from the
 * listing's calls. The end-to-end run on real go is test/e2e/accuracy.test.ts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { goescapePredictions, isModuleLibraryFile, observedLines, scorePredictions } from '../../src/bench/accuracy.js';
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

test('a class the analysis names is scored as it is (classes added later slot in); no-allocation is no prediction', () => {
  const preds = goescapePredictions([
    { kind: 'escapes-to-heap', pos: { file: 'p/a.go', line: 3 }, message: 'x escapes to heap', verification: { status: 'allocates' } },
    { kind: 'escapes-to-heap', pos: { file: 'p/a.go', line: 4 }, message: 'y escapes to heap', verification: { status: 'no-allocation' } },
    { kind: 'escapes-to-heap', pos: { file: 'p/a.go', line: 7 }, message: 'append escapes to heap', class: 'may-allocate' },
  ]);
  assert.deepEqual(
    preds.map((p) => `${p.line}:${p.class}`),
    ['3:allocates', '4:no-allocation', '7:may-allocate'],
  );
  const o = observedLines([join([site('p/a.go', 3, 100), site('p/a.go', 4, 8)])], isModuleLibraryFile);
  const s = scorePredictions('goescape', preds, o, new Set(['p/a.go\x003', 'p/a.go\x004', 'p/a.go\x007']), isModuleLibraryFile, {
    noAllocation: new Set(['p/a.go\x004']),
    callsAt: new Map([['p/a.go\x004', ['runtime.mapassign_faststr']]]),
  });
  assert.deepEqual(
    s.classes.map((c) => `${c.class}:${c.precision}`),
    ['allocates:1', 'may-allocate:0'],
  );
  assert.equal(s.all.recall, 0.5);
  // Line 4's zero-size &T{} is rightly no-allocation; the map assignment on the line grew the map.
  assert.deepEqual(
    s.misses.map((m) => `${m.line}:${m.reason}:${m.via}`),
    ['4:map-growth:runtime.mapassign_faststr'],
  );
  assert.deepEqual(
    s.falsePositives.map((f) => `${f.line}:${f.reason}`),
    ['7:append-never-grew'],
  );
});

import { mulberry32 } from '../helpers/prng.js';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { groupSamples, parseBenchOutput, parseGcTrace, parseGcTraceOutput, splitLines } from '../../src/parse/bench.js';

// Compiled to dist/test/parse/, the captures stay in test/captures/bench/.
const here = dirname(fileURLToPath(import.meta.url));
function capture(name: string): string {
  const bases = [
    join(here, '..', 'captures', 'bench'), // running from source layout
    join(here, '..', '..', '..', 'test', 'captures', 'bench'), // dist/test/parse → test/captures
    join(process.cwd(), 'test', 'captures', 'bench'),
  ];
  for (const base of bases) {
    try {
      return readFileSync(join(base, name), 'utf8');
    } catch {
      // try the next location
    }
  }
  throw new Error(`capture ${name} not found from ${here}`);
}

/** Every input line is in exactly one bucket, each line number exactly once. */
function assertAccounted(text: string): void {
  const r = parseBenchOutput(text);
  const total = splitLines(text).length;
  assert.equal(r.totalLines, total);
  assert.equal(r.results.length + r.configLines.length + r.other.length, total);
  const seen = [...r.results.map((x) => x.line), ...r.configLines.map((x) => x.line), ...r.other.map((x) => x.line)].sort((a, b) => a - b);
  assert.deepEqual(
    seen,
    Array.from({ length: total }, (_, i) => i + 1),
  );
}

// ---------------------------------------------------------------------------
// Real capture: go test -bench=. -benchmem -count=3 ./... (Go 1.26, two packages)
// ---------------------------------------------------------------------------

test('sample-go1.26.txt: results, config, other lines', () => {
  const text = capture('sample-go1.26.txt');
  const r = parseBenchOutput(text);
  assert.equal(r.totalLines, 27);
  assert.equal(r.results.length, 12);
  assert.equal(r.configLines.length, 8); // goos/goarch/pkg/cpu twice (one block per package)
  assert.deepEqual(
    r.other.map((o) => [o.line, o.text]),
    [
      [1, 'some test output'],
      [2, 'some test output'],
      [3, 'some test output'],
      [17, 'PASS'],
      [18, 'ok  \texample.com/benchpkg\t15.009s'],
      [26, 'PASS'],
      [27, 'ok  \texample.com/benchpkg/sub\t5.391s'],
    ],
  );
  assert.ok(r.other.every((o) => o.reason === undefined));
  assertAccounted(text);
  // Config in effect at the end of the stream.
  assert.deepEqual(r.config, { goos: 'linux', goarch: 'amd64', pkg: 'example.com/benchpkg/sub', cpu: 'AMD EPYC' });

  const first = r.results[0]!;
  assert.deepEqual(first, {
    pkg: 'example.com/benchpkg',
    name: 'BenchmarkReturnPointer/before',
    procs: 2,
    iterations: 27536580,
    metrics: { 'ns/op': 45.9, 'B/op': 16, 'allocs/op': 1 },
    values: [
      { value: 45.9, unit: 'ns/op' },
      { value: 16, unit: 'B/op' },
      { value: 1, unit: 'allocs/op' },
    ],
    config: { goos: 'linux', goarch: 'amd64', pkg: 'example.com/benchpkg', cpu: 'AMD EPYC' },
    line: 8,
  });

  // Custom metric via b.ReportMetric and MB/s via b.SetBytes.
  const slice = r.results.find((x) => x.name === 'BenchmarkSlice')!;
  assert.deepEqual(slice.metrics, { 'ns/op': 385.8, 'MB/s': 2654.35, 'bytes/iter': 1024, 'B/op': 1024, 'allocs/op': 1 });
  assert.equal(slice.line, 14);

  // pkg changes mid-stream.
  const itoa = r.results.filter((x) => x.name === 'BenchmarkItoa');
  assert.equal(itoa.length, 3);
  assert.ok(itoa.every((x) => x.pkg === 'example.com/benchpkg/sub' && x.config.pkg === 'example.com/benchpkg/sub'));
  assert.ok(r.results.filter((x) => x.name !== 'BenchmarkItoa').every((x) => x.pkg === 'example.com/benchpkg'));
});

test('groupSamples: -count=3 runs grouped per (pkg, name, procs, unit), sorted', () => {
  const groups = groupSamples(parseBenchOutput(capture('sample-go1.26.txt')).results);
  assert.deepEqual(
    groups.map((g) => `${g.pkg} ${g.name} ${g.procs} ${g.unit} ${g.values.join(',')}`),
    [
      'example.com/benchpkg BenchmarkReturnPointer/after 2 B/op 0,0,0',
      'example.com/benchpkg BenchmarkReturnPointer/after 2 allocs/op 0,0,0',
      'example.com/benchpkg BenchmarkReturnPointer/after 2 ns/op 2.65,2.7,2.332',
      'example.com/benchpkg BenchmarkReturnPointer/before 2 B/op 16,16,16',
      'example.com/benchpkg BenchmarkReturnPointer/before 2 allocs/op 1,1,1',
      'example.com/benchpkg BenchmarkReturnPointer/before 2 ns/op 45.9,49.88,33.88',
      'example.com/benchpkg BenchmarkSlice 2 B/op 1024,1024,1024',
      'example.com/benchpkg BenchmarkSlice 2 MB/s 2654.35,2037.16,2625.45',
      'example.com/benchpkg BenchmarkSlice 2 allocs/op 1,1,1',
      'example.com/benchpkg BenchmarkSlice 2 bytes/iter 1024,1024,1024',
      'example.com/benchpkg BenchmarkSlice 2 ns/op 385.8,502.7,390',
      'example.com/benchpkg/sub BenchmarkItoa 2 B/op 7,7,7',
      'example.com/benchpkg/sub BenchmarkItoa 2 allocs/op 0,0,0',
      'example.com/benchpkg/sub BenchmarkItoa 2 ns/op 62,59.13,46.48',
    ],
  );
  const ns = groups.find((g) => g.name === 'BenchmarkReturnPointer/before' && g.unit === 'ns/op')!;
  assert.deepEqual(ns.lines, [8, 9, 10]);
  // Deterministic regardless of input order.
  const shuffled = [...parseBenchOutput(capture('sample-go1.26.txt')).results].reverse();
  assert.deepEqual(
    groupSamples(shuffled).map((g) => [g.pkg, g.name, g.unit]),
    groups.map((g) => [g.pkg, g.name, g.unit]),
  );
});

test('groupSamples keeps different GOMAXPROCS apart', () => {
  const text = ['pkg: p', 'BenchmarkA-4 10 5 ns/op', 'BenchmarkA-8 10 3 ns/op', 'BenchmarkA-4 10 6 ns/op', 'BenchmarkA 10 9 ns/op'].join('\n');
  const g = groupSamples(parseBenchOutput(text).results);
  assert.deepEqual(
    g.map((s) => [s.name, s.procs, s.values]),
    [
      ['BenchmarkA', 1, [9]],
      ['BenchmarkA', 4, [5, 6]],
      ['BenchmarkA', 8, [3]],
    ],
  );
});

// ---------------------------------------------------------------------------
// Format details
// ---------------------------------------------------------------------------

test('benchmark line details: procs suffix, sub-benchmarks, exponent values, CRLF', () => {
  const text =
    'goos: linux\r\n' +
    'BenchmarkX/before-8  \t 1000000\t      1234 ns/op\t     64 B/op\t       2 allocs/op\t  3.5 MB/s  12.0 custom-unit\r\n' +
    'BenchmarkY/n=10/k-v 5 1.5e3 ns/op\r\n' +
    'BenchmarkZ 7 0 ns/op\r\n';
  const r = parseBenchOutput(text);
  assert.equal(r.totalLines, 4);
  const [x, y, z] = r.results;
  assert.deepEqual(
    [x!.name, x!.procs, x!.iterations, x!.metrics],
    ['BenchmarkX/before', 8, 1000000, { 'ns/op': 1234, 'B/op': 64, 'allocs/op': 2, 'MB/s': 3.5, 'custom-unit': 12 }],
  );
  assert.deepEqual([y!.name, y!.procs, y!.metrics], ['BenchmarkY/n=10/k-v', 1, { 'ns/op': 1500 }]);
  assert.deepEqual([z!.name, z!.procs, z!.pkg], ['BenchmarkZ', 1, '']);
  assert.equal(x!.config.goos, 'linux');
});

test('config lines: any lower-case key, empty value deletes, non-config look-alikes are other', () => {
  const text = [
    'goos: linux',
    'pkg: a',
    'custom-key: with: colons  ',
    'BenchmarkA-2 1 1 ns/op',
    'pkg:',
    'BenchmarkB-2 1 1 ns/op',
    'Upper: not config',
    'key:novalue-space',
    'has space: no',
    ': nokey',
  ].join('\n');
  const r = parseBenchOutput(text);
  assert.deepEqual(
    r.configLines.map((c) => [c.line, c.key, c.value]),
    [
      [1, 'goos', 'linux'],
      [2, 'pkg', 'a'],
      [3, 'custom-key', 'with: colons'],
      [5, 'pkg', ''],
    ],
  );
  assert.equal(r.results[0]!.pkg, 'a');
  assert.equal(r.results[0]!.config['custom-key'], 'with: colons');
  assert.equal(r.results[1]!.pkg, '');
  assert.equal('pkg' in r.results[1]!.config, false);
  assert.deepEqual(
    r.other.map((o) => o.line),
    [7, 8, 9, 10],
  );
  assertAccounted(text);
});

test('malformed benchmark lines never throw and land in `other` with a reason', () => {
  const bad: [string, RegExp][] = [
    ['BenchmarkTrunc-8   \t 1000000\t      12', /missing units/],
    ['BenchmarkTrunc-8   \t 1000000', /missing measurements/],
    ['BenchmarkNaN-8 1000 NaN ns/op', /invalid measurement "NaN"/],
    ['BenchmarkInf-8 1000 +Inf ns/op', /invalid measurement/],
    ['BenchmarkHex-8 1000 0x10 ns/op', /invalid measurement/],
    ['BenchmarkBig-8 1000 1e999 ns/op', /out of range/],
    ['BenchmarkMissingUnit-8 1000 12 ns/op 64', /missing units/],
    ['BenchmarkIters-8 abc 12 ns/op', /invalid iteration count/],
    ['BenchmarkNeg-8 -5 12 ns/op', /invalid iteration count/],
    ['BenchmarkHuge-8 99999999999999999999 1 ns/op', /out of range/],
    ['BenchmarkUnitFirst-8 100 ns/op 12', /invalid measurement "ns\/op"/],
    ['BenchmarkVerbose', /name only/],
    ['Benchmark', /name only/],
    ['BenchmarkingTool says hello', /invalid iteration count/],
    ['Unit ns/op assume=exact', /unit metadata/],
  ];
  const text = ['pkg: x', ...bad.map(([l]) => l), '--- FAIL: BenchmarkBroken', '    bench_test.go:12: oops', '', 'FAIL', 'exit status 1'].join('\n');
  const r = parseBenchOutput(text);
  assert.equal(r.results.length, 0);
  assert.equal(r.configLines.length, 1);
  bad.forEach(([line, re], i) => {
    const o = r.other.find((x) => x.line === i + 2);
    assert.ok(o, `line ${i + 2} kept`);
    assert.equal(o.text, line);
    assert.match(o.reason ?? '', re, line);
  });
  const tail = r.other.slice(bad.length);
  assert.deepEqual(
    tail.map((o) => [o.text, o.reason]),
    [
      ['--- FAIL: BenchmarkBroken', undefined],
      ['    bench_test.go:12: oops', undefined],
      ['', undefined],
      ['FAIL', undefined],
      ['exit status 1', undefined],
    ],
  );
  assertAccounted(text);
});

test('keys that collide with Object.prototype are kept as own properties', () => {
  // "__proto__: x" is not a config line (keys must start with a lower-case letter),
  // but "constructor" is, and units may be anything.
  const r = parseBenchOutput('__proto__: x\nconstructor: y\nBenchmarkP-2 1 5 __proto__ 6 toString');
  assert.deepEqual(
    r.other.map((o) => o.line),
    [1],
  );
  assert.equal(r.config.constructor, 'y');
  assert.ok(Object.hasOwn(r.config, 'constructor'));
  const res = r.results[0]!;
  assert.ok(Object.hasOwn(res.metrics, '__proto__'));
  assert.equal(Object.getOwnPropertyDescriptor(res.metrics, '__proto__')?.value, 5);
  assert.equal(res.metrics.toString, 6);
  assert.equal(Object.getPrototypeOf(res.metrics), Object.prototype);
  assert.deepEqual(
    groupSamples(r.results).map((g) => g.unit),
    ['__proto__', 'toString'],
  );
});

test('empty input, blank lines, trailing newline handling', () => {
  assert.deepEqual(parseBenchOutput(''), { results: [], config: {}, configLines: [], other: [], totalLines: 0 });
  const r = parseBenchOutput('\n\n');
  assert.equal(r.totalLines, 2);
  assert.deepEqual(r.other, [
    { line: 1, text: '' },
    { line: 2, text: '' },
  ]);
  assert.equal(parseBenchOutput('PASS').totalLines, 1);
  assert.equal(parseBenchOutput('PASS\n').totalLines, 1);
  assert.equal(parseBenchOutput('PASS\n\n').totalLines, 2);
});

// ---------------------------------------------------------------------------
// Property-style: deterministic pseudo-random garbage
// ---------------------------------------------------------------------------

test('property: random garbage never throws and every line is accounted for', () => {
  const fragments = [
    'Benchmark',
    'BenchmarkFoo',
    'BenchmarkFoo/sub-8',
    '-',
    '-8',
    ' ',
    '\t',
    '\r',
    '1000',
    '12.5',
    'NaN',
    'Inf',
    '-1',
    '1e308',
    '1e309',
    'ns/op',
    'B/op',
    'allocs/op',
    'MB/s',
    'x',
    'pkg:',
    'pkg: a/b',
    'goos: linux',
    'key:',
    ':',
    'Unit',
    'ok',
    'PASS',
    '--- FAIL:',
    'gc 1 @0.001s 17%: 0.90+0.40+0.008 ms clock, 1.8+0.25/0.001/0+0.017 ms cpu, 3->4->2 MB, 4 MB goal, 0 MB stacks, 0 MB globals, 2 P',
    'é',
    'Ünïcødé',
    '\u00a0',
    '\u2028',
    '🙂',
    '0x1p3',
    '1_000',
    '.5',
    '5.',
    '+3',
    '\\',
    '"',
    '{}',
    'null',
    '__proto__',
    'constructor:',
    '__proto__: x',
  ];
  for (let seed = 1; seed <= 60; seed++) {
    const rnd = mulberry32(seed);
    const lines: string[] = [];
    const nLines = 1 + Math.floor(rnd() * 60);
    for (let i = 0; i < nLines; i++) {
      let line = '';
      const parts = Math.floor(rnd() * 9);
      for (let j = 0; j < parts; j++) {
        if (rnd() < 0.15) line += String.fromCharCode(Math.floor(rnd() * 0x2fff)).replace(/[\n]/g, '');
        else line += fragments[Math.floor(rnd() * fragments.length)]!;
        if (rnd() < 0.5) line += rnd() < 0.5 ? ' ' : '\t';
      }
      lines.push(line.replace(/\n/g, ''));
    }
    const text = lines.join(rnd() < 0.5 ? '\n' : '\r\n') + (rnd() < 0.5 ? '\n' : '');
    let r: ReturnType<typeof parseBenchOutput> | undefined;
    assert.doesNotThrow(() => {
      r = parseBenchOutput(text);
    }, `seed ${seed}`);
    assertAccounted(text);
    // Every result has finite numbers.
    for (const res of r!.results) {
      assert.ok(Number.isSafeInteger(res.iterations) && res.iterations >= 0);
      assert.ok(Number.isSafeInteger(res.procs) && res.procs >= 0);
      for (const v of Object.values(res.metrics)) assert.ok(Number.isFinite(v));
    }
    for (const l of lines) assert.doesNotThrow(() => parseGcTrace(l));
    assert.doesNotThrow(() => groupSamples(r!.results));
  }
});

// ---------------------------------------------------------------------------
// GODEBUG=gctrace=1
// ---------------------------------------------------------------------------

test('gctrace-go1.26.txt: every line of the real capture parses', () => {
  const text = capture('gctrace-go1.26.txt');
  const { records, other } = parseGcTraceOutput(text);
  assert.equal(other.length, 0);
  assert.equal(records.length, 52);
  records.forEach((r, i) => assert.equal(r.gc, i + 1));
  // Line 1: "gc 1 @0.001s 17%: 0.90+0.40+0.008 ms clock, 1.8+0.25/0.001/0+0.017 ms cpu,
  //          3->4->2 MB, 4 MB goal, 0 MB stacks, 0 MB globals, 2 P"
  assert.deepEqual(records[0], {
    gc: 1,
    atSeconds: 0.001,
    cpuPercent: 17,
    clockMs: { sweepTermination: 0.9, concurrent: 0.4, markTermination: 0.008 },
    stwMs: 0.908,
    cpuMs: { sweepTermination: 1.8, assist: 0.25, background: 0.001, idle: 0, markTermination: 0.017 },
    heapMB: { start: 3, end: 4, live: 2 },
    goalMB: 4,
    stacksMB: 0,
    globalsMB: 0,
    procs: 2,
    forced: false,
    line: 1,
  });
  // The last cycle was triggered by runtime.GC(): "... 2 P (forced)".
  const last = records[records.length - 1]!;
  assert.equal(last.forced, true);
  assert.equal(last.stwMs, 0.029); // 0.027 + 0.002
  assert.ok(records.slice(0, -1).every((r) => !r.forced));
});

test('parseGcTrace: variants and non-matching lines', () => {
  // Go 1.26 prints this marker when goroutine leak checking is enabled.
  const leak = parseGcTrace(
    'gc 3 @1.250s 2% (checking for goroutine leaks): 0.018+1.2+0.030 ms clock, 0.072+0.4/1.1/0.2+0.12 ms cpu, 4->4->0 MB, 5 MB goal, 0 MB stacks, 0 MB globals, 4 P',
  );
  assert.ok(leak);
  assert.equal(leak.gc, 3);
  assert.equal(leak.stwMs, 0.048);
  assert.deepEqual(leak.heapMB, { start: 4, end: 4, live: 0 });
  // Pre-1.18 format (no stacks/globals), with CR.
  const old = parseGcTrace('gc 12 @0.512s 3%: 0.018+1.2+0.030 ms clock, 0.072+0.4/1.1/0.2+0.12 ms cpu, 4->4->0 MB, 5 MB goal, 4 P\r');
  assert.ok(old);
  assert.equal(old.stacksMB, null);
  assert.equal(old.globalsMB, null);
  assert.equal(old.procs, 4);
  assert.equal(old.cpuPercent, 3);
  for (const line of [
    '',
    'gc 1 @0.001s 17%: 0.90+0.40 ms clock', // truncated
    'gc x @0.001s 17%: 0.90+0.40+0.008 ms clock, 1.8+0.25/0.001/0+0.017 ms cpu, 3->4->2 MB, 4 MB goal, 2 P',
    'scvg: 0 MB released',
    'GC forced',
    'BenchmarkA-8 1 1 ns/op',
  ]) {
    assert.equal(parseGcTrace(line), null, line);
  }
});

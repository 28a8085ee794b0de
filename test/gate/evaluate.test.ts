import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateGate, matchesAllow, type GateInput, type GateRule } from '../../src/gate/evaluate.js';
import { scanDirectives, type FileDirectives } from '../../src/gate/directives.js';
import { makeBaseline } from '../../src/gate/baseline.js';
import { defaultConfig, type GoescapeConfig } from '../../src/gate/config.js';
import { finding, result, type FindingSpec } from '../helpers/gate-fixtures.js';

interface Case {
  name: string;
  /** Findings in the baseline (absent: no baseline, ratchet off). */
  baseline?: FindingSpec[];
  now: FindingSpec[];
  config?: (c: GoescapeConfig) => void;
  /** Source of a.go, for directives. */
  source?: string;
  frames?: GateInput['frames'];
  allocations?: GateInput['allocations'];
}

function run(c: Case) {
  const config = defaultConfig();
  c.config?.(config);
  const baseline = c.baseline ? makeBaseline(result(c.baseline.map(finding))) : undefined;
  const directives = new Map<string, FileDirectives>();
  if (c.source) directives.set('a.go', scanDirectives(c.source));
  return evaluateGate({ result: result(c.now.map(finding)), config, baseline, directives, frames: c.frames, allocations: c.allocations });
}

const x: FindingSpec = { kind: 'moved-to-heap', subject: 'x', func: 'New', pos: { file: 'a.go', line: 4, column: 2 } };
const y: FindingSpec = { kind: 'escapes-to-heap', subject: 'y', func: 'G', pos: { file: 'a.go', line: 9, column: 7 }, cause: 'interface-conversion' };
const leak: FindingSpec = { kind: 'leaking-param', subject: 'p', func: 'New', pos: { file: 'a.go', line: 4, column: 10 } };
const NOESCAPE_SRC = 'package m\n\n//goescape:noescape\nfunc New(p *T) *T {\n\tx := T{}\n\treturn &x\n}\n';

// typescript-eslint style: cases that pass…
const VALID: Case[] = [
  { name: 'nothing at all', baseline: [], now: [] },
  { name: 'everything in the baseline', baseline: [x, y], now: [x, y] },
  { name: 'moved code keeps its key', baseline: [x], now: [{ ...x, pos: { file: 'b.go', line: 99, column: 1 } }] },
  { name: 'leaks are not gated by the ratchet', baseline: [], now: [leak] },
  { name: 'no baseline: ratchet off', now: [x] },
  { name: 'ratchet disabled', baseline: [], now: [x], config: (c) => void (c.rules.newHeapEscapes = false) },
  { name: 'allow directive above the line', baseline: [], now: [x], source: 'package m\n\n//goescape:allow constructor\nx := 1\n' },
  { name: 'allow entry in config', baseline: [], now: [x], config: (c) => void c.allow.push({ func: 'New', reason: 'constructor' }) },
  { name: 'budget not exceeded', baseline: [x, y], now: [x, y], config: (c) => void (c.rules.budgets['example.com/m'] = 2) },
  { name: 'cause allowed elsewhere', baseline: [y], now: [y], config: (c) => void (c.rules.forbidCauses['example.com/m/hot'] = ['interface-conversion']) },
  {
    name: 'frame under the limit',
    baseline: [],
    now: [],
    config: (c) => void (c.rules.maxFrameBytes = 1024),
    frames: [{ pkg: 'example.com/m', func: 'F', bytes: 1024 }],
  },
  { name: 'noescape rule disabled', baseline: [x], now: [x], source: NOESCAPE_SRC, config: (c) => void (c.rules.noescape = false) },
  {
    name: 'allocation outside a noescape function',
    baseline: [],
    now: [],
    source: NOESCAPE_SRC,
    allocations: [{ pkg: 'example.com/m', func: 'G', pos: { file: 'a.go', line: 1 }, what: 'runtime.newobject' }],
  },
];

// …and cases that fail, with the rules broken.
const INVALID: (Case & { rules: GateRule[] })[] = [
  { name: 'new heap escape', baseline: [x], now: [x, y], rules: ['new-heap-escape'] },
  {
    name: 'second escape with the same key is new (ordinal)',
    baseline: [x],
    now: [x, { ...x, pos: { file: 'a.go', line: 8, column: 2 } }],
    rules: ['new-heap-escape'],
  },
  { name: 'escape in a noescape function (in the baseline too)', baseline: [x], now: [x], source: NOESCAPE_SRC, rules: ['noescape'] },
  { name: 'leak in a noescape function', baseline: [], now: [leak], source: NOESCAPE_SRC, rules: ['noescape'] },
  { name: 'new escape in a noescape function breaks both rules', baseline: [], now: [x], source: NOESCAPE_SRC, rules: ['noescape', 'new-heap-escape'] },
  {
    name: 'allocation in a noescape function (verification)',
    baseline: [],
    now: [],
    source: NOESCAPE_SRC,
    allocations: [{ pkg: 'example.com/m', func: 'New', pos: { file: 'a.go', line: 5 }, what: 'runtime.newobject' }],
    rules: ['noescape-alloc'],
  },
  { name: 'over budget', baseline: [x, y], now: [x, y], config: (c) => void (c.rules.budgets['example.com/...'] = 1), rules: ['budget'] },
  { name: 'forbidden cause', baseline: [y], now: [y], config: (c) => void (c.rules.forbidCauses['*'] = ['interface-conversion']), rules: ['forbidden-cause'] },
  {
    name: 'frame over the limit',
    baseline: [],
    now: [],
    config: (c) => void (c.rules.maxFrameBytes = 1024),
    frames: [{ pkg: 'example.com/m', func: 'F', bytes: 1025 }],
    rules: ['frame-size'],
  },
  {
    name: 'allow without a reason is reported and accepts nothing',
    baseline: [],
    now: [x],
    source: 'package m\n\n//goescape:allow\nx := 1\n',
    rules: ['bad-directive', 'new-heap-escape'],
  },
  {
    name: 'config allow for another function accepts nothing',
    baseline: [],
    now: [x],
    config: (c) => void c.allow.push({ func: 'Other', reason: 'r' }),
    rules: ['new-heap-escape'],
  },
];

for (const c of VALID) {
  test(`gate valid: ${c.name}`, () => {
    const g = run(c);
    assert.deepEqual(g.violations, []);
    assert.equal(g.exitCode, 0);
  });
}

for (const c of INVALID) {
  test(`gate invalid: ${c.name}`, () => {
    const g = run(c);
    assert.deepEqual(g.violations.map((v) => v.rule).sort(), [...c.rules].sort());
    assert.equal(g.exitCode, 1);
  });
}

test('gate: removed escapes are reported as good news, only for analysed packages', () => {
  const other: FindingSpec = { ...y, pkg: 'example.com/other' };
  const config = defaultConfig();
  const baseline = makeBaseline(result([x, y, other].map(finding)));
  const g = evaluateGate({ result: result([finding(x)]), config, baseline, directives: new Map() });
  assert.equal(g.exitCode, 0);
  assert.deepEqual(
    g.removed.map((e) => e.key),
    ['example.com/m|G|escapes-to-heap|y'],
  );
  assert.deepEqual(g.counts, { heapEscapes: 1, sites: 1, baseline: 3, new: 0, removed: 1, accepted: 0 });
});

test('gate: accepted findings carry the reason and how they were accepted', () => {
  const g = run({ baseline: [], now: [x], name: '', source: 'package m\n\n\nx := 1 //goescape:allow built once at startup\n' });
  assert.deepEqual(
    g.accepted.map((a) => [a.finding.key, a.by, a.reason]),
    [['example.com/m|New|moved-to-heap|x', 'directive', 'built once at startup']],
  );
});

test('gate: frame sizes and verified allocations carried by the result are used', () => {
  const config = defaultConfig();
  config.rules.maxFrameBytes = 100;
  const alloc = finding({
    kind: 'allocates-without-escape',
    subject: 'runtime.growslice',
    func: 'New',
    pos: { file: 'a.go', line: 5 },
    details: { runtimeFunc: 'runtime.growslice' },
  });
  const r = result([alloc]);
  r.frames = [{ func: 'Big', pkg: 'example.com/m', symbol: 'example.com/m.Big', frameBytes: 512, argBytes: 0, flags: [] }];
  r.verification = {
    heapEscapes: 0,
    allocates: 0,
    noAllocation: 0,
    unverified: 0,
    allocatesWithoutEscape: 1,
    allocCalls: 1,
    functions: 2,
    framesOverLimit: 1,
    frameLimit: 100,
    command: [],
  };
  const g = evaluateGate({ result: r, config, directives: new Map([['a.go', scanDirectives(NOESCAPE_SRC)]]) });
  assert.deepEqual(
    g.violations.map((v) => [v.rule, v.func, v.actual ?? v.detail]),
    [
      ['frame-size', 'Big', 512],
      ['noescape-alloc', 'New', 'runtime.growslice'],
    ],
  );
});

// Allocation sites: an escape's own code and each inlined copy kept on the heap.
const clone: FindingSpec = {
  kind: 'moved-to-heap',
  subject: 'c',
  func: '(*L).clone',
  pos: { file: 'a.go', line: 9, column: 2 },
  cause: 'returned-address',
  chain: [{ op: 'address-of', where: '&c', pos: { file: 'a.go', line: 10, column: 9 }, into: '~r0' }],
};
const copyIn = (func: string, line: number) => ({
  pos: { file: 'a.go', line, column: 14 },
  pkg: 'example.com/m',
  func,
  kind: 'moved-to-heap' as const,
  raw: 'moved to heap: c',
});
const withCopies = (...copies: [string, number][]): FindingSpec => ({ ...clone, inlinedSites: copies.map(([f, l]) => copyIn(f, l)) });

function gate(o: { baseline?: FindingSpec[]; now: FindingSpec[]; source?: string; strict?: boolean; config?: (c: GoescapeConfig) => void; flags?: string[] }) {
  const config = defaultConfig();
  o.config?.(config);
  const directives = new Map<string, FileDirectives>();
  if (o.source) directives.set('a.go', scanDirectives(o.source));
  const now = result(o.now.map(finding));
  if (o.flags) now.toolchain.compilerFlags = o.flags;
  return evaluateGate({ result: now, config, baseline: o.baseline && makeBaseline(result(o.baseline.map(finding))), directives, strict: o.strict });
}

test('gate: a new inlined copy of an escape in the baseline is a new site, blamed at its call line and naming the escape', () => {
  const g = gate({ baseline: [withCopies(['(*L).With', 14])], now: [withCopies(['(*L).With', 14], ['(*L).Dup', 19])] });
  assert.deepEqual(
    g.violations.map((v) => [v.rule, v.pos, v.func, v.finding?.key, v.finding?.site?.copy]),
    [['new-heap-escape', { file: 'a.go', line: 19, column: 14 }, '(*L).Dup', 'example.com/m|(*L).clone|moved-to-heap|c', true]],
  );
  assert.deepEqual(g.counts, { heapEscapes: 1, sites: 3, baseline: 2, new: 1, removed: 0, accepted: 0 });
  const same = gate({ baseline: [withCopies(['(*L).With', 14])], now: [withCopies(['(*L).With', 30])] });
  assert.deepEqual(same.violations, [], 'a copy that moved is the same site');
});

test('gate: a copy that is gone is a removed site', () => {
  const g = gate({ baseline: [withCopies(['(*L).With', 14], ['(*L).Dup', 19])], now: [withCopies(['(*L).With', 14])] });
  assert.equal(g.exitCode, 0);
  assert.deepEqual(
    g.removed.map((e) => [e.func, e.origin, e.at]),
    [['(*L).Dup', 'example.com/m|(*L).clone|moved-to-heap|c', { file: 'a.go', line: 19 }]],
  );
});

test('gate: a version 1 baseline accepts every site of each escape it names, by key or, for a key of another form, by its fields', () => {
  const b = makeBaseline(result([finding(clone), finding({ ...x, func: 'New.func1' })]));
  const v1 = {
    ...b,
    fromVersion: 1 as const,
    sites: b.sites.map((s) => ({ ...s, key: s.key.replace('New.func1', 'New.func1|old-form'), origin: s.key.replace('New.func1', 'New.func1|old-form') })),
  };
  const now = result([finding(withCopies(['(*L).With', 14], ['(*L).Dup', 19])), finding({ ...x, func: 'New.func1' }), finding(y)]);
  const g = evaluateGate({ result: now, config: defaultConfig(), baseline: v1, directives: new Map() });
  assert.deepEqual(
    g.violations.map((v) => [v.rule, v.finding?.key]),
    [['new-heap-escape', 'example.com/m|G|escapes-to-heap|y']],
  );
  assert.deepEqual(g.removed, []);
  assert.equal(g.counts.baseline, 4, 'the sites its escapes accept');
  const gone = evaluateGate({ result: result([finding(y)]), config: defaultConfig(), baseline: v1, directives: new Map() });
  assert.equal(gone.removed.length, 2);
});

test("gate: a version 1 entry of a pointer wrapper's escape (counted on its own then) matches it, and is not reported gone", () => {
  const method: FindingSpec = { kind: 'moved-to-heap', subject: 'v', func: 'E.Add', pos: { file: 'a.go', line: 3, column: 2 } };
  const wrapper: FindingSpec = { ...method, func: '(*E).Add', pos: { file: '<autogenerated>', line: 1 } };
  const entries = result([method, wrapper].map(finding)).findings.map((f) => ({
    key: f.key,
    origin: f.key,
    kind: f.kind,
    pkg: f.pkg,
    func: f.func,
    subject: f.subject,
  }));
  const v1 = { ...makeBaseline(result([])), fromVersion: 1 as const, sites: entries };
  const g = evaluateGate({ result: result([method, wrapper].map(finding)), config: defaultConfig(), baseline: v1, directives: new Map() });
  assert.deepEqual([g.violations, g.removed], [[], []]);
  assert.deepEqual(g.counts, { heapEscapes: 1, sites: 1, baseline: 1, new: 0, removed: 0, accepted: 0 });
});

test('gate: //goescape:allow on a line of the chain accepts every site of the escape, with its reason and place', () => {
  const src = 'package m\n\n\n\n\n\n\n\n\n\treturn &c //goescape:allow one per logger\n';
  const g = gate({ baseline: [], now: [withCopies(['(*L).With', 14])], source: src });
  assert.deepEqual(g.violations, []);
  assert.deepEqual(
    g.accepted.map((a) => [a.finding.site?.func, a.reason, a.directive]),
    [
      ['(*L).clone', 'one per logger', { file: 'a.go', line: 10 }],
      ['(*L).With', 'one per logger', { file: 'a.go', line: 10 }],
    ],
  );
  assert.deepEqual(g.unmatched, []);
});

test("gate: //goescape:allow on a copy's call line accepts that site only", () => {
  const src = `package m${'\n'.repeat(13)}\tc := l.clone() //goescape:allow startup only\n`;
  const g = gate({ baseline: [], now: [withCopies(['(*L).With', 14], ['(*L).Dup', 19])], source: src });
  assert.deepEqual(
    g.accepted.map((a) => a.finding.site?.func),
    ['(*L).With'],
  );
  assert.deepEqual(
    g.violations.map((v) => [v.rule, v.pos?.line]),
    [
      ['new-heap-escape', 9],
      ['new-heap-escape', 19],
    ],
  );
});

test('gate: a directive that matches nothing is a warning, and a violation under strict', () => {
  const src = 'package m\n\n//goescape:allow nothing here\nx := 1\n\n//goescape:noescape\nfunc Map[T any](xs []T) []T {\n\treturn xs\n}\n';
  const g = gate({ baseline: [], now: [{ kind: 'can-inline', subject: 'Other', func: '', pos: { file: 'a.go', line: 20, column: 6 } }], source: src });
  assert.equal(g.exitCode, 0);
  assert.deepEqual(g.unmatched, [
    { directive: 'allow', pos: { file: 'a.go', line: 3 }, line: 4 },
    { directive: 'noescape', pos: { file: 'a.go', line: 6 }, func: 'Map' },
  ]);
  const strict = gate({ baseline: [], now: [], source: src, strict: true });
  assert.deepEqual(
    strict.violations.map((v) => [v.rule, v.pos?.line]),
    [
      ['unmatched-directive', 3],
      ['unmatched-directive', 6],
    ],
  );
  assert.equal(strict.exitCode, 1);
  const used = gate({
    baseline: [],
    now: [
      { kind: 'can-inline', subject: 'Map', func: '', pos: { file: 'a.go', line: 7, column: 6 } },
      { ...x, pos: { file: 'a.go', line: 4, column: 1 } },
    ],
    source: src,
    strict: true,
  });
  assert.deepEqual(used.violations, [], 'an allow that accepted a finding and a noescape function the compiler analysed are matched');
  const noInline = gate({ baseline: [], now: [], source: src, flags: ['-m=2', '-l'] });
  assert.deepEqual(
    noInline.unmatched.map((u) => u.directive),
    ['allow'],
    'without inlining a quiet function prints nothing: noescape is not judged',
  );
});

test('gate: a copy inlined into a //goescape:noescape function breaks it there', () => {
  const src = `package m${'\n'.repeat(16)}//goescape:noescape\nfunc (l *L) Dup() *L {\n\treturn l.clone()\n}\n`;
  const g = gate({ baseline: [withCopies(['(*L).Dup', 19])], now: [withCopies(['(*L).Dup', 19])], source: src });
  assert.deepEqual(
    g.violations.map((v) => [v.rule, v.pos?.line, v.func]),
    [['noescape', 19, '(*L).Dup']],
  );
});

test('gate: budgets count sites, forbidden causes count escapes', () => {
  const now = [withCopies(['(*L).With', 14], ['(*L).Dup', 19])];
  const over = gate({ baseline: now, now, config: (c) => void (c.rules.budgets['example.com/m'] = 2) });
  assert.deepEqual(
    over.violations.map((v) => [v.rule, v.actual]),
    [['budget', 3]],
  );
  const cause = gate({ baseline: now, now, config: (c) => void (c.rules.forbidCauses['*'] = ['returned-address']) });
  assert.deepEqual(
    cause.violations.map((v) => [v.rule, v.pos?.line]),
    [['forbidden-cause', 9]],
  );
});

test("gate: a config allow entry by the escape's key accepts its sites; by a site's function, that site", () => {
  const now = [withCopies(['(*L).With', 14], ['(*L).Dup', 19])];
  const byKey = gate({ baseline: [], now, config: (c) => void c.allow.push({ key: 'example.com/m|(*L).clone|moved-to-heap|c', reason: 'r' }) });
  assert.equal(byKey.accepted.length, 3);
  const byFunc = gate({ baseline: [], now, config: (c) => void c.allow.push({ func: '(*L).Dup', reason: 'r' }) });
  assert.deepEqual(
    byFunc.accepted.map((a) => a.finding.site?.func),
    ['(*L).Dup'],
  );
  assert.deepEqual(
    byFunc.violations.map((v) => v.rule),
    ['new-heap-escape', 'new-heap-escape'],
  );
});

test('gate: an allow entry naming a key in the form before fingerprints (pkg|func|kind|subject) still matches', () => {
  const f = {
    key: 'example.com/m|(*L).clone|moved-to-heap|c|0a1b2c3d~1',
    pkg: 'example.com/m',
    func: '(*L).clone',
    kind: 'moved-to-heap' as const,
    subject: 'c',
  };
  assert.equal(matchesAllow({ key: 'example.com/m|(*L).clone|moved-to-heap|c', reason: 'r' }, f), true);
  assert.equal(matchesAllow({ key: f.key, reason: 'r' }, f), true);
  assert.equal(matchesAllow({ key: 'example.com/m|(*L).clone|moved-to-heap|d', reason: 'r' }, f), false);
});

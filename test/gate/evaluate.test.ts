import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateGate, type GateInput, type GateRule } from '../../src/gate/evaluate.js';
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
  { name: 'frame under the limit', baseline: [], now: [], config: (c) => void (c.rules.maxFrameBytes = 1024), frames: [{ pkg: 'example.com/m', func: 'F', bytes: 1024 }] },
  { name: 'noescape rule disabled', baseline: [x], now: [x], source: NOESCAPE_SRC, config: (c) => void (c.rules.noescape = false) },
  { name: 'allocation outside a noescape function', baseline: [], now: [], source: NOESCAPE_SRC, allocations: [{ pkg: 'example.com/m', func: 'G', pos: { file: 'a.go', line: 1 }, what: 'runtime.newobject' }] },
];

// …and cases that fail, with the rules broken.
const INVALID: (Case & { rules: GateRule[] })[] = [
  { name: 'new heap escape', baseline: [x], now: [x, y], rules: ['new-heap-escape'] },
  { name: 'second escape with the same key is new (ordinal)', baseline: [x], now: [x, { ...x, pos: { file: 'a.go', line: 8, column: 2 } }], rules: ['new-heap-escape'] },
  { name: 'escape in a noescape function (in the baseline too)', baseline: [x], now: [x], source: NOESCAPE_SRC, rules: ['noescape'] },
  { name: 'leak in a noescape function', baseline: [], now: [leak], source: NOESCAPE_SRC, rules: ['noescape'] },
  { name: 'new escape in a noescape function breaks both rules', baseline: [], now: [x], source: NOESCAPE_SRC, rules: ['noescape', 'new-heap-escape'] },
  { name: 'allocation in a noescape function (verification)', baseline: [], now: [], source: NOESCAPE_SRC, allocations: [{ pkg: 'example.com/m', func: 'New', pos: { file: 'a.go', line: 5 }, what: 'runtime.newobject' }], rules: ['noescape-alloc'] },
  { name: 'over budget', baseline: [x, y], now: [x, y], config: (c) => void (c.rules.budgets['example.com/...'] = 1), rules: ['budget'] },
  { name: 'forbidden cause', baseline: [y], now: [y], config: (c) => void (c.rules.forbidCauses['*'] = ['interface-conversion']), rules: ['forbidden-cause'] },
  { name: 'frame over the limit', baseline: [], now: [], config: (c) => void (c.rules.maxFrameBytes = 1024), frames: [{ pkg: 'example.com/m', func: 'F', bytes: 1025 }], rules: ['frame-size'] },
  { name: 'allow without a reason is reported and accepts nothing', baseline: [], now: [x], source: 'package m\n\n//goescape:allow\nx := 1\n', rules: ['bad-directive', 'new-heap-escape'] },
  { name: 'config allow for another function accepts nothing', baseline: [], now: [x], config: (c) => void c.allow.push({ func: 'Other', reason: 'r' }), rules: ['new-heap-escape'] },
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
  assert.deepEqual(g.removed.map((e) => e.key), ['example.com/m|G|escapes-to-heap|y']);
  assert.deepEqual(g.counts, { heapEscapes: 1, baseline: 3, new: 0, removed: 1, accepted: 0 });
});

test('gate: accepted findings carry the reason and how they were accepted', () => {
  const g = run({ baseline: [], now: [x], name: '', source: 'package m\n\n\nx := 1 //goescape:allow built once at startup\n' });
  assert.deepEqual(g.accepted.map((a) => [a.finding.key, a.by, a.reason]), [['example.com/m|New|moved-to-heap|x', 'directive', 'built once at startup']]);
});

test('gate: frame sizes and verified allocations carried by the result are used', () => {
  const config = defaultConfig();
  config.rules.maxFrameBytes = 100;
  const alloc = finding({ kind: 'allocates-without-escape', subject: 'runtime.growslice', func: 'New', pos: { file: 'a.go', line: 5 }, details: { runtimeFunc: 'runtime.growslice' } });
  const r = result([alloc]);
  r.frames = [{ func: 'Big', pkg: 'example.com/m', symbol: 'example.com/m.Big', frameBytes: 512, argBytes: 0, flags: [] }];
  r.verification = { heapEscapes: 0, allocates: 0, noAllocation: 0, unverified: 0, allocatesWithoutEscape: 1, allocCalls: 1, functions: 2, framesOverLimit: 1, frameLimit: 100, command: [] };
  const g = evaluateGate({ result: r, config, directives: new Map([['a.go', scanDirectives(NOESCAPE_SRC)]]) });
  assert.deepEqual(g.violations.map((v) => [v.rule, v.func, v.actual ?? v.detail]), [['frame-size', 'Big', 512], ['noescape-alloc', 'New', 'runtime.growslice']]);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diffResults, newHeapEscapes } from '../../src/gate/diff.js';
import { finding, result, type FindingSpec } from '../helpers/gate-fixtures.js';

const x: FindingSpec = { kind: 'moved-to-heap', subject: 'x', func: 'New', pos: { file: 'a.go', line: 4, column: 2 }, cause: 'returned-address' };
const y: FindingSpec = { kind: 'escapes-to-heap', subject: 'y', func: 'G', pos: { file: 'a.go', line: 9, column: 7 }, cause: 'interface-conversion' };
const p: FindingSpec = { kind: 'leaking-param-to-result', subject: 'p', func: 'Keep', details: { result: '~r0', level: 0 } };
const stack: FindingSpec = { kind: 'does-not-escape', subject: 'z', func: 'G' };

function diff(base: FindingSpec[], head: FindingSpec[]) {
  return diffResults(result(base.map(finding)), result(head.map(finding)), { base: 'b', head: 'h' });
}

test('diff: identical findings at other lines are no change', () => {
  const d = diff([x, y, p], [{ ...x, pos: { file: 'a.go', line: 40, column: 2 } }, { ...y, pos: { file: 'c.go', line: 1, column: 1 } }, p]);
  assert.deepEqual([d.added, d.removed, d.changed], [[], [], []]);
  assert.equal(d.counts.unchanged, 3);
});

test('diff: added and removed by key; stack findings are not tracked', () => {
  const d = diff([x, stack], [y]);
  assert.deepEqual(
    d.added.map((f) => f.key),
    ['example.com/m|G|escapes-to-heap|y'],
  );
  assert.deepEqual(
    d.removed.map((f) => f.key),
    ['example.com/m|New|moved-to-heap|x'],
  );
  assert.deepEqual(
    newHeapEscapes(d).map((f) => f.subject),
    ['y'],
  );
});

test('diff: a different cause is a change', () => {
  const d = diff([y], [{ ...y, cause: 'heap-store' }]);
  assert.deepEqual(
    d.changed.map((c) => c.changes),
    [['cause: interface-conversion → heap-store']],
  );
  assert.equal(d.added.length + d.removed.length, 0);
});

test('diff: a leak to another result level is a change', () => {
  const d = diff([p], [{ ...p, details: { result: '~r0', level: 1 } }]);
  assert.deepEqual(d.changed[0]!.changes, ['destination: ~r0 level=0 → ~r0 level=1']);
});

test('diff: a parameter that now leaks to the heap instead of a result is one change, not add + remove', () => {
  const d = diff([p], [{ ...p, kind: 'leaking-param', details: {} }]);
  assert.deepEqual([d.added.length, d.removed.length], [0, 0]);
  assert.deepEqual(d.changed[0]!.changes, ['kind: leaking-param-to-result → leaking-param', 'destination: ~r0 level=0 → heap']);
  assert.deepEqual(newHeapEscapes(d), []);
});

test('diff: a new inlined copy of an escape is an added site at its call line; --fail-on-new counts it', () => {
  const copy = (func: string, line: number) => ({
    pos: { file: 'a.go', line, column: 14 },
    pkg: 'example.com/m',
    func,
    kind: 'moved-to-heap' as const,
    raw: 'moved to heap: x',
  });
  const d = diff([{ ...x, inlinedSites: [copy('With', 14)] }], [{ ...x, inlinedSites: [copy('With', 14), copy('Dup', 19)] }]);
  assert.deepEqual(
    d.added.map((f) => [f.key, f.site?.func, f.site?.pos.line, f.site?.copy]),
    [['example.com/m|New|moved-to-heap|x', 'Dup', 19, true]],
  );
  assert.deepEqual([d.removed, d.changed], [[], []]);
  assert.equal(d.counts.unchanged, 2);
  assert.equal(newHeapEscapes(d).length, 1);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { calleePredictions, summarize, type FunctionFacts } from '../../src/analyze/callee-summaries.js';
import { parseAsm } from '../../src/parse/asm.js';
import { factsOf } from '../../src/pipeline/callee-listings.js';

// Captured by scripts/capture-asm.ts from real `go build -gcflags=<pkg>=-S` runs.
const here = dirname(fileURLToPath(import.meta.url));
function capture(version: string, file: string): string {
  for (const d of [join(here, '..', 'captures', version, 'asm'), join(here, '..', '..', '..', 'test', 'captures', version, 'asm')]) {
    if (existsSync(join(d, file))) return readFileSync(join(d, file), 'utf8');
  }
  throw new Error(`no capture ${file} for ${version}`);
}

for (const version of ['go1.26', 'go1.27.3']) {
  test(`${version} container/list: each call's place on every path from the entry to a return, from the listing's branches`, () => {
    const fns = parseAsm(capture(version, 'container-list.s'));
    const allocAlways = (sym: string) => fns.find((f) => f.symbol === sym)!.allocCalls.map((c) => c.always === true);
    // New: new(List).Init() on its only path.
    assert.deepEqual(allocAlways('container/list.New'), [true]);
    // PushFront: lazyInit, then insertValue's &Element{}: every path.
    assert.deepEqual(allocAlways('container/list.(*List).PushFront'), [true]);
    // InsertBefore returns nil before allocating when mark is not in the list.
    assert.deepEqual(allocAlways('container/list.(*List).InsertBefore'), [false]);
    // PushBackList allocates in a loop that may run no time.
    assert.deepEqual(allocAlways('container/list.(*List).PushBackList'), [false]);
  });

  test(`${version} container/list: summaries from the machine code, unconditional or not`, () => {
    const s = summarize(factsOf(parseAsm(capture(version, 'container-list.s'))));
    const newList = s.get('container/list.New');
    assert.ok(newList?.allocates);
    assert.equal(newList.unconditional, true);
    assert.equal(newList.path.length, 1);
    assert.match(newList.path[0]!, /^runtime\.(newobject|mallocgc)/);
    assert.equal(s.get('container/list.(*List).PushBack')?.unconditional, true);
    assert.equal(s.get('container/list.(*List).InsertAfter')?.unconditional, false);
    assert.equal(s.get('container/list.(*List).PushFrontList')?.unconditional, false);
    // Moving and removing elements never allocates.
    for (const sym of ['container/list.(*List).Remove', 'container/list.(*List).MoveToFront', 'container/list.(*List).Len'])
      assert.equal(s.get(sym), undefined, sym);
  });

  test(`${version} demo: calls into allocating callees, interface calls unknown`, () => {
    const fns = parseAsm(capture(version, 'demo-escapes.s'));
    const render = fns.find((f) => f.symbol === 'example.com/demo/escapes.render')!;
    assert.ok(render.calls.some((c) => c.callee === 'bytes.(*Buffer).WriteString'));
    const opaque = fns.find((f) => f.symbol === 'example.com/demo/escapes.OpaqueCallBefore')!;
    assert.ok(
      opaque.calls.some((c) => c.callee === undefined),
      'a call through a register',
    );
    // A callee summarised elsewhere (here: by hand) is predicted at the call line, keyed nowhere by it.
    const bytesFacts: FunctionFacts = { symbol: 'bytes.(*Buffer).WriteString', pkg: 'bytes', allocs: [], calls: [{ callee: 'bytes.(*Buffer).grow' }] };
    const grow: FunctionFacts = { symbol: 'bytes.(*Buffer).grow', pkg: 'bytes', allocs: [{ runtimeFunc: 'runtime.makeslice', typeSym: 'uint8' }], calls: [] };
    const summaries = summarize([...factsOf(fns), bytesFacts, grow]);
    const p = calleePredictions(fns, summaries, (f) => f.slice(f.lastIndexOf('/demo/') + 6));
    const at = p.findings.filter((f) => f.func === 'render' && f.subject === 'bytes.(*Buffer).WriteString');
    assert.ok(at.length >= 1);
    assert.deepEqual(at[0]!.details.calleePath, ['bytes.(*Buffer).WriteString', 'bytes.(*Buffer).grow', 'runtime.makeslice']);
    assert.equal(at[0]!.details.unconditional, false);
    assert.equal(at[0]!.details.class, 'allocates-in-callee');
    assert.ok(p.unknown.some((u) => u.func === 'OpaqueCallBefore'));
  });
}

const fact = (symbol: string, o: Partial<FunctionFacts> = {}): FunctionFacts => ({
  symbol,
  pkg: symbol.slice(0, symbol.lastIndexOf('.')),
  allocs: [],
  calls: [],
  ...o,
});

test('recursion: a cycle of calls allocates when one of its functions does, and terminates', () => {
  const s = summarize([
    fact('p.a', { calls: [{ callee: 'p.b', always: true }] }),
    fact('p.b', { calls: [{ callee: 'p.a', always: true }, { callee: 'p.c' }] }),
    fact('p.c', { allocs: [{ runtimeFunc: 'runtime.newobject', typeSym: 'p.T', always: true }] }),
    fact('p.d', { calls: [{ callee: 'p.d', always: true }] }),
  ]);
  assert.deepEqual(s.get('p.a'), { allocates: true, unconditional: false, path: ['p.b', 'p.c', 'runtime.newobject'], type: 'p.T' });
  assert.equal(s.get('p.c')?.unconditional, true);
  assert.equal(s.get('p.d'), undefined, 'a function that only calls itself allocates nothing');
});

test("only class allocates counts inside a callee; the runtime's functions are not summarised; linknamed allocators are", () => {
  const s = summarize([
    fact('p.appends', { allocs: [{ runtimeFunc: 'runtime.growslice', always: true }] }),
    fact('p.buffered', { allocs: [{ runtimeFunc: 'runtime.slicebytetostring', stackBuf: true, always: true }] }),
    fact('p.escaping', { allocs: [{ runtimeFunc: 'runtime.slicebytetostring', stackBuf: false, always: true }] }),
    fact('p.zero', { allocs: [{ runtimeFunc: 'runtime.mallocgc', size: 0, always: true }] }),
    fact('p.mapstore', { allocs: [{ runtimeFunc: 'runtime.mapassign_faststr', always: true }] }),
    { symbol: 'runtime.helper', pkg: 'runtime', allocs: [{ runtimeFunc: 'runtime.newobject', always: true }], calls: [] },
    fact('p.callsRuntime', { calls: [{ callee: 'runtime.helper', always: true }] }),
    fact('p.builder', { calls: [{ callee: 'internal/bytealg.MakeNoZero', always: true }] }),
  ]);
  assert.deepEqual([...s.keys()].sort(), ['p.builder', 'p.escaping']);
  assert.deepEqual(s.get('p.builder'), { allocates: true, unconditional: true, path: ['internal/bytealg.MakeNoZero'] });
});

test('a symbol printed by two packages (a dupok instance) is taken from the first package, whatever the input order', () => {
  const one = fact('q.F[go.shape.int]', { pkg: 'a', allocs: [{ runtimeFunc: 'runtime.newobject', typeSym: 'A', always: true }] });
  const two = fact('q.F[go.shape.int]', { pkg: 'b', allocs: [{ runtimeFunc: 'runtime.makeslice', typeSym: 'B' }] });
  assert.deepEqual(summarize([one, two]).get('q.F[go.shape.int]'), summarize([two, one]).get('q.F[go.shape.int]'));
  assert.equal(summarize([two, one]).get('q.F[go.shape.int]')?.type, 'A');
});

test('unconditional needs every call down the path on every path, and an unconditional path is preferred to a shorter conditional one', () => {
  const s = summarize([
    fact('p.top', { calls: [{ callee: 'p.maybe' }, { callee: 'p.mid', always: true }] }),
    fact('p.maybe', { allocs: [{ runtimeFunc: 'runtime.newobject', typeSym: 'p.M', always: true }] }),
    fact('p.mid', { calls: [{ callee: 'p.leaf', always: true }] }),
    fact('p.leaf', { allocs: [{ runtimeFunc: 'runtime.makemap', always: true }] }),
    fact('p.cond', { calls: [{ callee: 'p.leaf' }] }),
  ]);
  assert.deepEqual(s.get('p.top'), { allocates: true, unconditional: true, path: ['p.mid', 'p.leaf', 'runtime.makemap'] });
  assert.equal(s.get('p.cond')?.unconditional, false);
});

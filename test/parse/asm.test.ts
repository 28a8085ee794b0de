import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { AsmParser, parseAsm, splitSymbol, type AsmFunction } from '../../src/parse/asm.js';
import { reconcile } from '../../src/analyze/reconcile.js';
import { PathNormalizer } from '../../src/analyze/paths.js';
import type { AnalysisResult } from '../../src/model/result.js';

// Captured by scripts/capture-asm.ts from real `go build -gcflags=<pkg>=-S` runs.
const here = dirname(fileURLToPath(import.meta.url));
function capturesDir(version: string): string {
  for (const d of [join(here, '..', 'captures', version, 'asm'), join(here, '..', '..', '..', 'test', 'captures', version, 'asm')]) {
    if (existsSync(d)) return d;
  }
  throw new Error(`no asm captures for ${version}`);
}

interface Capture {
  demo: AsmFunction[];
  list: AsmFunction[];
  result: AnalysisResult;
  meta: { goVersion: string; goroot: string; moduleRoot: string; cwd: string };
}

function load(version: string): Capture {
  const dir = capturesDir(version);
  return {
    demo: parseAsm(readFileSync(join(dir, 'demo-escapes.s'), 'utf8')),
    list: parseAsm(readFileSync(join(dir, 'container-list.s'), 'utf8')),
    result: JSON.parse(readFileSync(join(dir, 'demo-escapes.result.json'), 'utf8')) as AnalysisResult,
    meta: JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')),
  };
}

const fn = (fns: AsmFunction[], symbol: string) => {
  const f = fns.find((x) => x.symbol === symbol);
  assert.ok(f, `function ${symbol} in the listing`);
  return f;
};

for (const version of ['go1.26', 'go1.27.3']) {
  const cap = load(version);

  test(`${version}: cgo code (plugin): every allocation call has the source file and line the findings use`, () => {
    // Go 1.27 prints `plugin_dlopen.go:134[plugin_dlopen.cgo1.go:137]`; the first is the source position.
    const plugin = parseAsm(readFileSync(join(capturesDir(version), 'plugin.s'), 'utf8'));
    const calls = plugin.flatMap((f) => f.allocCalls);
    assert.ok(calls.length >= 10, `${calls.length} allocation calls`);
    for (const c of calls) {
      // Innermost positions: plugin's own file, cgo's generated one, or a callee inlined into them (errors.New).
      assert.match(c.pos.file, /^[^[\]]*\.go$/, JSON.stringify(c.pos));
      assert.ok(c.pos.line > 0);
    }
    assert.ok(calls.filter((c) => c.pos.file.endsWith('plugin_dlopen.go') && c.runtimeFunc.startsWith('runtime.concatstring')).length >= 3);
    assert.match(fn(plugin, 'plugin.open').pos!.file, /plugin_dlopen\.go$/);
  });

  test(`${version}: headers give symbol, package, frame, args and flags`, () => {
    assert.ok(cap.demo.length > 40);
    assert.ok(cap.demo.every((f) => f.pkg === 'example.com/demo/escapes'));
    const lf = fn(cap.demo, 'example.com/demo/escapes.LargeFrame');
    assert.equal(lf.locals, 0x4008);
    assert.equal(lf.args, 8);
    assert.ok(lf.size > 0);
    assert.equal(lf.pos?.line, 83);
    assert.match(lf.pos!.file, /escapes\/large_array\.go$/);
    const nosplit = fn(cap.demo, 'example.com/demo/escapes.checksum');
    assert.ok(nosplit.flags.includes('nosplit'), nosplit.flags.join(','));
    assert.ok(nosplit.flags.includes('NOSPLIT'));
    fn(cap.demo, 'example.com/demo/escapes.(*Summer).loop');
    fn(cap.demo, 'example.com/demo/escapes.ClosureBefore.func1');
    assert.equal(fn(cap.list, 'container/list.(*List).Init').pkg, 'container/list');
  });

  test(`${version}: allocation calls with runtime function, type and innermost position`, () => {
    const rp = fn(cap.demo, 'example.com/demo/escapes.ReturnPointerBefore');
    assert.equal(rp.allocCalls.length, 1);
    const a = rp.allocCalls[0]!;
    assert.match(a.runtimeFunc, /^runtime\.(newobject|mallocgc\w+)$/);
    assert.equal(a.typeSym, 'example.com/demo/escapes.Point');
    assert.equal(a.pos.line, 16);
    assert.ok(a.pcOffset > 0);
    if (a.runtimeFunc.startsWith('runtime.mallocgc')) assert.equal(a.size, 16);
    const grow = fn(cap.demo, 'example.com/demo/escapes.AppendGrowBefore').allocCalls.find((c) => c.runtimeFunc === 'runtime.growslice');
    assert.equal(grow?.typeSym, 'int');
    assert.equal(grow?.pos.line, 16);
    const conv = fn(cap.demo, 'example.com/demo/escapes.InterfaceBefore').allocCalls;
    assert.deepEqual(
      conv.map((c) => c.runtimeFunc),
      ['runtime.convT64'],
    );
    assert.equal(conv[0]!.typeSym, undefined, 'convT64 takes no type operand');
    assert.deepEqual(
      fn(cap.demo, 'example.com/demo/escapes.GoroutineArgs')
        .allocCalls.map((c) => c.runtimeFunc)
        .filter((r) => r === 'runtime.newproc'),
      ['runtime.newproc'],
    );
    // The small constant is boxed from static data: no call, a `..stmp_` reference.
    const sc = fn(cap.demo, 'example.com/demo/escapes.SmallConstantToInterface');
    assert.deepEqual(sc.allocCalls, []);
    assert.ok(sc.staticRefs.some((s) => s.kind === 'static-data' && s.pos.line === 55));
    // container/list: New and PushBack allocate Elements / Lists.
    assert.ok(fn(cap.list, 'container/list.New').allocCalls.some((c) => c.typeSym === 'container/list.List'));
  });

  test(`${version}: functions of the FIPS 140 module (STEXTFIPS headers) are read like any other`, () => {
    const fips = parseAsm(readFileSync(join(capturesDir(version), 'fips-hmac.s'), 'utf8'));
    const fns = fips.filter((f) => f.symbol.startsWith('crypto/internal/fips140/hmac.'));
    assert.ok(fns.length >= 5, `${fns.length} hmac functions`);
    assert.ok(fns.every((f) => f.flags.includes('fips')));
    // New (generic) allocates its HMAC: the listing's allocation calls are read in FIPS code too.
    assert.ok(fn(fips, 'crypto/internal/fips140/hmac.New[go.shape.*uint8]').allocCalls.some((c) => c.typeSym === 'crypto/internal/fips140/hmac.HMAC'));
  });

  test(`${version}: an allocation in inlined code carries the inline path from the inline tree`, () => {
    // list.go:146 `return l.insertValue(v, &l.root)` (column 22: the call's parenthesis) inlines
    // insertValue, whose line 104 `return l.insert(&Element{Value: v}, at)` allocates the Element.
    const push = fn(cap.list, 'container/list.(*List).PushFront').allocCalls.find((c) => c.typeSym === 'container/list.Element');
    assert.ok(push, 'PushFront allocates an Element');
    assert.equal(push.pos.line, 104, 'the -S position is the innermost line');
    assert.deepEqual(
      push.inline?.map((s) => [s.callee, s.pos.file.split('/').pop(), s.pos.line, s.pos.column]),
      [['container/list.(*List).insertValue', 'list.go', 146, 22]],
    );
    // The same callee inlined into another function is reached through that function's own call.
    const pushBackList = fn(cap.list, 'container/list.(*List).PushBackList').allocCalls.find((c) => c.typeSym === 'container/list.Element');
    assert.deepEqual(
      pushBackList?.inline?.map((s) => s.pos.line),
      [224],
    );
    // Code not inlined has no path: insertValue's own copy of the allocation.
    const own = fn(cap.list, 'container/list.(*List).insertValue').allocCalls;
    assert.ok(own.length > 0 && own.every((c) => c.inline === undefined));
    // Every line of the inline tables is recognized (none lands among the lines that are not part of a listing).
  });

  test(`${version}: reconcile marks every "before" heap escape allocates, the small constant no-allocation`, () => {
    const result = structuredClone(cap.result);
    const paths = new PathNormalizer({ cwd: cap.meta.cwd, moduleRoot: cap.meta.moduleRoot, goroot: cap.meta.goroot });
    const out = reconcile(result, cap.demo, { normalize: (f) => paths.normalize(f) });
    const heap = result.findings.filter((f) => f.kind === 'moved-to-heap' || f.kind === 'escapes-to-heap');
    assert.ok(heap.length >= 20);
    for (const f of heap) {
      assert.ok(f.verification, `${f.func} ${f.subject} verified`);
      if (f.func === 'SmallConstantToInterface') {
        assert.equal(f.verification.status, 'no-allocation');
        assert.equal(f.verification.reason, 'static data');
      } else {
        assert.equal(f.verification.status, 'allocates', `${f.func} ${f.subject}: ${JSON.stringify(f.verification)}`);
      }
    }
    const byFunc = (func: string, subject: string) => heap.find((f) => f.func === func && f.subject === subject)!.verification!;
    assert.equal(byFunc('AppendGrowBefore', 'append(s, i * i)').runtimeFunc, 'runtime.growslice');
    assert.match(byFunc('ReturnPointerBefore', 'p').runtimeFunc!, /^runtime\.(newobject|mallocgc)/);
    assert.equal(byFunc('ReturnPointerBefore', 'p').type, 'example.com/demo/escapes.Point');
    assert.equal(byFunc('InterfaceBefore', 'n * 1000').runtimeFunc, 'runtime.convT64');
    assert.equal(byFunc('LargeNewBefore', 'new([100000]int)').type, '[100000]int');
    // Allocations with no escape finding: MakeSizeBefore's heap fallback, the go statements.
    const awe = out.newFindings;
    assert.ok(awe.every((f) => f.kind === 'allocates-without-escape' && f.func && f.pos.line > 0 && f.key));
    assert.ok(awe.some((f) => f.func === 'MakeSizeBefore' && f.details.runtimeFunc === 'runtime.makeslice' && f.details.why === 'make([]T, n)'));
    assert.ok(awe.some((f) => f.func === 'GoroutineArgs' && f.details.runtimeFunc === 'runtime.newproc'));
    assert.equal(out.summary.unverified, 0);
    // Frames, largest first.
    assert.equal(out.frames[0]!.func, 'LargeFrame');
    assert.equal(out.frames[0]!.frameBytes, 16392);
    assert.equal(out.summary.framesOverLimit, 3);
    assert.equal(out.frames[0]!.pos?.file, 'escapes/large_array.go');
  });
}

test('splitSymbol: package path and compiler function name', () => {
  assert.deepEqual(splitSymbol('example.com/p.(*T).M', 'example.com/p'), { pkg: 'example.com/p', func: '(*T).M' });
  assert.deepEqual(splitSymbol('main.main.func1', 'example.com/demo/cmd/demo'), { pkg: 'example.com/demo/cmd/demo', func: 'main.func1' });
  assert.deepEqual(splitSymbol('sync/atomic.(*Pointer[os.dirInfo]).Load', 'os'), { pkg: 'sync/atomic', func: '(*Pointer[os.dirInfo]).Load' });
});

for (const version of ['go1.26', 'go1.27.3']) {
  test(`${version}: calls that may allocate (map assignment, type assertion, channel operations) are read with their arguments`, () => {
    const dir = capturesDir(version);
    for (const name of ['demo-escapes.s', 'plugin.s', 'fips-hmac.s']) {
      const text = readFileSync(join(dir, name), 'utf8');
      const fns = parseAsm(text);
      for (const target of ['chansend1', 'chanrecv1', 'chanrecv2', 'mapassign_faststr', 'typeAssert']) {
        const inText = text.split('\n').filter((l) => l.endsWith(`\tCALL\truntime.${target}(SB)`)).length;
        const read = fns.flatMap((f) => f.allocCalls).filter((c) => c.runtimeFunc === `runtime.${target}`).length;
        assert.equal(read, inText, `${name}: runtime.${target}`);
      }
      // The non-blocking channel operations never wait: not read.
      assert.ok(!fns.some((f) => f.allocCalls.some((c) => /selectnb/.test(c.runtimeFunc))));
    }
    // `"plugin: symbol " + symName + …` goes into errors.New: the concatenation gets no buffer (XORL AX, AX).
    const plugin = parseAsm(readFileSync(join(dir, 'plugin.s'), 'utf8'));
    const concat = plugin.flatMap((f) => f.allocCalls).filter((c) => c.runtimeFunc === 'runtime.concatstring4' && c.pos.line === 134);
    assert.ok(concat.length >= 1);
    for (const c of concat) assert.equal(c.stackBuf, false);
    // The demo boxes ints, not floats.
    const demo = parseAsm(readFileSync(join(dir, 'demo-escapes.s'), 'utf8'));
    const boxed = demo.flatMap((f) => f.allocCalls).filter((x) => x.runtimeFunc === 'runtime.convT64');
    assert.ok(boxed.length >= 2);
    for (const c of boxed) assert.equal(c.floatArg, undefined);
  });

  test(`${version}: a map assignment's map is read as on the stack only when it is a frame address`, () => {
    // maps.go (scripts/capture-asm.ts mapsModule): Local's literal (line 6) is kept on the stack (LEAQ autotmp(SP), BX);
    // Heap's (line 11) and the package variable's (lines 15, 16) are on the heap (the pointer loaded with MOVQ).
    const fns = parseAsm(readFileSync(join(capturesDir(version), 'maps-literal.s'), 'utf8'));
    const assigns = fns.flatMap((f) => f.allocCalls).filter((c) => c.runtimeFunc === 'runtime.mapassign_faststr');
    assert.deepEqual(
      assigns.map((c) => [c.pos.line, c.stackMap ?? false]).sort((a, b) => Number(a[0]) - Number(b[0])),
      [
        [6, true],
        [6, true],
        [11, false],
        [11, false],
        [15, false],
        [16, false],
      ],
    );
  });

  test(`${version}: nested inline paths from the pctoinline table and tree; every line of them recognized`, () => {
    // log.go (scripts/capture-asm.ts inlineModule): line 19 `func (l *Logger) Twice() *Logger { return l.With("x") }`
    // inlines With (column 49: the call's parenthesis), whose line 14 `c := l.clone()` inlines clone,
    // whose `c := *l` (line 9) is moved to heap.
    const text = readFileSync(join(capturesDir(version), 'inline-nested.s'), 'utf8');
    const fns: AsmFunction[] = [];
    const p = new AsmParser((f) => fns.push(f));
    const unrecognized = text.split('\n').filter((l) => !p.line(l));
    p.end();
    assert.deepEqual(unrecognized, []);
    const path = (symbol: string) => fn(fns, symbol).allocCalls.map((c) => [c.pos.line, c.inline?.map((s) => [s.callee, s.pos.line, s.pos.column])]);
    assert.deepEqual(path('example.com/inl.(*Logger).Twice'), [
      [
        9,
        [
          ['example.com/inl.(*Logger).With', 19, 49],
          ['example.com/inl.(*Logger).clone', 14, 14],
        ],
      ],
    ]);
    assert.deepEqual(path('example.com/inl.(*Logger).With'), [[9, [['example.com/inl.(*Logger).clone', 14, 14]]]]);
    assert.deepEqual(path('example.com/inl.(*Logger).clone'), [[9, undefined]]);
  });
}

test('parser: both header field orders, unknown lines dropped', () => {
  const text = [
    '# p',
    'p.F STEXT size=10 args=0x8 locals=0x18 funcid=0x0 align=0x0',
    'p.G STEXT nosplit size=5 align=0x0 args=0x10 locals=0x0 funcid=0x0',
    'go:string."x" SRODATA dupok size=1',
  ].join('\n');
  const fns = parseAsm(text);
  assert.deepEqual(
    fns.map((f) => [f.symbol, f.pkg, f.args, f.locals, f.flags]),
    [
      ['p.F', 'p', 8, 24, []],
      ['p.G', 'p', 16, 0, ['nosplit']],
    ],
  );
});

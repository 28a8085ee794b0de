/**
 * Causes that depend on what a call, a selector or a conversion is, on
 * compiler output captured from real compiles of both Go versions (the
 * rare-phrases capture, whose sidecar keeps the module's source: the
 * classification reads it as it reads a user's). Each case is one the
 * classification used to get wrong: a pointer converted to an interface
 * called boxing, a method value through another package's field called
 * boxing, builtins and unexported types' methods called calls the
 * compiler cannot see, an interface method on inlined code's parameter
 * called a static call.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

import { analyzeCompilerOutput } from '../../src/pipeline/recorded.js';
import { calleeKind, calleeOf, isBoxing } from '../../src/analyze/classify.js';
import type { Finding } from '../../src/model/finding.js';
import type { AnalysisResult } from '../../src/model/result.js';
import type { ListedPackage } from '../../src/toolchain/go-list.js';
import { recordedGoEnv } from '../helpers/go.js';

const CAPTURES = new URL('../../../test/captures/', import.meta.url).pathname;
const VERSIONS = ['go1.26.8', 'go1.27.3'];

/** The capture analyzed with its module's source written out, as go list would describe it. */
function analyzeCapture(version: string): { result: AnalysisResult; cleanup: () => void } {
  const base = join(CAPTURES, version, 'm2', 'rare-phrases');
  const sidecar = JSON.parse(readFileSync(`${base}.json`, 'utf8')) as { files: Record<string, string> };
  assert.ok(sidecar.files, 'the sidecar keeps the source that was compiled');
  const dir = mkdtempSync(join(tmpdir(), 'goescape-causes-'));
  for (const [name, text] of Object.entries(sidecar.files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  const goroot = execFileSync('go', ['env', 'GOROOT'], { encoding: 'utf8' }).trim();
  const env = recordedGoEnv(version, dir, goroot);
  const Module = { Path: 'example.com/phrases', Dir: dir, Main: true };
  const goFiles = (sub: string) =>
    Object.keys(sidecar.files)
      .filter((n) => n.endsWith('.go') && dirname(n) === sub)
      .map((n) => n.slice(sub === '.' ? 0 : sub.length + 1));
  const listed: ListedPackage[] = [
    { ImportPath: 'example.com/phrases', Dir: dir, GoFiles: goFiles('.'), Module },
    { ImportPath: 'example.com/phrases/dep', Dir: join(dir, 'dep'), GoFiles: goFiles('dep'), Module },
  ];
  const result = analyzeCompilerOutput([readFileSync(`${base}.txt`)], { env, cwd: dir, listed, listedFirst: true });
  return { result, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

function find(r: AnalysisResult, func: string, kind: string, subject: string): Finding {
  const f = r.findings.find((x) => x.pkg === 'example.com/phrases' && x.func === func && x.kind === kind && x.subject === subject);
  assert.ok(f, `${kind} ${subject} in ${func}`);
  return f;
}

for (const version of VERSIONS) {
  test(`${version}: a pointer converted to an interface is labelled by where the &T{} goes, not as boxing`, () => {
    const { result, cleanup } = analyzeCapture(version);
    try {
      // return &holder{errors.New(s)}: the inlined &errors.errorString{…} is converted to error, then stored in the holder.
      const f = find(result, 'Wrap2', 'escapes-to-heap', '&errors.errorString{...}');
      const conv = f.chain!.find((s) => s.op === 'interface-converted')!;
      assert.ok(conv && !isBoxing(conv), 'the conversion step is there and does not box');
      assert.equal(f.cause, 'heap-store');
      // A struct of two words converted to an interface does box (partial_devirtualize.go: Wrap{…}).
      const wrap = result.findings.find((x) => x.func === 'PartiallyDevirtualized' && x.subject === '&Impl{...}')!;
      assert.ok(wrap.chain!.some((s) => s.op === 'interface-converted' && s.where === 'Wrap{...}' && isBoxing(s)));
      // A field boxed is boxing.
      assert.equal(find(result, 'BoxField', 'escapes-to-heap', 'c.n').cause, 'interface-conversion');
    } finally {
      cleanup();
    }
  });

  test(`${version}: a method value is recognised by its receiver's type, through a field of another package's type and on an inlined call's result`, () => {
    const { result, cleanup } = analyzeCapture(version);
    try {
      // Debug is a method of dep.Sugared; the package of the finding declares no method named Debug.
      assert.equal(find(result, '(*Logger).Printer', 'escapes-to-heap', 'l.delegate.Debug').cause, 'method-value');
      // dep.Make().Run: the compiler prints the inlined result as (~r0).
      assert.equal(find(result, 'Runner', 'escapes-to-heap', '(~r0).Run').cause, 'method-value');
    } finally {
      cleanup();
    }
  });

  test(`${version}: calls are classified by what they call: builtins, unexported types' methods, std code reached through inlining, interface methods of inlined code`, () => {
    const { result, cleanup } = analyzeCapture(version);
    try {
      const append = find(result, 'Append', 'moved-to-heap', 'v');
      assert.deepEqual([append.cause, append.details.callee], ['heap-store', 'append']);
      const panic = find(result, 'Fail', 'escapes-to-heap', '&errors.errorString{...}');
      assert.deepEqual([panic.cause, panic.details.callee], ['leaking-callee', 'panic']);
      // r.vd.keep(&n): the compiler prints valDesc.keep(r.vd, &n), a value method of an unexported type.
      const keep = find(result, '(*reg).Add', 'moved-to-heap', 'n');
      assert.deepEqual([keep.cause, keep.details.callee], ['leaking-callee', 'valDesc.keep']);
      // box.Set(&n) inlines atomic.Pointer.Store into a file that does not import sync/atomic.
      const atomic = find(result, 'Keep', 'moved-to-heap', 'n');
      assert.deepEqual([atomic.cause, atomic.details.callee], ['leaking-callee', 'atomic.StorePointer']);
      // dep.Lookup(v, &n) inlined: v.Value(k) prints as dep.v.Value, a parameter of inlined code, an interface.
      const find_ = find(result, 'Find', 'moved-to-heap', 'n');
      assert.deepEqual([find_.cause, find_.details.callee], ['opaque-call', 'dep.v.Value']);
      // dep.Discard is a package variable of an interface type.
      assert.equal(find(result, 'Discard', 'moved-to-heap', 'n').cause, 'opaque-call');
      // i.(Wrap).I.M(): partial devirtualization still calls through the embedded interface.
      assert.equal(result.findings.find((x) => x.func === 'PartiallyDevirtualized' && x.subject === '&Impl{...}')!.cause, 'opaque-call');
    } finally {
      cleanup();
    }
  });
}

test('calleeOf reads the called expression of a printed call', () => {
  const lines = readFileSync(join(CAPTURES, 'go1.26.8', 'm2', 'rare-phrases.txt'), 'utf8').split('\n');
  const wheres = lines.map((l) => / from (.*) \(call parameter\) at /.exec(l)?.[1]).filter((w): w is string => w !== undefined);
  const callees = new Set(wheres.map(calleeOf));
  for (const c of ['append', 'panic', 'valDesc.keep', 'atomic.StorePointer', 'dep.v.Value', 'dep.Discard.Keep', 'i.(Wrap).I.M', '~p0.M', '.this.Run']) {
    assert.ok(callees.has(c), `${c} among ${[...callees].join(', ')}`);
  }
  assert.ok(!callees.has(undefined), 'every printed call has a callee');
});

test('calleeKind without the source: a bare undeclared name is a func value, a temporary never names a function', () => {
  const f = { pkg: 'p', pos: { file: 'x.go', line: 1, column: 1 }, subject: 'v' } as Finding;
  const src = { lineText: () => undefined, literalAt: () => undefined, importPathFor: () => undefined, declaredFuncs: () => new Set<string>() };
  const step = { op: 'call parameter', where: '', into: '{heap}' };
  assert.equal(calleeKind('f', f, step, [], src), 'dynamic');
  assert.equal(calleeKind('append', f, step, [], src), 'builtin');
  assert.equal(calleeKind('.autotmp_3.Value', f, step, [], src), 'dynamic');
  assert.equal(calleeKind('(*T).M', f, step, [], src), 'static');
  // `Log.Info` could be a type's method expression or a variable's interface method: without the source, not known.
  assert.equal(calleeKind('Log.Info', f, step, [], src), 'unknown');
});

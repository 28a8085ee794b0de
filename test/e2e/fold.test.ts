/**
 * Folding inlined copies into their origin, and facts kept apart, end to
 * end with the real go: each case a small module of its own.
 * - a copy inlined into a file that does not import the callee's package
 *   (a type re-exported through an alias) folds into the origin;
 * - a parameter that leaks to two results is two findings;
 * - "+N inlined copies" counts the copies on the heap, and says those that
 *   do not escape apart;
 * - copies with no origin in the analysis at one position (a generic body
 *   instantiated in two packages, a closure inlined into two functions, a
 *   closure of std code inlined into two functions) are one finding with
 *   the others as its copies;
 * - leaks belong to the function whose parameter leaks: the leak findings
 *   are the compiler's `leaking param` lines, each once.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { CLI_ENV, goescape } from '../helpers/cli.js';
import { requireGo } from '../helpers/go.js';
import { tempModules } from '../helpers/modules.js';

requireGo();
const module = tempModules('fold');

interface Site {
  pos: { file: string; line: number };
  func?: string;
  pkg: string;
  kind: string;
}
interface F {
  key: string;
  kind: string;
  pkg: string;
  func: string;
  subject: string;
  pos: { file: string; line: number; column?: number };
  details: { result?: string };
  inlinedSites?: Site[];
}

function analyze(dir: string): { findings: F[]; text: string } {
  const j = goescape(['analyze', '-f', 'json'], { cwd: dir, env: { GOESCAPE_CACHE: 'off' } });
  assert.equal(j.code, 0, j.stderr);
  const t = goescape(['analyze', '--only', 'heap'], { cwd: dir, env: { GOESCAPE_CACHE: 'off' } });
  assert.equal(t.code, 0, t.stderr);
  return { findings: (JSON.parse(j.stdout) as { findings: F[] }).findings, text: t.stdout };
}

const isHeap = (k: string) => k === 'moved-to-heap' || k === 'escapes-to-heap';
const isLeak = (k: string) => k.startsWith('leaking-param');

test("a copy inlined into a file that does not import the callee's package (a re-exported type) folds into its origin", () => {
  const dir = module('reexport', {
    'a/a.go': 'package a\n\ntype T struct{ name string }\n\nfunc (t *T) Clone() *T {\n\tc := *t\n\treturn &c\n}\n',
    // b re-exports a.T; c calls Clone through b's alias and never imports a.
    'b/b.go': 'package b\n\nimport "example.com/reexport/a"\n\ntype T = a.T\n\nfunc Make(t *T) *T { return t.Clone() }\n',
    'c/c.go': 'package c\n\nimport "example.com/reexport/b"\n\nfunc Use(t *b.T) *b.T { return t.Clone() }\n\nfunc Deep(t *b.T) *b.T { return b.Make(t) }\n',
  });
  const { findings } = analyze(dir);
  const heap = findings.filter((f) => isHeap(f.kind));
  assert.deepEqual(
    heap.map((f) => [f.pkg, f.func, f.subject]),
    [['example.com/reexport/a', '(*T).Clone', 'c']],
    'one heap finding: the origin',
  );
  const sites = heap[0]!.inlinedSites!.map((s) => [s.pkg, s.func, s.pos.line]).sort();
  assert.deepEqual(sites, [
    ['example.com/reexport/b', 'Make', 7],
    ['example.com/reexport/c', 'Deep', 7],
    ['example.com/reexport/c', 'Use', 5],
  ]);
});

test('a parameter that leaks to two results is two findings, neither an inlined copy of the other', () => {
  const dir = module('tworesults', {
    'p.go': 'package p\n\nfunc Two(p *int) (*int, *int) { return p, p }\n\nfunc Both(p *int) (*int, *int, *int) {\n\tq := *p\n\t_ = q\n\treturn p, p, nil\n}\n',
  });
  const { findings } = analyze(dir);
  const two = findings.filter((f) => f.func === 'Two' && isLeak(f.kind));
  assert.deepEqual(two.map((f) => [f.kind, f.details.result, f.inlinedSites?.length ?? 0]).sort(), [
    ['leaking-param-to-result', '~r0', 0],
    ['leaking-param-to-result', '~r1', 0],
  ]);
  assert.equal(new Set(two.map((f) => f.key)).size, 2, 'two keys');
  assert.equal(findings.filter((f) => f.func === 'Both' && isLeak(f.kind)).length, 2);
});

test('"+N inlined copies" counts the copies on the heap; copies that do not escape are said apart', () => {
  const dir = module('stackcopies', {
    'p.go': [
      'package p',
      '',
      'func Make(n int) func() int { return func() int { return n } }',
      '',
      // Inlined and called at once: the closure stays on the stack in each caller.
      'func Use() int { return Make(1)() }',
      '',
      'func Use2() int { return Make(2)() }',
      '',
      'var Keep func() int',
      '',
      // Inlined and stored: on the heap here.
      'func Store() { Keep = Make(3) }',
      '',
    ].join('\n'),
  });
  const { findings, text } = analyze(dir);
  const lit = findings.find((f) => f.func === 'Make' && f.subject === 'func literal')!;
  assert.equal(lit.kind, 'escapes-to-heap');
  assert.deepEqual(lit.inlinedSites!.map((s) => [s.func, s.kind]).sort(), [
    ['Store', 'escapes-to-heap'],
    ['Use', 'does-not-escape'],
    ['Use2', 'does-not-escape'],
  ]);
  assert.match(text, /^p\.go:3:38: func literal escapes to heap \(in Make; \+1 inlined copy, 2 more that do not escape\)/m);
  assert.doesNotMatch(text, /\+3 inlined copies/);
});

test('copies with no origin in the analysis at one position are one finding: a generic body instantiated in two packages, a closure inlined twice', () => {
  const dir = module('orphans', {
    // pool.New is generic and pool instantiates it nowhere: its code is compiled only in x and y.
    'pool/pool.go': 'package pool\n\ntype Pool[T any] struct{ New func() T }\n\nfunc New[T any](fn func() T) *Pool[T] { return &Pool[T]{New: fn} }\n',
    'x/x.go':
      'package x\n\nimport "example.com/orphans/pool"\n\nvar P = pool.New(func() *int { return new(int) })\n\nvar Sink func() int\n\n// The literal is called at once and inlined: no function of its own is compiled.\nfunc A(n int) { func() { Sink = func() int { return n } }() }\n\nfunc B(n int) { A(n) }\n',
    'y/y.go': 'package y\n\nimport "example.com/orphans/pool"\n\nvar P = pool.New(func() *string { return new(string) })\n',
  });
  const { findings } = analyze(dir);
  const heap = findings.filter((f) => isHeap(f.kind));
  const byPos = new Map<string, F[]>();
  for (const f of heap) {
    const k = `${f.pos.file}:${f.pos.line}:${f.pos.column}|${f.subject}`;
    byPos.set(k, [...(byPos.get(k) ?? []), f]);
  }
  for (const [k, same] of byPos) assert.equal(same.length, 1, `one finding at ${k}: ${same.map((f) => `${f.pkg} ${f.func}`).join(', ')}`);
  const inPool = heap.filter((f) => f.pos.file === 'pool/pool.go');
  // One: the instantiations' copy at New's declaration (its dictionary wrapper inlines the body) is a copy too.
  assert.deepEqual(
    inPool.map((f) => `${f.pos.line}:${f.pos.column} ${f.subject}`),
    ['5:48 &pool.Pool[go.shape.*uint8]{...}'],
  );
  for (const f of inPool) {
    const pkgs = [...new Set([f.pkg, ...(f.inlinedSites ?? []).map((s) => s.pkg)])].sort();
    assert.deepEqual(pkgs, ['example.com/orphans/x', 'example.com/orphans/y'], `${f.subject} at ${f.pos.line}:${f.pos.column} is compiled in both packages`);
  }
  // The body's copies at the callers' lines (pool.New inlined into x's and y's init) are its copies too.
  assert.deepEqual(
    heap.filter((f) => f.subject.startsWith('&pool.Pool') && f.pos.file !== 'pool/pool.go').map((f) => `${f.pos.file}:${f.pos.line}`),
    [],
  );
  const body = inPool.find((f) => f.pos.column === 48 && f.subject.startsWith('&pool.Pool'))!;
  assert.deepEqual(
    body
      .inlinedSites!.filter((s) => s.pos.file !== 'pool/pool.go')
      .map((s) => `${s.pos.file}:${s.pos.line} ${s.func}`)
      .sort(),
    ['x/x.go:5 init', 'y/y.go:5 init'],
  );
});

test("std code inlined into two functions, its closure compiled in each: the closure's leak is one finding, the other its copy", () => {
  const dir = module('stdclosure', {
    'x/x.go': 'package x\n\nimport "log"\n\nfunc A(n int) { log.Printf("a %d", n) }\n\nfunc B(n int) { log.Printf("b %d", n) }\n',
  });
  const { findings } = analyze(dir);
  const inStd = findings.filter((f) => isLeak(f.kind) && f.pos.file.startsWith('$GOROOT/src/log/'));
  assert.equal(inStd.length, 1, inStd.map((f) => `${f.func} ${f.subject}`).join(', '));
  // The second verdict, and the explanations naming each function the closure was compiled in.
  assert.deepEqual(inStd[0]!.inlinedSites!.map((s) => `${s.kind} ${s.func ?? ''}`.trim()).sort(), [
    'leak-explanation A.Printf.func1',
    'leak-explanation B.Printf.func1',
    'leaking-param-to-result',
  ]);
});

/** The compiler's `leaking param` lines, each once (a repeat has the position and the words of the first). */
function compilerLeaks(dir: string): string[] {
  const r = spawnSync('go', ['build', '-gcflags=-m=2', './...'], { cwd: dir, env: CLI_ENV, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return [...new Set(r.stderr.split('\n').filter((l) => /^\S+: leaking param/.test(l)))].sort();
}

test("leaks belong to the function whose parameter leaks: the leak findings are the compiler's leaking param lines, each once", () => {
  const dir = module('leaks', {
    'p.go': [
      'package p',
      '',
      'type T struct{ p *int }',
      '',
      // A value method: its pointer wrapper inlines it and explains t's leak again.
      'func (t T) Get() *int { return t.p }',
      '',
      'func (t *T) Set(p *int) { t.p = p }',
      '',
      // Inlined into its callers: p's flows are explained for each caller.
      'func (t *T) Reset(p *int) *T {',
      '\tt.Set(p)',
      '\treturn t',
      '}',
      '',
      'func Caller(t *T, q *int) *T { return t.Reset(q) }',
      '',
      // An interface method value: its wrapper's parameters are explained, without a verdict.
      'type I interface{ Put(p *int) }',
      '',
      'var Put = I.Put',
      '',
      // A closure inlined into another function: its leak is printed again there.
      'func Keep(p *int) func() *int { return func() *int { return p } }',
      '',
      'func Call(q *int) *int { return Keep(q)() }',
      '',
      'func Generic[E any](e *E) *E { return e }',
      '',
      'func Inst(x *int) *int { return Generic(x) }',
      '',
    ].join('\n'),
  });
  const want = compilerLeaks(dir);
  const { findings } = analyze(dir);
  const leaks = findings.filter((f) => isLeak(f.kind));
  assert.equal(
    leaks.length,
    want.length,
    `${leaks.length} leak findings for the compiler's ${want.length} lines:\n${want.join('\n')}\n--\n${leaks.map((f) => `${f.pos.line}:${f.pos.column} ${f.kind} ${f.subject} in ${f.func}`).join('\n')}`,
  );
  // Each in the function that declares the parameter, once.
  assert.deepEqual(leaks.map((f) => `${f.func} ${f.subject} ${f.details.result ?? ''}`.trim()).sort(), [
    '(*T).Reset p',
    '(*T).Reset t ~r0',
    '(*T).Set p',
    'Call q ~r0',
    'Caller q',
    'Caller t ~r0',
    'Inst x ~r0',
    'Keep p',
    'T.Get t ~r0',
  ]);
  // What the compiler explains without a verdict (the interface method's wrapper, the generic body) is kept, as explanations.
  assert.deepEqual(
    findings
      .filter((f) => f.kind === 'leak-explanation')
      .map((f) => `${f.func} ${f.subject}`)
      .sort(),
    ['Generic[go.shape.int] e', 'I.Put p', 'I.Put ~p0'],
  );
});

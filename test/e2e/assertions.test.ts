/**
 * End to end on real go: the line assertions `//goescape:bce` (no bounds
 * check left on the line, from the compiler's bounds-check report) and a
 * line's `//goescape:noescape` (nothing on it may allocate, inlined copies
 * included), each failing on real output of Go 1.26 and go1.27.3 and
 * passing once the code is fixed.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { goescape } from '../helpers/cli.js';
import { hasToolchain, requireGo } from '../helpers/go.js';
import { lineOf, tempModules } from '../helpers/modules.js';

requireGo();
const module = tempModules('assert');
const CONFIG = 'rules:\n  new-heap-escapes: false\n';

/** Index, slice and a line the compiler proves; a value that escapes on a marked line through an inlined call, and one that does not. */
const FAILING = `package a

var sink *int

func Sum(s []int) int {
	t := 0
	for i := 0; i < 10; i++ {
		t += s[i] //goescape:bce
	}
	return t
}

func First(s []int) int {
	_ = s[3]
	//goescape:bce
	return s[0] + s[1] + s[2] + s[3]
}

func Window(b []byte, n int) []byte {
	return b[:n] //goescape:bce,noescape
}

func escapeIt(x int) *int {
	p := new(int)
	*p = x
	return p
}

func Store(x int) {
	sink = escapeIt(x) //goescape:noescape
}

func Keep(x int) int {
	return *escapeIt(x) //goescape:noescape
}
`;

/** The same functions, fixed: the length proved before the loop, the slice bound checked unsigned, nothing stored. */
const FIXED = FAILING.replace('\tt := 0\n', '\ts = s[:10]\n\tt := 0\n')
  .replace('\treturn b[:n] //goescape:bce,noescape', '\tif uint(n) > uint(cap(b)) {\n\t\treturn nil\n\t}\n\treturn b[:n] //goescape:bce,noescape')
  .replace('\tsink = escapeIt(x) //goescape:noescape', '\t_ = *escapeIt(x) //goescape:noescape');

interface Violation {
  rule: string;
  pos: { file: string; line: number; column?: number };
  line?: number;
  check?: string;
  finding?: { message: string; site?: { copy: boolean } };
}

function violations(dir: string, env: NodeJS.ProcessEnv = {}): { code: number; list: Violation[]; goVersion: string; text: string } {
  const r = goescape(['check', '-f', 'json'], { cwd: dir, env });
  assert.ok(r.code === 0 || r.code === 1, r.stderr);
  const j = JSON.parse(r.stdout);
  const text = goescape(['check'], { cwd: dir, env }).stdout;
  return { code: r.code, list: j.gate.violations, goVersion: j.toolchain.goVersion, text };
}

for (const version of ['local', 'go1.27.3']) {
  test(`assertions (${version}): bce and a line's noescape fail on what the compiler left, and pass once the code is fixed`, (t) => {
    if (version !== 'local' && !hasToolchain(version)) {
      t.skip(`GOTOOLCHAIN=${version} could not be obtained from the module proxy`);
      return;
    }
    const env = { GOTOOLCHAIN: version };
    const dir = module(`assert${version.replace(/\W/g, '')}`, { 'a.go': FAILING, 'goescape.yaml': CONFIG });
    const failing = violations(dir, env);
    if (version !== 'local') assert.equal(failing.goVersion, version);
    assert.equal(failing.code, 1);
    const at = (needle: string) => lineOf(FAILING, needle);
    assert.deepEqual(
      failing.list.map((v) => [v.rule, v.pos.line, v.line, v.check ?? null]),
      [
        ['bce', at('t += s[i]'), at('t += s[i]'), 'index'],
        ['bce', at('return b[:n]'), at('return b[:n]'), 'slice'],
        ['noescape', at('sink = escapeIt'), at('sink = escapeIt'), null],
      ],
    );
    // `_ = s[3]` proved the line after it; the value Keep's line inlines stays on the stack.
    const store = failing.list.find((v) => v.rule === 'noescape')!;
    assert.equal(store.finding?.site?.copy, true, 'the inlined copy at the call line is the site');
    assert.match(failing.text, /a\.go:\d+:\d+: line \d+ is marked \/\/goescape:bce but the compiler left an index bounds check \(IsInBounds\) here/);
    assert.match(failing.text, /line \d+ is marked \/\/goescape:noescape but new\(int\) escapes to heap in escapeIt, inlined into Store/);

    writeFileSync(join(dir, 'a.go'), FIXED);
    const fixed = violations(dir, env);
    assert.deepEqual(fixed.list, []);
    assert.equal(fixed.code, 0);
  });
}

/** A call not inlined (marked go:noinline), one through a func value, a function too complex to inline, and an inlinable one that a big caller does not inline. */
const hugeBody = (n: number) => Array.from({ length: n }, (_, i) => `\tx = x*${(i % 7) + 2} + ${i}`).join('\n');
const inlineSource = (o: { fixed: boolean }) => `package inl

// Small is inlined everywhere.
//
//goescape:inline
func Small(x int) int { return x + 1 }

// Big ${o.fixed ? 'is small enough now' : 'is too complex to inline'}.
//
//goescape:inline
func Big(x int) int {
${o.fixed ? '\treturn x * x' : '\tfor i := 0; i < x; i++ {\n\t\tx += i * i\n\t\tif x > 1000 {\n\t\t\tx = x%3 + x/5 + x*7 + x - 9 + x%11\n\t\t\tx = x%13 + x/17 + x*19 + x - 23 + x%29\n\t\t\tx = x%31 + x/37 + x*41 + x - 43 + x%47\n\t\t}\n\t}\n\treturn x'}
}

${o.fixed ? '' : '//go:noinline\n'}func never(x int) int { return x }

func Use(x int, f func(int) int) int {
	a := Small(x) //goescape:inline
	b := never(x) //goescape:inline
	c := ${o.fixed ? 'Small' : 'f'}(x) //goescape:inline
	return a + b + c + Big(x)
}

// Mid costs more than a big function's callees may.
//
//goescape:inline
func Mid(x int) int {
	x = x*3 + 1
	x = x*5 + 2
	x = x*7 + 3
	return x ^ (x >> 3)
}

func Huge(x int) int {
${hugeBody(o.fixed ? 50 : 1200)}
	return Mid(x)
}
`;

for (const version of ['local', 'go1.27.3']) {
  test(`assertions (${version}): //goescape:inline fails on every call the machine code still makes, and passes once the code is fixed`, (t) => {
    if (version !== 'local' && !hasToolchain(version)) {
      t.skip(`GOTOOLCHAIN=${version} could not be obtained from the module proxy`);
      return;
    }
    const env = { GOTOOLCHAIN: version };
    const src = inlineSource({ fixed: false });
    const dir = module(`inline${version.replace(/\W/g, '')}`, { 'a.go': src, 'goescape.yaml': CONFIG });
    const failing = violations(dir, env);
    assert.equal(failing.code, 1);
    const at = (needle: string) => lineOf(src, needle);
    const pkg = `example.com/inline${version.replace(/\W/g, '')}`;
    assert.deepEqual(
      failing.list.map((v) => [v.rule, v.pos.line, v.line ?? null, (v as { callee?: string }).callee ?? null, (v as { func?: string }).func ?? null]),
      [
        ['inline', at('func Big('), null, null, 'Big'],
        ['inline', at('b := never(x)'), at('b := never(x)'), `${pkg}.never`, 'Use'],
        ['inline', at('c := f(x)'), at('c := f(x)'), null, 'Use'],
        ['inline', at('return a + b + c + Big(x)'), null, `${pkg}.Big`, 'Big'],
        // The compiler can inline Mid, and does in small callers, but not in Huge: "-m" is silent about it, the machine code is not.
        ['inline', at('return Mid(x)'), null, `${pkg}.Mid`, 'Mid'],
      ],
    );
    assert.match(failing.text, /Big is marked \/\/goescape:inline but the compiler cannot inline it: function too complex: cost \d+ exceeds budget 80/);
    assert.match(failing.text, /line \d+ is marked \/\/goescape:inline but the call to example\.com\/inl\w*\.never is not inlined here \(in Use\)/);
    assert.match(failing.text, /Mid is marked \/\/goescape:inline but this call of it in Huge is not inlined/);

    writeFileSync(join(dir, 'a.go'), inlineSource({ fixed: true }));
    const fixed = violations(dir, env);
    assert.deepEqual(fixed.list, []);
    assert.equal(fixed.code, 0);
  });
}

test('assertions: misplaced and malformed ones are bad directives', () => {
  const src = `package b

//goescape:bce

func F(s []int) int { return s[0] }

func G(s []int) int {
	return s[1] //goescape:bce please
}

func H(s []int) int {
	return s[2] //goescape:bce,allow
}

func I(s []int) int {
	return s[3] //goescape:bce,nope
}
`;
  const dir = module('assertbad', { 'b.go': src, 'goescape.yaml': CONFIG });
  const { code, list } = violations(dir);
  assert.equal(code, 1);
  assert.deepEqual(
    list.map((v) => [v.rule, v.pos.line]),
    [
      ['bad-directive', 3],
      ['bad-directive', lineOf(src, 'please')],
      ['bad-directive', lineOf(src, 'bce,allow')],
      ['bad-directive', lineOf(src, 'bce,nope')],
    ],
  );
  const text = goescape(['check'], { cwd: dir }).stdout;
  assert.match(text, /\/\/goescape:bce above a function must be in its doc comment/);
  assert.match(text, /\/\/goescape:bce takes no argument \(got "please"\)/);
  assert.match(text, /\/\/goescape:allow <reason> stands alone/);
  assert.match(text, /unknown directive \/\/goescape:nope/);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { commentStart, scanDirectives } from '../../src/gate/directives.js';

const SRC = `package p

// New makes a T.
//
//goescape:noescape
func New() *T {
	x := T{}
	f := func() { sink = &x }
	f()
	return &x
}

func G() {
	a := make([]byte, n) //goescape:allow sized by the caller, once per request
	//goescape:allow reused buffer
	// (explained above)

	b := new(T)
	s := "//goescape:allow not a comment"
	_ = s
}

//goescape:noescape
var notAFunc = 1

//goescape:allow
func H() {}

//goescape:noscape
func (t *T) M() {}
`;

test('directives: noescape covers the declared function and its closures', () => {
  const d = scanDirectives(SRC);
  assert.deepEqual(d.noescape, [{ func: 'New', line: 6, endLine: 11, directiveLine: 5 }]);
});

test('directives: allow on the line, or above it skipping comments and blank lines', () => {
  const d = scanDirectives(SRC);
  assert.deepEqual(d.allows, [
    { line: 14, reason: 'sized by the caller, once per request', directiveLine: 14 },
    { line: 18, reason: 'reused buffer', directiveLine: 15 },
  ]);
});

test('directives: reasonless and unknown directives are problems', () => {
  const d = scanDirectives(SRC);
  assert.deepEqual(
    d.problems.map((p) => p.line),
    [26, 29],
  );
  assert.match(d.problems[0]!.message, /needs a reason/);
  assert.match(d.problems[1]!.message, /unknown directive \/\/goescape:noscape/);
});

test('directives: noescape and bce on a line, or alone above it; combined with a comma', () => {
  const d = scanDirectives(`package p

//goescape:noescape
var table = map[string]int{}

func F(s []int, b []byte, n int) int {
	x := s[0] //goescape:bce
	//goescape:bce,noescape
	// (both)
	y := b[:n]
	_ = y //goescape:noescape,noescape
	return x
}

//goescape:bce

func G() {}
`);
  assert.deepEqual(d.lines, [
    { assert: 'noescape', line: 4, directiveLine: 3 },
    { assert: 'bce', line: 7, directiveLine: 7 },
    { assert: 'bce', line: 10, directiveLine: 8 },
    { assert: 'noescape', line: 10, directiveLine: 8 },
    { assert: 'noescape', line: 11, directiveLine: 11 },
  ]);
  assert.deepEqual(d.noescape, []);
  assert.deepEqual(
    d.problems.map((p) => [p.line, p.message]),
    [[15, '//goescape:bce above a function must be in its doc comment (directly above "func")']],
  );
});

test('directives: inline in a doc comment marks the function; on a line, the calls on it', () => {
  const d = scanDirectives(`package p

// Get is a hot accessor.
//
//goescape:inline
func (t *T) Get() int { return t.v }

func F(t *T) int {
	return t.Get() //goescape:inline,bce
}
`);
  assert.deepEqual(d.inline, [{ func: '(*T).Get', line: 6, directiveLine: 5 }]);
  assert.deepEqual(d.lines, [
    { assert: 'inline', line: 9, directiveLine: 9 },
    { assert: 'bce', line: 9, directiveLine: 9 },
  ]);
  assert.deepEqual(d.problems, []);
});

test('directives: a file without any is cheap and empty', () => {
  assert.deepEqual(scanDirectives('package p\nfunc F() {}\n'), { noescape: [], inline: [], lines: [], allows: [], problems: [] });
});

test('commentStart skips strings, raw strings, runes and block comments', () => {
  assert.equal(commentStart('x := "a//b" // c'), 12);
  assert.equal(commentStart('x := `//` + "\\"//"'), -1);
  assert.equal(commentStart("r := '/' // c"), 9);
  assert.equal(commentStart('/* // */ x // y'), 11);
});

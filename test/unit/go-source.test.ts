import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FuncIndex, scanGoFile, scanGoFuncs } from '../../src/parse/go-source.js';

// Shapes taken from the standard library that once misled the scanner
// (net/http/h2_bundle.go, context/context.go, bytes/bytes_test.go).
const SRC = `package p

type CancelFunc func()

type handler func(o *ordering, ev int) (bool, error)

const prefix = "Trailer:"

func promote() {
	_ = prefix
}

func configure(m map[string]int) error {
	if m == nil {
		m = make(map[string]func(string, int) error)
	}
	m["x"] = func(a string, b int) error {
		return nil
	}
	return nil
}

func (t *transport) connPool() int { return 1 }

func bmIndexByte(index func([]byte, byte) int) func(n int) {
	return func(n int) {
		_ = index
	}
}

func linkname(x int) int

func after() {
	var f func(int)
	if f != nil {
		f(1)
	}
	s := "é{" + \`}\` + string('{')
	_ = s
}
`;

function byName(src: string) {
  return new Map(scanGoFuncs(src).filter((f) => !f.isLiteral).map((f) => [f.name, f]));
}

test('func types are not declarations or literals', () => {
  const names = [...byName(SRC).keys()];
  assert.deepEqual(names, ['promote', 'configure', '(*transport).connPool', 'bmIndexByte', 'linkname', 'after']);
  const literals = scanGoFuncs(SRC).filter((f) => f.isLiteral).map((f) => f.line);
  // The literal in configure (line 17) and the one returned by bmIndexByte (line 26); not the func types on lines 15 and 34.
  assert.deepEqual(literals, [17, 26]);
});

test('declarations after a string constant are declarations', () => {
  const f = byName(SRC).get('promote')!;
  assert.equal(f.line, 9);
  assert.deepEqual(f.bodyEnd, { line: 11, column: 1 });
});

test('a function returning a func type has its body', () => {
  const f = byName(SRC).get('bmIndexByte')!;
  assert.deepEqual(f.bodyStart, { line: 25, column: 60 });
  assert.deepEqual(f.bodyEnd, { line: 29, column: 1 });
});

test('a declaration without body ends at its line', () => {
  const f = byName(SRC).get('linkname')!;
  assert.equal(f.bodyStart, undefined);
  assert.equal(byName(SRC).get('after')!.line, 33);
});

test('braces in strings, raw strings and runes do not count; columns are bytes', () => {
  const funcs = scanGoFuncs(SRC);
  const after = funcs.findIndex((f) => f.name === 'after');
  assert.deepEqual(funcs[after]!.bodyEnd, { line: 40, column: 1 });
  const index = new FuncIndex(funcs);
  assert.equal(index.enclosing(39, 2), after);
  assert.equal(funcs[index.enclosing(18, 3)]!.line, 17);
});

test('declStart: imports end where the first declaration begins', () => {
  const src = 'package p\n\n// var in a comment\nimport (\n\t"fmt"\n)\n\nvar x = fmt.Sprint(1)\n';
  const { declStart } = scanGoFile(Buffer.from(src));
  assert.equal(src.slice(declStart, declStart + 5), 'var x');
});

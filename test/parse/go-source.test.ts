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
  return new Map(
    scanGoFuncs(src)
      .filter((f) => !f.isLiteral)
      .map((f) => [f.name, f]),
  );
}

test('func types are not declarations or literals', () => {
  const names = [...byName(SRC).keys()];
  assert.deepEqual(names, ['promote', 'configure', '(*transport).connPool', 'bmIndexByte', 'linkname', 'after']);
  const literals = scanGoFuncs(SRC)
    .filter((f) => f.isLiteral)
    .map((f) => f.line);
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

// Composite literals whose type is a func type, from cmd/go/internal/load/pkg.go,
// cmd/covdata/covdata.go, runtime/malloc_test.go, net/http/h2_bundle.go and
// reflect/all_test.go: their braces hold elements, not a body. The compiler
// declares no function there (no can/cannot inline line), and numbers the
// closures after them as if they were not there (covdata's is main.func2).
const COMPOSITES = `package p

func PrepareForCoverageBuild(s *modload.State, pkgs []*Package) {
	var match []func(*modload.State, *Package) bool

	matchMainModAndCommandLine := func(_ *modload.State, p *Package) bool {
		return p.Internal.CmdlineFiles
	}
	match = []func(*modload.State, *Package) bool{matchMainModAndCommandLine}
	fields := map[string][]func(any) error{
		"Alloc": {nz, le(1e10)}, "TotalAlloc": {nz, le(1e11)},
	}
	s.TLSNextProto = map[string]func(*Server, *tls.Conn, Handler){}
	ValueOf([0]func(){})
	matchers := []func(name string) bool{}
	matchpkg = func(name string) bool {
		for _, f := range matchers {
			_ = f
		}
		return false
	}
}
`;

test('composite literals of func type are not function literals', () => {
  const funcs = scanGoFuncs(COMPOSITES);
  assert.deepEqual(
    funcs.map((f) => [f.name, f.line, f.column, f.parent]),
    [
      ['PrepareForCoverageBuild', 3, 6, undefined],
      ['', 6, 32, 0],
      ['', 16, 13, 0],
    ],
  );
  const index = new FuncIndex(funcs);
  // The element on line 9 and the map's contents belong to the declaration.
  assert.equal(index.enclosing(9, 50), 0);
  assert.equal(index.enclosing(11, 13), 0);
  assert.equal(index.enclosing(17, 3), 2);
});

// The func types around them: a statement ends at a line's last `]` or `)`
// (cmd/compile/internal/base/base.go, iter/iter.go), a func type's result
// may be a func type (net/lookup_test.go), receivers may be parenthesized
// (internal/types/testdata/check/decls2/decls2b.go).
const AROUND = `package p

var atExitFuncs []func()

func AtExit(f func()) {
	atExitFuncs = append(atExitFuncs, f)
}

type Seq2[K, V any] func(yield func(K, V) bool)

func (s *Sorter) Lookup() {
	for i, fn := range []func() func(){forceGoDNS, forceCgoDNS} {
		_, _ = i, fn
	}
}

func ((T7)) m2() {}
func (*(T7)) m4() {}
`;

test('func types end with their line; results of func type; parenthesized receivers', () => {
  const funcs = scanGoFuncs(AROUND);
  assert.deepEqual(
    funcs.map((f) => [f.name, f.line, f.isLiteral]),
    [
      ['AtExit', 5, false],
      ['(*Sorter).Lookup', 11, false],
      ['T7.m2', 17, false],
      ['(*T7).m4', 18, false],
    ],
  );
});

test('columns are bytes, as the compiler counts them', () => {
  const [, lit] = scanGoFuncs('package p\n\nfunc F() { s := "é✓"; f := func() {}; _ = s }\n');
  // `func` of the literal: 27 characters, 30 bytes, into the line.
  assert.deepEqual([lit!.line, lit!.column, lit!.bodyStart, lit!.bodyEnd], [3, 31, { line: 3, column: 38 }, { line: 3, column: 39 }]);
});

test('imports: aliases, dot and blank imports, grouped or not; not in comments', () => {
  // cmd/cgo/doc.go has \`import "C".\` at the start of a line of its package comment.
  const src =
    'package p\n\n/*\nimport "C". If the import has a doc comment\n*/\n\n// var in a comment\nimport (\n\t"fmt"\n\ty "gopkg.in/yaml.v3"\n\t. "strings"\n\t_ "embed"\n)\nimport "os"\n\nvar x = fmt.Sprint(1)\n';
  assert.deepEqual(scanGoFile(Buffer.from(src)).imports, [
    { path: 'fmt' },
    { name: 'y', path: 'gopkg.in/yaml.v3' },
    { name: '.', path: 'strings' },
    { name: '_', path: 'embed' },
    { path: 'os' },
  ]);
});

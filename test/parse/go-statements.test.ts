import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scanGoFuncs } from '../../src/parse/go-source.js';
import { GoStatements } from '../../src/parse/go-statements.js';

const SRC = `package p

// Build has statements of every shape.
func Build(a, b int) (out []*T) {
	out = append(out, &T{a}) // a comment
	if x := f(&a); x > 0 {
		out = append(out,
			&T{b}, /* inside */ &T{x})
	} else if y := g(); y {
		go func() { keep(&T{y}) }()
	}
	switch a {
	case 1, 2:
		out = nil
	default:
	}
	for _, v := range []int{1, 2} {
		use(v)
	}
L:
	a++
	return
}

var G = []*T{&T{1}}
`;

function statements(src: string): { at: (needle: string, nth?: number) => string | undefined } {
  const buf = Buffer.from(src);
  const st = new GoStatements(buf, scanGoFuncs(buf));
  return {
    at(needle, nth = 0) {
      let i = -1;
      for (let k = 0; k <= nth; k++) i = src.indexOf(needle, i + 1);
      assert.ok(i >= 0, needle);
      return st.statementAt(i);
    },
  };
}

test('go statements: the innermost statement at a position, comments and whitespace removed', () => {
  const s = statements(SRC);
  assert.equal(s.at('&T{a}'), 'out=append(out,&T{a})');
  // A control statement's header without its body; its init statement on its own.
  assert.equal(s.at('&a'), 'ifx:=f(&a)');
  assert.equal(s.at('x > 0'), 'x>0');
  assert.equal(s.at('&T{x}'), 'out=append(out,&T{b},&T{x})');
  assert.equal(s.at('y := g()'), 'elseify:=g()');
  // A func literal belongs to the statement it is written in; its own statements are inner ones.
  assert.equal(s.at('go func'), 'gofunc(){keep(&T{y})}()');
  assert.equal(s.at('&T{y}'), 'keep(&T{y})');
  assert.equal(s.at('case 1'), 'case1,2:');
  assert.equal(s.at('out = nil'), 'out=nil');
  // `[]int{1, 2}` in a for header is a composite literal, not the block.
  assert.equal(s.at('range'), 'for_,v:=range[]int{1,2}');
  assert.equal(s.at('use(v)'), 'use(v)');
  assert.equal(s.at('a++'), 'a++');
  assert.equal(s.at('return'), 'return');
  assert.equal(s.at('Build', 1), 'funcBuild(a,bint)(out[]*T)');
  assert.equal(s.at('Build'), undefined, 'a comment is in no statement');
  // Outside every function: the file's own statements.
  assert.equal(s.at('&T{1}'), 'varG=[]*T{&T{1}}');
});

test('go statements: text that is not Go gives ranges and never throws', () => {
  for (const src of ['', '}}}', '{{{', 'func (', '"unterminated', '`raw', '/* open', 'a :', 'case']) {
    const s = new GoStatements(Buffer.from(src), []);
    for (let i = 0; i <= src.length; i++) s.statementAt(i);
  }
});

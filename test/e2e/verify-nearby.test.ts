/**
 * End to end, real go: a heap finding takes a call of a neighbouring line
 * only when nothing at that line may own it and the call's kind fits the
 * finding's expression. The module reproduces gjson v1.18.0's `modGroup`
 * (gjson.go:3257): an empty `[]byte{}` escaping (zerobase, no call) with a
 * concatenation two lines below kept on the stack (`concatstring4` with its
 * stack buffer); the earlier matching gave the slice literal that
 * concatenation's call. And net/http's http2flagName (h2_bundle.go:1659):
 * a package variable's nested map literals, all made at the outer line,
 * which the earlier matching judged "optimized away". And net/http's
 * constant panic messages, which took a concatenation or a make(chan) of
 * a line below.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { goescape } from '../helpers/cli.js';
import { requireGo } from '../helpers/go.js';
import { lineOf, tempModules } from '../helpers/modules.js';

requireGo();
const newModule = tempModules('nearby');

interface JsonFinding {
  kind: string;
  subject: string;
  pos: { file: string; line: number };
  details: { runtimeFunc?: string; class?: string; condition?: string };
  verification?: { status: string; runtimeFunc?: string; class?: string; condition?: string; reason?: string };
}

const SRC = `package p

func Group(keys, values []string) [][]byte {
	var all [][]byte
	for i, k := range keys {
		if i == len(all) {
			all = append(all, []byte{}) // empty
		}
		all[i] = append(all[i], ("," + k + ":" + values[i])...) // concat
	}
	return all
}

func Seeded(keys, values []string) [][]byte {
	var all [][]byte
	for i, k := range keys {
		if i == len(all) {
			all = append(all, []byte{'['}) // seeded
		}
		all[i] = append(all[i], ("," + k + ":" + values[i])...)
	}
	return all
}
`;

function verified(dir: string): JsonFinding[] {
  const r = goescape(['analyze', '--verify', '-f', 'json'], { cwd: dir });
  assert.equal(r.code, 0, r.stderr);
  return (JSON.parse(r.stdout) as { findings: JsonFinding[] }).findings.filter((f) => f.pos.file === 'p.go');
}

test('an empty slice literal does not take the concatenation two lines below; the concatenation is its own line', { timeout: 120_000 }, () => {
  const dir = newModule('group', { 'p.go': SRC });
  const findings = verified(dir);
  const empty = lineOf(SRC, '// empty');
  const concat = lineOf(SRC, '// concat');
  const at = (line: number, subject: string) => findings.find((f) => f.pos.line === line && f.subject === subject);

  const lit = at(empty, '[]byte{}');
  assert.ok(lit, JSON.stringify(findings));
  assert.equal(lit.kind, 'escapes-to-heap');
  assert.deepEqual(lit.verification, { status: 'no-allocation', reason: 'zero size' });
  // The append of that line keeps its own growslice.
  const grow = at(empty, 'append(all, []byte{})');
  assert.equal(grow?.verification?.runtimeFunc, 'runtime.growslice');
  assert.equal(grow?.verification?.condition, 'append-growth');

  // The concatenation kept on the stack: an allocation with no escape finding at its own line,
  // which may allocate when the result outgrows the stack buffer.
  const cat = findings.filter((f) => f.kind === 'allocates-without-escape' && /^runtime\.concatstring/.test(f.subject));
  assert.deepEqual(
    cat.map((f) => [f.pos.line, f.details.class, f.details.condition]),
    [
      [concat, 'may-allocate', 'stack-buffer-overflow'],
      [lineOf(SRC, 'func Seeded') + 6, 'may-allocate', 'stack-buffer-overflow'],
    ],
  );
  // No heap finding anywhere was told it is a concatenation.
  assert.deepEqual(
    findings.filter((f) => /concatstring/.test(f.verification?.runtimeFunc ?? '')).map((f) => `${f.pos.line} ${f.subject}`),
    [],
  );
});

test('a slice literal with elements still takes its own allocation', { timeout: 120_000 }, () => {
  const dir = newModule('seeded', { 'p.go': SRC });
  const findings = verified(dir);
  const line = lineOf(SRC, '// seeded');
  const lit = findings.find((f) => f.pos.line === line && f.subject === '[]byte{...}');
  assert.ok(lit, JSON.stringify(findings.filter((f) => f.pos.line === line)));
  assert.equal(lit.verification?.status, 'allocates');
  assert.match(lit.verification?.runtimeFunc ?? '', /^runtime\.(newobject|mallocgc\w*)$/);
  assert.equal(lit.verification?.class, 'allocates');
});

test("a package variable's nested map literals each take one of the calls made at the outer literal's line", { timeout: 120_000 }, () => {
  // net/http's http2flagName (h2_bundle.go:1659): seven makemap_small calls, all at the first line.
  const src = `package p

var Names = map[int]map[int]string{
	1: {
		1: "a",
		2: "b",
	},
	2: {
		1: "c",
	},
	3: {
		1: "d",
	},
}
`;
  const dir = newModule('nested', { 'p.go': src });
  const findings = verified(dir);
  const literals = findings.filter((f) => f.kind === 'escapes-to-heap' && f.subject.startsWith('map['));
  assert.deepEqual(
    literals.map((f) => [f.pos.line, f.verification?.status, f.verification?.runtimeFunc]),
    [3, 4, 8, 11].map((line) => [line, 'allocates', 'runtime.makemap_small']),
  );
  assert.deepEqual(
    findings.filter((f) => f.kind === 'allocates-without-escape' && f.subject === 'runtime.makemap_small').map((f) => f.pos.line),
    [],
    'no make(map) left over at the outer line',
  );
});

test('a constant boxed into an interface takes no call of a neighbouring line; those calls stay at their own lines', { timeout: 120_000 }, () => {
  // net/http servemux121.go:60 (`panic("http: nil handler")` took the concatenation of line 63) and
  // server.go:2228 (a constant panic message took the make(chan bool, 1) of line 2231).
  const src = `package p

type R struct{ ch chan bool }

func Handle(m map[string]int, pattern string, h any) {
	if h == nil {
		panic("nil handler") // constant
	}
	if _, ok := m[pattern]; ok {
		panic("multiple registrations for " + pattern) // concat
	}
	m[pattern] = 1
}

func (r *R) Notify(done bool) chan bool {
	if done {
		panic("called after done") // second constant
	}
	if r.ch == nil {
		r.ch = make(chan bool, 1) // make
	}
	return r.ch
}
`;
  const dir = newModule('constants', { 'p.go': src });
  const findings = verified(dir);
  for (const needle of ['// constant', '// second constant']) {
    const line = lineOf(src, needle);
    const c = findings.find((f) => f.pos.line === line && f.kind === 'escapes-to-heap');
    assert.deepEqual(c?.verification, { status: 'no-allocation', reason: 'static data' }, `${needle}: ${JSON.stringify(c)}`);
  }
  const own = (line: number) => findings.filter((f) => f.pos.line === line && f.kind === 'allocates-without-escape').map((f) => [f.subject, f.details.class]);
  assert.deepEqual(own(lineOf(src, '// concat')), [['runtime.concatstring2', 'allocates']]);
  assert.deepEqual(own(lineOf(src, '// make')), [['runtime.makechan', 'allocates']]);
  // The concatenation's own finding is its box into the panic's interface.
  const boxed = findings.find((f) => f.pos.line === lineOf(src, '// concat') && f.kind === 'escapes-to-heap');
  assert.equal(boxed?.verification?.runtimeFunc, 'runtime.convTstring');
});

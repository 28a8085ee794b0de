/**
 * Allocation classes end to end with the real go: `analyze --verify -f json`
 * on one small module per class, each asserting the verification status, the
 * class, the condition and the runtime entry point at the line marked
 * `// here` (or why nothing allocates there); a non-blocking
 * `select` predicts nothing; the text report shows the class in its
 * bracket; goescape.yaml `rules.classes` ignores or forbids a class.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { goescape } from '../helpers/cli.js';
import { requireGo } from '../helpers/go.js';
import { tempModules } from '../helpers/modules.js';

requireGo();
const newModule = tempModules('classes');

function module(name: string, src: string): { dir: string; line: number } {
  const dir = newModule(name, { 'p.go': src });
  const line = src.split('\n').findIndex((l) => l.includes('// here')) + 1;
  assert.ok(line > 0, 'a line marked // here');
  return { dir, line };
}

interface JsonFinding {
  kind: string;
  pos: { file: string; line: number };
  details: { runtimeFunc?: string; class?: string; condition?: string };
  verification?: { status: string; runtimeFunc?: string; class?: string; condition?: string; reason?: string };
}

interface AtLine {
  /** The heap finding's verification status, or `allocates-without-escape`. */
  status: string;
  runtimeFunc?: string;
  class?: string;
  condition?: string;
  reason?: string;
}

function verified(dir: string): { findings: JsonFinding[]; verification: { byClass?: Record<string, number>; byCondition?: Record<string, number> } } {
  const r = goescape(['analyze', '--verify', '-f', 'json'], { cwd: dir });
  assert.equal(r.code, 0, r.stderr);
  return JSON.parse(r.stdout);
}

/** What the machine code does at `line`: each heap finding's verification there, and each allocation with no escape finding. */
function classesAt(findings: JsonFinding[], line: number): AtLine[] {
  const out: AtLine[] = [];
  for (const f of findings) {
    if (f.pos.file !== 'p.go' || f.pos.line !== line) continue;
    const v = f.verification;
    if (v) out.push({ status: v.status, runtimeFunc: v.runtimeFunc, class: v.class, condition: v.condition, reason: v.reason });
    else if (f.kind === 'allocates-without-escape')
      out.push({ status: f.kind, runtimeFunc: f.details.runtimeFunc, class: f.details.class, condition: f.details.condition });
  }
  return out;
}

const cases: { name: string; src: string; status: string; runtimeFunc?: RegExp; class?: string; condition?: string; reason?: string }[] = [
  {
    name: 'map-grows',
    status: 'allocates-without-escape',
    runtimeFunc: /^runtime\.mapassign_fast64$/,
    class: 'may-allocate',
    condition: 'map-growth',
    src: `package p

func Fill(n int) map[int]int {
	m := make(map[int]int)
	for i := 0; i < n; i++ {
		m[i] = i // here
	}
	return m
}
`,
  },
  {
    name: 'type-switch',
    status: 'allocates-without-escape',
    runtimeFunc: /^runtime\.interfaceSwitch$/,
    class: 'may-allocate',
    condition: 'type-switch-cache',
    src: `package p

type Namer interface{ Name() string }
type Sizer interface{ Size() int }

func Kind(x any) int {
	switch x.(type) { // here
	case Namer:
		return 1
	case Sizer:
		return 2
	}
	return 0
}
`,
  },
  {
    name: 'type-assertion',
    status: 'allocates-without-escape',
    runtimeFunc: /^runtime\.typeAssert$/,
    class: 'may-allocate',
    condition: 'type-assertion-cache',
    src: `package p

type Namer interface{ Name() string }

func Name(x any) string {
	n, ok := x.(Namer) // here
	if !ok {
		return ""
	}
	return n.Name()
}
`,
  },
  {
    name: 'select',
    status: 'allocates-without-escape',
    runtimeFunc: /^runtime\.selectgo$/,
    class: 'may-allocate',
    condition: 'select-blocks',
    src: `package p

func First(a, b chan int) int {
	select { // here
	case v := <-a:
		return v
	case v := <-b:
		return v
	}
}
`,
  },
  {
    name: 'receive',
    status: 'allocates-without-escape',
    runtimeFunc: /^runtime\.chanrecv1$/,
    class: 'may-allocate',
    condition: 'channel-blocks',
    src: `package p

func Next(c chan int) int {
	return <-c // here
}
`,
  },
  {
    name: 'append',
    status: 'allocates',
    runtimeFunc: /^runtime\.growslice$/,
    class: 'may-allocate',
    condition: 'append-growth',
    src: `package p

func Add(s []int, v int) []int {
	return append(s, v) // here
}
`,
  },
  {
    name: 'new',
    status: 'allocates',
    runtimeFunc: /^runtime\.(newobject|mallocgc\w*)$/,
    class: 'allocates',
    src: `package p

type T struct{ a, b int }

func Make() *T {
	return new(T) // here
}
`,
  },
  {
    name: 'string-conversion',
    status: 'allocates-without-escape',
    runtimeFunc: /^runtime\.slicebytetostring$/,
    class: 'may-allocate',
    condition: 'stack-buffer-overflow',
    src: `package p

func Count(b []byte) int {
	s := string(b) // here
	n := 0
	for _, r := range s {
		if r == 'x' {
			n++
		}
	}
	return n
}
`,
  },
  {
    name: 'box-int',
    status: 'allocates',
    runtimeFunc: /^runtime\.convT64$/,
    class: 'may-allocate',
    condition: 'integer-not-small',
    src: `package p

func Box(n int) any {
	return n // here
}
`,
  },
  {
    name: 'box-float',
    status: 'allocates',
    runtimeFunc: /^runtime\.convT64$/,
    class: 'allocates',
    src: `package p

func Box(f float64) any {
	return f // here
}
`,
  },
  {
    name: 'range-channel',
    status: 'allocates-without-escape',
    runtimeFunc: /^runtime\.chanrecv2$/,
    class: 'may-allocate',
    condition: 'channel-blocks',
    src: `package p

func Sum(c chan int) int {
	n := 0
	for v := range c { // here
		n += v
	}
	return n
}
`,
  },
  {
    name: 'make-constant',
    status: 'allocates',
    runtimeFunc: /^runtime\.(makeslice|newobject|mallocgc\w*)$/,
    class: 'allocates',
    src: `package p

func Buf() []int {
	return make([]int, 10) // here
}
`,
  },
  {
    name: 'box-constant',
    status: 'no-allocation',
    reason: 'static data',
    src: `package p

func Five() any {
	return 5 // here
}
`,
  },
  {
    name: 'box-byte',
    status: 'no-allocation',
    reason: 'small-integer cache',
    src: `package p

func Box(b byte) any {
	return b // here
}
`,
  },
];

for (const c of cases) {
  test(`class at the line: ${c.name}`, { timeout: 120_000 }, () => {
    const { dir, line } = module(c.name, c.src);
    const { findings, verification } = verified(dir);
    const at = classesAt(findings, line);
    assert.equal(at.length, 1, `one verified site or allocation at p.go:${line}: ${JSON.stringify(at)}`);
    assert.equal(at[0]!.status, c.status);
    if (c.runtimeFunc) assert.match(at[0]!.runtimeFunc ?? '', c.runtimeFunc);
    else assert.equal(at[0]!.runtimeFunc, undefined);
    assert.equal(at[0]!.class, c.class);
    assert.equal(at[0]!.condition, c.condition);
    assert.equal(at[0]!.reason, c.reason);
    if (c.class) assert.ok((verification.byClass?.[c.class] ?? 0) >= 1, JSON.stringify(verification.byClass));
    else assert.deepEqual(verification.byClass ?? {}, {}, 'nothing classed: no allocation');
    if (c.condition) assert.ok((verification.byCondition?.[c.condition] ?? 0) >= 1, JSON.stringify(verification.byCondition));
  });
}

test('a select with a default case is not predicted to allocate', { timeout: 120_000 }, () => {
  const { dir, line } = module(
    'select-default',
    `package p

func Poll(a, b chan int) int {
	select { // here
	case v := <-a:
		return v
	case v := <-b:
		return v
	default:
		return 0
	}
}

func PollOne(a chan int) int {
	select {
	case v := <-a:
		return v
	default:
		return 0
	}
}
`,
  );
  const { findings } = verified(dir);
  const inFile = findings.filter((f) => f.pos.file === 'p.go' && (f.kind === 'allocates-without-escape' || f.verification));
  assert.deepEqual(
    inFile.map((f) => `${f.pos.line} ${f.details.runtimeFunc ?? f.verification?.runtimeFunc}`),
    [],
    `nothing predicted (select at line ${line})`,
  );
});

test('the text report names the class in the bracket, and the summary counts by class', { timeout: 120_000 }, () => {
  const { dir, line } = module(
    'text',
    `package p

func Put(m map[string]int, k string) {
	m[k]++ // here
}

type T struct{ a, b int }

func Make() *T {
	return &T{}
}
`,
  );
  const r = goescape(['analyze', '--verify', '--only', 'heap'], { cwd: dir });
  assert.equal(r.code, 0, r.stderr);
  assert.match(
    r.stdout,
    new RegExp(`^p\\.go:${line}: runtime\\.mapassign_faststr may allocate \\(map assignment\\) with no escape finding \\(in Put\\)$`, 'm'),
  );
  assert.match(
    r.stdout,
    /^p\.go:10:9: &T\{\} escapes to heap \(in Make\) \[returned-address\] \[allocates: runtime\.(newobject|mallocgc\w*) type:example\.com\/text\.T\]$/m,
  );
  assert.match(r.stdout, /; by class: 1 allocate, 1 may allocate \(map growth 1\)$/m);

  // The page's detail of the heap escape shows its class.
  const page = join(dir, 'page.html');
  const h = goescape(['analyze', '--verify', '-f', 'html', '-o', page], { cwd: dir });
  assert.equal(h.code, 0, h.stderr);
  assert.match(readFileSync(page, 'utf8'), /"cl":"allocates"/);

  // explain --verify on the map assignment's line: what the machine code does there.
  const e = goescape(['explain', '--verify', `p.go:${line}`], { cwd: dir });
  assert.equal(e.code, 0, e.stderr);
  assert.match(e.stdout, /^ {2}machine code: \[may allocate \(map growth\)\]$/m);
});

test('goescape.yaml rules.classes: ignore leaves a class out of the budget, forbid fails on it', { timeout: 180_000 }, () => {
  const { dir, line } = module(
    'gate',
    `package p

func Add(s []int, v int) []int {
	return append(s, v) // here
}

type T struct{ a, b int }

func Make() *T {
	return &T{}
}
`,
  );
  // Two sites (the append may allocate, &T{} allocates); the budget allows one.
  writeFileSync(join(dir, 'goescape.yaml'), 'rules:\n  new-heap-escapes: false\n  budgets: { example.com/gate: 1 }\n');
  const counted = goescape(['check'], { cwd: dir });
  assert.equal(counted.code, 1, counted.stdout + counted.stderr);
  assert.match(counted.stdout, /has 2 heap escape sites, over its budget of 1/);

  writeFileSync(join(dir, 'goescape.yaml'), 'rules:\n  new-heap-escapes: false\n  budgets: { example.com/gate: 1 }\n  classes:\n    may-allocate: ignore\n');
  const ignored = goescape(['check'], { cwd: dir });
  assert.equal(ignored.code, 0, ignored.stdout + ignored.stderr);

  writeFileSync(join(dir, 'goescape.yaml'), 'rules:\n  new-heap-escapes: false\n  classes:\n    may-allocate: forbid\n');
  const forbidden = goescape(['check', '-f', 'json'], { cwd: dir });
  assert.equal(forbidden.code, 1, forbidden.stdout + forbidden.stderr);
  const doc = (
    JSON.parse(forbidden.stdout) as {
      gate: {
        violations: { rule: string; pos?: { line: number }; class?: string; condition?: string; finding?: { site?: { class?: string; condition?: string } } }[];
      };
    }
  ).gate;
  const v = doc.violations.filter((x) => x.rule === 'forbidden-class');
  assert.equal(v.length, 1, JSON.stringify(doc.violations));
  assert.equal(v[0]!.pos?.line, line);
  assert.equal(v[0]!.class, 'may-allocate');
  assert.equal(v[0]!.condition, 'append-growth');
  assert.equal(v[0]!.finding?.site?.class, 'may-allocate');

  const sarifFile = join(dir, 'out.sarif');
  goescape(['check', '--sarif', sarifFile], { cwd: dir });
  const sarif = JSON.parse(readFileSync(sarifFile, 'utf8')) as {
    runs: { results: { ruleId: string; level: string; properties: Record<string, unknown> }[] }[];
  };
  const res = sarif.runs[0]!.results.find((x) => x.properties.gateRule === 'forbidden-class')!;
  assert.equal(res.level, 'warning');
  assert.equal(res.properties.allocationClass, 'may-allocate');
  assert.equal(res.properties.allocationCondition, 'append-growth');

  writeFileSync(join(dir, 'goescape.yaml'), 'rules:\n  classes:\n    maybe: ignore\n');
  const bad = goescape(['check'], { cwd: dir });
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /rules\.classes\.maybe: unknown allocation class; use one of: allocates, may-allocate, allocates-in-callee/);
});

test('a map literal kept on the stack is filled without allocating; a later assignment to it may grow it', { timeout: 180_000 }, () => {
  const src = `package p

func Count(a, b string) int {
	m := map[string]int{a: 1, b: 2, "c": 3} // literal
	return len(m)
}

func Grow(keys []string) int {
	m := map[string]int{}
	for _, k := range keys {
		m[k]++ // grows
	}
	return len(m)
}
`;
  // The runtime's own count: the literal never allocates; the map filled past one group's 8 slots does.
  const testSrc = `package p

import (
	"fmt"
	"testing"
)

func TestAllocs(t *testing.T) {
	keys := make([]string, 20)
	for i := range keys {
		keys[i] = fmt.Sprint(i)
	}
	fmt.Printf("count=%v grow=%v\\n", testing.AllocsPerRun(100, func() { Count("a", "b") }), testing.AllocsPerRun(100, func() { Grow(keys) }))
}
`;
  const dir = newModule('stack-map', { 'p.go': src, 'p_test.go': testSrc });
  const { findings } = verified(dir);
  const literal = src.split('\n').findIndex((l) => l.includes('// literal')) + 1;
  const grows = src.split('\n').findIndex((l) => l.includes('// grows')) + 1;
  assert.deepEqual(classesAt(findings, literal), [], 'the literal predicts nothing');
  assert.deepEqual(classesAt(findings, grows), [
    { status: 'allocates-without-escape', runtimeFunc: 'runtime.mapassign_faststr', class: 'may-allocate', condition: 'map-growth' },
  ]);
  // Again with the listing's blocks read back from the cache (another report, the same -S compile): the same.
  const text = goescape(['analyze', '--verify', '--only', 'heap'], { cwd: dir });
  assert.equal(text.code, 0, text.stderr);
  assert.doesNotMatch(text.stdout, new RegExp(`^p\\.go:${literal}:`, 'm'));
  assert.match(text.stdout, new RegExp(`^p\\.go:${grows}: runtime\\.mapassign_faststr may allocate`, 'm'));
  const run = spawnSync('go', ['test', '-run', 'TestAllocs', '-count=1', '-v', '.'], { cwd: dir, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stdout + run.stderr);
  const m = /count=(\S+) grow=(\S+)/.exec(run.stdout);
  assert.ok(m, run.stdout);
  assert.equal(Number(m[1]), 0, 'the stack map literal never allocates');
  assert.ok(Number(m[2]) > 0, 'the map that grows allocates');
});

test("a package variable's map literal: its first assignment allocates the map's group, the others fit in it", { timeout: 180_000 }, () => {
  // chi's middleware/nocache.go:15: the heap profile has 576 bytes at its first static entry's line and nothing at the others.
  const src = `package p

var Epoch = "x"

var Headers = map[string]string{
	"Expires":       Epoch,
	"Cache-Control": "no-cache", // first
	"Pragma":        "no-cache", // second
	"X-Accel":       "0", // third
}

var Big = map[int]int{1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6, 7: 7, 8: 8, 9: 9} // big
`;
  const testSrc = `package p

import "testing"

func TestInit(t *testing.T) {
	if len(Headers) != 4 || len(Big) != 9 {
		t.Fatal(len(Headers), len(Big))
	}
}
`;
  const dir = newModule('package-map', { 'p.go': src, 'p_test.go': testSrc });
  const { findings } = verified(dir);
  const lineOf = (needle: string) => src.split('\n').findIndex((l) => l.includes(needle)) + 1;
  assert.deepEqual(classesAt(findings, lineOf('// first')), [
    { status: 'allocates-without-escape', runtimeFunc: 'runtime.mapassign_faststr', class: 'allocates', condition: undefined },
  ]);
  assert.deepEqual(classesAt(findings, lineOf('// second')), []);
  assert.deepEqual(classesAt(findings, lineOf('// third')), []);
  // A literal of 9 entries is made by makemap with its size: no assignment is predicted at all.
  assert.deepEqual(
    classesAt(findings, lineOf('// big')).map((c) => c.runtimeFunc),
    ['runtime.makemap'],
  );

  // The runtime agrees: a heap profile of the package's initialisation at rate 1.
  const prof = join(dir, 'mem.pprof');
  const run = spawnSync('go', ['test', '-run', 'TestInit', '-count=1', '-memprofile', prof, '-memprofilerate=1', '.'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, GODEBUG: 'memprofilerate=1' },
  });
  assert.equal(run.status, 0, run.stdout + run.stderr);
  const traces = spawnSync('go', ['tool', 'pprof', '-sample_index=alloc_space', '-traces', '-lines', prof], { cwd: dir, encoding: 'utf8' });
  assert.equal(traces.status, 0, traces.stderr);
  const lines = new Set([...traces.stdout.matchAll(/package-map\.init \S*p\.go:(\d+)/g)].map((m) => Number(m[1])));
  assert.ok(lines.has(lineOf('// first')), `the first assignment allocated: ${[...lines].join(', ')}`);
  assert.ok(!lines.has(lineOf('// second')) && !lines.has(lineOf('// third')), `the others did not: ${[...lines].join(', ')}`);
});

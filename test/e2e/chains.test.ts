/**
 * End to end, real go: chains and `explain`. A parameter that reaches the
 * heap two ways (stored, and captured by a closure) gets two explanations
 * from the compiler that share their first flow: the chain lists that step
 * once, and `explain` shows each way as a path of its own rather than one
 * numbered chain that comes back to its start. A finding made from an
 * explanation header (`func literal escapes to heap in Go`, a go
 * statement's wrapper) names its function once. Steps of code inlined
 * into a function are shown at their own line in the callee, with the
 * call that inlined them.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { goescape, writeFiles } from '../helpers/cli.js';
import { requireGo } from '../helpers/go.js';
import type { AnalysisResult } from '../../src/model/result.js';

let root = '';
before(() => {
  requireGo();
  root = mkdtempSync(join(tmpdir(), 'goescape-chains-'));
  writeFiles(join(root, 'paths'), {
    'go.mod': 'module example.com/paths\n\ngo 1.26\n',
    'paths.go': `package paths

var sink *int

var fs []func() int

func Two(p *int) {
	q := p
	sink = q
	fs = append(fs, func() int { return *q })
}

func work(n int, ch chan int) { ch <- n }

func Go(n int, ch chan int) {
	go work(n, ch)
}
`,
  });
  writeFiles(join(root, 'inl'), {
    'go.mod': 'module example.com/inl\n\ngo 1.26\n',
    'c.go': `package inl

import "example.com/inl/dep"

type C struct {
	self *C
	n    int
}

var all []*C

func (c *C) init(self *C) {
	c.self = self
	all = append(all, self)
}

func New(n int) *C {
	result := &C{n: n}
	result.init(result)
	return nil
}

func NewDep() *dep.D {
	d := &dep.D{}
	d.Setup(d)
	return nil
}
`,
    'dep/dep.go': `package dep

type D struct{ self *D }

func (d *D) Keep(self *D) {
	d.self = self
}

func (d *D) Setup(self *D) {
	d.Keep(self)
}
`,
  });
});
after(() => rmSync(root, { recursive: true, force: true }));

test('a chain lists a step the explanations share once; explain shows each explanation as a path of its own', () => {
  const cwd = join(root, 'paths');
  const json = goescape(['analyze', '-f', 'json'], { cwd });
  assert.equal(json.code, 0, json.stderr);
  const r = JSON.parse(json.stdout) as AnalysisResult;
  const p = r.findings.find((f) => f.kind === 'leaking-param' && f.subject === 'p')!;
  assert.ok(p, 'leaking param: p');
  assert.equal(p.explanations.length, 2, 'the compiler explains two ways');
  // The compiler prints `q := p` in both explanations; the chain has it once.
  assert.deepEqual(
    p.chain!.map((s) => `${s.op} ${s.where}`),
    ['assign q := p', 'assign sink = q', 'captured by a closure q'],
  );
  assert.deepEqual(p.chainPaths, [
    [0, 1],
    [0, 2],
  ]);

  const ex = goescape(['explain', 'paths.go:7'], { cwd });
  assert.equal(ex.code, 0, ex.stderr);
  assert.match(ex.stdout, /chain: 2 paths/);
  const path1 = ex.stdout.slice(ex.stdout.indexOf('path 1 of 2:'), ex.stdout.indexOf('path 2 of 2:'));
  const path2 = ex.stdout.slice(ex.stdout.indexOf('path 2 of 2:'), ex.stdout.indexOf('  fix:'));
  assert.match(path1, /1\. q := p \(assign\) at paths\.go:8:4 → q/);
  assert.match(path1, /2\. sink = q \(assign\) at paths\.go:9:7 → \{heap\}/);
  assert.match(path1, /sink: \{heap\}/);
  assert.doesNotMatch(path1, /captured/);
  assert.match(path2, /1\. q := p \(assign\) at paths\.go:8:4 → q/);
  assert.match(path2, /2\. q \(captured by a closure\) at paths\.go:10:39/);
  assert.match(path2, /sink: \{storage for func literal\}/);
  assert.doesNotMatch(ex.stdout, /\b3\. /, 'no step numbered past its own path');
});

test('a finding made from an explanation header names its function once', () => {
  const r = goescape(['analyze', '--only', 'heap'], { cwd: join(root, 'paths') });
  assert.equal(r.code, 0, r.stderr);
  const line = r.stdout.split('\n').find((l) => l.startsWith('paths.go:16:'));
  assert.equal(line, 'paths.go:16:2: func literal escapes to heap in Go [go-statement]');
});

test('a step of inlined code is shown at its own line in the callee, with the call that inlined it', () => {
  const cwd = join(root, 'inl');
  const ex = goescape(['explain', 'c.go:18'], { cwd });
  assert.equal(ex.code, 0, ex.stderr);
  // The compiler prints `c.self = self` at the call `result.init(result)` (c.go:19:13).
  assert.match(
    ex.stdout,
    /c\.self = self \(assign\) at c\.go:13:9 → \{heap\}\n\s+13 \|\s+c\.self = self\n\s+\(inlined through the call to example\.com\/inl\.\(\*C\)\.init at c\.go:19:13\)/,
  );
  // The call's own argument passing stays at the call.
  assert.match(ex.stdout, /c, self := result, result \(assign-pair\) at c\.go:19:13/);

  // explain analyzes the module's packages the chain was inlined from, so their steps show at their lines too.
  const dep = goescape(['explain', 'c.go:24'], { cwd });
  assert.equal(dep.code, 0, dep.stderr);
  assert.match(
    dep.stdout,
    /dep\.d\.self = dep\.self \(assign\) at dep\/dep\.go:6:9 → \{heap\}\n\s+6 \|\s+d\.self = self\n\s+\(inlined through the call to example\.com\/inl\/dep\.\(\*D\)\.Setup at c\.go:25:9\)\n\s+\(inlined through the call to example\.com\/inl\/dep\.\(\*D\)\.Keep at dep\/dep\.go:10:8\)/,
  );

  // Two calls deep, across packages: NewDep → dep.(*D).Setup → dep.(*D).Keep.
  const json = goescape(['analyze', '-f', 'json', './...'], { cwd });
  assert.equal(json.code, 0, json.stderr);
  const r = JSON.parse(json.stdout) as AnalysisResult;
  const d = r.findings.find((f) => f.func === 'NewDep' && f.subject === '&dep.D{}')!;
  const store = d.chain!.find((s) => s.op === 'assign' && s.where === 'dep.d.self = dep.self')!;
  assert.deepEqual(store.pos, { file: 'dep/dep.go', line: 6, column: 9 });
  assert.deepEqual(store.inline, [
    { callee: 'example.com/inl/dep.(*D).Setup', pos: { file: 'c.go', line: 25, column: 9 } },
    { callee: 'example.com/inl/dep.(*D).Keep', pos: { file: 'dep/dep.go', line: 10, column: 8 } },
  ]);
});

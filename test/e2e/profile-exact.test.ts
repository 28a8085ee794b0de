/**
 * End to end, real go: the profile join by full path. A module with two
 * `pool.go` files in two packages, code inlined from one package into
 * another, a generic-only package (the compiler prints nothing for it:
 * its code is compiled where it is instantiated) and package-level
 * variables in two files of one package, whose `init` lines pprof records
 * under one file name.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { ObservedSite, ProfileJoin } from '../../src/bench/profile-join.js';
import { decodeHeapProfile } from '../../src/parse/pprof.js';
import { readFileSync } from 'node:fs';
import { goescape, writeFiles } from '../helpers/cli.js';
import { requireGo } from '../helpers/go.js';

const FILES: Record<string, string> = {
  'go.mod': 'module example.com/tp\n\ngo 1.26\n',
  'a/pool.go': `package a

type Buf struct{ b []byte }

//go:noinline
func New(n int) *Buf {
	return &Buf{b: make([]byte, n)}
}
`,
  // Line 7 allocates nothing here, line 7 of a/pool.go does: a base-name join would mix them up.
  'b/pool.go': `package b

type Item struct{ x, y int }

//go:noinline
func Make(n int) Item {
	return Item{n, n}
}

//go:noinline
func Box(n int) *Item { return &Item{n, n} }
`,
  'c/inline.go': `package c

type T struct{ a, b int }

func Small(n int) *T {
	return &T{n, n}
}
`,
  'd/use.go': `package d

import "example.com/tp/c"

var Sink *c.T

//go:noinline
func Outer(n int) {
	Sink = c.Small(n)
}
`,
  'g/g.go': `package g

func Ptrs[T any](xs []T) []*T {
	out := make([]*T, 0, len(xs))
	for i := range xs {
		out = append(out, &xs[i])
	}
	return out
}
`,
  'i/a.go': `package i

type T struct{ N int }

//go:noinline
func n() int { return 3 }

var A = &T{N: n()}



var D = make([]byte, n()*100)
`,
  'i/b.go': `package i

// Padding.
//
//
//

var B = &T{N: n() + 1}

var C = make([]int, n()*1000)
`,
  // A variable whose initialiser allocates inside a callee: no finding says where this init line is.
  'i/c.go': `package i

import "strings"

var E = strings.Repeat("x", n()*10)
`,
  'd/use_test.go': `package d

import (
	"testing"

	"example.com/tp/a"
	"example.com/tp/b"
	"example.com/tp/g"
	"example.com/tp/i"
)

var sinkA *a.Buf
var sinkB *b.Item
var sinkG []*int

func BenchmarkAll(bm *testing.B) {
	xs := []int{1, 2, 3}
	for k := 0; k < bm.N; k++ {
		Outer(k)
		sinkA = a.New(64)
		sinkB = b.Box(k)
		_ = b.Make(k)
		sinkG = g.Ptrs(xs)
	}
	_, _, _ = i.A, i.D, i.E
}
`,
};

describe('profile join by full path (real go, a module written here)', () => {
  let dir: string;
  let join_: ProfileJoin;
  let raw: ReturnType<typeof decodeHeapProfile>;
  before(() => {
    requireGo();
    dir = mkdtempSync(join(tmpdir(), 'goescape-profile-exact-'));
    writeFiles(dir, FILES);
    const prof = join(dir, 'mem.pprof');
    execFileSync('go', ['test', '-run=^$', '-bench=.', '-benchtime=50x', `-memprofile=${prof}`, '-memprofilerate=1', '-o', join(dir, 'd.test'), './d'], {
      cwd: dir,
      env: { ...process.env, GODEBUG: 'memprofilerate=1' },
      stdio: 'pipe',
    });
    raw = decodeHeapProfile(readFileSync(prof));
    const r = goescape(['profile', prof, './...', '-f', 'json'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    join_ = (JSON.parse(r.stdout) as { join: ProfileJoin }).join;
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const sites = () => [...join_.ranking, ...join_.unpredictedSites];
  const at = (file: string, line: number): ObservedSite | undefined => sites().find((s) => s.file === file && s.line === line && s.via.length === 0);

  it('keys sites by full path: a/pool.go and b/pool.go are two files', () => {
    const a = at('a/pool.go', 7);
    assert.ok(a, 'a/pool.go:7 allocated');
    assert.ok(a.findings.length > 0 && a.findings.every((f) => f.pos.file === 'a/pool.go'));
    assert.equal(at('b/pool.go', 7), undefined, 'b/pool.go:7 (a value) did not allocate');
    const b = at('b/pool.go', 11);
    assert.ok(b?.findings.every((f) => f.pos.file === 'b/pool.go' && f.func === 'Box'));
    assert.ok(!sites().some((s) => s.file.startsWith('/')), "every module file in the analysis's form");
  });

  it('lands bytes of inlined code on the callee line and the call line that inlined it', () => {
    // The profile itself records c.Small inlined into d.Outer.
    assert.ok(
      raw.samples.some((s) => s.stack.some((f, i) => f.func === 'example.com/tp/c.Small' && f.inlined && s.stack[i + 1]?.func === 'example.com/tp/d.Outer')),
    );
    const small = at('c/inline.go', 6);
    assert.ok(small && small.findings.length > 0, 'the origin line is predicted');
    const call = small.inlinedAt.find((x) => x.file === 'd/use.go' && x.line === 9);
    assert.ok(call, 'the call line d/use.go:9');
    assert.equal(call.func, 'Outer');
    assert.ok(
      call.findings.some((f) => f.pos.file === 'c/inline.go'),
      "the origin's inlined copy there",
    );
  });

  it('keeps a generic-only package (no compiler output of its own) and joins its instantiation', () => {
    const g = at('g/g.go', 4);
    assert.ok(g, 'g/g.go:4 allocated');
    assert.match(g.func, /^Ptrs\[/);
    assert.equal(g.pkg, 'example.com/tp/g');
    assert.ok(g.findings.length > 0, "the instantiation's finding (printed by the package that instantiates it) predicts it");
  });

  it('places package init lines in the right file, though pprof names one file for all of them', () => {
    const recorded = raw.samples.flatMap((s) => s.stack).filter((f) => f.func === 'example.com/tp/i.init');
    assert.equal(new Set(recorded.map((f) => f.file)).size, 1, 'pprof recorded one file for every init line');
    const d = at('i/a.go', 12);
    assert.ok(d, 'var D (i/a.go:12) allocated');
    assert.equal(d.initFile, 'resolved');
    assert.ok(d.findings.some((f) => f.pos.file === 'i/a.go'));
    const c = at('i/b.go', 10);
    assert.ok(c?.findings.some((f) => f.pos.file === 'i/b.go'));
    // No finding at var E's line: the file that declares a package-level variable there.
    const e = sites().find((s) => s.line === 5 && s.func === 'init' && s.via.some((v) => v.startsWith('strings.')));
    assert.ok(e, 'var E (i/c.go:5) allocated inside strings.Repeat');
    assert.equal(e.file, 'i/c.go');
    assert.equal(e.initFile, 'resolved');
  });

  it('accounts for every sampled byte, each unpredicted site with a reason', () => {
    const sum = sites().reduce((n, s) => n + s.bytes, 0);
    assert.equal(sum, join_.inPackages.bytes);
    assert.equal(join_.predicted.bytes + join_.unpredicted.bytes, join_.inPackages.bytes);
    for (const s of join_.unpredictedSites) assert.ok(s.reason, `${s.file}:${s.line} has a reason`);
    // The benchmark's own b.Run frame allocates inside testing: a callee site.
    assert.ok(join_.unpredictedSites.every((s) => s.reason !== 'in-callee' || s.via.length > 0));
  });
});

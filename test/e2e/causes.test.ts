/**
 * End to end, real go: causes that used to send the user the wrong way,
 * one small module each. A pointer converted to an interface is no box
 * (the allocation is the &T{}); a method value is known by its receiver's
 * type wherever the method is declared; a call reached through inlined
 * code is what it calls; builtins are never calls the compiler cannot see;
 * a value method of an unexported type is a static call.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { goescape, writeFiles } from '../helpers/cli.js';
import { requireGo } from '../helpers/go.js';
import type { Finding } from '../../src/model/finding.js';
import type { AnalysisResult } from '../../src/model/result.js';

let root = '';
const results = new Map<string, AnalysisResult>();

const MODULES: Record<string, Record<string, string>> = {
  pointer: {
    'go.mod': 'module example.com/pointer\n\ngo 1.26\n',
    'p.go': `package pointer

import "errors"

type holder struct{ err error }

func Wrap(s string) *holder { return &holder{errors.New(s)} }

var errs = map[string]error{}

func Put(s string) { errs[s] = errors.New(s) }

var sink any

func Box(n int) { sink = n }
`,
  },
  methodvalue: {
    'go.mod': 'module example.com/methodvalue\n\ngo 1.26\n',
    'log/log.go': `package log

type Sugared struct{ n int }

//go:noinline
func (s *Sugared) Debug(args ...any) { _ = args }

//go:noinline
func (s *Sugared) Info(args ...any) { _ = args }
`,
    'grpc/grpc.go': `package grpc

import "example.com/methodvalue/log"

type printer struct{ print func(...any) }

type Logger struct {
	delegate *log.Sugared
	p        *printer
}

// Info is declared here too: a lookup by name in this package found it, and not Debug.
func (l *Logger) Info(args ...any) { l.p.print(args...) }

func (l *Logger) Debugger() *printer { return &printer{print: l.delegate.Debug} }

func (l *Logger) Informer() *printer { return &printer{print: l.delegate.Info} }

type counts struct{ Debug int }

var sink any

func Field(c *counts) { sink = c.Debug }
`,
  },
  inlined: {
    'go.mod': 'module example.com/inlined\n\ngo 1.26\n',
    'box/box.go': `package box

import (
	"context"
	"sync/atomic"
)

type Box struct{ p atomic.Pointer[int] }

func (b *Box) Set(p *int) { b.p.Store(p) }

type key struct{}

func Value(ctx context.Context, p *int) any { return ctx.Value(p) }
`,
    'use.go': `package inlined

import (
	"context"

	"example.com/inlined/box"
)

var b box.Box

func Keep(n int) { b.Set(&n) }

func Look(ctx context.Context, n int) any { return box.Value(ctx, &n) }
`,
  },
  builtins: {
    'go.mod': 'module example.com/builtins\n\ngo 1.26\n',
    'b.go': `package builtins

import "errors"

func Append(xs []*int, v int) []*int { return append(xs, &v) }

var dst = make([]*int, 4)

func Copy(v int) { copy(dst, []*int{&v}) }

func Fail(s string) { panic(errors.New(s)) }
`,
  },
  unexported: {
    'go.mod': 'module example.com/unexported\n\ngo 1.26\n',
    'u.go': `package unexported

type desc struct{ name string }

type v2 struct{}

var all []*desc

//go:noinline
func (v2) newDesc(d *desc) { all = append(all, d) }

type registry struct{ v2 v2 }

func (r *registry) Add(name string) { r.v2.newDesc(&desc{name: name}) }

type iface interface{ newDesc(d *desc) }

type viaIface struct{ v2 iface }

func (r *viaIface) Add(name string) { r.v2.newDesc(&desc{name: name}) }
`,
  },
};

before(() => {
  requireGo();
  root = mkdtempSync(join(tmpdir(), 'goescape-causes-'));
  for (const [name, files] of Object.entries(MODULES)) writeFiles(join(root, name), files);
});
after(() => rmSync(root, { recursive: true, force: true }));

function analysis(name: string): AnalysisResult {
  let r = results.get(name);
  if (!r) {
    const run = goescape(['analyze', '-f', 'json', './...'], { cwd: join(root, name) });
    assert.equal(run.code, 0, run.stderr);
    results.set(name, (r = JSON.parse(run.stdout) as AnalysisResult));
  }
  return r;
}

function finding(name: string, func: string, kind: string, subject: string): Finding {
  const f = analysis(name).findings.find((x) => x.func === func && x.kind === kind && x.subject === subject);
  assert.ok(
    f,
    `${kind} ${subject} in ${func}: ${analysis(name)
      .findings.filter((x) => x.func === func)
      .map((x) => `${x.kind} ${x.subject}`)
      .join('; ')}`,
  );
  return f;
}

test('a pointer converted to an interface is not boxing: the &T{} is labelled by where it goes, and its advice says so', () => {
  // &errors.errorString{…} (errors.New inlined) converted to error, then stored in a &holder{} / a map.
  const wrapped = finding('pointer', 'Wrap', 'escapes-to-heap', '&errors.errorString{...}');
  assert.equal(wrapped.cause, 'heap-store');
  const put = finding('pointer', 'Put', 'escapes-to-heap', '&errors.errorString{...}');
  assert.equal(put.cause, 'heap-store');
  assert.equal(finding('pointer', 'Box', 'escapes-to-heap', 'n').cause, 'interface-conversion');
  const ex = goescape(['explain', 'p.go:7'], { cwd: join(root, 'pointer') });
  assert.equal(ex.code, 0, ex.stderr);
  const block = ex.stdout.slice(ex.stdout.indexOf('&errors.errorString{...} escapes'));
  assert.match(block, /cause: heap-store/);
  assert.doesNotMatch(block.slice(0, block.indexOf('docs:')), /boxing|0–255/);
});

test("a method value is recognised by its receiver's type, whichever package declares the method", () => {
  assert.equal(finding('methodvalue', '(*Logger).Debugger', 'escapes-to-heap', 'l.delegate.Debug').cause, 'method-value');
  assert.equal(finding('methodvalue', '(*Logger).Informer', 'escapes-to-heap', 'l.delegate.Info').cause, 'method-value');
  // A field named like a method is a field boxed.
  assert.equal(finding('methodvalue', 'Field', 'escapes-to-heap', 'c.Debug').cause, 'interface-conversion');
});

test('a call reached through inlined code is classified by what it calls', () => {
  // b.Set(&n) inlines atomic.(*Pointer).Store: the call is atomic.StorePointer, a static function, in a file that does not import sync/atomic.
  const keep = finding('inlined', 'Keep', 'moved-to-heap', 'n');
  assert.deepEqual([keep.cause, keep.details.callee], ['leaking-callee', 'atomic.StorePointer']);
  // box.Value(ctx, &n) inlines ctx.Value(p): an interface method on the inlined function's parameter (printed box.ctx.Value).
  const look = finding('inlined', 'Look', 'moved-to-heap', 'n');
  assert.deepEqual([look.cause, look.details.callee], ['opaque-call', 'box.ctx.Value']);
});

test("builtins are never opaque calls: append and copy store into the slice, panic's argument escapes with panic's parameter", () => {
  const app = finding('builtins', 'Append', 'moved-to-heap', 'v');
  assert.deepEqual([app.cause, app.details.callee], ['heap-store', 'append']);
  const fail = finding('builtins', 'Fail', 'escapes-to-heap', '&errors.errorString{...}');
  assert.deepEqual([fail.cause, fail.details.callee], ['leaking-callee', 'panic']);
  const ex = goescape(['explain', 'b.go:11'], { cwd: join(root, 'builtins') });
  assert.equal(ex.code, 0, ex.stderr);
  assert.match(ex.stdout, /fix: `&errors\.errorString\{\.\.\.\}` is passed to panic, whose argument always escapes/);
  const ex2 = goescape(['explain', 'b.go:5'], { cwd: join(root, 'builtins') });
  assert.match(ex2.stdout, /fix: `v` is added to a slice by `append\(xs, &v\)`/);
});

test('a value method of an unexported type is a static call; the same call on an interface field is not', () => {
  const concrete = finding('unexported', '(*registry).Add', 'escapes-to-heap', '&desc{...}');
  assert.deepEqual([concrete.cause, concrete.details.callee], ['leaking-callee', 'v2.newDesc']);
  const dynamic = finding('unexported', '(*viaIface).Add', 'escapes-to-heap', '&desc{...}');
  assert.deepEqual([dynamic.cause, dynamic.details.callee], ['opaque-call', 'r.v2.newDesc']);
});

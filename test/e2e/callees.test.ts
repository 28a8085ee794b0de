/**
 * `allocates-in-callee` end to end with the real go: `analyze --verify`
 * on a small module whose calls allocate inside std (`time.NewTimer`),
 * two calls deep inside the module (none inlined), only on an error path,
 * and through an interface (unknown); the dependencies' summaries are
 * taken from goescape's cache on the next run.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import { goescape } from '../helpers/cli.js';
import { requireGo } from '../helpers/go.js';
import { tempModules } from '../helpers/modules.js';

requireGo();
const newModule = tempModules('callees');
const cacheDir = mkdtempSync(join(tmpdir(), 'goescape-e2e-callees-cache-'));
after(() => rmSync(cacheDir, { recursive: true, force: true }));

const SRC = `package p

import (
	"errors"
	"io"
	"time"
)

type T struct{ a, b int }

//go:noinline
func c() *T { return new(T) }

//go:noinline
func b() *T { return c() }

//go:noinline
func a() *T { return b() }

func Use() *T {
	return a() // deep
}

func Timer() *time.Timer {
	return time.NewTimer(time.Second) // timer
}

//go:noinline
func check(x int) error {
	if x < 0 {
		return errors.New("negative")
	}
	return nil
}

func Check(x int) error {
	return check(x) // error path
}

func Read(r io.Reader, p []byte) (int, error) {
	return r.Read(p) // interface
}

//go:noinline
func guarded(f func()) *T {
	defer func() { recover() }()
	f()
	return new(T)
}

func Guarded() *T {
	return guarded(func() {}) // recovered
}
`;

const lineOf = (marker: string) => SRC.split('\n').findIndex((l) => l.includes(`// ${marker}`)) + 1;

interface JsonFinding {
  kind: string;
  key: string;
  func: string;
  subject: string;
  message: string;
  pos: { file: string; line: number };
  details: { class?: string; callee?: string; calleePath?: string[]; unconditional?: boolean; runtimeFunc?: string; type?: string };
}
interface Callees {
  staticCalls: number;
  allocating: number;
  unconditional: number;
  unknown: number;
  unknownCalls: { pkg: string; func: string; pos: { file: string; line: number } }[];
  packagesCached: number;
  packagesCompiled: number;
}

function run(dir: string): { findings: JsonFinding[]; callees: Callees } {
  const r = goescape(['analyze', '--verify', '-f', 'json'], { cwd: dir, env: { GOESCAPE_CACHE: cacheDir } });
  assert.equal(r.code, 0, r.stderr);
  const doc = JSON.parse(r.stdout);
  assert.ok(doc.verification.callees, 'the verification has the callee summaries');
  return { findings: doc.findings, callees: doc.verification.callees };
}

const inCallee = (findings: JsonFinding[], line: number) =>
  findings.filter((f) => f.kind === 'allocates-without-escape' && f.details.class === 'allocates-in-callee' && f.pos.line === line);

const dir = newModule('callees', { 'p.go': SRC });
const first = run(dir);

test('a call into time.NewTimer is predicted to allocate inside it, on every path, with its path to the runtime', () => {
  const [f, ...more] = inCallee(first.findings, lineOf('timer'));
  assert.ok(f, 'a prediction at the time.NewTimer line');
  assert.equal(more.length, 0);
  assert.equal(f.func, 'Timer');
  assert.equal(f.details.callee, 'time.NewTimer');
  assert.equal(f.subject, 'time.NewTimer');
  assert.equal(f.details.calleePath?.[0], 'time.NewTimer');
  assert.match(f.details.calleePath?.at(-1) ?? '', /^runtime\.(newobject|makechan|mallocgc)/);
  assert.equal(f.details.unconditional, true);
  assert.match(f.message, /^allocates inside time\.NewTimer → /);
  // Keyed by the callee, never by a line.
  assert.match(f.key, /^example\.com\/callees\|Timer\|allocates-without-escape\|time\.NewTimer\|/);
  assert.doesNotMatch(f.key, new RegExp(`\\b${lineOf('timer')}\\b`));
});

test('an allocation two calls deep in the module (a → b → c, none inlined) is predicted at the line calling a', () => {
  const [f] = inCallee(first.findings, lineOf('deep'));
  assert.ok(f, 'a prediction at the call of a');
  assert.equal(f.func, 'Use');
  assert.deepEqual(f.details.calleePath, ['example.com/callees.a', 'example.com/callees.b', 'example.com/callees.c', 'runtime.newobject']);
  assert.equal(f.details.type, 'example.com/callees.T');
  assert.equal(f.details.unconditional, true);
  // Each level is predicted at its own call line too.
  assert.ok(first.findings.some((x) => x.details.class === 'allocates-in-callee' && x.func === 'b' && x.details.callee === 'example.com/callees.c'));
});

test('a callee that allocates only on its error path is predicted conditional', () => {
  const [f] = inCallee(first.findings, lineOf('error path'));
  assert.ok(f, 'a prediction at the call of check');
  assert.equal(f.details.callee, 'example.com/callees.check');
  assert.equal(f.details.unconditional, false);
  assert.match(f.message, /\(conditional\)$/);
});

test('a callee whose panic a deferred recover can turn into a return (a path no branch of the listing draws) is conditional', () => {
  const [f] = inCallee(first.findings, lineOf('recovered'));
  assert.ok(f, 'a prediction at the call of guarded');
  assert.deepEqual(f.details.calleePath, ['example.com/callees.guarded', 'runtime.newobject']);
  assert.equal(f.details.unconditional, false);
});

test('an interface call is unknown: counted and listed, never predicted', () => {
  const line = lineOf('interface');
  assert.equal(inCallee(first.findings, line).length, 0);
  assert.ok(first.callees.unknownCalls.some((u) => u.func === 'Read' && u.pos.file === 'p.go' && u.pos.line === line));
  assert.equal(first.callees.unknown, first.callees.unknownCalls.length);
  assert.ok(first.callees.allocating >= 4);
  assert.ok(first.callees.unconditional < first.callees.allocating);
});

test("the dependencies' summaries are compiled once, then read from goescape's cache", () => {
  assert.ok(first.callees.packagesCompiled > 0, 'the first run compiles time and its dependencies with -S');
  assert.equal(first.callees.packagesCached, 0);
  // Change the module (so nothing is replayed), not its dependencies.
  writeFileSync(join(dir, 'p.go'), `${readFileSync(join(dir, 'p.go'), 'utf8')}\nfunc Extra() {}\n`);
  const second = run(dir);
  assert.equal(second.callees.packagesCompiled, 0, 'no dependency compiled again');
  assert.equal(second.callees.packagesCached, first.callees.packagesCompiled);
  const paths = (r: { findings: JsonFinding[] }) =>
    r.findings.filter((f) => f.details.class === 'allocates-in-callee').map((f) => `${f.key} ${f.details.calleePath?.join('>')} ${f.details.unconditional}`);
  assert.deepEqual(paths(second), paths(first));
});

test('the text report shows the callee, its path and the summary counts', () => {
  const r = goescape(['analyze', '--verify'], { cwd: dir, env: { GOESCAPE_CACHE: cacheDir } });
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, new RegExp(`p\\.go:${lineOf('timer')}: allocates inside time\\.NewTimer → runtime\\.`));
  assert.match(r.stdout, /allocates inside example\.com\/callees\.check → runtime\.newobject \(errors\.errorString\) \(conditional\)/);
  assert.match(r.stdout, /calls allocate in their callees \(\d+ on every path\), \d+ interface or func-value calls? unknown/);
  // The page embeds each prediction with its path and class.
  const page = join(dir, 'page.html');
  const h = goescape(['analyze', '--verify', '-f', 'html', '-o', page], { cwd: dir, env: { GOESCAPE_CACHE: cacheDir } });
  assert.equal(h.code, 0, h.stderr);
  const html = readFileSync(page, 'utf8');
  assert.ok(
    html.includes('allocates inside time.NewTimer \\u2192 runtime.') || html.includes('allocates inside time.NewTimer → runtime.'),
    'the prediction in the page',
  );
  assert.ok(html.includes('allocates in a callee'), 'its class in the page');
});

test('the gate counts allocates-in-callee in a noescape function; rules.classes ignores or forbids it', { timeout: 180_000 }, () => {
  const src = `package p

import "time"

//goescape:noescape
func Hot() *time.Timer {
	return time.NewTimer(time.Second) // here
}
`;
  const gateDir = newModule('calleegate', { 'p.go': src });
  const line = src.split('\n').findIndex((l) => l.includes('// here')) + 1;
  const env = { GOESCAPE_CACHE: cacheDir };
  writeFileSync(join(gateDir, 'goescape.yaml'), 'rules:\n  new-heap-escapes: false\n');
  const counted = goescape(['check', '--verify', '-f', 'json'], { cwd: gateDir, env });
  assert.equal(counted.code, 1, counted.stdout + counted.stderr);
  const violations = (r: { stdout: string }) =>
    (JSON.parse(r.stdout) as { gate: { violations: { rule: string; pos?: { line: number }; detail?: string; class?: string }[] } }).gate.violations;
  const ne = violations(counted).filter((v) => v.rule === 'noescape-alloc');
  assert.equal(ne.length, 1, JSON.stringify(violations(counted)));
  assert.equal(ne[0]!.pos?.line, line);
  assert.equal(ne[0]!.detail, 'time.NewTimer');

  writeFileSync(join(gateDir, 'goescape.yaml'), 'rules:\n  new-heap-escapes: false\n  classes:\n    allocates-in-callee: ignore\n');
  const ignored = goescape(['check', '-f', 'json'], { cwd: gateDir, env });
  assert.equal(ignored.code, 0, ignored.stdout + ignored.stderr);

  writeFileSync(join(gateDir, 'goescape.yaml'), 'rules:\n  new-heap-escapes: false\n  noescape: false\n  classes:\n    allocates-in-callee: forbid\n');
  const forbidden = goescape(['check', '-f', 'json'], { cwd: gateDir, env });
  assert.equal(forbidden.code, 1, forbidden.stdout + forbidden.stderr);
  const f = violations(forbidden).filter((v) => v.rule === 'forbidden-class');
  assert.equal(f.length, 1, JSON.stringify(violations(forbidden)));
  assert.equal(f[0]!.class, 'allocates-in-callee');
  assert.equal(f[0]!.pos?.line, line);
});

/**
 * The gate on allocation sites, end to end with the real go (and git for
 * diff): each case a small module of its own in a temporary directory.
 * - a new inlined copy of an escape already in the baseline fails check and
 *   diff --fail-on-new, at the copy's call line, naming the escape;
 * - a value method's escape and its pointer wrapper's are one violation,
 *   located in SARIF and GitHub annotations at the method;
 * - //goescape:allow on a line of the escape's chain accepts it;
 * - a directive that matches nothing warns, and fails under --strict;
 * - a version 1 baseline loads, with one warning line saying how to re-record.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { goescape } from '../helpers/cli.js';
import { requireGo } from '../helpers/go.js';
import { commit, git, lineOf, tempModules } from '../helpers/modules.js';

requireGo();
const module = tempModules('sites');

const run = (dir: string, ...args: string[]) => goescape(args, { cwd: dir, env: { GOESCAPE_CACHE: 'off' } });

interface Violation {
  rule: string;
  pos?: { file: string; line: number };
  func?: string;
  finding?: { key: string; func: string; site?: { func: string; copy: boolean; pos: { line: number } } };
}

const LOGGER = `package logx

type Logger struct {
	name string
	lvl  int
}

func (l *Logger) clone() *Logger {
	c := *l
	return &c
}

func (l *Logger) With(name string) *Logger {
	c := l.clone()
	c.name = name
	return c
}
`;
const DUP = `${LOGGER}
func (l *Logger) Dup() *Logger { return l.clone() }
`;

test('a new inlined copy of a baselined escape fails check and diff --fail-on-new, blamed at its call line, naming the escape', () => {
  const dir = module('logx', { 'log.go': LOGGER });
  git(dir, 'init', '-q', '-b', 'main');
  const made = run(dir, 'baseline');
  assert.equal(made.code, 0, made.stderr);
  assert.match(made.stderr, /^wrote goescape-baseline\.json: 1 heap escape at 2 sites in 1 package /);
  const b = JSON.parse(readFileSync(join(dir, 'goescape-baseline.json'), 'utf8'));
  assert.equal(b.baselineVersion, 3);
  // Keys end in the fingerprint of the statement (8 hex digits).
  assert.deepEqual(
    b.sites.map((s: { func: string; origin: string; at: { line: number } }) => [s.func, s.origin.replace(/\|[0-9a-f]{8}$/, '|#'), s.at.line]).sort(),
    [
      ['(*Logger).With', 'example.com/logx|(*Logger).clone|moved-to-heap|c|#', 14],
      ['(*Logger).clone', 'example.com/logx|(*Logger).clone|moved-to-heap|c|#', 9],
    ],
  );
  const base = commit(dir, 'c1');
  assert.equal(run(dir, 'check').code, 0);

  writeFileSync(join(dir, 'log.go'), DUP);
  commit(dir, 'dup');
  const line = lineOf(DUP, 'func (l *Logger) Dup()');
  // The compiler places a call at its parenthesis.
  const col = DUP.split('\n')[line - 1]!.indexOf('l.clone()') + 'l.clone'.length + 1;
  const r = run(dir, 'check');
  assert.equal(r.code, 1, r.stdout + r.stderr);
  assert.match(
    r.stdout,
    new RegExp(
      `^log\\.go:${line}:${col}: new heap escape: moved to heap: c in \\(\\*Logger\\)\\.clone, inlined into \\(\\*Logger\\)\\.Dup \\(cause: returned-address; the escape is at log\\.go:9:2\\); not in the baseline$`,
      'm',
    ),
  );
  assert.match(r.stdout, /goescape check failed: 1 violation \(1 heap escape at 3 sites; sites: 2 in the baseline, 1 new, 0 removed, 0 accepted\)/);
  const j = JSON.parse(run(dir, 'check', '-f', 'json').stdout);
  assert.deepEqual(
    j.gate.violations.map((v: Violation) => [v.rule, v.pos?.line, v.func, v.finding?.key.replace(/\|[0-9a-f]{8}$/, '|#'), v.finding?.site?.copy]),
    [['new-heap-escape', line, '(*Logger).Dup', 'example.com/logx|(*Logger).clone|moved-to-heap|c|#', true]],
  );

  const d = run(dir, 'diff', base, 'HEAD', '--fail-on-new');
  assert.equal(d.code, 1, d.stdout + d.stderr);
  assert.match(d.stdout, new RegExp(`\\+ moved to heap: c in \\(\\*Logger\\)\\.clone, inlined into \\(\\*Logger\\)\\.Dup .*\\(log\\.go:${line}:${col}\\)`));
  assert.match(
    d.stderr,
    new RegExp(
      `^goescape diff: 1 new heap escape site \\(1 heap escape\\) since ${base} at log\\.go:${line}:${col}: moved to heap: c in \\(\\*Logger\\)\\.clone, inlined into \\(\\*Logger\\)\\.Dup`,
    ),
  );
});

test('a version 1 baseline loads: each escape accepts its sites, with one warning line saying how to re-record; a later version is refused', () => {
  const dir = module('logv', { 'log.go': LOGGER });
  // What the previous release wrote: the heap findings by key, under `findings`.
  const a = JSON.parse(run(dir, 'analyze', '-f', 'json').stdout);
  const t = a.toolchain;
  const v1 = {
    baselineVersion: 1,
    tool: 'goescape',
    toolchain: { goVersion: t.goVersion, goos: t.goos, goarch: t.goarch, goexperiment: t.goexperiment, compilerFlags: t.compilerFlags },
    patterns: ['./...'],
    packages: ['example.com/logv'],
    findings: a.findings
      .filter((f: { kind: string }) => /-heap$/.test(f.kind))
      .map((f: { key: string; kind: string; pkg: string; func: string; subject: string; cause?: string }) => ({
        key: f.key,
        kind: f.kind,
        pkg: f.pkg,
        func: f.func,
        subject: f.subject,
        cause: f.cause,
      })),
  };
  assert.equal(v1.findings.length, 1);
  writeFileSync(join(dir, 'goescape-baseline.json'), JSON.stringify(v1, null, 2) + '\n');
  const warning =
    /^goescape check: warning: goescape-baseline\.json is a version 1 baseline \(heap escapes, not allocation sites\): each escape in it accepts every site it has now, so a new inlined copy of one passes; run "goescape baseline" and commit the file to record sites\n$/;
  const r = run(dir, 'check');
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.match(r.stderr, warning);
  assert.match(r.stdout, /goescape check passed \(1 heap escape at 2 sites; sites: 2 in the baseline, 0 new/);
  // The gap the warning names: a new copy of a version 1 escape passes; a new escape still fails.
  writeFileSync(join(dir, 'log.go'), DUP);
  assert.equal(run(dir, 'check').code, 0);
  writeFileSync(join(dir, 'leak.go'), 'package logx\n\nfunc Leak() *int {\n\ty := 1\n\treturn &y\n}\n');
  const leak = run(dir, 'check');
  assert.equal(leak.code, 1);
  assert.match(leak.stdout, /^leak\.go:4:2: new heap escape: moved to heap: y in Leak/m);
  rmSync(join(dir, 'leak.go'));
  // Re-recorded: version 2, the copy is a site of its own, no warning.
  assert.equal(run(dir, 'baseline').code, 0);
  const again = run(dir, 'check');
  assert.equal(again.code, 0);
  assert.equal(again.stderr, '');
  assert.equal(JSON.parse(readFileSync(join(dir, 'goescape-baseline.json'), 'utf8')).sites.length, 3);

  writeFileSync(join(dir, 'goescape-baseline.json'), JSON.stringify({ ...v1, baselineVersion: 4 }));
  const later = run(dir, 'check');
  assert.equal(later.code, 2);
  assert.equal(
    later.stderr,
    'goescape check: goescape-baseline.json has baselineVersion 4, this goescape reads 1 to 3; regenerate it with "goescape baseline"\n',
  );
});

const WRAPPED = `package wrap

type T struct{ n int }

type I interface{ Keep() }

var sink any
`;
// Converting *T to I makes the compiler generate the pointer wrapper (*T).Keep.
const KEEP = `${WRAPPED}
var _ I = &T{}

func (t T) Keep() {
	x := t.n
	sink = &x
}
`;

test("a value method's escape and its pointer wrapper's are one violation, at the method, in every format", () => {
  const dir = module('wrap', { 'v.go': WRAPPED });
  assert.equal(run(dir, 'baseline').code, 0);
  writeFileSync(join(dir, 'v.go'), KEEP);
  const line = lineOf(KEEP, 'x := t.n');
  const j = JSON.parse(run(dir, 'check', '-f', 'json').stdout);
  assert.deepEqual(
    j.gate.violations.map((v: Violation) => [v.rule, v.pos?.line, v.finding?.func]),
    [['new-heap-escape', line, 'T.Keep']],
  );
  assert.match(JSON.stringify(j.gate.counts), /"heapEscapes":1,"sites":1,/);

  const sarif = JSON.parse(run(dir, 'check', '-f', 'sarif').stdout);
  const results = sarif.runs[0].results;
  assert.equal(results.length, 1);
  assert.deepEqual(results[0].locations[0].physicalLocation, {
    artifactLocation: { uri: 'v.go', uriBaseId: '%SRCROOT%' },
    region: { startLine: line, startColumn: 2 },
  });
  const gh = run(dir, 'check', '-f', 'github')
    .stdout.split('\n')
    .filter((l) => l.startsWith('::error'));
  assert.equal(gh.length, 1);
  assert.match(gh[0]!, new RegExp(`^::error file=v\\.go,line=${line},col=2,`));
});

test("//goescape:allow on a line of the escape's chain accepts it, with the reason shown", () => {
  const src = (allow: string) => `package chain

var sink *int

func Store(v int) {
	x := v
	p := &x
	sink = p${allow}
}
`;
  const dir = module('chain', { 'c.go': 'package chain\n\nvar sink *int\n' });
  assert.equal(run(dir, 'baseline').code, 0);
  writeFileSync(join(dir, 'c.go'), src(''));
  const before = run(dir, 'check');
  assert.equal(before.code, 1, before.stdout);
  assert.match(before.stdout, /^c\.go:6:2: new heap escape: moved to heap: x in Store /m);

  writeFileSync(join(dir, 'c.go'), src(' //goescape:allow the sink lives as long as the process'));
  const r = run(dir, 'check');
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.equal(r.stderr, '');
  assert.match(
    r.stdout,
    /^accepted:\n {2}c\.go:6:2: moved to heap: x in Store: accepted by \/\/goescape:allow at c\.go:8: the sink lives as long as the process$/m,
  );
  const j = JSON.parse(run(dir, 'check', '-f', 'json').stdout);
  assert.deepEqual(
    j.gate.accepted.map((a: { by: string; reason: string; directive: unknown }) => [a.by, a.reason, a.directive]),
    [['directive', 'the sink lives as long as the process', { file: 'c.go', line: 8 }]],
  );
});

test('a directive that matches nothing warns in check, one line each with what to do, and fails under --strict', () => {
  const dir = module('unmatched', {
    'u.go': `package unmatched

//goescape:allow nothing escapes here
func Add(a, b int) int { return a + b }

// Map is generic and never instantiated here, so never compiled.
//
//goescape:noescape
func Map[T any](xs []T, f func(T) T) []T {
	for i := range xs {
		xs[i] = f(xs[i])
	}
	return xs
}
`,
  });
  writeFileSync(join(dir, 'goescape.yaml'), 'rules:\n  new-heap-escapes: false\n');
  const r = run(dir, 'check');
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.deepEqual(r.stderr.split('\n'), [
    "goescape check: warning: u.go:3: //goescape:allow matches no escape on line 4 or on a line of an escape's chain; remove it, or put it on the line of the escape, of a step of its chain, or of the inlined call (goescape explain u.go:4 shows them) (--strict fails on it)",
    'goescape check: warning: u.go:8: //goescape:noescape on Map matches no code the compiler analysed (a generic function is compiled only where it is instantiated); remove it, or analyse packages that use it (--strict fails on it)',
    '',
  ]);
  const strict = run(dir, 'check', '--strict');
  assert.equal(strict.code, 1, strict.stdout + strict.stderr);
  assert.match(strict.stdout, /^u\.go:3: \/\/goescape:allow matches no escape on line 4/m);
  assert.match(strict.stdout, /^u\.go:8: \/\/goescape:noescape on Map matches no code/m);
  assert.match(strict.stdout, /goescape check failed: 2 violations/);
  assert.equal(strict.stderr, '');
});

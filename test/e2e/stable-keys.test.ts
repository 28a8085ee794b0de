/**
 * Keys that never shift, end to end with the real go (and git for diff): a
 * function with five appends that escape and closures with escapes of their
 * own; a sixth append added in the middle and a closure added before the
 * others change no existing key, the gate blames the new lines (not the
 * last unchanged append), and diff shows only what was added. A version 2
 * baseline (keys with ordinals and closure numbers) loads with one warning,
 * passes on unchanged code and fails on a class that gained a site.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { goescape } from '../helpers/cli.js';
import { requireGo } from '../helpers/go.js';
import { commit, git, lineOf, tempModules } from '../helpers/modules.js';

requireGo();
const module = tempModules('keys');

const run = (dir: string, ...args: string[]) => goescape(args, { cwd: dir, env: { GOESCAPE_CACHE: 'off' } });

interface F {
  key: string;
  kind: string;
  pkg: string;
  func: string;
  subject: string;
  pos: { file: string; line: number; column?: number };
  inlinedSites?: { key?: string }[];
}

const V1 = `package opts

type Opt struct{ n int }

func Build(a, b, c, d, e int) []*Opt {
	var opts []*Opt
	opts = append(opts, &Opt{a})
	opts = append(opts, &Opt{b})
	opts = append(opts, &Opt{c})
	opts = append(opts, &Opt{d})
	opts = append(opts, &Opt{e})
	return opts
}

var keep []*Opt

var hooks []func()

func Closures(x, y int) {
	hooks = append(hooks, func() { keep = append(keep, &Opt{x}) })
	hooks = append(hooks, func() { keep = append(keep, &Opt{y}) })
	hooks = append(hooks, func() {
		go func() { keep = append(keep, &Opt{x + y}) }()
	})
}
`;
const NEW_APPEND = '\topts = append(opts, &Opt{a * b})\n';
const NEW_CLOSURE = '\thooks = append(hooks, func() { keep = append(keep, &Opt{x - y}) })\n';
const V2 = V1.replace('\topts = append(opts, &Opt{c})\n', `\topts = append(opts, &Opt{c})\n${NEW_APPEND}`).replace(
  'func Closures(x, y int) {\n',
  `func Closures(x, y int) {\n${NEW_CLOSURE}`,
);

const analyze = (dir: string): F[] => {
  const r = run(dir, 'analyze', '-f', 'json');
  assert.equal(r.code, 0, r.stderr);
  return JSON.parse(r.stdout).findings as F[];
};
const heap = (fs: F[]) => fs.filter((f) => /heap$/.test(f.kind));
const allKeys = (fs: F[]) => new Set(fs.flatMap((f) => [f.key, ...(f.inlinedSites ?? []).map((s) => s.key!)]));

test('a sixth append and a closure added before the others change no existing key; the gate and diff name only the new lines', () => {
  const dir = module('opts', { 'opts.go': V1 });
  git(dir, 'init', '-q', '-b', 'main');
  const before = analyze(dir);
  // Five appends, the closures' own escapes, their func literals: each heap escape a key of its own, none with an ordinal.
  const hb = heap(before);
  assert.equal(new Set(hb.map((f) => f.key)).size, hb.length);
  assert.ok(
    hb.every((f) => !f.key.includes('~')),
    hb.map((f) => f.key).join('\n'),
  );
  assert.equal(hb.filter((f) => f.func === 'Build' && f.subject === '&Opt{...}').length, 5);
  const inClosures = hb.filter((f) => f.func.startsWith('Closures.'));
  assert.deepEqual([...new Set(inClosures.map((f) => f.func))].sort(), ['Closures.func1', 'Closures.func2', 'Closures.func3', 'Closures.func3.1']);
  // The displayed name stays the compiler's; the key names the closure by its text.
  for (const f of inClosures) assert.match(f.key, /^example\.com\/opts\|Closures\.func#[0-9a-f]{8}(\.func#[0-9a-f]{8})?\|escapes-to-heap\|[^|]+\|[0-9a-f]{8}$/);
  const made = run(dir, 'baseline');
  assert.equal(made.code, 0, made.stderr);
  const base = commit(dir, 'v1');
  assert.equal(run(dir, 'check').code, 0);

  writeFileSync(join(dir, 'opts.go'), V2);
  commit(dir, 'v2');
  const after = analyze(dir);
  const was = allKeys(before);
  const now = allKeys(after);
  assert.deepEqual(
    [...was].filter((k) => !now.has(k)),
    [],
    'every key of the first version is still there',
  );
  // The compiler renumbered the closures (func1 is the new one now) and the appends; only the new lines' escapes have new keys.
  const appendLine = lineOf(V2, NEW_APPEND.trim());
  const closureLine = lineOf(V2, NEW_CLOSURE.trim());
  const fresh = heap(after).filter((f) => !was.has(f.key));
  assert.deepEqual(
    [...new Set(fresh.map((f) => f.pos.line))].sort((a, b) => a - b),
    [appendLine, closureLine],
  );
  assert.ok(
    fresh.some((f) => f.func === 'Closures.func1' && f.subject === '&Opt{...}'),
    "the new closure is the compiler's func1",
  );
  assert.ok(
    heap(after).some((f) => f.func === 'Closures.func4.1' && was.has(f.key)),
    'the nested closure, renumbered, keeps its key',
  );

  const r = run(dir, 'check', '-f', 'json');
  assert.equal(r.code, 1, r.stdout + r.stderr);
  const violations = JSON.parse(r.stdout).gate.violations as { rule: string; pos: { line: number } }[];
  assert.ok(violations.length > 0);
  for (const v of violations) assert.equal(v.rule, 'new-heap-escape');
  assert.deepEqual(
    [...new Set(violations.map((v) => v.pos.line))].sort((a, b) => a - b),
    [appendLine, closureLine],
  );
  assert.equal(violations.length, fresh.length);

  const d = run(dir, 'diff', base, 'HEAD', '-f', 'json');
  assert.equal(d.code, 0, d.stdout + d.stderr);
  const changes = JSON.parse(d.stdout) as { added: { kind: string; pos: { line: number } }[]; removed: unknown[]; changed: unknown[] };
  assert.deepEqual(changes.removed, []);
  assert.deepEqual(changes.changed, []);
  assert.deepEqual(
    [...new Set(changes.added.map((a) => a.pos.line))].sort((a, b) => a - b),
    [appendLine, closureLine],
  );
  assert.equal(changes.added.filter((a) => /heap$/.test(a.kind)).length, fresh.length);
});

test('a version 2 baseline (keys with ordinals) loads with one warning, passes on unchanged code and fails on a class with a new site, naming the candidates', () => {
  const dir = module('optsv2', { 'opts.go': V1 });
  const a = JSON.parse(run(dir, 'analyze', '-f', 'json').stdout);
  const t = a.toolchain;
  // What the previous release wrote: pkg|func|kind|subject and an ordinal among equal ones, in position order.
  const seen = new Map<string, number>();
  const sites = heap(a.findings as F[]).map((f) => {
    const base = `${f.pkg}|${f.func}|${f.kind}|${f.subject}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    const key = n === 0 ? base : `${base}|${n}`;
    return { key, origin: key, kind: f.kind, pkg: f.pkg, func: f.func, subject: f.subject, at: { file: f.pos.file, line: f.pos.line } };
  });
  assert.ok(
    sites.some((s) => s.key.endsWith('|4')),
    'the old form numbered the five appends',
  );
  const v2 = {
    baselineVersion: 2,
    tool: 'goescape',
    toolchain: { goVersion: t.goVersion, goos: t.goos, goarch: t.goarch, goexperiment: t.goexperiment, compilerFlags: t.compilerFlags },
    patterns: ['./...'],
    packages: ['example.com/optsv2'],
    sites,
  };
  writeFileSync(join(dir, 'goescape-baseline.json'), JSON.stringify(v2, null, 2) + '\n');
  const warning =
    /^goescape check: warning: goescape-baseline\.json is a version 2 baseline \(keys with ordinals and closure numbers, which shift\): .*run "goescape baseline" and commit the file to record stable keys\n$/;
  const ok = run(dir, 'check');
  assert.equal(ok.code, 0, ok.stdout + ok.stderr);
  assert.match(ok.stderr, warning);
  assert.match(ok.stdout, new RegExp(`sites: ${sites.length} in the baseline, 0 new, 0 removed`));

  // A closure added renumbers the others: matched by class, they still pass; the new append's class has one site more.
  writeFileSync(join(dir, 'opts.go'), V1.replace('\topts = append(opts, &Opt{c})\n', `\topts = append(opts, &Opt{c})\n${NEW_APPEND}`));
  const r = run(dir, 'check');
  assert.equal(r.code, 1, r.stdout + r.stderr);
  assert.match(r.stderr, warning);
  const appendLine = lineOf(V2, NEW_APPEND.trim());
  assert.match(
    r.stdout,
    /^opts\.go:7:22: 1 new heap escape site among 6 sites of &Opt\{\.\.\.\} escapes to heap in Build .*; the version 2 baseline has 5 and cannot tell which are new: opts\.go:7:\d+, opts\.go:8:\d+, opts\.go:9:\d+, opts\.go:10:\d+, opts\.go:11:\d+, opts\.go:12:\d+$/m,
  );
  assert.doesNotMatch(r.stdout, /not in the baseline/);
  assert.equal(appendLine, 10);
  const j = JSON.parse(run(dir, 'check', '-f', 'json').stdout);
  for (const v of j.gate.violations) {
    assert.equal(v.rule, 'new-heap-escape');
    assert.equal(v.unsure.fresh, 1);
    assert.equal(v.unsure.candidates.length, 6);
  }
  assert.equal(j.gate.counts.new, j.gate.violations.length);
});

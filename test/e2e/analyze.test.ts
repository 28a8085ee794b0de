import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { analyzePackages } from '../../src/pipeline/analyze.js';
import { COMPILE_ENDED } from '../../src/pipeline/events.js';
import { compileArgs } from '../../src/toolchain/go-args.js';
import type { AnalysisResult } from '../../src/model/result.js';
import { renderAnalysisJson as renderJson } from '../../src/report/json/analysis.js';
import { renderText, renderTextBytes } from '../../src/report/text.js';
import { DEMO, demoWants, hasToolchain, requireGo } from '../helpers/go.js';

const CLI = new URL('../../src/cli/main.js', import.meta.url).pathname;
const HEAP = new Set(['moved-to-heap', 'escapes-to-heap']);
const EXPLAINED = new Set(['moved-to-heap', 'escapes-to-heap', 'leaking-param', 'leaking-param-content', 'leaking-param-to-result']);

function checkDemo(result: AnalysisResult) {
  const wants = demoWants();
  assert.ok(wants.length > 30, 'the demo carries its expectations');
  for (const w of wants) {
    const f = result.findings.find(
      (x) =>
        x.pos.file === w.file &&
        x.pos.line === w.line &&
        x.kind === w.kind &&
        (x.subject === w.subject || (w.subject === 'append' && x.subject.startsWith('append('))),
    );
    assert.ok(f, `expected ${w.kind} ${w.subject} at ${w.file}:${w.line}`);
    if (w.cause && HEAP.has(w.kind)) assert.equal(f.cause, w.cause, `cause of ${w.kind} ${w.subject} at ${w.file}:${w.line}`);
  }
  // Every heap and leak finding carries a chain and a cause.
  for (const f of result.findings.filter((x) => EXPLAINED.has(x.kind))) {
    assert.ok(f.chain && f.chain.length > 0, `chain for ${f.key}`);
    assert.ok(f.cause, `cause for ${f.key}`);
  }
  // The fixes: no heap escape inside any *After function.
  const afterEscapes = result.findings.filter((f) => HEAP.has(f.kind) && /After$/.test(f.func) && f.pkg === 'example.com/demo/escapes');
  assert.deepEqual(
    afterEscapes.map((f) => f.key),
    [],
  );
}

describe('analyze on the example module (real go)', () => {
  let result: AnalysisResult;
  /** For each COMPILE_ENDED published during the analysis, the packages handed out by then. */
  const compileEnded: number[] = [];
  before(async () => {
    requireGo();
    let packages = 0;
    const onEnded = () => compileEnded.push(packages);
    subscribe(COMPILE_ENDED, onEnded);
    try {
      result = await analyzePackages({ cwd: DEMO, onPackage: () => packages++ });
    } finally {
      unsubscribe(COMPILE_ENDED, onEnded);
    }
  });

  test('COMPILE_ENDED is published once, while the analysis runs', () => {
    assert.equal(compileEnded.length, 1);
    assert.ok(compileEnded[0]! <= result.packages.length);
  });

  test('accounts for every compiler line', () => {
    const s = result.summary;
    assert.equal(s.unrecognized.length, 0);
    assert.equal(s.linesInFindings + s.headerLines, s.lines);
    assert.equal(s.packages.failed, 0);
    assert.ok(s.heapEscapes > 20);
  });

  test('finds every expectation written next to its cause, with the expected root cause', () => checkDemo(result));

  test('the returned local is moved-to-heap with subject p at its declaration, chain through return', () => {
    const f = result.findings.find((x) => x.kind === 'moved-to-heap' && x.func === 'ReturnPointerBefore')!;
    assert.equal(f.subject, 'p');
    assert.deepEqual({ file: f.pos.file, line: f.pos.line }, { file: 'escapes/return_pointer.go', line: 16 });
    assert.equal(f.key, 'example.com/demo/escapes|ReturnPointerBefore|moved-to-heap|p|8391f6cc');
    assert.deepEqual(
      f.chain!.map((s) => s.op),
      ['address-of', 'return'],
    );
    assert.equal(f.cause, 'returned-address');
  });

  test('fmt.Println arguments escape; a non-escaping parameter does not escape', () => {
    const one = result.findings.find((x) => x.pkg === 'example.com/demo/cmd/demo' && x.kind === 'escapes-to-heap' && x.subject === '1');
    assert.ok(one);
    const xs = result.findings.find((x) => x.kind === 'does-not-escape' && x.subject === 'xs' && x.func === 'Sum');
    assert.ok(xs);
    assert.equal(xs.pkg, 'example.com/demo/internal/noescape');
  });

  test('chains through closures and inlined calls', () => {
    const count = result.findings.find((x) => x.kind === 'moved-to-heap' && x.subject === 'count')!;
    assert.ok(count.chain!.some((s) => s.op === 'captured by a closure' && s.pos?.file === 'escapes/closure.go'));
    // fmt.Println is inlined into main: the chain passes through its parameter
    // (fmt.a), with every step at the call site in main.go.
    const boxed = result.findings.find((x) => x.pkg === 'example.com/demo/cmd/demo' && x.kind === 'escapes-to-heap' && x.subject === '1')!;
    assert.ok(
      boxed.chain!.some((s) => s.into.startsWith('fmt.')),
      JSON.stringify(boxed.chain),
    );
    assert.ok(boxed.chain!.every((s) => !s.pos || s.pos.file === 'cmd/demo/main.go'));
  });

  test('inlined copies are folded into their origin, not counted again', () => {
    const origins = result.findings.filter((f) => f.inlinedSites?.length);
    assert.ok(origins.length > 0);
    assert.ok(result.summary.inlinedCopies >= origins.length);
  });

  test('the same input gives byte-identical JSON', async () => {
    const again = await analyzePackages({ cwd: DEMO });
    assert.equal(renderJson(again), renderJson(result));
  });

  test('the text report the command writes is the text report, as UTF-8', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'goescape-text-')), 'report.txt');
    const r = spawnSync(process.execPath, [CLI, 'analyze', '-o', out], { encoding: 'utf8', cwd: DEMO, env: { ...process.env, NO_COLOR: '1' } });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(readFileSync(out, 'utf8'), renderText(result));
    // std prints messages outside Latin-1 (`unsupported η`): each package's part is encoded on its own.
    const f = result.findings.find((x) => HEAP.has(x.kind))!;
    const message = f.message;
    f.message = `"unsupported η" ← ${message}`;
    try {
      const bytes = renderTextBytes(result);
      assert.equal(bytes.toString('utf8'), renderText(result));
      assert.ok(bytes.includes(Buffer.from('unsupported \u03b7')));
    } finally {
      f.message = message;
    }
  });
});

describe('analyze std packages that inline each other (real go)', () => {
  test('every compiler line is accounted for after folding copies across packages', async () => {
    requireGo();
    const dir = mkdtempSync(join(tmpdir(), 'goescape-std-'));
    const r = await analyzePackages({ cwd: dir, patterns: ['unicode/utf8', 'strconv', 'bytes', 'strings', 'encoding/json'] });
    const s = r.summary;
    assert.equal(s.unrecognized.length, 0);
    assert.equal(s.linesInFindings + s.headerLines, s.lines);
    assert.ok(s.inlinedCopies > 0);
    // Copies of utf8/strconv code inlined into the other packages fold into their origin.
    assert.ok(
      r.findings.some((f) => f.inlinedSites?.some((site) => site.pkg !== f.pkg)),
      'a cross-package inlined copy',
    );
  });
});

describe('analyze a module from the Go module proxy (real go, code nobody here wrote)', () => {
  test('github.com/google/uuid: every line accounted for, every heap escape has a cause', async () => {
    requireGo();
    const dir = mkdtempSync(join(tmpdir(), 'goescape-proxy-'));
    writeFileSync(join(dir, 'go.mod'), 'module example.com/proxy\n\ngo 1.26\n');
    writeFileSync(join(dir, 'main.go'), 'package main\n\nimport "github.com/google/uuid"\n\nfunc main() { println(uuid.NewString()) }\n');
    execFileSync('go', ['get', 'github.com/google/uuid@v1.6.0'], { cwd: dir, stdio: 'ignore' });
    const r = await analyzePackages({ cwd: dir, patterns: ['github.com/google/uuid'] });
    const s = r.summary;
    assert.equal(s.unrecognized.length, 0);
    assert.equal(s.linesInFindings + s.headerLines, s.lines);
    assert.ok(s.heapEscapes > 0);
    const heap = r.findings.filter((f) => f.kind === 'moved-to-heap' || f.kind === 'escapes-to-heap');
    assert.ok(
      heap.every((f) => f.cause),
      'every heap escape has a cause',
    );
    // Positions in the module cache, or the compiler's wrappers (method value / interface wrappers).
    assert.ok(heap.every((f) => f.pos.file.startsWith('$GOMODCACHE/github.com/google/uuid@v1.6.0/') || f.pos.file === '<autogenerated>'));
    assert.ok(heap.some((f) => f.pos.file === '$GOMODCACHE/github.com/google/uuid@v1.6.0/hash.go' && f.kind === 'moved-to-heap'));
    assert.ok(heap.every((f) => f.key.startsWith('github.com/google/uuid|')));
  });
});

describe('paths survive a build-cache replay from another directory (real go)', () => {
  test('a cache filled from a subdirectory, replayed from the module root and from the subdirectory', async () => {
    requireGo();
    const dir = mkdtempSync(join(tmpdir(), 'goescape-replay-'));
    writeFileSync(join(dir, 'go.mod'), 'module example.com/replay\n\ngo 1.26\n');
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 's.go'), 'package sub\n\nfunc P() *int {\n\tx := 1\n\treturn &x\n}\n');
    // go stores the output with paths relative to where this build ran (`./s.go`); goescape's own compile flags, for the same cache entry.
    execFileSync('go', compileArgs({ patterns: ['./...'], compilerFlags: ['-m=2'] }), { cwd: join(dir, 'sub'), stdio: 'ignore' });
    for (const cwd of [dir, join(dir, 'sub')]) {
      const r = await analyzePackages({ cwd, patterns: cwd === dir ? ['./...'] : ['.'] });
      const x = r.findings.find((f) => f.kind === 'moved-to-heap' && f.subject === 'x');
      assert.equal(x?.pos.file, 'sub/s.go', `from ${cwd}`);
      assert.equal(x?.func, 'P');
    }
  });
});

describe('functions the compiler does not name are found in the source (real go)', () => {
  test("a composite literal of func type is no closure: its finding belongs to the function, closures keep the compiler's numbers", async () => {
    requireGo();
    const dir = mkdtempSync(join(tmpdir(), 'goescape-functype-'));
    writeFileSync(join(dir, 'go.mod'), 'module example.com/functype\n\ngo 1.26\n');
    // The shape of cmd/go/internal/load's PrepareForCoverageBuild.
    writeFileSync(
      join(dir, 'p.go'),
      [
        'package p',
        '',
        'var sink func() int',
        '',
        'func F(a, b func() int) int {',
        '\tfs := []func() int{a, b}',
        '\tsink = func() int { return len(fs) }',
        '\treturn fs[0]()',
        '}',
        '',
      ].join('\n'),
    );
    const r = await analyzePackages({ cwd: dir, patterns: ['./...'] });
    const composite = r.findings.find((f) => f.pos.line === 6 && f.subject.startsWith('[]func() int{'));
    assert.ok(composite, 'the compiler reports the composite literal');
    assert.equal(composite.func, 'F');
    const closure = r.findings.find((f) => f.pos.line === 7 && f.kind === 'escapes-to-heap' && f.subject === 'func literal');
    assert.equal(closure?.func, 'F');
    assert.ok(
      r.findings.some((f) => f.func === 'F.func1'),
      'the closure is F.func1, as the compiler names it',
    );
  });
});

describe('analyze --tests (real go)', () => {
  test('includes _test.go files as test variants, deterministically', async () => {
    requireGo();
    const a = await analyzePackages({ cwd: DEMO, tests: true });
    assert.ok(a.packages.some((p) => p.variant === 'test' && p.desc === 'example.com/demo/escapes [example.com/demo/escapes.test]'));
    assert.ok(a.findings.some((f) => f.pos.file === 'escapes/escapes_test.go'));
    assert.ok(a.toolchain.command.includes('<tmpdir>/'), a.toolchain.command.join(' '));
    const b = await analyzePackages({ cwd: DEMO, tests: true });
    assert.equal(renderJson(b), renderJson(a));
  });
});

describe('analyze --no-inline (real go)', () => {
  test("a package's functions are known from its files when the compiler names none", async () => {
    requireGo();
    // With -l the compiler prints no can/cannot-inline lines; the method value
    // s.Scale is still told from a boxed field by the package's declared methods.
    const r = await analyzePackages({ cwd: DEMO, noInline: true });
    assert.equal(r.findings.filter((f) => f.kind === 'can-inline').length, 0);
    const f = r.findings.find((x) => x.kind === 'escapes-to-heap' && x.subject === 's.Scale');
    assert.ok(f);
    assert.equal(f.cause, 'method-value');
  });
});

describe('analyze with go1.27.3 (real go, second toolchain)', () => {
  test('same expectations hold', async (t) => {
    requireGo();
    if (!hasToolchain('go1.27.3')) {
      t.skip('GOTOOLCHAIN=go1.27.3 could not be obtained from the module proxy');
      return;
    }
    const r = await analyzePackages({ cwd: DEMO, env: { ...process.env, GOTOOLCHAIN: 'go1.27.3' } });
    assert.equal(r.toolchain.goVersion, 'go1.27.3');
    assert.equal(r.summary.unrecognized.length, 0);
    checkDemo(r);
  });
});

describe('bad input gets one clear line and a documented exit code', () => {
  const run = (args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) =>
    spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: opts.cwd ?? DEMO, env: { ...process.env, NO_COLOR: '1', ...opts.env } });

  test('unknown flag: exit 2', () => {
    const r = run(['analyze', '--bogus']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /^goescape analyze: Unknown option '--bogus'/);
    assert.equal(r.stderr.trim().split('\n').length, 1);
  });

  test('not a module: exit 3', () => {
    const dir = mkdtempSync(join(tmpdir(), 'goescape-nomod-'));
    const r = run(['analyze'], { cwd: dir, env: { GOFLAGS: '', GO111MODULE: '' } });
    assert.equal(r.status, 3);
    assert.match(r.stderr, /not inside a Go module/);
    assert.doesNotMatch(r.stderr, /\n\s+at /);
  });

  test('no go on PATH: exit 3', () => {
    const r = run(['analyze'], { env: { PATH: '/nonexistent' } });
    assert.equal(r.status, 3);
    assert.match(r.stderr, /not found on PATH/);
  });

  test('a pattern matching nothing: exit 3', () => {
    const r = run(['analyze', './nothing/...']);
    assert.equal(r.status, 3);
    assert.match(r.stderr, /no Go packages match/);
  });

  test('a package that fails to compile: errors reported, others analyzed, exit 3', () => {
    const dir = mkdtempSync(join(tmpdir(), 'goescape-broken-'));
    writeFileSync(join(dir, 'go.mod'), 'module example.com/broken\n\ngo 1.26\n');
    mkdirSync(join(dir, 'bad'));
    mkdirSync(join(dir, 'good'));
    writeFileSync(join(dir, 'bad', 'bad.go'), 'package bad\n\nfunc F() int { return undefinedName }\n');
    writeFileSync(join(dir, 'good', 'good.go'), 'package good\n\nfunc G() *int {\n\tx := 1\n\treturn &x\n}\n');
    mkdirSync(join(dir, 'user'));
    writeFileSync(join(dir, 'user', 'user.go'), 'package user\n\nimport "example.com/broken/bad"\n\nfunc U() int { return bad.F() }\n');
    const r = run(['analyze', '--format', 'json'], { cwd: dir });
    assert.equal(r.status, 3);
    const result = JSON.parse(r.stdout) as AnalysisResult;
    const bad = result.packages.find((p) => p.path === 'example.com/broken/bad')!;
    assert.equal(bad.status, 'failed');
    assert.match(bad.errors.join('\n'), /undefined: undefinedName/);
    assert.ok(result.findings.some((f) => f.pkg === 'example.com/broken/good' && f.kind === 'moved-to-heap' && f.subject === 'x'));
    assert.match(r.stderr, /1 package\(s\) failed to compile/);
    // go skips packages that import the broken one: they are listed as not built, not as clean.
    assert.equal(result.packages.find((p) => p.path === 'example.com/broken/user')?.status, 'not-built');
  });

  test('a dependency that fails to compile or a missing module: reported, exit 3, never a clean pass', () => {
    const dir = mkdtempSync(join(tmpdir(), 'goescape-depfail-'));
    writeFileSync(join(dir, 'go.mod'), 'module example.com/depfail\n\ngo 1.26\n');
    mkdirSync(join(dir, 'bad'));
    mkdirSync(join(dir, 'user'));
    mkdirSync(join(dir, 'lost'));
    writeFileSync(join(dir, 'bad', 'bad.go'), 'package bad\n\nfunc F() int { return undefinedName }\n');
    writeFileSync(join(dir, 'user', 'user.go'), 'package user\n\nimport "example.com/depfail/bad"\n\nfunc U() int { return bad.F() }\n');
    writeFileSync(join(dir, 'lost', 'lost.go'), 'package lost\n\nimport "example.com/nowhere"\n\nfunc L() { nowhere.X() }\n');
    // Only the importer is named: the failing dependency is still reported, as go build reports it.
    const user = run(['analyze', './user', '--format', 'json'], { cwd: dir });
    assert.equal(user.status, 3);
    const result = JSON.parse(user.stdout) as AnalysisResult;
    assert.equal(result.packages.find((p) => p.path === 'example.com/depfail/bad')?.status, 'failed');
    assert.equal(result.packages.find((p) => p.path === 'example.com/depfail/user')?.status, 'not-built');
    assert.ok(result.findings.some((f) => f.kind === 'compiler-error' && /undefined: undefinedName/.test(f.message)));
    const lost = run(['analyze', './lost'], { cwd: dir });
    assert.equal(lost.status, 3);
    assert.match(lost.stderr, /lost\/lost.go:3:8: no required module provides package example.com\/nowhere/);
    assert.doesNotMatch(lost.stderr, /\n\s+at /);
  });

  test('-o: a device is written to, never replaced; a directory is a usage error', () => {
    const r = run(['analyze', '--only', 'heap', '-o', '/dev/null']);
    assert.equal(r.status, 0, r.stderr);
    assert.ok(statSync('/dev/null').isCharacterDevice());
    const d = run(['analyze', '--only', 'heap', '-o', tmpdir()]);
    assert.equal(d.status, 2);
    assert.match(d.stderr, /is a directory; give -o a file name/);
  });

  test('explain outside the module: exit 2', () => {
    const r = run(['explain', '/etc/hosts.go:1']);
    assert.equal(r.status, 2);
  });

  test('explain on a line without findings names the nearest ones', () => {
    const r = run(['explain', 'escapes/return_pointer.go:3']);
    assert.equal(r.status, 0);
    assert.match(r.stdout, /no heap escape or leaking parameter at escapes\/return_pointer.go:3/);
    assert.match(r.stdout, /return_pointer.go:16:2: moved to heap: p/);
  });

  test('explain a function shows chain, cause and fix', () => {
    const r = run(['explain', 'example.com/demo/escapes.ChannelBefore']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /moved to heap: m/);
    assert.match(r.stdout, /cause: channel-send/);
    assert.match(r.stdout, /ch <- &m \(send\)/);
    assert.match(r.stdout, /fix: `m` is sent on a channel/);
  });
});

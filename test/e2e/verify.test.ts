/**
 * End to end: `analyze --verify` on examples/demo with the real go, for the
 * Go on PATH (1.26) and Go 1.27.3 (GOTOOLCHAIN=go1.27.3).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { analyzePackages } from '../../src/pipeline/analyze.js';
import { verifyResult } from '../../src/pipeline/verify.js';
import type { Finding } from '../../src/model/finding.js';

const here = dirname(fileURLToPath(import.meta.url));
const demo = [join(here, '..', '..', 'examples', 'demo'), join(here, '..', '..', '..', 'examples', 'demo')].find((d) => existsSync(join(d, 'go.mod')))!;
const cli = [join(here, '..', '..', 'src', 'cli', 'main.js'), join(here, '..', 'src', 'cli', 'main.js')].find((p) => existsSync(p));

/** `// want: moved-to-heap p` / `escapes-to-heap "func literal"` lines of escapes/*.go "before" code. */
function wantedHeap(): { file: string; line: number; kind: string; subject: string }[] {
  const out: { file: string; line: number; kind: string; subject: string }[] = [];
  for (const name of [
    'append_grow',
    'channel',
    'closure',
    'global_store',
    'goroutine',
    'interface',
    'large_array',
    'method_value',
    'opaque_call',
    'pool',
    'return_pointer',
  ]) {
    const lines = readFileSync(join(demo, 'escapes', `${name}.go`), 'utf8').split('\n');
    lines.forEach((text, i) => {
      const m = /\/\/ want: (.*)$/.exec(text);
      if (!m) return;
      for (const w of m[1]!.split('; ')) {
        const wm = /^(moved-to-heap|escapes-to-heap) ("[^"]*"|\S+)/.exec(w);
        if (wm) out.push({ file: `escapes/${name}.go`, line: i + 1, kind: wm[1]!, subject: wm[2]!.replace(/^"|"$/g, '') });
      }
    });
  }
  return out;
}

function toolchainAvailable(version: string): string | undefined {
  const r = spawnSync('go', ['version'], { cwd: demo, env: { ...process.env, GOTOOLCHAIN: version }, encoding: 'utf8' });
  if (r.status !== 0) return `GOTOOLCHAIN=${version} go version failed: ${(r.stderr || '').split('\n')[0]}`;
  return r.stdout.includes(version) ? undefined : `GOTOOLCHAIN=${version} gave ${r.stdout.trim()}`;
}

const cases: { name: string; env: NodeJS.ProcessEnv; skip?: string }[] = [
  { name: 'Go on PATH (1.26)', env: { ...process.env, GOTOOLCHAIN: 'local' } },
  { name: 'Go 1.27.3', env: { ...process.env, GOTOOLCHAIN: 'go1.27.3' }, skip: toolchainAvailable('go1.27.3') },
];

for (const c of cases) {
  test(`verify on examples/demo, ${c.name}`, { skip: c.skip ?? false, timeout: 300_000 }, async () => {
    const result = await analyzePackages({ cwd: demo, env: c.env });
    await verifyResult(result, { cwd: demo, env: c.env });
    const v = result.verification!;
    assert.ok(v, 'verification summary');
    const heap = result.findings.filter((f) => f.kind === 'moved-to-heap' || f.kind === 'escapes-to-heap');
    assert.equal(v.heapEscapes, heap.length);
    assert.ok(
      heap.every((f) => f.verification),
      'every heap finding has a verification',
    );

    // Every "before" heap finding in escapes/*.go allocates, with the right runtime function.
    const wanted = wantedHeap();
    assert.ok(wanted.length >= 20, `${wanted.length} want comments`);
    for (const w of wanted) {
      const f = heap.find(
        (h) => h.pos.file === w.file && h.pos.line === w.line && h.kind === w.kind && (h.subject === w.subject || h.subject.startsWith(w.subject)),
      );
      assert.ok(f, `finding for ${w.file}:${w.line} ${w.kind} ${w.subject}`);
      if (f.func === 'SmallConstantToInterface') continue;
      assert.equal(f.verification?.status, 'allocates', `${w.file}:${w.line} ${w.subject}: ${JSON.stringify(f.verification)}`);
      const rf = f.verification!.runtimeFunc!;
      if (w.kind === 'moved-to-heap' || w.subject === 'func literal' || w.subject.startsWith('&') || w.subject.startsWith('new(') || w.subject === 's.Scale') {
        assert.match(rf, /^runtime\.(newobject|mallocgc\w*)$/, `${w.file}:${w.line}`);
      } else if (w.subject === 'append') {
        assert.equal(rf, 'runtime.growslice');
      } else {
        assert.equal(rf, 'runtime.convT64', `${w.file}:${w.line} ${w.subject}`);
      }
    }
    const typeOf = (func: string) => heap.find((f) => f.func === func)!.verification!.type;
    assert.equal(typeOf('GlobalStoreBefore'), 'example.com/demo/escapes.Config');
    assert.equal(typeOf('ReturnPointerBefore'), 'example.com/demo/escapes.Point');

    // Small constants boxed to an interface: reported as escaping, no allocation.
    const small = (file: string, func: string) => heap.find((f: Finding) => f.pos.file === file && f.func === func && f.subject === '1');
    for (const f of [small('escapes/interface.go', 'SmallConstantToInterface'), small('cmd/demo/main.go', 'main')]) {
      assert.ok(f);
      assert.equal(f.verification?.status, 'no-allocation', JSON.stringify(f.verification));
      assert.match(f.verification!.reason!, /static data|small-integer cache/);
    }

    // Go 1.26 and 1.27 print an "append escapes to heap" verdict: that finding allocates via growslice.
    const app = heap.find((f) => f.func === 'AppendGrowBefore' && f.subject.startsWith('append'));
    assert.ok(app, 'Go 1.26+/1.27 print "append escapes to heap"');
    assert.equal(app.verification?.status, 'allocates');
    assert.equal(app.verification?.runtimeFunc, 'runtime.growslice');
    assert.equal(app.verification?.type, 'int');
    // A growing append whose verdict is "does not escape" (AppendGrowSized) still has a growslice slow path.
    const awe = result.findings.filter((f) => f.kind === 'allocates-without-escape');
    assert.ok(awe.some((f) => f.func === 'AppendGrowSized' && f.details.runtimeFunc === 'runtime.growslice' && f.details.why === 'append growth'));
    // make([]byte, n) "does not escape" but falls back to makeslice (Go 1.25+).
    assert.ok(awe.some((f) => f.func === 'MakeSizeBefore' && f.details.runtimeFunc === 'runtime.makeslice'));
    assert.ok(awe.every((f) => f.func && f.pos.line > 0));

    // Frames: LargeFrame's 16 KiB array is the largest, over the 8 KiB default limit.
    assert.equal(result.frames![0]!.func, 'LargeFrame');
    assert.ok(result.frames![0]!.frameBytes >= 16384);
    assert.equal(v.frameLimit, 8192);
    assert.ok(v.framesOverLimit >= 1);
    assert.equal(v.unverified, 0);
  });
}

test('CLI: analyze --verify --frames prints statuses, the summary and the frames table; JSON carries them', {
  skip: cli ? false : 'dist CLI not built',
  timeout: 300_000,
}, () => {
  const env = { ...process.env, GOTOOLCHAIN: 'local' };
  const text = spawnSync(process.execPath, [cli!, 'analyze', '--cwd', demo, '--only', 'heap', '--verify', '--frames', '--frame-limit', '4096'], {
    env,
    encoding: 'utf8',
  });
  assert.equal(text.status, 0, text.stderr);
  assert.match(
    text.stdout,
    /moved to heap: p \(in ReturnPointerBefore\).*\[allocates: runtime\.(newobject|mallocgc\w+) type:example\.com\/demo\/escapes\.Point/,
  );
  assert.match(text.stdout, /1 escapes to heap \(in SmallConstantToInterface\).*\[no allocation: static data\]/);
  assert.match(text.stdout, /runtime\.makeslice allocates \(make\(\[\]T, n\)\).* with no escape finding \(in MakeSizeBefore\)/);
  assert.match(text.stdout, /verified against the machine code: \d+ of \d+ heap escapes allocate/);
  assert.match(text.stdout, /Stack frames: 4 functions over 4096/);
  assert.match(text.stdout, /16392 +8 +example\.com\/demo\/escapes\.LargeFrame +\(over limit\)/);
  const json = spawnSync(process.execPath, [cli!, 'analyze', '--cwd', demo, '--verify', '-f', 'json'], { env, encoding: 'utf8', maxBuffer: 64 << 20 });
  assert.equal(json.status, 0, json.stderr);
  const r = JSON.parse(json.stdout);
  assert.ok(r.verification.allocates > 0);
  assert.ok(r.frames.length > 0);
  assert.ok(r.findings.some((f: Finding) => f.verification?.status === 'allocates'));
  assert.ok(r.findings.some((f: Finding) => f.kind === 'allocates-without-escape'));
});

test('verify reads the same listing whether parsed, taken from the block cache, or with the cache off', { timeout: 300_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'goescape-cache-e2e-'));
  const env = { ...process.env, GOTOOLCHAIN: 'local' };
  const run = async (cache: string) => {
    const e = { ...env, GOESCAPE_CACHE: cache };
    const result = await analyzePackages({ cwd: demo, env: e });
    await verifyResult(result, { cwd: demo, env: e });
    // Where the dependencies' callee summaries came from (the cache or a compile) is the one thing that may differ.
    const v = result.verification?.callees;
    if (v) {
      v.packagesCached = 0;
      v.packagesCompiled = 0;
      delete v.command;
    }
    return JSON.stringify({ findings: result.findings, frames: result.frames, verification: result.verification });
  };
  const parsed = await run(dir);
  const entries = readdirSync(join(dir, 'asm'), { recursive: true }).filter((f) => String(f).endsWith('.json'));
  assert.ok(entries.length > 0, 'the first run stored its blocks');
  assert.equal(await run(dir), parsed, 'from the cache');
  assert.equal(await run('off'), parsed, 'cache off');
});

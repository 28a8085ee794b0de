/**
 * End to end: every entry of goescape's cache (`GOESCAPE_CACHE`) is
 * untrusted input. A damaged or malformed entry, a cache directory that is a
 * file or read-only, or a full disk: each is detected, the report is made
 * afresh (byte for byte what a run without the cache prints), the entry is
 * rebuilt, and nothing outside the cache directory is touched (a canary file
 * beside it survives).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

import { BlockCache } from '../../src/cache/store.js';
import { requireGo } from '../helpers/go.js';

const CLI = new URL('../../src/cli/main.js', import.meta.url).pathname;

const SOURCE = `package shapes

type Point struct{ X, Y int }

func New(x, y int) *Point {
	p := Point{X: x, Y: y}
	return &p
}

func Box(v int) any { return v }
`;

interface Run {
  stdout: string;
  /** stderr without GOESCAPE_TIMING's lines. */
  stderr: string;
  status: number | null;
  replayed: boolean;
}

function parseRun(stdout: string, rawStderr: string, status: number | null): Run {
  const lines = rawStderr.split('\n');
  return { stdout, stderr: lines.filter((l) => !l.startsWith('timing ')).join('\n'), status, replayed: lines.includes('timing report replayed') };
}

let dir = '';
const ALL: string[] = [];

function goescape(cache: string, args: string[] = []): Run {
  const r = spawnSync(process.execPath, [CLI, 'analyze', ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, GOESCAPE_CACHE: cache, GOESCAPE_TIMING: '1' },
  });
  return parseRun(r.stdout, r.stderr, r.status);
}

interface Fixture {
  base: string;
  cache: string;
  canary: string;
}

const CANARY = 'canary: outside the cache, never to be touched\n';

/** A cache directory `cache` with a canary file beside it, named as a report output would be. */
function fixture(from?: string): Fixture {
  const base = mkdtempSync(join(tmpdir(), 'goescape-cache-fault-'));
  ALL.push(base);
  const f = { base, cache: join(base, 'cache'), canary: join(base, 'canary.out') };
  writeFileSync(f.canary, CANARY);
  if (from) cpSync(from, f.cache, { recursive: true });
  return f;
}

function filesUnder(root: string): string[] {
  if (!existsSync(root) || !statSync(root).isDirectory()) return [];
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .map((n) => join(root, n))
    .filter((p) => statSync(p).isFile())
    .sort();
}

/** The canary is intact, nothing but the cache and the canary is beside it, and no temporary file is left in the cache. */
function assertUntouched(f: Fixture, canary = CANARY): void {
  assert.equal(readFileSync(f.canary, 'utf8'), canary, 'the file beside the cache is untouched');
  assert.deepEqual(readdirSync(f.base).sort(), existsSync(f.cache) ? ['cache', 'canary.out'] : ['canary.out']);
  assert.deepEqual(
    filesUnder(f.cache).filter((p) => p.endsWith('.tmp')),
    [],
    'no temporary file left',
  );
}

function assertSame(r: Run, ref: Run, what: string): void {
  assert.equal(r.stderr, ref.stderr, `${what}: stderr`);
  assert.equal(r.status, ref.status, `${what}: exit code`);
  assert.equal(r.stdout, ref.stdout, `${what}: the report`);
}

/**
 * The run after a fault analyzes afresh and prints what a run without the
 * cache prints, and leaves one entry and one output, the report's bytes;
 * with `replay`, the run after that replays them.
 */
function assertRebuilt(f: Fixture, ref: Run, replay = false): void {
  const r = goescape(f.cache);
  assert.equal(r.replayed, false, 'a faulty entry is never replayed');
  assertSame(r, ref, 'the run that met the fault');
  const { key, out } = reportFiles(f.cache);
  const id = /\.([0-9a-f-]{36})\.out$/.exec(out)![1]!;
  assert.equal(new BlockCache(f.cache, 'reports').getBytes(key, `${id}.out`)?.toString('utf8'), ref.stdout, 'the entry was rebuilt');
  if (!replay) return;
  const again = goescape(f.cache);
  assert.equal(again.replayed, true, 'the rebuilt entry replays');
  assertSame(again, ref, 'the run after');
}

/** The files of the one stored report: its entry and its output. */
function reportFiles(cache: string): { key: string; entry: string; out: string } {
  const files = filesUnder(join(cache, 'reports'));
  const entries = files.filter((p) => p.endsWith('.json'));
  const outs = files.filter((p) => p.endsWith('.out'));
  assert.equal(entries.length, 1, `one report entry: ${files.join(' ')}`);
  assert.equal(outs.length, 1, `one report output: ${files.join(' ')}`);
  const key = /([0-9a-f]{64})\.json$/.exec(entries[0]!)![1]!;
  return { key, entry: entries[0]!, out: outs[0]! };
}

function asmEntries(cache: string): { key: string; file: string }[] {
  return filesUnder(join(cache, 'asm'))
    .filter((p) => p.endsWith('.json'))
    .map((file) => ({ key: /([0-9a-f]{64})\.json$/.exec(file)![1]!, file }));
}

/** Rewrites a stored entry through the cache itself: its content hash is right, only its shape is wrong. */
function rewrite(cache: string, kind: string, key: string, change: (e: Record<string, unknown>) => unknown): void {
  const c = new BlockCache(cache, kind);
  const e = c.get(key, (_): _ is Record<string, unknown> => true);
  assert.ok(e, 'the stored entry reads back');
  c.put(key, change(e));
}

function flipByte(file: string, at: (bytes: Buffer) => number): void {
  const bytes = readFileSync(file);
  const i = at(bytes);
  assert.ok(i >= 0 && i < bytes.length, `a byte to flip in ${file}`);
  bytes[i] = bytes[i]! ^ 0x01;
  writeFileSync(file, bytes);
}

/** `unshare -m` with tmpfs mounts (root in a mount namespace): undefined when it works, else why not. */
function mountNamespace(): string | undefined {
  const probe = mkdtempSync(join(tmpdir(), 'goescape-mount-probe-'));
  ALL.push(probe);
  const r = spawnSync('unshare', ['-m', '--propagation', 'private', 'sh', '-c', `mount -t tmpfs -o size=64k none '${probe}'`], { encoding: 'utf8' });
  if (r.error) return `unshare not available (${r.error.message})`;
  return r.status === 0 ? undefined : `cannot mount a tmpfs in a mount namespace: ${r.stderr.trim().split('\n')[0]}`;
}

/**
 * Runs `script` (sh) in a mount namespace with a tmpfs of `size` on the
 * cache directory; `run N ARGS` inside it runs goescape with its results in
 * files that runIn returns.
 */
function runIn(f: Fixture, size: string, script: string): (n: number) => Run & { tmpFiles: string } {
  mkdirSync(f.cache, { recursive: true });
  const out = mkdtempSync(join(tmpdir(), 'goescape-cache-fault-runs-'));
  ALL.push(out);
  const prelude = `set -e
C='${f.cache}'; O='${out}'
mount -t tmpfs -o size=${size} none "$C"
run() { n=$1; shift; set +e; GOESCAPE_CACHE="$C" GOESCAPE_TIMING=1 '${process.execPath}' '${CLI}' analyze "$@" >"$O/out.$n" 2>"$O/err.$n"; echo $? >"$O/rc.$n"; set -e; find "$C" -name '*.tmp' >"$O/tmp.$n"; }
`;
  const r = spawnSync('unshare', ['-m', '--propagation', 'private', 'sh', '-c', prelude + script], { cwd: dir, encoding: 'utf8' });
  assert.equal(r.status, 0, `namespace script: ${r.stderr}`);
  return (n) => {
    const read = (name: string) => readFileSync(join(out, `${name}.${n}`), 'utf8');
    return { ...parseRun(read('out'), read('err'), Number(read('rc'))), tmpFiles: read('tmp') };
  };
}

/** A run whose cache could not be written: the report as without a cache, and at most one line on stderr about it. */
function assertWithoutCache(r: Run, ref: Run, what: string): void {
  assert.equal(r.status, ref.status, `${what}: exit code`);
  assert.equal(r.stdout, ref.stdout, `${what}: the report`);
  const extra = r.stderr.startsWith(ref.stderr) ? r.stderr.slice(ref.stderr.length) : r.stderr;
  assert.ok(r.stderr.startsWith(ref.stderr), `${what}: stderr keeps what a run without the cache prints: ${r.stderr}`);
  assert.match(extra, /^(|goescape: [^\n]*cache[^\n]*\n)$/, `${what}: at most one line about the cache`);
}

describe('cache faults (real go)', () => {
  let ref: Run;
  let refVerify: Run;
  /** As JSON: a report over a page (4 KiB), so a write to a disk with one page left fails half-way. */
  let refJson: Run;
  /** A cache holding one replayable report (text), and one holding a verified report and its -S blocks. */
  let stored: Fixture;
  let storedVerify: Fixture;

  before(async () => {
    requireGo();
    dir = mkdtempSync(join(tmpdir(), 'goescape-cache-fault-module-'));
    ALL.push(dir);
    writeFileSync(join(dir, 'go.mod'), 'module example.com/cachefault\n\ngo 1.26\n');
    mkdirSync(join(dir, 'shapes'));
    writeFileSync(join(dir, 'shapes', 'shapes.go'), SOURCE);
    await sleep(2100); // out of the racy window: the report may be replayed
    ref = goescape('off');
    refVerify = goescape('off', ['--verify']);
    refJson = goescape('off', ['--verify', '-f', 'json']);
    assert.ok(refJson.stdout.length > 4096);
    assert.equal(ref.status, 0, ref.stderr);
    assert.match(ref.stdout, /moved to heap: p/);
    assert.match(refVerify.stdout, /verified against the machine code: 2 of 2/);
    stored = fixture();
    storedVerify = fixture();
    for (const [f, args, want] of [
      [stored, [], ref],
      [storedVerify, ['--verify'], refVerify],
    ] as const) {
      assert.equal(goescape(f.cache, [...args]).replayed, false);
      const r = goescape(f.cache, [...args]);
      assert.equal(r.replayed, true, 'the stored entry replays');
      assertSame(r, want, 'a replay');
    }
    assert.equal(asmEntries(storedVerify.cache).length, 1, 'the -S listing is one stored block');
  });

  after(() => {
    for (const d of ALL) rmSync(d, { recursive: true, force: true });
  });

  test('a flipped byte in the stored report is detected, not served', () => {
    const f = fixture(stored.cache);
    flipByte(reportFiles(f.cache).out, (b) => b.indexOf('moved to heap') + 3);
    assertRebuilt(f, ref, true);
    assertUntouched(f);
  });

  test('a stored report cut short is detected', () => {
    const f = fixture(stored.cache);
    const { out } = reportFiles(f.cache);
    truncateSync(out, Math.floor(statSync(out).size / 2));
    assertRebuilt(f, ref);
    assertUntouched(f);
  });

  test('a flipped byte in the report entry (its exit code) is detected, not served', () => {
    const f = fixture(stored.cache);
    flipByte(reportFiles(f.cache).entry, (b) => b.indexOf('"exitCode":0') + '"exitCode":'.length);
    assertRebuilt(f, ref, true);
    assertUntouched(f);
  });

  test('a report entry cut short (a half-written file) is detected', () => {
    const f = fixture(stored.cache);
    const { entry } = reportFiles(f.cache);
    truncateSync(entry, Math.floor(statSync(entry).size / 2));
    assertRebuilt(f, ref);
    assertUntouched(f);
  });

  const shapes: [string, (e: Record<string, unknown>) => unknown][] = [
    ['exitCode "x"', (e) => ({ ...e, exitCode: 'x' })],
    ['exitCode 7', (e) => ({ ...e, exitCode: 7 })],
    ['exitCode 3 (not a run that compiled cleanly)', (e) => ({ ...e, exitCode: 3 })],
    ['facts 3', (e) => ({ ...e, facts: 3 })],
    ['no output', ({ output: _, ...e }) => e],
    ['no exitCode', ({ exitCode: _, ...e }) => e],
    ['no stderr', ({ stderr: _, ...e }) => e],
    ['no sources', ({ sources: _, ...e }) => e],
    ['sources not pairs', (e) => ({ ...e, sources: [[1, 2]] })],
    ['a relative source path', (e) => ({ ...e, sources: [['shapes/shapes.go', 'missing']] })],
    ['output.bytes negative', (e) => ({ ...e, output: { ...(e.output as object), bytes: -1 } })],
    ['stderr a number', (e) => ({ ...e, stderr: 5 })],
    ['an extra field', (e) => ({ ...e, extra: true })],
    ['not an object', () => [1, 2, 3]],
    ['null', () => null],
  ];
  for (const [name, change] of shapes) {
    test(`a report entry of the wrong shape (${name}) is discarded and rebuilt, never served`, () => {
      const f = fixture(stored.cache);
      rewrite(f.cache, 'reports', reportFiles(f.cache).key, change);
      assertRebuilt(f, ref);
      assertUntouched(f);
    });
  }

  test('an output id that climbs out of the cache (../) neither reads nor deletes the file it names', () => {
    const f = fixture(stored.cache);
    const { key, out } = reportFiles(f.cache);
    // The canary has the report's length, so a check by length alone would serve it.
    const canary = 'X'.repeat(statSync(out).size - 1) + '\n';
    writeFileSync(f.canary, canary);
    rmSync(out); // the entry's own output is gone: what it names instead is all there is
    rewrite(f.cache, 'reports', key, (e) => ({ ...e, output: { ...(e.output as object), id: 'x/../../../../canary' } }));
    assertRebuilt(f, ref, true);
    assertUntouched(f, canary);
  });

  test('an output id that is an absolute path is not followed', () => {
    const f = fixture(stored.cache);
    const { key } = reportFiles(f.cache);
    rewrite(f.cache, 'reports', key, (e) => ({ ...e, output: { ...(e.output as object), id: join(f.base, 'canary') } }));
    assertRebuilt(f, ref);
    assertUntouched(f);
  });

  /** A -S block entry damaged by `damage`: the verified report is as without a cache, and the entry is rebuilt as it was. */
  function assertAsmRebuilt(damage: (cache: string, key: string, file: string) => void): void {
    const f = fixture(storedVerify.cache);
    const [{ key, file }] = asmEntries(f.cache);
    const pristine = readFileSync(file);
    damage(f.cache, key!, file!);
    rmSync(join(f.cache, 'reports'), { recursive: true }); // the -S listing is read, not replayed
    const r = goescape(f.cache, ['--verify']);
    assert.equal(r.replayed, false);
    assertSame(r, refVerify, 'the run that met the fault');
    assert.deepEqual(readFileSync(file!), pristine, 'the block entry was rebuilt');
    assertUntouched(f);
  }

  test('a flipped byte in a -S block entry (a line number) is detected, not used', () => {
    assertAsmRebuilt((_, __, file) =>
      flipByte(file, (b) => b.indexOf('"runtime.newobject"') + '"runtime.newobject","example.com/cachefault/shapes.Point",null,null,0,'.length),
    );
  });

  test('a -S block entry cut short is detected', () => {
    assertAsmRebuilt((_, __, file) => truncateSync(file, Math.floor(statSync(file).size / 2)));
  });

  const asmShapes: [string, (e: Record<string, unknown>) => unknown][] = [
    ['fns 3', (e) => ({ ...e, fns: 3 })],
    ['a file index out of range', (e) => ({ ...e, fns: (e.fns as unknown[][]).map((fn) => [...fn.slice(0, 5), 9, ...fn.slice(6)]) })],
    ['a call of the wrong shape', (e) => ({ ...e, fns: (e.fns as unknown[][]).map((fn) => [...fn.slice(0, 7), [['runtime.newobject']], fn[8]]) })],
    ['no files', ({ files: _, ...e }) => e],
    ['a static reference of an unknown kind', (e) => ({ ...e, fns: (e.fns as unknown[][]).map((fn) => [...fn.slice(0, 8), [['bogus', 'sym', 0, 1]]]) })],
  ];
  for (const [name, change] of asmShapes) {
    test(`a -S block entry of the wrong shape (${name}) is discarded and rebuilt`, () => {
      assertAsmRebuilt((cache, key) => rewrite(cache, 'asm', key, change));
    });
  }

  test('a cache directory that is a regular file: goescape runs without the cache and leaves the file as it was', () => {
    const f = fixture();
    writeFileSync(f.cache, 'not a directory\n');
    for (const [args, want] of [
      [[], ref],
      [['--verify'], refVerify],
      [[], ref],
    ] as const) {
      const r = goescape(f.cache, [...args]);
      assert.equal(r.replayed, false);
      assertWithoutCache(r, want, `analyze ${args.join(' ')}`);
    }
    assert.match(
      goescape(f.cache).stderr,
      /^goescape: cache .* not written \(not a directory\), so the next run analyzes again; set GOESCAPE_CACHE to a writable directory, or to off$/m,
    );
    assert.equal(readFileSync(f.cache, 'utf8'), 'not a directory\n');
    assert.equal(readFileSync(f.canary, 'utf8'), CANARY);
  });

  test('a read-only cache directory: replays what it holds, runs without it otherwise, never fails', (t) => {
    const why = mountNamespace();
    if (why) return t.skip(why);
    const f = fixture();
    const get = runIn(
      f,
      '1m',
      `
mount -o remount,ro "$C"
run 1 --verify                          # empty and read-only: nothing stored
run 2 --verify
mount -o remount,rw "$C"; cp -R '${storedVerify.cache}/.' "$C"; mount -o remount,ro "$C"
run 3 --verify                          # holds the verified report: replayed
mount -o remount,rw "$C"; find "$C/reports" -name '*.out' -exec sh -c 'printf x | dd of="$1" bs=1 seek=100 conv=notrunc 2>/dev/null' _ {} \\;; mount -o remount,ro "$C"
run 4 --verify                          # a damaged report that cannot be discarded: still never served
run 5 --verify
`,
    );
    for (const n of [1, 2, 4, 5]) {
      const r = get(n);
      assert.equal(r.replayed, false, `run ${n}`);
      assertWithoutCache(r, refVerify, `run ${n}`);
    }
    assert.match(get(1).stderr, /not written \(read-only file system\)/, 'the reason is named');
    const hit = get(3);
    assert.equal(hit.replayed, true);
    assertSame(hit, refVerify, 'the replay from a read-only cache');
    assert.deepEqual(readdirSync(f.cache), [], 'nothing was written beneath the mount');
    assert.equal(readFileSync(f.canary, 'utf8'), CANARY);
  });

  test('a full disk: no temporary file is left, nothing half-written is trusted, and the run after rebuilds', (t) => {
    const why = mountNamespace();
    if (why) return t.skip(why);
    const f = fixture();
    // Filled to the last page, then a page at a time given back: each write fails at another point.
    const get = runIn(
      f,
      '256k',
      `
head -c 1M /dev/zero >"$C/fill" 2>/dev/null || true
for n in 1 2 3 4 5 6 7; do run $n --verify -f json; truncate -s -4096 "$C/fill"; done
rm "$C/fill"
run 8 --verify -f json
run 9 --verify -f json
`,
    );
    assert.equal(get(1).replayed, false);
    for (let n = 1; n <= 8; n++) {
      const r = get(n);
      assert.equal(r.tmpFiles, '', `run ${n} left temporary files: ${r.tmpFiles}`);
      assertWithoutCache(r, refJson, `run ${n}`);
    }
    assert.match(get(1).stderr, /not written \(no space left on the device\)/, 'the full disk is named');
    assert.equal(get(8).stderr, refJson.stderr, 'with space again, no word about the cache');
    const last = get(9);
    assert.equal(last.replayed, true, 'the entry rebuilt with space again replays');
    assertSame(last, refJson, 'the replay');
    assert.equal(last.tmpFiles, '');
    assert.deepEqual(readdirSync(f.cache), [], 'nothing was written beneath the mount');
    assert.equal(readFileSync(f.canary, 'utf8'), CANARY);
  });

  test("temporary files of killed runs are cleaned up; a live run's are left alone", () => {
    const f = fixture(stored.cache);
    const tmp = join(f.cache, 'reports', 'tmp');
    mkdirSync(tmp, { recursive: true });
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    const key = 'ab'.repeat(32);
    const names = {
      dead: `${key}.json.${dead}-00000000.tmp`,
      liveFresh: `${key}.json.${process.pid}-00000001.tmp`,
      liveOld: `${key}.json.${process.pid}-00000002.tmp`,
      notOurs: 'notes.txt',
    };
    for (const n of Object.values(names)) writeFileSync(join(tmp, n), 'partial');
    const hourAgo = Date.now() / 1000 - 3600;
    utimesSync(join(tmp, names.liveOld), hourAgo, hourAgo);
    const r = goescape(f.cache);
    assertSame(r, ref, 'the run');
    assert.deepEqual(readdirSync(tmp).sort(), [names.liveFresh, names.notOurs].sort());
    assert.equal(readFileSync(f.canary, 'utf8'), CANARY);
  });
});

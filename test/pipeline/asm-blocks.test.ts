import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';

import { BlockSplitter, forEachLine, type BlockBytes } from '../../src/parse/blocks.js';
import { parseAsmBlock, readAsmListing } from '../../src/pipeline/asm-blocks.js';
import { parseAsm } from '../../src/parse/asm.js';
import { BlockCache } from '../../src/cache/store.js';
import { mulberry32 } from '../helpers/prng.js';
import { DEMO } from '../helpers/go.js';

// Real compiler output recorded by scripts/capture.ts and scripts/capture-asm.ts.
const here = dirname(fileURLToPath(import.meta.url));
const captures = [join(here, '..', 'captures'), join(here, '..', '..', '..', 'test', 'captures')].find((d) => existsSync(d))!;
const asmText = ['go1.26', 'go1.27.3']
  .flatMap((v) => ['container-list.s', 'demo-escapes.s'].map((f) => readFileSync(join(captures, v, 'asm', f), 'utf8')))
  .join('');
const m2Text = gunzipSync(readFileSync(join(captures, 'go1.26.8', 'm2', 'std-slice.txt.gz'))).toString('utf8');

/** Blocks as a line-by-line reading defines them: a new block at each `# ` line. */
function blocksByLines(text: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (const line of text.split(/(?<=\n)/)) {
    if (line.startsWith('# ') && cur) {
      out.push(cur);
      cur = '';
    }
    cur += line;
  }
  if (cur) out.push(cur);
  return out;
}

function split(text: string, rand: () => number, maxChunk: number): string[] {
  const bytes = Buffer.from(text, 'utf8');
  const blocks: string[] = [];
  const s = new BlockSplitter((b: BlockBytes) => blocks.push(Buffer.concat(b).toString('utf8')));
  for (let i = 0; i < bytes.length; ) {
    const n = 1 + Math.floor(rand() * maxChunk);
    // Copies, as a pipe delivers fresh chunks.
    s.write(Buffer.from(bytes.subarray(i, i + n)));
    i += n;
  }
  s.end();
  return blocks;
}

for (const [name, text] of [
  ['-S listings', asmText],
  ['-m=2 std slice', m2Text],
] as const) {
  test(`${name}: chunks of any size split into the same blocks as lines do`, () => {
    const want = blocksByLines(text);
    assert.ok(want.length >= 4, `${want.length} blocks`);
    for (const [seed, maxChunk] of [
      [1, 3],
      [2, 17],
      [3, 4096],
      [4, 65536],
    ] as const) {
      assert.deepEqual(split(text, mulberry32(seed), maxChunk), want, `seed ${seed}, chunks up to ${maxChunk} bytes`);
    }
  });
}

test('a block parses as its lines do', () => {
  const blocks = blocksByLines(asmText);
  const viaBlocks = blocks.flatMap((b) => parseAsmBlock([Buffer.from(b)]).functions);
  assert.deepEqual(viaBlocks, parseAsm(asmText));
  let lines = 0;
  forEachLine([Buffer.from('a\nb'), Buffer.from('c\n\nd')], () => lines++);
  assert.equal(lines, 4, 'a, bc, empty, d');
});

/** Accepts any decoded entry: these tests are about the cache, not an entry's shape. */
const any = (_: unknown): _ is unknown => true;

test('block cache: keys follow the bytes, entries round-trip, off never stores', () => {
  const dir = mkdtempSync(join(tmpdir(), 'goescape-cache-test-'));
  const cache = BlockCache.forEnv({ GOESCAPE_CACHE: dir }, 'asm');
  const [a, b] = blocksByLines(asmText);
  const key = cache.keyOf([Buffer.from(a!)]);
  assert.equal(cache.keyOf([Buffer.from(a!.slice(0, 10)), Buffer.from(a!.slice(10))]), key, 'chunking does not change the key');
  assert.notEqual(cache.keyOf([Buffer.from(b!)]), key);
  assert.equal(cache.get(key, any), undefined);
  const parsed = parseAsmBlock([Buffer.from(a!)]);
  cache.put(key, parsed);
  assert.deepEqual(cache.get(key, any), parsed, 'whatever is put comes back');
  assert.ok(readdirSync(join(dir, 'asm')).length > 0);
  const off = BlockCache.forEnv({ GOESCAPE_CACHE: 'off' }, 'asm');
  off.put(key, parsed);
  assert.equal(off.get(key, any), undefined);
});

test('block cache trims entries unused for five days, at most once a day; reading an entry keeps it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'goescape-cache-trim-'));
  const cache = BlockCache.forEnv({ GOESCAPE_CACHE: dir }, 'asm');
  const day = 24 * 3600_000;
  const now = Date.now();
  const keys = ['old', 'used', 'new'].map((name) => cache.keyOf([Buffer.from(name)]));
  for (const k of keys) cache.put(k, { k });
  const file = (k: string) => join(dir, 'asm', k.slice(0, 2), `${k}.json`);
  const old = (now - 6 * day) / 1000;
  utimesSync(file(keys[0]!), old, old);
  utimesSync(file(keys[1]!), old, old);
  assert.deepEqual(cache.get(keys[1]!, any), { k: keys[1] }, 'a read marks the entry used');
  assert.equal(cache.trim(5, now), 1);
  assert.equal(cache.get(keys[0]!, any), undefined, 'the unused entry is gone');
  assert.ok(cache.get(keys[1]!, any) && cache.get(keys[2]!, any));
  utimesSync(file(keys[2]!), old, old);
  assert.equal(cache.trim(5, now + 3600_000), 0, 'not again the same day');
  assert.equal(cache.trim(5, now + day + 1), 1, 'but the next day');
});

test('block cache keys cover the parser code: changed code never reads older entries', () => {
  const dir = mkdtempSync(join(tmpdir(), 'goescape-cache-code-'));
  const code = join(dir, 'parser.js');
  writeFileSync(code, 'export const v = 1;\n');
  const block = [Buffer.from('# p\n\tsome line\n')];
  const before = new BlockCache(dir, 'asm', [pathToFileURL(code)]);
  before.put(before.keyOf(block), { v: 1 });
  writeFileSync(code, 'export const v = 2;\n');
  const after = new BlockCache(dir, 'asm', [pathToFileURL(code)]);
  assert.notEqual(after.keyOf(block), before.keyOf(block));
  assert.equal(after.get(after.keyOf(block), any), undefined);
  assert.deepEqual(new BlockCache(dir, 'asm', [pathToFileURL(code)]).keyOf(block), after.keyOf(block), 'same code, same key');
});

test('block cache: any flipped byte of an entry file, a cut, or an entry under another name is detected and discarded', () => {
  const dir = mkdtempSync(join(tmpdir(), 'goescape-cache-flip-'));
  const cache = new BlockCache(dir, 'asm');
  const key = cache.keyOf([Buffer.from('block')]);
  const other = cache.keyOf([Buffer.from('another block')]);
  const file = (k: string, ext = 'json') => join(dir, 'asm', k.slice(0, 2), `${k}.${ext}`);
  assert.ok(cache.put(key, { n: 12, s: 'abc' }));
  const pristine = readFileSync(file(key));
  for (let i = 0; i < pristine.length; i++) {
    for (const bit of [0x01, 0x80]) {
      const bytes = Buffer.from(pristine);
      bytes[i] = bytes[i]! ^ bit;
      writeFileSync(file(key), bytes);
      assert.equal(cache.get(key, any), undefined, `byte ${i} flipped (^${bit})`);
      assert.equal(existsSync(file(key)), false, 'and the entry is discarded');
    }
  }
  for (const cut of [0, 10, pristine.length - 1]) {
    writeFileSync(file(key), pristine.subarray(0, cut));
    assert.equal(cache.get(key, any), undefined, `cut at ${cut}`);
  }
  writeFileSync(file(key), Buffer.concat([pristine, Buffer.from(' ')]));
  assert.equal(cache.get(key, any), undefined, 'a byte appended');
  // An intact entry copied under another key's name (or extension) vouches only for its own.
  mkdirSync(dirname(file(other)), { recursive: true });
  writeFileSync(file(other), pristine);
  assert.equal(cache.get(other, any), undefined);
  writeFileSync(file(key, 'other'), pristine);
  assert.equal(cache.getBytes(key, 'other'), undefined);
  writeFileSync(file(key), pristine);
  assert.deepEqual(cache.get(key, any), { n: 12, s: 'abc' }, 'the pristine entry still reads');
  // A shape the reader rejects is discarded too.
  assert.equal(
    cache.get(key, (v): v is { n: string } => typeof (v as { n: unknown }).n === 'string'),
    undefined,
  );
  assert.equal(existsSync(file(key)), false);
});

test('block cache: names not of the form goescape gives entries are never read, written or removed', () => {
  const base = mkdtempSync(join(tmpdir(), 'goescape-cache-names-'));
  const dir = join(base, 'cache');
  const cache = new BlockCache(dir, 'reports');
  const key = cache.keyOf([Buffer.from('x')]);
  writeFileSync(join(base, 'canary.out'), 'canary');
  for (const ext of ['x/../../../../canary.out', '../canary.out', `${base}/canary.out`, '', '.out', 'a..out']) {
    assert.equal(cache.putBytes(key, ext, 'data'), false, `write ${ext}`);
    assert.equal(cache.getBytes(key, ext), undefined, `read ${ext}`);
  }
  for (const k of ['../../canary', key.toUpperCase(), key.slice(1), '']) {
    assert.equal(cache.putBytes(k, 'json', 'data'), false, `key ${k}`);
    cache.discard(k);
  }
  assert.ok(cache.putBytes(key, 'json', '{}') && cache.putBytes(key, '5ffa0259-c1e0-4f67-a5d7-c3bf5d7dc2e6.out', 'report'));
  const shard = join(dir, 'reports', key.slice(0, 2));
  writeFileSync(join(shard, 'notes.txt'), 'not an entry');
  writeFileSync(join(shard, `${key}.json.123.tmp`), 'not an entry');
  cache.discard(key, ['json']);
  assert.deepEqual(readdirSync(shard).sort(), [`${key}.json`, `${key}.json.123.tmp`, 'notes.txt']);
  cache.discard(key);
  assert.deepEqual(readdirSync(shard).sort(), [`${key}.json.123.tmp`, 'notes.txt']);
  assert.equal(readFileSync(join(base, 'canary.out'), 'utf8'), 'canary');
  assert.deepEqual(readdirSync(join(dir, 'reports', 'tmp')), [], 'no temporary file left');
});

test('block cache: a listing read again comes back whole from the cache, every call and flag kept', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'goescape-cache-test-'));
  const env = { ...process.env, GOESCAPE_CACHE: dir, GOTOOLCHAIN: 'local' };
  const read = () => readAsmListing({ patterns: ['./...'], cwd: DEMO }, { cwd: DEMO, env });
  const first = await read();
  assert.ok(first.parsedBlocks > 0 && first.functions.some((f) => f.allocCalls.length > 0 && f.calls.length > 0));
  const again = await read();
  // A stored block the loader refuses is parsed again: every block must come from the cache.
  assert.equal(again.parsedBlocks, 0, `${again.parsedBlocks} of ${again.parsedBlocks + again.cachedBlocks} blocks parsed again`);
  assert.deepEqual(again.functions, first.functions);
});

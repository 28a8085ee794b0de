/**
 * go's flood output (streamGo with onStderrChunk and floodOptions) goes
 * through a spool file read back as it grows (woken by a watch on the file
 * where there is one): every byte arrives, in order, including what go
 * writes just before it exits; go writes to a file (never blocked by a full
 * pipe); nothing is left behind (in /dev/shm or the temporary directory);
 * and goescape's priority is lowered while go runs and put back after where
 * allowed. Without the flood options the same bytes come through a pipe and
 * the priority stays. A node script stands in for go.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { getPriority, tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { floodOptions, streamGo } from '../../../src/toolchain/stream/process.js';

/**
 * Writes 3 MB to stderr in bursts with pauses, says on stdout what its stderr is, exits 3 right after its last write.
 * Given a file name, it waits after its first burst until that file exists: the reader has seen output while it runs.
 */
const FAKE_GO = `
const fs = require('node:fs');
const seen = process.argv[1];
let n = 0;
const line = (i) => 'line ' + i + ' ' + 'x'.repeat(i % 97) + '\\n';
const burst = () => {
  let s = '';
  for (let k = 0; k < 20000; k++) s += line(n++);
  fs.writeSync(2, s);
  if (n === 20000 && seen) {
    const wait = () => (fs.existsSync(seen) ? burst() : setTimeout(wait, 10));
    return setTimeout(wait, 10);
  }
  if (n < 60000) setTimeout(burst, 30);
  else {
    fs.writeSync(1, fs.fstatSync(2).isFile() ? 'file\\n' : 'not a file\\n');
    fs.writeSync(2, 'last');
    process.exit(3);
  }
};
burst();
`;

function expected(): string {
  let s = '';
  for (let i = 0; i < 60000; i++) s += `line ${i} ${'x'.repeat(i % 97)}\n`;
  return s + 'last';
}

test('spooled stderr: every byte in order, go writes to a file, nothing left behind, priority lowered while go runs', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'goescape-spool-test-'));
  const flagDir = mkdtempSync(join(tmpdir(), 'goescape-spool-flag-'));
  const savedTmp = process.env.TMPDIR;
  const savedNice = process.env.GOESCAPE_NICE;
  process.env.TMPDIR = dir;
  delete process.env.GOESCAPE_NICE;
  const before = getPriority();
  try {
    const chunks: Buffer[] = [];
    let priorityWhileRunning: number | undefined;
    // Go waits after its first burst until the priority was read, however busy the machine.
    const seen = join(flagDir, 'seen');
    const r = await streamGo(
      ['-e', FAKE_GO, seen],
      { cwd: dir, goBin: process.execPath },
      {
        onStderrChunk(c) {
          if (priorityWhileRunning === undefined) {
            priorityWhileRunning = getPriority();
            writeFileSync(seen, '');
          }
          chunks.push(c);
        },
      },
      floodOptions(),
    );
    assert.equal(r.exitCode, 3);
    assert.equal(r.stdout, 'file\n');
    assert.ok(chunks.length > 1, 'handed out as it came, not at the end');
    assert.equal(Buffer.concat(chunks).toString('utf8'), expected());
    assert.deepEqual(readdirSync(dir), []);
    if (existsSync('/dev/shm'))
      assert.deepEqual(
        readdirSync('/dev/shm').filter((n) => n.startsWith(`goescape-${process.pid}-`)),
        [],
        'nothing left in /dev/shm',
      );
    assert.equal(priorityWhileRunning, Math.max(before, 19));
    // Raising the priority again needs a privilege (root here and in CI).
    if (process.getuid?.() === 0) assert.equal(getPriority(), before);
  } finally {
    if (savedTmp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = savedTmp;
    if (savedNice !== undefined) process.env.GOESCAPE_NICE = savedNice;
    rmSync(dir, { recursive: true, force: true });
    rmSync(flagDir, { recursive: true, force: true });
  }
});

test('without flood options: the same bytes through a pipe, the priority kept', async () => {
  const before = getPriority();
  const chunks: Buffer[] = [];
  let during: number | undefined;
  const r = await streamGo(
    ['-e', FAKE_GO],
    { cwd: tmpdir(), goBin: process.execPath },
    {
      onStderrChunk(c) {
        during ??= getPriority();
        chunks.push(c);
      },
    },
  );
  assert.equal(r.exitCode, 3);
  assert.equal(r.stdout, 'not a file\n');
  assert.equal(Buffer.concat(chunks).toString('utf8'), expected());
  assert.equal(during, before);
});

test('GOESCAPE_NICE=0 keeps the priority; a bad value is a usage error before anything is opened', async () => {
  const before = getPriority();
  let during: number | undefined;
  const env = { ...process.env, GOESCAPE_NICE: '0' };
  const r = await streamGo(
    ['-e', 'process.stdout.write(require("node:fs").fstatSync(2).isFile() ? "file" : "not a file"); process.stderr.write("x\\n")'],
    { cwd: tmpdir(), goBin: process.execPath, env },
    {
      onStderrChunk() {
        during ??= getPriority();
      },
    },
    floodOptions(env),
  );
  assert.equal(r.stdout, 'file', 'still spooled');
  assert.equal(during, before);
  const openFiles = () => (existsSync('/proc/self/fd') ? readdirSync('/proc/self/fd').length : 0);
  const filesBefore = openFiles();
  const bad = { ...process.env, GOESCAPE_NICE: 'low' };
  assert.throws(
    () => streamGo(['-e', ''], { cwd: tmpdir(), goBin: process.execPath, env: bad }, { onStderrChunk() {} }, floodOptions(bad)),
    (e: Error & { code?: string }) => e.code === 'USAGE' && /GOESCAPE_NICE must be a niceness from 0 \(off\) to 19, got "low"/.test(e.message),
  );
  assert.equal(openFiles(), filesBefore, 'no spool file left open');
});

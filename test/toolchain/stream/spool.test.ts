/**
 * A spool file hands out what is written to it, in order, as it grows, and
 * what was written last once drained; it leaves no file behind, not even
 * while open, and is closed after the drain.
 */
import assert from 'node:assert/strict';
import { existsSync, fstatSync, readdirSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { openSpool } from '../../../src/toolchain/stream/spool.js';

const ours = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((n) => n.startsWith(`goescape-${process.pid}-`)) : []);

test('spool: every byte in order, some before the drain, nothing left behind', async () => {
  const spool = openSpool();
  assert.ok(spool, 'room for a spool file here');
  assert.deepEqual([...ours('/dev/shm'), ...ours(tmpdir())], [], 'unlinked while open');
  const chunks: Buffer[] = [];
  spool.follow((c) => chunks.push(c));
  let written = '';
  for (let burst = 0; burst < 20; burst++) {
    let s = '';
    for (let i = 0; i < 5000; i++) s += `${burst}:${i} ${'y'.repeat(i % 31)}\n`;
    writeSync(spool.fd, s);
    written += s;
    await sleep(5);
  }
  const beforeDrain = chunks.length;
  writeSync(spool.fd, 'last');
  written += 'last';
  await spool.drain();
  assert.ok(beforeDrain > 0, 'handed out as written, not only at the drain');
  assert.equal(Buffer.concat(chunks).toString('utf8'), written);
  assert.throws(() => fstatSync(spool.fd), /EBADF/, 'closed after the drain');
});

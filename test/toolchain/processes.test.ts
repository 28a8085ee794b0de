/**
 * What the toolchain starts can be stopped and removed: a signal reaches a
 * child's whole process group, a child that ignores it is killed after the
 * grace period, temporary directories go, nothing new starts afterwards;
 * and entries a killed goescape left (its PID no longer runs) are removed
 * by the next one, never those of a process that runs.
 * (The order matters: stopping is for good, so it comes last.)
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { isStopping, makeTempDir, spawnGroup, stopEverything } from '../../src/toolchain/processes.js';

const posix = process.platform !== 'win32';
const root = mkdtempSync(join(tmpdir(), 'goescape-processes-test-'));
process.env.TMPDIR = root;

/** Runs, and is not a zombie left for its new parent to reap (which may take long, depending on the init process). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return existsSync(`/proc/${pid}`) || process.platform !== 'linux';
  }
}

test('entries of goescape processes that no longer run are removed; others are kept', { skip: !posix && 'process groups' }, () => {
  const dead = spawnSync(process.execPath, ['-e', '']).pid!;
  const live = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
  try {
    assert.ok(!running(dead));
    const names = [`goescape-${dead}-go-abc`, `goescape-${dead}-x.out`, `goescape-${live.pid}-test-abc`, 'goescape-cache-abc', 'goescape-12ab-x', 'other'];
    for (const n of names) {
      if (n.endsWith('.out')) writeFileSync(join(root, n), '');
      else mkdirSync(join(root, n));
    }
    // The first temporary directory of a process sweeps.
    const mine = makeTempDir('sweep');
    assert.deepEqual(
      readdirSync(root).sort(),
      [`goescape-${live.pid}-test-abc`, 'goescape-12ab-x', 'goescape-cache-abc', 'other', mine.slice(root.length + 1)].sort(),
    );
    for (const n of readdirSync(root)) rmSync(join(root, n), { recursive: true });
  } finally {
    live.kill('SIGKILL');
  }
});

test('stopping passes the signal to whole groups, kills what ignores it, removes temporary directories, starts nothing new', {
  skip: !posix && 'process groups',
}, async () => {
  const dir = makeTempDir('stop');
  writeFileSync(join(dir, 'f'), 'x');
  const pids = join(root, 'pids');
  // A child with a grandchild (as go with its compiles), and a child that ignores SIGTERM.
  const parent = spawnGroup(
    process.execPath,
    [
      '-e',
      `
    const c = require('node:child_process').spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    require('node:fs').writeFileSync(${JSON.stringify(pids)}, String(c.pid));
    setTimeout(() => {}, 60000);`,
    ],
    { stdio: 'ignore' },
  );
  const stubborn = spawnGroup(process.execPath, ['-e', 'process.on("SIGTERM", () => {}); setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
  for (let i = 0; i < 500 && !(existsSync(pids) && readFileSync(pids, 'utf8')); i++) await sleep(10);
  const grandchild = Number(readFileSync(pids, 'utf8'));
  assert.ok(grandchild > 0);
  await sleep(200); // the stubborn child has installed its handler
  assert.ok(running(grandchild));
  const stubbornExit = new Promise<NodeJS.Signals | null>((resolve) => stubborn.on('exit', (_, s) => resolve(s)));
  await stopEverything('SIGTERM', 300);
  assert.equal(await stubbornExit, 'SIGKILL');
  assert.equal(parent.exitCode ?? parent.signalCode, 'SIGTERM');
  for (let i = 0; i < 100 && running(grandchild); i++) await sleep(10);
  assert.ok(!running(grandchild), 'the signal reached the grandchild too');
  assert.ok(!existsSync(dir), 'the temporary directory is removed');
  assert.ok(isStopping());
  assert.throws(() => spawnGroup(process.execPath, ['-e', ''], { stdio: 'ignore' }), /stopping/);
  assert.throws(() => makeTempDir('late'), /stopping/);
  rmSync(root, { recursive: true, force: true });
});

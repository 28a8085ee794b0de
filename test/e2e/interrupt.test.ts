/**
 * How goescape ends when it does not end by itself: killed at random
 * moments (SIGINT, SIGTERM, SIGKILL, to its PID and to its process group),
 * it leaves no process, no temporary directory and no spool file; with its
 * stdout closed early (`| head -1`) it ends quietly with exit 0; with
 * stdout on a full disk it fails with one line.
 *
 * Each run has a TMPDIR of its own, so every process of the run carries it
 * in its environment (go and its compiles inherit it) and every temporary
 * file of the run is under it (the spool file may be in /dev/shm instead,
 * named for goescape's PID).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { DEMO, requireGo } from '../helpers/go.js';
import { mulberry32 } from '../helpers/prng.js';

const CLI = fileURLToPath(new URL('../../src/cli/main.js', import.meta.url));

/** Processes (but this one) whose environment has TMPDIR=tmp: everything a run started, however far down. */
function processesOf(tmp: string): { pid: number; command: string }[] {
  const needle = Buffer.from(`\0TMPDIR=${tmp}\0`);
  const found: { pid: number; command: string }[] = [];
  for (const name of readdirSync('/proc')) {
    const pid = Number(name);
    if (!Number.isInteger(pid) || pid === process.pid) continue;
    try {
      const environ = Buffer.concat([Buffer.from('\0'), readFileSync(`/proc/${pid}/environ`)]);
      if (environ.includes(needle)) found.push({ pid, command: readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').slice(0, 120) });
    } catch {
      // Gone meanwhile, or not readable.
    }
  }
  return found;
}

/** Waits (bounded: a hang fails the test rather than time it) until `done` holds. */
async function eventually(done: () => boolean, ms = 20000): Promise<void> {
  for (const end = Date.now() + ms; !done() && Date.now() < end; ) await sleep(20);
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGKILL'] as const;
const CODES: Record<string, number> = { SIGINT: 130, SIGTERM: 143 };

test('20 kills at random moments: no go process, no temporary directory, no spool file left', {
  skip: process.platform !== 'linux' && 'reads /proc',
}, async (t) => {
  requireGo();
  const root = mkdtempSync(join(tmpdir(), 'goescape-kill-'));
  const seed = Number(process.env.GOESCAPE_TEST_SEED ?? 655607400);
  const random = mulberry32(seed);
  const tmp = join(root, 'tmp');
  const cache = { GOESCAPE_CACHE: join(root, 'cache') };
  const noCache = { GOESCAPE_CACHE: 'off' };
  // The report replayed from goescape's cache, parsed in full, with test variants (a temporary directory of goescape's for go test -c), and to -o.
  const variants = [
    { args: ['analyze'], env: cache, ms: 0 },
    { args: ['analyze'], env: noCache, ms: 0 },
    { args: ['analyze', '--tests'], env: noCache, ms: 0 },
    { args: ['analyze', '-f', 'json', '-o', join(root, 'report.json')], env: noCache, ms: 0 },
  ];
  try {
    mkdirSync(tmp);
    const base = { ...process.env, TMPDIR: tmp, NO_COLOR: '1', GOTOOLCHAIN: 'local' };
    // Each variant run twice unkilled: warm caches, then how long a run takes (where to kill).
    for (const v of variants) {
      for (let k = 0; k < 2; k++) {
        const t0 = Date.now();
        const r = spawnSync(process.execPath, [CLI, ...v.args], { cwd: DEMO, env: { ...base, ...v.env }, encoding: 'utf8' });
        assert.equal(r.status, 0, r.stderr);
        v.ms = Date.now() - t0;
      }
    }
    const outcomes: string[] = [];
    for (let i = 0; i < 20; i++) {
      const signal = SIGNALS[i % 3]!;
      const toGroup = i % 2 === 1;
      const v = variants[Math.floor(random() * variants.length)]!;
      // Half the kills while go compiles, the others anywhere in a run (before go starts, while the report is made, …).
      const whileGoRuns = i % 4 < 2;
      const what = `kill ${i + 1} (seed ${seed}): ${signal} to the ${toGroup ? 'group' : 'PID'} of goescape ${v.args.join(' ')} (${v.env.GOESCAPE_CACHE === 'off' ? 'no cache' : 'cache'})${whileGoRuns ? ' while go runs' : ''}`;
      const child = spawn(process.execPath, [CLI, ...v.args], { cwd: DEMO, env: { ...base, ...v.env }, stdio: ['ignore', 'ignore', 'pipe'], detached: true });
      let stderr = '';
      child.stderr!.setEncoding('utf8').on('data', (c: string) => (stderr += c));
      const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
        child.on('close', (code, sig) => resolve({ code, signal: sig })),
      );
      if (whileGoRuns) await eventually(() => child.exitCode !== null || processesOf(tmp).some((p) => /^go (list -e -export|test -c) /.test(p.command)), 10000);
      await sleep(random() * (whileGoRuns ? 50 : v.ms * 1.1));
      try {
        process.kill(toGroup ? -child.pid! : child.pid!, signal);
      } catch {
        // It had ended already.
      }
      const end = await exited;
      outcomes.push(end.code === 0 ? 'finished first' : `${signal} to the ${toGroup ? 'group' : 'PID'}${whileGoRuns ? ' while go ran' : ''}`);
      if (signal === 'SIGKILL') assert.ok(end.signal === 'SIGKILL' || end.code === 0, `${what}: ${JSON.stringify(end)} ${stderr}`);
      // Node's own default (death by the signal) only before goescape has installed its handlers.
      else assert.ok(end.code === CODES[signal] || end.code === 0 || end.signal === signal, `${what}: ${JSON.stringify(end)} ${stderr}`);
      if (end.code === CODES[signal]) assert.equal(stderr, '', `${what}: nothing to say when interrupted`);
      await eventually(() => processesOf(tmp).length === 0 && readdirSync(tmp).length === 0);
      if (signal === 'SIGKILL' && toGroup && readdirSync(tmp).length > 0) {
        // Nothing of the run survives to clean up after a SIGKILL to the whole group: the next run removes
        // what a dead PID left (and never what a running one owns).
        const next = spawnSync(process.execPath, [CLI, ...variants[0]!.args], { cwd: DEMO, env: { ...base, ...variants[0]!.env }, encoding: 'utf8' });
        assert.equal(next.status, 0, `${what}: the next run: ${next.stderr}`);
      }
      assert.deepEqual(processesOf(tmp), [], `${what}: no process of the run left (stderr: ${stderr})`);
      assert.deepEqual(readdirSync(tmp), [], `${what}: no temporary file left (stderr: ${stderr})`);
      if (existsSync('/dev/shm'))
        assert.deepEqual(
          readdirSync('/dev/shm').filter((n) => n.startsWith(`goescape-${child.pid}-`)),
          [],
          `${what}: no spool file left`,
        );
      // SIGKILL while the report is written leaves its temporary file; the next write of the report removes it (below).
      if (signal !== 'SIGKILL')
        assert.deepEqual(
          readdirSync(root).filter((n) => n.startsWith('report.json.tmp-')),
          [],
          `${what}: no half-written -o file`,
        );
    }
    const o = variants[3]!;
    assert.equal(spawnSync(process.execPath, [CLI, ...o.args], { cwd: DEMO, env: { ...base, ...o.env } }).status, 0);
    assert.deepEqual(
      readdirSync(root).filter((n) => n.startsWith('report.json.tmp-')),
      [],
      'no half-written -o file',
    );
    assert.deepEqual(readdirSync(tmp), []);
    const tally = new Map<string, number>();
    for (const o of outcomes) tally.set(o, (tally.get(o) ?? 0) + 1);
    t.diagnostic(`seed ${seed}: ${[...tally].map(([o, n]) => `${n}× ${o}`).join(', ')}`);
    // Kills while go runs interrupt it (go runs for a while after it appears): the test is about those.
    assert.ok(outcomes.filter((o) => o.endsWith('while go ran')).length >= 5, `seed ${seed}: too few kills reached a running go: ${outcomes.join('; ')}`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('a closed stdout (| head -1) ends quietly with exit 0, in text and JSON', () => {
  requireGo();
  for (const format of ['text', 'json']) {
    const r = spawnSync('bash', ['-c', 'set -o pipefail; "$@" | head -1 >/dev/null', 'bash', process.execPath, CLI, 'analyze', '-f', format], {
      cwd: DEMO,
      env: { ...process.env, NO_COLOR: '1' },
      encoding: 'utf8',
    });
    assert.equal(r.status, 0, `${format}: ${r.stderr}`);
    assert.equal(r.stderr, '', format);
  }
  // Closed before goescape writes a byte: every write fails.
  const r = spawnSync('bash', ['-c', 'set -o pipefail; "$@" | true', 'bash', process.execPath, CLI, 'analyze', '-f', 'json'], { cwd: DEMO, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stderr, '');
});

test('stdout on a full disk: one line, exit 2', { skip: !existsSync('/dev/full') && 'no /dev/full' }, () => {
  requireGo();
  const r = spawnSync('sh', ['-c', '"$@" > /dev/full', 'sh', process.execPath, CLI, 'analyze'], { cwd: DEMO, encoding: 'utf8' });
  assert.equal(r.status, 2, r.stderr);
  assert.equal(
    r.stderr,
    'goescape analyze: cannot write the output: ENOSPC: no space left on device, write; check where stdout goes (free space, permissions)\n',
  );
});

/**
 * go's output is never lost on its way to the analysis, and an analysis
 * that might have lost some is never reported as success. Small temporary
 * space is made for real, in a mount namespace of the test's own
 * (`unshare -m`, root): Docker's default 64 MiB /dev/shm and a 1 MiB
 * TMPDIR leave no room for a spool file, and go's output then comes
 * through a pipe; with room at the start that runs out while go writes,
 * the run fails with one line. Where namespaces or mounts are not
 * permitted these tests are skipped, saying why (CI runs them as root).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEMO, requireGo } from '../helpers/go.js';

const CLI = fileURLToPath(new URL('../../src/cli/main.js', import.meta.url));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Why mount namespaces cannot be used here, or undefined when they can. */
function namespaceUnavailable(): string | undefined {
  const dir = mkdtempSync(join(tmpdir(), 'goescape-ns-probe-'));
  try {
    const r = spawnSync('unshare', ['-m', '--propagation', 'private', 'sh', '-c', 'mount -t tmpfs -o size=1m tmpfs "$1"', 'sh', dir], { encoding: 'utf8' });
    if (r.error) return `unshare cannot be run (${r.error.message})`;
    if (r.status !== 0) return `a mount namespace with a tmpfs is not permitted here (needs root): ${r.stderr.trim()}`;
    return undefined;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const unavailable = process.platform === 'linux' ? namespaceUnavailable() : 'mount namespaces are Linux only';

/** The demo's sources in a directory of their own (baselines are written there). */
function demoCopy(root: string): string {
  const dir = join(root, 'demo');
  cpSync(DEMO, dir, { recursive: true, filter: (src) => !src.endsWith('/demo/demo') });
  return dir;
}

function env(tmp: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return { ...process.env, TMPDIR: tmp, GOESCAPE_CACHE: 'off', NO_COLOR: '1', GOTOOLCHAIN: 'local', ...extra };
}

function goescape(args: string[], cwd: string, e: NodeJS.ProcessEnv): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, env: e, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * Runs goescape in a mount namespace after `mounts` (shell commands). The
 * mounted file systems go with the namespace: what `dirs` hold after the
 * run is listed in `left` (one name a line, `dir/name`).
 */
function goescapeMounted(mounts: string, args: string[], cwd: string, e: NodeJS.ProcessEnv, dirs: string[] = []): Run & { left: string[] } {
  const listing = join(mkdtempSync(join(tmpdir(), 'goescape-ns-left-')), 'left');
  const list = dirs.map((d) => `for f in ${JSON.stringify(d)}/* ${JSON.stringify(d)}/.[!.]*; do [ -e "$f" ] && echo "$f"; done`).join('; ');
  const script = `${mounts} && { "$@"; status=$?; { ${list || ':'}; } > ${JSON.stringify(listing)}; exit $status; }`;
  const r = spawnSync('unshare', ['-m', '--propagation', 'private', 'sh', '-c', script, 'sh', process.execPath, CLI, ...args], {
    cwd,
    env: e,
    encoding: 'utf8',
  });
  let left: string[] = [];
  try {
    left = readFileSync(listing, 'utf8').split('\n').filter(Boolean);
  } finally {
    rmSync(join(listing, '..'), { recursive: true, force: true });
  }
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, left };
}

test('small temporary space (64 MiB /dev/shm, 1 MiB TMPDIR): the same report, baseline and gate as with room', { skip: unavailable }, () => {
  requireGo();
  const root = mkdtempSync(join(tmpdir(), 'goescape-space-'));
  try {
    const mod = demoCopy(root);
    const roomy = join(root, 'tmp');
    const small = join(root, 'small');
    mkdirSync(roomy);
    mkdirSync(small);
    const mounts = `mount -t tmpfs -o size=64m tmpfs /dev/shm && mount -t tmpfs -o size=1m tmpfs ${JSON.stringify(small)}`;

    const normal = goescape(['analyze', '-f', 'json'], mod, env(roomy));
    assert.equal(normal.code, 0, normal.stderr);
    const report = JSON.parse(normal.stdout) as { summary: { heapEscapes: number; packages: { total: number } } };
    assert.ok(report.summary.heapEscapes > 20 && report.summary.packages.total === 3, 'the normal run analyzed the demo');
    const squeezed = goescapeMounted(mounts, ['analyze', '-f', 'json'], mod, env(small), [small, '/dev/shm']);
    assert.equal(squeezed.code, 0, squeezed.stderr);
    assert.equal(squeezed.stdout, normal.stdout, 'byte for byte the report of the run with room');
    assert.deepEqual(squeezed.left, [], 'nothing left in the small temporary directory or /dev/shm');

    // The baseline written in small space is the one written with room, and the gate then passes.
    assert.equal(goescape(['baseline'], mod, env(roomy)).code, 0);
    const baseline = readFileSync(join(mod, 'goescape-baseline.json'), 'utf8');
    rmSync(join(mod, 'goescape-baseline.json'));
    const written = goescapeMounted(mounts, ['baseline'], mod, env(small));
    assert.equal(written.code, 0, written.stderr);
    assert.equal(readFileSync(join(mod, 'goescape-baseline.json'), 'utf8'), baseline);
    const pass = goescapeMounted(mounts, ['check'], mod, env(small));
    assert.equal(pass.code, 0, pass.stdout + pass.stderr);

    // A new heap escape fails the gate in small space too.
    writeFileSync(join(mod, 'escapes', 'new_escape.go'), 'package escapes\n\nfunc NewEscape() *int {\n\tn := 7\n\treturn &n\n}\n');
    const fail = goescapeMounted(mounts, ['check'], mod, env(small));
    assert.equal(fail.code, 1, fail.stdout + fail.stderr);
    assert.match(fail.stdout, /new_escape\.go:4:2: new heap escape: moved to heap: n in NewEscape/);
    assert.deepEqual(readdirSync(roomy), [], 'nothing left in the temporary directory');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('temporary space running out while go writes its output: one line, exit 3, no report', { skip: unavailable }, () => {
  requireGo();
  const root = mkdtempSync(join(tmpdir(), 'goescape-space-'));
  try {
    const mod = demoCopy(root);
    // go with a compile whose output meets a full /dev/shm at its end: go's
    // output goes in whole, then the file system shrinks under the spool
    // file (3 GiB at the start: room for one) and a last write fails, as go's
    // does (go ignores the failure and exits 0).
    const wrapper = join(root, 'go-then-full.sh');
    const marker = join(root, 'write-failed');
    writeFileSync(
      wrapper,
      `#!/bin/sh
go "$@"; status=$?
case " $* " in
  *" -export "*)
    mount -o remount,size=1m /dev/shm
    exec 3>&2
    { head -c 4194304 /dev/zero >&3; } 2>/dev/null || : > ${JSON.stringify(marker)}
    ;;
esac
exit $status
`,
    );
    chmodSync(wrapper, 0o755);
    const r = goescapeMounted('mount -t tmpfs -o size=3g tmpfs /dev/shm', ['analyze', '-f', 'json'], mod, env(root, { GOESCAPE_GO: wrapper }), ['/dev/shm']);
    assert.ok(readdirSync(root).includes('write-failed'), 'the last write did fail for want of space');
    assert.equal(r.code, 3, r.stdout + r.stderr);
    assert.equal(r.stdout, '', 'no report from part of the output');
    assert.equal(
      r.stderr,
      'goescape analyze: /dev/shm ran out of space while go wrote its output there (0 MiB left), so part of it may be lost; free space in /dev/shm and run again\n',
    );
    assert.deepEqual(r.left, [], 'no spool file left');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('-o on a full file system: exit 2, one line, no FILE.tmp-PID left', { skip: unavailable }, () => {
  requireGo();
  const root = mkdtempSync(join(tmpdir(), 'goescape-space-'));
  try {
    const out = join(root, 'out');
    mkdirSync(out);
    const r = goescapeMounted(
      `mount -t tmpfs -o size=16k tmpfs ${JSON.stringify(out)}`,
      ['analyze', '-f', 'json', '-o', join(out, 'report.json')],
      DEMO,
      env(root),
      [out],
    );
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /^goescape analyze: cannot write \S+report\.json: ENOSPC: no space left on device, write; check the -o path\n$/);
    assert.deepEqual(r.left, [], 'neither a half-written report nor its temporary file');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('go exits 0 but its output never reaches the analysis: an internal error (exit 4), not an empty success', () => {
  requireGo();
  const root = mkdtempSync(join(tmpdir(), 'goescape-lost-'));
  try {
    // go whose first compile's output is lost on its way (sent nowhere); asked again, it arrives.
    const wrapper = join(root, 'go-losing-output.sh');
    const state = join(root, 'lost-once');
    writeFileSync(
      wrapper,
      `#!/bin/sh
case " $* " in
  *" -export "*) if [ ! -e ${JSON.stringify(state)} ]; then : > ${JSON.stringify(state)}; exec go "$@" 2>/dev/null; fi ;;
esac
exec go "$@"
`,
    );
    chmodSync(wrapper, 0o755);
    const lost = goescape(['analyze'], DEMO, env(root, { GOESCAPE_GO: wrapper }));
    assert.equal(lost.code, 4, lost.stdout + lost.stderr);
    assert.equal(lost.stdout, '');
    assert.match(
      lost.stderr,
      /go printed compiler output for 3 package\(s\) but the analysis received none of it; not reporting an empty analysis as a result/,
    );

    // Packages with nothing the compiler reports on: an empty analysis is the right one.
    const quiet = join(root, 'quiet');
    mkdirSync(join(quiet, 'g'), { recursive: true });
    writeFileSync(join(quiet, 'go.mod'), 'module example.com/quiet\n\ngo 1.22\n');
    writeFileSync(join(quiet, 'c.go'), 'package quiet\n\nconst X = 1\n\ntype T struct{ A int }\n');
    writeFileSync(join(quiet, 'g', 'g.go'), 'package g\n\nfunc Id[T any](x T) T { return x }\n');
    const empty = goescape(['analyze', '-f', 'json'], quiet, env(root));
    assert.equal(empty.code, 0, empty.stderr);
    assert.equal(JSON.parse(empty.stdout).summary.findings, 0);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

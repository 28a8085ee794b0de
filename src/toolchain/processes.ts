/**
 * What goescape starts and must be able to stop and remove: the process
 * groups of go and of test binaries, goescape's temporary directories, and
 * clean-up hooks of other toolchain code (git worktrees). The CLI calls
 * `stopEverything` when it is interrupted; nothing here handles a signal.
 *
 * Each child runs in a process group of its own, so one kill reaches the
 * child and everything it started (go's compiles). Temporary directories
 * are named `goescape-<pid>-…` (go's own temporary files go into one of
 * them, through GOTMPDIR), which lets two things remove them when goescape
 * itself cannot run its clean-up (killed with SIGKILL):
 * - a watcher process (POSIX sh, in a session of its own, so that no
 *   kill of goescape's group reaches it) that holds a pipe from goescape
 *   and, when the pipe closes (goescape has ended, however), kills the
 *   groups still registered and removes goescape's entries;
 * - failing that (the watcher killed too), the next goescape run, which
 *   removes such directories whose PID no longer runs.
 */
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isProcessRunning } from '../util/pid.js';

/** Running children (group leaders), each with a promise that settles when it has exited. */
const groups = new Map<ChildProcess, Promise<void>>();
const tempDirs = new Set<string>();
const hooks = new Set<() => void | Promise<void>>();
let stopRequested = false;
const posix = process.platform !== 'win32';

/** The prefix of everything this process puts in a temporary directory. */
export function tempPrefix(): string {
  return `goescape-${process.pid}-`;
}

/** The directories that can hold goescape's temporary files. */
function tempRoots(env: NodeJS.ProcessEnv = process.env): string[] {
  const roots = [tmpdir()];
  if (process.platform === 'linux') roots.push('/dev/shm');
  if (env.GOTMPDIR) roots.push(env.GOTMPDIR);
  return [...new Set(roots)];
}

/** Set once goescape has been told to stop: children that end then were killed, their results are not wanted. */
export function isStopping(): boolean {
  return stopRequested;
}

/** Nothing new starts once stopping has begun: it would outlive the clean-up. */
function refuseWhileStopping(): void {
  if (stopRequested) throw new Error('goescape is stopping');
}

/**
 * Starts a child in a process group of its own (where there are process
 * groups), registered until it exits.
 */
export function spawnGroup(bin: string, args: string[], options: SpawnOptions): ChildProcess {
  refuseWhileStopping();
  prepare();
  const child = spawn(bin, args, { ...options, detached: posix });
  if (child.pid === undefined) return child; // not started: 'error' follows
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.once('error', () => resolve());
  });
  groups.set(child, exited);
  watcher()?.tell(`+ ${child.pid}`);
  void exited.then(() => {
    groups.delete(child);
    watcher()?.tell(`- ${child.pid}`);
  });
  return child;
}

/** Makes a temporary directory `goescape-<pid>-<kind>-XXXXXX` under `parent`, removed by removeTempDir or when goescape stops. */
export function makeTempDir(kind: string, parent = tmpdir()): string {
  refuseWhileStopping();
  prepare();
  const dir = mkdtempSync(join(parent, `${tempPrefix()}${kind}-`));
  tempDirs.add(dir);
  return dir;
}

export function removeTempDir(dir: string): void {
  tempDirs.delete(dir);
  try {
    rmSync(dir, { recursive: true, force: true, maxRetries: 3, retryDelay: 20 });
  } catch {
    // Best effort: the watcher or the next run removes what is left (see the module comment).
  }
}

/** Registers clean-up to run when goescape stops (after every child has exited); returns what unregisters it. */
export function onStop(hook: () => void | Promise<void>): () => void {
  hooks.add(hook);
  return () => void hooks.delete(hook);
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    if (posix) process.kill(-child.pid!, signal);
    else child.kill(signal);
  } catch {
    // Already gone.
  }
}

function settledWithin(promises: Promise<unknown>[], ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)));
  return Promise.race([Promise.allSettled(promises).then(() => undefined), timeout]).finally(() => clearTimeout(timer));
}

/**
 * Passes `signal` on to every running child's group, waits up to `graceMs`
 * for them to exit, kills what is left with SIGKILL, then runs the clean-up
 * hooks and removes the temporary directories. With `signal` SIGKILL, no
 * grace: for a second interrupt.
 */
export async function stopEverything(signal: NodeJS.Signals, graceMs: number): Promise<void> {
  stopRequested = true;
  for (const child of groups.keys()) killGroup(child, signal);
  if (signal !== 'SIGKILL') await settledWithin([...groups.values()], graceMs);
  if (groups.size > 0) {
    for (const child of groups.keys()) killGroup(child, 'SIGKILL');
    await settledWithin([...groups.values()], 1000);
  }
  for (const hook of [...hooks]) {
    hooks.delete(hook);
    try {
      await settledWithin([Promise.resolve().then(hook)], graceMs);
    } catch {
      // A clean-up that fails must not keep the others from running.
    }
  }
  for (const dir of [...tempDirs]) removeTempDir(dir);
}

let swept = false;

/**
 * Before the first child or directory: the watcher runs first (killed
 * after that, goescape leaves nothing it would not remove), and what
 * earlier processes left is swept.
 */
function prepare(): void {
  watcher();
  sweepOnce();
}

/**
 * Removes what earlier goescape processes left in the temporary
 * directories: entries `goescape-<pid>-…` whose PID no longer runs. (A PID
 * that runs again, reused, keeps its entries until it ends; an entry is
 * never removed while its PID runs. PIDs are those of this PID namespace:
 * a temporary directory shared with containers of other namespaces is
 * beyond what this can tell.)
 */
function sweepOnce(): void {
  if (swept) return;
  swept = true;
  for (const root of tempRoots()) {
    let names: string[];
    try {
      names = readdirSync(root);
    } catch {
      continue;
    }
    for (const name of names) {
      const m = /^goescape-(\d+)-/.exec(name);
      if (!m) continue;
      const pid = Number(m[1]);
      if (pid === process.pid || isProcessRunning(pid)) continue;
      try {
        rmSync(join(root, name), { recursive: true, force: true });
      } catch {
        // Someone else's, or going away already.
      }
    }
  }
}

export { isProcessRunning };

/**
 * The watcher's script. Lines `+ PGID` and `- PGID` register and
 * unregister a group. When its input closes (goescape has exited, however)
 * it kills the groups still registered, waits for them to go (bounded: a
 * container without an init process may never reap them), and removes
 * goescape's entries in the temporary directories given as arguments.
 */
const WATCHER_SCRIPT = `pid=$1; shift
groups=
while read -r op g; do
  case $op in
    +) groups="$groups $g" ;;
    -) rest=; for x in $groups; do [ "$x" = "$g" ] || rest="$rest $x"; done; groups=$rest ;;
  esac
done
if [ -n "$groups" ]; then
  for g in $groups; do kill -s KILL -- "-$g" 2>/dev/null; done
  n=0
  while [ $n -lt 50 ]; do
    alive=
    for g in $groups; do kill -s 0 -- "-$g" 2>/dev/null && alive=1; done
    [ -z "$alive" ] && break
    sleep 0.1
    n=$((n + 1))
  done
fi
for root; do rm -rf -- "$root"/goescape-"$pid"-*; done
`;

let watcherState: { tell(line: string): void } | null | undefined;

/** The watcher, started before the first child or directory; null where there is none (no sh, Windows). */
function watcher(): { tell(line: string): void } | null {
  if (watcherState !== undefined) return watcherState;
  watcherState = null;
  if (!posix) return null;
  let child: ChildProcess;
  try {
    child = spawn('/bin/sh', ['-c', WATCHER_SCRIPT, 'goescape-watcher', String(process.pid), ...tempRoots()], {
      detached: true,
      stdio: ['pipe', 'ignore', 'ignore'],
    });
  } catch {
    return null;
  }
  child.on('error', () => undefined);
  const stdin = child.stdin!;
  stdin.on('error', () => undefined);
  // Neither may keep a program that uses goescape as a library from exiting.
  child.unref();
  (stdin as unknown as { unref?: () => void }).unref?.();
  watcherState = { tell: (line) => void stdin.write(line + '\n') };
  return watcherState;
}

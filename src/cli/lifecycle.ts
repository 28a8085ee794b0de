/**
 * How the goescape process ends, other than by returning an exit code:
 * interrupted by a signal, or with nowhere left to write.
 *
 * SIGINT, SIGTERM and SIGHUP are passed on to go (and test binaries) with
 * everything they started, goescape waits a moment for them to exit (go
 * removes nothing of its own when killed; its temporary files are in a
 * directory of goescape's), removes its temporary directories and exits
 * 128 + the signal's number, as a process killed by it would report. A
 * second signal while that goes on kills at once.
 *
 * A closed stdout (`goescape analyze | head -1`) is not an error: output
 * stops and the command ends with its own exit code. Any other failure to
 * write stdout (a full disk) is one line on stderr and exit 2.
 */
import { stopEverything } from '../toolchain/processes.js';
import { EXIT, exitCodeForSignal } from './exit-codes.js';

/** How long go gets to exit after the signal is passed on, before it is killed. */
const GRACE_MS = 5000;

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

let interrupted: NodeJS.Signals | undefined;
let outputFailure: string | undefined;
/** How messages start: `goescape <command>` once the command is known. */
let speaker = 'goescape';

export function nameCommand(name: string): void {
  speaker = `goescape ${name}`;
}

/** Installs the handlers; call once, before any work starts. */
export function handleInterrupts(): void {
  for (const signal of SIGNALS) process.on(signal, () => void onSignal(signal));
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED') return;
    outputFailure ??= `cannot write the output: ${e.message}; check where stdout goes (free space, permissions)`;
  });
  // Where stderr goes was closed too: nothing more can be said.
  process.stderr.on('error', () => undefined);
}

/** Whether a signal has started goescape's exit: the command's own ending then is not wanted. */
export function isInterrupted(): boolean {
  return interrupted !== undefined;
}

/**
 * The exit code once the command has returned `code`: a failure to write
 * the output overrides success (what was asked for did not arrive). Says
 * why on stderr.
 */
export function finalExitCode(code: number): number {
  if (outputFailure === undefined) return code;
  process.stderr.write(`${speaker}: ${outputFailure}\n`);
  return code === EXIT.OK ? EXIT.USAGE : code;
}

async function onSignal(signal: NodeJS.Signals): Promise<void> {
  if (interrupted) {
    await stopEverything('SIGKILL', 0);
    process.exit(exitCodeForSignal(interrupted));
  }
  interrupted = signal;
  await stopEverything(signal, GRACE_MS);
  process.exit(exitCodeForSignal(signal));
}

/** Stops whatever is still running and removes temporary directories, before a normal exit. */
export function cleanUpBeforeExit(): Promise<void> {
  return stopEverything('SIGTERM', GRACE_MS);
}

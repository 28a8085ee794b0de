/**
 * V8 settings for goescape's own process, tuned to how it runs: beside a
 * go compile that keeps every core busy, then alone. Only the command line
 * sets them; the library leaves its host process's V8 alone.
 */
import { subscribe } from 'node:diagnostics_channel';
import { setFlagsFromString } from 'node:v8';
import { COMPILE_ENDED } from '../pipeline/events.js';

/** Collecting with helper threads: off while go compiles, back on once it has exited (compileEnded). */
const PARALLEL_GC = ['parallel-scavenge', 'concurrent-sweeping', 'parallel-compaction', 'parallel-pointer-update'];

/** Called once, before any work. */
export function tuneForCompile(): void {
  subscribe(COMPILE_ENDED, compileEnded);
  // The go command uses the other core while we parse its output; V8's
  // concurrent marking would compete with it for that core.
  setFlagsFromString('--no-concurrent-marking');
  // V8 grows the heap by a factor it picks from how fast the program
  // allocates. goescape allocates slowly, waiting on go's output, yet what it
  // allocates mostly lives until the report: left to pick, V8 ran a full
  // collection of std's growing heap 12 times, each marking all of it; at
  // the factor it gives a program allocating flat out (4×), 4 times, with the
  // same peak memory (std replayed at the compile's pace: 1.8 s less CPU).
  setFlagsFromString('--heap-growing-percent=300');
  // Measured per thread on std's compile replayed at its pace, V8's threads
  // besides the main one took 2.8 s of goescape's 8.4 s of CPU. Its helper
  // threads for collecting cost ~0.9 s more CPU than the main thread does the
  // same work in, CPU go would have used (parallel marking cannot be turned
  // off once V8 runs). The optimizing compiler compiled the hottest functions
  // up to 8 times each, inlining callees into every copy: a smaller inlining
  // budget cost ~0.5 s less.
  for (const flag of PARALLEL_GC) setFlagsFromString(`--no-${flag}`);
  setFlagsFromString('--max-inlined-bytecode-size-cumulative=300');
}

/** go has exited: the cores are goescape's, and what is left (the report) waits on it alone. */
function compileEnded(): void {
  for (const flag of PARALLEL_GC) setFlagsFromString(`--${flag}`);
}

/** goescape's priority while go compiles: go first, parsing in the gaps. */
import { readdirSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';
import { GoescapeError } from '../../errors.js';

/** Default niceness of goescape while go compiles (see yieldCpu); GOESCAPE_NICE sets another, 0 turns it off. */
const NICENESS = 19;

/** goescape's niceness while go compiles: GOESCAPE_NICE (0 to 19; 0 is off), else NICENESS. A bad value is a USAGE error. */
export function nicenessOf(env: NodeJS.ProcessEnv): number {
  const text = env.GOESCAPE_NICE;
  if (text === undefined || text === '') return NICENESS;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0 || n > 19) {
    throw new GoescapeError('USAGE', `GOESCAPE_NICE must be a niceness from 0 (off) to 19, got "${text}"`);
  }
  return n;
}

/**
 * Lowers goescape's priority while go compiles and returns what puts it
 * back. The compile is the critical path: on a busy machine (a cold
 * compile keeps every core busy) each CPU second goescape takes from go
 * makes the whole run longer, while work done in go's idle moments costs
 * it far less (not nothing: caches and memory are shared). Parsing need
 * not keep pace: go's output is spooled to a file
 * (openSpool), never blocking the writer. On Linux niceness is per
 * thread, so every thread of the process is lowered (V8's GC helpers
 * too). Putting it back needs a privilege most users lack; where it is
 * refused the process stays lowered, and go commands it starts later
 * inherit that (harmless on an idle machine).
 */
export function yieldCpu(niceness: number): () => void {
  let threads: number[];
  try {
    threads = readdirSync('/proc/self/task').map(Number);
  } catch {
    threads = [0]; // no /proc: the process as a whole
  }
  const before: [number, number][] = [];
  for (const t of threads) {
    try {
      const p = getPriority(t);
      if (p < niceness) {
        setPriority(t, niceness);
        before.push([t, p]);
      }
    } catch {
      // A thread that ended meanwhile, or a system that does not allow it: nothing to put back.
    }
  }
  return () => {
    for (const [t, p] of before.splice(0)) {
      try {
        setPriority(t, p);
      } catch {
        // Not allowed to raise it again.
      }
    }
  };
}

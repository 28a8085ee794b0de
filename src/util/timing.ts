/**
 * The one reader of GOESCAPE_TIMING: with it set, phase timings, peak
 * memory and CPU time go to stderr as `timing …` lines, which the
 * benchmark script (scripts/bench.ts) reads. Off, every call is a no-op.
 */
const enabled = Boolean(process.env.GOESCAPE_TIMING);

/** A `timing <text>` line. */
export function timingNote(text: () => string): void {
  if (enabled) process.stderr.write(`timing ${text()}\n`);
}

/** A phase that took from `since` (a performance.now() reading) until now, with CPU and memory so far. */
export function timingPhase(phase: string, since: number): void {
  if (!enabled) return;
  const now = performance.now();
  const cpu = process.cpuUsage();
  const mem = process.memoryUsage();
  const mib = (bytes: number) => Math.round(bytes / 1048576);
  process.stderr.write(
    `timing ${phase}: ${Math.round(now - since)} ms at ${Math.round(now)}, cpu ${Math.round((cpu.user + cpu.system) / 1000)} ms (rss ${mib(mem.rss)} MiB, heap ${mib(mem.heapUsed)} MiB)\n`,
  );
}

/** The process's peak memory (KiB) and CPU time, as it ends. */
export function timingAtExit(): void {
  if (!enabled) return;
  const { maxRSS, userCPUTime, systemCPUTime } = process.resourceUsage();
  process.stderr.write(`timing maxrss: ${maxRSS} KiB at ${Math.round(performance.now())}, cpu ${Math.round((userCPUTime + systemCPUTime) / 1000)} ms\n`);
}

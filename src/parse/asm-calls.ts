/**
 * The functions each source line's machine code calls, from a `-S`
 * listing: every `CALL sym(SB)` instruction at its printed position (the
 * innermost line: for inlined code, the callee's). Pure. The accuracy
 * benchmark reads it to tell why a line allocated when the heap profile
 * hides the runtime frames (runtime/pprof drops the runtime functions at
 * the top of every heap profile stack).
 *
 * @module
 */

const CALL = /^\s+0x[0-9a-f]+ \d+ \((.+?\.go):(\d+)\)\s+CALL\s+([^\s(]+)\(SB\)/;

/** `file\0line` (the file as printed) → the symbols called there, sorted. */
export function callsByLine(listing: string): Map<string, string[]> {
  const sets = new Map<string, Set<string>>();
  for (const raw of listing.split('\n')) {
    const m = CALL.exec(raw);
    if (!m) continue;
    const k = `${m[1]}\0${m[2]}`;
    let s = sets.get(k);
    if (!s) sets.set(k, (s = new Set()));
    s.add(m[3]!);
  }
  return new Map([...sets].map(([k, s]) => [k, [...s].sort()]));
}

/**
 * The lines plain `go build -gcflags=-m` marks as heap allocations, read
 * the way a person reading that output would: every `… escapes to heap`
 * and `moved to heap: …` line, at the position printed. Pure. Used to score
 * raw `-m` beside goescape (`npm run accuracy`).
 *
 * @module
 */

export interface RawHeapLine {
  /** As printed (relative to go's directory, or absolute). */
  file: string;
  line: number;
  message: string;
}

const POS = /^(.+?\.go):(\d+):(\d+): (.*)$/;

export function rawHeapLines(text: string): RawHeapLine[] {
  const out: RawHeapLine[] = [];
  for (const raw of text.split('\n')) {
    const m = POS.exec(raw.trimEnd());
    if (!m) continue;
    const msg = m[4]!;
    // `-m=2` explanations (`x escapes to heap in F:` with flows under it) end in ':'; -m prints verdicts only.
    if (/^moved to heap: /.test(msg) || (/ escapes to heap\b/.test(msg) && !msg.endsWith(':'))) out.push({ file: m[1]!, line: Number(m[2]), message: msg });
  }
  return out;
}

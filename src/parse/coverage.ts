/**
 * Go coverage profiles (`go test -coverprofile`): which source lines ran.
 * Pure: text in, records out. A block is a run of statements; a block
 * whose count is above 0 ran, and every line from its start to its end
 * is counted as run (a block never spans code that did not run with it).
 *
 * @module
 */
import { GoescapeError } from '../errors.js';

export interface CoverBlock {
  /** As the profile names it: `<import path>/<file>.go`. */
  file: string;
  startLine: number;
  endLine: number;
  /** Times the block ran (1 or 0 in `set` mode), summed over repeated entries. */
  count: number;
}

const BLOCK = /^(.+\.go):(\d+)\.(\d+),(\d+)\.(\d+) (\d+) (\d+)$/;

/** Parses a coverage profile; several profiles joined one after another are accepted (each `mode:` line starts one). */
export function parseCoverProfile(text: string, source = 'coverage profile'): CoverBlock[] {
  const byBlock = new Map<string, CoverBlock>();
  let sawMode = false;
  for (const raw of text.split('\n')) {
    const line = raw.trimEnd();
    if (line === '') continue;
    if (line.startsWith('mode: ')) {
      sawMode = true;
      continue;
    }
    const m = BLOCK.exec(line);
    if (!m || !sawMode)
      throw new GoescapeError('BAD_INPUT', `${source} is not a Go coverage profile (line "${line.slice(0, 80)}"); write one with "go test -coverprofile"`);
    const key = `${m[1]}:${m[2]}.${m[3]},${m[4]}.${m[5]}`;
    const count = Number(m[7]);
    const prev = byBlock.get(key);
    if (prev) prev.count += count;
    else byBlock.set(key, { file: m[1]!, startLine: Number(m[2]), endLine: Number(m[4]), count });
  }
  return [...byBlock.values()];
}

/** `file\0line` of every line of a block that ran, with the file mapped by `mapFile` (import-path form → the analysis's form). */
export function executedLines(blocks: readonly CoverBlock[], mapFile: (file: string) => string): Set<string> {
  const out = new Set<string>();
  for (const b of blocks) {
    if (b.count <= 0) continue;
    const file = mapFile(b.file);
    for (let l = b.startLine; l <= b.endLine; l++) out.add(`${file}\0${l}`);
  }
  return out;
}

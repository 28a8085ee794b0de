import { lstatSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { GoescapeError } from '../errors.js';
import { dirname } from 'node:path';

/**
 * Writes a report to FILE atomically (temp file + rename), or to stdout.
 * Anything that is not a regular file (a device such as /dev/null, a pipe,
 * a symlink such as /dev/stdout) is written to in place, never replaced.
 */
export function writeOutput(text: string | Uint8Array, file: string | undefined, stdout: (t: string | Uint8Array) => void): void {
  if (!file || file === '-') {
    stdout(text);
    return;
  }
  let existing;
  try {
    existing = lstatSync(file);
  } catch {
    existing = undefined;
  }
  try {
    if (existing?.isDirectory()) throw new GoescapeError('USAGE', `${file} is a directory; give -o a file name`);
    if (existing && !existing.isFile()) {
      writeFileSync(file, text);
      return;
    }
    mkdirSync(dirname(file), { recursive: true });
    const tmp = `${file}.tmp-${process.pid}`;
    writeFileSync(tmp, text);
    renameSync(tmp, file);
  } catch (e) {
    if (e instanceof GoescapeError) throw e;
    throw new GoescapeError('USAGE', `cannot write ${file}: ${(e as Error).message}; check the -o path`, { cause: e });
  }
}

/** A one-line progress indicator on stderr, only on a terminal. */
export function progress(enabled: boolean): { update(text: string): void; done(): void } {
  let shown = false;
  return {
    update(text) {
      if (!enabled) return;
      process.stderr.write(`\r\x1b[2K${text}`);
      shown = true;
    },
    done() {
      if (shown) process.stderr.write('\r\x1b[2K');
    },
  };
}

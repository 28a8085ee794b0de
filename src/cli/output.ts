import { lstatSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { GoescapeError } from '../errors.js';
import { isProcessRunning } from '../toolchain/processes.js';
import { basename, dirname, join } from 'node:path';

/**
 * Writes a report to FILE atomically (temp file + rename), or to stdout.
 * Anything that is not a regular file (a device such as /dev/null, a pipe,
 * a symlink such as /dev/stdout) is written to in place, never replaced.
 * The temp file `FILE.tmp-PID` is removed when the write fails; one left
 * by a goescape that was killed while writing is removed by the next
 * write of FILE.
 */
export function writeOutput(text: string | Uint8Array, file: string | undefined, stdout: (t: string | Uint8Array) => void): void {
  if (!file || file === '-') {
    stdout(text);
    return;
  }
  let existing: ReturnType<typeof lstatSync> | undefined;
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
    removeStaleTemps(file);
    const tmp = `${file}.tmp-${process.pid}`;
    try {
      writeFileSync(tmp, text);
      renameSync(tmp, file);
    } catch (e) {
      rmSync(tmp, { force: true });
      throw e;
    }
  } catch (e) {
    if (e instanceof GoescapeError) throw e;
    throw new GoescapeError('USAGE', `cannot write ${file}: ${(e as Error).message}; check the -o path`, { cause: e });
  }
}

/** Removes `FILE.tmp-PID` files whose PID no longer runs (a write cut short by SIGKILL). */
function removeStaleTemps(file: string): void {
  const prefix = `${basename(file)}.tmp-`;
  let names: string[];
  try {
    names = readdirSync(dirname(file));
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(name.slice(prefix.length));
    if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid || isProcessRunning(pid)) continue;
    try {
      rmSync(join(dirname(file), name), { force: true });
    } catch {
      // Not ours to remove after all.
    }
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

import { mkdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Writes a report to FILE atomically (temp file + rename), or to stdout. */
export function writeOutput(text: string | Uint8Array, file: string | undefined, stdout: (t: string | Uint8Array) => void): void {
  if (!file || file === '-') {
    stdout(text);
    return;
  }
  let existing;
  try {
    existing = statSync(file);
  } catch {
    existing = undefined;
  }
  if (existing && !existing.isFile()) {
    // A device or pipe (-o /dev/null, a FIFO): write to it, never replace it.
    writeFileSync(file, text);
    return;
  }
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, text);
  renameSync(tmp, file);
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

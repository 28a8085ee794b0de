/** A file go's stderr is written to and read back from as it grows, so go never waits on goescape. */
import { randomUUID } from 'node:crypto';
import { closeSync, openSync, read, rmSync, statfsSync, unlinkSync, watch, type FSWatcher } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GoescapeError } from '../../errors.js';
import { tempPrefix } from '../processes.js';

/** Largest read from a spool file; a read much smaller than this is copied out, so the buffer is reused. */
const SPOOL_READ = 256 * 1024;
/** Free space a spool file needs where it goes (std's -S listing is 450 MB). */
const SPOOL_MIN_FREE = 2 * 1024 ** 3;
/**
 * Less free space than this where the spool file is, at any time while go
 * writes to it, fails the run: go ignores a failed write to its stderr
 * (no space left) and exits 0, so output may be lost without a trace.
 * After a failed write the file system is full to the last block; the
 * margin covers space freed again before goescape looks (it looks at each
 * read and poll, and once more when go has exited).
 */
const SPOOL_LOW_FREE = 64 * 1024 ** 2;
/** Longest wait between polls of a spool file that had nothing new. */
const SPOOL_POLL_MAX_MS = 16;
/**
 * The same where the file is watched (fs.watch), which wakes the reader
 * when go writes: polls are then only a fallback, should an event be lost.
 */
const SPOOL_WATCHED_POLL_MS = 250;

/**
 * Where spool files go, best first. Memory-backed /dev/shm first: a file on
 * disk is written back while go compiles, disk work go alone would not do
 * (a std build wrote 30–160 MiB more than go alone).
 */
function spoolDirs(): string[] {
  return process.platform === 'linux' ? ['/dev/shm', tmpdir()] : [tmpdir()];
}

/**
 * A temporary file that go's stderr is written to and read back from as it
 * grows. A pipe holds 64 KiB: go blocks writing a package's output (in the
 * worker that would start the next compile) for as long as goescape takes
 * to parse it. A file never blocks the writer. The file is unlinked at once
 * where the system allows, so nothing is left behind.
 */
export interface Spool {
  fd: number;
  /** Starts handing out what go writes, in order. */
  follow(onChunk: (chunk: Buffer) => void): void;
  /** Reads what is left once go has exited, then closes the file. */
  drain(): Promise<void>;
  close(): void;
}

/** Free bytes in `dir`'s file system; undefined where that cannot be told. */
function freeSpace(dir: string): number | undefined {
  try {
    const fs = statfsSync(dir);
    return fs.bavail * fs.bsize;
  } catch {
    return undefined;
  }
}

/** A spool file where one has room (SPOOL_MIN_FREE), best place first; undefined where none has: the caller reads a pipe instead. */
export function openSpool(): Spool | undefined {
  let path = '';
  let fd = -1;
  let spoolDir = '';
  for (const dir of spoolDirs()) {
    path = join(dir, `${tempPrefix()}${randomUUID()}.out`);
    try {
      // A write go cannot make would lose output: with little room, the next place, then a pipe.
      if ((freeSpace(dir) ?? 0) < SPOOL_MIN_FREE) continue;
      fd = openSync(path, 'a+', 0o600);
      spoolDir = dir;
      break;
    } catch {}
  }
  if (fd < 0) return undefined;
  // Watched before it is unlinked (a watch needs a name; it then follows the
  // file itself). Polling every 16 ms instead costs 25 ms of CPU a second
  // while go is quiet (here), CPU taken from the compile.
  let watcher: FSWatcher | undefined;
  try {
    watcher = watch(path, { persistent: false }, () => wake());
    watcher.on('error', () => {
      watcher?.close();
      watcher = undefined;
    });
  } catch {
    // No file watching here: polling alone.
  }
  let unlinked = false;
  try {
    unlinkSync(path);
    unlinked = true;
  } catch {
    // Windows cannot remove an open file: removed on close.
  }
  let pos = 0;
  let exited = false;
  let closed = false;
  let wait = 1;
  let buf = Buffer.allocUnsafe(SPOOL_READ);
  let onChunk: (chunk: Buffer) => void = () => {};
  let finish: (() => void) | undefined;
  let fail: ((e: Error) => void) | undefined;
  let failure: Error | undefined;
  let timer: NodeJS.Timeout | undefined;
  /** The file was written to since the last read started (only known where it is watched). */
  let written = false;
  /** Reads now if waiting for a poll; a read under way is left to finish. */
  const readNow = () => {
    if (timer) {
      clearTimeout(timer);
      pump();
    }
  };
  const wake = () => {
    // A read under way sees `written` when it comes back empty.
    written = true;
    readNow();
  };
  const close = () => {
    if (closed) return;
    closed = true;
    if (timer) clearTimeout(timer);
    watcher?.close();
    closeSync(fd);
    if (!unlinked) rmSync(path, { force: true });
  };
  const pump = () => {
    timer = undefined;
    if (closed) return;
    // `exited` is read before the read: what go wrote before exiting is then surely in the file.
    const last = exited;
    written = false;
    read(fd, buf, 0, SPOOL_READ, pos, (e, n) => {
      if (closed) return;
      const free = e ? Infinity : (freeSpace(spoolDir) ?? Infinity);
      if (e || free < SPOOL_LOW_FREE) {
        close();
        failure = e
          ? new GoescapeError('GO_FAILED', `cannot read go's output back from ${spoolDir}: ${e.message}`, { cause: e })
          : new GoescapeError(
              'GO_FAILED',
              `${spoolDir} ran out of space while go wrote its output there (${Math.floor(free / 1024 ** 2)} MiB left), so part of it may be lost; free space in ${spoolDir} and run again`,
            );
        fail?.(failure);
        return;
      }
      if (n > 0) {
        pos += n;
        wait = 1;
        // Chunks are handed out for keeps (parsers keep ranges of them): a
        // full read gives its buffer away, a small one is copied out.
        let chunk: Buffer;
        if (n > SPOOL_READ / 4) {
          chunk = buf.subarray(0, n);
          buf = Buffer.allocUnsafe(SPOOL_READ);
        } else chunk = Buffer.from(buf.subarray(0, n));
        onChunk(chunk);
        setImmediate(pump);
      } else if (last) {
        close();
        finish?.();
      } else if (watcher && written) {
        setImmediate(pump); // written to while that read was under way
      } else if (watcher) {
        timer = setTimeout(pump, SPOOL_WATCHED_POLL_MS);
      } else {
        timer = setTimeout(pump, wait);
        wait = Math.min(wait * 2, SPOOL_POLL_MAX_MS);
      }
    });
  };
  return {
    fd,
    follow(f) {
      onChunk = f;
      pump();
    },
    drain() {
      exited = true;
      return new Promise<void>((res, rej) => {
        finish = res;
        fail = rej;
        if (failure) return rej(failure);
        if (closed) return res();
        // Cut a poll's wait short: go has exited, nothing more is coming.
        readNow();
      });
    },
    close,
  };
}

/**
 * A cache of parsed compiler output, per package block, keyed by the
 * SHA-256 of the block's bytes and of the parser's code. Parsing is a pure
 * function of those bytes, so an entry can never be stale: when go replays a package from its build
 * cache it prints the same bytes, and goescape reuses what it parsed last
 * time instead of reading hundreds of megabytes again (`-S` of std is
 * 445 MB; its parsed form is a few MB).
 *
 * Location: `$GOESCAPE_CACHE`, else `goescape` in the user cache directory
 * (`$XDG_CACHE_HOME` or `~/.cache`, as go's own build cache). `GOESCAPE_CACHE=off`
 * disables it. Failing to read or write an entry only costs the reparse.
 *
 * Every entry is untrusted input: its file starts with the SHA-256 of its
 * kind, its name and its content, checked before the content is used, and
 * its reader validates the content's shape. An entry that fails either is
 * discarded (only the files named after its key, in its shard directory) and
 * made again. Entries are written to `<kind>/tmp/` and renamed into place, so
 * a run killed at any moment leaves no half-written entry, only a temporary
 * file that a later run removes.
 */
import { isProcessRunning } from '../util/pid.js';
import { createHash, randomBytes, type Hash } from 'node:crypto';
import {
  closeSync,
  constants,
  fstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  statSync,
  unlinkSync,
  utimesSync,
  writeSync,
} from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { VERSION } from '../version.js';
import type { BlockBytes } from '../parse/blocks.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A temporary file this old is left over whoever wrote it: a write takes well under a second. */
const STALE_TEMP_MS = 10 * MINUTE;

/** Larger files are not read (the largest entry, a replayed report, is at most 64 MB). */
const MAX_ENTRY_BYTES = 256 * 1024 * 1024;

const MAGIC = Buffer.from('goescape cache entry v1 sha256:');
const HEADER_BYTES = MAGIC.length + 64 + 1;

/** The names goescape gives entries: a SHA-256 key, and an extension such as `json` or `<uuid>.out`. */
const KEY_RE = /^[0-9a-f]{64}$/;
const EXT_RE = /^[0-9a-z]+(?:-[0-9a-z]+)*(?:\.[0-9a-z]+)?$/;
/** Temporary files: `<entry or stamp name>.<pid>-<random>.tmp`. */
const TEMP_RE = /^[0-9a-z.-]+\.(\d+)-[0-9a-f]{8}\.tmp$/;

// An entry is opened without following a symbolic link, and without waiting on a FIFO put in its place.
const READ_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

export class BlockCache {
  private made = new Set<string>();
  /** Why an entry could not be written (the first reason); nothing more is written in this run then. */
  private unwritable: CacheProblem | undefined;

  /**
   * `dir` undefined: a cache that never hits and never writes. `code`: the
   * modules whose logic makes an entry (the parser); their text is part of
   * every key, so a changed parser never reads what an older one stored.
   */
  constructor(
    readonly dir: string | undefined,
    private readonly kind: string,
    code: URL[] = [],
  ) {
    const h = createHash('sha256').update(`goescape ${VERSION} ${kind}\n`);
    for (const file of code) {
      try {
        h.update(readFileSync(file));
      } catch {
        h.update(`unreadable ${file.href}\n`);
      }
    }
    this.prefix = h.digest();
  }

  private readonly prefix: Buffer;

  /** The cache in effect for `env` (see the module comment). */
  static forEnv(env: NodeJS.ProcessEnv, kind: string, code: URL[] = []): BlockCache {
    return new BlockCache(cacheDirFor(env), kind, code);
  }

  /** Why this run could not write to the cache, if it could not. */
  get problem(): CacheProblem | undefined {
    return this.unwritable;
  }

  /** A hash that already covers the format: goescape's version, the entry kind and the parser's code. */
  hasher(): Hash {
    return createHash('sha256').update(this.prefix);
  }

  keyOf(block: BlockBytes): string {
    const h = this.hasher();
    for (const part of block) h.update(part);
    return h.digest('hex');
  }

  /**
   * The JSON entry of `key` when it is intact and `valid` accepts it; an
   * entry that is damaged or of another shape is discarded.
   */
  get<T>(key: string, valid: (value: unknown) => value is T): T | undefined {
    const bytes = this.getBytes(key, 'json');
    if (!bytes) return undefined;
    let value: unknown;
    try {
      value = JSON.parse(bytes.toString('utf8'));
    } catch {
      value = undefined;
    }
    if (value !== undefined && valid(value)) return value;
    this.discard(key);
    return undefined;
  }

  put(key: string, value: unknown): boolean {
    return this.putBytes(key, 'json', JSON.stringify(value));
  }

  /**
   * The content of the entry `<key>.<ext>` when its hash matches (marking it
   * used); undefined when there is none. A damaged one is discarded with
   * every other file of its key.
   */
  getBytes(key: string, ext: string): Buffer | undefined {
    const file = this.path(key, ext);
    if (!file) return undefined;
    let fd: number;
    try {
      fd = openSync(file, READ_FLAGS);
    } catch (e) {
      // Missing, or the directory is unusable: a miss. Anything else (a symbolic link): not an entry.
      if (!isMissing(e)) this.discard(key);
      return undefined;
    }
    let content: Buffer | undefined;
    try {
      content = this.verified(key, ext, fd);
    } catch {
      content = undefined;
    } finally {
      closeSync(fd);
    }
    if (!content) {
      this.discard(key);
      return undefined;
    }
    this.touch(file);
    return content;
  }

  /** Stores `<key>.<ext>` (`ext` tells entries of one key apart); false when it could not be written. */
  putBytes(key: string, ext: string, data: string | Uint8Array): boolean {
    const file = this.path(key, ext);
    if (!file || this.unwritable !== undefined) return false;
    const content = typeof data === 'string' ? Buffer.from(data) : data;
    const sum = this.sum(key, ext).update(content).digest('hex');
    return this.writeAtomically(file, `${key}.${ext}`, [MAGIC, Buffer.from(`${sum}\n`), content], true);
  }

  /**
   * Removes the files of `key` but those with an extension in `keep`: only
   * names of the form goescape gives entries, in the key's shard directory.
   */
  discard(key: string, keep: string[] = []): void {
    if (!this.dir || !KEY_RE.test(key)) return;
    const shard = join(this.dir, this.kind, key.slice(0, 2));
    let names: string[];
    try {
      names = readdirSync(shard);
    } catch {
      return;
    }
    for (const name of names) {
      if (!name.startsWith(`${key}.`)) continue;
      const ext = name.slice(key.length + 1);
      if (!EXT_RE.test(ext) || keep.includes(ext)) continue;
      try {
        unlinkSync(join(shard, name));
      } catch {
        // Removed meanwhile, or a read-only cache: it fails its check again next time.
      }
    }
  }

  /**
   * Removes temporary files left by runs that were killed (on every call),
   * and entries unused for `maxAgeDays` (at most once a day: a stamp file
   * records the last trim). Call when a run is done; never throws.
   */
  trim(maxAgeDays = 5, now = Date.now()): number {
    if (!this.dir) return 0;
    const root = join(this.dir, this.kind);
    let removed = this.removeStaleTemps(join(root, 'tmp'), now);
    const stamp = join(root, 'trim.txt');
    try {
      const last = Number(readFileSync(stamp, 'utf8'));
      if (now - last < DAY) return removed;
    } catch {
      // No stamp yet: trim now.
    }
    try {
      for (const sub of readdirSync(root)) {
        if (sub.length !== 2) continue;
        const dir = join(root, sub);
        for (const name of readdirSync(dir)) {
          const file = join(dir, name);
          try {
            // Temporary files beside the entries are from earlier versions.
            const age = now - statSync(file).mtimeMs;
            if (age > maxAgeDays * DAY || (name.endsWith('.tmp') && age > STALE_TEMP_MS)) {
              unlinkSync(file);
              removed++;
            }
          } catch {
            // Removed by another run meanwhile.
          }
        }
      }
      this.writeAtomically(stamp, 'trim.txt', [Buffer.from(String(now))], false);
    } catch {
      // No cache directory yet, or not writable.
    }
    return removed;
  }

  /** SHA-256 over what an entry's header vouches for: its kind, its name and (added by the caller) its content. */
  private sum(key: string, ext: string): Hash {
    return createHash('sha256').update(`${this.kind}\n${key}.${ext}\n`);
  }

  /** The content of an open entry file when its header's hash matches it; else undefined. */
  private verified(key: string, ext: string, fd: number): Buffer | undefined {
    const st = fstatSync(fd);
    if (!st.isFile() || st.size < HEADER_BYTES || st.size > MAX_ENTRY_BYTES) return undefined;
    const bytes = Buffer.allocUnsafe(st.size);
    let got = 0;
    while (got < bytes.length) {
      const n = readSync(fd, bytes, got, bytes.length - got, got);
      if (n === 0) return undefined;
      got += n;
    }
    if (!bytes.subarray(0, MAGIC.length).equals(MAGIC) || bytes[HEADER_BYTES - 1] !== 0x0a) return undefined;
    const content = bytes.subarray(HEADER_BYTES);
    const want = bytes.toString('latin1', MAGIC.length, HEADER_BYTES - 1);
    return this.sum(key, ext).update(content).digest('hex') === want ? content : undefined;
  }

  /**
   * Writes `chunks` to a temporary file and renames it to `file`: a reader
   * (or a run after a kill) sees the whole file or none. The temporary file
   * is removed on any failure. `entry`: a failure is remembered (problem)
   * and ends writing for this run.
   */
  private writeAtomically(file: string, name: string, chunks: Uint8Array[], entry: boolean): boolean {
    const tmpDir = join(this.dir!, this.kind, 'tmp');
    let tmp: string | undefined;
    let fd = -1;
    let renaming = false;
    try {
      this.mkdir(dirname(file));
      this.mkdir(tmpDir);
      tmp = join(tmpDir, `${name}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
      fd = openSync(tmp, 'wx', 0o644);
      for (const chunk of chunks) {
        for (let at = 0; at < chunk.length; ) at += writeSync(fd, chunk, at, chunk.length - at);
      }
      closeSync(fd);
      fd = -1;
      renaming = true;
      renameSync(tmp, file);
      tmp = undefined;
      return true;
    } catch (e) {
      // ENOENT on renaming: another run removed the temporary file as stale; only this entry is lost.
      if (entry && !(renaming && (e as NodeJS.ErrnoException).code === 'ENOENT')) this.unwritable ??= reasonOf(e);
      return false;
    } finally {
      if (fd >= 0) {
        try {
          closeSync(fd);
        } catch {
          // Already closed.
        }
      }
      if (tmp) {
        try {
          unlinkSync(tmp);
        } catch {
          // Never created.
        }
      }
    }
  }

  private mkdir(dir: string): void {
    if (this.made.has(dir)) return;
    makeDirectory(dir);
    this.made.add(dir);
  }

  /**
   * Removes temporary files whose writer is gone: this process's own (its
   * writes are synchronous, so none is under way), those of a process that
   * no longer exists, and any older than STALE_TEMP_MS (the process ID was
   * reused, or the cache is shared with another machine or container). A
   * file removed from under a live writer only makes that writer's rename
   * fail: it keeps no entry, never a wrong one.
   */
  private removeStaleTemps(tmpDir: string, now: number): number {
    let names: string[];
    try {
      names = readdirSync(tmpDir);
    } catch {
      return 0;
    }
    let removed = 0;
    for (const name of names) {
      const m = TEMP_RE.exec(name);
      if (!m) continue;
      const file = join(tmpDir, name);
      try {
        const pid = Number(m[1]);
        if (pid === process.pid || !isProcessRunning(pid) || now - statSync(file).mtimeMs > STALE_TEMP_MS) {
          unlinkSync(file);
          removed++;
        }
      } catch {
        // Renamed or removed meanwhile.
      }
    }
    return removed;
  }

  /** Marks an entry used (its mtime), at most once an hour per entry, as go's cache does. */
  private touch(file: string): void {
    try {
      const now = Date.now();
      if (now - statSync(file).mtimeMs > HOUR) utimesSync(file, now / 1000, now / 1000);
    } catch {
      // Best effort: an untouched entry is only trimmed earlier.
    }
  }

  /** The file of `<key>.<ext>`: only for names of the form goescape gives entries. */
  private path(key: string, ext: string): string | undefined {
    if (!this.dir || !KEY_RE.test(key) || !EXT_RE.test(ext)) return undefined;
    return join(this.dir, this.kind, key.slice(0, 2), `${key}.${ext}`);
  }
}

/** A plain object with exactly the `required` keys and perhaps some `optional` ones: the first check of an entry's shape. */
export function isRecordOf(value: unknown, required: readonly string[], optional: readonly string[] = []): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || Object.getPrototypeOf(value) !== Object.prototype) return false;
  const keys = Object.keys(value);
  return required.every((k) => Object.hasOwn(value, k)) && keys.every((k) => required.includes(k) || optional.includes(k));
}

/**
 * mkdir -p, one level at a time: a recursive mkdirSync reports ENOENT where
 * the real reason is a read-only file system or a missing permission.
 */
function makeDirectory(dir: string): void {
  const made = () => {
    try {
      mkdirSync(dir);
      return true;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST' && statSync(dir).isDirectory()) return true;
      if ((e as NodeJS.ErrnoException).code === 'ENOENT' && dirname(dir) !== dir) return false;
      throw e;
    }
  };
  if (made()) return;
  makeDirectory(dirname(dir));
  if (!made()) throw Object.assign(new Error(`cannot make ${dir}`), { code: 'ENOENT' });
}

/** No such entry, or no such directory (the cache directory is a file): a miss, not a damaged entry. */
function isMissing(e: unknown): boolean {
  const code = (e as NodeJS.ErrnoException).code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}

export interface CacheProblem {
  /** `no space left on the device`, `read-only file system`, `not a directory`, … */
  reason: string;
  /** The disk is full (or over quota): freeing space helps. */
  full: boolean;
}

/** What a failed write says about the cache directory, for the one line a run prints about it. */
function reasonOf(e: unknown): CacheProblem {
  const code = (e as NodeJS.ErrnoException).code;
  const reason = (() => {
    switch (code) {
      case 'ENOSPC':
        return 'no space left on the device';
      case 'EDQUOT':
        return 'disk quota exceeded';
      case 'EROFS':
        return 'read-only file system';
      case 'EACCES':
      case 'EPERM':
        return 'permission denied';
      case 'EEXIST':
      case 'ENOTDIR':
        return 'not a directory';
      default:
        return code ?? (e instanceof Error ? e.message : String(e));
    }
  })();
  return { reason, full: code === 'ENOSPC' || code === 'EDQUOT' };
}

/** The cache directory in effect for `env` (see the module comment); undefined when off or there is no home. */
export function cacheDirFor(env: NodeJS.ProcessEnv): string | undefined {
  const setting = env.GOESCAPE_CACHE;
  if (setting === 'off') return undefined;
  if (setting) return setting;
  const base = env.XDG_CACHE_HOME || (homedir() ? join(homedir(), '.cache') : '');
  return base ? join(base, 'goescape') : undefined;
}

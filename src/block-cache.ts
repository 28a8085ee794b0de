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
 */
import { createHash, type Hash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { VERSION } from './version.js';
import type { BlockBytes } from './parse/blocks.js';

const HOUR = 3600_000;
const DAY = 24 * HOUR;

export class BlockCache {
  private made = new Set<string>();

  /**
   * `dir` undefined: a cache that never hits and never writes. `code`: the
   * modules whose logic makes an entry (the parser); their text is part of
   * every key, so a changed parser never reads what an older one stored.
   */
  constructor(readonly dir: string | undefined, private readonly kind: string, code: URL[] = []) {
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

  /** A hash that already covers the format: goescape's version, the entry kind and the parser's code. */
  hasher(): Hash {
    return createHash('sha256').update(this.prefix);
  }

  keyOf(block: BlockBytes): string {
    const h = this.hasher();
    for (const part of block) h.update(part);
    return h.digest('hex');
  }

  get<T>(key: string): T | undefined {
    return this.read(key, 'json', (bytes) => JSON.parse(bytes.toString('utf8')) as T);
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

  /**
   * Removes entries unused for `maxAgeDays`, at most once a day (a stamp
   * file records the last trim). Call when a run is done; never throws.
   */
  trim(maxAgeDays = 5, now = Date.now()): number {
    if (!this.dir) return 0;
    const root = join(this.dir, this.kind);
    const stamp = join(root, 'trim.txt');
    let removed = 0;
    try {
      const last = Number(readFileSync(stamp, 'utf8'));
      if (now - last < DAY) return 0;
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
            if (now - statSync(file).mtimeMs > maxAgeDays * DAY) {
              unlinkSync(file);
              removed++;
            }
          } catch {
            // Removed by another run meanwhile.
          }
        }
      }
      writeFileSync(stamp, String(now));
    } catch {
      // No cache directory yet, or not writable.
    }
    return removed;
  }

  put(key: string, value: unknown): void {
    this.putBytes(key, 'json', JSON.stringify(value));
  }

  /** An entry stored as bytes (`ext` tells entries of one key apart). */
  getBytes(key: string, ext: string): Buffer | undefined {
    return this.read(key, ext, (bytes) => bytes);
  }

  /** Reads and decodes an entry; marks it used only when it decoded. */
  private read<T>(key: string, ext: string, decode: (bytes: Buffer) => T): T | undefined {
    if (!this.dir) return undefined;
    const file = this.path(key, ext);
    try {
      const value = decode(readFileSync(file));
      this.touch(file);
      return value;
    } catch {
      return undefined;
    }
  }

  putBytes(key: string, ext: string, data: string | Uint8Array): void {
    if (!this.dir) return;
    const file = this.path(key, ext);
    const dir = dirname(file);
    try {
      if (!this.made.has(dir)) {
        mkdirSync(dir, { recursive: true });
        this.made.add(dir);
      }
      // Write then rename: a concurrent reader sees the whole entry or none.
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, data);
      renameSync(tmp, file);
    } catch {
      // A read-only or full disk only means parsing again next time.
    }
  }

  remove(key: string, ext: string): void {
    if (!this.dir) return;
    try {
      unlinkSync(this.path(key, ext));
    } catch {
      // Already gone.
    }
  }

  private path(key: string, ext = 'json'): string {
    return join(this.dir!, this.kind, key.slice(0, 2), `${key}.${ext}`);
  }
}

/** The cache directory in effect for `env` (see the module comment); undefined when off or there is no home. */
export function cacheDirFor(env: NodeJS.ProcessEnv): string | undefined {
  const setting = env.GOESCAPE_CACHE;
  if (setting === 'off') return undefined;
  if (setting) return setting;
  const base = env.XDG_CACHE_HOME || (homedir() ? join(homedir(), '.cache') : '');
  return base ? join(base, 'goescape') : undefined;
}

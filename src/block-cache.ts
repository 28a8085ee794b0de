/**
 * A cache of parsed compiler output, per package block, keyed by the
 * SHA-256 of the block's bytes. Parsing is a pure function of those bytes,
 * so an entry can never be stale: when go replays a package from its build
 * cache it prints the same bytes, and goescape reuses what it parsed last
 * time instead of reading hundreds of megabytes again (`-S` of std is
 * 445 MB; its parsed form is a few MB).
 *
 * Location: `$GOESCAPE_CACHE`, else `goescape` in the user cache directory
 * (`$XDG_CACHE_HOME` or `~/.cache`, as go's own build cache). `GOESCAPE_CACHE=off`
 * disables it. Failing to read or write an entry only costs the reparse.
 */
import { createHash, type Hash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { VERSION } from './version.js';
import type { BlockBytes } from './parse/blocks.js';

export class BlockCache {
  private made = new Set<string>();

  /** `dir` undefined: a cache that never hits and never writes. */
  constructor(readonly dir: string | undefined, private readonly kind: string) {}

  /** The cache in effect for `env` (see the module comment). */
  static forEnv(env: NodeJS.ProcessEnv, kind: string): BlockCache {
    const setting = env.GOESCAPE_CACHE;
    if (setting === 'off') return new BlockCache(undefined, kind);
    if (setting) return new BlockCache(setting, kind);
    const base = env.XDG_CACHE_HOME || (homedir() ? join(homedir(), '.cache') : '');
    return new BlockCache(base ? join(base, 'goescape') : undefined, kind);
  }

  /** A hash that already covers the format: goescape's version and the entry kind. */
  hasher(): Hash {
    return createHash('sha256').update(`goescape ${VERSION} ${this.kind}\n`);
  }

  keyOf(block: BlockBytes): string {
    const h = this.hasher();
    for (const part of block) h.update(part);
    return h.digest('hex');
  }

  get<T>(key: string): T | undefined {
    if (!this.dir) return undefined;
    try {
      return JSON.parse(readFileSync(this.path(key), 'utf8')) as T;
    } catch {
      return undefined;
    }
  }

  put(key: string, value: unknown): void {
    if (!this.dir) return;
    const file = this.path(key);
    const dir = dirname(file);
    try {
      if (!this.made.has(dir)) {
        mkdirSync(dir, { recursive: true });
        this.made.add(dir);
      }
      // Write then rename: a concurrent reader sees the whole entry or none.
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify(value));
      renameSync(tmp, file);
    } catch {
      // A read-only or full disk only means parsing again next time.
    }
  }

  private path(key: string): string {
    return join(this.dir!, this.kind, key.slice(0, 2), `${key}.json`);
  }
}

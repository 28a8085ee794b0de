/**
 * Decoding of Go heap profiles (profile.proto, usually gzipped, as written
 * by `go test -memprofile` or runtime/pprof.WriteHeapProfile) into samples
 * with symbolized, inlining-expanded stacks.
 *
 * Pure: bytes in, data out. Anything that is not a heap profile (a CPU
 * profile, random bytes, an empty file) is a GoescapeError 'BAD_INPUT'
 * with one line that says what was found.
 *
 * @module
 */
import { gunzipSync } from 'node:zlib';
import { Profile } from 'pprof-format';
import { GoescapeError } from '../errors.js';

/** One frame of a symbolized stack; inlined calls are frames of their own. */
export interface ProfileFrame {
  /** Fully qualified Go function name, e.g. `example.com/m/p.(*T).M`. */
  func: string;
  /** Source file as recorded in the binary (absolute for module code). */
  file: string;
  line: number;
  /** Whether this frame was inlined into the next (outer) frame. */
  inlined: boolean;
}

export interface HeapSample {
  /** Innermost frame first (the allocating function), then its callers. */
  stack: ProfileFrame[];
  /** Objects allocated since the program started (alloc_objects). */
  allocObjects: number;
  /** Bytes allocated since the program started (alloc_space). */
  allocBytes: number;
  /** Live objects / bytes at the last GC (inuse_objects / inuse_space), 0 when absent. */
  inuseObjects: number;
  inuseBytes: number;
}

export interface HeapProfile {
  /** `type/unit` of each sample value, e.g. `alloc_space/bytes`. */
  sampleTypes: string[];
  samples: HeapSample[];
  /** Sampling period (runtime.MemProfileRate) when the profile records it. */
  period?: number;
}

const GZIP_MAGIC = [0x1f, 0x8b];

/**
 * Most bytes a gzipped profile may inflate to. Heap profiles, even of large
 * programs recorded with -memprofilerate=1, are far smaller; without a bound
 * a small crafted file inflates to gigabytes before it could be rejected.
 */
export const MAX_PROFILE_BYTES = 256 * 1024 * 1024;

/** Decodes a heap profile; throws GoescapeError('BAD_INPUT') for anything else. */
export function decodeHeapProfile(bytes: Uint8Array, source = 'profile'): HeapProfile {
  if (bytes.length === 0) {
    throw new GoescapeError(
      'BAD_INPUT',
      `${source} is empty; record a heap profile with "go test -bench . -memprofile mem.pprof" or "goescape bench --profile"`,
    );
  }
  let raw: Uint8Array = bytes;
  if (bytes[0] === GZIP_MAGIC[0] && bytes[1] === GZIP_MAGIC[1]) {
    try {
      raw = gunzipSync(bytes, { maxOutputLength: MAX_PROFILE_BYTES });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
        throw new GoescapeError(
          'BAD_INPUT',
          `${source} inflates to more than ${MAX_PROFILE_BYTES / 1024 / 1024} MiB, more than any heap profile; pass a heap profile written by "go test -memprofile"`,
          { cause: e },
        );
      }
      throw new GoescapeError('BAD_INPUT', `${source} is a corrupt gzip file (${(e as Error).message}); record the heap profile again`, { cause: e });
    }
  }
  let p: Profile;
  try {
    p = Profile.decode(raw);
  } catch (e) {
    throw new GoescapeError(
      'BAD_INPUT',
      `${source} is not a pprof profile (cannot decode profile.proto: ${(e as Error).message}); pass a heap profile written by "go test -memprofile"`,
      { cause: e },
    );
  }
  const strings = p.stringTable?.strings ?? [];
  const str = (i: number | bigint | undefined): string => (i === undefined ? '' : (strings[Number(i)] ?? ''));
  const sampleTypes = (p.sampleType ?? []).map((t) => `${str(t.type)}/${str(t.unit)}`);
  if (sampleTypes.length === 0 || strings.length === 0 || strings[0] !== '') {
    throw new GoescapeError(
      'BAD_INPUT',
      `${source} is not a pprof profile (no sample types or string table); pass a heap profile written by "go test -memprofile"`,
    );
  }
  const idx = (name: string) => sampleTypes.findIndex((t) => t.startsWith(`${name}/`));
  const iAllocObjects = idx('alloc_objects');
  const iAllocSpace = idx('alloc_space');
  if (iAllocObjects < 0 || iAllocSpace < 0) {
    throw new GoescapeError(
      'BAD_INPUT',
      `${source} is not a heap profile (sample types: ${sampleTypes.join(', ')}; need alloc_objects and alloc_space); record one with "go test -memprofile"`,
    );
  }
  const iInuseObjects = idx('inuse_objects');
  const iInuseSpace = idx('inuse_space');

  const functions = new Map<string, { name: string; file: string }>();
  for (const f of p.function ?? []) functions.set(String(f.id), { name: str(f.name), file: str(f.filename) });
  const locations = new Map<string, ProfileFrame[]>();
  for (const l of p.location ?? []) {
    const lines = l.line ?? [];
    const frames: ProfileFrame[] = lines.map((ln, i) => {
      const fn = functions.get(String(ln.functionId));
      return { func: fn?.name ?? '?', file: fn?.file ?? '', line: Number(ln.line), inlined: i < lines.length - 1 };
    });
    locations.set(String(l.id), frames);
  }
  const samples: HeapSample[] = [];
  for (const s of p.sample ?? []) {
    const v = (i: number) => (i < 0 ? 0 : Number(s.value[i] ?? 0));
    const stack: ProfileFrame[] = [];
    for (const id of s.locationId ?? []) {
      const frames = locations.get(String(id));
      if (!frames) throw new GoescapeError('BAD_INPUT', `${source} is corrupt: a sample refers to location ${String(id)}, which the profile does not define`);
      stack.push(...frames);
    }
    samples.push({ stack, allocObjects: v(iAllocObjects), allocBytes: v(iAllocSpace), inuseObjects: v(iInuseObjects), inuseBytes: v(iInuseSpace) });
  }
  const out: HeapProfile = { sampleTypes, samples };
  const period = Number(p.period ?? 0);
  if (period > 0) out.period = period;
  return out;
}

/**
 * Splits a Go symbol into package path and function:
 * `example.com/m/p.(*T).M` → [`example.com/m/p`, `(*T).M`].
 */
export function splitGoSymbol(sym: string): { pkg: string; func: string } {
  const slash = sym.lastIndexOf('/');
  const dot = sym.indexOf('.', slash + 1);
  if (dot < 0) return { pkg: '', func: sym };
  return { pkg: sym.slice(0, dot), func: sym.slice(dot + 1) };
}

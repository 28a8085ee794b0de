/**
 * Analyze, verify and render, or replay the report of an earlier run when
 * nothing it depends on changed, as `go test` replays a passed test's
 * output. The compile runs as `go list -e -export` (src/toolchain/go-args.ts),
 * which reports each package's build ID: go's own name for every input of
 * that compile (sources, flags, toolchain, dependencies). A report is a
 * function of those build IDs, go's listing of the packages, the toolchain
 * (`go env`), the Go source files goescape read (by stamp, as git's index
 * keeps them), the options and goescape's own code; it is replayed only
 * when all of them match the run that rendered it, and only runs that
 * compiled cleanly are kept.
 *
 * When a report may be replayed, go's output is held unparsed (up to a
 * limit) until the build IDs are known; on a miss it is parsed then, or,
 * when it was too large to hold, go replays it from its build cache. The
 * -S listing of --verify is not read at all on a hit. Reports larger than
 * MAX_REPLAY_BYTES are not kept. Test variants (`--tests`), `--deps` and
 * `-a` (a fresh run asked for) are not replayed. The cache is the block cache's directory (src/cache/store.ts);
 * `GOESCAPE_CACHE=off` turns both off. An entry, and the report it names,
 * are checked (the block cache's hash, then every field) before anything
 * is replayed; one that fails is discarded and the report made afresh. When
 * the cache cannot be written, the report is still complete; one line on
 * stderr says the cache was not written.
 */
import { randomUUID } from 'node:crypto';
import { type BigIntStats, readdirSync, statSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzePackages, compileAnalysis, type AnalyzeOptions } from './analyze.js';
import { BlockCache, cacheDirFor, isRecordOf } from '../cache/store.js';
import { EXIT } from '../errors.js';
import { timingNote } from '../util/timing.js';
import type { AnalysisResult } from '../model/result.js';
import { compileVerification, verifyResult, type PendingVerification, type VerifyOptions } from './verify.js';

/** A rendered report: what goes to stdout (or the output file), what to stderr, and the exit code. */
export interface Rendered {
  output: string | Uint8Array;
  stderr: string;
  exitCode: number;
}

export interface ReportRun {
  analyze: AnalyzeOptions;
  /** Also verify against -S (`analyze --verify`). */
  verify?: VerifyOptions;
  /** Everything about rendering that changes its bytes (format, filters, colour); JSON-serialisable. */
  renderKey: unknown;
  render(result: AnalysisResult): Rendered | Promise<Rendered>;
}

/** Reports above this size are not kept for replay (std's text report is 25 MB; its JSON, 500 MB). */
export const MAX_REPLAY_BYTES = 64 * 1024 * 1024;

/**
 * The exit codes a replayed report may have: those of a complete analysis of
 * packages that compiled (3, a go problem, is never kept; 2 and 4 are errors,
 * never rendered).
 */
const REPLAYED_EXIT_CODES: readonly number[] = [EXIT.OK, EXIT.GATE_FAILED];

interface ReplayEntry {
  v: 3;
  /** PendingAnalysis.facts and, with --verify, PendingVerification.facts of the run that rendered the report. */
  facts: string;
  listing?: string;
  /** Absolute path and stamp (stampOf) of each source file read. */
  sources: [string, string][];
  /** The report's bytes are in the entry `<key>.<id>.out`: a fresh id per report, so an entry never names another run's output. */
  output: { bytes: number; id: string };
  stderr: string;
  exitCode: number;
}

/** goescape's compiled modules: a report depends on all of them. */
function toolCode(): URL[] {
  const root = new URL('..', import.meta.url);
  let names: string[];
  try {
    names = readdirSync(fileURLToPath(root), { recursive: true, encoding: 'utf8' });
  } catch {
    names = [];
  }
  return names
    .filter((n) => n.endsWith('.js'))
    .sort()
    .map((n) => new URL(n.split('\\').join('/'), root));
}

export async function analyzeAndRender(run: ReportRun): Promise<Rendered & { replayed: boolean }> {
  const env = run.analyze.env ?? process.env;
  const a = run.analyze;
  const v = run.verify;
  if (!cacheDirFor(env) || a.tests || a.deps || a.rebuild) {
    // Test variants compile with go test -c, which reports no build IDs; --deps
    // lists dependencies only in the compile's own listing; -a asks for a fresh run.
    const result = await analyzePackages(a);
    if (v) await verifyResult(result, v);
    return { ...(await run.render(result)), replayed: false };
  }
  const startedNs = BigInt(Date.now()) * 1_000_000n;
  let key = '';
  let entry: ReplayEntry | undefined;
  // Made once go has started: hashing goescape's code then overlaps with go loading packages.
  let cache = new BlockCache(undefined, 'reports');
  const sources = new Map<string, string>();
  const pending = await compileAnalysis(a, {
    hold(goEnv) {
      cache = BlockCache.forEnv(env, 'reports', toolCode());
      const options = {
        cwd: resolve(a.cwd ?? process.cwd()),
        patterns: a.patterns ?? [],
        tags: a.tags ?? '',
        noInline: !!a.noInline,
        verify: v ? { cwd: v.cwd ? resolve(v.cwd) : '', frameLimit: v.frameLimit ?? null, callees: v.callees !== false } : null,
      };
      key = cache
        .hasher()
        .update(JSON.stringify([process.version, goEnv, options, run.renderKey]))
        .digest('hex');
      entry = readEntry(cache, key);
      return entry !== undefined;
    },
    onSourceRead(absPath) {
      if (!sources.has(absPath)) sources.set(absPath, stampOf(absPath, startedNs));
    },
  });
  const same = entry !== undefined && pending.replayable && pending.facts === entry.facts;
  let verification: PendingVerification | undefined;
  if (v) {
    // The -S listing is only read when the report cannot be replayed.
    verification = same && entry!.listing ? await compileVerification(v, { drain: true }) : await compileVerification(v, { result: await pending.complete() });
  }
  if (
    same &&
    (!verification || (verification.replayable && verification.facts === entry!.listing)) &&
    entry!.sources.every(([path, stamp]) => stampOf(path) === stamp)
  ) {
    // getBytes checks the output's hash (and discards it with the entry when it fails).
    const output = cache.getBytes(key, outputName(entry!));
    if (output && output.length === entry!.output.bytes) {
      timingNote(() => 'report replayed');
      cache.trim();
      return { output, stderr: entry!.stderr, exitCode: entry!.exitCode, replayed: true };
    }
    if (output) cache.discard(key);
  }
  const result = await pending.complete();
  if (verification) await verification.apply(result);
  const rendered = await run.render(result);
  const bytes = typeof rendered.output === 'string' ? Buffer.from(rendered.output) : rendered.output;
  const replayable = pending.replayable && (!verification || verification.replayable);
  let stderr = rendered.stderr;
  if (replayable && bytes.length <= MAX_REPLAY_BYTES && REPLAYED_EXIT_CODES.includes(rendered.exitCode)) {
    const stored: ReplayEntry = {
      v: 3,
      facts: pending.facts,
      sources: [...sources].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)),
      output: { bytes: bytes.length, id: randomUUID() },
      stderr: rendered.stderr,
      exitCode: rendered.exitCode,
    };
    if (verification) stored.listing = verification.facts;
    // Output first: an entry is only ever read with the output it names. Then the
    // earlier outputs of this key go; when either write failed, everything of the key does.
    const out = outputName(stored);
    if (cache.putBytes(key, out, bytes) && cache.put(key, stored)) cache.discard(key, ['json', out]);
    else cache.discard(key);
    const problem = cache.problem;
    if (problem) {
      const fix = problem.full ? 'free space on its disk, or set GOESCAPE_CACHE=off' : 'set GOESCAPE_CACHE to a writable directory, or to off';
      stderr += `goescape: cache ${printable(cache.dir!)} not written (${problem.reason}), so the next run analyzes again; ${fix}\n`;
    }
  }
  cache.trim();
  return { ...rendered, stderr, output: bytes, replayed: false };
}

function outputName(entry: ReplayEntry): string {
  return `${entry.output.id}.out`;
}

function readEntry(cache: BlockCache, key: string): ReplayEntry | undefined {
  return cache.get(key, isReplayEntry);
}

const SHA256_HEX = /^[0-9a-f]{64}$/;
/** randomUUID()'s form: the output's file name is made of it. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
/** stampOf's forms. */
const STAMP = /^(?:missing|racy|\d+:-?\d+:-?\d+:\d+:\d+)$/;

/** Whether a stored entry has exactly the shape goescape writes: any other is discarded. */
function isReplayEntry(e: unknown): e is ReplayEntry {
  if (!isRecordOf(e, ['v', 'facts', 'sources', 'output', 'stderr', 'exitCode'], ['listing'])) return false;
  const { v, facts, listing, sources, output, stderr, exitCode } = e;
  return (
    v === 3 &&
    typeof facts === 'string' &&
    SHA256_HEX.test(facts) &&
    (listing === undefined || (typeof listing === 'string' && SHA256_HEX.test(listing))) &&
    Array.isArray(sources) &&
    sources.every(
      (s: unknown) =>
        Array.isArray(s) &&
        s.length === 2 &&
        typeof s[0] === 'string' &&
        isAbsolute(s[0]) &&
        !s[0].includes('\0') &&
        typeof s[1] === 'string' &&
        STAMP.test(s[1]),
    ) &&
    isRecordOf(output, ['bytes', 'id']) &&
    Number.isSafeInteger(output.bytes) &&
    (output.bytes as number) >= 0 &&
    (output.bytes as number) <= MAX_REPLAY_BYTES &&
    typeof output.id === 'string' &&
    UUID.test(output.id) &&
    typeof stderr === 'string' &&
    typeof exitCode === 'number' &&
    REPLAYED_EXIT_CODES.includes(exitCode)
  );
}

/** A path for a one-line message: control characters (a newline in GOESCAPE_CACHE) written as escapes. */
function printable(path: string): string {
  return path.replace(/[\x00-\x1f\x7f-\x9f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/**
 * A file's identity as git's index keeps it: size, modification and change
 * times, inode; ctime changes with any write and cannot be set back. A file
 * changed less than RACY_NS before the run began is stamped as unknown (it
 * might change again within the file system's timestamp resolution).
 */
function stampOf(path: string, startedNs?: bigint): string {
  let st: BigIntStats;
  try {
    st = statSync(path, { bigint: true });
  } catch {
    return 'missing';
  }
  if (startedNs !== undefined && (st.mtimeNs > startedNs - RACY_NS || st.ctimeNs > startedNs - RACY_NS)) return 'racy';
  return `${st.size}:${st.mtimeNs}:${st.ctimeNs}:${st.ino}:${st.dev}`;
}

const RACY_NS = 2_000_000_000n;

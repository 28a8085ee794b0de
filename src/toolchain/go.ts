/**
 * The only code that runs `go`. Everything here spawns a process with an
 * argv array (no shell) and turns failures into GoescapeErrors that name
 * the cause. Callers get text or parsed records; nothing is printed.
 */
import { randomUUID } from 'node:crypto';
import { closeSync, openSync, read, readdirSync, rmSync, statfsSync, statSync, unlinkSync, watch, type FSWatcher } from 'node:fs';
import { devNull, getPriority, setPriority, tmpdir } from 'node:os';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { GoescapeError } from '../errors.js';
import { LineSplitter, type BytesHandler } from '../util/bytes.js';
import { isStopping, makeTempDir, removeTempDir, spawnGroup, tempPrefix } from './processes.js';

export interface GoRunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** The go command; `go` from PATH by default. */
  goBin?: string;
}

export interface GoResult {
  argv: string[];
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** Toolchain facts from `go env -json`. */
export interface GoEnv {
  GOVERSION: string;
  GOOS: string;
  GOARCH: string;
  GOROOT: string;
  GOMOD: string;
  GOWORK: string;
  GOFLAGS: string;
  GOMODCACHE: string;
  GOEXPERIMENT: string;
  GOTOOLCHAIN: string;
}

/**
 * The go command to run: `goBin`, else GOESCAPE_GO, else `go` from PATH. A
 * GOESCAPE_GO that names nothing runnable is said so here, before spawn
 * would blame PATH.
 */
export function goBinary(opts: GoRunOptions): string {
  if (opts.goBin !== undefined) return opts.goBin;
  const named = opts.env?.GOESCAPE_GO ?? process.env.GOESCAPE_GO;
  if (named === undefined) return 'go';
  const fix = 'set GOESCAPE_GO to the go binary, or unset it to use go from PATH';
  if (named === '') throw new GoescapeError('USAGE', `GOESCAPE_GO is set but empty; ${fix}`);
  // A bare name is looked up on PATH by spawn; a path must exist as it is.
  if (named.includes('/') || (sep !== '/' && named.includes(sep))) {
    let what: string | undefined;
    try {
      if (statSync(named).isDirectory()) what = 'is a directory';
    } catch {
      what = 'does not exist';
    }
    if (what) throw new GoescapeError('GO_NOT_FOUND', `GOESCAPE_GO=${named} ${what}; ${fix}`);
  }
  return named;
}

/**
 * go's stderr as one line for a message: its lines trimmed and joined
 * (go's multi-line errors put the details on indented lines after a
 * colon), the first few only.
 */
export function goReason(stderr: string): string {
  const lines = stderr.split('\n').map((l) => l.trim()).filter(Boolean);
  const shown = lines.slice(0, GO_REASON_LINES);
  let text = '';
  for (const line of shown) text += text === '' ? line : /[:.]$/.test(text) ? ` ${line}` : `; ${line}`;
  if (lines.length > shown.length) text += ` (${lines.length - shown.length} more lines)`;
  return text;
}

const GO_REASON_LINES = 8;

/** `"go list" exited with code 1: <go's reason>`, or that go printed nothing. */
function goFailed(r: GoResult, subcommand: string): string {
  const reason = goReason(r.stderr);
  const bin = r.argv[0] === 'go' ? 'go' : r.argv[0];
  return `"${bin} ${subcommand}" exited with code ${r.exitCode}${reason ? `: ${reason}` : ' and printed nothing'}`;
}

/** Runs go to completion, collecting output. */
export function runGo(args: string[], opts: GoRunOptions): Promise<GoResult> {
  return streamGo(args, opts, {});
}

export interface StreamHandlers {
  /** Called with each complete stdout line (without the newline). */
  onStdoutLine?: (line: string) => void;
  /** Called with each complete stderr line. */
  onStderrLine?: (line: string) => void;
  /**
   * Called instead of `onStderrLine` with each stderr line as raw bytes
   * (`buf[start..end)`, no newline). `buf` is the stream's chunk (or a fresh
   * join of chunks), never reused, so ranges may be kept. For floods such as
   * `-m=2` and `-S`, where most lines need not be decoded at all.
   */
  onStderrBytes?: (buf: Buffer, start: number, end: number) => void;
  /** Called instead of the line handlers with stderr's raw chunks, in order (never reused). */
  onStderrChunk?: (chunk: Buffer) => void;
  /** stderr is not wanted at all: go writes it to the null device. */
  discardStderr?: boolean;
  /** Called instead of `onStdoutLine` with stdout's raw chunks. */
  onStdoutChunk?: (chunk: Buffer) => void;
  /** Called when go has exited (reading from a spool file: before what it wrote last is read back). */
  onExit?: () => void;
}

/** Decodes each line on its own, so substrings kept by a model pin only their own short line. */
function decoding(onLine: (line: string) => void): BytesHandler {
  return (buf, start, end) => onLine(buf.toString('utf8', start, end));
}

/**
 * Runs go and hands out complete lines as they arrive, so parsing overlaps
 * with compiling. stdout/stderr are only accumulated when no handler takes them.
 */
export function streamGo(args: string[], opts: GoRunOptions, handlers: StreamHandlers): Promise<GoResult> {
  const bin = goBinary(opts);
  const argv = [bin, ...args];
  const errChunk = handlers.onStderrChunk;
  // A flood read chunk by chunk goes through a file, so go never waits on us
  // (least of all while goescape yields the CPU to it, yieldCpu).
  // Checked first: a bad GOESCAPE_NICE must not leave a spool file open.
  const env = opts.env ?? process.env;
  const niceness = errChunk ? nicenessOf(env) : 0;
  const spool = errChunk ? openSpool() : undefined;
  // go's own temporary files (its work directory, which it leaves when it is
  // killed) go into a directory of goescape's, removed once go has exited.
  let goTmp: string;
  try {
    goTmp = makeTempDir('go', env.GOTMPDIR || undefined);
  } catch (e) {
    spool?.close();
    throw new GoescapeError('GO_FAILED', `cannot make a temporary directory for go in ${env.GOTMPDIR || tmpdir()}: ${(e as Error).message}; free space there or set TMPDIR (or GOTMPDIR) to a writable directory`, { cause: e });
  }
  return new Promise((resolve, reject) => {
    const child = spawnGroup(bin, args, { cwd: opts.cwd, env: { ...env, GOTMPDIR: goTmp }, stdio: ['ignore', 'pipe', spool ? spool.fd : handlers.discardStderr ? 'ignore' : 'pipe'] });
    // Kept as bytes and decoded at the end: a chunk may end inside a UTF-8 sequence.
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    const outLine = handlers.onStdoutLine;
    const errBytes = handlers.onStderrBytes ?? (handlers.onStderrLine && decoding(handlers.onStderrLine));
    const out = outLine ? new LineSplitter(decoding(outLine)) : undefined;
    const err = errBytes ? new LineSplitter(errBytes) : undefined;
    const outChunk = handlers.onStdoutChunk;
    child.stdout!.on('data', (c: Buffer) => (outChunk ? outChunk(c) : out ? out.write(c) : stdout.push(c)));
    // Only while go runs: what is not done by then is all that is left to wait for.
    const restorePriority = spool && niceness > 0 ? yieldCpu(niceness) : undefined;
    if (spool) spool.follow(errChunk!);
    // Without a spool file (no room for one), the flood comes through the pipe, chunk by chunk all the same.
    else if (!handlers.discardStderr) child.stderr!.on('data', (c: Buffer) => (errChunk ? errChunk(c) : err ? err.write(c) : stderr.push(c)));
    let failed = false;
    child.on('error', (e: NodeJS.ErrnoException) => {
      failed = true;
      restorePriority?.();
      spool?.close();
      removeTempDir(goTmp);
      if (e.code === 'ENOENT') {
        reject(new GoescapeError('GO_NOT_FOUND', `cannot run "${bin}": not found on PATH; install Go (https://go.dev/dl) or set GOESCAPE_GO to the go binary`));
      } else reject(new GoescapeError('GO_FAILED', `cannot run "${bin}": ${e.message}`, { cause: e }));
    });
    child.on('close', (code, signal) => {
      restorePriority?.();
      removeTempDir(goTmp);
      // Killed because goescape is stopping: nothing is to be made of what go left unfinished.
      if (failed || isStopping()) {
        spool?.close();
        return;
      }
      handlers.onExit?.();
      const done = () => {
        out?.end();
        err?.end();
        resolve({
          argv, exitCode: code ?? (signal ? 128 : 1), stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8'),
        });
      };
      if (spool) spool.drain().then(done, reject);
      else done();
    });
  });
}

/** Default niceness of goescape while go compiles (see yieldCpu); GOESCAPE_NICE sets another, 0 turns it off. */
const NICENESS = 19;

function nicenessOf(env: NodeJS.ProcessEnv): number {
  const text = env.GOESCAPE_NICE;
  if (text === undefined || text === '') return NICENESS;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0 || n > 19) {
    throw new GoescapeError('USAGE', `GOESCAPE_NICE must be a niceness from 0 (off) to 19, got "${text}"`);
  }
  return n;
}

/**
 * Lowers goescape's priority while go compiles and returns what puts it
 * back. The compile is the critical path: on a busy machine (a cold
 * compile keeps every core busy) each CPU second goescape takes from go
 * makes the whole run longer, while work done in go's idle moments costs
 * it far less (not nothing: caches and memory are shared). Parsing need
 * not keep pace: go's output is spooled to a file
 * (openSpool), never blocking the writer. On Linux niceness is per
 * thread, so every thread of the process is lowered (V8's GC helpers
 * too). Putting it back needs a privilege most users lack; where it is
 * refused the process stays lowered, and go commands it starts later
 * inherit that (harmless on an idle machine).
 */
function yieldCpu(niceness: number): () => void {
  let threads: number[];
  try {
    threads = readdirSync('/proc/self/task').map(Number);
  } catch {
    threads = [0]; // no /proc: the process as a whole
  }
  const before: [number, number][] = [];
  for (const t of threads) {
    try {
      const p = getPriority(t);
      if (p < niceness) {
        setPriority(t, niceness);
        before.push([t, p]);
      }
    } catch {
      // A thread that ended meanwhile, or a system that does not allow it: nothing to put back.
    }
  }
  return () => {
    for (const [t, p] of before.splice(0)) {
      try {
        setPriority(t, p);
      } catch {
        // Not allowed to raise it again.
      }
    }
  };
}

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
interface Spool {
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

function openSpool(): Spool | undefined {
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
    } catch {
      continue;
    }
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
      const free = e ? Infinity : freeSpace(spoolDir) ?? Infinity;
      if (e || free < SPOOL_LOW_FREE) {
        close();
        failure = e
          ? new GoescapeError('GO_FAILED', `cannot read go's output back from ${spoolDir}: ${e.message}`, { cause: e })
          : new GoescapeError('GO_FAILED', `${spoolDir} ran out of space while go wrote its output there (${Math.floor(free / 1024 ** 2)} MiB left), so part of it may be lost; free space in ${spoolDir} and run again`);
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

export async function goEnv(opts: GoRunOptions): Promise<GoEnv> {
  const keys = ['GOVERSION', 'GOOS', 'GOARCH', 'GOROOT', 'GOMOD', 'GOWORK', 'GOFLAGS', 'GOMODCACHE', 'GOEXPERIMENT', 'GOTOOLCHAIN'];
  const r = await runGo(['env', '-json', ...keys], opts);
  const check = r.argv[0] === 'go' ? 'check the go installation ("go env")' : `check that GOESCAPE_GO=${r.argv[0]} is the go command`;
  if (r.exitCode !== 0) throw new GoescapeError('GO_FAILED', `${goFailed(r, 'env')}; ${check}`);
  let env: unknown;
  try {
    env = JSON.parse(r.stdout);
  } catch (e) {
    throw new GoescapeError('GO_FAILED', `"${r.argv[0]} env -json" printed something that is not JSON: ${JSON.stringify(r.stdout.slice(0, 120))}; ${check}`, { cause: e });
  }
  // Every key goescape reads is a string ("" when unset; an older go may leave one out).
  const e = env as Record<string, unknown> | null;
  if (!e || typeof e !== 'object' || typeof e.GOVERSION !== 'string' || !e.GOVERSION || keys.some((k) => e[k] !== undefined && typeof e[k] !== 'string')) {
    throw new GoescapeError('GO_FAILED', `"${r.argv[0]} env -json" did not print the settings goescape reads (${keys.join(', ')}); ${check}`);
  }
  return Object.fromEntries(keys.map((k) => [k, (e[k] as string | undefined) ?? ''])) as unknown as GoEnv;
}

/** A package as `go list` reports it (the fields goescape asks for). */
export interface ListedPackage {
  ImportPath: string;
  Dir: string;
  Name?: string;
  Standard?: boolean;
  GoFiles?: string[];
  CgoFiles?: string[];
  TestGoFiles?: string[];
  XTestGoFiles?: string[];
  Module?: { Path: string; Dir?: string; Main?: boolean };
  Error?: { Err: string; Pos?: string };
  /** Errors of dependencies (with `-export`: a dependency that did not compile, a missing module). */
  DepsErrors?: { Err: string; Pos?: string }[];
  /** With `-export`: `actionID/contentID` of the package's compile; absent when it was not built. */
  BuildID?: string;
}

/** The `go list` fields goescape reads. */
export const LIST_FIELDS = 'ImportPath,Dir,Name,Standard,GoFiles,CgoFiles,TestGoFiles,XTestGoFiles,Module,Error';

export async function listPackages(patterns: string[], flags: string[], opts: GoRunOptions): Promise<{ packages: ListedPackage[]; stderr: string }> {
  const r = await runGo(['list', '-e', `-json=${LIST_FIELDS}`, ...flags, ...patterns], opts);
  if (r.exitCode !== 0 && !r.stdout.trim()) {
    throw new GoescapeError('GO_FAILED', `${goFailed(r, 'list')}; fix what go reports and run again`);
  }
  return { packages: splitJsonObjects(r.stdout) as ListedPackage[], stderr: r.stderr };
}

/** `go list -json` prints a stream of objects, not an array. */
export function splitJsonObjects(text: string): unknown[] {
  const out: unknown[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '{') {
      if (depth === 0) start = i;
      depth++;
    } else if (c === '}') {
      depth--;
      if (depth === 0 && start >= 0) {
        out.push(JSON.parse(text.slice(start, i + 1)));
        start = -1;
      }
    }
  }
  return out;
}

export interface CompileOptions {
  patterns: string[];
  /** Compiler flags for the analyzed packages, e.g. ['-m=2'] or ['-m=2', '-l'] (NO_DEBUG_INFO is added to them). */
  compilerFlags: string[];
  /** Apply the flags to dependencies too (`all=`). */
  deps?: boolean;
  tags?: string;
  /** Compile test variants (`go test -c`). */
  tests?: boolean;
  /** Directory for test binaries when `tests` (go test -c needs somewhere to write). */
  outDir?: string;
  /** Force rebuilding (`-a`), for cold measurements. */
  rebuild?: boolean;
  /** Ask for `go build -json` events (captures); analysis reads the plain text stream instead. */
  json?: boolean;
  /** The directory go runs in (see gcflagsPatterns). */
  cwd?: string;
}

/**
 * The go command line for a compile with per-package compiler flags.
 * `-gcflags=PATTERN=FLAGS` applies only to matching packages, so the
 * dependencies are not analyzed unless asked (go-compiler-output.md §4).
 */
export function compileArgs(o: CompileOptions): string[] {
  const json = o.json ? ['-json'] : [];
  const args = o.tests ? ['test', '-c', ...json, '-o', (o.outDir ?? devNull) + '/'] : ['build', ...json, '-o', devNull];
  return [...args, ...buildFlags(o), ...o.patterns];
}

/**
 * Added to the analyzed packages' compiler flags: debug information is
 * work nothing goescape reads depends on. Escape analysis and inlining run
 * before code generation, and the code is the same without it: std's `-m=2`
 * output is line for line the same; the `-S` listing loses the debug
 * information's symbols and a few generated equality functions only it
 * referred to (none allocates), every other function unchanged. Without it
 * a cold compile of std takes 7% less time (median of 30 rounds). Like
 * `-m=2` itself, it goes only where the analysis does: dependencies compile
 * as in the user's own builds unless `--deps` analyzes them too.
 */
export const NO_DEBUG_INFO = '-dwarf=false';

/**
 * The `-gcflags` patterns that select the packages the build patterns name,
 * as go matches per-package flags: named .go files make up the package
 * `command-line-arguments` (go takes every argument as a file once one is
 * an existing .go file); a directory matches only as `./dir` or `../dir`,
 * relative to where go runs (an absolute one is taken for an import path
 * and matches nothing). Other patterns match as they are.
 */
export function gcflagsPatterns(patterns: string[], cwd: string | undefined): string[] {
  const isFile = (p: string) => {
    if (!p.endsWith('.go')) return false;
    if (cwd === undefined) return true;
    try {
      return statSync(resolve(cwd, p)).isFile();
    } catch {
      return false;
    }
  };
  if (patterns.some(isFile)) return ['command-line-arguments'];
  const out = patterns.map((p) => {
    if (!isAbsolute(p) || cwd === undefined) return p;
    const rel = relative(cwd, p).split(sep).join('/');
    return rel === '' ? '.' : rel === '..' || rel.startsWith('../') ? rel : `./${rel}`;
  });
  return [...new Set(out)];
}

/** `-a`, `-tags` and the per-pattern (or, with `deps`, `all=`) compiler flags, shared by every compile. */
function buildFlags(o: Pick<CompileOptions, 'compilerFlags' | 'cwd' | 'deps' | 'patterns' | 'rebuild' | 'tags'>): string[] {
  const flags = [...o.compilerFlags, NO_DEBUG_INFO].join(' ');
  const gcflags = o.deps ? [`-gcflags=all=${flags}`] : gcflagsPatterns(o.patterns, o.cwd).map((p) => `-gcflags=${p}=${flags}`);
  return [...(o.rebuild ? ['-a'] : []), ...(o.tags ? ['-tags', o.tags] : []), ...gcflags];
}

/**
 * The compile as `go list -e -export`: the same compile actions as
 * `go build` (same flags, same build cache entries, the compiler's output
 * on stderr byte for byte), plus, on stdout, each package's listing with
 * its build ID (which names everything its compile depended on) and its
 * compile errors as data. Test variants still go through `go test -c`
 * (compileArgs): go list names their generated main file by its cache path.
 */
export function exportArgs(o: Omit<CompileOptions, 'tests' | 'outDir' | 'json'>): string[] {
  const args = ['list', '-e', '-export', `-json=${LIST_FIELDS},DepsErrors,BuildID`, ...(o.deps ? ['-deps'] : [])];
  return [...args, ...buildFlags(o), ...o.patterns];
}

/** `go list -e -export` reports a failed compile as an error whose text is what go build prints: `# pkg` and the compiler's lines. */
export function isCompileError(err: string): boolean {
  return err.startsWith('# ');
}

/**
 * The errors `go list -e -export` reports as data, as go build would print
 * them: each failed compile once (a package that imports it repeats it in
 * `DepsErrors`), and the other errors (missing modules, import cycles) as
 * `pos: message`.
 */
export function packageErrors(packages: ListedPackage[]): { compileErrors: string[]; otherErrors: string[] } {
  const compile = new Set<string>();
  const other = new Set<string>();
  for (const p of packages) {
    for (const e of [...(p.Error ? [p.Error] : []), ...(p.DepsErrors ?? [])]) {
      if (isCompileError(e.Err)) compile.add(e.Err);
      else other.add((e.Pos ? `${e.Pos}: ${e.Err}` : e.Err).trimEnd());
    }
  }
  return { compileErrors: [...compile], otherErrors: [...other] };
}

/** What a `go list -e -export` run said, read as the outcome go build would have had. */
export interface ExportOutcome {
  /** The listing with build IDs; undefined when stdout was not go list's JSON. */
  exported?: ListedPackage[];
  /** stdout when it was not the listing (nothing is expected). */
  stray: string;
  /** go's exit code, or 1 when it reported package errors: go list -e exits 0 for them, go build fails. */
  exitCode: number;
  compileErrors: string[];
  otherErrors: string[];
}

export function readExport(stdout: string, exitCode: number): ExportOutcome {
  let exported: ListedPackage[] | undefined;
  let stray = '';
  try {
    exported = splitJsonObjects(stdout) as ListedPackage[];
  } catch {
    stray = stdout;
  }
  const { compileErrors, otherErrors } = packageErrors(exported ?? []);
  const failed = compileErrors.length + otherErrors.length > 0;
  return { exported, stray, exitCode: exitCode !== 0 ? exitCode : failed ? 1 : 0, compileErrors, otherErrors };
}

/** One `go build -json` event (Go ≥ 1.24; `go help buildjson`). */
export interface BuildEvent {
  ImportPath?: string;
  Action?: string;
  Output?: string;
  /** go test -json events carry Package instead. */
  Package?: string;
}

export function firstLine(s: string): string {
  const line = s.split('\n').find((l) => l.trim() !== '') ?? '';
  return line.trim();
}

/** What `captureCompile` recorded: the compiler's text exactly as printed, plus the facts around it. */
export interface CaptureResult {
  argv: string[];
  exitCode: number;
  /** The `Output` of every `build-output` event, concatenated in arrival order, byte for byte. */
  output: string;
  /** Packages (as named in the events, e.g. `p [p.test]`) in the order their output arrived. */
  packages: string[];
  /** Packages that reported `build-fail`. */
  failed: string[];
  stderr: string;
  /** stdout lines that were not JSON build events. */
  strayStdout: string[];
}

/**
 * Runs a compile (see `compileArgs`) and records the raw compiler output, for
 * saved captures (scripts/capture.ts). Test2json events (`Package`, no
 * `ImportPath`) are not compiler output and are skipped.
 */
export async function captureCompile(o: CompileOptions, opts: GoRunOptions): Promise<CaptureResult> {
  const args = compileArgs({ ...o, json: true });
  let output = '';
  const packages: string[] = [];
  const failed: string[] = [];
  const strayStdout: string[] = [];
  const r = await streamGo(args, opts, {
    onStdoutLine(line) {
      if (!line) return;
      let ev: BuildEvent;
      try {
        ev = JSON.parse(line) as BuildEvent;
      } catch {
        strayStdout.push(line);
        return;
      }
      const pkg = ev.ImportPath;
      if (pkg === undefined) return;
      if (ev.Action === 'build-fail') {
        if (!failed.includes(pkg)) failed.push(pkg);
        return;
      }
      if (ev.Action !== 'build-output' || ev.Output === undefined) return;
      if (!packages.includes(pkg)) packages.push(pkg);
      output += ev.Output;
    },
  });
  return { argv: r.argv, exitCode: r.exitCode, output, packages, failed, stderr: r.stderr, strayStdout };
}

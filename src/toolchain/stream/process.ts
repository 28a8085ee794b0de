/**
 * The generic go runner: spawns go with an argv array (no shell), in a
 * process group of its own with a private temporary directory, and hands
 * out what it prints as it arrives. A flood (the -m=2 and -S compiles) can
 * go through a spool file (spool.ts) while goescape yields the CPU to go
 * (priority.ts). Failures are GoescapeErrors that name the cause.
 */
import { statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { sep } from 'node:path';
import { GoescapeError } from '../../errors.js';
import { LineSplitter, type BytesHandler } from '../../util/bytes.js';
import { isStopping, makeTempDir, removeTempDir, spawnGroup } from '../processes.js';
import { nicenessOf, yieldCpu } from './priority.js';
import { openSpool } from './spool.js';

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
  const lines = stderr
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const shown = lines.slice(0, GO_REASON_LINES);
  let text = '';
  for (const line of shown) text += text === '' ? line : /[:.]$/.test(text) ? ` ${line}` : `; ${line}`;
  if (lines.length > shown.length) text += ` (${lines.length - shown.length} more lines)`;
  return text;
}

const GO_REASON_LINES = 8;

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
 * How a flood of output (the -m=2 and -S compiles, taken chunk by chunk
 * with `onStderrChunk`) comes in while go runs; floodOptions gives
 * goescape's settings.
 */
export interface FloodOptions {
  /** go's stderr goes to a spool file (spool.ts), so go never waits on goescape; where there is no room for one, a pipe. */
  spool: boolean;
  /**
   * goescape's niceness while go writes to the spool file (priority.ts); 0
   * leaves it. Only with a spool file: through a pipe, go would wait on a
   * goescape that yields the CPU to it.
   */
  niceness: number;
}

/** A flood spooled, goescape at GOESCAPE_NICE's niceness (default 19) while go runs. Throws USAGE for a bad GOESCAPE_NICE. */
export function floodOptions(env: NodeJS.ProcessEnv = process.env): FloodOptions {
  return { spool: true, niceness: nicenessOf(env) };
}

/**
 * Runs go and hands out complete lines as they arrive, so parsing overlaps
 * with compiling. stdout/stderr are only accumulated when no handler takes
 * them. With `flood`, stderr taken by `onStderrChunk` is spooled and
 * goescape yields the CPU to go (FloodOptions).
 */
export function streamGo(args: string[], opts: GoRunOptions, handlers: StreamHandlers, flood?: FloodOptions): Promise<GoResult> {
  const bin = goBinary(opts);
  const argv = [bin, ...args];
  const errChunk = handlers.onStderrChunk;
  const env = opts.env ?? process.env;
  const niceness = flood?.niceness ?? 0;
  const spool = flood?.spool && errChunk ? openSpool() : undefined;
  // go's own temporary files (its work directory, which it leaves when it is
  // killed) go into a directory of goescape's, removed once go has exited.
  let goTmp: string;
  try {
    goTmp = makeTempDir('go', env.GOTMPDIR || undefined);
  } catch (e) {
    spool?.close();
    throw new GoescapeError(
      'GO_FAILED',
      `cannot make a temporary directory for go in ${env.GOTMPDIR || tmpdir()}: ${(e as Error).message}; free space there or set TMPDIR (or GOTMPDIR) to a writable directory`,
      { cause: e },
    );
  }
  return new Promise((resolve, reject) => {
    const child = spawnGroup(bin, args, {
      cwd: opts.cwd,
      env: { ...env, GOTMPDIR: goTmp },
      stdio: ['ignore', 'pipe', spool ? spool.fd : handlers.discardStderr ? 'ignore' : 'pipe'],
    });
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
          argv,
          exitCode: code ?? (signal ? 128 : 1),
          stdout: Buffer.concat(stdout).toString('utf8'),
          stderr: Buffer.concat(stderr).toString('utf8'),
        });
      };
      if (spool) spool.drain().then(done, reject);
      else done();
    });
  });
}

export function firstLine(s: string): string {
  const line = s.split('\n').find((l) => l.trim() !== '') ?? '';
  return line.trim();
}

/**
 * The `-m=2` compile: go's stderr read as it streams (or held unparsed for
 * a caller that may replay an earlier report), go's own messages apart
 * from the compiler's package blocks.
 */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { GoescapeError } from '../errors.js';
import type { UnrecognizedLine } from '../model/finding.js';
import { CompilerOutput } from '../parse/compile-output.js';
import { GoMessageSpotter } from '../parse/go-messages.js';
import type { PackageOutput } from '../parse/m-output.js';
import { LineSplitter } from '../util/bytes.js';
import { timingPhase } from '../util/timing.js';
import { compileArgs, exportArgs, type CompileOptions } from './go-args.js';
import { asListed, readExport, type ListedPackage } from './go-list.js';
import { makeTempDir, removeTempDir } from './processes.js';
import { firstLine, floodOptions, runGo, streamGo } from './stream/process.js';

/**
 * go exited 0 and nothing was parsed. That is right where no package has
 * anything the compiler reports on (only constants, types, generic
 * functions), and an empty result that looks like success where go's
 * output was lost on its way: go is asked once more, its output collected
 * whole, and a package block in it means the analysis lost it.
 */
export async function confirmNothingPrinted(build: CompileOptions, run: { cwd: string; env: NodeJS.ProcessEnv }): Promise<void> {
  const outDir = build.tests ? makeTempDir('test') : undefined;
  try {
    const r = await runGo(build.tests ? compileArgs({ ...build, outDir }) : exportArgs(build), run);
    const blocks = r.stderr.split('\n').filter((l) => l.startsWith('# ')).length;
    if (blocks > 0) {
      throw new Error(`go printed compiler output for ${blocks} package(s) but the analysis received none of it; not reporting an empty analysis as a result`);
    }
    if (r.exitCode !== 0)
      throw new GoescapeError('GO_FAILED', `the compile printed nothing, and failed when run again: ${firstLine(r.stderr) || `exit code ${r.exitCode}`}`);
  } finally {
    if (outDir) removeTempDir(outDir);
  }
}
export interface Compiled {
  outputs: PackageOutput[];
  failed: Set<string>;
  exitCode: number;
  stderr: string;
  /** Messages of the go command itself (outside package blocks), verbatim. */
  goMessages: string[];
  /** Lines go printed on stdout that are not its listing (none expected; kept for the unrecognized count). */
  strayStdout: string[];
  /** Lines counted in `outputs` and `orphans`. */
  lineCount: number;
  /** Findings printed before any package header, as unrecognized lines (they belong to no package). */
  orphans: UnrecognizedLine[];
  /** The compile's own listing, with build IDs (`go list -export`; not for test variants). */
  exported?: ListedPackage[];
  /** See PendingAnalysis.replayable. */
  replayable: boolean;
  /** Output was held and let go: it must be read again. */
  dropped: boolean;
  /** Parses what is held and fills in the fields above from the parse (once). */
  finish(): void;
}

/** Where the compile's output goes as it streams. */
export interface CompileSink {
  /** Each package block as it ends, with the number of blocks so far. */
  add(out: PackageOutput, blocks: number): void;
  /** go's output was just handled (go is not idle). */
  output(): void;
  /** go has exited: what is left of the run (the output not parsed yet, the report) is goescape's own work. */
  exited?(): void;
}

/**
 * The `-m=2` compile of `build` (compileArgs for test variants, else
 * exportArgs), with `command` as the report shows it: test binaries go to
 * a temporary directory, written `<tmpdir>`. See compile for `decide`.
 */
export async function compileM(
  build: CompileOptions,
  run: { cwd: string; env: NodeJS.ProcessEnv },
  sink: CompileSink,
  decide: () => boolean,
): Promise<{ compiled: Compiled; command: string[] }> {
  const outDir = build.tests ? makeTempDir('test') : undefined;
  try {
    const args = build.tests ? compileArgs({ ...build, outDir }) : exportArgs(build);
    const compiled = await compile(args, run, sink, decide);
    const command = ['go', ...args.map((a) => (outDir && a.startsWith(outDir) ? '<tmpdir>' + a.slice(outDir.length) : a))];
    return { compiled, command };
  } finally {
    if (outDir) removeTempDir(outDir);
  }
}

/**
 * Where the packages live, for the result: the compile's own listing
 * (`go list -export`) where there is one, as plain `go list` reports it,
 * for it has what `-find` leaves out (errors found loading dependencies);
 * else `listed`, what go list said alongside. A held compile has only its
 * own listing (and go's messages stand in for go list's stderr).
 */
export function listingOf(
  compiled: Compiled,
  listed: { packages: ListedPackage[]; stderr: string } | undefined,
): { packages: ListedPackage[]; stderr: string } {
  if (!listed) return { packages: (compiled.exported ?? []).map(asListed), stderr: compiled.goMessages.join('\n') };
  return compiled.exported ? { packages: compiled.exported.map(asListed), stderr: listed.stderr } : listed;
}

/** At most this many bytes of output are held unparsed (see compile). */
const HOLD_BYTES = 32 * 1024 * 1024;

/**
 * Compiles and parses the plain text stream (stderr): one `# pkg` block per
 * package. This is cheaper than `go build -json` (no JSON decoding of
 * megabyte events). A package failed when go exits non-zero and its block
 * holds lines that are not compiler decisions (its errors), or when
 * `go list -export` reports its compile errors; lines outside any block are
 * go's own messages.
 *
 * When `decide` (called once go has started) says to hold, the output is
 * kept unparsed (the caller may not need it) up to HOLD_BYTES; past that
 * it is let go (`dropped`) and only watched for go's own messages.
 */
async function compile(args: string[], run: { cwd: string; env: NodeJS.ProcessEnv }, sink: CompileSink, decide: () => boolean): Promise<Compiled> {
  const failed = new Set<string>();
  const strayStdout: string[] = [];
  const listing = args[0] === 'list';
  const reader = new CompilerOutput((p, done) => sink.add(p, done), fileNameJoiner(run.cwd));
  const { outputs, goMessages, onLine } = reader;
  let held: Buffer[] = [];
  let heldBytes = 0;
  let dropped = false;
  let hold = false;
  const spotter = new GoMessageSpotter();
  const lines = new LineSplitter(onLine);
  const stdout: Buffer[] = [];
  const startedAt = performance.now();
  const running = streamGo(
    args,
    run,
    {
      onStderrChunk(c: Buffer) {
        if (!hold) {
          lines.write(c);
          sink.output();
          return;
        }
        spotter.write(c);
        if (dropped) return;
        held.push(c);
        heldBytes += c.length;
        if (heldBytes > HOLD_BYTES) {
          // Keeping all of std's 150 MB costs more than having go replay it on the rare miss.
          dropped = true;
          held = [];
        }
      },
      ...(listing ? { onStdoutChunk: (c: Buffer) => void stdout.push(c) } : { onStdoutLine: (line: string) => void (line && strayStdout.push(line)) }),
      // What is left after this (the output not parsed yet, the report) is all that waits for goescape.
      onExit: () => {
        timingPhase('go exited', startedAt);
        sink.exited?.();
      },
    },
    floodOptions(run.env),
  );
  // go has started (spawning is synchronous) and no output can have been handed out yet.
  hold = decide();
  const r = await running;
  lines.end();
  // go list -e reports package errors as data and exits 0; readExport gives the outcome go build would have had.
  const { exported, stray, exitCode, compileErrors, otherErrors } = listing
    ? readExport(Buffer.concat(stdout).toString('utf8'), r.exitCode)
    : { exported: undefined, stray: '', exitCode: r.exitCode, compileErrors: [], otherErrors: [] };
  for (const line of stray.split('\n')) if (line) strayStdout.push(line);
  for (const text of otherErrors) for (const line of text.split('\n')) if (line) goMessages.push(line);
  // No build ID is required of each package: those with nothing to compile (unsafe, test-only packages) have none.
  const replayable = exported !== undefined && exitCode === 0 && !spotter.seen && goMessages.length === 0 && strayStdout.length === 0;
  let finished = false;
  const compiled: Compiled = {
    outputs,
    failed,
    exitCode,
    stderr: '',
    goMessages,
    strayStdout,
    lineCount: 0,
    orphans: reader.orphans,
    exported,
    replayable,
    dropped,
    finish() {
      if (finished) return;
      finished = true;
      if (held.length > 0) {
        const heldLines = new LineSplitter(onLine);
        for (const c of held) heldLines.write(c);
        heldLines.end();
        held = [];
      }
      // Compile errors reported as data: the same `# pkg` block go build prints.
      for (const text of compileErrors) {
        const errorLines = new LineSplitter(onLine);
        errorLines.write(Buffer.from(text));
        errorLines.end();
      }
      reader.end();
      if (exitCode !== 0) {
        for (const out of outputs) if (out.unrecognized.length > 0) failed.add(out.pkg);
      }
      compiled.stderr = goMessages.join('\n');
      compiled.lineCount = reader.lineCount;
    },
  };
  if (!hold) compiled.finish();
  return compiled;
}
/**
 * Whether the newline between two lines of go's output is part of a file
 * name: `partial` ends with (or, after ` at `, its note's position is) the
 * start of a path whose directory, relative to the go command's directory,
 * has an entry that goes on, after a newline, with what `next` starts with.
 * Only lines that may stop inside a name are asked about; directories are
 * read once.
 */
export function fileNameJoiner(cwd: string): (partial: string, next: string) => boolean {
  const namesWithNewline = new Map<string, string[]>();
  return (partial, next) => {
    const at = partial.lastIndexOf(' at ');
    const path = at >= 0 ? partial.slice(at + 4) : partial;
    const slash = path.lastIndexOf('/');
    const dir = resolve(cwd, slash >= 0 ? path.slice(0, slash + 1) : '.');
    const base = path.slice(slash + 1);
    let names = namesWithNewline.get(dir);
    if (names === undefined) {
      try {
        names = readdirSync(dir).filter((n) => n.includes('\n'));
      } catch {
        names = [];
      }
      namesWithNewline.set(dir, names);
    }
    for (const name of names) {
      if (!name.startsWith(base + '\n')) continue;
      const rest = name.slice(base.length + 1);
      if (next.startsWith(rest) || rest.startsWith(next + '\n')) return true;
    }
    return false;
  };
}

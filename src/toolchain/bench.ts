/**
 * Running Go benchmarks: `go test -run=^$ -bench=… -benchmem -count=N`,
 * per-benchmark runs under GODEBUG=gctrace=1 for GC cost, and heap
 * profiles with -memprofile. Returns text and parsed records; prints nothing.
 *
 * @module
 */
import { join } from 'node:path';
import { GoescapeError } from '../errors.js';
import { parseBenchOutput, parseGcTraceOutput, type BenchResult } from '../parse/bench.js';
import { listPackages, type ListedPackage } from './go-list.js';
import { firstLine, runGo, type GoResult } from './stream/process.js';
import { isStopping, makeTempDir, removeTempDir, spawnGroup } from './processes.js';

export interface BenchRunOptions {
  /** Directory to run in (the module or inside it). */
  cwd: string;
  /** Package patterns; default `./...`. */
  patterns?: string[];
  /** -bench regexp; default `.`. */
  bench?: string;
  /** -count; default 10. */
  count?: number;
  /** -benchtime (e.g. `1s`, `20000x`). */
  benchtime?: string;
  tags?: string;
  env?: NodeJS.ProcessEnv;
  /** Progress: called with a short description of what runs now. */
  onProgress?: (text: string) => void;
}

export interface BenchRun {
  /** The go command lines run. */
  commands: string[][];
  /** Benchmark output in the standard format (what `go test -bench` printed, or a synthesis of the per-benchmark runs). */
  output: string;
  results: BenchResult[];
}

function patternsOf(o: BenchRunOptions): string[] {
  return o.patterns && o.patterns.length > 0 ? o.patterns : ['./...'];
}

function tagArgs(o: BenchRunOptions): string[] {
  return o.tags ? ['-tags', o.tags] : [];
}

/** Turns a failed `go test` into a GoescapeError naming the first useful line. */
function failure(r: GoResult, what: string): GoescapeError {
  const text = `${r.stderr}\n${r.stdout}`;
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  // The test binary refused a flag goescape passed on (--benchtime, --bench): a usage error, in go's words.
  const refused = lines.find((l) => /^(invalid value ".*" for flag -test\.|flag provided but not defined: -test\.|testing: invalid )/.test(l));
  if (refused) return new GoescapeError('USAGE', `${what} rejected a flag: ${refused}; check --bench and --benchtime`);
  // `# pkg` then the reason: how go reports a package it could not set up (the FAIL line after it names no cause).
  const header = lines.findIndex((l, i) => l.startsWith('# ') && i + 1 < lines.length && !lines[i + 1]!.startsWith('FAIL'));
  const interesting =
    lines.find((l) => /\.go:\d+(:\d+)?: /.test(l)) ??
    (header >= 0 ? lines[header + 1] : undefined) ??
    lines.find((l) => /^(panic:|--- FAIL|FAIL|fatal error:|\[setup failed\]|go: )/.test(l)) ??
    firstLine(text);
  const build = /\[build failed\]|\[setup failed\]|\.go:\d+(:\d+)?: /.test(text);
  return new GoescapeError(build ? 'BUILD_FAILED' : 'GO_FAILED', `${what} failed (exit ${r.exitCode}): ${interesting}`);
}

/** `go test -run=^$ -bench=RE -benchmem -count=N [-benchtime=T] PATTERNS`. */
export function benchArgs(o: BenchRunOptions, extra: string[] = []): string[] {
  const args = ['test', '-run=^$', `-bench=${o.bench ?? '.'}`, '-benchmem', `-count=${o.count ?? 10}`];
  if (o.benchtime) args.push(`-benchtime=${o.benchtime}`);
  return [...args, ...tagArgs(o), ...extra, ...patternsOf(o)];
}

/** Runs the benchmarks once with go test and parses the output. */
export async function runBenchmarks(o: BenchRunOptions): Promise<BenchRun> {
  const args = benchArgs(o);
  o.onProgress?.(`running go ${args.join(' ')}`);
  const r = await runGo(args, { cwd: o.cwd, env: o.env });
  if (r.exitCode !== 0) throw failure(r, '"go test -bench"');
  const parsed = parseBenchOutput(r.stdout);
  return { commands: [r.argv], output: r.stdout, results: parsed.results };
}

/** Packages matching the patterns that have test files (the ones that can have benchmarks). */
async function testPackages(o: BenchRunOptions): Promise<ListedPackage[]> {
  const { packages } = await listPackages(patternsOf(o), tagArgs(o), { cwd: o.cwd, env: o.env });
  const bad = packages.find((p) => p.Error);
  if (bad?.Error) throw new GoescapeError('NO_PACKAGES', `cannot load ${bad.ImportPath}: ${bad.Error.Err.split('\n')[0]}`);
  const withTests = packages.filter((p) => (p.TestGoFiles?.length ?? 0) + (p.XTestGoFiles?.length ?? 0) > 0);
  if (withTests.length === 0) {
    throw new GoescapeError('NO_PACKAGES', `no package matching ${patternsOf(o).join(' ')} has test files, so there are no benchmarks to run`);
  }
  return withTests;
}

/** Anchored -test.bench pattern that selects exactly one (sub-)benchmark. */
export function exactBenchPattern(name: string): string {
  return name
    .split('/')
    .map((part) => `^${part.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')}$`)
    .join('/');
}

function runBinary(bin: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<GoResult> {
  return new Promise((resolve, reject) => {
    const child = spawnGroup(bin, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout!.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    child.stderr!.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    child.on('error', (e) => reject(new GoescapeError('GO_FAILED', `cannot run test binary ${bin}: ${e.message}`, { cause: e })));
    child.on('close', (code, signal) => {
      // Killed because goescape is stopping: its results are not wanted.
      if (!isStopping()) resolve({ argv: [bin, ...args], exitCode: code ?? (signal ? 128 : 1), stdout, stderr });
    });
  });
}

/** Units added by {@link runBenchmarksWithGc} to every result. */
export const GC_UNITS = {
  /** Garbage collections not forced by the program, per million b.N iterations. */
  cycles: 'gc-cycles/Mop',
  /** Stop-the-world pause of those collections (sweep termination + mark termination wall clock), ns per iteration. */
  stw: 'gc-stw-ns/op',
} as const;

/**
 * GC cost per benchmark. Method: the package's test binary is built once
 * (`go test -c`); then every benchmark found by a discovery run
 * (`-test.benchtime=1x`) runs in a process of its own, once per count
 * (`-test.count=1`), with GODEBUG=gctrace=1. The test binary's stderr then
 * holds only that benchmark's collections, with nothing to interleave.
 * Collections marked `(forced)` (the testing package calls runtime.GC()
 * before each timed run) are excluded; the rest is divided by the final
 * b.N. The process's count includes the b.N=1 probe run, the benchmark's
 * setup code, and, with a time-based -benchtime, the calibration runs: use
 * `--benchtime Nx` for per-op figures that compare like with like.
 */
export async function runBenchmarksWithGc(o: BenchRunOptions): Promise<BenchRun & { gcNotes: string[] }> {
  const pkgs = await testPackages(o);
  const dir = makeTempDir('bench');
  const commands: string[][] = [];
  const out = { text: '', header: true };
  try {
    for (let i = 0; i < pkgs.length; i++) {
      const pkg = pkgs[i]!;
      const bin = await buildTestBinary(o, o.cwd, pkg, join(dir, `pkg${i}.test`), commands);
      const names = await discoverBenchmarks(o, bin, pkg);
      if (!names) continue;
      for (const name of names) {
        for (let c = 0; c < (o.count ?? 10); c++) {
          o.onProgress?.(`${pkg.ImportPath} ${name} (GC trace) ${c + 1}/${o.count ?? 10}`);
          gcSample(out, await runGcSample(o, bin, pkg, name, commands));
        }
      }
    }
  } finally {
    removeTempDir(dir);
  }
  return { commands, output: out.text, results: parseBenchOutput(out.text).results, gcNotes: [GC_NOTE] };
}

const GC_NOTE =
  'GC: each benchmark ran in its own process per count with GODEBUG=gctrace=1; forced collections excluded; counts include the b.N=1 probe and calibration runs';

/** `go test -c -o BIN PKG` in `cwd`: the package's test binary. */
async function buildTestBinary(o: BenchRunOptions, cwd: string, pkg: ListedPackage, bin: string, commands: string[][]): Promise<string> {
  const build = ['test', '-c', '-o', bin, ...tagArgs(o), pkg.ImportPath];
  o.onProgress?.(`building ${pkg.ImportPath} test binary`);
  const b = await runGo(build, { cwd, env: o.env });
  commands.push(b.argv);
  if (b.exitCode !== 0) throw failure(b, `"go test -c ${pkg.ImportPath}"`);
  return bin;
}

/** The benchmarks of a test binary matching -bench (a `-test.benchtime=1x` run); undefined when go test -c wrote no binary (no tests to run). */
async function discoverBenchmarks(o: BenchRunOptions, bin: string, pkg: ListedPackage): Promise<string[] | undefined> {
  const discover = await runBinary(
    bin,
    ['-test.run=^$', `-test.bench=${o.bench ?? '.'}`, '-test.benchtime=1x', '-test.count=1'],
    pkg.Dir,
    o.env ?? process.env,
  ).catch(() => undefined);
  if (!discover) return undefined;
  if (discover.exitCode !== 0) throw failure(discover, `benchmark discovery in ${pkg.ImportPath}`);
  return [...new Set(parseBenchOutput(discover.stdout).results.map((r) => r.name))];
}

/** One run of one benchmark under GODEBUG=gctrace=1: its result lines with the GC units appended. */
async function runGcSample(
  o: Omit<BenchRunOptions, 'cwd'>,
  bin: string,
  pkg: ListedPackage,
  name: string,
  commands: string[][],
): Promise<{ config: string[]; lines: string[] }> {
  const baseEnv = o.env ?? process.env;
  const env = { ...baseEnv, GODEBUG: [baseEnv.GODEBUG, 'gctrace=1'].filter(Boolean).join(',') };
  const args = ['-test.run=^$', `-test.bench=${exactBenchPattern(name)}`, '-test.benchmem', '-test.count=1'];
  if (o.benchtime) args.push(`-test.benchtime=${o.benchtime}`);
  const r = await runBinary(bin, args, pkg.Dir, env);
  commands.push(r.argv);
  if (r.exitCode !== 0) throw failure(r, `benchmark ${name} in ${pkg.ImportPath}`);
  const parsed = parseBenchOutput(r.stdout);
  const gc = parseGcTraceOutput(r.stderr).records.filter((g) => !g.forced);
  const lines = r.stdout.split('\n');
  const results: string[] = [];
  for (const res of parsed.results.filter((x) => x.name === name)) {
    const cycles = (gc.length / res.iterations) * 1e6;
    const stwNs = (gc.reduce((acc, g) => acc + g.stwMs, 0) * 1e6) / res.iterations;
    results.push(`${lines[res.line - 1]!}\t${fmt(cycles)} ${GC_UNITS.cycles}\t${fmt(stwNs)} ${GC_UNITS.stw}`);
  }
  return { config: lines.filter((l) => /^[a-z]+: /.test(l)), lines: results };
}

/** Appends a GC sample to a synthesised benchmark output: the configuration lines once, then its results. */
function gcSample(out: { text: string; header: boolean }, s: { config: string[]; lines: string[] }): void {
  if (out.header) {
    out.text += s.config.join('\n') + '\n';
    out.header = false;
  }
  for (const l of s.lines) out.text += `${l}\n`;
}

/** The side of an interleaved comparison. */
export type BenchSideName = 'base' | 'head';

/** One run of an interleaved comparison: which side's test binary of which package ran, in which round. */
export interface InterleavedRun {
  round: number;
  side: BenchSideName;
  pkg: string;
}

export interface InterleavedOptions extends Omit<BenchRunOptions, 'cwd'> {
  /** Where each side's code is: the directory to run in (the module or inside it) of the base's checkout and of the head. */
  dirs: Record<BenchSideName, string>;
  /** Measure GC work too (as {@link runBenchmarksWithGc}: each benchmark in a process of its own under GODEBUG=gctrace=1). */
  gc?: boolean;
}

/**
 * Base against head, interleaved as benchstat's documentation recommends:
 * both sides' test binaries are built first (`go test -c`, one per package
 * with tests), then each of `count` rounds runs, per package, the base's
 * binary once (`-test.count=1`) and then the head's. A machine that gets
 * busier or quieter while the rounds run then shifts both sides alike,
 * where running every base sample before every head sample would show the
 * drift as a change. With `gc`, every benchmark alternates likewise, each
 * in its own process. A package only one side has runs on that side only.
 */
export async function runInterleaved(o: InterleavedOptions): Promise<{ base: BenchRun; head: BenchRun; order: InterleavedRun[]; notes: string[] }> {
  const sides: BenchSideName[] = ['base', 'head'];
  const dir = makeTempDir('bench');
  const commands: string[][] = [];
  const out: Record<BenchSideName, { text: string; header: boolean }> = { base: { text: '', header: true }, head: { text: '', header: true } };
  const order: InterleavedRun[] = [];
  try {
    // Per package: each side's listing and binary, head's packages first (the order go test runs them).
    const bins = new Map<string, Partial<Record<BenchSideName, { pkg: ListedPackage; bin: string; names?: string[] }>>>();
    const listed = {
      head: await testPackages({ ...o, cwd: o.dirs.head }),
      base: await testPackages({ ...o, cwd: o.dirs.base }),
    };
    for (const side of ['head', 'base'] as const) {
      for (let i = 0; i < listed[side].length; i++) {
        const pkg = listed[side][i]!;
        const bin = await buildTestBinary({ ...o, cwd: o.dirs[side] }, o.dirs[side], pkg, join(dir, `${side}-pkg${i}.test`), commands);
        let entry = bins.get(pkg.ImportPath);
        if (!entry) bins.set(pkg.ImportPath, (entry = {}));
        entry[side] = { pkg, bin };
      }
    }
    for (const entry of bins.values()) {
      for (const side of sides) {
        const e = entry[side];
        if (!e) continue;
        // go test -c writes no binary for a package with no tests to run; with --gc every benchmark runs on its own.
        const names = await discoverBenchmarks({ ...o, cwd: o.dirs[side] }, e.bin, e.pkg);
        if (!names) delete entry[side];
        else e.names = names;
      }
    }
    const count = o.count ?? 10;
    for (let round = 1; round <= count; round++) {
      for (const [path, entry] of bins) {
        if (o.gc) {
          const names = [...new Set([...(entry.base?.names ?? []), ...(entry.head?.names ?? [])])];
          for (const name of names) {
            for (const side of sides) {
              const e = entry[side];
              if (!e?.names?.includes(name)) continue;
              o.onProgress?.(`round ${round}/${count}: ${side} ${path} ${name} (GC trace)`);
              gcSample(out[side], await runGcSample(o, e.bin, e.pkg, name, commands));
              order.push({ round, side, pkg: path });
            }
          }
          continue;
        }
        for (const side of sides) {
          const e = entry[side];
          if (!e) continue;
          o.onProgress?.(`round ${round}/${count}: ${side} ${path}`);
          const args = ['-test.run=^$', `-test.bench=${o.bench ?? '.'}`, '-test.benchmem', '-test.count=1'];
          if (o.benchtime) args.push(`-test.benchtime=${o.benchtime}`);
          const r = await runBinary(e.bin, args, e.pkg.Dir, o.env ?? process.env);
          commands.push(r.argv);
          if (r.exitCode !== 0) throw failure(r, `benchmarks of ${path} (${side})`);
          out[side].text += r.stdout.endsWith('\n') || r.stdout === '' ? r.stdout : `${r.stdout}\n`;
          order.push({ round, side, pkg: path });
        }
      }
    }
  } finally {
    removeTempDir(dir);
  }
  const run = (side: BenchSideName): BenchRun => ({ commands, output: out[side].text, results: parseBenchOutput(out[side].text).results });
  return { base: run('base'), head: run('head'), order, notes: o.gc ? [GC_NOTE] : [] };
}

function fmt(n: number): string {
  if (n === 0) return '0';
  return Number(n.toPrecision(6)).toString();
}

/**
 * Records heap profiles: one `go test -bench … -count=1 -memprofile
 * -memprofilerate=1` per package with tests (go test allows -memprofile
 * with one package only). Returns the profile files, in a temp dir the
 * caller removes with `cleanup`.
 */
export async function recordHeapProfiles(
  o: BenchRunOptions,
): Promise<{ files: { pkg: string; file: string }[]; commands: string[][]; cleanup: () => Promise<void> }> {
  const pkgs = await testPackages(o);
  const dir = makeTempDir('prof');
  const files: { pkg: string; file: string }[] = [];
  const commands: string[][] = [];
  try {
    for (let i = 0; i < pkgs.length; i++) {
      const pkg = pkgs[i]!;
      const file = join(dir, `pkg${i}.pprof`);
      const args = [
        'test',
        '-run=^$',
        `-bench=${o.bench ?? '.'}`,
        '-benchmem',
        '-count=1',
        ...(o.benchtime ? [`-benchtime=${o.benchtime}`] : []),
        `-memprofile=${file}`,
        '-memprofilerate=1',
        '-o',
        join(dir, `pkg${i}.test`),
        ...tagArgs(o),
        pkg.ImportPath,
      ];
      o.onProgress?.(`profiling ${pkg.ImportPath}`);
      const r = await runGo(args, { cwd: o.cwd, env: o.env });
      commands.push(r.argv);
      if (r.exitCode !== 0) throw failure(r, `"go test -memprofile ${pkg.ImportPath}"`);
      if (parseBenchOutput(r.stdout).results.length > 0) files.push({ pkg: pkg.ImportPath, file });
    }
  } catch (e) {
    removeTempDir(dir);
    throw e;
  }
  return { files, commands, cleanup: async () => removeTempDir(dir) };
}

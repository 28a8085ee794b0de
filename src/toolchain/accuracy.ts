/**
 * The go commands of the accuracy benchmark (`npm run accuracy`): a module
 * from the proxy into a writable copy, its benchmarks with rate-1 heap
 * profiles, a coverage run of the same benchmarks, and plain `-m` output.
 * Returns files and text; prints nothing.
 *
 * @module
 */
import { cpSync, existsSync, chmodSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { GoescapeError } from '../errors.js';
import { parseBenchOutput } from '../parse/bench.js';
import { listPackages, type ListedPackage } from './go-list.js';
import { firstLine, runGo } from './stream/process.js';

/** Makes every file and directory under `dir` writable by its owner (the module cache's are read-only). */
function makeWritable(dir: string): void {
  chmodSync(dir, statSync(dir).mode | 0o200);
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) makeWritable(p);
    else if (e.isFile()) chmodSync(p, statSync(p).mode | 0o200);
  }
}

/**
 * `go mod download -json MODULE@VERSION`, then a writable copy of it in
 * `cacheDir/<name>` (kept: a second run reuses it). Returns the copy and the module path.
 */
export async function fetchModule(spec: string, cacheDir: string, env?: NodeJS.ProcessEnv): Promise<{ dir: string; module: string; version: string }> {
  const at = spec.lastIndexOf('@');
  if (at <= 0) throw new GoescapeError('USAGE', `${spec} is not MODULE@VERSION`);
  const module = spec.slice(0, at);
  const version = spec.slice(at + 1);
  const dir = join(cacheDir, spec.replace(/[^A-Za-z0-9._-]+/g, '_'));
  if (!existsSync(join(dir, 'go.mod'))) {
    const r = await runGo(['mod', 'download', '-json', spec], { cwd: cacheDir, env });
    const info = JSON.parse(r.stdout || '{}') as { Dir?: string; Error?: string };
    if (r.exitCode !== 0 || !info.Dir) throw new GoescapeError('GO_FAILED', `"go mod download ${spec}" failed: ${info.Error ?? firstLine(r.stderr)}`);
    cpSync(info.Dir, dir, { recursive: true });
    makeWritable(dir);
  }
  // The module's own dependencies, for its tests.
  const d = await runGo(['mod', 'download'], { cwd: dir, env });
  if (d.exitCode !== 0) throw new GoescapeError('GO_FAILED', `"go mod download" in ${spec} failed: ${firstLine(d.stderr)}`);
  return { dir, module, version };
}

/** The module's packages, and which of them have test files. */
export async function modulePackages(dir: string, env?: NodeJS.ProcessEnv): Promise<{ listed: ListedPackage[]; all: string[]; withTests: string[] }> {
  const { packages } = await listPackages(['./...'], [], { cwd: dir, env });
  const ok = packages.filter((p) => !p.Error);
  return {
    listed: ok,
    all: ok.map((p) => p.ImportPath).sort(),
    withTests: ok
      .filter((p) => (p.TestGoFiles?.length ?? 0) + (p.XTestGoFiles?.length ?? 0) > 0)
      .map((p) => p.ImportPath)
      .sort(),
  };
}

export interface BenchStep {
  pkg: string;
  argv: string[];
  /** Benchmarks that ran. */
  benchmarks: number;
  /** Why the step failed, when it did (the package is then left out, not the module). */
  error?: string;
  seconds: number;
}

const benchFlags = (benchtime: string) => ['-run=^$', '-bench=.', `-benchtime=${benchtime}`, '-count=1', '-timeout=10m'];

/**
 * One package's benchmarks with a heap profile at rate 1:
 * `GODEBUG=memprofilerate=1` (so package initialisation is sampled too) and
 * `-memprofilerate=1`. go test takes -memprofile for one package at a time.
 */
export async function profileBenchmarks(dir: string, pkg: string, out: string, benchtime: string, env: NodeJS.ProcessEnv = process.env): Promise<BenchStep> {
  const t = Date.now();
  const godebug = [env.GODEBUG, 'memprofilerate=1'].filter(Boolean).join(',');
  const args = ['test', ...benchFlags(benchtime), `-memprofile=${out}`, '-memprofilerate=1', '-o', `${out}.test`, pkg];
  const r = await runGo(args, { cwd: dir, env: { ...env, GODEBUG: godebug } });
  const step: BenchStep = { pkg, argv: r.argv, benchmarks: parseBenchOutput(r.stdout).results.length, seconds: (Date.now() - t) / 1000 };
  if (r.exitCode !== 0) step.error = firstLine(`${r.stdout.split('\n').find((l) => /FAIL|panic|\.go:\d+/.test(l)) ?? ''}\n${r.stderr}`.trim());
  else if (!existsSync(out)) step.error = 'no profile written';
  return step;
}

/** The same benchmarks with coverage of every package of the module (`-coverpkg`): which lines ran. */
export async function coverBenchmarks(
  dir: string,
  pkg: string,
  packages: string[],
  out: string,
  benchtime: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<BenchStep> {
  const t = Date.now();
  const args = ['test', ...benchFlags(benchtime), `-coverprofile=${out}`, `-coverpkg=${packages.join(',')}`, pkg];
  const r = await runGo(args, { cwd: dir, env });
  const step: BenchStep = { pkg, argv: r.argv, benchmarks: parseBenchOutput(r.stdout).results.length, seconds: (Date.now() - t) / 1000 };
  if (r.exitCode !== 0) step.error = firstLine(r.stderr || r.stdout);
  else if (!existsSync(out)) step.error = 'no coverage profile written';
  return step;
}

/** Plain `go build -gcflags=<module>/...=-m ./...`: what a person running raw -m reads (go's stderr). */
export async function rawEscapeOutput(dir: string, module: string, env?: NodeJS.ProcessEnv): Promise<string> {
  const r = await runGo(['build', `-gcflags=${module}/...=-m`, './...'], { cwd: dir, env });
  if (r.exitCode !== 0) throw new GoescapeError('BUILD_FAILED', `"go build -gcflags=-m" failed: ${firstLine(r.stderr)}`);
  return r.stderr;
}

/** `go build -gcflags=<module>/...=-S ./...`: the machine code of the module's packages (go's stderr). */
export async function asmOutput(dir: string, module: string, env?: NodeJS.ProcessEnv): Promise<string> {
  const r = await runGo(['build', `-gcflags=${module}/...=-S`, './...'], { cwd: dir, env });
  if (r.exitCode !== 0) throw new GoescapeError('BUILD_FAILED', `"go build -gcflags=-S" failed: ${firstLine(r.stderr)}`);
  return r.stderr;
}

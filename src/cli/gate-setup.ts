/**
 * What `baseline`, `check` and `diff` share: find the module root, read
 * goescape.yaml, run the analysis with its build settings, and read the
 * source directives of the files that have findings. File IO lives here so
 * config.ts, directives.ts and gate.ts stay pure.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { analyzePackages } from '../pipeline/analyze.js';
import { verifyResult } from '../pipeline/verify.js';
import { boundsChecksOf } from '../pipeline/bounds-checks.js';
import { machineCallsOf } from '../pipeline/machine-calls.js';
import { requireModule } from '../toolchain/go-list.js';
import { scanDirectives, type FileDirectives } from '../gate/directives.js';
import type { BoundsCheck, MachineCall } from '../gate/evaluate.js';
import { CONFIG_FILE, defaultConfig, parseConfig, type GoescapeConfig } from '../gate/config.js';
import { GoescapeError, requireDirectory } from '../errors.js';
import type { AnalysisResult } from '../model/result.js';
import { COMMON_BUILD_HELP, COMMON_BUILD_OPTIONS, type CommandContext, type OptionSpec } from './command.js';
import { failedPackagesText } from '../report/messages/findings.js';
import { terminalLine } from '../report/escape.js';
import { readInputFile } from './input.js';
import { progress } from './output.js';

// The gate analyzes the module's own packages only: the common build options without --deps, plus --config.
const { deps: _deps, ...gateBuildOptions } = COMMON_BUILD_OPTIONS;
export const GATE_BUILD_OPTIONS: OptionSpec = { ...gateBuildOptions, config: { type: 'string' } };

export const GATE_BUILD_HELP = `${COMMON_BUILD_HELP.split('\n')
  .filter((l) => !l.includes('--deps'))
  .join('\n')}
      --config FILE    configuration file (default: goescape.yaml at the module root)`;

/** The module's directory (of its go.mod) for the gate commands run in `dir`: goescape.yaml and the baseline are there. */
export async function findModuleRoot(dir: string): Promise<string> {
  requireDirectory(dir);
  return (await requireModule(dir)).module;
}

/** The module directory relative to the repository root, as a URI prefix (`` or `sub/dir/`); found by looking for `.git`. */
export function repoPrefix(moduleRoot: string): string {
  let d = moduleRoot;
  for (;;) {
    if (existsSync(join(d, '.git'))) {
      const rel = relative(d, moduleRoot).split(sep).join('/');
      return rel ? `${rel}/` : '';
    }
    const up = dirname(d);
    if (up === d) return '';
    d = up;
  }
}

export function loadConfig(moduleRoot: string, explicit?: string): { config: GoescapeConfig; file?: string } {
  const file = explicit ? resolve(explicit) : join(moduleRoot, CONFIG_FILE);
  if (!existsSync(file)) {
    if (explicit) throw new GoescapeError('CONFIG', `config file ${explicit} does not exist; pass an existing file to --config`);
    return { config: defaultConfig() };
  }
  const shown = explicit ?? (relative(process.cwd(), file) || file);
  const hint = explicit ? 'pass the configuration file to --config (docs/config.md)' : `${CONFIG_FILE} at the module root must be a file (docs/config.md)`;
  return { config: parseConfig(readInputFile(file, { code: 'CONFIG', what: 'config', hint, shown }), shown), file };
}

/**
 * The baseline file: `--baseline` relative to the working directory, else
 * `baseline` of goescape.yaml relative to the module root (absolute paths
 * as they are); `shown` is the path as the user wrote it.
 */
export function baselinePath(moduleRoot: string, config: GoescapeConfig, arg: string | undefined): { file: string; shown: string } {
  if (arg) return { file: resolve(arg), shown: arg };
  return { file: resolve(moduleRoot, config.baseline), shown: config.baseline };
}

/** The build settings of the gate's compiles: options from the command line override the config file. */
function gateBuild(ctx: CommandContext, dir: string, config: GoescapeConfig) {
  const env = { ...process.env };
  if (config.build.goos) env.GOOS = config.build.goos;
  if (config.build.goarch) env.GOARCH = config.build.goarch;
  return {
    cwd: dir,
    env,
    tags: (ctx.values.tags as string | undefined) ?? config.build.tags,
    tests: Boolean(ctx.values.tests) || config.build.tests,
    noInline: Boolean(ctx.values['no-inline']) || config.build.noInline,
  };
}

/**
 * Analyses the packages of `config` in `dir`; with `verify`, also checks them
 * against the machine code (`-S`), which gives every allocation its class.
 */
export async function analyzeWithConfig(ctx: CommandContext, dir: string, config: GoescapeConfig, verify = false): Promise<AnalysisResult> {
  const build = gateBuild(ctx, dir, config);
  const bar = progress(ctx.isTTY);
  try {
    const result = await analyzePackages({
      ...build,
      patterns: ctx.positionals.length ? ctx.positionals : config.packages,
      rebuild: Boolean(ctx.values.rebuild),
      onPackage: (pkg, done) => bar.update(terminalLine(`compiling… ${done} packages (${pkg})`)),
    });
    if (verify) await verifyResult(result, { ...build, onFunction: (n: number) => bar.update(`verifying against -S… ${n} functions`) });
    return result;
  } finally {
    bar.done();
  }
}

/** Directives of every module file that has a finding, a step of a chain or an inlined copy, by normalised path. */
export function readDirectives(moduleRoot: string, result: AnalysisResult): Map<string, FileDirectives> {
  const out = new Map<string, FileDirectives>();
  const named = new Set<string>();
  for (const f of result.findings) {
    named.add(f.pos.file);
    for (const step of f.chain ?? []) if (step.pos) named.add(step.pos.file);
    for (const s of f.inlinedSites ?? []) {
      named.add(s.pos.file);
      for (const i of s.inline ?? []) named.add(i.pos.file);
    }
  }
  const files = [...named].sort();
  for (const file of files) {
    if (file.startsWith('$') || file.startsWith('<') || isAbsolute(file)) continue;
    let text: string;
    try {
      // Finding paths are relative to the analysis root (the go.work directory in a workspace).
      text = readFileSync(join(result.module?.root ?? moduleRoot, file), 'utf8');
    } catch {
      continue;
    }
    const d = scanDirectives(text);
    if (d.noescape.length || d.inline.length || d.lines.length || d.allows.length || d.problems.length) out.set(file, d);
  }
  return out;
}

/** The bounds checks left in the packages of the files with a `//goescape:bce` line; undefined when no file has one. */
export async function boundsChecksFor(
  ctx: CommandContext,
  dir: string,
  config: GoescapeConfig,
  result: AnalysisResult,
  directives: ReadonlyMap<string, FileDirectives>,
): Promise<BoundsCheck[] | undefined> {
  const files = [...directives].filter(([, d]) => d.lines.some((a) => a.assert === 'bce')).map(([file]) => file);
  if (files.length === 0) return undefined;
  return withProgress(ctx, 'compiling with the bounds-check report…', () => boundsChecksOf(result, files, gateBuild(ctx, dir, config)));
}

/** The calls the machine code makes, when a file has a `//goescape:inline` (on a line or a function); undefined otherwise. */
export async function machineCallsFor(
  ctx: CommandContext,
  dir: string,
  config: GoescapeConfig,
  result: AnalysisResult,
  directives: ReadonlyMap<string, FileDirectives>,
): Promise<MachineCall[] | undefined> {
  if (![...directives.values()].some((d) => d.inline.length > 0 || d.lines.some((a) => a.assert === 'inline'))) return undefined;
  return withProgress(ctx, 'reading the machine code for //goescape:inline…', () => machineCallsOf(result, gateBuild(ctx, dir, config)));
}

/** Runs `work` with `what` on the progress line (a terminal only). */
async function withProgress<T>(ctx: CommandContext, what: string, work: () => Promise<T>): Promise<T> {
  const bar = progress(ctx.isTTY);
  try {
    bar.update(what);
    return await work();
  } finally {
    bar.done();
  }
}

export function failedPackagesMessage(result: AnalysisResult): string | undefined {
  const failed = result.packages.filter((p) => p.status === 'failed');
  if (!failed.length) return undefined;
  return terminalLine(`${failedPackagesText(failed)}; fix the compiler errors (goescape analyze shows them)`);
}

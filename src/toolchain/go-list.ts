/**
 * What go says about the toolchain and the packages: `go env`, `go list`,
 * and the listing of a `go list -e -export` compile read as the outcome go
 * build would have had.
 */
import { dirname, resolve } from 'node:path';
import { GoescapeError } from '../errors.js';
import { runGo, goReason, type GoResult, type GoRunOptions } from './stream/process.js';

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

/** `"go list" exited with code 1: <go's reason>`, or that go printed nothing. */
function goFailed(r: GoResult, subcommand: string): string {
  const reason = goReason(r.stderr);
  const bin = r.argv[0] === 'go' ? 'go' : r.argv[0];
  return `"${bin} ${subcommand}" exited with code ${r.exitCode}${reason ? `: ${reason}` : ' and printed nothing'}`;
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
    throw new GoescapeError('GO_FAILED', `"${r.argv[0]} env -json" printed something that is not JSON: ${JSON.stringify(r.stdout.slice(0, 120))}; ${check}`, {
      cause: e,
    });
  }
  // Every key goescape reads is a string ("" when unset; an older go may leave one out).
  const e = env as Record<string, unknown> | null;
  if (!e || typeof e !== 'object' || typeof e.GOVERSION !== 'string' || !e.GOVERSION || keys.some((k) => e[k] !== undefined && typeof e[k] !== 'string')) {
    throw new GoescapeError('GO_FAILED', `"${r.argv[0]} env -json" did not print the settings goescape reads (${keys.join(', ')}); ${check}`);
  }
  return Object.fromEntries(keys.map((k) => [k, (e[k] as string | undefined) ?? ''])) as unknown as GoEnv;
}

/** Where the code goescape analyzes lives, as go sees it from the directory `go env` ran in. */
export interface ModuleRoot {
  /** The directory findings' paths are relative to: the go.work directory in a workspace, else `module`. */
  root: string;
  /** The main module's directory (its go.mod's; goescape.yaml and the baseline are there); undefined in a workspace's directory outside its modules. */
  module: string | undefined;
}

/**
 * The one definition of the module root, from GOMOD and GOWORK (go's own
 * search: the nearest go.mod at or above the directory, a go.work unless
 * GOWORK=off). Undefined outside both a module and a workspace.
 */
export function moduleRoot(env: Pick<GoEnv, 'GOMOD' | 'GOWORK'>): ModuleRoot | undefined {
  const module = env.GOMOD && env.GOMOD !== '/dev/null' && env.GOMOD !== 'NUL' ? dirname(env.GOMOD) : undefined;
  if (env.GOWORK && env.GOWORK !== 'off') return { root: dirname(env.GOWORK), module };
  return module === undefined ? undefined : { root: module, module };
}

/**
 * The module of the directory `dir` (as the user gave it), or NOT_A_MODULE.
 * go runs with PWD set to it, as a shell's cd would: go then names the
 * directory by that path rather than with symbolic links resolved.
 */
export async function requireModule(dir: string, env: NodeJS.ProcessEnv = process.env): Promise<ModuleRoot & { module: string }> {
  const cwd = resolve(dir);
  const found = moduleRoot(await goEnv({ cwd, env: { ...env, PWD: cwd } }));
  if (found?.module === undefined) throw notAModule(dir);
  return { root: found.root, module: found.module };
}

/** The error for a directory outside any Go module (`dir` as the user gave it). */
export function notAModule(dir: string): GoescapeError {
  return new GoescapeError('NOT_A_MODULE', `${dir} is not inside a Go module (no go.mod found); run goescape in a module, pass --cwd, or run "go mod init"`);
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

/** A package of `go list -export` as plain `go list` reports it: no build ID, no compile errors. */
export function asListed(p: ListedPackage): ListedPackage {
  const { BuildID: _, DepsErrors: __, ...rest } = p;
  if (rest.Error && isCompileError(rest.Error.Err)) delete rest.Error;
  return rest;
}

/**
 * Runs the `-S` compile whose assembly listing backs `analyze --verify`.
 *
 * The listing is read from stderr in text mode (`# pkg` headers), not from
 * `go build -json`: -json delivers each package's whole listing as one
 * event, i.e. one line of up to tens of megabytes (runtime: ~30 MB), which
 * would have to be held in memory; the text form streams, and its raw
 * chunks go to the caller as they arrive (src/pipeline/asm-blocks.ts cuts them into
 * package blocks). Output is replayed from the build cache on a second run.
 */
import { compileArgs, exportArgs, NO_DEBUG_INFO, type CompileOptions } from './go-args.js';
import { readExport, splitJsonObjects, type ListedPackage } from './go-list.js';
import { floodOptions, runGo, streamGo, type GoRunOptions } from './stream/process.js';

export interface AsmCompileOptions extends Omit<CompileOptions, 'compilerFlags'> {
  /** Disable inlining (`-l`), as for the -m compile being verified. */
  noInline?: boolean;
}

export interface AsmCompileResult {
  argv: string[];
  /** go's exit code; 1 when `go list -e` reported package errors (it exits 0 for them). */
  exitCode: number;
  /** What go printed on stdout that is not its listing (nothing is expected). */
  stdout: string;
  /** The compile's listing with build IDs (`go list -export`; not for test variants). */
  exported?: ListedPackage[];
  /** Package errors go list reported as data (compile errors as `# pkg` and the compiler's lines). */
  errors: string[];
}

/**
 * The go command line for the `-S` compile: `go list -e -export` as for
 * the -m compile (exportArgs), `go test -c` for test variants.
 */
export function asmCompileArgs(o: AsmCompileOptions): string[] {
  // pctoinline: the inline tree and each instruction's place in it, so an allocation in inlined code is
  // traced to the call it was inlined through (the -S positions name only the innermost line).
  const listing = ['-S', '-d=pctab=pctoinline'];
  const compilerFlags = o.noInline ? [...listing, '-l'] : listing;
  return o.tests ? compileArgs({ ...o, compilerFlags }) : exportArgs({ ...o, compilerFlags });
}

/** Compiles with `-S`, handing the listing (stderr) to `onChunk` as it arrives; without `onChunk`, go writes it to the null device. */
export async function compileAsm(o: AsmCompileOptions, run: GoRunOptions, onChunk: ((chunk: Buffer) => void) | undefined): Promise<AsmCompileResult> {
  const args = asmCompileArgs(o);
  const r = await streamGo(args, run, onChunk ? { onStderrChunk: onChunk } : { discardStderr: true }, onChunk ? floodOptions(run.env) : undefined);
  if (args[0] !== 'list') return { argv: r.argv, exitCode: r.exitCode, stdout: r.stdout, errors: [] };
  const x = readExport(r.stdout, r.exitCode);
  return { argv: r.argv, exitCode: x.exitCode, stdout: x.stray, exported: x.exported, errors: [...x.compileErrors, ...x.otherErrors] };
}

/**
 * The dependencies of `patterns` that the patterns do not match (`DepOnly`),
 * with their build IDs. Listing the packages builds nothing; only the
 * dependencies are then listed with `-export`, which the compile being
 * verified has built already (so this reads go's cache): analyzing std, no
 * package is a dependency only, and nothing is built for its build ID.
 */
export async function listDependencies(
  o: { patterns: string[]; tags?: string },
  run: GoRunOptions,
  keep: (importPath: string) => boolean = () => true,
): Promise<{ importPath: string; buildId?: string; standard: boolean }[]> {
  const tags = o.tags ? ['-tags', o.tags] : [];
  const listed = await runGo(['list', '-e', '-deps', '-json=ImportPath,DepOnly,Standard', ...tags, ...o.patterns], run);
  const deps = new Map<string, boolean>();
  for (const x of splitJsonObjects(listed.stdout)) {
    if (typeof x !== 'object' || x === null) continue;
    const p = x as { ImportPath?: unknown; DepOnly?: unknown; Standard?: unknown };
    if (typeof p.ImportPath === 'string' && p.DepOnly === true && keep(p.ImportPath)) deps.set(p.ImportPath, p.Standard === true);
  }
  if (deps.size === 0) return [];
  const r = await runGo(['list', '-e', '-export', '-json=ImportPath,BuildID', ...tags, ...[...deps.keys()].sort()], run);
  return splitJsonObjects(r.stdout).flatMap((x) => {
    if (typeof x !== 'object' || x === null) return [];
    const p = x as Partial<ListedPackage>;
    if (typeof p.ImportPath !== 'string' || !deps.has(p.ImportPath)) return [];
    const out: { importPath: string; buildId?: string; standard: boolean } = { importPath: p.ImportPath, standard: deps.get(p.ImportPath)! };
    if (typeof p.BuildID === 'string' && p.BuildID !== '') out.buildId = p.BuildID;
    return [out];
  });
}

/**
 * Compiles the packages named (dependencies of the analyzed code) with
 * `-S` and hands the listing to `onChunk` as it arrives: flags without a
 * pattern apply to the packages named on the command line only, and go
 * replays a compile it has cached. No inline tables: only what each
 * function calls is read from these listings.
 */
export async function compileDependencyAsm(
  pkgs: string[],
  o: { tags?: string },
  run: GoRunOptions,
  onChunk: (chunk: Buffer) => void,
): Promise<{ argv: string[]; exitCode: number }> {
  const args = ['list', '-e', '-export', '-json=ImportPath', ...(o.tags ? ['-tags', o.tags] : []), `-gcflags=-S ${NO_DEBUG_INFO}`, ...pkgs];
  const r = await streamGo(args, run, { onStderrChunk: onChunk }, floodOptions(run.env));
  return { argv: r.argv, exitCode: r.exitCode };
}

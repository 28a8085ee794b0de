/** The go command lines of the compiles goescape runs: per-package compiler flags, test variants, `go list -export`. */
import { statSync } from 'node:fs';
import { devNull } from 'node:os';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { LIST_FIELDS } from './go-list.js';

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

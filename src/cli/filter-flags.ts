/**
 * The flags that choose what a text report lists (`--only`, `--cause`,
 * `--package`, `--func`, `--include-std`, `--include-generated`), checked
 * before anything runs, and resolved against the analysis once it is there
 * (relative package patterns, generated files).
 */
import { realpathSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { GoescapeError } from '../errors.js';
import { ALL_CAUSES, type Cause } from '../model/causes.js';
import { isModulePos } from '../model/position.js';
import type { AnalysisResult } from '../model/result.js';
import { isGeneratedGoSource } from '../parse/go-source.js';
import { funcMatcher, ONLY_PARTS, type FindingFilter, type OnlyPart } from '../report/filter.js';
import { diskSourceReader } from '../util/source-reader.js';
import type { OptionSpec } from './command.js';

export const FILTER_OPTIONS: OptionSpec = {
  only: { type: 'string', multiple: true },
  cause: { type: 'string', multiple: true },
  package: { type: 'string', multiple: true },
  func: { type: 'string', multiple: true },
  'include-std': { type: 'boolean' },
  'include-generated': { type: 'boolean' },
};

export const FILTER_HELP = `      --only WHAT      list only heap allocations (heap: heap escapes, and under
                       --verify allocations with no escape finding) or leaking
                       parameters (leaks); repeatable, or heap,leaks
      --cause CAUSE    list only heap escapes and leaks of this cause (repeatable;
                       docs/causes/)
      --package PAT    list only findings of packages matching PAT, go's pattern
                       (example.com/m/internal/..., ./sub/...); repeatable
      --func NAME      list only findings in functions named NAME (F, T.M, (*T).M,
                       or a method name M), or matching NAME as a regular
                       expression; repeatable
      --include-std    list findings in the standard library's code too (the
                       standard packages the patterns name are always listed)
      --include-generated
                       list findings in generated code too (wrappers the compiler
                       generates, files marked "Code generated ... DO NOT EDIT.")
                       The filters change what is listed, never the summary's
                       counts or what check counts.`;

/** The filter flags as given, checked: what the render key holds. */
export interface FilterFlags {
  only: OnlyPart[];
  causes: Cause[];
  packages: string[];
  funcs: string[];
  includeStd: boolean;
  includeGenerated: boolean;
}

function list(v: unknown): string[] {
  return ((v as string[] | undefined) ?? []).flatMap((s) => s.split(',')).filter(Boolean);
}

/** Reads and checks the filter flags; a mistake is a usage error naming the flag. */
export function readFilterFlags(values: Record<string, unknown>): FilterFlags {
  const only: OnlyPart[] = [];
  for (const o of list(values.only)) {
    if (o === 'all') continue;
    if (!(ONLY_PARTS as readonly string[]).includes(o))
      throw new GoescapeError('USAGE', `unknown --only "${o}"; use --only heap, --only leaks or --only heap,leaks`);
    if (!only.includes(o as OnlyPart)) only.push(o as OnlyPart);
  }
  const causes: Cause[] = [];
  for (const c of list(values.cause)) {
    if (!(ALL_CAUSES as readonly string[]).includes(c)) throw new GoescapeError('USAGE', `unknown --cause "${c}"; use one of: ${ALL_CAUSES.join(', ')}`);
    if (!causes.includes(c as Cause)) causes.push(c as Cause);
  }
  const funcs = (values.func as string[] | undefined) ?? [];
  for (const f of funcs) {
    try {
      funcMatcher(f);
    } catch (e) {
      throw new GoescapeError('USAGE', `--func "${f}" is neither a function name nor a valid regular expression (${(e as Error).message})`);
    }
  }
  return {
    only,
    causes,
    packages: list(values.package),
    funcs: [...funcs],
    includeStd: Boolean(values['include-std']),
    includeGenerated: Boolean(values['include-generated']),
  };
}

/** The usage error for filter flags given with a report that holds every finding. */
export function filtersNeedText(format: string): GoescapeError {
  return new GoescapeError(
    'USAGE',
    `--only, --cause, --package, --func, --include-std and --include-generated choose what the text report lists; the ${format} report holds every finding`,
  );
}

/** Whether any flag that changes what is listed was given (the defaults hide code too, but are no flag). */
export function anyFilterFlag(f: FilterFlags): boolean {
  return f.only.length + f.causes.length + f.packages.length + f.funcs.length > 0 || f.includeStd || f.includeGenerated;
}

function realpath(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}

/**
 * The filter for an analysis: relative package patterns (`./sub/...`,
 * `.`) become import paths of the main module, as go resolves them against
 * `cwd`.
 */
export function resolveFilter(flags: FilterFlags, result: AnalysisResult, cwd: string): FindingFilter {
  const packages = flags.packages.map((p) => {
    if (p !== '.' && p !== '..' && !p.startsWith('./') && !p.startsWith('../')) return p;
    const m = result.module;
    if (!m) throw new GoescapeError('USAGE', `--package ${p} is relative, and the analysis is of no module; give an import path`);
    const wildcard = p.endsWith('/...') ? '/...' : p === '...' ? '...' : '';
    const dir = wildcard ? p.slice(0, -wildcard.length) || '.' : p;
    const rel = relative(realpath(m.root), realpath(resolve(cwd, dir)));
    if (rel === '..' || rel.startsWith(`..${sep}`)) throw new GoescapeError('USAGE', `--package ${p} is outside the module ${m.path} (${m.root})`);
    const path = rel === '' ? m.path : `${m.path}/${rel.split(sep).join('/')}`;
    return `${path}${wildcard}`;
  });
  const out: FindingFilter = { packages, includeStd: flags.includeStd, includeGenerated: flags.includeGenerated };
  if (flags.only.length > 0) out.only = flags.only;
  if (flags.causes.length > 0) out.causes = flags.causes;
  if (flags.funcs.length > 0) out.funcs = flags.funcs;
  return out;
}

/** The module's files with findings that say they are generated (`// Code generated … DO NOT EDIT.`), read from disk now. */
export function generatedFilesOf(result: AnalysisResult): Set<string> {
  const read = diskSourceReader(result);
  const files = new Set<string>();
  for (const f of result.findings) {
    if (isModulePos(f.pos)) files.add(f.pos.file);
    for (const c of f.inlinedSites ?? []) if (isModulePos(c.pos)) files.add(c.pos.file);
  }
  const out = new Set<string>();
  for (const file of files) {
    const text = read(file);
    if (text !== undefined && isGeneratedGoSource(text)) out.add(file);
  }
  return out;
}

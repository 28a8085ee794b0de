/**
 * The machine code of the analyzed code's dependencies (std and modules),
 * read for their allocation summaries (analyze/callee-summaries.ts): what
 * each of their functions allocates and calls, per package, kept in the
 * cache keyed by the package's build ID (which names every input of its
 * compile, the toolchain included), the go version and goescape's code,
 * so a warm run compiles and reads no dependency's listing at all. Only
 * packages missing from the cache are compiled with `-S`, in one go
 * command; go replays what it has compiled before.
 */
import { BlockCache } from '../cache/store.js';
import { isRuntimePackage, type FunctionFacts } from '../analyze/callee-summaries.js';
import type { AsmFunction } from '../parse/asm.js';
import { importPathOfDesc } from '../model/result.js';
import { BlockSplitter } from '../parse/blocks.js';
import { compileDependencyAsm, listDependencies } from '../toolchain/asm.js';
import type { GoRunOptions } from '../toolchain/stream/process.js';
import { parseAsmBlock } from './asm-blocks.js';

export interface DependencyFacts {
  facts: FunctionFacts[];
  /** Packages whose facts came from the cache / from a `-S` compile in this run. */
  cachedPackages: number;
  compiledPackages: number;
  /** The go command line of that compile, when one ran. */
  command?: string[];
}

/** The code a cached entry's content depends on (see BlockCache). */
const CODE = ['./callee-listings.js', './asm-blocks.js', '../parse/asm.js', '../parse/blocks.js'].map((m) => new URL(m, import.meta.url));

/** The facts of parsed functions that a summary reads (calls into the runtime other than its allocators are dropped). */
export function factsOf(fns: readonly AsmFunction[]): FunctionFacts[] {
  return fns.map((f) => ({
    symbol: f.symbol,
    pkg: f.pkg,
    allocs: f.allocCalls.map((c) => {
      const a: FunctionFacts['allocs'][number] = { runtimeFunc: c.runtimeFunc };
      if (c.typeSym !== undefined) a.typeSym = c.typeSym;
      if (c.size !== undefined) a.size = c.size;
      if (c.constArg !== undefined) a.constArg = c.constArg;
      if (c.stackBuf !== undefined) a.stackBuf = c.stackBuf;
      if (c.floatArg) a.floatArg = true;
      if (c.always) a.always = true;
      return a;
    }),
    calls: f.calls
      .filter((c) => c.callee === undefined || !c.callee.startsWith('runtime.'))
      .map((c) => (c.always ? { callee: c.callee, always: true } : { callee: c.callee })),
  }));
}

/** [symbol, allocation calls, calls] per function. */
interface StoredFacts {
  v: 1;
  pkg: string;
  fns: [string, StoredAlloc[], StoredCall[]][];
}
/** runtimeFunc, typeSym, size, constArg, stackBuf (null when absent), floatArg, always (1 or 0). */
type StoredAlloc = [string, string | null, number | null, number | null, boolean | null, 0 | 1, 0 | 1];
/** callee (null through a register), always (1 or 0). */
type StoredCall = [string | null, 0 | 1];

function store(pkg: string, facts: FunctionFacts[]): StoredFacts {
  return {
    v: 1,
    pkg,
    fns: facts.map((f) => [
      f.symbol,
      f.allocs.map(
        (a): StoredAlloc => [a.runtimeFunc, a.typeSym ?? null, a.size ?? null, a.constArg ?? null, a.stackBuf ?? null, a.floatArg ? 1 : 0, a.always ? 1 : 0],
      ),
      f.calls.map((c): StoredCall => [c.callee ?? null, c.always ? 1 : 0]),
    ]),
  };
}

const intOrNull = (n: unknown) => n === null || Number.isSafeInteger(n);
const bit = (n: unknown) => n === 0 || n === 1;

function isStoredFacts(s: unknown): s is StoredFacts {
  if (typeof s !== 'object' || s === null) return false;
  const { v, pkg, fns } = s as Partial<StoredFacts>;
  if (v !== 1 || typeof pkg !== 'string' || !Array.isArray(fns)) return false;
  const alloc = (a: unknown) =>
    Array.isArray(a) &&
    a.length === 7 &&
    typeof a[0] === 'string' &&
    (a[1] === null || typeof a[1] === 'string') &&
    intOrNull(a[2]) &&
    intOrNull(a[3]) &&
    (a[4] === null || typeof a[4] === 'boolean') &&
    bit(a[5]) &&
    bit(a[6]);
  const call = (c: unknown) => Array.isArray(c) && c.length === 2 && (c[0] === null || typeof c[0] === 'string') && bit(c[1]);
  return fns.every(
    (f: unknown) =>
      Array.isArray(f) && f.length === 3 && typeof f[0] === 'string' && Array.isArray(f[1]) && f[1].every(alloc) && Array.isArray(f[2]) && f[2].every(call),
  );
}

function load(s: StoredFacts): FunctionFacts[] {
  return s.fns.map(([symbol, allocs, calls]) => ({
    symbol,
    pkg: s.pkg,
    allocs: allocs.map(([runtimeFunc, typeSym, size, constArg, stackBuf, floatArg, always]) => {
      const a: FunctionFacts['allocs'][number] = { runtimeFunc };
      if (typeSym !== null) a.typeSym = typeSym;
      if (size !== null) a.size = size;
      if (constArg !== null) a.constArg = constArg;
      if (stackBuf !== null) a.stackBuf = stackBuf;
      if (floatArg === 1) a.floatArg = true;
      if (always === 1) a.always = true;
      return a;
    }),
    calls: calls.map(([callee, always]) => {
      const c: FunctionFacts['calls'][number] = {};
      if (callee !== null) c.callee = callee;
      if (always === 1) c.always = true;
      return c;
    }),
  }));
}

/**
 * The facts of every dependency of `patterns` that the patterns do not
 * match, is not analyzed itself (`analyzed`: import paths whose functions
 * the verify listing has, as with `--deps`), is not the runtime, and was
 * built (has a build ID).
 */
export async function dependencyFacts(
  o: { patterns: string[]; tags?: string; analyzed: ReadonlySet<string>; goVersion: string },
  run: GoRunOptions,
  opts: { cache?: BlockCache } = {},
): Promise<DependencyFacts> {
  const cache = opts.cache ?? BlockCache.forEnv(run.env ?? process.env, 'callee', CODE);
  const wanted = (p: string) => !o.analyzed.has(p) && !isRuntimePackage(p) && p !== 'unsafe' && p !== 'C';
  const deps = await listDependencies(o, run, wanted);
  const out: DependencyFacts = { facts: [], cachedPackages: 0, compiledPackages: 0 };
  const keyOf = (pkg: string, buildId: string) =>
    cache
      .hasher()
      .update(JSON.stringify([pkg, buildId, o.goVersion]))
      .digest('hex');
  const missing = new Map<string, string>();
  for (const d of deps) {
    if (d.buildId === undefined || o.analyzed.has(d.importPath) || isRuntimePackage(d.importPath) || d.importPath === 'unsafe' || d.importPath === 'C')
      continue;
    const key = cache.dir ? keyOf(d.importPath, d.buildId) : '';
    const stored = key ? cache.get(key, isStoredFacts) : undefined;
    if (stored && stored.pkg === d.importPath) {
      out.cachedPackages++;
      out.facts.push(...load(stored));
    } else {
      missing.set(d.importPath, key);
    }
  }
  if (missing.size === 0) return out;
  const byPkg = new Map<string, FunctionFacts[]>();
  const splitter = new BlockSplitter((block) => {
    const parsed = parseAsmBlock(block);
    for (const f of factsOf(parsed.functions)) {
      const pkg = importPathOfDesc(f.pkg);
      const list = byPkg.get(pkg);
      if (list) list.push(f);
      else byPkg.set(pkg, [f]);
    }
  });
  const pkgs = [...missing.keys()].sort();
  const r = await compileDependencyAsm(pkgs, o, run, (chunk) => splitter.write(chunk));
  splitter.end();
  out.command = r.argv.map((a, i) => (i === 0 ? 'go' : a));
  for (const pkg of pkgs) {
    const facts = (byPkg.get(pkg) ?? []).map((f) => ({ ...f, pkg }));
    out.compiledPackages++;
    out.facts.push(...facts);
    // A package that printed nothing (it failed, or go printed no listing) is not kept: the next run asks again.
    const key = missing.get(pkg)!;
    if (key && (r.exitCode === 0 || byPkg.has(pkg))) cache.put(key, store(pkg, facts));
  }
  cache.trim();
  return out;
}

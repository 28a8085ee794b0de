/**
 * Library side of `goescape explain`: resolve `<file>:<line>[:<col>]` or
 * `<pkg>.<Func>` to a package, analyze it, and pick the findings there.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { analyzePackages, type AnalyzeOptions } from './analyze.js';
import { verifyResult } from './verify.js';
import { baseFuncName } from '../analyze/attribute.js';
import { GoescapeError, requireDirectory } from '../errors.js';
import type { Finding } from '../model/finding.js';
import { FINDING_KINDS } from '../model/kinds.js';
import { packageName } from '../model/package-name.js';
import type { AnalysisResult } from '../model/result.js';
import { scanGoFile } from '../parse/go-source.js';
import type { ExplainTarget } from '../report/explain.js';
import { goEnv, listPackages, moduleRoot, notAModule } from '../toolchain/go-list.js';

// Allocations with no escape finding exist only under --verify.
const EXPLAINED = (f: Finding) =>
  FINDING_KINDS[f.kind].category === 'heap' || FINDING_KINDS[f.kind].category === 'leak' || f.kind === 'allocates-without-escape';

export interface ExplainOptions extends AnalyzeOptions {
  /** Also check the findings against the machine code (`-S`): each allocation's class. */
  verify?: boolean;
}

export async function explainTarget(query: string, options: ExplainOptions = {}): Promise<{ target: ExplainTarget; result: AnalysisResult }> {
  const { verify, ...analyzeOptions } = options;
  const verified = async (r: AnalysisResult) => {
    if (verify)
      await verifyResult(r, {
        cwd: resolve(options.cwd ?? process.cwd()),
        env: options.env,
        tags: options.tags,
        tests: options.tests,
        noInline: options.noInline,
      });
    return r;
  };
  return explainIn(query, analyzeOptions, verified);
}

async function explainIn(
  query: string,
  options: AnalyzeOptions,
  verified: (r: AnalysisResult) => Promise<AnalysisResult>,
): Promise<{ target: ExplainTarget; result: AnalysisResult }> {
  const cwd = resolve(options.cwd ?? process.cwd());
  requireDirectory(cwd);
  const run = { cwd, env: options.env ?? process.env };
  // `s`: a file name may hold a newline (go accepts it).
  const fileMatch = /^(.+\.go):(\d+)(?::(\d+))?$/s.exec(query);
  if (fileMatch) {
    const file = resolve(cwd, fileMatch[1]!);
    const line = Number(fileMatch[2]);
    const column = fileMatch[3] ? Number(fileMatch[3]) : undefined;
    if (!existsSync(file) || !statSync(file).isFile()) {
      throw new GoescapeError('USAGE', `${fileMatch[1]} does not exist; give a Go file of the module as <file>:<line>[:<col>]`);
    }
    const env = await goEnv(run);
    const root = moduleRoot(env)?.root;
    if (!root) throw notAModule(cwd);
    if (!(file === root || file.startsWith(root + sep))) {
      throw new GoescapeError('USAGE', `${fileMatch[1]} is outside the Go module at ${root}; explain works on files of the current module (use --cwd)`);
    }
    const rel = relative(cwd, dirname(file)).split(sep).join('/');
    const pattern = rel === '' ? '.' : isAbsolute(rel) || rel.startsWith('..') ? dirname(file) : `./${rel}`;
    const relFile = relative(root, file).split(sep).join('/');
    const pick = (r: AnalysisResult) =>
      r.findings.filter((f) => EXPLAINED(f) && f.pos.file === relFile && f.pos.line === line && (column === undefined || f.pos.column === column));
    const result = await verified(
      await withInlinedCallees(await analyzePackages({ ...options, cwd, patterns: [pattern] }), pick, root, { ...options, cwd }, [pattern]),
    );
    const inFile = result.findings.filter((f) => EXPLAINED(f) && f.pos.file === relFile);
    const here = pick(result);
    const nearest =
      here.length > 0 ? [] : [...inFile].sort((a, b) => Math.abs(a.pos.line - line) - Math.abs(b.pos.line - line) || a.pos.line - b.pos.line).slice(0, 3);
    return { target: { query, findings: here, nearest }, result };
  }
  // <pkg>.<Func>: the package is the longest prefix (split at a dot after the last slash) that go list knows.
  const lastSlash = query.lastIndexOf('/');
  const candidates: { pkg: string; func: string }[] = [];
  for (let i = query.length - 1; i > lastSlash; i--) {
    if (query[i] === '.' && query[i - 1] !== '(') candidates.push({ pkg: query.slice(0, i), func: query.slice(i + 1) });
  }
  // Methods are written `pkg.(*T).M` or `pkg.T.M`: prefer splits that leave a function name.
  candidates.sort((a, b) => a.pkg.length - b.pkg.length);
  for (const c of candidates) {
    if (!c.func || c.pkg.endsWith('.') || c.pkg.endsWith('(')) continue;
    const listed = await listPackages([c.pkg], [], run);
    if (listed.packages.length !== 1 || listed.packages[0]!.Error) continue;
    const pkgPath = listed.packages[0]!.ImportPath;
    const want = c.func;
    const pick = (r: AnalysisResult) =>
      r.findings.filter((f) => EXPLAINED(f) && f.pkg === pkgPath && (f.func === want || baseFuncName(f.func) === want || f.func.startsWith(`${want}.func`)));
    const env = await goEnv(run);
    const root = moduleRoot(env)?.root;
    const first = await analyzePackages({ ...options, cwd, patterns: [c.pkg] });
    const result = await verified(root ? await withInlinedCallees(first, pick, root, { ...options, cwd }, [c.pkg]) : first);
    const inPkg = result.findings.filter((f) => EXPLAINED(f) && f.pkg === pkgPath);
    const matches = pick(result);
    if (matches.length === 0 && !result.findings.some((f) => f.pkg === pkgPath && (f.func === want || f.subject === want))) {
      throw new GoescapeError(
        'USAGE',
        `no function ${want} in package ${pkgPath}; give <pkg>.<Func>, e.g. ${pkgPath}.${inPkg[0]?.func || 'F'} (methods as (*T).M)`,
      );
    }
    return { target: { query, findings: matches, nearest: [] }, result };
  }
  // Outside a module only standard packages resolve: the same problem (and exit code) as analyze's there.
  if (!moduleRoot(await goEnv(run))) throw notAModule(cwd);
  throw new GoescapeError('USAGE', `cannot resolve "${query}": give <file>:<line>[:<col>] or <import/path>.<Func> of a package go list can find`);
}

/**
 * The analysis again with the main module's packages whose code the picked
 * findings' chains pass through inlined, when they were not analyzed: a
 * step of inlined code shows at its own line only when its callee's own
 * findings are in the analysis (analyze/explain.ts, placeInlinedSteps).
 */
async function withInlinedCallees(
  result: AnalysisResult,
  pick: (r: AnalysisResult) => Finding[],
  root: string,
  options: AnalyzeOptions,
  patterns: string[],
): Promise<AnalysisResult> {
  const modulePath = result.module?.path;
  if (!modulePath) return result;
  const analyzed = new Set(result.packages.map((p) => p.path));
  const calls = new Map<string, string[]>();
  for (const f of result.findings) {
    if (f.kind !== 'inlining-call') continue;
    const at = `${f.pos.file}:${f.pos.line}:${f.pos.column ?? ''}`;
    const list = calls.get(at);
    if (list) list.push(f.details.callee ?? f.subject);
    else calls.set(at, [f.details.callee ?? f.subject]);
  }
  const extra = new Set<string>();
  const importsOf = new Map<string, Map<string, string>>();
  for (const f of pick(result)) {
    for (const step of f.chain ?? []) {
      if (!step.pos || step.inline || step.pos.file.startsWith('<')) continue;
      for (const callee of calls.get(`${step.pos.file}:${step.pos.line}:${step.pos.column ?? ''}`) ?? []) {
        const q = /^([\p{L}_][\p{L}\p{N}_]*)\./u.exec(callee)?.[1];
        if (!q) continue;
        let imports = importsOf.get(step.pos.file);
        if (!imports) importsOf.set(step.pos.file, (imports = fileImports(resolve(root, step.pos.file))));
        const path = imports.get(q);
        if (path && (path === modulePath || path.startsWith(`${modulePath}/`)) && !analyzed.has(path)) extra.add(path);
      }
    }
  }
  if (extra.size === 0) return result;
  return analyzePackages({ ...options, patterns: [...patterns, ...[...extra].sort()] });
}

/**
 * The packages a Go file imports, by the name the compiler qualifies their
 * functions with: the package's own name (an alias in the file does not
 * change what `inlining call to` prints), guessed from the path.
 */
function fileImports(abs: string): Map<string, string> {
  const out = new Map<string, string>();
  let src: Buffer;
  try {
    src = readFileSync(abs);
  } catch {
    return out;
  }
  for (const { path } of scanGoFile(src).imports) out.set(packageName(path), path);
  return out;
}

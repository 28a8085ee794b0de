/**
 * Library side of `goescape explain`: resolve `<file>:<line>[:<col>]` or
 * `<pkg>.<Func>` to a package, analyze it, and pick the findings there.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { analyzePackages, type AnalyzeOptions } from './analyze.js';
import { baseFuncName } from '../analyze/attribute.js';
import { GoescapeError, requireDirectory } from '../errors.js';
import type { Finding } from '../model/finding.js';
import { FINDING_KINDS } from '../model/kinds.js';
import type { AnalysisResult } from '../model/result.js';
import type { ExplainTarget } from '../report/explain.js';
import { goEnv, listPackages, moduleRoot, notAModule } from '../toolchain/go-list.js';

const EXPLAINED = (f: Finding) => FINDING_KINDS[f.kind].category === 'heap' || FINDING_KINDS[f.kind].category === 'leak';

export async function explainTarget(query: string, options: AnalyzeOptions = {}): Promise<{ target: ExplainTarget; result: AnalysisResult }> {
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
    const result = await analyzePackages({ ...options, cwd, patterns: [pattern] });
    const relFile = relative(root, file).split(sep).join('/');
    const inFile = result.findings.filter((f) => EXPLAINED(f) && f.pos.file === relFile);
    const here = inFile.filter((f) => f.pos.line === line && (column === undefined || f.pos.column === column));
    const nearest = here.length > 0 ? [] : [...inFile].sort((a, b) => Math.abs(a.pos.line - line) - Math.abs(b.pos.line - line) || a.pos.line - b.pos.line).slice(0, 3);
    return { target: { query, findings: here, nearest }, result };
  }
  // <pkg>.<Func>: the package is the longest prefix (split at a dot after the last slash) that go list knows.
  const lastSlash = query.lastIndexOf('/');
  const candidates: { pkg: string; func: string }[] = [];
  for (let i = query.length - 1; i > lastSlash; i--) {
    if (query[i] === '.' && query[i - 1] !== '(' ) candidates.push({ pkg: query.slice(0, i), func: query.slice(i + 1) });
  }
  // Methods are written `pkg.(*T).M` or `pkg.T.M`: prefer splits that leave a function name.
  candidates.sort((a, b) => a.pkg.length - b.pkg.length);
  for (const c of candidates) {
    if (!c.func || c.pkg.endsWith('.') || c.pkg.endsWith('(')) continue;
    const listed = await listPackages([c.pkg], [], run);
    if (listed.packages.length !== 1 || listed.packages[0]!.Error) continue;
    const result = await analyzePackages({ ...options, cwd, patterns: [c.pkg] });
    const pkgPath = listed.packages[0]!.ImportPath;
    const inPkg = result.findings.filter((f) => EXPLAINED(f) && f.pkg === pkgPath);
    const want = c.func;
    const matches = inPkg.filter((f) => f.func === want || baseFuncName(f.func) === want || f.func.startsWith(`${want}.func`));
    if (matches.length === 0 && !result.findings.some((f) => f.pkg === pkgPath && (f.func === want || f.subject === want))) {
      throw new GoescapeError('USAGE', `no function ${want} in package ${pkgPath}; give <pkg>.<Func>, e.g. ${pkgPath}.${inPkg[0]?.func || 'F'} (methods as (*T).M)`);
    }
    return { target: { query, findings: matches, nearest: [] }, result };
  }
  // Outside a module only standard packages resolve: the same problem (and exit code) as analyze's there.
  if (!moduleRoot(await goEnv(run))) throw notAModule(cwd);
  throw new GoescapeError('USAGE', `cannot resolve "${query}": give <file>:<line>[:<col>] or <import/path>.<Func> of a package go list can find`);
}

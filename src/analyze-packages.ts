/**
 * The analyze pipeline, top-down: ask go about the toolchain and packages,
 * compile with `-m=2` while parsing the stream, attribute findings to
 * functions, fold inlined copies, key and sort. Returns data; prints nothing.
 */
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GoescapeError } from './errors.js';
import type { Finding, UnrecognizedLine } from './model/finding.js';
import { isHeapKind, isLeakKind, type FindingKind } from './model/kinds.js';
import { SCHEMA_VERSION, type AnalysisResult, type PackageResult, type Summary } from './model/result.js';
import { MOutputParser, type PackageOutput } from './parse/m-output.js';
import { Attributor, assignKeys, compareFindings, foldRepeats } from './analyze/attribute.js';
import { classifyFindings } from './analyze/classify.js';
import { explainFindings } from './analyze/explain.js';
import type { Cause } from './model/causes.js';
import { PathNormalizer } from './analyze/paths.js';
import { compileArgs, firstLine, goEnv, listPackages, streamGo, type BuildEvent, type GoEnv, type ListedPackage } from './toolchain/go.js';
import { VERSION } from './version.js';

export interface AnalyzeOptions {
  /** Package patterns as for `go build`; default `./...`. */
  patterns?: string[];
  /** Directory to run in (the module or a directory inside it). */
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Build tags (`-tags`). */
  tags?: string;
  /** Include `_test.go` files (compile test variants). */
  tests?: boolean;
  /** Analyze dependencies too. */
  deps?: boolean;
  /** Disable inlining (`-l`). */
  noInline?: boolean;
  /** Rebuild everything (`-a`), bypassing the build cache. */
  rebuild?: boolean;
  /** Called as packages finish compiling (for progress display). */
  onPackage?: (pkg: string, done: number) => void;
}

export async function analyzePackages(options: AnalyzeOptions = {}): Promise<AnalysisResult> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const patterns = options.patterns && options.patterns.length > 0 ? options.patterns : ['./...'];
  const run = { cwd, env: options.env ?? process.env };
  const env = await goEnv(run);
  const moduleRoot = moduleRootOf(env);
  if (!moduleRoot && patterns.some((p) => p.startsWith('.') || isAbsolute(p))) {
    throw new GoescapeError('NOT_A_MODULE', `${cwd} is not inside a Go module (no go.mod found); run goescape in a module, pass --cwd, or run "go mod init"`);
  }
  const compilerFlags = ['-m=2', ...(options.noInline ? ['-l'] : [])];
  let outDir: string | undefined;
  if (options.tests) outDir = await mkdtemp(join(tmpdir(), 'goescape-test-'));
  const args = compileArgs({
    patterns, compilerFlags, deps: options.deps, tags: options.tags, tests: options.tests, outDir, rebuild: options.rebuild,
  });
  const listFlags = [...(options.tags ? ['-tags', options.tags] : []), ...(options.tests ? ['-test'] : [])];
  try {
    const [listed, compiled] = await Promise.all([
      listPackages(patterns, listFlags, run),
      compile(args, run, env, moduleRoot, options.onPackage),
    ]);
    return assemble({ env, moduleRoot, patterns, compilerFlags, args, listed: listed.packages, listStderr: listed.stderr, compiled, cwd });
  } finally {
    if (outDir) await rm(outDir, { recursive: true, force: true });
  }
}

function moduleRootOf(env: GoEnv): string | undefined {
  if (env.GOWORK && env.GOWORK !== 'off') return dirname(env.GOWORK);
  if (env.GOMOD && env.GOMOD !== '/dev/null' && env.GOMOD !== 'NUL') return dirname(env.GOMOD);
  return undefined;
}

interface Compiled {
  outputs: PackageOutput[];
  failed: Set<string>;
  exitCode: number;
  stderr: string;
  /** stdout lines that were not build events (kept for the unrecognized count). */
  strayStdout: string[];
  lineCount: number;
}

async function compile(args: string[], run: { cwd: string; env: NodeJS.ProcessEnv }, _env: GoEnv, _root: string | undefined,
  onPackage?: (pkg: string, done: number) => void): Promise<Compiled> {
  const outputs: PackageOutput[] = [];
  const failed = new Set<string>();
  const strayStdout: string[] = [];
  let lineNo = 0;
  const parser = new MOutputParser((p) => {
    outputs.push(p);
    onPackage?.(p.pkg, outputs.length);
  });
  let currentPkg: string | undefined;
  const r = await streamGo(args, run, {
    onStdoutLine(line) {
      if (!line) return;
      let ev: BuildEvent;
      try {
        ev = JSON.parse(line) as BuildEvent;
      } catch {
        strayStdout.push(line);
        return;
      }
      const pkg = ev.ImportPath;
      if (pkg === undefined) return; // go test -json test2json events: not compiler output
      if (ev.Action === 'build-fail') {
        failed.add(pkg);
        return;
      }
      if (ev.Action !== 'build-output' || ev.Output === undefined) return;
      if (pkg !== currentPkg) {
        parser.begin(pkg);
        currentPkg = pkg;
      }
      // Decode each line on its own: substrings the model keeps then pin a
      // short line, not the package's whole (two-byte, because of `←`) output.
      const bytes = Buffer.from(ev.Output, 'utf8');
      let start = 0;
      let nl: number;
      while ((nl = bytes.indexOf(10, start)) >= 0) {
        parser.line(bytes.toString('utf8', start, nl), ++lineNo);
        start = nl + 1;
      }
      if (start < bytes.length) parser.line(bytes.toString('utf8', start), ++lineNo);
    },
  });
  parser.end();
  return { outputs, failed, exitCode: r.exitCode, stderr: r.stderr, strayStdout, lineCount: lineNo };
}

interface AssembleInput {
  env: GoEnv;
  moduleRoot: string | undefined;
  patterns: string[];
  compilerFlags: string[];
  args: string[];
  listed: ListedPackage[];
  listStderr: string;
  compiled: Compiled;
  cwd: string;
}

function assemble(input: AssembleInput): AnalysisResult {
  const { env, moduleRoot, listed, compiled, cwd } = input;
  const paths = new PathNormalizer({ cwd, moduleRoot, goroot: env.GOROOT, gomodcache: env.GOMODCACHE });
  const packageDirs = new Map<string, string>();
  for (const p of listed) if (p.Dir) packageDirs.set(p.ImportPath.replace(/ \[.*\]$/, ''), paths.normalize(p.Dir));
  const matched = listed.filter((p) => !p.Error || p.GoFiles?.length);
  if (matched.length === 0) {
    const why = listed.find((p) => p.Error)?.Error?.Err ?? firstLine(input.listStderr) ?? '';
    throw new GoescapeError('NO_PACKAGES', `no Go packages match ${input.patterns.join(' ')}${why ? ` (${why})` : ''}; check the pattern, the directory (--cwd) and build tags`);
  }
  if (compiled.outputs.length === 0 && compiled.exitCode !== 0) {
    throw new GoescapeError('GO_FAILED', `go build failed: ${firstLine(compiled.stderr) || `exit code ${compiled.exitCode}`}`);
  }
  const attributor = new Attributor({
    paths, packageDirs,
    readSource: (abs) => {
      try {
        return readFileSync(abs, 'utf8');
      } catch {
        return undefined;
      }
    },
  });
  let findings: Finding[] = [];
  const unrecognized: UnrecognizedLine[] = [];
  const packages: PackageResult[] = [];
  let headerLines = 0;
  for (const out of compiled.outputs) {
    const desc = out.pkg;
    const path = desc.replace(/ \[.*\]$/, '');
    const variant = desc.includes(' [') ? 'test' : path.endsWith('.test') && !packageDirs.has(path) ? 'testmain' : undefined;
    const isFailed = compiled.failed.has(desc);
    headerLines += out.headers.length;
    const errors: string[] = [];
    if (isFailed) {
      // In a package that failed to build, the lines goescape does not know are the compiler's errors.
      for (const u of out.unrecognized) {
        errors.push(u.text);
        out.findings.push({
          kind: 'compiler-error', pkg: desc, pos: { file: '<unknown>', line: 0 }, subject: '', message: u.text,
          details: {}, explanations: [], lines: [u.line],
        });
        const m = /^(.+?):(\d+)(?::(\d+))?: (.*)$/.exec(u.text);
        const f = out.findings[out.findings.length - 1]!;
        if (m) {
          f.pos = { file: m[1]!, line: Number(m[2]) };
          if (m[3]) f.pos.column = Number(m[3]);
          f.message = m[4]!;
        }
      }
    } else {
      for (const u of out.unrecognized) unrecognized.push({ pkg: path, line: u.line, text: u.text, reason: u.reason });
    }
    attributor.prepare(out.findings);
    const pf = attributor.attribute(path, out.findings);
    findings.push(...pf);
    const pr: PackageResult = {
      path, desc, status: isFailed ? 'failed' : 'ok', errors, lines: out.lineCount, findings: 0, heapEscapes: 0,
    };
    if (variant) pr.variant = variant;
    const dir = packageDirs.get(path);
    if (dir) pr.dir = dir;
    packages.push(pr);
  }
  // Packages that failed before printing anything (e.g. setup errors) still get a row.
  for (const desc of compiled.failed) {
    if (!packages.some((p) => p.desc === desc)) {
      packages.push({ path: desc.replace(/ \[.*\]$/, ''), desc, status: 'failed', errors: [], lines: 0, findings: 0, heapEscapes: 0 });
    }
  }
  compiled.strayStdout.forEach((text, i) => unrecognized.push({ pkg: '', line: -(i + 1), text, reason: 'stdout line that is not a build event' }));
  const folded = foldRepeats(findings);
  findings = folded.findings.sort(compareFindings);
  assignKeys(findings);
  explainFindings(findings);
  const declared = new Map<string, Set<string>>();
  for (const f of findings) {
    if (f.kind !== 'can-inline' && f.kind !== 'cannot-inline') continue;
    let set = declared.get(f.pkg);
    if (!set) declared.set(f.pkg, (set = new Set()));
    set.add(f.subject);
  }
  classifyFindings(findings, {
    lineText: (file, line) => attributor.lineText(file, line),
    literalAt: (pos) => attributor.literalAt(pos),
    importNames: (file) => attributor.importNames(file),
    declaredFuncs: (pkg) => declared.get(pkg) ?? new Set(),
  });
  const byPkg = new Map(packages.map((p) => [p.desc.replace(/ \[.*\]$/, ''), p]));
  const byKind: Partial<Record<FindingKind, number>> = {};
  let heapEscapes = 0;
  let leaks = 0;
  let linesInFindings = 0;
  const byCause: Partial<Record<Cause, number>> = {};
  for (const f of findings) {
    byKind[f.kind] = (byKind[f.kind] ?? 0) + 1;
    if (f.cause && isHeapKind(f.kind)) byCause[f.cause] = (byCause[f.cause] ?? 0) + 1;
    linesInFindings += f.outputLines ?? 0;
    const p = byPkg.get(f.pkg);
    if (p) p.findings++;
    if (isHeapKind(f.kind)) {
      heapEscapes++;
      if (p) p.heapEscapes++;
    } else if (isLeakKind(f.kind)) leaks++;
  }
  packages.sort((a, b) => (a.desc < b.desc ? -1 : a.desc > b.desc ? 1 : 0));
  unrecognized.sort((a, b) => a.line - b.line);
  const summary: Summary = {
    lines: compiled.lineCount,
    linesInFindings,
    headerLines,
    findings: findings.length,
    byKind: Object.fromEntries(Object.entries(byKind).sort(([a], [b]) => (a < b ? -1 : 1))),
    heapEscapes,
    byCause: Object.fromEntries(Object.entries(byCause).sort(([a], [b]) => (a < b ? -1 : 1))),
    leaks,
    inlinedCopies: folded.folded,
    packages: {
      total: packages.length,
      ok: packages.filter((p) => p.status === 'ok').length,
      failed: packages.filter((p) => p.status === 'failed').length,
    },
    unrecognized,
  };
  const result: AnalysisResult = {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'goescape', version: VERSION },
    toolchain: {
      goVersion: env.GOVERSION, goos: env.GOOS, goarch: env.GOARCH, goexperiment: env.GOEXPERIMENT ?? '',
      compilerFlags: input.compilerFlags, command: ['go', ...input.args],
    },
    patterns: input.patterns,
    packages,
    findings,
    summary,
  };
  if (moduleRoot) result.module = { path: modulePathOf(listed, moduleRoot), root: moduleRoot };
  return result;
}

function modulePathOf(listed: ListedPackage[], root: string): string {
  const main = listed.find((p) => p.Module?.Main && p.Module.Dir === root) ?? listed.find((p) => p.Module?.Main);
  return main?.Module?.Path ?? '';
}

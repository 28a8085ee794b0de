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
import { GoescapeError, requireDirectory } from './errors.js';
import type { Finding, UnrecognizedLine } from './model/finding.js';
import type { SourcePos } from './model/position.js';
import { isHeapKind, isLeakKind, type FindingKind } from './model/kinds.js';
import { importPathOfDesc, SCHEMA_VERSION, type AnalysisResult, type PackageResult, type Summary } from './model/result.js';
import { MOutputParser, type PackageOutput } from './parse/m-output.js';
import { Attributor, assignKeys, foldRepeats, sortFindings } from './analyze/attribute.js';
import { classifyFindings } from './analyze/classify.js';
import { explainFindings } from './analyze/explain.js';
import type { Cause } from './model/causes.js';
import { PathNormalizer } from './analyze/paths.js';
import { compileArgs, firstLine, goEnv, listPackages, streamGo, type GoEnv, type ListedPackage } from './toolchain/go.js';
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
  requireDirectory(cwd);
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
    const t0 = performance.now();
    const paths = new PathNormalizer({ cwd, moduleRoot, goroot: env.GOROOT, gomodcache: env.GOMODCACHE });
    const stream = new StreamingAttribution(paths);
    const listing = listPackages(patterns, listFlags, run).then((l) => {
      stream.ready(l.packages);
      return l;
    });
    const [listed, compiled] = await Promise.all([
      listing,
      compile(args, run, (out) => stream.add(out), options.onPackage),
    ]);
    timing('compile+parse', t0);
    const t1 = performance.now();
    const result = assemble({ env, moduleRoot, patterns, compilerFlags, args, listed: listed.packages, listStderr: listed.stderr, compiled, cwd, stream, outDir });
    timing('assemble', t1);
    return result;
  } finally {
    if (outDir) await rm(outDir, { recursive: true, force: true });
  }
}

/**
 * Attributes each package's findings as soon as its block is parsed and
 * `go list` has told where packages live, so the work overlaps with the
 * compile and the parsed records can be freed early. Packages with lines
 * goescape does not know wait for the end: only then is it known whether
 * they failed to compile (their unknown lines are then errors).
 */
class StreamingAttribution {
  private queue: PackageOutput[] = [];
  attributor: Attributor | undefined;
  packageDirs = new Map<string, string>();
  /** Absolute directory of each listed package. */
  absoluteDirs = new Map<string, string>();
  readonly done = new Map<string, { out: PackageOutput; findings: Finding[] }>();
  readonly deferred: PackageOutput[] = [];

  constructor(readonly paths: PathNormalizer) {}

  ready(listed: ListedPackage[]): void {
    for (const p of listed) {
      if (!p.Dir) continue;
      const path = importPathOfDesc(p.ImportPath);
      this.packageDirs.set(path, this.paths.normalize(p.Dir) || '.');
      this.absoluteDirs.set(path, p.Dir);
    }
    this.attributor = new Attributor({
      paths: this.paths,
      packageDirs: this.packageDirs,
      readSource: (abs) => {
        try {
          return readFileSync(abs);
        } catch {
          return undefined;
        }
      },
    });
    const queued = this.queue;
    this.queue = [];
    for (const out of queued) this.add(out);
  }

  add(out: PackageOutput): void {
    if (!this.attributor) {
      this.queue.push(out);
      return;
    }
    if (out.unrecognized.length > 0) {
      this.deferred.push(out);
      return;
    }
    this.attribute(out);
  }

  attribute(out: PackageOutput): void {
    const path = importPathOfDesc(out.pkg);
    this.attributor!.prepare(out.findings, this.absoluteDirs.get(path));
    const findings = this.attributor!.attribute(path, out.findings);
    out.findings = [];
    const prev = this.done.get(out.pkg);
    // The same package can print more than one block (rare); keep them together, in order.
    if (prev) {
      for (const f of findings) prev.findings.push(f);
      prev.out.lineCount += out.lineCount;
      prev.out.headers.push(...out.headers);
    } else this.done.set(out.pkg, { out, findings });
  }
}

/** The directory findings' paths are relative to: the go.work directory in a workspace, else the module's. */
export function moduleRootOf(env: GoEnv): string | undefined {
  if (env.GOWORK && env.GOWORK !== 'off') return dirname(env.GOWORK);
  if (env.GOMOD && env.GOMOD !== '/dev/null' && env.GOMOD !== 'NUL') return dirname(env.GOMOD);
  return undefined;
}

interface Compiled {
  outputs: PackageOutput[];
  failed: Set<string>;
  exitCode: number;
  stderr: string;
  /** Messages of the go command itself (outside package blocks), verbatim. */
  goMessages: string[];
  /** Lines go printed on stdout (none expected; kept for the unrecognized count). */
  strayStdout: string[];
  lineCount: number;
}

/**
 * Compiles and parses the plain text stream (stderr): one `# pkg` block per
 * package. This is cheaper than `go build -json` (no JSON decoding of
 * megabyte events). A package failed when go exits non-zero and its block
 * holds lines that are not compiler decisions (its errors); lines outside
 * any block are go's own messages.
 */
async function compile(args: string[], run: { cwd: string; env: NodeJS.ProcessEnv }, onOutput: (out: PackageOutput) => void,
  onPackage?: (pkg: string, done: number) => void): Promise<Compiled> {
  const outputs: PackageOutput[] = [];
  const failed = new Set<string>();
  const strayStdout: string[] = [];
  const goMessages: string[] = [];
  let lineNo = 0;
  const parser = new MOutputParser((p) => {
    if (p.pkg === '' && p.headers.length === 0) {
      // Before any `# pkg` header: go's own messages (pattern errors, downloads).
      for (const u of p.unrecognized) goMessages.push(u.text);
      return;
    }
    outputs.push(p);
    onOutput(p);
    onPackage?.(p.pkg, outputs.length);
  });
  const r = await streamGo(args, run, {
    onStderrBytes(buf, start, end) {
      // go's own messages (`go: downloading …`, `go: …` errors) can come
      // between or after package blocks; they are not compiler output.
      if (buf[start] === 103 && buf[start + 1] === 111 && (buf[start + 2] === 58 || buf[start + 2] === 32)) {
        const line = buf.toString('utf8', start, end);
        if (line.startsWith('go: ') || line.startsWith('go build')) {
          goMessages.push(line);
          return;
        }
      }
      parser.lineBytes(buf, start, end, ++lineNo);
    },
    onStdoutLine(line) {
      if (line) strayStdout.push(line);
    },
  });
  parser.end();
  if (r.exitCode !== 0) {
    for (const out of outputs) if (out.unrecognized.length > 0) failed.add(out.pkg);
  }
  const stderr = goMessages.join('\n');
  const lineCount = outputs.reduce((n, o) => n + o.lineCount, 0);
  return { outputs, failed, exitCode: r.exitCode, stderr, goMessages, strayStdout, lineCount };
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
  stream: StreamingAttribution;
  /** Temporary directory for test binaries (written as `<tmpdir>` in the command). */
  outDir?: string;
}

function assemble(input: AssembleInput): AnalysisResult {
  const { env, moduleRoot, listed, compiled, stream } = input;
  const attributor = stream.attributor!;
  const matched = listed.filter((p) => !p.Error || p.GoFiles?.length);
  if (matched.length === 0) {
    const why = listed.find((p) => p.Error)?.Error?.Err ?? firstLine(input.listStderr) ?? '';
    throw new GoescapeError('NO_PACKAGES', `no Go packages match ${input.patterns.join(' ')}${why ? ` (${why})` : ''}; check the pattern, the directory (--cwd) and build tags`);
  }
  if (compiled.outputs.length === 0 && compiled.exitCode !== 0) {
    throw new GoescapeError('GO_FAILED', `go build failed: ${firstLine(compiled.stderr) || `exit code ${compiled.exitCode}`}`);
  }
  const tA = performance.now();
  const unrecognized: UnrecognizedLine[] = [];
  const errorsOf = new Map<string, string[]>();
  for (const out of stream.deferred) {
    const path = importPathOfDesc(out.pkg);
    if (compiled.failed.has(out.pkg)) {
      // In a package that failed to build, the lines goescape does not know are the compiler's errors.
      const errors: string[] = [];
      for (const u of out.unrecognized) {
        errors.push(u.text);
        const m = /^(.+?):(\d+)(?::(\d+))?: (.*)$/.exec(u.text);
        const pos: SourcePos = m ? { file: m[1]!, line: Number(m[2]) } : { file: '<unknown>', line: 0 };
        if (m?.[3]) pos.column = Number(m[3]);
        out.findings.push({ kind: 'compiler-error', pkg: out.pkg, pos, subject: '', message: m ? m[4]! : u.text, details: {}, explanations: [], spans: [u.line, u.line] });
      }
      errorsOf.set(out.pkg, [...(errorsOf.get(out.pkg) ?? []), ...errors]);
    } else {
      // Line numbers within the package's block: go prints packages in completion order.
      for (const u of out.unrecognized) unrecognized.push({ pkg: path, line: u.line - out.firstLine + 1, text: u.text, reason: u.reason });
    }
    stream.attribute(out);
  }
  const packageDirs = stream.packageDirs;
  let findings: Finding[] = [];
  const packages: PackageResult[] = [];
  let headerLines = 0;
  // One row per package: its description, path, directory and variant.
  const row = (desc: string, status: PackageResult['status']): PackageResult => {
    const path = importPathOfDesc(desc);
    const pr: PackageResult = { path, desc, status, errors: errorsOf.get(desc) ?? [], lines: 0, findings: 0, heapEscapes: 0 };
    // `p.test` (no brackets) is the generated test main package of `go test -c`.
    const variant = desc.includes(' [') ? 'test' : path.endsWith('.test') ? 'testmain' : undefined;
    if (variant) pr.variant = variant;
    const dir = packageDirs.get(path);
    if (dir) pr.dir = dir;
    return pr;
  };
  // go build prints packages in completion order; sort for determinism.
  for (const desc of [...stream.done.keys()].sort()) {
    const { out, findings: pf } = stream.done.get(desc)!;
    headerLines += out.headers.length;
    for (const f of pf) findings.push(f);
    const pr = row(desc, compiled.failed.has(desc) ? 'failed' : 'ok');
    pr.lines = out.lineCount;
    packages.push(pr);
  }
  // When the build failed, go skips the packages that import a failed one:
  // they print nothing, so say so rather than let them look clean.
  if (compiled.failed.size > 0) {
    const seen = new Set(packages.map((p) => p.path));
    for (const p of matched) {
      const path = importPathOfDesc(p.ImportPath);
      if (seen.has(path) || p.Error) continue;
      seen.add(path);
      packages.push(row(p.ImportPath, 'not-built'));
    }
  }
  compiled.strayStdout.forEach((text, i) => unrecognized.push({ pkg: '', line: i + 1, text, reason: 'line printed on stdout' }));
  timing('attribute', tA);
  let tB = performance.now();
  const folded = foldRepeats(findings, (file, name) => attributor.importPathFor(file, name));
  findings = sortFindings(folded.findings);
  timing('fold+sort', tB);
  tB = performance.now();
  assignKeys(findings);
  explainFindings(findings);
  timing('keys+chains', tB);
  tB = performance.now();
  const declared = new Map<string, Set<string>>();
  const scannedDecls = new Set<string>();
  for (const f of findings) {
    if (f.kind !== 'can-inline' && f.kind !== 'cannot-inline') continue;
    let set = declared.get(f.pkg);
    if (!set) declared.set(f.pkg, (set = new Set()));
    set.add(f.subject);
  }
  classifyFindings(findings, {
    lineText: (file, line) => attributor.lineText(file, line),
    literalAt: (pos) => attributor.literalAt(pos),
    importPathFor: (file, name) => attributor.importPathFor(file, name),
    declaredFuncs: (pkg) => {
      // With -l the compiler prints no can/cannot-inline lines: add the declarations found in the source.
      let set = declared.get(pkg);
      if (!set) declared.set(pkg, (set = new Set()));
      if (!scannedDecls.has(pkg)) {
        scannedDecls.add(pkg);
        const dir = stream.packageDirs.get(pkg);
        if (dir) for (const name of attributor.declaredIn(dir)) set.add(name);
      }
      return set;
    },
  });
  // Count per package row (a test variant `p [p.test]` is its own row): the
  // findings each block produced that survived folding.
  for (const p of packages) {
    for (const f of stream.done.get(p.desc)?.findings ?? []) {
      if (folded.copies.has(f)) continue;
      p.findings++;
      if (isHeapKind(f.kind)) p.heapEscapes++;
    }
  }
  const byKind: Partial<Record<FindingKind, number>> = {};
  let heapEscapes = 0;
  let leaks = 0;
  let linesInFindings = 0;
  timing('classify', tB);
  const byCause: Partial<Record<Cause, number>> = {};
  for (const f of findings) {
    byKind[f.kind] = (byKind[f.kind] ?? 0) + 1;
    // Heap kind first: reading a leak's `cause` would classify it (classifyFindings).
    if (isHeapKind(f.kind) && f.cause) byCause[f.cause] = (byCause[f.cause] ?? 0) + 1;
    linesInFindings += f.outputLines ?? 0;
    if (isHeapKind(f.kind)) heapEscapes++;
    else if (isLeakKind(f.kind)) leaks++;
  }
  packages.sort((a, b) => (a.desc < b.desc ? -1 : a.desc > b.desc ? 1 : 0));
  unrecognized.sort((a, b) => (a.pkg < b.pkg ? -1 : a.pkg > b.pkg ? 1 : a.line - b.line));
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
      notBuilt: packages.filter((p) => p.status === 'not-built').length,
    },
    unrecognized,
    goMessages: compiled.goMessages,
    goExitCode: compiled.exitCode,
  };
  const result: AnalysisResult = {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'goescape', version: VERSION },
    toolchain: {
      goVersion: env.GOVERSION, goos: env.GOOS, goarch: env.GOARCH, goexperiment: env.GOEXPERIMENT ?? '',
      compilerFlags: input.compilerFlags, command: ['go', ...input.args.map((a) => (input.outDir && a.startsWith(input.outDir) ? '<tmpdir>' + a.slice(input.outDir.length) : a))],
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

/** GOESCAPE_TIMING=1 prints phase timings to stderr (for the benchmark script). */
function timing(phase: string, since: number): void {
  if (process.env.GOESCAPE_TIMING) process.stderr.write(`timing ${phase}: ${Math.round(performance.now() - since)} ms (rss ${Math.round(process.memoryUsage().rss / 1048576)} MiB, heap ${Math.round(process.memoryUsage().heapUsed / 1048576)} MiB)\n`);
}

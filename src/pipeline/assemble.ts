/**
 * The analysis's steps after go, besides what the streaming scheduler
 * does: the blocks held back to the end, the package rows, the findings
 * kept in the report's order, and the result with its summary.
 */
import { GoescapeError } from '../errors.js';
import type { Finding, UnrecognizedLine } from '../model/finding.js';
import type { SourcePos } from '../model/position.js';
import { isHeapKind, isLeakKind, type FindingKind } from '../model/kinds.js';
import { allocationSites } from '../model/sites.js';
import { importPathOfDesc, SCHEMA_VERSION, type AnalysisResult, type PackageResult, type Summary } from '../model/result.js';
import { compareFindings } from '../analyze/attribute.js';
import type { Cause } from '../model/causes.js';
import type { Compiled } from '../toolchain/compile-m.js';
import type { GoEnv, ListedPackage } from '../toolchain/go-list.js';
import { goReason } from '../toolchain/stream/process.js';
import { VERSION } from '../version.js';
import type { StreamingAttribution } from './stream.js';

/** What the steps after go work from. */
export interface AssembleInput {
  env: GoEnv;
  moduleRoot: string | undefined;
  patterns: string[];
  compilerFlags: string[];
  /** The go command as run (test binaries' directory written as `<tmpdir>`). */
  command: string[];
  listed: ListedPackage[];
  listStderr: string;
  compiled: Compiled;
  cwd: string;
  stream: StreamingAttribution;
}

/** The packages go listed that have Go files; throws NO_PACKAGES or GO_FAILED when there is nothing to analyze. */
export function matchedPackages(input: AssembleInput): ListedPackage[] {
  const { listed, compiled } = input;
  const matched = listed.filter((p) => !p.Error || p.GoFiles?.length);
  // go's own reason when the compile failed outside any package (a bad GOOS, inconsistent vendoring): not a pattern problem.
  const goFailure = () => {
    const why = goReason(compiled.stderr);
    return new GoescapeError(
      'GO_FAILED',
      `go exited with code ${compiled.exitCode} before compiling any package: ${why || 'it printed nothing'}; fix what go reports and run again`,
    );
  };
  if (matched.length === 0) {
    const patternError = listed.find((p) => p.Error)?.Error?.Err;
    if (patternError === undefined && compiled.exitCode !== 0) throw goFailure();
    const why = goReason(patternError ?? (compiled.stderr || input.listStderr));
    throw new GoescapeError(
      'NO_PACKAGES',
      `no Go packages match ${input.patterns.join(' ')}${why ? ` (${why})` : ''}; check the pattern, the directory (--cwd) and build tags`,
    );
  }
  if (compiled.outputs.length === 0 && compiled.exitCode !== 0) throw goFailure();
  return matched;
}

/** Lines no finding holds, and the compiler's errors of each failed package (by description). */
export interface HeldLines {
  unrecognized: UnrecognizedLine[];
  errorsOf: Map<string, string[]>;
}

/**
 * Attributes the blocks held back until the compile's end (those with lines
 * goescape does not know): in a package that failed, those lines are its
 * compiler errors; elsewhere they stay unrecognized, as do lines outside any
 * package.
 */
export function attributeHeld(input: AssembleInput): HeldLines {
  const { compiled, stream } = input;
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
        out.findings.push({
          kind: 'compiler-error',
          pkg: out.pkg,
          pos,
          subject: '',
          message: m ? m[4]! : u.text,
          details: {},
          explanations: [],
          spans: [u.line, u.line],
        });
      }
      errorsOf.set(out.pkg, [...(errorsOf.get(out.pkg) ?? []), ...errors]);
    } else {
      // Line numbers within the package's block: go prints packages in completion order.
      for (const u of out.unrecognized) unrecognized.push({ pkg: path, line: u.line - out.firstLine + 1, text: u.text, reason: u.reason });
    }
    stream.attribute(out);
  }
  for (const u of compiled.orphans) unrecognized.push(u);
  compiled.strayStdout.forEach((text, i) => unrecognized.push({ pkg: '', line: i + 1, text, reason: 'line printed on stdout' }));
  return { unrecognized, errorsOf };
}

/** One row per package: those that printed, in order (`descs`), then those go did not build. */
export interface PackageRows {
  packages: PackageResult[];
  /** Descriptions of the packages that printed, sorted (`p`, `p [p.test]`, …). */
  descs: string[];
  headerLines: number;
}

export function packageRows(input: AssembleInput, matched: ListedPackage[], errorsOf: Map<string, string[]>): PackageRows {
  const { compiled, stream } = input;
  const packageDirs = stream.packageDirs;
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
  const descs = [...stream.done.keys()].sort();
  for (const desc of descs) {
    const pb = stream.done.get(desc)!;
    headerLines += pb.headerLines;
    const pr = row(desc, compiled.failed.has(desc) ? 'failed' : 'ok');
    pr.lines = pb.lines;
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
  return { packages, descs, headerLines };
}

/**
 * The findings the fold kept, in the report's order. Findings sort by
 * package first: the whole is each package's sorted findings, packages in
 * order. Test variants (`p`, `p [p.test]`) share one import path (they sort
 * next to each other) and are sorted together.
 */
export function keptFindings(stream: StreamingAttribution, descs: string[]): Finding[] {
  const { copies } = stream.folder;
  // Indexed loops over findings here and below: run once, this code is not
  // optimised, and a for-of allocates per step (a million steps on std).
  const findings: Finding[] = [];
  const keep = (list: Finding[]) => {
    for (let k = 0; k < list.length; k++) if (!copies.has(list[k]!)) findings.push(list[k]!);
  };
  for (let i = 0; i < descs.length; ) {
    const path = importPathOfDesc(descs[i]!);
    let j = i + 1;
    while (j < descs.length && importPathOfDesc(descs[j]!) === path) j++;
    const group = descs.slice(i, j).map((desc) => stream.done.get(desc)!);
    const sorted = group.length === 1 ? group[0]!.sorted : undefined;
    if (sorted) keep(sorted);
    else keep(group.flatMap((pb) => pb.findings).sort(compareFindings));
    i = j;
  }
  return findings;
}

/** Counts per package row (a test variant `p [p.test]` is its own row): the findings each block produced that survived folding. */
export function countPerPackage(packages: PackageResult[], stream: StreamingAttribution): void {
  const { copies } = stream.folder;
  for (const p of packages) {
    const blockFindings = stream.done.get(p.desc)?.findings ?? [];
    for (let i = 0; i < blockFindings.length; i++) {
      const f = blockFindings[i]!;
      if (copies.has(f)) continue;
      p.findings++;
      if (isHeapKind(f.kind)) p.heapEscapes++;
    }
  }
}

/** The result: the summary counted from the findings kept, packages and unrecognized lines in order. */
export function assemble(input: AssembleInput, rows: PackageRows, findings: Finding[], unrecognized: UnrecognizedLine[]): AnalysisResult {
  const { env, moduleRoot, listed, compiled } = input;
  const { packages, headerLines } = rows;
  const byKind: Partial<Record<FindingKind, number>> = {};
  let heapEscapes = 0;
  let heapSites = 0;
  let leaks = 0;
  let linesInFindings = 0;
  const byCause: Partial<Record<Cause, number>> = {};
  const sitesByCause: Partial<Record<Cause, number>> = {};
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i]!;
    byKind[f.kind] = (byKind[f.kind] ?? 0) + 1;
    linesInFindings += f.outputLines ?? 0;
    if (isHeapKind(f.kind)) {
      const sites = allocationSites(f).length;
      heapEscapes++;
      heapSites += sites;
      if (f.cause) {
        byCause[f.cause] = (byCause[f.cause] ?? 0) + 1;
        sitesByCause[f.cause] = (sitesByCause[f.cause] ?? 0) + sites;
      }
    } else if (isLeakKind(f.kind)) leaks++;
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
    heapSites,
    byCause: Object.fromEntries(Object.entries(byCause).sort(([a], [b]) => (a < b ? -1 : 1))),
    sitesByCause: Object.fromEntries(Object.entries(sitesByCause).sort(([a], [b]) => (a < b ? -1 : 1))),
    leaks,
    inlinedCopies: input.stream.folder.folded,
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
      goVersion: env.GOVERSION,
      goos: env.GOOS,
      goarch: env.GOARCH,
      goexperiment: env.GOEXPERIMENT ?? '',
      compilerFlags: input.compilerFlags,
      command: input.command,
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

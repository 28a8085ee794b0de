import { analyzePackages } from '../../pipeline/analyze.js';
import { verifyResult } from '../../pipeline/verify.js';
import { packageVarsOf } from '../../pipeline/profile-sources.js';
import { attachProfile, joinProfile, profilePathMapper, type ProfileJoin } from '../../bench/profile-join.js';
import { goEnv, listPackages, moduleRoot } from '../../toolchain/go-list.js';
import type { AnalysisResult } from '../../model/result.js';
import { writePage } from './report.js';
import { GoescapeError } from '../../errors.js';
import { decodeHeapProfile, type HeapSample } from '../../parse/pprof.js';
import { PROFILE_FORMATS, PROFILE_REPORTERS } from '../../report/index.js';
import type { ProfileReport } from '../../report/profile.js';
import type { Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { chooseFormat, formatOption } from '../format.js';
import { readInputBytes } from '../input.js';
import { progress, writeOutput } from '../output.js';

/** Reads and decodes heap profile files; unreadable files are BAD_INPUT. */
export function readHeapSamples(files: string[]): HeapSample[] {
  const samples: HeapSample[] = [];
  for (const file of files) {
    const bytes = readInputBytes(file, { code: 'BAD_INPUT', what: 'profile', hint: 'pass a heap profile written by "go test -memprofile"' });
    samples.push(...decodeHeapProfile(bytes, file).samples);
  }
  return samples;
}

/** Analyzes the packages (test files included, so benchmark code joins too) and joins the samples to the findings. */
export async function joinProfileToAnalysis(
  samples: HeapSample[],
  o: { patterns: string[]; cwd?: string; tags?: string; verify?: boolean; onProgress?: (t: string) => void },
): Promise<{ join: ProfileJoin; packages: string[]; result: AnalysisResult }> {
  const result = await analyzePackages({
    patterns: o.patterns,
    cwd: o.cwd,
    tags: o.tags,
    tests: true,
    onPackage: (pkg, done) => o.onProgress?.(`compiling… ${done} packages (${pkg})`),
  });
  const cwd = o.cwd ?? process.cwd();
  // The -S listing's allocations with no escape line (make([]T, n) that does not escape, make(chan), a map that grows, …)
  // predict lines too, each with its class.
  if (o.verify) {
    await verifyResult(result, {
      patterns: o.patterns.length > 0 ? o.patterns : undefined,
      cwd,
      tags: o.tags,
      tests: true,
      onFunction: (n) => o.onProgress?.(`verifying against -S… ${n} functions`),
    });
  }
  // Every package go lists, those the compiler printed nothing for (generic-only code, compiled where it is instantiated) included.
  const listed = await listPackages(o.patterns.length > 0 ? o.patterns : ['./...'], o.tags ? ['-tags', o.tags] : [], { cwd });
  const packages = [
    ...new Set([
      ...result.packages.filter((p) => p.variant !== 'testmain' && !p.path.endsWith('.test')).map((p) => p.path),
      ...listed.packages.filter((p) => !p.Error).map((p) => p.ImportPath),
    ]),
  ].sort();
  const env = await goEnv({ cwd });
  const mapFile = profilePathMapper({
    moduleRoot: moduleRoot(env)?.root,
    goroot: env.GOROOT,
    gomodcache: env.GOMODCACHE,
    knownFiles: result.findings.map((f) => f.pos.file),
  });
  const packageVars = packageVarsOf(listed.packages, mapFile);
  return { join: joinProfile(samples, { packages, findings: result.findings, mapFile, packageVars }), packages, result };
}

export const profile: Command = {
  name: 'profile',
  usage: `goescape profile <mem.pprof> [packages...] [flags]

Reads a Go heap profile (gzipped profile.proto, e.g. from go test -bench .
-memprofile mem.pprof -memprofilerate=1), attributes every sample to the
innermost frame in the analyzed packages (inlined frames included), and
joins it by full path and line to the compiler's heap findings. Reports heap
escapes ranked by observed bytes and objects, observed allocations the
compiler did not report, and heap findings the profile never exercised.
"goescape bench --profile" records the profile and runs this join.

  -C, --cwd DIR        run in DIR (the Go module or a directory inside it)
      --tags TAGS      build tags, as for go build -tags
      --verify         also read the machine code (-S): allocations with no
                       escape line (make([]T, n) kept on the stack when it
                       fits, make(chan), maps that grow, …) predict their
                       lines too, each with its allocation class
  -f, --format FORMAT  text (default), json, markdown, or html (the analysis
                       report with observed bytes on each heap finding)
      --limit N        rows per list in text/markdown (default 30)
  -o, --output FILE    write the report to FILE instead of stdout`,
  options: {
    cwd: { type: 'string', short: 'C' },
    tags: { type: 'string' },
    verify: { type: 'boolean' },
    format: formatOption('text'),
    limit: { type: 'string' },
    output: { type: 'string', short: 'o' },
  },
  async run(ctx) {
    const reporter = PROFILE_REPORTERS[chooseFormat(ctx.values.format, PROFILE_FORMATS, 'text')];
    const limit = ctx.values.limit === undefined ? 30 : Number(ctx.values.limit);
    if (!Number.isInteger(limit) || limit < 1) throw new GoescapeError('USAGE', `--limit must be a positive integer, got "${String(ctx.values.limit)}"`);
    const [file, ...patterns] = ctx.positionals;
    if (!file) throw new GoescapeError('USAGE', 'missing the heap profile: goescape profile <mem.pprof> [packages...]');
    const samples = readHeapSamples([file]);
    const bar = progress(ctx.isTTY);
    const { join, packages, result } = await joinProfileToAnalysis(samples, {
      patterns,
      cwd: ctx.values.cwd as string | undefined,
      tags: ctx.values.tags as string | undefined,
      verify: Boolean(ctx.values.verify),
      onProgress: (t) => bar.update(t),
    });
    bar.done();
    const report: ProfileReport = { tool: 'goescape profile', profiles: [file], packages, join };
    // The analysis with the observed weights on its findings (what the page shows).
    attachProfile(result, join, [file]);
    const subject = { report, analysis: result };
    if (reporter.output === 'page') await writePage(reporter, subject, ctx.values.output as string | undefined, ctx);
    else writeOutput(reporter.render(subject, { limit }), ctx.values.output as string | undefined, ctx.stdout);
    return EXIT.OK;
  },
};

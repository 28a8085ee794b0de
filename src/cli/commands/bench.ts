import { realpathSync } from 'node:fs';
import { basename, isAbsolute, join, relative, resolve } from 'node:path';
import { compareBenchResults, findRegressions, parseFailOn, splitPairs, type FailOn } from '../../bench/compare.js';
import { GoescapeError, requireDirectory } from '../../errors.js';
import { parseBenchOutput, type BenchResult } from '../../parse/bench.js';
import type { BenchReport, BenchSide } from '../../report/bench.js';
import { BENCH_FORMATS, BENCH_REPORTERS } from '../../report/index.js';
import { recordHeapProfiles, runBenchmarks, runBenchmarksWithGc, runInterleaved, type BenchRunOptions } from '../../toolchain/bench.js';
import { goEnv, moduleRoot, notAModule } from '../../toolchain/go-list.js';
import { repoRoot, resolveRev, Worktrees } from '../../toolchain/git.js';
import type { Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { chooseFormat, formatOption } from '../format.js';
import { readInputFile } from '../input.js';
import { progress, writeOutput } from '../output.js';
import { joinProfileToAnalysis, readHeapSamples } from './profile.js';

function readBenchFile(file: string): { results: BenchResult[]; config: Record<string, string> } {
  const text = readInputFile(file, { code: 'BAD_INPUT', what: 'benchmark output', hint: 'pass the output of "go test -bench . -benchmem"' });
  const parsed = parseBenchOutput(text);
  if (parsed.results.length === 0) {
    const bad = parsed.other.find((o) => o.reason);
    throw new GoescapeError(
      'BAD_INPUT',
      `${file} has no benchmark results${bad ? ` (line ${bad.line}: ${bad.reason})` : ''}; pass the output of "go test -bench . -benchmem"`,
    );
  }
  return { results: parsed.results, config: parsed.config };
}

function positiveInt(v: unknown, flag: string, dflt: number): number {
  if (v === undefined) return dflt;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new GoescapeError('USAGE', `${flag} must be a positive integer, got "${String(v)}"`);
  return n;
}

export const bench: Command = {
  name: 'bench',
  usage: `goescape bench [packages...] [flags]

Runs go test -run=^$ -bench=REGEXP -benchmem -count=N on the packages
(default ./...) and reports ns/op, B/op, allocs/op (and custom metrics)
per benchmark as median ± 95% confidence interval. With --base it builds the
test binaries of another git revision (in a temporary worktree, removed
afterwards) and of the working tree, runs them in alternating rounds (base,
head, base, head, …) and compares them benchstat's way: a delta per metric
with a Mann–Whitney U p-value; changes with p > alpha are "no significant
change", and a significant change within the runs' spread (the wider ± of
the two sides) is "cannot tell".

  -C, --cwd DIR          run in DIR (the Go module or a directory inside it)
      --tags TAGS        build tags, as for go build -tags
      --bench REGEXP     benchmarks to run (go test -bench; default .)
      --count N          runs per benchmark (default 10; >= 6 for a 95% CI, >= 4 for p < 0.05)
      --benchtime T      go test -benchtime, e.g. 1s or 20000x
      --base REV         compare against git revision REV (commit, branch, tag)
      --pair BASE,HEAD   compare sub-benchmarks X/BASE vs X/HEAD within one run (e.g. before,after)
      --input FILE       read benchmark output from FILE instead of running go test
      --base-input FILE  read the base's benchmark output from FILE
      --fail-on M[:P%]   exit 1 on a significant increase of metric M beyond P% (default 0%):
                         allocs, bytes (B/op), time (ns/op), gc, stw; repeatable
      --alpha A          significance level (default 0.05)
      --gc               also measure GC work per benchmark (GODEBUG=gctrace=1; each
                         benchmark in its own process): gc-cycles/Mop, gc-stw-ns/op
      --profile          also record a heap profile (-memprofile, -memprofilerate=1, count 1)
                         and join it to the static heap findings
  -f, --format FORMAT    text (default), json or markdown
  -o, --output FILE      write the report to FILE instead of stdout`,
  options: {
    cwd: { type: 'string', short: 'C' },
    tags: { type: 'string' },
    bench: { type: 'string' },
    count: { type: 'string' },
    benchtime: { type: 'string' },
    base: { type: 'string' },
    pair: { type: 'string' },
    input: { type: 'string' },
    'base-input': { type: 'string' },
    'fail-on': { type: 'string', multiple: true },
    alpha: { type: 'string' },
    gc: { type: 'boolean' },
    profile: { type: 'boolean' },
    format: formatOption('text'),
    output: { type: 'string', short: 'o' },
  },
  async run(ctx) {
    const v = ctx.values;
    const reporter = BENCH_REPORTERS[chooseFormat(v.format, BENCH_FORMATS, 'text')];
    const count = positiveInt(v.count, '--count', 10);
    const alpha = v.alpha === undefined ? 0.05 : Number(v.alpha);
    if (!(alpha > 0 && alpha < 1)) throw new GoescapeError('USAGE', `--alpha must be between 0 and 1, got "${String(v.alpha)}"`);
    const gates: FailOn[] = ((v['fail-on'] as string[] | undefined) ?? [])
      .flatMap((s) => s.split(','))
      .filter(Boolean)
      .map((spec) => {
        const g = parseFailOn(spec);
        if (!g)
          throw new GoescapeError(
            'USAGE',
            `bad --fail-on "${spec}"; use METRIC[:PERCENT%] with METRIC one of allocs, bytes, time, gc, stw (e.g. --fail-on allocs:5%)`,
          );
        return g;
      });
    const baseRev = v.base as string | undefined;
    const baseInput = v['base-input'] as string | undefined;
    const input = v.input as string | undefined;
    let pair: [string, string] | undefined;
    if (v.pair !== undefined) {
      const parts = String(v.pair).split(',');
      if (parts.length !== 2 || !parts[0] || !parts[1])
        throw new GoescapeError('USAGE', `bad --pair "${String(v.pair)}"; use BASE,HEAD sub-benchmark names, e.g. --pair before,after`);
      pair = [parts[0], parts[1]];
    }
    if (baseRev && baseInput) throw new GoescapeError('USAGE', 'use either --base or --base-input, not both');
    if (pair && (baseRev || baseInput))
      throw new GoescapeError('USAGE', '--pair compares sub-benchmarks within one run; it cannot be combined with --base or --base-input');
    if (gates.length > 0 && !baseRev && !baseInput && !pair)
      throw new GoescapeError('USAGE', '--fail-on needs something to compare against: --base REV, --base-input FILE or --pair BASE,HEAD');
    if (input && (v.gc || v.profile)) throw new GoescapeError('USAGE', '--gc and --profile run the benchmarks; they cannot be combined with --input');
    if (v.gc && v.profile) throw new GoescapeError('USAGE', 'use --gc and --profile in separate runs (-memprofilerate=1 would distort the GC measurement)');

    const cwd = resolve((v.cwd as string | undefined) ?? process.cwd());
    if (!input || v.profile) {
      requireDirectory(cwd);
      // As analyze: go test's own message for this ("[setup failed]") names no cause.
      const relative = ctx.positionals.length === 0 || ctx.positionals.some((p) => p.startsWith('.') || isAbsolute(p));
      if (relative && !moduleRoot(await goEnv({ cwd }))) throw notAModule(cwd);
    }
    const bar = progress(ctx.isTTY);
    const runOpts = (dir: string): BenchRunOptions => ({
      cwd: dir,
      patterns: ctx.positionals,
      bench: v.bench as string | undefined,
      count,
      benchtime: v.benchtime as string | undefined,
      tags: v.tags as string | undefined,
      onProgress: (t) => bar.update(t),
    });
    const notes: string[] = [];
    const run = async (dir: string) => {
      if (v.gc) {
        const r = await runBenchmarksWithGc(runOpts(dir));
        notes.push(...r.gcNotes.filter((n) => !notes.includes(n)));
        return r;
      }
      return runBenchmarks(runOpts(dir));
    };

    let base: { results: BenchResult[]; side: BenchSide } | undefined;
    let head: { results: BenchResult[]; config: Record<string, string>; side: BenchSide } | undefined;
    let order: BenchReport['order'];
    if (baseInput) {
      base = { results: readBenchFile(baseInput).results, side: { label: basename(baseInput), input: baseInput } };
    } else if (baseRev) {
      const root = await repoRoot(cwd);
      const commit = await resolveRev(root, baseRev);
      const trees = new Worktrees(root);
      try {
        const wt = await trees.add(commit, 'base');
        const dir = join(wt, relative(root, realpathSync(cwd)));
        if (input) {
          // The head is a file: only the base runs, so there is nothing to interleave.
          base = { results: (await run(dir)).results, side: { label: baseRev, commit } };
        } else {
          const { cwd: _, ...opts } = runOpts(cwd);
          const r = await runInterleaved({ ...opts, dirs: { base: dir, head: cwd }, gc: Boolean(v.gc) });
          notes.push(...r.notes);
          base = { results: r.base.results, side: { label: baseRev, commit } };
          head = { results: r.head.results, config: parseBenchOutput(r.head.output).config, side: { label: 'working tree' } };
          order = r.order;
        }
      } finally {
        trees.dispose();
      }
    }
    if (input) {
      const f = readBenchFile(input);
      head = { ...f, side: { label: basename(input), input } };
    } else if (!head) {
      const r = await run(cwd);
      head = { results: r.results, config: parseBenchOutput(r.output).config, side: { label: 'current' } };
    }
    if (head.results.length === 0 && v.bench !== undefined) {
      throw new GoescapeError(
        'USAGE',
        `no benchmark matches --bench ${String(v.bench)} in ${ctx.positionals.join(' ') || './...'}; check the regular expression (go test -list . lists the benchmarks)`,
      );
    }
    if (head.results.length === 0) {
      throw new GoescapeError('NO_PACKAGES', `no benchmarks in ${ctx.positionals.join(' ') || './...'}; add func BenchmarkX(b *testing.B) to a _test.go file`);
    }

    let comparisons: ReturnType<typeof compareBenchResults>;
    let mode: BenchReport['mode'] = 'single';
    if (pair) {
      const split = splitPairs(head.results, pair[0], pair[1]);
      if (split.base.length === 0 || split.head.length === 0) {
        throw new GoescapeError(
          'BAD_INPUT',
          `no sub-benchmark pairs named "${pair[0]}" and "${pair[1]}" (e.g. BenchmarkX/${pair[0]} and BenchmarkX/${pair[1]})`,
        );
      }
      comparisons = compareBenchResults(split.base, split.head, { alpha });
      base = { results: split.base, side: { label: pair[0] } };
      head = { ...head, side: { label: pair[1] } };
      mode = 'pair';
    } else {
      comparisons = compareBenchResults(base?.results, head.results, { alpha });
      if (base) mode = 'base';
    }
    const regressions = findRegressions(comparisons, gates);
    const report: BenchReport = {
      tool: 'goescape bench',
      mode,
      head: head.side,
      config: head.config,
      alpha,
      benchmarks: comparisons,
      gates: gates.map((g) => g.spec),
      regressions,
      notes,
    };
    if (base) report.base = base.side;
    if (order) report.order = order;
    if (!input) {
      report.count = count;
      if (v.benchtime) report.benchtime = String(v.benchtime);
    }

    if (v.profile) {
      const rec = await recordHeapProfiles({ ...runOpts(cwd), count: 1 });
      try {
        const samples = readHeapSamples(rec.files.map((f) => f.file));
        const { join: j } = await joinProfileToAnalysis(samples, {
          patterns: ctx.positionals,
          cwd,
          tags: v.tags as string | undefined,
          onProgress: (t) => bar.update(t),
        });
        report.profile = j;
      } finally {
        await rec.cleanup();
      }
    }
    bar.done();
    writeOutput(reporter.render(report, {}), v.output as string | undefined, ctx.stdout);
    if (regressions.length > 0) {
      ctx.stderr(`goescape bench: ${regressions.length} significant regression(s) over --fail-on ${report.gates.join(', ')}\n`);
      return EXIT.GATE_FAILED;
    }
    return EXIT.OK;
  },
};

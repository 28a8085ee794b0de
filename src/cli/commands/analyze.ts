import { analyzePackages } from '../../pipeline/analyze.js';
import type { AnalysisResult } from '../../model/result.js';
import { verifyResult } from '../../pipeline/verify.js';
import { analyzeAndRender } from '../../pipeline/replay.js';
import { GoescapeError, oneLine } from '../../errors.js';
import { ANALYSIS_FORMATS, ANALYSIS_REPORTERS } from '../../report/index.js';
import { failedPackagesText } from '../../report/messages/findings.js';
import { terminalLine } from '../../report/escape.js';
import { resolve } from 'node:path';
import type { TextOptions } from '../../report/text.js';
import { COMMON_BUILD_HELP, COMMON_BUILD_OPTIONS, type Command } from '../command.js';
import { anyFilterFlag, FILTER_HELP, filtersNeedText, FILTER_OPTIONS, generatedFilesOf, readFilterFlags, resolveFilter } from '../filter-flags.js';
import { EXIT } from '../exit-codes.js';
import { chooseFormat, formatOption } from '../format.js';
import { progress, writeOutput } from '../output.js';

export const analyze: Command = {
  name: 'analyze',
  usage: `goescape analyze [packages...] [flags]

Compiles the packages (default ./...) with -gcflags=<pattern>=-m=2, as go
build would, and reports every decision the compiler printed. A run on
unchanged code replays the last report (see README: the compile and the
caches); -a and GOESCAPE_CACHE=off analyze afresh.

${COMMON_BUILD_HELP}
  -f, --format FORMAT  text (default), json, or html (a self-contained page;
                       -o FILE, default goescape-report.html)
      --by cause       summarise heap escapes per root cause (text)
  -o, --output FILE    write the report to FILE instead of stdout
      --verify         also compile with -S and check each heap escape against
                       the machine code: allocates / no allocation / unverified,
                       plus allocations that have no escape finding
      --frames         list the largest stack frames (implies the -S compile)
      --frame-limit N  frame size in bytes above which --frames flags a
                       function (default 8192)
      --no-callees     with --verify: do not predict allocations inside the
                       functions called (allocates-in-callee), nor compile
                       the dependencies with -S for them

What the text report lists (the standard library's and generated code's
findings are hidden unless asked for; the summary says how many are):
${FILTER_HELP}`,
  options: {
    ...COMMON_BUILD_OPTIONS,
    ...FILTER_OPTIONS,
    format: formatOption('text'),
    by: { type: 'string' },
    output: { type: 'string', short: 'o' },
    verify: { type: 'boolean' },
    frames: { type: 'boolean' },
    'frame-limit': { type: 'string' },
    'no-callees': { type: 'boolean' },
  },
  async run(ctx) {
    const format = chooseFormat(ctx.values.format, ANALYSIS_FORMATS, 'text');
    const reporter = ANALYSIS_REPORTERS[format];
    const filterFlags = readFilterFlags(ctx.values);
    if (format !== 'text' && anyFilterFlag(filterFlags)) throw filtersNeedText(format);
    const by = ctx.values.by as string | undefined;
    if (by !== undefined && by !== 'cause') throw new GoescapeError('USAGE', `unknown --by "${by}"; use --by cause`);
    const frameLimitText = ctx.values['frame-limit'] as string | undefined;
    const frameLimit = frameLimitText === undefined ? undefined : Number(frameLimitText);
    if (frameLimit !== undefined && !(Number.isInteger(frameLimit) && frameLimit >= 0)) {
      throw new GoescapeError('USAGE', `--frame-limit must be a number of bytes, got "${frameLimitText}"`);
    }
    const bar = progress(ctx.isTTY);
    const build = {
      cwd: ctx.values.cwd as string | undefined,
      tags: ctx.values.tags as string | undefined,
      tests: Boolean(ctx.values.tests),
      deps: Boolean(ctx.values.deps),
      noInline: Boolean(ctx.values['no-inline']),
    };
    const output = ctx.values.output as string | undefined;
    const verify = ctx.values.verify || ctx.values.frames;
    const analyzeOptions = {
      ...build,
      patterns: ctx.positionals,
      rebuild: Boolean(ctx.values.rebuild),
      // The text report shows no leak's explanation, chain or cause, unless --cause chooses by it.
      explainLeaks: format !== 'text' || filterFlags.causes.length > 0,
      // Nor any key or chain.
      keys: format !== 'text',
      placeInlinedSteps: format !== 'text',
      // Nor, unless asked for, generated code's findings, whose wrapped method is all that naming it is for.
      nameWrappers: format !== 'text' || filterFlags.includeGenerated,
      onPackage: (pkg: string, done: number) => bar.update(terminalLine(`compiling… ${done} packages (${pkg})`)),
    };
    const verifyOptions = verify
      ? {
          ...build,
          cwd: build.cwd ?? process.cwd(),
          patterns: ctx.positionals.length > 0 ? ctx.positionals : undefined,
          frameLimit,
          ...(ctx.values['no-callees'] ? { callees: false } : {}),
          onFunction: (n: number) => bar.update(`verifying against -S… ${n} functions`),
        }
      : undefined;
    if (reporter.output === 'page') {
      // The page embeds source read at render time: not replayed.
      const result = await analyzePackages(analyzeOptions);
      if (verifyOptions) await verifyResult(result, verifyOptions);
      bar.done();
      const { writePage } = await import('./report.js');
      await writePage(reporter, result, output, ctx);
      return buildProblems('analyze', result, ctx.stderr);
    }
    const color = ctx.isTTY && !output;
    const textOptions: TextOptions = { color, byCause: by === 'cause', frames: Boolean(ctx.values.frames), frameLimit };
    const cwd = resolve(build.cwd ?? process.cwd());
    const report = await analyzeAndRender({
      analyze: analyzeOptions,
      verify: verifyOptions,
      renderKey: { format, filter: { ...filterFlags, cwd }, by: by ?? null, frames: Boolean(ctx.values.frames), frameLimit: frameLimit ?? null, color },
      render(result) {
        const opts =
          format === 'text'
            ? {
                ...textOptions,
                filter: resolveFilter(filterFlags, result, cwd),
                generatedFiles: filterFlags.includeGenerated ? new Set<string>() : generatedFilesOf(result),
              }
            : textOptions;
        const output = reporter.render(result, opts);
        let stderr = '';
        const exitCode = buildProblems('analyze', result, (t) => (stderr += t));
        return { output, stderr, exitCode };
      },
    });
    bar.done();
    writeOutput(report.output, output, ctx.stdout);
    if (report.stderr) ctx.stderr(report.stderr);
    return report.exitCode;
  },
};

/**
 * One line about packages that did not compile (or a go command that failed
 * outside any package), and the exit code for it. Shared by commands that
 * analyze.
 */
export function buildProblems(command: string, result: AnalysisResult, stderr: (t: string) => void): number {
  const failed = result.packages.filter((p) => p.status === 'failed');
  if (failed.length > 0) {
    stderr(
      `${terminalLine(`goescape ${command}: ${failedPackagesText(failed)}; their errors are the compiler-error findings (the other packages' results are complete)`)}\n`,
    );
    return EXIT.GO;
  }
  if (result.summary.goExitCode !== 0) {
    const why = result.summary.goMessages[result.summary.goMessages.length - 1] ?? `exit code ${result.summary.goExitCode}`;
    stderr(`${terminalLine(`goescape ${command}: go exited with code ${result.summary.goExitCode} (${oneLine(why)}); results may be incomplete`)}\n`);
    return EXIT.GO;
  }
  return EXIT.OK;
}

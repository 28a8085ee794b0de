import { analyzePackages } from '../../analyze-packages.js';
import { GoescapeError } from '../../errors.js';
import { renderJson } from '../../report/json.js';
import { renderText } from '../../report/text.js';
import { COMMON_BUILD_HELP, COMMON_BUILD_OPTIONS, type Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { writeHtmlReport } from './report.js';
import { progress, writeOutput } from '../output.js';

export const FORMATS = ['text', 'json', 'html'] as const;

export const analyze: Command = {
  name: 'analyze',
  summary: "every escape and inlining decision of the Go compiler, as text or JSON",
  usage: `goescape analyze [packages...] [flags]

Runs go build with -gcflags=<pattern>=-m=2 on the packages (default ./...)
and reports every decision the compiler printed.

${COMMON_BUILD_HELP}
  -f, --format FORMAT  text (default), json, or html (a self-contained page;
                       -o FILE, default goescape-report.html)
      --only heap      show only heap escapes and leaking parameters
  -o, --output FILE    write the report to FILE instead of stdout`,
  options: {
    ...COMMON_BUILD_OPTIONS,
    format: { type: 'string', short: 'f', default: 'text' },
    only: { type: 'string' },
    output: { type: 'string', short: 'o' },
  },
  async run(ctx) {
    const format = String(ctx.values.format);
    if (!(FORMATS as readonly string[]).includes(format)) {
      throw new GoescapeError('USAGE', `unknown --format "${format}"; use one of: ${FORMATS.join(', ')}`);
    }
    const only = ctx.values.only as string | undefined;
    if (only !== undefined && only !== 'heap' && only !== 'all') {
      throw new GoescapeError('USAGE', `unknown --only "${only}"; use --only heap`);
    }
    const bar = progress(ctx.isTTY);
    const result = await analyzePackages({
      patterns: ctx.positionals,
      cwd: ctx.values.cwd as string | undefined,
      tags: ctx.values.tags as string | undefined,
      tests: Boolean(ctx.values.tests),
      deps: Boolean(ctx.values.deps),
      noInline: Boolean(ctx.values['no-inline']),
      onPackage: (pkg, done) => bar.update(`compiling… ${done} packages (${pkg})`),
    });
    bar.done();
    if (format === 'html') await writeHtmlReport(result, ctx.values.output as string | undefined, ctx);
    else {
      const text = format === 'json' ? renderJson(result) : renderText(result, { color: ctx.isTTY && !ctx.values.output, only: only as 'heap' | undefined });
      writeOutput(text, ctx.values.output as string | undefined, ctx.stdout);
    }
    const failed = result.packages.filter((p) => p.status === 'failed');
    if (failed.length > 0) {
      ctx.stderr(`goescape: ${failed.length} package(s) failed to compile: ${failed.map((p) => p.desc).join(', ')}; fix the compiler errors shown above (results for the other packages are complete)\n`);
      return EXIT.GO;
    }
    return EXIT.OK;
  },
};

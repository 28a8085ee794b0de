import { explainTarget } from '../../pipeline/explain.js';
import { lineReader } from '../../util/source-reader.js';
import { GoescapeError } from '../../errors.js';
import { EXPLAIN_FORMATS, EXPLAIN_REPORTERS } from '../../report/index.js';
import { COMMON_BUILD_HELP, COMMON_BUILD_OPTIONS, type Command } from '../command.js';
import { chooseFormat, formatOption } from '../format.js';
import { writeOutput } from '../output.js';
import { buildProblems } from './analyze.js';

export const explain: Command = {
  name: 'explain',
  usage: `goescape explain <file>:<line>[:<col>] [flags]
goescape explain <import/path>.<Func> [flags]

Shows each heap escape and leaking parameter at that place or in that
function: the chain from the value to its sink (with the source lines),
the root cause, and the stack-friendly change that usually removes it.

${COMMON_BUILD_HELP}
  -f, --format FORMAT  text (default) or json
  -o, --output FILE    write to FILE instead of stdout
      --verify         also check against the machine code (-S): what each allocation
                       calls and its class; lines with an allocation but no escape too`,
  options: {
    ...COMMON_BUILD_OPTIONS,
    format: formatOption('text'),
    output: { type: 'string', short: 'o' },
    verify: { type: 'boolean' },
  },
  async run(ctx) {
    if (ctx.positionals.length !== 1) {
      throw new GoescapeError('USAGE', 'explain takes one place: <file>:<line>[:<col>] or <import/path>.<Func>');
    }
    const reporter = EXPLAIN_REPORTERS[chooseFormat(ctx.values.format, EXPLAIN_FORMATS, 'text')];
    const { target, result } = await explainTarget(ctx.positionals[0]!, {
      cwd: ctx.values.cwd as string | undefined,
      tags: ctx.values.tags as string | undefined,
      tests: Boolean(ctx.values.tests),
      noInline: Boolean(ctx.values['no-inline']),
      verify: Boolean(ctx.values.verify),
    });
    writeOutput(reporter.render(target, { lineText: lineReader(result) }), ctx.values.output as string | undefined, ctx.stdout);
    return buildProblems('explain', result, ctx.stderr);
  },
};

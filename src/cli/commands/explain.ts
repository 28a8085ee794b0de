import { explainTarget } from '../../pipeline/explain.js';
import { lineReader } from '../../util/source-reader.js';
import { GoescapeError } from '../../errors.js';
import { renderExplainText } from '../../report/explain.js';
import { renderExplainJson } from '../../report/json/explain.js';
import { COMMON_BUILD_HELP, COMMON_BUILD_OPTIONS, type Command } from '../command.js';
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
  -o, --output FILE    write to FILE instead of stdout`,
  options: {
    ...COMMON_BUILD_OPTIONS,
    format: { type: 'string', short: 'f', default: 'text' },
    output: { type: 'string', short: 'o' },
  },
  async run(ctx) {
    if (ctx.positionals.length !== 1) {
      throw new GoescapeError('USAGE', 'explain takes one place: <file>:<line>[:<col>] or <import/path>.<Func>');
    }
    const format = String(ctx.values.format);
    if (format !== 'text' && format !== 'json') throw new GoescapeError('USAGE', `unknown --format "${format}"; use text or json`);
    const { target, result } = await explainTarget(ctx.positionals[0]!, {
      cwd: ctx.values.cwd as string | undefined,
      tags: ctx.values.tags as string | undefined,
      tests: Boolean(ctx.values.tests),
      noInline: Boolean(ctx.values['no-inline']),
    });
    const text = format === 'json' ? renderExplainJson(target) : renderExplainText(target, { lineText: lineReader(result) });
    writeOutput(text, ctx.values.output as string | undefined, ctx.stdout);
    return buildProblems('explain', result, ctx.stderr);
  },
};

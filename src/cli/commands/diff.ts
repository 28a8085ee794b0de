import { realpathSync } from 'node:fs';
import { join, relative } from 'node:path';
import { diffResults, newHeapEscapes } from '../../gate/diff.js';
import { GoescapeError } from '../../errors.js';
import { DIFF_FORMATS, DIFF_REPORTERS } from '../../report/index.js';
import { newSitesLine } from '../../report/messages/diff.js';
import { terminalLine } from '../../report/escape.js';
import type { DiffReport } from '../../report/subjects.js';
import { repoRoot, resolveRev, Worktrees } from '../../toolchain/git.js';
import type { Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { chooseFormat, formatOption } from '../format.js';
import { writePage } from './report.js';
import { analyzeWithConfig, failedPackagesMessage, findModuleRoot, GATE_BUILD_HELP, GATE_BUILD_OPTIONS, loadConfig } from '../gate-setup.js';
import { writeOutput } from '../output.js';

export const diff: Command = {
  name: 'diff',
  usage: `goescape diff <base-rev> [<head-rev>] [packages...] [flags]

Checks both revisions out into temporary git worktrees (removed afterwards,
also on Ctrl-C), analyses each, and matches heap escapes and parameter
leaks by stable key, so moved code is not a change. Heap escapes are
compared by allocation site: a new inlined copy of an escape is added. Without <head-rev>,
compares with the working tree. Packages: as in goescape.yaml, else ./...

${GATE_BUILD_HELP}
  -f, --format FORMAT  text (default), json, markdown, or html (the head's
                       report with the diff summary; -o FILE)
  -o, --output FILE    write the report to FILE instead of stdout
      --fail-on-new    exit 1 when a heap escape site was added (for CI)`,
  options: {
    ...GATE_BUILD_OPTIONS,
    format: formatOption('text'),
    output: { type: 'string', short: 'o' },
    'fail-on-new': { type: 'boolean' },
  },
  async run(ctx) {
    const reporter = DIFF_REPORTERS[chooseFormat(ctx.values.format, DIFF_FORMATS, 'text')];
    const [baseRev, ...rest] = ctx.positionals;
    if (!baseRev) throw new GoescapeError('USAGE', 'missing <base-rev>: goescape diff <base-rev> [<head-rev>], e.g. goescape diff origin/main');
    const root = await findModuleRoot((ctx.values.cwd as string | undefined) ?? process.cwd());
    const repo = await repoRoot(root);
    // A second positional is the head revision unless it looks like a package pattern.
    const headRev = rest[0] !== undefined && !rest[0].startsWith('.') && !rest[0].includes('...') ? rest.shift() : undefined;
    const sub = relative(repo, realpathSync(root));
    const baseCommit = await resolveRev(repo, baseRev);
    const headCommit = headRev === undefined ? undefined : await resolveRev(repo, headRev);
    const { config } = loadConfig(root, ctx.values.config as string | undefined);
    const sub_ctx = { ...ctx, positionals: rest };
    const trees = new Worktrees(repo);
    let report: DiffReport;
    let buildFailed = false;
    try {
      const baseDir = join(await trees.add(baseCommit, 'base'), sub);
      const base = await analyzeWithConfig(sub_ctx, baseDir, config);
      const headDir = headCommit === undefined ? root : join(await trees.add(headCommit, 'head'), sub);
      const head = await analyzeWithConfig(sub_ctx, headDir, config);
      for (const [rev, r] of [
        [baseRev, base],
        [headRev ?? 'working tree', head],
      ] as const) {
        const failed = failedPackagesMessage(r);
        if (failed) {
          ctx.stderr(`goescape diff: at ${rev}: ${failed}\n`);
          buildFailed = true;
        }
      }
      report = { diff: diffResults(base, head, { base: baseRev, head: headRev ?? 'working tree' }), head };
      // Rendered before the worktrees go: the page embeds the head's source.
      if (reporter.output === 'page') await writePage(reporter, report, ctx.values.output as string | undefined, ctx);
    } finally {
      trees.dispose();
    }
    if (reporter.output === 'stream') writeOutput(reporter.render(report, {}), ctx.values.output as string | undefined, ctx.stdout);
    const added = newHeapEscapes(report.diff);
    if (ctx.values['fail-on-new'] && added.length > 0) {
      ctx.stderr(`${terminalLine(newSitesLine(added, baseRev))}\n`);
      return EXIT.GATE_FAILED;
    }
    // A side that did not compile hides its escapes: never report that as clean.
    return buildFailed ? EXIT.GO : EXIT.OK;
  },
};

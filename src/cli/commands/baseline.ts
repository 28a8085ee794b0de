import { statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { baselineOrigins, makeBaseline, renderBaseline } from '../../gate/baseline.js';
import { GoescapeError } from '../../errors.js';
import { escapesAtSites } from '../../report/messages/gate.js';
import { count } from '../../report/messages/numbers.js';
import type { Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { analyzeWithConfig, failedPackagesMessage, findModuleRoot, GATE_BUILD_HELP, GATE_BUILD_OPTIONS, loadConfig } from '../gate-setup.js';
import { writeOutput } from '../output.js';

export const baseline: Command = {
  name: 'baseline',
  usage: `goescape baseline [packages...] [flags]

Analyses the packages (default: packages in goescape.yaml, else ./...) and
writes their heap allocation sites (each escape's own code and each inlined
copy), keyed by package, function, kind, subject and inline path (never
line numbers), with the Go toolchain used, to the baseline file. Commit the
file; "goescape check" fails on heap escape sites not in it.

${GATE_BUILD_HELP}
  -o, --output FILE    baseline file (default: baseline in goescape.yaml, else goescape-baseline.json at the module root)`,
  options: { ...GATE_BUILD_OPTIONS, output: { type: 'string', short: 'o' } },
  async run(ctx) {
    const root = await findModuleRoot((ctx.values.cwd as string | undefined) ?? process.cwd());
    const { config } = loadConfig(root, ctx.values.config as string | undefined);
    const output = ctx.values.output as string | undefined;
    const out = output ?? resolve(root, config.baseline);
    // Before the analysis: a path that cannot be written wastes the compile.
    if (out !== '-' && isDirectory(out)) {
      throw new GoescapeError(
        'USAGE',
        `${output ?? config.baseline} is a directory; the baseline is a file: ${output ? 'give -o a file name' : 'set baseline in goescape.yaml to a file name'}`,
      );
    }
    const result = await analyzeWithConfig(ctx, root, config);
    const failed = failedPackagesMessage(result);
    if (failed) throw new GoescapeError('BUILD_FAILED', `not writing an incomplete baseline: ${failed}`);
    const b = makeBaseline(result);
    writeOutput(renderBaseline(b), out, ctx.stdout);
    if (out !== '-') {
      ctx.stderr(
        `wrote ${relative(process.cwd(), out) || out}: ${escapesAtSites(baselineOrigins(b), b.sites.length)} in ${count(b.packages.length, 'package')} (${b.toolchain.goVersion} ${b.toolchain.goos}/${b.toolchain.goarch})\n`,
      );
    }
    return EXIT.OK;
  },
};

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

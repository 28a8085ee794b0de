import { existsSync } from 'node:fs';
import { isAbsolute, relative, sep } from 'node:path';
import { evaluateGate } from '../../gate/evaluate.js';
import { parseBaseline, toolchainDifferences, type Baseline, type BaselineToolchain } from '../../gate/baseline.js';
import { GoescapeError } from '../../errors.js';
import { GATE_FORMATS, GATE_REPORTERS } from '../../report/index.js';
import { baselineV1Warning, baselineV2Warning, gateVerdict, toolchainMismatchMessage, unmatchedDirectiveWarning } from '../../report/messages/gate.js';
import type { CheckReport } from '../../report/subjects.js';
import { terminalLine } from '../../report/escape.js';
import type { Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { chooseFormat, formatOption } from '../format.js';
import {
  analyzeWithConfig,
  boundsChecksFor,
  machineCallsFor,
  baselinePath,
  failedPackagesMessage,
  findModuleRoot,
  GATE_BUILD_HELP,
  GATE_BUILD_OPTIONS,
  loadConfig,
  readDirectives,
  repoPrefix,
} from '../gate-setup.js';
import { readInputFile } from '../input.js';
import { writeOutput } from '../output.js';

export const check: Command = {
  name: 'check',
  usage: `goescape check [packages...] [flags]

Analyses the packages and applies the rules of goescape.yaml (docs/config.md):
heap escape sites not in the baseline (an escape's own code and each copy
inlined into a caller), escapes in //goescape:noescape functions, package
budgets, forbidden causes. //goescape:allow <reason> accepts a finding.
Exit 0 passed, 1 a rule is broken, 2 bad config or baseline, or a
toolchain that differs from the baseline's.

${GATE_BUILD_HELP}
  -f, --format FORMAT  text (default), json, sarif, github (workflow annotations) or markdown
  -o, --output FILE    write the report to FILE instead of stdout
      --sarif FILE     also write SARIF 2.1.0 to FILE
      --markdown FILE  also write a Markdown summary to FILE (e.g. $GITHUB_STEP_SUMMARY)
      --baseline FILE  baseline file (default: from goescape.yaml, else goescape-baseline.json)
      --allow-toolchain-mismatch
                       compare against a baseline made with another Go version, GOOS/GOARCH or flags
      --strict         fail (exit 1) on a //goescape: directive that matches nothing (otherwise a warning)
      --verify         also check against the machine code (-S): allocations get their class
                       (always on when goescape.yaml sets rules.classes)`,
  options: {
    ...GATE_BUILD_OPTIONS,
    format: formatOption('text'),
    output: { type: 'string', short: 'o' },
    sarif: { type: 'string' },
    markdown: { type: 'string' },
    baseline: { type: 'string' },
    'allow-toolchain-mismatch': { type: 'boolean' },
    strict: { type: 'boolean' },
    verify: { type: 'boolean' },
  },
  async run(ctx) {
    const format = chooseFormat(ctx.values.format, GATE_FORMATS, 'text');
    const root = await findModuleRoot((ctx.values.cwd as string | undefined) ?? process.cwd());
    const { config, file: configFile } = loadConfig(root, ctx.values.config as string | undefined);
    // Budgets and other rules without a line are the configuration's: reports point there when it is in the module.
    const inRoot = configFile === undefined ? undefined : relative(root, configFile);
    const configInModule = inRoot && !inRoot.startsWith('..') && !isAbsolute(inRoot) ? inRoot.split(sep).join('/') : undefined;
    const baselineArg = ctx.values.baseline as string | undefined;
    const { file: baselineFile, shown: shownBaseline } = baselinePath(root, config, baselineArg);
    let baseline: Baseline | undefined;
    if (existsSync(baselineFile)) {
      const text = readInputFile(baselineFile, {
        code: 'BAD_INPUT',
        what: 'baseline',
        hint: 'pass the baseline file written by "goescape baseline"',
        shown: shownBaseline,
      });
      baseline = parseBaseline(text, shownBaseline);
      if (baseline.fromVersion === 1) ctx.stderr(`${terminalLine(baselineV1Warning(shownBaseline))}\n`);
      if (baseline.fromVersion === 2) ctx.stderr(`${terminalLine(baselineV2Warning(shownBaseline))}\n`);
    } else if (baselineArg) {
      throw new GoescapeError(
        'BAD_INPUT',
        `no baseline at ${shownBaseline}; check the --baseline path, or write one with "goescape baseline -o ${shownBaseline}"`,
      );
    } else if (config.rules.newHeapEscapes) {
      throw new GoescapeError(
        'BAD_INPUT',
        `no baseline at ${shownBaseline}; run "goescape baseline" and commit the file, or set rules.new-heap-escapes: false in goescape.yaml`,
      );
    }
    const verify = Boolean(ctx.values.verify) || Object.keys(config.rules.classes).length > 0;
    const result = await analyzeWithConfig(ctx, root, config, verify);
    const t = result.toolchain;
    const toolchain: BaselineToolchain = {
      goVersion: t.goVersion,
      goos: t.goos,
      goarch: t.goarch,
      goexperiment: t.goexperiment,
      compilerFlags: t.compilerFlags,
    };
    if (baseline) {
      const diffs = toolchainDifferences(baseline.toolchain, t);
      if (diffs.length) {
        if (!ctx.values['allow-toolchain-mismatch']) throw new GoescapeError('TOOLCHAIN_MISMATCH', toolchainMismatchMessage(shownBaseline, diffs));
        ctx.stderr(
          `${terminalLine(`goescape check: comparing across toolchains (${diffs.join(', ')}): differences may come from the compiler, not the code`)}\n`,
        );
      }
    }
    const strict = Boolean(ctx.values.strict);
    const directives = readDirectives(root, result);
    const boundsChecks = await boundsChecksFor(ctx, root, config, result, directives);
    const calls = await machineCallsFor(ctx, root, config, result, directives);
    const gate = evaluateGate({ result, config, baseline, directives, strict, ...(boundsChecks ? { boundsChecks } : {}), ...(calls ? { calls } : {}) });
    // Under --strict they are violations, in the report.
    if (!strict) for (const u of gate.unmatched) ctx.stderr(`${terminalLine(unmatchedDirectiveWarning(u))}\n`);
    const report: CheckReport = { toolchain, gate, findings: result.findings };
    if (baseline) report.baseline = { file: shownBaseline, toolchain: baseline.toolchain };
    const opts = { uriPrefix: repoPrefix(root), configFile: configInModule };
    writeOutput(GATE_REPORTERS[format].render(report, opts), ctx.values.output as string | undefined, ctx.stdout);
    if (ctx.values.sarif) writeOutput(GATE_REPORTERS.sarif.render(report, opts), ctx.values.sarif as string, ctx.stdout);
    if (ctx.values.markdown) writeOutput(GATE_REPORTERS.markdown.render(report, opts), ctx.values.markdown as string, ctx.stdout);
    const failed = failedPackagesMessage(result);
    if (failed) {
      ctx.stderr(`goescape check: ${failed}\n`);
      return EXIT.GO;
    }
    if (gate.exitCode === 0) return EXIT.OK;
    // The text report on stdout ends with this verdict; any other report (SARIF, annotations, a file) does not say it on the terminal.
    if (format !== 'text' || (ctx.values.output !== undefined && ctx.values.output !== '-')) ctx.stderr(`${gateVerdict(gate)}\n`);
    return EXIT.GATE_FAILED;
  },
};

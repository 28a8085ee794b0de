import { resolve } from 'node:path';
import { GoescapeError } from '../../errors.js';
import * as shape from '../../util/json-shape.js';
import { CAUSES } from '../../model/causes.js';
import { SCHEMA_VERSION, type AnalysisResult } from '../../model/result.js';
import { FINDING_KINDS } from '../../model/kinds.js';
import { ALLOC_CLASSES, ALLOC_CONDITIONS } from '../../model/finding.js';
import { diskSourceReader } from '../../report/html/index.js';
import { ANALYSIS_FORMATS, ANALYSIS_REPORTERS, DEFAULT_HTML_FILE, type PageReporter } from '../../report/index.js';
import { goEnv } from '../../toolchain/go-list.js';
import type { Command, CommandContext } from '../command.js';
import { anyFilterFlag, FILTER_HELP, filtersNeedText, FILTER_OPTIONS, generatedFilesOf, readFilterFlags, resolveFilter } from '../filter-flags.js';
import { EXIT } from '../exit-codes.js';
import { chooseFormat, formatOption } from '../format.js';
import { readInputFile } from '../input.js';
import { writeOutput } from '../output.js';

/**
 * Renders a page (reading the Go sources of its analysis from disk now:
 * module files against result.module.root, `$GOROOT/...` against the local
 * GOROOT), writes it to FILE (default: the reporter's, also for `-o -`) and
 * says where on stderr.
 */
export async function writePage<T>(reporter: PageReporter<T>, data: T, file: string | undefined, ctx: Pick<CommandContext, 'stderr'>): Promise<string> {
  const path = resolve(!file || file === '-' ? reporter.defaultFile : file);
  const result = reporter.sources(data);
  let goroot: string | undefined;
  if (result.findings.some((f) => f.pos.file.startsWith('$GOROOT/'))) {
    try {
      goroot = (await goEnv({ cwd: result.module?.root ?? process.cwd(), env: process.env })).GOROOT || undefined;
    } catch {
      goroot = process.env.GOROOT;
    }
  }
  const html = reporter.render(data, { readSource: diskSourceReader(result, goroot) });
  writeOutput(html, path, () => {});
  ctx.stderr(`wrote ${path}\n`);
  return path;
}

const POS = shape.object({ file: shape.string, line: shape.count }, { column: shape.count });
const CLASS = shape.oneOf(ALLOC_CLASSES, ALLOC_CLASSES.join(', '));
const CONDITION = shape.oneOf(ALLOC_CONDITIONS, 'an allocation condition this goescape knows (docs/json-schema.md)');
const VERIFICATION = shape.object(
  { status: shape.oneOf(['allocates', 'no-allocation', 'unverified', 'ambiguous'], 'allocates, no-allocation, unverified or ambiguous') },
  { runtimeFunc: shape.string, type: shape.string, size: shape.number, reason: shape.string, class: CLASS, condition: CONDITION },
);
const KIND = shape.keyOf(FINDING_KINDS, 'a finding kind this goescape knows (docs/kinds.md)');
const CAUSE = shape.keyOf(CAUSES, 'a cause this goescape knows (docs/causes/)');
const STRINGS = shape.array(shape.string);

const FINDING = shape.object(
  {
    key: shape.string,
    kind: KIND,
    pkg: shape.string,
    pos: POS,
    func: shape.string,
    subject: shape.string,
    message: shape.string,
    details: shape.object(
      {},
      {
        result: shape.string,
        level: shape.integer,
        cost: shape.number,
        budget: shape.number,
        reason: shape.string,
        signature: shape.string,
        body: shape.string,
        callee: shape.string,
        caller: shape.string,
        concrete: shape.string,
        capture: shape.oneOf(['value', 'ref'], 'value or ref'),
        addr: shape.boolean,
        assign: shape.boolean,
        width: shape.number,
        fromExplanation: shape.boolean,
        score: shape.number,
        runtimeFunc: shape.string,
        type: shape.string,
        why: shape.string,
        class: CLASS,
        condition: CONDITION,
        calleePath: STRINGS,
        unconditional: shape.boolean,
      },
    ),
    explanations: shape.array(
      shape.object(
        {
          header: shape.oneOf(['escapes', 'leaks'], 'escapes or leaks'),
          flows: shape.array(
            shape.object({
              dst: shape.string,
              src: shape.string,
              derefs: shape.integer,
              notes: shape.array(shape.object({ where: shape.string, why: shape.string }, { pos: POS })),
            }),
          ),
        },
        { sink: shape.string, derefs: shape.integer, func: shape.string, truncated: shape.boolean },
      ),
    ),
  },
  {
    inlinedFrom: shape.string,
    wraps: shape.string,
    inlinedSites: shape.array(
      shape.object({ pos: POS, pkg: shape.string, kind: KIND, raw: shape.string }, { func: shape.string, verification: VERIFICATION, wraps: shape.string }),
    ),
    outputLines: shape.count,
    cause: CAUSE,
    chain: shape.array(
      shape.object(
        { op: shape.string, where: shape.string, into: shape.string },
        { pos: POS, inline: shape.array(shape.object({ callee: shape.string, pos: POS })) },
      ),
    ),
    chainPaths: shape.array(shape.array(shape.count)),
    profile: shape.object({ bytes: shape.number, objects: shape.number, share: shape.number }),
    verification: VERIFICATION,
  },
);

/** The whole AnalysisResult (src/model/result.ts, docs/json-schema.md): what the renderers read. */
const RESULT = shape.object(
  {
    tool: shape.object({ name: shape.string, version: shape.string }),
    toolchain: shape.object({
      goVersion: shape.string,
      goos: shape.string,
      goarch: shape.string,
      goexperiment: shape.string,
      compilerFlags: STRINGS,
      command: STRINGS,
    }),
    patterns: STRINGS,
    packages: shape.array(
      shape.object(
        {
          path: shape.string,
          desc: shape.string,
          status: shape.oneOf(['ok', 'failed', 'not-built'], 'ok, failed or not-built'),
          errors: STRINGS,
          lines: shape.count,
          findings: shape.count,
          heapEscapes: shape.count,
        },
        { variant: shape.oneOf(['test', 'testmain'], 'test or testmain'), dir: shape.string },
      ),
    ),
    findings: shape.array(FINDING),
    summary: shape.object(
      {
        lines: shape.count,
        linesInFindings: shape.count,
        headerLines: shape.count,
        findings: shape.count,
        byKind: shape.record(shape.count, KIND),
        heapEscapes: shape.count,
        byCause: shape.record(shape.count, CAUSE),
        leaks: shape.count,
        inlinedCopies: shape.count,
        packages: shape.object({ total: shape.count, ok: shape.count, failed: shape.count }, { notBuilt: shape.count }),
        unrecognized: shape.array(shape.object({ pkg: shape.string, line: shape.count, text: shape.string, reason: shape.string })),
        goMessages: STRINGS,
        goExitCode: shape.integer,
      },
      { heapSites: shape.count, sitesByCause: shape.record(shape.count, CAUSE) },
    ),
  },
  {
    module: shape.object({ path: shape.string, root: shape.string }),
    diff: shape.object({
      baseRev: shape.string,
      headRev: shape.string,
      baseFindings: shape.count,
      headFindings: shape.count,
      added: shape.count,
      removed: shape.count,
      changed: shape.count,
      unchanged: shape.count,
    }),
    profile: shape.object({
      profiles: STRINGS,
      totalBytes: shape.number,
      inPackagesBytes: shape.number,
      predictedBytes: shape.number,
      unpredictedBytes: shape.number,
      predictedBytesShare: shape.number,
    }),
    frames: shape.array(
      shape.object(
        { func: shape.string, pkg: shape.string, symbol: shape.string, frameBytes: shape.number, argBytes: shape.number, flags: STRINGS },
        { pos: POS },
      ),
    ),
    verification: shape.object(
      {
        heapEscapes: shape.count,
        allocates: shape.count,
        noAllocation: shape.count,
        unverified: shape.count,
        allocatesWithoutEscape: shape.count,
        allocCalls: shape.count,
        functions: shape.count,
        framesOverLimit: shape.count,
        frameLimit: shape.count,
        command: STRINGS,
      },
      {
        ambiguous: shape.count,
        byClass: shape.record(shape.count, CLASS),
        byCondition: shape.record(shape.count, CONDITION),
        callees: shape.object(
          {
            staticCalls: shape.count,
            allocating: shape.count,
            unconditional: shape.count,
            unknown: shape.count,
            unknownCalls: shape.array(shape.object({ pkg: shape.string, func: shape.string, pos: POS })),
            summarized: shape.count,
            packagesCached: shape.count,
            packagesCompiled: shape.count,
          },
          { command: STRINGS },
        ),
      },
    ),
  },
);

/** Reads a saved result: untrusted input, checked in full before anything renders it. */
export function readResultFile(file: string): AnalysisResult {
  const again = 'write it again with this version\'s "goescape analyze --format json"';
  const text = readInputFile(file, { code: 'BAD_INPUT', what: 'result', hint: `pass a file written by "goescape analyze --format json"` });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new GoescapeError('BAD_INPUT', `${file} is not JSON (${(e as Error).message}); pass a file written by "goescape analyze --format json"`, {
      cause: e,
    });
  }
  const r = data as Record<string, unknown> | null;
  if (!r || typeof r !== 'object' || Array.isArray(r) || (r.tool as { name?: unknown } | undefined)?.name !== 'goescape') {
    throw new GoescapeError('BAD_INPUT', `${file} is not a goescape analysis result; write one with "goescape analyze --format json -o ${file}"`);
  }
  if (r.schemaVersion !== SCHEMA_VERSION) {
    throw new GoescapeError(
      'BAD_INPUT',
      `${file} has schemaVersion ${JSON.stringify(r.schemaVersion) ?? 'undefined'}; this goescape reads version ${SCHEMA_VERSION}: ${again}`,
    );
  }
  try {
    RESULT(r, '');
  } catch (e) {
    if (e instanceof shape.ShapeError) throw new GoescapeError('BAD_INPUT', `${file} is not a valid goescape analysis result: ${e.message}; ${again}`);
    throw e;
  }
  return r as unknown as AnalysisResult;
}

export const report: Command = {
  name: 'report',
  usage: `goescape report <result.json> [flags]

Renders a result saved by "goescape analyze --format json -o result.json".
The HTML report is one self-contained file (no network access); it embeds
the Go source of files with heap or leak findings, read from disk now.

  -f, --format FORMAT  html (default), text or json
  -o, --output FILE    write the report to FILE (html default: ${DEFAULT_HTML_FILE})

What the text report lists, as for goescape analyze:
${FILTER_HELP}`,
  options: {
    ...FILTER_OPTIONS,
    format: formatOption('html'),
    output: { type: 'string', short: 'o' },
  },
  async run(ctx) {
    const format = chooseFormat(ctx.values.format, ANALYSIS_FORMATS, 'html');
    const reporter = ANALYSIS_REPORTERS[format];
    const filterFlags = readFilterFlags(ctx.values);
    if (format !== 'text' && anyFilterFlag(filterFlags)) throw filtersNeedText(format);
    if (ctx.positionals.length !== 1) {
      throw new GoescapeError('USAGE', 'give one result file: goescape report result.json -o report.html');
    }
    const result = readResultFile(ctx.positionals[0]!);
    const out = ctx.values.output as string | undefined;
    if (reporter.output === 'page') await writePage(reporter, result, out, ctx);
    else {
      const filter = resolveFilter(filterFlags, result, process.cwd());
      const generatedFiles = filterFlags.includeGenerated || format !== 'text' ? new Set<string>() : generatedFilesOf(result);
      writeOutput(reporter.render(result, { filter, generatedFiles }), out, ctx.stdout);
    }
    return EXIT.OK;
  },
};

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { GoescapeError } from '../../errors.js';
import { SCHEMA_VERSION, type AnalysisResult } from '../../model/result.js';
import { FINDING_KINDS } from '../../model/kinds.js';
import { diskSourceReader, renderHtml } from '../../report/html/index.js';
import { renderJson } from '../../report/json.js';
import { renderTextBytes } from '../../report/text.js';
import { goEnv } from '../../toolchain/go.js';
import type { Command, CommandContext } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { writeOutput } from '../output.js';

/** Where an HTML report goes when no -o was given. */
export const DEFAULT_HTML_FILE = 'goescape-report.html';

/**
 * Renders the HTML report (reading the Go sources from disk now: module files
 * against result.module.root, `$GOROOT/...` against the local GOROOT), writes
 * it to FILE (default goescape-report.html) and says where on stderr.
 */
export async function writeHtmlReport(result: AnalysisResult, file: string | undefined, ctx: Pick<CommandContext, 'stderr'>): Promise<string> {
  const path = resolve(!file || file === '-' ? DEFAULT_HTML_FILE : file);
  let goroot: string | undefined;
  if (result.findings.some((f) => f.pos.file.startsWith('$GOROOT/'))) {
    try {
      goroot = (await goEnv({ cwd: result.module?.root ?? process.cwd(), env: process.env })).GOROOT || undefined;
    } catch {
      goroot = process.env.GOROOT;
    }
  }
  const html = renderHtml(result, { readSource: diskSourceReader(result, goroot) });
  writeOutput(html, path, () => {});
  ctx.stderr(`wrote ${path}\n`);
  return path;
}

export function readResultFile(file: string): AnalysisResult {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new GoescapeError('BAD_INPUT', `cannot read ${file}: ${(e as Error).message}`, { cause: e });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new GoescapeError('BAD_INPUT', `${file} is not JSON (${(e as Error).message}); pass a file written by "goescape analyze --format json"`, { cause: e });
  }
  const r = data as Partial<AnalysisResult>;
  if (!r || typeof r !== 'object' || r.tool?.name !== 'goescape' || !Array.isArray(r.findings) || !r.summary || !r.toolchain) {
    throw new GoescapeError('BAD_INPUT', `${file} is not a goescape analysis result; write one with "goescape analyze --format json -o ${file}"`);
  }
  if (r.schemaVersion !== SCHEMA_VERSION) {
    throw new GoescapeError('BAD_INPUT', `${file} has schemaVersion ${String(r.schemaVersion)}; this goescape reads version ${SCHEMA_VERSION}: write it again with this version's "goescape analyze --format json"`);
  }
  const unknown = r.findings.find((f) => !f || typeof f !== 'object' || !(f.kind in FINDING_KINDS) || !f.pos || typeof f.pos.file !== 'string');
  if (unknown) {
    throw new GoescapeError('BAD_INPUT', `${file} has a finding this goescape does not know (kind ${JSON.stringify((unknown as { kind?: unknown })?.kind)}); write it again with this version's "goescape analyze --format json"`);
  }
  return r as AnalysisResult;
}

const REPORT_FORMATS = ['html', 'text', 'json'] as const;

export const report: Command = {
  name: 'report',
  usage: `goescape report <result.json> [flags]

Renders a result saved by "goescape analyze --format json -o result.json".
The HTML report is one self-contained file (no network access); it embeds
the Go source of files with heap or leak findings, read from disk now.

  -f, --format FORMAT  html (default), text or json
  -o, --output FILE    write the report to FILE (html default: ${DEFAULT_HTML_FILE})`,
  options: {
    format: { type: 'string', short: 'f', default: 'html' },
    output: { type: 'string', short: 'o' },
  },
  async run(ctx) {
    const format = String(ctx.values.format);
    if (!(REPORT_FORMATS as readonly string[]).includes(format)) {
      throw new GoescapeError('USAGE', `unknown --format "${format}"; use one of: ${REPORT_FORMATS.join(', ')}`);
    }
    if (ctx.positionals.length !== 1) {
      throw new GoescapeError('USAGE', 'give one result file: goescape report result.json -o report.html');
    }
    const result = readResultFile(ctx.positionals[0]!);
    const out = ctx.values.output as string | undefined;
    if (format === 'html') await writeHtmlReport(result, out, ctx);
    else writeOutput(format === 'json' ? renderJson(result) : renderTextBytes(result), out, ctx.stdout);
    return EXIT.OK;
  },
};

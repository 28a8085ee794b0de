import { styleText } from 'node:util';
import type { Finding } from '../model/finding.js';
import { categoryOf, type KindCategory } from '../model/kinds.js';
import type { AnalysisResult } from '../model/result.js';
import type { Cause } from '../model/causes.js';
import { formatPos } from '../model/position.js';
import type { FrameInfo } from '../model/result.js';
import { shellCommand } from '../util/shell-quote.js';
import { causeTitle } from './messages/advice.js';
import {
  CAUSE_COLUMNS,
  causeTableHeading,
  findingLine,
  FRAME_COLUMNS,
  framesHeading,
  heapSummaryLine,
  hotspotLine,
  hotspotsHeading,
  linesSummaryLine,
  OVER_LIMIT,
  packageHeading,
  packagesSummaryLine,
  shownSummaryLine,
  toolchainLine,
  unrecognizedLine,
  verificationSummaryLine,
  verificationTag,
} from './messages/findings.js';
import { terminalLine } from './escape.js';
import { fileHotspots, filterFindings, filterFlags, type FileHotspot, type FindingFilter } from './filter.js';

export interface TextOptions {
  color?: boolean;
  /** What is listed (filter.ts): the filters, and whether the standard library's and generated code's findings are. */
  filter?: FindingFilter;
  /** Files marked `// Code generated … DO NOT EDIT.` among the findings' files (read by the caller). */
  generatedFiles?: ReadonlySet<string>;
  /** Files in the hotspot list (default 10). */
  hotspots?: number;
  /** analyze --by cause: a table of heap escapes per root cause. */
  byCause?: boolean;
  /** analyze --frames: print the stack-frame table (needs `result.frames`). */
  frames?: boolean;
  /** Frame size limit for the table (default 8 KiB). */
  frameLimit?: number;
}

const CATEGORY_ORDER: KindCategory[] = ['error', 'heap', 'leak', 'stack', 'escape-detail', 'devirtualize', 'inline', 'other'];
const CATEGORY_RANK = Object.fromEntries(CATEGORY_ORDER.map((c, i) => [c, i])) as Record<KindCategory, number>;

/** Text report: per package, heap escapes first, then a summary. */
export function renderText(result: AnalysisResult, opts: TextOptions = {}): string {
  const out: string[] = [];
  textParts(result, opts, (part) => out.push(part));
  return out.join('\n') + '\n';
}

const NEWLINE = Buffer.from('\n');

/**
 * The text report as UTF-8, what the CLI writes. Each package's part is
 * encoded as it is made, so no report-sized string is ever built: std's
 * report is 25 million characters, a few of them outside Latin-1, which
 * would make the joined string two bytes per character and its encoding
 * a pass of its own.
 */
export function renderTextBytes(result: AnalysisResult, opts: TextOptions = {}): Buffer {
  const out: Buffer[] = [];
  textParts(result, opts, (part) => out.push(Buffer.from(part, 'utf8'), NEWLINE));
  return Buffer.concat(out);
}

/** Hands out the report's parts in order (each package's lines, the tables, the summary); joined by newlines, with one at the end, they are the report. */
function textParts(result: AnalysisResult, opts: TextOptions, emit: (part: string) => void): void {
  const paint = (style: Parameters<typeof styleText>[0], s: string) => (opts.color ? styleText(style, s) : s);
  const byPkg = new Map<string, Finding[]>();
  const filtered = filterFindings(result, opts.filter, opts.generatedFiles);
  for (const f of filtered.shown) {
    let list = byPkg.get(f.pkg);
    if (!list) byPkg.set(f.pkg, (list = []));
    list.push(f);
  }
  for (const pkg of result.packages) {
    const list = byPkg.get(pkg.path) ?? [];
    if (list.length === 0 && pkg.status === 'ok') continue;
    byPkg.delete(pkg.path);
    // Each package's lines are joined at once: its line strings die young
    // instead of outliving every collection until the whole report is joined.
    const lines = [paint('bold', terminalLine(packageHeading(pkg)))];
    // By category, each category in position order.
    const byCategory: Finding[][] = CATEGORY_ORDER.map(() => []);
    for (let i = 0; i < list.length; i++) byCategory[CATEGORY_RANK[categoryOf(list[i]!.kind)]]!.push(list[i]!);
    for (const inCategory of byCategory) {
      for (let i = 0; i < inCategory.length; i++) {
        const f = inCategory[i]!;
        const cat = categoryOf(f.kind);
        let line = findingLine(f);
        if (cat === 'heap' && f.cause) line += ` [${f.cause}]`;
        // An allocation with no escape finding names its class in its own message.
        if (f.verification) line += ` ${verificationTag(f)}`;
        line = terminalLine(line);
        lines.push(
          cat === 'heap' || cat === 'error' ? paint('red', line) : cat === 'leak' ? paint('yellow', line) : cat === 'stack' ? paint('green', line) : line,
        );
      }
    }
    emit(lines.join('\n'));
  }
  if (opts.byCause) emit('\n' + causeTable(result));
  if (opts.frames && result.frames) emit('\n' + framesTable(result.frames, opts.frameLimit ?? result.verification?.frameLimit ?? 8192));
  const hotspots = hotspotList(fileHotspots(filtered.shown, opts.filter, opts.generatedFiles, filtered.namedStd), opts.hotspots ?? 10);
  if (hotspots) emit('\n' + hotspots);
  const shownLine = shownSummaryLine(filtered.shown.length, result.findings.length, filtered.hidden, filterFlags(opts.filter ?? {}));
  emit('\n' + summaryText(result, paint, shownLine));
}

/** The files with the most heap allocation sites among what is shown, `top` of them. */
export function hotspotList(hotspots: readonly FileHotspot[], top: number): string | undefined {
  if (hotspots.length === 0 || top <= 0) return undefined;
  const shown = hotspots.slice(0, top);
  const widths = { sites: Math.max(...shown.map((h) => String(h.sites).length)), escapes: Math.max(...shown.map((h) => String(h.escapes).length)) };
  return [hotspotsHeading(shown.length, hotspots.length), ...shown.map((h) => terminalLine(hotspotLine(h, widths)))].join('\n');
}

export function summaryText(
  result: AnalysisResult,
  paint: (style: Parameters<typeof styleText>[0], s: string) => string = (_s, t) => t,
  shownLine?: string,
): string {
  const s = result.summary;
  const lines = [
    paint('bold', heapSummaryLine(s)),
    packagesSummaryLine(s),
    ...(shownLine ? [shownLine] : []),
    linesSummaryLine(s),
    terminalLine(toolchainLine(result.toolchain, shellCommand(result.toolchain.command))),
  ];
  if (result.verification) lines.splice(1, 0, paint('bold', verificationSummaryLine(result.verification)));
  for (const u of s.unrecognized.slice(0, 20)) lines.push(paint('yellow', terminalLine(unrecognizedLine(u))));
  return lines.join('\n');
}

/** `--by cause`: heap escapes per root cause, largest first, with their allocation sites and each cause's title. */
export function causeTable(result: AnalysisResult): string {
  const s = result.summary;
  const rows = Object.entries(s.byCause).sort(([a, x], [b, y]) => (y ?? 0) - (x ?? 0) || (a < b ? -1 : 1));
  const total = s.heapEscapes;
  // A saved result of an earlier version has no site counts: the column is left out.
  const sites = s.sitesByCause;
  const width = Math.max(5, ...rows.map(([c]) => c.length));
  const C = CAUSE_COLUMNS;
  const lines = [
    causeTableHeading(total, s.heapSites),
    `  ${C.cause.padEnd(width)}  ${C.escapes.padStart(7)}  ${C.share.padStart(6)}${sites ? `  ${C.sites.padStart(7)}` : ''}`,
  ];
  for (const [cause, n] of rows) {
    const share = total ? ((100 * (n ?? 0)) / total).toFixed(1) : '0.0';
    const at = sites ? `  ${String(sites[cause as Cause] ?? 0).padStart(7)}` : '';
    lines.push(`  ${cause.padEnd(width)}  ${String(n).padStart(7)}  ${share.padStart(5)}%${at}  ${causeTitle(cause as Cause)}`);
  }
  return lines.join('\n');
}

/** `analyze --frames`: the largest frames and those over the limit. */
export function framesTable(frames: FrameInfo[], limit: number, top = 20): string {
  const over = frames.filter((f) => f.frameBytes > limit);
  const shown = frames.slice(0, Math.max(top, over.length));
  const lines = [framesHeading(over.length, limit), `${FRAME_COLUMNS.frame.padStart(8)} ${FRAME_COLUMNS.args.padStart(6)}  ${FRAME_COLUMNS.func}`];
  for (const f of shown) {
    const where = f.pos ? `  ${formatPos(f.pos)}` : '';
    lines.push(
      terminalLine(
        `${String(f.frameBytes).padStart(8)} ${String(f.argBytes).padStart(6)}  ${f.pkg}.${f.func}${f.frameBytes > limit ? `  ${OVER_LIMIT}` : ''}${where}`,
      ),
    );
  }
  return lines.join('\n');
}

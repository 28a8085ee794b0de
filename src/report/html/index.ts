/**
 * The HTML report: one self-contained page (inline CSS and JS, data embedded
 * as JSON, no network access under its Content-Security-Policy). Pure apart
 * from the injected `readSource`, which supplies the Go source of files with
 * heap or leak findings.
 *
 * The embedded data is declared in page-data.ts, which the page script
 * (page/, built by scripts/build-page.ts) reads too.
 */
import { createHash } from 'node:crypto';
import type { ChainStep, Finding } from '../../model/finding.js';
import { FINDING_KINDS, isHeapKind, type KindCategory } from '../../model/kinds.js';
import type { SourcePos } from '../../model/position.js';
import type { AnalysisResult } from '../../model/result.js';
import { CAUSES } from '../../model/causes.js';
import { ADVICE_TEMPLATES, adviceParts } from '../messages/advice.js';
import { NOSCRIPT, pageTitle } from '../messages/html.js';
import { classText } from '../messages/findings.js';
import { PAGE_SCRIPT } from './page-script.js';
import {
  FRAMES_SHOWN,
  OBSERVED_SHOWN,
  standardMessage,
  type PageCalleeSite,
  type PageData,
  type PageExtra,
  type PageFile,
  type PageFinding,
  type PageFrame,
  type PageObserved,
  type PagePos,
} from './page-data.js';
import { PAGE_STYLE } from './page-style.js';
import { shellCommand } from '../../util/shell-quote.js';

export interface HtmlOptions {
  /** Returns the text of a Go source file named as in `SourcePos.file`, or undefined when unreadable. */
  readSource: (file: string) => string | undefined;
  /** Page title; default: messages/html.ts pageTitle. */
  title?: string;
  /** Allocations a joined heap profile observed on lines no heap finding predicts, as `goescape profile` reports them. */
  observed?: readonly ObservedAllocation[];
}

/** An observed allocation with no heap finding: where, how much, and what allocated there (worded). */
export interface ObservedAllocation {
  file: string;
  line: number;
  func: string;
  bytes: number;
  objects: number;
  note: string;
}

/** Categories whose findings are embedded in full. */
const EMBEDDED: ReadonlySet<KindCategory> = new Set(['heap', 'leak', 'stack', 'error']);
/** Categories whose files get their source embedded. */
const WITH_SOURCE: ReadonlySet<KindCategory> = new Set(['heap', 'leak']);

/** A verification's allocation counts as [allocates, may-allocate, allocates-in-callee]. */
function countAllocating(v: { status: string; class?: string } | undefined, into: [number, number, number]): void {
  if (!v || v.status !== 'allocates') return;
  if (v.class === 'may-allocate') into[1]++;
  else if (v.class === 'allocates-in-callee') into[2]++;
  else into[0]++;
}

export { standardMessage };

/** A profile weight for a finding when a profile was joined (bytes), or undefined. */
export function profileWeight(f: Finding): number | undefined {
  const bytes = f.profile?.bytes;
  return typeof bytes === 'number' && Number.isFinite(bytes) ? bytes : undefined;
}

/** The chain to show: the finding's own, or one derived from its first `-m=2` explanation. */
function chainOf(f: Finding): { steps: ChainStep[]; derived: boolean } {
  if (f.chain && f.chain.length > 0) return { steps: f.chain, derived: false };
  const steps: ChainStep[] = [];
  const ex = f.explanations?.[0];
  for (const flow of ex?.flows ?? []) {
    for (const n of flow.notes) steps.push({ op: n.why, where: n.where, pos: n.pos, into: flow.dst });
  }
  return { steps, derived: true };
}

class StringTable {
  readonly list: string[] = [''];
  private readonly index = new Map<string, number>([['', 0]]);
  id(s: string): number {
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(s);
      this.index.set(s, i);
    }
    return i;
  }
}

/** Builds the compact page data (exported for tests). */
export function buildPageData(result: AnalysisResult, readSource: HtmlOptions['readSource'], observed: readonly ObservedAllocation[] = []): PageData {
  const st = new StringTable();
  const fileIds = new Map<string, number>();
  const filesOut: PageFile[] = [];
  const fileIndex = (file: string): number => {
    let i = fileIds.get(file);
    if (i === undefined) {
      i = filesOut.length;
      fileIds.set(file, i);
      filesOut.push([st.id(file), null, []]);
    }
    return i;
  };
  const posArr = (p: SourcePos | undefined): PagePos => (p ? [fileIndex(p.file), p.line, p.column ?? 0] : 0);

  const sourceFiles = new Set<string>();
  const inlinedLines = new Map<string, Set<number>>();
  const rows: PageFinding[] = [];
  const calleeSites: PageCalleeSite[] = [];
  let verification = 0;
  for (const f of result.findings) {
    const cat = FINDING_KINDS[f.kind]?.category ?? 'other';
    if (cat === 'inline') {
      if (f.kind === 'inlining-call' || f.kind === 'can-inline') {
        let s = inlinedLines.get(f.pos.file);
        if (!s) inlinedLines.set(f.pos.file, (s = new Set()));
        s.add(f.pos.line);
      }
      continue;
    }
    // Allocations the machine code shows with no escape finding (own code or inside a callee, under --verify) are shown too.
    const allocation = f.kind === 'allocates-without-escape';
    if (!EMBEDDED.has(cat) && !allocation) continue;
    if (WITH_SOURCE.has(cat) || allocation) sourceFiles.add(f.pos.file);
    const extra: PageExtra = {};
    if (f.cause) extra.c = f.cause;
    if (cat === 'heap' || cat === 'leak') {
      const { steps, derived } = chainOf(f);
      if (steps.length > 0) {
        extra.ch = steps.map((s) => [st.id(s.op), st.id(s.where), posArr(s.pos), st.id(s.into)]);
        if (derived) extra.cd = 1;
      }
    }
    // Advice travels as a template id and its values; the page fills it in (ADVICE_TEMPLATES is embedded once).
    const parts = adviceParts(f);
    if (parts) {
      const v = parts.vars;
      extra.at = [parts.id, v.sink, v.where, f.details.callee ? v.callee : ''];
    }
    const v = f.verification;
    if (v) {
      verification++;
      extra.v = [v.status, v.runtimeFunc ?? '', v.type ?? '', v.reason ?? ''];
      if (v.status === 'allocates' && v.class !== undefined) {
        extra.cl = classText(v.class, v.condition);
        extra.vc = v.class;
      }
    } else if (allocation && f.details.class !== undefined) {
      // The assembly's allocation with no escape finding carries its class in its details.
      extra.vc = f.details.class;
      extra.cl = classText(f.details.class, f.details.condition);
    }
    const w = profileWeight(f);
    if (w !== undefined) {
      extra.w = w;
      extra.wu = 'B';
    }
    if (f.inlinedSites?.length) {
      // An escape's copies the compiler kept on the heap are its copies; the rest are said apart.
      const isEscape = isHeapKind(f.kind) || f.kind === 'does-not-escape';
      const listed = isEscape ? f.inlinedSites.filter((s) => isHeapKind(s.kind)) : f.inlinedSites;
      if (listed.length) extra.is = listed.slice(0, 20).map((s) => [fileIndex(s.pos.file), s.pos.line, st.id(s.func ?? '')]);
      if (listed.length > 20) extra.isn = listed.length;
      if (isEscape && listed.length < f.inlinedSites.length) extra.iss = f.inlinedSites.length - listed.length;
    }
    if (f.inlinedFrom) extra.if = f.inlinedFrom;
    if (isHeapKind(f.kind)) {
      const heapCopies = (f.inlinedSites ?? []).filter((s) => isHeapKind(s.kind));
      extra.ns = 1 + heapCopies.length;
      const va: [number, number, number] = [0, 0, 0];
      countAllocating(v, va);
      for (const s of heapCopies) {
        countAllocating(s.verification, va);
        // Each copy is an allocation site at the call line it was inlined into.
        calleeSites.push([fileIndex(s.pos.file), s.pos.line, rows.length, st.id(s.func ?? ''), st.id(s.verification?.status ?? '')]);
        sourceFiles.add(s.pos.file);
      }
      if (v || heapCopies.some((s) => s.verification)) extra.va = va;
    }
    const std = standardMessage(f.kind, f.subject);
    const stdKey = `${f.pkg}|${f.func}|${f.kind}|${f.subject}`;
    rows.push([
      st.id(f.kind),
      st.id(f.pkg),
      fileIndex(f.pos.file),
      f.pos.line,
      f.pos.column ?? 0,
      st.id(f.func),
      f.subject,
      std === f.message ? 0 : f.message,
      f.key === stdKey ? 0 : f.key,
      Object.keys(extra).length > 0 ? extra : 0,
    ]);
  }
  const observedRows: PageObserved[] = observed
    .slice()
    .sort((a, b) => b.bytes - a.bytes || b.objects - a.objects || (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line))
    .slice(0, OBSERVED_SHOWN)
    .map((o) => {
      sourceFiles.add(o.file);
      return [fileIndex(o.file), o.line, st.id(o.func), o.bytes, o.objects, st.id(o.note)];
    });
  for (const file of sourceFiles) {
    const i = fileIndex(file);
    let text: string | undefined;
    try {
      text = readSource(file);
    } catch {
      text = undefined;
    }
    filesOut[i]![1] = text ?? null;
  }
  for (const [file, lines] of inlinedLines) {
    const i = fileIds.get(file);
    if (i !== undefined && filesOut[i]![1] !== null) filesOut[i]![2] = [...lines].sort((a, b) => a - b);
  }
  const r = result as AnalysisResult & { diff?: unknown; profile?: unknown };
  const s = result.summary;
  const frameRows: PageFrame[] = (result.frames ?? [])
    .slice()
    .sort((a, b) => b.frameBytes - a.frameBytes || (a.symbol < b.symbol ? -1 : a.symbol > b.symbol ? 1 : 0))
    .slice(0, FRAMES_SHOWN)
    .map((fr) => [fr.func, fr.pkg, fr.frameBytes, fr.argBytes, fr.flags.join(' '), posArr(fr.pos)]);
  calleeSites.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
  return {
    v: 1,
    meta: {
      tool: result.tool,
      toolchain: result.toolchain,
      commandLine: shellCommand(result.toolchain.command),
      module: result.module ?? null,
      patterns: result.patterns,
      summary: {
        findings: s.findings,
        byKind: s.byKind,
        heapEscapes: s.heapEscapes,
        heapSites: s.heapSites ?? null,
        byCause: s.byCause ?? {},
        sitesByCause: s.sitesByCause ?? null,
        leaks: s.leaks,
        inlinedCopies: s.inlinedCopies,
        packages: s.packages,
        unrecognized: s.unrecognized.length,
        lines: s.lines,
      },
      packages: result.packages.map((p) => [p.path, p.status === 'failed' ? 1 : 0, p.heapEscapes, p.findings]),
      kinds: Object.fromEntries(Object.entries(FINDING_KINDS).map(([k, v]) => [k, [v.category, v.title]])),
      causes: Object.fromEntries(Object.entries(CAUSES).map(([k, v]) => [k, v.title])),
      advice: ADVICE_TEMPLATES,
      verified: verification,
      diff: summarizeLoose(r.diff),
      frames: result.frames ? result.frames.length : null,
      frameRows,
      verification: summarizeLoose(result.verification),
      profile: summarizeLoose(r.profile),
    },
    s: st.list,
    f: rows,
    files: filesOut,
    cs: calleeSites,
    op: observedRows,
  };
}

/** A flat summary (scalars only, one level deep, plus array lengths) of an optional block of unknown shape. */
function summarizeLoose(v: unknown): Record<string, string | number | boolean> | null {
  if (!v || typeof v !== 'object') return null;
  const out: Record<string, string | number | boolean> = {};
  const walk = (o: Record<string, unknown>, prefix: string, depth: number) => {
    for (const [k, val] of Object.entries(o)) {
      const name = prefix ? `${prefix}.${k}` : k;
      if (typeof val === 'number' || typeof val === 'boolean') out[name] = val;
      else if (typeof val === 'string' && val.length <= 200) out[name] = val;
      else if (Array.isArray(val)) out[`${name} (count)`] = val.length;
      else if (val && typeof val === 'object' && depth < 1) walk(val as Record<string, unknown>, name, depth + 1);
      if (Object.keys(out).length >= 40) return;
    }
  };
  walk(v as Record<string, unknown>, '', 0);
  return out;
}

/** JSON safe inside a <script> element: `<` (and U+2028/9) escaped. */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const sha256 = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;

/** The Content-Security-Policy of the page: nothing but its own inline script and style. */
export function contentSecurityPolicy(script: string, style: string): string {
  return ["default-src 'none'", `script-src ${sha256(script)}`, `style-src ${sha256(style)}`, 'img-src data:', "base-uri 'none'", "form-action 'none'"].join(
    '; ',
  );
}

export function renderHtml(result: AnalysisResult, options: HtmlOptions): string {
  const data = buildPageData(result, options.readSource, options.observed);
  const title = options.title ?? pageTitle(result.module?.path, result.patterns);
  const csp = contentSecurityPolicy(PAGE_SCRIPT, PAGE_STYLE);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<style>${PAGE_STYLE}</style>
</head>
<body>
<noscript>${escapeHtml(NOSCRIPT)}</noscript>
<div id="app" data-state="loading"></div>
<script type="application/json" id="goescape-data">${jsonForScript(data)}</script>
<script>${PAGE_SCRIPT}</script>
</body>
</html>
`;
}

export { diskSourceReader } from '../../util/source-reader.js';

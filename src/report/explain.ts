/**
 * `goescape explain` output: each finding with its chain (each step with the
 * source line it points at), cause, advice and docs page.
 */
import type { Finding } from '../model/finding.js';
import { formatPos, type SourcePos } from '../model/position.js';
import { sinkOf } from '../analyze/explain.js';
import { adviceFor, causeTitle } from './advice.js';
import { causeDocsPath, docsUrl, findingLine } from './messages.js';
import { jsonSafe, terminalLine } from './escape.js';

export interface ExplainRenderOptions {
  /** Source text of a 1-based line, for showing what each step points at. */
  lineText?: (pos: SourcePos) => string | undefined;
}

export interface ExplainTarget {
  /** What the user asked about, as typed. */
  query: string;
  findings: Finding[];
  /** When nothing matched: the nearest findings in the same file or package. */
  nearest: Finding[];
}

function sourceLine(pos: SourcePos | undefined, opts: ExplainRenderOptions, indent: string): string[] {
  if (!pos || !opts.lineText) return [];
  const text = opts.lineText(pos);
  if (text === undefined) return [];
  return [`${indent}${String(pos.line).padStart(5)} | ${text.replace(/\t/g, '    ')}`];
}

export function renderExplainText(target: ExplainTarget, opts: ExplainRenderOptions = {}): string {
  const out: string[] = [];
  if (target.findings.length === 0) {
    out.push(`no heap escape or leaking parameter at ${target.query}`);
    if (target.nearest.length > 0) {
      out.push('nearest findings:');
      for (const f of target.nearest) out.push(`  ${findingLine(f)}`);
    }
    return out.map(terminalLine).join('\n') + '\n';
  }
  for (const f of target.findings) {
    out.push(findingLine(f));
    out.push(...sourceLine(f.pos, opts, '  '));
    if (f.cause) out.push(`  cause: ${f.cause}: ${causeTitle(f.cause)}`);
    const chain = f.chain ?? [];
    if (chain.length > 0) {
      out.push('  chain:');
      chain.forEach((step, i) => {
        const at = step.pos ? ` at ${formatPos(step.pos)}` : '';
        out.push(`    ${i + 1}. ${step.where} (${step.op})${at} → ${step.into}`);
        out.push(...sourceLine(step.pos, opts, '       '));
      });
      const sink = sinkOf(f);
      if (sink) out.push(`  sink: ${sink}${sink === '{heap}' ? ' (the heap)' : sink.startsWith('~r') ? ' (a result of the function)' : ''}`);
    } else if (f.kind === 'moved-to-heap' || f.kind === 'escapes-to-heap') {
      out.push('  chain: the compiler printed no explanation for this finding');
    }
    if (f.inlinedFrom) out.push(`  inlined from ${f.inlinedFrom}`);
    for (const site of f.inlinedSites ?? []) out.push(`  also at ${formatPos(site.pos)}${site.func ? ` in ${site.func}` : ''} (inlined copy: ${site.raw})`);
    const advice = adviceFor(f);
    if (advice) out.push(`  fix: ${advice}`);
    if (f.cause) out.push(`  docs: ${docsUrl(causeDocsPath(f.cause))}`);
    out.push('');
  }
  // Each line escaped whole: file names, source lines and compiler text are other people's.
  return out.map(terminalLine).join('\n');
}

/** JSON for explain: the findings with their advice text added (escaped as jsonSafe). */
export function renderExplainJson(target: ExplainTarget): string {
  const withAdvice = (f: Finding) => ({ ...f, advice: adviceFor(f) || undefined });
  return jsonSafe(JSON.stringify({ query: target.query, findings: target.findings.map(withAdvice), nearest: target.nearest.map((f) => ({ key: f.key, kind: f.kind, pos: f.pos, func: f.func, subject: f.subject, message: f.message })) }, null, 2)) + '\n';
}

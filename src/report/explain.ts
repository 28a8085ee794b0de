/**
 * `goescape explain` output: each finding with its chain (each step with the
 * source line it points at), cause, advice and docs page.
 */
import type { ChainStep, Finding } from '../model/finding.js';
import type { SourcePos } from '../model/position.js';
import { explanationSink, sinkOf } from '../analyze/explain.js';
import { adviceFor, fixLine } from './messages/advice.js';
import { causeDocsPath, docsUrl } from './messages/docs.js';
import {
  CHAIN_HEADING,
  causeLine,
  chainPathHeading,
  chainPathsHeading,
  chainStepLine,
  docsLine,
  inlinedFromLine,
  inlinedSiteLine,
  NEAREST_HEADING,
  NO_CHAIN,
  inlinedThroughLine,
  noFindingAt,
  sinkLine,
  verifiedCopyLine,
  verifiedLine,
} from './messages/explain.js';
import { findingLine, verificationTag } from './messages/findings.js';
import { terminalLine } from './escape.js';

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

/** The numbered steps `path` takes through `chain`, each with the source line it points at. */
function chainSteps(chain: ChainStep[], path: number[], opts: ExplainRenderOptions, indent: string): string[] {
  const out: string[] = [];
  path.forEach((index, n) => {
    const step = chain[index];
    if (!step) return;
    out.push(`${indent}${chainStepLine(n + 1, step)}`);
    out.push(...sourceLine(step.pos, opts, `${indent}   `));
    for (const call of step.inline ?? []) out.push(`${indent}   ${inlinedThroughLine(call)}`);
  });
  return out;
}

export function renderExplainText(target: ExplainTarget, opts: ExplainRenderOptions = {}): string {
  const out: string[] = [];
  if (target.findings.length === 0) {
    out.push(noFindingAt(target.query));
    if (target.nearest.length > 0) {
      out.push(NEAREST_HEADING);
      for (const f of target.nearest) out.push(`  ${findingLine(f)}`);
    }
    return out.map(terminalLine).join('\n') + '\n';
  }
  for (const f of target.findings) {
    out.push(findingLine(f));
    out.push(...sourceLine(f.pos, opts, '  '));
    if (f.verification || f.details.class !== undefined) out.push(`  ${verifiedLine(verificationTag(f))}`);
    for (const site of f.inlinedSites ?? [])
      if (site.verification) out.push(`  ${verifiedCopyLine(site, verificationTag({ ...f, verification: site.verification }))}`);
    if (f.cause) out.push(`  ${causeLine(f.cause)}`);
    const chain = f.chain ?? [];
    if (chain.length > 0) {
      const paths = f.chainPaths && f.chainPaths.length > 1 ? f.chainPaths : undefined;
      if (!paths) {
        out.push(`  ${CHAIN_HEADING}`);
        out.push(
          ...chainSteps(
            chain,
            chain.map((_s, i) => i),
            opts,
            '    ',
          ),
        );
        const sink = sinkOf(f);
        if (sink) out.push(`  ${sinkLine(sink)}`);
      } else {
        // Each explanation is a way of its own to the sink: shown apart, never joined into one chain.
        out.push(`  ${chainPathsHeading(paths.length)}`);
        const sinks = f.explanations.filter((e) => e.flows.length > 0).map(explanationSink);
        paths.forEach((path, p) => {
          out.push(`    ${chainPathHeading(p + 1, paths.length)}`);
          out.push(...chainSteps(chain, path, opts, '      '));
          const sink = sinks[p];
          if (sink) out.push(`      ${sinkLine(sink)}`);
        });
      }
    } else if (f.kind === 'moved-to-heap' || f.kind === 'escapes-to-heap') {
      out.push(`  ${NO_CHAIN}`);
    }
    if (f.inlinedFrom) out.push(`  ${inlinedFromLine(f.inlinedFrom)}`);
    for (const site of f.inlinedSites ?? []) out.push(`  ${inlinedSiteLine(site)}`);
    const advice = adviceFor(f);
    if (advice) out.push(`  ${fixLine(advice)}`);
    if (f.cause) out.push(`  ${docsLine(docsUrl(causeDocsPath(f.cause)))}`);
    out.push('');
  }
  // Each line escaped whole: file names, source lines and compiler text are other people's.
  return out.map(terminalLine).join('\n');
}

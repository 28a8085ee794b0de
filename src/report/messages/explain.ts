/** Wording of `goescape explain`: a finding's cause, chain, sink, inlined copies and docs. */
import type { Cause } from '../../model/causes.js';
import type { ChainStep, InlineStep, InlinedSite } from '../../model/finding.js';
import { formatPos } from '../../model/position.js';
import { causeTitle } from './advice.js';

export function noFindingAt(query: string): string {
  return `no heap escape or leaking parameter at ${query}`;
}

export const NEAREST_HEADING = 'nearest findings:';

export function causeLine(cause: Cause): string {
  return `cause: ${cause}: ${causeTitle(cause)}`;
}

export const CHAIN_HEADING = 'chain:';

/** A finding the compiler explained more than once: each explanation is a path of its own. */
export function chainPathsHeading(paths: number): string {
  return `chain: ${paths} paths (the compiler explained each way the value reaches its sink)`;
}

export function chainPathHeading(n: number, of: number): string {
  return `path ${n} of ${of}:`;
}

/** Step `n` (1-based) of a chain: `1. &x (address-of) at f.go:3:9 → {heap}`. */
export function chainStepLine(n: number, step: ChainStep): string {
  const at = step.pos ? ` at ${formatPos(step.pos)}` : '';
  return `${n}. ${step.where} (${step.op})${at} → ${step.into}`;
}

/** Where the chain ends, with what the compiler's name for it means. */
export function sinkLine(sink: string): string {
  return `sink: ${sink}${sink === '{heap}' ? ' (the heap)' : sink.startsWith('~r') ? ' (a result of the function)' : ''}`;
}

/** Under a chain step placed in inlined code: one call that inlined it, outermost first. */
export function inlinedThroughLine(call: InlineStep): string {
  return `(inlined through the call to ${call.callee} at ${formatPos(call.pos)})`;
}

export const NO_CHAIN = 'chain: the compiler printed no explanation for this finding';

export function inlinedFromLine(from: string): string {
  return `inlined from ${from}`;
}

export function inlinedSiteLine(site: InlinedSite): string {
  return `also at ${formatPos(site.pos)}${site.func ? ` in ${site.func}` : ''} (inlined copy: ${site.raw})`;
}

export function docsLine(url: string): string {
  return `docs: ${url}`;
}

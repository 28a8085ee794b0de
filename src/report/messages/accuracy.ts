/** Wording of the accuracy benchmark's table (`npm run accuracy`). */
import type { FalsePositiveReason, MissReason } from '../../bench/accuracy.js';
import type { AccuracyReport } from '../accuracy.js';
import { count, formatByteSize } from './numbers.js';

export const ACCURACY_TITLE = "Allocation prediction against rate-1 heap profiles of the modules' own benchmarks";

export function accuracyHeader(
  o: Pick<AccuracyReport, 'runs' | 'benchtime' | 'seconds' | 'observed' | 'bytes' | 'unstable' | 'unplaced' | 'executed'> & { modules: number },
): string[] {
  return [
    `${ACCURACY_TITLE}`,
    `${count(o.modules, 'module')}, ${count(o.runs, 'profile run')} each merged, -benchtime=${o.benchtime}, ${o.seconds.toFixed(0)} s in all`,
    `lines that allocated: ${o.observed} (${formatByteSize(o.bytes)}); lines in only some runs: ${o.unstable}; lines the coverage run executed: ${o.executed}`,
    `package init lines left out (pprof names one file for all of a package's init, and several files declare a variable there): ${o.unplaced.lines} (${formatByteSize(o.unplaced.bytes)})`,
    'precision: of the predicted lines that ran, the share that allocated; recall: of the lines that allocated, the share predicted',
  ];
}

export const SCORE_COLUMNS = ['predictor', 'class', 'predicted', 'ran', 'allocated', 'not run', 'precision', 'recall', 'bytes recall'] as const;

export const MISS_REASON: Record<MissReason, string> = {
  'own-code': "the line's own code (no -S listing read)",
  'allocator-call': 'allocator call at the line, not predicted',
  'no-call-at-line': 'no call at the line in the listing',
  'verified-no-allocation': 'verified no-allocation, yet it allocated',
  'in-callee': 'in a callee',
  'type-assertion-cache': 'type-assertion / type-switch cache',
  'map-growth': 'map growth',
  'channel-wait': 'sudog of a blocking channel operation or select',
  'runtime-internal': 'no allocator call at the line (another runtime function)',
  'inlined-code': 'in code inlined from another package',
};

export const FALSE_POSITIVE_REASON: Record<FalsePositiveReason, string> = {
  'callee-allocated': "the line's own code did not allocate, a function it calls did",
  'condition-not-met': 'may-allocate whose condition was not met (by condition):',
  'append-never-grew': 'append that never had to grow',
  'inlined-copy': 'inlined copy at the call line',
  unverified: 'unverified or ambiguous in the listing',
  'no-allocation-on-path': 'ran, no allocation on the path taken',
};

export const MISSES_TITLE = (predictor: string, n: number) => `Misses of ${predictor} (${n} lines that allocated), by reason:`;
export const FALSE_POSITIVES_TITLE = (predictor: string, n: number, notRun: number) =>
  `False positives of ${predictor} (${n} predicted lines that ran and never allocated; ${notRun} more never ran), by reason:`;
export const LARGEST_MISSES = 'Largest misses of goescape:';
export const PER_MODULE_TITLE = 'Per module (goescape all classes / raw -m: precision, recall, bytes recall):';
export const PACKAGE_FAILED = (pkg: string, what: string, why: string) => `  ${pkg}: ${what} failed, left out: ${why}`;
export const CLASSED_ROW = 'allocation classes';
export const TARGETS_TITLE = 'goescape against its targets (allocation classes: allocates, may-allocate, allocates-in-callee), raw -m beside:';
export const TARGET_COLUMNS = ['figure', 'goescape', 'target', '', 'raw -m'] as const;
export const TARGET_FIGURE: Record<string, string> = {
  'allocates-precision': 'precision of allocates (lines that ran)',
  recall: 'recall of the allocation classes',
  'bytes-recall': 'bytes-weighted recall of the allocation classes',
  'may-allocate-precision': 'precision of may-allocate (lines that ran)',
  'allocates-in-callee-precision': 'precision of allocates-in-callee (lines that ran)',
};
export const TARGET_MET = 'met';
export const TARGET_NOT_MET = 'NOT met';
export const ALLOCATES_FALSE_POSITIVES = (n: number) => `Lines classed allocates that ran and never allocated (${n}):`;

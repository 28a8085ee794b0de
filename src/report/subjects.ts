/** What a subject's reporters render, where it is more than one model object. */
import type { BaselineToolchain } from '../gate/baseline.js';
import type { GateResult } from '../gate/evaluate.js';
import type { Finding } from '../model/finding.js';

/** `goescape check`: the verdict, the toolchain of the analysis and of the baseline it was compared with. */
export interface CheckReport {
  toolchain: BaselineToolchain;
  baseline?: { file: string; toolchain: BaselineToolchain };
  gate: GateResult;
  /** The analysis' findings: the text report follows each offending heap escape with the fix for its cause. */
  findings?: readonly Finding[];
}

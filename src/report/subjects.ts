/**
 * What each subject's reporters render, where it is more than one model
 * object: the gate's verdict with the toolchains compared, a diff with the
 * head's analysis (its page), a profile join with the analysis it joined.
 */
import type { BaselineToolchain } from '../gate/baseline.js';
import type { EscapeDiff } from '../gate/diff.js';
import type { GateResult } from '../gate/evaluate.js';
import type { Finding } from '../model/finding.js';
import type { AnalysisResult } from '../model/result.js';
import type { ProfileReport } from './profile.js';

/** `goescape check`: the verdict, the toolchain of the analysis and of the baseline it was compared with. */
export interface CheckReport {
  toolchain: BaselineToolchain;
  baseline?: { file: string; toolchain: BaselineToolchain };
  gate: GateResult;
  /** The analysis' findings: the text report follows each offending heap escape with the fix for its cause. */
  findings?: readonly Finding[];
}

/** `goescape diff`: the diff, and the head's analysis (the page shows it with the diff's counts). */
export interface DiffReport {
  diff: EscapeDiff;
  head: AnalysisResult;
}

/** `goescape profile`: the join, and the analysis with the observed weights on its findings (the page shows it). */
export interface ProfileSubject {
  report: ProfileReport;
  analysis: AnalysisResult;
}

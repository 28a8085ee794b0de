/**
 * GitHub Actions workflow commands: one `::error` annotation per violation,
 * a `::notice` when baseline escapes are gone. Values are escaped as the
 * runner expects (actions/toolkit `command.ts`: data escapes `%`, CR, LF;
 * properties also `:` and `,`), so a message cannot end a command early.
 * https://docs.github.com/actions/reference/workflow-commands-for-github-actions
 */
import type { GateResult } from '../analyze/gate.js';
import type { SourcePos } from '../model/position.js';
import { GATE_RULE_TITLES, gateVerdict, removedAdvice, violationMessage } from './messages.js';

export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export type AnnotationLevel = 'error' | 'warning' | 'notice';

/** `::level file=…,line=…,col=…,title=…::message` */
export function annotation(level: AnnotationLevel, message: string, props: { file?: string; line?: number; col?: number; title?: string } = {}): string {
  const parts: string[] = [];
  if (props.file !== undefined) parts.push(`file=${escapeProperty(props.file)}`);
  if (props.line !== undefined) parts.push(`line=${props.line}`);
  if (props.col !== undefined) parts.push(`col=${props.col}`);
  if (props.title !== undefined) parts.push(`title=${escapeProperty(props.title)}`);
  return `::${level}${parts.length ? ' ' + parts.join(',') : ''}::${escapeData(message)}`;
}

function fileProps(pos: SourcePos | undefined, prefix: string): { file?: string; line?: number; col?: number } {
  if (!pos || pos.file.startsWith('$') || pos.file.startsWith('<') || pos.line < 1) return {};
  return { file: prefix + pos.file, line: pos.line, ...(pos.column ? { col: pos.column } : {}) };
}

export function renderGithub(gate: GateResult, opts: { uriPrefix?: string } = {}): string {
  const prefix = opts.uriPrefix ?? '';
  const out = gate.violations.map((v) => annotation('error', violationMessage(v), { ...fileProps(v.pos, prefix), title: `goescape: ${GATE_RULE_TITLES[v.rule]}` }));
  if (gate.removed.length) out.push(annotation('notice', removedAdvice(gate.removed.length), { title: 'goescape: fewer heap escapes' }));
  out.push(gateVerdict(gate));
  return out.join('\n') + '\n';
}

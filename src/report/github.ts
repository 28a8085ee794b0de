/**
 * GitHub Actions workflow commands: one `::error` annotation per violation,
 * a `::notice` when baseline escapes are gone. Values are escaped as the
 * runner expects (actions/toolkit `command.ts`: data escapes `%`, CR, LF;
 * properties also `:` and `,`), so a message cannot end a command early;
 * other control and bidi characters are shown as escapes (src/report/escape.ts).
 * https://docs.github.com/actions/reference/workflow-commands-for-github-actions
 */
import type { GateResult, Violation } from '../gate/evaluate.js';
import { formatPos, type SourcePos } from '../model/position.js';
import { commandData, commandProperty, isExactProperty, terminalLine, visible } from './escape.js';
import { annotationTitle, FEWER_ESCAPES_TITLE, gateVerdict, removedAdvice, violationMessage } from './messages/gate.js';

export const escapeData = commandData;
export const escapeProperty = commandProperty;

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

/**
 * A violation's annotation. A file name with a character the runner cannot
 * take back exactly (only CR and LF can be encoded) names no file: the
 * annotation is not attached, and its message starts with the position, escaped.
 */
function violationAnnotation(v: Violation, prefix: string): string {
  const title = annotationTitle(v.rule);
  const props = fileProps(v.pos, prefix);
  if (props.file !== undefined && !isExactProperty(props.file)) return annotation('error', `${visible(formatPos(v.pos!))}: ${violationMessage(v)}`, { title });
  return annotation('error', violationMessage(v), { ...props, title });
}

export function renderGithub(gate: GateResult, opts: { uriPrefix?: string } = {}): string {
  const prefix = opts.uriPrefix ?? '';
  const out = gate.violations.map((v) => violationAnnotation(v, prefix));
  if (gate.removed.length) out.push(annotation('notice', removedAdvice(gate.removed.length), { title: FEWER_ESCAPES_TITLE }));
  out.push(terminalLine(gateVerdict(gate)));
  return out.join('\n') + '\n';
}

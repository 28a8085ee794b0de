/**
 * GitHub Actions workflow commands: one `::error` annotation per violation,
 * a `::notice` when baseline escapes are gone. Values are escaped as the
 * runner expects (actions/toolkit `command.ts`: data escapes `%`, CR, LF;
 * properties also `:` and `,`), so a message cannot end a command early;
 * other control and bidi characters are shown as escapes (src/report/escape.ts).
 * https://docs.github.com/actions/reference/workflow-commands-for-github-actions
 */
import type { GateResult, Violation } from '../gate/evaluate.js';
import { formatPos, isModulePos, type SourcePos } from '../model/position.js';
import { commandData, commandProperty, isExactProperty, terminalLine, visible } from './escape.js';
import { annotationTitle, FEWER_ESCAPES_TITLE, gateVerdict, removedAdvice, violationMessage } from './messages/gate.js';
import { fallbackFile } from './sarif.js';

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

/** Every annotation names a file: its line in the module, else line 1 of the configuration (no position) or of go.mod (a position outside the module). */
function fileProps(pos: SourcePos | undefined, prefix: string, configFile: string | undefined): { file?: string; line?: number; col?: number } {
  const at = isModulePos(pos) ? pos : { file: fallbackFile(pos, configFile), line: 1 };
  return { file: prefix + at.file, line: at.line, ...(at.column ? { col: at.column } : {}) };
}

/**
 * A violation's annotation. A file name with a character the runner cannot
 * take back exactly (only CR and LF can be encoded) names no file: the
 * annotation is not attached, and its message starts with the position, escaped.
 */
function violationAnnotation(v: Violation, prefix: string, configFile: string | undefined): string {
  const title = annotationTitle(v.rule);
  const props = fileProps(v.pos, prefix, configFile);
  if (props.file !== undefined && !isExactProperty(props.file)) return annotation('error', `${visible(formatPos(v.pos!))}: ${violationMessage(v)}`, { title });
  // A position outside the module stays in the message.
  const text = v.pos && !isModulePos(v.pos) ? `${visible(formatPos(v.pos))}: ${violationMessage(v)}` : violationMessage(v);
  return annotation('error', text, { ...props, title });
}

export function renderGithub(gate: GateResult, opts: { uriPrefix?: string; configFile?: string } = {}): string {
  const prefix = opts.uriPrefix ?? '';
  const out = gate.violations.map((v) => violationAnnotation(v, prefix, opts.configFile));
  if (gate.removed.length) out.push(annotation('notice', removedAdvice(gate.removed.length), { title: FEWER_ESCAPES_TITLE }));
  out.push(terminalLine(gateVerdict(gate)));
  return out.join('\n') + '\n';
}

/**
 * Escaping of text that comes from other people's code (file names,
 * function names, source lines, compiler messages, package paths,
 * benchmark names) for each place it is written to. One helper per
 * format; reporters call these on every such string.
 *
 * A terminal acts on control characters (ESC starts colour, cursor and
 * hyperlink sequences; CR overwrites a line), bidirectional controls
 * reorder what is shown (a name can display as another), and a CI log
 * runs workflow commands: GitHub's runner takes a line as a command when,
 * after leading white space, it starts with `::`, or when `##[` occurs
 * anywhere in it (actions/runner ActionCommand.cs, TryParseV2 and TryParse).
 */

/** C0 controls (newline and tab included), DEL, C1 controls, the bidi marks, embeddings, overrides and isolates, line and paragraph separators. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;
const UNSAFE_ONE = new RegExp(UNSAFE.source);
/** White space the runner trims before looking for `::` (.NET TrimStart), then `::`. */
const LEADING_COMMAND = /^\s*::/;
const SHORT: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escapeChar(c: string): string {
  const short = SHORT[c];
  if (short) return short;
  const code = c.charCodeAt(0);
  return code < 0x80 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** `s` with every unsafe character shown as an escape (`\n`, `\x1b`, `\u202e`): one line, nothing a terminal acts on. */
export function visible(s: string): string {
  return s.replace(UNSAFE, escapeChar);
}

/** Whether `s` holds a character {@link visible} would escape. */
export function hasUnsafe(s: string): boolean {
  return UNSAFE_ONE.test(s);
}

/** A workflow command made inert: `##[` as `#\x23[`, a leading `::` as `\x3a:`. Only for text with no newline of its own. */
function inertCommands(s: string): string {
  return s.replace(/##\[/g, '#\\x23[').replace(/^(\s*)::/, '$1\\x3a:');
}

/**
 * One line of terminal or CI-log text: unsafe characters escaped, and
 * nothing the GitHub runner would take as a workflow command. For each line
 * of a text report, before colour is added.
 */
export function terminalLine(s: string): string {
  // Three quick looks instead of one regex with alternatives: called for every line of std's report.
  if (!UNSAFE_ONE.test(s) && !s.includes('##[') && !LEADING_COMMAND.test(s)) return s;
  return inertCommands(visible(s));
}

/** Each line of `text` (split at its newlines, which are kept) made a {@link terminalLine}. */
export function terminalLines(text: string): string {
  return text.split('\n').map(terminalLine).join('\n');
}

/**
 * JSON text written where a log or terminal may show it: the characters
 * JSON.stringify leaves raw that a terminal acts on or that reorder text
 * (DEL, C1, bidi controls, line separators), and `#` in `##[`, written as
 * `\u` escapes. The value read back is the same.
 */
export function jsonSafe(json: string): string {
  if (!JSON_UNSAFE_CHAR.test(json) && !json.includes('##[')) return json;
  return json.replace(JSON_UNSAFE_G, (m) => (m === '##[' ? '#\\u0023[' : `\\u${m.charCodeAt(0).toString(16).padStart(4, '0')}`));
}
const JSON_UNSAFE_CHAR = /[\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/;
const JSON_UNSAFE_G = /[\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]|##\[/g;

// ---- Markdown -------------------------------------------------------------

/** Inline code that survives backticks and pipes inside a table cell; unsafe characters shown as escapes. */
export function mdCode(s: string): string {
  const text = inertCommands(visible(s));
  let longest = 0;
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text.replace(/\|/g, '\\|')}${pad}${fence}`;
}

/** Plain text in a table cell or a paragraph: Markdown and HTML metacharacters backslash-escaped, unsafe characters shown as escapes. */
export function mdCell(s: string): string {
  return visible(s).replace(/([\\`*_[\]<>|~&#!])/g, '\\$1');
}

/** A whole Markdown document made safe for a CI log: no line starts a workflow command (the cells are escaped already). */
export function mdDocument(text: string): string {
  return text.replace(/##\[/g, '#\\x23[').replace(/^([^\S\n]*)::/gm, '$1\\x3a:');
}

// ---- GitHub workflow commands ---------------------------------------------

/**
 * A workflow command's data, as the runner expects it (actions/toolkit
 * `command.ts`: `%`, CR and LF percent-encoded, decoded by the runner), with
 * the other unsafe characters shown as escapes (the runner does not decode them).
 */
export function commandData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A').replace(UNSAFE, escapeChar);
}

/** A workflow command's property value: as its data, and `:` and `,` percent-encoded too. */
export function commandProperty(s: string): string {
  return commandData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** Whether a file name can be a `file=` property exactly: its only unsafe characters, CR and LF, are percent-encoded. */
export function isExactProperty(s: string): boolean {
  return !hasUnsafe(s.replace(/[\r\n]/g, ''));
}

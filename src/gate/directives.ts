/**
 * Source directives for the gate, found in Go source text (pure: the caller
 * reads the files):
 *
 *   //goescape:noescape        in a func's doc comment: nothing in the
 *                              function (closures included) may escape;
 *                              at the end of a line, or alone on the line
 *                              above it: nothing on that line may allocate.
 *   //goescape:bce             at the end of a line, or alone on the line
 *                              above it: no bounds check is left on it.
 *   //goescape:inline          in a func's doc comment: the compiler can
 *                              inline it and every call of it is inlined;
 *                              on a line: every call on it is inlined.
 *   //goescape:allow <reason>  at the end of a line, or alone on the line
 *                              above it: accepts the findings on that line.
 *
 * Assertions combine as gcassert's do: `//goescape:bce,noescape`. Like
 * `//go:` directives, there is no space after `//`.
 */
import { scanGoFuncs } from '../parse/go-source.js';

export interface NoescapeFunc {
  /** The declared name (`F`, `(*T).M`). */
  func: string;
  /** Lines covered, 1-based inclusive: from the declaration to the closing brace. */
  line: number;
  endLine: number;
  directiveLine: number;
}

/** A function every call of which must be inlined (`//goescape:inline` in its doc comment). */
export interface InlineFunc {
  /** The declared name (`F`, `(*T).M`). */
  func: string;
  /** The declaration's line. */
  line: number;
  directiveLine: number;
}

/** An assertion about one line of code. */
export interface LineAssertion {
  /** `noescape`: nothing on the line may allocate (heap sites, inlined copies' included); `bce`: no bounds check left; `inline`: every call on it inlined. */
  assert: 'noescape' | 'bce' | 'inline';
  /** The line asserted about. */
  line: number;
  directiveLine: number;
}

export interface AllowDirective {
  /** The source line whose findings are accepted. */
  line: number;
  reason: string;
  directiveLine: number;
}

export interface DirectiveProblem {
  line: number;
  message: string;
}

export interface FileDirectives {
  noescape: NoescapeFunc[];
  inline: InlineFunc[];
  /** Line assertions, in source order. */
  lines: LineAssertion[];
  allows: AllowDirective[];
  /** Directives that are malformed or misplaced; the gate reports them. */
  problems: DirectiveProblem[];
}

/** The assertions a comma list may combine. */
const ASSERTIONS = new Set(['noescape', 'bce', 'inline']);

const PREFIX = '//goescape:';

/** Finds goescape directives in one Go source file. Never throws. */
export function scanDirectives(src: string): FileDirectives {
  const out: FileDirectives = { noescape: [], inline: [], lines: [], allows: [], problems: [] };
  if (!src.includes(PREFIX)) return out;
  const lines = src.split('\n');
  let funcs: ReturnType<typeof scanGoFuncs> | undefined;
  const isCommentLine = (i: number) => /^\s*\/\//.test(lines[i] ?? '');
  // The first line after `i` (0-based) that is not a comment or blank, as a 0-based index.
  const nextCodeLine = (i: number) => {
    let j = i + 1;
    while (j < lines.length && (isCommentLine(j) || !lines[j]!.trim())) j++;
    return j < lines.length ? j : -1;
  };
  const isFuncLine = (j: number) => j >= 0 && /^\s*func\b/.test(lines[j]!);
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!;
    const at = commentStart(text);
    if (at < 0 || !text.startsWith(PREFIX, at)) continue;
    const directiveLine = i + 1;
    const rest = text.slice(at + PREFIX.length);
    const m = /^([a-z-]+(?:,[a-z-]+)*)(?:\s+(.*))?$/.exec(rest.trimEnd());
    const names = (m?.[1] ?? rest.split(/\s/)[0] ?? '').split(',');
    const arg = (m?.[2] ?? '').trim();
    const alone = text.slice(0, at).trim() === '';
    const problem = (message: string) => out.problems.push({ line: directiveLine, message });
    if (names.length === 1 && names[0] === 'allow') {
      if (!arg) {
        problem('//goescape:allow needs a reason: //goescape:allow <why this escape is acceptable>');
        continue;
      }
      const target = alone ? nextCodeLine(i) : i;
      if (target < 0) {
        problem('//goescape:allow is not followed by a line of code');
        continue;
      }
      out.allows.push({ line: target + 1, reason: arg, directiveLine });
      continue;
    }
    const unknown = names.filter((n) => !ASSERTIONS.has(n));
    if (unknown.length > 0) {
      const known = 'known: //goescape:noescape, //goescape:bce, //goescape:inline, //goescape:allow <reason>';
      problem(
        unknown.includes('allow')
          ? `//goescape:allow <reason> stands alone; ${known}`
          : `unknown directive //goescape:${unknown[0]}; ${known} (assertions combine as //goescape:bce,noescape)`,
      );
      continue;
    }
    if (arg) {
      problem(`//goescape:${names.join(',')} takes no argument (got "${arg}")`);
      continue;
    }
    // A doc comment: a run of comment lines directly above the declaration.
    let j = i + 1;
    while (j < lines.length && isCommentLine(j)) j++;
    const inDocComment = alone && j < lines.length && isFuncLine(j);
    const target = alone ? nextCodeLine(i) : i;
    for (const name of [...new Set(names)]) {
      if ((name === 'noescape' || name === 'inline') && inDocComment) {
        funcs ??= scanGoFuncs(src);
        const decl = funcs.find((f) => !f.isLiteral && f.line === j + 1 && f.bodyEnd);
        if (!decl) problem(`//goescape:${name} above "func" marks a function with a body`);
        else if (name === 'noescape') out.noescape.push({ func: decl.name, line: j + 1, endLine: decl.bodyEnd!.line, directiveLine });
        else out.inline.push({ func: decl.name, line: j + 1, directiveLine });
      } else if (target < 0) {
        problem(`//goescape:${name} is not followed by a line of code`);
      } else if (alone && isFuncLine(target)) {
        // Separated from the declaration by a blank line: not its doc comment, and the signature is no line to assert about.
        problem(`//goescape:${name} above a function must be in its doc comment (directly above "func")`);
      } else {
        out.lines.push({ assert: name as LineAssertion['assert'], line: target + 1, directiveLine });
      }
    }
  }
  return out;
}

/**
 * Index of the `//` that starts a line comment, or -1; `//` inside string,
 * raw string and rune literals does not count. (Raw strings spanning lines
 * are not tracked: a directive-looking line inside one is a rare false hit.)
 */
export function commentStart(line: string): number {
  let quote = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote) {
      if (c === '\\' && quote !== '`') i++;
      else if (c === quote) quote = '';
      continue;
    }
    if (c === '"' || c === '`' || c === "'") quote = c;
    else if (c === '/' && line[i + 1] === '/') return i;
    else if (c === '/' && line[i + 1] === '*') {
      const end = line.indexOf('*/', i + 2);
      if (end < 0) return -1;
      i = end + 1;
    }
  }
  return -1;
}

/** The noescape function covering a line, else the line's own noescape assertion, if any. */
export function noescapeAt(d: FileDirectives, line: number): NoescapeFunc | LineAssertion | undefined {
  return d.noescape.find((f) => line >= f.line && line <= f.endLine) ?? d.lines.find((a) => a.assert === 'noescape' && a.line === line);
}

/** The line's inline assertion, if any. */
export function inlineAt(d: FileDirectives, line: number): LineAssertion | undefined {
  return d.lines.find((a) => a.assert === 'inline' && a.line === line);
}

/** The line's bounds-check assertion, if any. */
export function bceAt(d: FileDirectives, line: number): LineAssertion | undefined {
  return d.lines.find((a) => a.assert === 'bce' && a.line === line);
}

/** The allow directive for a line, if any. */
export function allowAt(d: FileDirectives, line: number): AllowDirective | undefined {
  return d.allows.find((a) => a.line === line);
}

/**
 * Source directives for the gate, found in Go source text (pure: the caller
 * reads the files):
 *
 *   //goescape:noescape        in a func's doc comment: nothing in the
 *                              function (closures included) may escape.
 *   //goescape:allow <reason>  at the end of a line, or alone on the line
 *                              above it: accepts the findings on that line.
 *
 * Like `//go:` directives, there is no space after `//`.
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
  allows: AllowDirective[];
  /** Directives that are malformed or misplaced; the gate reports them. */
  problems: DirectiveProblem[];
}

const PREFIX = '//goescape:';

/** Finds goescape directives in one Go source file. Never throws. */
export function scanDirectives(src: string): FileDirectives {
  const out: FileDirectives = { noescape: [], allows: [], problems: [] };
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
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!;
    const at = commentStart(text);
    if (at < 0 || !text.startsWith(PREFIX, at)) continue;
    const directiveLine = i + 1;
    const rest = text.slice(at + PREFIX.length);
    const m = /^([a-z-]+)(?:\s+(.*))?$/.exec(rest.trimEnd());
    const name = m?.[1] ?? rest.split(/\s/)[0] ?? '';
    const arg = (m?.[2] ?? '').trim();
    const alone = text.slice(0, at).trim() === '';
    if (name === 'allow') {
      if (!arg) {
        out.problems.push({ line: directiveLine, message: '//goescape:allow needs a reason: //goescape:allow <why this escape is acceptable>' });
        continue;
      }
      const target = alone ? nextCodeLine(i) : i;
      if (target < 0) {
        out.problems.push({ line: directiveLine, message: '//goescape:allow is not followed by a line of code' });
        continue;
      }
      out.allows.push({ line: target + 1, reason: arg, directiveLine });
    } else if (name === 'noescape') {
      // A doc comment: a run of comment lines directly above the declaration.
      let j = i + 1;
      while (j < lines.length && isCommentLine(j)) j++;
      funcs ??= scanGoFuncs(src);
      const decl = alone && j < lines.length && /^\s*func\b/.test(lines[j]!) ? funcs.find((f) => !f.isLiteral && f.line === j + 1 && f.bodyEnd) : undefined;
      if (!decl) {
        out.problems.push({ line: directiveLine, message: '//goescape:noescape must be in the doc comment of a function declaration (directly above "func")' });
        continue;
      }
      out.noescape.push({ func: decl.name, line: j + 1, endLine: decl.bodyEnd!.line, directiveLine });
    } else {
      out.problems.push({ line: directiveLine, message: `unknown directive //goescape:${name}; known: //goescape:noescape, //goescape:allow <reason>` });
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

/** The noescape function covering a line, if any. */
export function noescapeAt(d: FileDirectives, line: number): NoescapeFunc | undefined {
  return d.noescape.find((f) => line >= f.line && line <= f.endLine);
}

/** The allow directive for a line, if any. */
export function allowAt(d: FileDirectives, line: number): AllowDirective | undefined {
  return d.allows.find((a) => a.line === line);
}

/**
 * A Go module whose file names and source are hostile to terminals, CI logs,
 * Markdown and HTML: every name here is one go accepts (go rejects a name
 * whose first character is ASCII and not a letter, digit, `.`, `_` or `/`,
 * cmd/go/internal/load SafeArg, so `::error::x.go` and `##[x.go` cannot be
 * used; a newline or CR anywhere else can).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** File names (without `.go`), each with what it tries. */
export const HOSTILE_NAMES: readonly string[] = [
  'a\n::error::INJECTED', // a newline, then a workflow command
  'b\r::error::cr', // CR: a line break for the runner, an overwrite for a terminal
  'c\x1b]8;;https:evil\x07link\x1b]8;;\x07', // OSC 8 hyperlink
  'd\x1b[2J\x1b[31m', // CSI: clear screen, colour
  'e\u202egnp', // right-to-left override
  'f\u2066isolate\u2069', // bidi isolate
  'g\u009b31m', // C1 CSI
  'h\x7f', // DEL
  'i\x01\x08', // other C0: SOH, backspace
  '\u3000::warning::ws', // white space the runner trims, then a command
  '\u0085::error::nel', // NEL: C1, and white space to the runner
  'j##[error]legacy', // the runner's legacy command prefix, mid-line
  'k\u2028::error::ls', // line separator
  'l<img src=x onerror=window.__pwned=3>', // markup
  'm|pipe`tick`*star*_u_[x](y)', // Markdown
];

/** The hostile text put in a comment and a string on each flagged line. */
const HOSTILE_SOURCE = '\x1b]8;;http:evil\x07link\x1b]8;;\x07 \u202e \x1b[2J \r::error::src ##[error]src <b>b</b>';

/** Writes the module: `go.mod`, `ok.go` (no escape), and for each name a file whose `F<i>` moves a variable to the heap. */
export function writeHostileModule(dir: string, names: readonly string[] = HOSTILE_NAMES): void {
  writeFileSync(join(dir, 'go.mod'), 'module example.com/hostile\n\ngo 1.22\n');
  writeFileSync(join(dir, 'ok.go'), 'package hostile\n\nfunc Ok() int { return 1 }\n');
  names.forEach((name, i) => {
    writeFileSync(
      join(dir, `${name}.go`),
      [
        'package hostile',
        '',
        `// F${i}: ${HOSTILE_SOURCE}`,
        `func F${i}() any { s := "${HOSTILE_SOURCE.replace(/\r/g, '')}"; return &s } // ${HOSTILE_SOURCE}`,
        '',
      ].join('\n'),
    );
  });
}

/** Characters that must never reach a terminal or log raw: C0 but newline, DEL, C1, bidi controls, line separators. */
const RAW_UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/u;

/**
 * Fails unless `text` is inert for a terminal and for GitHub's runner: no
 * raw control or bidi character, no line (split as the runner's ReadLine
 * splits: at CR, LF or CRLF) that starts a workflow command after leading
 * white space, no legacy `##[` command anywhere. Lines matching `own` (the
 * annotations of `-f github`) may start with `::`.
 */
export function assertInert(text: string, what: string, own?: RegExp): void {
  const bad = RAW_UNSAFE.exec(text);
  if (bad)
    throw new Error(
      `${what}: raw U+${bad[0].codePointAt(0)!.toString(16).padStart(4, '0')} at ${bad.index}: ${JSON.stringify(text.slice(Math.max(0, bad.index - 60), bad.index + 20))}`,
    );
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (own?.test(line)) continue;
    // .NET's TrimStart: Unicode white space, NEL included.
    if (/^[\s\u0085]*::/.test(line)) throw new Error(`${what}: a line starts a workflow command: ${JSON.stringify(line)}`);
    if (line.includes('##[')) throw new Error(`${what}: a line holds a legacy workflow command: ${JSON.stringify(line)}`);
  }
}

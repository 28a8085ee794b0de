/**
 * A command's argv as one line a POSIX shell reads back as the same argv,
 * for showing the go command goescape ran (it can be pasted to run it
 * again). Pure.
 */

/** Words no shell changes: these characters only, and no `=` first (zsh expands `=cmd`). */
const PLAIN = /^[A-Za-z0-9_\-.,/:@%+][A-Za-z0-9_\-.,/:=@%+]*$/;

/** One argument: as it is when the shell would not change it, else in single quotes (a `'` inside written `'\''`). */
export function shellQuote(arg: string): string {
  if (PLAIN.test(arg)) return arg;
  return `'${arg.replace(/'/g, `'\\''`)}'`;
}

/** The argv as a shell command line: each element quoted where needed, separated by spaces. */
export function shellCommand(argv: readonly string[]): string {
  return argv.map(shellQuote).join(' ');
}

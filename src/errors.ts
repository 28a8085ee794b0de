/**
 * Errors a user can fix carry a stable `code` and a one-line message that
 * says what is wrong and what to do; the CLI prints them without a stack.
 * Messages quote paths and go's own words: they are made one safe line
 * for the terminal (src/report/escape.ts) when the error is made.
 */
import { terminalLine } from './report/escape.js';

export type ErrorCode =
  | 'USAGE'
  | 'CONFIG'
  | 'GO_NOT_FOUND'
  | 'NOT_A_MODULE'
  | 'NO_PACKAGES'
  | 'GO_FAILED'
  | 'BUILD_FAILED'
  | 'BAD_INPUT'
  | 'GIT_FAILED'
  | 'TOOLCHAIN_MISMATCH';

export class GoescapeError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(terminalLine(message), options);
    this.name = 'GoescapeError';
  }
}

/**
 * The message as one line a terminal or CI log shows as text: line breaks
 * and other control characters (from file names, file contents and go's
 * output) are written as escapes (report/escape.ts). Tabs stay.
 */
export function oneLine(text: string): string {
  return text.split('\t').map(terminalLine).join('\t');
}

export function isGoescapeError(e: unknown): e is GoescapeError {
  return e instanceof GoescapeError;
}

import { statSync } from 'node:fs';

/** Fails with one line when a directory the user named does not exist (spawn would blame go instead). */
export function requireDirectory(dir: string): void {
  let ok = false;
  try {
    ok = statSync(dir).isDirectory();
  } catch {
    ok = false;
  }
  if (!ok) throw new GoescapeError('USAGE', `directory ${dir} does not exist; pass an existing directory to --cwd`);
}

/** goescape's exit codes; documented in docs/exit-codes.md. */
export const EXIT = {
  /** Success (findings are not failures unless a gate says so). */
  OK: 0,
  /** A gate failed: new heap escapes (`check`), `diff --fail-on-new`, `bench --fail-on`. */
  GATE_FAILED: 1,
  /** Usage or input error: unknown flag, bad config, unreadable or corrupt input file. */
  USAGE: 2,
  /** Go problem: no go, not a module, no packages, or packages failed to compile (partial results are still reported). */
  GO: 3,
  /** Internal error in goescape: please report it. */
  INTERNAL: 4,
} as const;

/**
 * Errors a user can fix carry a stable `code` and a one-line message that
 * says what is wrong and what to do; the CLI prints them without a stack.
 */
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
  constructor(readonly code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(oneLine(message), options);
    this.name = 'GoescapeError';
  }
}

/**
 * The message as one line a terminal shows as text: line breaks and other
 * control characters (they come from file names, file contents and go's
 * output) are written as escapes. Tabs stay.
 */
export function oneLine(text: string): string {
  return text.replace(/[\x00-\x08\x0a-\x1f\x7f-\x9f]/g, (c) => {
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    const hex = c.charCodeAt(0).toString(16).padStart(2, '0');
    return c.charCodeAt(0) < 0x80 ? `\\x${hex}` : `\\u00${hex}`;
  });
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

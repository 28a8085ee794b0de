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

import type { ErrorCode } from '../errors.js';

export function exitCodeForError(code: ErrorCode): number {
  switch (code) {
    case 'USAGE':
    case 'CONFIG':
    case 'BAD_INPUT':
    case 'TOOLCHAIN_MISMATCH':
      return EXIT.USAGE;
    case 'GIT_FAILED':
    case 'GO_NOT_FOUND':
    case 'NOT_A_MODULE':
    case 'NO_PACKAGES':
    case 'GO_FAILED':
    case 'BUILD_FAILED':
      return EXIT.GO;
  }
}

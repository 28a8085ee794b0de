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

/**
 * Interrupted by SIGHUP, SIGINT or SIGTERM (129, 130, 143): 128 + the
 * signal's number, what a shell reports for a process the signal killed.
 * goescape stops go first and removes its temporary files.
 */
export function exitCodeForSignal(signal: NodeJS.Signals): number {
  return 128 + constants.signals[signal];
}

import { constants } from 'node:os';
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

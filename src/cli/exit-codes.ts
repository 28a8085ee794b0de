/** goescape's exit codes (docs/exit-codes.md): defined beside the errors, as rendered reports carry them too. */
export { EXIT } from '../errors.js';
import { EXIT } from '../errors.js';

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

/**
 * Reading the files a user hands goescape (config, baseline, saved result,
 * benchmark output, heap profile): whatever goes wrong is one line naming
 * the file, never a stack.
 */
import { readFileSync } from 'node:fs';
import { GoescapeError, type ErrorCode } from '../errors.js';
import { withoutBom } from '../util/json-shape.js';

export interface InputFile {
  /** The error code when the file cannot be read. */
  code: ErrorCode;
  /** What the file is, for the message: `baseline`, `profile`. */
  what: string;
  /** What to do instead. */
  hint: string;
  /** The file as the user named it (default: as passed). */
  shown?: string;
}

function why(e: unknown): string {
  switch ((e as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'it is a directory';
    case 'EACCES':
      return 'permission denied';
    default:
      return (e as Error).message;
  }
}

/** The file's bytes. */
export function readInputBytes(file: string, o: InputFile): Buffer {
  try {
    return readFileSync(file);
  } catch (e) {
    throw new GoescapeError(o.code, `cannot read ${o.what} ${o.shown ?? file}: ${why(e)}; ${o.hint}`, { cause: e });
  }
}

/** The file as text, without a UTF-8 byte order mark. */
export function readInputFile(file: string, o: InputFile): string {
  return withoutBom(readInputBytes(file, o).toString('utf8'));
}

/**
 * The `-f, --format` flag of every command: its choices are the formats of
 * the command's reporter registry (src/report/index.ts), listed default
 * first; anything else is a usage error worded the same everywhere.
 */
import { GoescapeError } from '../errors.js';
import type { OptionSpec } from './command.js';

/** The option spec of `-f, --format` with its default. */
export function formatOption(dflt: string): OptionSpec[string] {
  return { type: 'string', short: 'f', default: dflt };
}

/** The choices as the usage error names them: `use text or json`, `use one of: text, json, html`. */
function choicesText(choices: readonly string[]): string {
  return choices.length === 2 ? `use ${choices[0]} or ${choices[1]}` : `use one of: ${choices.join(', ')}`;
}

/** `value` as one of `formats`, else the usage error (the choices listed with the default first). */
export function chooseFormat<F extends string>(value: unknown, formats: readonly F[], dflt: F): F {
  const format = String(value);
  if ((formats as readonly string[]).includes(format)) return format as F;
  const choices = [dflt, ...formats.filter((f) => f !== dflt)];
  throw new GoescapeError('USAGE', `unknown --format "${format}"; ${choicesText(choices)}`);
}

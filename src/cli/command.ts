import type { ParseArgsConfig } from 'node:util';

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

export interface CommandContext {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
  /** Whether stdout is a terminal (colour, progress). */
  isTTY: boolean;
  stdout: (text: string | Uint8Array) => void;
  stderr: (text: string) => void;
}

/** One subcommand: its flags, help text, and a run function returning the exit code. */
export interface Command {
  name: string;
  usage: string;
  options: OptionSpec;
  run(ctx: CommandContext): Promise<number>;
}

/** Options most commands share. */
export const COMMON_BUILD_OPTIONS: OptionSpec = {
  cwd: { type: 'string', short: 'C' },
  tags: { type: 'string' },
  tests: { type: 'boolean' },
  deps: { type: 'boolean' },
  'no-inline': { type: 'boolean' },
  rebuild: { type: 'boolean', short: 'a' },
};

export const COMMON_BUILD_HELP = `  -C, --cwd DIR        run in DIR (the Go module or a directory inside it)
      --tags TAGS      build tags, as for go build -tags
      --tests          include _test.go files (compile test variants)
      --deps           analyze dependencies too, not only the named packages
      --no-inline      disable inlining (-l), to see escapes without it
  -a, --rebuild        rebuild all packages (go build -a) instead of replaying the caches`;

#!/usr/bin/env node
/**
 * The command line: parse flags, call the library, write, set the exit
 * code. User mistakes print one line (`goescape: …`) and a documented exit
 * code; only goescape's own bugs print a stack.
 */
import { parseArgs } from 'node:util';
import { isGoescapeError } from '../errors.js';
import { timingAtExit } from '../util/timing.js';
import { VERSION } from '../version.js';
import type { Command } from './command.js';
import { COMMANDS } from './commands/index.js';
import { tuneForCompile } from './v8-tuning.js';
import { EXIT, exitCodeForError } from './exit-codes.js';
import { cleanUpBeforeExit, finalExitCode, handleInterrupts, isInterrupted, nameCommand } from './lifecycle.js';

handleInterrupts();
tuneForCompile();

function help(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return `goescape ${VERSION}: what goes to the heap in Go code, why, and what it costs

usage: goescape <command> [packages...] [flags]

commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Run "goescape <command> --help" for a command's flags.
Exit codes: 0 ok, 1 gate failed, 2 usage or input error, 3 Go toolchain or build problem, 4 internal error,
128+N interrupted by signal N (130 SIGINT, 143 SIGTERM).
`;
}

export async function main(argv: string[]): Promise<number> {
  const stdout = (t: string | Uint8Array) => void process.stdout.write(t);
  const stderr = (t: string) => void process.stderr.write(t);
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    stdout(help());
    if (!name) stderr('goescape: no command given; run "goescape <command>", e.g. goescape analyze\n');
    return name ? EXIT.OK : EXIT.USAGE;
  }
  if (name === '--version' || name === '-v') {
    stdout(`${VERSION}\n`);
    return EXIT.OK;
  }
  const entry = COMMANDS.find((c) => c.name === name);
  if (!entry) {
    stderr(`goescape: unknown command "${name}"; run "goescape --help" for the list\n`);
    return EXIT.USAGE;
  }
  const command: Command = await entry.load();
  nameCommand(command.name);
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: rest, options: { ...command.options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (e) {
    // Node's message can run over lines (its hint for a value starting with a dash is on the third).
    stderr(`goescape ${command.name}: ${(e as Error).message.split('\n').join(' ').replace(/\.$/, '')}; run "goescape ${command.name} --help"\n`);
    return EXIT.USAGE;
  }
  if (parsed.values.help) {
    stdout(command.usage + '\n');
    return EXIT.OK;
  }
  try {
    return await command.run({
      values: parsed.values as Record<string, string | boolean | string[] | undefined>,
      positionals: parsed.positionals,
      isTTY: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
      stdout,
      stderr,
    });
  } catch (e) {
    // Interrupted: what failed was killed on purpose, and the exit is the signal's.
    if (isInterrupted()) return EXIT.INTERNAL;
    if (isGoescapeError(e)) {
      stderr(`goescape ${command.name}: ${e.message}\n`);
      return exitCodeForError(e.code);
    }
    stderr(`goescape ${command.name}: internal error, please report it with the command line you ran:\n${(e as Error).stack ?? String(e)}\n`);
    return EXIT.INTERNAL;
  }
}

/** Resolves once everything written to the stream so far has been handed to the system. */
function flushed(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((resolve) => {
    if (stream.writableLength === 0 || stream.destroyed) resolve();
    else stream.write('', () => resolve());
  });
}

main(process.argv.slice(2)).then(
  async (code) => {
    if (isInterrupted()) return;
    await cleanUpBeforeExit();
    // For the benchmark script: peak memory (KiB) and CPU time of this process.
    timingAtExit();
    // Exit as soon as the output is out: letting Node tear down a large heap
    // (std's analysis) takes a third of a second for nothing.
    await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
    // A failed write is reported on a later tick than the write: let it be reported.
    await new Promise((resolve) => setImmediate(resolve));
    process.exit(finalExitCode(code));
  },
  (e) => {
    if (isInterrupted()) return;
    process.stderr.write(`goescape: internal error: ${(e as Error).stack ?? String(e)}\n`);
    process.exitCode = EXIT.INTERNAL;
  },
);

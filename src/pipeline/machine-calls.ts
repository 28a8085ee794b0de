/**
 * The calls the analyzed packages' machine code makes (for
 * `//goescape:inline`): a call the `-S` listing shows is a call the
 * compiler did not inline. Read from the same `-S` compile `--verify`
 * runs (replayed from go's cache, its blocks from goescape's).
 */
import { resolve } from 'node:path';
import { GoescapeError } from '../errors.js';
import type { MachineCall } from '../gate/evaluate.js';
import { PathNormalizer } from '../analyze/paths.js';
import { importPathOfDesc, type AnalysisResult } from '../model/result.js';
import { splitSymbol } from '../parse/asm.js';
import { goEnv } from '../toolchain/go-list.js';
import { makeTempDir, removeTempDir } from '../toolchain/processes.js';
import { firstLine } from '../toolchain/stream/process.js';
import { readAsmListing } from './asm-blocks.js';

export interface MachineCallOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  tags?: string;
  tests?: boolean;
  noInline?: boolean;
}

/** Every call (not into the runtime) of the analyzed packages' functions, positions in the analysis's form. */
export async function machineCallsOf(result: AnalysisResult, o: MachineCallOptions): Promise<MachineCall[]> {
  const cwd = resolve(o.cwd);
  const run = { cwd, env: o.env ?? process.env };
  const outDir = o.tests ? makeTempDir('asm') : undefined;
  try {
    const [env, listing] = await Promise.all([
      goEnv(run),
      readAsmListing(
        { patterns: result.patterns.length > 0 ? result.patterns : ['./...'], tags: o.tags, tests: o.tests, outDir, noInline: o.noInline, cwd },
        run,
      ),
    ]);
    if (listing.functions.length === 0 && listing.exitCode !== 0) {
      throw new GoescapeError('GO_FAILED', `compiling with -S failed: ${firstLine(listing.otherLines.join('\n')) || `exit code ${listing.exitCode}`}`);
    }
    const paths = new PathNormalizer({ cwd, moduleRoot: result.module?.root, goroot: env.GOROOT, gomodcache: env.GOMODCACHE });
    const out: MachineCall[] = [];
    // A test variant compiles the package's functions again: each call once.
    const seen = new Set<string>();
    for (const fn of listing.functions) {
      const pkg = importPathOfDesc(fn.pkg);
      const { func } = splitSymbol(fn.symbol, pkg);
      for (const c of fn.calls) {
        const call: MachineCall = { pkg, func, pos: { file: paths.normalize(c.pos.file), line: c.pos.line }, inlined: (c.inline?.length ?? 0) > 0 };
        // A command's functions are `main.F` to the linker, whatever its import path: only its own code can call them.
        if (c.callee !== undefined) call.callee = c.callee.startsWith('main.') ? `${pkg}.${c.callee.slice('main.'.length)}` : c.callee;
        const id = `${pkg}\u0000${func}\u0000${call.callee ?? ''}\u0000${call.pos.file}\u0000${call.pos.line}\u0000${call.inlined}`;
        if (seen.has(id)) continue;
        seen.add(id);
        out.push(call);
      }
    }
    return out;
  } finally {
    if (outDir) removeTempDir(outDir);
  }
}

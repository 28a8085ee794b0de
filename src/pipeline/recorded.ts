/**
 * The pipeline after go, in process, for tests that feed it recorded or
 * mutated compiler output: the same parse, attribution, fold and assembly
 * a compile's output goes through.
 */
import type { AnalysisResult } from '../model/result.js';
import { CompilerOutput } from '../parse/compile-output.js';
import { PathNormalizer } from '../analyze/paths.js';
import { fileNameJoiner, type Compiled } from '../toolchain/compile-m.js';
import { moduleRoot, type GoEnv, type ListedPackage } from '../toolchain/go-list.js';
import { LineSplitter } from '../util/bytes.js';
import { afterCompile } from './analyze.js';
import { StreamingAttribution } from './stream.js';

/** What {@link analyzeCompilerOutput} needs besides the output: what go would have said about the toolchain and the packages. */
export interface RecordedCompile {
  env: GoEnv;
  /** The go command's directory. */
  cwd: string;
  listed: ListedPackage[];
  exitCode?: number;
  /** go list answers before the output is parsed (true) or after all of it (false). */
  listedFirst?: boolean;
  /** Reads a source file (default: from disk). */
  readSource?: (absPath: string) => Buffer | undefined;
  /** Which line breaks are inside a file name (default: fileNameJoiner on `cwd`). */
  joinsName?: (partial: string, next: string) => boolean;
}

/** go's stderr, as the chunks it came in, through the pipeline after go. */
export function analyzeCompilerOutput(chunks: readonly Buffer[], rec: RecordedCompile): AnalysisResult {
  const root = moduleRoot(rec.env)?.root;
  const paths = new PathNormalizer({ cwd: rec.cwd, moduleRoot: root, goroot: rec.env.GOROOT, gomodcache: rec.env.GOMODCACHE });
  const stream = new StreamingAttribution(paths, true, undefined, rec.readSource);
  if (rec.listedFirst) stream.ready(rec.listed);
  const reader = new CompilerOutput((out) => stream.add(out), rec.joinsName ?? fileNameJoiner(rec.cwd));
  const lines = new LineSplitter(reader.onLine);
  for (const c of chunks) lines.write(c);
  lines.end();
  reader.end();
  if (!rec.listedFirst) stream.ready(rec.listed);
  const exitCode = rec.exitCode ?? 0;
  const failed = new Set<string>();
  if (exitCode !== 0) for (const out of reader.outputs) if (out.unrecognized.length > 0) failed.add(out.pkg);
  const compiled: Compiled = {
    outputs: reader.outputs,
    failed,
    exitCode,
    stderr: reader.goMessages.join('\n'),
    goMessages: reader.goMessages,
    strayStdout: [],
    lineCount: reader.lineCount,
    orphans: reader.orphans,
    replayable: false,
    dropped: false,
    finish() {},
  };
  return afterCompile({
    env: rec.env,
    moduleRoot: root,
    patterns: ['./...'],
    compilerFlags: ['-m=2'],
    command: ['go'],
    listed: rec.listed,
    listStderr: '',
    compiled,
    cwd: rec.cwd,
    stream,
  });
}

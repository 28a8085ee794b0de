/** Records a compile's raw compiler output through `go build -json`, for saved captures. */
import { compileArgs, type CompileOptions } from './go-args.js';
import { streamGo, type GoRunOptions } from './stream/process.js';

/** One `go build -json` event (Go ≥ 1.24; `go help buildjson`). */
export interface BuildEvent {
  ImportPath?: string;
  Action?: string;
  Output?: string;
  /** go test -json events carry Package instead. */
  Package?: string;
}

/** What `captureCompile` recorded: the compiler's text exactly as printed, plus the facts around it. */
export interface CaptureResult {
  argv: string[];
  exitCode: number;
  /** The `Output` of every `build-output` event, concatenated in arrival order, byte for byte. */
  output: string;
  /** Packages (as named in the events, e.g. `p [p.test]`) in the order their output arrived. */
  packages: string[];
  /** Packages that reported `build-fail`. */
  failed: string[];
  stderr: string;
  /** stdout lines that were not JSON build events. */
  strayStdout: string[];
}

/**
 * Runs a compile (see `compileArgs`) and records the raw compiler output, for
 * saved captures (scripts/capture.ts). Test2json events (`Package`, no
 * `ImportPath`) are not compiler output and are skipped.
 */
export async function captureCompile(o: CompileOptions, opts: GoRunOptions): Promise<CaptureResult> {
  const args = compileArgs({ ...o, json: true });
  let output = '';
  const packages: string[] = [];
  const failed: string[] = [];
  const strayStdout: string[] = [];
  const r = await streamGo(args, opts, {
    onStdoutLine(line) {
      if (!line) return;
      let ev: BuildEvent;
      try {
        ev = JSON.parse(line) as BuildEvent;
      } catch {
        strayStdout.push(line);
        return;
      }
      const pkg = ev.ImportPath;
      if (pkg === undefined) return;
      if (ev.Action === 'build-fail') {
        if (!failed.includes(pkg)) failed.push(pkg);
        return;
      }
      if (ev.Action !== 'build-output' || ev.Output === undefined) return;
      if (!packages.includes(pkg)) packages.push(pkg);
      output += ev.Output;
    },
  });
  return { argv: r.argv, exitCode: r.exitCode, output, packages, failed, stderr: r.stderr, strayStdout };
}

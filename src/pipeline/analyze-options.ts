/** The analysis's options, and the handshake with a caller that may replay an earlier report (replay.ts). */
import type { AnalysisResult } from '../model/result.js';
import type { GoEnv } from '../toolchain/go-list.js';

export interface AnalyzeOptions {
  /** Package patterns as for `go build`; default `./...`. */
  patterns?: string[];
  /** Directory to run in (the module or a directory inside it). */
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Build tags (`-tags`). */
  tags?: string;
  /** Include `_test.go` files (compile test variants). */
  tests?: boolean;
  /** Analyze dependencies too. */
  deps?: boolean;
  /** Disable inlining (`-l`). */
  noInline?: boolean;
  /** Rebuild everything (`-a`), bypassing the build cache. */
  rebuild?: boolean;
  /**
   * Leaking parameters get their explanations, chain and cause (default).
   * `false` leaves those out, for a report that shows only heap escapes'
   * detail: leak flows are most of `-m=2` output.
   */
  explainLeaks?: boolean;
  /**
   * Findings and allocation sites get their stable keys (default). `false`
   * leaves every key empty, for a report that shows none (the text
   * report): a heap escape's key reads and hashes its statement's source.
   */
  keys?: boolean;
  /**
   * A chain step of inlined code moves to its own line in the callee
   * (default; analyze/explain.ts placeInlinedSteps). `false` leaves each
   * step where the compiler printed it (at the call that inlined it), for
   * a report that shows no chain (the text report).
   */
  placeInlinedSteps?: boolean;
  /** Called as packages finish compiling (for progress display). When go's compile ends, COMPILE_ENDED is published (events.ts). */
  onPackage?: (pkg: string, done: number) => void;
}

/**
 * A compile whose output is not yet made into a result. With `speculation`,
 * a caller that has the report of an earlier run can compare `facts` and
 * skip the parse altogether (src/pipeline/replay.ts); otherwise complete() parses.
 */
export interface PendingAnalysis {
  /**
   * SHA-256 of everything the result is a function of besides the source
   * files read: the toolchain, and go's own listing of the packages with
   * each one's build ID (which names every input of its compile, flags
   * included), its exit code and messages. After complete(), of the
   * compile the result was made from.
   */
  readonly facts: string;
  /** The compile went through `go list -export` and cleanly: no package errors, no messages from go. */
  readonly replayable: boolean;
  /** Parses (what was held) and builds the result; once, later calls return the same result. */
  complete(): Promise<AnalysisResult>;
}

export interface Speculation {
  /**
   * Called with the toolchain before go starts: true when a result may be
   * replayed, so the compile's output is held unparsed (up to HOLD_BYTES)
   * instead of parsed as it streams.
   */
  hold(env: GoEnv): boolean;
  /** Each Go source file the analysis reads (or tries to: a missing file matters too). */
  onSourceRead?(absPath: string): void;
}

/**
 * Parser for the standard Go benchmark data format
 * (https://go.googlesource.com/proposal/+/master/design/14313-benchmark-format.md)
 * as produced by `go test -bench` and read by golang.org/x/perf/benchfmt,
 * plus a parser for `GODEBUG=gctrace=1` lines.
 *
 * Pure functions: no I/O, never throws on any input string. Every input
 * line ends up in exactly one of `results`, `configLines` or `other`.
 *
 * @module
 */

/** One benchmark result line. */
export interface BenchResult {
  /** Value of the `pkg` configuration key in effect for this line ("" if none). */
  pkg: string;
  /**
   * Full benchmark name without the -GOMAXPROCS suffix, including the
   * "Benchmark" prefix and any sub-benchmark parts,
   * e.g. "BenchmarkReturnPointer/before".
   */
  name: string;
  /**
   * GOMAXPROCS from the "-N" name suffix. `go test` omits the suffix when
   * GOMAXPROCS is 1, so a name without suffix yields 1.
   */
  procs: number;
  /** Iteration count (b.N). */
  iterations: number;
  /**
   * Measurements keyed by their unit exactly as written ("ns/op", "B/op",
   * "allocs/op", "MB/s", custom b.ReportMetric units, ...). Values are not
   * rescaled. If a unit appears twice on one line, the last value wins
   * here; `values` keeps all of them in order.
   */
  metrics: Record<string, number>;
  /** All value/unit pairs in line order (including duplicates). */
  values: { value: number; unit: string }[];
  /** Snapshot of the configuration in effect for this line (goos, goarch, pkg, cpu, ...). */
  config: Record<string, string>;
  /** 1-based line number in the input. */
  line: number;
}

/** A `key: value` configuration line. An empty value deletes the key (benchfmt semantics). */
export interface BenchConfigLine {
  line: number;
  key: string;
  value: string;
}

/** A line that is neither a result nor configuration (kept, never dropped). */
export interface BenchOtherLine {
  line: number;
  text: string;
  /**
   * Set when the line starts with "Benchmark" (or "Unit") but could not
   * be used, explaining why, e.g. "missing units", "invalid measurement
   * \"NaN\"". Absent for ordinary non-benchmark output (PASS, ok, logs,
   * blank lines, ...).
   */
  reason?: string;
}

export interface BenchParseResult {
  results: BenchResult[];
  /**
   * Configuration in effect at the end of the input (later lines override
   * earlier ones; a key set to an empty value is removed). Each result
   * carries its own snapshot in `config`.
   */
  config: Record<string, string>;
  /** Every configuration line, in input order. */
  configLines: BenchConfigLine[];
  /** Every other line, in input order. */
  other: BenchOtherLine[];
  /** Number of input lines (a final newline does not start an extra line). */
  totalLines: number;
}

/** Split text into lines (LF or CRLF). A trailing newline does not add an empty line. */
export function splitLines(text: string): string[] {
  if (text.length === 0) return [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines.map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
}

const WS = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/u;

/**
 * Parse a configuration line per the benchmark format: the key starts with
 * a lower-case letter and contains no white space or upper-case letters,
 * is followed by ':', then either nothing or one or more spaces/tabs and
 * the value (trailing white space trimmed).
 */
function parseConfigLine(line: string): { key: string; value: string } | null {
  const colon = line.indexOf(':');
  if (colon <= 0) return null;
  const key = line.slice(0, colon);
  if (!/^\p{Ll}/u.test(key)) return null;
  if (/[\s\p{Lu}]/u.test(key)) return null;
  const rest = line.slice(colon + 1);
  if (rest.length === 0) return { key, value: '' };
  if (rest[0] !== ' ' && rest[0] !== '\t') return null;
  return { key, value: rest.replace(/^[ \t]+/, '').trimEnd() };
}

/** Define an own enumerable property (safe for keys such as "__proto__"). */
function setOwn<T>(obj: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Strict decimal number: no NaN / Inf / hex / underscores / empty. */
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

type BenchLineParse = { ok: true; name: string; procs: number; iterations: number; values: { value: number; unit: string }[] } | { ok: false; reason: string };

/**
 * Parse one "Benchmark..." line. Same grammar as benchfmt's
 * parseBenchmarkLine: name, iteration count, then one or more
 * `value unit` pairs separated by white space. Stricter than benchfmt in
 * one respect: values must be finite decimal numbers (NaN, ±Inf are
 * rejected, so they can never poison the statistics).
 */
function parseBenchLine(line: string): BenchLineParse {
  const fields = line.split(WS).filter((f) => f.length > 0);
  const fullName = fields[0] ?? '';
  if (fields.length === 1) {
    // `go test -v` prints the bare name when a benchmark starts.
    return { ok: false, reason: 'benchmark name only (go test -v progress line)' };
  }
  const itersField = fields[1];
  if (itersField === undefined) return { ok: false, reason: 'missing iteration count' };
  if (!/^\d+$/.test(itersField)) return { ok: false, reason: `invalid iteration count ${JSON.stringify(itersField)}` };
  const iterations = Number(itersField);
  if (!Number.isSafeInteger(iterations)) return { ok: false, reason: `iteration count out of range ${JSON.stringify(itersField)}` };
  const rest = fields.slice(2);
  if (rest.length === 0) return { ok: false, reason: 'missing measurements' };
  const values: { value: number; unit: string }[] = [];
  for (let i = 0; i < rest.length; i += 2) {
    const v = rest[i]!;
    const unit = rest[i + 1];
    if (!NUMBER.test(v)) return { ok: false, reason: `invalid measurement ${JSON.stringify(v)}` };
    const value = Number(v);
    if (!Number.isFinite(value)) return { ok: false, reason: `measurement out of range ${JSON.stringify(v)}` };
    if (unit === undefined) return { ok: false, reason: 'missing units' };
    values.push({ value, unit });
  }
  // Split off the -GOMAXPROCS suffix (benchfmt's splitGomaxprocs): a
  // trailing '-' followed by one or more digits.
  let name = fullName;
  let procs = 1;
  const m = /^(.*)-(\d+)$/s.exec(fullName);
  if (m && m[1]!.length > 0) {
    const p = Number(m[2]);
    if (Number.isSafeInteger(p)) {
      name = m[1]!;
      procs = p;
    }
  }
  return { ok: true, name, procs, iterations, values };
}

/**
 * Parse `go test -bench` output (the Go benchmark format).
 *
 * - `key: value` lines update the configuration (goos, goarch, pkg, cpu,
 *   or any other key); `pkg:` may change mid-stream (e.g. `go test
 *   -bench . ./...`), and each result carries the pkg in effect.
 * - Lines starting with "Benchmark" that match
 *   `Name[-procs] iterations (value unit)+` become results.
 * - Everything else (PASS, ok, FAIL, test logs, blank lines, malformed
 *   benchmark lines, unit metadata lines) is returned in `other` with its
 *   1-based line number; malformed benchmark lines carry a `reason`.
 *
 * Never throws. results.length + configLines.length + other.length ===
 * totalLines.
 */
export function parseBenchOutput(text: string): BenchParseResult {
  const lines = splitLines(String(text));
  const results: BenchResult[] = [];
  const configLines: BenchConfigLine[] = [];
  const other: BenchOtherLine[] = [];
  const config: Record<string, string> = {};
  lines.forEach((raw, idx) => {
    const lineNo = idx + 1;
    if (raw.startsWith('Benchmark')) {
      const r = parseBenchLine(raw);
      if (r.ok) {
        const metrics: Record<string, number> = {};
        for (const { value, unit } of r.values) setOwn(metrics, unit, value);
        results.push({
          pkg: Object.hasOwn(config, 'pkg') ? config.pkg! : '',
          name: r.name,
          procs: r.procs,
          iterations: r.iterations,
          metrics,
          values: r.values,
          config: { ...config },
          line: lineNo,
        });
      } else {
        other.push({ line: lineNo, text: raw, reason: r.reason });
      }
      return;
    }
    if (/^Unit[\s]/u.test(raw) || raw === 'Unit') {
      other.push({ line: lineNo, text: raw, reason: 'unit metadata line (not interpreted)' });
      return;
    }
    const kv = parseConfigLine(raw);
    if (kv) {
      configLines.push({ line: lineNo, key: kv.key, value: kv.value });
      if (kv.value === '') delete config[kv.key];
      else setOwn(config, kv.key, kv.value);
      return;
    }
    other.push({ line: lineNo, text: raw });
  });
  return { results, config: { ...config }, configLines, other, totalLines: lines.length };
}

/** Repeated measurements (e.g. from -count N) of one metric of one benchmark. */
export interface BenchSample {
  pkg: string;
  name: string;
  procs: number;
  unit: string;
  /** Values in input order. */
  values: number[];
  /** Line numbers the values came from, parallel to `values`. */
  lines: number[];
}

function cmpStr(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Group results into samples per (pkg, name, procs, unit). procs is part
 * of the key so `-cpu 1,4` runs are not mixed (benchstat likewise keeps
 * different GOMAXPROCS apart). Sorted by pkg, name, procs, unit
 * (code-unit order, locale independent); values keep input order.
 */
export function groupSamples(results: readonly BenchResult[]): BenchSample[] {
  const map = new Map<string, BenchSample>();
  for (const r of results) {
    for (const { value, unit } of r.values) {
      const key = JSON.stringify([r.pkg, r.name, r.procs, unit]);
      let s = map.get(key);
      if (!s) {
        s = { pkg: r.pkg, name: r.name, procs: r.procs, unit, values: [], lines: [] };
        map.set(key, s);
      }
      s.values.push(value);
      s.lines.push(r.line);
    }
  }
  return [...map.values()].sort((a, b) => cmpStr(a.pkg, b.pkg) || cmpStr(a.name, b.name) || a.procs - b.procs || cmpStr(a.unit, b.unit));
}

// ---------------------------------------------------------------------------
// GODEBUG=gctrace=1
// ---------------------------------------------------------------------------

/**
 * One `GODEBUG=gctrace=1` line. Format (Go 1.26 runtime/mgc.go, gcMarkTermination):
 *
 *   gc # @#s #%: #+#+# ms clock, #+#/#/#+# ms cpu, #->#-># MB, # MB goal, # MB stacks, # MB globals, # P
 *
 * optionally with " (checking for goroutine leaks)" after the percentage
 * and " (forced)" at the end. "MB stacks" / "MB globals" were added in
 * Go 1.18 and are optional here.
 */
export interface GcTrace {
  /** GC cycle number (increments every GC). */
  gc: number;
  /** Seconds since program start when the cycle began. */
  atSeconds: number;
  /** Percentage of CPU time spent in GC since program start. */
  cpuPercent: number;
  /** Wall-clock times of the phases (ms). */
  clockMs: { sweepTermination: number; concurrent: number; markTermination: number };
  /** Stop-the-world wall-clock time (ms) = sweepTermination + markTermination, rounded to 1e-6 ms (1 ns) to drop float noise. */
  stwMs: number;
  /** CPU times (ms): STW sweep termination, mark assist / background / idle, STW mark termination. */
  cpuMs: { sweepTermination: number; assist: number; background: number; idle: number; markTermination: number };
  /** Heap size (MB) at GC start, at GC end, and live heap after marking. */
  heapMB: { start: number; end: number; live: number };
  /** Heap goal (MB). */
  goalMB: number;
  /** Scannable stack size (MB), null on Go < 1.18. */
  stacksMB: number | null;
  /** Scannable globals size (MB), null on Go < 1.18. */
  globalsMB: number | null;
  /** Number of processors used (GOMAXPROCS). */
  procs: number;
  /** Cycle was forced (runtime.GC() / debug.FreeOSMemory). */
  forced: boolean;
}

const N = String.raw`(\d+(?:\.\d+)?)`;
const I = String.raw`(\d+)`;
const GC_RE = new RegExp(
  String.raw`^gc ${I} @${N}s ${I}%(?: \(checking for goroutine leaks\))?: ` +
    String.raw`${N}\+${N}\+${N} ms clock, ` +
    String.raw`${N}\+${N}/${N}/${N}\+${N} ms cpu, ` +
    `${I}->${I}->${I} MB, ${I} MB goal, ` +
    `(?:${I} MB stacks, ${I} MB globals, )?` +
    String.raw`${I} P( \(forced\))?\s*$`,
);

/** Parse one gctrace line; returns null for anything else. Never throws. */
export function parseGcTrace(line: string): GcTrace | null {
  const m = GC_RE.exec(String(line));
  if (!m) return null;
  const n = (i: number): number => Number(m[i]);
  const rec: GcTrace = {
    gc: n(1),
    atSeconds: n(2),
    cpuPercent: n(3),
    clockMs: { sweepTermination: n(4), concurrent: n(5), markTermination: n(6) },
    stwMs: Math.round((n(4) + n(6)) * 1e6) / 1e6,
    cpuMs: { sweepTermination: n(7), assist: n(8), background: n(9), idle: n(10), markTermination: n(11) },
    heapMB: { start: n(12), end: n(13), live: n(14) },
    goalMB: n(15),
    stacksMB: m[16] === undefined ? null : n(16),
    globalsMB: m[17] === undefined ? null : n(17),
    procs: n(18),
    forced: m[19] !== undefined,
  };
  return rec;
}

/** Parse a whole stderr capture: gctrace records (with line numbers) and the other lines. */
export function parseGcTraceOutput(text: string): { records: (GcTrace & { line: number })[]; other: BenchOtherLine[] } {
  const records: (GcTrace & { line: number })[] = [];
  const other: BenchOtherLine[] = [];
  splitLines(String(text)).forEach((raw, i) => {
    const r = parseGcTrace(raw);
    if (r) records.push({ ...r, line: i + 1 });
    else other.push({ line: i + 1, text: raw });
  });
  return { records, other };
}

/**
 * `npm run bench`: goescape against the bare go command, measured in the
 * same run on the same machine, printed as ratios.
 *
 * 1. analyze std at -m=2 vs `go build -gcflags=std=-m=2 std`: warm (build
 *    cache replay; median of runs; goescape's report replayed, and, for
 *    comparison, with GOESCAPE_CACHE=off) and cold (-a, every line parsed),
 *    plus goescape's peak memory. Cold, also against the compile go runs
 *    for goescape (which skips debug information): goescape's own cost.
 * 2. The share of std heap escapes whose root cause is "other" (explain).
 * 3. --verify on std vs `go build -gcflags=std=-S std`, warm: the step
 *    --verify adds to a replayed analyze, and the full reconciliation.
 * 4. The std HTML report's size and load-to-interactive time (scripts/html-bench).
 * 5. Every compiler line of std accounted for, with Go 1.26 and go1.27.3 (scripts/std-lossless).
 *
 *   npm run bench [-- --runs 3] [-- --cold-runs 3] [-- --skip-cold] [-- --skip-html]
 *
 * Cold runs take a minute each and this machine's speed drifts by more than
 * the margin measured, so each round runs the three cold commands in turn,
 * starting one later in the rotation than the last round. The verdict comes
 * from the median ratio's 95% confidence interval (a sign-test interval, as
 * benchstat's): met when the whole interval is at or under the target,
 * missed when it is all above, and otherwise the rounds cannot tell (the
 * README gives what 30 and more gave here).
 *
 * Targets (from the issues): warm ≤ 1.5×, cold ≤ 1.05×, peak memory ≤ 1 GiB,
 * "other" < 2%, verify ≤ 1.2× warm, HTML ≤ 60 MB and < 3 s.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { analyzePackages } from '../src/pipeline/analyze.js';
import { medianCI } from '../src/bench/stats.js';
import { tooFewForCIText } from '../src/report/messages/bench.js';
import { readAsmListing } from '../src/pipeline/asm-blocks.js';
import { NO_DEBUG_INFO } from '../src/toolchain/go-args.js';
import { verifyResult } from '../src/pipeline/verify.js';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    'cold-runs': { type: 'string', default: '3' },
    'skip-cold': { type: 'boolean' },
    'skip-html': { type: 'boolean' },
  },
});
const RUNS = Math.max(1, Number(values.runs));
const COLD_RUNS = Math.max(1, Number(values['cold-runs']));
const CLI = new URL('../src/cli/main.js', import.meta.url).pathname;
const HTML_BENCH = new URL('./html-bench.js', import.meta.url).pathname;
const STD_LOSSLESS = new URL('./std-lossless.js', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'goescape-bench-'));

interface Timed {
  ms: number;
  maxRssKiB?: number;
  /** When go's compile ended, from goescape's start (its `timing go exited` line). */
  goExitedAt?: number;
  /** goescape's CPU time (all its threads, not go's) when go exited and in all (ms). */
  cpuAtGoExit?: number;
  cpu?: number;
  code: number;
}

/**
 * Runs a command, draining its output through a pipe without looking at it
 * (the cheapest a consumer can be: the baseline for goescape), and times it.
 * Only the last chunks are kept, to read goescape's `timing maxrss` line.
 */
function timed(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<Timed> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(cmd, args, { cwd: work, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let maxRssKiB: number | undefined;
    let last: Buffer[] = [];
    let goExitedAt: number | undefined;
    let cpuAtGoExit: number | undefined;
    child.stdout.on('data', () => {});
    child.stderr.on('data', (c: Buffer) => {
      last = [last[last.length - 1]!, c].filter(Boolean);
      // Measured here rather than read from the line: the line's clock starts with goescape's process.
      // The last compile's (a report replayed from a dropped hold compiles again).
      if (c.includes('timing go exited')) {
        goExitedAt = performance.now() - t0;
        const m = /timing go exited: .*?cpu (\d+) ms/.exec(c.toString('utf8'));
        if (m) cpuAtGoExit = Number(m[1]);
      }
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const tail = Buffer.concat(last).toString('utf8').slice(-4096);
      const m = /timing maxrss: (\d+) KiB.*?(?:, cpu (\d+) ms)?$/m.exec(tail);
      if (m) maxRssKiB = Number(m[1]);
      const cpu = m?.[2] !== undefined ? Number(m[2]) : undefined;
      resolve({ ms: performance.now() - t0, maxRssKiB, goExitedAt, cpuAtGoExit, cpu, code: code ?? 1 });
    });
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
const verdict = (ok: boolean) => (ok ? 'meets target' : 'MISSES target');

const goArgs = (flags: string, extra: string[] = []) => ['build', '-o', '/dev/null', ...extra, `-gcflags=std=${flags}`, 'std'];
const goescapeArgs = (extra: string[] = []) => [CLI, 'analyze', 'std', '-o', '/dev/null', ...extra];
const envTiming = { ...process.env, GOESCAPE_TIMING: '1', NO_COLOR: '1' };

console.log(`goescape bench: node ${process.version}, ${await timedVersion()}, ${RUNS} warm runs each\n`);

// 1. warm: prime go's build cache and goescape's report, then alternate bare and goescape runs.
const envFull = { ...envTiming, GOESCAPE_CACHE: 'off' };
await timed('go', goArgs('-m=2'));
await timed(process.execPath, goescapeArgs(), envTiming);
const bareWarm: number[] = [];
const oursWarm: number[] = [];
const oursFull: number[] = [];
let peak = 0;
for (let i = 0; i < RUNS; i++) {
  bareWarm.push((await timed('go', goArgs('-m=2'))).ms);
  const r = await timed(process.execPath, goescapeArgs(), envTiming);
  if (r.code !== 0) throw new Error(`goescape analyze std exited ${r.code}`);
  oursWarm.push(r.ms);
  const full = await timed(process.execPath, goescapeArgs(), envFull);
  if (full.code !== 0) throw new Error(`goescape analyze std exited ${full.code}`);
  oursFull.push(full.ms);
  peak = Math.max(peak, r.maxRssKiB ?? 0, full.maxRssKiB ?? 0);
}
const bw = median(bareWarm);
const ow = median(oursWarm);
const of = median(oursFull);
console.log('analyze std, -m=2, warm (build cache replay)');
console.log(`  go build:          ${s(bw)}   (median of ${RUNS})`);
console.log(
  `  goescape analyze:  ${s(ow)}   ratio ${ratio(ow, bw)} (target ≤ 1.50×: ${verdict(ow / bw <= 1.5)}; report replayed: same build IDs, sources and options)`,
);
console.log(`  without goescape's cache (GOESCAPE_CACHE=off, every line parsed): ${s(of)}   ratio ${ratio(of, bw)}`);
console.log(`  goescape peak memory: ${(peak / 1024).toFixed(0)} MiB (target ≤ 1024 MiB: ${verdict(peak <= 1024 * 1024)})\n`);

// 1b. cold: -a rebuilds everything in both.
if (!values['skip-cold']) {
  console.log('analyze std, -m=2, cold (-a)');
  const ratios: number[] = [];
  const tails: number[] = [];
  const cpus: number[] = [];
  // Every line parsed, as on a first run: a rebuild prints what the last one did, so the report would replay.
  const runOurs = () => timed(process.execPath, goescapeArgs(['--rebuild']), envFull);
  const runBare = () => timed('go', goArgs('-m=2', ['-a']));
  // The compile goescape itself runs (its compiler flags add NO_DEBUG_INFO):
  // against it, the ratio is goescape's own cost, the parse, with the compile's saving set aside.
  const runSame = () => timed('go', goArgs(`-m=2 ${NO_DEBUG_INFO}`, ['-a']));
  const ownRatios: number[] = [];
  const savedRatios: number[] = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    // Each round starts one later in the rotation, so over every three rounds a machine that speeds up or slows down favours none.
    const runs = [runBare, runSame, runOurs];
    const got: Timed[] = [];
    for (let k = 0; k < runs.length; k++) {
      const j = (i + k) % runs.length;
      got[j] = await runs[j]!();
    }
    const [bareCold, sameCold, oursCold] = got as [Timed, Timed, Timed];
    if (oursCold.code !== 0) throw new Error(`goescape analyze std --rebuild exited ${oursCold.code}`);
    if (bareCold.code !== 0 || sameCold.code !== 0) throw new Error(`go build -a exited ${bareCold.code}, with ${NO_DEBUG_INFO} ${sameCold.code}`);
    ratios.push(oursCold.ms / bareCold.ms);
    ownRatios.push(oursCold.ms / sameCold.ms);
    savedRatios.push(sameCold.ms / bareCold.ms);
    let after = '';
    if (oursCold.goExitedAt !== undefined) {
      tails.push(oursCold.ms - oursCold.goExitedAt);
      after = `; ${s(oursCold.ms - oursCold.goExitedAt)} of it after go exited`;
    }
    // goescape's own CPU (go's is not in it): what it takes from the compile while both run.
    if (oursCold.cpuAtGoExit !== undefined && oursCold.cpu !== undefined) {
      cpus.push(oursCold.cpuAtGoExit);
      after += `; goescape's CPU ${s(oursCold.cpuAtGoExit)} by then, ${s(oursCold.cpu)} in all`;
    }
    console.log(
      `  go build -a: ${s(bareCold.ms)}   the same with ${NO_DEBUG_INFO}: ${s(sameCold.ms)}   goescape analyze -a: ${s(oursCold.ms)}` +
        `   ratio ${ratio(oursCold.ms, bareCold.ms)} (${ratio(oursCold.ms, sameCold.ms)} against its own compile)${after}`,
    );
  }
  const spread = (xs: number[]) => `median ${s(median(xs))} (${s(Math.min(...xs))}–${s(Math.max(...xs))})`;
  if (tails.length > 0) console.log(`  after go exited: ${spread(tails)}`);
  if (cpus.length > 0) console.log(`  goescape's CPU while go ran: ${spread(cpus)}`);
  // One pair says little on a machine whose speed drifts by more than the
  // margin: the median's confidence interval says whether the pairs can tell.
  const summary = (xs: number[]) => {
    const ci = medianCI(xs);
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    const interval = ci.tooFewForCI
      ? `no 95% interval: ${tooFewForCIText(ci.tooFewForCI, ci.requestedConfidence)}`
      : `95% interval ${ci.lo.toFixed(2)}–${ci.hi.toFixed(2)}×`;
    return { ci, text: `${ci.center.toFixed(2)}× (mean ${mean.toFixed(2)}×; ${interval}` };
  };
  const { ci, text } = summary(ratios);
  const told =
    ci.hi <= 1.05
      ? 'meets target'
      : ci.lo > 1.05
        ? 'MISSES target'
        : `cannot tell from ${ratios.length} round(s)${ci.tooFewForCI ? '' : ' (the interval spans 1.05×)'}; more rounds (--cold-runs 30) narrow the interval`;
  console.log(`  median ratio to go build -a over ${ratios.length} rounds: ${text}; target ≤ 1.05×: ${told})`);
  console.log(`  median ratio to the same compile go runs for goescape (${NO_DEBUG_INFO}), goescape's own cost: ${summary(ownRatios).text})`);
  console.log(`  that compile against go build -a: ${summary(savedRatios).text})\n`);
}

// 2 + 3. In process: causes on std, then --verify against a bare -S compile.
const result = await analyzePackages({ patterns: ['std'], cwd: work });
const heap = result.summary.heapEscapes;
const other = result.summary.byCause.other ?? 0;
console.log(
  `root causes on std: ${heap} heap escapes, ${other} "other" = ${((100 * other) / heap).toFixed(2)}% (target < 2%: ${verdict(other / heap < 0.02)})`,
);
for (const [cause, n] of Object.entries(result.summary.byCause).sort(([, a], [, b]) => (b ?? 0) - (a ?? 0))) {
  console.log(`  ${cause.padEnd(22)} ${String(n).padStart(6)}  ${((100 * (n ?? 0)) / heap).toFixed(1)}%`);
}
console.log('');

// Warm as for analyze: go's build cache and goescape's block cache both primed.
await timed('go', goArgs('-S'));
await readAsmListing({ patterns: ['std'] }, { cwd: work });
// verifyResult adds to the result: put it back as analyze left it before each run.
const before = { findings: result.findings, count: result.summary.findings, byPackage: result.packages.map((p) => p.findings) };
const bareSRuns: number[] = [];
const verifyRuns: number[] = [];
for (let i = 0; i < RUNS; i++) {
  bareSRuns.push((await timed('go', goArgs('-S'))).ms);
  result.findings = before.findings;
  result.summary.findings = before.count;
  delete result.summary.byKind['allocates-without-escape'];
  result.packages.forEach((p, j) => (p.findings = before.byPackage[j]!));
  const tv = performance.now();
  await verifyResult(result, { cwd: work });
  verifyRuns.push(performance.now() - tv);
}
const bareS = median(bareSRuns);
const verifyMs = median(verifyRuns);
const v = result.verification!;
console.log('--verify on std, warm');
console.log(`  go build -gcflags=std=-S: ${s(bareS)}   (median of ${RUNS})`);
// The CLI with its report replayed: what --verify adds to analyze is the -S compile, drained.
await timed(process.execPath, goescapeArgs(['--verify']), envTiming);
const withVerify: number[] = [];
const without: number[] = [];
const bareBoth: number[] = [];
for (let i = 0; i < RUNS; i++) {
  bareBoth.push((await timed('go', goArgs('-m=2'))).ms + (await timed('go', goArgs('-S'))).ms);
  without.push((await timed(process.execPath, goescapeArgs(), envTiming)).ms);
  withVerify.push((await timed(process.execPath, goescapeArgs(['--verify']), envTiming)).ms);
}
const step = median(withVerify) - median(without);
console.log(
  `  goescape analyze --verify: ${s(median(withVerify))} (analyze alone ${s(median(without))}): the --verify step ${s(step)}   ratio ${ratio(step, bareS)} (target ≤ 1.20×: ${verdict(step / bareS <= 1.2)}; report replayed)`,
);
console.log(`  whole run against bare -m=2 and -S compiles (${s(median(bareBoth))}): ${ratio(median(withVerify), median(bareBoth))}`);
console.log(`  without the replay (in process, block cache warm, every block matched): ${s(verifyMs)}   ratio ${ratio(verifyMs, bareS)}`);
console.log(
  `  unverified: ${v.unverified} of ${v.heapEscapes} heap escapes = ${((100 * v.unverified) / v.heapEscapes).toFixed(2)}% (target < 5%: ${verdict(v.unverified / v.heapEscapes < 0.05)})\n`,
);

// 4. The HTML report (needs Debian's chromium).
if (!values['skip-html']) {
  console.log('HTML report of std (scripts/html-bench):');
  await new Promise<void>((resolve) => {
    const child = spawn(process.execPath, [HTML_BENCH], { stdio: 'inherit' });
    child.on('close', () => resolve());
  });
}

// 5. Lossless on std with both Go versions.
console.log('\nevery compiler line accounted for (scripts/std-lossless):');
await new Promise<void>((resolve) => {
  const child = spawn(process.execPath, [STD_LOSSLESS], { stdio: 'inherit' });
  child.on('close', () => resolve());
});

rmSync(work, { recursive: true, force: true });

async function timedVersion(): Promise<string> {
  return new Promise((resolve) => {
    const child = spawn('go', ['version'], { stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.on('close', () => resolve(out.trim()));
  });
}

/**
 * The accuracy benchmark: how well goescape's predicted allocation lines
 * match the lines that really allocated in rate-1 heap profiles of real
 * modules' own benchmarks, with raw `-m` scored the same way beside it
 * (docs/accuracy.md).
 *
 *   npm run accuracy -- [--modules M@V,…] [--benchtime 10x] [--runs 2] [--cache DIR] [--out accuracy.json]
 *                       [--save-measures FILE | --from-measures FILE]
 *
 * For each module: a writable copy from the proxy, `analyze --verify -f
 * json` and plain `-m` on its packages, its benchmarks with heap profiles
 * at rate 1 (twice, merged), and a coverage run of the same benchmarks.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  goescapePredictions,
  isModuleLibraryFile,
  noAllocationLines,
  observedLines,
  rawPredictions,
  scorePredictions,
  scoredPredictions,
  targetsOf,
  type ObservedSet,
  type Prediction,
} from '../src/bench/accuracy.js';
import { joinProfile, profilePathMapper, type ProfileJoin } from '../src/bench/profile-join.js';
import type { Finding } from '../src/model/finding.js';
import { executedLines, parseCoverProfile } from '../src/parse/coverage.js';
import { decodeHeapProfile, type HeapSample } from '../src/parse/pprof.js';
import { rawHeapLines } from '../src/parse/raw-escapes.js';
import { renderAccuracyText, type AccuracyModuleReport, type AccuracyReport } from '../src/report/accuracy.js';
import { asmOutput, coverBenchmarks, fetchModule, modulePackages, profileBenchmarks, rawEscapeOutput } from '../src/toolchain/accuracy.js';
import { callsByLine } from '../src/parse/asm.js';
import { packageVarsOf } from '../src/pipeline/profile-sources.js';
import { goEnv } from '../src/toolchain/go-list.js';

export const CORPUS = [
  'github.com/json-iterator/go@v1.1.12',
  'github.com/VictoriaMetrics/fastcache@v1.13.2',
  'github.com/go-chi/chi/v5@v5.5.0',
  'github.com/tidwall/gjson@v1.20.4',
];

const CLI = fileURLToPath(new URL('../src/cli/main.js', import.meta.url));

export interface ModuleMeasure {
  module: string;
  /** Per profile run, the join of its samples to goescape's findings. */
  joins: ProfileJoin[];
  observed: ObservedSet;
  executed: Set<string>;
  goescape: Prediction[];
  raw: Prediction[];
  /** `file\0line` → the functions the line's machine code calls (`-S`). */
  callsAt: Map<string, string[]>;
  failures: { pkg: string; what: string; error: string }[];
  seconds: number;
}

/** Measures one module in `dir` (its root; `module` its path). */
export async function measureModule(
  dir: string,
  module: string,
  o: { benchtime: string; runs: number; onProgress?: (t: string) => void },
): Promise<ModuleMeasure> {
  const t0 = Date.now();
  const say = o.onProgress ?? (() => {});
  const env = await goEnv({ cwd: dir });
  const pkgs = await modulePackages(dir);
  say(`${module}: analyze --verify`);
  const a = spawnSync(process.execPath, [CLI, 'analyze', '--verify', '-f', 'json', '-C', dir, './...'], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env: { ...process.env, NO_COLOR: '1' },
  });
  if (a.status !== 0) throw new Error(`goescape analyze --verify failed in ${module} (exit ${a.status}): ${a.stderr.split('\n')[0]}`);
  const doc = JSON.parse(a.stdout) as { findings: Finding[] };
  const goescape = goescapePredictions(doc.findings);
  say(`${module}: raw -m`);
  const raw = rawPredictions(rawHeapLines(await rawEscapeOutput(dir, module)).map((l) => ({ ...l, file: l.file.replace(/^\.\//, '') })));
  const mapFile = profilePathMapper({
    moduleRoot: dir,
    modulePath: module,
    goroot: env.GOROOT,
    gomodcache: env.GOMODCACHE,
    knownFiles: doc.findings.map((f) => f.pos.file),
  });
  say(`${module}: -S listing`);
  const callsAt = new Map<string, string[]>();
  for (const [k, calls] of callsByLine(await asmOutput(dir, module))) {
    const [file, line] = k.split('\0') as [string, string];
    const nk = `${mapFile(file.replace(/^\.\//, ''))}\0${line}`;
    callsAt.set(nk, [...new Set([...(callsAt.get(nk) ?? []), ...calls])].sort());
  }
  const packageVars = packageVarsOf(pkgs.listed, mapFile);
  const work = mkdtempSync(join(tmpdir(), 'goescape-accuracy-'));
  const failures: ModuleMeasure['failures'] = [];
  const joins: ProfileJoin[] = [];
  let executed = new Set<string>();
  try {
    for (let run = 0; run < o.runs; run++) {
      const samples: HeapSample[] = [];
      for (const [i, pkg] of pkgs.withTests.entries()) {
        say(`${module}: profile run ${run + 1}/${o.runs} ${pkg}`);
        const file = join(work, `r${run}-p${i}.pprof`);
        const step = await profileBenchmarks(dir, pkg, file, o.benchtime);
        if (step.error) {
          if (run === 0) failures.push({ pkg, what: 'profile run', error: step.error });
          continue;
        }
        // A package without benchmarks still ran its initialisation, which its coverage run counts as run too.
        samples.push(...decodeHeapProfile(readFileSync(file), file).samples);
      }
      joins.push(joinProfile(samples, { packages: pkgs.all, findings: doc.findings, mapFile, packageVars }));
    }
    let cover = '';
    for (const [i, pkg] of pkgs.withTests.entries()) {
      say(`${module}: coverage ${pkg}`);
      const file = join(work, `c${i}.out`);
      const step = await coverBenchmarks(dir, pkg, pkgs.all, file, o.benchtime);
      if (step.error) failures.push({ pkg, what: 'coverage run', error: step.error });
      else cover += readFileSync(file, 'utf8') + '\n';
    }
    const coverMap = (f: string) => (f.startsWith(module + '/') ? f.slice(module.length + 1) : f);
    executed = executedLines(cover.trim() ? parseCoverProfile(cover) : [], coverMap);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return { module, joins, observed: observedLines(joins, isModuleLibraryFile), executed, goescape, raw, callsAt, failures, seconds: (Date.now() - t0) / 1000 };
}

const prefixed = (module: string, file: string) => `${module}/${file}`;

/** Scores modules, each and all together (files prefixed with their module so the corpus is one set of lines). */
export function scoreCorpus(ms: readonly ModuleMeasure[], o: { benchtime: string; runs: number; seconds: number }): AccuracyReport {
  const inScope = (f: string) => isModuleLibraryFile(f);
  const scoreOne = (
    observed: ObservedSet,
    executed: Set<string>,
    goescape: Prediction[],
    raw: Prediction[],
    callsAt: Map<string, string[]>,
    scope: (f: string) => boolean,
  ) => [
    scorePredictions('goescape', goescape, observed, executed, scope, { noAllocation: noAllocationLines(goescape), callsAt }),
    scorePredictions('raw -m', raw, observed, executed, scope, { callsAt }),
  ];
  const modules: AccuracyModuleReport[] = ms.map((m) => ({
    module: m.module,
    observed: m.observed.lines.length,
    scores: scoreOne(m.observed, m.executed, scoredPredictions(m.goescape, m.module), m.raw, m.callsAt, inScope),
    failures: m.failures,
    seconds: m.seconds,
  }));
  const all: ObservedSet = { lines: [], runs: o.runs, unstable: 0, bytes: 0, unplaced: { lines: 0, bytes: 0 } };
  const executed = new Set<string>();
  const goescape: Prediction[] = [];
  const raw: Prediction[] = [];
  const callsAt = new Map<string, string[]>();
  for (const m of ms) {
    for (const [k, v] of m.callsAt) callsAt.set(`${m.module}/${k}`, v);
    for (const l of m.observed.lines) all.lines.push({ ...l, file: prefixed(m.module, l.file) });
    all.unstable += m.observed.unstable;
    all.bytes += m.observed.bytes;
    all.unplaced.lines += m.observed.unplaced.lines;
    all.unplaced.bytes += m.observed.unplaced.bytes;
    for (const k of m.executed) executed.add(`${m.module}/${k}`);
    for (const p of scoredPredictions(m.goescape, m.module)) {
      if (!inScope(p.file)) continue;
      const { origin, ...rest } = p;
      // An origin outside the module's library code cannot be told ran or not: left off.
      goescape.push(
        origin && inScope(origin.file)
          ? { ...rest, file: prefixed(m.module, p.file), origin: { file: prefixed(m.module, origin.file), line: origin.line } }
          : { ...rest, file: prefixed(m.module, p.file) },
      );
    }
    for (const p of m.raw) if (inScope(p.file)) raw.push({ ...p, file: prefixed(m.module, p.file) });
  }
  const corpusScope = () => true;
  const scores = scoreOne(all, executed, goescape, raw, callsAt, corpusScope);
  return {
    benchtime: o.benchtime,
    runs: o.runs,
    seconds: o.seconds,
    observed: all.lines.length,
    bytes: all.bytes,
    unstable: all.unstable,
    unplaced: all.unplaced,
    executed: [...executed].filter((k) => inScope(k.split('\0')[0]!)).length,
    scores,
    targets: targetsOf(scores[0]!, scores[1]),
    modules,
  };
}

type SavedMeasure = Omit<ModuleMeasure, 'executed' | 'callsAt'> & { executed: string[]; callsAt: [string, string[]][] };
const saveMeasure = (m: ModuleMeasure): SavedMeasure => ({ ...m, executed: [...m.executed], callsAt: [...m.callsAt] });
const loadMeasure = (m: SavedMeasure): ModuleMeasure => ({ ...m, executed: new Set(m.executed), callsAt: new Map(m.callsAt) });

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      modules: { type: 'string' },
      benchtime: { type: 'string', default: '10x' },
      runs: { type: 'string', default: '2' },
      cache: { type: 'string' },
      out: { type: 'string', default: 'accuracy.json' },
      'save-measures': { type: 'string' },
      'from-measures': { type: 'string' },
    },
  });
  const specs = values.modules ? values.modules.split(',') : CORPUS;
  const runs = Number(values.runs);
  const cache = resolve(values.cache ?? join(tmpdir(), 'goescape-accuracy-modules'));
  mkdirSync(cache, { recursive: true });
  const t0 = Date.now();
  let ms: ModuleMeasure[] = [];
  let seconds: number;
  if (values['from-measures']) {
    // Scores measures saved by an earlier run again (the scorer changed, the modules did not).
    const saved = JSON.parse(readFileSync(values['from-measures'], 'utf8')) as { seconds: number; measures: SavedMeasure[] };
    ms = saved.measures.map(loadMeasure);
    seconds = saved.seconds;
  } else {
    for (const spec of specs) {
      process.stderr.write(`${spec}: download\n`);
      const { dir, module } = await fetchModule(spec, cache);
      ms.push(await measureModule(dir, module, { benchtime: values.benchtime!, runs, onProgress: (t) => process.stderr.write(`${t}\n`) }));
    }
    seconds = (Date.now() - t0) / 1000;
    if (values['save-measures']) writeFileSync(values['save-measures'], JSON.stringify({ seconds, measures: ms.map(saveMeasure) }) + '\n');
  }
  const report = scoreCorpus(ms, { benchtime: values.benchtime!, runs, seconds });
  writeFileSync(values.out!, JSON.stringify(report, null, 2) + '\n');
  process.stdout.write(renderAccuracyText(report));
  process.stdout.write(`\nwrote ${values.out}\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((e) => {
    process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
    process.exitCode = 1;
  });
}

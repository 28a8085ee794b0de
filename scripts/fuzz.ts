/**
 * Fuzzes the parser and the whole pipeline after go (parse, attribution,
 * fold, assembly) with mutated real compiler output (test/helpers/mutate.ts):
 * every line must be accounted for, nothing may throw, and the result must
 * not depend on when go list answers. Each run has its own seed; a failure
 * prints it, and `--seed <it> --runs 1` repeats exactly that run.
 *
 *   npm run fuzz -- [--runs N] [--seed S] [--parser-only] [--max-failures K]
 *
 * Defaults: 100,000 runs, a seed from the clock (printed first), every run
 * through the pipeline too, stop after 10 failures. Exits 1 on a failure.
 */
import { parseArgs } from 'node:util';
import { fuzzOne, runSeed } from '../test/helpers/mutate.js';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '100000' },
    seed: { type: 'string' },
    'parser-only': { type: 'boolean', default: false },
    'max-failures': { type: 'string', default: '10' },
  },
});
const runs = Number(values.runs);
const seed = values.seed === undefined ? Date.now() >>> 0 : Number(values.seed);
const maxFailures = Number(values['max-failures']);
if (!Number.isSafeInteger(runs) || runs < 1 || !Number.isSafeInteger(seed) || seed < 0 || seed > 0xffffffff || !(maxFailures >= 1)) {
  console.error('fuzz: --runs and --max-failures take a positive number, --seed a number from 0 to 4294967295');
  process.exit(2);
}
const pipeline = !values['parser-only'];
console.log(`fuzz: ${runs} runs from seed ${seed}${pipeline ? ', each through the pipeline' : ', parser only'}`);
const t0 = performance.now();
let failures = 0;
let lines = 0;
for (let i = 0; i < runs && failures < maxFailures; i++) {
  const s = runSeed(seed, i);
  try {
    lines += fuzzOne(s, pipeline);
  } catch (e) {
    failures++;
    console.log(`FAIL run ${i}: ${(e as Error).message.slice(0, 4000)}\n  repeat: npm run fuzz -- --seed ${s} --runs 1${pipeline ? '' : ' --parser-only'}`);
  }
  if ((i + 1) % 10000 === 0) console.log(`  ${i + 1} runs, ${lines} lines, ${((performance.now() - t0) / 1000).toFixed(0)} s`);
}
console.log(`fuzz: ${failures === 0 ? 'ok' : `${failures} failure(s)`}: ${lines} lines in ${((performance.now() - t0) / 1000).toFixed(1)} s (seed ${seed})`);
process.exitCode = failures === 0 ? 0 : 1;

/**
 * Runs the parser's and the pipeline's property tests (test/parse/m-output-property.test.ts)
 * for more inputs and seeds than a CI run does, and prints the seed of each
 * failure so it can be replayed with GOESCAPE_PROP_SEED=<seed>.
 *
 *   npm run fuzz -- --runs 1000000 --seeds 8 [--seed S]
 */
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '1000000' }, seeds: { type: 'string', default: '4' }, seed: { type: 'string' } } });
const runs = Number(values.runs);
const count = Number(values.seeds);
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(count) || count < 1) {
  console.error('fuzz: --runs and --seeds take positive integers');
  process.exit(2);
}
const first = values.seed === undefined ? Date.now() % 2 ** 31 : Number(values.seed);
const test = new URL('../test/parse/m-output-property.test.js', import.meta.url).pathname;
const failed: number[] = [];
for (let k = 0; k < count; k++) {
  const seed = (first + k) % 2 ** 31;
  const r = spawnSync(process.execPath, ['--test', '--test-reporter=dot', test], { env: { ...process.env, GOESCAPE_PROP_SEED: String(seed), GOESCAPE_PROP_RUNS: String(runs) }, encoding: 'utf8' });
  console.log(`seed ${seed}: ${r.status === 0 ? 'ok' : 'FAILED'} (${runs} mutated captures)`);
  if (r.status !== 0) {
    failed.push(seed);
    console.log(r.stdout.split('\n').filter((l) => /seed \d+/.test(l)).slice(0, 5).join('\n'));
  }
}
console.log(failed.length === 0 ? `fuzz: ${count} seeds passed` : `fuzz: ${failed.length} of ${count} seeds failed: ${failed.join(', ')} (replay with GOESCAPE_PROP_SEED=<seed> npm test)`);
process.exit(failed.length === 0 ? 0 : 1);

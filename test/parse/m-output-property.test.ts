/**
 * Property tests of the -m parser and of the pipeline after go, without a
 * library: a seeded PRNG (mulberry32) generates random lines and mutated
 * windows of real captured output (test/helpers/mutate.ts); neither may
 * throw, and every line must be accounted for exactly once (a finding's
 * lines, a `# ` header, or unrecognized), by the parser and, for a share of
 * the documents, through attribution, fold and assembly too.
 *
 * A failure names the document's seed: `npm run fuzz -- --seed <seed> --runs 1`
 * repeats it; GOESCAPE_PROP_SEED=<n> starts the whole test from another seed.
 * scripts/fuzz.ts runs the same documents, as many as asked.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { parseMessage } from '../../src/parse/m-message.js';
import { parseMText } from '../../src/parse/m-output.js';
import { checkAccounting, fuzzOne, Gen, mutateLine, randomLine, realLines, runSeed, streamParse } from '../helpers/mutate.js';
import { mulberry32 } from '../helpers/prng.js';

const SEED = Number(process.env.GOESCAPE_PROP_SEED ?? 0x5eed2026);
/** Documents through the parser per run (and one in ten parsed whole too). */
const PARSER_DOCUMENTS = 100_000;
/** Documents through the whole pipeline, twice each (go list answering first and last). */
const PIPELINE_DOCUMENTS = 4_000;
const REAL = realLines();

const KNOWN_TYPES = new Set(['verdict', 'explain-escapes', 'explain-leaks', 'flow', 'note', 'truncated', 'unrecognized']);

test(`property: parseMessage is total on random and mutated lines (seed ${SEED})`, () => {
  const g = new Gen(mulberry32(SEED));
  for (let i = 0; i < 4000; i++) {
    const line = i % 2 === 0 ? randomLine(g) : mutateLine(g, g.pick(REAL));
    const msg = g.chance(0.5) ? line : line.replace(/^.*?:\d+(?::\d+)?: /, '');
    let r: ReturnType<typeof parseMessage> | undefined;
    try {
      r = parseMessage(msg);
    } catch (e) {
      assert.fail(`seed ${SEED} iteration ${i}: parseMessage threw on ${JSON.stringify(msg).slice(0, 300)}: ${String(e)}`);
    }
    assert.ok(KNOWN_TYPES.has(r.type), `seed ${SEED} iteration ${i}: type ${r.type}`);
  }
});

test(`property: real captured lines parse identically after a round trip through the streaming parser (seed ${SEED})`, () => {
  // Unmutated windows: parseMText and the streaming parser agree.
  const g = new Gen(mulberry32(SEED ^ 0x1234));
  for (let i = 0; i < 50; i++) {
    const start = g.int(REAL.length);
    const lines = REAL.slice(start, start + g.range(1, 200));
    const a = parseMText(lines.join('\n') + '\n');
    const b = streamParse(lines);
    assert.deepEqual(a.packages, b, `seed ${SEED} iteration ${i}`);
    checkAccounting(lines, b, `seed ${SEED} iteration ${i}`);
  }
});

test(`property: ${PARSER_DOCUMENTS} mutated documents never throw and the parser accounts for every line (seed ${SEED})`, () => {
  const start = runSeed(SEED, 1_000_000);
  let total = 0;
  for (let i = 0; i < PARSER_DOCUMENTS; i++) total += fuzzOne(runSeed(start, i), false, i % 10 === 0);
  assert.ok(total > 50 * PARSER_DOCUMENTS, `exercised ${total} lines`);
});

test(`property: ${PIPELINE_DOCUMENTS} mutated documents through parse, attribution, fold and assembly keep every line, whenever go list answers (seed ${SEED})`, () => {
  let total = 0;
  for (let i = 0; i < PIPELINE_DOCUMENTS; i++) total += fuzzOne(runSeed(SEED, i), true);
  assert.ok(total > 50 * PIPELINE_DOCUMENTS, `exercised ${total} lines`);
});

test(`property: random-only documents (no real lines) never throw (seed ${SEED})`, () => {
  const g = new Gen(mulberry32(SEED + 7));
  for (let i = 0; i < 300; i++) {
    const lines = Array.from({ length: g.range(0, 60) }, () => randomLine(g).replace(/\n/g, ''));
    checkAccounting(lines, streamParse(lines, g), `seed ${SEED} iteration ${i}`);
  }
});

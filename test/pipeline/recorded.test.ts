/**
 * The whole pipeline after go (analyzeCompilerOutput), over recorded
 * compiler output: each line counted once, whenever go list answers.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

import { analyzeCompilerOutput } from '../../src/pipeline/recorded.js';
import { renderAnalysisJson as renderJson } from '../../src/report/json/analysis.js';
import { DEMO, demoListed as listed, recordedGoEnv } from '../helpers/go.js';

const CAPTURE = new URL('../../../test/captures/go1.26.8/m2/demo.txt', import.meta.url).pathname;

/** What go list says of the demo, as the compile would be told. */
function recorded(listedFirst: boolean) {
  const goroot = process.env.GOROOT ?? '/usr/local/go';
  const env = recordedGoEnv('go1.26.8', DEMO, goroot);
  return { env, cwd: DEMO, listed: listed(), listedFirst };
}

test('a package header printed twice and a finding before any header: every line counted once, whenever go list answers', () => {
  const lines = readFileSync(CAPTURE, 'utf8').split('\n').filter(Boolean);
  const canInline = lines.findIndex((l, i) => i > 5 && / can inline /.test(l));
  // The first package's header again after 40 lines, and one of its findings before the first header.
  const doc = [lines[canInline]!, ...lines.slice(0, 40), lines[0]!, ...lines.slice(40)];
  const text = Buffer.from(doc.join('\n') + '\n');
  const results = [true, false].map((first) => analyzeCompilerOutput([text.subarray(0, 5000), text.subarray(5000)], recorded(first)));
  for (const r of results) {
    const s = r.summary;
    assert.equal(s.lines, doc.length);
    assert.equal(s.linesInFindings + s.headerLines + s.unrecognized.length, s.lines);
    assert.deepEqual(s.unrecognized, [{ pkg: '', line: 1, text: doc[0], reason: 'compiler output before any package header' }]);
    assert.equal(s.headerLines, 4);
    assert.equal(
      r.packages.reduce((n, p) => n + p.lines, 0),
      doc.length - 1,
    );
  }
  assert.equal(renderJson(results[0]!), renderJson(results[1]!));
});

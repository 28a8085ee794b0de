/**
 * End to end on the largest package of the standard library: go/types
 * prints about 765,000 lines at -m=2 (half of std), including explanations
 * the compiler cut at assignment cycles. Flow lines are kept as bytes and
 * parsed when the analysis asks (parseFlows): every one of them must come
 * out as a flow or a note, and the cut ones must say so.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tmpdir } from 'node:os';
import { captureCompile } from '../../src/toolchain/capture.js';
import { linesOfSpans, parseFlows, parseMText } from '../../src/parse/m-output.js';
import { requireGo } from '../helpers/go.js';

const FLOW_LINE = /(?:^<unknown line number>|:\d+(?::\d+)?): {3}flow: /;
const NOTE_LINE = /(?:^<unknown line number>|:\d+(?::\d+)?): {5}from /;
const TRUNCATED_LINE = /: {3}warning: truncated explanation/;

test('go/types at -m=2: every flow and note line is parsed on read, cut explanations are marked', { timeout: 600_000 }, async () => {
  requireGo();
  const r = await captureCompile({ patterns: ['go/types'], compilerFlags: ['-m=2'] }, { cwd: tmpdir(), env: { ...process.env, GOTOOLCHAIN: 'local' } });
  assert.equal(r.exitCode, 0, r.stderr);
  const lines = r.output.split('\n');
  if (lines.at(-1) === '') lines.pop();
  assert.ok(lines.length > 100_000, `${lines.length} lines`);
  const { packages, lineCount } = parseMText(r.output);
  assert.equal(lineCount, lines.length);
  const findings = packages.flatMap((p) => p.findings);
  assert.equal(
    packages.reduce((n, p) => n + p.unrecognized.length, 0),
    0,
    'no unrecognized lines',
  );
  const accounted = findings.reduce((n, f) => n + linesOfSpans(f.spans).length, 0) + packages.reduce((n, p) => n + p.headers.length, 0);
  assert.equal(accounted, lines.length, 'every line in a finding or a header');

  let flows = 0;
  let notes = 0;
  let truncated = 0;
  for (const f of findings) {
    for (const e of f.explanations) {
      if (e.truncated) truncated++;
      for (const fl of parseFlows(e.lines)) {
        flows++;
        notes += fl.notes.length;
        assert.ok(fl.dst !== '' && fl.src !== '', `flow parsed: ${JSON.stringify(fl)}`);
        for (const n of fl.notes) assert.ok(n.why !== '', `note parsed: ${JSON.stringify(n)}`);
      }
    }
  }
  assert.equal(flows, lines.filter((l) => FLOW_LINE.test(l)).length, 'flow lines');
  assert.equal(notes, lines.filter((l) => NOTE_LINE.test(l)).length, 'note lines');
  const cut = lines.filter((l) => TRUNCATED_LINE.test(l)).length;
  assert.ok(cut > 0, 'go/types has explanations cut at assignment cycles');
  assert.equal(truncated, cut, 'each cut explanation is marked truncated');
});

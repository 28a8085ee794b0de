/**
 * JSON made in parts (jsonBytes, what `analyze --format json` writes) is
 * byte for byte the JSON of one JSON.stringify (jsonText): std's analysis
 * is longer than the longest string V8 can make, so it is written in parts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderAnalysisJson, renderAnalysisJsonBytes } from '../../../src/report/json/analysis.js';
import { jsonBytes, jsonText } from '../../../src/report/json/serialize.js';
import { finding, result } from '../../helpers/gate-fixtures.js';

test('jsonBytes writes the bytes of jsonText: nesting, empty arrays and objects, unsafe characters, non-ASCII', () => {
  const docs: object[] = [
    {},
    { a: [] },
    { a: [], b: {}, c: null, d: [1, [2, [3, {}]], { e: [] }] },
    { s: 'line\nbreak "quoted" \u007f \u2028 ##[error] ümlaut 😀', list: ['x\ny', { k: '##[' }], n: 1.5 },
    { skipped: undefined, kept: [undefined, 1] },
  ];
  for (const doc of docs) assert.equal(jsonBytes(doc).toString('utf8'), jsonText(doc), JSON.stringify(doc));
});

test('the analysis document in parts is the one-string document, findings with hostile text included', () => {
  const hostile = finding({ kind: 'escapes-to-heap', subject: '"a\\n\u202e##[group]"', pos: { file: 'x\u007f.go', line: 1, column: 2 } });
  const r = result([hostile, finding({ kind: 'moved-to-heap', subject: 'x' }), finding({ kind: 'does-not-escape', subject: 'y' })]);
  const bytes = renderAnalysisJsonBytes(r);
  assert.equal(bytes.toString('utf8'), renderAnalysisJson(r));
  assert.ok(bytes.includes('\\u202e'), 'unsafe characters stay escaped');
  assert.equal(JSON.parse(bytes.toString('utf8')).findings.length, 3);
});

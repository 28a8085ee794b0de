/**
 * SARIF output against the official SARIF 2.1.0 JSON schema
 * (test/fixtures/sarif-schema-2.1.0-rtm.5.json: the OASIS schema as shipped,
 * MIT, in the npm package @microsoft/jest-sarif@1.0.0-beta.0 at
 * lib/schemas/sarif-2.1.0-rtm.5.json). The schema is JSON Schema draft-04;
 * ajv 8 validates draft-07, so the test maps the two draft-04 spellings the
 * file uses (`id` at the top, the draft-04 `$schema`) and nothing else.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateGate } from '../../src/gate/evaluate.js';
import { scanDirectives } from '../../src/gate/directives.js';
import { makeBaseline } from '../../src/gate/baseline.js';
import { defaultConfig } from '../../src/gate/config.js';
import { renderSarif } from '../../src/report/sarif.js';
import { finding, result } from '../helpers/gate-fixtures.js';
import { validator } from '../helpers/sarif.js';

function sampleGate() {
  const config = defaultConfig();
  config.rules.budgets['example.com/m/...'] = 0;
  config.rules.maxFrameBytes = 64;
  const now = [
    finding({ kind: 'moved-to-heap', subject: 'x', func: 'New', pos: { file: 'a.go', line: 6, column: 2 }, cause: 'returned-address' }),
    finding({ kind: 'escapes-to-heap', subject: 'v', func: 'Box', pos: { file: 'dir with space/b.go', line: 3, column: 9 }, message: 'v escapes to heap' }),
    finding({ kind: 'escapes-to-heap', subject: 'w', func: 'Box', pos: { file: 'a.go', line: 12, column: 3 }, message: 'w escapes to heap' }),
    finding({ kind: 'escapes-to-heap', subject: 's', func: 'Std', pos: { file: '$GOROOT/src/fmt/print.go', line: 1, column: 1 } }),
  ];
  const src = 'package m\n\n//goescape:noescape\nfunc New() *T {\n\tx := T{}\n\treturn &x\n}\n\n//goescape:allow\n\n\n\tw := 1 //goescape:allow boxed once\n';
  return evaluateGate({
    result: result(now),
    config,
    baseline: makeBaseline(result([])),
    directives: new Map([['a.go', scanDirectives(src)]]),
    frames: [{ pkg: 'example.com/m', func: 'Big', bytes: 4096, pos: { file: 'a.go', line: 20, column: 6 } }],
  });
}

test('sarif: valid against the SARIF 2.1.0 schema, with every kind of result', () => {
  const gate = sampleGate();
  const rules = new Set(gate.violations.map((v) => v.rule));
  for (const r of ['new-heap-escape', 'noescape', 'budget', 'frame-size', 'bad-directive'] as const) assert.ok(rules.has(r), `sample has ${r}`);
  assert.equal(gate.accepted.length, 1);
  const log = JSON.parse(renderSarif(gate, { uriPrefix: 'mod/' }));
  const validate = validator();
  const ok = validate(log);
  assert.ok(ok, JSON.stringify(validate.errors, null, 2));
});

test('sarif: an empty run is valid too', () => {
  const gate = evaluateGate({ result: result([]), config: defaultConfig(), baseline: makeBaseline(result([])), directives: new Map() });
  assert.ok(validator()(JSON.parse(renderSarif(gate))));
});

test('sarif: rules from kinds and causes with help links; locations; suppressions; stable bytes', () => {
  const gate = sampleGate();
  const text = renderSarif(gate, { uriPrefix: 'mod/' });
  assert.equal(text, renderSarif(sampleGate(), { uriPrefix: 'mod/' }));
  const run = JSON.parse(text).runs[0];
  const ids = run.tool.driver.rules.map((r: { id: string }) => r.id);
  assert.deepEqual(ids, [...ids].sort());
  assert.ok(ids.includes('cause/returned-address'));
  assert.ok(ids.includes('escapes-to-heap'));
  assert.ok(ids.includes('goescape/budget'));
  const cause = run.tool.driver.rules.find((r: { id: string }) => r.id === 'cause/returned-address');
  assert.match(cause.helpUri, /docs\/causes\/returned-address\.md$/);
  const kind = run.tool.driver.rules.find((r: { id: string }) => r.id === 'escapes-to-heap');
  assert.match(kind.helpUri, /docs\/kinds\.md#escapes-to-heap$/);
  for (const r of run.results) assert.equal(run.tool.driver.rules[r.ruleIndex].id, r.ruleId);
  const spaced = run.results.find((r: { properties: { key?: string } }) => r.properties.key?.endsWith('|v'));
  assert.equal(spaced.locations[0].physicalLocation.artifactLocation.uri, 'mod/dir%20with%20space/b.go');
  for (const r of run.results) assert.equal(r.locations.length, 1, `every result has a location: ${r.message.text}`);
  const std = run.results.find((r: { properties: { key?: string } }) => r.properties.key?.endsWith('|s'));
  assert.deepEqual(
    std.locations[0].physicalLocation,
    { artifactLocation: { uri: 'mod/go.mod', uriBaseId: '%SRCROOT%' }, region: { startLine: 1 } },
    'outside the module: the fallback file',
  );
  assert.match(std.message.text, /^\$GOROOT\/src\/fmt\/print\.go:1:1: /, 'the position outside the module stays in the message');
  const budget = run.results.find((r: { ruleId: string }) => r.ruleId === 'goescape/budget');
  assert.equal(
    JSON.parse(renderSarif(gate, { configFile: 'goescape.yaml' })).runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'goescape/budget').locations[0]
      .physicalLocation.artifactLocation.uri,
    'goescape.yaml',
  );
  assert.equal(budget.locations[0].physicalLocation.artifactLocation.uri, 'mod/go.mod');
  const suppressed = run.results.filter((r: { suppressions?: unknown[] }) => r.suppressions);
  assert.deepEqual(
    suppressed.map((r: { suppressions: { justification: string }[] }) => r.suppressions[0]!.justification),
    ['boxed once'],
  );
});

test('sarif: the schema does reject a broken log (the validator is not vacuous)', () => {
  const validate = validator();
  assert.equal(validate({ version: '2.0.0', runs: [] }), false);
  assert.equal(validate({ version: '2.1.0', runs: [{ tool: { driver: {} } }] }), false);
  assert.equal(validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'm' }, level: 'fatal' }] }] }), false);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotation, escapeData, escapeProperty, renderGithub } from '../../src/report/github.js';
import { mdCode, mdCell } from '../../src/report/markdown.js';
import { evaluateGate } from '../../src/gate/evaluate.js';
import { defaultConfig } from '../../src/gate/config.js';
import { makeBaseline } from '../../src/gate/baseline.js';
import { finding, result } from '../helpers/gate-fixtures.js';

test('github: data escapes %, CR and LF (in that order: no double escaping)', () => {
  assert.equal(escapeData('100% done\r\nnext'), '100%25 done%0D%0Anext');
  assert.equal(escapeData('%0A'), '%250A');
  assert.equal(escapeData('a: b, c'), 'a: b, c');
});

test('github: properties also escape : and ,', () => {
  assert.equal(escapeProperty('goescape: a, b\n%'), 'goescape%3A a%2C b%0A%25');
});

test('github: annotation layout', () => {
  assert.equal(annotation('error', 'x\ny', { file: 'dir/a,b.go', line: 3, col: 4, title: 'T: t' }), '::error file=dir/a%2Cb.go,line=3,col=4,title=T%3A t::x%0Ay');
  assert.equal(annotation('notice', 'hello'), '::notice::hello');
});

test('github: a hostile subject cannot inject a workflow command', () => {
  const f = finding({ kind: 'escapes-to-heap', subject: 'x', message: 'evil\n::error::injected', pos: { file: 'a.go', line: 1, column: 1 } });
  const gate = evaluateGate({ result: result([f]), config: defaultConfig(), baseline: makeBaseline(result([])), directives: new Map() });
  const lines = renderGithub(gate, { uriPrefix: 'sub/' }).split('\n');
  assert.equal(lines.filter((l) => l.startsWith('::')).length, 1);
  assert.match(lines[0]!, /^::error file=sub\/a\.go,line=1,col=1,title=goescape%3A New heap escape \(not in the baseline\)::new heap escape: evil%0A::error::injected/);
});

test('markdown: cells survive pipes and backticks', () => {
  assert.equal(mdCode('a | b'), '`a \\| b`');
  assert.equal(mdCode('`x`'), '`` `x` ``');
  assert.equal(mdCell('a|b <c> *d*'), 'a\\|b \\<c\\> \\*d\\*');
});

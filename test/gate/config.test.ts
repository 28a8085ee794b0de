import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchPackage, parseConfig } from '../../src/gate/config.js';
import { isGoescapeError } from '../../src/errors.js';

test('config: empty text gives defaults', () => {
  const c = parseConfig('');
  assert.deepEqual(c.packages, ['./...']);
  assert.equal(c.baseline, 'goescape-baseline.json');
  assert.equal(c.rules.newHeapEscapes, true);
  assert.deepEqual(c.allow, []);
});

test('config: a full file', () => {
  const c = parseConfig(`# comment
packages: [./internal/..., ./cmd/...]
build:
  tags: [integration, fast]
  goos: linux
  goarch: arm64
  tests: true
baseline: ci/baseline.json
rules:
  new-heap-escapes: true
  noescape: false
  budgets:
    example.com/m/hot: 3
    example.com/m/internal/...: 10
  max-frame-bytes: 4096
  forbid-causes:
    example.com/m/hot: [interface-conversion, closure-capture]
    "*": too-large
allow:
  - key: "example.com/m|New|moved-to-heap|x"
    reason: constructor, called once
  - package: example.com/m/cmd/...
    kind: escapes-to-heap
    reason: command-line tools may allocate
`);
  assert.deepEqual(c.packages, ['./internal/...', './cmd/...']);
  assert.deepEqual(c.build, { tests: true, noInline: false, tags: 'integration,fast', goos: 'linux', goarch: 'arm64' });
  assert.equal(c.baseline, 'ci/baseline.json');
  assert.equal(c.rules.noescape, false);
  assert.deepEqual(c.rules.budgets, { 'example.com/m/hot': 3, 'example.com/m/internal/...': 10 });
  assert.equal(c.rules.maxFrameBytes, 4096);
  assert.deepEqual(c.rules.forbidCauses, { 'example.com/m/hot': ['interface-conversion', 'closure-capture'], '*': ['too-large'] });
  assert.equal(c.allow.length, 2);
  assert.equal(c.allow[0]!.reason, 'constructor, called once');
  assert.equal(c.allow[0]!.line, 20);
  assert.equal(c.allow[1]!.kind, 'escapes-to-heap');
});

// Each invalid file and the exact one-line message: file, line, key, what to do.
const INVALID: [string, string, string][] = [
  [
    'unknown top-level key',
    'packages: [./...]\nbaselin: x.json\n',
    'goescape.yaml:2: baselin: unknown key; expected one of: packages, build, baseline, rules, allow',
  ],
  [
    'unknown rule',
    'rules:\n  budget: {a: 1}\n',
    'goescape.yaml:2: rules.budget: unknown key; expected one of: new-heap-escapes, noescape, budgets, max-frame-bytes, forbid-causes',
  ],
  ['negative budget', 'rules:\n  budgets:\n    example.com/m: -1\n', 'goescape.yaml:3: rules.budgets.example.com/m: expected a whole number ≥ 0'],
  ['boolean as string', 'rules:\n  noescape: "yes"\n', 'goescape.yaml:2: rules.noescape: expected true or false'],
  ['unknown cause', 'rules:\n  forbid-causes:\n    "*": [boxing]\n', 'goescape.yaml:3: rules.forbid-causes.*: unknown cause "boxing"; use one of: '],
  ['allow without reason', 'allow:\n  - key: a|b|moved-to-heap|x\n', 'goescape.yaml:2: allow[0].reason: missing: every allow entry needs a reason'],
  ['allow with empty reason', 'allow:\n  - kind: moved-to-heap\n    reason: ""\n', 'goescape.yaml:3: allow[0].reason: expected a non-empty string'],
  [
    'allow matching everything',
    'allow:\n  - reason: because\n',
    'goescape.yaml:2: allow[0]: matches everything: give at least one of key, package, func, kind, subject',
  ],
  ['allow unknown kind', 'allow:\n  - kind: heap\n    reason: r\n', 'goescape.yaml:2: allow[0].kind: unknown finding kind "heap"; see docs/kinds.md'],
  [
    'allow unknown field',
    'allow:\n  - line: 3\n    reason: r\n',
    'goescape.yaml:2: allow[0].line: unknown key; expected one of: key, package, func, kind, subject, reason',
  ],
  ['allow not a list', 'allow:\n  key: x\n', 'goescape.yaml:2: allow: expected a list of entries, each with a reason'],
  ['top level not a map', '- a\n- b\n', 'goescape.yaml:1: (top level): expected a mapping (key: value)'],
  ['bad YAML', 'packages: [./...\nrules: {}\n', 'goescape.yaml:'],
  ['duplicate key', 'baseline: a.json\nbaseline: b.json\n', 'goescape.yaml:2: baseline: duplicate key; give each key once'],
  [
    'duplicate nested key',
    'rules:\n  budgets:\n    example.com/m: 1\n    example.com/m: 2\n',
    'goescape.yaml:4: rules.budgets.example.com/m: duplicate key; give each key once',
  ],
];

for (const [name, text, message] of INVALID) {
  test(`config invalid: ${name}`, () => {
    assert.throws(
      () => parseConfig(text),
      (e: unknown) => {
        assert.ok(isGoescapeError(e));
        assert.equal(e.code, 'CONFIG');
        assert.ok(e.message.startsWith(message), `got: ${e.message}`);
        assert.ok(!e.message.includes('\n'), 'one line');
        return true;
      },
    );
  });
}

test('matchPackage', () => {
  assert.ok(matchPackage('*', 'a/b'));
  assert.ok(matchPackage('a/...', 'a'));
  assert.ok(matchPackage('a/...', 'a/b/c'));
  assert.ok(!matchPackage('a/...', 'ab'));
  assert.ok(matchPackage('a/b', 'a/b'));
  assert.ok(!matchPackage('a/b', 'a/b/c'));
});

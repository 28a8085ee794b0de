/** The bounds-check report, parsed from real compiler output of each Go version in test/captures/<goVersion>/bce/ (scripts/capture.ts). */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parseBoundsChecks } from '../../src/parse/bounds-checks.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = [join(here, '..', 'captures'), join(here, '..', '..', '..', 'test', 'captures')].find((d) => existsSync(d))!;
const versions = readdirSync(root).filter((v) => existsSync(join(root, v, 'bce', 'bounds-checks.txt')));

test('bounds-check captures exist for two Go versions', () => {
  assert.ok(versions.length >= 2, versions.join(', '));
});

for (const v of versions) {
  test(`${v}: the checks the compiler kept, each once, the lines it proved free of them absent`, () => {
    const text = readFileSync(join(root, v, 'bce', 'bounds-checks.txt'), 'utf8');
    const source = (JSON.parse(readFileSync(join(root, v, 'bce', 'bounds-checks.json'), 'utf8')) as { files: Record<string, string> }).files['bounds.go']!;
    const lineOf = (needle: string) => source.split('\n').findIndex((l) => l.includes(needle)) + 1;
    const r = parseBoundsChecks(text);
    assert.deepEqual(r.other, []);
    assert.deepEqual(
      r.checks.map((c) => [c.pkg, c.file, c.line, c.check]),
      [
        ['example.com/bounds', './bounds.go', lineOf('t += s[i]'), 'index'],
        ['example.com/bounds', './bounds.go', lineOf('_ = s[3]'), 'index'],
        ['example.com/bounds', './bounds.go', lineOf('return b[:n]'), 'slice'],
      ],
    );
    // The column is the expression's: the index's `[`, the slice's `[`.
    for (const c of r.checks) assert.equal(source.split('\n')[c.line - 1]![c.column - 1], '[', `${c.line}:${c.column}`);
  });
}

test('bounds-check report: go messages and errors are kept verbatim, never taken for checks', () => {
  const r = parseBoundsChecks('# p\n./a.go:3:9: undefined: x\n./a.go:4:2: Found IsInBounds\nnote: module requires Go 1.30\n');
  assert.deepEqual(r.other, ['./a.go:3:9: undefined: x', 'note: module requires Go 1.30']);
  assert.deepEqual(r.checks, [{ pkg: 'p', file: './a.go', line: 4, column: 2, check: 'index' }]);
});

/**
 * The -m=2 compile's helpers that need no go: which listing a result is
 * made from (the compile's own where there is one, as plain go list reports
 * it), and which line breaks of go's output are inside a file name.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileNameJoiner, listingOf, type Compiled } from '../../src/toolchain/compile-m.js';
import type { ListedPackage } from '../../src/toolchain/go-list.js';

const compiled = (exported: ListedPackage[] | undefined, goMessages: string[] = []) => ({ exported, goMessages }) as unknown as Compiled;

test("listingOf: the compile's own listing without build IDs or compile errors, else what go list said alongside", () => {
  const own: ListedPackage[] = [
    { ImportPath: 'm/a', Dir: '/m/a', BuildID: 'x/y', DepsErrors: [{ Err: 'dep' }] },
    { ImportPath: 'm/b', Dir: '/m/b', Error: { Err: '# m/b\nb.go:1:1: bad' } },
    { ImportPath: 'm/c', Dir: '/m/c', Error: { Err: 'no Go files' } },
  ];
  const plain: ListedPackage[] = [
    { ImportPath: 'm/a', Dir: '/m/a' },
    { ImportPath: 'm/b', Dir: '/m/b' },
    { ImportPath: 'm/c', Dir: '/m/c', Error: { Err: 'no Go files' } },
  ];
  const alongside = { packages: [{ ImportPath: 'm/a', Dir: '/m/a' }], stderr: 'go list said' };
  assert.deepEqual(listingOf(compiled(own), alongside), { packages: plain, stderr: 'go list said' });
  assert.deepEqual(listingOf(compiled(own, ['go: one', 'go: two']), undefined), { packages: plain, stderr: 'go: one\ngo: two' });
  assert.equal(listingOf(compiled(undefined), alongside), alongside);
});

test('fileNameJoiner: a break is inside a name only where the directory has such a file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'goescape-joiner-'));
  try {
    writeFileSync(join(dir, 'a\nb.go'), 'package p\n');
    const joins = fileNameJoiner(dir);
    assert.equal(joins('./a', 'b.go:3:2: moved to heap: x'), true);
    assert.equal(joins('x.go:1:1:   from y (assign) at ./a', 'b.go:4:1'), true);
    assert.equal(joins('./a', 'c.go:3:2: moved to heap: x'), false);
    assert.equal(joins('./z', 'b.go:3:2'), false);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

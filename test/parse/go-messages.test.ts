/**
 * GoMessageSpotter: a held compile stream is never split into lines, yet a
 * `go: …` or `go build …` message anywhere in it (at any chunk boundary)
 * must keep the report from being replayed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { GoMessageSpotter } from '../../src/parse/go-messages.js';

function spots(text: string, cuts: number[]): boolean {
  const bytes = Buffer.from(text);
  const s = new GoMessageSpotter();
  let from = 0;
  for (const at of [...cuts, bytes.length]) {
    s.write(bytes.subarray(from, at));
    from = at;
  }
  return s.seen;
}

/** Every way of cutting `text` in two and in three pieces. */
function everyCut(text: string, expected: boolean): void {
  const n = Buffer.byteLength(text);
  for (let i = 0; i <= n; i++) {
    assert.equal(spots(text, [i]), expected, `${JSON.stringify(text)} cut at ${i}`);
    for (let j = i; j <= n; j += 3) assert.equal(spots(text, [i, j]), expected, `${JSON.stringify(text)} cut at ${i}, ${j}`);
  }
}

test('spots go messages wherever the chunks are cut', () => {
  everyCut('# p\np.go:1:2: x escapes to heap\ngo: downloading example.com/m v1.0.0\n', true);
  everyCut('go: warning: "./x/..." matched no packages\n', true);
  everyCut('# p\np.go:1:2: moved to heap: x\ngo build p: cannot load\n', true);
});

test('compiler lines that merely start with "go" are not messages', () => {
  everyCut('# go/types\ngo/types/api.go:1:2: can inline f\ngopher.go:3:4: moved to heap: g\n', false);
  everyCut('# p\n/usr/local/go/src/p/p.go:1:2: leaking param: x\n', false);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { KeyMaker } from '../../src/analyze/keys.js';
import type { Finding } from '../../src/model/finding.js';
import type { FindingKind } from '../../src/model/kinds.js';

const V1 = `package p

func F(a, b int) {
	keep(&T{a})
	keep(&T{b})
	hook(func() { keep(&T{a}) })
	hook(func() { keep(&T{b}) })
}
`;
// A same-looking escape and a closure added before the others.
const V2 = `package p

func F(a, b int) {
	keep(&T{a + b})
	keep(&T{a})
	keep(&T{b})
	hook(func() { keep(&T{a - b}) })
	hook(func() { keep(&T{a}) })
	hook(func() { keep(&T{b}) })
	keep(&T{a})
}
`;

function finding(src: string, func: string, needle: string, nth = 0, kind: FindingKind = 'escapes-to-heap'): Finding {
  const lines = src.split('\n');
  let seen = 0;
  for (let l = 0; l < lines.length; l++) {
    let c = lines[l]!.indexOf(needle);
    while (c >= 0) {
      if (seen++ === nth)
        return {
          key: '',
          kind,
          pkg: 'p',
          pos: { file: 'p.go', line: l + 1, column: c + 1 },
          func,
          subject: '&T{...}',
          message: '',
          details: {},
          explanations: [],
        };
      c = lines[l]!.indexOf(needle, c + 1);
    }
  }
  throw new Error(needle);
}

const maker = (src: string) => new KeyMaker({ absolute: (f) => `/m/${f}`, readSource: () => Buffer.from(src) });

test('keys: a same-looking escape or a closure added elsewhere changes no existing key; identical statements get ordinals', () => {
  const before = [finding(V1, 'F', '&T{a}'), finding(V1, 'F', '&T{b}'), finding(V1, 'F.func1', '&T{a}', 1), finding(V1, 'F.func2', '&T{b}', 1)];
  maker(V1).assign(before);
  const after = [
    finding(V2, 'F', '&T{a + b}'),
    finding(V2, 'F', '&T{a}'),
    finding(V2, 'F', '&T{b}'),
    finding(V2, 'F.func1', '&T{a - b}'),
    finding(V2, 'F.func2', '&T{a}', 1),
    finding(V2, 'F.func3', '&T{b}', 1),
    finding(V2, 'F', '&T{a}', 2),
  ];
  maker(V2).assign(after);
  const keys = after.map((f) => f.key);
  for (const f of before) assert.ok(keys.includes(f.key), f.key);
  assert.match(before[0]!.key, /^p\|F\|escapes-to-heap\|&T\{\.\.\.\}\|[0-9a-f]{8}$/);
  assert.match(before[2]!.key, /^p\|F\.func#[0-9a-f]{8}\|escapes-to-heap\|&T\{\.\.\.\}\|[0-9a-f]{8}$/);
  // The second `keep(&T{a})` in F is the only repeat: it alone has an ordinal.
  assert.equal(after[6]!.key, `${after[1]!.key}~1`);
  assert.equal(keys.filter((k) => k.includes('~')).length, 1);
});

test("keys: without the source, the compiler's names stay and ordinals tell repeats apart", () => {
  const fs = [finding(V1, 'F.func1', '&T{a}', 1), finding(V1, 'F.func1', '&T{a}', 1)];
  new KeyMaker().assign(fs);
  assert.deepEqual(
    fs.map((f) => f.key),
    ['p|F.func1|escapes-to-heap|&T{...}', 'p|F.func1|escapes-to-heap|&T{...}~1'],
  );
  const gone = [finding(V1, 'F.func1', '&T{a}', 1)];
  new KeyMaker({ absolute: () => undefined, readSource: () => undefined }).assign(gone);
  assert.equal(gone[0]!.key, 'p|F.func1|escapes-to-heap|&T{...}');
});

test('keys: a parameter leaking to two results is two keys', () => {
  const a = { ...finding(V1, 'F', 'a, b', 0, 'leaking-param-to-result'), subject: 'a', details: { result: '~r0' } };
  const b = { ...finding(V1, 'F', 'a, b', 0, 'leaking-param-to-result'), subject: 'a', details: { result: '~r1' } };
  maker(V1).assign([a, b]);
  assert.deepEqual([a.key, b.key], ['p|F|leaking-param-to-result|a|~r0', 'p|F|leaking-param-to-result|a|~r1']);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { buildPageData, jsonForScript, renderHtml } from '../../src/report/html/index.js';
import { PAGE_SCRIPT } from '../../src/report/html/page-script.js';
import { PAGE_STYLE } from '../../src/report/html/page-style.js';
import { HOSTILE_SRC, SMALL_SOURCES, smallResult } from './html-fixture.js';

const sha = (s: string) => createHash('sha256').update(s, 'utf8').digest('base64');

test('renderHtml: CSP forbids the network and allows only the inline script and style by hash', () => {
  const html = renderHtml(smallResult(), { readSource: (f) => SMALL_SOURCES[f] });
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1]?.replace(/&#39;/g, "'");
  assert.ok(csp);
  assert.match(csp, /default-src 'none'/);
  assert.ok(csp.includes(`script-src 'sha256-${sha(PAGE_SCRIPT)}'`));
  assert.ok(csp.includes(`style-src 'sha256-${sha(PAGE_STYLE)}'`));
  assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|https?:|\*/);
  assert.ok(html.includes(`<script>${PAGE_SCRIPT}</script>`));
  assert.ok(html.includes(`<style>${PAGE_STYLE}</style>`));
  assert.doesNotMatch(html, /(src|href)\s*=\s*["']?(https?:)?\/\//i);
  // exactly three script elements: the data block, the page script, and nothing else
  assert.equal(html.match(/<script/g)?.length, 2);
});

test('renderHtml: the data block escapes < and round-trips', () => {
  const html = renderHtml(smallResult(), { readSource: (f) => SMALL_SOURCES[f] });
  const m = /<script type="application\/json" id="goescape-data">([\s\S]*?)<\/script>/.exec(html);
  assert.ok(m);
  assert.ok(!m[1]!.includes('<'));
  const data = JSON.parse(m[1]!) as { f: unknown[]; files: [number, string | null, number[]][]; s: string[] };
  const src = data.files.find((x) => data.s[x[0]] === 'p.go');
  assert.equal(src?.[1], HOSTILE_SRC);
  assert.deepEqual(src?.[2], [2, 3]);
  assert.equal(jsonForScript({ a: '</script>' }), '{"a":"\\u003c/script>"}');
  assert.ok(PAGE_SCRIPT.toLowerCase().indexOf('</script') < 0);
});

test('buildPageData: heap/leak/stack findings embedded in full, inlining only counted; sources only for heap/leak files', () => {
  const read: string[] = [];
  const data = buildPageData(smallResult(), (f) => {
    read.push(f);
    return SMALL_SOURCES[f];
  }) as {
    f: unknown[][];
    files: [number, string | null, number[]][];
    s: string[];
    meta: { summary: { byKind: Record<string, number> } };
  };
  assert.equal(data.f.length, 5);
  assert.deepEqual(read.sort(), ['p.go', 'q.go']);
  const r = data.files.find((x) => data.s[x[0]] === 'r.go');
  assert.equal(r?.[1], null);
  assert.equal(data.meta.summary.byKind['inlining-call'], 1);
  const first = data.f[0]!;
  const extra = first[9] as Record<string, unknown>;
  assert.equal(extra.c, 'returned-address');
  assert.deepEqual(extra.at, ['returned-address', '', '', '']);
  assert.deepEqual(extra.v, ['allocates', 'runtime.newobject', 'int', '']);
  assert.equal(extra.wu, 'B');
  assert.equal(extra.w, 4096);
  assert.equal((extra.ch as unknown[]).length, 2);
  // standard message and key are elided, the non-standard key is kept
  assert.equal(first[7], 0);
  assert.equal(first[8], 0);
  assert.equal(data.f[2]![8], 'example.com/p|F|escapes-to-heap|y|1');
});

test('buildPageData: derives a chain from the -m=2 explanation when the finding has none', () => {
  const res = smallResult();
  const f0 = res.findings[0]!;
  delete f0.chain;
  f0.explanations = [
    {
      header: 'escapes',
      flows: [{ dst: '{heap}', src: 'x', derefs: -1, notes: [{ where: '&x', why: 'address-of', pos: { file: 'p.go', line: 3, column: 31 } }] }],
    },
  ];
  const data = buildPageData(res, () => undefined) as { f: unknown[][]; s: string[] };
  const extra = data.f[0]![9] as Record<string, unknown>;
  // Chain steps name their strings by index into the page's string table.
  const step = (extra.ch as number[][])[0]!;
  assert.deepEqual([data.s[step[0]!], data.s[step[1]!]], ['address-of', '&x']);
  assert.equal(extra.cd, 1);
});

test('buildPageData: a heap escape carries its sites and their verification; inlined copies are sites at their call lines; frames largest first', () => {
  const res = smallResult();
  const origin = res.findings[0]!;
  origin.inlinedSites = [
    {
      pos: { file: 'q.go', line: 9, column: 4 },
      pkg: 'example.com/p',
      kind: 'moved-to-heap',
      raw: 'moved to heap: x',
      func: 'G',
      key: `${origin.key}@G`,
      verification: { status: 'allocates', runtimeFunc: 'runtime.newobject', class: 'may-allocate', condition: 'map-growth' },
    },
    { pos: { file: 'q.go', line: 12, column: 4 }, pkg: 'example.com/p', kind: 'does-not-escape', raw: 'x does not escape', func: 'H', key: `${origin.key}@H` },
  ];
  origin.verification = { status: 'allocates', runtimeFunc: 'runtime.newobject', type: 'int', class: 'allocates' };
  res.frames = [
    { func: 'Small', pkg: 'example.com/p', symbol: 'example.com/p.Small', frameBytes: 8, argBytes: 0, flags: [] },
    { func: 'Big', pkg: 'example.com/p', symbol: 'example.com/p.Big', frameBytes: 9000, argBytes: 16, flags: ['NOSPLIT'], pos: { file: 'p.go', line: 1 } },
  ];
  const data = buildPageData(res, (f) => SMALL_SOURCES[f]);
  const extra = data.f[0]![9] as Record<string, unknown>;
  assert.equal(extra.ns, 2, 'its own code and its one inlined copy on the heap');
  assert.deepEqual(extra.va, [1, 1, 0]);
  assert.equal(extra.vc, 'allocates');
  assert.equal(data.cs.length, 1, 'the copy that stays on the stack is no allocation site');
  const [file, line, row, func, status] = data.cs[0]!;
  assert.deepEqual([data.s[data.files[file]![0]], line, row, data.s[func], data.s[status]], ['q.go', 9, 0, 'G', 'allocates']);
  assert.deepEqual(
    data.meta.frameRows.map((r) => [r[0], r[2], r[4]]),
    [
      ['Big', 9000, 'NOSPLIT'],
      ['Small', 8, ''],
    ],
  );
  assert.equal(data.meta.frames, 2);
  assert.deepEqual(data.meta.summary.byCause, { 'returned-address': 1, 'interface-conversion': 2 });
  // A finding with no verification and no heap copy carries no site counts of verification.
  assert.equal((data.f[2]![9] as Record<string, unknown>).va, undefined);
});

/**
 * Table tests of parseMessage (and splitPosition).
 *
 * CAPTURED: lines copied verbatim from test/captures/go1.26.8/m2/*.txt
 * (demo.txt, tests.txt, std-slice.txt.gz); the last test checks that each of
 * them really occurs in a capture, so the table cannot drift into hand-typed
 * text. MALFORMED: deliberately broken or synthetic inputs, never printed by
 * a compiler, to pin down totality (no throw) and the fallback classification.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

import { parseMessage, type ParsedMessage } from '../../src/parse/m-message.js';
import { parsePosition, splitPosition } from '../../src/parse/position.js';

const here = dirname(fileURLToPath(import.meta.url));
function capturesRoot(): string {
  const bases = [join(here, '..', 'captures'), join(here, '..', '..', '..', 'test', 'captures'), join(process.cwd(), 'test', 'captures')];
  const found = bases.find((b) => existsSync(join(b, 'go1.26.8', 'm2')));
  if (!found) throw new Error(`test/captures/go1.26.8/m2 not found from ${here}`);
  return found;
}

interface Row {
  line: string;
  pos: string;
  expect: ParsedMessage;
}

// ---------------------------------------------------------------------------
// CAPTURED lines (go1.26.8), verbatim.
const CAPTURED: Row[] = [
  {
    line: 'escapes/return_pointer.go:16:2: moved to heap: p',
    pos: 'escapes/return_pointer.go:16:2',
    expect: { type: 'verdict', kind: 'moved-to-heap', subject: 'p', details: {} },
  },
  {
    line: 'escapes/return_pointer.go:16:2: p escapes to heap in ReturnPointerBefore:',
    pos: 'escapes/return_pointer.go:16:2',
    expect: { type: 'explain-escapes', subject: 'p', func: 'ReturnPointerBefore' },
  },
  {
    line: 'escapes/return_pointer.go:16:2:   flow: ~r0 ← &p:',
    pos: 'escapes/return_pointer.go:16:2',
    expect: { type: 'flow', flow: { dst: '~r0', src: 'p', derefs: -1, notes: [] } },
  },
  {
    line: 'escapes/return_pointer.go:16:2:     from &p (address-of) at escapes/return_pointer.go:20:9',
    pos: 'escapes/return_pointer.go:16:2',
    expect: { type: 'note', note: { where: '&p', why: 'address-of', pos: { file: 'escapes/return_pointer.go', line: 20, column: 9 } } },
  },
  {
    line: 'escapes/return_pointer.go:16:2:     from return &p (return) at escapes/return_pointer.go:20:2',
    pos: 'escapes/return_pointer.go:16:2',
    expect: { type: 'note', note: { where: 'return &p', why: 'return', pos: { file: 'escapes/return_pointer.go', line: 20, column: 2 } } },
  },
  {
    line: 'escapes/append_grow.go:16:13: append(s, i * i) escapes to heap in AppendGrowBefore:',
    pos: 'escapes/append_grow.go:16:13',
    expect: { type: 'explain-escapes', subject: 'append(s, i * i)', func: 'AppendGrowBefore' },
  },
  {
    line: 'escapes/append_grow.go:16:13:   flow: s ← &{storage for append(s, i * i)}:',
    pos: 'escapes/append_grow.go:16:13',
    expect: { type: 'flow', flow: { dst: 's', src: '{storage for append(s, i * i)}', derefs: -1, notes: [] } },
  },
  {
    line: 'escapes/append_grow.go:16:13: append escapes to heap',
    pos: 'escapes/append_grow.go:16:13',
    expect: { type: 'verdict', kind: 'escapes-to-heap', subject: 'append', details: {} },
  },
  {
    line: 'escapes/append_grow.go:38:13: append does not escape',
    pos: 'escapes/append_grow.go:38:13',
    expect: { type: 'verdict', kind: 'does-not-escape', subject: 'append', details: {} },
  },
  {
    line: 'escapes/append_grow.go:25:22: leaking param: dst to result ~r0 level=0',
    pos: 'escapes/append_grow.go:25:22',
    expect: { type: 'verdict', kind: 'leaking-param-to-result', subject: 'dst', details: { result: '~r0', level: 0 } },
  },
  {
    line: 'escapes/append_grow.go:25:22: parameter dst leaks to ~r0 for AppendGrowAfter with derefs=0:',
    pos: 'escapes/append_grow.go:25:22',
    expect: { type: 'explain-leaks', subject: 'dst', sink: '~r0', derefs: 0, func: 'AppendGrowAfter' },
  },
  {
    line: 'escapes/goroutine.go:35:27: leaking param: out',
    pos: 'escapes/goroutine.go:35:27',
    expect: { type: 'verdict', kind: 'leaking-param', subject: 'out', details: {} },
  },
  {
    line: 'escapes/goroutine.go:20:22: parameter n leaks to {storage for func literal} for GoroutineBefore with derefs=0:',
    pos: 'escapes/goroutine.go:20:22',
    expect: { type: 'explain-leaks', subject: 'n', sink: '{storage for func literal}', derefs: 0, func: 'GoroutineBefore' },
  },
  {
    line: 'escapes/global_store.go:37:20: leaking param content: cs',
    pos: 'escapes/global_store.go:37:20',
    expect: { type: 'verdict', kind: 'leaking-param-content', subject: 'cs', details: {} },
  },
  {
    line: 'escapes/global_store.go:37:20: parameter cs leaks to {heap} for RememberFirst with derefs=1:',
    pos: 'escapes/global_store.go:37:20',
    expect: { type: 'explain-leaks', subject: 'cs', sink: '{heap}', derefs: 1, func: 'RememberFirst' },
  },
  {
    line: 'internal/noescape/noescape.go:12:10: xs does not escape',
    pos: 'internal/noescape/noescape.go:12:10',
    expect: { type: 'verdict', kind: 'does-not-escape', subject: 'xs', details: {} },
  },
  {
    line: 'cmd/demo/main.go:20:31: func literal does not escape',
    pos: 'cmd/demo/main.go:20:31',
    expect: { type: 'verdict', kind: 'does-not-escape', subject: 'func literal', details: {} },
  },
  {
    line: 'internal/noescape/noescape.go:12:6: can inline Sum with cost 16 as: func([]int) int { total := 0; for loop; return total }',
    pos: 'internal/noescape/noescape.go:12:6',
    expect: { type: 'verdict', kind: 'can-inline', subject: 'Sum', details: { cost: 16, body: 'func([]int) int { total := 0; for loop; return total }' } },
  },
  {
    line: 'escapes/goroutine.go:62:6: can inline (*Summer).loop with cost 34 as: method(*Summer) func() { for loop }',
    pos: 'escapes/goroutine.go:62:6',
    expect: { type: 'verdict', kind: 'can-inline', subject: '(*Summer).loop', details: { cost: 34, body: 'method(*Summer) func() { for loop }' } },
  },
  {
    line: "/usr/local/go/src/strconv/quote.go:574:6: can inline isInGraphicList with cost 75 as: func(rune) bool { if r > '\\uffff' { return false }; _, found := int(.autotmp_3), .autotmp_4; return found }",
    pos: '/usr/local/go/src/strconv/quote.go:574:6',
    expect: {
      type: 'verdict',
      kind: 'can-inline',
      subject: 'isInGraphicList',
      details: { cost: 75, body: "func(rune) bool { if r > '\\uffff' { return false }; _, found := int(.autotmp_3), .autotmp_4; return found }" },
    },
  },
  {
    line: 'internal/noescape/noescape.go:47:6: cannot inline Normalize: function too complex: cost 90 exceeds budget 80',
    pos: 'internal/noescape/noescape.go:47:6',
    expect: {
      type: 'verdict',
      kind: 'cannot-inline',
      subject: 'Normalize',
      details: { reason: 'function too complex: cost 90 exceeds budget 80', cost: 90, budget: 80 },
    },
  },
  {
    line: '<autogenerated>:1: cannot inline type..eq.strconv.NumError: marked go:noinline',
    pos: '<autogenerated>:1',
    expect: { type: 'verdict', kind: 'cannot-inline', subject: 'type..eq.strconv.NumError', details: { reason: 'marked go:noinline' } },
  },
  {
    line: 'internal/noescape/noescape.go:48:10: inlining call to Dot',
    pos: 'internal/noescape/noescape.go:48:10',
    expect: { type: 'verdict', kind: 'inlining-call', subject: 'Dot', details: { callee: 'Dot' } },
  },
  {
    line: 'escapes/closure.go:11:2: ClosureBefore capturing by ref: count (addr=false assign=true width=8)',
    pos: 'escapes/closure.go:11:2',
    expect: {
      type: 'verdict',
      kind: 'closure-capture',
      subject: 'count',
      func: 'ClosureBefore',
      details: { capture: 'ref', addr: false, assign: true, width: 8 },
    },
  },
  {
    line: 'escapes/return_pointer.go:18:12: ReturnPointerBefore ignoring self-assignment in p.X, p.Y = p.Y, p.X',
    pos: 'escapes/return_pointer.go:18:12',
    expect: { type: 'verdict', kind: 'ignoring-self-assignment', subject: 'p.X, p.Y = p.Y, p.X', func: 'ReturnPointerBefore', details: {} },
  },
  {
    line: 'internal/noescape/noescape.go:69:9: index bounds check elided',
    pos: 'internal/noescape/noescape.go:69:9',
    expect: { type: 'verdict', kind: 'bounds-check-elided', subject: '', details: {} },
  },
  {
    line: '/usr/local/go/src/reflect/type.go:2276:31: zero-copy string->[]byte conversion',
    pos: '/usr/local/go/src/reflect/type.go:2276:31',
    expect: { type: 'verdict', kind: 'zero-copy-conversion', subject: '', details: {} },
  },
  {
    line: '/usr/local/go/src/sync/atomic/doc.go:83:33: assuming new is unsafe uintptr',
    pos: '/usr/local/go/src/sync/atomic/doc.go:83:33',
    expect: { type: 'verdict', kind: 'unsafe-uintptr', subject: 'new', details: {} },
  },
  {
    line: '/usr/local/go/src/reflect/value.go:2184:33: devirtualizing .autotmp_2.Kind to *rtype',
    pos: '/usr/local/go/src/reflect/value.go:2184:33',
    expect: { type: 'verdict', kind: 'devirtualized', subject: '.autotmp_2.Kind', details: { concrete: '*rtype' } },
  },
  {
    line: '/usr/local/go/src/container/list/list.go:104:18: &Element{...} escapes to heap',
    pos: '/usr/local/go/src/container/list/list.go:104:18',
    expect: { type: 'verdict', kind: 'escapes-to-heap', subject: '&Element{...}', details: {} },
  },
  {
    line: '/usr/local/go/src/encoding/json/decode.go:718:31: ... argument does not escape',
    pos: '/usr/local/go/src/encoding/json/decode.go:718:31',
    expect: { type: 'verdict', kind: 'does-not-escape', subject: '... argument', details: {} },
  },
  {
    line: '/usr/local/go/src/encoding/json/decode.go:255:7:   flow: {heap} ← **d:',
    pos: '/usr/local/go/src/encoding/json/decode.go:255:7',
    expect: { type: 'flow', flow: { dst: '{heap}', src: 'd', derefs: 2, notes: [] } },
  },
  {
    line: '/usr/local/go/src/bytes/buffer.go:224:7:   flow: {heap} ← *{temp}:',
    pos: '/usr/local/go/src/bytes/buffer.go:224:7',
    expect: { type: 'flow', flow: { dst: '{heap}', src: '{temp}', derefs: 1, notes: [] } },
  },
  // Quotes and `: ` inside the operand of a flow.
  {
    line: '/usr/local/go/src/encoding/json/decode.go:137:114:   flow: ~r0 ← &{storage for "json: cannot unmarshal " + e.Value + " into Go struct field " + e.Struct + "." + e.Field + " of type " + e.Type.String()}:',
    pos: '/usr/local/go/src/encoding/json/decode.go:137:114',
    expect: {
      type: 'flow',
      flow: {
        dst: '~r0',
        src: '{storage for "json: cannot unmarshal " + e.Value + " into Go struct field " + e.Struct + "." + e.Field + " of type " + e.Type.String()}',
        derefs: -1,
        notes: [],
      },
    },
  },
  // A string constant with an apostrophe; position without a column.
  {
    line: '/usr/local/go/src/reflect/type.go:2136:21: "GcSlice can\'t handle on-demand gcdata types" escapes to heap in emitGCMask:',
    pos: '/usr/local/go/src/reflect/type.go:2136:21',
    expect: { type: 'explain-escapes', subject: '"GcSlice can\'t handle on-demand gcdata types"', func: 'emitGCMask' },
  },
  {
    line: '<autogenerated>:1:     from "GcSlice can\'t handle on-demand gcdata types" (spill) at <autogenerated>:1',
    pos: '<autogenerated>:1',
    expect: { type: 'note', note: { where: '"GcSlice can\'t handle on-demand gcdata types"', why: 'spill', pos: { file: '<autogenerated>', line: 1 } } },
  },
  {
    line: '/usr/local/go/src/strconv/quote.go:105:17: append(buf, "0123456789abcdef"[r >> uint(s) & \'\\x0f\']) escapes to heap in appendEscapedRune:',
    pos: '/usr/local/go/src/strconv/quote.go:105:17',
    expect: { type: 'explain-escapes', subject: 'append(buf, "0123456789abcdef"[r >> uint(s) & \'\\x0f\'])', func: 'appendEscapedRune' },
  },
  // A note whose `where` has parentheses, a string and a comma.
  {
    line: 'escapes/escapes_test.go:37:18:     from (*testing.B).Run(b, "before", func literal) (call parameter) at escapes/escapes_test.go:37:7',
    pos: 'escapes/escapes_test.go:37:18',
    expect: {
      type: 'note',
      note: { where: '(*testing.B).Run(b, "before", func literal)', why: 'call parameter', pos: { file: 'escapes/escapes_test.go', line: 37, column: 7 } },
    },
  },
  {
    line: '/usr/local/go/src/encoding/json/decode.go:1004:34:     from &reflect.ValueError{...} (interface-converted) at /usr/local/go/src/encoding/json/decode.go:1004:34',
    pos: '/usr/local/go/src/encoding/json/decode.go:1004:34',
    expect: {
      type: 'note',
      note: {
        where: '&reflect.ValueError{...}',
        why: 'interface-converted',
        pos: { file: '/usr/local/go/src/encoding/json/decode.go', line: 1004, column: 34 },
      },
    },
  },
  // `at <unknown line number>` and lines with no position at all.
  {
    line: '/usr/local/go/src/reflect/value.go:3281:3:     from #state1 (captured by a closure) at <unknown line number>',
    pos: '/usr/local/go/src/reflect/value.go:3281:3',
    expect: { type: 'note', note: { where: '#state1', why: 'captured by a closure', pos: { file: '<unknown>', line: 0 } } },
  },
  {
    line: '<unknown line number>: #next escapes to heap in Value.Comparable:',
    pos: '<unknown>',
    expect: { type: 'explain-escapes', subject: '#next', func: 'Value.Comparable' },
  },
  {
    line: '<unknown line number>:   flow: {storage for func literal} ← &#next:',
    pos: '<unknown>',
    expect: { type: 'flow', flow: { dst: '{storage for func literal}', src: '#next', derefs: -1, notes: [] } },
  },
  {
    line: 'moved to heap: #next',
    pos: '',
    expect: { type: 'verdict', kind: 'moved-to-heap', subject: '#next', details: {} },
  },
  {
    line: 'Value.Comparable capturing by ref: #next (addr=false assign=true width=8)',
    pos: '',
    expect: {
      type: 'verdict',
      kind: 'closure-capture',
      subject: '#next',
      func: 'Value.Comparable',
      details: { capture: 'ref', addr: false, assign: true, width: 8 },
    },
  },
  // A leak into a local of a range-over-func body (the sink is neither {heap} nor a result).
  {
    line: '/usr/local/go/src/reflect/value.go:3281:10: parameter value leaks to abi.p for Value.Comparable-range1 with derefs=0:',
    pos: '/usr/local/go/src/reflect/value.go:3281:10',
    expect: { type: 'explain-leaks', subject: 'value', sink: 'abi.p', derefs: 0, func: 'Value.Comparable-range1' },
  },
  // Generic shape names: spaces, braces and semicolons inside the function name.
  {
    line: '/usr/local/go/src/sync/poolqueue.go:147:7: parameter sync.d leaks to {heap} for (*struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }).sync.popTail with derefs=1:',
    pos: '/usr/local/go/src/sync/poolqueue.go:147:7',
    expect: {
      type: 'explain-leaks',
      subject: 'sync.d',
      sink: '{heap}',
      derefs: 1,
      func: '(*struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }).sync.popTail',
    },
  },
];

/** Compares as the JSON output would: a field that is undefined is the same as an absent one. */
const plain = (x: unknown): unknown => (x === undefined ? undefined : JSON.parse(JSON.stringify(x)));

test('CAPTURED lines: position split and classification', () => {
  for (const row of CAPTURED) {
    const split = splitPosition(row.line);
    if (row.pos === '') {
      assert.equal(split, undefined, row.line);
      assert.deepEqual(plain(parseMessage(row.line)), row.expect, row.line);
    } else {
      assert.ok(split, row.line);
      assert.equal(split.posText, row.pos, row.line);
      assert.deepEqual(plain(parseMessage(split.message)), row.expect, row.line);
    }
  }
});

test('CAPTURED lines occur verbatim in the go1.26.8 captures', () => {
  const dir = join(capturesRoot(), 'go1.26.8', 'm2');
  const text =
    ['demo.txt', 'tests.txt'].map((f) => readFileSync(join(dir, f), 'utf8')).join('') +
    gunzipSync(readFileSync(join(dir, 'std-slice.txt.gz'))).toString('utf8');
  const lines = new Set(text.split('\n'));
  for (const row of CAPTURED) assert.ok(lines.has(row.line), `not in a capture: ${row.line}`);
});

test('splitPosition: file with colons and spaces, no column, unknown', () => {
  assert.deepEqual(plain(splitPosition('C:\\Users\\me\\my dir\\x.go:3:4: moved to heap: p')), {
    posText: 'C:\\Users\\me\\my dir\\x.go:3:4',
    pos: { file: 'C:\\Users\\me\\my dir\\x.go', line: 3, column: 4 },
    message: 'moved to heap: p',
  });
  assert.deepEqual(plain(splitPosition('<autogenerated>:1: leaking param: p')), {
    posText: '<autogenerated>:1',
    pos: { file: '<autogenerated>', line: 1 },
    message: 'leaking param: p',
  });
  assert.equal(splitPosition('no position here'), undefined);
  assert.deepEqual(parsePosition('<unknown line number>'), { file: '<unknown>', line: 0 });
  assert.equal(parsePosition('x.go'), undefined);
});

// ---------------------------------------------------------------------------
// MALFORMED / SYNTHETIC inputs — not compiler output.
const MALFORMED: [string, string, ParsedMessage][] = [
  // Truncated lines.
  ['MALFORMED truncated flow (no trailing colon)', '  flow: {heap} ← &x', { type: 'unrecognized' }],
  ['MALFORMED truncated flow (empty)', '  flow: ', { type: 'unrecognized' }],
  ['MALFORMED truncated note (empty)', '    from ', { type: 'unrecognized' }],
  ['MALFORMED truncated inlining call (no callee)', 'inlining call to ', { type: 'unrecognized' }],
  ['MALFORMED truncated cannot inline (no reason)', 'cannot inline F', { type: 'unrecognized' }],
  ['MALFORMED truncated leak header', 'parameter x leaks to {heap', { type: 'unrecognized' }],
  ['MALFORMED truncated leak header (no derefs)', 'parameter x leaks to {heap} for F:', { type: 'unrecognized' }],
  ['MALFORMED truncated capture', 'F capturing by value: x (addr=false', { type: 'unrecognized' }],
  ['MALFORMED truncated devirtualizing', 'devirtualizing ', { type: 'unrecognized' }],
  ['MALFORMED can inline without cost', 'can inline F with cost', { type: 'verdict', kind: 'can-inline', subject: 'F with cost', details: {} }],
  [
    'MALFORMED leaking param with a cut level',
    'leaking param: p to result ~r0 level=',
    { type: 'verdict', kind: 'leaking-param', subject: 'p to result ~r0 level=', details: {} },
  ],
  // A flow line with no arrow.
  ['MALFORMED flow without an arrow', '  flow: {heap} x:', { type: 'unrecognized' }],
  ['MALFORMED flow with an arrow but no dst', '  flow:  ← x:', { type: 'unrecognized' }],
  ['SYNTHETIC old (≤1.25) flow wording with =', '  flow: {heap} = &x:', { type: 'flow', flow: { dst: '{heap}', src: 'x', derefs: -1, notes: [] } }],
  // A note without ` at `.
  ['SYNTHETIC note without position', '    from &x (address-of)', { type: 'note', note: { where: '&x', why: 'address-of' } }],
  ['MALFORMED note without parentheses', '    from &x at x.go:1:2', { type: 'unrecognized' }],
  ['MALFORMED note with a bad position', '    from &x (address-of) at nowhere', { type: 'unrecognized' }],
  ['MALFORMED note with trailing junk', '    from &x (address-of) somewhere', { type: 'unrecognized' }],
  // Unknown indentation.
  ['MALFORMED odd indentation', '   flow: a ← b:', { type: 'unrecognized' }],
  ['SYNTHETIC truncated explanation warning', '  warning: truncated explanation due to assignment cycle; see golang.org/issue/35518', { type: 'truncated' }],
  // Colons, quotes, HTML, unicode.
  ['SYNTHETIC reason with colons', 'cannot inline F: a: b: c', { type: 'verdict', kind: 'cannot-inline', subject: 'F', details: { reason: 'a: b: c' } }],
  [
    'SYNTHETIC generic name with ": " inside brackets',
    'cannot inline G[go.shape.struct { a: int }]: recursive',
    { type: 'verdict', kind: 'cannot-inline', subject: 'G[go.shape.struct { a: int }]', details: { reason: 'recursive' } },
  ],
  ['SYNTHETIC quoted colon subject', '"a: b" escapes to heap', { type: 'verdict', kind: 'escapes-to-heap', subject: '"a: b"', details: {} }],
  ['SYNTHETIC unbalanced quote', '"abc escapes to heap', { type: 'verdict', kind: 'escapes-to-heap', subject: '"abc', details: {} }],
  [
    'SYNTHETIC </script> in a subject',
    '"</script><script>alert(1)</script>" escapes to heap',
    { type: 'verdict', kind: 'escapes-to-heap', subject: '"</script><script>alert(1)</script>"', details: {} },
  ],
  ['SYNTHETIC unicode subject', 'moved to heap: 变量', { type: 'verdict', kind: 'moved-to-heap', subject: '变量', details: {} }],
  ['SYNTHETIC astral unicode subject', '"𝔥𝔢𝔩𝔩𝔬 🎉" escapes to heap', { type: 'verdict', kind: 'escapes-to-heap', subject: '"𝔥𝔢𝔩𝔩𝔬 🎉"', details: {} }],
  // Kept verbatim (lossless): the CR stays in the subject rather than being guessed away.
  ['SYNTHETIC CR at the end', 'moved to heap: p\r', { type: 'verdict', kind: 'moved-to-heap', subject: 'p\r', details: {} }],
  ['MALFORMED empty', '', { type: 'unrecognized' }],
  ['MALFORMED whitespace', '   ', { type: 'unrecognized' }],
  ['MALFORMED just a colon', ':', { type: 'unrecognized' }],
];

test('MALFORMED and SYNTHETIC inputs: never throw, classified as documented', () => {
  for (const [name, msg, expect] of MALFORMED) {
    let got: ParsedMessage;
    assert.doesNotThrow(() => {
      got = parseMessage(msg);
    }, name);
    assert.deepEqual(got!, expect, name);
  }
});

test('MALFORMED very long lines parse in linear-ish time', () => {
  const long = 'x'.repeat(500_000);
  const t0 = performance.now();
  assert.deepEqual(parseMessage(`moved to heap: ${long}`), { type: 'verdict', kind: 'moved-to-heap', subject: long, details: {} });
  const inl = parseMessage(`can inline F with cost 3 as: func() { ${long} }`);
  assert.equal(inl.type, 'verdict');
  assert.equal(inl.type === 'verdict' && inl.details.cost, 3);
  assert.equal(parseMessage(long).type, 'unrecognized');
  assert.equal(parseMessage(`  flow: ${long}:`).type, 'unrecognized');
  assert.equal(parseMessage(`    from ${long}`).type, 'unrecognized');
  assert.equal(parseMessage(`${'a: '.repeat(50_000)}b`).type, 'unrecognized');
  assert.equal(parseMessage(`cannot inline ${'('.repeat(100_000)}: x`).type, 'unrecognized');
  const split = splitPosition(`${'a:1'.repeat(50_000)}`);
  assert.equal(split, undefined);
  const ms = performance.now() - t0;
  assert.ok(ms < 2000, `took ${ms} ms`);
});

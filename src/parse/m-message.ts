import type { FindingKind } from '../model/kinds.js';
import type { FindingDetails, Flow, FlowNote } from '../model/finding.js';
import { parsePosition } from './position.js';

/** What one compiler message is, before it is paired with others. */
export type ParsedMessage =
  | { type: 'verdict'; kind: FindingKind; subject: string; details: FindingDetails; func?: string }
  | { type: 'explain-escapes'; subject: string; func?: string }
  | { type: 'explain-leaks'; subject: string; sink: string; derefs: number; func?: string }
  | { type: 'flow'; flow: Flow }
  | { type: 'note'; note: FlowNote }
  | { type: 'truncated' }
  | { type: 'unrecognized' };

/**
 * Splits `s` at the first `sep` that is outside (), [], {} and quotes, so
 * generic shape names like `F[go.shape.struct { a int }]` stay whole.
 */
export function indexOfTopLevel(s: string, sep: string, from = 0): number {
  let depth = 0;
  let quote = '';
  for (let i = from; i < s.length; i++) {
    const c = s[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
      continue;
    }
    if (c === '"' || c === '`' || c === "'") quote = c;
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth = Math.max(0, depth - 1);
    else if (depth === 0 && s.startsWith(sep, i)) return i;
  }
  return -1;
}

const LEAK_TO_RESULT = /^leaking param: (\S+) to result (\S+) level=(-?\d+)$/;
const CAN_INLINE = /^can inline (.+?) with cost (-?\d+) as: (.*)$/s;
const CAPTURE = /^(.+) capturing by (value|ref): (.+) \(addr=(true|false) assign=(true|false) width=(\d+)\)$/;
const TOO_COMPLEX = /^function too complex: cost (\d+) exceeds budget (\d+)$/;
const INLINING_CALL = /^inlining call to (.+?)(?: with score (-?\d+))?$/s;

/** Classifies one message (the text after the position). Pure and total: never throws. */
export function parseMessage(msg: string): ParsedMessage {
  // -m=2 explanation continuation lines carry fixed indentation.
  if (msg.startsWith('  flow: ')) return parseFlow(msg) ?? { type: 'unrecognized' };
  if (msg.startsWith('    from ')) return parseNote(msg) ?? { type: 'unrecognized' };
  if (msg.startsWith('  warning: truncated explanation')) return { type: 'truncated' };
  if (msg.startsWith(' ')) return { type: 'unrecognized' };

  if (msg.endsWith(':')) {
    const i = msg.lastIndexOf(' escapes to heap in ');
    if (i > 0) return { type: 'explain-escapes', subject: msg.slice(0, i), func: msg.slice(i + ' escapes to heap in '.length, -1) };
    if (msg.endsWith(' escapes to heap:')) return { type: 'explain-escapes', subject: msg.slice(0, -' escapes to heap:'.length) };
    if (msg.startsWith('parameter ')) {
      const leak = parseLeakHeader(msg);
      if (leak) return leak;
    }
  }

  if (msg.startsWith('moved to heap: ')) return verdict('moved-to-heap', msg.slice('moved to heap: '.length));
  if (msg.startsWith('leaking param content: ')) return verdict('leaking-param-content', msg.slice('leaking param content: '.length));
  if (msg.startsWith('leaking param: ')) {
    const m = LEAK_TO_RESULT.exec(msg);
    if (m) return verdict('leaking-param-to-result', m[1]!, { result: m[2]!, level: Number(m[3]) });
    return verdict('leaking-param', msg.slice('leaking param: '.length));
  }
  if (msg.endsWith(' escapes to heap')) return verdict('escapes-to-heap', msg.slice(0, -' escapes to heap'.length));
  if (msg.endsWith(' escapes to heap, not allowed in runtime')) {
    return verdict('escapes-to-heap', msg.slice(0, -' escapes to heap, not allowed in runtime'.length), { reason: 'not allowed in runtime' });
  }
  if (msg.endsWith(' does not escape')) return verdict('does-not-escape', msg.slice(0, -' does not escape'.length));
  if (msg === 'zero-copy string->[]byte conversion') return verdict('zero-copy-conversion', '');

  if (msg.startsWith('can inline ')) {
    const m = CAN_INLINE.exec(msg);
    if (m) return verdict('can-inline', m[1]!, { cost: Number(m[2]), body: m[3]! });
    return verdict('can-inline', msg.slice('can inline '.length));
  }
  if (msg.startsWith('inlining call to ')) {
    // No callee (a cut line) does not match: fall through to unrecognized rather than throw.
    const m = INLINING_CALL.exec(msg);
    if (m) {
      const details: FindingDetails = { callee: m[1]! };
      if (m[2] !== undefined) details.score = Number(m[2]);
      return verdict('inlining-call', m[1]!, details);
    }
  }
  if (msg.startsWith('cannot inline ')) {
    const rest = msg.slice('cannot inline '.length);
    const colon = indexOfTopLevel(rest, ': ');
    if (colon < 0) return { type: 'unrecognized' };
    const name = rest.slice(0, colon);
    const reason = rest.slice(colon + 2);
    const into = indexOfTopLevel(name, ' into ');
    if (into >= 0) {
      const callee = name.slice(0, into);
      const caller = name.slice(into + ' into '.length);
      return verdict('cannot-inline-call', callee, { callee, caller, reason });
    }
    const details: FindingDetails = { reason };
    const m = TOO_COMPLEX.exec(reason);
    if (m) {
      details.cost = Number(m[1]);
      details.budget = Number(m[2]);
    }
    return verdict('cannot-inline', name, details);
  }
  if (msg.startsWith('function ') && msg.endsWith(" considered 'big'; reducing max cost of inlinees")) {
    return verdict('big-function', msg.slice('function '.length, -" considered 'big'; reducing max cost of inlinees".length));
  }
  if (msg.startsWith('skip inlining within testing.B.loop for ')) {
    return verdict('skip-inlining-bloop', msg.slice('skip inlining within testing.B.loop for '.length));
  }
  if (msg.startsWith('devirtualizing ')) {
    const rest = msg.slice('devirtualizing '.length);
    const to = rest.lastIndexOf(' to ');
    if (to > 0) return verdict('devirtualized', rest.slice(0, to), { concrete: rest.slice(to + 4) });
  }
  if (msg.startsWith('partially devirtualizing ')) {
    const rest = msg.slice('partially devirtualizing '.length);
    const to = rest.lastIndexOf(' to ');
    if (to > 0) return verdict('partially-devirtualized', rest.slice(0, to), { concrete: rest.slice(to + 4) });
  }
  if (msg.startsWith('PGO devirtualizing ')) {
    const rest = msg.slice('PGO devirtualizing '.length).replace(/^(interface|function) call /, '');
    const to = rest.lastIndexOf(' to ');
    if (to > 0) return verdict('pgo-devirtualized', rest.slice(0, to), { concrete: rest.slice(to + 4) });
  }
  if (msg.startsWith('cannot devirtualize ') || msg.startsWith('should not PGO devirtualize ')) {
    const rest = msg.slice(msg.indexOf('devirtualize ') + 'devirtualize '.length);
    const colon = indexOfTopLevel(rest, ': ');
    if (colon > 0) return verdict('cannot-devirtualize', rest.slice(0, colon), { reason: rest.slice(colon + 2) });
  }
  {
    const m = CAPTURE.exec(msg);
    if (m) {
      return {
        type: 'verdict',
        kind: 'closure-capture',
        subject: m[3]!,
        func: m[1]!,
        details: { capture: m[2] as 'value' | 'ref', addr: m[4] === 'true', assign: m[5] === 'true', width: Number(m[6]) },
      };
    }
  }
  {
    const i = msg.indexOf(' ignoring self-assignment in ');
    if (i > 0)
      return {
        type: 'verdict',
        kind: 'ignoring-self-assignment',
        subject: msg.slice(i + ' ignoring self-assignment in '.length),
        func: msg.slice(0, i),
        details: {},
      };
  }
  if (msg.startsWith('assuming ') && msg.endsWith(' is unsafe uintptr')) {
    return verdict('unsafe-uintptr', msg.slice('assuming '.length, -' is unsafe uintptr'.length));
  }
  if (msg.startsWith('marking ') && (msg.endsWith(' as escaping uintptr') || msg.endsWith(' as escaping ...uintptr'))) {
    return verdict('escaping-uintptr', msg.slice('marking '.length, msg.lastIndexOf(' as escaping ')));
  }
  if (msg === 'imprecise interface call') return verdict('imprecise-interface-call', '');
  if (msg === 'index bounds check elided') return verdict('bounds-check-elided', '');
  return { type: 'unrecognized' };
}

function verdict(kind: FindingKind, subject: string, details: FindingDetails = {}): ParsedMessage {
  return { type: 'verdict', kind, subject, details };
}

/** `  flow: dst ← src:` (Go ≥ 1.26) or `  flow: dst = src:` (older). */
function parseFlow(msg: string): ParsedMessage | undefined {
  if (!msg.endsWith(':')) return undefined;
  const body = msg.slice('  flow: '.length, -1);
  let sep = indexOfTopLevel(body, ' ← ');
  let sepLen = 3;
  if (sep < 0) {
    sep = indexOfTopLevel(body, ' = ');
    sepLen = 3;
  }
  if (sep <= 0) return undefined;
  const dst = body.slice(0, sep);
  let src = body.slice(sep + sepLen);
  let derefs = 0;
  if (src.startsWith('&')) {
    derefs = -1;
    src = src.slice(1);
  } else {
    while (src.startsWith('*')) {
      derefs++;
      src = src.slice(1);
    }
  }
  return { type: 'flow', flow: { dst, src, derefs, notes: [] } };
}

/** `    from <where> (<why>) at <pos>`; `where` may itself contain ` at ` and parentheses. */
function parseNote(msg: string): ParsedMessage | undefined {
  const body = msg.slice('    from '.length);
  const at = body.lastIndexOf(') at ');
  let head: string;
  let note: FlowNote;
  if (at >= 0) {
    head = body.slice(0, at + 1);
    const pos = parsePosition(body.slice(at + ') at '.length));
    if (!pos) return undefined;
    note = { where: '', why: '', pos };
  } else if (body.endsWith(')')) {
    head = body;
    note = { where: '', why: '' };
  } else {
    return undefined;
  }
  const open = head.lastIndexOf(' (');
  if (open < 0) return undefined;
  note.where = head.slice(0, open);
  note.why = head.slice(open + 2, -1);
  return { type: 'note', note };
}

/**
 * `parameter p leaks to SINK for F with derefs=N:` (Go ≥ 1.26) or
 * `parameter p leaks to SINK with derefs=N:`; SINK may be `{storage for X}`
 * with spaces and nested braces.
 */
function parseLeakHeader(msg: string): ParsedMessage | undefined {
  const m = /^parameter (\S+) leaks to /.exec(msg);
  if (!m) return undefined;
  let i = m[0].length;
  let sink: string;
  if (msg[i] === '{') {
    const end = indexOfTopLevel(msg, ' ', i);
    if (end < 0) return undefined;
    sink = msg.slice(i, end);
    i = end;
  } else {
    const end = msg.indexOf(' ', i);
    if (end < 0) return undefined;
    sink = msg.slice(i, end);
    i = end;
  }
  const tail = /^(?: for (.+))? with derefs=(-?\d+):$/s.exec(msg.slice(i));
  if (!tail) return undefined;
  const out: ParsedMessage = { type: 'explain-leaks', subject: m[1]!, sink, derefs: Number(tail[2]) };
  if (tail[1] !== undefined) out.func = tail[1];
  return out;
}

/** A Go tokenizer for highlighting, one line at a time (so the source view can start at any line). */

/** A token's class (`t-<class>` in the page's style), null for plain text. */
export type TokenClass = 'com' | 'str' | 'num' | 'kw' | null;
export type Token = [cls: TokenClass, text: string];
/** What a line starts in: 0 code, 1 a block comment, 2 a raw string. */
export type LineState = 0 | 1 | 2;

const BT = '`';
const KW = new Set(
  'break case chan const continue default defer else fallthrough for func go goto if import interface map package range return select struct switch type var'.split(
    ' ',
  ),
);
const PRE = new Set(
  'true false nil iota append cap clear close complex copy delete imag len make max min new panic print println real recover any bool byte comparable complex64 complex128 error float32 float64 int int8 int16 int32 int64 rune string uint uint8 uint16 uint32 uint64 uintptr'.split(
    ' ',
  ),
);
const IDENT = /[A-Za-z_\u00c0-\uffff][A-Za-z0-9_\u00c0-\uffff]*/y;
const NUM =
  /(?:0[xX][0-9a-fA-F_]*(?:\.[0-9a-fA-F_]*)?(?:[pP][+-]?[0-9_]+)?|0[bB][01_]+|0[oO][0-7_]+|[0-9][0-9_]*(?:\.[0-9_]*)?(?:[eE][+-]?[0-9_]+)?|\.[0-9][0-9_]*(?:[eE][+-]?[0-9_]+)?)i?/y;

/** The tokens of line `s`, which starts in state `st`, and the state the next line starts in. */
export function tokLine(s: string, st: LineState): [Token[], LineState] {
  const out: Token[] = [];
  let i = 0,
    plain = '';
  const n = s.length;
  function flush(): void {
    if (plain) {
      out.push([null, plain]);
      plain = '';
    }
  }
  let e: number;
  if (st === 1) {
    e = s.indexOf('*/');
    if (e < 0) return [[['com', s]], 1];
    out.push(['com', s.slice(0, e + 2)]);
    i = e + 2;
  } else if (st === 2) {
    e = s.indexOf(BT);
    if (e < 0) return [[['str', s]], 2];
    out.push(['str', s.slice(0, e + 1)]);
    i = e + 1;
  }
  while (i < n) {
    const c = s[i]!;
    if (c === '/' && s[i + 1] === '/') {
      flush();
      out.push(['com', s.slice(i)]);
      i = n;
      break;
    }
    if (c === '/' && s[i + 1] === '*') {
      flush();
      e = s.indexOf('*/', i + 2);
      if (e < 0) {
        out.push(['com', s.slice(i)]);
        return [out, 1];
      }
      out.push(['com', s.slice(i, e + 2)]);
      i = e + 2;
      continue;
    }
    if (c === '"' || c === "'") {
      flush();
      let j = i + 1;
      while (j < n && s[j] !== c) {
        if (s[j] === '\\') j++;
        j++;
      }
      out.push(['str', s.slice(i, j + 1)]);
      i = j + 1;
      continue;
    }
    if (c === BT) {
      flush();
      e = s.indexOf(BT, i + 1);
      if (e < 0) {
        out.push(['str', s.slice(i)]);
        return [out, 2];
      }
      out.push(['str', s.slice(i, e + 1)]);
      i = e + 1;
      continue;
    }
    const cc = s.charCodeAt(i);
    if ((cc >= 48 && cc <= 57) || (c === '.' && s.charCodeAt(i + 1) >= 48 && s.charCodeAt(i + 1) <= 57)) {
      NUM.lastIndex = i;
      const m = NUM.exec(s);
      if (m?.[0]) {
        flush();
        out.push(['num', m[0]]);
        i += m[0].length;
        continue;
      }
    }
    if (c === '_' || (cc >= 65 && cc <= 90) || (cc >= 97 && cc <= 122) || cc >= 192) {
      IDENT.lastIndex = i;
      const w = IDENT.exec(s);
      if (w) {
        if (KW.has(w[0])) {
          flush();
          out.push(['kw', w[0]]);
        } else if (PRE.has(w[0])) {
          flush();
          out.push(['num', w[0]]);
        } else plain += w[0];
        i += w[0].length;
        continue;
      }
    }
    plain += c;
    i++;
  }
  flush();
  return [out, 0];
}

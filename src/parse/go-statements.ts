/**
 * The statements of a Go file, as byte ranges, for fingerprints that
 * identify a finding by its own source rather than by a line number or an
 * ordinal: the innermost statement containing a position, and a function
 * literal's whole text, both normalised (comments and whitespace removed).
 * A statement is a simple statement, a declaration's header, or a control
 * statement's header (`if x := f(); x > 0`, `case a, b:`) without the body
 * it controls; function literals and composite literals stay part of the
 * statement they are written in. Hand-written like go-source.ts, on bytes;
 * never throws: text that is not Go gives some deterministic ranges.
 */

/** One statement: byte range [start, end) of its text. */
interface Segment {
  start: number;
  end: number;
}

const SPACE = (c: number) => c === 32 || c === 9 || c === 13 || c === 10;
const isIdentStart = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c > 127;
const isIdentPart = (c: number) => isIdentStart(c) || (c >= 48 && c <= 57);

const CONTROL = new Set(['if', 'for', 'switch', 'select']);
/** Keywords after which a line break inserts a semicolon (Go spec, Semicolons). */
const ENDS_LINE = new Set(['break', 'continue', 'fallthrough', 'return']);

interface Frame {
  /** A statement list (file, block, function body), or brackets within an expression. */
  block: boolean;
  /** Byte offset where the current statement starts, −1 when between statements. */
  segStart: number;
  /** First word of the current statement (`if`, `case`, an identifier), '' when it starts with punctuation. */
  first: string;
  /** Tokens in the current statement so far. */
  count: number;
  /** A block that is not part of a statement (a control statement's body, a declaration's body): its `}` ends it. */
  own?: boolean;
}

/** Statement ranges and literal texts of one file's bytes. */
export class GoStatements {
  private readonly segments: Segment[] = [];
  private readonly lineStarts: number[] = [0];

  /** `funcBodies`: where every function body's `{` is (go-source.ts's scan), so a func literal's body is told from a composite literal. */
  constructor(private readonly src: Buffer, funcBodies: readonly { line: number; column: number }[]) {
    for (let i = 0; i < src.length; i++) if (src[i] === 10) this.lineStarts.push(i + 1);
    const bodies = new Set<number>();
    for (const b of funcBodies) {
      const at = this.offset(b.line, b.column);
      if (at !== undefined) bodies.add(at);
    }
    this.scan(bodies);
    this.segments.sort((a, b) => a.start - b.start || b.end - a.end);
  }

  /** Byte offset of a 1-based line and byte column; undefined when outside the file. */
  offset(line: number, column: number): number | undefined {
    const s = this.lineStarts[line - 1];
    if (s === undefined) return undefined;
    return s + Math.max(0, column - 1);
  }

  /** The first byte at or after `at` that is not a space or tab. */
  firstTokenFrom(at: number): number {
    let k = at;
    while (k < this.src.length && (this.src[k] === 32 || this.src[k] === 9)) k++;
    return k;
  }

  /** Normalised text of the innermost statement containing the byte offset; undefined when none does. */
  statementAt(at: number): string | undefined {
    const segs = this.segments;
    let lo = 0;
    let hi = segs.length - 1;
    let k = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (segs[mid]!.start <= at) {
        k = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    for (; k >= 0; k--) {
      const s = segs[k]!;
      if (s.end > at) return this.normalized(s.start, s.end);
    }
    return undefined;
  }

  /** Normalised text of bytes [start, end): comments and whitespace removed, string and rune literals kept as written. */
  normalized(start: number, end: number): string {
    const src = this.src;
    const parts: string[] = [];
    let from = start;
    let i = start;
    const flush = (to: number) => {
      if (to > from) parts.push(src.toString('latin1', from, to));
    };
    while (i < end) {
      const c = src[i]!;
      if (SPACE(c)) {
        flush(i);
        while (i < end && SPACE(src[i]!)) i++;
        from = i;
      } else if (c === 47 && src[i + 1] === 47) {
        flush(i);
        const e = src.indexOf(10, i);
        i = e < 0 || e > end ? end : e;
        from = i;
      } else if (c === 47 && src[i + 1] === 42) {
        flush(i);
        const e = src.indexOf('*/', i + 2, 'latin1');
        i = e < 0 || e + 2 > end ? end : e + 2;
        from = i;
      } else if (c === 34 || c === 39 || c === 96) {
        i = skipQuoted(src, i, end);
      } else i++;
    }
    flush(end);
    return parts.join('');
  }

  private scan(funcBodies: ReadonlySet<number>): void {
    const src = this.src;
    const n = src.length;
    const stack: Frame[] = [{ block: true, segStart: -1, first: '', count: 0 }];
    /** Whether a line break now ends the statement (the previous token allows a semicolon). */
    let semiOnBreak = false;
    /** End of the previous token. */
    let prevEnd = 0;
    let prevWord = '';
    const top = () => stack[stack.length - 1]!;
    const close = (f: Frame, end: number) => {
      if (f.segStart >= 0 && end > f.segStart) this.segments.push({ start: f.segStart, end });
      f.segStart = -1;
      f.first = '';
      f.count = 0;
    };
    /** A token at [at, …) of the current frame: opens a statement if none is open. */
    const token = (at: number, word: string) => {
      const f = top();
      if (f.block && f.segStart < 0) {
        f.segStart = at;
        f.first = word;
      }
      if (f.block) f.count++;
    };
    let i = 0;
    while (i < n) {
      const c = src[i]!;
      if (c === 10) {
        if (semiOnBreak && top().block) close(top(), prevEnd);
        semiOnBreak = false;
        i++;
        continue;
      }
      if (SPACE(c)) {
        i++;
        continue;
      }
      if (c === 47 && src[i + 1] === 47) {
        const e = src.indexOf(10, i);
        i = e < 0 ? n : e;
        continue;
      }
      if (c === 47 && src[i + 1] === 42) {
        const e = src.indexOf('*/', i + 2, 'latin1');
        const stop = e < 0 ? n : e + 2;
        // A block comment with a line break is a line break (Go spec).
        const nl = src.indexOf(10, i);
        if (nl >= 0 && nl < stop && semiOnBreak && top().block) {
          close(top(), prevEnd);
          semiOnBreak = false;
        }
        i = stop;
        continue;
      }
      const start = i;
      if (c === 34 || c === 39 || c === 96) {
        i = skipQuoted(src, i, n);
        token(start, '');
        semiOnBreak = true;
        prevWord = '';
        prevEnd = i;
        continue;
      }
      if (isIdentPart(c)) {
        while (i < n && isIdentPart(src[i]!)) i++;
        const word = isIdentStart(c) ? src.toString('latin1', start, i) : '0';
        token(start, word);
        semiOnBreak = !isKeyword(word) || ENDS_LINE.has(word);
        prevWord = word;
        prevEnd = i;
        continue;
      }
      i++;
      if (c === 59 /* ; */) {
        const f = top();
        if (f.block) close(f, start);
        semiOnBreak = false;
        prevWord = '';
        prevEnd = i;
        continue;
      }
      if (c === 123 /* { */) {
        const f = top();
        const funcBody = funcBodies.has(start);
        // A control statement's (or bare) block ends the statement it follows; a
        // func literal's body and a composite literal belong to the statement.
        const control = f.block && !funcBody && (f.segStart < 0 || prevWord === 'else' || ((CONTROL.has(f.first) || f.first === 'else') && !compositeAfter(src, start)));
        const declBody = f.block && funcBody && f.first === 'func' && stack.length === 1;
        if (control || declBody) close(f, prevEnd);
        else token(start, '');
        stack.push(control || declBody ? { block: true, segStart: -1, first: '', count: 0, own: true } : { block: funcBody, segStart: -1, first: '', count: 0 });
        semiOnBreak = false;
        prevWord = '';
        prevEnd = i;
        continue;
      }
      if (c === 125 /* } */ || c === 41 /* ) */ || c === 93 /* ] */) {
        let own = false;
        if (stack.length > 1) {
          const f = stack.pop()!;
          if (f.block) close(f, prevEnd);
          own = f.own === true;
        }
        if (!own) token(start, '');
        semiOnBreak = true;
        prevWord = '';
        prevEnd = i;
        continue;
      }
      if (c === 40 /* ( */ || c === 91 /* [ */) {
        token(start, '');
        stack.push({ block: false, segStart: -1, first: '', count: 0 });
        semiOnBreak = false;
        prevWord = '';
        prevEnd = i;
        continue;
      }
      if (c === 58 /* : */) {
        if (src[i] === 61 /* := */) i++;
        else {
          const f = top();
          // `case …:`, `default:` and `label:` end a statement of their own.
          if (f.block && (f.first === 'case' || f.first === 'default' || (f.count === 1 && f.first !== ''))) {
            prevEnd = i;
            close(f, i);
            semiOnBreak = false;
            prevWord = '';
            continue;
          }
        }
        token(start, '');
        semiOnBreak = false;
        prevWord = '';
        prevEnd = i;
        continue;
      }
      // Operators: `++` and `--` allow a semicolon, the rest do not.
      let semi = false;
      if ((c === 43 || c === 45) && src[i] === c) {
        i++;
        semi = true;
      }
      token(start, '');
      semiOnBreak = semi;
      prevWord = '';
      prevEnd = i;
    }
    while (stack.length > 0) close(stack.pop()!, prevEnd);
  }
}

/** In a control statement's header, `[]T{`, `map[K]V{` and `[N]T{` are composite literals, not the block (the spec allows them there unparenthesised). */
function compositeAfter(src: Buffer, brace: number): boolean {
  let k = brace - 1;
  while (k >= 0 && SPACE(src[k]!)) k--;
  if (k < 0 || !isIdentPart(src[k]!)) return false;
  while (k >= 0 && (isIdentPart(src[k]!) || src[k] === 46 /* . */)) k--;
  while (k >= 0 && src[k] === 42 /* * */) k--;
  return k >= 0 && src[k] === 93 /* ] */;
}

const KEYWORDS = new Set([
  'break', 'case', 'chan', 'const', 'continue', 'default', 'defer', 'else', 'fallthrough', 'for', 'func', 'go', 'goto', 'if',
  'import', 'interface', 'map', 'package', 'range', 'return', 'select', 'struct', 'switch', 'type', 'var',
]);

function isKeyword(word: string): boolean {
  return KEYWORDS.has(word);
}

/** End (exclusive) of the string, raw string or rune literal at `at`, at most `end`. */
function skipQuoted(src: Buffer, at: number, end: number): number {
  const q = src[at]!;
  let k = at + 1;
  if (q === 96) {
    const e = src.indexOf(96, k);
    return e < 0 || e >= end ? end : e + 1;
  }
  while (k < end) {
    const d = src[k]!;
    if (d === 92) k += 2;
    else if (d === q || d === 10) return d === q ? k + 1 : k;
    else k++;
  }
  return end;
}

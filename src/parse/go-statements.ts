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

interface Frame {
  /** Byte offset where the current statement starts, −1 when between statements. */
  segStart: number;
  /** What the statement's first word is (W_*), W_NONE when it starts with punctuation. */
  first: number;
  /** Tokens in the current statement so far. */
  count: number;
  /** Brackets open inside the current statement (a composite literal, a call's parentheses). */
  nest: number;
  /** A block that is not part of a statement (a control statement's body, a declaration's body): its `}` ends it. */
  own: boolean;
  /** In a control statement's header (its block not open yet). */
  header: boolean;
}

/** A function as go-source.ts scans it: where its name (or `func`) is and where its body ends. */
export interface FuncExtent {
  line: number;
  column: number;
  bodyStart?: { line: number; column: number };
  bodyEnd?: { line: number; column: number };
  isLiteral: boolean;
}

/**
 * Statement ranges and literal texts of one file's bytes. Statements are
 * scanned when first asked for, one declaration at a time (most of a
 * file's functions have no finding that needs them); a position outside
 * every declaration has the whole file scanned.
 */
export class GoStatements {
  private readonly lineStarts: number[] = [0];
  /** Byte offsets of every function body's `{`, so a func literal's body is told from a composite literal. */
  private bodies: Set<number> | undefined;
  /** Declarations with a body, as byte ranges [start, end) from their line's start, in source order. */
  private readonly decls: { start: number; end: number; segments?: Segment[] }[] = [];
  private whole: Segment[] | undefined;

  constructor(
    private readonly src: Buffer,
    private readonly funcs: readonly FuncExtent[],
  ) {
    for (let i = src.indexOf(10); i >= 0; i = src.indexOf(10, i + 1)) this.lineStarts.push(i + 1);
    for (const f of funcs) {
      if (f.isLiteral || !f.bodyEnd) continue;
      const start = this.lineStarts[f.line - 1];
      const end = this.offset(f.bodyEnd.line, f.bodyEnd.column);
      if (start !== undefined && end !== undefined && end >= start) this.decls.push({ start, end: end + 1 });
    }
    for (let k = 1; k < this.decls.length; k++) {
      // Out of order or overlapping (never seen in Go that compiles): scan whole files only.
      if (this.decls[k]!.start < this.decls[k - 1]!.end) {
        this.decls.length = 0;
        break;
      }
    }
  }

  /** The statements around a byte offset: its declaration's, or the whole file's. */
  private segmentsAt(at: number): Segment[] {
    const d = this.decls;
    let lo = 0;
    let hi = d.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const x = d[mid]!;
      if (at < x.start) hi = mid - 1;
      else if (at >= x.end) lo = mid + 1;
      else return (x.segments ??= this.scanned(x.start, x.end));
    }
    return (this.whole ??= this.scanned(0, this.src.length));
  }

  private scanned(from: number, to: number): Segment[] {
    if (!this.bodies) {
      this.bodies = new Set();
      for (const f of this.funcs) {
        const at = f.bodyStart && this.offset(f.bodyStart.line, f.bodyStart.column);
        if (at !== undefined) this.bodies.add(at);
      }
    }
    const out: Segment[] = [];
    this.scan(this.bodies, from, to, out);
    return out.sort((a, b) => a.start - b.start || b.end - a.end);
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
    const s = this.rangeAt(at);
    return s && this.normalized(s.start, s.end);
  }

  /** Byte range [start, end) of the innermost statement containing the byte offset; undefined when none does. */
  rangeAt(at: number): { start: number; end: number } | undefined {
    const segs = this.segmentsAt(at);
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
      if (s.end > at) return s;
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

  /** Appends the statements of bytes [from, to) to `segments`; `from` is where a declaration (or the file) starts. */
  private scan(funcBodies: ReadonlySet<number>, from: number, to: number, segments: Segment[]): void {
    const src = this.src;
    const n = to;
    // Statement lists (file, blocks, function bodies); brackets inside an expression are only counted (`nest`).
    const stack: Frame[] = [frame(false)];
    let f = stack[0]!;
    /** Whether a line break now ends the statement (the previous token allows a semicolon). */
    let semiOnBreak = false;
    let prevWord = W_NONE;
    const close = (end: number) => {
      if (f.segStart >= 0 && end > f.segStart) segments.push({ start: f.segStart, end });
      f.segStart = -1;
      f.first = W_NONE;
      f.count = 0;
    };
    /** A token at `at`: opens a statement if none is open. */
    const token = (at: number, word: number) => {
      if (f.nest > 0) return;
      // if/for/switch/select: up to its block, the statements (`if x := f(); x > 0`) are its header.
      if (word === W_CONTROL) f.header = true;
      if (f.segStart < 0) {
        f.segStart = at;
        f.first = word;
      }
      f.count++;
    };
    let i = from;
    let prevEnd = from;
    while (i < n) {
      const c = src[i]!;
      if (c === 10) {
        if (semiOnBreak && f.nest === 0) close(prevEnd);
        semiOnBreak = false;
        i++;
        continue;
      }
      if (c === 32 || c === 9 || c === 13) {
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
        if (nl >= 0 && nl < stop && semiOnBreak && f.nest === 0) {
          close(prevEnd);
          semiOnBreak = false;
        }
        i = stop;
        continue;
      }
      const start = i;
      if (c === 34 || c === 39 || c === 96) {
        i = skipQuoted(src, i, n);
        token(start, W_NONE);
        semiOnBreak = true;
        prevWord = W_NONE;
        prevEnd = i;
        continue;
      }
      if (isIdentPart(c)) {
        while (i < n && isIdentPart(src[i]!)) i++;
        const word = wordAt(src, start, i);
        token(start, word);
        semiOnBreak = word <= W_ENDS_LINE;
        prevWord = word;
        prevEnd = i;
        continue;
      }
      i++;
      if (c === 59 /* ; */) {
        if (f.nest === 0) close(start);
        semiOnBreak = false;
        prevWord = W_NONE;
        prevEnd = i;
        continue;
      }
      if (c === 123 /* { */) {
        const funcBody = funcBodies.has(start);
        const atTop = f.nest === 0;
        // A control statement's (or bare) block ends the statement it follows; a
        // func literal's body and a composite literal belong to the statement.
        const control = atTop && !funcBody && (f.segStart < 0 || prevWord === W_ELSE || ((f.header || f.first === W_ELSE) && !compositeAfter(src, start)));
        const declBody = atTop && funcBody && f.first === W_FUNC && stack.length === 1;
        if (control || declBody) {
          close(prevEnd);
          f.header = false;
          stack.push((f = frame(true)));
        } else {
          token(start, W_NONE);
          if (funcBody) stack.push((f = frame(false)));
          else f.nest++;
        }
        semiOnBreak = false;
        prevWord = W_NONE;
        prevEnd = i;
        continue;
      }
      if (c === 125 /* } */ || c === 41 /* ) */ || c === 93 /* ] */) {
        if (f.nest > 0) {
          f.nest--;
          token(start, W_NONE);
        } else if (stack.length > 1) {
          close(prevEnd);
          const own = stack.pop()!.own;
          f = stack[stack.length - 1]!;
          if (!own) token(start, W_NONE);
        }
        semiOnBreak = true;
        prevWord = W_NONE;
        prevEnd = i;
        continue;
      }
      if (c === 40 /* ( */ || c === 91 /* [ */) {
        token(start, W_NONE);
        f.nest++;
        semiOnBreak = false;
        prevWord = W_NONE;
        prevEnd = i;
        continue;
      }
      if (c === 58 /* : */) {
        if (src[i] === 61 /* := */) i++;
        else if (f.nest === 0 && (f.first === W_CASE || (f.count === 1 && f.first === W_IDENT))) {
          // `case …:`, `default:` and `label:` end a statement of their own.
          prevEnd = i;
          close(i);
          semiOnBreak = false;
          prevWord = W_NONE;
          continue;
        }
        token(start, W_NONE);
        semiOnBreak = false;
        prevWord = W_NONE;
        prevEnd = i;
        continue;
      }
      // Operators: `++` and `--` allow a semicolon, the rest do not.
      let semi = false;
      if ((c === 43 || c === 45) && src[i] === c) {
        i++;
        semi = true;
      }
      token(start, W_NONE);
      semiOnBreak = semi;
      prevWord = W_NONE;
      prevEnd = i;
    }
    while (stack.length > 0) {
      f = stack.pop()!;
      close(prevEnd);
    }
  }
}

function frame(own: boolean): Frame {
  return { segStart: -1, first: W_NONE, count: 0, nest: 0, own, header: false };
}

// What a word is, as far as statements care; up to W_ENDS_LINE a line break after it ends the statement.
const W_NONE = 0;
const W_IDENT = 1;
/** break, continue, fallthrough, return. */
const W_ENDS_LINE = 2;
const W_KEYWORD = 3;
/** if, for, switch, select: a control statement, whose block ends its header. */
const W_CONTROL = 4;
const W_ELSE = 5;
/** case, default: a clause header up to its `:`. */
const W_CASE = 6;
const W_FUNC = 7;

/** The kind of the word at [s, e), without making a string of it. */
function wordAt(src: Buffer, s: number, e: number): number {
  const c = src[s]!;
  const len = e - s;
  if (c < 97 || c > 122 || len < 2 || len > 11) return W_IDENT;
  switch (len) {
    case 2:
      if (is(src, s, 'if')) return W_CONTROL;
      return is(src, s, 'go') ? W_KEYWORD : W_IDENT;
    case 3:
      if (is(src, s, 'for')) return W_CONTROL;
      return is(src, s, 'var') || is(src, s, 'map') ? W_KEYWORD : W_IDENT;
    case 4:
      if (is(src, s, 'func')) return W_FUNC;
      if (is(src, s, 'else')) return W_ELSE;
      if (is(src, s, 'case')) return W_CASE;
      return is(src, s, 'chan') || is(src, s, 'goto') || is(src, s, 'type') ? W_KEYWORD : W_IDENT;
    case 5:
      if (is(src, s, 'break')) return W_ENDS_LINE;
      return is(src, s, 'const') || is(src, s, 'defer') || is(src, s, 'range') ? W_KEYWORD : W_IDENT;
    case 6:
      if (is(src, s, 'return')) return W_ENDS_LINE;
      if (is(src, s, 'switch') || is(src, s, 'select')) return W_CONTROL;
      return is(src, s, 'import') || is(src, s, 'struct') ? W_KEYWORD : W_IDENT;
    case 7:
      if (is(src, s, 'default')) return W_CASE;
      return is(src, s, 'package') ? W_KEYWORD : W_IDENT;
    case 8:
      return is(src, s, 'continue') ? W_ENDS_LINE : W_IDENT;
    case 9:
      return is(src, s, 'interface') ? W_KEYWORD : W_IDENT;
    case 11:
      return is(src, s, 'fallthrough') ? W_ENDS_LINE : W_IDENT;
  }
  return W_IDENT;
}

function is(src: Buffer, at: number, word: string): boolean {
  for (let j = 0; j < word.length; j++) if (src[at + j] !== word.charCodeAt(j)) return false;
  return true;
}

/** In a control statement's header, `[]T{`, `map[K]V{` and `[N]T{` are composite literals, not the block (the spec allows them there unparenthesised). */
function compositeAfter(src: Buffer, brace: number): boolean {
  let k = brace - 1;
  while (k >= 0 && SPACE(src[k]!)) k--;
  if (k < 0 || !isIdentPart(src[k]!)) return false;
  while (k >= 0 && (isIdentPart(src[k]!) || src[k] === 46) /* . */) k--;
  while (k >= 0 && src[k] === 42 /* * */) k--;
  return k >= 0 && src[k] === 93 /* ] */;
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

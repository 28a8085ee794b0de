import type { FindingDetails, Flow, FlowNote } from '../model/finding.js';
import type { FindingKind } from '../model/kinds.js';
import type { SourcePos } from '../model/position.js';
import { UNKNOWN_FILE } from '../model/position.js';
import { parseMessage } from './m-message.js';
import { splitPosition, type PositionedText } from './position.js';
import { includesBytes, startsWithBytes } from '../util/bytes.js';
import { pushToList } from '../util/maps.js';

/**
 * A finding as parsed: positions as printed (not yet normalised), no
 * enclosing function or key yet (the attribute analysis adds those).
 */
export interface ParsedFinding {
  kind: FindingKind;
  pkg: string;
  pos: SourcePos;
  subject: string;
  message: string;
  details: FindingDetails;
  explanations: ParsedExplanation[];
  /** Function named by the compiler on the line itself or in its explanation header. */
  funcHint?: string;
  /**
   * The compiler output lines that make up this finding, as inclusive runs
   * of 1-based line numbers: `[first, last, first, last, …]`.
   */
  spans: number[];
}

/** The line numbers of a finding's spans, in order. */
export function linesOfSpans(spans: number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < spans.length; i += 2) for (let n = spans[i]!; n <= spans[i + 1]!; n++) out.push(n);
  return out;
}

/** Number of lines in a finding's spans. */
export function spanLineCount(spans: number[]): number {
  let n = 0;
  for (let i = 0; i < spans.length; i += 2) n += spans[i + 1]! - spans[i]! + 1;
  return n;
}

export interface ParsedUnrecognized {
  pkg: string;
  line: number;
  text: string;
  reason: string;
}

export interface PackageOutput {
  pkg: string;
  /** Lines of `# ...` headers seen for this package, verbatim. */
  headers: string[];
  findings: ParsedFinding[];
  unrecognized: ParsedUnrecognized[];
  /** Number of output lines that belonged to this package (headers included). */
  lineCount: number;
  /** Line number (as fed) of the block's first line; 0 when the block is empty. */
  firstLine: number;
}

/**
 * A `-m=2` explanation as parsed: its header's fields, and its flow and
 * note lines verbatim, for `parseFlows` to read. Flow lines are most of
 * `-m=2` output, and most of them explain leaks that a report of heap
 * escapes never shows: the analysis parses only those it reports on.
 */
export interface ParsedExplanation {
  header: 'escapes' | 'leaks';
  sink: string | undefined;
  derefs: number | undefined;
  func: string | undefined;
  truncated: boolean | undefined;
  lines: FlowLines;
}

/**
 * Flow and note lines verbatim: bytes `text[start..end)`, `\n`-separated,
 * each starting with the explanation's position prefix (`file:line:col: `,
 * `prefixLength` characters). `text` is undefined when there are none.
 */
export interface FlowLines {
  text: Buffer | undefined;
  start: number;
  end: number;
  prefixLength: number;
}

/**
 * The flows of an explanation's lines, parsed anew on each call.
 * `resolveFile` normalises the file of each note's position.
 */
export function parseFlows(lines: FlowLines, resolveFile?: (file: string) => string): Flow[] {
  return lines.text ? parseFlowLines(lines.text.toString('utf8', lines.start, lines.end), lines.prefixLength, resolveFile) : [];
}

/**
 * Parses stored flow lines (`  flow: …` and `    from …`). They passed the
 * structural check when stored; a line the full parse still rejects is kept
 * verbatim (as a flow's source or a note's `where`) rather than dropped.
 */
function parseFlowLines(text: string, prefixLength: number, resolveFile: ((file: string) => string) | undefined): Flow[] {
  const flows: Flow[] = [];
  // A newline inside a file name is stored as NUL (see MOutputParser's joinsName).
  const joined = text.includes(NUL_CHAR);
  for (let start = 0; start < text.length; ) {
    let nl = text.indexOf('\n', start);
    if (nl < 0) nl = text.length;
    const from = start + prefixLength;
    start = nl + 1;
    if (from >= nl) continue;
    let line = text.slice(from, nl);
    if (joined) line = line.replaceAll(NUL_CHAR, '\n');
    const parsed = parseMessage(line);
    if (parsed.type === 'flow') flows.push(parsed.flow);
    else if (parsed.type === 'note') {
      const note = parsed.note;
      if (note.pos && resolveFile) note.pos.file = resolveFile(note.pos.file);
      flows[flows.length - 1]?.notes.push(note);
    } else if (parsed.type === 'truncated')
      continue; // recorded as `truncated` when stored
    else if (line.startsWith('  flow: ')) flows.push({ dst: '', src: line.slice('  flow: '.length), derefs: 0, notes: [] });
    else flows[flows.length - 1]?.notes.push(verbatimNote(line.trimStart()));
  }
  return flows;
}

function verbatimNote(where: string): FlowNote {
  return { where, why: '' };
}

const NL_BYTES = Buffer.from('\n');
const NUL_CHAR = '\u0000';
const NUL_BYTES = Buffer.from([0]);
const ZERO_DIGIT = 48;
const NINE_DIGIT = 57;
/** What `continues` says of a line that may go on past a newline in a file name: decide at the next line. */
const HOLD = 2;
const SPACE = 32;
const COLON = 58;
const CLOSE_PAREN = 41;
const FLOW_PREFIX = Buffer.from('  flow: ');
const NOTE_PREFIX = Buffer.from('    from ');
const TRUNCATED_PREFIX = Buffer.from('  warning: truncated explanation');
const AT = Buffer.from(') at ');

interface PendingExplanation {
  key: string;
  explanation: ParsedExplanation;
  /** First and last output line of the block. */
  first: number;
  last: number;
  /** The line's bytes before the message (`file:line:col: `), shared by the block's lines. */
  /** The header line's bytes (a stream chunk, never reused): its first `prefixBytes` are the prefix. */
  prefix: Buffer;
  prefixStart: number;
  prefixBytes: number;
  /** Whether a flow line has been seen (notes need one). */
  hasFlow: boolean;
  /** The header line verbatim. */
  header: string;
  taken: boolean;
}

/**
 * Streaming parser for `-gcflags=-m[=N]` output. Feed lines in order with
 * `line()` (text) or `lineBytes()` (raw bytes, for streams); blocks are per
 * package. Explanations are paired with verdicts when the package ends,
 * because the compiler prints flows while solving and verdicts later
 * (escape.go `finish`), not always adjacently.
 *
 * Every line fed ends up in exactly one place: a finding (its `spans`), or
 * `unrecognized` — nothing is dropped.
 *
 * go prints file names as they are, so a name with a newline in it splits
 * each line that names it. With `joinsName`, a line that may stop inside a
 * file name (no position of its own, or a note whose ` at ` position has no
 * line number) waits for the next one, and the two are read as one line when
 * `joinsName` says the newline is part of a name. The joined line keeps its
 * newline in its text (positions, unrecognized lines) and as NUL in the
 * bytes stored for flow lines; its finding spans both line numbers.
 */
export class MOutputParser {
  private pkg = '';
  private headers: string[] = [];
  private lineCount = 0;
  private firstLine = 0;
  private findings: ParsedFinding[] = [];
  private unrecognized: ParsedUnrecognized[] = [];
  private pending: PendingExplanation[] = [];
  /** Position text of each finding as printed, aligned with `findings`. */
  private posTexts: string[] = [];
  private current: PendingExplanation | undefined;
  private inBlock = false;
  /** A line that may go on past a newline in a file name: lines `first..last` of the output (more than one when joined already). */
  private held: { buf: Buffer; start: number; end: number; text: string; first: number; last: number } | undefined = undefined;

  /**
   * `joinsName(partial, next)`: whether the newline between the line
   * `partial` and the line `next` is part of a file name (the caller knows
   * which files exist). Called only for lines that may stop inside a name.
   */
  constructor(
    private readonly onPackage: (out: PackageOutput) => void,
    private readonly joinsName?: (partial: string, next: string) => boolean,
  ) {}

  /** Starts a package block explicitly (JSON build events name the package). */
  begin(pkg: string): void {
    if (this.inBlock) this.end();
    this.pkg = pkg;
    this.inBlock = true;
  }

  /** Whether a line is waiting for the next one (it may stop inside a file name). */
  get holding(): boolean {
    return this.held !== undefined;
  }

  /** Whether `next` would be read as the rest of the waiting line. */
  continuesHeld(next: string): boolean {
    return this.held !== undefined && this.joinsName!(this.held.text, next);
  }

  /** Feeds one line (without its newline); `n` is its 1-based number in the whole output. */
  line(text: string, n: number): void {
    const buf = Buffer.from(text, 'utf8');
    this.lineBytes(buf, 0, buf.length, n, text);
  }

  /**
   * Feeds one line as bytes `buf[start..end)`. Flow lines of the current
   * explanation (≈85% of -m=2 output) are recognised and stored without
   * being decoded; everything else is decoded and parsed now.
   */
  lineBytes(buf: Buffer, start: number, end: number, n: number, text?: string): void {
    const held = this.held;
    if (held !== undefined) {
      this.held = undefined;
      const next = text ?? buf.toString('utf8', start, end);
      if (this.joinsName!(held.text, next)) {
        this.lineCount++;
        const bytes = Buffer.concat([held.buf.subarray(held.start, held.end), NUL_BYTES, buf.subarray(start, end)]);
        this.read(bytes, 0, bytes.length, held.first, n, `${held.text}\n${next}`, true);
        return;
      }
      this.read(held.buf, held.start, held.end, held.first, held.last, held.text, false);
      text = next;
    }
    if (end - start >= 2 && buf[start] === 35 && buf[start + 1] === SPACE) {
      this.header(text ?? buf.toString('utf8', start, end), n);
      return;
    }
    if (!this.inBlock) this.begin('');
    if (this.lineCount === 0) this.firstLine = n;
    this.lineCount++;
    this.read(buf, start, end, n, n, text, this.joinsName !== undefined);
  }

  /** Reads one line, lines `first..n` of the output (more than one when joined); with `mayHold`, a line that may stop inside a file name waits. */
  private read(buf: Buffer, start: number, end: number, first: number, n: number, text: string | undefined, mayHold: boolean): void {
    const cur = this.current;
    if (cur) {
      const c = this.continues(cur, buf, start, end, mayHold);
      if (c === true) {
        cur.last = n;
        return;
      }
      if (c === HOLD) {
        this.held = { buf, start, end, text: text ?? buf.toString('utf8', start, end), first, last: n };
        return;
      }
    }
    const t = text ?? buf.toString('utf8', start, end);
    const split = splitPosition(t);
    if (split === undefined && mayHold) {
      this.held = { buf, start, end, text: t, first, last: n };
      return;
    }
    this.consume(t, split, first, n, buf, start);
  }

  private header(text: string, n: number): void {
    this.flushRun();
    // `# importpath` starts a block; further `# ...` lines right after it
    // (e.g. `# [pkg.test]`) belong to the same block.
    const onlyHeadersSoFar = this.inBlock && this.lineCount === this.headers.length;
    if (!onlyHeadersSoFar) this.begin(text.slice(2));
    if (!this.pkg) this.pkg = text.slice(2);
    this.headers.push(text);
    if (this.lineCount === 0) this.firstLine = n;
    this.lineCount++;
  }

  /**
   * Whether the line continues `cur`: the same position prefix, then a flow,
   * a note after a flow, or the truncation warning, checked by structure
   * (what `parseMessage` needs to succeed). Stores it when it does.
   */
  private continues(cur: PendingExplanation, buf: Buffer, start: number, end: number, mayHold: boolean): boolean | typeof HOLD {
    const prefix = cur.prefix;
    const p0 = cur.prefixStart;
    const plen = cur.prefixBytes;
    if (end - start < plen + 2) return false;
    // Backwards: prefixes differ in line:col, at their end.
    for (let i = plen - 1; i >= 0; i--) if (buf[start + i] !== prefix[p0 + i]) return false;
    const m = start + plen;
    if (buf[m] !== SPACE || buf[m + 1] !== SPACE) return false;
    if (startsWithBytes(buf, m, end, FLOW_PREFIX)) {
      if (buf[end - 1] !== COLON) return false;
      const body = m + FLOW_PREFIX.length;
      if (!hasFlowArrow(buf, body, end)) return false;
      cur.hasFlow = true;
    } else if (startsWithBytes(buf, m, end, NOTE_PREFIX)) {
      if (!cur.hasFlow) return false;
      const last = buf[end - 1]!;
      if (last !== CLOSE_PAREN) {
        if (!includesBytes(buf, m + NOTE_PREFIX.length, end, AT)) return false;
        // `at FILE:LINE:COL` ends in a digit; anything else may be a file name cut by a newline in it.
        if (mayHold && (last < ZERO_DIGIT || last > NINE_DIGIT)) return HOLD;
      }
    } else if (startsWithBytes(buf, m, end, TRUNCATED_PREFIX)) {
      cur.explanation.truncated = true;
    } else return false;
    // Consecutive lines of one chunk form one run, kept as a range of the
    // chunk (stream chunks are not reused, so it may outlive this call).
    if (buf === this.runBuf && start === this.runEnd + 1) {
      this.runEnd = end;
      return true;
    }
    if (this.runOwner === cur.explanation) this.runParts.push(this.runBuf!.subarray(this.runStart, this.runEnd));
    else {
      this.flushRun();
      this.runOwner = cur.explanation;
    }
    this.runBuf = buf;
    this.runStart = start;
    this.runEnd = end;
    return true;
  }

  private runBuf: Buffer | undefined = undefined;
  private runStart = 0;
  private runEnd = 0;
  private runOwner: ParsedExplanation | undefined = undefined;
  /** Earlier runs of the current explanation (it crossed a chunk boundary). */
  private runParts: Buffer[] = [];

  /**
   * Hands the finished explanation its lines without copying: it keeps a
   * range of the stream's chunk. Only an explanation cut by a chunk boundary
   * (or fed line by line through `line()`) is joined into a buffer of its own.
   */
  private flushRun(): void {
    const owner = this.runOwner;
    if (owner === undefined) return;
    const e = owner.lines;
    const buf = this.runBuf!;
    if (this.runParts.length === 0) {
      e.text = buf;
      e.start = this.runStart;
      e.end = this.runEnd;
    } else {
      this.runParts.push(buf.subarray(this.runStart, this.runEnd));
      const parts: Buffer[] = [];
      for (const p of this.runParts) parts.push(p, NL_BYTES);
      const joined = Buffer.concat(parts);
      e.text = joined;
      e.start = 0;
      e.end = joined.length - 1;
      this.runParts = [];
    }
    this.runBuf = undefined;
    this.runOwner = undefined;
  }

  private consume(text: string, split: PositionedText | undefined, first: number, n: number, buf: Buffer, start: number): void {
    this.flushRun();
    const posText = split ? split.posText : UNKNOWN_FILE;
    const pos: SourcePos = split ? split.pos : { file: UNKNOWN_FILE, line: 0 };
    const message = split ? split.message : text;
    const parsed = parseMessage(message);
    switch (parsed.type) {
      case 'flow':
        this.reject(text, first, n, 'flow line outside an explanation block');
        return;
      case 'note':
        this.reject(text, first, n, 'note line outside a flow');
        return;
      case 'truncated':
        this.reject(text, first, n, 'truncation warning outside an explanation block');
        return;
      case 'explain-escapes':
      case 'explain-leaks': {
        const explanation: ParsedExplanation = {
          header: parsed.type === 'explain-escapes' ? 'escapes' : 'leaks',
          sink: undefined,
          derefs: undefined,
          func: undefined,
          truncated: undefined,
          lines: { text: undefined, start: 0, end: 0, prefixLength: text.length - message.length },
        };
        if (parsed.type === 'explain-leaks') {
          explanation.sink = parsed.sink;
          explanation.derefs = parsed.derefs;
        }
        if (parsed.func !== undefined) explanation.func = parsed.func;
        this.current = {
          key: `${posText}\u0000${parsed.subject}`,
          prefix: buf,
          prefixStart: start,
          prefixBytes: Buffer.byteLength(text.slice(0, text.length - message.length), 'utf8'),
          explanation,
          first,
          last: n,
          hasFlow: false,
          header: text,
          taken: false,
        };
        this.pending.push(this.current);
        return;
      }
      case 'verdict': {
        this.current = undefined;
        // Verdicts about compiler temporaries may come without a position (`moved to heap: #next`).
        const f: ParsedFinding = {
          kind: parsed.kind,
          pkg: this.pkg,
          pos,
          subject: parsed.subject,
          message,
          details: parsed.details,
          explanations: [],
          spans: [first, n],
        };
        if (parsed.func !== undefined) f.funcHint = parsed.func;
        this.posTexts.push(posText);
        this.findings.push(f);
        return;
      }
      case 'unrecognized':
        this.current = undefined;
        this.reject(text, first, n, split ? 'unknown message' : 'line without a position');
        return;
    }
  }

  /** Keeps a line verbatim; a joined line (lines `first…` with newlines between) as each of its lines. */
  private reject(text: string, first: number, n: number, reason: string): void {
    this.current = undefined;
    if (n === first) {
      this.unrecognized.push({ pkg: this.pkg, line: first, text, reason });
      return;
    }
    text.split('\n').forEach((part, i) => this.unrecognized.push({ pkg: this.pkg, line: first + i, text: part, reason }));
  }

  /**
   * The compiler explains some findings without printing a verdict line for
   * them: the explanation header is then the finding. An escape's header
   * (generic instantiations, inlined copies) is a heap escape. A leak's
   * (the parameters of code inlined into a caller, of wrappers and generic
   * instantiations, a parameter's flow into a location that is no result)
   * is `leak-explanation`: the compiler gives no `leaking param` verdict for
   * it, so it is no leak of the function named (the fold puts it with the
   * parameter's own verdict where there is one).
   */
  private findingFromExplanation(p: PendingExplanation): ParsedFinding {
    const e = p.explanation;
    const sep = p.key.indexOf('\u0000');
    const subject = p.key.slice(sep + 1);
    const split = splitPosition(p.header);
    const kind: FindingKind = e.header === 'leaks' ? 'leak-explanation' : 'escapes-to-heap';
    const details: FindingDetails = { fromExplanation: true };
    const message = split ? split.message.replace(/:$/, '') : p.header.replace(/:$/, '');
    const f: ParsedFinding = {
      kind,
      pkg: this.pkg,
      pos: split ? split.pos : { file: UNKNOWN_FILE, line: 0 },
      subject,
      message,
      details,
      explanations: [e],
      spans: [p.first, p.last],
    };
    if (e.func !== undefined) f.funcHint = e.func;
    return f;
  }

  /** Ends the current package block: pairs explanations with verdicts and emits it. */
  end(): void {
    const held = this.held;
    if (held !== undefined) {
      this.held = undefined;
      this.read(held.buf, held.start, held.end, held.first, held.last, held.text, false);
    }
    this.flushRun();
    if (!this.inBlock) return;
    this.pairExplanations();
    this.onPackage({
      pkg: this.pkg,
      headers: this.headers,
      findings: this.findings,
      unrecognized: this.unrecognized,
      lineCount: this.lineCount,
      firstLine: this.firstLine,
    });
    this.pkg = '';
    this.headers = [];
    this.findings = [];
    this.unrecognized = [];
    this.pending = [];
    this.posTexts = [];
    this.current = undefined;
    this.lineCount = 0;
    this.firstLine = 0;
    this.inBlock = false;
  }

  private pairExplanations(): void {
    if (this.pending.length === 0) return;
    const byKey = new Map<string, PendingExplanation[]>();
    const appendsAt = new Map<string, PendingExplanation[]>();
    for (const p of this.pending) {
      pushToList(byKey, p.key, p);
      const sep = p.key.indexOf('\u0000');
      if (p.key.startsWith('append(', sep + 1)) pushToList(appendsAt, p.key.slice(0, sep), p);
    }
    const take = (f: ParsedFinding, e: PendingExplanation) => {
      e.taken = true;
      // New arrays of the exact size: a push or unshift reserves room for 17 or more.
      f.explanations = f.explanations.length === 0 ? [e.explanation] : [...f.explanations, e.explanation];
      f.spans = f.spans.length === 2 ? [e.first, e.last, f.spans[0]!, f.spans[1]!] : [e.first, e.last, ...f.spans];
      if (f.funcHint === undefined && e.explanation.func !== undefined) f.funcHint = e.explanation.func;
    };
    const explainable = new Map<string, ParsedFinding[]>();
    this.findings.forEach((f, i) => {
      const posText = this.posTexts[i]!;
      let key = `${posText}\u0000${f.subject}`;
      let list = byKey.get(key);
      if (!list && f.kind === 'escapes-to-heap' && f.subject === 'append') {
        // Go ≥ 1.26 prints the verdict as `append escapes to heap` but names
        // the whole call in the explanation header.
        const e = appendsAt.get(posText)?.find((p) => !p.taken && p.explanation.header === 'escapes');
        if (e) {
          f.subject = e.key.slice(e.key.indexOf('\u0000') + 1);
          key = e.key;
          list = [e];
        }
      }
      if (!list) return;
      pushToList(explainable, key, f);
      if (f.kind === 'moved-to-heap' || f.kind === 'escapes-to-heap') {
        const e = list.find((p) => !p.taken && p.explanation.header === 'escapes');
        if (e) take(f, e);
      } else if (f.kind === 'leaking-param-to-result') {
        const e = list.find((p) => !p.taken && p.explanation.header === 'leaks' && p.explanation.sink === f.details.result);
        if (e) take(f, e);
      } else if (f.kind === 'leaking-param' || f.kind === 'leaking-param-content') {
        const e = list.find((p) => !p.taken && p.explanation.header === 'leaks' && p.explanation.sink === '{heap}');
        if (e) take(f, e);
      }
    });
    // Leftovers: a leak to a result the compiler folded into the heap leak
    // (leaks.Optimize), or a repeated block: attach to a verdict of the same
    // subject at the same position, preferring the matching verdict family.
    for (const p of this.pending) {
      if (p.taken) continue;
      const candidates = explainable.get(p.key);
      const owner =
        candidates?.find((f) =>
          p.explanation.header === 'escapes'
            ? f.kind === 'moved-to-heap' || f.kind === 'escapes-to-heap'
            : f.kind === 'leaking-param' || f.kind === 'leaking-param-content' || f.kind === 'leaking-param-to-result',
        ) ?? candidates?.[0];
      if (owner) take(owner, p);
      else this.findings.push(this.findingFromExplanation(p));
    }
  }
}

/**
 * Whether `buf[start..end)` holds a flow's arrow: ` ← ` (UTF-8 E2 86 90),
 * or ` = ` as Go before 1.26 printed it. One pass keyed on the arrow's
 * middle byte: every flow line of the output is checked.
 */
function hasFlowArrow(buf: Buffer, start: number, end: number): boolean {
  for (let i = start + 1; i < end - 1; i++) {
    const c = buf[i];
    if (c === 0xe2) {
      if (i + 3 < end && buf[i + 1] === 0x86 && buf[i + 2] === 0x90 && buf[i - 1] === SPACE && buf[i + 3] === SPACE) return true;
    } else if (c === 61 && buf[i - 1] === SPACE && buf[i + 1] === SPACE) return true;
  }
  return false;
}

/** Parses a whole `-m` text (with `# pkg` headers) at once. For tests and saved captures. */
export function parseMText(text: string): { packages: PackageOutput[]; lineCount: number } {
  const packages: PackageOutput[] = [];
  const parser = new MOutputParser((p) => packages.push(p));
  const lines = text.split('\n');
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  lines.forEach((l, i) => parser.line(l, i + 1));
  parser.end();
  return { packages, lineCount: lines.length };
}

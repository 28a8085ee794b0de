import type { Explanation, FindingDetails } from '../model/finding.js';
import type { FindingKind } from '../model/kinds.js';
import type { SourcePos } from '../model/position.js';
import { UNKNOWN_FILE } from '../model/position.js';
import { parseMessage } from './m-message.js';
import { splitPosition } from './position.js';

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
  explanations: Explanation[];
  /** Function named by the compiler on the line itself or in its explanation header. */
  funcHint?: string;
  /** 1-based line numbers in the compiler output that make up this finding. */
  lines: number[];
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

interface PendingExplanation {
  key: string;
  explanation: Explanation;
  lines: number[];
  /** The line's text before the message (`file:line:col: `), shared by the block's lines. */
  prefix: string;
  /** The header line verbatim. */
  header: string;
  taken: boolean;
}

/**
 * Streaming parser for `-gcflags=-m[=N]` output. Feed lines in order with
 * `line()`; blocks are per package. Explanations are paired with verdicts
 * when the package ends, because the compiler prints flows while solving and
 * verdicts later (escape.go `finish`), not always adjacently.
 *
 * Every line fed ends up in exactly one place: a finding (its `lines`), or
 * `unrecognized` — nothing is dropped.
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

  constructor(private readonly onPackage: (out: PackageOutput) => void) {}

  /** Starts a package block explicitly (JSON build events name the package). */
  begin(pkg: string): void {
    if (this.inBlock) this.end();
    this.pkg = pkg;
    this.inBlock = true;
  }

  /** Feeds one line (without its newline); `n` is its 1-based number in the whole output. */
  line(text: string, n: number): void {
    if (text.startsWith('# ')) {
      // `# importpath` starts a block; further `# ...` lines right after it
      // (e.g. `# [pkg.test]`) belong to the same block.
      const onlyHeadersSoFar = this.inBlock && this.lineCount === this.headers.length;
      if (!onlyHeadersSoFar) this.begin(text.slice(2));
      if (!this.pkg) this.pkg = text.slice(2);
      this.headers.push(text);
      if (this.lineCount === 0) this.firstLine = n;
      this.lineCount++;
      return;
    }
    if (!this.inBlock) this.begin('');
    if (this.lineCount === 0) this.firstLine = n;
      this.lineCount++;
    this.consume(text, n);
  }

  private consume(text: string, n: number): void {
    // Fast path: explanation continuation lines (≈80% of -m=2 output) repeat
    // the header's position prefix; recognise them without the position regex.
    const cur = this.current;
    if (cur && text.startsWith(cur.prefix) && text.charCodeAt(cur.prefix.length) === 32 && text.charCodeAt(cur.prefix.length + 1) === 32) {
      const message = text.slice(cur.prefix.length);
      const parsed = parseMessage(message);
      const flows = cur.explanation.flows;
      if (parsed.type === 'flow') {
        flows.push(parsed.flow);
        cur.lines.push(n);
        return;
      }
      if (parsed.type === 'note' && flows.length > 0) {
        flows[flows.length - 1]!.notes.push(parsed.note);
        cur.lines.push(n);
        return;
      }
      if (parsed.type === 'truncated') {
        cur.explanation.truncated = true;
        cur.lines.push(n);
        return;
      }
    }
    const split = splitPosition(text);
    const posText = split ? split.posText : UNKNOWN_FILE;
    const pos: SourcePos = split ? split.pos : { file: UNKNOWN_FILE, line: 0 };
    const message = split ? split.message : text;
    const parsed = parseMessage(message);
    switch (parsed.type) {
      case 'flow':
        return this.reject(text, n, 'flow line outside an explanation block');
      case 'note':
        return this.reject(text, n, 'note line outside a flow');
      case 'truncated':
        return this.reject(text, n, 'truncation warning outside an explanation block');
      case 'explain-escapes':
      case 'explain-leaks': {
        const explanation: Explanation = parsed.type === 'explain-escapes'
          ? { header: 'escapes', flows: [] }
          : { header: 'leaks', sink: parsed.sink, derefs: parsed.derefs, flows: [] };
        if (parsed.func !== undefined) explanation.func = parsed.func;
        this.current = {
          key: `${posText}\u0000${parsed.subject}`, prefix: text.slice(0, text.length - message.length),
          explanation, lines: [n], header: text, taken: false,
        };
        this.pending.push(this.current);
        return;
      }
      case 'verdict': {
        this.current = undefined;
        // Verdicts about compiler temporaries may come without a position (`moved to heap: #next`).
        const f: ParsedFinding = {
          kind: parsed.kind, pkg: this.pkg, pos, subject: parsed.subject, message,
          details: parsed.details, explanations: [], lines: [n],
        };
        if (parsed.func !== undefined) f.funcHint = parsed.func;
        this.posTexts.push(posText);
        this.findings.push(f);
        return;
      }
      case 'unrecognized':
        this.current = undefined;
        return this.reject(text, n, split ? 'unknown message' : 'line without a position');
    }
  }

  private reject(text: string, n: number, reason: string): void {
    this.current = undefined;
    this.unrecognized.push({ pkg: this.pkg, line: n, text, reason });
  }

  /**
   * The compiler explains leaks of generic instantiations and of inlined
   * copies without printing a verdict line for them: the explanation header
   * is the verdict. Kind follows `paramTag`: to the heap with derefs 0 is a
   * leak, with derefs > 0 a content leak, to a result a result leak.
   */
  private findingFromExplanation(p: PendingExplanation): ParsedFinding {
    const e = p.explanation;
    const sep = p.key.indexOf('\u0000');
    const subject = p.key.slice(sep + 1);
    const split = splitPosition(p.header);
    let kind: FindingKind = 'escapes-to-heap';
    const details: FindingDetails = { fromExplanation: true };
    if (e.header === 'leaks') {
      if (e.sink === '{heap}') kind = (e.derefs ?? 0) > 0 ? 'leaking-param-content' : 'leaking-param';
      else {
        kind = 'leaking-param-to-result';
        details.result = e.sink!;
        details.level = e.derefs ?? 0;
      }
    }
    const message = split ? split.message.replace(/:$/, '') : p.header.replace(/:$/, '');
    const f: ParsedFinding = {
      kind, pkg: this.pkg, pos: split ? split.pos : { file: UNKNOWN_FILE, line: 0 }, subject, message,
      details, explanations: [e], lines: p.lines,
    };
    if (e.func !== undefined) f.funcHint = e.func;
    return f;
  }

  /** Ends the current package block: pairs explanations with verdicts and emits it. */
  end(): void {
    if (!this.inBlock) return;
    this.pairExplanations();
    this.onPackage({
      pkg: this.pkg, headers: this.headers, findings: this.findings,
      unrecognized: this.unrecognized, lineCount: this.lineCount, firstLine: this.firstLine,
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
      push(byKey, p.key, p);
      const sep = p.key.indexOf('\u0000');
      if (p.key.startsWith('append(', sep + 1)) push(appendsAt, p.key.slice(0, sep), p);
    }
    const take = (f: ParsedFinding, e: PendingExplanation) => {
      e.taken = true;
      f.explanations.push(e.explanation);
      f.lines = [...e.lines, ...f.lines];
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
      push(explainable, key, f);
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
      const owner = candidates?.find((f) => (p.explanation.header === 'escapes'
        ? f.kind === 'moved-to-heap' || f.kind === 'escapes-to-heap'
        : f.kind === 'leaking-param' || f.kind === 'leaking-param-content' || f.kind === 'leaking-param-to-result'))
        ?? candidates?.[0];
      if (owner) take(owner, p);
      else this.findings.push(this.findingFromExplanation(p));
    }
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
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

/**
 * Parser for the compiler's assembly listing (`-gcflags=-S`), line by line
 * (go-compiler-output.md §5). Keeps per function only its header facts and
 * the calls into the runtime's allocation entry points; every other line is
 * looked at once and dropped. Handles the header field order of Go 1.26
 * (`size args locals funcid align`) and Go 1.27 (`size align args locals funcid`).
 *
 * With `-d=pctab=pctoinline` the compiler also prints, for each function
 * before its listing, the pc → inline-index table and the inline tree
 * (`-- inlining tree for F:` / `i | parent | callee (file:line:col) pc=N`).
 * They say, for each allocation call, through which inlined calls it was
 * reached: the -S positions alone name only the innermost line.
 */

import { includesBytes, startsWithBytes } from '../util/bytes.js';

/** A position as printed inside the parentheses of an instruction: innermost, no column. */
export interface AsmPos {
  file: string;
  line: number;
}

/** One inlined call on the way from a function's own code to an instruction: the callee and where it was called. */
export interface InlineCall {
  /** The inlined function's linker symbol (`example.com/p.(*T).clone`). */
  callee: string;
  /** The call's position, in the caller (the function itself for the first step, the previous callee after). */
  pos: AsmPos & { column?: number };
}

/** One call into a runtime allocation entry point. */
export interface AllocCall {
  /** `runtime.newobject`, `runtime.growslice`, `runtime.mallocgcSmallNoScanSC2`, … */
  runtimeFunc: string;
  /** The type operand without `type:` (`main.Config`, `int`), from the nearest preceding `LEAQ type:…(SB), REG`. */
  typeSym?: string;
  /** Bytes, when the listing states them (`MOVL $16, AX` before a size-specialised malloc). */
  size?: number;
  /** convT16/32/64: the constant being boxed, when it is an immediate. */
  constArg?: number;
  /**
   * String and []byte/[]rune conversions and concatenations: whether the
   * first argument is a buffer in the caller's frame (the compiler passes
   * one when the result does not escape) or nil; absent when the listing
   * does not tell.
   */
  stackBuf?: boolean;
  /** convT32/convT64: the value was moved from a floating-point register (a float32/float64 being boxed). */
  floatArg?: boolean;
  /** mapassign*: the map argument is an address in the caller's frame (a map the compiler built on the stack). */
  stackMap?: boolean;
  /** Innermost source position of the call (inside an inlined callee when inlined). */
  pos: AsmPos;
  pcOffset: number;
  /**
   * The inlined calls the instruction sits in, outermost first, from the
   * compiler's inline tree (`-d=pctab=pctoinline`); absent when the call is
   * in the function's own code or the listing has no inline tree.
   */
  inline?: InlineCall[];
  /** The call is on every path from the function's entry to a return (see `AsmFunction.calls`). */
  always?: boolean;
}

/**
 * A call the function's machine code makes that is not into the runtime
 * (with `runtimeCalls`, those too): a static call `CALL pkg.F(SB)`, a tail
 * call `JMP pkg.F(SB)`, or a call through a register (an interface method,
 * a func value), whose callee the listing does not name.
 */
export interface AsmCall {
  /** The callee's linker symbol; absent for a call through a register. */
  callee?: string;
  /** Innermost position (inside an inlined callee when inlined). */
  pos: AsmPos;
  pcOffset: number;
  /** As for AllocCall: the inlined calls the instruction sits in. */
  inline?: InlineCall[];
  /**
   * The call is on every path from the function's entry to a return, in
   * the control flow the listing's branches give (basic blocks from the
   * branch targets; a call into a runtime panic ends its block with no
   * successor). Absent when it is not, when the function never returns,
   * or when a jump through a register (a jump table) hides where control goes.
   */
  always?: boolean;
}

/** A reference to data that stands in for an allocation (static data, zerobase, the small-integer cache). */
export interface StaticRef {
  kind: 'static-data' | 'zero-size' | 'small-integer-cache';
  sym: string;
  pos: AsmPos;
  pcOffset: number;
  /** As for AllocCall: the inlined calls the reference sits in. */
  inline?: InlineCall[];
}

export interface AsmFunction {
  /** Linker symbol: `example.com/p.F`, `example.com/p.(*T).M`, `main.main.func1`. */
  symbol: string;
  /** Package whose compilation printed it (the `# pkg` header). */
  pkg: string;
  /** Bytes of machine code. */
  size: number;
  /** Argument area in bytes. */
  args: number;
  /** Frame size in bytes (`locals=`). */
  locals: number;
  /** Header flags (`nosplit`, `dupok`, `static`, …) and TEXT attributes (`NOSPLIT`, `WRAPPER`, …), deduplicated. */
  flags: string[];
  /** Position of the TEXT pseudo-instruction (the `func` line). */
  pos?: AsmPos;
  allocCalls: AllocCall[];
  staticRefs: StaticRef[];
  /** Calls that are not into the runtime, in listing order (see AsmCall). */
  calls: AsmCall[];
}

export interface AsmParserOptions {
  /** Keep static calls into the runtime in `calls` too (the accuracy benchmark reads what each line calls). */
  runtimeCalls?: boolean;
}

/** Runtime functions that allocate (or may): Go 1.26 and 1.27 names. */
export const ALLOC_FUNC_RE = new RegExp(
  '^runtime\\.(?:newobject|mallocgc\\w*|makeslice(?:64|copy)?|growslice\\w*|moveSlice\\w*|makemap(?:64|_small)?|makechan(?:64)?' +
    '|convT(?:16|32|64|string|slice|noptr)?|concatstring(?:s|\\d)|concatbyte(?:s|\\d)|slicebytetostring|slicerunetostring' +
    '|stringtoslicebyte|stringtoslicerune|intstring|rawstring\\w*|rawbyteslice|rawruneslice|newproc|deferproc(?:at)?)$',
);

/**
 * Runtime calls that are no allocator but may allocate on some executions
 * (see analyze/alloc-classes.ts for why each): map assignment (growth),
 * the caches of type assertions and type switches, and the blocking
 * channel operations and `select` (sudogs). Go 1.26 and 1.27 swiss-table
 * maps keep the `mapassign*` names (internal/runtime/maps links them).
 * The non-blocking `selectnb*` never wait, so never take a sudog.
 */
export const MAY_ALLOC_FUNC_RE =
  /^runtime\.(?:mapassign(?:_fast32|_fast32ptr|_fast64|_fast64ptr|_faststr)?|typeAssert|interfaceSwitch|chansend1|chanrecv[12]|selectgo)$/;

/** Entry points whose first argument is a `*tmpBuf`-like buffer: in the caller's frame, or nil (runtime/string.go). */
const TAKES_BUF_RE = /^runtime\.(?:concatstring(?:s|\d)|concatbyte(?:s|\d)|slicebytetostring|slicerunetostring|stringtoslicebyte|stringtoslicerune|intstring)$/;

/** Entry points whose type operand is passed in a register (see typeRegister). */
const TAKES_TYPE_RE = /^runtime\.(?:newobject|mallocgc\w*|makeslice\w*|growslice\w*|makemap\w*|makechan\w*|convT|convTnoptr)$/;

// `STEXTFIPS`: code of the FIPS 140 module (crypto/internal/fips140/...), Go 1.24+.
const HEADER_RE = /^(.+?) STEXT(FIPS)?((?: [\w.]+(?:=\S+)?)*)$/;
const TYPE_OPERAND_RE = /^type:(.*)\(SB\), (\w+)$/;

/** The register that carries the type operand, per runtime function (register ABI, amd64). */
function typeRegister(fn: string): string {
  if (fn.startsWith('runtime.mallocgc')) return 'BX';
  if (fn.startsWith('runtime.growslice')) return 'SI';
  return 'AX';
}

function parsePos(text: string): AsmPos | undefined {
  // Go 1.27 appends the position a line directive maps to: `a.go:134[a.cgo1.go:137]`
  // (cgo). The first one is the source line the -m findings use.
  const s = text.endsWith(']') && text.includes('[') ? text.slice(0, text.lastIndexOf('[')) : text;
  const i = s.lastIndexOf(':');
  if (i < 0) return undefined;
  const line = Number(s.slice(i + 1));
  if (!Number.isInteger(line)) return undefined;
  return { file: s.slice(0, i), line };
}

/**
 * Streaming parser: feed `begin(pkg)` at each `# pkg` block (or let `line`
 * see the `# ` header), then lines; functions are handed to `onFunction`
 * as soon as the next header starts.
 */
export class AsmParser {
  private pkg = '';
  private cur: AsmFunction | undefined;
  private typeByReg = new Map<string, string>();
  private immByReg = new Map<string, number>();
  /** Registers holding an address in the frame (`LEAQ x+8(SP), AX`). */
  private stackRegs = new Set<string>();
  /** Integer registers last loaded from a floating-point register (`MOVQ X0, AX`). */
  private floatRegs = new Set<string>();
  private flagSet = new Set<string>();
  /** Inline data of the package's functions by symbol: pc → index changes (flat pairs) and tree nodes. */
  private inline = new Map<string, InlineTable>();
  /** The table being read: a `funcpctab` section or an inline tree dump. */
  private table: InlineTable | undefined;
  private inTree = false;

  /** The function's control flow as read so far (see `always`). */
  private flow = new FlowReader();

  constructor(
    private readonly onFunction: (f: AsmFunction) => void,
    private readonly options: AsmParserOptions = {},
  ) {}

  begin(pkg: string): void {
    this.flush();
    this.pkg = pkg;
    this.inline.clear();
    this.table = undefined;
    this.inTree = false;
  }

  /** Feeds one line of text (tests, captures). Returns what `lineBytes` returns. */
  line(text: string): boolean {
    const buf = Buffer.from(text, 'utf8');
    return this.lineBytes(buf, 0, buf.length);
  }

  /**
   * Feeds one line as bytes `buf[start..end)`. Instruction lines (half of a
   * listing's millions) are read without being decoded; only the operands
   * the analysis keeps are. Returns false for a line that is not part of a
   * listing (a compiler error, a message of the go command).
   */
  lineBytes(buf: Buffer, start: number, end: number): boolean {
    if (start < end && buf[start] === TAB) {
      if (this.cur) this.instruction(buf, start, end);
      return true;
    }
    if (start < end && buf[start] === SPACE) {
      if (this.table !== undefined && this.pcValue(buf, start, end)) return true;
      // A symbol with an empty name (` SDWARFVAR size=49`): a header like any other that is not STEXT.
      if (EMPTY_NAMED_SYMBOL_RE.test(buf.toString('latin1', start, Math.min(end, start + 64)))) {
        this.flush();
        return true;
      }
      return false;
    }
    if (this.table !== undefined && this.inTree) return this.treeLine(buf.toString('utf8', start, end));
    if (startsWithBytes(buf, start, end, FUNCPCTAB)) return this.tableStart(buf.toString('utf8', start, end));
    if (startsWithBytes(buf, start, end, TREE_START)) {
      const text = buf.toString('utf8', start, end);
      if (!text.endsWith(':')) return false;
      this.table = this.tableOf(text.slice(TREE_START.length, -1));
      this.inTree = true;
      return true;
    }
    if (this.table !== undefined && startsWithBytes(buf, start, end, WROTE)) return true;
    // Symbol headers other than STEXT only end the current function: no need to decode them.
    if (end - start > 2 && !(buf[start] === 35 && buf[start + 1] === SPACE) && !includesBytes(buf, start, end, STEXT)) {
      this.flush();
      return includesBytes(buf, start, end, SIZE_FIELD);
    }
    return this.headerLine(buf.toString('utf8', start, end));
  }

  private tableOf(symbol: string): InlineTable {
    let t = this.inline.get(symbol);
    if (!t) this.inline.set(symbol, (t = { changes: [], nodes: [] }));
    return t;
  }

  /** `funcpctab SYM [valfunc=pctoinline]`: the pc → inline-index table of SYM follows. */
  private tableStart(text: string): boolean {
    const m = /^funcpctab (.+) \[valfunc=(\w+)\]$/.exec(text);
    if (!m) return false;
    // Only the inline table is asked for; another table's values would be misread as inline indexes.
    this.table = m[2] === 'pctoinline' ? this.tableOf(m[1]!) : undefined;
    this.inTree = false;
    return m[2] === 'pctoinline';
  }

  /**
   * One line of a pc table: `%6x %6d %v` where the value changes, `%6x %6s %v`
   * (blank) where it does not; then `%6x done` and a hex dump of the table.
   */
  private pcValue(buf: Buffer, start: number, end: number): boolean {
    let i = start;
    while (i < end && buf[i] === SPACE) i++;
    let pc = 0;
    const pcStart = i;
    for (; i < end; i++) {
      const v = hexValue(buf[i]!);
      if (v < 0) break;
      pc = pc * 16 + v;
    }
    if (i === pcStart) return false;
    // The table's hex dump: ` 00 13 02 …`.
    if (i - pcStart === 2 && i === start + 3 && (i === end || buf[i] === SPACE)) return true;
    if (buf[i] !== SPACE) return false;
    while (i < end && buf[i] === SPACE) i++;
    if (startsWithBytes(buf, i, end, DONE)) return true;
    let tokEnd = i;
    while (tokEnd < end && buf[tokEnd] !== SPACE) tokEnd++;
    let after = tokEnd;
    while (after < end && buf[after] === SPACE) after++;
    // A value column precedes the instruction's `00019 (pos)` when it is not blank.
    if (buf[after] !== LPAREN) {
      const v = integerAt(buf, i, tokEnd);
      if (v === undefined) return false;
      this.table!.changes.push(pc, v);
    }
    return true;
  }

  /** `i | parent | callee (file:line:col) pc=N`, until `--`. */
  private treeLine(text: string): boolean {
    if (text === '--') {
      this.table = undefined;
      this.inTree = false;
      return true;
    }
    // Generated code's calls have no column: `0 | -1 | sync.(*poolDequeue).pack (<autogenerated>:1) pc=0`.
    const m = /^(\d+) \| (-?\d+) \| (.+) \((.+?):(\d+)(?::(\d+))?\) pc=\d+$/.exec(text);
    if (!m || Number(m[1]) !== this.table!.nodes.length) return false;
    const pos: InlineCall['pos'] = { file: m[4]!, line: Number(m[5]) };
    if (m[6] !== undefined) pos.column = Number(m[6]);
    this.table!.nodes.push({ parent: Number(m[2]), callee: m[3]!, pos });
    return true;
  }

  private headerLine(text: string): boolean {
    if (text.startsWith('# ')) {
      this.begin(text.slice(2).trim());
      return true;
    }
    if (text === '') return true;
    // A new symbol header: STEXT starts a function, anything else (SRODATA, …) ends it.
    this.flush();
    const m = HEADER_RE.exec(text);
    if (!m) return text.includes(' size=');
    const fields = new Map<string, string>();
    const flags: string[] = [];
    if (m[2]) flags.push('fips');
    for (const tok of m[3]!.trim().split(' ')) {
      if (!tok) continue;
      const eq = tok.indexOf('=');
      if (eq < 0) flags.push(tok);
      else fields.set(tok.slice(0, eq), tok.slice(eq + 1));
    }
    const num = (k: string) => {
      const v = fields.get(k);
      return v === undefined ? 0 : Number(v);
    };
    this.cur = { symbol: m[1]!, pkg: this.pkg, size: num('size'), args: num('args'), locals: num('locals'), flags, allocCalls: [], staticRefs: [], calls: [] };
    this.flow.reset();
    this.flagSet = new Set(flags);
    this.typeByReg.clear();
    this.immByReg.clear();
    this.stackRegs.clear();
    this.floatRegs.clear();
    return true;
  }

  end(): void {
    this.flush();
  }

  private flush(): void {
    if (this.cur) {
      this.cur.flags = [...this.flagSet];
      const table = this.inline.get(this.cur.symbol);
      if (table && table.nodes.length > 0) {
        for (const c of this.cur.allocCalls) {
          const path = inlinePath(table, c.pcOffset);
          if (path) c.inline = path;
        }
        for (const r of this.cur.staticRefs) {
          const path = inlinePath(table, r.pcOffset);
          if (path) r.inline = path;
        }
        for (const c of this.cur.calls) {
          const path = inlinePath(table, c.pcOffset);
          if (path) c.inline = path;
        }
      }
      const always = this.flow.alwaysBlocks();
      if (always) {
        for (const c of this.cur.allocCalls) if (always(c.pcOffset)) c.always = true;
        for (const c of this.cur.calls) if (always(c.pcOffset)) c.always = true;
      }
      this.onFunction(this.cur);
    }
    this.cur = undefined;
  }

  /**
   * `\t0x<pc> <prog> (<pos>)\t<OP>[\t<args>]`, read from bytes. Hex dumps
   * (`\t0x0000 48 8b …`) and relocations (`\trel …`) do not have this shape
   * and are skipped. Only TEXT, CALL, LEAQ, MOVL/MOVQ and XORL/XORQ matter.
   */
  private instruction(buf: Buffer, start: number, end: number): void {
    if (buf[start + 1] !== 48 || buf[start + 2] !== 120) return;
    let i = start + 3;
    let pc = 0;
    for (; i < end; i++) {
      const v = hexValue(buf[i]!);
      if (v < 0) break;
      pc = pc * 16 + v;
    }
    if (buf[i] !== SPACE) return;
    const digits = ++i;
    while (i < end && buf[i]! >= 48 && buf[i]! <= 57) i++;
    if (i - digits < 5 || buf[i] !== SPACE || buf[i + 1] !== LPAREN) return;
    const posStart = i + 2;
    let tab = posStart;
    while (tab < end && buf[tab] !== TAB) tab++;
    if (tab >= end || buf[tab - 1] !== RPAREN) return;
    const op = tab + 1;
    let opEnd = op;
    while (opEnd < end && buf[opEnd] !== TAB) opEnd++;
    const flow = this.flow;
    // The first instruction after a branch, a return or a panic starts a basic block.
    if (flow.pendingLeader && pc > flow.lastEnd) {
      flow.leaders.push(pc);
      flow.pendingLeader = false;
    }
    const args = opEnd < end ? opEnd + 1 : end;
    // Branches: `JMP 0`, `JLS 33` (a pc in decimal), `JMP pkg.F(SB)` (a tail call), `JMP (AX)(CX*8)`; `RET`.
    if (buf[op] === 74 /* J */ && opEnd - op >= 2) {
      this.jump(buf, op, opEnd, args, end, posStart, tab - 1, pc);
      return;
    }
    if (opEnd - op === 3 && buf[op] === 82 && buf[op + 1] === 69 && buf[op + 2] === 84) {
      flow.terminate(pc, 'ret');
      return;
    }
    // Another architecture's conditional branch (arm64's BEQ, CBZ, TBNZ, …): its edges are not read, so nothing is on every path.
    if (!flow.unknown && (buf[op] === 66 || buf[op + 1] === 66) && OTHER_BRANCHES.has(buf.toString('latin1', op, opEnd))) flow.unknown = true;
    // Every other op read here has four letters.
    if (opEnd - op !== 4) return;
    const o0 = buf[op]!;
    const o3 = buf[op + 3]!;
    if (o0 === 67 /* C */ && buf[op + 1] === 65 && buf[op + 2] === 76 && o3 === 76) this.call(buf, args, end, posStart, tab - 1, pc);
    else if (o0 === 76 /* L */ && buf[op + 1] === 69 && buf[op + 2] === 65 && o3 === 81) this.leaq(buf, args, end, posStart, tab - 1, pc);
    else if (o0 === 77 /* M */ && buf[op + 1] === 79 && buf[op + 2] === 86 && (o3 === 76 || o3 === 81)) this.move(buf, args, end);
    else if (o0 === 88 /* X */ && buf[op + 1] === 79 && buf[op + 2] === 82 && (o3 === 76 || o3 === 81)) this.xor(buf, args, end);
    else if (o0 === 84 /* T */ && buf[op + 1] === 69 && buf[op + 2] === 88 && o3 === 84)
      this.text(buf.toString('utf8', args, end), buf.toString('utf8', posStart, tab - 1));
  }

  private text(args: string, posText: string): void {
    const pos = parsePos(posText);
    if (pos) this.cur!.pos = pos;
    // `sym(SB), NOSPLIT|ABIInternal, $32-8`
    const parts = args.split(', ');
    if (parts.length >= 3) for (const a of parts[1]!.split('|')) if (a && a !== 'ABIInternal' && a !== 'ABI0') this.flagSet.add(a);
  }

  private call(buf: Buffer, args: number, end: number, posStart: number, posEnd: number, pc: number): void {
    const isSB = end - 4 >= args && buf[end - 4] === LPAREN && buf[end - 3] === 83 && buf[end - 2] === 66 && buf[end - 1] === RPAREN;
    const runtime = startsWithBytes(buf, args, end, RUNTIME);
    if (!isSB) {
      this.cur!.calls.push({ pos: this.posOf(buf, posStart, posEnd), pcOffset: pc });
    } else if (!runtime || this.options.runtimeCalls) {
      this.cur!.calls.push({ callee: symbolOf(buf.toString('utf8', args, end - 4)), pos: this.posOf(buf, posStart, posEnd), pcOffset: pc });
    }
    // A panic never returns: its block has no successor.
    if (runtime && isSB && (startsWithBytes(buf, args, end, NO_RETURN_PANIC) || NO_RETURN_RE.test(buf.toString('latin1', args, end - 4)))) {
      this.flow.terminate(pc, 'noreturn');
    }
    // Only `runtime.` targets can allocate; any call ends what the registers held.
    if (runtime) {
      const sb = isSB ? end - 4 : end;
      const target = buf.toString('latin1', args, sb);
      const maybe = !ALLOC_FUNC_RE.test(target) && MAY_ALLOC_FUNC_RE.test(target);
      // selectgo's last argument is `block`: a select with a default case passes false (R8 on amd64) and never waits.
      const nonBlocking = maybe && target === 'runtime.selectgo' && this.immByReg.get('R8') === 0;
      if ((maybe && !nonBlocking) || (!maybe && ALLOC_FUNC_RE.test(target))) {
        const pos = parsePos(buf.toString('utf8', posStart, posEnd)) ?? { file: '<unknown>', line: 0 };
        const call: AllocCall = { runtimeFunc: target, pos, pcOffset: pc };
        // convT16/32/64/string/slice take no type: the LEAQ near them belongs to the interface word.
        const type = TAKES_TYPE_RE.test(target) ? this.typeByReg.get(typeRegister(target)) : undefined;
        if (type !== undefined) call.typeSym = type;
        if (target.startsWith('runtime.mallocgc')) {
          const size = this.immByReg.get('AX');
          if (size !== undefined) call.size = size;
        } else if (CONVT_INT_RE.test(target)) {
          const v = this.immByReg.get('AX');
          if (v !== undefined) call.constArg = v;
          if (this.floatRegs.has('AX')) call.floatArg = true;
        } else if (TAKES_BUF_RE.test(target)) {
          if (this.stackRegs.has('AX')) call.stackBuf = true;
          else if (this.immByReg.get('AX') === 0) call.stackBuf = false;
        } else if (target.startsWith('runtime.mapassign') && this.stackRegs.has('BX')) {
          // mapassign*(t, m, key): m, the second argument (BX), is `LEAQ autotmp(SP)` for a map on the stack.
          call.stackMap = true;
        }
        this.cur!.allocCalls.push(call);
      }
    }
    if (this.typeByReg.size > 0) this.typeByReg.clear();
    if (this.immByReg.size > 0) this.immByReg.clear();
    if (this.stackRegs.size > 0) this.stackRegs.clear();
    if (this.floatRegs.size > 0) this.floatRegs.clear();
  }

  private posOf(buf: Buffer, posStart: number, posEnd: number): AsmPos {
    return parsePos(buf.toString('utf8', posStart, posEnd)) ?? { file: '<unknown>', line: 0 };
  }

  /** A branch (any op starting with J) ends its block: a pc target, a tail call or a jump through a register. */
  private jump(buf: Buffer, op: number, opEnd: number, args: number, end: number, posStart: number, posEnd: number, pc: number): void {
    const unconditional = opEnd - op === 3 && buf[op + 1] === 77 && buf[op + 2] === 80; // JMP
    const target = integerAt(buf, args, end);
    if (target !== undefined && target >= 0) {
      this.flow.terminate(pc, unconditional ? 'jmp' : 'cond', target);
      return;
    }
    const isSB = end - 4 >= args && buf[end - 4] === LPAREN && buf[end - 3] === 83 && buf[end - 2] === 66 && buf[end - 1] === RPAREN;
    if (unconditional && isSB) {
      // A tail call: the callee runs in place of a return.
      const callee = symbolOf(buf.toString('utf8', args, end - 4));
      if (!callee.startsWith('runtime.') || this.options.runtimeCalls) this.cur!.calls.push({ callee, pos: this.posOf(buf, posStart, posEnd), pcOffset: pc });
      this.flow.terminate(pc, 'ret');
      return;
    }
    // Through a register (a jump table, an indirect tail call): where control goes is not in the listing.
    this.flow.unknown = true;
    this.flow.terminate(pc, unconditional ? 'ret' : 'cond');
  }

  private leaq(buf: Buffer, args: number, end: number, posStart: number, posEnd: number, pc: number): void {
    // Symbol operands (`type:T(SB), AX`, static data, zerobase, the small-integer cache) and frame addresses (a conversion's buffer).
    if (!includesBytes(buf, args, end, SB)) {
      const comma = lastCommaSpace(buf, args, end);
      const reg = comma < 0 ? undefined : registerAt(buf, comma + 2, end);
      if (reg === undefined) return;
      if (comma >= 4 && buf[comma - 4] === LPAREN && buf[comma - 3] === 83 && buf[comma - 2] === 80 && buf[comma - 1] === RPAREN) this.stackRegs.add(reg);
      else this.stackRegs.delete(reg);
      this.immByReg.delete(reg);
      this.floatRegs.delete(reg);
      return;
    }
    const text = buf.toString('utf8', args, end);
    const t = TYPE_OPERAND_RE.exec(text);
    if (t) {
      this.typeByReg.set(t[2]!, t[1]!);
      this.stackRegs.delete(t[2]!);
      this.floatRegs.delete(t[2]!);
      return;
    }
    const sref = staticRef(text);
    if (sref) {
      const pos = parsePos(buf.toString('utf8', posStart, posEnd));
      if (pos) this.cur!.staticRefs.push({ kind: sref, sym: text.slice(0, text.indexOf('(SB)')), pos, pcOffset: pc });
    }
  }

  /** `MOVL $16, AX` records an immediate; any other move into a register forgets it. */
  private move(buf: Buffer, args: number, end: number): void {
    const comma = lastCommaSpace(buf, args, end);
    if (comma < 0) return;
    const reg = registerAt(buf, comma + 2, end);
    if (buf[args] === DOLLAR) {
      const v = integerAt(buf, args + 1, comma);
      if (v !== undefined && reg !== undefined) {
        this.immByReg.set(reg, v);
        this.stackRegs.delete(reg);
        this.floatRegs.delete(reg);
        return;
      }
    }
    if (reg !== undefined && this.immByReg.size > 0) this.immByReg.delete(reg);
    if (reg !== undefined && this.stackRegs.size > 0) this.stackRegs.delete(reg);
    if (reg === undefined) return;
    // `MOVQ X0, AX`: a float's bits on their way to an integer argument.
    const src = registerAt(buf, args, comma);
    if (src !== undefined && src.charCodeAt(0) === 88 /* X */ && reg.charCodeAt(0) !== 88) this.floatRegs.add(reg);
    else if (this.floatRegs.size > 0) this.floatRegs.delete(reg);
  }

  /** `XORL AX, AX` zeroes AX. */
  private xor(buf: Buffer, args: number, end: number): void {
    const comma = lastCommaSpace(buf, args, end);
    if (comma < 0 || comma - args !== end - (comma + 2)) return;
    for (let k = 0; k < comma - args; k++) if (buf[args + k] !== buf[comma + 2 + k]) return;
    const reg = registerAt(buf, args, comma);
    if (reg !== undefined) {
      this.immByReg.set(reg, 0);
      this.stackRegs.delete(reg);
      this.floatRegs.delete(reg);
    }
  }
}

interface InlineNode {
  parent: number;
  callee: string;
  pos: AsmPos & { column?: number };
}

interface InlineTable {
  /** pc, index, pc, index, … in listing order. */
  changes: number[];
  nodes: InlineNode[];
}

/** The inlined calls at `pc`, outermost first; undefined in the function's own code or when the table is inconsistent. */
function inlinePath(t: InlineTable, pc: number): InlineCall[] | undefined {
  let index = -1;
  for (let k = 0; k < t.changes.length && t.changes[k]! <= pc; k += 2) index = t.changes[k + 1]!;
  const path: InlineCall[] = [];
  for (let guard = 0; index >= 0; guard++) {
    const node = t.nodes[index];
    if (!node || guard > t.nodes.length) return undefined;
    path.push({ callee: node.callee, pos: node.pos });
    index = node.parent;
  }
  return path.length > 0 ? path.reverse() : undefined;
}

const TAB = 9;
const SPACE = 32;
const LPAREN = 40;
const RPAREN = 41;
const DOLLAR = 36;
const STEXT = Buffer.from(' STEXT');
const FUNCPCTAB = Buffer.from('funcpctab ');
const TREE_START = Buffer.from('-- inlining tree for ');
const EMPTY_NAMED_SYMBOL_RE = /^ S[A-Z]+(?: [\w.]+(?:=\S+)?)* size=\d+/;
const WROTE = Buffer.from('wrote ');
const DONE = Buffer.from('done');
const SIZE_FIELD = Buffer.from(' size=');
const RUNTIME = Buffer.from('runtime.');
const NO_RETURN_PANIC = Buffer.from('runtime.panic');
/** Conditional branches of arm64 (and ppc64's, loong64's `B…`): no amd64 instruction has these names. */
const OTHER_BRANCHES = new Set([
  'BEQ',
  'BNE',
  'BCS',
  'BHS',
  'BCC',
  'BLO',
  'BMI',
  'BPL',
  'BVS',
  'BVC',
  'BHI',
  'BLS',
  'BGE',
  'BLT',
  'BGT',
  'BLE',
  'CBZ',
  'CBZW',
  'CBNZ',
  'CBNZW',
  'TBZ',
  'TBNZ',
  'BEQZ',
  'BNEZ',
  'BGEZ',
  'BLTZ',
  'BGTZ',
  'BLEZ',
  'BC',
  'BR',
]);
/** Runtime functions compiled code calls that never return (runtime/panic.go, error.go): `runtime.panic*` above, and these. */
const NO_RETURN_RE = /^runtime\.(?:gopanic|goPanic\w+|throw|fatal|panicwrap|goexit\d*)$/;

/** A symbol as a CALL names it, without an ABI suffix (`F<ABIInternal>`). */
function symbolOf(text: string): string {
  return text.endsWith('>') && text.includes('<') ? text.slice(0, text.lastIndexOf('<')) : text;
}

type Terminator = 'cond' | 'jmp' | 'ret' | 'noreturn';

/**
 * The branches of one function's listing, and from them which pcs lie in
 * a basic block every path from the entry to a return passes through:
 * blocks start at pc 0, at each branch target and after each branch,
 * return or panic; their dominators (Cooper, Harvey and Kennedy's
 * iterative algorithm) give the blocks that dominate every block that
 * returns.
 */
class FlowReader {
  leaders: number[] = [0];
  /** pc, kind, target (or -1), per terminator in listing order. */
  private ends: number[] = [];
  private kinds: Terminator[] = [];
  pendingLeader = false;
  lastEnd = -1;
  unknown = false;

  reset(): void {
    this.leaders = [0];
    this.ends = [];
    this.kinds = [];
    this.pendingLeader = false;
    this.lastEnd = -1;
    this.unknown = false;
  }

  terminate(pc: number, kind: Terminator, target = -1): void {
    this.ends.push(pc, target);
    this.kinds.push(kind);
    if (target >= 0) this.leaders.push(target);
    this.pendingLeader = true;
    this.lastEnd = pc;
  }

  /** A test of whether a pc is in a block on every path to a return; undefined when none can be said. */
  alwaysBlocks(): ((pc: number) => boolean) | undefined {
    if (this.unknown) return undefined;
    const starts = [...new Set(this.leaders)].sort((a, b) => a - b);
    const n = starts.length;
    const blockOf = (pc: number): number => {
      let lo = 0;
      let hi = n - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid]! <= pc) lo = mid;
        else hi = mid - 1;
      }
      return lo;
    };
    const exact = (pc: number) => {
      const b = blockOf(pc);
      return starts[b] === pc ? b : -1;
    };
    const succ: number[][] = starts.map((_, i) => (i + 1 < n ? [i + 1] : []));
    const returns = new Array<boolean>(n).fill(false);
    for (let k = 0; k < this.kinds.length; k++) {
      const pc = this.ends[2 * k]!;
      const target = this.ends[2 * k + 1]!;
      const b = blockOf(pc);
      const kind = this.kinds[k]!;
      const next = b + 1 < n ? [b + 1] : [];
      if (kind === 'ret' || kind === 'noreturn') {
        succ[b] = [];
        if (kind === 'ret') returns[b] = true;
        continue;
      }
      const t = exact(target);
      // A branch into no instruction the listing printed: the flow cannot be trusted.
      if (t < 0) return undefined;
      succ[b] = kind === 'jmp' ? [t] : [t, ...next];
    }
    // Reverse postorder from the entry.
    const order: number[] = [];
    const seen = new Uint8Array(n);
    const stack: [number, number][] = [[0, 0]];
    seen[0] = 1;
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const s = succ[top[0]]!;
      if (top[1] < s.length) {
        const next = s[top[1]++]!;
        if (!seen[next]) {
          seen[next] = 1;
          stack.push([next, 0]);
        }
      } else {
        order.push(top[0]);
        stack.pop();
      }
    }
    order.reverse();
    const rpo = new Int32Array(n).fill(-1);
    order.forEach((b, i) => {
      rpo[b] = i;
    });
    const preds: number[][] = starts.map(() => []);
    for (const b of order) for (const s of succ[b]!) preds[s]!.push(b);
    const idom = new Int32Array(n).fill(-1);
    idom[0] = 0;
    const intersect = (a: number, b: number) => {
      while (a !== b) {
        while (rpo[a]! > rpo[b]!) a = idom[a]!;
        while (rpo[b]! > rpo[a]!) b = idom[b]!;
      }
      return a;
    };
    for (let changed = true; changed; ) {
      changed = false;
      for (const b of order) {
        if (b === 0) continue;
        let d = -1;
        for (const p of preds[b]!) if (idom[p]! >= 0) d = d < 0 ? p : intersect(p, d);
        if (d >= 0 && idom[b] !== d) {
          idom[b] = d;
          changed = true;
        }
      }
    }
    // A return no branch reaches is where a recovered panic resumes (a deferred call's recover, through
    // runtime.deferreturn): a path the listing does not draw, so nothing is on every path.
    for (let b = 0; b < n; b++) if (returns[b] && rpo[b]! < 0) return undefined;
    let lca = -1;
    for (const b of order) if (returns[b]) lca = lca < 0 ? b : intersect(b, lca);
    if (lca < 0) return undefined;
    const must = new Uint8Array(n);
    for (let b = lca; ; b = idom[b]!) {
      must[b] = 1;
      if (b === 0) break;
    }
    return (pc: number) => must[blockOf(pc)] === 1;
  }
}
const SB = Buffer.from('(SB)');
const CONVT_INT_RE = /^runtime\.convT(16|32|64)$/;

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

function lastCommaSpace(buf: Buffer, start: number, end: number): number {
  for (let i = end - 2; i >= start; i--) if (buf[i] === 44 && buf[i + 1] === SPACE) return i;
  return -1;
}

/** Register names the parser tracks, by their bytes (`AX`, `R11`, `X15`): interned strings, no decoding. */
const REGISTERS = new Map<string, string>();
function registerAt(buf: Buffer, start: number, end: number): string | undefined {
  const len = end - start;
  if (len < 2 || len > 4) return undefined;
  for (let k = start; k < end; k++) {
    const c = buf[k]!;
    if (!((c >= 65 && c <= 90) || (c >= 48 && c <= 57))) return undefined;
  }
  const key = buf.toString('latin1', start, end);
  let reg = REGISTERS.get(key);
  if (reg === undefined) REGISTERS.set(key, (reg = key));
  return reg;
}

/** A decimal integer (optionally negative) filling `buf[start..end)`. */
function integerAt(buf: Buffer, start: number, end: number): number | undefined {
  let k = start;
  const negative = buf[k] === 45;
  if (negative) k++;
  if (k >= end) return undefined;
  let v = 0;
  for (; k < end; k++) {
    const c = buf[k]!;
    if (c < 48 || c > 57) return undefined;
    v = v * 10 + (c - 48);
  }
  return negative ? -v : v;
}

function staticRef(args: string): StaticRef['kind'] | undefined {
  if (args.startsWith('runtime.staticuint64s')) return 'small-integer-cache';
  if (args.startsWith('runtime.zerobase') || args.startsWith('runtime.zeroVal')) return 'zero-size';
  const sb = args.indexOf('(SB)');
  if (sb > 0 && /\.\.stmp_\d+$/.test(args.slice(0, sb))) return 'static-data';
  // A closure without captured variables is a static funcval `F.func1·f`.
  if (sb > 0 && args.slice(0, sb).endsWith('\u00b7f')) return 'static-data';
  return undefined;
}

/** Parses a whole listing held in memory (tests, captures). */
export function parseAsm(text: string, pkg = '', options: AsmParserOptions = {}): AsmFunction[] {
  const out: AsmFunction[] = [];
  const p = new AsmParser((f) => out.push(f), options);
  if (pkg) p.begin(pkg);
  for (const line of text.split('\n')) p.line(line);
  p.end();
  return out;
}

/**
 * Splits a linker symbol into package and the compiler's function name:
 * `example.com/p.(*T).M` → `example.com/p` + `(*T).M`. `pkg` is the
 * compiled package (its own symbols may use `main.` for package main).
 */
export function splitSymbol(symbol: string, pkg: string): { pkg: string; func: string } {
  if (pkg && symbol.startsWith(pkg + '.')) return { pkg, func: symbol.slice(pkg.length + 1) };
  if (symbol.startsWith('main.')) return { pkg: pkg || 'main', func: symbol.slice(5) };
  // Methods of shape types (wrappers of generic code): `go.shape.struct { … }.M` is the compiler's `struct { … }.M`.
  if (symbol.startsWith('go.shape.')) return { pkg: 'go.shape', func: symbol.slice(9) };
  // Foreign symbol (generic instantiation, dupok wrapper): package up to the first '.' after the last '/' outside brackets.
  let depth = 0;
  let lastSlash = -1;
  for (let i = 0; i < symbol.length; i++) {
    const c = symbol[i];
    if (c === '[' || c === '(' || c === '{') depth++;
    else if (c === ']' || c === ')' || c === '}') depth--;
    else if (c === '/' && depth === 0) lastSlash = i;
  }
  const dot = symbol.indexOf('.', lastSlash + 1);
  if (dot < 0) return { pkg: '', func: symbol };
  return { pkg: symbol.slice(0, dot), func: symbol.slice(dot + 1) };
}

/**
 * The functions each source line's machine code calls, runtime included:
 * `file\0line` (the innermost position, as printed: for inlined code, the
 * callee's line) → the symbols called there, sorted. The accuracy
 * benchmark reads it to tell why a line allocated when the heap profile
 * hides the runtime frames (runtime/pprof drops the runtime functions at
 * the top of every heap profile stack).
 */
export function callsByLine(listing: string): Map<string, string[]> {
  const sets = new Map<string, Set<string>>();
  for (const f of parseAsm(listing, '', { runtimeCalls: true })) {
    for (const c of f.calls) {
      if (c.callee === undefined) continue;
      const k = `${c.pos.file}\0${c.pos.line}`;
      let s = sets.get(k);
      if (!s) sets.set(k, (s = new Set()));
      s.add(c.callee);
    }
  }
  return new Map([...sets].map(([k, s]) => [k, [...s].sort()]));
}

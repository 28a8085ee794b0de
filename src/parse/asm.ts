/**
 * Parser for the compiler's assembly listing (`-gcflags=-S`), line by line
 * (go-compiler-output.md §5). Keeps per function only its header facts and
 * the calls into the runtime's allocation entry points; every other line is
 * looked at once and dropped. Handles the header field order of Go 1.26
 * (`size args locals funcid align`) and Go 1.27 (`size align args locals funcid`).
 */

/** A position as printed inside the parentheses of an instruction: innermost, no column. */
export interface AsmPos {
  file: string;
  line: number;
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
  /** Innermost source position of the call (inside an inlined callee when inlined). */
  pos: AsmPos;
  pcOffset: number;
}

/** A reference to data that stands in for an allocation (static data, zerobase, the small-integer cache). */
export interface StaticRef {
  kind: 'static-data' | 'zero-size' | 'small-integer-cache';
  sym: string;
  pos: AsmPos;
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
}

/** Runtime functions that allocate (or may): Go 1.26 and 1.27 names. */
export const ALLOC_FUNC_RE = new RegExp(
  '^runtime\\.(?:newobject|mallocgc\\w*|makeslice(?:64|copy)?|growslice\\w*|moveSlice\\w*|makemap(?:64|_small)?|makechan(?:64)?' +
    '|convT(?:16|32|64|string|slice|noptr)?|concatstring(?:s|\\d)|concatbyte(?:s|\\d)|slicebytetostring|slicerunetostring' +
    '|stringtoslicebyte|stringtoslicerune|intstring|rawstring\\w*|rawbyteslice|rawruneslice|newproc|deferproc(?:at)?)$',
);

/** Entry points whose type operand is passed in a register (see typeRegister). */
const TAKES_TYPE_RE = /^runtime\.(?:newobject|mallocgc\w*|makeslice\w*|growslice\w*|makemap\w*|makechan\w*|convT|convTnoptr)$/;

const HEADER_RE = /^(.+?) STEXT((?: [\w.]+(?:=\S+)?)*)$/;
const INSTR_RE = /^\t0x([0-9a-f]+) \d{5,} \((.*)\)\t(\S+)(?:\t(.*))?$/;
const TYPE_OPERAND_RE = /^type:(.*)\(SB\), (\w+)$/;
const IMM_RE = /^\$(-?\d+), (\w+)$/;

/** The register that carries the type operand, per runtime function (register ABI, amd64). */
function typeRegister(fn: string): string {
  if (fn.startsWith('runtime.mallocgc')) return 'BX';
  if (fn.startsWith('runtime.growslice')) return 'SI';
  return 'AX';
}

function parsePos(s: string): AsmPos | undefined {
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
  private flagSet = new Set<string>();

  constructor(private readonly onFunction: (f: AsmFunction) => void) {}

  begin(pkg: string): void {
    this.flush();
    this.pkg = pkg;
  }

  line(text: string): void {
    if (text.charCodeAt(0) === 9 /* \t */) {
      if (this.cur && text.charCodeAt(1) === 48 /* 0 */) this.instruction(text);
      return;
    }
    if (text.startsWith('# ')) {
      this.begin(text.slice(2).trim());
      return;
    }
    if (text === '') return;
    // A new symbol header: STEXT starts a function, anything else (SRODATA, …) ends it.
    this.flush();
    const m = HEADER_RE.exec(text);
    if (!m) return;
    const fields = new Map<string, string>();
    const flags: string[] = [];
    for (const tok of m[2]!.trim().split(' ')) {
      if (!tok) continue;
      const eq = tok.indexOf('=');
      if (eq < 0) flags.push(tok);
      else fields.set(tok.slice(0, eq), tok.slice(eq + 1));
    }
    const num = (k: string) => {
      const v = fields.get(k);
      return v === undefined ? 0 : Number(v);
    };
    this.cur = { symbol: m[1]!, pkg: this.pkg, size: num('size'), args: num('args'), locals: num('locals'), flags, allocCalls: [], staticRefs: [] };
    this.flagSet = new Set(flags);
    this.typeByReg.clear();
    this.immByReg.clear();
  }

  end(): void {
    this.flush();
  }

  private flush(): void {
    if (this.cur) {
      this.cur.flags = [...this.flagSet];
      this.onFunction(this.cur);
    }
    this.cur = undefined;
  }

  private instruction(text: string): void {
    const m = INSTR_RE.exec(text);
    if (!m) return; // hex dump or relocation line
    const f = this.cur!;
    const op = m[3]!;
    const args = m[4] ?? '';
    if (op === 'TEXT') {
      const pos = parsePos(m[2]!);
      if (pos) f.pos = pos;
      // `sym(SB), NOSPLIT|ABIInternal, $32-8`
      const parts = args.split(', ');
      if (parts.length >= 3) for (const a of parts[1]!.split('|')) if (a && a !== 'ABIInternal' && a !== 'ABI0') this.flagSet.add(a);
      return;
    }
    if (op === 'LEAQ') {
      const t = TYPE_OPERAND_RE.exec(args);
      if (t) {
        this.typeByReg.set(t[2]!, t[1]!);
        return;
      }
      const sref = staticRef(args);
      if (sref) {
        const pos = parsePos(m[2]!);
        if (pos) f.staticRefs.push({ kind: sref, sym: args.slice(0, args.indexOf('(SB)')), pos });
      }
      return;
    }
    if (op === 'MOVL' || op === 'MOVQ') {
      const imm = IMM_RE.exec(args);
      if (imm) this.immByReg.set(imm[2]!, Number(imm[1]));
      else {
        const comma = args.lastIndexOf(', ');
        if (comma >= 0) this.immByReg.delete(args.slice(comma + 2));
      }
      return;
    }
    if (op === 'XORL' || op === 'XORQ') {
      // `XORL AX, AX` zeroes AX.
      const [a, b] = args.split(', ');
      if (a && a === b) this.immByReg.set(a, 0);
      return;
    }
    if (op !== 'CALL') return;
    const target = args.endsWith('(SB)') ? args.slice(0, -4) : args;
    if (ALLOC_FUNC_RE.test(target)) {
      const pos = parsePos(m[2]!) ?? { file: '<unknown>', line: 0 };
      const call: AllocCall = { runtimeFunc: target, pos, pcOffset: parseInt(m[1]!, 16) };
      // convT16/32/64/string/slice take no type: the LEAQ near them belongs to the interface word.
      const type = TAKES_TYPE_RE.test(target) ? this.typeByReg.get(typeRegister(target)) : undefined;
      if (type !== undefined) call.typeSym = type;
      if (target.startsWith('runtime.mallocgc')) {
        const size = this.immByReg.get('AX');
        if (size !== undefined) call.size = size;
      } else if (/^runtime\.convT(16|32|64)$/.test(target)) {
        const v = this.immByReg.get('AX');
        if (v !== undefined) call.constArg = v;
      }
      f.allocCalls.push(call);
    }
    this.typeByReg.clear();
    this.immByReg.clear();
  }
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
export function parseAsm(text: string, pkg = ''): AsmFunction[] {
  const out: AsmFunction[] = [];
  const p = new AsmParser((f) => out.push(f));
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

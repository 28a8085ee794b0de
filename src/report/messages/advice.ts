/**
 * Wording for root causes: the stack-friendly change that usually removes an
 * escape, phrased for the finding (its variable, callee and function).
 * Honest where no change helps. The texts are templates (`{s}` subject,
 * `{fn}` function, `{callee}`, `{sink}`, `{where}`) so the HTML report can
 * embed them once and fill them in the page.
 */
import { sinkOf } from '../../analyze/explain.js';
import { CAUSES, type Cause } from '../../model/causes.js';
import type { Finding } from '../../model/finding.js';

export function causeTitle(cause: Cause): string {
  return CAUSES[cause].title;
}

export const ADVICE_TEMPLATES = {
  'returned-address':
    "{s} is returned by address, so it must outlive {fn}. Return it by value (small structs copy cheaply), or let the caller pass in the storage to fill (e.g. func(dst *T)), so it can live in the caller's frame.",
  'returned-address/param':
    '{s} flows to the result {sink}; callers decide whether it escapes. Nothing to change here unless callers keep the result: then return a copy.',
  'closure-capture':
    '{s} is captured by a closure that outlives {fn}. Pass it to the closure as a parameter or capture a copy (x := x) that is never reassigned, or do not return/store the closure.',
  'closure-capture/closure':
    'The closure outlives {fn} (it is returned or stored), so it and everything it captures go to the heap. Call the code directly instead of keeping a func value, or capture as little as possible.',
  'interface-conversion':
    '{s} is converted to an interface (boxing). In hot paths use a typed API instead of any/fmt (strconv.AppendInt, a concrete type, generics). Constants and values 0–255 usually do not allocate: run with --verify to see.',
  'interface-conversion/callee':
    '{s} is converted to an interface for {callee} (boxing). In hot paths use a typed API instead of any/fmt (strconv.AppendInt, a concrete type, generics). Constants and values 0–255 usually do not allocate: run with --verify to see.',
  'opaque-call':
    "{s} (or a pointer to it) is passed to {callee}, a call through an interface method or func value the compiler cannot see into, so it must assume the pointer escapes. Call the concrete type's method directly, make the type known (generics, a type switch), or pass a value instead of a pointer.",
  'opaque-call/param':
    "{s} is passed to {callee}, a call through an interface method or func value the compiler cannot see into, so it must assume the pointer escapes. Call the concrete type's method directly, make the type known (generics, a type switch), or pass a value instead of a pointer.",
  'leaking-callee':
    '{s} is passed to {callee}, whose parameter leaks (run `goescape explain` on it). Change the callee so it does not retain its argument, pass a copy, or accept the allocation if the callee must keep it.',
  'leaking-callee/panic':
    '{s} is passed to panic, whose argument always escapes (a deferred recover may keep it). It is allocated only on the way to the panic, so on a path that rarely panics it costs nothing; to avoid even that, panic with a value made once (a package-level error variable).',
  'channel-send':
    '{s} is sent on a channel: the receiver is another goroutine, so it lives on the heap. Send the value instead of a pointer when it is small (a copy of a few words is cheaper than an allocation); keep sending pointers for large values. When the data must be shared, this allocation is required.',
  'heap-store':
    '{s} is stored into a global, a map, or an object already on the heap, so it must outlive {fn}. Store a copy (a value field instead of a pointer), or keep the data local and pass it down instead of storing it.',
  'heap-store/where':
    '{s} is stored by {where} into a global, a map, or an object already on the heap, so it must outlive {fn}. Store a copy (a value field instead of a pointer), or keep the data local and pass it down instead of storing it.',
  'heap-store/append':
    "{s} is added to a slice by {where}: the compiler keeps what append and copy add in the slice's backing array, which it assumes may be on the heap, so a pointer added there (and what it points to) escapes. Add values rather than pointers where the elements can be copies, or build the data in the slice itself.",
  'non-constant-size':
    'The size of {s} is not known at compile time. For bounded sizes use a fixed-size array on the stack and slice it, or accept a caller-provided buffer to reuse.',
  'too-large':
    '{s} is too large for the stack (explicit variables over 128 KiB, implicit allocations such as new, &T{} or make over 64 KiB go to the heap). Work in smaller chunks, or allocate it once and reuse it (a field, or sync.Pool).',
  'go-statement':
    "{s} is used by a goroutine started with a go statement, which may outlive {fn}: the heap is required when state is shared. To avoid it, pass values as arguments to the goroutine's function and return results on a channel; a long-lived worker that receives values by copy avoids per-call goroutines.",
  'method-value':
    '{s} is a method value: a closure that binds the receiver, allocated when it escapes. Call the method directly, use a method expression (T.Method) with the receiver as an argument, or create the func value once and reuse it.',
  'append-growth':
    '{s} grows its backing array on the heap when capacity runs out (and the slice outlives {fn}). Preallocate with make([]T, 0, n) when n is known, or append into a slice the caller provides and reuses.',
  other: 'No common cause matched; read the chain to see where {s} goes.',
} as const;

export type AdviceId = keyof typeof ADVICE_TEMPLATES;

export interface AdviceParts {
  id: AdviceId;
  vars: { s: string; fn: string; callee: string; sink: string; where: string };
}

/** Which template applies to a finding, and the values to fill in. */
export function adviceParts(f: Finding): AdviceParts | undefined {
  if (!f.cause) return undefined;
  const isParam = f.kind.startsWith('leaking-param');
  const vars = {
    s: `\`${f.subject}\``,
    fn: f.func || 'the function',
    callee: f.details.callee ? `\`${f.details.callee}\`` : 'the callee',
    sink: sinkOf(f) ?? '',
    where: '',
  };
  let id: AdviceId = f.cause;
  switch (f.cause) {
    case 'returned-address':
      if (isParam) id = 'returned-address/param';
      break;
    case 'closure-capture':
      if (f.subject === 'func literal') id = 'closure-capture/closure';
      break;
    case 'interface-conversion':
      if (f.details.callee) id = 'interface-conversion/callee';
      break;
    case 'opaque-call':
      if (isParam) id = 'opaque-call/param';
      break;
    case 'leaking-callee':
      if (f.details.callee === 'panic') id = 'leaking-callee/panic';
      break;
    case 'heap-store': {
      const callee = f.details.callee;
      if (callee === 'append' || callee === 'copy') {
        const call = [...(f.chain ?? [])].reverse().find((st) => st.op === 'call parameter' && st.where.startsWith(`${callee}(`));
        if (call) {
          id = 'heap-store/append';
          vars.where = `\`${call.where}\``;
          break;
        }
      }
      const ops = ['assign', 'key of map put', 'map literal key', 'map literal value', 'appendee slice', 'appended slice...'];
      const step = [...(f.chain ?? [])].reverse().find((st) => ops.includes(st.op));
      if (step) {
        id = 'heap-store/where';
        vars.where = `\`${step.where}\``;
      }
      break;
    }
  }
  return { id, vars };
}

/** Fills a template: `{name}` → the value. */
export function fillAdvice(template: string, vars: Record<string, string>): string {
  return template.replace(/\{(s|fn|callee|sink|where)\}/g, (_m, name: string) => vars[name] ?? '');
}

/** Advice for one finding. Empty string when the finding has no cause. */
export function adviceFor(f: Finding): string {
  const parts = adviceParts(f);
  return parts ? fillAdvice(ADVICE_TEMPLATES[parts.id], parts.vars) : '';
}

/** The advice as a report line: `fix: …`. */
export function fixLine(advice: string): string {
  return `fix: ${advice}`;
}

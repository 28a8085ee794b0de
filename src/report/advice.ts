/**
 * Wording for root causes: a one-line description and the stack-friendly
 * change that usually removes the escape, phrased for the finding (its
 * variable, callee and function). Honest where no change helps.
 */
import { CAUSES, type Cause } from '../model/causes.js';
import type { Finding } from '../model/finding.js';
import { sinkOf } from '../analyze/explain.js';

export function causeTitle(cause: Cause): string {
  return CAUSES[cause].title;
}

/** The subject as a developer would name it: `p`, `&T{...}`, `n * 1000`. */
function subj(f: Finding): string {
  if (f.kind === 'moved-to-heap' || f.kind.startsWith('leaking-param')) return `\`${f.subject}\``;
  return `\`${f.subject}\``;
}

function inFunc(f: Finding): string {
  return f.func ? ` ${f.func}` : ' the function';
}

/** The decisive call or statement of the chain, quoted, when there is one. */
function decisiveWhere(f: Finding, ops: string[]): string | undefined {
  const step = [...(f.chain ?? [])].reverse().find((s) => ops.includes(s.op));
  return step ? `\`${step.where}\`` : undefined;
}

/** Advice for one finding. Empty string when the finding has no cause. */
export function adviceFor(f: Finding): string {
  if (!f.cause) return '';
  const s = subj(f);
  const callee = f.details.callee ? `\`${f.details.callee}\`` : 'the callee';
  const isParam = f.kind.startsWith('leaking-param');
  switch (f.cause) {
    case 'returned-address': {
      const sink = sinkOf(f);
      if (isParam) {
        return `${s} flows to the result${sink ? ` ${sink}` : ''}; callers decide whether it escapes. Nothing to change here unless callers keep the result: then return a copy.`;
      }
      return `${s} is returned by address, so it must outlive${inFunc(f)}. Return it by value (small structs copy cheaply), or let the caller pass in the storage to fill (e.g. func(dst *T)), so it can live in the caller's frame.`;
    }
    case 'closure-capture':
      if (f.subject === 'func literal') {
        return `The closure outlives${inFunc(f)} (it is returned or stored), so it and everything it captures go to the heap. Call the code directly instead of keeping a func value, or capture as little as possible.`;
      }
      return `${s} is captured by a closure that outlives${inFunc(f)}. Pass it to the closure as a parameter or capture a copy (x := x) that is never reassigned, or do not return/store the closure.`;
    case 'interface-conversion':
      return `${s} is converted to an interface${f.details.callee ? ` for ${callee}` : ''} (boxing). In hot paths use a typed API instead of any/fmt (strconv.AppendInt, a concrete type, generics). Constants and values 0–255 usually do not allocate: run with --verify to see.`;
    case 'opaque-call':
      return `${isParam ? s : `${s} (or a pointer to it)`} is passed to ${callee}, a call through an interface method or func value the compiler cannot see into, so it must assume the pointer escapes. Call the concrete type's method directly, make the type known (generics, a type switch), or pass a value instead of a pointer.`;
    case 'leaking-callee':
      return `${s} is passed to ${callee}, whose parameter leaks (run \`goescape explain\` on it). Change the callee so it does not retain its argument, pass a copy, or accept the allocation if the callee must keep it.`;
    case 'channel-send':
      return `${s} is sent on a channel: the receiver is another goroutine, so it lives on the heap. Send the value instead of a pointer when it is small (a copy of a few words is cheaper than an allocation); keep sending pointers for large values. When the data must be shared, this allocation is required.`;
    case 'heap-store': {
      const where = decisiveWhere(f, ['assign', 'key of map put', 'map literal key', 'map literal value', 'appendee slice', 'appended slice...']);
      return `${s} is stored ${where ? `by ${where} ` : ''}into a global, a map, or an object already on the heap, so it must outlive${inFunc(f)}. Store a copy (a value field instead of a pointer), or keep the data local and pass it down instead of storing it.`;
    }
    case 'non-constant-size':
      return `The size of ${s} is not known at compile time. For bounded sizes use a fixed-size array on the stack and slice it, or accept a caller-provided buffer to reuse.`;
    case 'too-large':
      return `${s} is too large for the stack (explicit variables over 128 KiB, implicit allocations such as new, &T{} or make over 64 KiB go to the heap). Work in smaller chunks, or allocate it once and reuse it (a field, or sync.Pool).`;
    case 'go-statement':
      return `${s} is used by a goroutine started with a go statement, which may outlive${inFunc(f)}: the heap is required when state is shared. To avoid it, pass values as arguments to the goroutine's function and return results on a channel; a long-lived worker that receives values by copy avoids per-call goroutines.`;
    case 'method-value':
      return `${s} is a method value: a closure that binds the receiver, allocated when it escapes. Call the method directly, use a method expression (T.Method) with the receiver as an argument, or create the func value once and reuse it.`;
    case 'append-growth':
      return `${s} grows its backing array on the heap when capacity runs out (and the slice outlives${inFunc(f)}). Preallocate with make([]T, 0, n) when n is known, or append into a slice the caller provides and reuses.`;
    case 'other':
      return `No common cause matched; read the chain below to see where ${s} goes.`;
  }
}

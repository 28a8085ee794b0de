/**
 * The allocation class of each runtime entry point a `-S` listing calls:
 * `allocates` when the call allocates every time it runs (an empty value,
 * which the runtime serves from `zerobase`/`zeroVal`, aside), `may-allocate`
 * with the condition under which it does. Pure; the sources cited are
 * `$(go env GOROOT)/src/runtime` of Go 1.26 (unchanged in 1.27).
 *
 * `allocates-in-callee` (an allocation inside a function the line calls)
 * is not decided here: a call's callee summary would be.
 */
import type { AllocClass, AllocCondition } from '../model/finding.js';
import type { AllocCall } from '../parse/asm.js';

export interface ClassOf {
  class: AllocClass;
  condition?: AllocCondition;
}

const ALLOCATES: ClassOf = { class: 'allocates' };
const may = (condition: AllocCondition): ClassOf => ({ class: 'may-allocate', condition });

/**
 * The class of one call. `heapSite`: an escape finding took the call (for
 * a string conversion whose buffer argument the listing does not show,
 * the compiler passes a buffer only when the result does not escape).
 */
export function allocationClass(call: Pick<AllocCall, 'runtimeFunc' | 'stackBuf' | 'floatArg'>, heapSite = false): ClassOf {
  const f = call.runtimeFunc.replace(/^runtime\./, '');
  // malloc.go: newobject → mallocgc(typ.Size_); the mallocgc* size-specialised entry points (Go 1.27) are mallocgc's cases.
  // Closures and `new(T)` / `&T{}` are newobject.
  if (f === 'newobject' || f.startsWith('mallocgc')) return ALLOCATES;
  // slice.go: makeslice, makeslice64 → mallocgc(mem); makeslicecopy → mallocgc(tomem).
  if (f.startsWith('makeslice')) return ALLOCATES;
  // map.go (swiss tables, internal/runtime/maps): makemap / makemap64 / makemap_small allocate the Map header.
  if (f.startsWith('makemap')) return ALLOCATES;
  // chan.go: makechan → mallocgc(hchanSize + mem).
  if (f.startsWith('makechan')) return ALLOCATES;
  // iface.go: convT16/32/64 box a value below len(staticuint64s) (256) by pointing into that static array; others mallocgc.
  // A float32/float64 goes through convT32/convT64 too, as its bits: only +0 (and tiny subnormals) are below 256.
  if (/^convT(16|32|64)$/.test(f)) return call.floatArg ? ALLOCATES : may('integer-not-small');
  // iface.go: convT, convTnoptr mallocgc(t.Size_); convTstring / convTslice mallocgc unless the value is empty (zeroVal).
  if (f.startsWith('convT')) return ALLOCATES;
  // string.go: each takes a `buf *tmpBuf` (32 bytes; `*[32]rune`, `*[4]byte` for stringtoslicerune, intstring) that the
  // compiler passes when the result does not escape: the result is built there when it fits, else rawstring / rawbyteslice
  // allocate. With a nil buffer (the result escapes) they always allocate.
  if (/^(concatstring|concatbyte|slicebytetostring$|slicerunetostring$|stringtoslicebyte$|stringtoslicerune$|intstring$)/.test(f)) {
    const buffered = call.stackBuf ?? !heapSite;
    return buffered ? may('stack-buffer-overflow') : ALLOCATES;
  }
  // string.go: rawstring, rawbyteslice, rawruneslice → mallocgc.
  if (f.startsWith('raw')) return ALLOCATES;
  // proc.go: newproc → newproc1 takes a g (and its stack) from the free lists or allocates one (malg).
  if (f === 'newproc') return ALLOCATES;
  // panic.go: deferproc → newdefer: a _defer record of the heap-allocated kind.
  if (f.startsWith('deferproc')) return ALLOCATES;
  // slice.go: growslice (growsliceNoAlias, growsliceBuf*) is called only when append's new length exceeds the capacity.
  if (f.startsWith('growslice')) return may('append-growth');
  // slice.go: moveSlice* copy an append's result out of its stack buffer to the heap, when it escapes; nothing to copy when empty.
  if (f.startsWith('moveSlice')) return may('slice-moved-to-heap');
  // internal/runtime/maps (linked as runtime.mapassign*): a new key may need a new group or table (growth), or the map's
  // first group when it was made without one (reconcile.ts knows two map literals' assignments exactly).
  if (f.startsWith('mapassign')) return may('map-growth');
  // iface.go: typeAssert rebuilds the assertion's cache (buildTypeAssertCache → mallocgc) on about 1 in 1024 of the calls
  // the inline cache probe misses (`cheaprand()&1023`, then 1 in Mask+1): rarely, even on first use. Each assertion site
  // has its own cache (`pkg..typeAssert.N`, one per inlined copy too). A new itab is persistentalloc'd, off the heap, and
  // grows the global itab table (mallocgc) once in a while.
  if (f === 'typeAssert') return may('type-assertion-cache');
  // iface.go: interfaceSwitch rebuilds the switch's cache (buildInterfaceSwitchCache → mallocgc) as typeAssert does.
  if (f === 'interfaceSwitch') return may('type-switch-cache');
  // chan.go: chansend / chanrecv take a sudog (acquireSudog, proc.go: new(sudog) when the per-P and central caches are
  // empty) only when the operation has to wait.
  if (f === 'chansend1' || f === 'chanrecv1' || f === 'chanrecv2') return may('channel-blocks');
  // select.go: selectgo with block=true queues a sudog per case (acquireSudog) when no case is ready.
  if (f === 'selectgo') return may('select-blocks');
  return ALLOCATES;
}

/** Whether the entry point is an allocator (as opposed to a call that may allocate along the way). */
export function isAllocator(runtimeFunc: string): boolean {
  return !/^runtime\.(?:mapassign|typeAssert$|interfaceSwitch$|chansend1$|chanrecv[12]$|selectgo$)/.test(runtimeFunc);
}

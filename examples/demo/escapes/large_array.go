// Scenario: a local array that is too large for the stack.
//
// Cause: too-large. Explicit variables larger than 128 KiB and implicit
// allocations (new, &T{}, make) larger than 64 KiB are always put on the
// heap, even when they never leave the function.
// Fix: work in smaller chunks, or reuse a pooled buffer.
//
// LargeFrame shows a function with a big but stack-allocated frame: a
// 16 KiB array that never escapes.

package escapes

import "sync"

// LargeArrayBefore uses a 1 MiB local array.
func LargeArrayBefore(seed byte) int {
	var buf [1 << 20]byte // want: moved-to-heap buf cause=too-large
	for i := range buf {
		buf[i] = seed + byte(i)
	}
	return checksum(buf[:])
}

// LargeNewBefore allocates a 100000-int array with new.
func LargeNewBefore(seed int) int {
	a := new([100000]int) // want: escapes-to-heap "new([100000]int)" cause=too-large
	for i := range a {
		a[i] = seed + i
	}
	s := 0
	for _, v := range a {
		s += v
	}
	return s
}

// LargeNewAfter computes the same sum in 1024-int chunks on the stack.
func LargeNewAfter(seed int) int {
	var chunk [1024]int
	s := 0
	for base := 0; base < 100000; base += len(chunk) {
		m := min(len(chunk), 100000-base)
		for i := 0; i < m; i++ {
			chunk[i] = seed + base + i
		}
		for _, v := range chunk[:m] {
			s += v
		}
	}
	return s
}

// LargeArrayAfter processes the same 1 MiB in 8 KiB stack chunks.
func LargeArrayAfter(seed byte) int {
	var chunk [8 << 10]byte
	s := 0
	for off := 0; off < 1<<20; off += len(chunk) {
		for i := range chunk {
			chunk[i] = seed + byte(off+i)
		}
		s = s*31 + checksum(chunk[:])
	}
	return s
}

var bigPool = sync.Pool{
	New: func() any { return new([1 << 20]byte) }, // want: escapes-to-heap "new([1048576]byte)" cause=too-large
}

// LargeArrayPooled reuses a pooled 1 MiB buffer.
func LargeArrayPooled(seed byte) int {
	buf := bigPool.Get().(*[1 << 20]byte)
	for i := range buf {
		buf[i] = seed + byte(i)
	}
	s := checksum(buf[:])
	bigPool.Put(buf)
	return s
}

// LargeFrame uses a 16 KiB local array in a loop. It never escapes, so it
// lives in the (large) stack frame.
func LargeFrame(rounds int) int {
	var scratch [16 << 10]byte
	s := 0
	for r := 0; r < rounds; r++ {
		for i := range scratch {
			scratch[i] = byte(i + r)
		}
		s += checksum(scratch[:])
	}
	return s
}

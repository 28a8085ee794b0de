// Scenario: append growing a slice beyond its capacity.
//
// Cause: append-growth. Each time append runs out of capacity it allocates a
// bigger backing array on the heap (runtime.growslice) and copies the
// elements; a slice built from nil grows about log2(n) times.
// Fix: size the storage up front. Either the caller preallocates once with
// make([]int, 0, n) and reuses it, or the function uses a constant-capacity
// local that stays on the stack.

package escapes

// AppendGrowBefore builds a slice one element at a time from nil.
func AppendGrowBefore(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i*i) // want: escapes-to-heap append cause=append-growth
	}
	return s
}

// AppendGrowAfter fills a buffer the caller allocated once with
// make([]int, 0, n) and reuses across calls. The capacity is known, so there
// is nothing to grow: the elements are written in place. It panics if
// cap(dst) < n.
func AppendGrowAfter(dst []int, n int) []int { // want: leaking-param-to-result dst
	dst = dst[:n]
	for i := range dst {
		dst[i] = i * i
	}
	return dst
}

// AppendGrowSized preallocates locally with a constant capacity; the backing
// array stays on the stack because it does not escape.
func AppendGrowSized(n int) int {
	s := make([]int, 0, 64) // want: does-not-escape "make([]int, 0, 64)"
	for i := 0; i < n && i < 64; i++ {
		s = append(s, i*i) // want: does-not-escape append
	}
	sum := 0
	for _, v := range s {
		sum += v
	}
	return sum
}

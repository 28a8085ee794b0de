// Scenario: make with a size that is not a compile-time constant.
//
// Cause: non-constant-size. A stack object's size must be known at compile
// time. Up to Go 1.24 the compiler reported such a make as escaping
// ("non-constant size"). Since Go 1.25 a variable-sized make whose result
// does not escape is compiled as "use a 32-byte stack buffer if it fits,
// otherwise call runtime.makeslice": the compiler now prints
// "make([]byte, n) does not escape", yet every call with n > 32 still
// allocates on the heap. The "before" uses n = 4096 in the benchmark.
// Fix: use a constant-size array on the stack, or let the caller provide
// the buffer.

package escapes

// MakeSizeBefore allocates a scratch buffer of n bytes.
func MakeSizeBefore(n int) int {
	buf := make([]byte, n) // want: does-not-escape "make([]byte, n)" cause=non-constant-size
	for i := range buf {
		buf[i] = byte(i)
	}
	return checksum(buf)
}

// MaxScratch is the largest n MakeSizeAfter accepts.
const MaxScratch = 4096

// MakeSizeAfter uses a fixed-size array on the stack (n <= MaxScratch).
func MakeSizeAfter(n int) int {
	var arr [MaxScratch]byte
	buf := arr[:n]
	for i := range buf {
		buf[i] = byte(i)
	}
	return checksum(buf)
}

// MakeSizeCallerBuffer fills a buffer that the caller owns.
func MakeSizeCallerBuffer(buf []byte) int { // want: does-not-escape buf
	for i := range buf {
		buf[i] = byte(i)
	}
	return checksum(buf)
}

func checksum(b []byte) int {
	s := 0
	for _, c := range b {
		s = s*31 + int(c)
	}
	return s
}

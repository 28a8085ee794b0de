// Scenario: converting a concrete value to an interface (any).
//
// Cause: interface-conversion. fmt.Sprint, ...any arguments and fields of
// type any take their operands as interfaces; the compiler cannot prove the
// boxed copy stays local, so it is heap-allocated.
// Fix: use a typed API such as strconv.
//
// SmallConstantToInterface shows the flip side: the compiler reports the
// conversion as escaping, but the runtime boxes small integers (0-255) and
// constants without allocating, so it costs 0 allocs/op.

package escapes

import (
	"fmt"
	"io"
	"strconv"
)

// InterfaceBefore formats an int through fmt.Sprint (...any).
func InterfaceBefore(n int) string {
	return fmt.Sprint(n * 1000) // want: escapes-to-heap "n * 1000" cause=interface-conversion; does-not-escape "... argument"
}

// InterfaceAfter formats the int with a typed API.
func InterfaceAfter(n int) string {
	return strconv.Itoa(n * 1000)
}

// Box holds an arbitrary value.
type Box struct {
	V any
}

// InterfaceStoreBefore stores an int into a field of type any.
func InterfaceStoreBefore(n int) Box {
	return Box{V: n * 1000} // want: escapes-to-heap "n * 1000" cause=interface-conversion
}

// IntBox holds an int without boxing it.
type IntBox struct {
	V int
}

// InterfaceStoreAfter uses a typed field instead of any.
func InterfaceStoreAfter(n int) IntBox {
	return IntBox{V: n * 1000}
}

// SmallConstantToInterface passes a small constant to fmt.Fprintln (the
// same shape as fmt.Println(1), but with a writer so benchmarks can discard
// the output). The compiler reports "1 escapes to heap", but constants are
// boxed from read-only data, so the runtime does not allocate.
func SmallConstantToInterface(w io.Writer) { // want: leaking-param w
	fmt.Fprintln(w, 1) // want: escapes-to-heap 1 cause=interface-conversion; does-not-escape "... argument"
}

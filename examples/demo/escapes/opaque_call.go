// Scenario: passing a pointer to a callee the compiler cannot see.
//
// Cause: opaque-call. Calls through an interface method or a func value are
// not analysable at compile time, so escape analysis must assume the callee
// keeps the pointer. (reflect.ValueOf used to be the classic third example,
// but since Go 1.21 it no longer forces its argument to escape.)
// Fix: call a concrete type (static dispatch) so the callee's escape
// summary is known.

package escapes

// Counter accumulates values.
type Counter struct {
	Total int
}

// Add adds *v to the counter.
func (c *Counter) Add(v *int) { // want: does-not-escape c; does-not-escape v
	c.Total += *v
}

// Adder is implemented by *Counter.
type Adder interface {
	Add(v *int)
}

// OpaqueCallBefore passes &v to an interface method.
func OpaqueCallBefore(a Adder, n int) { // want: leaking-param a
	v := n * 3 // want: moved-to-heap v cause=opaque-call
	a.Add(&v)
}

// OpaqueCallAfter calls the concrete method; &v does not escape.
func OpaqueCallAfter(c *Counter, n int) { // want: does-not-escape c
	v := n * 3
	c.Add(&v)
}

// OpaqueFuncBefore passes &v to a func value.
func OpaqueFuncBefore(f func(*int), n int) { // want: does-not-escape f
	v := n * 3 // want: moved-to-heap v cause=opaque-call
	f(&v)
}

// OpaqueFuncAfter calls a known function directly; &v does not escape.
func OpaqueFuncAfter(c *Counter, n int) {
	v := n * 3
	addTo(c, &v)
}

func addTo(c *Counter, v *int) {
	c.Total += *v
}

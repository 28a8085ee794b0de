// Scenario: returning the address of a local variable.
//
// Cause: returned-address. The pointer outlives the stack frame that owns
// the variable, so the compiler moves the variable to the heap.
// Fix: return the (small) value itself; the caller gets a copy on its stack.

package escapes

// Point is a small value type.
type Point struct {
	X, Y int
}

// ReturnPointerBefore returns a pointer to a local, forcing it to the heap.
func ReturnPointerBefore(x, y int) *Point {
	p := Point{X: x * 2, Y: y * 2} // want: moved-to-heap p cause=returned-address
	if p.X > p.Y {
		p.X, p.Y = p.Y, p.X
	}
	return &p
}

// ReturnPointerAfter returns the value; nothing escapes.
func ReturnPointerAfter(x, y int) Point {
	p := Point{X: x * 2, Y: y * 2}
	if p.X > p.Y {
		p.X, p.Y = p.Y, p.X
	}
	return p
}

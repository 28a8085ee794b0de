// Scenario: a closure captures a variable and the closure outlives the frame.
//
// Cause: closure-capture. The returned func literal holds a reference to
// the captured variable, so both the closure and the variable go to the heap.
// Fix: pass the value as a parameter and do not keep the closure around.

package escapes

// ClosureBefore returns a counter closure; it and its captured state escape.
func ClosureBefore(start int) func() int {
	count := start      // want: moved-to-heap count cause=closure-capture
	return func() int { // want: escapes-to-heap "func literal" cause=closure-capture
		count++
		return count
	}
}

// ClosureAfter does the same amount of counting with plain parameters.
func ClosureAfter(start, steps int) int {
	next := func(count int) int { return count + 1 }
	count := start
	for i := 0; i < steps; i++ {
		count = next(count)
	}
	return count
}

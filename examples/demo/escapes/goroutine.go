// Scenario: variables used by the closure of a go statement.
//
// Cause: go-statement. A goroutine runs on its own stack and may outlive
// the frame that started it, so its closure and every variable it captures
// by reference are heap-allocated.
// Fix: pass values as arguments to the goroutine function instead of
// capturing them, and hand results back over a channel.
//
// Note: sharing state across goroutines is often exactly what you want
// (a WaitGroup, a result slot, a mutex). That sharing requires the heap;
// the fix only removes captures that were never meant to be shared. Also,
// every go statement with arguments is compiled into a small wrapper
// closure that holds the argument copies, so GoroutineArgs still reports
// one "func literal escapes to heap". GoroutineAfter avoids a go statement
// per call altogether by passing values by copy to a long-lived worker.

package escapes

// GoroutineBefore starts a goroutine that captures n and result.
func GoroutineBefore(n int) int {
	done := make(chan struct{})
	result := 0 // want: moved-to-heap result cause=go-statement
	go func() { // want: escapes-to-heap "func literal" cause=go-statement
		for i := 0; i < n; i++ {
			result += i
		}
		close(done)
	}()
	<-done
	return result
}

// GoroutineArgs passes n and the result channel as arguments: result is no
// longer moved to heap, only the argument wrapper is allocated.
func GoroutineArgs(n int, out chan int) int { // want: leaking-param out
	go sumTo(n, out)
	return <-out
}

func sumTo(n int, out chan int) {
	s := 0
	for i := 0; i < n; i++ {
		s += i
	}
	out <- s
}

// Summer is a long-lived worker goroutine that receives values by copy.
type Summer struct {
	in  chan int
	out chan int
}

// NewSummer starts the worker once; its allocations are amortised over all
// later calls. Call Close to stop it.
func NewSummer() *Summer {
	s := &Summer{in: make(chan int), out: make(chan int)} // want: escapes-to-heap "&Summer{...}" cause=go-statement
	go s.loop()
	return s
}

func (s *Summer) loop() {
	for n := range s.in {
		sumTo(n, s.out)
	}
}

// Close stops the worker.
func (s *Summer) Close() {
	close(s.in)
}

// GoroutineAfter sends n by value to the worker and reads the result.
func GoroutineAfter(s *Summer, n int) int { // want: does-not-escape s
	s.in <- n
	return <-s.out
}

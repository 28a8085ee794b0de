// Command demo calls a few of the escape scenarios so that go build ./...
// produces a binary and goescape has a main package to analyse.
package main

import (
	"fmt"
	"os"

	"example.com/demo/escapes"
	"example.com/demo/internal/noescape"
)

func main() {
	fmt.Println(1) // want: escapes-to-heap 1 cause=interface-conversion; does-not-escape "... argument"

	p := escapes.ReturnPointerBefore(3, 4)
	q := escapes.ReturnPointerAfter(3, 4)
	fmt.Println(p.X+q.X, p.Y+q.Y)

	next := escapes.ClosureBefore(10)
	next()
	fmt.Println(next(), escapes.ClosureAfter(10, 2))

	fmt.Println(escapes.InterfaceBefore(7), escapes.InterfaceAfter(7))

	xs := escapes.AppendGrowBefore(10)
	fmt.Println(noescape.Sum(xs), noescape.Max(xs))

	if err := escapes.PoolAfter(os.Stdout, 42); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

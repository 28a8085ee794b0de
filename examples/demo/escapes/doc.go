// Package escapes is a tour of the common reasons a Go value ends up on the
// heap. Each file covers one scenario with a "before" function that escapes
// and an "after" function that applies the stack-friendly fix.
//
// Lines where the compiler (go build -gcflags=-m=2) reports a finding carry a
// trailing "want" comment (kind, subject and optional cause) that goescape's
// tests check against; see README.md.
package escapes

// Package noescape contains functions that allocate nothing at all: pure
// arithmetic on values and slice/pointer parameters that the compiler can
// prove never outlive the call ("xs does not escape").
package noescape

// Vec is a small value type passed and returned by value.
type Vec struct {
	X, Y, Z float64
}

// Sum adds up xs without retaining it.
func Sum(xs []int) int { // want: does-not-escape xs
	total := 0
	for _, x := range xs {
		total += x
	}
	return total
}

// Max returns the largest element of xs, or 0 if xs is empty.
func Max(xs []int) int { // want: does-not-escape xs
	if len(xs) == 0 {
		return 0
	}
	m := xs[0]
	for _, x := range xs[1:] {
		if x > m {
			m = x
		}
	}
	return m
}

// Dot is the dot product of two vectors passed by value.
func Dot(a, b Vec) float64 {
	return a.X*b.X + a.Y*b.Y + a.Z*b.Z
}

// Scale multiplies v in place through a pointer that does not escape.
func Scale(v *Vec, k float64) { // want: does-not-escape v
	v.X *= k
	v.Y *= k
	v.Z *= k
}

// Normalize scales a copy of v to unit length using a local pointer.
func Normalize(v Vec) Vec {
	n := Dot(v, v)
	if n == 0 {
		return v
	}
	inv := 1 / sqrt(n)
	Scale(&v, inv)
	return v
}

// sqrt is Newton's method, to keep this package free of imports.
func sqrt(x float64) float64 {
	z := x
	for i := 0; i < 20; i++ {
		z -= (z*z - x) / (2 * z)
	}
	return z
}

// Histogram counts bytes of data into counts.
func Histogram(data []byte, counts *[256]int) { // want: does-not-escape data; does-not-escape counts
	for _, b := range data {
		counts[b]++
	}
}

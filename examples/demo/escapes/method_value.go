// Scenario: a method value (t.Method) used as a func value.
//
// Cause: method-value. Evaluating t.Method creates a closure that binds the
// receiver; when the func value is stored or passed on, the closure (and
// the receiver copy it holds) escapes.
// Fix: call the method directly, or use a method expression (T.Method) and
// pass the receiver explicitly.

package escapes

// Scaler multiplies by a factor.
type Scaler struct {
	Factor int
}

// Scale returns v scaled.
func (s Scaler) Scale(v int) int {
	return v * s.Factor
}

var savedScale func(int) int

// MethodValueBefore stores the method value s.Scale in a package variable.
func MethodValueBefore(factor, v int) int {
	s := Scaler{Factor: factor}
	savedScale = s.Scale // want: escapes-to-heap s.Scale cause=method-value
	return savedScale(v)
}

var savedScaleExpr func(Scaler, int) int

// MethodValueAfter stores the method expression Scaler.Scale, which needs no
// closure, and passes the receiver explicitly.
func MethodValueAfter(factor, v int) int {
	s := Scaler{Factor: factor}
	savedScaleExpr = Scaler.Scale
	return savedScaleExpr(s, v)
}

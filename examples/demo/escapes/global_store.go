// Scenario: storing a pointer into a global or another heap object.
//
// Cause: heap-store. Once a pointer is written somewhere that outlives the
// frame (a package variable, or a field of an object that itself escapes)
// the pointee has to be on the heap.
// Fix: keep the value local, or copy the value instead of the pointer.

package escapes

// Config is a small settings struct.
type Config struct {
	Retries int
	Timeout int
}

var lastConfig *Config

var lastConfigValue Config

// GlobalStoreBefore remembers a pointer to a local in a package variable.
func GlobalStoreBefore(retries int) int {
	c := Config{Retries: retries, Timeout: retries * 100} // want: moved-to-heap c cause=heap-store
	lastConfig = &c
	return c.Timeout
}

// GlobalStoreAfter copies the value into the package variable.
func GlobalStoreAfter(retries int) int {
	c := Config{Retries: retries, Timeout: retries * 100}
	lastConfigValue = c
	return c.Timeout
}

// RememberFirst stores the first pointer of cs in a package variable. The
// slice itself does not escape, but the pointers it holds do
// ("leaking param content: cs").
func RememberFirst(cs []*Config) { // want: leaking-param-content cs
	if len(cs) > 0 {
		lastConfig = cs[0]
	}
}

// Holder keeps a pointer to a Config.
type Holder struct {
	C *Config
}

// FieldStoreBefore stores &c into a Holder that is returned (and so leaks).
func FieldStoreBefore(retries int) *Holder {
	c := Config{Retries: retries, Timeout: retries * 100} // want: moved-to-heap c cause=heap-store
	h := &Holder{}                                        // want: escapes-to-heap "&Holder{}" cause=returned-address
	h.C = &c
	return h
}

// ValueHolder keeps a copy of a Config.
type ValueHolder struct {
	C Config
}

// FieldStoreAfter stores a copy of the value in a holder returned by value.
func FieldStoreAfter(retries int) ValueHolder {
	c := Config{Retries: retries, Timeout: retries * 100}
	var h ValueHolder
	h.C = c
	return h
}

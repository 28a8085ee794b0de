// Scenario: reusing a heap object with sync.Pool.
//
// Some allocations cannot be moved to the stack. Here the buffer is handed
// to io.Copy as an io.Reader (an opaque interface call), so the fresh
// bytes.Buffer, and the backing array it grows, are heap-allocated on every
// call. Pooling amortises those allocations instead of removing the escape.
// Fix: get the buffer from a sync.Pool, Reset it, and put it back when done.

package escapes

import (
	"bytes"
	"io"
	"strconv"
	"sync"
)

// PoolBefore renders n into a freshly allocated buffer.
func PoolBefore(w io.Writer, n int) error { // want: leaking-param w
	buf := new(bytes.Buffer) // want: escapes-to-heap "new(bytes.Buffer)"
	render(buf, n)
	_, err := io.Copy(w, buf)
	return err
}

var bufPool = sync.Pool{
	New: func() any { return new(bytes.Buffer) }, // want: escapes-to-heap "new(bytes.Buffer)"
}

// PoolAfter renders n into a pooled buffer.
func PoolAfter(w io.Writer, n int) error { // want: leaking-param w
	buf := bufPool.Get().(*bytes.Buffer)
	buf.Reset()
	render(buf, n)
	_, err := io.Copy(w, buf)
	bufPool.Put(buf)
	return err
}

func render(buf *bytes.Buffer, n int) {
	buf.WriteString("item-")
	var tmp [20]byte
	buf.Write(strconv.AppendInt(tmp[:0], int64(n), 10))
	buf.WriteString(": ")
	for i := 0; i < 8; i++ {
		buf.WriteString("0123456789abcdef")
	}
	buf.WriteByte('\n')
}

// Scenario: sending a pointer on a channel.
//
// Cause: channel-send. Anything sent on a channel may be received by another
// goroutine at any time, so the pointed-to value must live on the heap.
// Fix: send the small struct by value; the channel buffer holds a copy.

package escapes

// Message is a small struct that is cheap to copy.
type Message struct {
	ID    int
	Value int
}

// ChannelBefore sends a pointer to a local on ch.
func ChannelBefore(ch chan *Message, id int) { // want: does-not-escape ch
	m := Message{ID: id, Value: id * 2} // want: moved-to-heap m cause=channel-send
	ch <- &m
}

// ChannelAfter sends the value itself.
func ChannelAfter(ch chan Message, id int) { // want: does-not-escape ch
	m := Message{ID: id, Value: id * 2}
	ch <- m
}

package jsonscan

import (
	"bufio"
	"bytes"
	"io"
)

// ArrayReader reads the elements of a JSON array from a stream without
// encoding/json's scanner, for a decoder that reads each element itself:
// it finds where an object element ends by its brackets and strings, and
// leaves everything else (an element that is not an object, one too long,
// anything but white space, commas and the brackets between elements, data
// after the array, a read error) to the caller, through Rest, from after
// the last element kept. It never reports an error of its own.
type ArrayReader struct {
	r    io.Reader
	err  error  // the read error met, io.EOF at the end
	buf  []byte // the input from the stream offset base
	base int64
	off  int   // the next byte to look at, in buf
	mark int64 // the stream offset where Rest starts
	next int64 // the stream offset after the element Next returned
	n    int   // elements returned
	done bool
}

// NewArrayReader reads the array whose '[' is the next byte of r.
func NewArrayReader(r io.Reader) *ArrayReader {
	a := &ArrayReader{r: r, buf: make([]byte, 0, 256<<10), base: 1, mark: 1}
	var open [1]byte
	if _, err := io.ReadFull(r, open[:]); err != nil {
		a.err = err
	}
	return a
}

// fill reads more input, dropping what is before the mark; it reports
// false when there is no more.
func (a *ArrayReader) fill() bool {
	if a.err != nil {
		return false
	}
	if drop := int(a.mark - a.base); drop > 0 {
		a.buf = a.buf[:copy(a.buf, a.buf[drop:])]
		a.base += int64(drop)
		a.off -= drop
	}
	if len(a.buf) == cap(a.buf) {
		a.buf = append(a.buf, 0)[:len(a.buf)]
	}
	n, err := a.r.Read(a.buf[len(a.buf):cap(a.buf)])
	a.buf = a.buf[:len(a.buf)+n]
	if err != nil {
		a.err = err
	}
	return n > 0 || err == nil
}

// peek skips white space and returns the next byte, or false at the end.
func (a *ArrayReader) peek() (byte, bool) {
	for {
		for a.off < len(a.buf) {
			switch c := a.buf[a.off]; c {
			case ' ', '\t', '\n', '\r':
				a.off++
			default:
				return c, true
			}
		}
		if !a.fill() {
			return 0, false
		}
	}
}

// Next returns the next element when it is a JSON object that ends within
// max bytes of the end of the element before it (or of the '['), and
// true; false at the end of the array, or where it leaves the rest to the
// caller. The element is good until the next call.
func (a *ArrayReader) Next(max int) ([]byte, bool) {
	c, ok := a.peek()
	if !ok {
		return nil, false
	}
	if a.n > 0 {
		if c != ',' {
			a.end(c)
			return nil, false
		}
		a.off++
		if c, ok = a.peek(); !ok {
			return nil, false
		}
	} else if c == ']' {
		a.end(c)
		return nil, false
	}
	if c != '{' {
		return nil, false
	}
	start := a.off
	for {
		if e := objectEnd(a.buf, start); e >= 0 {
			if a.base+int64(e)-a.mark > int64(max) {
				return nil, false
			}
			a.off, a.next = e, a.base+int64(e)
			a.n++
			return a.buf[start:e], true
		}
		if a.base+int64(len(a.buf))-a.mark > int64(max) {
			return nil, false
		}
		// Filling moves the buffer.
		before := a.base
		if !a.fill() {
			return nil, false
		}
		start -= int(a.base - before)
	}
}

// end reads the ']' that is c, then expects only white space.
func (a *ArrayReader) end(c byte) {
	if c != ']' {
		return
	}
	a.off++
	if _, more := a.peek(); !more && a.err == io.EOF {
		a.done = true
	}
}

// Keep marks the element Next returned last as read: Rest starts after it.
func (a *ArrayReader) Keep() { a.mark = a.next }

// Done reports whether the array ended, with nothing after it but white
// space.
func (a *ArrayReader) Done() bool { return a.done }

// Rest returns the input after the last element kept (or after the '['),
// and its offset in the stream (from the '[').
func (a *ArrayReader) Rest() (io.Reader, int64) {
	rest := io.MultiReader(bytes.NewReader(a.buf[a.mark-a.base:]), a.r)
	if a.err != nil && a.err != io.EOF {
		rest = io.MultiReader(bytes.NewReader(a.buf[a.mark-a.base:]), errReader{a.err})
	}
	return rest, a.mark
}

type errReader struct{ err error }

func (e errReader) Read([]byte) (int, error) { return 0, e.err }

// objectEnd returns the index after the object whose '{' is b[i], by its
// brackets and strings (not checking it otherwise), or -1 if it does not
// end in b.
func objectEnd(b []byte, i int) int {
	depth := 0
	for ; i < len(b); i++ {
		switch b[i] {
		case '"':
			for i++; ; i++ {
				if i >= len(b) {
					return -1
				}
				if b[i] == '\\' {
					i++
				} else if b[i] == '"' {
					break
				}
			}
		case '{', '[':
			depth++
		case '}', ']':
			depth--
			if depth == 0 {
				return i + 1
			}
		}
	}
	return -1
}

// ByteOrderMark is the UTF-8 byte-order mark that Excel and Windows tools
// write at the start of a file (and, in files pasted together, of a line).
var ByteOrderMark = []byte{0xEF, 0xBB, 0xBF}

// Skipped is what PeekNonSpace skipped: line breaks and bytes.
type Skipped struct{ Lines, Bytes int }

// PeekNonSpace skips white space and byte-order marks and returns the next
// byte, unread, and what it skipped.
func PeekNonSpace(br *bufio.Reader) (byte, Skipped, error) {
	var s Skipped
	for {
		b, err := br.Peek(1)
		if err != nil {
			return 0, s, err
		}
		switch b[0] {
		case ' ', '\t', '\n', '\r':
			if b[0] == '\n' {
				s.Lines++
			}
			if _, err := br.ReadByte(); err != nil {
				return 0, s, err
			}
			s.Bytes++
			continue
		case ByteOrderMark[0]:
			if m, err := br.Peek(len(ByteOrderMark)); err == nil && bytes.Equal(m, ByteOrderMark) {
				_, _ = br.Discard(len(m)) // as Excel and Windows tools write
				s.Bytes += len(m)
				continue
			}
		}
		return b[0], s, nil
	}
}

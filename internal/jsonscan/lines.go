package jsonscan

import (
	"bufio"
	"bytes"
	"io"
)

// ReadError is an error of the underlying reader met by Lines.
type ReadError struct{ Err error }

func (e *ReadError) Error() string { return "reading: " + e.Err.Error() }

// Lines reads JSON lines from br: it calls rec with each line that is not
// blank, without its line ending, white space at either end and a
// byte-order mark at its start, with its 1-based line number and its
// position among the lines that are not blank. The slice is good until rec
// returns. A line of over max bytes (not counting its line ending) goes to
// tooLong instead, with its start, and ends the reading. skipped is the
// number of lines already read as blank. An error of br's reader comes back
// as a *ReadError; rec's and tooLong's come back as they are.
func Lines(br *bufio.Reader, skipped, max int, rec, tooLong func(b []byte, line, index int) error) error {
	// The longest line that can hold a record: a mark, the record, "\r\n".
	maxLine := len(ByteOrderMark) + max + 2
	var long []byte // a line longer than br's buffer, gathered
	line, index := skipped, 0
	for {
		chunk, err := br.ReadSlice('\n')
		if err == bufio.ErrBufferFull {
			if len(long)+len(chunk) > maxLine {
				return tooLong(bytes.TrimPrefix(bytes.TrimSpace(append(long, chunk...)), ByteOrderMark), line+1, index+1)
			}
			long = append(long, chunk...)
			continue
		}
		if err != nil && err != io.EOF {
			return &ReadError{err}
		}
		if len(chunk) == 0 && len(long) == 0 && err == io.EOF {
			return nil
		}
		raw := chunk
		if len(long) > 0 {
			long = append(long, chunk...)
			raw = long
		}
		line++
		raw = bytes.TrimPrefix(bytes.TrimSuffix(bytes.TrimSuffix(raw, []byte("\n")), []byte("\r")), ByteOrderMark)
		if b := bytes.TrimSpace(raw); len(b) > 0 {
			index++
			if len(raw) > max {
				return tooLong(b, line, index)
			}
			if err := rec(b, line, index); err != nil {
				return err
			}
		}
		long = long[:0]
		if err == io.EOF {
			return nil
		}
	}
}

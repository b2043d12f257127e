package judgement

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"unicode/utf8"
)

// RecordError reports a bad record in a stream of case records: where it is
// (the line, for JSON lines; the position in the array, for a JSON array) and
// what is wrong with it (usually a *DecodeError, which names the case).
type RecordError struct {
	// Line is the 1-based line of a JSON-lines record; 0 for an array.
	Line int
	// Index is the 1-based position of the record in the stream.
	Index int
	Err   error
}

// Error implements error.
func (e *RecordError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("line %d: %v", e.Line, e.Err)
	}
	return fmt.Sprintf("record %d: %v", e.Index, e.Err)
}

// Unwrap returns the underlying error.
func (e *RecordError) Unwrap() error { return e.Err }

// DecodeEach reads case records from r, either a JSON array of records or
// JSON lines (one record a line; blank lines are skipped), and calls fn with
// each in order. Every record is checked as Decode checks it, with the same
// size limit per record. It stops at the first bad record with a
// *RecordError, or when fn returns an error, which it returns as it is.
// Case IDs must be unique in the stream. A UTF-8 byte-order mark at the start
// of the stream, or of a line, is skipped. A record that cannot be read (a
// truncated line, say, or one over the size limit) is named by its case ID
// when the ID can be read from the start of the record.
func DecodeEach(r io.Reader, fn func(Case) error) error {
	if r == nil {
		return &DecodeError{Reason: "no input"}
	}
	br := bufio.NewReaderSize(r, 64<<10)
	if b, err := br.Peek(len(byteOrderMark)); err == nil && bytes.Equal(b, byteOrderMark) {
		_, _ = br.Discard(len(b)) // a UTF-8 byte-order mark, as Excel and Windows tools write
	}
	first, err := peekNonSpace(br)
	if err == io.EOF {
		return nil // no records
	}
	if err != nil {
		return &DecodeError{Reason: "reading: " + err.Error(), Err: err}
	}
	seen := map[string]int{}
	emit := func(c Case, line, index int) error {
		if prev, dup := seen[c.ID]; dup {
			return &RecordError{Line: line, Index: index, Err: &DecodeError{Case: c.ID, Field: "id", Reason: fmt.Sprintf("the same id as record %d", prev)}}
		}
		seen[c.ID] = index
		return fn(c)
	}
	if first == '[' {
		return decodeArray(br, emit)
	}
	return decodeLines(br, emit)
}

// DecodeAll is DecodeEach collecting the records.
func DecodeAll(r io.Reader) ([]Case, error) {
	var out []Case
	err := DecodeEach(r, func(c Case) error {
		out = append(out, c)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

func peekNonSpace(br *bufio.Reader) (byte, error) {
	for {
		b, err := br.Peek(1)
		if err != nil {
			return 0, err
		}
		switch b[0] {
		case ' ', '\t', '\n', '\r':
			if _, err := br.ReadByte(); err != nil {
				return 0, err
			}
			continue
		}
		return b[0], nil
	}
}

// decodeLines reads JSON lines: one record a line, each at most MaxCaseSize
// bytes (not counting the line ending), each perhaps after a byte-order mark.
func decodeLines(br *bufio.Reader, emit func(Case, int, int) error) error {
	var long []byte // a line longer than br's buffer, gathered
	line, index := 0, 0
	for {
		chunk, err := br.ReadSlice('\n')
		if err == bufio.ErrBufferFull {
			if len(long)+len(chunk) > MaxCaseSize+1 { // room for a "\r"
				return overLimit(append(long, chunk...), line+1, index+1)
			}
			long = append(long, chunk...)
			continue
		}
		if err != nil && err != io.EOF {
			return &DecodeError{Reason: "reading: " + err.Error(), Err: err}
		}
		if len(chunk) == 0 && len(long) == 0 && err == io.EOF {
			return nil
		}
		rec := chunk
		if len(long) > 0 {
			long = append(long, chunk...)
			rec = long
		}
		line++
		b := bytes.TrimSpace(bytes.TrimPrefix(bytes.TrimSpace(rec), byteOrderMark))
		if len(b) > 0 {
			index++
			if len(b) > MaxCaseSize {
				return &RecordError{Line: line, Index: index, Err: &DecodeError{Case: leadingID(b), Reason: fmt.Sprintf("the record is over the size limit of %d bytes", MaxCaseSize)}}
			}
			var c Case
			if uerr := c.UnmarshalJSON(b); uerr != nil {
				return &RecordError{Line: line, Index: index, Err: nameCase(uerr, b)}
			}
			if eerr := emit(c, line, index); eerr != nil {
				return eerr
			}
		}
		long = long[:0]
		if err == io.EOF {
			return nil
		}
	}
}

// overLimit reports a line over the size limit, naming its case when the ID
// can be read from the start of the line.
func overLimit(start []byte, line, index int) error {
	return &RecordError{Line: line, Index: index, Err: &DecodeError{
		Case:   leadingID(bytes.TrimPrefix(bytes.TrimSpace(start), byteOrderMark)),
		Reason: fmt.Sprintf("the record is over the size limit of %d bytes", MaxCaseSize),
	}}
}

func decodeArray(br *bufio.Reader, emit func(Case, int, int) error) error {
	dec := json.NewDecoder(br)
	if _, err := dec.Token(); err != nil { // the '['
		return &DecodeError{Reason: describeJSONError(err), Err: err}
	}
	index := 0
	for dec.More() {
		index++
		start := dec.InputOffset()
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return &RecordError{Index: index, Err: &DecodeError{Reason: describeJSONError(err), Err: err}}
		}
		if dec.InputOffset()-start > MaxCaseSize {
			return &RecordError{Index: index, Err: &DecodeError{Reason: fmt.Sprintf("the record is over the size limit of %d bytes", MaxCaseSize)}}
		}
		var c Case
		if err := c.UnmarshalJSON(raw); err != nil {
			return &RecordError{Index: index, Err: nameCase(err, raw)}
		}
		if err := emit(c, 0, index); err != nil {
			return err
		}
	}
	if _, err := dec.Token(); err != nil { // the ']'
		return &RecordError{Index: index + 1, Err: &DecodeError{Reason: describeJSONError(err), Err: err}}
	}
	if _, err := dec.Token(); err != io.EOF {
		return &DecodeError{Reason: "data after the array of records"}
	}
	return nil
}

// byteOrderMark is the UTF-8 byte-order mark that Excel and Windows tools
// write at the start of a file (and, in files pasted together, of a line).
var byteOrderMark = []byte{0xEF, 0xBB, 0xBF}

// nameCase names the case in a *DecodeError that could not name it (a
// truncated or malformed record, say), when the record starts with its ID.
func nameCase(err error, record []byte) error {
	var de *DecodeError
	if errors.As(err, &de) && de.Case == "" {
		de.Case = leadingID(record)
	}
	return err
}

// leadingID reads the case ID from the start of a record that begins
// {"id": "..."; it returns "" when the record does not begin so, or the ID is
// not a valid one (empty, too long, not valid UTF-8).
func leadingID(b []byte) string {
	i := skipSpace(b, 0)
	if i >= len(b) || b[i] != '{' {
		return ""
	}
	i = skipSpace(b, i+1)
	if !bytes.HasPrefix(b[i:], []byte(`"id"`)) {
		return ""
	}
	i = skipSpace(b, i+len(`"id"`))
	if i >= len(b) || b[i] != ':' {
		return ""
	}
	i = skipSpace(b, i+1)
	if i >= len(b) || b[i] != '"' {
		return ""
	}
	id, _, err := scanString(b, i)
	if err != nil || len(id) == 0 || len(id) > MaxIDLength || !utf8.Valid(id) {
		return ""
	}
	return string(id)
}

package judgement

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

// atRecord places a record's error in the stream: a *DecodeError with its
// line and position.
func atRecord(err error, line, index int) error {
	var de *DecodeError
	if !errors.As(err, &de) {
		de = &DecodeError{Reason: err.Error(), Err: err}
	}
	de.Line, de.Index = line, index
	return de
}

// DecodeEach reads case records from r, either a JSON array of records or
// JSON lines (one record a line; blank lines are skipped), and calls fn with
// each in order. Every record is checked as Decode checks it, with the same
// size limit per record. It stops at the first bad record with a
// *DecodeError that says where the record is (Line, Index), or when fn
// returns an error, which it returns as it is.
// Case IDs must be unique in the stream.
func DecodeEach(r io.Reader, fn func(Case) error) error {
	if r == nil {
		return &DecodeError{Reason: "no input"}
	}
	br := bufio.NewReaderSize(r, 64<<10)
	first, skipped, err := peekNonSpace(br)
	if err == io.EOF {
		return nil // no records
	}
	if err != nil {
		return &DecodeError{Reason: "reading: " + err.Error(), Err: err}
	}
	seen := map[string]int{}
	emit := func(c Case, line, index int) error {
		if prev, dup := seen[c.ID]; dup {
			return atRecord(&DecodeError{Case: c.ID, Field: "id", Reason: fmt.Sprintf("the same id as record %d", prev)}, line, index)
		}
		seen[c.ID] = index
		return fn(c)
	}
	if first == '[' {
		return decodeArray(br, emit)
	}
	return decodeLines(br, skipped, emit)
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

// peekNonSpace skips white space and returns the next byte, unread, and the
// number of line breaks skipped.
func peekNonSpace(br *bufio.Reader) (byte, int, error) {
	lines := 0
	for {
		b, err := br.Peek(1)
		if err != nil {
			return 0, lines, err
		}
		switch b[0] {
		case ' ', '\t', '\n', '\r':
			if b[0] == '\n' {
				lines++
			}
			if _, err := br.ReadByte(); err != nil {
				return 0, lines, err
			}
			continue
		}
		return b[0], lines, nil
	}
}

// decodeLines reads JSON lines; skipped is the number of lines already
// skipped as blank.
func decodeLines(br *bufio.Reader, skipped int, emit func(Case, int, int) error) error {
	sc := bufio.NewScanner(br)
	// Room for a record of MaxCaseSize bytes and a "\r" before its "\n"
	// (a token must be shorter than the maximum).
	sc.Buffer(make([]byte, 0, 64<<10), MaxCaseSize+2)
	line, index := skipped, 0
	for sc.Scan() {
		line++
		raw := sc.Bytes()
		b := bytes.TrimSpace(raw)
		if len(b) == 0 {
			continue
		}
		index++
		if len(bytes.TrimSuffix(raw, []byte("\r"))) > MaxCaseSize {
			return atRecord(&DecodeError{Reason: fmt.Sprintf("the record is over the size limit of %d bytes", MaxCaseSize)}, line, index)
		}
		var c Case
		if err := c.UnmarshalJSON(b); err != nil {
			return atRecord(err, line, index)
		}
		if err := emit(c, line, index); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			return atRecord(&DecodeError{Reason: fmt.Sprintf("the record is over the size limit of %d bytes", MaxCaseSize)}, line+1, index+1)
		}
		return &DecodeError{Reason: "reading: " + err.Error(), Err: err}
	}
	return nil
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
			return atRecord(&DecodeError{Reason: describeJSONError(err), Err: err}, 0, index)
		}
		if dec.InputOffset()-start > MaxCaseSize {
			return atRecord(&DecodeError{Reason: fmt.Sprintf("the record is over the size limit of %d bytes", MaxCaseSize)}, 0, index)
		}
		var c Case
		if err := c.UnmarshalJSON(raw); err != nil {
			return atRecord(err, 0, index)
		}
		if err := emit(c, 0, index); err != nil {
			return err
		}
	}
	if _, err := dec.Token(); err != nil { // the ']'
		return atRecord(&DecodeError{Reason: describeJSONError(err), Err: err}, 0, index+1)
	}
	if _, err := dec.Token(); err != io.EOF {
		return &DecodeError{Reason: "data after the array of records"}
	}
	return nil
}

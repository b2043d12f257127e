package record

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"github.com/yjinspect/yjinspect/internal/idset"
	"github.com/yjinspect/yjinspect/internal/jsonscan"
	"github.com/yjinspect/yjinspect/internal/pipeline"
	"io"
	"strings"
)

// DecodeEach reads case records from r, either a JSON array of records or
// JSON lines (one record a line; blank lines are skipped), and calls fn with
// each in order. Every record is checked as Decode checks it, with the same
// size limit per record (in JSON lines, not counting the line ending). It
// stops at the first bad record with a *DecodeError that says where the
// record is (Line, Index), or when fn returns an error, which it returns as
// it is. Case IDs must be unique in the stream. A UTF-8 byte-order mark at
// the start of the stream, or of a line, is skipped. A record that cannot be
// read (a truncated line, say, or one over the size limit) is named by its
// case ID when the ID can be read from the start of the record.
func DecodeEach(r io.Reader, fn func(Case) error) error { return DecodeEachParallel(r, 1, fn) }

// DecodeEachParallel is DecodeEach with JSON lines decoded on workers
// goroutines; fn is called on the calling goroutine, in order, with the
// same records and errors whatever workers is. A JSON array is read as
// DecodeEach reads it.
func DecodeEachParallel(r io.Reader, workers int, fn func(Case) error) error {
	return DecodeEachWith(r, workers, func(Case) struct{} { return struct{}{} },
		func(c Case, _ struct{}) error { return fn(c) })
}

// DecodeEachWith is DecodeEachParallel with work done on the workers as
// well: each record of JSON lines is decoded and given to work on one of
// workers goroutines, and fn is called on the calling goroutine, in order,
// with each record and what work returned for it. The records, the
// results and the errors are the same whatever workers is. work must be
// safe for concurrent use (judgement.Judge is, say); it may be called for
// a record that is then refused (its ID repeats one before it), or that
// comes after the one at which fn stops, and its result is then dropped.
// A JSON array is read in order, on the calling goroutine, with work
// called before fn.
func DecodeEachWith[T any](r io.Reader, workers int, work func(Case) T, fn func(Case, T) error) error {
	if r == nil {
		return &DecodeError{Reason: "no input"}
	}
	br := bufio.NewReaderSize(r, 64<<10)
	first, skipped, err := jsonscan.PeekNonSpace(br)
	if err == io.EOF {
		return nil // no records
	}
	if err != nil {
		return &DecodeError{Reason: "reading: " + err.Error(), Err: err}
	}
	seen := idset.New() // the IDs seen, exactly, in about 16 bytes a case
	type at struct{ line, index int }
	type done struct {
		c Case
		t T
	}
	decode := func(b []byte, a at) (done, error) {
		c, err := decodeAt(b, a.line, a.index)
		if err != nil {
			return done{}, err
		}
		return done{c, work(c)}, nil
	}
	consume := func(d done, a at) error {
		if prev, added := seen.Add(d.c.ID); !added {
			return atRecord(&DecodeError{Case: d.c.ID, Field: "id", Reason: fmt.Sprintf("the same id as record %d", prev+1)}, nil, a.line, a.index)
		}
		return fn(d.c, d.t)
	}
	if first == '[' {
		return decodeArray(br, func(c Case, line, index int) error { return consume(done{c, work(c)}, at{line, index}) }, int64(skipped.Bytes))
	}
	if workers < 2 {
		return decodeLines(br, skipped.Lines, func(b []byte, line, index int) error {
			d, err := decode(b, at{line, index})
			if err != nil {
				return err
			}
			return consume(d, at{line, index})
		})
	}
	return pipeline.Records(workers, func(add func([]byte, at) bool) error {
		return decodeLines(br, skipped.Lines, func(b []byte, line, index int) error {
			if !add(b, at{line, index}) {
				return errors.New("stopped")
			}
			return nil
		})
	}, decode, consume)
}

// decodeAt decodes the record b at a line and position of the stream.
func decodeAt(b []byte, line, index int) (Case, error) {
	var c Case
	if err := c.UnmarshalJSON(b); err != nil {
		return Case{}, atRecord(err, b, line, index)
	}
	return c, nil
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

// atRecord places a record's error in the stream: a *DecodeError with its
// line and position, naming the case from the start of the record when the
// error could not name it.
func atRecord(err error, record []byte, line, index int) error {
	var de *DecodeError
	if !errors.As(err, &de) {
		de = &DecodeError{Reason: err.Error(), Err: err}
	}
	de.Line, de.Index = line, index
	return nameCase(de, record)
}

// overLimit is the error of a record over the size limit; record is its
// start, from which its case is named when it can be.
func overLimit(record []byte, line, index int) error {
	return atRecord(&DecodeError{Reason: fmt.Sprintf("the record is over the size limit of %d bytes", MaxCaseSize), Err: ErrTooLarge}, record, line, index)
}

// decodeLines reads JSON lines of records of at most MaxCaseSize bytes
// (jsonscan.Lines), giving each to rec.
func decodeLines(br *bufio.Reader, skipped int, rec func([]byte, int, int) error) error {
	err := jsonscan.Lines(br, skipped, MaxCaseSize, rec, overLimit)
	if re, ok := err.(*jsonscan.ReadError); ok {
		return &DecodeError{Reason: re.Error(), Err: re.Err}
	}
	return err
}

// decodeArray reads a JSON array of records found by jsonscan.ArrayReader;
// anything else is left to decodeArrayJSON from after the last record
// read, so that errors are worded and placed as they always were. base is
// the stream offset of br's first byte, the '['.
func decodeArray(br *bufio.Reader, emit func(Case, int, int) error, base int64) error {
	a := jsonscan.NewArrayReader(br)
	index := 0
	for {
		raw, ok := a.Next(MaxCaseSize)
		var c Case
		if !ok || c.UnmarshalJSON(raw) != nil {
			break
		}
		a.Keep()
		index++
		if err := emit(c, 0, index); err != nil {
			return err
		}
	}
	if a.Done() {
		return nil
	}
	rest, at := a.Rest()
	if index == 0 {
		return decodeArrayJSON(io.MultiReader(strings.NewReader("["), rest), emit, 0, base+at-1)
	}
	// {} stands for record index: an object, as the record was, so that
	// what follows it reads as it did after the record (a 0 would run on
	// into a following '.' or digit as a number).
	return decodeArrayJSON(io.MultiReader(strings.NewReader("[{}"), rest), emit, index, base+at-3)
}

// decodeArrayJSON reads an array with encoding/json; with done > 0, its
// first element stands for record done, read already. shift is what
// the stream's offsets are ahead of r's. A syntax error is placed at its
// byte in the stream (counted from 0).
func decodeArrayJSON(r io.Reader, emit func(Case, int, int) error, done int, shift int64) error {
	dec := json.NewDecoder(r)
	describe := func(err error) string {
		var syntax *json.SyntaxError
		if errors.As(err, &syntax) {
			syntax.Offset += shift
		}
		return describeJSONError(err)
	}
	// The Decoder counts a syntax error's Offset within a value in the
	// bytes of the values it has scanned, not of the stream (its Token
	// errors are in the stream's bytes): the failed value, which it keeps
	// buffered from where it begins, is read again alone to place it. An
	// error it meets before the value ("expected comma after array
	// element") is at the byte it stopped at.
	describeValue := func(err error) string {
		var syntax *json.SyntaxError
		if errors.As(err, &syntax) {
			var raw json.RawMessage
			var again *json.SyntaxError
			if msg := syntax.Error(); strings.HasPrefix(msg, "expected ") || msg == "not at beginning of value" {
				syntax.Offset = dec.InputOffset() + 1
			} else if errors.As(json.NewDecoder(dec.Buffered()).Decode(&raw), &again) {
				syntax.Offset = dec.InputOffset() + again.Offset
			}
		}
		return describe(err)
	}
	if _, err := dec.Token(); err != nil { // the '['
		return &DecodeError{Reason: describe(err), Err: err}
	}
	index := 0
	for dec.More() {
		index++
		start := dec.InputOffset()
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return atRecord(&DecodeError{Reason: describeValue(err), Err: err}, nil, 0, index)
		}
		if index == 1 && done > 0 {
			index = done
			continue
		}
		if dec.InputOffset()-start > MaxCaseSize {
			return overLimit(raw, 0, index)
		}
		var c Case
		if err := c.UnmarshalJSON(raw); err != nil {
			return atRecord(err, raw, 0, index)
		}
		if err := emit(c, 0, index); err != nil {
			return err
		}
	}
	if _, err := dec.Token(); err != nil { // the ']'
		return atRecord(&DecodeError{Reason: describe(err), Err: err}, nil, 0, index+1)
	}
	if _, err := dec.Token(); err != io.EOF {
		return &DecodeError{Reason: "data after the array of records"}
	}
	return nil
}

var byteOrderMark = jsonscan.ByteOrderMark

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
// {"id": "..."; it returns "" when the record does not begin so, or the ID
// breaks the ID rule (CheckID).
func leadingID(b []byte) string {
	id, ok := jsonscan.FirstString(b, "id")
	if !ok || len(id) > MaxIDLength || !goodID(string(id)) {
		return ""
	}
	return string(id)
}

package synthetic

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"

	"github.com/yjinspect/yjinspect/judgement"
)

// WriteJSONLines writes the cases to w as JSON lines: one case record (the
// JSON form of judgement.Case, as json.Marshal gives it) on each line.
func WriteJSONLines(w io.Writer, cases []judgement.Case) error {
	if w == nil {
		return errors.New("synthetic: WriteJSONLines: no writer")
	}
	bw := bufio.NewWriter(w)
	for i, c := range cases {
		b, err := json.Marshal(c)
		if err != nil {
			return fmt.Errorf("synthetic: writing case %d (%s): %w", i+1, strconv.Quote(c.ID), err)
		}
		b = append(b, '\n')
		if _, err := bw.Write(b); err != nil {
			return fmt.Errorf("synthetic: writing case %d (%s): %w", i+1, strconv.Quote(c.ID), err)
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("synthetic: writing: %w", err)
	}
	return nil
}

// LineError reports a line of JSON lines that ReadJSONLines cannot read.
type LineError struct {
	// Line is the line number, from 1.
	Line int
	// Case is the case ID, when it could be read.
	Case string
	// Err is what is wrong; a *judgement.DecodeError for a bad record.
	Err error
}

// Error implements error: it names the line and, through the underlying
// *judgement.DecodeError, the case.
func (e *LineError) Error() string {
	return "synthetic: line " + strconv.Itoa(e.Line) + ": " + e.Err.Error()
}

// Unwrap returns the underlying error.
func (e *LineError) Unwrap() error { return e.Err }

// ReadJSONLines reads case records written one to a line, as
// WriteJSONLines writes them. It is strict: each line goes through
// judgement.Decode, and the first line that fails stops the reading with a
// *LineError naming the line number and the case ID. Blank lines (and
// lines of only white space) are skipped; a line may be up to
// judgement.MaxCaseSize bytes long, not counting its line ending ("\n" or
// "\r\n"). Case IDs are not checked for being unique.
func ReadJSONLines(r io.Reader) ([]judgement.Case, error) {
	if r == nil {
		return nil, errors.New("synthetic: ReadJSONLines: no reader")
	}
	sc := bufio.NewScanner(r)
	// Room for a record of MaxCaseSize bytes and its "\r\n".
	sc.Buffer(make([]byte, 0, 64*1024), judgement.MaxCaseSize+2)
	var out []judgement.Case
	n := 0
	for sc.Scan() {
		n++
		line := sc.Bytes()
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		c, err := judgement.Decode(bytes.NewReader(line))
		if err != nil {
			le := &LineError{Line: n, Err: err}
			var de *judgement.DecodeError
			if errors.As(err, &de) {
				le.Case = de.Case
			}
			return nil, le
		}
		out = append(out, c)
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			err = fmt.Errorf("the line is longer than %d bytes (judgement.MaxCaseSize)", judgement.MaxCaseSize)
		}
		return nil, &LineError{Line: n + 1, Err: err}
	}
	return out, nil
}

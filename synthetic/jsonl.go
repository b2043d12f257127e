package synthetic

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strconv"

	"github.com/yjinspect/yjinspect/record"
)

// WriteJSONLines writes the cases to w as JSON lines: one case record (the
// JSON form of record.Case, as json.Marshal gives it) on each line.
// record.DecodeEach and record.DecodeAll read them back. A case that cannot
// be encoded (a level out of range, an ID that breaks the ID rule of
// record.CheckID) is an error naming it.
func WriteJSONLines(w io.Writer, cases []record.Case) error {
	if w == nil {
		return &InputError{Func: "WriteJSONLines", Reason: "no writer"}
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

package report

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"os"

	"github.com/yjinspect/yjinspect/judgement"
	"github.com/yjinspect/yjinspect/record"
	"github.com/yjinspect/yjinspect/sampling"
)

// caseEntry is one case in the JSON form's "cases": how each key question's
// summary was judged, whether the case is in the sample, and its findings.
type caseEntry struct {
	Case       string `json:"case"`
	Inspection string `json:"inspection,omitempty"`
	Synthetic  bool   `json:"synthetic,omitempty"`
	// Exclusion is include, exclude or undetermined; an excluded case is
	// in no count but the findings'.
	Exclusion       sampling.Outcome    `json:"exclusion"`
	ExclusionReason string              `json:"exclusionReason,omitempty"`
	Summaries       summaries           `json:"summaries"`
	Errors          int                 `json:"errors"`
	Warnings        int                 `json:"warnings"`
	Findings        []judgement.Finding `json:"findings"`
}

// summaries writes each key question's summary judgement, in source order:
// {"A1": "yes", ..., "R3": "undecided"}.
type summaries []judgement.KeyResult

// MarshalJSON implements json.Marshaler.
func (s summaries) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	for i, k := range s {
		if i > 0 {
			b.WriteByte(',')
		}
		key, _ := json.Marshal(string(k.KeyQuestion()))
		b.Write(key)
		b.WriteByte(':')
		if k.Answer == 0 {
			b.WriteString(`"undecided"`)
			continue
		}
		v, err := json.Marshal(k.Answer)
		if err != nil {
			return nil, err
		}
		b.Write(v)
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

func newCaseEntry(c record.Case, r judgement.Result) caseEntry {
	e := caseEntry{Case: c.ID, Inspection: c.Inspection, Synthetic: c.Synthetic, Exclusion: r.Exclusion.Outcome,
		Summaries: r.KeyResults, Findings: r.Findings}
	if r.Exclusion.Outcome != sampling.Include {
		e.ExclusionReason = r.Exclusion.Reason
	}
	if e.Findings == nil {
		e.Findings = []judgement.Finding{}
	}
	for _, f := range r.Findings {
		if f.Severity == judgement.Error {
			e.Errors++
		} else {
			e.Warnings++
		}
	}
	return e
}

// caseSpool keeps the JSON form's cases in a temporary file while the
// records are read, one a line, so that memory does not grow with them; the
// report is written when every record has been read and counted.
type caseSpool struct {
	f *os.File
	w *bufio.Writer
	n int
}

func newCaseSpool() (*caseSpool, error) {
	f, err := os.CreateTemp("", "inspect-cases-*.jsonl")
	if err != nil {
		return nil, err
	}
	return &caseSpool{f: f, w: bufio.NewWriterSize(f, 64<<10)}, nil
}

func (s *caseSpool) add(c record.Case, r judgement.Result) error {
	b, err := json.Marshal(newCaseEntry(c, r))
	if err != nil {
		return err
	}
	s.n++
	s.w.Write(b)
	return s.w.WriteByte('\n')
}

// close removes the temporary file.
func (s *caseSpool) close() {
	if s == nil {
		return
	}
	s.f.Close()
	os.Remove(s.f.Name())
}

// writeJSON writes the report and then, as "cases", every case the spool
// holds (none when spool is nil).
func (rep *report) writeJSON(w io.Writer, spool *caseSpool) error {
	b, err := json.MarshalIndent(rep, "", "  ")
	if err != nil {
		return err
	}
	if !bytes.HasSuffix(b, []byte("\n}")) {
		return errors.New("unexpected JSON form of the report")
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	bw.Write(b[:len(b)-2])
	bw.WriteString(",\n  \"cases\": [")
	if spool != nil && spool.n > 0 {
		if err := spool.w.Flush(); err != nil {
			return err
		}
		if _, err := spool.f.Seek(0, io.SeekStart); err != nil {
			return err
		}
		br := bufio.NewReaderSize(spool.f, 64<<10)
		for i := 0; ; i++ {
			line, err := br.ReadBytes('\n')
			if len(line) > 0 {
				if i > 0 {
					bw.WriteByte(',')
				}
				bw.WriteString("\n    ")
				bw.Write(bytes.TrimSuffix(line, []byte("\n")))
			}
			if err == io.EOF {
				break
			}
			if err != nil {
				return err
			}
		}
		bw.WriteString("\n  ")
	}
	bw.WriteString("]\n}\n")
	return bw.Flush()
}

// writeCaseJSON writes one case in full: the record and what Judge made of
// it.
func writeCaseJSON(w io.Writer, c record.Case, r judgement.Result) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(struct {
		Synthetic  bool             `json:"synthetic"`
		Inspection string           `json:"inspection,omitempty"`
		Case       record.Case      `json:"case"`
		Result     judgement.Result `json:"result"`
	}{c.Synthetic, c.Inspection, c, r})
}

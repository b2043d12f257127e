package record

import (
	"bytes"
	"encoding/json"
	"fmt"
	"testing"
)

// jsonShape is a case record's shape for plain encoding/json: the same
// fields, the enums as strings and the answers as a map, with no checks
// at all. BenchmarkDecodeVsJSON compares Decode with decoding into it.
type jsonShape struct {
	ID        string            `json:"id"`
	Answers   map[string]string `json:"answers"`
	Inspector struct {
		SafetyAndWellbeing string `json:"safetyAndWellbeing"`
		RiskOfSeriousHarm  string `json:"riskOfSeriousHarm"`
	} `json:"inspector"`
	NearBoundary struct {
		SafetyAndWellbeing *bool `json:"safetyAndWellbeing"`
		RiskOfSeriousHarm  *bool `json:"riskOfSeriousHarm"`
	} `json:"nearBoundary"`
	Factors struct {
		ChildSafety *bool `json:"childSafety"`
		RiskOfHarm  *bool `json:"riskOfHarm"`
	} `json:"factors"`
	ReviewingRequired struct {
		Desistance  *bool `json:"desistance"`
		ChildSafety *bool `json:"childSafety"`
		RiskOfHarm  *bool `json:"riskOfHarm"`
	} `json:"reviewingRequired"`
	LookedAfter struct {
		HomeService              *bool `json:"homeService"`
		LivedOutsideArea         *bool `json:"livedOutsideArea"`
		ResponsibleForAssessment *bool `json:"responsibleForAssessment"`
	} `json:"lookedAfter"`
	Concerns      []string `json:"concerns"`
	Deficits      []string `json:"deficits"`
	RoSHRationale *struct {
		Level          string `json:"level"`
		CurrentFactors *bool  `json:"currentFactors"`
		Mitigated      *bool  `json:"mitigated"`
		Stable         *bool  `json:"stable"`
		Considerations []struct {
			Type       string `json:"type"`
			Use        string `json:"use"`
			Constraint string `json:"constraint"`
			Note       string `json:"note"`
		} `json:"considerations"`
	} `json:"roshRationale"`
}

// sampleRecords returns the inspect example's sample case records in JSON and
// their mean size.
func sampleRecords(b *testing.B) ([][]byte, int) {
	b.Helper()
	cases := sampleCases(b, len(exampleRecords(b)))
	docs := make([][]byte, len(cases))
	size := 0
	for i, c := range cases {
		doc, err := json.Marshal(c)
		if err != nil {
			b.Fatal(err)
		}
		docs[i] = doc
		size += len(doc)
	}
	return docs, size / len(docs)
}

var (
	sinkCase  Case
	sinkShape jsonShape
)

// BenchmarkDecodeVsJSON decodes the sample's case records one a time, in
// turn, in one run: with Decode and Case.UnmarshalJSON, which check every
// question ID, answer, name and level, and with plain encoding/json into
// jsonShape, which checks nothing, from a reader and from bytes.
func BenchmarkDecodeVsJSON(b *testing.B) {
	docs, size := sampleRecords(b)
	var r bytes.Reader
	b.Run("reader/record.Decode", func(b *testing.B) {
		b.SetBytes(int64(size))
		b.ReportAllocs()
		for i := 0; b.Loop(); i++ {
			r.Reset(docs[i%len(docs)])
			c, err := Decode(&r)
			if err != nil {
				b.Fatal(err)
			}
			sinkCase = c
		}
	})
	b.Run("reader/encoding-json", func(b *testing.B) {
		b.SetBytes(int64(size))
		b.ReportAllocs()
		for i := 0; b.Loop(); i++ {
			r.Reset(docs[i%len(docs)])
			var v jsonShape
			if err := json.NewDecoder(&r).Decode(&v); err != nil {
				b.Fatal(err)
			}
			sinkShape = v
		}
	})
	b.Run("bytes/Case.UnmarshalJSON", func(b *testing.B) {
		b.SetBytes(int64(size))
		b.ReportAllocs()
		for i := 0; b.Loop(); i++ {
			var c Case
			if err := c.UnmarshalJSON(docs[i%len(docs)]); err != nil {
				b.Fatal(err)
			}
			sinkCase = c
		}
	})
	b.Run("bytes/encoding-json", func(b *testing.B) {
		b.SetBytes(int64(size))
		b.ReportAllocs()
		for i := 0; b.Loop(); i++ {
			var v jsonShape
			if err := json.Unmarshal(docs[i%len(docs)], &v); err != nil {
				b.Fatal(err)
			}
			sinkShape = v
		}
	})
}

// BenchmarkDecodeEachForms reads the same 2,000 records through DecodeEach
// in each accepted form: JSON lines, a compact array, a pretty-printed
// array, and JSON lines with answers and levels as labels ("Yes", "Very
// high"). Each form should read within 1.5x of JSON lines.
func BenchmarkDecodeEachForms(b *testing.B) {
	sample := sampleCases(b, 60)
	var cases []Case
	for i := range 2000 {
		c := sample[i%len(sample)]
		c.ID = fmt.Sprintf("%s-%d", c.ID, i)
		cases = append(cases, c)
	}
	var lines bytes.Buffer
	for _, c := range cases {
		doc, err := json.Marshal(c)
		if err != nil {
			b.Fatal(err)
		}
		lines.Write(doc)
		lines.WriteByte('\n')
	}
	compact, err := json.Marshal(cases)
	if err != nil {
		b.Fatal(err)
	}
	pretty, err := json.MarshalIndent(cases, "", "  ")
	if err != nil {
		b.Fatal(err)
	}
	for _, form := range []struct {
		name string
		in   []byte
	}{{"lines", lines.Bytes()}, {"compact-array", compact}, {"pretty-array", pretty}, {"labels", labelForm(lines.Bytes())}} {
		b.Run(form.name, func(b *testing.B) {
			b.SetBytes(int64(len(lines.Bytes()))) // the same records: MB/s compare
			for b.Loop() {
				n := 0
				if err := DecodeEach(bytes.NewReader(form.in), func(Case) error { n++; return nil }); err != nil || n != len(cases) {
					b.Fatal(n, err)
				}
			}
		})
	}
}

// BenchmarkDecodeEachParallel reads 2,000 records of JSON lines with
// DecodeEach and with DecodeEachParallel on 2 and 4 workers.
func BenchmarkDecodeEachParallel(b *testing.B) {
	sample := sampleCases(b, 60)
	var lines bytes.Buffer
	for i := range 2000 {
		c := sample[i%len(sample)]
		c.ID = fmt.Sprintf("%s-%d", c.ID, i)
		doc, err := json.Marshal(c)
		if err != nil {
			b.Fatal(err)
		}
		lines.Write(doc)
		lines.WriteByte('\n')
	}
	for _, workers := range []int{1, 2, 4} {
		b.Run(fmt.Sprintf("workers=%d", workers), func(b *testing.B) {
			b.SetBytes(int64(lines.Len()))
			for b.Loop() {
				if err := DecodeEachParallel(bytes.NewReader(lines.Bytes()), workers, func(Case) error { return nil }); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

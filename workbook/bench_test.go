package workbook

import (
	"bytes"
	"slices"
	"testing"

	"github.com/yjinspect/yjinspect/record"
	"github.com/yjinspect/yjinspect/synthetic"
)

// benchCases are 100 synthetic cases, the size of a large local audit.
func benchCases(b *testing.B) []record.Case {
	b.Helper()
	ds, err := synthetic.Generate(synthetic.Config{Inspections: 1, Cases: 100, Seed: 1})
	if err != nil {
		b.Fatal(err)
	}
	return slices.Concat(ds.Inspections...)
}

// BenchmarkWrite writes a workbook of 100 synthetic cases.
func BenchmarkWrite(b *testing.B) {
	cases := benchCases(b)
	b.ReportAllocs()
	for b.Loop() {
		var buf bytes.Buffer
		if err := Write(&buf, cases, Options{}); err != nil {
			b.Fatal(err)
		}
		b.SetBytes(int64(buf.Len()))
	}
}

// BenchmarkRead reads back a workbook of 100 synthetic cases.
func BenchmarkRead(b *testing.B) {
	var buf bytes.Buffer
	if err := Write(&buf, benchCases(b), Options{}); err != nil {
		b.Fatal(err)
	}
	data := buf.Bytes()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := readBytes(data); err != nil {
			b.Fatal(err)
		}
	}
}

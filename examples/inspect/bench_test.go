package main

import (
	"bytes"
	"io"
	"testing"

	"github.com/yjinspect/yjinspect/synthetic"
)

// BenchmarkInspect runs the whole report, text and JSON, over 5,000
// synthetic cases of five inspections read from standard input, and
// reports MB/s and cases a second. Peak memory is measured on the built
// program (see the README's Performance section), not here.
func BenchmarkInspect(b *testing.B) {
	d, err := synthetic.Generate(synthetic.Config{Inspections: 5, Cases: 5000, Seed: 1})
	if err != nil {
		b.Fatal(err)
	}
	var buf bytes.Buffer
	if err := synthetic.WriteJSONLines(&buf, d.Cases()); err != nil {
		b.Fatal(err)
	}
	for _, format := range []string{"text", "json"} {
		b.Run(format, func(b *testing.B) {
			b.SetBytes(int64(buf.Len()))
			b.ReportAllocs()
			for b.Loop() {
				if code := run([]string{"-cases", "-", "-format", format}, bytes.NewReader(buf.Bytes()), io.Discard, io.Discard, false); code != 0 {
					b.Fatalf("exit status %d", code)
				}
			}
			b.ReportMetric(5000*float64(b.N)/b.Elapsed().Seconds(), "cases/s")
		})
	}
}

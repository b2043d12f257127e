package report

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/yjinspect/yjinspect/record"
	"github.com/yjinspect/yjinspect/synthetic"
)

// BenchmarkInspect runs the whole report, text, JSON and HTML, over 5,000
// synthetic cases of five inspections read from standard input, and
// reports MB/s and cases a second. Peak memory is measured on the built
// program (see the README's Performance section), not here.
func BenchmarkInspect(b *testing.B) {
	d, err := synthetic.Generate(synthetic.Config{Inspections: 5, Cases: 5000, Seed: 1})
	if err != nil {
		b.Fatal(err)
	}
	var buf bytes.Buffer
	if err := synthetic.WriteJSONLines(&buf, slices.Concat(d.Inspections...)); err != nil {
		b.Fatal(err)
	}
	for _, format := range []string{"text", "json", "html"} {
		b.Run(format, func(b *testing.B) {
			b.SetBytes(int64(buf.Len()))
			b.ReportAllocs()
			for b.Loop() {
				if code := run([]string{"-cases", "-", "-format", format, "-errors-ok"}, bytes.NewReader(buf.Bytes()), io.Discard, io.Discard, false); code != 0 {
					b.Fatalf("exit status %d", code)
				}
			}
			b.ReportMetric(5000*float64(b.N)/b.Elapsed().Seconds(), "cases/s")
		})
	}
}

// BenchmarkModerate runs the moderation report, text and HTML, over 2,000
// synthetic cases of four inspections, a third of them read twice, read
// from a file and standard input.
func BenchmarkModerate(b *testing.B) {
	d, err := synthetic.Generate(synthetic.Config{Inspections: 4, Cases: 2000, Seed: 1})
	if err != nil {
		b.Fatal(err)
	}
	second, err := synthetic.SecondReadings(slices.Concat(d.Inspections...), 0.1, 1)
	if err != nil {
		b.Fatal(err)
	}
	var first, share bytes.Buffer
	if err := synthetic.WriteJSONLines(&first, slices.Concat(d.Inspections...)); err != nil {
		b.Fatal(err)
	}
	for i, c := range second {
		if i%3 == 0 {
			if err := synthetic.WriteJSONLines(&share, []record.Case{c}); err != nil {
				b.Fatal(err)
			}
		}
	}
	path := filepath.Join(b.TempDir(), "second.jsonl")
	if err := os.WriteFile(path, share.Bytes(), 0o644); err != nil {
		b.Fatal(err)
	}
	for _, format := range []string{"text", "html"} {
		b.Run(format, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if code := run([]string{"-cases", "-", "-moderate", path, "-format", format, "-errors-ok"}, bytes.NewReader(first.Bytes()), io.Discard, io.Discard, false); code != 0 {
					b.Fatalf("exit status %d", code)
				}
			}
			b.ReportMetric(2000*float64(b.N)/b.Elapsed().Seconds(), "cases/s")
		})
	}
}

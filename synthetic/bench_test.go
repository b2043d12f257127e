package synthetic

import (
	"bytes"
	"slices"
	"testing"

	"github.com/yjinspect/yjinspect/record"
)

func BenchmarkGenerate(b *testing.B) {
	cfg := BulletinConfig(1)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Generate(cfg); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkWriteReadJSONLines(b *testing.B) {
	d, err := Generate(BulletinConfig(1))
	if err != nil {
		b.Fatal(err)
	}
	cases := slices.Concat(d.Inspections...)
	var buf bytes.Buffer
	b.ReportAllocs()
	for b.Loop() {
		buf.Reset()
		if err := WriteJSONLines(&buf, cases); err != nil {
			b.Fatal(err)
		}
		if _, err := record.DecodeAll(&buf); err != nil {
			b.Fatal(err)
		}
	}
}

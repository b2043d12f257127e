package judgement_test

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/judgement"
	"github.com/yjinspect/yjinspect/record"
)

// BenchmarkTally adds the judged synthetic sample (1,945 cases) to a Tally
// and reads its ratings, and reports results a second.
func BenchmarkTally(b *testing.B) {
	f := framework.DomainTwo()
	var results []judgement.Result
	for _, c := range sample(b) {
		results = append(results, judgement.Judge(f, c))
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		tl := judgement.Tally{MaxIDs: 10}
		for _, r := range results {
			if err := tl.Add(r); err != nil {
				b.Fatal(err)
			}
		}
		if in, err := tl.Ratings(); err != nil || in.Cases == 0 {
			b.Fatal("nothing counted")
		}
	}
	b.ReportMetric(float64(len(results))*float64(b.N)/b.Elapsed().Seconds(), "results/s")
}

// BenchmarkStreamRate is the streaming pipeline of a report: decode the
// sample's JSON lines one record at a time, judge each case and add it to a
// Tally. It reports MB/s and cases a second.
func BenchmarkStreamRate(b *testing.B) {
	var buf bytes.Buffer
	for _, c := range sample(b) {
		line, err := json.Marshal(c)
		if err != nil {
			b.Fatal(err)
		}
		buf.Write(line)
		buf.WriteByte('\n')
	}
	f := framework.DomainTwo()
	b.SetBytes(int64(buf.Len()))
	b.ReportAllocs()
	b.ResetTimer()
	n := 0
	for b.Loop() {
		tl := judgement.Tally{MaxIDs: 10}
		err := record.DecodeEach(bytes.NewReader(buf.Bytes()), func(c record.Case) error {
			n++
			return tl.Add(judgement.Judge(f, c))
		})
		if err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "cases/s")
}

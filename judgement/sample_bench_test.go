package judgement_test

import (
	"bytes"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/judgement"
	"github.com/yjinspect/yjinspect/record"
	"github.com/yjinspect/yjinspect/synthetic"
)

// sample is the synthetic 43-inspection, 1,945-case dataset the bulletin's
// figures describe.
func sample(b *testing.B) []record.Case {
	b.Helper()
	d, err := synthetic.Generate(synthetic.Config{Inspections: 43, Cases: 1945, Seed: 1})
	if err != nil {
		b.Fatal(err)
	}
	return slices.Concat(d.Inspections...)
}

var sinkResult judgement.Result

// BenchmarkJudge judges the realistic synthetic sample, rotating through its
// 1,945 cases.
func BenchmarkJudge(b *testing.B) {
	cases := sample(b)
	f := framework.DomainTwo()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		sinkResult = judgement.Judge(f, cases[i%len(cases)])
	}
}

// BenchmarkJudgeOtherVersion is BenchmarkJudge against a catalogue of
// another version than the embedded one (its data with one word changed),
// as a caller who loads a later edition with framework.Parse judges.
func BenchmarkJudgeOtherVersion(b *testing.B) {
	cases := sample(b)
	data := strings.Replace(string(framework.CatalogueJSON()), "assessment of to keep", "assessment to keep", 1)
	f, err := framework.Parse([]byte(data))
	if err != nil || f.Version() == framework.DomainTwo().Version() {
		b.Fatal("no catalogue of another version", err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		sinkResult = judgement.Judge(f, cases[i%len(cases)])
	}
}

// BenchmarkDecodeSample decodes the whole sample as JSON lines and reports
// MB/s.
func BenchmarkDecodeSample(b *testing.B) {
	var buf bytes.Buffer
	for _, c := range sample(b) {
		line, err := json.Marshal(c)
		if err != nil {
			b.Fatal(err)
		}
		buf.Write(line)
		buf.WriteByte('\n')
	}
	b.SetBytes(int64(buf.Len()))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		cases, err := record.DecodeAll(bytes.NewReader(buf.Bytes()))
		if err != nil || len(cases) != 1945 {
			b.Fatal(err)
		}
	}
}

var sinkInspection judgement.Ratings

// BenchmarkRateSample rates the judged sample.
func BenchmarkRateSample(b *testing.B) {
	cases := sample(b)
	results := make([]judgement.Result, len(cases))
	for i, c := range cases {
		results[i] = judgement.Judge(nil, c)
	}
	rules := judgement.DefaultRatingRules()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		sinkInspection, _ = judgement.Rate(results, rules)
	}
}

// BenchmarkRateMillion rates 1,000,000 judged cases (the sample's results
// repeated).
func BenchmarkRateMillion(b *testing.B) {
	cases := sample(b)
	results := make([]judgement.Result, 1_000_000)
	for i := range results {
		if i < len(cases) {
			results[i] = judgement.Judge(nil, cases[i])
		} else {
			results[i] = results[i%len(cases)]
		}
	}
	rules := judgement.DefaultRatingRules()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		sinkInspection, _ = judgement.Rate(results, rules)
	}
}

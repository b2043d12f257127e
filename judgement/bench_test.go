package judgement

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"testing"

	"github.com/yjinspect/yjinspect/classification"
	"github.com/yjinspect/yjinspect/framework"
)

// variedCases makes n different, realistic full cases: every question
// answered, mostly Yes, with the facts and levels varied.
func variedCases(tb testing.TB, n int) []Case {
	rng := rand.New(rand.NewPCG(1, 2))
	qs := framework.DomainTwo().Questions()
	out := make([]Case, n)
	for i := range out {
		c := fullCase(tb)
		c.ID = "bench"
		for _, q := range qs {
			if q.Answer == framework.YesNo && rng.IntN(4) == 0 {
				_ = c.Answers.Set(q.ID, Value{Answer: No})
			}
		}
		lv := func() classification.Level { return classification.Level(1 + rng.IntN(4)) }
		c.Inspector = ScaleLevels{lv(), lv()}
		_ = c.Answers.Set("A2.5", Value{Level: lv()})
		_ = c.Answers.Set("A3.4", Value{Level: lv()})
		c.Factors = Factors{new(rng.IntN(3) > 0), new(rng.IntN(3) > 0)}
		c.ReviewingRequired = Reviewing{new(rng.IntN(2) > 0), new(rng.IntN(2) > 0), new(rng.IntN(2) > 0)}
		c.NearBoundary = Boundary{classification.Near(1 + rng.IntN(2)), classification.Near(1 + rng.IntN(2))}
		out[i] = c
	}
	return out
}

var sinkManyFindings Result

// BenchmarkJudgeManyFindings judges cases with a quarter of their answers No
// at random, so that most carry several findings.
func BenchmarkJudgeManyFindings(b *testing.B) {
	cases := variedCases(b, 512)
	f := framework.DomainTwo()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		sinkManyFindings = Judge(f, cases[i%len(cases)])
	}
}

func BenchmarkDecode(b *testing.B) {
	cases := variedCases(b, 64)
	docs := make([][]byte, len(cases))
	size := 0
	for i, c := range cases {
		docs[i], _ = json.Marshal(c)
		size += len(docs[i])
	}
	b.SetBytes(int64(size / len(docs)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := Decode(bytes.NewReader(docs[i%len(docs)])); err != nil {
			b.Fatal(err)
		}
	}
}

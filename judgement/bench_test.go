package judgement

import (
	"bytes"
	"encoding/json"
	"github.com/yjinspect/yjinspect/internal/casetest"
	"testing"

	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/record"
)

var sinkManyFindings Result

// BenchmarkJudgeManyFindings judges cases with a quarter of their answers No
// at random, so that most carry several findings.
func BenchmarkJudgeManyFindings(b *testing.B) {
	cases := casetest.Varied(b, 512)
	f := framework.DomainTwo()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		sinkManyFindings = Judge(f, cases[i%len(cases)])
	}
}

func BenchmarkDecode(b *testing.B) {
	cases := casetest.Varied(b, 64)
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
		if _, err := record.Decode(bytes.NewReader(docs[i%len(docs)])); err != nil {
			b.Fatal(err)
		}
	}
}

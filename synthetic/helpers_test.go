package synthetic

import (
	"sync"
	"testing"

	"github.com/stretchr/testify/require"
	"github.com/yjinspect/yjinspect/classification"
	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/judgement"
	"github.com/yjinspect/yjinspect/record"
)

// keyQuestions are the twelve key questions of the standards.
var keyQuestions = []framework.ID{"A1", "A2", "A3", "P1", "P2", "P3", "D1", "D2", "D3", "R1", "R2", "R3"}

// bulletinDataset is the dataset of the bulletin's size for seed 1, made
// once.
var bulletinDataset = sync.OnceValues(func() (Dataset, error) { return Generate(BulletinConfig(1)) })

func bulletin(t testing.TB) Dataset {
	t.Helper()
	d, err := bulletinDataset()
	require.NoError(t, err)
	return d
}

// stats are the calibration figures of a set of cases, as judgement.Judge
// sees them.
type stats struct {
	cases       int
	highSW      float64 // share High/Very high by the inspector
	highRoSH    float64
	under, over [2]int // per scale: case manager lower / higher
	yes         map[framework.ID]int
	codes       map[string]int
}

func measure(cases []record.Case) stats {
	s := stats{cases: len(cases), yes: map[framework.ID]int{}, codes: map[string]int{}}
	var sw, rosh []classification.Level
	for _, c := range cases {
		sw, rosh = append(sw, c.Inspector.SafetyAndWellbeing), append(rosh, c.Inspector.RiskOfSeriousHarm)
	}
	s.highSW = classification.Distribute(sw).ShareHighOrVeryHigh()
	s.highRoSH = classification.Distribute(rosh).ShareHighOrVeryHigh()
	for _, c := range cases {
		r := judgement.Judge(nil, c)
		for _, k := range r.KeyResults {
			if k.Answer == record.Yes {
				s.yes[k.KeyQuestion()]++
			}
		}
		for i, v := range []classification.Verdict{r.SafetyAndWellbeing, r.RiskOfSeriousHarm} {
			switch v.Direction {
			case classification.Under:
				s.under[i]++
			case classification.Over:
				s.over[i]++
			}
		}
		for _, f := range r.Findings {
			s.codes[f.Code]++
		}
	}
	return s
}

func (s stats) yesRate(kq framework.ID) float64 { return float64(s.yes[kq]) / float64(s.cases) }

// summaryOf returns the recorded summary answer of a key question.
func summaryOf(c record.Case, kq framework.ID) record.Answer {
	v, _ := c.Answers.Get(kq + ".S")
	return v.Answer
}

package judgement

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"
	"github.com/yjinspect/yjinspect/classification"
	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/record"
	"pgregory.net/rapid"
)

// Judge's fast path against the rules in full: scanKQs (the windows of
// prompts) against judgeKQ for every key question.

func drawFact(t *rapid.T, label string) *bool {
	switch rapid.IntRange(0, 2).Draw(t, label) {
	case 1:
		return new(false)
	case 2:
		return new(true)
	}
	return nil
}

// drawCase draws a case whose answers are anything the catalogue allows,
// with every fact unknown, false or true.
func drawCase(t *rapid.T) record.Case {
	c := record.Case{ID: "drawn"}
	for _, q := range framework.DomainTwo().Questions() {
		if rapid.IntRange(0, 9).Draw(t, "skip "+string(q.ID)) == 0 {
			continue
		}
		var v record.Value
		switch q.Answer {
		case framework.YesNo:
			v = record.Value{Answer: record.Answer(rapid.IntRange(0, 3).Draw(t, string(q.ID)))}
		case framework.LevelAnswer:
			v = record.Value{Level: classification.Level(rapid.IntRange(0, 4).Draw(t, string(q.ID)))}
		case framework.TextAnswer:
			v = record.Value{Text: rapid.SampledFrom([]string{"", "text"}).Draw(t, string(q.ID))}
		}
		if err := c.Answers.Set(q.ID, v); err != nil {
			t.Fatal(err)
		}
	}
	c.Factors = record.Factors{ChildSafety: drawFact(t, "childSafety"), RiskOfHarm: drawFact(t, "riskOfHarm")}
	c.ReviewingRequired = record.Reviewing{Desistance: drawFact(t, "desistance"), ChildSafety: drawFact(t, "reviewChildSafety"), RiskOfHarm: drawFact(t, "reviewRiskOfHarm")}
	c.NearBoundary = record.Boundary{SafetyAndWellbeing: classification.Near(rapid.IntRange(0, 7).Draw(t, "nearSW")), RiskOfSeriousHarm: classification.Near(rapid.IntRange(0, 7).Draw(t, "nearRoSH"))}
	c.LookedAfter = record.HomeHost{HomeService: drawFact(t, "home"), LivedOutsideArea: drawFact(t, "outside"), ResponsibleForAssessment: drawFact(t, "responsible")}
	c.Inspector = record.ScaleLevels{SafetyAndWellbeing: classification.Level(rapid.IntRange(0, 6).Draw(t, "inspectorSW")), RiskOfSeriousHarm: classification.Level(rapid.IntRange(0, 6).Draw(t, "inspectorRoSH"))}
	if rapid.Bool().Draw(t, "rationale") {
		c.RoSHRationale = drawRationale(t)
	}
	return c
}

// drawRationale draws a RoSH rationale with values in and out of range.
func drawRationale(t *rapid.T) *classification.Rationale {
	r := &classification.Rationale{
		Level:          classification.Level(rapid.IntRange(0, 9).Draw(t, "roshLevel")),
		CurrentFactors: drawFact(t, "currentFactors"),
		Mitigated:      drawFact(t, "mitigated"),
		Stable:         drawFact(t, "stable"),
	}
	for i := range rapid.IntRange(0, 4).Draw(t, "considerations") {
		_ = i
		r.Considerations = append(r.Considerations, classification.Consideration{
			Type:       classification.ConsiderationType(rapid.IntRange(0, 20).Draw(t, "type")),
			Use:        classification.Use(rapid.IntRange(0, 5).Draw(t, "use")),
			Constraint: classification.Constraint(rapid.IntRange(0, 9).Draw(t, "constraint")),
		})
	}
	return r
}

// TestJudgeWindowsAgreeWithTheRulesInFull judges each case twice: through
// the windows, and with judgeKQ applied to every key question.
func TestJudgeWindowsAgreeWithTheRulesInFull(t *testing.T) {
	require.True(t, planFor(nil).windowed, "the domain two plan reads its prompts through windows")
	rapid.Check(t, func(t *rapid.T) {
		c := drawCase(t)
		if d := cmp.Diff(judge(nil, c, false), Judge(nil, c)); d != "" {
			t.Fatalf("windows differ from judgeKQ (-judgeKQ +windows):\n%s", d)
		}
	})
}

func TestWindows(t *testing.T) {
	tests := []struct {
		name     string
		required []int
		size     int
		want     [2]window
		ok       bool
	}{
		{"none", nil, 91, [2]window{}, true},
		{"one run", []int{8, 9, 10}, 91, [2]window{{8, 0x010101}}, true},
		{"nine, two windows", []int{8, 9, 10, 11, 12, 13, 14, 15, 16}, 91, [2]window{{8, lowBits}, {16, 1}}, true},
		{"at the end", []int{89, 90}, 91, [2]window{{83, 0x0101 << 48}}, true},
		{"apart", []int{1, 50}, 91, [2]window{{1, 1}, {50, 1}}, true},
		{"three windows", []int{1, 20, 40}, 91, [2]window{}, false},
		{"out of range", []int{91}, 91, [2]window{}, false},
		{"missing", []int{-1}, 91, [2]window{}, false},
		{"too few codes", []int{1}, 7, [2]window{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := windows(tt.required, tt.size)
			require.Equal(t, tt.ok, ok)
			if ok {
				require.Equal(t, tt.want, got)
			}
		})
	}
}

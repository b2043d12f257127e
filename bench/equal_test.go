package bench_test

import (
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"
	"github.com/yjinspect/yjinspect/bench"
	"github.com/yjinspect/yjinspect/classification"
	"github.com/yjinspect/yjinspect/judgement"
)

var sample = sync.OnceValues(bench.Sample)

func sampleCases(tb testing.TB) []judgement.Case {
	tb.Helper()
	cases, err := sample()
	require.NoError(tb, err)
	require.Len(tb, cases, bench.SampleConfig.Cases)
	return cases
}

// requireSame runs Judge, expr (over maps and over a struct) and CEL on each case and requires the same
// Outcome from all four.
func requireSame(t *testing.T, cases []judgement.Case) {
	t.Helper()
	ex, err := bench.NewExpr()
	require.NoError(t, err)
	exs, err := bench.NewExprStruct()
	require.NoError(t, err)
	ce, err := bench.NewCEL()
	require.NoError(t, err)
	for _, c := range cases {
		want := bench.FromResult(judgement.Judge(nil, c))
		in := bench.Input(c)
		gotExpr, err := ex.Eval(in)
		require.NoError(t, err, "expr, case %s", c.ID)
		gotExprStruct, err := exs.Eval(bench.EnvOf(c))
		require.NoError(t, err, "expr over a struct, case %s", c.ID)
		act, err := bench.CELInput(in)
		require.NoError(t, err)
		gotCEL, err := ce.Eval(act)
		require.NoError(t, err, "CEL, case %s", c.ID)
		if d := cmp.Diff(want, gotExpr); d != "" {
			t.Fatalf("case %s: expr differs from Judge (-Judge +expr):\n%s", c.ID, d)
		}
		if d := cmp.Diff(want, gotExprStruct); d != "" {
			t.Fatalf("case %s: expr over a struct differs from Judge (-Judge +expr):\n%s", c.ID, d)
		}
		if d := cmp.Diff(want, gotCEL); d != "" {
			t.Fatalf("case %s: CEL differs from Judge (-Judge +CEL):\n%s", c.ID, d)
		}
	}
}

// TestSameOutcomes is the comparison's premise: on the whole sample, the
// engines give exactly what Judge gives.
func TestSameOutcomes(t *testing.T) {
	requireSame(t, sampleCases(t))
}

// TestSameOutcomesOnVariants runs the four on variants of sample cases
// that reach the branches the synthetic data never does (every fact is
// recorded there, every summary answered, and no fact contradicts a level):
// unrecorded facts and levels, unanswered summaries, and every pair of
// levels with the near-boundary fact true, false and unknown.
func TestSameOutcomesOnVariants(t *testing.T) {
	cases := sampleCases(t)
	tri := []*bool{nil, new(false), new(true)}
	nears := []classification.Near{0, classification.NotNear, classification.NearUnnamed}
	levels := []classification.Level{0, classification.Low, classification.Medium, classification.High, classification.VeryHigh}
	var variants []judgement.Case
	for i, c := range cases[:40] {
		v := c.Clone()
		v.Factors = judgement.Factors{ChildSafety: tri[i%3], RiskOfHarm: tri[(i/3)%3]}
		v.ReviewingRequired = judgement.Reviewing{Desistance: tri[(i+1)%3], ChildSafety: tri[(i/3+1)%3], RiskOfHarm: tri[(i/9)%3]}
		v.NearBoundary = judgement.Boundary{SafetyAndWellbeing: nears[(i+2)%3], RiskOfSeriousHarm: nears[(i/3+2)%3]}
		if i%2 == 0 {
			for _, kq := range bench.KeyQuestions[i%4:] {
				require.NoError(t, v.Answers.Set(kq+".S", judgement.Value{}))
			}
		}
		if i%5 == 0 {
			require.NoError(t, v.Answers.Set("R1.S", judgement.Value{Answer: judgement.NotApplicable}))
			require.NoError(t, v.Answers.Set("P2.S", judgement.Value{Answer: judgement.No}))
		}
		variants = append(variants, v)
	}
	for i, cm := range levels {
		for j, in := range levels {
			for k, near := range nears {
				v := cases[i*25+j*5+k].Clone()
				require.NoError(t, v.Answers.Set("A2.5", judgement.Value{Level: cm}))
				require.NoError(t, v.Answers.Set("A3.4", judgement.Value{Level: in}))
				v.Inspector = judgement.ScaleLevels{SafetyAndWellbeing: in, RiskOfSeriousHarm: cm}
				v.NearBoundary = judgement.Boundary{SafetyAndWellbeing: near, RiskOfSeriousHarm: nears[(k+1)%3]}
				v.Factors = judgement.Factors{ChildSafety: tri[(i+k)%3], RiskOfHarm: tri[(j+k)%3]}
				variants = append(variants, v)
			}
		}
	}
	// The variants do reach the rules the sample never reaches.
	var undecided, contradicts, unknownNear int
	for _, v := range variants {
		o := bench.FromResult(judgement.Judge(nil, v))
		for _, s := range o.Summaries {
			if s.DecidedBy == judgement.Undecided {
				undecided++
			}
		}
		if o.FactsContradictSW || o.FactsContradictRoSH {
			contradicts++
		}
		if v.NearBoundary.SafetyAndWellbeing == 0 && o.SafetyAndWellbeing == classification.InspectorJudgement {
			unknownNear++
		}
	}
	require.Positive(t, undecided)
	require.Positive(t, contradicts)
	require.Positive(t, unknownNear)
	requireSame(t, variants)
}

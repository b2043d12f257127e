package bench_test

import (
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"
	"github.com/yjinspect/yjinspect/bench"
	"github.com/yjinspect/yjinspect/classification"
	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/judgement"
	"github.com/yjinspect/yjinspect/record"
)

var sample = sync.OnceValues(bench.Sample)

func sampleCases(tb testing.TB) []record.Case {
	tb.Helper()
	cases, err := sample()
	require.NoError(tb, err)
	require.Greater(tb, len(cases), bench.SampleConfig.Cases*9/10, "the sample less the cases Judge excludes")
	return cases
}

var incomplete = sync.OnceValues(bench.Incomplete)

func incompleteCases(tb testing.TB) []record.Case {
	tb.Helper()
	cases, err := incomplete()
	require.NoError(tb, err)
	require.Greater(tb, len(cases), bench.SampleConfig.Cases*9/10, "the incomplete sample less the cases Judge excludes")
	return cases
}

// TestIncompleteSample checks the incomplete sample is what it says: most
// cases with findings (85-92%), about four findings each; the complete
// sample has few.
func TestIncompleteSample(t *testing.T) {
	share := func(cases []record.Case) (withFindings, perCase float64) {
		n, total := 0, 0
		for _, c := range cases {
			r := judgement.Judge(nil, c)
			if len(r.Findings) > 0 {
				n++
				total += len(r.Findings)
			}
		}
		return float64(n) / float64(len(cases)), float64(total) / float64(n)
	}
	inc, perCase := share(incompleteCases(t))
	t.Logf("incomplete sample: %.1f%% of cases with findings, %.2f findings each", 100*inc, perCase)
	require.InDelta(t, 0.885, inc, 0.035)
	require.InDelta(t, 4, perCase, 0.6)
	full, _ := share(sampleCases(t))
	t.Logf("complete sample: %.1f%% of cases with findings", 100*full)
	require.Less(t, full, 0.2)
}

// form is one engine form of the rules: its name and how it judges a case
// (the conversion into its input included).
type form struct {
	name string
	eval func(record.Case) (bench.Outcome, error)
}

// forms compiles every form of the rules in the engines.
func forms(t *testing.T) []form {
	t.Helper()
	exNested, err := bench.NewExpr()
	require.NoError(t, err)
	exStruct, err := bench.NewExprStruct()
	require.NoError(t, err)
	exFlat, err := bench.NewExprFlat()
	require.NoError(t, err)
	celNested, err := bench.NewCEL()
	require.NoError(t, err)
	celFlat, err := bench.NewCELFlat()
	require.NoError(t, err)
	celNative, err := bench.NewCELNative()
	require.NoError(t, err)
	exCodes, err := bench.NewExprCodes()
	require.NoError(t, err)
	celCodes, err := bench.NewCELCodes()
	require.NoError(t, err)
	return []form{
		{"expr, int-coded struct", func(c record.Case) (bench.Outcome, error) { return exCodes.EvalCodes(bench.CodesOf(c)) }},
		{"CEL, int variables", func(c record.Case) (bench.Outcome, error) {
			act, err := bench.CELCodesInput(c)
			if err != nil {
				return bench.Outcome{}, err
			}
			return celCodes.EvalCodes(act)
		}},
		{"expr, nested maps", func(c record.Case) (bench.Outcome, error) { return exNested.Eval(bench.Input(c)) }},
		{"expr, struct value env", func(c record.Case) (bench.Outcome, error) { return exStruct.Eval(bench.EnvOf(c)) }},
		{"expr, flat typed map", func(c record.Case) (bench.Outcome, error) { return exFlat.Eval(bench.FlatEnv(c)) }},
		{"CEL, nested maps", func(c record.Case) (bench.Outcome, error) {
			act, err := bench.CELInput(bench.Input(c))
			if err != nil {
				return bench.Outcome{}, err
			}
			return celNested.Eval(act)
		}},
		{"CEL, flat variables", func(c record.Case) (bench.Outcome, error) {
			act, err := bench.CELFlatInput(c)
			if err != nil {
				return bench.Outcome{}, err
			}
			return celFlat.Eval(act)
		}},
		{"CEL, native type", func(c record.Case) (bench.Outcome, error) {
			act, err := bench.CELNativeInput(c)
			if err != nil {
				return bench.Outcome{}, err
			}
			return celNative.Eval(act)
		}},
	}
}

// requireSame runs Judge and every engine form on each case and requires
// the same Outcome from all, and the same summaries from Minimum with the
// prompts counted as Judge needs them.
func requireSame(t *testing.T, cases []record.Case) {
	t.Helper()
	fs := forms(t)
	for _, c := range cases {
		want := bench.FromResult(judgement.Judge(nil, c))
		for _, f := range fs {
			got, err := f.eval(c)
			require.NoError(t, err, "%s, case %s", f.name, c.ID)
			if d := cmp.Diff(want, got); d != "" {
				t.Fatalf("case %s: %s differs from Judge (-Judge +%s):\n%s", c.ID, f.name, f.name, d)
			}
		}
		p := bench.Pack(c)
		got, err := bench.Minimum(&p)
		require.NoError(t, err)
		if d := cmp.Diff(minimumWant(c, want), got); d != "" {
			t.Fatalf("case %s: Minimum differs from Judge (-Judge +Minimum):\n%s", c.ID, d)
		}
		slice, err := bench.MinimumSlice(&p)
		require.NoError(t, err)
		if d := cmp.Diff(got[:], slice); d != "" {
			t.Fatalf("case %s: MinimumSlice differs from Minimum (-Minimum +MinimumSlice):\n%s", c.ID, d)
		}
	}
}

// minimumWant is what Minimum should give: Judge's summaries, and the
// prompts' answers counted one by one through the public API where the
// summary is not decided by a rule.
func minimumWant(c record.Case, o bench.Outcome) bench.MinimumResult {
	var out bench.MinimumResult
	for i, s := range o.Summaries {
		m := bench.MinimumSummary{Answer: s.Answer, DecidedBy: s.DecidedBy}
		if s.DecidedBy == judgement.Inspector || s.DecidedBy == judgement.Undecided {
			for _, q := range framework.DomainTwo().QuestionsOf(s.KeyQuestion) {
				if q.Kind != framework.Prompt {
					continue
				}
				v, _ := c.Answers.Get(q.ID)
				switch v.Answer {
				case 0:
					m.NoAnswer++
				case record.Yes:
					m.Yes++
				case record.No:
					m.No++
				}
			}
		}
		out[i] = m
	}
	return out
}

// TestSameOutcomes is the comparison's premise: on the whole sample, every
// form in the engines gives exactly what Judge gives.
func TestSameOutcomes(t *testing.T) {
	requireSame(t, sampleCases(t))
}

// TestSameOutcomesIncomplete is the same on the sample of incomplete
// records.
func TestSameOutcomesIncomplete(t *testing.T) {
	requireSame(t, incompleteCases(t))
}

// TestSameOutcomesOnVariants runs them all on variants of sample cases
// that reach the branches the synthetic data never does (every fact is
// recorded there, every summary answered, and no fact contradicts a level):
// unrecorded facts and levels, unanswered summaries and prompts, and every
// pair of levels with the near-boundary fact true, false and unknown.
func TestSameOutcomesOnVariants(t *testing.T) {
	cases := sampleCases(t)
	tri := []*bool{nil, new(false), new(true)}
	nears := []classification.Near{0, classification.NotNear, classification.NearUnnamed}
	levels := []classification.Level{0, classification.Low, classification.Medium, classification.High, classification.VeryHigh}
	var variants []record.Case
	for i, c := range cases[:40] {
		v := c.Clone()
		v.Factors = record.Factors{ChildSafety: tri[i%3], RiskOfHarm: tri[(i/3)%3]}
		v.ReviewingRequired = record.Reviewing{Desistance: tri[(i+1)%3], ChildSafety: tri[(i/3+1)%3], RiskOfHarm: tri[(i/9)%3]}
		v.NearBoundary = record.Boundary{SafetyAndWellbeing: nears[(i+2)%3], RiskOfSeriousHarm: nears[(i/3+2)%3]}
		if i%2 == 0 {
			for _, kq := range bench.KeyQuestions[i%4:] {
				require.NoError(t, v.Answers.Set(kq+".S", record.Value{}))
			}
		}
		if i%5 == 0 {
			require.NoError(t, v.Answers.Set("R1.S", record.Value{Answer: record.NotApplicable}))
			require.NoError(t, v.Answers.Set("P2.S", record.Value{Answer: record.No}))
		}
		if i%3 == 0 {
			for _, id := range []framework.ID{"A1.1", "A1.7", "P1.6", "D1.1", "R3.4"} {
				require.NoError(t, v.Answers.Set(id, record.Value{}))
			}
		}
		variants = append(variants, v)
	}
	for i, cm := range levels {
		for j, in := range levels {
			for k, near := range nears {
				v := cases[i*25+j*5+k].Clone()
				require.NoError(t, v.Answers.Set("A2.5", record.Value{Level: cm}))
				require.NoError(t, v.Answers.Set("A3.4", record.Value{Level: in}))
				v.Inspector = record.ScaleLevels{SafetyAndWellbeing: in, RiskOfSeriousHarm: cm}
				v.NearBoundary = record.Boundary{SafetyAndWellbeing: near, RiskOfSeriousHarm: nears[(k+1)%3]}
				v.Factors = record.Factors{ChildSafety: tri[(i+k)%3], RiskOfHarm: tri[(j+k)%3]}
				variants = append(variants, v)
			}
		}
	}
	// The variants do reach the rules the sample never reaches.
	var undecided, contradicts, unknownNear, missing int
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
		for _, m := range minimumWant(v, o) {
			missing += int(m.NoAnswer)
		}
	}
	require.Positive(t, undecided)
	require.Positive(t, contradicts)
	require.Positive(t, unknownNear)
	require.Positive(t, missing)
	requireSame(t, variants)
}

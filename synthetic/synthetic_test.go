package synthetic

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/yjinspect/yjinspect/classification"
	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/judgement"
	"github.com/yjinspect/yjinspect/record"
)

func TestCalibration(t *testing.T) {
	d := bulletin(t)
	cases := slices.Concat(d.Inspections...)
	require.Len(t, d.Inspections, 43)
	require.Len(t, cases, 1945)
	s := measure(cases)

	t.Logf("High/Very high: safety and wellbeing %.1f%%, risk of serious harm %.1f%%", 100*s.highSW, 100*s.highRoSH)
	assert.InDelta(t, bulletinHighSafetyAndWellbeing, s.highSW, 0.02)
	assert.InDelta(t, bulletinHighRiskOfSeriousHarm, s.highRoSH, 0.02)
	assert.InDelta(t, bulletinHighSafetyAndWellbeing, levelShares[0][2]+levelShares[0][3], 1e-9, "the assumed shares of High and Very high add up to the bulletin's")
	assert.InDelta(t, bulletinHighRiskOfSeriousHarm, levelShares[1][2]+levelShares[1][3], 1e-9, "the assumed shares of High and Very high add up to the bulletin's")

	under, over := s.under[0]+s.under[1], s.over[0]+s.over[1]
	differ := float64(under+over) / float64(2*len(cases))
	t.Logf("classifications differing: %.1f%% (under %d, over %d)", 100*differ, under, over)
	for i := range 2 {
		assert.Greater(t, s.under[i], 2*s.over[i], "scale %d: under-classification should be clearly more common", i)
	}
	assert.InDelta(t, 0.2, differ, 0.05)

	inRange := 0
	for _, kq := range keyQuestions {
		rate := s.yesRate(kq)
		t.Logf("%s.S Yes %.1f%%", kq, 100*rate)
		if rate >= 0.5 && rate <= 0.85 {
			inRange++
		}
		assert.Greater(t, rate, 0.4, kq)
		assert.Less(t, rate, 0.95, kq)
	}
	assert.GreaterOrEqual(t, inRange, 10, "most key questions between 50% and 85% Yes")
	// Keeping people safe is judged Yes less often than desistance.
	for _, std := range []string{"A", "P", "D", "R"} {
		desistance := s.yesRate(framework.ID(std + "1"))
		for _, safety := range []string{"2", "3"} {
			assert.Less(t, s.yesRate(framework.ID(std+safety)), desistance, std+safety)
		}
	}
}

func TestSizesAndIDs(t *testing.T) {
	d := bulletin(t)
	assert.Equal(t, BulletinConfig(1), d.Config)
	sizes := make([]int, len(d.Inspections))
	seen := map[string]bool{}
	inspID := regexp.MustCompile(`^insp-\d{2}$`)
	for i, in := range d.Inspections {
		sizes[i] = len(in)
		assert.Equal(t, fmt.Sprintf("insp-%02d", i+1), in[0].Inspection)
		assert.Regexp(t, inspID, in[0].Inspection)
		for j, c := range in {
			assert.Equal(t, fmt.Sprintf("%s-case-%03d", in[0].Inspection, j+1), c.ID)
			assert.Equal(t, in[0].Inspection, c.Inspection, "each case names its inspection")
			assert.True(t, c.Synthetic, "each case is marked synthetic")
			assert.False(t, seen[c.ID], "duplicate %s", c.ID)
			seen[c.ID] = true
		}
	}
	assert.Len(t, seen, 1945)
	lo, hi := slices.Min(sizes), slices.Max(sizes)
	t.Logf("inspection sizes from %d to %d", lo, hi)
	assert.Greater(t, hi, 2*lo, "sizes should be uneven")
	assert.GreaterOrEqual(t, lo, minCases)
	assert.Equal(t, "insp-43-case-001", d.Inspections[42][0].ID)
}

func TestDeterminism(t *testing.T) {
	cfg := Config{Inspections: 7, Cases: 300, Seed: 42}
	a, err := Generate(cfg)
	require.NoError(t, err)
	b, err := Generate(cfg)
	require.NoError(t, err)
	if diff := cmp.Diff(a, b); diff != "" {
		t.Fatalf("same Config, different datasets (-first +second):\n%s", diff)
	}
	var wa, wb bytes.Buffer
	require.NoError(t, WriteJSONLines(&wa, slices.Concat(a.Inspections...)))
	require.NoError(t, WriteJSONLines(&wb, slices.Concat(b.Inspections...)))
	assert.Equal(t, wa.String(), wb.String())

	cfg.Seed = 43
	c, err := Generate(cfg)
	require.NoError(t, err)
	assert.NotEmpty(t, cmp.Diff(a, c), "different seeds should give different datasets")
	var wc bytes.Buffer
	require.NoError(t, WriteJSONLines(&wc, slices.Concat(c.Inspections...)))
	assert.NotEqual(t, wa.String(), wc.String())
}

// forbidden are the findings no generated case may have.
var forbidden = []string{
	"summary-undecided",
	"answer-missing",
	"summary-contradicts-rule",
	"classification-missing",
	"factors-contradict-classification",
	"written-record-not-applicable",
	"rosh-level-differs",
}

// allowed are the only findings a generated case has: looked-after children
// excluded or undetermined, absence of access to victims given as the only
// reason to lower the RoSH level (a practice the source warns against,
// modelled on purpose), and reviewing recorded as not required where there
// are factors (noReviewingWithFactors, modelled on purpose: "In a case
// where the child is stable and engaging with services, little reviewing
// may be required").
var allowed = []string{
	"case-excluded",
	"exclusion-undetermined",
	"rosh-no-access-lowered",
	"reviewing-not-required-with-factors",
}

// testingT is what checkValid needs of a *testing.T or a *rapid.T.
type testingT interface {
	Helper()
	Errorf(format string, args ...any)
	Fatalf(format string, args ...any)
	FailNow()
}

// checkValid checks everything the package doc promises of a case.
func checkValid(t testingT, c record.Case) {
	t.Helper()
	b, err := json.Marshal(c)
	require.NoError(t, err, c.ID)
	got, err := record.Decode(bytes.NewReader(b))
	require.NoError(t, err, c.ID)
	if diff := cmp.Diff(c, got); diff != "" {
		t.Fatalf("%s: round trip (-generated +decoded):\n%s", c.ID, diff)
	}

	r := judgement.Judge(nil, c)
	for _, f := range r.Findings {
		require.NotContains(t, forbidden, f.Code, "%s: %s", c.ID, f.Message)
		require.Contains(t, allowed, f.Code, "%s: %s", c.ID, f.Message)
	}

	// Every question answered (I1.10 only where I1.9 is yes).
	i19, _ := c.Answers.Get("I1.9")
	for _, q := range framework.DomainTwo().Questions() {
		_, ok := c.Answers.Get(q.ID)
		if q.ID == "I1.10" {
			require.Equal(t, i19.Answer == record.Yes, ok, c.ID)
			continue
		}
		require.True(t, ok, "%s: %s not answered", c.ID, q.ID)
	}

	// Levels and facts.
	insp := [2]classification.Level{c.Inspector.SafetyAndWellbeing, c.Inspector.RiskOfSeriousHarm}
	a25, _ := c.Answers.Get("A2.5")
	a34, _ := c.Answers.Get("A3.4")
	cm := [2]classification.Level{a25.Level, a34.Level}
	factors := [2]*bool{c.Factors.ChildSafety, c.Factors.RiskOfHarm}
	near := [2]classification.Near{c.NearBoundary.SafetyAndWellbeing, c.NearBoundary.RiskOfSeriousHarm}
	for s, q := range []framework.ID{"A2.reasonable", "A3.reasonable"} {
		require.True(t, insp[s] >= classification.Low && insp[s] <= classification.VeryHigh && cm[s] >= classification.Low && cm[s] <= classification.VeryHigh, c.ID)
		require.NotNil(t, factors[s], c.ID)
		require.Contains(t, []classification.Near{classification.NotNear, classification.NearUnnamed}, near[s], c.ID)
		if !*factors[s] {
			require.Equal(t, classification.Low, insp[s], "%s: no factors with a level above Low", c.ID)
			require.Equal(t, classification.Low, cm[s], "%s: no factors with a level above Low", c.ID)
		}
		v, _ := c.Answers.Get(q)
		switch classification.CheckReasonable(cm[s], insp[s], near[s]).Outcome {
		case classification.Reasonable:
			require.Equal(t, record.Yes, v.Answer, "%s: %s", c.ID, q)
		case classification.NotReasonable:
			require.Equal(t, record.No, v.Answer, "%s: %s", c.ID, q)
		default:
			require.Contains(t, []record.Answer{record.Yes, record.No}, v.Answer, "%s: %s", c.ID, q)
		}
	}
	require.NotNil(t, c.ReviewingRequired.Desistance, c.ID)
	require.NotNil(t, c.ReviewingRequired.ChildSafety, c.ID)
	require.NotNil(t, c.ReviewingRequired.RiskOfHarm, c.ID)

	// Summaries a rule decides are Yes with their prompts n/a.
	for _, k := range r.KeyResults {
		require.Equal(t, k.Answer, k.Recorded, "%s: %s", c.ID, k.Summary)
		if k.DecidedBy == judgement.Inspector {
			continue
		}
		require.Equal(t, record.Yes, k.Answer, "%s: %s", c.ID, k.Summary)
		for _, q := range framework.DomainTwo().QuestionsOf(k.KeyQuestion()) {
			if q.Kind == framework.Prompt {
				v, _ := c.Answers.Get(q.ID)
				require.Equal(t, record.NotApplicable, v.Answer, "%s: %s", c.ID, q.ID)
			}
		}
	}

	// Looked-after facts only for a looked-after child.
	i11, _ := c.Answers.Get("I1.1")
	if i11.Answer == record.No {
		require.Equal(t, record.HomeHost{}, c.LookedAfter, c.ID)
	}
	if c.RoSHRationale != nil {
		require.Equal(t, cm[1], c.RoSHRationale.Level, c.ID)
	}
}

func TestValidity(t *testing.T) {
	for _, c := range slices.Concat(bulletin(t).Inspections...) {
		checkValid(t, c)
	}
}

func TestValiditySmallConfigs(t *testing.T) {
	rapid.Check(t, func(rt *rapid.T) {
		k := rapid.IntRange(1, 12).Draw(rt, "inspections")
		n := rapid.IntRange(k, 150).Draw(rt, "cases")
		seed := rapid.Uint64().Draw(rt, "seed")
		d, err := Generate(Config{Inspections: k, Cases: n, Seed: seed})
		require.NoError(rt, err)
		require.Len(rt, d.Inspections, k)
		cases := slices.Concat(d.Inspections...)
		require.Len(rt, cases, n)
		ids := map[string]bool{}
		for _, in := range d.Inspections {
			require.GreaterOrEqual(rt, len(in), min(minCases, n/k))
		}
		for _, c := range cases {
			require.False(rt, ids[c.ID], c.ID)
			ids[c.ID] = true
			checkValid(rt, c)
		}
	})
}

func TestWideIDs(t *testing.T) {
	d, err := Generate(Config{Inspections: 120, Cases: 130, Seed: 3})
	require.NoError(t, err)
	assert.Equal(t, "insp-001", d.Inspections[0][0].Inspection)
	assert.Equal(t, "insp-120-case-001", d.Inspections[119][0].ID)

	d, err = Generate(Config{Inspections: 1, Cases: 1500, Seed: 3})
	require.NoError(t, err)
	assert.Equal(t, "insp-01-case-0001", d.Inspections[0][0].ID)
	assert.Equal(t, "insp-01-case-1500", d.Inspections[0][1499].ID)
}

func TestConfigErrors(t *testing.T) {
	tests := []struct {
		cfg   Config
		field string
		value int
	}{
		{Config{}, "Inspections", 0},
		{Config{Inspections: -3, Cases: 10}, "Inspections", -3},
		{Config{Inspections: 43, Cases: 42}, "Cases", 42},
		{Config{Inspections: 2, Cases: -1}, "Cases", -1},
		{Config{Inspections: 1, Cases: maxCases + 1}, "Cases", maxCases + 1},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%+v", tt.cfg), func(t *testing.T) {
			d, err := Generate(tt.cfg)
			require.Error(t, err)
			assert.Empty(t, d.Inspections)
			var ce *ConfigError
			require.True(t, errors.As(err, &ce), "%T", err)
			assert.Equal(t, tt.field, ce.Field)
			assert.Equal(t, tt.value, ce.Value)
			assert.Contains(t, err.Error(), "Config."+tt.field+" = "+strconv.Itoa(tt.value))
		})
	}
	assert.NoError(t, Config{Inspections: 1, Cases: maxCases}.validate())
	assert.NoError(t, Config{Inspections: 5, Cases: 5}.validate())
}

func TestOneCasePerInspection(t *testing.T) {
	d, err := Generate(Config{Inspections: 5, Cases: 5})
	require.NoError(t, err)
	for _, in := range d.Inspections {
		assert.Len(t, in, 1)
	}
}

// The levels of concern shape the rest: concerns are more frequent at
// higher levels, Yes rates lower, deficits more frequent where the case
// manager under-classified, and the Yes rates vary by inspection.
func TestRelations(t *testing.T) {
	d := bulletin(t)
	share := func(cases []record.Case, pred func(record.Case) bool) float64 {
		n := 0
		for _, c := range cases {
			if pred(c) {
				n++
			}
		}
		return float64(n) / float64(len(cases))
	}
	var low, high, under, agree []record.Case
	for _, c := range slices.Concat(d.Inspections...) {
		if c.Inspector.SafetyAndWellbeing >= classification.High {
			high = append(high, c)
		} else if c.Inspector.SafetyAndWellbeing == classification.Low {
			low = append(low, c)
		}
		a25, _ := c.Answers.Get("A2.5")
		a34, _ := c.Answers.Get("A3.4")
		if a25.Level < c.Inspector.SafetyAndWellbeing || a34.Level < c.Inspector.RiskOfSeriousHarm {
			under = append(under, c)
		} else if a25.Level == c.Inspector.SafetyAndWellbeing && a34.Level == c.Inspector.RiskOfSeriousHarm {
			agree = append(agree, c)
		}
	}
	hasConcern := func(cs ...classification.Concern) func(record.Case) bool {
		return func(c record.Case) bool {
			for _, x := range cs {
				if slices.Contains(c.Concerns, x) {
					return true
				}
			}
			return false
		}
	}
	for _, x := range []classification.Concern{classification.CriminalExploitation, classification.SubstanceMisuse, classification.MentalHealth} {
		assert.Greater(t, share(high, hasConcern(x)), 2*share(low, hasConcern(x)), x.String())
	}
	hasDeficit := func(c record.Case) bool { return len(c.Deficits) > 0 }
	assert.Greater(t, share(under, hasDeficit), 1.5*share(agree, hasDeficit))
	a2Yes := func(c record.Case) bool { return summaryOf(c, "A2") == record.Yes }
	assert.Less(t, share(high, a2Yes), share(low, a2Yes))

	var rates []float64
	for _, in := range d.Inspections {
		rates = append(rates, share(in, func(c record.Case) bool { return summaryOf(c, "A3") == record.Yes }))
	}
	t.Logf("A3.S Yes by inspection: %.0f%% to %.0f%%", 100*slices.Min(rates), 100*slices.Max(rates))
	assert.Greater(t, slices.Max(rates)-slices.Min(rates), 0.2)

	// Some looked-after children's cases are excluded, a few undetermined.
	s := measure(slices.Concat(d.Inspections...))
	excluded := float64(s.codes["case-excluded"]) / float64(s.cases)
	assert.InDelta(t, 0.02, excluded, 0.012)
	assert.Positive(t, s.codes["exclusion-undetermined"])
	lookedAfter := share(slices.Concat(d.Inspections...), func(c record.Case) bool {
		v, _ := c.Answers.Get("I1.1")
		return v.Answer == record.Yes
	})
	assert.InDelta(t, 0.175, lookedAfter, 0.03)
}

func TestCasesOrder(t *testing.T) {
	d, err := Generate(Config{Inspections: 3, Cases: 40, Seed: 9})
	require.NoError(t, err)
	var want []string
	for _, in := range d.Inspections {
		for _, c := range in {
			want = append(want, c.ID)
		}
	}
	var got []string
	for _, c := range slices.Concat(d.Inspections...) {
		got = append(got, c.ID)
	}
	assert.Equal(t, want, got)
	assert.Empty(t, slices.Concat(Dataset{}.Inspections...))
}

func TestCasesOwnFacts(t *testing.T) {
	// Changing one case's facts never changes another's.
	d, err := Generate(Config{Inspections: 2, Cases: 60, Seed: 5})
	require.NoError(t, err)
	cases := slices.Concat(d.Inspections...)
	before, err := json.Marshal(cases[1:])
	require.NoError(t, err)
	c := cases[0]
	c.NearBoundary.SafetyAndWellbeing = classification.NearHighVeryHigh
	for _, p := range []*bool{c.Factors.ChildSafety, c.Factors.RiskOfHarm,
		c.ReviewingRequired.Desistance, c.ReviewingRequired.ChildSafety, c.ReviewingRequired.RiskOfHarm} {
		*p = !*p
	}
	after, err := json.Marshal(cases[1:])
	require.NoError(t, err)
	assert.Equal(t, string(before), string(after))
}

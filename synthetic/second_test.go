package synthetic

import (
	"encoding/json"
	"math"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/record"
)

// records is the cases' JSON, for comparing whole cases.
func records(t testing.TB, cases []record.Case) []string {
	t.Helper()
	out := make([]string, len(cases))
	for i, c := range cases {
		b, err := json.Marshal(c)
		require.NoError(t, err)
		out[i] = string(b)
	}
	return out
}

func TestSecondReadingsBadRate(t *testing.T) {
	cases := bulletin(t).Inspections[0]
	for _, d := range []float64{-0.01, 1.01, math.NaN(), math.Inf(1)} {
		_, err := SecondReadings(cases, d, 1)
		require.Error(t, err, d)
		assert.Contains(t, err.Error(), "synthetic: SecondReadings: disagreement rate")
	}
}

func TestSecondReadingsDeterministic(t *testing.T) {
	cases := slices.Concat(bulletin(t).Inspections...)[:300]
	before := records(t, cases)
	a, err := SecondReadings(cases, 0.2, 5)
	require.NoError(t, err)
	b, err := SecondReadings(cases, 0.2, 5)
	require.NoError(t, err)
	assert.Equal(t, records(t, a), records(t, b), "same seed, same readings")
	assert.Equal(t, before, records(t, cases), "the cases given are not changed")

	c, err := SecondReadings(cases, 0.2, 6)
	require.NoError(t, err)
	assert.NotEqual(t, records(t, a), records(t, c), "another seed, other readings")

	// A case's reading depends on the case, not on its neighbours.
	rev := slices.Clone(cases)
	slices.Reverse(rev)
	r, err := SecondReadings(rev, 0.2, 5)
	require.NoError(t, err)
	slices.Reverse(r)
	assert.Equal(t, records(t, a), records(t, r))

	// Changing a second reading does not change the first.
	a[0].Answers = record.Answers{}
	assert.Equal(t, before, records(t, cases))
}

func TestSecondReadingsNoDisagreement(t *testing.T) {
	cases := slices.Concat(bulletin(t).Inspections...)
	got, err := SecondReadings(cases, 0, 9)
	require.NoError(t, err)
	assert.Equal(t, records(t, cases), records(t, got))
}

// readingStats counts, between first and second readings, the judgements
// the second reader may depart on and those that differ.
type readingStats struct {
	summaries, summariesDiffer int // summaries no rule decides
	prompts, promptsDiffer     int // prompts answered yes or no
	levels, levelsDiffer       int // the inspector's levels not fixed by no factors
}

func compareReadings(t *testing.T, first, second []record.Case) readingStats {
	var s readingStats
	g := newGenerator(nil)
	require.NoError(t, g.err)
	for i := range first {
		a, b := first[i], second[i]
		require.Equal(t, a.ID, b.ID)
		for k := range g.kqs {
			kq := &g.kqs[k]
			if ruledIn(&a, kq) {
				continue
			}
			s.summaries++
			va, _ := a.Answers.Get(kq.summary)
			vb, _ := b.Answers.Get(kq.summary)
			if va != vb {
				s.summariesDiffer++
			}
			for _, p := range kq.prompts {
				va, _ := a.Answers.Get(p)
				vb, _ := b.Answers.Get(p)
				if va.Answer == record.NotApplicable {
					require.Equal(t, va, vb, "%s %s: n/a stays", a.ID, p)
					continue
				}
				s.prompts++
				if va != vb {
					s.promptsDiffer++
				}
			}
		}
		for _, l := range [][2]any{
			{a.Factors.ChildSafety, [2]int{int(a.Inspector.SafetyAndWellbeing), int(b.Inspector.SafetyAndWellbeing)}},
			{a.Factors.RiskOfHarm, [2]int{int(a.Inspector.RiskOfSeriousHarm), int(b.Inspector.RiskOfSeriousHarm)}},
		} {
			levels := l[1].([2]int)
			if f := l[0].(*bool); f != nil && !*f {
				require.Equal(t, levels[0], levels[1], "%s: no factors fix the level", a.ID)
				continue
			}
			s.levels++
			if levels[0] != levels[1] {
				s.levelsDiffer++
				require.Equal(t, 1, max(levels[0]-levels[1], levels[1]-levels[0]), "%s: one step", a.ID)
			}
		}
		// What the second reader does not judge stays as it was.
		for _, q := range []framework.ID{"I1.1", "I1.4", "I1.5", "I1.9", "A2.5", "A3.4"} {
			va, _ := a.Answers.Get(q)
			vb, _ := b.Answers.Get(q)
			require.Equal(t, va, vb, "%s %s", a.ID, q)
		}
		require.Equal(t, a.Factors, b.Factors)
		require.Equal(t, a.ReviewingRequired, b.ReviewingRequired)
		require.Equal(t, a.LookedAfter, b.LookedAfter)
		require.Equal(t, a.Concerns, b.Concerns)
		require.Equal(t, a.Deficits, b.Deficits)
		require.Equal(t, a.RoSHRationale, b.RoSHRationale)
	}
	return s
}

// Over the bulletin's dataset, each kind of judgement departs at about the
// rate asked for. Prompts depart a little more often at low rates (a
// re-decided summary brings a prompt or two with it) and less at high ones
// (a flip that would leave the summary inconsistent is not made).
func TestSecondReadingsRates(t *testing.T) {
	first := slices.Concat(bulletin(t).Inspections...)
	for _, d := range []float64{0.05, 0.1, 0.3} {
		second, err := SecondReadings(first, d, 2)
		require.NoError(t, err)
		s := compareReadings(t, first, second)
		share := func(n, of int) float64 { return float64(n) / float64(of) }
		assert.InDelta(t, d, share(s.summariesDiffer, s.summaries), 0.01, "summaries at %v", d)
		assert.InDelta(t, d, share(s.levelsDiffer, s.levels), 0.02, "levels at %v", d)
		assert.GreaterOrEqual(t, share(s.promptsDiffer, s.prompts), 0.8*d, "prompts at %v", d)
		assert.LessOrEqual(t, share(s.promptsDiffer, s.prompts), 1.5*d+0.01, "prompts at %v", d)
	}
	// With disagreement 1 every summary the inspector decides is the other
	// way, and every level that can move moves.
	second, err := SecondReadings(first, 1, 2)
	require.NoError(t, err)
	s := compareReadings(t, first, second)
	assert.Equal(t, s.summaries, s.summariesDiffer)
	assert.Equal(t, s.levels, s.levelsDiffer)
}

// Second readings are valid records, as consistent as generated cases.
func TestSecondReadingsValid(t *testing.T) {
	first := slices.Concat(bulletin(t).Inspections...)
	second, err := SecondReadings(first, 0.3, 4)
	require.NoError(t, err)
	require.Len(t, second, len(first))
	for _, c := range second {
		checkValid(t, c)
	}
}

func TestSecondReadingsValidProperty(t *testing.T) {
	rapid.Check(t, func(rt *rapid.T) {
		d, err := Generate(Config{Inspections: 1, Cases: rapid.IntRange(1, 40).Draw(rt, "cases"), Seed: rapid.Uint64().Draw(rt, "seed")})
		require.NoError(rt, err)
		rate := rapid.Float64Range(0, 1).Draw(rt, "disagree")
		second, err := SecondReadings(slices.Concat(d.Inspections...), rate, rapid.Uint64().Draw(rt, "second seed"))
		require.NoError(rt, err)
		for i, c := range second {
			require.Equal(rt, slices.Concat(d.Inspections...)[i].ID, c.ID)
			checkValid(rt, c)
		}
	})
}

// Records the generator did not make are read again without panicking.
func TestSecondReadingsOddRecords(t *testing.T) {
	odd := []record.Case{{ID: "empty"}, {ID: "levels", Inspector: record.ScaleLevels{SafetyAndWellbeing: 9, RiskOfSeriousHarm: 1}}}
	got, err := SecondReadings(odd, 1, 1)
	require.NoError(t, err)
	assert.Equal(t, records(t, odd[:1]), records(t, got[:1]))
	assert.Equal(t, "levels", got[1].ID)
}

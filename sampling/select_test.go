package sampling

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/yjinspect/yjinspect/record"
	"pgregory.net/rapid"
)

// population makes size candidates with strata "gender" (2 values, uneven)
// and "office" (3 values); each is recorded as not looked after, except
// every tenth, whose facts cycle through include, exclude, undetermined
// and not looked after.
func population(size int) []Candidate {
	T, F := b(true), b(false)
	facts := []*LookedAfter{
		{LookedAfter: T, HomeService: T, LivedOutsideArea: F},         // include
		{LookedAfter: T, HomeService: F, ResponsibleForAssessment: F}, // exclude
		{LookedAfter: T, HomeService: F, ResponsibleForAssessment: T}, // undetermined
		{LookedAfter: F}, // include
	}
	pop := make([]Candidate, size)
	for i := range pop {
		gender := "F"
		if i%5 != 0 {
			gender = "M"
		}
		pop[i] = Candidate{
			ID:          fmt.Sprintf("case-%06d", i),
			Strata:      map[string]string{"gender": gender, "office": []string{"north", "south", "west"}[i%3]},
			LookedAfter: &LookedAfter{LookedAfter: F},
		}
		if i%10 == 7 {
			pop[i].LookedAfter = facts[(i/10)%len(facts)]
		}
	}
	return pop
}

func mustSelect(t *testing.T, pop []Candidate, n int, strata []string, seed uint64) Sample {
	t.Helper()
	s, err := Select(pop, n, strata, seed)
	require.NoError(t, err)
	return s
}

func TestSelectReproducible(t *testing.T) {
	pop := population(1000)
	strata := []string{"gender", "office"}
	a := mustSelect(t, pop, 100, strata, 42)
	b := mustSelect(t, pop, 100, strata, 42)
	assert.Empty(t, cmp.Diff(a, b), "same seed, different samples (-first +second)")
	// Input order does not matter.
	shuffled := slices.Clone(pop)
	rand.New(rand.NewPCG(1, 2)).Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
	c := mustSelect(t, shuffled, 100, strata, 42)
	assert.Empty(t, cmp.Diff(a, c), "shuffled input, different samples (-first +second)")
	// Select does not change its input.
	assert.Empty(t, cmp.Diff(population(1000), pop), "input changed")
}

func TestSelectSeedsDiffer(t *testing.T) {
	pop := population(1000)
	a := mustSelect(t, pop, 100, []string{"gender"}, 1)
	b := mustSelect(t, pop, 100, []string{"gender"}, 2)
	assert.NotEqual(t, a.Selected, b.Selected, "seeds 1 and 2 gave the same sample")
	assert.Empty(t, cmp.Diff(a.Allocation, b.Allocation), "allocation depends on the seed")
}

func TestSelectExclusion(t *testing.T) {
	pop := population(1000)
	s := mustSelect(t, pop, 0, nil, 7)
	// i%10 == 7 → 100 looked-after candidates; (i/10)%4 picks the facts:
	// 25 each of include, exclude, undetermined, not looked after.
	require.Len(t, s.Excluded, 25)
	require.Len(t, s.Undetermined, 25)
	for _, e := range s.Excluded {
		assert.Equal(t, Exclude, e.Decision.Outcome, e.ID)
		assert.Contains(t, e.Decision.Source, "third bullet", e.ID)
	}
	assert.True(t, slices.IsSortedFunc(s.Excluded, func(a, b Excluded) int { return strings.Compare(a.ID, b.ID) }), "excluded sorted by ID")
	assert.Empty(t, s.Selected)
	assert.Zero(t, s.N)
	if assert.Len(t, s.Allocation, 1) {
		assert.Equal(t, 950, s.Allocation[0].Population)
		assert.Zero(t, s.Allocation[0].Sample)
	}

	// Take every eligible candidate: none excluded or undetermined appears.
	all := mustSelect(t, pop, 950, []string{"office"}, 7)
	out := map[string]bool{}
	for _, e := range append(slices.Clone(all.Excluded), all.Undetermined...) {
		out[e.ID] = true
	}
	for _, id := range all.Selected {
		assert.False(t, out[id], "selected %s, which was excluded or undetermined", id)
	}
	assert.Len(t, all.Selected, 950)
	_, err := Select(pop, 951, nil, 7)
	require.Error(t, err, "n above the eligible population")
	assert.ErrorContains(t, err, "951")
	assert.ErrorContains(t, err, "950")
	assert.ErrorIs(t, err, ErrSampleTooLarge)
	var ie *InputError
	require.ErrorAs(t, err, &ie)
	assert.Equal(t, &InputError{Field: "sample size n", Value: "951", Reason: "is larger than the eligible population of 950", kind: ErrSampleTooLarge}, ie)
}

// The allocation for the population of population(1000), by gender and
// office, worked by hand. Eligible: 950. Looked-after cases (i%10 == 7)
// are never gender F (i%5 == 2), so the 50 left out are all M:
//
//	F: 200 cases (i = 5k, k = 0..199); office i%3 = 2k%3, so north (k%3 = 0)
//	   67, south (k%3 = 2) 66, west (k%3 = 1) 67
//	M: 750 cases after removing 50 (800 − 50)
func TestSelectAllocationExact(t *testing.T) {
	pop := population(1000)
	s := mustSelect(t, pop, 95, []string{"gender", "office"}, 3)
	total := 0
	for _, a := range s.Allocation {
		total += a.Population
		exact := 95 * float64(a.Population) / 950
		assert.Less(t, math.Abs(float64(a.Sample)-exact), 1.0, "cell %v: %d drawn, exact share %.3f", a.Values, a.Sample, exact)
		assert.InDelta(t, float64(a.Population)/950, a.PopulationShare, 1e-12, "cell %v", a.Values)
		assert.InDelta(t, float64(a.Sample)/95, a.SampleShare, 1e-12, "cell %v", a.Values)
	}
	assert.Equal(t, 950, total, "cells hold every eligible case")
	wantValues := [][]string{{"F", "north"}, {"F", "south"}, {"F", "west"}, {"M", "north"}, {"M", "south"}, {"M", "west"}}
	var gotValues [][]string
	for _, a := range s.Allocation {
		gotValues = append(gotValues, a.Values)
	}
	assert.Empty(t, cmp.Diff(wantValues, gotValues), "cell order (-want +got)")
	require.Len(t, s.Allocation, 6)
	assert.Equal(t, []int{67, 66, 67}, []int{s.Allocation[0].Population, s.Allocation[1].Population, s.Allocation[2].Population}, "F north/south/west")
}

// Largest remainder by hand: 10 cases from cells of 5, 3, 2 (total 10)
// is exact; 3 from cells of 1, 1, 1, 1 gives 1, 1, 1, 0 (all remainders
// equal, ties to the earlier cells); 5 from 6, 3, 1: quotas 3, 1.5, 0.5 →
// floors 3, 1, 0 and one left over, tie between 1.5 and 0.5 remainders
// (both ·5) goes to the earlier cell: 3, 2, 0.
func TestAllocate(t *testing.T) {
	cases := []struct {
		n      int
		counts []int
		want   []int
	}{
		{10, []int{5, 3, 2}, []int{5, 3, 2}},
		{3, []int{1, 1, 1, 1}, []int{1, 1, 1, 0}},
		{5, []int{6, 3, 1}, []int{3, 2, 0}},
		{4, []int{1, 7, 2}, []int{0, 3, 1}}, // quotas 0.4, 2.8, 0.8 → 0, 2, 0 + two to 2.8 and 0.8
		{0, []int{4, 4}, []int{0, 0}},
	}
	for _, c := range cases {
		total := 0
		for _, x := range c.counts {
			total += x
		}
		assert.Equal(t, c.want, allocate(c.n, c.counts, total), "allocate(%d, %v)", c.n, c.counts)
	}
}

func TestSelectErrors(t *testing.T) {
	ok := population(20)
	dup := slices.Clone(ok)
	dup[5].ID = dup[3].ID
	empty := slices.Clone(ok)
	empty[4].ID = ""
	badID := func(id string) []Candidate {
		p := slices.Clone(ok)
		p[2].ID = id
		return p
	}
	missing := slices.Clone(ok)
	missing[6] = Candidate{ID: "case-x", Strata: map[string]string{"gender": "F"}, LookedAfter: &LookedAfter{LookedAfter: b(false)}}
	cases := []struct {
		name   string
		pop    []Candidate
		n      int
		strata []string
		want   []string
	}{
		{"negative n", ok, -1, nil, []string{"-1"}},
		{"nil population", nil, 1, nil, []string{"empty population"}},
		{"empty population", []Candidate{}, 3, nil, []string{"empty population"}},
		{"n above population", ok, 21, nil, []string{"21", "eligible population"}},
		{"duplicate ID", dup, 1, nil, []string{`"case-000003"`, "repeated"}},
		{"empty ID", empty, 1, nil, []string{"index 4", "empty ID"}},
		{"newline in an ID", badID("case-2\nStandard 2.1"), 1, nil, []string{`sampling: candidate at index 2: bad ID "case-2\nStandard 2.1": holds a control character (U+000A)`}},
		{"bidi control in an ID", badID("case-\u202e2"), 1, nil, []string{`bad ID "case-\u202e2": holds a format character (U+202E)`}},
		{"invalid UTF-8 in an ID", badID("case-\xff"), 1, nil, []string{`bad ID "case-\xff": is not valid UTF-8`}},
		{"space after an ID", badID("case-2 "), 1, nil, []string{`bad ID "case-2 ": ends with white space (U+0020)`}},
		{"missing stratum", missing, 1, []string{"gender", "office"}, []string{`"case-x"`, `"office"`}},
		{"missing stratum, n 0", missing, 0, []string{"office"}, []string{`"case-x"`, `"office"`}},
		{"empty stratum name", ok, 1, []string{"gender", ""}, []string{"index 1"}},
		{"repeated stratum name", ok, 1, []string{"office", "office"}, []string{`"office"`, "repeated"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Select(c.pop, c.n, c.strata, 1)
			require.Error(t, err)
			var ie *InputError
			require.ErrorAs(t, err, &ie)
			tooLarge := map[string]bool{"nil population": true, "empty population": true, "n above population": true}[c.name]
			assert.Equal(t, tooLarge, errors.Is(err, ErrSampleTooLarge), "errors.Is(err, ErrSampleTooLarge)")
			if strings.Contains(c.name, "in an ID") || strings.Contains(c.name, "after an ID") {
				assert.ErrorIs(t, err, record.ErrBadID)
			}
			for _, w := range c.want {
				assert.ErrorContains(t, err, w)
			}
			// Stratum values (possibly personal data) never appear.
			for _, v := range []string{`"F"`, `"M"`, "north", "south", "west"} {
				assert.NotContains(t, err.Error(), v, "a stratum value")
			}
		})
	}
}

func TestSelectEmpty(t *testing.T) {
	for _, pop := range [][]Candidate{nil, {}} {
		s, err := Select(pop, 0, []string{"gender"}, 9)
		require.NoError(t, err)
		assert.NotNil(t, s.Selected)
		assert.Empty(t, s.Selected)
		assert.Empty(t, s.Allocation)
		assert.Equal(t, []string{"gender"}, s.Strata)
	}
}

// A stratum value containing the separator of the cell key does not merge
// cells.
func TestSelectCellKeys(t *testing.T) {
	pop := []Candidate{
		{ID: "a", Strata: map[string]string{"x": "1:", "y": "2"}, LookedAfter: &LookedAfter{LookedAfter: b(false)}},
		{ID: "b", Strata: map[string]string{"x": "1", "y": ":2"}, LookedAfter: &LookedAfter{LookedAfter: b(false)}},
	}
	s := mustSelect(t, pop, 2, []string{"x", "y"}, 0)
	assert.Len(t, s.Allocation, 2)
}

// Select handles 100,000 candidates (BenchmarkSelect measures the time).
func TestSelectLarge(t *testing.T) {
	if testing.Short() {
		t.Skip("large population")
	}
	pop := population(100000)
	s := mustSelect(t, pop, 5000, []string{"gender", "office"}, 11)
	assert.Len(t, s.Selected, 5000)
}

func TestSelectProperties(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		size := rapid.IntRange(0, 300).Draw(t, "size")
		values := []string{"a", "b", "c", "d"}
		facts := []*LookedAfter{nil, {}, {LookedAfter: b(false)}, {LookedAfter: b(false)}, {LookedAfter: b(false)}, {LookedAfter: b(true), HomeService: b(false), ResponsibleForAssessment: b(false)}, {LookedAfter: b(true)}, {LookedAfter: b(true), HomeService: b(true)}, {HomeService: b(true), LivedOutsideArea: b(false)}}
		pop := make([]Candidate, size)
		for i := range pop {
			pop[i] = Candidate{
				ID: fmt.Sprintf("c%d", i),
				Strata: map[string]string{
					"s1": rapid.SampledFrom(values[:rapid.IntRange(1, 4).Draw(t, "k1")]).Draw(t, "s1"),
					"s2": rapid.SampledFrom(values[:2]).Draw(t, "s2"),
				},
				LookedAfter: rapid.SampledFrom(facts).Draw(t, "facts"),
			}
		}
		strata := rapid.SampledFrom([][]string{nil, {"s1"}, {"s2"}, {"s1", "s2"}}).Draw(t, "strata")
		// A nil LookedAfter is every fact unknown: checked as LookedAfter{}.
		outcome := func(c Candidate) Outcome {
			if c.LookedAfter == nil {
				return CheckLookedAfter(LookedAfter{}).Outcome
			}
			return CheckLookedAfter(*c.LookedAfter).Outcome
		}
		eligible, excluded := 0, 0
		for _, c := range pop {
			switch outcome(c) {
			case Include:
				eligible++
			case Exclude:
				excluded++
			}
		}
		n := rapid.IntRange(0, eligible).Draw(t, "n")
		seed := rapid.Uint64().Draw(t, "seed")

		s, err := Select(pop, n, strata, seed)
		require.NoError(t, err)
		require.Len(t, s.Selected, n)
		require.True(t, slices.IsSorted(s.Selected), "selected sorted")
		require.Len(t, slices.Compact(slices.Clone(s.Selected)), n, "no duplicates")
		require.Equal(t, size, len(s.Excluded)+len(s.Undetermined)+eligible, "excluded + undetermined + eligible")
		require.Len(t, s.Excluded, excluded)
		for _, u := range s.Undetermined {
			require.Equal(t, Undetermined, outcome(byIDOf(pop, u.ID)), "undetermined %s", u.ID)
		}
		byID := map[string]Candidate{}
		for _, c := range pop {
			byID[c.ID] = c
		}
		drawn := map[string]int{}
		for _, id := range s.Selected {
			c := byID[id]
			require.Equal(t, Include, outcome(c), "selected ineligible %s", id)
			var key []string
			for _, k := range strata {
				key = append(key, c.Strata[k])
			}
			drawn[strings.Join(key, "|")]++
		}
		sum, popSum := 0, 0
		for _, a := range s.Allocation {
			sum += a.Sample
			popSum += a.Population
			exact := float64(n) * float64(a.Population) / float64(eligible)
			require.Less(t, math.Abs(float64(a.Sample)-exact), 1.0, "cell %v: %d, exact %.3f", a.Values, a.Sample, exact)
			require.LessOrEqual(t, a.Sample, a.Population, "cell %v", a.Values)
			require.Equal(t, a.Sample, drawn[strings.Join(a.Values, "|")], "cell %v: allocated and drawn", a.Values)
		}
		require.Equal(t, n, sum, "allocation sums to n")
		require.Equal(t, eligible, popSum, "allocation covers the eligible population")
		again, err := Select(pop, n, strata, seed)
		require.NoError(t, err)
		require.Equal(t, s.Selected, again.Selected, "reproducible")
	})
}

func BenchmarkSelect(b *testing.B) {
	pop := population(10000)
	strata := []string{"gender", "office"}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		if _, err := Select(pop, 500, strata, uint64(i)); err != nil {
			b.Fatal(err)
		}
	}
}

// byIDOf finds the candidate with the ID in pop.
func byIDOf(pop []Candidate, id string) Candidate {
	for _, c := range pop {
		if c.ID == id {
			return c
		}
	}
	return Candidate{}
}

// TestSelectNoFactsIsUndetermined: a candidate with no looked-after facts,
// nil or all fields nil, is checked as CheckLookedAfter checks facts all
// unknown: undetermined, reported, never drawn; and so is one whose only
// facts are the home/host facts, with whether the child was looked after
// not recorded. Only a recorded "not looked after" (or facts that include
// the case) makes a candidate eligible.
func TestSelectNoFactsIsUndetermined(t *testing.T) {
	T, F := b(true), b(false)
	strata := map[string]string{"office": "north"}
	unknown := CheckLookedAfter(LookedAfter{})
	require.Equal(t, Undetermined, unknown.Outcome, "CheckLookedAfter: facts all unknown")
	tests := []struct {
		name  string
		facts *LookedAfter
		want  Outcome
	}{
		{"nil", nil, Undetermined},
		{"all fields nil", &LookedAfter{}, Undetermined},
		{"home/host facts only", &LookedAfter{HomeService: T, LivedOutsideArea: F}, Include}, // first bullet whatever lookedAfter is
		{"looked-after not recorded, host", &LookedAfter{HomeService: F}, Undetermined},
		{"not looked after", &LookedAfter{LookedAfter: F}, Include},
		{"looked after, facts unknown", &LookedAfter{LookedAfter: T}, Undetermined},
		{"looked after, excluded", &LookedAfter{LookedAfter: T, HomeService: F, ResponsibleForAssessment: F}, Exclude},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var facts LookedAfter
			if tt.facts != nil {
				facts = *tt.facts
			}
			require.Equal(t, tt.want, CheckLookedAfter(facts).Outcome, "the test's own expectation agrees with CheckLookedAfter")
			pop := []Candidate{
				{ID: "x", Strata: strata, LookedAfter: tt.facts},
				{ID: "y", Strata: strata, LookedAfter: &LookedAfter{LookedAfter: F}},
			}
			s := mustSelect(t, pop, 1, []string{"office"}, 5)
			all := mustSelect(t, pop, 0, nil, 5)
			switch tt.want {
			case Include:
				assert.Empty(t, s.Undetermined)
				assert.Empty(t, s.Excluded)
				assert.Equal(t, 2, all.Allocation[0].Population)
				_ = mustSelect(t, pop, 2, nil, 5)
			case Exclude:
				require.Len(t, s.Excluded, 1)
				assert.Equal(t, "x", s.Excluded[0].ID)
				assert.Empty(t, s.Undetermined)
			case Undetermined:
				require.Len(t, s.Undetermined, 1)
				assert.Equal(t, "x", s.Undetermined[0].ID)
				assert.Equal(t, CheckLookedAfter(facts), s.Undetermined[0].Decision)
				assert.Empty(t, s.Excluded)
				assert.Equal(t, []string{"y"}, s.Selected, "x is never drawn")
				assert.Equal(t, 1, all.Allocation[0].Population, "x is not in the eligible population")
				_, err := Select(pop, 2, nil, 5)
				assert.ErrorIs(t, err, ErrSampleTooLarge)
				assert.ErrorContains(t, err, "eligible population of 1")
			}
		})
	}
	// With no facts at all, nobody is eligible: the error says so.
	_, err := Select([]Candidate{{ID: "a"}, {ID: "b"}}, 1, nil, 1)
	assert.ErrorIs(t, err, ErrSampleTooLarge)
	assert.ErrorContains(t, err, "eligible population of 0")
	s := mustSelect(t, []Candidate{{ID: "b"}, {ID: "a"}}, 0, nil, 1)
	require.Len(t, s.Undetermined, 2)
	assert.Equal(t, "a", s.Undetermined[0].ID, "sorted by ID")
	assert.Contains(t, s.Undetermined[0].Decision.Reason, "lookedAfter, question I 1.1")
}

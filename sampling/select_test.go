package sampling

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"
)

// population makes size candidates with strata "gender" (2 values, uneven)
// and "office" (3 values); every tenth is looked after, with facts that
// cycle through include, exclude and undetermined.
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
			ID:     fmt.Sprintf("case-%06d", i),
			Strata: map[string]string{"gender": gender, "office": []string{"north", "south", "west"}[i%3]},
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
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestSelectReproducible(t *testing.T) {
	pop := population(1000)
	strata := []string{"gender", "office"}
	a := mustSelect(t, pop, 100, strata, 42)
	b := mustSelect(t, pop, 100, strata, 42)
	if diff := cmp.Diff(a, b); diff != "" {
		t.Errorf("same seed, different samples (-first +second):\n%s", diff)
	}
	// Input order does not matter.
	shuffled := slices.Clone(pop)
	rand.New(rand.NewPCG(1, 2)).Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
	c := mustSelect(t, shuffled, 100, strata, 42)
	if diff := cmp.Diff(a, c); diff != "" {
		t.Errorf("shuffled input, different samples (-first +second):\n%s", diff)
	}
	// Select does not change its input.
	if diff := cmp.Diff(population(1000), pop); diff != "" {
		t.Errorf("input changed:\n%s", diff)
	}
}

func TestSelectSeedsDiffer(t *testing.T) {
	pop := population(1000)
	a := mustSelect(t, pop, 100, []string{"gender"}, 1)
	b := mustSelect(t, pop, 100, []string{"gender"}, 2)
	if slices.Equal(a.Selected, b.Selected) {
		t.Error("seeds 1 and 2 gave the same sample")
	}
	if diff := cmp.Diff(a.Allocation, b.Allocation); diff != "" {
		t.Errorf("allocation depends on the seed:\n%s", diff)
	}
}

func TestSelectExclusion(t *testing.T) {
	pop := population(1000)
	s := mustSelect(t, pop, 0, nil, 7)
	// i%10 == 7 → 100 looked-after candidates; (i/10)%4 picks the facts:
	// 25 each of include, exclude, undetermined, not looked after.
	if len(s.Excluded) != 25 || len(s.Undetermined) != 25 {
		t.Fatalf("excluded %d, undetermined %d; want 25 and 25", len(s.Excluded), len(s.Undetermined))
	}
	for _, e := range s.Excluded {
		if e.Decision.Outcome != Exclude || !strings.Contains(e.Decision.Source, "third bullet") {
			t.Errorf("excluded %s: %+v", e.ID, e.Decision)
		}
	}
	if !slices.IsSortedFunc(s.Excluded, func(a, b Excluded) int { return strings.Compare(a.ID, b.ID) }) {
		t.Error("excluded not sorted by ID")
	}
	if len(s.Selected) != 0 || s.N != 0 {
		t.Errorf("n=0 gave %d selected", len(s.Selected))
	}
	if len(s.Allocation) != 1 || s.Allocation[0].Population != 950 || s.Allocation[0].Sample != 0 {
		t.Errorf("allocation = %+v", s.Allocation)
	}

	// Take every eligible candidate: none excluded or undetermined appears.
	all := mustSelect(t, pop, 950, []string{"office"}, 7)
	out := map[string]bool{}
	for _, e := range append(slices.Clone(all.Excluded), all.Undetermined...) {
		out[e.ID] = true
	}
	for _, id := range all.Selected {
		if out[id] {
			t.Errorf("selected %s, which was excluded or undetermined", id)
		}
	}
	if len(all.Selected) != 950 {
		t.Errorf("selected %d, want 950", len(all.Selected))
	}
	if _, err := Select(pop, 951, nil, 7); err == nil || !strings.Contains(err.Error(), "951") || !strings.Contains(err.Error(), "950") {
		t.Errorf("n above the eligible population: error %v", err)
	}
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
		if math.Abs(float64(a.Sample)-exact) >= 1 {
			t.Errorf("cell %v: %d drawn, exact share %.3f", a.Values, a.Sample, exact)
		}
		if math.Abs(a.PopulationShare-float64(a.Population)/950) > 1e-12 || math.Abs(a.SampleShare-float64(a.Sample)/95) > 1e-12 {
			t.Errorf("cell %v: shares %+v", a.Values, a)
		}
	}
	if total != 950 {
		t.Errorf("cells hold %d, want 950", total)
	}
	wantValues := [][]string{{"F", "north"}, {"F", "south"}, {"F", "west"}, {"M", "north"}, {"M", "south"}, {"M", "west"}}
	var gotValues [][]string
	for _, a := range s.Allocation {
		gotValues = append(gotValues, a.Values)
	}
	if diff := cmp.Diff(wantValues, gotValues); diff != "" {
		t.Errorf("cell order (-want +got):\n%s", diff)
	}
	if got := s.Allocation[0].Population + s.Allocation[1].Population + s.Allocation[2].Population; got != 200 {
		t.Errorf("F cells hold %d, want 200", got)
	}
	if s.Allocation[0].Population != 67 || s.Allocation[1].Population != 66 || s.Allocation[2].Population != 67 {
		t.Errorf("F north/south/west = %d/%d/%d, want 67/66/67", s.Allocation[0].Population, s.Allocation[1].Population, s.Allocation[2].Population)
	}
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
		if got := allocate(c.n, c.counts, total); !slices.Equal(got, c.want) {
			t.Errorf("allocate(%d, %v) = %v, want %v", c.n, c.counts, got, c.want)
		}
	}
}

func TestSelectErrors(t *testing.T) {
	ok := population(20)
	dup := slices.Clone(ok)
	dup[5].ID = dup[3].ID
	empty := slices.Clone(ok)
	empty[4].ID = ""
	missing := slices.Clone(ok)
	missing[6] = Candidate{ID: "case-x", Strata: map[string]string{"gender": "F"}}
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
		{"missing stratum", missing, 1, []string{"gender", "office"}, []string{`"case-x"`, `"office"`}},
		{"missing stratum, n 0", missing, 0, []string{"office"}, []string{`"case-x"`, `"office"`}},
		{"empty stratum name", ok, 1, []string{"gender", ""}, []string{"index 1"}},
		{"repeated stratum name", ok, 1, []string{"office", "office"}, []string{`"office"`, "repeated"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Select(c.pop, c.n, c.strata, 1)
			if err == nil {
				t.Fatal("no error")
			}
			for _, w := range c.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not contain %q", err, w)
				}
			}
			// Stratum values (possibly personal data) never appear.
			for _, v := range []string{`"F"`, `"M"`, "north", "south", "west"} {
				if strings.Contains(err.Error(), v) {
					t.Errorf("error %q contains stratum value %s", err, v)
				}
			}
		})
	}
}

func TestSelectEmpty(t *testing.T) {
	for _, pop := range [][]Candidate{nil, {}} {
		s, err := Select(pop, 0, []string{"gender"}, 9)
		if err != nil {
			t.Fatal(err)
		}
		if len(s.Selected) != 0 || len(s.Allocation) != 0 || s.Selected == nil || s.Strata[0] != "gender" {
			t.Errorf("empty sample = %+v", s)
		}
	}
}

// A stratum value containing the separator of the cell key does not merge
// cells.
func TestSelectCellKeys(t *testing.T) {
	pop := []Candidate{
		{ID: "a", Strata: map[string]string{"x": "1:", "y": "2"}},
		{ID: "b", Strata: map[string]string{"x": "1", "y": ":2"}},
	}
	s := mustSelect(t, pop, 2, []string{"x", "y"}, 0)
	if len(s.Allocation) != 2 {
		t.Errorf("got %d cells, want 2: %+v", len(s.Allocation), s.Allocation)
	}
}

// Select handles 100,000 candidates quickly (it is O(N log N)).
func TestSelectLarge(t *testing.T) {
	if testing.Short() {
		t.Skip("large population")
	}
	pop := population(100000)
	start := time.Now()
	s := mustSelect(t, pop, 5000, []string{"gender", "office"}, 11)
	if len(s.Selected) != 5000 {
		t.Fatalf("selected %d", len(s.Selected))
	}
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("took %v", d)
	}
}

func TestSelectProperties(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		size := rapid.IntRange(0, 300).Draw(t, "size")
		values := []string{"a", "b", "c", "d"}
		facts := []*LookedAfter{nil, nil, nil, {LookedAfter: b(false)}, {LookedAfter: b(true), HomeService: b(false), ResponsibleForAssessment: b(false)}, {LookedAfter: b(true)}}
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
		eligible := 0
		for _, c := range pop {
			if c.LookedAfter == nil || CheckLookedAfter(*c.LookedAfter).Outcome == Include {
				eligible++
			}
		}
		n := rapid.IntRange(0, eligible).Draw(t, "n")
		seed := rapid.Uint64().Draw(t, "seed")

		s, err := Select(pop, n, strata, seed)
		if err != nil {
			t.Fatal(err)
		}
		if len(s.Selected) != n {
			t.Fatalf("selected %d, want %d", len(s.Selected), n)
		}
		if !slices.IsSorted(s.Selected) || len(slices.Compact(slices.Clone(s.Selected))) != n {
			t.Fatalf("selected not sorted or has duplicates: %v", s.Selected)
		}
		if len(s.Excluded)+len(s.Undetermined)+eligible != size {
			t.Fatalf("excluded %d + undetermined %d + eligible %d != %d", len(s.Excluded), len(s.Undetermined), eligible, size)
		}
		byID := map[string]Candidate{}
		for _, c := range pop {
			byID[c.ID] = c
		}
		drawn := map[string]int{}
		for _, id := range s.Selected {
			c := byID[id]
			if c.LookedAfter != nil && CheckLookedAfter(*c.LookedAfter).Outcome != Include {
				t.Fatalf("selected ineligible %s", id)
			}
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
			if math.Abs(float64(a.Sample)-exact) >= 1 {
				t.Fatalf("cell %v: %d, exact %.3f", a.Values, a.Sample, exact)
			}
			if a.Sample > a.Population {
				t.Fatalf("cell %v: %d drawn from %d", a.Values, a.Sample, a.Population)
			}
			if drawn[strings.Join(a.Values, "|")] != a.Sample {
				t.Fatalf("cell %v: allocated %d, drew %d", a.Values, a.Sample, drawn[strings.Join(a.Values, "|")])
			}
		}
		if sum != n || popSum != eligible {
			t.Fatalf("allocation sums to %d of %d, population %d of %d", sum, n, popSum, eligible)
		}
		again, err := Select(pop, n, strata, seed)
		if err != nil || !slices.Equal(again.Selected, s.Selected) {
			t.Fatalf("not reproducible: %v", err)
		}
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

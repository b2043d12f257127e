package classification

import (
	"encoding/json"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"
)

// approx compares floats to within rounding of the final divisions.
var approx = cmpopts.EquateApprox(0, 1e-12)

func TestCountConstants(t *testing.T) {
	assert.Len(t, Concerns(), numConcerns)
	assert.Len(t, Deficits(), numDeficits)
}

func TestDistribute(t *testing.T) {
	levels := []Level{High, Low, 0, VeryHigh, High, Medium, Level(9), Low, High, 0, Level(255)}
	before := slices.Clone(levels)
	d := Distribute(levels)
	assert.Equal(t, before, levels, "input not modified")
	// By hand: not classified 2; Low 2, Medium 1, High 3, Very high 1;
	// invalid 2 (Level(9), Level(255)); 11 in all, 7 classified.
	want := Distribution{Counts: [5]int{2, 2, 1, 3, 1}, Invalid: 2, Total: 11}
	if diff := cmp.Diff(want, d); diff != "" {
		t.Fatalf("Distribute (-want +got):\n%s", diff)
	}
	assert.Equal(t, 7, d.classified())
	assert.Equal(t, 3, d.Counts[High])
	assert.Equal(t, 2, d.Counts[0])
	assert.InDelta(t, 2.0/7, shareOf(d, Low), 1e-15)
	assert.InDelta(t, 1.0/7, shareOf(d, Medium), 1e-15)
	assert.InDelta(t, 3.0/7, shareOf(d, High), 1e-15)
	assert.InDelta(t, 1.0/7, shareOf(d, VeryHigh), 1e-15)
	assert.Zero(t, shareOf(d, 0), "not classified is not a share of the classified")
	assert.Zero(t, shareOf(d, Level(9)))
	assert.InDelta(t, 4.0/7, d.ShareHighOrVeryHigh(), 1e-15) // (3+1)/7

	for _, in := range [][]Level{nil, {}} {
		d := Distribute(in)
		assert.Equal(t, Distribution{}, d)
		assert.Zero(t, d.classified())
		assert.Zero(t, d.ShareHighOrVeryHigh(), "0 when none classified, not NaN")
		assert.Zero(t, shareOf(d, Low))
	}
	// Only unclassified and invalid levels: nothing classified, shares 0.
	d = Distribute([]Level{0, Level(5), 0})
	assert.Equal(t, Distribution{Counts: [5]int{2}, Invalid: 1, Total: 3}, d)
	assert.Zero(t, d.ShareHighOrVeryHigh())
}

// TestDistributionAdd: levels added one at a time give what Distribute
// gives at every point.
func TestDistributionAdd(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		levels := rapid.SliceOf(rapid.Custom(func(t *rapid.T) Level {
			return Level(rapid.Uint8Range(0, 7).Draw(t, "level"))
		})).Draw(t, "levels")
		var d Distribution
		for i, l := range levels {
			d.Add(l)
			if diff := cmp.Diff(Distribute(levels[:i+1]), d); diff != "" {
				t.Fatalf("after %d levels (-Distribute +Add):\n%s", i+1, diff)
			}
		}
	})
	var nilDistribution *Distribution
	nilDistribution.Add(Low) // no panic
}

func TestDistributeBulletinScale(t *testing.T) {
	// 1,945 cases as in the bulletin; 603 High or Very high of 1,945
	// classified is 31.0%. Ten unclassified cases added stay out of the
	// denominator.
	var levels []Level
	for l, n := range map[Level]int{Low: 700, Medium: 642, High: 450, VeryHigh: 153, 0: 10} {
		for range n {
			levels = append(levels, l)
		}
	}
	d := Distribute(levels)
	assert.Equal(t, 1955, d.Total)
	assert.Equal(t, 1945, d.classified())
	assert.InDelta(t, 603.0/1945, d.ShareHighOrVeryHigh(), 1e-15)
	assert.InDelta(t, 0.31, d.ShareHighOrVeryHigh(), 0.0005)
}

func TestCountTags(t *testing.T) {
	cases := []Tagged{
		// Weapons listed twice: counted once for this case.
		{Level: High, Concerns: []Concern{Weapons, Weapons, MentalHealth}, Deficits: []Deficit{OverOptimism, OverOptimism}},
		{Level: High, Concerns: []Concern{Weapons, Concern(0), Concern(42)}, Deficits: []Deficit{FutureRisk, Deficit(8)}},
		{Level: Low, Concerns: []Concern{MentalHealth}, Deficits: []Deficit{OverOptimism}},
		{Level: 0, Concerns: []Concern{NegativePeers}},
		{Level: Level(9), Concerns: []Concern{Weapons}, Deficits: []Deficit{OutOfDate}},
		{Level: VeryHigh},
	}
	before := make([]Tagged, len(cases))
	for i, c := range cases {
		before[i] = Tagged{Level: c.Level, Concerns: slices.Clone(c.Concerns), Deficits: slices.Clone(c.Deficits)}
	}
	f := CountTags(cases)
	if diff := cmp.Diff(before, cases); diff != "" {
		t.Fatalf("input modified:\n%s", diff)
	}

	assert.Equal(t, 6, f.Cases)
	assert.Equal(t, Distribution{Counts: [5]int{1, 1, 0, 2, 1}, Invalid: 1, Total: 6}, f.Levels)
	// Invalid: Concern(0), Concern(42), Deficit(8).
	assert.Equal(t, 3, f.Invalid)
	// By hand: Weapons in cases 1, 2 and 5 (the invalid-level case counts
	// overall); MentalHealth in 1 and 3; NegativePeers in 4.
	wantC := map[Concern]int{Weapons: 3, MentalHealth: 2, NegativePeers: 1}
	for _, c := range Concerns() {
		assert.Equal(t, wantC[c], f.Concerns[c], c.String())
	}
	assert.Len(t, f.Concerns, numConcerns, "an entry for every concern")
	wantD := map[Deficit]int{OverOptimism: 2, FutureRisk: 1, OutOfDate: 1}
	for _, d := range Deficits() {
		assert.Equal(t, wantD[d], f.Deficits[d], d.String())
	}
	assert.Len(t, f.Deficits, numDeficits)

	// By level: the invalid-level case is in no level.
	require.Len(t, f.ConcernsByLevel, 5)
	require.Len(t, f.DeficitsByLevel, 5)
	assert.Equal(t, 2, f.ConcernsByLevel[High][Weapons])
	assert.Equal(t, 1, f.ConcernsByLevel[High][MentalHealth])
	assert.Equal(t, 1, f.ConcernsByLevel[Low][MentalHealth])
	assert.Equal(t, 1, f.ConcernsByLevel[0][NegativePeers])
	assert.Equal(t, 1, f.DeficitsByLevel[High][OverOptimism])
	assert.Equal(t, 1, f.DeficitsByLevel[Low][OverOptimism])
	assert.Zero(t, f.DeficitsByLevel[High][OutOfDate])
	for l, m := range f.ConcernsByLevel {
		assert.Len(t, m, numConcerns, "level %v", l)
	}
	assert.NotContains(t, f.ConcernsByLevel, Level(9))
	totalByLevel := 0
	for _, m := range f.ConcernsByLevel {
		totalByLevel += m[Weapons]
	}
	assert.Equal(t, f.Concerns[Weapons]-1, totalByLevel, "only the invalid-level case is missing")

	_, err := json.Marshal(f)
	require.NoError(t, err, "map keys marshal as text")

	// Fresh maps: changing this result does not change the next.
	f.Concerns[Weapons] = 100
	f.ConcernsByLevel[High][Weapons] = 100
	g := CountTags(cases)
	assert.Equal(t, 3, g.Concerns[Weapons])
	assert.Equal(t, 2, g.ConcernsByLevel[High][Weapons])
}

func TestCountTagsEmpty(t *testing.T) {
	for _, in := range [][]Tagged{nil, {}} {
		f := CountTags(in)
		assert.Zero(t, f.Cases)
		assert.Zero(t, f.Invalid)
		assert.Len(t, f.Concerns, numConcerns)
		assert.Len(t, f.Deficits, numDeficits)
		r := Ranked(f.Concerns, f.Cases)
		require.Len(t, r, numConcerns)
		for i, c := range r {
			assert.Equal(t, TagCount[Concern]{Tag: Concern(i + 1)}, c, "bulletin order, share 0 not NaN")
		}
		assert.Len(t, Ranked(f.Deficits, f.Cases), numDeficits)
	}
	// The zero Frequencies (nil maps) ranks without panicking.
	var zero Frequencies
	assert.Len(t, Ranked(zero.Concerns, zero.Cases), numConcerns)
	assert.Len(t, Ranked(zero.Deficits, zero.Cases), numDeficits)
}

func TestRanked(t *testing.T) {
	// Counts: FamilyIssues 3; DomesticAbuse, Weapons and CareExperience 2
	// each (ties: bulletin order is Weapons 1st, CareExperience 5th,
	// DomesticAbuse 8th); NegativePeers 1; the rest 0 in bulletin order.
	cases := []Tagged{
		{Level: High, Concerns: []Concern{FamilyIssues, DomesticAbuse, CareExperience}, Deficits: []Deficit{FutureRisk, IncompleteRisk}},
		{Level: High, Concerns: []Concern{FamilyIssues, DomesticAbuse, Weapons}, Deficits: []Deficit{FutureRisk, IncompleteRisk}},
		{Level: Medium, Concerns: []Concern{FamilyIssues, Weapons, CareExperience, NegativePeers}, Deficits: []Deficit{PartnerInformation}},
		{Level: Low},
	}
	f := CountTags(cases)
	want := []TagCount[Concern]{
		{FamilyIssues, 3, 0.75},
		{Weapons, 2, 0.5},
		{CareExperience, 2, 0.5},
		{DomesticAbuse, 2, 0.5},
		{NegativePeers, 1, 0.25},
		{DrugPossession, 0, 0},
		{SubstanceMisuse, 0, 0},
		{AdversityAndTrauma, 0, 0},
		{CriminalExploitation, 0, 0},
		{MentalHealth, 0, 0},
	}
	if diff := cmp.Diff(want, Ranked(f.Concerns, f.Cases), approx); diff != "" {
		t.Errorf("Ranked concerns (-want +got):\n%s", diff)
	}
	wantD := []TagCount[Deficit]{
		{IncompleteRisk, 2, 0.5}, // tie with FutureRisk: 2nd before 7th
		{FutureRisk, 2, 0.5},
		{PartnerInformation, 1, 0.25},
		{RoSHUnderstanding, 0, 0},
		{OverOptimism, 0, 0},
		{AcceptingAccount, 0, 0},
		{OutOfDate, 0, 0},
	}
	if diff := cmp.Diff(wantD, Ranked(f.Deficits, f.Cases), approx); diff != "" {
		t.Errorf("Ranked deficits (-want +got):\n%s", diff)
	}
	// The cases at one level, counted on their own (CountTags of the cases
	// at High, 2 of them): FamilyIssues and DomesticAbuse 2 (bulletin order
	// puts DomesticAbuse, 8th, before FamilyIssues, 9th), then Weapons and
	// CareExperience 1. Frequencies.ConcernsByLevel holds the same counts.
	atHigh := CountTags(cases[:2])
	at := Ranked(atHigh.Concerns, atHigh.Cases)
	require.Len(t, at, numConcerns)
	assert.Equal(t, []TagCount[Concern]{{DomesticAbuse, 2, 1}, {FamilyIssues, 2, 1}, {Weapons, 1, 0.5}, {CareExperience, 1, 0.5}}, at[:4])
	for _, c := range at {
		assert.Equal(t, c.Count, f.ConcernsByLevel[High][c.Tag], c.Tag.Label())
	}

	// Fresh slices.
	r := Ranked(f.Concerns, f.Cases)
	r[0].Count = 99
	assert.Equal(t, 3, Ranked(f.Concerns, f.Cases)[0].Count)
}

// shareOf is the proportion (0 to 1) of the classified cases at level l,
// as ShareHighOrVeryHigh divides: 0 when none is classified, and 0 for
// l = 0 or an out-of-range l.
func shareOf(d Distribution, l Level) float64 {
	if !levels.Valid(l) {
		return 0
	}
	return ratio(d.Counts[l], d.classified())
}

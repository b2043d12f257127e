package classification

import (
	"encoding/json"
	"math"
	"math/rand/v2"
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

// pairsOf expands an agreement matrix (rows: case manager Low..VeryHigh,
// columns: inspector) into pairs, interleaving the cells so that the
// result does not depend on the order of the input.
func pairsOf(m [4][4]int) []Pair {
	var out []Pair
	for more := true; more; {
		more = false
		for i := range 4 {
			for j := range 4 {
				if m[i][j] > 0 {
					m[i][j]--
					out = append(out, Pair{CaseManager: Level(i + 1), Inspector: Level(j + 1)})
					more = true
				}
			}
		}
	}
	return out
}

// agreementFloats returns every float in a, for checks of NaN and Inf.
func agreementFloats(a Agreement) []float64 {
	fs := []float64{a.AgreeShare, a.UnderShare, a.OverShare,
		a.CaseManager.ShareHighOrVeryHigh(), a.Inspector.ShareHighOrVeryHigh()}
	for _, k := range []Kappa{a.Kappa, a.LinearKappa, a.QuadraticKappa} {
		fs = append(fs, k.Observed, k.Chance, k.Value)
	}
	for _, l := range []Level{0, Low, Medium, High, VeryHigh, Level(9)} {
		fs = append(fs, shareOf(a.CaseManager, l), shareOf(a.Inspector, l))
	}
	return fs
}

func requireFinite(t require.TestingT, fs []float64) {
	for i, f := range fs {
		if math.IsNaN(f) || math.IsInf(f, 0) {
			require.Fail(t, "not finite", "float %d is %v", i, f)
		}
	}
}

func TestCountConstants(t *testing.T) {
	assert.Len(t, Concerns(), numConcerns)
	assert.Len(t, Deficits(), numDeficits)
	assert.Len(t, Levels(), numLevels)
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

// The hand-worked 4x4 example: 20 pairs; rows are the case manager's
// level, columns the inspector's.
//
//	CM \ insp   Low  Med  High  VH | rows R
//	Low           4    2     0   0 |  6
//	Medium        1    5     2   0 |  8
//	High          0    1     3   1 |  5
//	Very high     0    0     0   1 |  1
//	columns C     5    8     5   2 | 20
//
// Agree = diagonal = 4+5+3+1 = 13; Under (above the diagonal: the case
// manager lower) = 2+2+1 = 5; Over (below) = 1+1 = 2; 13+5+2 = 20.
//
// Unweighted (w = 1 on the diagonal, else 0):
//
//	Observed = 13/20 = 0.65
//	Chance   = Σ R_i C_i / n² = (6·5 + 8·8 + 5·5 + 1·2)/400 = 121/400 = 0.3025
//	kappa    = (0.65-0.3025)/(1-0.3025) = 0.3475/0.6975 = 139/279 ≈ 0.49821
//
// Linear (w = 1, 2/3, 1/3, 0 for 0..3 apart; as thirds a = 3, 2, 1, 0):
//
//	Σ a n_ij = 3·13 (diagonal) + 2·7 (one apart: 2+1+2+1+1) = 53
//	Observed = 53/(3·20) = 53/60 ≈ 0.88333
//	Σ a R_i C_j by rows: Low  6·(3·5+2·8+1·5+0·2) = 6·36 = 216
//	                     Med  8·(2·5+3·8+2·5+1·2) = 8·46 = 368
//	                     High 5·(1·5+2·8+3·5+2·2) = 5·40 = 200
//	                     VH   1·(0·5+1·8+2·5+3·2) = 1·24 =  24   total 808
//	Chance   = 808/(3·400) = 808/1200 ≈ 0.67333
//	kappa    = (53·20 - 808)/(1200 - 808) = 252/392 = 9/14 ≈ 0.64286
//
// Quadratic (w = 1 - (d/3)² = 1, 8/9, 5/9, 0; as ninths a = 9, 8, 5, 0):
//
//	Σ a n_ij = 9·13 + 8·7 = 117 + 56 = 173
//	Observed = 173/(9·20) = 173/180 ≈ 0.96111
//	Σ a R_i C_j by rows: Low  6·(9·5+8·8+5·5+0·2) = 6·134 =  804
//	                     Med  8·(8·5+9·8+8·5+5·2) = 8·162 = 1296
//	                     High 5·(5·5+8·8+9·5+8·2) = 5·150 =  750
//	                     VH   1·(0·5+5·8+8·5+9·2) = 1·98  =   98   total 2948
//	Chance   = 2948/(9·400) = 2948/3600 ≈ 0.81889
//	kappa    = (173·20 - 2948)/(3600 - 2948) = 512/652 = 128/163 ≈ 0.78528
var handMatrix = [4][4]int{
	{4, 2, 0, 0},
	{1, 5, 2, 0},
	{0, 1, 3, 1},
	{0, 0, 0, 1},
}

func TestAgreeHandWorked(t *testing.T) {
	pairs := pairsOf(handMatrix)
	require.Len(t, pairs, 20)
	before := slices.Clone(pairs)
	got := Agree(pairs)
	assert.Equal(t, before, pairs, "input not modified")
	want := Agreement{
		Compared:       20,
		Matrix:         handMatrix,
		Agree:          13,
		Under:          5,
		Over:           2,
		AgreeShare:     13.0 / 20,
		UnderShare:     5.0 / 20,
		OverShare:      2.0 / 20,
		Kappa:          Kappa{Observed: 13.0 / 20, Chance: 121.0 / 400, Value: 139.0 / 279, Defined: true},
		LinearKappa:    Kappa{Observed: 53.0 / 60, Chance: 808.0 / 1200, Value: 9.0 / 14, Defined: true},
		QuadraticKappa: Kappa{Observed: 173.0 / 180, Chance: 2948.0 / 3600, Value: 128.0 / 163, Defined: true},
		CaseManager:    Distribution{Counts: [5]int{0, 6, 8, 5, 1}, Total: 20},
		Inspector:      Distribution{Counts: [5]int{0, 5, 8, 5, 2}, Total: 20},
	}
	if diff := cmp.Diff(want, got, approx); diff != "" {
		t.Fatalf("Agree (-want +got):\n%s", diff)
	}
	// The decimal values in the comment, as a second check on the fractions.
	assert.InDelta(t, 0.49821, got.Kappa.Value, 5e-6)
	assert.InDelta(t, 0.64286, got.LinearKappa.Value, 5e-6)
	assert.InDelta(t, 0.78528, got.QuadraticKappa.Value, 5e-6)
	// The inspector has 7 of 20 High or Very high, the case manager 6.
	assert.InDelta(t, 7.0/20, got.Inspector.ShareHighOrVeryHigh(), 1e-15)
	assert.InDelta(t, 6.0/20, got.CaseManager.ShareHighOrVeryHigh(), 1e-15)
}

func TestAgreePerfect(t *testing.T) {
	// Perfect agreement over 7 pairs: Observed 1 for every weighting;
	// Chance unweighted = (2·2 + 1·1 + 3·3 + 1·1)/49 = 15/49; kappa 1.
	got := Agree(pairsOf([4][4]int{{2, 0, 0, 0}, {0, 1, 0, 0}, {0, 0, 3, 0}, {0, 0, 0, 1}}))
	assert.Equal(t, 7, got.Agree)
	assert.Zero(t, got.Under+got.Over)
	assert.Equal(t, 1.0, got.AgreeShare)
	assert.InDelta(t, 15.0/49, got.Kappa.Chance, 1e-15)
	for _, k := range []Kappa{got.Kappa, got.LinearKappa, got.QuadraticKappa} {
		assert.True(t, k.Defined)
		assert.Empty(t, k.Note)
		assert.Equal(t, 1.0, k.Observed)
		assert.Equal(t, 1.0, k.Value)
	}
}

func TestAgreeChanceOnly(t *testing.T) {
	// One pair in each of the 16 cells: the table is the product of its
	// marginals (R_i = C_j = 4, n = 16), so Observed equals Chance for any
	// weights and every kappa is 0.
	//   Unweighted: Observed = 4/16; Chance = 4·(4·4)/256 = 1/4.
	//   Cells by distance: 4 at 0, 6 at 1, 4 at 2, 2 at 3.
	//   Linear:    Observed = (4·3 + 6·2 + 4·1 + 2·0)/(3·16) = 28/48 = 7/12;
	//              Chance = Σ a·4·4/(3·256) = 16·28/768 = 7/12.
	//   Quadratic: Observed = (4·9 + 6·8 + 4·5 + 2·0)/(9·16) = 104/144 = 13/18;
	//              Chance = 16·104/2304 = 13/18.
	var m [4][4]int
	for i := range m {
		for j := range m[i] {
			m[i][j] = 1
		}
	}
	got := Agree(pairsOf(m))
	assert.Equal(t, [3]int{4, 6, 6}, [3]int{got.Agree, got.Under, got.Over})
	want := map[string]Kappa{
		"unweighted": {Observed: 0.25, Chance: 0.25, Value: 0, Defined: true},
		"linear":     {Observed: 7.0 / 12, Chance: 7.0 / 12, Value: 0, Defined: true},
		"quadratic":  {Observed: 13.0 / 18, Chance: 13.0 / 18, Value: 0, Defined: true},
	}
	gotK := map[string]Kappa{"unweighted": got.Kappa, "linear": got.LinearKappa, "quadratic": got.QuadraticKappa}
	if diff := cmp.Diff(want, gotK, approx); diff != "" {
		t.Fatalf("kappas (-want +got):\n%s", diff)
	}
	for name, k := range gotK {
		assert.Equal(t, 0.0, k.Value, "%s: exactly 0, computed from integers", name)
	}
}

func TestAgreeCompleteDisagreement(t *testing.T) {
	// (Low, Very high) and (Very high, Low): Observed 0 for every weighting
	// (the weight three levels apart is 0). R = C = (1,0,0,1), n = 2:
	//   Unweighted Chance = (1·1 + 1·1)/4 = 1/2; kappa = (0-1/2)/(1/2) = -1.
	//   Linear Chance = (3·1 + 0 + 0 + 3·1)/(3·4) = 1/2; kappa -1.
	//   Quadratic Chance = (9 + 9)/(9·4) = 1/2; kappa -1.
	got := Agree([]Pair{{Low, VeryHigh}, {VeryHigh, Low}})
	assert.Equal(t, 1, got.Under)
	assert.Equal(t, 1, got.Over)
	for _, k := range []Kappa{got.Kappa, got.LinearKappa, got.QuadraticKappa} {
		assert.Equal(t, Kappa{Observed: 0, Chance: 0.5, Value: -1, Defined: true}, k)
	}
}

func TestAgreeAllSameLevel(t *testing.T) {
	// Every compared case High on both sides: R = C = (0,0,n,0), so Chance
	// = 1 for every weighting and the kappa would be 0/0.
	pairs := []Pair{{High, High}, {High, High}, {High, High}, {0, High}, {High, Level(7)}}
	got := Agree(pairs)
	assert.Equal(t, 3, got.Compared)
	assert.Equal(t, 2, got.Skipped)
	assert.Equal(t, 3, got.Agree)
	for _, k := range []Kappa{got.Kappa, got.LinearKappa, got.QuadraticKappa} {
		assert.False(t, k.Defined)
		assert.Equal(t, 1.0, k.Chance)
		assert.Equal(t, 1.0, k.Observed)
		assert.Zero(t, k.Value)
		assert.Equal(t, "chance agreement is 1: every case has the same level on both sides", k.Note)
	}
	requireFinite(t, agreementFloats(got))
	_, err := json.Marshal(got)
	require.NoError(t, err, "no NaN or Inf to break JSON")

	// The same level for each rater but different between them is defined:
	// Chance 0 unweighted, so kappa = (0-0)/1 = 0.
	got = Agree([]Pair{{High, VeryHigh}, {High, VeryHigh}})
	assert.Equal(t, Kappa{Defined: true}, got.Kappa)
	assert.True(t, got.LinearKappa.Defined)
	assert.Zero(t, got.LinearKappa.Value) // Observed = Chance = 2/3
	assert.InDelta(t, 2.0/3, got.LinearKappa.Chance, 1e-15)
}

func TestAgreeEmpty(t *testing.T) {
	for name, in := range map[string][]Pair{
		"nil":         nil,
		"empty":       {},
		"all skipped": {{0, 0}, {Low, 0}, {0, VeryHigh}, {Level(5), Low}, {Medium, Level(255)}},
	} {
		t.Run(name, func(t *testing.T) {
			got := Agree(in)
			assert.Zero(t, got.Compared)
			assert.Equal(t, len(in), got.Skipped)
			assert.Equal(t, [4][4]int{}, got.Matrix)
			assert.Zero(t, got.Agree+got.Under+got.Over)
			assert.Zero(t, got.AgreeShare+got.UnderShare+got.OverShare)
			for _, k := range []Kappa{got.Kappa, got.LinearKappa, got.QuadraticKappa} {
				assert.False(t, k.Defined)
				assert.Zero(t, k.Value)
				assert.Zero(t, k.Observed)
				assert.Zero(t, k.Chance)
				assert.Contains(t, k.Note, "no pairs to compare")
			}
			requireFinite(t, agreementFloats(got))
			_, err := json.Marshal(got)
			require.NoError(t, err)
		})
	}
	if diff := cmp.Diff(Agree(nil), Agree([]Pair{})); diff != "" {
		t.Errorf("nil and empty differ:\n%s", diff)
	}
}

func TestAgreeSkipsInvalid(t *testing.T) {
	pairs := []Pair{
		{Low, Low},
		{Level(9), Low},      // invalid case manager
		{Medium, Level(200)}, // invalid inspector
		{0, High},            // not classified
		{VeryHigh, 0},        // not classified
		{Level(5), Level(5)}, // both invalid, even if "equal"
		{Medium, High},
	}
	got := Agree(pairs)
	assert.Equal(t, 2, got.Compared)
	assert.Equal(t, 5, got.Skipped)
	assert.Equal(t, [4][4]int{{1, 0, 0, 0}, {0, 0, 1, 0}}, got.Matrix)
	assert.Equal(t, 1, got.Agree, "Level(5) against Level(5) is not an agreement")
	assert.Equal(t, 1, got.Under)
	// The distributions cover every pair: case manager Low, 9, Medium, 0,
	// VeryHigh, 5, Medium; inspector Low, Low, 200, High, 0, 5, High.
	assert.Equal(t, Distribution{Counts: [5]int{1, 1, 2, 0, 1}, Invalid: 2, Total: 7}, got.CaseManager)
	assert.Equal(t, Distribution{Counts: [5]int{1, 2, 0, 2, 0}, Invalid: 2, Total: 7}, got.Inspector)
}

func TestAgreeDirection(t *testing.T) {
	// Under: the case manager's level is lower than the inspector's.
	got := Agree([]Pair{{CaseManager: Low, Inspector: High}})
	assert.Equal(t, 1, got.Under)
	assert.Zero(t, got.Over)
	assert.Equal(t, 1, got.Matrix[Low-1][High-1], "row case manager, column inspector")
	assert.Equal(t, 1.0, got.UnderShare)
	assert.Equal(t, Under, CheckReasonable(Low, High, NotNear).Direction, "same direction as CheckReasonable")

	got = Agree([]Pair{{CaseManager: VeryHigh, Inspector: Medium}})
	assert.Equal(t, 1, got.Over)
	assert.Zero(t, got.Under)
	assert.Equal(t, 1, got.Matrix[VeryHigh-1][Medium-1])
	assert.Equal(t, Over, CheckReasonable(VeryHigh, Medium, NotNear).Direction)
}

// kappaReference is the textbook formula in floating point, independent
// of the integer arithmetic in kappa.
func kappaReference(m [4][4]int, weight func(d float64) float64) (obs, chance, value float64) {
	n := 0
	var rows, cols [4]float64
	for i := range 4 {
		for j := range 4 {
			n += m[i][j]
			rows[i] += float64(m[i][j])
			cols[j] += float64(m[i][j])
		}
	}
	nf := float64(n)
	for i := range 4 {
		for j := range 4 {
			w := weight(math.Abs(float64(i - j)))
			obs += w * float64(m[i][j]) / nf
			chance += w * (rows[i] / nf) * (cols[j] / nf)
		}
	}
	return obs, chance, (obs - chance) / (1 - chance)
}

var levelGen = rapid.Custom(func(t *rapid.T) Level {
	// Mostly valid levels, some not classified, some out of range.
	switch rapid.IntRange(0, 9).Draw(t, "kind") {
	case 0:
		return 0
	case 1:
		return Level(rapid.Uint8Range(5, 255).Draw(t, "invalid"))
	}
	return Level(rapid.Uint8Range(1, 4).Draw(t, "valid"))
})

func TestAgreeProperties(t *testing.T) {
	weights := []func(d float64) float64{
		func(d float64) float64 {
			if d == 0 {
				return 1
			}
			return 0
		},
		func(d float64) float64 { return 1 - d/3 },
		func(d float64) float64 { return 1 - (d/3)*(d/3) },
	}
	rapid.Check(t, func(rt *rapid.T) {
		pairs := rapid.SliceOfN(rapid.Custom(func(t *rapid.T) Pair {
			return Pair{CaseManager: levelGen.Draw(t, "cm"), Inspector: levelGen.Draw(t, "in")}
		}), 0, 120).Draw(rt, "pairs")
		a := Agree(pairs)

		require.Equal(rt, len(pairs), a.Compared+a.Skipped)
		require.Equal(rt, a.Compared, a.Agree+a.Under+a.Over)
		sum := 0
		for i := range 4 {
			for j := range 4 {
				require.GreaterOrEqual(rt, a.Matrix[i][j], 0)
				sum += a.Matrix[i][j]
			}
		}
		require.Equal(rt, a.Compared, sum)
		if a.Compared > 0 {
			require.InDelta(rt, 1, a.AgreeShare+a.UnderShare+a.OverShare, 1e-12)
		} else {
			require.Zero(rt, a.AgreeShare+a.UnderShare+a.OverShare)
		}
		requireFinite(rt, agreementFloats(a))
		require.Equal(rt, len(pairs), a.CaseManager.Total)
		require.Equal(rt, len(pairs), a.Inspector.Total)

		// Undefined exactly when nothing is compared or every compared
		// pair has one and the same level on both sides.
		single := a.Compared > 0 && slices.ContainsFunc(a.Matrix[:], func(row [4]int) bool {
			return slices.Contains(row[:], a.Compared)
		}) && a.Agree == a.Compared
		for i, k := range []Kappa{a.Kappa, a.LinearKappa, a.QuadraticKappa} {
			require.LessOrEqual(rt, k.Value, 1.0)
			require.GreaterOrEqual(rt, k.Observed, 0.0)
			require.LessOrEqual(rt, k.Observed, 1.0)
			require.GreaterOrEqual(rt, k.Chance, 0.0)
			require.LessOrEqual(rt, k.Chance, 1.0)
			require.Equal(rt, a.Compared > 0 && !single, k.Defined, "kappa %d", i)
			if k.Defined {
				require.Empty(rt, k.Note)
				obs, chance, value := kappaReference(a.Matrix, weights[i])
				require.InDelta(rt, obs, k.Observed, 1e-9)
				require.InDelta(rt, chance, k.Chance, 1e-9)
				require.InDelta(rt, value, k.Value, 1e-9)
			} else {
				require.NotEmpty(rt, k.Note)
				require.Zero(rt, k.Value)
			}
		}
		require.Equal(rt, a.Agree == a.Compared && a.Compared > 0, a.Kappa.Observed == 1)

		// Swapping the raters swaps Under and Over, transposes the matrix
		// and leaves the kappas exactly unchanged.
		swapped := make([]Pair, len(pairs))
		for i, p := range pairs {
			swapped[i] = Pair{CaseManager: p.Inspector, Inspector: p.CaseManager}
		}
		b := Agree(swapped)
		require.Equal(rt, a.Under, b.Over)
		require.Equal(rt, a.Over, b.Under)
		require.Equal(rt, a.Agree, b.Agree)
		for i := range 4 {
			for j := range 4 {
				require.Equal(rt, a.Matrix[i][j], b.Matrix[j][i])
			}
		}
		require.Equal(rt, a.Kappa, b.Kappa)
		require.Equal(rt, a.LinearKappa, b.LinearKappa)
		require.Equal(rt, a.QuadraticKappa, b.QuadraticKappa)
		require.Equal(rt, a.CaseManager, b.Inspector)

		// The order of the pairs does not matter.
		slices.Reverse(swapped)
		require.Equal(rt, b, Agree(swapped))
	})
}

func TestAgreementJSON(t *testing.T) {
	b, err := json.Marshal(Agree([]Pair{{Low, Medium}, {High, High}}))
	require.NoError(t, err)
	var m map[string]any
	require.NoError(t, json.Unmarshal(b, &m))
	assert.EqualValues(t, 2, m["compared"])
	assert.EqualValues(t, 1, m["under"])
	assert.Contains(t, m, "linearKappa")
	assert.Contains(t, m, "quadraticKappa")
	assert.Equal(t, []any{[]any{0.0, 1.0, 0.0, 0.0}, []any{0.0, 0.0, 0.0, 0.0}, []any{0.0, 0.0, 1.0, 0.0}, []any{0.0, 0.0, 0.0, 0.0}}, m["matrix"])
	var back Agreement
	require.NoError(t, json.Unmarshal(b, &back))
	if diff := cmp.Diff(Agree([]Pair{{Low, Medium}, {High, High}}), back); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
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

func BenchmarkAgree(b *testing.B) {
	// 1,945 pairs, the size of the bulletin's sample; the inspector is
	// one level higher than the case manager in about a fifth of cases.
	r := rand.New(rand.NewPCG(1945, 43))
	pairs := make([]Pair, 1945)
	for i := range pairs {
		cm := Level(1 + r.IntN(4))
		in := cm
		if cm < VeryHigh && r.IntN(5) == 0 {
			in++
		}
		pairs[i] = Pair{CaseManager: cm, Inspector: in}
	}
	b.ReportAllocs()
	for b.Loop() {
		_ = Agree(pairs)
	}
}

// TestKappaPublishedExample is the worked example of Cohen's kappa in
// Wikipedia's article "Cohen's kappa": 50 grant proposals read by two
// readers, both Yes 20, A Yes and B No 5, A No and B Yes 10, both No 15;
// observed agreement 0.7, chance 0.5, kappa 0.4. The two answers are put on
// two levels (Yes as High, No as Low); unweighted kappa does not depend on
// which levels, nor on the unused ones.
func TestKappaPublishedExample(t *testing.T) {
	var pairs []Pair
	add := func(n int, a, b Level) {
		for range n {
			pairs = append(pairs, Pair{CaseManager: a, Inspector: b})
		}
	}
	add(20, High, High)
	add(5, High, Low)
	add(10, Low, High)
	add(15, Low, Low)
	got := Agree(pairs)
	require.True(t, got.Kappa.Defined)
	assert.InDelta(t, 0.7, got.Kappa.Observed, 1e-12)
	assert.InDelta(t, 0.5, got.Kappa.Chance, 1e-12)
	assert.InDelta(t, 0.4, got.Kappa.Value, 1e-12)
	assert.Equal(t, 10, got.Under, "the case manager Low where the inspector said High")
	assert.Equal(t, 5, got.Over)
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

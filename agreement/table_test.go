package agreement

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

// level stands for the four levels of a classification scale: 1..4 (Low
// to Very high); 0 is not classified, 5..255 out of range.
type level uint8

const (
	low level = iota + 1
	medium
	high
	veryHigh
)

func levels() *Table[level] { return New(low, medium, high, veryHigh) }

// approx compares floats to within rounding of the final divisions.
var approx = cmpopts.EquateApprox(0, 1e-12)

// tableOf counts the pairs of a 4x4 matrix (rows: first rater Low..Very
// high, columns: second), interleaving the cells so that the result does
// not depend on the order of the input.
func tableOf(m [4][4]int) *Table[level] {
	t := levels()
	for more := true; more; {
		more = false
		for i := range 4 {
			for j := range 4 {
				if m[i][j] > 0 {
					m[i][j]--
					t.Add(level(i+1), level(j+1))
					more = true
				}
			}
		}
	}
	return t
}

// matrix reads a table over the four levels back as a 4x4 matrix.
func matrix(t *Table[level]) [4][4]int {
	var m [4][4]int
	for i := range 4 {
		for j := range 4 {
			m[i][j] = t.Count(level(i+1), level(j+1))
		}
	}
	return m
}

// kappas returns the three kappas of a table.
func kappas[C comparable](t *Table[C]) [3]Kappa {
	return [3]Kappa{t.Kappa(), t.LinearKappa(), t.QuadraticKappa()}
}

// floats returns every float a table gives, for checks of NaN and Inf.
func floats[C comparable](t *Table[C]) []float64 {
	fs := []float64{t.AgreeShare(), t.FirstLowerShare(), t.FirstHigherShare()}
	for _, k := range kappas(t) {
		fs = append(fs, k.Observed, k.Chance, k.Value)
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

// The hand-worked 4x4 example (kept from classification's tests): 20
// pairs; rows are the first rater's level, columns the second's.
//
//	first \ second  Low  Med  High  VH | rows R
//	Low               4    2     0   0 |  6
//	Medium            1    5     2   0 |  8
//	High              0    1     3   1 |  5
//	Very high         0    0     0   1 |  1
//	columns C         5    8     5   2 | 20
//
// Agree = diagonal = 4+5+3+1 = 13; FirstLower (above the diagonal) =
// 2+2+1 = 5; FirstHigher (below) = 1+1 = 2; 13+5+2 = 20.
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

func TestHandWorked(t *testing.T) {
	got := tableOf(handMatrix)
	assert.Equal(t, 20, got.Pairs())
	assert.Zero(t, got.Skipped())
	assert.Equal(t, handMatrix, matrix(got))
	assert.Equal(t, [3]int{13, 5, 2}, [3]int{got.Agree(), got.FirstLower(), got.FirstHigher()})
	assert.Equal(t, [3]float64{13.0 / 20, 5.0 / 20, 2.0 / 20}, [3]float64{got.AgreeShare(), got.FirstLowerShare(), got.FirstHigherShare()})
	want := [3]Kappa{
		{Observed: 13.0 / 20, Chance: 121.0 / 400, Value: 139.0 / 279, Defined: true},
		{Observed: 53.0 / 60, Chance: 808.0 / 1200, Value: 9.0 / 14, Defined: true},
		{Observed: 173.0 / 180, Chance: 2948.0 / 3600, Value: 128.0 / 163, Defined: true},
	}
	if diff := cmp.Diff(want, kappas(got), approx); diff != "" {
		t.Fatalf("kappas (-want +got):\n%s", diff)
	}
	// The decimal values in the comment, as a second check on the fractions.
	assert.InDelta(t, 0.49821, got.Kappa().Value, 5e-6)
	assert.InDelta(t, 0.64286, got.LinearKappa().Value, 5e-6)
	assert.InDelta(t, 0.78528, got.QuadraticKappa().Value, 5e-6)
	assert.Equal(t, "moderate", got.Kappa().Strength())
	assert.Equal(t, "substantial", got.LinearKappa().Strength())
}

func TestPerfect(t *testing.T) {
	// Perfect agreement over 7 pairs: Observed 1 for every weighting;
	// Chance unweighted = (2·2 + 1·1 + 3·3 + 1·1)/49 = 15/49; kappa 1.
	got := tableOf([4][4]int{{2, 0, 0, 0}, {0, 1, 0, 0}, {0, 0, 3, 0}, {0, 0, 0, 1}})
	assert.Equal(t, 7, got.Agree())
	assert.Zero(t, got.FirstLower()+got.FirstHigher())
	assert.Equal(t, 1.0, got.AgreeShare())
	assert.InDelta(t, 15.0/49, got.Kappa().Chance, 1e-15)
	for _, k := range kappas(got) {
		assert.True(t, k.Defined)
		assert.Empty(t, k.Note)
		assert.Equal(t, 1.0, k.Observed)
		assert.Equal(t, 1.0, k.Value)
		assert.Equal(t, "almost perfect", k.Strength())
	}
}

func TestChanceOnly(t *testing.T) {
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
	got := tableOf(m)
	assert.Equal(t, [3]int{4, 6, 6}, [3]int{got.Agree(), got.FirstLower(), got.FirstHigher()})
	want := [3]Kappa{
		{Observed: 0.25, Chance: 0.25, Value: 0, Defined: true},
		{Observed: 7.0 / 12, Chance: 7.0 / 12, Value: 0, Defined: true},
		{Observed: 13.0 / 18, Chance: 13.0 / 18, Value: 0, Defined: true},
	}
	if diff := cmp.Diff(want, kappas(got), approx); diff != "" {
		t.Fatalf("kappas (-want +got):\n%s", diff)
	}
	for i, k := range kappas(got) {
		assert.Equal(t, 0.0, k.Value, "kappa %d: exactly 0, computed from integers", i)
		assert.Equal(t, "slight", k.Strength())
	}
}

func TestCompleteDisagreement(t *testing.T) {
	// (Low, Very high) and (Very high, Low): Observed 0 for every weighting
	// (the weight three levels apart is 0). R = C = (1,0,0,1), n = 2:
	// Chance 1/2 for every weighting, and kappa -1.
	got := levels()
	got.Add(low, veryHigh)
	got.Add(veryHigh, low)
	assert.Equal(t, 1, got.FirstLower())
	assert.Equal(t, 1, got.FirstHigher())
	for _, k := range kappas(got) {
		assert.Equal(t, Kappa{Observed: 0, Chance: 0.5, Value: -1, Defined: true}, k)
		assert.Equal(t, "poor", k.Strength())
	}
}

func TestAllSameCategory(t *testing.T) {
	// Every pair High from both raters: Chance = 1 for every weighting and
	// the kappa would be 0/0. Pairs with a value not in the table are
	// skipped.
	got := levels()
	for _, p := range [][2]level{{high, high}, {high, high}, {high, high}, {0, high}, {high, 7}} {
		got.Add(p[0], p[1])
	}
	assert.Equal(t, 3, got.Pairs())
	assert.Equal(t, 2, got.Skipped())
	assert.Equal(t, 3, got.Agree())
	for _, k := range kappas(got) {
		assert.False(t, k.Defined)
		assert.Equal(t, 1.0, k.Chance)
		assert.Equal(t, 1.0, k.Observed)
		assert.Zero(t, k.Value)
		assert.Equal(t, noteChanceIsOne, k.Note)
		assert.Empty(t, k.Strength())
		_, err := json.Marshal(k)
		require.NoError(t, err, "no NaN or Inf to break JSON")
	}
	requireFinite(t, floats(got))

	// The same category for each rater but different between them is
	// defined: Chance 0 unweighted, so kappa = (0-0)/1 = 0.
	got = levels()
	got.Add(high, veryHigh)
	got.Add(high, veryHigh)
	assert.Equal(t, Kappa{Defined: true}, got.Kappa())
	assert.True(t, got.LinearKappa().Defined)
	assert.Zero(t, got.LinearKappa().Value) // Observed = Chance = 2/3
	assert.InDelta(t, 2.0/3, got.LinearKappa().Chance, 1e-15)
}

func TestEmpty(t *testing.T) {
	var nilTable *Table[level]
	nilTable.Add(low, low) // no panic
	allSkipped := levels()
	for _, p := range [][2]level{{0, 0}, {low, 0}, {0, veryHigh}, {5, low}, {medium, 255}} {
		allSkipped.Add(p[0], p[1])
	}
	var zero Table[level]
	zero.Add(low, low)
	for name, tc := range map[string]struct {
		t       *Table[level]
		skipped int
	}{
		"new":         {levels(), 0},
		"nil":         {nilTable, 0},
		"zero":        {&zero, 1},
		"no category": {New[level](), 0},
		"all skipped": {allSkipped, 5},
	} {
		t.Run(name, func(t *testing.T) {
			got := tc.t
			assert.Zero(t, got.Pairs())
			assert.Equal(t, tc.skipped, got.Skipped())
			assert.Zero(t, got.Count(low, low))
			assert.Zero(t, got.Agree()+got.FirstLower()+got.FirstHigher())
			assert.Zero(t, got.AgreeShare()+got.FirstLowerShare()+got.FirstHigherShare())
			for _, k := range kappas(got) {
				assert.Equal(t, Kappa{Note: noteNoPairs}, k)
				assert.Empty(t, k.Strength())
			}
			requireFinite(t, floats(got))
		})
	}
}

func TestSkipsOthers(t *testing.T) {
	got := levels()
	for _, p := range [][2]level{
		{low, low},
		{9, low},      // first out of range
		{medium, 200}, // second out of range
		{0, high},     // not classified
		{veryHigh, 0}, // not classified
		{5, 5},        // both out of range, even if "equal"
		{medium, high},
	} {
		got.Add(p[0], p[1])
	}
	assert.Equal(t, 2, got.Pairs())
	assert.Equal(t, 5, got.Skipped())
	assert.Equal(t, [4][4]int{{1, 0, 0, 0}, {0, 0, 1, 0}}, matrix(got))
	assert.Equal(t, 1, got.Agree(), "5 against 5 is not an agreement")
	assert.Equal(t, 1, got.FirstLower())
	assert.Zero(t, got.Count(5, 5))
	assert.Zero(t, got.Count(0, high))
}

func TestDirection(t *testing.T) {
	// FirstLower: the first rater's category comes before the second's.
	got := levels()
	got.Add(low, high)
	assert.Equal(t, 1, got.FirstLower())
	assert.Zero(t, got.FirstHigher())
	assert.Equal(t, 1, got.Count(low, high), "first rater, then second")
	assert.Zero(t, got.Count(high, low))
	assert.Equal(t, 1.0, got.FirstLowerShare())

	got = levels()
	got.Add(veryHigh, medium)
	assert.Equal(t, 1, got.FirstHigher())
	assert.Zero(t, got.FirstLower())
	assert.Equal(t, 1.0, got.FirstHigherShare())

	// The order is the order given to New, not the values' order.
	desc := New(veryHigh, high, medium, low)
	desc.Add(low, high)
	assert.Equal(t, 1, desc.FirstHigher())
}

func TestNewDuplicates(t *testing.T) {
	// A category given twice counts once, at its first place.
	got := New(low, medium, low, high, medium)
	got.Add(low, high)
	got.Add(medium, low)
	assert.Equal(t, 2, got.Pairs())
	assert.Equal(t, 1, got.FirstLower())
	assert.Equal(t, 1, got.FirstHigher())
	want := New(low, medium, high)
	want.Add(low, high)
	want.Add(medium, low)
	assert.Equal(t, kappas(want), kappas(got))

	// The same with more categories than smallTable.
	many := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 3, 11, 1}
	big := New(many...)
	big.Add(3, 11)
	big.Add(11, 1)
	big.Add(12, 1)
	assert.Equal(t, 2, big.Pairs())
	assert.Equal(t, 1, big.Skipped())
	assert.Equal(t, [2]int{1, 1}, [2]int{big.FirstLower(), big.FirstHigher()})
	assert.Equal(t, 1, big.Count(3, 11))
	assert.Zero(t, big.Count(12, 1))
}

func TestOneCategory(t *testing.T) {
	// One category: every pair agrees and Chance is 1, so no kappa is
	// defined, whatever the weights (whose k-1 is 0).
	got := New("yes")
	got.Add("yes", "yes")
	got.Add("yes", "no")
	assert.Equal(t, 1, got.Pairs())
	assert.Equal(t, 1, got.Skipped())
	for _, k := range kappas(got) {
		assert.Equal(t, Kappa{Observed: 1, Chance: 1, Note: noteChanceIsOne}, k)
	}
}

// TestPublishedExample is the worked example of Cohen's kappa in
// Wikipedia's article "Cohen's kappa": 50 grant proposals read by two
// readers, both Yes 20, A Yes and B No 5, A No and B Yes 10, both No 15;
// observed agreement 0.7, chance 0.5, kappa 0.4.
func TestPublishedExample(t *testing.T) {
	got := New("yes", "no")
	add := func(n int, a, b string) {
		for range n {
			got.Add(a, b)
		}
	}
	add(20, "yes", "yes")
	add(5, "yes", "no")
	add(10, "no", "yes")
	add(15, "no", "no")
	k := got.Kappa()
	require.True(t, k.Defined)
	assert.InDelta(t, 0.7, k.Observed, 1e-12)
	assert.InDelta(t, 0.5, k.Chance, 1e-12)
	assert.InDelta(t, 0.4, k.Value, 1e-12)
	assert.Equal(t, "fair", k.Strength())
	assert.Equal(t, 5, got.FirstLower(), "A Yes and B No: Yes comes first")
	assert.Equal(t, 10, got.FirstHigher())
	// Two categories: every weighting is the same.
	assert.Equal(t, k, got.LinearKappa())
	assert.Equal(t, k, got.QuadraticKappa())
}

func TestStrength(t *testing.T) {
	for _, tc := range []struct {
		v    float64
		want string
	}{
		{-1, "poor"}, {-0.0001, "poor"}, {0, "slight"}, {0.2, "slight"}, {0.2001, "fair"},
		{0.4, "fair"}, {0.41, "moderate"}, {0.6, "moderate"}, {0.61, "substantial"},
		{0.8, "substantial"}, {0.81, "almost perfect"}, {1, "almost perfect"},
	} {
		assert.Equal(t, tc.want, Kappa{Value: tc.v, Defined: true}.Strength(), "%v", tc.v)
	}
	assert.Empty(t, Kappa{Value: 0.5}.Strength(), "undefined")
}

func TestKappaJSON(t *testing.T) {
	b, err := json.Marshal(Kappa{Observed: 0.5, Chance: 0.25, Value: 1.0 / 3, Defined: true})
	require.NoError(t, err)
	assert.JSONEq(t, `{"observed": 0.5, "chance": 0.25, "value": 0.3333333333333333, "defined": true}`, string(b))
	b, err = json.Marshal(Kappa{Note: noteNoPairs})
	require.NoError(t, err)
	assert.Equal(t, `{"observed":0,"chance":0,"value":0,"defined":false,"note":"no pairs to compare"}`, string(b))
}

// levelGen draws mostly valid levels, some not classified, some out of
// range.
var levelGen = rapid.Custom(func(t *rapid.T) level {
	switch rapid.IntRange(0, 9).Draw(t, "kind") {
	case 0:
		return 0
	case 1:
		return level(rapid.Uint8Range(5, 255).Draw(t, "invalid"))
	}
	return level(rapid.Uint8Range(1, 4).Draw(t, "valid"))
})

// TestSameAsClassificationAgree: over the four levels, a Table gives
// exactly (==, not to a tolerance) the numbers classification.Agree gave
// before this package (legacy_test.go keeps its code), pair by pair.
func TestSameAsClassificationAgree(t *testing.T) {
	rapid.Check(t, func(rt *rapid.T) {
		n := rapid.IntRange(0, 150).Draw(rt, "n")
		var pairs []legacyPair
		got := levels()
		for i := range n {
			p := legacyPair{uint8(levelGen.Draw(rt, "first")), uint8(levelGen.Draw(rt, "second"))}
			pairs = append(pairs, p)
			got.Add(level(p.CaseManager), level(p.Inspector))
			if i%17 != 0 && i != n-1 {
				continue
			}
			want := legacyAgree(pairs)
			gotA := legacyAgreement{
				Compared: got.Pairs(), Skipped: got.Skipped(), Matrix: matrix(got),
				Agree: got.Agree(), Under: got.FirstLower(), Over: got.FirstHigher(),
				AgreeShare: got.AgreeShare(), UnderShare: got.FirstLowerShare(), OverShare: got.FirstHigherShare(),
			}
			var lk [3]legacyKappa
			for i, k := range kappas(got) {
				lk[i] = legacyKappa{Observed: k.Observed, Chance: k.Chance, Value: k.Value, Defined: k.Defined}
			}
			gotA.Kappa, gotA.LinearKappa, gotA.QuadraticKappa = lk[0], lk[1], lk[2]
			// The notes were worded for the case manager and the inspector;
			// the words are now the caller's.
			want.Kappa.Note, want.LinearKappa.Note, want.QuadraticKappa.Note = "", "", ""
			if diff := cmp.Diff(want, gotA); diff != "" {
				rt.Fatalf("after %d pairs (-classification.Agree +Table):\n%s", i+1, diff)
			}
		}
	})
}

// TestSameAsClassificationAgreeTables checks the same on the tables of
// classification's tests, whose values it knew by hand.
func TestSameAsClassificationAgreeTables(t *testing.T) {
	var all [4][4]int
	for i := range all {
		for j := range all[i] {
			all[i][j] = 1
		}
	}
	for _, m := range [][4][4]int{
		handMatrix, all,
		{{2, 0, 0, 0}, {0, 1, 0, 0}, {0, 0, 3, 0}, {0, 0, 0, 1}},
		{{0, 0, 0, 1}, {}, {}, {1, 0, 0, 0}},
		{{}, {}, {0, 0, 3, 0}, {}},
		{{}, {}, {0, 0, 0, 2}, {}},
		{{15, 0, 10, 0}, {}, {5, 0, 20, 0}, {}}, // the published example, Yes as High and No as Low
	} {
		var pairs []legacyPair
		for i := range 4 {
			for j := range 4 {
				for range m[i][j] {
					pairs = append(pairs, legacyPair{uint8(i + 1), uint8(j + 1)})
				}
			}
		}
		want := legacyAgree(pairs)
		got := tableOf(m)
		for i, k := range kappas(got) {
			w := [3]legacyKappa{want.Kappa, want.LinearKappa, want.QuadraticKappa}[i]
			assert.Equal(t, [4]any{w.Observed, w.Chance, w.Value, w.Defined}, [4]any{k.Observed, k.Chance, k.Value, k.Defined}, "%v kappa %d", m, i)
		}
	}
}

// reference is the textbook formula in floating point over k categories,
// independent of the integer arithmetic in Table.kappa.
func reference(m [][]int, weight func(d, k float64) float64) (obs, chance, value float64) {
	k := len(m)
	n := 0
	rows, cols := make([]float64, k), make([]float64, k)
	for i := range k {
		for j := range k {
			n += m[i][j]
			rows[i] += float64(m[i][j])
			cols[j] += float64(m[i][j])
		}
	}
	nf := float64(n)
	for i := range k {
		for j := range k {
			w := weight(math.Abs(float64(i-j)), float64(k))
			obs += w * float64(m[i][j]) / nf
			chance += w * (rows[i] / nf) * (cols[j] / nf)
		}
	}
	return obs, chance, (obs - chance) / (1 - chance)
}

var weights = [3]func(d, k float64) float64{
	func(d, _ float64) float64 {
		if d == 0 {
			return 1
		}
		return 0
	},
	func(d, k float64) float64 { return 1 - d/(k-1) },
	func(d, k float64) float64 { return 1 - (d/(k-1))*(d/(k-1)) },
}

// TestProperties: over 2 to 12 categories (found both ways: among a few,
// and through a map), the counts add up, the kappas match the textbook
// formula, swapping the raters transposes the table and leaves the kappas
// exactly unchanged, and the order of the pairs does not matter.
func TestProperties(t *testing.T) {
	rapid.Check(t, func(rt *rapid.T) {
		k := rapid.IntRange(2, 12).Draw(rt, "k")
		cats := make([]int, k)
		for i := range cats {
			cats[i] = 10 * (i + 1) // categories need not be 0..k-1
		}
		value := rapid.Custom(func(t *rapid.T) int {
			if rapid.IntRange(0, 9).Draw(t, "other") == 0 {
				return rapid.IntRange(-5, 100).Draw(t, "any")
			}
			return cats[rapid.IntRange(0, k-1).Draw(t, "cat")]
		})
		pairs := rapid.SliceOfN(rapid.Custom(func(t *rapid.T) [2]int {
			return [2]int{value.Draw(t, "a"), value.Draw(t, "b")}
		}), 0, 120).Draw(rt, "pairs")
		a, b := New(cats...), New(cats...)
		for _, p := range pairs {
			a.Add(p[0], p[1])
		}
		for _, p := range slices.Backward(pairs) {
			b.Add(p[1], p[0])
		}

		require.Equal(rt, len(pairs), a.Pairs()+a.Skipped())
		require.Equal(rt, a.Pairs(), a.Agree()+a.FirstLower()+a.FirstHigher())
		m := make([][]int, k)
		sum := 0
		for i := range k {
			m[i] = make([]int, k)
			for j := range k {
				m[i][j] = a.Count(cats[i], cats[j])
				require.Equal(rt, m[i][j], b.Count(cats[j], cats[i]), "swapped raters transpose the table")
				sum += m[i][j]
			}
		}
		require.Equal(rt, a.Pairs(), sum)
		if a.Pairs() > 0 {
			require.InDelta(rt, 1, a.AgreeShare()+a.FirstLowerShare()+a.FirstHigherShare(), 1e-12)
		}
		requireFinite(rt, floats(a))
		require.Equal(rt, a.FirstLower(), b.FirstHigher())
		require.Equal(rt, kappas(a), kappas(b), "swapping the raters and the order of the pairs changes no kappa")

		// Undefined exactly when nothing is compared or every pair has one
		// and the same category from both raters.
		single := a.Pairs() > 0 && slices.ContainsFunc(cats, func(c int) bool { return a.Count(c, c) == a.Pairs() })
		for i, kp := range kappas(a) {
			require.LessOrEqual(rt, kp.Value, 1.0)
			require.GreaterOrEqual(rt, kp.Observed, 0.0)
			require.LessOrEqual(rt, kp.Observed, 1.0)
			require.GreaterOrEqual(rt, kp.Chance, 0.0)
			require.LessOrEqual(rt, kp.Chance, 1.0)
			require.Equal(rt, a.Pairs() > 0 && !single, kp.Defined, "kappa %d", i)
			if kp.Defined {
				require.Empty(rt, kp.Note)
				obs, chance, value := reference(m, weights[i])
				require.InDelta(rt, obs, kp.Observed, 1e-9)
				require.InDelta(rt, chance, kp.Chance, 1e-9)
				require.InDelta(rt, value, kp.Value, 1e-9)
			} else {
				require.NotEmpty(rt, kp.Note)
				require.Zero(rt, kp.Value)
			}
		}
		require.Equal(rt, a.AgreeShare(), a.Kappa().Observed, "the share alike is the unweighted observed agreement")
	})
}

// TestManyCategories: beyond denseTable categories a Table holds only the
// cells counted, with the same statistics.
func TestManyCategories(t *testing.T) {
	const k = 300
	cats := make([]int, k)
	for i := range cats {
		cats[i] = i
	}
	big := New(cats...)
	require.Nil(t, big.dense)
	r := rand.New(rand.NewPCG(3, 5))
	m := make([][]int, k)
	for i := range m {
		m[i] = make([]int, k)
	}
	used := New(0, 7, 150, 299)
	for range 500 {
		a, b := []int{0, 7, 150, 299}[r.IntN(4)], []int{0, 7, 150, 299}[r.IntN(4)]
		big.Add(a, b)
		used.Add(a, b)
		m[a][b]++
	}
	big.Add(-1, 3)
	assert.Equal(t, 500, big.Pairs())
	assert.Equal(t, 1, big.Skipped())
	assert.Equal(t, used.Count(7, 150), big.Count(7, 150))
	assert.Equal(t, [3]int{used.Agree(), used.FirstLower(), used.FirstHigher()}, [3]int{big.Agree(), big.FirstLower(), big.FirstHigher()})
	assert.Equal(t, used.Kappa(), big.Kappa(), "unused categories change no unweighted kappa")
	for i, kp := range kappas(big) {
		obs, chance, value := reference(m, weights[i])
		assert.InDelta(t, obs, kp.Observed, 1e-9)
		assert.InDelta(t, chance, kp.Chance, 1e-9)
		assert.InDelta(t, value, kp.Value, 1e-9)
	}
}

// TestAddAllocatesNothing: Add counts and works nothing out.
func TestAddAllocatesNothing(t *testing.T) {
	tb := levels()
	allocs := testing.AllocsPerRun(1000, func() { tb.Add(medium, high) })
	assert.Zero(t, allocs)
}

func BenchmarkAdd(b *testing.B) {
	tb := levels()
	r := rand.New(rand.NewPCG(1945, 43))
	pairs := make([][2]level, 1024)
	for i := range pairs {
		pairs[i] = [2]level{level(r.IntN(6)), level(r.IntN(6))}
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		p := pairs[i%len(pairs)]
		tb.Add(p[0], p[1])
		i++
	}
}

func BenchmarkKappas(b *testing.B) {
	tb := tableOf(handMatrix)
	b.ReportAllocs()
	for b.Loop() {
		_ = kappas(tb)
	}
}

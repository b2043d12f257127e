package sampling

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestZTwoSided(t *testing.T) {
	for c, want := range map[float64]float64{
		0.80: 1.2816, // standard tables: P(|Z| <= 1.2816) = 0.80
		0.90: 1.6449,
		0.95: 1.9600,
		0.99: 2.5758,
	} {
		assert.InDelta(t, want, zTwoSided(c), 1e-4, "z(%v)", c)
	}
}

func TestDefaultSampleRules(t *testing.T) {
	assert.Equal(t, SampleRules{Confidence: 0.80, Margin: 0.05}, DefaultSampleRules())
}

// Hand-computed sizes. At 80% confidence, z = 1.2815516, z² = 1.6423744,
// so with a 5% margin n0 = 1.6423744 × 0.25 / 0.0025 = 164.23744.
// At 95%, z = 1.9599640, z² = 3.8414588, n0 = 384.14588.
// Then n = n0 / (1 + (n0 − 1)/N), rounded up.
func TestSampleSize(t *testing.T) {
	def := DefaultSampleRules()
	bounded := DefaultSampleRules()
	bounded.Min, bounded.Max = 14, 91
	ninetyFive := SampleRules{Confidence: 0.95, Margin: 0.05}
	cases := []struct {
		name  string
		n     int
		rules SampleRules
		want  int
	}{
		{"empty population", 0, def, 0},
		// 164.23744 / (1 + 163.23744/1) = 164.23744 / 164.23744 = 1
		{"N=1", 1, def, 1},
		// 164.23744 / (1 + 81.61872) = 164.23744 / 82.61872 = 1.988 → 2
		{"N=2", 2, def, 2},
		// 164.23744 / (1 + 16.323744) = 164.23744 / 17.323744 = 9.480 → 10
		{"N=10", 10, def, 10},
		// 164.23744 / (1 + 11.659817) = 164.23744 / 12.659817 = 12.973 → 13
		{"N=14", 14, def, 13},
		// 164.23744 / (1 + 3.2647488) = 164.23744 / 4.2647488 = 38.510 → 39
		{"N=50", 50, def, 39},
		// 164.23744 / (1 + 1.6323744) = 164.23744 / 2.6323744 = 62.391 → 63
		{"N=100", 100, def, 63},
		// 164.23744 / (1 + 0.16323744) = 164.23744 / 1.16323744 = 141.190 → 142
		{"N=1000", 1000, def, 142},
		// 164.23744 / (1 + 0.0016323744) = 164.23744 / 1.0016323744 = 163.970 → 164
		{"N=100000", 100000, def, 164},
		// 384.14588 / (1 + 3.8314588) = 384.14588 / 4.8314588 = 79.509 → 80
		{"95% N=100", 100, ninetyFive, 80},
		// 384.14588 / (1 + 0.38314588) = 384.14588 / 1.38314588 = 277.733 → 278
		{"95% N=1000", 1000, ninetyFive, 278},
		// Bounds 14 and 91.
		{"population below minimum", 10, bounded, 10},
		{"N=14 raised to minimum", 14, bounded, 14},
		// 164.23744 / (1 + 8.161872) = 164.23744 / 9.161872 = 17.926 → 18
		{"N=20 within bounds", 20, bounded, 18},
		{"N=100 within bounds", 100, bounded, 63},
		{"N=1000 lowered to maximum", 1000, bounded, 91},
		{"minimum only", 5, SampleRules{Confidence: 0.8, Margin: 0.05, Min: 3}, 5},
		{"maximum only", 1000, SampleRules{Confidence: 0.8, Margin: 0.05, Max: 50}, 50},
		// A margin so small that e² underflows: inspect everything.
		{"tiny margin", 37, SampleRules{Confidence: 0.8, Margin: 1e-200}, 37},
		// A confidence so low that n0 < 1: still at least one case.
		{"tiny confidence", 500, SampleRules{Confidence: 1e-9, Margin: 0.5}, 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := SampleSize(c.n, c.rules)
			require.NoError(t, err)
			assert.Equal(t, c.want, got, "SampleSize(%d, %+v)", c.n, c.rules)
		})
	}
}

func TestSampleSizeMonotone(t *testing.T) {
	prev := 0
	for n := 0; n <= 3000; n++ {
		got, err := SampleSize(n, DefaultSampleRules())
		require.NoError(t, err)
		require.True(t, got >= prev && got <= n && (n == 0 || got >= 1), "SampleSize(%d) = %d after %d", n, got, prev)
		prev = got
	}
}

func TestSampleSizeErrors(t *testing.T) {
	def := DefaultSampleRules()
	with := func(f func(*SampleRules)) SampleRules { r := def; f(&r); return r }
	cases := []struct {
		name  string
		n     int
		rules SampleRules
		want  string
	}{
		{"negative population", -1, def, "population -1"},
		{"zero confidence", 10, with(func(r *SampleRules) { r.Confidence = 0 }), "confidence 0"},
		{"confidence 1", 10, with(func(r *SampleRules) { r.Confidence = 1 }), "confidence 1"},
		{"negative confidence", 10, with(func(r *SampleRules) { r.Confidence = -0.5 }), "confidence -0.5"},
		{"NaN confidence", 10, with(func(r *SampleRules) { r.Confidence = math.NaN() }), "confidence NaN"},
		{"Inf confidence", 10, with(func(r *SampleRules) { r.Confidence = math.Inf(1) }), "confidence +Inf"},
		{"zero margin", 10, with(func(r *SampleRules) { r.Margin = 0 }), "margin 0"},
		{"margin 1", 10, with(func(r *SampleRules) { r.Margin = 1 }), "margin 1"},
		{"NaN margin", 10, with(func(r *SampleRules) { r.Margin = math.NaN() }), "margin NaN"},
		{"-Inf margin", 10, with(func(r *SampleRules) { r.Margin = math.Inf(-1) }), "margin -Inf"},
		{"negative minimum", 10, with(func(r *SampleRules) { r.Min = -1 }), "minimum -1"},
		{"negative maximum", 10, with(func(r *SampleRules) { r.Max = -2 }), "maximum -2"},
		{"minimum above maximum", 10, with(func(r *SampleRules) { r.Min, r.Max = 20, 10 }), "minimum 20 is greater than maximum 10"},
		{"bad rules, empty population", 0, with(func(r *SampleRules) { r.Margin = 2 }), "margin 2"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := SampleSize(c.n, c.rules)
			require.Error(t, err, "got %d", got)
			assert.ErrorContains(t, err, c.want)
			var ie *InputError
			require.ErrorAs(t, err, &ie)
			assert.Contains(t, c.want, ie.Field+" "+ie.Value, "the field and value the message names")
			assert.NotErrorIs(t, err, ErrSampleTooLarge)
		})
	}
}

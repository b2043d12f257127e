package sampling

import (
	"math"
)

// SampleRules sets how many cases to inspect. The figures are not in the
// CARaG: they are defaults taken from the inspectorate's published
// methodology, and a caller may replace any of them.
type SampleRules struct {
	// Confidence is the confidence level, strictly between 0 and 1 (0.80
	// for 80%).
	Confidence float64 `json:"confidence"`
	// Margin is the margin of error, strictly between 0 and 1 (0.05 for
	// 5%).
	Margin float64 `json:"margin"`
	// Min is the least number of cases to draw (if the population has that
	// many); 0 means no minimum.
	Min int `json:"min,omitempty"`
	// Max is the greatest number of cases to draw; 0 means no maximum.
	Max int `json:"max,omitempty"`
}

// PublishedMin and PublishedMax are the least and greatest numbers of
// children's cases the inspectorate has published as inspected in its
// recent programme: its methodology, not the CARaG. Reports flag an
// inspection of fewer cases than PublishedMin as a small sample.
const (
	PublishedMin = 14
	PublishedMax = 91
)

// DefaultSampleRules returns the inspectorate's published default: 80%
// confidence and a 5% margin of error, with no minimum or maximum. A caller
// who wants the published bounds sets them:
//
//	rules := sampling.DefaultSampleRules()
//	rules.Min, rules.Max = sampling.PublishedMin, sampling.PublishedMax
func DefaultSampleRules() SampleRules {
	return SampleRules{Confidence: 0.80, Margin: 0.05}
}

// roundingSlack absorbs floating-point error before rounding up, so that a
// value that is mathematically a whole number is not pushed to the next
// one.
const roundingSlack = 1e-9

// SampleSize returns how many of a population of cases to inspect, using
// the normal approximation with p = 0.5 (the most cautious choice) and the
// finite population correction:
//
//	z  = the two-sided standard normal quantile for the confidence
//	     (P(|Z| <= z) = Confidence; 0.80 gives 1.2816, 0.95 gives 1.9600)
//	n0 = z² · p(1 − p) / e²         (e = Margin, p = 0.5)
//	n  = n0 / (1 + (n0 − 1) / N)    (N = population)
//
// n is rounded up, then raised to rules.Min and lowered to rules.Max where
// they are set (non-zero), and never exceeds the population: a population
// smaller than the minimum is inspected in full. A population of 0 gives 0.
// For example, N = 100 at 80% confidence and 5% margin: n0 = 164.24,
// n = 164.24 / 2.6324 = 62.39, so 63 cases.
//
// The method is the inspectorate's published methodology, not the CARaG;
// see [DefaultSampleRules]. It is an error (an [*InputError]) if the
// population or either bound is negative, if Min exceeds Max when both are set, or if the
// confidence or margin is not strictly between 0 and 1 (NaN and infinities
// included).
func SampleSize(population int, rules SampleRules) (int, error) {
	if population < 0 {
		return 0, badNumber("population", population, "is negative")
	}
	if err := rules.validate(); err != nil {
		return 0, err
	}
	if population == 0 {
		return 0, nil
	}
	z := zTwoSided(rules.Confidence)
	n0 := z * z * 0.25 / (rules.Margin * rules.Margin)
	N := float64(population)
	n := n0 / (1 + (n0-1)/N)

	size := population
	if !math.IsNaN(n) && !math.IsInf(n, 0) && n < N {
		size = int(math.Ceil(n - roundingSlack))
	}
	if size < 1 {
		size = 1
	}
	if rules.Min > 0 && size < rules.Min {
		size = rules.Min
	}
	if rules.Max > 0 && size > rules.Max {
		size = rules.Max
	}
	if size > population {
		size = population
	}
	return size, nil
}

// validate checks the rules and names the field at fault.
func (r SampleRules) validate() error {
	if !(r.Confidence > 0 && r.Confidence < 1) {
		return badNumber("confidence", r.Confidence, "is not strictly between 0 and 1")
	}
	if !(r.Margin > 0 && r.Margin < 1) {
		return badNumber("margin", r.Margin, "is not strictly between 0 and 1")
	}
	if r.Min < 0 {
		return badNumber("minimum", r.Min, "is negative")
	}
	if r.Max < 0 {
		return badNumber("maximum", r.Max, "is negative")
	}
	if r.Min > 0 && r.Max > 0 && r.Min > r.Max {
		return badNumber("minimum", r.Min, "is greater than maximum %d", r.Max)
	}
	return nil
}

// zTwoSided returns z such that P(|Z| <= z) = c for a standard normal Z,
// for 0 < c < 1. Since P(|Z| <= z) = erf(z/√2), z = √2 · erf⁻¹(c).
func zTwoSided(c float64) float64 {
	return math.Sqrt2 * math.Erfinv(c)
}

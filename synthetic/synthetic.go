package synthetic

import (
	"cmp"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strconv"

	"github.com/yjinspect/yjinspect/classification"
	"github.com/yjinspect/yjinspect/record"
)

// maxCases is the most cases Generate makes in one dataset: a million.
const maxCases = 1_000_000

// Config says what dataset to generate.
type Config struct {
	// Inspections is the number of inspections, at least 1.
	Inspections int `json:"inspections"`
	// Cases is the number of cases in all, from Inspections (at least one
	// case per inspection) to a million.
	Cases int `json:"cases"`
	// Seed selects the dataset: the same Config always gives the same
	// Dataset.
	Seed uint64 `json:"seed"`
}

// BulletinConfig returns the Config of a dataset the size of the
// bulletin's: 43 inspections and 1,945 cases, with the given seed.
func BulletinConfig(seed uint64) Config {
	return Config{Inspections: bulletinInspections, Cases: bulletinCases, Seed: seed}
}

// ConfigError reports a Config that Generate cannot use. It names the field
// and its value, e.g.
//
//	synthetic: Config.Inspections = 0: want at least 1 inspection
//
// Use errors.As to get it.
type ConfigError struct {
	// Field is the field at fault: "Inspections" or "Cases".
	Field string
	// Value is its value.
	Value int
	// Reason says what is wrong.
	Reason string
}

// Error implements error.
func (e *ConfigError) Error() string {
	return "synthetic: Config." + e.Field + " = " + strconv.Itoa(e.Value) + ": " + e.Reason
}

// InputError reports an argument of SecondReadings or WriteJSONLines that
// cannot be used: a disagreement rate that is not from 0 to 1, no writer.
// Use errors.As to get it.
type InputError struct {
	// Func is the function called: "SecondReadings" or "WriteJSONLines".
	Func string
	// Reason says what is wrong.
	Reason string
}

// Error implements error, e.g. "synthetic: WriteJSONLines: no writer".
func (e *InputError) Error() string { return "synthetic: " + e.Func + ": " + e.Reason }

// validate checks the Config: at least one inspection, at least as many
// cases as inspections, and at most a million cases. The error names the
// field and its value.
func (c Config) validate() error {
	switch {
	case c.Inspections < 1:
		return &ConfigError{Field: "Inspections", Value: c.Inspections, Reason: "want at least 1 inspection"}
	case c.Cases < c.Inspections:
		return &ConfigError{Field: "Cases", Value: c.Cases, Reason: fmt.Sprintf("want at least as many cases as inspections (%d), so that every inspection has a case", c.Inspections)}
	case c.Cases > maxCases:
		return &ConfigError{Field: "Cases", Value: c.Cases, Reason: fmt.Sprintf("want at most %d cases", maxCases)}
	}
	return nil
}

// Dataset is a synthetic dataset: inspections and their cases. No real
// child and no real inspection is in it.
type Dataset struct {
	// Config is the Config it was generated from.
	Config Config `json:"config"`
	// Inspections holds each inspection's cases, inspection by inspection.
	// Each case names its inspection (Case.Inspection: "insp-" and the
	// inspection's number, e.g. "insp-07") and is marked synthetic
	// (Case.Synthetic), so that the label travels with the data; each case
	// ID is the inspection's, "-case-" and the case's number, e.g.
	// "insp-07-case-012", unique across the dataset. slices.Concat gives
	// every case in one slice.
	Inspections [][]record.Case `json:"inspections"`
}

// Generate makes the synthetic dataset of the Config: deterministic, so
// that the same Config always gives the same Dataset. The distributions it
// draws from are the package's own assumptions (see the package doc). An
// invalid Config is a *ConfigError that names the field and its value.
func Generate(cfg Config) (Dataset, error) {
	if err := cfg.validate(); err != nil {
		return Dataset{}, err
	}
	r := rand.New(rand.NewPCG(cfg.Seed, pcgStream))
	// Each case draws from its own stream, seeded from r, so that how many
	// numbers one case draws never changes another case.
	casePCG := rand.NewPCG(0, 0)
	g := newGenerator(rand.New(casePCG))

	sizes := inspectionSizes(r, cfg.Inspections, cfg.Cases)
	insps := make([]inspectionTraits, cfg.Inspections)
	for i := range insps {
		insps[i] = inspectionTraits{
			quality: inspectionQuality * r.NormFloat64(),
			shift:   [2]float64{inspectionShift * r.NormFloat64(), inspectionShift * r.NormFloat64()},
		}
	}

	// The inspector's levels: a latent score per case and scale, ranked
	// across the dataset so that the shares of the levels are exact.
	owner := make([]int, 0, cfg.Cases)
	for i, n := range sizes {
		for range n {
			owner = append(owner, i)
		}
	}
	latent := [2][]float64{make([]float64, cfg.Cases), make([]float64, cfg.Cases)}
	rho := math.Sqrt(1 - scaleCorrelation*scaleCorrelation)
	for k, i := range owner {
		e1, e2 := r.NormFloat64(), r.NormFloat64()
		latent[0][k] = insps[i].shift[0] + e1
		latent[1][k] = insps[i].shift[1] + scaleCorrelation*e1 + rho*e2
	}
	levels := [2][]classification.Level{rankLevels(latent[0], levelShares[0]), rankLevels(latent[1], levelShares[1])}

	d := Dataset{Config: cfg, Inspections: make([][]record.Case, cfg.Inspections)}
	iw := max(2, len(strconv.Itoa(cfg.Inspections)))
	cw := max(3, len(strconv.Itoa(slices.Max(sizes))))
	k := 0
	for i, n := range sizes {
		inspection, cases := fmt.Sprintf("insp-%0*d", iw, i+1), make([]record.Case, n)
		for j := range n {
			id := fmt.Sprintf("%s-case-%0*d", inspection, cw, j+1)
			casePCG.Seed(r.Uint64(), pcgStream)
			c := g.newCase(id, insps[i], levels[0][k], levels[1][k])
			c.Inspection, c.Synthetic = inspection, true
			cases[j] = c
			k++
		}
		d.Inspections[i] = cases
	}
	if g.err != nil {
		return Dataset{}, fmt.Errorf("synthetic: generating the dataset: %w", g.err)
	}
	return d, nil
}

// inspectionTraits are what an inspection's cases share.
type inspectionTraits struct {
	// quality shifts the logit of every key question's chance of Yes.
	quality float64
	// shift moves the latent concern scores of the caseload on each scale.
	shift [2]float64
}

// inspectionSizes shares n cases among k inspections: at least
// min(minCases, n/k) each, the rest in proportion to log-normal weights,
// rounded by largest remainder so that the sizes sum to n.
func inspectionSizes(r *rand.Rand, k, n int) []int {
	floor := min(minCases, n/k)
	weights := make([]float64, k)
	total := 0.0
	for i := range weights {
		weights[i] = math.Exp(sizeSpread * r.NormFloat64())
		total += weights[i]
	}
	rest := n - floor*k
	sizes := make([]int, k)
	type frac struct {
		i int
		f float64
	}
	fracs := make([]frac, k)
	given := 0
	for i, w := range weights {
		q := float64(rest) * w / total
		whole := int(q)
		sizes[i] = floor + whole
		given += whole
		fracs[i] = frac{i, q - float64(whole)}
	}
	slices.SortStableFunc(fracs, func(a, b frac) int { return cmp.Compare(b.f, a.f) })
	for j := 0; given < rest; j++ {
		sizes[fracs[j%k].i]++
		given++
	}
	return sizes
}

// rankLevels gives each score a level so that the shares of the levels are
// the given ones (to the nearest case): the lowest scores Low, the highest
// Very high.
func rankLevels(scores []float64, shares [4]float64) []classification.Level {
	n := len(scores)
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(scores[a], scores[b]) })
	out := make([]classification.Level, n)
	cum := 0.0
	start := 0
	for l, s := range shares {
		cum += s
		end := int(math.Round(cum * float64(n)))
		if l == len(shares)-1 {
			end = n
		}
		for _, i := range order[start:min(end, n)] {
			out[i] = classification.Level(l + 1)
		}
		start = max(start, min(end, n))
	}
	return out
}

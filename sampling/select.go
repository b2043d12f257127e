package sampling

import (
	"cmp"
	"math/bits"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"

	"github.com/yjinspect/yjinspect/internal/enum"
	"github.com/yjinspect/yjinspect/internal/idrule"
)

// Candidate is a case that may be drawn into the inspection sample.
type Candidate struct {
	// ID identifies the case; it must be unique in the population and keep
	// to the ID rule of case IDs (record.CheckID: not empty, no control or
	// format character, no white space at either end, ...).
	ID string `json:"id"`
	// Strata maps stratum names (such as "gender", "disposal", "rosh",
	// "office") to the case's value for each. Every stratum named in a call
	// to [Select] must be present for an eligible candidate.
	Strata map[string]string `json:"strata"`
	// LookedAfter holds the facts for the I 1.1 exclusion check. nil means
	// none are recorded, exactly as a LookedAfter whose fields are all nil:
	// whether the child was looked after is then unknown, never false, and
	// [Select] leaves the candidate undetermined. A candidate known not to
	// have been looked after records LookedAfter: false.
	LookedAfter *LookedAfter `json:"lookedAfter,omitempty"`
}

// Allocation is one strata cell (one combination of stratum values) with
// its share of the eligible population and of the sample.
type Allocation struct {
	// Values are the cell's stratum values, in the order of Sample.Strata.
	Values []string `json:"values"`
	// Population is the number of eligible candidates in the cell.
	Population int `json:"population"`
	// PopulationShare is Population divided by the eligible population.
	PopulationShare float64 `json:"populationShare"`
	// Sample is the number of candidates drawn from the cell.
	Sample int `json:"sample"`
	// SampleShare is Sample divided by the sample size (0 when the sample
	// size is 0).
	SampleShare float64 `json:"sampleShare"`
}

// Excluded is a candidate left out of the draw, with the decision that left
// it out.
type Excluded struct {
	// ID is the candidate's ID.
	ID string `json:"id"`
	// Decision is the result of [CheckLookedAfter] for the candidate.
	Decision Decision `json:"decision"`
}

// Sample is the result of [Select].
type Sample struct {
	// Selected holds the IDs of the candidates drawn, sorted.
	Selected []string `json:"selected"`
	// Allocation holds one entry per strata cell of the eligible
	// population, in order of the cells' stratum values.
	Allocation []Allocation `json:"allocation"`
	// Excluded holds the candidates excluded under I 1.1, sorted by ID.
	Excluded []Excluded `json:"excluded"`
	// Undetermined holds the candidates whose exclusion check was
	// undetermined, sorted by ID, those with no facts recorded (a nil
	// Candidate.LookedAfter) included: they are not drawn, and a person
	// must decide about them.
	Undetermined []Excluded `json:"undetermined"`
	// Seed is the seed the draw used.
	Seed uint64 `json:"seed"`
	// N is the sample size asked for.
	N int `json:"n"`
	// Strata are the stratum names the sample is stratified by.
	Strata []string `json:"strata"`
}

// pcgStream is the second PCG seed word; fixed so that a seed always gives
// the same draw.
const pcgStream = 0x796a696e73706563 // "yjinspec"

// Select draws a stratified, reproducible sample of n cases from the
// population.
//
// First, each candidate's LookedAfter facts go through [CheckLookedAfter]:
// candidates it excludes are removed and reported in Sample.Excluded;
// candidates it leaves undetermined are not drawn and are reported in
// Sample.Undetermined for a person to decide. Only candidates it includes
// are eligible. A candidate with no LookedAfter facts (nil) is checked as
// a LookedAfter with every fact not recorded: an absent fact is unknown,
// never false, so whether the child was looked after is not known, the
// check is undetermined, and the candidate is reported in
// Sample.Undetermined, not drawn. To draw a candidate known not to have
// been looked after, record that fact (LookedAfter: false); once a person
// has decided about an undetermined candidate, record the facts (or leave
// the candidate out of the population) and draw again.
//
// Then n is allocated across the strata cells (each combination of values
// of the named strata) in proportion to the eligible population, by the
// largest remainder method: each cell gets the whole part of its quota
// n·count/eligible, and the cases left over go one each to the cells with
// the largest fractional parts, ties going to the earlier cell in order of
// stratum values. Every cell's allocation is therefore within one case of
// its exact proportional share. With no strata the whole eligible
// population is one cell.
//
// Finally, within each cell (candidates taken in order of ID, so the input
// order does not matter) the allotted number is drawn at random with a
// math/rand/v2 PCG generator seeded from seed: the same population, n,
// strata and seed always give the same sample.
//
// Proportional stratified sampling follows the inspectorate's published
// methodology, not the CARaG. It is an error (an [*InputError]) if n is
// negative or larger than the eligible population (the latter matching
// [ErrSampleTooLarge]), if a candidate ID is empty, repeated or breaks the
// ID rule of case IDs (record.CheckID; the error then matches
// record.ErrBadID), if a stratum name is empty or repeated, or if an
// eligible candidate lacks a
// named stratum. n == 0 gives an empty sample. Select runs in O(N log N)
// time for N candidates.
func Select(population []Candidate, n int, strata []string, seed uint64) (Sample, error) {
	if n < 0 {
		return Sample{}, badNumber("sample size n", n, "is negative")
	}
	if len(population) == 0 && n > 0 {
		err := badNumber("sample size n", n, "asked for from an empty population")
		err.kind = ErrSampleTooLarge
		return Sample{}, err
	}
	seenStratum := make(map[string]bool, len(strata))
	for i, s := range strata {
		if s == "" {
			return Sample{}, badIndex("stratum name", i, "is empty")
		}
		if seenStratum[s] {
			return Sample{}, badName("stratum name", s, "is repeated")
		}
		seenStratum[s] = true
	}
	seenID := make(map[string]bool, len(population))
	for i, c := range population {
		if c.ID == "" {
			return Sample{}, badIndex("candidate", i, "has an empty ID")
		}
		if why := idrule.Problem(c.ID); why != "" {
			return Sample{}, &InputError{Field: "candidate", Reason: "at index " + strconv.Itoa(i) + ": bad ID " + enum.Quote(c.ID) + ": " + why, kind: idrule.ErrBadID}
		}
		if seenID[c.ID] {
			return Sample{}, badName("candidate ID", c.ID, "is repeated")
		}
		seenID[c.ID] = true
	}

	sample := Sample{
		Selected:     []string{},
		Allocation:   []Allocation{},
		Excluded:     []Excluded{},
		Undetermined: []Excluded{},
		Seed:         seed,
		N:            n,
		Strata:       slices.Clone(strata),
	}
	if sample.Strata == nil {
		sample.Strata = []string{}
	}

	// Exclusion, then grouping of the eligible candidates into cells.
	type cell struct {
		values []string
		ids    []string
	}
	cells := map[string]*cell{}
	eligible := 0
	var key []byte
	for _, c := range population {
		// No facts (nil) are facts not recorded, never false.
		var facts LookedAfter
		if c.LookedAfter != nil {
			facts = *c.LookedAfter
		}
		d := CheckLookedAfter(facts)
		switch d.Outcome {
		case Include:
		case Exclude:
			sample.Excluded = append(sample.Excluded, Excluded{ID: c.ID, Decision: d})
			continue
		default:
			sample.Undetermined = append(sample.Undetermined, Excluded{ID: c.ID, Decision: d})
			continue
		}
		// The cell key is each value prefixed by its length, so that no two
		// combinations of values share a key.
		key = key[:0]
		for _, s := range strata {
			v, ok := c.Strata[s]
			if !ok {
				return Sample{}, badName("candidate", c.ID, "has no value for stratum %q", s)
			}
			key = strconv.AppendInt(key, int64(len(v)), 10)
			key = append(key, ':')
			key = append(key, v...)
		}
		cl := cells[string(key)]
		if cl == nil {
			values := make([]string, len(strata))
			for i, s := range strata {
				values[i] = c.Strata[s]
			}
			cl = &cell{values: values}
			cells[string(key)] = cl
		}
		cl.ids = append(cl.ids, c.ID)
		eligible++
	}
	if n > eligible {
		err := badNumber("sample size n", n, "is larger than the eligible population of %d", eligible)
		err.kind = ErrSampleTooLarge
		return Sample{}, err
	}
	byID := func(a, b Excluded) int { return strings.Compare(a.ID, b.ID) }
	slices.SortFunc(sample.Excluded, byID)
	slices.SortFunc(sample.Undetermined, byID)

	ordered := make([]*cell, 0, len(cells))
	for _, cl := range cells {
		ordered = append(ordered, cl)
	}
	slices.SortFunc(ordered, func(a, b *cell) int { return slices.Compare(a.values, b.values) })

	// Largest remainder allocation, in exact integer arithmetic.
	counts := make([]int, len(ordered))
	for i, cl := range ordered {
		counts[i] = len(cl.ids)
	}
	alloc := allocate(n, counts, eligible)

	// Draw within each cell.
	rng := rand.New(rand.NewPCG(seed, pcgStream))
	sample.Selected = make([]string, 0, n)
	for i, cl := range ordered {
		slices.Sort(cl.ids)
		k := alloc[i]
		ids := cl.ids
		for j := 0; j < k; j++ {
			r := j + rng.IntN(len(ids)-j)
			ids[j], ids[r] = ids[r], ids[j]
		}
		sample.Selected = append(sample.Selected, ids[:k]...)
		a := Allocation{
			Values:          cl.values,
			Population:      len(ids),
			PopulationShare: float64(len(ids)) / float64(eligible),
			Sample:          k,
		}
		if n > 0 {
			a.SampleShare = float64(k) / float64(n)
		}
		sample.Allocation = append(sample.Allocation, a)
	}
	slices.Sort(sample.Selected)
	return sample, nil
}

// allocate shares n among cells of the given sizes (summing to total, with
// 0 <= n <= total) by the largest remainder method, ties going to the
// earlier cell.
func allocate(n int, counts []int, total int) []int {
	alloc := make([]int, len(counts))
	if n == 0 || total == 0 {
		return alloc
	}
	rem := make([]uint64, len(counts))
	given := 0
	for i, c := range counts {
		hi, lo := bits.Mul64(uint64(n), uint64(c))
		q, r := bits.Div64(hi, lo, uint64(total)) // hi < total since n*c <= total*total
		alloc[i] = int(q)
		rem[i] = r
		given += int(q)
	}
	order := make([]int, len(counts))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(rem[b], rem[a]) })
	for _, i := range order[:n-given] {
		alloc[i]++
	}
	return alloc
}

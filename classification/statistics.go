package classification

import (
	"cmp"
	"slices"
)

// This file holds the library's statistics for analysing classifications
// in the style of the inspectorate's research bulletin "The identification
// of safety concerns relating to children" (September 2022). The bulletin
// post reports that inspectors found "a high/very high safety and wellbeing
// classification in about three in ten (31 per cent) cases and a high/very
// high risk of serious harm classification in about two in ten (19 per
// cent)" ([Distribution]), and lists ten key issues ([Concern]) and seven
// common problems ([Deficit]), counted here by [CountTags]. It also says
// that the inspector's classification "differed from that recorded by the
// case manager" in "a relatively large minority of cases", and that "it was
// usually judged that the classification should have been higher": package
// agreement counts the pairs of levels for that (the case manager first,
// the inspector second, so that "should have been higher" is FirstLower).
// The post does not define any statistic: the definitions below (which
// cases are counted, the denominators) are this library's, chosen so that
// such figures can be reproduced and compared.

// Distribution counts cases per level on one scale. It is this library's
// statistic, made by [Distribute] or case by case by [Distribution.Add];
// [Distribution.ShareHighOrVeryHigh] is the figure in the style of the
// bulletin's "high/very high ... classification in about three in ten (31
// per cent) cases". A share of a distribution is of the classified cases,
// Counts[Low] to Counts[VeryHigh]: cases not classified or with an invalid
// level are left out of the denominator. This is the library's choice,
// since the bulletin post does not say how its shares were computed.
type Distribution struct {
	// Counts holds the number of cases at each level, indexed by the
	// level's value: index 0 is not classified, 1..4 are Low, Medium,
	// High and Very high.
	Counts [5]int `json:"counts"`
	// Invalid is the number of cases with an out-of-range level (for
	// example Level(9)); they are in no entry of Counts.
	Invalid int `json:"invalid"`
	// Total is the number of cases given, including those not classified
	// and those with an invalid level.
	Total int `json:"total"`
}

// Distribute counts the levels given, one per case. Zero levels are
// counted as not classified (Counts[0]) and out-of-range levels as
// Invalid; Total is len(levels). A nil or empty slice gives the zero
// Distribution. The slice is not modified or kept.
func Distribute(levels []Level) Distribution {
	var d Distribution
	for _, l := range levels {
		d.Add(l)
	}
	return d
}

// Add counts one more level, as Distribute counts it, so that a
// Distribution can be kept as the cases come: levels added one at a time to
// the zero Distribution give, at every point, what Distribute gives on them.
// It does nothing on a nil Distribution.
func (d *Distribution) Add(l Level) {
	if d == nil {
		return
	}
	d.Total++
	if l == 0 || levels.Valid(l) {
		d.Counts[l]++
		return
	}
	d.Invalid++
}

// classified returns the number of cases with a valid level (Low to Very
// high): the denominator of every share of a Distribution.
func (d Distribution) classified() int {
	n := 0
	for _, c := range d.Counts[Low:] {
		n += c
	}
	return n
}

// ShareHighOrVeryHigh returns the proportion (0 to 1) of the classified
// cases that are High or Very high: (Counts[High]+Counts[VeryHigh]) /
// (the cases with a valid level). This is the library's statistic in the
// style of the bulletin's "high/very high safety and wellbeing
// classification in about three in ten (31 per cent) cases" (and 19 per
// cent for risk of serious harm); the bulletin post does not say whether
// cases without a classification were in its denominator, and here they
// are not. It returns 0 when no case is classified.
func (d Distribution) ShareHighOrVeryHigh() float64 {
	return ratio(d.Counts[High]+d.Counts[VeryHigh], d.classified())
}

// ratio returns num/den, or 0 when den is not positive.
func ratio(num, den int) float64 {
	if den <= 0 {
		return 0
	}
	return float64(num) / float64(den)
}

// Tagged is one case's tags and level, for [CountTags]: the level on one
// scale (zero if not classified) and the concerns and deficits the
// analyst recorded for the case.
type Tagged struct {
	// Level is the case's level on the scale being analysed.
	Level Level `json:"level"`
	// Concerns are the key issues the case's safety concerns link to.
	Concerns []Concern `json:"concerns,omitempty"`
	// Deficits are the problems found in the case's assessment.
	Deficits []Deficit `json:"deficits,omitempty"`
}

// Frequencies counts the cases carrying each concern and each deficit,
// overall and by level, as made by [CountTags]. It is the library's
// statistic for analysis in the style of the bulletin, whose post lists
// the ten key issues and the seven common problems without counts.
type Frequencies struct {
	// Cases is the number of cases given.
	Cases int `json:"cases"`
	// Levels is the distribution of the cases' levels.
	Levels Distribution `json:"levels"`
	// Concerns holds, for each of the ten concerns, the number of cases
	// carrying it (a case counts once per concern even if it lists the
	// concern twice). Every concern has an entry, zero if no case
	// carries it.
	Concerns map[Concern]int `json:"concerns"`
	// Deficits holds, for each of the seven deficits, the number of cases
	// carrying it, counted as for Concerns.
	Deficits map[Deficit]int `json:"deficits"`
	// ConcernsByLevel holds the counts of Concerns for the cases at each
	// level; level 0 holds the cases not classified. Each of the five
	// levels 0..4 has an entry with every concern. Cases with an
	// out-of-range level are in Concerns but in no level here.
	ConcernsByLevel map[Level]map[Concern]int `json:"concernsByLevel"`
	// DeficitsByLevel holds the counts of Deficits by level, as for
	// ConcernsByLevel.
	DeficitsByLevel map[Level]map[Deficit]int `json:"deficitsByLevel"`
	// Invalid is the number of concern and deficit values that are zero
	// (not recorded) or out of range, counting every occurrence; they are
	// ignored in all other counts.
	Invalid int `json:"invalid"`
}

// TagCount is one line of a ranking made by [Ranked]: a concern or a
// deficit and the number of cases carrying it.
type TagCount[T Concern | Deficit] struct {
	// Tag is the concern or deficit.
	Tag T `json:"tag"`
	// Count is the number of cases carrying it.
	Count int `json:"count"`
	// Share is Count over the number of cases counted (0 when none).
	Share float64 `json:"share"`
}

// numConcerns and numDeficits are the numbers of valid values of
// [Concern] and [Deficit] (checked against the enumerations in the tests).
const (
	numConcerns = 10
	numDeficits = 7
)

// CountTags counts, over the cases given, the cases carrying each concern
// and each deficit, overall and by level (see [Frequencies]). A case that
// lists a tag more than once counts once for it. Zero or out-of-range tags
// are counted in Invalid and otherwise ignored. A nil or empty slice gives
// zero counts (with every entry of the maps present). The result's maps
// are new on every call; the slices given are not modified or kept.
func CountTags(cases []Tagged) Frequencies {
	nConcerns := make([]int, numConcerns+1)
	nDeficits := make([]int, numDeficits+1)
	var concernsAt, deficitsAt [5][]int
	for l := range concernsAt {
		concernsAt[l] = make([]int, numConcerns+1)
		deficitsAt[l] = make([]int, numDeficits+1)
	}
	seenC := make([]bool, numConcerns+1)
	seenD := make([]bool, numDeficits+1)

	f := Frequencies{Cases: len(cases)}
	for _, c := range cases {
		f.Levels.Add(c.Level)
		byLevel := c.Level == 0 || levels.Valid(c.Level)
		clear(seenC)
		for _, t := range c.Concerns {
			if !concerns.Valid(t) {
				f.Invalid++
				continue
			}
			if seenC[t] {
				continue
			}
			seenC[t] = true
			nConcerns[t]++
			if byLevel {
				concernsAt[c.Level][t]++
			}
		}
		clear(seenD)
		for _, t := range c.Deficits {
			if !deficits.Valid(t) {
				f.Invalid++
				continue
			}
			if seenD[t] {
				continue
			}
			seenD[t] = true
			nDeficits[t]++
			if byLevel {
				deficitsAt[c.Level][t]++
			}
		}
	}

	f.Concerns = concernMap(nConcerns)
	f.Deficits = deficitMap(nDeficits)
	f.ConcernsByLevel = make(map[Level]map[Concern]int, len(concernsAt))
	f.DeficitsByLevel = make(map[Level]map[Deficit]int, len(deficitsAt))
	for l := range concernsAt {
		f.ConcernsByLevel[Level(l)] = concernMap(concernsAt[l])
		f.DeficitsByLevel[Level(l)] = deficitMap(deficitsAt[l])
	}
	return f
}

func concernMap(counts []int) map[Concern]int {
	m := make(map[Concern]int, numConcerns)
	for i := 1; i <= numConcerns; i++ {
		m[Concern(i)] = counts[i]
	}
	return m
}

func deficitMap(counts []int) map[Deficit]int {
	m := make(map[Deficit]int, numDeficits)
	for i := 1; i <= numDeficits; i++ {
		m[Deficit(i)] = counts[i]
	}
	return m
}

// Ranked returns every concern (or every deficit) of counts by descending
// count, ties in the order of the research bulletin post (the order of
// [Concerns] or [Deficits]), with each count's share of cases (0 when cases
// is 0): Ranked(f.Concerns, f.Cases) and Ranked(f.Deficits, f.Cases) rank
// the tags of a [Frequencies]. Which tag is most frequent is the library's
// statistic; the post lists the concerns and problems without counts. The
// slice is new on every call.
func Ranked[T Concern | Deficit](counts map[T]int, cases int) []TagCount[T] {
	var all []T
	switch any(T(0)).(type) {
	case Concern:
		for _, c := range Concerns() {
			all = append(all, T(c))
		}
	case Deficit:
		for _, d := range Deficits() {
			all = append(all, T(d))
		}
	}
	out := make([]TagCount[T], 0, len(all))
	for _, t := range all {
		out = append(out, TagCount[T]{Tag: t, Count: counts[t], Share: ratio(counts[t], cases)})
	}
	slices.SortStableFunc(out, func(a, b TagCount[T]) int { return cmp.Compare(b.Count, a.Count) })
	return out
}

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
// cent)", that the inspector's classification "differed from that recorded
// by the case manager" in "a relatively large minority of cases", and that
// "it was usually judged that the classification should have been higher";
// it also lists ten key issues ([Concern]) and seven common problems
// ([Deficit]). The post does not define any statistic: the definitions
// below (which cases are counted, the denominators, the kappas) are this
// library's, chosen so that such figures can be reproduced and compared.

// numLevels is the number of valid levels (Low..VeryHigh).
const numLevels = 4

// chanceTolerance is how close to 1 the chance agreement may be before a
// kappa is reported as undefined.
const chanceTolerance = 1e-12

// Pair is one case's classification on one scale by the case manager and by
// the inspector (A2.5 or A3.4 of the CARaG, and the inspector's own level
// for the question whether the case manager's classification is
// reasonable). The zero Level means not classified.
type Pair struct {
	// CaseManager is the case manager's level.
	CaseManager Level `json:"caseManager"`
	// Inspector is the level the inspector deems appropriate.
	Inspector Level `json:"inspector"`
}

// Distribution counts cases per level on one scale. It is this library's
// statistic, made by [Distribute]; [Distribution.ShareHighOrVeryHigh] is
// the figure in the style of the bulletin's "high/very high ...
// classification in about three in ten (31 per cent) cases". A share of a
// distribution is of the classified cases, Counts[Low] to Counts[VeryHigh]:
// cases not classified or with an invalid level are left out of the
// denominator. This is the library's choice, since the bulletin post does
// not say how its shares were computed.
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
		d.add(l)
	}
	return d
}

// add counts one level.
func (d *Distribution) add(l Level) {
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
// (the cases with a valid level). This is the library's statistic in the style of the
// bulletin's "high/very high safety and wellbeing classification in about
// three in ten (31 per cent) cases" (and 19 per cent for risk of serious
// harm); the bulletin post does not say whether cases without a
// classification were in its denominator, and here they are not. It
// returns 0 when no case is classified.
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

// Kappa is a chance-corrected agreement coefficient between the case
// manager and the inspector, computed by [Agree]. It is the library's
// statistic (the bulletin post reports no agreement coefficient): Cohen's
// kappa (Cohen, 1960) with identity weights, or Cohen's weighted kappa
// (Cohen, 1968) with linear (Cicchetti and Allison, 1971) or quadratic
// (Fleiss and Cohen, 1973) weights over the four levels.
type Kappa struct {
	// Observed is the observed agreement, Σ w_ij p_ij, where p_ij is the
	// proportion of compared cases with the case manager at level i and
	// the inspector at level j (weighted for the weighted kappas; for
	// the unweighted kappa it is the proportion of cases that agree).
	Observed float64 `json:"observed"`
	// Chance is the agreement expected by chance from the marginals,
	// Σ w_ij p_i. p_.j, where p_i. is the proportion of compared cases
	// the case manager put at level i and p_.j the proportion the
	// inspector put at level j.
	Chance float64 `json:"chance"`
	// Value is the kappa, (Observed-Chance)/(1-Chance): 1 for perfect
	// agreement, 0 for agreement no better than chance, negative for
	// worse than chance. It is 0 when Defined is false.
	Value float64 `json:"value"`
	// Defined is false when there are no compared cases or when Chance is
	// 1 (to within 1e-12), where the kappa would divide by zero.
	Defined bool `json:"defined"`
	// Note says why the kappa is undefined; it is "" when Defined is true.
	Note string `json:"note,omitempty"`
}

// Agreement compares the case manager's and the inspector's
// classifications on one scale over a set of cases, as made by [Agree], or
// pair by pair from the zero Agreement by [Agreement.Add].
// The comparisons (Matrix, Agree, Under, Over, the shares and the kappas)
// are over the pairs where both levels are valid; CaseManager and
// Inspector describe every pair given. All of it is the library's
// statistics for analysis in the style of the bulletin, whose post says
// only that the classifications "differed" in "a relatively large
// minority of cases" and that "it was usually judged that the
// classification should have been higher" (Under, in this library's
// terms).
type Agreement struct {
	// Compared is the number of pairs where both levels are valid.
	Compared int `json:"compared"`
	// Skipped is the number of pairs where either level is not
	// classified or out of range. Compared+Skipped is the number of pairs
	// given.
	Skipped int `json:"skipped"`
	// Matrix counts the compared pairs: Matrix[cm-1][in-1] is the number
	// where the case manager gave level cm and the inspector level in
	// (rows Low..VeryHigh by the case manager, columns by the inspector).
	Matrix [4][4]int `json:"matrix"`
	// Agree is the number of compared pairs where the levels are the same
	// (the diagonal of Matrix).
	Agree int `json:"agree"`
	// Under is the number of compared pairs where the case manager's level
	// is lower than the inspector's (above the diagonal), the direction
	// [Under] of [CheckReasonable].
	Under int `json:"under"`
	// Over is the number of compared pairs where the case manager's level
	// is higher than the inspector's (below the diagonal).
	Over int `json:"over"`
	// AgreeShare is Agree/Compared; 0 when Compared is 0.
	AgreeShare float64 `json:"agreeShare"`
	// UnderShare is Under/Compared; 0 when Compared is 0.
	UnderShare float64 `json:"underShare"`
	// OverShare is Over/Compared; 0 when Compared is 0.
	OverShare float64 `json:"overShare"`
	// Kappa is Cohen's unweighted kappa: weight 1 for the same level and
	// 0 otherwise.
	Kappa Kappa `json:"kappa"`
	// LinearKappa is the weighted kappa with linear weights
	// w_ij = 1 - |i-j|/3: 1, 2/3, 1/3 and 0 for levels 0 to 3 apart.
	LinearKappa Kappa `json:"linearKappa"`
	// QuadraticKappa is the weighted kappa with quadratic weights
	// w_ij = 1 - (|i-j|/3)²: 1, 8/9, 5/9 and 0 for levels 0 to 3 apart.
	QuadraticKappa Kappa `json:"quadraticKappa"`
	// CaseManager is the distribution of the case manager's levels over
	// every pair given, compared or not.
	CaseManager Distribution `json:"caseManager"`
	// Inspector is the distribution of the inspector's levels over every
	// pair given, compared or not; its ShareHighOrVeryHigh is the figure
	// in the style of the bulletin's 31 and 19 per cent, which were the
	// inspectors' classifications.
	Inspector Distribution `json:"inspector"`
}

// Agree compares the case manager's and the inspector's levels over the
// pairs given (all on the same scale). Pairs where either level is zero
// (not classified) or out of range are counted in Skipped and left out of
// every comparison; they are still counted in the CaseManager and
// Inspector distributions. A nil or empty slice gives zero counts and
// undefined kappas. The result never contains NaN or an infinity. The
// slice is not modified or kept.
//
// The kappas use k = 4 levels and weights w_ij (identity, linear
// 1-|i-j|/(k-1), or quadratic 1-(|i-j|/(k-1))²): Observed = Σ w_ij p_ij,
// Chance = Σ w_ij p_i. p_.j and Value = (Observed-Chance)/(1-Chance). They
// are computed from integer counts, exactly up to rounding of the final
// divisions for any realistic number of cases, so that swapping the raters
// gives the same kappas.
func Agree(pairs []Pair) Agreement {
	var a Agreement
	for _, p := range pairs {
		a.count(p)
	}
	a.work()
	return a
}

// Add counts one more pair, as Agree counts it, and works the shares and
// kappas out afresh: pairs added one at a time to the zero Agreement give,
// at every point, exactly what Agree gives on them, so that an Agreement
// can be kept as the pairs come, without holding them. (The zero Agreement
// itself differs from Agree(nil) only in that its kappas carry no Note.)
func (a *Agreement) Add(p Pair) {
	if a == nil {
		return
	}
	a.count(p)
	a.work()
}

// count counts one pair.
func (a *Agreement) count(p Pair) {
	a.CaseManager.add(p.CaseManager)
	a.Inspector.add(p.Inspector)
	if !levels.Valid(p.CaseManager) || !levels.Valid(p.Inspector) {
		a.Skipped++
		return
	}
	a.Compared++
	cm, in := int(p.CaseManager)-1, int(p.Inspector)-1
	a.Matrix[cm][in]++
	switch {
	case cm == in:
		a.Agree++
	case cm < in:
		a.Under++
	default:
		a.Over++
	}
}

// work works out the shares and kappas from the counts.
func (a *Agreement) work() {
	a.AgreeShare = ratio(a.Agree, a.Compared)
	a.UnderShare = ratio(a.Under, a.Compared)
	a.OverShare = ratio(a.Over, a.Compared)
	// Integer weights a_d over a common denominator, for levels d apart:
	// identity (1,0,0,0)/1, linear (3,2,1,0)/3, quadratic (9,8,5,0)/9.
	a.Kappa = kappa(&a.Matrix, a.Compared, [numLevels]int{1, 0, 0, 0}, 1)
	a.LinearKappa = kappa(&a.Matrix, a.Compared, [numLevels]int{3, 2, 1, 0}, 3)
	a.QuadraticKappa = kappa(&a.Matrix, a.Compared, [numLevels]int{9, 8, 5, 0}, 9)
}

// kappa computes a weighted kappa from the agreement matrix of n pairs,
// with weight w[|i-j|]/den for cells i, j.
func kappa(m *[4][4]int, n int, w [numLevels]int, den int) Kappa {
	if n <= 0 {
		return Kappa{Note: "no pairs to compare: no case has a valid level from both the case manager and the inspector"}
	}
	var rows, cols [numLevels]int
	for i := range numLevels {
		for j := range numLevels {
			rows[i] += m[i][j]
			cols[j] += m[i][j]
		}
	}
	// obs = Σ w_ij n_ij (times den), an exact integer. exp = Σ w_ij R_i C_j
	// (times den), an integer held in a float64: exact, whatever the order
	// of summation, while den·n² < 2^53 (n up to about 3·10^7).
	obs := 0
	exp := 0.0
	for i := range numLevels {
		for j := range numLevels {
			wij := w[absInt(i-j)]
			obs += wij * m[i][j]
			exp += float64(wij) * float64(rows[i]) * float64(cols[j])
		}
	}
	nf := float64(n)
	dn := float64(den) * nf       // den·n
	dn2 := float64(den) * nf * nf // den·n²
	k := Kappa{
		Observed: float64(obs) / dn,
		Chance:   exp / dn2,
	}
	if 1-k.Chance <= chanceTolerance {
		k.Note = "chance agreement is 1: every case has the same level on both sides"
		return k
	}
	// (Observed-Chance)/(1-Chance) multiplied through by den·n², so that
	// the only rounding is in the products and the final division.
	v := (float64(obs)*nf - exp) / (dn2 - exp)
	if v > 1 { // guards against rounding for very large inputs
		v = 1
	}
	k.Value, k.Defined = v, true
	return k
}

func absInt(x int) int {
	if x < 0 {
		return -x
	}
	return x
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
		f.Levels.add(c.Level)
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

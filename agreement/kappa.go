package agreement

// Kappa is a chance-corrected agreement coefficient over the pairs of a
// [Table]: Cohen's kappa ([Table.Kappa]) or a weighted kappa
// ([Table.LinearKappa], [Table.QuadraticKappa]). With weights w_ij between
// the categories i and j (1 for the same category), p_ij the proportion of
// pairs with the first rater at i and the second at j, and p_i. and p_.j
// the proportions of pairs with the first rater at i and with the second at
// j:
//
//	Observed = Σ w_ij p_ij
//	Chance   = Σ w_ij p_i. p_.j
//	Value    = (Observed - Chance) / (1 - Chance)
type Kappa struct {
	// Observed is the observed agreement, weighted for the weighted kappas;
	// for Cohen's kappa it is the share of pairs alike.
	Observed float64 `json:"observed"`
	// Chance is the agreement expected by chance from the two raters'
	// marginal proportions.
	Chance float64 `json:"chance"`
	// Value is the kappa: 1 for perfect agreement, 0 for agreement no
	// better than chance, negative for worse than chance. It is 0 when
	// Defined is false.
	Value float64 `json:"value"`
	// Defined is false when there are no pairs, or when Chance is 1 (to
	// within 1e-12: both raters put every pair in one and the same
	// category), where the kappa would divide by zero.
	Defined bool `json:"defined"`
	// Note says why the kappa is undefined; it is "" when Defined is true.
	// A caller may replace it with words of its own.
	Note string `json:"note,omitempty"`
}

// The notes of an undefined kappa.
const (
	noteNoPairs     = "no pairs to compare"
	noteChanceIsOne = "chance agreement is 1: both raters put every pair in one and the same category"
)

// chanceTolerance is how close to 1 Chance may be before the kappa is
// undefined.
const chanceTolerance = 1e-12

// Kappa returns Cohen's kappa (Cohen, 1960): weight 1 for the same category
// and 0 otherwise. It does not depend on the order of the categories.
func (t *Table[C]) Kappa() Kappa {
	return t.kappa(func(d int) int {
		if d == 0 {
			return 1
		}
		return 0
	}, 1)
}

// LinearKappa returns the weighted kappa (Cohen, 1968) with linear weights
// (Cicchetti and Allison, 1971): w_ij = 1 - |i-j|/(k-1) for categories i
// and j of k, in the table's order. For four levels the weights are 1, 2/3,
// 1/3 and 0 for levels 0 to 3 apart. It is for ordered categories.
func (t *Table[C]) LinearKappa() Kappa {
	m := t.k() - 1
	return t.kappa(func(d int) int { return m - d }, m)
}

// QuadraticKappa returns the weighted kappa (Cohen, 1968) with quadratic
// weights (Fleiss and Cohen, 1973): w_ij = 1 - (|i-j|/(k-1))². For four
// levels the weights are 1, 8/9, 5/9 and 0 for levels 0 to 3 apart. It is
// for ordered categories.
func (t *Table[C]) QuadraticKappa() Kappa {
	m := t.k() - 1
	return t.kappa(func(d int) int { return m*m - d*d }, m*m)
}

// k returns the number of categories.
func (t *Table[C]) k() int {
	if t == nil {
		return 0
	}
	return len(t.categories)
}

// kappa computes a kappa with weight w(|i-j|)/den for cells i, j, where
// the integer weights w and den are such that w(0) = den.
func (t *Table[C]) kappa(w func(d int) int, den int) Kappa {
	n := t.Pairs()
	if n <= 0 {
		return Kappa{Note: noteNoPairs}
	}
	k := t.k()
	if den <= 0 { // one category: every weight is 1, and Chance is 1
		w, den = func(int) int { return 1 }, 1
	}
	rows := make([]int, k)
	cols := make([]int, k)
	t.cells(func(i, j, c int) {
		rows[i] += c
		cols[j] += c
	})
	// obs = Σ w_ij n_ij (times den), an exact integer. exp = Σ w_ij R_i C_j
	// (times den), an integer held in a float64: exact, whatever the order
	// of summation, while den·n² < 2^53. Only the categories in use count.
	obs := 0
	t.cells(func(i, j, c int) { obs += w(absInt(i-j)) * c })
	exp := 0.0
	usedCols := inUse(cols)
	for _, i := range inUse(rows) {
		for _, j := range usedCols {
			exp += float64(w(absInt(i-j))) * float64(rows[i]) * float64(cols[j])
		}
	}
	nf := float64(n)
	dn := float64(den) * nf       // den·n
	dn2 := float64(den) * nf * nf // den·n²
	kp := Kappa{
		Observed: float64(obs) / dn,
		Chance:   exp / dn2,
	}
	if 1-kp.Chance <= chanceTolerance {
		kp.Note = noteChanceIsOne
		return kp
	}
	// (Observed-Chance)/(1-Chance) multiplied through by den·n², so that
	// the only rounding is in the products and the final division.
	v := (float64(obs)*nf - exp) / (dn2 - exp)
	if v > 1 { // guards against rounding for very large inputs
		v = 1
	}
	kp.Value, kp.Defined = v, true
	return kp
}

// inUse returns the places of the counts that are not zero.
func inUse(counts []int) []int {
	var out []int
	for i, c := range counts {
		if c != 0 {
			out = append(out, i)
		}
	}
	return out
}

func absInt(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// Strength returns the words Landis and Koch (1977) gave to ranges of
// kappa: "poor" below 0, "slight" from 0 to 0.20, "fair" above 0.20 to
// 0.40, "moderate" to 0.60, "substantial" to 0.80 and "almost perfect"
// above 0.80 (each range includes its upper bound). It is "" when the
// kappa is undefined. The words are a convention from the literature, not
// from the CARaG or the inspectorate, and Landis and Koch called their
// divisions arbitrary: a reading aid, not a standard.
func (k Kappa) Strength() string {
	switch v := k.Value; {
	case !k.Defined:
		return ""
	case v < 0:
		return "poor"
	case v <= 0.20:
		return "slight"
	case v <= 0.40:
		return "fair"
	case v <= 0.60:
		return "moderate"
	case v <= 0.80:
		return "substantial"
	}
	return "almost perfect"
}

package agreement

// This file keeps, frozen, the agreement statistics of classification.Agree
// as they were before this package (classification/agreement.go at commit
// 649641a), reduced to the four levels as plain numbers 1..4 (0 and 5..255
// are not classified or out of range). The tests check that a Table over
// the four levels gives exactly, bit for bit, the same numbers.

// legacyKappa is classification.Kappa.
type legacyKappa struct {
	Observed, Chance, Value float64
	Defined                 bool
	Note                    string
}

// legacyAgreement is classification.Agreement without the distributions.
type legacyAgreement struct {
	Compared, Skipped                  int
	Matrix                             [4][4]int
	Agree, Under, Over                 int
	AgreeShare, UnderShare, OverShare  float64
	Kappa, LinearKappa, QuadraticKappa legacyKappa
}

// legacyPair is classification.Pair.
type legacyPair struct{ CaseManager, Inspector uint8 }

func legacyAgree(pairs []legacyPair) legacyAgreement {
	var a legacyAgreement
	for _, p := range pairs {
		if p.CaseManager < 1 || p.CaseManager > 4 || p.Inspector < 1 || p.Inspector > 4 {
			a.Skipped++
			continue
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
	a.AgreeShare = ratio(a.Agree, a.Compared)
	a.UnderShare = ratio(a.Under, a.Compared)
	a.OverShare = ratio(a.Over, a.Compared)
	a.Kappa = legacyKappaOf(&a.Matrix, a.Compared, [4]int{1, 0, 0, 0}, 1)
	a.LinearKappa = legacyKappaOf(&a.Matrix, a.Compared, [4]int{3, 2, 1, 0}, 3)
	a.QuadraticKappa = legacyKappaOf(&a.Matrix, a.Compared, [4]int{9, 8, 5, 0}, 9)
	return a
}

func legacyKappaOf(m *[4][4]int, n int, w [4]int, den int) legacyKappa {
	if n <= 0 {
		return legacyKappa{Note: "no pairs to compare: no case has a valid level from both the case manager and the inspector"}
	}
	var rows, cols [4]int
	for i := range 4 {
		for j := range 4 {
			rows[i] += m[i][j]
			cols[j] += m[i][j]
		}
	}
	obs := 0
	exp := 0.0
	for i := range 4 {
		for j := range 4 {
			wij := w[absInt(i-j)]
			obs += wij * m[i][j]
			exp += float64(wij) * float64(rows[i]) * float64(cols[j])
		}
	}
	nf := float64(n)
	dn := float64(den) * nf
	dn2 := float64(den) * nf * nf
	k := legacyKappa{
		Observed: float64(obs) / dn,
		Chance:   exp / dn2,
	}
	if 1-k.Chance <= 1e-12 {
		k.Note = "chance agreement is 1: every case has the same level on both sides"
		return k
	}
	v := (float64(obs)*nf - exp) / (dn2 - exp)
	if v > 1 {
		v = 1
	}
	k.Value, k.Defined = v, true
	return k
}

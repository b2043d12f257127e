package classification

// AgreementTally is Agree one pair at a time: it counts pairs as they come,
// and Agreement gives, at any point, exactly what Agree gives on the pairs
// added so far. Its memory does not grow with the number of pairs, and two
// tallies can be merged, so that work can be split. The zero value is an
// empty tally. An AgreementTally is not safe for concurrent use.
type AgreementTally struct {
	a Agreement // the counts; the shares and kappas are worked out on reading
}

// Add counts one pair, as Agree counts it.
func (t *AgreementTally) Add(p Pair) {
	if t == nil {
		return
	}
	a := &t.a
	a.CaseManager.add(p.CaseManager)
	a.Inspector.add(p.Inspector)
	if !p.CaseManager.Valid() || !p.Inspector.Valid() {
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

// Merge adds the pairs o has counted to t. o is not changed (it may be t
// itself); a nil o adds nothing.
func (t *AgreementTally) Merge(o *AgreementTally) {
	if t == nil || o == nil {
		return
	}
	b := o.a // a copy, in case o is t
	a := &t.a
	a.Compared += b.Compared
	a.Skipped += b.Skipped
	for i := range a.Matrix {
		for j := range a.Matrix[i] {
			a.Matrix[i][j] += b.Matrix[i][j]
		}
	}
	a.Agree += b.Agree
	a.Under += b.Under
	a.Over += b.Over
	a.CaseManager.merge(b.CaseManager)
	a.Inspector.merge(b.Inspector)
}

// merge adds the counts of o to d.
func (d *Distribution) merge(o Distribution) {
	for i := range d.Counts {
		d.Counts[i] += o.Counts[i]
	}
	d.Invalid += o.Invalid
	d.Total += o.Total
}

// Agreement returns what Agree gives on the pairs added so far: the counts,
// the shares and the kappas. A nil tally gives what Agree gives on no pairs.
func (t *AgreementTally) Agreement() Agreement {
	var a Agreement
	if t != nil {
		a = t.a
	}
	a.AgreeShare = ratio(a.Agree, a.Compared)
	a.UnderShare = ratio(a.Under, a.Compared)
	a.OverShare = ratio(a.Over, a.Compared)
	// Integer weights a_d over a common denominator, for levels d apart:
	// identity (1,0,0,0)/1, linear (3,2,1,0)/3, quadratic (9,8,5,0)/9.
	a.Kappa = kappa(&a.Matrix, a.Compared, [numLevels]int{1, 0, 0, 0}, 1)
	a.LinearKappa = kappa(&a.Matrix, a.Compared, [numLevels]int{3, 2, 1, 0}, 3)
	a.QuadraticKappa = kappa(&a.Matrix, a.Compared, [numLevels]int{9, 8, 5, 0}, 9)
	return a
}

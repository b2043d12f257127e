package agreement

// Table counts pairs of ratings (the first rater's category, the second
// rater's) over k categories in a k×k table. Make one with [New]; the zero
// Table has no categories, so it counts every pair as skipped. Use a Table
// through the pointer New returns: a copy of a Table shares some of its
// counts. A nil *Table counts nothing and reads as empty.
type Table[C comparable] struct {
	// categories are the categories in order; index maps each to its
	// place when there are more than smallTable of them (find looks
	// through a few).
	categories []C
	index      map[C]int
	// dense holds the counts, row by the first rater's category:
	// dense[i*k+j] counts the pairs with the first rater at categories[i]
	// and the second at categories[j]. Beyond denseTable categories, sparse
	// holds the cells that are not zero, by the same key.
	dense   []int
	sparse  map[int]int
	pairs   int
	skipped int
}

// smallTable is the number of categories up to which find compares a
// value with each category rather than look it up in a map: faster for the
// few categories of a scale or an answer.
const smallTable = 8

// denseTable is the number of categories up to which a Table holds every
// cell (at most 65,536 of them); beyond it, only the cells counted.
const denseTable = 256

// New returns an empty Table over the categories given, in their order. A
// category given more than once counts once, at its first place. With no
// categories, every pair is skipped. The slice is not kept.
func New[C comparable](categories ...C) *Table[C] {
	t := &Table[C]{}
	if len(categories) > smallTable {
		t.index = make(map[C]int, len(categories))
	}
	for _, c := range categories {
		if _, dup := t.find(c); dup {
			continue
		}
		if t.index != nil {
			t.index[c] = len(t.categories)
		}
		t.categories = append(t.categories, c)
	}
	if k := len(t.categories); k <= denseTable {
		t.dense = make([]int, k*k)
	} else {
		t.sparse = map[int]int{}
	}
	return t
}

// find returns the place of a category among the table's, and whether it
// is one of them.
func (t *Table[C]) find(c C) (int, bool) {
	if t.index != nil {
		i, ok := t.index[c]
		return i, ok
	}
	for i, x := range t.categories {
		if x == c {
			return i, true
		}
	}
	return 0, false
}

// Add counts one pair: the first rater's category and the second's. Where
// either is not one of the table's categories, the pair is counted as
// skipped (see [Table.Skipped]) and nowhere else. Add takes constant time:
// it counts, and leaves the statistics to be worked out when read. It does
// nothing on a nil Table.
func (t *Table[C]) Add(first, second C) {
	if t == nil {
		return
	}
	i, ok := t.find(first)
	j, ok2 := t.find(second)
	if !ok || !ok2 {
		t.skipped++
		return
	}
	if key := i*len(t.categories) + j; t.dense != nil {
		t.dense[key]++
	} else {
		t.sparse[key]++
	}
	t.pairs++
}

// cells calls f with each cell of the table that may not be zero: the
// first rater's place i, the second's j, and the count.
func (t *Table[C]) cells(f func(i, j, n int)) {
	if t == nil {
		return
	}
	k := len(t.categories)
	for key, n := range t.dense {
		f(key/k, key%k, n)
	}
	for key, n := range t.sparse {
		f(key/k, key%k, n)
	}
}

// Pairs returns the number of pairs counted in the table: those where both
// values are categories of the table. Every statistic is over these.
func (t *Table[C]) Pairs() int {
	if t == nil {
		return 0
	}
	return t.pairs
}

// Skipped returns the number of pairs given to Add where either value is
// not a category of the table. Pairs()+Skipped() is the number of pairs
// given.
func (t *Table[C]) Skipped() int {
	if t == nil {
		return 0
	}
	return t.skipped
}

// Count returns the number of pairs with the first rater at category first
// and the second at category second; 0 when either is not a category of
// the table.
func (t *Table[C]) Count(first, second C) int {
	if t == nil {
		return 0
	}
	i, ok := t.find(first)
	j, ok2 := t.find(second)
	if !ok || !ok2 {
		return 0
	}
	key := i*len(t.categories) + j
	if t.dense != nil {
		return t.dense[key]
	}
	return t.sparse[key]
}

// Agree returns the number of pairs where both raters give the same
// category (the diagonal of the table).
func (t *Table[C]) Agree() int {
	agree, _, _ := t.split()
	return agree
}

// FirstLower returns the number of pairs where the first rater's category
// comes before the second's in the table's order (above the diagonal): for
// ordered categories from lowest to highest, where the first rater's is
// the lower.
func (t *Table[C]) FirstLower() int {
	_, lower, _ := t.split()
	return lower
}

// FirstHigher returns the number of pairs where the first rater's category
// comes after the second's in the table's order (below the diagonal).
func (t *Table[C]) FirstHigher() int {
	_, _, higher := t.split()
	return higher
}

// AgreeShare returns Agree/Pairs, the observed agreement, from 0 to 1; 0
// when there are no pairs.
func (t *Table[C]) AgreeShare() float64 { return ratio(t.Agree(), t.Pairs()) }

// FirstLowerShare returns FirstLower/Pairs, from 0 to 1; 0 when there are
// no pairs.
func (t *Table[C]) FirstLowerShare() float64 { return ratio(t.FirstLower(), t.Pairs()) }

// FirstHigherShare returns FirstHigher/Pairs, from 0 to 1; 0 when there are
// no pairs.
func (t *Table[C]) FirstHigherShare() float64 { return ratio(t.FirstHigher(), t.Pairs()) }

// split returns the pairs on, above and below the diagonal.
func (t *Table[C]) split() (agree, lower, higher int) {
	t.cells(func(i, j, n int) {
		switch {
		case i == j:
			agree += n
		case i < j:
			lower += n
		default:
			higher += n
		}
	})
	return agree, lower, higher
}

// ratio returns num/den, or 0 when den is not positive.
func ratio(num, den int) float64 {
	if den <= 0 {
		return 0
	}
	return float64(num) / float64(den)
}

package judgement

import (
	"math/bits"
	"sync"

	"github.com/yjinspect/yjinspect/classification"
	"github.com/yjinspect/yjinspect/record"
)

// The slots of a scale memo: the zero level and the valid ones, the zero
// Near and the valid ones.
const (
	memoLevels = int(classification.VeryHigh) + 1
	memoNears  = int(classification.NearHighVeryHigh) + 1
)

// scaleMemo is judgeScale's findings worked out once for every input
// with levels and a Near in range, so that Judge reads a scale's findings
// from a table instead of following judgeScale's branches,
// which go one way or the other at random from one case to the next. It
// holds no rule of its own: it is made by calling judgeScale, and
// TestScaleMemoIsJudgeScale checks it against judgeScale for every input.
//
// judgeScale reads the facts only as whether no factors are recorded, the
// reasonableness answer only as Yes, No or neither, and the written record
// answer only as n/a or not, so the table is indexed by those; other
// inputs (invalid levels) go to judgeScale itself.
type scaleMemo struct {
	m *scaleMessages
	// found holds, for each input, the set of findings judgeScale adds,
	// bit i for list[i]; judgeScale adds them in the order of list.
	found [memoLevels * memoLevels * memoNears * 2 * 3 * 2]uint16
	list  []Finding
	// ok is false if judgeScale added findings in an order the table
	// cannot give; then judge calls judgeScale for every input.
	ok bool
}

// memoIndex is the index in scaleMemo.found of an input; the levels and
// near must be in range.
func memoIndex(caseManager, inspector classification.Level, near classification.Near, noFactors bool, reasonable, written record.Answer) int {
	r := 2
	switch reasonable {
	case record.Yes:
		r = 0
	case record.No:
		r = 1
	}
	i := (int(caseManager)*memoLevels+int(inspector))*memoNears + int(near)
	return ((i*2+int(b2u(noFactors)))*3+r)*2 + int(b2u(written == record.NotApplicable))
}

// scaleMemos are the memos of the two scales, made on first use. They
// depend on no catalogue, so every plan shares them.
var scaleMemos = sync.OnceValues(func() (sw, rosh *scaleMemo) {
	return newScaleMemo(scaleSW), newScaleMemo(scaleRoSH)
})

// newScaleMemo works out judgeScale for every input in range, with the
// messages m.
func newScaleMemo(m *scaleMessages) *scaleMemo {
	t := &scaleMemo{m: m}
	t.list = []Finding{m.missing, m.contradictsInspector, m.contradictsCaseManager, m.writtenNoFactors, m.writtenLow,
		m.reasonableSaysNo, m.yesApart, m.yesNotNear, m.yesOtherBound}
	factors := [2]*bool{nil, &falseValue}
	for cm := range memoLevels {
		for in := range memoLevels {
			for near := range memoNears {
				for nf, fact := range factors {
					for _, rs := range [3]record.Answer{record.Yes, record.No, 0} {
						for _, wr := range [2]record.Answer{0, record.NotApplicable} {
							var fs findings
							var v classification.Verdict
							judgeScale(&fs, &v, m, classification.Level(cm), classification.Level(in), classification.Near(near), fact, rs, wr)
							var set uint16
							last := -1
							for _, f := range fs.list() {
								j := indexOf(t.list, f)
								if j <= last {
									// Not in the order of list (or not in it):
									// the memo cannot stand for judgeScale.
									return t
								}
								set |= 1 << j
								last = j
							}
							t.found[memoIndex(classification.Level(cm), classification.Level(in), classification.Near(near), nf == 1, rs, wr)] = set
						}
					}
				}
			}
		}
	}
	t.ok = true
	return t
}

func indexOf(list []Finding, f Finding) int {
	for i, g := range list {
		if g == f {
			return i
		}
	}
	return -1
}

// judge does what judgeScale does, from the table where the input is in
// range; the verdict is classification.CheckReasonable's, as judgeScale
// gives it (none without the case manager's level).
func (t *scaleMemo) judge(fs *findings, verdict *classification.Verdict, caseManager, inspector classification.Level, near classification.Near, factors *bool, reasonable, written record.Answer) {
	if !t.ok || uint(caseManager) >= uint(memoLevels) || uint(inspector) >= uint(memoLevels) || uint(near) >= uint(memoNears) {
		judgeScale(fs, verdict, t.m, caseManager, inspector, near, factors, reasonable, written)
		return
	}
	if caseManager != 0 {
		*verdict = classification.CheckReasonable(caseManager, inspector, near)
	}
	for set := t.found[memoIndex(caseManager, inspector, near, factors != nil && !*factors, reasonable, written)]; set != 0; set &= set - 1 {
		fs.add(t.list[bits.TrailingZeros16(set)])
	}
}

package judgement

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/yjinspect/yjinspect/classification"
	"github.com/yjinspect/yjinspect/record"
)

// TestScaleMemoIsJudgeScale checks the table Judge reads a scale from
// against judgeScale itself, for every input the table covers (each fact as
// not recorded, false and true; every answer code to the reasonableness and
// written record questions) and for levels and a Near out of its range,
// which go to judgeScale.
func TestScaleMemoIsJudgeScale(t *testing.T) {
	p := planFor(nil)
	facts := []*bool{nil, &falseValue, &trueValue}
	for _, memo := range []*scaleMemo{p.sw, p.rosh} {
		require.True(t, memo.ok, "judgeScale adds its findings in an order the table cannot give")
		for cm := range memoLevels + 2 {
			for in := range memoLevels + 2 {
				for near := range memoNears + 1 {
					for _, fact := range facts {
						for rs := range record.Answer(5) {
							for wr := range record.Answer(5) {
								var wantFs, gotFs findings
								var want, got classification.Verdict
								judgeScale(&wantFs, &want, memo.m, classification.Level(cm), classification.Level(in), classification.Near(near), fact, rs, wr)
								memo.judge(&gotFs, &got, classification.Level(cm), classification.Level(in), classification.Near(near), fact, rs, wr)
								if d := cmp.Diff(want, got); d != "" {
									t.Fatalf("%s cm=%d in=%d near=%d fact=%v rs=%d wr=%d: verdict (-judgeScale +memo):\n%s", memo.m.question, cm, in, near, fact, rs, wr, d)
								}
								if d := cmp.Diff(wantFs.list(), gotFs.list()); d != "" {
									t.Fatalf("%s cm=%d in=%d near=%d fact=%v rs=%d wr=%d: findings (-judgeScale +memo):\n%s", memo.m.question, cm, in, near, fact, rs, wr, d)
								}
							}
						}
					}
				}
			}
		}
	}
}

// TestScaleMemoRefusesWhatItCannotGive checks that a memo that cannot
// stand for judgeScale is not used: here two findings are worded the same,
// so the table cannot tell which judgeScale added.
func TestScaleMemoRefusesWhatItCannotGive(t *testing.T) {
	m := *scaleSW
	m.writtenLow = m.missing
	memo := newScaleMemo(&m)
	require.False(t, memo.ok)
	var wantFs, gotFs findings
	var want, got classification.Verdict
	judgeScale(&wantFs, &want, &m, 0, classification.Low, 0, nil, 0, record.NotApplicable)
	memo.judge(&gotFs, &got, 0, classification.Low, 0, nil, 0, record.NotApplicable)
	require.Equal(t, wantFs.list(), gotFs.list())
}

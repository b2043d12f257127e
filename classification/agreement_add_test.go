package classification

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"pgregory.net/rapid"
)

// TestAgreementAddMerge: pairs added one at a time give what Agree gives at
// every point; agreements of the parts of a random split, merged in any
// order, give what Agree gives on all the pairs.
func TestAgreementAddMerge(t *testing.T) {
	pairGen := rapid.Custom(func(t *rapid.T) Pair {
		return Pair{CaseManager: levelGen.Draw(t, "cm"), Inspector: levelGen.Draw(t, "in")}
	})
	rapid.Check(t, func(t *rapid.T) {
		pairs := rapid.SliceOf(pairGen).Draw(t, "pairs")
		var one Agreement
		for i, p := range pairs {
			one.Add(p)
			if diff := cmp.Diff(Agree(pairs[:i+1]), one); diff != "" {
				t.Fatalf("after %d pairs (-Agree +Add):\n%s", i+1, diff)
			}
		}

		want := Agree(pairs)
		parts := rapid.IntRange(1, 4).Draw(t, "parts")
		split := make([]Agreement, parts)
		for _, p := range pairs {
			split[rapid.IntRange(0, parts-1).Draw(t, "part")].Add(p)
		}
		var all Agreement
		for _, i := range rapid.Permutation([]int{0, 1, 2, 3}[:parts]).Draw(t, "order") {
			all.Merge(split[i])
		}
		if len(pairs) == 0 {
			all = Agree(nil) // the zero Agreement's kappas carry no Note
		}
		if diff := cmp.Diff(want, all); diff != "" {
			t.Fatalf("(-Agree +merged):\n%s", diff)
		}
	})
}

func TestAgreementAddEdges(t *testing.T) {
	var nilAgreement *Agreement
	nilAgreement.Add(Pair{Low, Low}) // no panic
	nilAgreement.Merge(Agree(nil))

	var a Agreement
	a.Merge(Agreement{})
	assert.Equal(t, Agree(nil), a, "merging nothing into nothing works out the kappas' notes")

	a = Agreement{}
	a.Add(Pair{Low, High})
	a.Add(Pair{0, High})
	a.Merge(a)
	assert.Equal(t, Agree([]Pair{{Low, High}, {0, High}, {Low, High}, {0, High}}), a)
}

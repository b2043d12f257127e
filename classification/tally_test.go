package classification

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"pgregory.net/rapid"
)

// TestAgreementTallyMerge: tallies of the parts of a random split, merged in
// any order, give what Agree gives on all the pairs.
func TestAgreementTallyMerge(t *testing.T) {
	pairGen := rapid.Custom(func(t *rapid.T) Pair {
		return Pair{CaseManager: levelGen.Draw(t, "cm"), Inspector: levelGen.Draw(t, "in")}
	})
	rapid.Check(t, func(t *rapid.T) {
		pairs := rapid.SliceOf(pairGen).Draw(t, "pairs")
		want := Agree(pairs)
		parts := rapid.IntRange(1, 4).Draw(t, "parts")
		tallies := make([]AgreementTally, parts)
		for _, p := range pairs {
			tallies[rapid.IntRange(0, parts-1).Draw(t, "part")].Add(p)
		}
		var all AgreementTally
		for _, i := range rapid.Permutation([]int{0, 1, 2, 3}[:parts]).Draw(t, "order") {
			all.Merge(&tallies[i])
		}
		if diff := cmp.Diff(want, all.Agreement()); diff != "" {
			t.Fatalf("(-Agree +merged tallies):\n%s", diff)
		}
	})
}

func TestAgreementTallyEdges(t *testing.T) {
	var nilTally *AgreementTally
	nilTally.Add(Pair{Low, Low})
	nilTally.Merge(&AgreementTally{})
	assert.Equal(t, Agree(nil), nilTally.Agreement())

	var tl AgreementTally
	assert.Equal(t, Agree(nil), tl.Agreement())
	tl.Add(Pair{Low, High})
	tl.Add(Pair{0, High})
	tl.Merge(nil)
	tl.Merge(&tl)
	assert.Equal(t, Agree([]Pair{{Low, High}, {0, High}, {Low, High}, {0, High}}), tl.Agreement())
}

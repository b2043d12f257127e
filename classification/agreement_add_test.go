package classification

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"pgregory.net/rapid"
)

// TestAgreementAdd: pairs added one at a time give what Agree gives at
// every point.
func TestAgreementAdd(t *testing.T) {
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

	})
}

func TestAgreementAddEdges(t *testing.T) {
	var nilAgreement *Agreement
	nilAgreement.Add(Pair{Low, Low}) // no panic

	var a Agreement
	a.Add(Pair{Low, High})
	a.Add(Pair{0, High})
	assert.Equal(t, Agree([]Pair{{Low, High}, {0, High}}), a)
}

package classification_test

import (
	"fmt"

	"github.com/yjinspect/yjinspect/classification"
)

// Two tallies, counted apart (by two workers, say), merged: the same
// agreement as Agree over all the pairs.
func ExampleAgreementTally() {
	var north, south classification.AgreementTally
	north.Add(classification.Pair{CaseManager: classification.Low, Inspector: classification.Medium})
	north.Add(classification.Pair{CaseManager: classification.High, Inspector: classification.High})
	south.Add(classification.Pair{CaseManager: classification.Medium, Inspector: classification.Medium})
	south.Add(classification.Pair{CaseManager: classification.Medium, Inspector: 0})
	north.Merge(&south)
	a := north.Agreement()
	fmt.Printf("compared %d, skipped %d, agree %d, under %d, over %d\n", a.Compared, a.Skipped, a.Agree, a.Under, a.Over)
	// Output: compared 3, skipped 1, agree 2, under 1, over 0
}

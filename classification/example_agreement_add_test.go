package classification_test

import (
	"fmt"

	"github.com/yjinspect/yjinspect/classification"
)

// Pairs counted as they come, in two places (by two workers, say), and
// merged: the same agreement as Agree over all the pairs.
func ExampleAgreement_Add() {
	var north, south classification.Agreement
	north.Add(classification.Pair{CaseManager: classification.Low, Inspector: classification.Medium})
	north.Add(classification.Pair{CaseManager: classification.High, Inspector: classification.High})
	south.Add(classification.Pair{CaseManager: classification.Medium, Inspector: classification.Medium})
	south.Add(classification.Pair{CaseManager: classification.Medium, Inspector: 0})
	north.Merge(south)
	fmt.Printf("compared %d, skipped %d, agree %d, under %d, over %d\n", north.Compared, north.Skipped, north.Agree, north.Under, north.Over)
	// Output: compared 3, skipped 1, agree 2, under 1, over 0
}

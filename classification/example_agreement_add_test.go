package classification_test

import (
	"fmt"

	"github.com/yjinspect/yjinspect/classification"
)

// Pairs counted as they come, without holding them: the same agreement as
// Agree over all the pairs.
func ExampleAgreement_Add() {
	var a classification.Agreement
	a.Add(classification.Pair{CaseManager: classification.Low, Inspector: classification.Medium})
	a.Add(classification.Pair{CaseManager: classification.High, Inspector: classification.High})
	a.Add(classification.Pair{CaseManager: classification.Medium, Inspector: classification.Medium})
	a.Add(classification.Pair{CaseManager: classification.Medium, Inspector: 0})
	fmt.Printf("compared %d, skipped %d, agree %d, under %d, over %d\n", a.Compared, a.Skipped, a.Agree, a.Under, a.Over)
	// Output: compared 3, skipped 1, agree 2, under 1, over 0
}

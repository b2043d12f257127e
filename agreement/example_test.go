package agreement_test

import (
	"fmt"

	"github.com/yjinspect/yjinspect/agreement"
	"github.com/yjinspect/yjinspect/classification"
)

// The case manager's level of risk of serious harm against the level the
// inspector deems appropriate, over ten cases: the last has no case manager
// classification, so it is skipped.
func Example() {
	const (
		low      = classification.Low
		medium   = classification.Medium
		high     = classification.High
		veryHigh = classification.VeryHigh
	)
	t := agreement.New(classification.Levels()...) // Low to Very high, in order
	for _, p := range [][2]classification.Level{
		{low, low}, {low, medium}, {medium, medium}, {medium, high}, {high, high},
		{high, veryHigh}, {medium, medium}, {veryHigh, veryHigh}, {high, medium}, {0, high},
	} {
		t.Add(p[0], p[1]) // the case manager first, the inspector second
	}
	fmt.Printf("compared %d, skipped %d\n", t.Pairs(), t.Skipped())
	fmt.Printf("agree %d, case manager lower %d, higher %d\n", t.Agree(), t.FirstLower(), t.FirstHigher())
	fmt.Printf("case manager lower in %.0f%% of compared cases\n", 100*t.FirstLowerShare())
	fmt.Printf("case manager Medium, inspector High: %d\n", t.Count(medium, high))
	k := t.Kappa()
	fmt.Printf("kappa %.3f (%s), linear %.3f, quadratic %.3f\n",
		k.Value, k.Strength(), t.LinearKappa().Value, t.QuadraticKappa().Value)
	// Output:
	// compared 9, skipped 1
	// agree 5, case manager lower 3, higher 1
	// case manager lower in 33% of compared cases
	// case manager Medium, inspector High: 1
	// kappa 0.390 (fair), linear 0.581, quadratic 0.760
}

// Two readings of the same summary judgements, Yes or No: the categories
// need no order for Cohen's kappa. A pair where either reading is neither
// Yes nor No is skipped.
func ExampleTable_Kappa() {
	t := agreement.New("yes", "no")
	for _, p := range [][2]string{
		{"yes", "yes"}, {"yes", "yes"}, {"no", "no"}, {"yes", "no"}, {"no", "no"}, {"yes", "yes"}, {"n/a", "yes"},
	} {
		t.Add(p[0], p[1])
	}
	k := t.Kappa()
	fmt.Printf("%d pairs, %d skipped: observed %.2f, chance %.2f, kappa %.2f (%s)\n",
		t.Pairs(), t.Skipped(), k.Observed, k.Chance, k.Value, k.Strength())

	same := agreement.New("yes", "no")
	same.Add("yes", "yes")
	fmt.Println(same.Kappa().Defined, "-", same.Kappa().Note)
	// Output:
	// 6 pairs, 1 skipped: observed 0.83, chance 0.50, kappa 0.67 (substantial)
	// false - chance agreement is 1: both raters put every pair in one and the same category
}

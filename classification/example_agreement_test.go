package classification_test

import (
	"fmt"

	"github.com/yjinspect/yjinspect/classification"
)

func ExampleAgree() {
	const (
		low      = classification.Low
		medium   = classification.Medium
		high     = classification.High
		veryHigh = classification.VeryHigh
	)
	// Risk of serious harm: the case manager's level, then the level the
	// inspector deems appropriate. The last case has no case manager
	// classification, so it is skipped.
	pairs := []classification.Pair{
		{CaseManager: low, Inspector: low},
		{CaseManager: low, Inspector: medium},
		{CaseManager: medium, Inspector: medium},
		{CaseManager: medium, Inspector: high},
		{CaseManager: high, Inspector: high},
		{CaseManager: high, Inspector: veryHigh},
		{CaseManager: medium, Inspector: medium},
		{CaseManager: veryHigh, Inspector: veryHigh},
		{CaseManager: high, Inspector: medium},
		{CaseManager: 0, Inspector: high},
	}
	a := classification.Agree(pairs)
	fmt.Printf("compared %d, skipped %d\n", a.Compared, a.Skipped)
	fmt.Printf("agree %d, case manager lower %d, higher %d\n", a.Agree, a.Under, a.Over)
	fmt.Printf("case manager lower in %.0f%% of compared cases\n", 100*a.UnderShare)
	fmt.Printf("kappa %.3f, linear %.3f, quadratic %.3f\n",
		a.Kappa.Value, a.LinearKappa.Value, a.QuadraticKappa.Value)
	fmt.Printf("inspector High or Very high: %.0f%%\n", 100*a.Inspector.ShareHighOrVeryHigh())

	same := classification.Agree([]classification.Pair{{CaseManager: high, Inspector: high}})
	fmt.Println(same.Kappa.Defined, "-", same.Kappa.Note)
	// Output:
	// compared 9, skipped 1
	// agree 5, case manager lower 3, higher 1
	// case manager lower in 33% of compared cases
	// kappa 0.390, linear 0.581, quadratic 0.760
	// inspector High or Very high: 50%
	// false - chance agreement is 1: every case has the same level on both sides
}

func ExampleDistribute() {
	d := classification.Distribute([]classification.Level{
		classification.Low, classification.Medium, classification.Medium,
		classification.High, classification.VeryHigh, classification.Medium,
		classification.Low, 0, // not classified
	})
	for _, l := range classification.Levels() {
		fmt.Printf("%-9s %d\n", l.Label(), d.Counts[l])
	}
	fmt.Printf("not classified %d of %d\n", d.Counts[0], d.Total)
	fmt.Printf("High or Very high: %.1f%% of %d classified\n", 100*d.ShareHighOrVeryHigh(), d.Total-d.Counts[0]-d.Invalid)
	// Output:
	// Low       2
	// Medium    3
	// High      1
	// Very high 1
	// not classified 1 of 8
	// High or Very high: 28.6% of 7 classified
}

func ExampleRanked() {
	f := classification.CountTags([]classification.Tagged{
		{Level: classification.High, Concerns: []classification.Concern{classification.CriminalExploitation, classification.Weapons}},
		{Level: classification.VeryHigh, Concerns: []classification.Concern{classification.Weapons, classification.Weapons}},
		{Level: classification.Medium, Concerns: []classification.Concern{classification.FamilyIssues, classification.CriminalExploitation}},
		{Level: classification.Low},
	})
	for _, c := range classification.Ranked(f.Concerns, f.Cases)[:3] {
		fmt.Printf("%d of %d (%.0f%%): %s\n", c.Count, f.Cases, 100*c.Share, c.Tag.Label())
	}
	// Output:
	// 2 of 4 (50%): carrying knives or other weapons
	// 2 of 4 (50%): criminal exploitation, including county lines
	// 1 of 4 (25%): family issues
}

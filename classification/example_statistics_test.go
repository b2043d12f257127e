package classification_test

import (
	"fmt"

	"github.com/yjinspect/yjinspect/classification"
)

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

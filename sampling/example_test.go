package sampling_test

import (
	"fmt"

	"github.com/yjinspect/yjinspect/sampling"
)

func ExampleCheckLookedAfter() {
	yes, no := true, false
	cases := []sampling.LookedAfter{
		{LookedAfter: &no},
		{LookedAfter: &yes, HomeService: &yes, LivedOutsideArea: &no},
		{LookedAfter: &yes, HomeService: &yes, LivedOutsideArea: &yes, ResponsibleForAssessment: &yes},
		{LookedAfter: &yes, HomeService: &no, ResponsibleForAssessment: &no},
		{LookedAfter: &yes, HomeService: &no, ResponsibleForAssessment: &yes},
		{LookedAfter: &yes, ResponsibleForAssessment: &yes},
	}
	for _, c := range cases {
		d := sampling.CheckLookedAfter(c)
		fmt.Printf("%s: %s\n", d.Outcome, d.Source)
	}
	d := sampling.CheckLookedAfter(cases[5])
	fmt.Println(d.Reason)
	// Output:
	// include: inferred: the home/host check applies only to looked-after children (CARaG, I 1.1 guidance: “If the child is a Looked after Child, we check whether the YOT being inspected is acting as ‘home’ or ‘host’ for the child.”)
	// include: CARaG, I 1.1 guidance, first bullet
	// include: CARaG, I 1.1 guidance, second bullet
	// exclude: CARaG, I 1.1 guidance, third bullet
	// undetermined: CARaG, I 1.1 guidance, third bullet (states an outcome only where the YOT has not been responsible for assessment)
	// undetermined: CARaG, I 1.1 guidance
	// Not determined: the outcome depends on a fact that is not recorded: whether the inspected YOT is the child's home YOT (homeService).
}

func ExampleSampleSize() {
	rules := sampling.DefaultSampleRules() // 80% confidence, 5% margin
	for _, n := range []int{10, 100, 1000} {
		size, _ := sampling.SampleSize(n, rules)
		fmt.Printf("population %d: inspect %d\n", n, size)
	}

	// The bounds the inspectorate has published for its recent programme.
	rules.Min, rules.Max = sampling.PublishedMin, sampling.PublishedMax
	for _, n := range []int{10, 20, 1000} {
		size, _ := sampling.SampleSize(n, rules)
		fmt.Printf("population %d, bounded: inspect %d\n", n, size)
	}
	// Output:
	// population 10: inspect 10
	// population 100: inspect 63
	// population 1000: inspect 142
	// population 10, bounded: inspect 10
	// population 20, bounded: inspect 18
	// population 1000, bounded: inspect 91
}

func ExampleSelect() {
	yes, no := true, false
	var pop []sampling.Candidate
	for i := range 12 {
		office := "north"
		if i%3 == 0 {
			office = "south"
		}
		pop = append(pop, sampling.Candidate{
			ID:     fmt.Sprintf("c%02d", i),
			Strata: map[string]string{"office": office},
			// Recorded as not looked after (I 1.1: No): eligible.
			LookedAfter: &sampling.LookedAfter{LookedAfter: &no},
		})
	}
	// A looked-after child whose inspected YOT is neither home nor
	// responsible for assessment is excluded.
	pop[1].LookedAfter = &sampling.LookedAfter{LookedAfter: &yes, HomeService: &no, ResponsibleForAssessment: &no}
	// One with no facts recorded beyond being looked after is left for a
	// person to decide.
	pop[2].LookedAfter = &sampling.LookedAfter{LookedAfter: &yes}
	// So is one with no facts recorded at all: whether the child was looked
	// after is unknown, never false.
	pop[3].LookedAfter = nil

	s, err := sampling.Select(pop, 5, []string{"office"}, 2024)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, a := range s.Allocation {
		fmt.Printf("%v: %d of %d (%.0f%% of population, %.0f%% of sample)\n",
			a.Values, a.Sample, a.Population, 100*a.PopulationShare, 100*a.SampleShare)
	}
	fmt.Println("selected:", s.Selected)
	for _, e := range s.Excluded {
		fmt.Println("excluded:", e.ID, e.Decision.Source)
	}
	for _, e := range s.Undetermined {
		fmt.Println("for a person to decide:", e.ID)
	}
	// Output:
	// [north]: 3 of 6 (67% of population, 60% of sample)
	// [south]: 2 of 3 (33% of population, 40% of sample)
	// selected: [c04 c05 c06 c08 c09]
	// excluded: c01 CARaG, I 1.1 guidance, third bullet
	// for a person to decide: c02
	// for a person to decide: c03
}

package judgement_test

import (
	"fmt"
	"strings"

	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/judgement"
	"github.com/yjinspect/yjinspect/record"
)

func ExampleJudge() {
	c, err := record.Decode(strings.NewReader(`{
	  "id": "case-014",
	  "answers": {"I1.1": "no", "A2.5": "low", "A3.4": "medium", "A1.S": "no", "P3.S": "no"},
	  "inspector": {"safetyAndWellbeing": "low", "riskOfSeriousHarm": "high"},
	  "nearBoundary": {"riskOfSeriousHarm": true},
	  "factors": {"childSafety": false, "riskOfHarm": true},
	  "reviewingRequired": {"desistance": false}
	}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	r := judgement.Judge(framework.DomainTwo(), c)
	for _, k := range r.KeyResults {
		switch k.KeyQuestion() {
		case "A1", "A2", "P2", "P3", "D2", "R1":
			fmt.Printf("%s %-12s %s\n", k.Summary(), k.Answer.Label(), k.DecidedBy.Label())
		}
	}
	fmt.Println("RoSH level:", r.RiskOfSeriousHarm.Outcome.Label())
	fmt.Println("sample:", r.Exclusion.Outcome)
	// Output:
	// A1.S No           Inspector
	// A2.S not recorded Undecided
	// P2.S Yes          No factors rule
	// P3.S No           Inspector
	// D2.S Yes          No factors rule
	// R1.S Yes          No reviewing rule
	// RoSH level: Inspector judgement
	// sample: include
}

func ExampleRate() {
	// Twenty judged cases: A1.S Yes in 13 of them, every other summary Yes.
	var results []judgement.Result
	for i := 0; i < 20; i++ {
		c := record.Case{ID: fmt.Sprintf("case-%02d", i)}
		for _, kq := range framework.DomainTwo().KeyQuestions() {
			if kq.Summary != "" {
				_ = c.Answers.Set(kq.Summary, record.Value{Answer: record.Yes})
			}
		}
		if i >= 13 {
			_ = c.Answers.Set("A1.S", record.Value{Answer: record.No})
		}
		_ = c.Answers.Set("I1.1", record.Value{Answer: record.No})
		results = append(results, judgement.Judge(nil, c))
	}
	in, err := judgement.Rate(results, judgement.DefaultRatingRules())
	if err != nil {
		fmt.Println(err)
		return
	}
	a1 := in.KeyQuestions[0] // in source order: A1 first
	fmt.Printf("%s: %d of %d Yes (%.0f%%): %s\n", a1.KeyQuestion, a1.Yes, a1.Counted, 100*float64(a1.Yes)/float64(a1.Counted), a1.Rating.Label())
	for _, s := range in.Standards {
		fmt.Printf("%s %s: %s\n", s.Standard, s.Name, s.Rating.Label())
	}
	// Output:
	// A1: 13 of 20 Yes (65%): Good
	// 2.1 Assessment: Good
	// 2.2 Planning: Outstanding
	// 2.3 Implementation and delivery: Outstanding
	// 2.4 Reviewing: Outstanding
}

func ExampleOverall() {
	// Domain two's four standards from Rate, with domains one and three
	// rated elsewhere, and a resettlement standard rated but not scored.
	ratings := []judgement.StandardRating{
		{Standard: "1.1", Rating: judgement.Good, Scored: true},
		{Standard: "1.2", Rating: judgement.RequiresImprovement, Scored: true},
		{Standard: "1.3", Rating: judgement.Good, Scored: true},
		{Standard: "1.4", Rating: judgement.Good, Scored: true},
		{Standard: "2.1", Rating: judgement.Good, Scored: true},
		{Standard: "2.2", Rating: judgement.Outstanding, Scored: true},
		{Standard: "2.3", Rating: judgement.Good, Scored: true},
		{Standard: "2.4", Rating: judgement.RequiresImprovement, Scored: true},
		{Standard: "3.1", Rating: judgement.Good, Scored: true},
		{Standard: "3.2", Rating: judgement.Good, Scored: true},
		{Standard: "3.3", Rating: judgement.Outstanding, Scored: true},
		{Standard: "3.4", Rating: judgement.Good, Scored: true},
		{Standard: "4.1", Rating: judgement.Inadequate, Scored: false},
	}
	o, err := judgement.Overall(ratings, judgement.DefaultRatingRules())
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%d of %d: %s (not scored: %v)\n", o.Score, o.Max, o.Rating.Label(), o.Unscored)
	// Output:
	// 24 of 36: Good (not scored: [4.1])
}

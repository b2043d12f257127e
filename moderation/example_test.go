package moderation_test

import (
	"fmt"
	"slices"
	"strings"

	"github.com/yjinspect/yjinspect/guidance"
	"github.com/yjinspect/yjinspect/judgement"
	"github.com/yjinspect/yjinspect/moderation"
	"github.com/yjinspect/yjinspect/record"
	"github.com/yjinspect/yjinspect/synthetic"
)

// Two readings of one case, and the source's guidance for each question they
// answer differently.
func ExampleCompare() {
	first, _ := record.Decode(strings.NewReader(`{"id": "case-014",
		"answers": {"A1.1": "yes", "A1.S": "yes", "A2.5": "medium"},
		"inspector": {"safetyAndWellbeing": "medium"}, "factors": {"childSafety": false}}`))
	second, _ := record.Decode(strings.NewReader(`{"id": "case-014",
		"answers": {"A1.1": "no", "A1.S": "yes", "A2.5": "high", "P2.S": "no"},
		"inspector": {"safetyAndWellbeing": "high"}, "factors": {"childSafety": true}}`))

	c, err := moderation.Compare(nil, first, second)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, d := range c.Answers {
		fmt.Printf("%s %s: %q against %q\n", d.Question, d.Kind.Label(), answerText(d.First), answerText(d.Second))
		text, _ := guidance.For(d.Question)
		fmt.Printf("  guidance: %.60s...\n", text)
	}
	for _, s := range c.Summaries {
		fmt.Printf("%s: %s (%s) against %s (%s)\n", s.KeyQuestion, s.First.Answer.Label(), s.First.DecidedBy.Label(), s.Second.Answer.Label(), s.Second.DecidedBy.Label())
	}
	sw := c.Scales[0]
	fmt.Printf("inspector's safety and wellbeing level: %s against %s\n", sw.Inspector.First.Label(), sw.Inspector.Second.Label())
	for _, f := range c.Facts {
		fmt.Printf("%s %v: %v against %v\n", f.Field, f.Questions, f.First, f.Second)
	}
	// Output:
	// A1.1 Different: "yes" against "no"
	//   guidance: Inspectors are looking for an analysis of the offending beha...
	// A2.5 Different: "medium" against "high"
	//   guidance: Every case should have a classification of safety and wellbe...
	// P2.S Second reading only: "" against "no"
	//   guidance: Inspectors will judge whether the overall quality of plannin...
	// P2: Yes (No factors rule) against No (Inspector)
	// D2: Yes (No factors rule) against not recorded (Undecided)
	// inspector's safety and wellbeing level: Medium against High
	// factors.childSafety [P2.S D2.S]: no against yes
}

// Moderating a synthetic inspection against SYNTHETIC second readings of a
// quarter of its cases.
func ExampleModerate() {
	d, err := synthetic.Generate(synthetic.Config{Inspections: 1, Cases: 60, Seed: 3})
	if err != nil {
		fmt.Println(err)
		return
	}
	first := slices.Concat(d.Inspections...)
	second, err := synthetic.SecondReadings(first[:20], 0.1, 3)
	if err != nil {
		fmt.Println(err)
		return
	}
	m, err := moderation.Moderate(nil, first, second, judgement.DefaultRatingRules())
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%d cases read twice, %d once; %d pairs differ\n", m.Pairs, len(m.FirstOnly), len(m.Cases))
	for _, q := range m.Disputed[:3] {
		fmt.Printf("%s disputed in %d of %d pairs\n", q.Question, q.Disputed, q.Compared)
	}
	for _, s := range m.Summaries {
		if s.Disputed > 0 {
			fmt.Printf("%s agreement %.0f%%, Cohen's kappa %.2f\n", s.KeyQuestion, 100*s.Rate, s.Kappa.Value)
		}
	}
	for _, s := range m.Scales {
		fmt.Printf("%s: inspector's level agreement %.0f%%, quadratic kappa %.2f\n", s.Scale.Label(), 100*s.Rate, s.QuadraticKappa.Value)
	}
	for _, r := range m.Ratings {
		fmt.Printf("%s %s: first %s, second %s, moderated %s\n", r.Standard, r.Name, r.First.Label(), r.Second.Label(), r.Moderated.Label())
	}
	// Output:
	// 20 cases read twice, 40 once; 20 pairs differ
	// D1.3 disputed in 6 of 20 pairs
	// P1.4 disputed in 5 of 20 pairs
	// D3.1 disputed in 5 of 20 pairs
	// A1 agreement 95%, Cohen's kappa 0.83
	// A2 agreement 95%, Cohen's kappa 0.86
	// P1 agreement 85%, Cohen's kappa 0.32
	// P2 agreement 90%, Cohen's kappa 0.73
	// P3 agreement 95%, Cohen's kappa 0.89
	// D1 agreement 85%, Cohen's kappa 0.48
	// D2 agreement 85%, Cohen's kappa 0.68
	// D3 agreement 90%, Cohen's kappa 0.80
	// R1 agreement 95%, Cohen's kappa 0.83
	// R2 agreement 90%, Cohen's kappa 0.80
	// R3 agreement 75%, Cohen's kappa 0.49
	// Safety and wellbeing: inspector's level agreement 90%, quadratic kappa 0.94
	// Risk of serious harm: inspector's level agreement 95%, quadratic kappa 0.97
	// 2.1 Assessment: first Good, second Good, moderated Good
	// 2.2 Planning: first Requires improvement, second Requires improvement, moderated Requires improvement
	// 2.3 Implementation and delivery: first Good, second Requires improvement, moderated Good
	// 2.4 Reviewing: first Requires improvement, second Requires improvement, moderated Requires improvement
}

// A difference kind prints as its token, for JSON, CSV and URLs, and has a
// label for people.
func ExampleParseDifferenceKind() {
	k, err := moderation.ParseDifferenceKind("Second reading only")
	fmt.Println(k, k.Label(), k.Differs(), err)
	_, err = moderation.ParseDifferenceKind("")
	fmt.Println(err)
	// Output:
	// only-second Second reading only true <nil>
	// moderation: cannot parse "" as DifferenceKind
}

// answerText is an answer's token or text, as the JSON form writes it.
func answerText(v record.Value) string {
	switch {
	case v.Answer != 0:
		return v.Answer.String()
	case v.Level != 0:
		return v.Level.String()
	}
	return v.Text
}

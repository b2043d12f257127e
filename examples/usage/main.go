// Command usage is the README's usage example, as a program: a test keeps
// the two the same and checks what it prints.
package main

import (
	"fmt"
	"log"
	"strings"

	"github.com/yjinspect/yjinspect/agreement"
	"github.com/yjinspect/yjinspect/classification"
	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/guidance"
	"github.com/yjinspect/yjinspect/judgement"
	"github.com/yjinspect/yjinspect/record"
	"github.com/yjinspect/yjinspect/sampling"
)

func main() {
	// The catalogue and its guidance.
	f := framework.DomainTwo()
	id, err := framework.ParseID("A 3.11") // printed forms are accepted
	if err != nil {
		log.Fatal(err)
	}
	q, _ := f.Question(id)
	fmt.Println(q.ID, q.Kind.Label(), "-", q.Text)
	g, _ := guidance.For(id) // the CARaG text beside the question
	fmt.Println(strings.Fields(g)[:4])
	hits := guidance.Search("contingen") // every word; the last one as a prefix
	fmt.Println(len(hits), "passages match; the first is under", hits[0].ID)

	// Judge a case record: JSON in, tokens for values ("very-high"; the
	// labels, such as "Very high", are accepted too).
	doc := `{"id": "case-014",
		"answers": {"A1.1": "yes", "A1.S": "no", "A2.5": "medium", "A2.reasonable": "yes", "P2.S": "no"},
		"inspector": {"safetyAndWellbeing": "high"}, "nearBoundary": {"safetyAndWellbeing": "medium-high"},
		"factors": {"childSafety": false}}`
	c, err := record.Decode(strings.NewReader(doc)) // strict: errors name the case, field and value
	if err != nil {
		log.Fatal(err)
	}
	r := judgement.Judge(f, c)
	for _, k := range r.KeyResults[:5] {
		fmt.Println(k.Summary(), k.Answer.Label(), k.DecidedBy, "-", k.DecidedBy.Label())
	}
	for _, finding := range r.Findings[:2] {
		fmt.Println(finding.Severity, finding.Code, finding.Question)
	}
	fmt.Println(r.SafetyAndWellbeing.Outcome.Label(), "-", r.SafetyAndWellbeing.Reason)

	// Classification and sampling rules.
	v := classification.CheckReasonable(classification.Medium, classification.VeryHigh, classification.NotNear)
	fmt.Println(v.Outcome, v.Direction, v.Steps) // not-reasonable under 2
	d := sampling.CheckLookedAfter(sampling.LookedAfter{LookedAfter: new(true), HomeService: new(false), ResponsibleForAssessment: new(false)})
	fmt.Println(d.Outcome, "-", d.Source)
	n, _ := sampling.SampleSize(120, sampling.DefaultSampleRules()) // a default, not in the CARaG
	fmt.Println(n, "of 120 cases")

	// Agreement over any categories: here the case manager's level, then
	// the inspector's (counts, shares, Cohen's and weighted kappas).
	levels := agreement.New(classification.Levels()...)
	levels.Add(classification.Low, classification.Medium)
	levels.Add(classification.High, classification.High)
	levels.Add(classification.Medium, classification.Medium)
	fmt.Printf("agree %.0f%%, case manager lower %.0f%%\n", 100*levels.AgreeShare(), 100*levels.FirstLowerShare())

	// Rate an inspection (here of one case; the bands are a default, not in
	// the CARaG).
	ratings, err := judgement.Rate([]judgement.Result{r}, judgement.DefaultRatingRules())
	if err != nil {
		log.Fatal(err)
	}
	for _, s := range ratings.Standards[:2] {
		fmt.Println(s.Standard, s.Name, "-", s.Rating.Label())
	}
}

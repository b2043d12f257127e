package judgement_test

import (
	"errors"
	"fmt"
	"strings"

	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/judgement"
	"github.com/yjinspect/yjinspect/profile"
	"github.com/yjinspect/yjinspect/record"
)

// A thematic audit of keeping other people safe rates A3, P3, D3 and R3
// only: each standard is rated from its one key question of the profile,
// marked partial, and no overall rating is given.
func ExampleRateProfile() {
	records := `{"id":"c1","answers":{"I1.1":"no","A1.S":"no","A3.S":"yes","P3.S":"yes"}}
{"id":"c2","answers":{"I1.1":"no","A1.S":"no","A3.S":"yes","P3.S":"no"}}
`
	f := framework.DomainTwo()
	cases, err := record.DecodeAll(strings.NewReader(records))
	if err != nil {
		fmt.Println(err)
		return
	}
	var results []judgement.Result
	for _, c := range cases {
		results = append(results, judgement.Judge(f, c))
	}
	p, err := profile.Lookup("keeping-other-people-safe")
	if err != nil {
		fmt.Println(err)
		return
	}
	ratings, err := judgement.RateProfile(results, judgement.DefaultRatingRules(), p)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("Profile:", ratings.Profile.Name)
	for _, t := range ratings.KeyQuestions[:2] {
		fmt.Printf("%s: %d of %d Yes\n", t.KeyQuestion, t.Yes, t.Counted)
	}
	for _, s := range ratings.Standards[:2] {
		fmt.Printf("%s %s: %s from %s (partial: %v)\n", s.Standard, s.Name, s.Rating.Label(), s.Lowest, s.Partial)
	}
	_, err = judgement.Overall(ratings.Standards, judgement.DefaultRatingRules())
	var pe *judgement.PartialError
	fmt.Println("overall refused:", errors.As(err, &pe))
	// Output:
	// Profile: Keeping other people safe
	// A3: 2 of 2 Yes
	// P3: 1 of 2 Yes
	// 2.1 Assessment: Outstanding from A3 (partial: true)
	// 2.2 Planning: Requires improvement from P3 (partial: true)
	// overall refused: true
}

package judgement_test

import (
	"fmt"
	"strings"

	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/judgement"
	"github.com/yjinspect/yjinspect/record"
)

// A Tally rates a stream of case records without holding them: each record
// is judged and added as it is read, and the ratings can be read at any
// point.
func ExampleTally() {
	records := `{"id":"c1","answers":{"I1.1":"no","A1.S":"yes","A2.S":"yes","A3.S":"no"}}
{"id":"c2","answers":{"I1.1":"no","A1.S":"yes","A2.S":"no","A3.S":"yes"}}
{"id":"c3","answers":{"I1.1":"no","A1.S":"no","A2.S":"yes","A3.S":"yes"}}
`
	tally := judgement.Tally{MaxIDs: 100} // the default rating rules
	f := framework.DomainTwo()
	err := record.DecodeEach(strings.NewReader(records), func(c record.Case) error {
		return tally.Add(judgement.Judge(f, c))
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	ratings, err := tally.Ratings()
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, t := range ratings.KeyQuestions[:4] {
		fmt.Printf("%s: %d of %d Yes, %d undecided\n", t.KeyQuestion, t.Yes, t.Counted, t.UndecidedCount)
	}
	s := ratings.Standards[0]
	fmt.Println(s.Name+":", s.Rating.Label())
	// Output:
	// A1: 2 of 3 Yes, 0 undecided
	// A2: 2 of 3 Yes, 0 undecided
	// A3: 2 of 3 Yes, 0 undecided
	// P1: 0 of 0 Yes, 3 undecided
	// Assessment: Good
}

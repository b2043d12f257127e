package judgement_test

import (
	"fmt"
	"strings"

	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/judgement"
)

// A Tally rates a stream of case records without holding them: each record
// is judged and added as it is read, and the ratings can be read at any
// point.
func ExampleTally() {
	records := `{"id":"c1","answers":{"I1.1":"no","A1.S":"yes","A2.S":"yes","A3.S":"no"}}
{"id":"c2","answers":{"I1.1":"no","A1.S":"yes","A2.S":"no","A3.S":"yes"}}
{"id":"c3","answers":{"I1.1":"no","A1.S":"no","A2.S":"yes","A3.S":"yes"}}
`
	tally, err := judgement.NewTally(judgement.DefaultRatingRules(), judgement.TallyOptions{MaxIDs: 100})
	if err != nil {
		fmt.Println(err)
		return
	}
	f := framework.DomainTwo()
	err = judgement.DecodeEach(strings.NewReader(records), func(c judgement.Case) error {
		return tally.Add(judgement.Judge(f, c))
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	in := tally.Inspection()
	for _, id := range []framework.ID{"A1", "A2", "A3"} {
		t, _ := in.KeyQuestion(id)
		fmt.Printf("%s: %d of %d Yes\n", id, t.Yes, t.Counted)
	}
	s, _ := in.Standard("2.1")
	fmt.Println(s.Name+":", s.Rating)
	fmt.Println("P1 undecided in", tally.Undecided("P1"), "cases")
	// Output:
	// A1: 2 of 3 Yes
	// A2: 2 of 3 Yes
	// A3: 2 of 3 Yes
	// Assessment: Good
	// P1 undecided in 3 cases
}

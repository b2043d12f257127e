package judgement_test

import (
	"fmt"
	"strings"

	"github.com/yjinspect/yjinspect/classification"
	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/judgement"
)

func ExampleJudge() {
	c, err := judgement.Decode(strings.NewReader(`{
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
	for _, id := range []framework.ID{"A1", "A2", "P2", "P3", "D2", "R1"} {
		k, _ := r.KeyQuestion(id)
		fmt.Printf("%s.S %-12s %s\n", id, k.Answer, k.DecidedBy)
	}
	fmt.Println("RoSH level:", r.RiskOfSeriousHarm.Outcome)
	fmt.Println("sample:", r.Exclusion.Outcome)
	// Output:
	// A1.S No           inspector
	// A2.S not answered undecided
	// P2.S Yes          no factors rule
	// P3.S No           inspector
	// D2.S Yes          no factors rule
	// R1.S Yes          no reviewing rule
	// RoSH level: Inspector judgement
	// sample: include
}

func ExampleDecode() {
	_, err := judgement.Decode(strings.NewReader(`{"id": "case-7", "answers": {"A1.1": "yes", "A 1.1": "no"}}`))
	fmt.Println(err)
	_, err = judgement.Decode(strings.NewReader(`{"id": "case-8", "answers": {"A2.5": "severe"}}`))
	fmt.Println(err)
	// Output:
	// judgement: case "case-7": answers[A 1.1]: question A1.1 is given twice (as "A1.1" and "A 1.1")
	// judgement: case "case-8": answers[A2.5]: bad value "severe": want a level: low, medium, high or very high
}

func ExampleAnswers_Set() {
	var c judgement.Case
	c.ID = "case-9"
	_ = c.Answers.Set("A 1.1", judgement.YesNo(judgement.Yes))
	_ = c.Answers.Set("A2.5", judgement.LevelValue(classification.High))
	err := c.Answers.Set("A2.5", judgement.YesNo(judgement.Yes))
	fmt.Println(err)
	c.Factors.ChildSafety = judgement.Fact(false)
	b, _ := c.MarshalJSON()
	fmt.Println(string(b))
	// Output:
	// judgement: answer to "A2.5" "yes": wrong kind of answer for the question: want a level: low, medium, high or very high
	// {"id":"case-9","answers":{"A1.1":"yes","A2.5":"high"},"factors":{"childSafety":false}}
}

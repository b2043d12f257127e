package record_test

import (
	"errors"
	"fmt"
	"runtime"
	"strings"

	"github.com/yjinspect/yjinspect/classification"
	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/judgement"
	"github.com/yjinspect/yjinspect/record"
)

func ExampleDecode() {
	_, err := record.Decode(strings.NewReader(`{"id": "case-7", "answers": {"A1.1": "yes", "A 1.1": "no"}}`))
	fmt.Println(err)
	_, err = record.Decode(strings.NewReader(`{"id": "case-8", "answers": {"A2.5": "severe"}}`))
	fmt.Println(err)
	// Output:
	// record: case "case-7": answers[A 1.1]: question A1.1 is given twice (as "A1.1" and "A 1.1")
	// record: case "case-8": answers[A2.5]: bad value "severe": want a level: low, medium, high or very-high
}

func ExampleAnswers_Set() {
	var c record.Case
	c.ID = "case-9"
	_ = c.Answers.Set("A 1.1", record.Value{Answer: record.Yes})
	_ = c.Answers.Set("A2.5", record.Value{Level: classification.High})
	err := c.Answers.Set("A2.5", record.Value{Answer: record.Yes})
	fmt.Println(err)
	c.Factors.ChildSafety = new(false)
	b, _ := c.MarshalJSON()
	fmt.Println(string(b))
	// Output:
	// record: answer to "A2.5" "yes": wrong kind of answer for the question: want a level: low, medium, high or very-high
	// {"id":"case-9","answers":{"A1.1":"yes","A2.5":"high"},"factors":{"childSafety":false}}
}

func ExampleCheckID() {
	for _, id := range []string{"case-014", "Leeds 2024", "case-014 ", "x\nStandard 2.1 Assessment: Outstanding", "case-\u202e41"} {
		fmt.Println(record.CheckID(id))
	}
	_, err := record.Decode(strings.NewReader(`{"id": "x\nStandard 2.1 Assessment: Outstanding"}`))
	fmt.Println(err)
	fmt.Println(errors.Is(err, record.ErrBadID))
	// Output:
	// <nil>
	// <nil>
	// record: bad ID "case-014 ": ends with white space (U+0020)
	// record: bad ID "x\nStandard 2.1 Assessment: Outstanding": holds a control character (U+000A)
	// record: bad ID "case-\u202e41": holds a format character (U+202E), such as a bidirectional control or a zero-width space
	// record: case (no id): id: bad value "x\nStandard 2.1 Assessment: Outstanding": holds a control character (U+000A)
	// true
}

func ExampleEscapeText() {
	// A case made in code, not read by Decode, can hold anything: print
	// text from it escaped.
	c := record.Case{ID: "x\nStandard 2.1 Assessment: Outstanding"}
	fmt.Printf("Case %s\n", record.EscapeText(c.ID))
	fmt.Println(record.EscapeText("case-014"))
	// Output:
	// Case x\nStandard 2.1 Assessment: Outstanding
	// case-014
}

// Judging on every core: Judge runs on the workers that decode, and the
// results come back in the order of the records.
func ExampleDecodeEachWith() {
	lines := `{"id": "case-1", "answers": {"A1.S": "yes"}}
{"id": "case-2", "answers": {"A1.S": "no"}}
{"id": "case-3"}
`
	f := framework.DomainTwo()
	err := record.DecodeEachWith(strings.NewReader(lines), runtime.GOMAXPROCS(0),
		func(c record.Case) judgement.Result { return judgement.Judge(f, c) },
		func(c record.Case, r judgement.Result) error {
			a1, summary := r.KeyResults[0], "undecided"
			if a1.Answer != 0 {
				summary = a1.Answer.String()
			}
			fmt.Printf("%s: %s %s\n", c.ID, a1.KeyQuestion(), summary)
			return nil
		})
	fmt.Println(err)
	// Output:
	// case-1: A1 yes
	// case-2: A1 no
	// case-3: A1 undecided
	// <nil>
}

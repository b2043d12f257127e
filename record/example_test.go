package record_test

import (
	"fmt"
	"strings"

	"github.com/yjinspect/yjinspect/classification"
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

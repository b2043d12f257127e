package framework_test

import (
	"fmt"

	"github.com/yjinspect/yjinspect/framework"
)

func ExampleDomainTwo() {
	f := framework.DomainTwo()
	for _, s := range f.Standards() {
		fmt.Println(s.ID, s.Name, s.KeyQuestions)
	}
	fmt.Println(len(f.Questions()), "questions")
	// Output:
	// 2.1 Assessment [A1 A2 A3]
	// 2.2 Planning [P1 P2 P3]
	// 2.3 Implementation and delivery [D1 D2 D3]
	// 2.4 Reviewing [R1 R2 R3]
	// 91 questions
}

func ExampleParseID() {
	for _, printed := range []string{"A 1.1", "A 1 S", "a2.reasonable", "A1..1"} {
		id, err := framework.ParseID(printed)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(id)
	}
	// Output:
	// A1.1
	// A1.S
	// A2.reasonable
	// framework: cannot parse "A1..1" as ID: unexpected character after A1
}

func ExampleFramework_Question() {
	f := framework.DomainTwo()
	id, err := framework.ParseID("A 3.11")
	if err != nil {
		fmt.Println(err)
		return
	}
	q, ok := f.Question(id)
	fmt.Println(ok, q.Kind.Label(), "/", q.Answer.Label())
	fmt.Println(q.Text)
	// Output:
	// true Information question / Yes, no or n/a
	// Is there a clear, written record of the assessment of to keep other people safe?
}

func ExampleFramework_KeyQuestion() {
	f := framework.DomainTwo()
	kq, _ := f.KeyQuestion("P2")
	s := f.Standards()[1] // 2.2, the standard kq answers
	fmt.Println(s.ID == kq.Standard, s.Name, "/", kq.Area.Label())
	fmt.Println(kq.Text)
	fmt.Println(kq.Questions, "summary:", kq.Summary)
	// Output:
	// true Planning / Keeping the child safe
	// Does planning focus sufficiently on keeping the child safe?
	// [P2.1 P2.2 P2.3 P2.4 P2.S] summary: P2.S
}

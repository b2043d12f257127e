package profile_test

import (
	"fmt"

	"github.com/yjinspect/yjinspect/profile"
)

func ExampleBuiltins() {
	for _, p := range profile.Builtins() {
		fmt.Printf("%-28s %-32s %v\n", p.ID, p.Name, p.KeyQuestions)
	}
	// Output:
	// whole                        Whole framework                  [A1 A2 A3 P1 P2 P3 D1 D2 D3 R1 R2 R3]
	// assessment                   2.1 Assessment                   [A1 A2 A3]
	// planning                     2.2 Planning                     [P1 P2 P3]
	// implementation-and-delivery  2.3 Implementation and delivery  [D1 D2 D3]
	// reviewing                    2.4 Reviewing                    [R1 R2 R3]
	// desistance                   Desistance                       [A1 P1 D1 R1]
	// keeping-the-child-safe       Keeping the child safe           [A2 P2 D2 R2]
	// keeping-other-people-safe    Keeping other people safe        [A3 P3 D3 R3]
}

func ExampleLookup() {
	p, err := profile.Lookup("Keeping other people safe")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(p.ID, p.KeyQuestions, p.Covers("P3"), p.Covers("P2"), p.Whole())
	_, err = profile.Lookup("safety")
	fmt.Println(err)
	// Output:
	// keeping-other-people-safe [A3 P3 D3 R3] true false false
	// profile: profile "safety": is not a built-in profile (whole, assessment, planning, implementation-and-delivery, reviewing, desistance, keeping-the-child-safe, keeping-other-people-safe)
}

func ExampleParse() {
	p, err := profile.Parse([]byte(`{"id": "safety", "name": "Safety audit", "keyQuestions": ["P 3", "A2", "a3", "P2"]}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(p.ID, p.Name, p.KeyQuestions)

	_, err = profile.Parse([]byte(`{"id": "safety", "name": "Safety audit", "keyQuestions": ["A2", "O2"]}`))
	fmt.Println(err)
	_, err = profile.Parse([]byte(`{"id": "safety", "name": "Safety audit", "keyQuestions": ["A2"], "standards": ["2.1"]}`))
	fmt.Println(err)
	// Output:
	// safety Safety audit [A2 A3 P2 P3]
	// profile: keyQuestions[1] "O2": is not a key question of the four standards (A1 to R3)
	// profile: "standards": is not a field of a profile (id, name, keyQuestions)
}

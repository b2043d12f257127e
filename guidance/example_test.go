package guidance_test

import (
	"fmt"
	"strings"

	"github.com/yjinspect/yjinspect/guidance"
)

func ExampleFor() {
	g, ok := guidance.For("P 2 S")
	fmt.Println(ok)
	paras := strings.Split(g, "\n\n")
	fmt.Println(paras[len(paras)-1])
	// Output:
	// true
	// Where there are no factors related to keeping the child safe, inspectors will answer ‘Yes’.
}

func ExampleSearch() {
	for _, h := range guidance.Search("county lin") {
		fmt.Println(h.ID, "-", h.Title)
		fmt.Println(h.Excerpt)
	}
	// Output:
	// A1.4 - Does assessment analyse the key structural barriers facing the child?
	// …barrier, as it can make a child vulnerable to involvement in county lines and criminal exploitation. A custodial sentence can be considered a structural barrier, and assessment should consider the impact…
}

func ExampleIntroduction() {
	intro := guidance.Introduction()
	fmt.Println(strings.Split(intro, "\n\n")[2])
	// Output:
	// Key:
}

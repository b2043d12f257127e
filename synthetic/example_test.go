package synthetic_test

import (
	"bytes"
	"fmt"
	"slices"
	"strings"

	"github.com/yjinspect/yjinspect/classification"
	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/judgement"
	"github.com/yjinspect/yjinspect/record"
	"github.com/yjinspect/yjinspect/synthetic"
)

func ExampleGenerate() {
	d, err := synthetic.Generate(synthetic.Config{Inspections: 43, Cases: 1945, Seed: 1})
	if err != nil {
		fmt.Println(err)
		return
	}
	cases := slices.Concat(d.Inspections...)
	var sw, rosh []classification.Level
	for _, c := range cases {
		sw, rosh = append(sw, c.Inspector.SafetyAndWellbeing), append(rosh, c.Inspector.RiskOfSeriousHarm)
	}
	fmt.Printf("%d inspections, %d cases; High/Very high: safety and wellbeing %.0f%%, risk of serious harm %.0f%%\n",
		len(d.Inspections), len(cases),
		100*classification.Distribute(sw).ShareHighOrVeryHigh(),
		100*classification.Distribute(rosh).ShareHighOrVeryHigh())
	fmt.Println(d.Inspections[6][0].Inspection, d.Inspections[6][11].ID)

	_, err = synthetic.Generate(synthetic.Config{Inspections: 43, Cases: 40})
	fmt.Println(err)
	// Output:
	// 43 inspections, 1945 cases; High/Very high: safety and wellbeing 31%, risk of serious harm 19%
	// insp-07 insp-07-case-012
	// synthetic: Config.Cases = 40: want at least as many cases as inspections (43), so that every inspection has a case
}

// A generated dataset is judged like any other: here, the share of the
// cases judged (those not excluded from the sample) judged Yes on one key
// question.
func ExampleDataset() {
	d, err := synthetic.Generate(synthetic.BulletinConfig(1))
	if err != nil {
		fmt.Println(err)
		return
	}
	yes, judged := 0, 0
	cases := slices.Concat(d.Inspections...)
	for _, c := range cases {
		r := judgement.Judge(framework.DomainTwo(), c)
		if len(r.KeyResults) > 0 {
			judged++
		}
		for _, k := range r.KeyResults {
			if k.KeyQuestion() == "A1" && k.Answer == record.Yes {
				yes++
			}
		}
	}
	fmt.Printf("A1.S judged Yes in %.0f%% of %d cases judged\n", 100*float64(yes)/float64(judged), judged)
	// Output:
	// A1.S judged Yes in 78% of 1908 cases judged
}

// The JSON lines WriteJSONLines writes are read back by record.DecodeAll
// (or DecodeEach), the one reader of case records.
func ExampleWriteJSONLines() {
	d, err := synthetic.Generate(synthetic.Config{Inspections: 2, Cases: 20, Seed: 7})
	if err != nil {
		fmt.Println(err)
		return
	}
	var b bytes.Buffer
	if err := synthetic.WriteJSONLines(&b, slices.Concat(d.Inspections...)); err != nil {
		fmt.Println(err)
		return
	}
	cases, err := record.DecodeAll(&b)
	fmt.Println(len(cases), "cases read", err)

	_, err = record.DecodeAll(strings.NewReader(`{"id":"insp-01-case-001"}` + "\n" +
		`{"id":"insp-01-case-002","answers":{"A1.S":"maybe"}}` + "\n"))
	fmt.Println(err)
	// Output:
	// 20 cases read <nil>
	// record: line 2: case "insp-01-case-002": answers[A1.S]: bad value "maybe": want yes, no or n/a
}

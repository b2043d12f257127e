package classification_test

import (
	"fmt"

	"github.com/yjinspect/yjinspect/classification"
)

func ExampleParseLevel() {
	for _, s := range []string{"Very_High", " medium ", "severe"} {
		l, err := classification.ParseLevel(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%s: %s\n", l, l.Label())
	}
	// Output:
	// very-high: Very high
	// medium: Medium
	// classification: cannot parse "severe" as Level
}

func ExampleDefinition() {
	for _, s := range []classification.Scale{classification.SafetyAndWellbeing, classification.RiskOfSeriousHarm} {
		d, _ := classification.Definition(s, classification.VeryHigh)
		fmt.Printf("%s, %s: %s\n", s.Label(), classification.VeryHigh.Label(), d)
	}
	// Output:
	// Safety and wellbeing, Very high: the negative safety and wellbeing concern could happen immediately, and the impact will be serious.
	// Risk of serious harm, Very high: the risk of serious harm concern could happen imminently, and the impact would be serious. Case will need increased case supervision.
}

func ExampleCheckReasonable() {
	v := classification.CheckReasonable(classification.Medium, classification.High, classification.NearMediumHigh)
	fmt.Println(v.Outcome, v.Direction, v.Steps)
	v = classification.CheckReasonable(classification.Medium, classification.High, classification.NearLowMedium)
	fmt.Println(v.Outcome, v.Direction, v.Steps)
	v = classification.CheckReasonable(classification.Low, classification.High, classification.NotNear)
	fmt.Println(v.Outcome, v.Direction, v.Steps)
	v = classification.CheckReasonable(0, classification.High, classification.NotNear)
	fmt.Println(v.Outcome, "-", v.Reason)
	// Output:
	// inspector-judgement under 1
	// not-reasonable under 1
	// not-reasonable under 2
	// not-reasonable - the case manager has recorded no classification; every case should have a classification
}

func ExampleCheckRoSH() {
	yes, no := true, false
	// Low with current factors and no evidence that they are mitigated; the
	// only reason given to lower the level is that the child is in custody.
	r := classification.Rationale{
		Level:          classification.Low,
		CurrentFactors: &yes,
		Mitigated:      &no,
		Considerations: []classification.Consideration{
			{Type: classification.AcuteDynamicFactors, Use: classification.Raise},
			{Type: classification.NoAccessToVictims, Use: classification.Lower, Constraint: classification.Custody},
		},
	}
	for _, f := range classification.CheckRoSH(r) {
		fmt.Println(f.Code, f.Consideration)
	}
	// With another reason to lower beside it, absence of access to victims
	// is no finding: it "is not in itself a reason to lower".
	r.Considerations = append(r.Considerations, classification.Consideration{Type: classification.Strengths, Use: classification.Lower})
	for _, f := range classification.CheckRoSH(r) {
		fmt.Println(f.Code, f.Consideration)
	}
	// A Low rationale that records its own basis for Low (here, no current
	// factors) gives another reason than absence of access: no finding.
	r = classification.Rationale{
		Level:          classification.Low,
		CurrentFactors: &no,
		Considerations: []classification.Consideration{
			{Type: classification.NoAccessToVictims, Use: classification.Lower, Constraint: classification.Custody},
		},
	}
	fmt.Println(len(classification.CheckRoSH(r)), "findings")
	// Output:
	// rosh-low-not-mitigated -1
	// rosh-no-access-lowered 1
	// rosh-low-not-mitigated -1
	// 0 findings
}

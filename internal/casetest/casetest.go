// Package casetest holds the case records that tests of several packages
// share: a complete, consistent case and a reproducible set of varied ones.
// It is for tests only.
package casetest

import (
	"math/rand/v2"
	"testing"

	"github.com/yjinspect/yjinspect/classification"
	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/record"
)

// Full returns a complete, consistent case: every prompt and summary
// answered Yes, both classifications Medium by case manager and inspector,
// factors present, reviewing required, the child not looked after.
func Full(tb testing.TB) record.Case {
	tb.Helper()
	c := record.Case{ID: "case-full"}
	for _, q := range framework.DomainTwo().Questions() {
		var v record.Value
		switch q.Answer {
		case framework.YesNo:
			v = record.Value{Answer: record.Yes}
		case framework.LevelAnswer:
			v = record.Value{Level: classification.Medium}
		case framework.TextAnswer:
			continue
		}
		if err := c.Answers.Set(q.ID, v); err != nil {
			tb.Fatal(err)
		}
	}
	if err := c.Answers.Set("I1.1", record.Value{Answer: record.No}); err != nil {
		tb.Fatal(err)
	}
	c.Inspector = record.ScaleLevels{SafetyAndWellbeing: classification.Medium, RiskOfSeriousHarm: classification.Medium}
	c.NearBoundary = record.Boundary{SafetyAndWellbeing: classification.NotNear, RiskOfSeriousHarm: classification.NotNear}
	c.Factors = record.Factors{ChildSafety: new(true), RiskOfHarm: new(true)}
	c.ReviewingRequired = record.Reviewing{Desistance: new(true), ChildSafety: new(true), RiskOfHarm: new(true)}
	return c
}

// Varied returns n cases made from Full with a quarter of their yes/no
// answers No at random, random levels and random facts, the same n cases on
// every call: most carry several findings.
func Varied(tb testing.TB, n int) []record.Case {
	tb.Helper()
	rng := rand.New(rand.NewPCG(1, 2))
	qs := framework.DomainTwo().Questions()
	out := make([]record.Case, n)
	for i := range out {
		c := Full(tb)
		c.ID = "bench"
		for _, q := range qs {
			if q.Answer == framework.YesNo && rng.IntN(4) == 0 {
				_ = c.Answers.Set(q.ID, record.Value{Answer: record.No})
			}
		}
		lv := func() classification.Level { return classification.Level(1 + rng.IntN(4)) }
		c.Inspector = record.ScaleLevels{SafetyAndWellbeing: lv(), RiskOfSeriousHarm: lv()}
		_ = c.Answers.Set("A2.5", record.Value{Level: lv()})
		_ = c.Answers.Set("A3.4", record.Value{Level: lv()})
		c.Factors = record.Factors{ChildSafety: new(rng.IntN(3) > 0), RiskOfHarm: new(rng.IntN(3) > 0)}
		c.ReviewingRequired = record.Reviewing{Desistance: new(rng.IntN(2) > 0), ChildSafety: new(rng.IntN(2) > 0), RiskOfHarm: new(rng.IntN(2) > 0)}
		c.NearBoundary = record.Boundary{SafetyAndWellbeing: classification.Near(1 + rng.IntN(2)), RiskOfSeriousHarm: classification.Near(1 + rng.IntN(2))}
		out[i] = c
	}
	return out
}

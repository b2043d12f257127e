// Package ruletest is a worked example for test authors: it checks the
// library's judgement rules against case records kept as JSON files, with
// golden results.
//
// Each file in testdata/cases is one case record in the JSON form of package
// judgement. The test judges it and compares a short outcome (each summary
// judgement and how it was decided, the finding codes, the classification
// verdicts and the exclusion decision) with testdata/golden/<name>.json,
// printing a go-cmp diff when they differ. Run
//
//	go test ./examples/ruletest
//
// and, after a deliberate change, rewrite the golden files with
//
//	go generate ./examples/ruletest
//
// (go test with -update), and read the diff of testdata/golden before committing it. See README.md
// for how to add a case.
package ruletest

//go:generate go test -run ^TestRules$ -update

import (
	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/judgement"
)

// Outcome is the part of a judgement.Result a rule test pins down. It is
// small on purpose: a golden file that records everything breaks on every
// change of wording and stops being read.
type Outcome struct {
	// Summaries maps each key question to "answer by decided-by", e.g.
	// "yes by no-factors-rule" or "undecided".
	Summaries map[framework.ID]string `json:"summaries"`
	// Findings are the finding codes with their questions and severities,
	// in order, e.g. "summary-contradicts-rule P2.S (error)".
	Findings []string `json:"findings"`
	// SafetyAndWellbeing and RiskOfSeriousHarm are the reasonableness
	// verdicts on the case manager's levels.
	SafetyAndWellbeing string `json:"safetyAndWellbeing"`
	RiskOfSeriousHarm  string `json:"riskOfSeriousHarm"`
	// Exclusion is the exclusion decision's outcome.
	Exclusion string `json:"exclusion"`
}

// Summarise reduces a result to its Outcome.
func Summarise(r judgement.Result) Outcome {
	o := Outcome{Summaries: map[framework.ID]string{}, Findings: []string{}}
	for _, k := range r.KeyResults {
		by, _ := k.DecidedBy.MarshalText()
		if k.Answer == 0 {
			o.Summaries[k.KeyQuestion()] = string(by)
			continue
		}
		ans, _ := k.Answer.MarshalText()
		o.Summaries[k.KeyQuestion()] = string(ans) + " by " + string(by)
	}
	for _, f := range r.Findings {
		o.Findings = append(o.Findings, string(f.Code)+" "+string(f.Question)+" ("+f.Severity.String()+")")
	}
	sw, _ := r.SafetyAndWellbeing.Outcome.MarshalText()
	rosh, _ := r.RiskOfSeriousHarm.Outcome.MarshalText()
	ex, _ := r.Exclusion.Outcome.MarshalText()
	o.SafetyAndWellbeing, o.RiskOfSeriousHarm, o.Exclusion = string(sw), string(rosh), string(ex)
	return o
}

package judgement

// This file holds the summary rules: the one table of the rules of the
// source that decide a summary judgement when there is nothing to judge, and
// the facts of a case they read. To add a rule, add a row to summaryRules (and
// the fact it reads, if new), then run go generate ./judgement: Judge,
// SummaryRules, the package doc's table, the README and the web form's help
// all follow the table, and a test keeps the docs equal to it.

//go:generate go test -run ^(TestDocTablesUpToDate|TestJudgeGolden)$ -update

import (
	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/internal/enum"
	"github.com/yjinspect/yjinspect/record"
)

// DecidedBy says how a summary judgement was reached. The zero value means
// not judged.
type DecidedBy uint8

// How a summary judgement is reached.
const (
	// Undecided: no rule applies and no summary is recorded.
	Undecided DecidedBy = iota + 1
	// Inspector: the inspector's recorded answer to the summary question.
	Inspector
	// NoFactorsRule: P2.S and D2.S are Yes where there are no factors
	// related to keeping the child safe; P3.S and D3.S where there are no
	// factors related to risk of harm.
	NoFactorsRule
	// NoReviewingRule: R1.S, R2.S and R3.S are Yes where no reviewing of
	// desistance, safety and wellbeing, or risk of harm was required.
	NoReviewingRule
)

var decidedBy = enum.New[DecidedBy]("judgement.DecidedBy",
	enum.Row{Token: "undecided", Label: "Undecided"},
	enum.Row{Token: "inspector", Label: "Inspector"},
	enum.Row{Token: "no-factors-rule", Label: "No factors rule"},
	enum.Row{Token: "no-reviewing-rule", Label: "No reviewing rule"},
)

// ParseDecidedBy parses "undecided", "inspector", "no-factors-rule" or
// "no-reviewing-rule", or the label, in any ASCII case, with spaces,
// hyphens or underscores alike. Anything else is an error that quotes the
// input.
func ParseDecidedBy(s string) (DecidedBy, error) { return decidedBy.Parse(s) }

// String returns the token, e.g. "no-factors-rule" ("" for the zero value).
func (d DecidedBy) String() string { return decidedBy.String(d) }

// Label returns how the judgement was reached in words, e.g. "No factors
// rule".
func (d DecidedBy) Label() string { return decidedBy.Label(d) }

// MarshalText returns the token, "" for the zero value. A value out of
// range is an error.
func (d DecidedBy) MarshalText() ([]byte, error) { return decidedBy.MarshalText(d) }

// UnmarshalText sets d from text ParseDecidedBy accepts; empty text sets
// the zero value. On error d is left unchanged.
func (d *DecidedBy) UnmarshalText(b []byte) error { return decidedBy.UnmarshalText(d, b) }

// SummaryRule is a rule of the source that decides a summary judgement when
// there is nothing to judge: the summary is Yes when Fact is recorded as
// false. The fact is about the key question's area (framework.Area):
// factors related to it for NoFactorsRule, reviewing of it for
// NoReviewingRule.
type SummaryRule struct {
	// KeyQuestion is the key question whose summary the rule decides.
	KeyQuestion framework.ID
	// Summary is the summary question, e.g. "P2.S".
	Summary framework.ID
	// By is NoFactorsRule or NoReviewingRule.
	By DecidedBy
	// Fact is the fact of a case record the rule reads (its Path is where
	// it is in the record's JSON, e.g. "factors.childSafety"). The rule
	// applies when the fact is recorded as false; a fact not recorded is
	// unknown, and the rule does not apply.
	Fact record.Fact
	// Source quotes the sentence of the CARaG the rule encodes, from the
	// guidance to the summary question.
	Source string
}

// Applies reports whether the rule decides the summary of c: applies when
// c records the rule's fact as false, and known when c records the fact at
// all. A fact not recorded is unknown: the rule does not apply, and known
// is false.
func (r SummaryRule) Applies(c record.Case) (applies, known bool) {
	v, known := r.Fact.Get(&c)
	return known && !v, known
}

// summaryRule is a SummaryRule with the fact it reads, and its sentence and
// the place of the sentence apart.
type summaryRule struct {
	SummaryRule
	place, sentence string
}

func rule(kq framework.ID, by DecidedBy, f record.Fact, place, sentence string) summaryRule {
	return summaryRule{SummaryRule{KeyQuestion: kq, Summary: kq + ".S", By: by, Fact: f, Source: place + ": “" + sentence + "”"}, place, sentence}
}

// summaryRules is the one table of the summary rules. A1, A2, A3, P1 and D1
// have no rule (A2.9 and A3.11 say a written record is expected even where
// there are no factors).
var summaryRules = [...]summaryRule{
	rule("P2", NoFactorsRule, record.FactorsChildSafety, "P 2 S", "Where there are no factors related to keeping the child safe, inspectors will answer ‘Yes’."),
	rule("P3", NoFactorsRule, record.FactorsRiskOfHarm, "P 3 S", "Where there are no factors related to risk of harm, inspectors will answer ‘Yes’."),
	rule("D2", NoFactorsRule, record.FactorsChildSafety, "D 2 S", "Where there are no factors related to keeping the child safe, inspectors will answer ‘Yes’."),
	rule("D3", NoFactorsRule, record.FactorsRiskOfHarm, "D 3 S", "Where there are no factors related to risk of harm, inspectors will answer ‘Yes’."),
	rule("R1", NoReviewingRule, record.ReviewingDesistance, "R 1 S", "Where no reviewing of desistance was required, inspectors will answer ‘Yes’."),
	rule("R2", NoReviewingRule, record.ReviewingChildSafety, "R 2 S", "In cases where no reviewing of safety and wellbeing was required, inspectors will answer ‘Yes’."),
	rule("R3", NoReviewingRule, record.ReviewingRiskOfHarm, "R 3 S", "In cases where no reviewing of risk of harm was required, inspectors will answer ‘Yes’."),
}

// SummaryRules returns the rules that decide a summary judgement when there
// is nothing to judge, in source order. The slice is the caller's own.
func SummaryRules() []SummaryRule {
	out := make([]SummaryRule, len(summaryRules))
	for i, r := range summaryRules {
		out[i] = r.SummaryRule
	}
	return out
}

// ruleFor returns the summary rule of a key question, if it has one.
func ruleFor(keyQuestion framework.ID) (*summaryRule, bool) {
	for i := range summaryRules {
		if summaryRules[i].KeyQuestion == keyQuestion {
			return &summaryRules[i], true
		}
	}
	return nil, false
}

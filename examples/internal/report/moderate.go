package report

// This file is the moderation report (-moderate FILE): the first readings
// of an inspection's cases against second readings of some of them, by
// package moderation. Unlike the rating report, it holds both files' cases
// in memory, since Moderate matches the pairs by case ID. Its text, JSON,
// CSV and HTML forms render this model (modtext.go, modcsv.go, modhtml.go).

import (
	"encoding/json"
	"fmt"
	"io"
	"slices"

	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/guidance"
	"github.com/yjinspect/yjinspect/judgement"
	"github.com/yjinspect/yjinspect/moderation"
	"github.com/yjinspect/yjinspect/record"
)

// statisticsNote says whose the agreement statistics are.
const statisticsNote = "Agreement statistics are the library's, not the CARaG's: the share of pairs alike, Cohen's kappa (1960) and the weighted kappas (1968). A pair counts on an item where either reading records it; an item recorded in one reading only is disputed, never agreement."

// ratingsNote says what the three ratings are.
const ratingsNote = "Ratings: first, from every first reading; second, from the second readings of the cases read twice; moderated, from the second reading where there is one and the first otherwise. They follow the inspectorate's published bands (not in the CARaG)."

// moderationReport is everything inspect -moderate shows, in the shape of
// its JSON form.
type moderationReport struct {
	// Synthetic is true when any record of either file is marked
	// synthetic.
	Synthetic bool `json:"synthetic"`
	// FirstReadings and SecondReadings describe the two files.
	FirstReadings  readings `json:"firstReadings"`
	SecondReadings readings `json:"secondReadings"`
	Catalogue      string   `json:"catalogue"`
	Statistics     string   `json:"statistics"`
	// KappaReadings says where the words of each kappa's reading, in the
	// text, CSV and HTML forms, come from.
	KappaReadings string `json:"kappaReadings"`
	Ratings       string `json:"ratings"`
	// InspectionsInFile lists every inspection the first readings name, in
	// the order first met ("" for records that name none).
	InspectionsInFile []string `json:"inspectionsInFile"`
	// Pooled and Selected are as in the rating report (-pool,
	// -inspection).
	Pooled   bool   `json:"pooled"`
	Selected string `json:"selected,omitempty"`
	// SecondNotInFirst lists the second readings of cases the first file
	// does not hold, in the order read: reported, counted nowhere else.
	SecondNotInFirst []string `json:"secondNotInFirst"`
	// Inspections are moderated apart, in the order first met.
	Inspections []*moderatedInspection `json:"inspections"`
}

// readings describes one file of readings.
type readings struct {
	Source string `json:"source"`
	// Records counts the file's records; SyntheticRecords those marked
	// synthetic.
	Records          int `json:"records"`
	SyntheticRecords int `json:"syntheticRecords"`
	// CasesWithErrors counts the readings reported (those of the
	// inspections shown; for the second file, those paired) with a finding
	// of severity error.
	CasesWithErrors int `json:"casesWithErrors"`
	// ErrorFindings are the error findings of those readings, by code,
	// each with every case that carries it.
	ErrorFindings []codeCount `json:"errorFindings"`
}

// moderatedInspection is the moderation of one inspection: what
// moderation.Moderate makes of its first readings and the second readings
// of the same cases.
type moderatedInspection struct {
	// Inspection is its name; "" when the records name none.
	Inspection string `json:"inspection"`
	// PooledFrom lists the inspections pooled into this one (-pool).
	PooledFrom []string `json:"pooledFrom,omitempty"`
	// Synthetic is true when any of its readings is marked synthetic.
	Synthetic bool `json:"synthetic"`
	// FirstReadings counts its cases with a first reading: Pairs of them
	// were read twice.
	FirstReadings int `json:"firstReadings"`
	moderation.Moderation
}

// modGroup gathers one inspection's readings.
type modGroup struct {
	name          string
	pooledFrom    []string
	first, second []record.Case
	synthetic     bool
}

// readAll reads every record of in.
func readAll(in io.Reader) ([]record.Case, error) {
	var cases []record.Case
	err := record.DecodeEach(in, func(c record.Case) error {
		cases = append(cases, c)
		return nil
	})
	return cases, err
}

// buildModeration matches the second readings with the first by case ID,
// inspection by inspection (one when pooled or selected), and moderates
// each. errs reports whether any reading reported has an error finding.
func buildModeration(firstName, secondName string, first, second []record.Case, pool bool, only string) (rep *moderationReport, errs bool, err error) {
	f := framework.DomainTwo()
	rep = &moderationReport{
		FirstReadings: readings{Source: firstName, Records: len(first)}, SecondReadings: readings{Source: secondName, Records: len(second)},
		Catalogue: f.Version(), Statistics: statisticsNote, KappaReadings: kappaReadingNote, Ratings: ratingsNote, Pooled: pool, Selected: only,
		InspectionsInFile: []string{}, SecondNotInFirst: []string{}, Inspections: []*moderatedInspection{},
	}
	groups := map[string]*modGroup{}
	var order []*modGroup
	groupOf := map[string]*modGroup{} // case ID -> its group, for the cases reported
	firstErrors, secondErrors := errorFindings{}, errorFindings{}
	inFirst := map[string]bool{}
	named := map[string]bool{}
	for _, c := range first {
		inFirst[c.ID] = true
		if c.Synthetic {
			rep.FirstReadings.SyntheticRecords++
		}
		if !named[c.Inspection] {
			named[c.Inspection] = true
			rep.InspectionsInFile = append(rep.InspectionsInFile, c.Inspection)
		}
		if only != "" && c.Inspection != only {
			continue
		}
		key := c.Inspection
		if pool {
			key = ""
		}
		g := groups[key]
		if g == nil {
			g = &modGroup{name: key}
			groups[key] = g
			order = append(order, g)
		}
		if pool && !slices.Contains(g.pooledFrom, c.Inspection) {
			g.pooledFrom = append(g.pooledFrom, c.Inspection)
		}
		g.first = append(g.first, c)
		g.synthetic = g.synthetic || c.Synthetic
		groupOf[c.ID] = g
		if r := judgement.Judge(f, c); hasErrors(r) {
			rep.FirstReadings.CasesWithErrors++
			firstErrors.add(c.ID, r)
		}
	}
	for _, c := range second {
		if c.Synthetic {
			rep.SecondReadings.SyntheticRecords++
		}
		g := groupOf[c.ID]
		if g == nil {
			if !inFirst[c.ID] {
				rep.SecondNotInFirst = append(rep.SecondNotInFirst, c.ID)
			}
			continue // a case of an inspection not shown
		}
		g.second = append(g.second, c)
		g.synthetic = g.synthetic || c.Synthetic
		if r := judgement.Judge(f, c); hasErrors(r) {
			rep.SecondReadings.CasesWithErrors++
			secondErrors.add(c.ID, r)
		}
	}
	rep.FirstReadings.ErrorFindings, rep.SecondReadings.ErrorFindings = firstErrors.list(), secondErrors.list()
	rep.Synthetic = rep.FirstReadings.SyntheticRecords+rep.SecondReadings.SyntheticRecords > 0
	for _, g := range order {
		m, err := moderation.Moderate(f, g.first, g.second, judgement.DefaultRatingRules())
		if err != nil {
			return nil, false, err
		}
		rep.Inspections = append(rep.Inspections, &moderatedInspection{
			Inspection: g.name, PooledFrom: g.pooledFrom, Synthetic: g.synthetic, FirstReadings: len(g.first), Moderation: m,
		})
	}
	return rep, rep.FirstReadings.CasesWithErrors+rep.SecondReadings.CasesWithErrors > 0, nil
}

// summaryAlike totals the summary judgements alike over every key
// question: same of compared.
func (in *moderatedInspection) summaryAlike() (same, compared int) {
	for _, s := range in.Summaries {
		same += s.Agree
		compared += s.Compared
	}
	return same, compared
}

// changedRatings lists the standards whose moderated rating differs from
// the first readings'.
func (in *moderatedInspection) changedRatings() []moderation.RatingEffect {
	var out []moderation.RatingEffect
	for _, r := range in.Ratings {
		if r.Changed {
			out = append(out, r)
		}
	}
	return out
}

// aboutTheChild reports whether a question is about the child (I1.*) other
// than I1.1: its answers (gender, ethnicity, language, religion, sexual
// identity, disability) are personal data, which the reports of many cases
// do not show; -case shows them, and JSON carries the record's values.
func aboutTheChild(f *framework.Framework, id framework.ID) bool {
	q, ok := f.Question(id)
	return ok && q.KeyQuestion == "" && q.Section == "Information about the child" && id != "I1.1"
}

// caseComparison is one case of the two files, for -case.
type caseComparison struct {
	Synthetic  bool   `json:"synthetic"`
	Inspection string `json:"inspection,omitempty"`
	// ReadIn says where the case has a reading: "both", "first" or
	// "second".
	ReadIn string `json:"readIn"`
	// Comparison is Compare's result when the case is read twice.
	Comparison *moderation.Comparison `json:"comparison,omitempty"`
	// Guidance is the source's guidance for each disputed question.
	Guidance []questionGuidance `json:"guidance"`

	errors bool
}

// questionGuidance is a question with the CARaG's guidance to it.
type questionGuidance struct {
	Question framework.ID `json:"question"`
	Text     string       `json:"text"`
	Guidance string       `json:"guidance"`
}

// compareCase finds a case in either file and compares its readings.
func compareCase(id string, first, second []record.Case) (*caseComparison, bool, error) {
	f := framework.DomainTwo()
	find := func(cases []record.Case) *record.Case {
		for i := range cases {
			if cases[i].ID == id {
				return &cases[i]
			}
		}
		return nil
	}
	a, b := find(first), find(second)
	if a == nil && b == nil {
		return nil, false, nil
	}
	out := &caseComparison{Guidance: []questionGuidance{}}
	for _, c := range []*record.Case{a, b} {
		if c == nil {
			continue
		}
		out.Synthetic = out.Synthetic || c.Synthetic
		if out.Inspection == "" {
			out.Inspection = c.Inspection
		}
		out.errors = out.errors || hasErrors(judgement.Judge(f, *c))
	}
	switch {
	case a == nil:
		out.ReadIn = "second"
		return out, true, nil
	case b == nil:
		out.ReadIn = "first"
		return out, true, nil
	}
	out.ReadIn = "both"
	cmp, err := moderation.Compare(f, *a, *b)
	if err != nil {
		return nil, true, err
	}
	out.Comparison = &cmp
	for _, id := range disputedQuestions(cmp) {
		q, _ := f.Question(id)
		g, ok := guidance.For(id)
		if !ok {
			g = "(the CARaG prints no guidance beside this question)"
		}
		out.Guidance = append(out.Guidance, questionGuidance{Question: id, Text: q.Text, Guidance: g})
	}
	return out, true, nil
}

// disputedQuestions lists, once each and in catalogue order, the questions
// a comparison disputes: the questions answered differently, the summary
// questions judged differently, each scale's level question where the
// inspector's level differs, and the questions whose rules read a fact that
// differs.
func disputedQuestions(c moderation.Comparison) []framework.ID {
	f := framework.DomainTwo()
	var ids []framework.ID
	add := func(id framework.ID) {
		if !slices.Contains(ids, id) {
			ids = append(ids, id)
		}
	}
	for _, a := range c.Answers {
		add(a.Question)
	}
	for _, s := range c.Summaries {
		add(s.Summary)
	}
	for _, s := range c.Scales {
		if s.Inspector.Kind.Differs() {
			add(s.LevelQuestion)
		}
	}
	for _, fd := range c.Facts {
		for _, q := range fd.Questions {
			add(q)
		}
	}
	order := map[framework.ID]int{}
	for i, q := range f.Questions() {
		order[q.ID] = i
	}
	slices.SortStableFunc(ids, func(a, b framework.ID) int { return order[a] - order[b] })
	return ids
}

// valueText shows an answer for people: Yes, No, n/a, a level, or the
// text in quotes; hide shows a text answer as not shown.
func valueText(v record.Value, hide bool) string {
	switch {
	case v == (record.Value{}):
		return "not recorded"
	case v.Answer != 0:
		return v.Answer.Label()
	case v.Level != 0:
		return v.Level.Label()
	case hide:
		return "(not shown)"
	}
	return fmt.Sprintf("%q", v.Text)
}

// factText shows a fact for people.
func factText(s string) string {
	if s == "" {
		return "not recorded"
	}
	return s
}

// keyResultText shows a summary judgement and how it was decided.
func keyResultText(k judgement.KeyResult) string {
	if k.Answer == 0 {
		return "undecided"
	}
	return k.Answer.Label() + " (" + k.DecidedBy.Label() + ")"
}

// writeIndentedJSON writes v as indented JSON.
func writeIndentedJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

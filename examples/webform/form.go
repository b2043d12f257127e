package main

import (
	"bytes"
	"errors"
	"fmt"
	"maps"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yjinspect/yjinspect/classification"
	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/guidance"
	"github.com/yjinspect/yjinspect/judgement"
	"github.com/yjinspect/yjinspect/record"
	"github.com/yjinspect/yjinspect/sampling"
)

// answerField is the form field of a question's answer, e.g. "answer-A1.1".
func answerField(id framework.ID) string { return "answer-" + string(id) }

// noteField is the form field of the evidence note on a question's answer,
// e.g. "note-A1.1"; caseNoteField that of the note on the case.
func noteField(id framework.ID) string { return "note-" + string(id) }

const caseNoteField = "note-case"

// A factDef is one of the facts of a case record that the rules read, kept
// as a tri-state select: not recorded, yes or no; or, for whether the case
// is close to a boundary (near set), a select that may also name the
// boundary. Its field name is its JSON path in the case record.
type factDef struct {
	Name  string
	Label string
	fact  record.Fact // a yes/no fact of record's table of facts
	near  func(*record.Case) *classification.Near
}

// factsIn returns the facts of an object of the case record (such as
// "factors"), from record's table of facts: their paths name the fields,
// their questions label them.
func factsIn(object string) []factDef {
	var out []factDef
	for _, f := range record.Facts() {
		if f.Object() == object {
			out = append(out, factDef{Name: f.Path(), Label: f.Question(), fact: f})
		}
	}
	return out
}

type factGroupDef struct {
	Title string
	Help  string
	Facts []factDef
}

var factGroups = []factGroupDef{
	{
		Title: "Factors",
		Help:  ruleHelp(judgement.NoFactorsRule),
		Facts: factsIn("factors"),
	},
	{
		Title: "Reviewing required",
		Help:  ruleHelp(judgement.NoReviewingRule),
		Facts: factsIn("reviewingRequired"),
	},
	{
		Title: "Close to a boundary",
		Help:  "For cases close to the boundary between two levels, whether the case manager’s classification is reasonable is a fine judgement for the inspector. Name the boundary where you can: then a one-level difference is that fine judgement only when the two levels lie either side of it.",
		Facts: []factDef{
			{Name: "nearBoundary.safetyAndWellbeing", Label: "Is the case close to a boundary between two levels of safety and wellbeing?", near: func(c *record.Case) *classification.Near { return &c.NearBoundary.SafetyAndWellbeing }},
			{Name: "nearBoundary.riskOfSeriousHarm", Label: "Is the case close to a boundary between two levels of risk of serious harm?", near: func(c *record.Case) *classification.Near { return &c.NearBoundary.RiskOfSeriousHarm }},
		},
	},
	{
		Title: "Looked-after child (I1.1)",
		Help:  "Whether the case belongs in the sample, for a child who was looked after (the answer to I1.1).",
		Facts: factsIn("lookedAfter"),
	},
}

// ruleHelp is the help of a group of facts: the summary rules that read
// them, as judgement.SummaryRules quotes the source.
func ruleHelp(by judgement.DecidedBy) string {
	var quotes []string
	for _, r := range judgement.SummaryRules() {
		if r.By == by {
			quotes = append(quotes, r.Source)
		}
	}
	return strings.Join(quotes, " ")
}

// The inspector's own levels, one select per scale.
type levelDef struct {
	Name  string
	Label string
	ptr   func(*record.Case) *classification.Level
}

var inspectorLevels = []levelDef{
	{"inspector.safetyAndWellbeing", "The inspector’s classification of safety and wellbeing", func(c *record.Case) *classification.Level { return &c.Inspector.SafetyAndWellbeing }},
	{"inspector.riskOfSeriousHarm", "The inspector’s classification of risk of serious harm", func(c *record.Case) *classification.Level { return &c.Inspector.RiskOfSeriousHarm }},
}

// formValues are the raw values of the case form, as posted or as read from
// a stored case, so that a form with errors shows what was entered.
type formValues struct {
	ID, Orig string
	Version  string // the stored case's version when the form was loaded
	// Inspection is the inspection the case belongs to.
	Inspection string
	// Synthetic is the record's own mark, which the form does not edit: a
	// hidden field carries it through a save.
	Synthetic bool
	// Reviewer is who saves the case.
	Reviewer string
	Fields   map[string]string // answer-*, note-*, fact, inspector and rosh.* fields
	Concerns map[string]bool
	Deficits map[string]bool
}

func newFormValues() formValues {
	return formValues{Fields: map[string]string{}, Concerns: map[string]bool{}, Deficits: map[string]bool{}}
}

// valuesOf gives the form values of a stored case.
func valuesOf(c record.Case) formValues {
	v := newFormValues()
	v.ID, v.Orig = c.ID, c.ID
	v.Inspection, v.Synthetic = c.Inspection, c.Synthetic
	for id, val := range c.Answers.All() {
		switch {
		case val.Answer != 0:
			v.Fields[answerField(id)] = val.Answer.String()
		case val.Level != 0:
			v.Fields[answerField(id)] = val.Level.String()
		default:
			v.Fields[answerField(id)] = val.Text
		}
	}
	for _, g := range factGroups {
		for _, d := range g.Facts {
			if d.near != nil {
				v.Fields[d.Name] = nearValue(*d.near(&c))
				continue
			}
			if value, recorded := d.fact.Get(&c); recorded {
				v.Fields[d.Name] = map[bool]string{true: "yes", false: "no"}[value]
			}
		}
	}
	for _, d := range inspectorLevels {
		if l := *d.ptr(&c); l != 0 {
			v.Fields[d.Name] = l.String()
		}
	}
	for _, x := range c.Concerns {
		v.Concerns[x.String()] = true
	}
	for _, x := range c.Deficits {
		v.Deficits[x.String()] = true
	}
	roshValues(c.RoSHRationale, v.Fields)
	for id, note := range c.Notes.Questions {
		if note != "" {
			v.Fields[noteField(id)] = note
		}
	}
	if c.Notes.Case != "" {
		v.Fields[caseNoteField] = c.Notes.Case
	}
	return v
}

// parseValues reads the posted case form.
func parseValues(form url.Values) formValues {
	v := newFormValues()
	v.ID = form.Get("id") // as typed: an ID is refused, never changed to fit
	v.Orig = form.Get("orig")
	v.Version = form.Get("version")
	v.Inspection = strings.TrimSpace(form.Get("inspection"))
	v.Synthetic = form.Get("synthetic") == "true"
	v.Reviewer = strings.TrimSpace(form.Get(reviewerField))
	for key, vals := range form {
		if len(vals) == 0 {
			continue
		}
		if strings.HasPrefix(key, "answer-") || strings.HasPrefix(key, "note-") || strings.HasPrefix(key, roshPrefix) || isFactOrLevel(key) {
			v.Fields[key] = vals[0]
		}
	}
	for _, x := range form["concerns"] {
		v.Concerns[x] = true
	}
	for _, x := range form["deficits"] {
		v.Deficits[x] = true
	}
	return v
}

func isFactOrLevel(name string) bool {
	for _, g := range factGroups {
		for _, d := range g.Facts {
			if d.Name == name {
				return true
			}
		}
	}
	for _, d := range inspectorLevels {
		if d.Name == name {
			return true
		}
	}
	return false
}

// formError is an error shown at the top of the form, linked to its field.
type formError struct {
	Anchor  string // element ID of the field, or ""
	Label   string
	Message string
}

// formErrors are the errors of a posted form: by field name, and in order
// for the top of the form.
type formErrors struct {
	fields map[string]string
	list   []formError
}

func (e *formErrors) add(field, anchor, label, msg string) {
	if e.fields == nil {
		e.fields = map[string]string{}
	}
	if field != "" {
		e.fields[field] = msg
	}
	e.list = append(e.list, formError{Anchor: anchor, Label: label, Message: msg})
}

func (e *formErrors) empty() bool { return len(e.list) == 0 }

// toCase turns form values into a case record, with an error for every
// field that cannot be read.
func toCase(f *framework.Framework, v formValues) (record.Case, formErrors) {
	var errs formErrors
	c := record.Case{ID: v.ID, Inspection: v.Inspection, Synthetic: v.Synthetic}
	var bad *record.IDError
	switch {
	case v.ID == "":
		errs.add("id", "case-id", "Case ID", "Give the case an ID.")
	case errors.As(record.CheckID(v.ID), &bad):
		errs.add("id", "case-id", "Case ID", "The case ID "+bad.Reason+".")
	case usableID(v.ID) != "":
		errs.add("id", "case-id", "Case ID", "The "+usableID(v.ID)+".")
	}
	if v.Inspection != "" && errors.As(record.CheckID(v.Inspection), &bad) {
		errs.add("inspection", "field-inspection", "Inspection", "The inspection’s name "+bad.Reason+".")
	}

	known := map[string]bool{}
	for _, q := range f.Questions() {
		name := answerField(q.ID)
		known[name] = true
		raw := strings.TrimSpace(v.Fields[name])
		if raw == "" {
			continue
		}
		var val record.Value
		switch q.Answer {
		case framework.YesNo:
			a, err := record.ParseAnswer(raw)
			if err != nil {
				errs.add(name, "question-"+string(q.ID), string(q.ID), fmt.Sprintf("%q is not an answer to this question: answer yes, no or n/a.", raw))
				continue
			}
			val = record.Value{Answer: a}
		case framework.LevelAnswer:
			l, err := classification.ParseLevel(raw)
			if err != nil {
				errs.add(name, "question-"+string(q.ID), string(q.ID), fmt.Sprintf("%q is not a level: choose low, medium, high or very high.", raw))
				continue
			}
			val = record.Value{Level: l}
		default:
			val = record.Value{Text: raw}
		}
		if err := c.Answers.Set(q.ID, val); err != nil {
			errs.add(name, "question-"+string(q.ID), string(q.ID), err.Error())
		}
	}
	for _, q := range f.Questions() {
		name := noteField(q.ID)
		known[name] = true
		if note := strings.TrimSpace(v.Fields[name]); note != "" {
			if c.Notes.Questions == nil {
				c.Notes.Questions = map[framework.ID]string{}
			}
			c.Notes.Questions[q.ID] = note
		}
	}
	known[caseNoteField] = true
	c.Notes.Case = strings.TrimSpace(v.Fields[caseNoteField])
	for _, name := range slices.Sorted(maps.Keys(v.Fields)) {
		for _, prefix := range []string{"answer-", "note-"} {
			if strings.HasPrefix(name, prefix) && !known[name] {
				errs.add("", "", "", fmt.Sprintf("The form names a question that is not in the catalogue: %q.", strings.TrimPrefix(name, prefix)))
			}
		}
	}

	for _, g := range factGroups {
		for _, d := range g.Facts {
			if d.near != nil {
				n, ok := parseNear(v.Fields[d.Name])
				if !ok {
					errs.add(d.Name, "field-"+d.Name, d.Label, fmt.Sprintf("%q is not yes, no, a boundary or not recorded.", v.Fields[d.Name]))
				}
				*d.near(&c) = n
				continue
			}
			switch raw := v.Fields[d.Name]; raw {
			case "":
			case "yes":
				d.fact.Set(&c, new(true))
			case "no":
				d.fact.Set(&c, new(false))
			default:
				errs.add(d.Name, "field-"+d.Name, d.Label, fmt.Sprintf("%q is not yes, no or not recorded.", raw))
			}
		}
	}
	for _, d := range inspectorLevels {
		if raw := v.Fields[d.Name]; raw != "" {
			l, err := classification.ParseLevel(raw)
			if err != nil {
				errs.add(d.Name, "field-"+d.Name, d.Label, fmt.Sprintf("%q is not a level.", raw))
				continue
			}
			*d.ptr(&c) = l
		}
	}

	concerns := map[classification.Concern]bool{}
	for _, name := range slices.Sorted(maps.Keys(v.Concerns)) {
		x, err := classification.ParseConcern(name)
		if err != nil {
			errs.add("", "concerns", "Safety concerns", fmt.Sprintf("%q is not one of the safety concerns.", name))
			continue
		}
		concerns[x] = true
	}
	for _, x := range classification.Concerns() {
		if concerns[x] {
			c.Concerns = append(c.Concerns, x)
		}
	}
	deficits := map[classification.Deficit]bool{}
	for _, name := range slices.Sorted(maps.Keys(v.Deficits)) {
		x, err := classification.ParseDeficit(name)
		if err != nil {
			errs.add("", "deficits", "Assessment problems", fmt.Sprintf("%q is not one of the assessment problems.", name))
			continue
		}
		deficits[x] = true
	}
	for _, x := range classification.Deficits() {
		if deficits[x] {
			c.Deficits = append(c.Deficits, x)
		}
	}
	c.RoSHRationale = parseRoSH(v.Fields, &errs)
	return c, errs
}

// ---- the case page ----

type casePage struct {
	page
	New             bool
	Orig            string
	Inspection      string // the record's inspection
	InspectionError string
	Synthetic       bool // the record is marked synthetic: the page says so
	Version         string
	ID              string
	IDError         string
	FormReviewer    string // the reviewer's name in the form
	ReviewerError   string
	Stored          *storedCase // the stored version the form shows; nil for a new case or an unsaved form
	Errors          []formError
	ErrorTitle      string // the heading of the errors
	Saved           string
	RoSH            roshView
	CaseNote        string // the reviewer's note on the case
	Child           questionList
	Standards       []standardView
	Interview       *keyQuestionView
	FactGroups      []factGroupView
	Inspector       []selectView
	Concerns        []checkView
	Deficits        []checkView
	Conflict        string // the stored case's URL, when a save was refused as stale
	Result          *resultView
}

type standardView struct {
	ID, Name     string
	KeyQuestions []keyQuestionView
}

type keyQuestionView struct {
	ID, Number, Text string
	HasGuidance      bool // the guidance itself is fetched when opened
	Questions        questionList
}

type questionView struct {
	ID, Number, Text, Kind string
	Answer                 string // "yes-no", "level" or "text"
	Name, Value, Error     string
	Options                []option
	HasGuidance            bool // the guidance itself is fetched when opened
	Findings               []findingView
	Rule                   string // the summary rule, for a summary question that has one
	RuleFact               string // the fact field the rule reads
	Note, NoteError        string // the reviewer's evidence note on the answer
	pre                    *questionHTML
}

type option struct {
	Value, Label string
	Selected     bool
}

type selectView struct {
	Name, Label, Error string
	Options            []option
}

type factGroupView struct {
	Title, Help string
	Facts       []selectView
}

type checkView struct {
	Name, Value, Label string
	Checked            bool
}

type guidanceBlock struct {
	Text  string
	Items []guidanceItem // set for a list
}

type guidanceItem struct {
	Text string
	Sub  []string
}

type resultView struct {
	Summaries []summaryView
	Findings  []findingView
	Verdicts  []verdictView
	Exclusion exclusionView
	Errors    int
	Warnings  int
}

type summaryView struct {
	KeyQuestion, Summary, Text string
	Number                     string // the key question's number as printed
	Answer, AnswerText         string
	DecidedBy, DecidedByText   string
	Recorded, Rule             string
}

type findingView struct {
	Severity, Code, Question, Message string
	SeverityText                      string   // the severity in words: "Error", "Warning"
	Title                             string   // the kind of finding in plain words, from judgement.FindingKinds
	QuestionLabel                     string   // the question's number as printed, or its ID when it has none
	Basis                             []string // what the finding rests on, from judgement.FindingKinds
	LibraryCheck                      bool     // Basis says why the library checks this; the CARaG does not say it
}

// findingBasis says what each kind of finding rests on, from the one table
// of findings: the sentences of the CARaG it quotes, or why the library
// makes a check of its own.
var findingBasis = func() map[string]findingView {
	m := map[string]findingView{}
	for _, k := range judgement.FindingKinds() {
		if k.LibraryCheck != "" {
			m[k.Code] = findingView{Title: k.Title, Basis: []string{upperFirst(k.LibraryCheck) + "."}, LibraryCheck: true}
			continue
		}
		m[k.Code] = findingView{Title: k.Title, Basis: k.Source}
	}
	return m
}()

// upperFirst is s with its first letter in upper case.
func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// questionLabel names a question for people: its number as printed, or,
// for a question printed without one, its key question's number and the
// word of its ID ("A 1: diversity").
func (s *server) questionLabel(id framework.ID) string {
	if q, ok := s.f.Question(id); ok {
		if q.Number != "" {
			return q.Number
		}
		if kq, ok := s.f.KeyQuestion(q.KeyQuestion); ok {
			if _, word, ok := strings.Cut(string(id), "."); ok {
				return kq.Number + ": " + word
			}
		}
	} else if kq, ok := s.f.KeyQuestion(id); ok {
		return kq.Number
	}
	return string(id)
}

// severityText is a severity in words.
func severityText(s judgement.Severity) string {
	switch s {
	case judgement.Error:
		return "Error"
	case judgement.Warning:
		return "Warning"
	}
	return s.String()
}

// severityRank orders findings: errors first, then warnings, then the rest.
func severityRank(s string) int {
	switch s {
	case judgement.Error.String():
		return 0
	case judgement.Warning.String():
		return 1
	}
	return 2
}

type verdictView struct {
	Scale, Name              string
	CaseManager, Inspector   string
	Outcome, OutcomeText     string
	Direction, DirectionText string
	DirectionHelp            string
	Steps                    int
	Reason                   string
}

type exclusionView struct {
	Outcome, Reason, Source string
	OutcomeText             string // the outcome in words
	Notes                   []string
}

// exclusionText says each outcome of the exclusion rule in words.
var exclusionText = map[sampling.Outcome]string{
	sampling.Include:      "Yes, the case belongs in the sample",
	sampling.Exclude:      "No, the case is excluded from the sample",
	sampling.Undetermined: "Not known yet",
}

// guidanceBlocks splits a question's guidance into paragraphs and lists:
// a paragraph whose every line starts "• " (or " − " for a sub-item) is a
// list.
func guidanceBlocks(id framework.ID) []guidanceBlock {
	paras, _ := guidance.Paragraphs(id)
	var blocks []guidanceBlock
	for _, p := range paras {
		lines := strings.Split(p, "\n")
		list := true
		for _, l := range lines {
			l = strings.TrimLeft(l, " \t")
			if !strings.HasPrefix(l, "• ") && !strings.HasPrefix(l, "− ") {
				list = false
				break
			}
		}
		if !list {
			blocks = append(blocks, guidanceBlock{Text: p})
			continue
		}
		var items []guidanceItem
		for _, l := range lines {
			l = strings.TrimLeft(l, " \t")
			if sub, ok := strings.CutPrefix(l, "− "); ok {
				if len(items) == 0 {
					items = append(items, guidanceItem{})
				}
				items[len(items)-1].Sub = append(items[len(items)-1].Sub, sub)
				continue
			}
			items = append(items, guidanceItem{Text: strings.TrimPrefix(l, "• ")})
		}
		blocks = append(blocks, guidanceBlock{Items: items})
	}
	return blocks
}

var (
	yesNoOptions = append(options(record.Yes, record.No, record.NotApplicable), option{"", "not answered", false})
	factOptions  = []option{{"", "not recorded", false}, {"yes", "Yes", false}, {"no", "No", false}}
	nearOptions  = append([]option{{"", "not recorded", false}, {"yes", "Yes, boundary not named", false}, {"no", "No", false}},
		options(classification.NearLowMedium, classification.NearMediumHigh, classification.NearHighVeryHigh)...)
)

// nearValue is the form value of whether a case is close to a boundary:
// "yes" and "no" for the record's true and false, the boundary's token where
// it is named.
func nearValue(n classification.Near) string {
	switch n {
	case classification.NearUnnamed:
		return "yes"
	case classification.NotNear:
		return "no"
	}
	return n.String()
}

// parseNear reads a form value nearValue writes.
func parseNear(raw string) (classification.Near, bool) {
	switch raw {
	case "":
		return 0, true
	case "yes":
		return classification.NearUnnamed, true
	case "no":
		return classification.NotNear, true
	}
	n, err := classification.ParseNear(raw)
	return n, err == nil
}

// options are the select options of enum values: the token as the value,
// the label for people.
func options[T interface {
	String() string
	Label() string
}](vs ...T) []option {
	var opts []option
	for _, v := range vs {
		opts = append(opts, option{Value: v.String(), Label: v.Label()})
	}
	return opts
}

func levelOptions() []option {
	return append([]option{{"", "not recorded", false}}, options(classification.Levels()...)...)
}

// choose marks the option with the given value selected (the first, "not
// answered", when none matches, so a bad posted value shows as unset).
func choose(opts []option, value string) []option {
	out := make([]option, len(opts))
	copy(out, opts)
	found := false
	for i := range out {
		if out[i].Value == value {
			out[i].Selected, found = true, true
		}
	}
	if !found {
		for i := range out {
			if out[i].Value == "" {
				out[i].Selected = true
			}
		}
	}
	return out
}

// casePage builds the case form from its values, the errors of a post and
// the judgement of the stored case (nil for none).
func (s *server) casePage(v formValues, errs formErrors, res *judgement.Result) *casePage {
	p := &casePage{ID: v.ID, Orig: v.Orig, Version: v.Version, New: v.Orig == "", Errors: errs.list, IDError: errs.fields["id"],
		Inspection: v.Inspection, InspectionError: errs.fields["inspection"], Synthetic: v.Synthetic,
		FormReviewer: v.Reviewer, ReviewerError: errs.fields[reviewerField], ErrorTitle: "The case was not saved",
		RoSH: roshForm(v, errs), CaseNote: v.Fields[caseNoteField]}
	findings := map[framework.ID][]findingView{}
	if res != nil {
		p.Result = s.resultView(*res)
		for _, f := range p.Result.Findings {
			if f.Question != "" {
				findings[framework.ID(f.Question)] = append(findings[framework.ID(f.Question)], f)
			}
		}
	}
	question := func(q framework.Question) questionView {
		qv := s.questionStatic(q)
		qv.Value, qv.Error, qv.Findings = v.Fields[qv.Name], errs.fields[qv.Name], findings[q.ID]
		qv.Note, qv.NoteError = v.Fields[noteField(q.ID)], errs.fields[noteField(q.ID)]
		return qv
	}
	keyQuestion := func(kq framework.KeyQuestion) keyQuestionView {
		kv := keyQuestionView{ID: string(kq.ID), Number: kq.Number, Text: kq.Text, HasGuidance: s.guidance[kq.ID].Has}
		for _, q := range s.f.QuestionsOf(kq.ID) {
			kv.Questions = append(kv.Questions, question(q))
		}
		return kv
	}

	for _, q := range s.f.Questions() {
		if q.KeyQuestion == "" {
			p.Child = append(p.Child, question(q))
		}
	}
	for _, st := range s.f.Standards() {
		sv := standardView{ID: string(st.ID), Name: st.Name}
		for _, id := range st.KeyQuestions {
			if kq, ok := s.f.KeyQuestion(id); ok {
				sv.KeyQuestions = append(sv.KeyQuestions, keyQuestion(kq))
			}
		}
		p.Standards = append(p.Standards, sv)
	}
	for _, kq := range s.f.KeyQuestions() {
		if kq.Standard == "" {
			kv := keyQuestion(kq)
			p.Interview = &kv
		}
	}

	for _, g := range factGroups {
		gv := factGroupView{Title: g.Title, Help: g.Help}
		for _, d := range g.Facts {
			opts := factOptions
			if d.near != nil {
				opts = nearOptions
			}
			gv.Facts = append(gv.Facts, selectView{Name: d.Name, Label: d.Label, Error: errs.fields[d.Name], Options: choose(opts, v.Fields[d.Name])})
		}
		p.FactGroups = append(p.FactGroups, gv)
	}
	for _, d := range inspectorLevels {
		p.Inspector = append(p.Inspector, selectView{Name: d.Name, Label: d.Label, Error: errs.fields[d.Name], Options: choose(levelOptions(), v.Fields[d.Name])})
	}
	for _, x := range classification.Concerns() {
		p.Concerns = append(p.Concerns, checkView{Name: "concerns", Value: x.String(), Label: x.Label(), Checked: v.Concerns[x.String()]})
	}
	for _, x := range classification.Deficits() {
		p.Deficits = append(p.Deficits, checkView{Name: "deficits", Value: x.String(), Label: x.Label(), Checked: v.Deficits[x.String()]})
	}
	return p
}

var directionHelp = map[classification.Direction]string{
	classification.Same:  "the case manager and the inspector give the same level",
	classification.Under: "the case manager’s level is lower than the inspector’s",
	classification.Over:  "the case manager’s level is higher than the inspector’s",
}

func (s *server) resultView(res judgement.Result) *resultView {
	rv := &resultView{}
	for _, kr := range res.KeyResults {
		sv := summaryView{
			KeyQuestion: string(kr.KeyQuestion()), Summary: string(kr.Summary()),
			Answer: "Not decided", AnswerText: kr.Answer.String(),
			DecidedBy: kr.DecidedBy.Label(), DecidedByText: kr.DecidedBy.String(),
			Rule: kr.Rule(),
		}
		if kq, ok := s.f.KeyQuestion(kr.KeyQuestion()); ok {
			sv.Text, sv.Number = kq.Text, kq.Number
		}
		if kr.Answer != 0 {
			sv.Answer = kr.Answer.Label()
		}
		if kr.Recorded != 0 {
			sv.Recorded = kr.Recorded.Label()
		}
		rv.Summaries = append(rv.Summaries, sv)
	}
	for _, f := range res.Findings {
		b := findingBasis[f.Code]
		fv := findingView{Severity: f.Severity.String(), SeverityText: severityText(f.Severity), Code: string(f.Code), Question: string(f.Question), Message: f.Message, QuestionLabel: s.questionLabel(f.Question),
			Title: b.Title, Basis: b.Basis, LibraryCheck: b.LibraryCheck}
		rv.Findings = append(rv.Findings, fv)
		switch f.Severity {
		case judgement.Error:
			rv.Errors++
		case judgement.Warning:
			rv.Warnings++
		}
	}
	verdict := func(sc classification.Scale, v classification.Verdict, cm, in classification.Level) verdictView {
		if v.Outcome == 0 {
			return verdictView{
				Scale: sc.String(), Name: sc.Label(), CaseManager: cm.Label(), Inspector: in.Label(),
				Outcome: "Not checked", Direction: v.Direction.Label(),
				Reason: "The classifications could not be compared; see the findings.",
			}
		}
		return verdictView{
			Scale: sc.String(), Name: sc.Label(),
			CaseManager: cm.Label(), Inspector: in.Label(),
			Outcome: v.Outcome.Label(), OutcomeText: v.Outcome.String(),
			Direction: v.Direction.Label(), DirectionText: v.Direction.String(), DirectionHelp: directionHelp[v.Direction],
			Steps: v.Steps, Reason: v.Reason,
		}
	}
	rv.Verdicts = []verdictView{
		verdict(classification.SafetyAndWellbeing, res.SafetyAndWellbeing, res.CaseManager.SafetyAndWellbeing, res.Inspector.SafetyAndWellbeing),
		verdict(classification.RiskOfSeriousHarm, res.RiskOfSeriousHarm, res.CaseManager.RiskOfSeriousHarm, res.Inspector.RiskOfSeriousHarm),
	}
	slices.SortStableFunc(rv.Findings, func(a, b findingView) int { return severityRank(a.Severity) - severityRank(b.Severity) })
	rv.Exclusion = exclusionView{Outcome: res.Exclusion.Outcome.String(), OutcomeText: exclusionText[res.Exclusion.Outcome], Reason: res.Exclusion.Reason, Source: res.Exclusion.Source, Notes: res.Exclusion.Notes}
	return rv
}

// ---- handlers of the case form ----

func (s *server) handleNew(w http.ResponseWriter, r *http.Request) {
	v := newFormValues()
	v.Reviewer = reviewerOf(r)
	if insp := r.URL.Query().Get("inspection"); insp != "" && record.CheckID(insp) == nil {
		v.Inspection = insp
	}
	s.render(w, r, http.StatusOK, "case", s.casePage(v, formErrors{}, nil), "New case")
}

func (s *server) handleEdit(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	sc, err := s.store.Get(id)
	if errors.Is(err, errNotFound) {
		s.renderError(w, r, http.StatusNotFound, "There is no such case. If it was deleted, it can be restored from the deleted cases.")
		return
	}
	if err != nil {
		s.storeFailed(w, r, err)
		return
	}
	res := judgement.Judge(s.f, sc.Case)
	v := valuesOf(sc.Case)
	v.Version = strconv.FormatInt(sc.Version, 10)
	v.Reviewer = reviewerOf(r)
	p := s.casePage(v, formErrors{}, &res)
	p.Stored = &sc
	switch r.URL.Query().Get("saved") {
	case "":
	case "imported":
		p.Saved = "Imported."
	case "restored":
		p.Saved = "Restored."
	default:
		p.Saved = "Saved."
	}
	s.render(w, r, http.StatusOK, "case", p, "Case "+sc.Case.ID)
}

// handleSave saves the posted case form. Whatever goes wrong (a field that
// cannot be read, an ID taken, a change made meanwhile in another tab, a
// store that cannot write), the form comes back with everything typed and
// a message that says what happened; nothing typed is lost.
func (s *server) handleSave(w http.ResponseWriter, r *http.Request) {
	v := parseValues(r.PostForm)
	if v.Reviewer == "" {
		v.Reviewer = reviewerOf(r)
	}
	c, errs := toCase(s.f, v)
	if why := reviewerProblem(v.Reviewer); why != "" {
		errs.add(reviewerField, "field-reviewer", "Reviewer", why)
	}
	base, _ := strconv.ParseInt(v.Version, 10, 64)
	if errs.empty() {
		// Store only what can be exported and imported again.
		b, err := c.MarshalJSON()
		if err == nil {
			_, err = record.Decode(bytes.NewReader(b))
		}
		if err != nil {
			errs.add("", "", "", "The case record is not valid: "+err.Error())
		}
	}
	if !errs.empty() {
		s.renderCaseForm(w, r, http.StatusUnprocessableEntity, v, errs)
		return
	}
	postedReviewer(w, r)
	_, err := s.store.Save(c, v.Orig, base, v.Reviewer)
	switch {
	case err == nil:
		http.Redirect(w, r, caseURL(c.ID)+"?saved=1#results", http.StatusSeeOther)
	case errors.Is(err, errChanged):
		// Keep the other change; show this one, unsaved, with the
		// version now stored, so that saving again replaces it knowingly.
		cur, gerr := s.store.Get(v.Orig)
		if gerr == nil {
			v.Version = strconv.FormatInt(cur.Version, 10)
		}
		errs.add("", "", "", "Not saved: this case was changed since you opened it (in another tab or window). The stored case keeps that change; the form below shows your answers, unsaved. Open the stored case in a new tab to compare, then save this form again only if your answers should replace it.")
		p := s.casePage(v, errs, nil)
		p.Conflict = caseURL(v.Orig)
		s.render(w, r, http.StatusConflict, "case", p, "Case "+v.Orig)
	case errors.Is(err, errDeleted):
		errs.add("", "", "", "Not saved: this case was deleted since you opened it (in another tab or window). The form below shows your answers, unsaved; save again to store them as a new case.")
		v.Orig, v.Version = "", ""
		s.renderCaseForm(w, r, http.StatusConflict, v, errs)
	case errors.Is(err, errExists):
		errs.add("id", "case-id", "Case ID", "A case with this ID is already stored. Choose another ID, or open that case.")
		s.renderCaseForm(w, r, http.StatusUnprocessableEntity, v, errs)
	default:
		s.log.Printf("save: %v", err)
		errs.add("", "", "", "Not saved: the database could not store the case ("+err.Error()+"). Everything you typed is in the form below, unsaved. Try saving again; if it fails again, free some disk space or see the program's error output, and keep this page open until it is saved.")
		s.renderCaseForm(w, r, http.StatusServiceUnavailable, v, errs)
	}
}

// renderCaseForm shows the case form again, unsaved, with the values posted
// and the errors of the post.
func (s *server) renderCaseForm(w http.ResponseWriter, r *http.Request, status int, v formValues, errs formErrors) {
	p := s.casePage(v, errs, nil)
	title := "New case"
	if v.Orig != "" {
		title = "Case " + v.Orig
	}
	s.render(w, r, status, "case", p, title)
}

package moderation

import (
	"encoding/json"
	"fmt"
	"slices"
	"sync"

	"github.com/yjinspect/yjinspect/classification"
	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/internal/enum"
	"github.com/yjinspect/yjinspect/judgement"
	"github.com/yjinspect/yjinspect/record"
)

// Comparison is what Compare finds between two readings of one case. Every
// difference names the question or key question it is about, so that a
// caller can show the source's guidance beside it (guidance.For).
type Comparison struct {
	// Case is the case ID.
	Case string `json:"case"`
	// Answers lists every question answered differently, in catalogue
	// order, with both answers. The case manager's classifications (A2.5,
	// A3.4) and the reasonableness answers are among them.
	Answers []AnswerDifference `json:"answers,omitempty"`
	// Summaries lists the key questions whose summary judgement, as
	// judgement.Judge decides it on each reading, differs, in source order,
	// with how each was decided.
	Summaries []SummaryDifference `json:"summaries,omitempty"`
	// Scales shows each classification scale whole, safety and wellbeing
	// first: the case manager's level and the reasonableness answer (also
	// in Answers when they differ) beside the inspector's level, which is
	// compared only here.
	Scales []ScaleComparison `json:"scales"`
	// Facts lists the facts the rules read (near boundary, factors,
	// reviewing required, the looked-after facts) where they differ, in
	// the order of the case record.
	Facts []FactDifference `json:"facts,omitempty"`
}

// Agrees reports whether the two readings agree on everything Compare
// looks at: no answer, summary judgement, inspector's level or fact
// differs.
func (c Comparison) Agrees() bool {
	if len(c.Answers) > 0 || len(c.Summaries) > 0 || len(c.Facts) > 0 {
		return false
	}
	for _, s := range c.Scales {
		if s.Inspector.Kind.Differs() {
			return false
		}
	}
	return true
}

// AnswerDifference is a question the two readings answer differently.
type AnswerDifference struct {
	// Question is the question's ID, e.g. "A1.1"; guidance.For(Question)
	// gives its guidance.
	Question framework.ID
	// Kind is Differ, OnlyFirst or OnlySecond.
	Kind DifferenceKind
	// First and Second are the answers of each reading; zero when not
	// recorded. The free-text answers about the child (I1.4-I1.8, I1.10)
	// are personal data: they are carried as the caller gave them, and a
	// report that shows them is as private as the case record.
	First, Second record.Value
}

type answerDifferenceJSON struct {
	Question framework.ID   `json:"question"`
	Kind     DifferenceKind `json:"kind"`
	First    string         `json:"first,omitempty"`
	Second   string         `json:"second,omitempty"`
}

// MarshalJSON writes {"question", "kind", "first", "second"}, the answers
// in their text form ("yes", "no", "n/a", a level, or the text) and left out
// when not recorded.
func (d AnswerDifference) MarshalJSON() ([]byte, error) {
	return json.Marshal(answerDifferenceJSON{d.Question, d.Kind, valueText(d.First), valueText(d.Second)})
}

// SummaryDifference is a key question whose summary judgement differs
// between the readings.
type SummaryDifference struct {
	// KeyQuestion, Summary and Standard identify the key question, e.g.
	// "P2", "P2.S" and "2.2"; guidance.For(Summary) gives the guidance to
	// the summary judgement.
	KeyQuestion framework.ID `json:"keyQuestion"`
	Summary     framework.ID `json:"summary"`
	Standard    framework.ID `json:"standard"`
	// Kind is Differ when both readings reach a judgement (Yes, No or n/a)
	// and they differ; OnlyFirst or OnlySecond when one reading leaves it
	// undecided.
	Kind DifferenceKind `json:"kind"`
	// First and Second are the judgements, with how each was decided (by
	// the inspector or by a rule of the source) and the recorded answer.
	First  judgement.KeyResult `json:"first"`
	Second judgement.KeyResult `json:"second"`
}

// ScaleComparison is one classification scale in both readings.
type ScaleComparison struct {
	// Scale is the scale.
	Scale classification.Scale `json:"scale"`
	// LevelQuestion is the case manager's classification on the scale,
	// A2.5 or A3.4, whose guidance defines the levels; ReasonableQuestion
	// asks whether that classification is reasonable, A2.reasonable or
	// A3.reasonable.
	LevelQuestion      framework.ID `json:"levelQuestion"`
	ReasonableQuestion framework.ID `json:"reasonableQuestion"`
	// CaseManager is the case manager's level as each reading records it
	// (the answer to LevelQuestion).
	CaseManager LevelPair `json:"caseManager"`
	// Inspector is the inspector's own level in each reading.
	Inspector LevelPair `json:"inspector"`
	// Reasonable is each reading's answer to ReasonableQuestion.
	Reasonable AnswerPair `json:"reasonable"`
}

// LevelPair is a level in each reading and how they compare.
type LevelPair struct {
	// First and Second are the levels of each reading; zero when not
	// recorded.
	First  classification.Level `json:"first,omitempty"`
	Second classification.Level `json:"second,omitempty"`
	// Kind is zero when neither reading records a level.
	Kind DifferenceKind `json:"kind,omitempty"`
}

// AnswerPair is a yes/no answer in each reading and how they compare.
type AnswerPair struct {
	// First and Second are the answers of each reading; zero when not
	// recorded.
	First  record.Answer `json:"first,omitempty"`
	Second record.Answer `json:"second,omitempty"`
	// Kind is zero when neither reading records an answer.
	Kind DifferenceKind `json:"kind,omitempty"`
}

// FactDifference is a fact the rules read that differs between the
// readings.
type FactDifference struct {
	// Field is the fact's place in the case record, e.g.
	// "factors.childSafety" or "lookedAfter.homeService".
	Field string `json:"field"`
	// Questions are the questions whose guidance states the rules that
	// read the fact (e.g. P2.S and D2.S for factors.childSafety, I1.1 for
	// the looked-after facts, A2.reasonable for
	// nearBoundary.safetyAndWellbeing). The slice is the caller's own.
	Questions []framework.ID `json:"questions"`
	// Kind is Differ, OnlyFirst or OnlySecond.
	Kind DifferenceKind `json:"kind"`
	// First and Second are the fact in each reading, as its text: "yes" or
	// "no" for a true/false fact, the token of a classification.Near for
	// near boundary ("not-near", "near", "medium-high", ...); "" when not
	// recorded (unknown, never false).
	First  string `json:"first,omitempty"`
	Second string `json:"second,omitempty"`
}

// factSpec is a fact of the case record that the rules read.
type factSpec struct {
	field     string
	questions []framework.ID
	get       func(*record.Case) string
}

// nearFact is the text of a near-boundary fact: its token, or "" when not
// recorded.
func nearFact(n classification.Near) string {
	if n == 0 {
		return ""
	}
	return n.String()
}

// factTable lists the facts in the order of the case record: the
// near-boundary facts, then record's table of facts (record.Facts). The
// questions of a fact a summary rule reads come from judgement.SummaryRules,
// the one table of the summary rules; the looked-after facts bear on I1.1,
// whose guidance reads them.
var factTable = sync.OnceValue(func() []factSpec {
	out := []factSpec{
		{"nearBoundary.safetyAndWellbeing", []framework.ID{"A2.reasonable"}, func(c *record.Case) string { return nearFact(c.NearBoundary.SafetyAndWellbeing) }},
		{"nearBoundary.riskOfSeriousHarm", []framework.ID{"A3.reasonable"}, func(c *record.Case) string { return nearFact(c.NearBoundary.RiskOfSeriousHarm) }},
	}
	for _, f := range record.Facts() {
		var qs []framework.ID
		for _, r := range judgement.SummaryRules() {
			if r.Fact == f {
				qs = append(qs, r.Summary)
			}
		}
		if len(qs) == 0 && f.Object() == "lookedAfter" {
			qs = []framework.ID{"I1.1"}
		}
		out = append(out, factSpec{f.Path(), qs, func(c *record.Case) string {
			v, recorded := f.Get(c)
			switch {
			case !recorded:
				return ""
			case v:
				return "yes"
			}
			return "no"
		}})
	}
	return out
})

// scaleSpec is what Compare reads of a scale.
type scaleSpec struct {
	scale             classification.Scale
	field             string
	level, reasonable framework.ID
	inspector         func(record.ScaleLevels) classification.Level
}

var scaleSpecs = [2]scaleSpec{
	{classification.SafetyAndWellbeing, "inspector.safetyAndWellbeing", "A2.5", "A2.reasonable", func(l record.ScaleLevels) classification.Level { return l.SafetyAndWellbeing }},
	{classification.RiskOfSeriousHarm, "inspector.riskOfSeriousHarm", "A3.4", "A3.reasonable", func(l record.ScaleLevels) classification.Level { return l.RiskOfSeriousHarm }},
}

// Compare compares two readings of one case, say a first reading by a local
// assessor and a second by a lead inspector, against a catalogue (normally
// framework.DomainTwo(); nil means that one). It lists every question
// answered differently, the key questions whose summary judgement differs
// (each reading judged by judgement.Judge), both scales side by side, and
// the facts the rules read where they differ. Something recorded in one
// reading only is a difference of its own kind (OnlyFirst, OnlySecond),
// never agreement.
//
// It is an error to compare readings with different case IDs, a case with
// no ID or an ID that breaks the ID rule (record.CheckID; the error wraps
// its *record.IDError), or an inspector's level out of range; the error
// names the case, the field and the bad value. Compare is pure and safe for concurrent use; it
// does not change or keep the cases.
func Compare(f *framework.Framework, first, second record.Case) (Comparison, error) {
	if err := checkPair(first, second); err != nil {
		return Comparison{}, err
	}
	r := newReader(f)
	// Room for the domain two catalogue's answers on the stack.
	var bufA, bufB [96]record.Value
	if len(r.ids) <= len(bufA) {
		r.va, r.vb = bufA[:len(r.ids)], bufB[:len(r.ids)]
	} else {
		r.va, r.vb = make([]record.Value, len(r.ids)), make([]record.Value, len(r.ids))
	}
	r.load(&first, &second)
	return r.compare(&first, &second, judgement.Judge(r.f, first), judgement.Judge(r.f, second)), nil
}

// InputError reports readings that cannot be compared or moderated: of
// different cases, a case with no ID or with an ID that breaks the ID rule
// (then errors.Is(err, record.ErrBadID) holds), a level out of range, a
// case given twice. Its message, for example
//
//	moderation: second reading of case "c1": inspector.riskOfSeriousHarm: bad value "Level(9)": not a level
//
// names the reading, the case and the field. Use errors.As to get it.
type InputError struct {
	// Reading is "first" or "second": the reading at fault, or "" when
	// the error is about the pair.
	Reading string
	// Case is the case ID at fault, or "".
	Case string
	// Reason says what is wrong.
	Reason string

	msg string
	err error
}

// Error implements error.
func (e *InputError) Error() string { return e.msg }

// Unwrap returns the underlying error, if any.
func (e *InputError) Unwrap() error { return e.err }

// checkPair checks that two readings can be compared.
func checkPair(first, second record.Case) error {
	if first.ID != second.ID {
		reason := fmt.Sprintf("the readings are of different cases: %s and %s", enum.Quote(first.ID), enum.Quote(second.ID))
		return &InputError{Reason: reason, msg: "moderation: " + reason}
	}
	if err := checkCase("first", first); err != nil {
		return err
	}
	return checkCase("second", second)
}

// checkCase checks what Compare reads that a Case could hold out of range.
func checkCase(reading string, c record.Case) error {
	if c.ID == "" {
		return &InputError{Reading: reading, Reason: "a case has no id", msg: "moderation: " + reading + " reading: a case has no id"}
	}
	if err := record.CheckID(c.ID); err != nil {
		return &InputError{Reading: reading, Reason: err.Error(), msg: "moderation: " + reading + " reading: " + err.Error(), err: err} // pairs are matched by ID
	}
	for _, s := range scaleSpecs {
		if l := s.inspector(c.Inspector); l > classification.VeryHigh {
			reason := s.field + ": bad value " + enum.Quote(l.String()) + ": not a level"
			return &InputError{Reading: reading, Case: c.ID, Reason: reason, msg: "moderation: " + reading + " reading of case " + enum.Quote(c.ID) + ": " + reason}
		}
	}
	return nil
}

// reader holds the answers of two readings by catalogue position, so that
// comparing them looks nothing up; Moderate reuses one for every pair.
type reader struct {
	f      *framework.Framework
	ids    []framework.ID // the catalogue's questions in order
	va, vb []record.Value
}

// newReader makes a reader for a catalogue (nil for domain two), without
// room for the answers: the caller gives it va and vb.
func newReader(f *framework.Framework) reader {
	if f == nil || f == framework.DomainTwo() {
		return reader{f: framework.DomainTwo(), ids: domainTwoIDs()}
	}
	return reader{f: f, ids: questionIDs(f)}
}

// domainTwoIDs are the questions of the domain two catalogue, worked out
// once; the slice is never handed out.
var domainTwoIDs = sync.OnceValue(func() []framework.ID { return questionIDs(framework.DomainTwo()) })

func questionIDs(f *framework.Framework) []framework.ID {
	qs := f.Questions()
	ids := make([]framework.ID, 0, len(qs))
	for _, q := range qs {
		ids = append(ids, q.ID)
	}
	return ids
}

// load reads the answers of two readings.
func (r *reader) load(a, b *record.Case) {
	r.fill(r.va, a.Answers)
	r.fill(r.vb, b.Answers)
}

// fill puts each answer at its question's position. Answers.All gives them
// in the order of the domain two catalogue, so one pass finds them when the
// catalogue is that one; otherwise each is looked up.
func (r *reader) fill(dst []record.Value, a record.Answers) {
	clear(dst)
	j := 0
	for id, v := range a.All() {
		for j < len(r.ids) && r.ids[j] != id {
			j++
		}
		if j == len(r.ids) {
			for i, id := range r.ids {
				dst[i], _ = a.Get(id)
			}
			return
		}
		dst[j] = v
		j++
	}
}

// compare compares two checked readings whose answers are loaded, given
// what Judge makes of each.
func (r *reader) compare(a, b *record.Case, ra, rb judgement.Result) Comparison {
	out := Comparison{Case: a.ID}
	for i, id := range r.ids {
		va, vb := r.va[i], r.vb[i]
		if k := kindOf(va != record.Value{}, vb != record.Value{}, va == vb); k.Differs() {
			out.Answers = append(out.Answers, AnswerDifference{Question: id, Kind: k, First: va, Second: vb})
		}
	}
	// Every key question of the standards, judged in either reading (an
	// excluded case has none judged).
	for _, kq := range r.f.KeyQuestions() {
		if kq.Standard == "" {
			continue
		}
		ka, _ := keyResult(ra, kq.ID)
		kb, _ := keyResult(rb, kq.ID)
		if k := kindOf(ka.Answer != 0, kb.Answer != 0, ka.Answer == kb.Answer); k.Differs() {
			out.Summaries = append(out.Summaries, SummaryDifference{
				KeyQuestion: kq.ID, Summary: kq.Summary, Standard: kq.Standard,
				Kind: k, First: ka, Second: kb,
			})
		}
	}
	out.Scales = make([]ScaleComparison, len(scaleSpecs))
	for i, s := range scaleSpecs {
		la, lb := answerLevel(a, s.level), answerLevel(b, s.level)
		ia, ib := s.inspector(a.Inspector), s.inspector(b.Inspector)
		xa, xb := answerOf(a, s.reasonable), answerOf(b, s.reasonable)
		out.Scales[i] = ScaleComparison{
			Scale: s.scale, LevelQuestion: s.level, ReasonableQuestion: s.reasonable,
			CaseManager: LevelPair{la, lb, kindOf(la != 0, lb != 0, la == lb)},
			Inspector:   LevelPair{ia, ib, kindOf(ia != 0, ib != 0, ia == ib)},
			Reasonable:  AnswerPair{xa, xb, kindOf(xa != 0, xb != 0, xa == xb)},
		}
	}
	for _, fs := range factTable() {
		pa, pb := fs.get(a), fs.get(b)
		if k := kindOf(pa != "", pb != "", pa == pb); k.Differs() {
			out.Facts = append(out.Facts, FactDifference{
				Field: fs.field, Questions: slices.Clone(fs.questions), Kind: k,
				First: pa, Second: pb,
			})
		}
	}
	return out
}

func answerLevel(c *record.Case, id framework.ID) classification.Level {
	v, _ := c.Answers.Get(id)
	return v.Level
}

func answerOf(c *record.Case, id framework.ID) record.Answer {
	v, _ := c.Answers.Get(id)
	return v.Answer
}

// valueText is an answer's text form: the token of a yes/no answer or a
// level, or the text; "" when not recorded.
func valueText(v record.Value) string {
	switch {
	case v.Answer != 0:
		return v.Answer.String()
	case v.Level != 0:
		return v.Level.String()
	}
	return v.Text
}

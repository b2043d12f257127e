package workbook

import (
	"errors"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/yjinspect/yjinspect/classification"
	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/profile"
	"github.com/yjinspect/yjinspect/record"
)

// This file is the one table of the rows of a case sheet: each row's key
// (column A), its question for people (column B), its drop-down list, its
// guidance, and how its value is written from a case record and read back
// into one. The writer, the reader and the summary's formulas all follow
// it.

// The columns of a case sheet.
const (
	colKey = iota
	colQuestion
	colAnswer
	colNotes
	colGuidance
	numCols
)

// The first row of a case sheet's table (after the title and the header).
const firstRow = 2

// choice is a drop-down list: its values for people, in order.
type choice struct {
	name   string // the list's header on the Lists sheet
	values []string
}

// enumType is what a drop-down's enum offers.
type enumType interface {
	~uint8
	Label() string
	MarshalText() ([]byte, error)
}

// labels returns the labels of every value of an enum, in order.
func labels[T enumType]() []string {
	var out []string
	for v := T(1); v != 0; v++ {
		if _, err := v.MarshalText(); err != nil {
			break
		}
		out = append(out, v.Label())
	}
	return out
}

// The drop-down lists, in the order of the Lists sheet's columns.
var (
	listAnswer     = &choice{"Answer", labels[record.Answer]()}
	listYesNo      = &choice{"Yes or no", []string{record.Yes.Label(), record.No.Label()}}
	listLevel      = &choice{"Level", labels[classification.Level]()}
	listNear       = &choice{"Near a boundary", labels[classification.Near]()}
	listType       = &choice{"Consideration", labels[classification.ConsiderationType]()}
	listUse        = &choice{"Use", labels[classification.Use]()}
	listConstraint = &choice{"Constraint", labels[classification.Constraint]()}
	lists          = []*choice{listAnswer, listYesNo, listLevel, listNear, listType, listUse, listConstraint}
)

// state is a case being read back: the record, and the parts that are
// gathered over several rows.
type state struct {
	c         record.Case
	rationale bool                                  // a rationale row holds a value
	recorded  *bool                                 // the answer to "roshRationale" (is one recorded)
	cons      map[int]*classification.Consideration // by slot number
}

func (s *state) rat() *classification.Rationale {
	s.rationale = true
	if s.c.RoSHRationale == nil {
		s.c.RoSHRationale = &classification.Rationale{}
	}
	return s.c.RoSHRationale
}

func (s *state) con(n int) *classification.Consideration {
	s.rat()
	if s.cons == nil {
		s.cons = map[int]*classification.Consideration{}
	}
	if s.cons[n] == nil {
		s.cons[n] = &classification.Consideration{}
	}
	return s.cons[n]
}

// row is one row of a case sheet.
type row struct {
	// key is the row's key in column A: a question ID, or the path of a
	// field of the case record's JSON ("factors.childSafety"); "" for a
	// heading.
	key string
	// text is the question (or the heading) in column B.
	text string
	// list is the row's drop-down; nil for free text.
	list *choice
	// guidance is the question whose CARaG guidance the row links to.
	guidance framework.ID
	// question is the question of the catalogue the row answers, if any.
	question framework.ID
	// get gives the value to write; set reads a value (never "") back and
	// returns why it is refused, or "".
	get func(c *record.Case) string
	set func(s *state, v string) string
}

func heading(text string) row { return row{text: text} }

// enumRow is a row whose value is one of an enum's.
func enumRow[T enumType](key, text string, list *choice, parse func(string) (T, error), get func(*record.Case) T, set func(*state, T)) row {
	return row{key: key, text: text, list: list,
		get: func(c *record.Case) string {
			if v := get(c); v != 0 {
				return v.Label()
			}
			return ""
		},
		set: func(s *state, v string) string {
			x, err := parse(v)
			if err != nil {
				return "want " + orList(list.values)
			}
			set(s, x)
			return ""
		}}
}

// boolRow is a row whose value is yes or no.
func boolRow(key, text string, get func(*record.Case) *bool, set func(*state, bool)) row {
	return row{key: key, text: text, list: listYesNo,
		get: func(c *record.Case) string { return yesNo(get(c)) },
		set: func(s *state, v string) string {
			b, ok := parseYesNo(v)
			if !ok {
				return "want Yes or No"
			}
			set(s, b)
			return ""
		}}
}

func yesNo(b *bool) string {
	switch {
	case b == nil:
		return ""
	case *b:
		return record.Yes.Label()
	}
	return record.No.Label()
}

// parseYesNo reads yes or no as record.ParseAnswer reads them.
func parseYesNo(v string) (bool, bool) {
	a, err := record.ParseAnswer(v)
	if err != nil || a == record.NotApplicable {
		return false, false
	}
	return a == record.Yes, true
}

func orList(words []string) string {
	if len(words) < 2 {
		return strings.Join(words, "")
	}
	return strings.Join(words[:len(words)-1], ", ") + " or " + words[len(words)-1]
}

// textRow is a row of free text, kept exactly as typed.
func textRow(key, text string, get func(*record.Case) string, set func(*state, string) string) row {
	return row{key: key, text: text, get: get, set: set}
}

// questionRow is the row of a question of the catalogue.
func questionRow(q framework.Question) row {
	r := row{key: string(q.ID), text: q.Text, guidance: q.ID, question: q.ID}
	switch q.Answer {
	case framework.YesNo:
		r.list = listAnswer
	case framework.LevelAnswer:
		r.list = listLevel
	}
	r.get = func(c *record.Case) string {
		v, ok := c.Answers.Get(q.ID)
		switch {
		case !ok:
			return ""
		case v.Answer != 0:
			return v.Answer.Label()
		case v.Level != 0:
			return v.Level.Label()
		}
		return v.Text
	}
	r.set = func(s *state, v string) string {
		var val record.Value
		switch q.Answer {
		case framework.YesNo:
			a, err := record.ParseAnswer(v)
			if err != nil {
				return "want " + orList(listAnswer.values)
			}
			val.Answer = a
		case framework.LevelAnswer:
			l, err := classification.ParseLevel(v)
			if err != nil {
				return "want " + orList(listLevel.values)
			}
			val.Level = l
		default:
			val.Text = v
		}
		if err := s.c.Answers.Set(q.ID, val); err != nil {
			var e *record.AnswerError
			if errors.As(err, &e) {
				return e.Reason
			}
			return err.Error()
		}
		return ""
	}
	return r
}

// The keys of the rows that are not questions or facts.
const (
	keyID         = "id"
	keyInspection = "inspection"
	keySynthetic  = "synthetic"
	keyCaseNote   = "notes.case"
	keyRationale  = "roshRationale"
	keyCons       = "roshRationale.considerations."
)

// caseRows returns the rows of a case's sheet, in order. The rows of the
// questions and facts stand at the same place on every sheet (the summary's
// formulas read them there); the concerns and deficits a case is tagged
// with come first in their sections, in the record's order, and the
// considerations of its RoSH rationale have a slot each (at least
// minConsiderations), so that reading the sheet back gives the same record.
func caseRows(c *record.Case) []row { return profileRows(c, profile.Profile{}) }

// covered reports whether a profile covers a question: the questions about
// the child always; the case manager interview (O2) only under a profile of
// the whole framework; the others when it covers their key question.
func covered(p profile.Profile, q framework.Question) bool {
	switch {
	case q.KeyQuestion == "":
		return true
	case p.Whole():
		return true
	}
	return p.Covers(q.KeyQuestion)
}

// profileRows returns the rows of a case's sheet under a profile: the rows
// of the questions it does not cover are left out.
func profileRows(c *record.Case, p profile.Profile) []row {
	f := framework.DomainTwo()
	rows := []row{
		heading("The case"),
		textRow(keyID, "Case ID: the service's reference for the case in the sample (never the child's name or other personal data).",
			func(c *record.Case) string { return c.ID }, func(s *state, v string) string { s.c.ID = v; return "" }),
		textRow(keyInspection, "Inspection (an ID such as insp-01).",
			func(c *record.Case) string { return c.Inspection }, func(s *state, v string) string { s.c.Inspection = v; return "" }),
		boolRow(keySynthetic, "Is this a synthetic record (made up by a generator, not the case of a real child)?",
			func(c *record.Case) *bool {
				if c.Synthetic {
					return new(true)
				}
				return nil
			}, func(s *state, b bool) { s.c.Synthetic = b }),
		textRow(keyCaseNote, "The reviewer's note on the case as a whole (free text; personal data). The notes column beside each question holds the evidence behind its answer.",
			func(c *record.Case) string { return c.Notes.Case }, func(s *state, v string) string { s.c.Notes.Case = v; return "" }),
		heading("The facts the CARaG's rules read (the summary rules of P2, P3, D2, D3, R1, R2 and R3; the exclusion rule of I1.1)"),
	}
	for _, fact := range record.Facts() {
		r := boolRow(fact.Path(), fact.Question(), func(c *record.Case) *bool {
			if v, ok := fact.Get(c); ok {
				return &v
			}
			return nil
		}, func(s *state, b bool) { fact.Set(&s.c, &b) })
		r.guidance = factGuidance(fact)
		rows = append(rows, r)
	}
	section := ""
	for _, q := range f.Questions() {
		if !covered(p, q) {
			continue
		}
		if q.KeyQuestion == "" && q.Section != section {
			rows = append(rows, heading(q.Section))
		}
		section = q.Section
		if kq, ok := f.KeyQuestion(q.KeyQuestion); ok && kq.Questions[0] == q.ID {
			h := kq.Section + ". " + string(kq.ID) + ": " + kq.Text
			if kq.Standard != "" {
				h = string(kq.Standard) + " " + h
			}
			rows = append(rows, heading(h))
		}
		rows = append(rows, questionRow(q))
	}
	rows = append(rows, heading("The classifications: the inspector's own level on each scale, and whether the case is close to a boundary between two levels (A2 and A3)"))
	for _, sc := range []struct {
		key, name string
		level     func(*record.ScaleLevels) *classification.Level
		near      func(*record.Boundary) *classification.Near
		guidance  framework.ID
	}{
		{"safetyAndWellbeing", "safety and wellbeing", func(l *record.ScaleLevels) *classification.Level { return &l.SafetyAndWellbeing },
			func(b *record.Boundary) *classification.Near { return &b.SafetyAndWellbeing }, "A2.reasonable"},
		{"riskOfSeriousHarm", "risk of serious harm", func(l *record.ScaleLevels) *classification.Level { return &l.RiskOfSeriousHarm },
			func(b *record.Boundary) *classification.Near { return &b.RiskOfSeriousHarm }, "A3.reasonable"},
	} {
		lv := enumRow("inspector."+sc.key, "The inspector's own classification of "+sc.name+".", listLevel, classification.ParseLevel,
			func(c *record.Case) classification.Level { return *sc.level(&c.Inspector) },
			func(s *state, v classification.Level) { *sc.level(&s.c.Inspector) = v })
		nr := enumRow("nearBoundary."+sc.key, "Is the case close to a boundary between two levels of "+sc.name+"? Name the boundary where you can.", listNear, classification.ParseNear,
			func(c *record.Case) classification.Near { return *sc.near(&c.NearBoundary) },
			func(s *state, v classification.Near) { *sc.near(&s.c.NearBoundary) = v })
		lv.guidance, nr.guidance = sc.guidance, sc.guidance
		rows = append(rows, lv, nr)
	}
	rows = append(rows, rationaleRows(c)...)
	rows = append(rows, heading("The research bulletin's safety concerns in the case (Yes for each that applies)"))
	for _, x := range tagged(c.Concerns, classification.Concerns()) {
		rows = append(rows, tagRow("concerns."+x.String(), x.Label(), x, func(c *record.Case) []classification.Concern { return c.Concerns },
			func(s *state) *[]classification.Concern { return &s.c.Concerns }))
	}
	rows = append(rows, heading("The bulletin's common assessment problems in the case (Yes for each that applies)"))
	for _, x := range tagged(c.Deficits, classification.Deficits()) {
		rows = append(rows, tagRow("deficits."+x.String(), x.Label(), x, func(c *record.Case) []classification.Deficit { return c.Deficits },
			func(s *state) *[]classification.Deficit { return &s.c.Deficits }))
	}
	return rows
}

// tagged returns every value, those in have first in their order.
func tagged[T comparable](have, all []T) []T {
	out := slices.Clone(have)
	for _, v := range all {
		if !slices.Contains(have, v) {
			out = append(out, v)
		}
	}
	return out
}

func tagRow[T interface {
	comparable
	String() string
}](key, text string, x T, get func(*record.Case) []T, list func(*state) *[]T) row {
	if r, n := utf8.DecodeRuneInString(text); n > 0 {
		text = string(unicode.ToUpper(r)) + text[n:]
	}
	return boolRow(key, text+".", func(c *record.Case) *bool {
		if slices.Contains(get(c), x) {
			return new(true)
		}
		return nil
	}, func(s *state, b bool) {
		if b {
			*list(s) = append(*list(s), x)
		}
	})
}

// minConsiderations is the number of consideration slots a case sheet has
// at least.
const minConsiderations = 3

func rationaleRows(c *record.Case) []row {
	rat := func(c *record.Case) *classification.Rationale {
		if c.RoSHRationale == nil {
			return &classification.Rationale{}
		}
		return c.RoSHRationale
	}
	rows := []row{
		heading("The case manager's rationale for the risk of serious harm level (A3.4)"),
		boolRow(keyRationale, "Did the case manager record a rationale for the RoSH level? (Filling in any row below says Yes.)",
			func(c *record.Case) *bool {
				if c.RoSHRationale != nil {
					return new(true)
				}
				return nil
			}, func(s *state, b bool) { s.recorded = &b }),
		enumRow(keyRationale+".level", "The level the rationale justifies.", listLevel, classification.ParseLevel,
			func(c *record.Case) classification.Level { return rat(c).Level },
			func(s *state, v classification.Level) { s.rat().Level = v }),
		boolRow(keyRationale+".currentFactors", "Are there current factors indicating the potential for seriously harmful behaviour?",
			func(c *record.Case) *bool { return rat(c).CurrentFactors }, func(s *state, b bool) { s.rat().CurrentFactors = &b }),
		boolRow(keyRationale+".mitigated", "Is there good evidence that those factors are mitigated by a combination of internal and external factors?",
			func(c *record.Case) *bool { return rat(c).Mitigated }, func(s *state, b bool) { s.rat().Mitigated = &b }),
		boolRow(keyRationale+".stable", "Are the circumstances of the child stable and likely to remain so?",
			func(c *record.Case) *bool { return rat(c).Stable }, func(s *state, b bool) { s.rat().Stable = &b }),
	}
	for i := range rows[1:] {
		rows[1+i].guidance = "A3.4"
	}
	n := minConsiderations
	if c.RoSHRationale != nil {
		n = max(n, len(c.RoSHRationale.Considerations))
	}
	for i := 1; i <= n; i++ {
		rows = append(rows, considerationRows(i)...)
	}
	return rows
}

// considerationRows are the four rows of consideration slot n (from 1).
func considerationRows(n int) []row {
	num := strconv.Itoa(n)
	key := keyCons + num + "."
	at := func(c *record.Case) *classification.Consideration {
		if c.RoSHRationale == nil || n > len(c.RoSHRationale.Considerations) {
			return &classification.Consideration{}
		}
		return &c.RoSHRationale.Considerations[n-1]
	}
	rows := []row{
		enumRow(key+"type", "Consideration "+num+": what the case manager considered.", listType, classification.ParseConsiderationType,
			func(c *record.Case) classification.ConsiderationType { return at(c).Type },
			func(s *state, v classification.ConsiderationType) { s.con(n).Type = v }),
		enumRow(key+"use", "Consideration "+num+": used to raise or to lower the level?", listUse, classification.ParseUse,
			func(c *record.Case) classification.Use { return at(c).Use },
			func(s *state, v classification.Use) { s.con(n).Use = v }),
		enumRow(key+"constraint", "Consideration "+num+": what removed access to victims (for absence of access to victims, or complying with arrangements to protect them).", listConstraint, classification.ParseConstraint,
			func(c *record.Case) classification.Constraint { return at(c).Constraint },
			func(s *state, v classification.Constraint) { s.con(n).Constraint = v }),
		textRow(key+"note", "Consideration "+num+": note (free text).",
			func(c *record.Case) string { return at(c).Note },
			func(s *state, v string) string { s.con(n).Note = v; return "" }),
	}
	for i := range rows {
		rows[i].guidance = "A3.4"
	}
	return rows
}

// factGuidance is the question whose guidance states the rule a fact is
// read by: the first summary question whose rule reads it, or I1.1 for the
// looked-after facts.
func factGuidance(f record.Fact) framework.ID {
	for _, r := range summaryRules() {
		if r.Fact == f {
			return r.Summary
		}
	}
	if f.Object() == "lookedAfter" {
		return "I1.1"
	}
	return ""
}

// rowFor returns the row of a key, as any case sheet has it, and the slot
// of a consideration's row. ok is false for a key no case sheet has.
func rowFor(key string) (r row, ok bool) {
	if rest, found := strings.CutPrefix(key, keyCons); found {
		num, _, _ := strings.Cut(rest, ".")
		n, err := strconv.Atoi(num)
		if err != nil || n < 1 || n > maxConsiderations || strconv.Itoa(n) != num {
			return row{}, false
		}
		for _, r := range considerationRows(n) {
			if r.key == key {
				return r, true
			}
		}
		return row{}, false
	}
	r, ok = templateKeys()[key]
	return r, ok
}

// maxConsiderations is the largest consideration slot number read.
const maxConsiderations = 1000

// templateKeys holds the rows of every key a case sheet can have but the
// considerations' (rowFor reads those), from the sheet of an empty case.
var templateKeys = sync.OnceValue(func() map[string]row {
	m := map[string]row{}
	for _, r := range caseRows(&record.Case{}) {
		if r.key != "" && !strings.HasPrefix(r.key, keyCons) {
			m[r.key] = r
		}
	}
	return m
})

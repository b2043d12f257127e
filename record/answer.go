package record

import (
	"iter"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/yjinspect/yjinspect/classification"
	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/internal/enum"
)

// Answer is the answer to a yes/no question. The zero value means not
// answered.
type Answer uint8

// The answers.
const (
	Yes Answer = iota + 1
	No
	// NotApplicable is the inspector's "n/a".
	NotApplicable
)

var answers = enum.New[Answer]("record.Answer",
	enum.Row{Token: "yes", Label: "Yes", Aliases: []string{"y"}},
	enum.Row{Token: "no", Label: "No", Aliases: []string{"n"}},
	enum.Row{Token: "n/a", Label: "N/A", Aliases: []string{"na", "not applicable"}},
)

// ParseAnswer parses "yes", "no" or "n/a" in any ASCII case ("y", "n",
// "na" and "not applicable" are also accepted). Anything else, "" included,
// is an error that quotes the input.
func ParseAnswer(s string) (Answer, error) { return answers.Parse(s) }

// String returns "yes", "no" or "n/a" ("" for the zero value).
func (a Answer) String() string { return answers.String(a) }

// Label returns "Yes", "No" or "N/A".
func (a Answer) Label() string { return answers.Label(a) }

// MarshalText returns the token, "" for the zero value. A value out of
// range is an error.
func (a Answer) MarshalText() ([]byte, error) { return answers.MarshalText(a) }

// UnmarshalText sets a from text ParseAnswer accepts ("Yes", as records
// written before the tokens were lower case say, included); "" gives the
// zero value. On error a is left unchanged.
func (a *Answer) UnmarshalText(b []byte) error { return answers.UnmarshalText(a, b) }

// Value is the answer to one question: Answer for a yes/no question, Level
// for A2.5 and A3.4 (the case manager's classification), Text for the free
// text questions about the child (I1.4-I1.8, I1.10). Exactly one is set in a
// recorded answer.
type Value struct {
	Answer Answer
	Level  classification.Level
	Text   string
}

// isZero reports whether nothing is recorded.
func (v Value) isZero() bool { return v == Value{} }

// text returns the value's text form, as a case record's JSON writes it: the
// answer's or the level's token ("yes", "n/a", "very-high"), or the text.
func (v Value) text() string {
	switch {
	case v.Answer != 0:
		return v.Answer.String()
	case v.Level != 0:
		return v.Level.String()
	}
	return v.Text
}

// wantYesNo and wantLevel say what a question's answer should be, in the
// answers' own tokens.
var (
	wantYesNo = "want " + orList(enum.Tokens[Answer]())
	wantLevel = "want a level: " + orList(enum.Tokens[classification.Level]())
)

// orList joins words as "a, b or c".
func orList(words []string) string {
	if len(words) < 2 {
		return strings.Join(words, "")
	}
	return strings.Join(words[:len(words)-1], ", ") + " or " + words[len(words)-1]
}

// catalogue is the catalogue case records are written against: answers are
// keyed by the questions of framework.DomainTwo and kept in its order.
var catalogue = sync.OnceValue(func() *layout {
	qs := framework.DomainTwo().Questions()
	l := &layout{kinds: make([]framework.AnswerKind, len(qs)), ids: make([]framework.ID, len(qs)), byKey: map[string]int{}}
	for i, q := range qs {
		l.kinds[i] = q.Answer
		l.ids[i] = q.ID
		l.byKey[string(q.ID)] = i
	}
	return l
})

type layout struct {
	kinds []framework.AnswerKind
	ids   []framework.ID
	byKey map[string]int // canonical ID to index, for lookups without allocating
}

// pos finds a question by its canonical ID.
func (l *layout) pos(id framework.ID) (int, bool) {
	i, ok := l.byKey[string(id)]
	return i, ok
}

// index finds a question by ID in any form framework.ParseID accepts.
func (l *layout) index(id framework.ID) (int, framework.ID, bool) {
	if i, ok := l.pos(id); ok {
		return i, id, true
	}
	canon, err := framework.ParseID(string(id))
	if err != nil {
		return 0, id, false
	}
	i, ok := l.pos(canon)
	return i, canon, ok
}

// Answers holds a case's answers, keyed by the questions of
// framework.DomainTwo. The zero value is empty and ready to use. Like a map,
// an Answers value refers to its contents: a copy of a Case shares them until
// Case.Clone.
type Answers struct {
	// codes[i] is the answer to question i of the catalogue: 0 not
	// answered; for yes/no questions an Answer, for level questions a
	// classification.Level.
	codes []uint8
	// texts holds the free-text answers, by question index.
	texts []textAnswer
}

type textAnswer struct {
	q    int
	text string
}

// AnswerError reports an answer that does not fit its question: the error
// of Answers.Set. It names the question and the bad value, e.g.
//
//	record: answer to "A1.1" "medium": wrong kind of answer for the question: want yes, no or n/a
//
// Use errors.As to get it.
type AnswerError struct {
	// Question is the question's ID as given to Set.
	Question framework.ID
	// Value is the bad value, as text; "" when the question is at fault, or
	// for text that is not valid UTF-8, which is not shown.
	Value string
	// Reason says what is wrong.
	Reason string
}

// Error implements error.
func (e *AnswerError) Error() string {
	msg := "record: answer to " + enum.Quote(string(e.Question))
	if e.Value != "" {
		msg += " " + enum.Quote(e.Value)
	}
	return msg + ": " + e.Reason
}

// Set records the answer to a question, given by its ID in any form
// framework.ParseID accepts. A zero Value deletes the answer. It is an error
// (a *AnswerError) to name no question of the catalogue or to give a value
// of the wrong kind (a level for a yes/no question, say).
func (a *Answers) Set(id framework.ID, v Value) error {
	l := catalogue()
	i, _, ok := l.index(id)
	if !ok {
		return &AnswerError{Question: id, Reason: "no such question in the domain two catalogue"}
	}
	code, err := encode(l.kinds[i], v)
	if err != nil {
		err.Question = id
		return err
	}
	a.store(l, i, code, v.Text)
	return nil
}

// setAt records a value already checked against question i's kind.
func (a *Answers) setAt(l *layout, i int, v Value) {
	code, err := encode(l.kinds[i], v)
	if err != nil {
		return
	}
	a.store(l, i, code, v.Text)
}

func (a *Answers) store(l *layout, i int, code uint8, text string) {
	if a.codes == nil {
		a.codes = make([]uint8, len(l.kinds))
	}
	a.codes[i] = code
	j, found := slices.BinarySearchFunc(a.texts, i, func(t textAnswer, q int) int { return t.q - q })
	switch {
	case text != "" && found:
		a.texts[j].text = text
	case text != "":
		a.texts = slices.Insert(a.texts, j, textAnswer{i, text})
	case found:
		a.texts = slices.Delete(a.texts, j, j+1)
	}
}

func encode(kind framework.AnswerKind, v Value) (uint8, *AnswerError) {
	set := 0
	if v.Answer != 0 {
		set++
	}
	if v.Level != 0 {
		set++
	}
	if v.Text != "" {
		set++
	}
	if set > 1 {
		return 0, &AnswerError{Value: v.text(), Reason: "more than one of Answer, Level and Text is set"}
	}
	switch {
	case set == 0:
		return 0, nil
	case kind == framework.YesNo && v.Answer != 0:
		if !answers.Valid(v.Answer) {
			return 0, &AnswerError{Value: v.Answer.String(), Reason: "not an answer"}
		}
		return uint8(v.Answer), nil
	case kind == framework.LevelAnswer && v.Level != 0:
		if v.Level > classification.VeryHigh {
			return 0, &AnswerError{Value: v.Level.String(), Reason: "not a level"}
		}
		return uint8(v.Level), nil
	case kind == framework.TextAnswer && v.Text != "":
		if !utf8.ValidString(v.Text) {
			return 0, &AnswerError{Reason: "the text is not valid UTF-8"}
		}
		return 1, nil
	}
	want := map[framework.AnswerKind]string{
		framework.YesNo:       wantYesNo,
		framework.LevelAnswer: wantLevel,
		framework.TextAnswer:  "want text",
	}[kind]
	return 0, &AnswerError{Value: v.text(), Reason: "wrong kind of answer for the question: " + want}
}

// Get returns the answer to a question, given by its ID in any form
// framework.ParseID accepts, and whether one is recorded.
func (a Answers) Get(id framework.ID) (Value, bool) {
	l := catalogue()
	i, _, ok := l.index(id)
	if !ok {
		return Value{}, false
	}
	v := a.at(l, i)
	return v, !v.isZero()
}

func (a Answers) at(l *layout, i int) Value {
	if i >= len(a.codes) || a.codes[i] == 0 {
		return Value{}
	}
	switch l.kinds[i] {
	case framework.YesNo:
		return Value{Answer: Answer(a.codes[i])}
	case framework.LevelAnswer:
		return Value{Level: classification.Level(a.codes[i])}
	}
	if j, ok := slices.BinarySearchFunc(a.texts, i, func(t textAnswer, q int) int { return t.q - q }); ok {
		return Value{Text: a.texts[j].text}
	}
	return Value{}
}

// Position returns where a question stands among the codes of an Answers
// (see Codes): its index in framework.DomainTwo().Questions(), the
// catalogue case records are written against. It takes a canonical ID, and
// reports false for any other.
func Position(id framework.ID) (int, bool) { return catalogue().pos(id) }

// Codes copies the answers' codes into dst, one a question in the order of
// framework.DomainTwo().Questions() (see Position), and returns how many it
// copied: 0 for an empty Answers, otherwise the number of questions or
// len(dst), whichever is less. A code is 0 where nothing is recorded or the
// answer is free text, the Answer for a yes/no question, and the
// classification.Level for a level question (A2.5, A3.4). It is the
// low-level view judgement.Judge reads without allocating; Get and All are
// the ones to use.
func (a Answers) Codes(dst []uint8) int { return copy(dst, a.codes) }

// Len returns the number of questions answered.
func (a Answers) Len() int {
	n := 0
	for _, c := range a.codes {
		if c != 0 {
			n++
		}
	}
	return n
}

// All iterates over the recorded answers in source order.
func (a Answers) All() iter.Seq2[framework.ID, Value] {
	return func(yield func(framework.ID, Value) bool) {
		l := catalogue()
		for i := range a.codes {
			if a.codes[i] == 0 {
				continue
			}
			if !yield(l.ids[i], a.at(l, i)) {
				return
			}
		}
	}
}

// clone returns a copy that shares nothing with a.
func (a Answers) clone() Answers {
	return Answers{codes: slices.Clone(a.codes), texts: slices.Clone(a.texts)}
}

// Equal reports whether a and b record the same answers.
func (a Answers) Equal(b Answers) bool {
	l := catalogue()
	for i := range l.kinds {
		if a.at(l, i) != b.at(l, i) {
			return false
		}
	}
	return true
}

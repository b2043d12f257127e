// Package bench compares judgement.Judge, the library's summary and
// classification rules written as typed pure Go functions, with the same
// rules written in two rule engines, github.com/expr-lang/expr and
// github.com/google/cel-go. Each engine's rules are compiled once; each case
// is converted once into the engine's input; the outputs are decoded into
// the same comparable Outcome that FromResult extracts from a
// judgement.Result.
//
// The rules compared are those judgement.Judge applies:
//   - each key question's summary: the "nothing to judge" rules of
//     judgement.SummaryRules (Yes when the rule's fact is recorded as false;
//     an unrecorded fact is unknown, not false), else the inspector's
//     recorded summary, else undecided;
//   - the reasonableness of the case manager's classification on each scale
//     (classification.CheckReasonable as Judge reports it, with the near
//     boundary fact unknown giving the inspector's judgement one level
//     apart, and no verdict at all when A2.5 / A3.4 is not recorded);
//   - the facts against the inspector's classification: no factors recorded
//     yet a level of Medium or higher (the finding
//     factors-contradict-classification).
package bench

import (
	"iter"
	"strconv"
	"sync"

	"github.com/yjinspect/yjinspect/classification"
	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/judgement"
	"github.com/yjinspect/yjinspect/record"
)

// KeyQuestions are the twelve key questions of the standards, in source
// order; Outcome.Summaries follows it.
var KeyQuestions = [12]framework.ID{"A1", "A2", "A3", "P1", "P2", "P3", "D1", "D2", "D3", "R1", "R2", "R3"}

// Summary is one key question's summary judgement and how it was reached.
type Summary struct {
	KeyQuestion framework.ID
	Answer      record.Answer
	DecidedBy   judgement.DecidedBy
}

// Outcome is what the three implementations are compared on.
type Outcome struct {
	Summaries [12]Summary
	// SafetyAndWellbeing and RiskOfSeriousHarm are the reasonableness
	// outcomes of the case manager's classifications; zero when A2.5 / A3.4
	// is not recorded (Judge gives no verdict then).
	SafetyAndWellbeing classification.Reasonableness
	RiskOfSeriousHarm  classification.Reasonableness
	// FactsContradictSW and FactsContradictRoSH report no factors recorded
	// yet an inspector's level of Medium or higher.
	FactsContradictSW   bool
	FactsContradictRoSH bool
}

// FromResult extracts the Outcome from what judgement.Judge found.
func FromResult(r judgement.Result) Outcome {
	var o Outcome
	for i, k := range r.KeyResults {
		if i < len(o.Summaries) {
			o.Summaries[i] = Summary{KeyQuestion: k.KeyQuestion(), Answer: k.Answer, DecidedBy: k.DecidedBy}
		}
	}
	o.SafetyAndWellbeing = r.SafetyAndWellbeing.Outcome
	o.RiskOfSeriousHarm = r.RiskOfSeriousHarm.Outcome
	for _, f := range r.Findings {
		if f.Code != "factors-contradict-classification" {
			continue
		}
		switch f.Question {
		case "A2.5":
			o.FactsContradictSW = true
		case "A3.4":
			o.FactsContradictRoSH = true
		}
	}
	return o
}

// facts is a case's inputs to the rules, read once through the public API.
// Tri-state facts are *bool: nil is unknown.
type facts struct {
	summary                        [12]record.Answer
	childSafety, riskOfHarm        *bool
	reviewDesistance, reviewSafety *bool
	reviewHarm                     *bool
	nearSW, nearRoSH               *bool
	caseManagerSW, caseManagerRoSH classification.Level
	inspectorSW, inspectorRoSH     classification.Level
}

func factsOf(c record.Case) facts {
	f := facts{
		childSafety:      c.Factors.ChildSafety,
		riskOfHarm:       c.Factors.RiskOfHarm,
		reviewDesistance: c.ReviewingRequired.Desistance,
		reviewSafety:     c.ReviewingRequired.ChildSafety,
		reviewHarm:       c.ReviewingRequired.RiskOfHarm,
		nearSW:           nearFact(c.NearBoundary.SafetyAndWellbeing),
		nearRoSH:         nearFact(c.NearBoundary.RiskOfSeriousHarm),
		inspectorSW:      c.Inspector.SafetyAndWellbeing,
		inspectorRoSH:    c.Inspector.RiskOfSeriousHarm,
	}
	for i, kq := range KeyQuestions {
		if v, ok := c.Answers.Get(kq + ".S"); ok {
			f.summary[i] = v.Answer
		}
	}
	if v, ok := c.Answers.Get("A2.5"); ok {
		f.caseManagerSW = v.Level
	}
	if v, ok := c.Answers.Get("A3.4"); ok {
		f.caseManagerRoSH = v.Level
	}
	return f
}

// named gives the tri-state facts with their names in the flat forms
// (FlatEnv, CELFlatInput).
func (f facts) named() iter.Seq2[string, *bool] {
	return func(yield func(string, *bool) bool) {
		_ = yield("factorsChildSafety", f.childSafety) &&
			yield("factorsRiskOfHarm", f.riskOfHarm) &&
			yield("reviewingDesistance", f.reviewDesistance) &&
			yield("reviewingChildSafety", f.reviewSafety) &&
			yield("reviewingRiskOfHarm", f.reviewHarm) &&
			yield("nearBoundarySW", f.nearSW) &&
			yield("nearBoundaryRoSH", f.nearRoSH)
	}
}

// answerText is the JSON form of a recorded answer ("yes", "no", "n/a").
func answerText(a record.Answer) string {
	switch a {
	case record.Yes:
		return "yes"
	case record.No:
		return "no"
	case record.NotApplicable:
		return "n/a"
	}
	return ""
}

// decodeError reports engine output that is not what the rules return.
// The engines return the JSON vocabulary: "yes", "inspector", "reasonable"
// ...
type decodeError struct{ what, text string }

func (e *decodeError) Error() string {
	return "bench: engine returned " + e.what + " " + `"` + e.text + `"`
}

// tokensOf lists each value's token (what String and MarshalText give)
// at the value's index, "" at 0, for the values in range.
func tokensOf[T interface {
	~uint8
	MarshalText() ([]byte, error)
}]() []string {
	t := []string{""}
	for i := 1; i < 256; i++ {
		b, err := T(i).MarshalText()
		if err != nil {
			break
		}
		t = append(t, string(b))
	}
	return t
}

// The tokens of the enums the engines return, worked out once from the
// enums themselves, so that decoding an engine's output costs it a few
// comparisons by index (the enums' parsers, which accept labels and any
// case, allocate), and no map.
var (
	answerTokens         = sync.OnceValue(tokensOf[record.Answer])
	decidedByTokens      = sync.OnceValue(tokensOf[judgement.DecidedBy])
	reasonablenessTokens = sync.OnceValue(tokensOf[classification.Reasonableness])
)

// decodeToken reads an enum from the engine's output: exactly its token,
// or "" for the zero value where the output may leave it out.
func decodeToken[T ~uint8](what, s string, zeroOK bool, tokens []string) (T, error) {
	if s == "" && zeroOK {
		return 0, nil
	}
	for i := 1; i < len(tokens); i++ {
		if tokens[i] == s {
			return T(i), nil
		}
	}
	return 0, &decodeError{what, s}
}

// outputLen is the length of the list both engines return: an answer and
// a decidedBy for each key question, then the two reasonableness outcomes,
// then the two facts-contradict booleans.
const outputLen = 2*len(KeyQuestions) + 4

// decode fills an Outcome from the engine's output list of n values,
// read through str and boolean.
func decode(n int, str func(int) (string, bool), boolean func(int) (bool, bool)) (Outcome, error) {
	var o Outcome
	if n != outputLen {
		return o, &decodeError{"a list of length", strconv.Itoa(n)}
	}
	for i, kq := range KeyQuestions {
		a, ok1 := str(2 * i)
		by, ok2 := str(2*i + 1)
		if !ok1 || !ok2 {
			return o, &decodeError{"a non-string for", string(kq)}
		}
		ans, err := decodeToken[record.Answer]("answer", a, true, answerTokens())
		if err != nil {
			return o, err
		}
		d, err := decodeToken[judgement.DecidedBy]("decidedBy", by, false, decidedByTokens())
		if err != nil {
			return o, err
		}
		o.Summaries[i] = Summary{KeyQuestion: kq, Answer: ans, DecidedBy: d}
	}
	base := 2 * len(KeyQuestions)
	sw, ok1 := str(base)
	rosh, ok2 := str(base + 1)
	if !ok1 || !ok2 {
		return o, &decodeError{"a non-string for", "an outcome"}
	}
	var err error
	if o.SafetyAndWellbeing, err = decodeToken[classification.Reasonableness]("outcome", sw, true, reasonablenessTokens()); err != nil {
		return o, err
	}
	if o.RiskOfSeriousHarm, err = decodeToken[classification.Reasonableness]("outcome", rosh, true, reasonablenessTokens()); err != nil {
		return o, err
	}
	var ok3, ok4 bool
	o.FactsContradictSW, ok3 = boolean(base + 2)
	o.FactsContradictRoSH, ok4 = boolean(base + 3)
	if !ok3 || !ok4 {
		return o, &decodeError{"a non-bool for", "a facts check"}
	}
	return o, nil
}

// nearFact is a near-boundary fact as the engines' rules read it: true for
// near (a named boundary included), false for not near, nil when not
// recorded. The baselines model the boolean form only; the equality tests
// use it only.
func nearFact(n classification.Near) *bool {
	switch n {
	case 0:
		return nil
	case classification.NotNear:
		f := false
		return &f
	}
	t := true
	return &t
}

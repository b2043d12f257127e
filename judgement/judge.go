package judgement

import (
	"encoding/json"
	"fmt"
	"sync"

	"github.com/yjinspect/yjinspect/classification"
	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/internal/enum"
	"github.com/yjinspect/yjinspect/sampling"
)

var trueValue, falseValue = true, false

// KeyResult is the summary judgement of one key question. It holds no
// pointers (four bytes), so that a Result's twelve cost the garbage collector
// nothing; KeyQuestion, Summary and Rule look the rest up. Its JSON
// form includes them all.
type KeyResult struct {
	kq uint8 // 1 + the key question's index in the domain two catalogue; 0 for none
	// Answer is the summary judgement; zero when undecided.
	Answer Answer
	// DecidedBy says how it was reached.
	DecidedBy DecidedBy
	// Recorded is the inspector's recorded answer to the summary question,
	// which a rule may override (zero when none is recorded).
	Recorded Answer
}

// keyInfo is what a KeyResult looks up about its key question.
type keyInfo struct {
	id, standard, summary framework.ID
	rule                  string
}

type keyTable struct {
	infos []keyInfo // index 0: none
	index map[framework.ID]uint8
}

var keys = sync.OnceValue(func() *keyTable {
	t := &keyTable{infos: []keyInfo{{}}, index: map[framework.ID]uint8{}}
	for _, kq := range framework.DomainTwo().KeyQuestions() {
		info := keyInfo{id: kq.ID, standard: kq.Standard, summary: kq.Summary}
		if r, ok := ruleFor(kq.ID); ok {
			info.rule = r.Source
		}
		t.index[kq.ID] = uint8(len(t.infos))
		t.infos = append(t.infos, info)
	}
	return t
})

func (k KeyResult) info() keyInfo {
	t := keys()
	if int(k.kq) < len(t.infos) {
		return t.infos[k.kq]
	}
	return keyInfo{}
}

// newKeyResult makes the KeyResult of a key question of the domain two
// catalogue. It is an error to name a key question the catalogue lacks.
func newKeyResult(keyQuestion framework.ID, answer Answer, by DecidedBy, recorded Answer) (KeyResult, error) {
	i, ok := keys().index[keyQuestion]
	if !ok {
		return KeyResult{}, fmt.Errorf("judgement: no key question %s in the domain two catalogue", enum.Quote(string(keyQuestion)))
	}
	return KeyResult{kq: i, Answer: answer, DecidedBy: by, Recorded: recorded}, nil
}

// Equal reports whether two key results are the same (and lets go-cmp
// compare them).
func (k KeyResult) Equal(o KeyResult) bool { return k == o }

// KeyQuestion returns the key question's ID, e.g. "P2".
func (k KeyResult) KeyQuestion() framework.ID { return k.info().id }

// Summary returns the summary question's ID, e.g. "P2.S".
func (k KeyResult) Summary() framework.ID { return k.info().summary }

// Rule quotes the source's rule when a rule decided the judgement, and
// returns "" otherwise.
func (k KeyResult) Rule() string {
	if k.DecidedBy != NoFactorsRule && k.DecidedBy != NoReviewingRule {
		return ""
	}
	return k.info().rule
}

type keyResultJSON struct {
	KeyQuestion framework.ID `json:"keyQuestion"`
	Standard    framework.ID `json:"standard,omitempty"`
	Summary     framework.ID `json:"summary,omitempty"`
	Answer      Answer       `json:"answer,omitempty"`
	DecidedBy   DecidedBy    `json:"decidedBy,omitempty"`
	Recorded    Answer       `json:"recorded,omitempty"`
	Rule        string       `json:"rule,omitempty"`
}

// MarshalJSON writes the key result with its key question, summary,
// standard and rule.
func (k KeyResult) MarshalJSON() ([]byte, error) {
	return json.Marshal(keyResultJSON{k.KeyQuestion(), k.info().standard, k.Summary(), k.Answer, k.DecidedBy, k.Recorded, k.Rule()})
}

// UnmarshalJSON reads what MarshalJSON writes; the looked-up fields are
// ignored, and the key question must be one of the catalogue's.
func (k *KeyResult) UnmarshalJSON(b []byte) error {
	var j keyResultJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	kr, err := newKeyResult(j.KeyQuestion, j.Answer, j.DecidedBy, j.Recorded)
	if err != nil {
		return err
	}
	*k = kr
	return nil
}

// Result is what Judge finds in a case.
type Result struct {
	// Case is the case ID.
	Case string `json:"case"`
	// KeyResults holds the summary judgement of each key question that
	// answers a standard, in source order (A1 ... R3); each names its key
	// question (KeyResult.KeyQuestion).
	KeyResults []KeyResult `json:"keyResults"`
	// Findings lists what looks wrong, in a stable order: the key questions
	// in source order, then the classifications, then the RoSH rationale,
	// then the exclusion decision.
	Findings []Finding `json:"findings,omitempty"`
	// Exclusion is the decision, from I1.1 and the looked-after facts,
	// whether the case belongs in the inspection sample.
	Exclusion sampling.Decision `json:"exclusion"`
	// CaseManager holds the case manager's classifications (A2.5 and A3.4);
	// Inspector the inspector's.
	CaseManager ScaleLevels `json:"caseManager"`
	Inspector   ScaleLevels `json:"inspector"`
	// SafetyAndWellbeing and RiskOfSeriousHarm are the verdicts of
	// classification.CheckReasonable on the case manager's levels; zero
	// when they could not be checked (see Findings).
	SafetyAndWellbeing classification.Verdict `json:"safetyAndWellbeing"`
	RiskOfSeriousHarm  classification.Verdict `json:"riskOfSeriousHarm"`
}

// plan is what Judge needs of a catalogue, worked out once per catalogue:
// positions are indices into Answers (the domain two catalogue's order).
type plan struct {
	kqs                     []kqPlan
	i11, a25, a34, a2r, a3r int
	a29, a311               int  // the written record questions
	size                    int  // the number of questions Answers holds
	dense                   bool // every required question has a position
}

type kqPlan struct {
	key                   uint8 // KeyResult.kq
	id, standard, summary framework.ID
	summaryAt             int
	required              []int // the prompts: questions the inspector must answer
	requiredIDs           []framework.ID
	rule                  *summaryRule
	msgs                  kqMessages
}

var domainTwoPlan = sync.OnceValue(func() *plan { return makePlan(framework.DomainTwo()) })

func planFor(f *framework.Framework) *plan {
	if f == nil || f == framework.DomainTwo() || f.Version() == framework.DomainTwo().Version() {
		return domainTwoPlan()
	}
	return makePlan(f)
}

func makePlan(f *framework.Framework) *plan {
	l := catalogue()
	pos := func(id framework.ID) int {
		if i, ok := l.pos(id); ok {
			return i
		}
		return -1
	}
	p := &plan{i11: pos("I1.1"), a25: pos("A2.5"), a34: pos("A3.4"), a2r: pos("A2.reasonable"), a3r: pos("A3.reasonable"),
		a29: pos("A2.9"), a311: pos("A3.11"), size: len(l.kinds), dense: true}
	for _, kq := range f.KeyQuestions() {
		if kq.Standard == "" {
			continue
		}
		k := kqPlan{key: keys().index[kq.ID], id: kq.ID, standard: kq.Standard, summary: kq.Summary, summaryAt: pos(kq.Summary)}
		if r, ok := ruleFor(kq.ID); ok {
			k.rule = r
		}
		for _, q := range f.QuestionsOf(kq.ID) {
			if q.Kind == framework.Prompt {
				k.required = append(k.required, pos(q.ID))
				k.requiredIDs = append(k.requiredIDs, q.ID)
			}
		}
		k.msgs = messagesFor(k)
		for _, q := range k.required {
			if q < 0 {
				p.dense = false
			}
		}
		p.kqs = append(p.kqs, k)
	}
	return p
}

// Judge judges a case against a catalogue (normally framework.DomainTwo();
// nil means that one). For each key question of the standards it gives the
// summary judgement and how it was decided, using the one table of summary
// rules (SummaryRules, in rules.go):
//   - a rule applies when its fact is recorded as false (no factors, no
//     reviewing required): the summary is Yes, and a recorded summary other
//     than Yes is an error finding (the rule's Yes stands);
//   - otherwise the summary is the inspector's recorded answer;
//   - otherwise it is Undecided (a warning: the library's check that the
//     record is complete).
//
// The inspector's judgement is never overridden except by a rule the source
// states; where it sits oddly with the prompts, a warning says so and the
// judgement stands. FindingKinds lists every finding code, with its
// severity and the sentence of the source it rests on.
//
// Judge is pure and safe for concurrent use.
func Judge(f *framework.Framework, c Case) Result {
	p := planFor(f)
	a := c.Answers
	r := Result{Case: c.ID, KeyResults: make([]KeyResult, len(p.kqs))}
	var fs findings

	for i := range p.kqs {
		k := &p.kqs[i]
		kr := KeyResult{kq: k.key, Recorded: a.answer(k.summaryAt)}
		if kr.Recorded > NotApplicable {
			kr.Recorded = 0
		}
		ruled := false
		if k.rule != nil {
			if v := k.rule.fact.value(&c); v != nil && !*v {
				ruled = true
			}
		}
		switch {
		case ruled:
			kr.Answer, kr.DecidedBy = Yes, k.rule.By
			if kr.Recorded != 0 && kr.Recorded != Yes {
				fs.add(k.msgs.contradictsRule)
			}
		case kr.Recorded != 0:
			kr.Answer, kr.DecidedBy = kr.Recorded, Inspector
			if kr.Recorded == NotApplicable {
				fs.add(k.msgs.summaryNA)
			}
		default:
			kr.DecidedBy = Undecided
			fs.add(k.msgs.undecided)
		}
		if !ruled {
			// Count the prompts' answers by code (0 none, then Yes, No,
			// n/a) without a branch a prompt; name the missing ones only
			// when there are some.
			var count [4]int
			if p.dense && len(a.codes) == p.size {
				for _, q := range k.required {
					count[a.codes[q]&3]++
				}
			} else {
				for _, q := range k.required {
					count[a.answer(q)&3]++
				}
			}
			yes, no, missing := count[Yes], count[No], count[0]
			if missing > 0 {
				for j, q := range k.required {
					if a.answer(q) == 0 {
						fs.add(k.msgs.missing[j])
					}
				}
			}
			if kr.DecidedBy == Inspector {
				switch {
				case kr.Answer == Yes && no > yes:
					// Most of the prompts answered yes or no are No.
					fs.add(k.msgs.yesMostNo)
				case kr.Answer == No && yes > 0 && no == 0 && missing == 0:
					// Every prompt is answered, none No.
					fs.add(k.msgs.noAllYes)
				}
			}
		}
		r.KeyResults[i] = kr
	}

	// Classifications.
	r.CaseManager = ScaleLevels{SafetyAndWellbeing: a.level(p.a25), RiskOfSeriousHarm: a.level(p.a34)}
	r.Inspector = c.Inspector
	judgeScale(&fs, &r.SafetyAndWellbeing, scaleSW, r.CaseManager.SafetyAndWellbeing, c.Inspector.SafetyAndWellbeing, c.NearBoundary.SafetyAndWellbeing, c.Factors.ChildSafety, a.answer(p.a2r), a.answer(p.a29))
	judgeScale(&fs, &r.RiskOfSeriousHarm, scaleRoSH, r.CaseManager.RiskOfSeriousHarm, c.Inspector.RiskOfSeriousHarm, c.NearBoundary.RiskOfSeriousHarm, c.Factors.RiskOfHarm, a.answer(p.a3r), a.answer(p.a311))

	if c.RoSHRationale != nil {
		// The rationale's level and the classification at A3.4 are the
		// case manager's one classification, to be "recorded accurately
		// and consistently".
		if rl, cm := c.RoSHRationale.Level, r.CaseManager.RiskOfSeriousHarm; rl != cm && validLevel(rl) && validLevel(cm) {
			fs.add(roshDiffers[rl][cm])
		}
		for _, rf := range classification.CheckRoSH(*c.RoSHRationale) {
			fs.add(Finding{Severity: rf.Severity, Code: rf.Code, Question: "A3.4", Message: rf.Message})
		}
	}

	r.Exclusion = sampling.CheckLookedAfter(c.lookedAfterFacts(a.answer(p.i11)))
	switch r.Exclusion.Outcome {
	case sampling.Exclude:
		fs.add(msgExcluded)
	case sampling.Undetermined:
		fs.add(msgExclusionUndetermined)
	}
	r.Findings = fs.list
	return r
}

func validLevel(l classification.Level) bool {
	return l >= classification.Low && l <= classification.VeryHigh
}

// findings collects findings, allocating once for the usual handful.
type findings struct{ list []Finding }

func (f *findings) add(x Finding) {
	if f.list == nil {
		f.list = make([]Finding, 0, 8)
	}
	f.list = append(f.list, x)
}

package judgement

import (
	"encoding/json"
	"fmt"
	"slices"
	"sync"

	"github.com/yjinspect/yjinspect/classification"
	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/internal/enum"
	"github.com/yjinspect/yjinspect/record"
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
	Answer record.Answer
	// DecidedBy says how it was reached.
	DecidedBy DecidedBy
	// Recorded is the inspector's recorded answer to the summary question,
	// which a rule may override (zero when none is recorded).
	Recorded record.Answer
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
func newKeyResult(keyQuestion framework.ID, answer record.Answer, by DecidedBy, recorded record.Answer) (KeyResult, error) {
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
	KeyQuestion framework.ID  `json:"keyQuestion"`
	Standard    framework.ID  `json:"standard,omitempty"`
	Summary     framework.ID  `json:"summary,omitempty"`
	Answer      record.Answer `json:"answer,omitempty"`
	DecidedBy   DecidedBy     `json:"decidedBy,omitempty"`
	Recorded    record.Answer `json:"recorded,omitempty"`
	Rule        string        `json:"rule,omitempty"`
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
	CaseManager record.ScaleLevels `json:"caseManager"`
	Inspector   record.ScaleLevels `json:"inspector"`
	// SafetyAndWellbeing and RiskOfSeriousHarm are the verdicts of
	// classification.CheckReasonable on the case manager's levels; zero
	// when they could not be checked (see Findings).
	SafetyAndWellbeing classification.Verdict `json:"safetyAndWellbeing"`
	RiskOfSeriousHarm  classification.Verdict `json:"riskOfSeriousHarm"`
}

// plan is what Judge needs of a catalogue, worked out once per catalogue
// (planFor): positions are indices into Answers (the domain two
// catalogue's order).
type plan struct {
	f                       *framework.Framework
	kqs                     []kqPlan
	i11, a25, a34, a2r, a3r int
	a29, a311               int // the written record questions
	r32, r34, p34           int // the questions the consistency checks read
	size                    int // the number of questions Answers holds
	// facts are the facts the summary rules read (at most seven): Judge
	// reads fact i into slot i+1 of its facts array.
	facts []record.Fact
	// fast is what the fast path reads (judge_fast.go).
	fast fastPlan
}

// fact is a slot of Judge's facts array: 1 + the index in plan.facts of
// the fact a summary rule reads; 0 for none.
type fact uint8

type kqPlan struct {
	key                   uint8 // KeyResult.kq
	id, standard, summary framework.ID
	summaryAt             int
	required              []int // the prompts: questions the inspector must answer
	requiredIDs           []framework.ID
	rule                  *summaryRule
	fact                  fact // the rule's fact; 0 for none
	msgs                  kqMessages
}

// makePlan works out the plan of a catalogue: for each key question of the
// standards, where its summary and prompts stand among the answers, its
// summary rule and its findings' messages.
func makePlan(f *framework.Framework) *plan {
	pos := func(id framework.ID) int {
		if i, ok := record.Position(id); ok {
			return i
		}
		return -1
	}
	p := &plan{f: f, i11: pos("I1.1"), a25: pos("A2.5"), a34: pos("A3.4"), a2r: pos("A2.reasonable"), a3r: pos("A3.reasonable"),
		a29: pos("A2.9"), a311: pos("A3.11"), r32: pos("R3.2"), r34: pos("R3.4"), p34: pos("P3.4"),
		size: len(framework.DomainTwo().Questions())}
	for _, kq := range f.KeyQuestions() {
		if kq.Standard == "" {
			continue
		}
		k := kqPlan{key: keys().index[kq.ID], id: kq.ID, standard: kq.Standard, summary: kq.Summary, summaryAt: pos(kq.Summary)}
		if r, ok := ruleFor(kq.ID); ok {
			k.rule = r
			if k.fact = fact(slices.Index(p.facts, r.Fact) + 1); k.fact == 0 {
				p.facts = append(p.facts, r.Fact)
				k.fact = fact(len(p.facts))
			}
		}
		for _, q := range f.QuestionsOf(kq.ID) {
			if q.Kind == framework.Prompt {
				k.required = append(k.required, pos(q.ID))
				k.requiredIDs = append(k.requiredIDs, q.ID)
			}
		}
		k.msgs = messagesFor(k)
		p.kqs = append(p.kqs, k)
	}
	p.fast = makeFastPlan(p.kqs, p.size)
	return p
}

// b2u is 1 for true and 0 for false.
func b2u(b bool) uint {
	var u uint
	if b {
		u = 1
	}
	return u
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
func Judge(f *framework.Framework, c record.Case) Result { return judge(f, c, true) }

// judge is Judge: with judgeKQ for every key question where fast is false
// (the rules, as they read), and through the fast path where fast is true
// (judgeKQsFast, in judge_fast.go; it gives the same result).
func judge(f *framework.Framework, c record.Case, fast bool) (r Result) {
	p := planFor(f)
	// The answers' codes, copied into a buffer with room for the fast
	// path's windows (codesBuf).
	var buf [codesBuf]uint8
	codes := buf[:c.Answers.Codes(buf[:min(p.size, len(buf))])]
	r.Case = c.ID
	var fs findings

	// The exclusion decision comes first: I1.1 answered Yes or No is
	// whether the child was looked after. "we exclude the case from the
	// inspection sample" (I 1.1): the service was not responsible for an
	// excluded case, so its result holds the exclusion, the levels as
	// recorded and the one finding that says so, and nothing judged of the
	// service's work.
	var lookedAfter *bool
	switch record.Answer(codeAt(codes, p.i11)) {
	case record.Yes:
		lookedAfter = &trueValue
	case record.No:
		lookedAfter = &falseValue
	}
	r.Exclusion = sampling.CheckLookedAfter(sampling.LookedAfter{
		LookedAfter:              lookedAfter,
		HomeService:              c.LookedAfter.HomeService,
		LivedOutsideArea:         c.LookedAfter.LivedOutsideArea,
		ResponsibleForAssessment: c.LookedAfter.ResponsibleForAssessment,
	})
	r.CaseManager = record.ScaleLevels{SafetyAndWellbeing: classification.Level(codeAt(codes, p.a25)), RiskOfSeriousHarm: classification.Level(codeAt(codes, p.a34))}
	r.Inspector = c.Inspector
	if r.Exclusion.Outcome == sampling.Exclude {
		r.Findings = []Finding{msgExcluded}
		return r
	}
	// The facts the summary rules read, by fact (index 0, no rule, stays
	// 0), as tri numbers them.
	var facts [8]uint8
	for i, f := range p.facts {
		v, known := f.Get(&c)
		facts[(i+1)&7] = uint8(b2u(known) + b2u(known && v))
	}

	// Each key question's summary judgement.
	krs := make([]KeyResult, len(p.kqs))
	if !fast || !p.judgeKQsFast(krs, &fs, &buf, codes, &facts) {
		for i := range p.kqs {
			krs[i] = judgeKQ(&fs, &p.kqs[i], codes, &facts)
		}
	}
	r.KeyResults = krs

	// Classifications.
	judgeScale(&fs, &r.SafetyAndWellbeing, scaleSW, r.CaseManager.SafetyAndWellbeing, c.Inspector.SafetyAndWellbeing, c.NearBoundary.SafetyAndWellbeing, c.Factors.ChildSafety, record.Answer(codeAt(codes, p.a2r)), record.Answer(codeAt(codes, p.a29)), 0)
	judgeScale(&fs, &r.RiskOfSeriousHarm, scaleRoSH, r.CaseManager.RiskOfSeriousHarm, c.Inspector.RiskOfSeriousHarm, c.NearBoundary.RiskOfSeriousHarm, c.Factors.RiskOfHarm, record.Answer(codeAt(codes, p.a3r)), record.Answer(codeAt(codes, p.a311)), rationaleLevel(c.RoSHRationale))

	if c.RoSHRationale != nil {
		// The rationale's level and the classification at A3.4 are the
		// case manager's one classification, to be "recorded accurately
		// and consistently".
		if rl, cm := c.RoSHRationale.Level, r.CaseManager.RiskOfSeriousHarm; rl != cm && validLevel(rl) && validLevel(cm) {
			fs.add(roshDiffers[rl][cm])
		}
		for _, rf := range classification.CheckRoSH(*c.RoSHRationale) {
			code := string(rf.Code)
			fs.add(Finding{Severity: severityOf[code], Code: code, Question: "A3.4", Message: rf.Message})
		}
	}
	judgeConsistency(&fs, p, &c, codes, r.CaseManager)
	if r.Exclusion.Outcome == sampling.Undetermined {
		// Judged as any other case, with a warning that a person must
		// decide whether it belongs in the sample.
		fs.add(msgExclusionUndetermined)
	}

	r.Findings = fs.list()
	return r
}

// rationaleLevel is the level of a RoSH rationale, 0 when there is none.
func rationaleLevel(r *classification.Rationale) classification.Level {
	if r == nil {
		return 0
	}
	return r.Level
}

// judgeConsistency points out where the record's own facts make a rule's
// premise or an answer doubtful (findingKinds says which sentence each
// rests on): reviewing recorded as not required where factors are recorded,
// R3.2 Yes with R3.4 No, P3.4 n/a where factors of risk of harm are
// recorded, and a RoSH rationale with current factors where the record says
// there are no factors of risk of harm.
func judgeConsistency(fs *findings, p *plan, c *record.Case, codes []uint8, cm record.ScaleLevels) {
	is := func(b *bool, v bool) bool { return b != nil && *b == v }
	if is(c.ReviewingRequired.ChildSafety, false) && is(c.Factors.ChildSafety, true) {
		fs.add(msgReviewingSafety)
	}
	if is(c.ReviewingRequired.RiskOfHarm, false) && is(c.Factors.RiskOfHarm, true) {
		fs.add(msgReviewingHarm)
	}
	if record.Answer(codeAt(codes, p.r32)) == record.Yes && record.Answer(codeAt(codes, p.r34)) == record.No {
		fs.add(msgR34NoR32Yes)
	}
	if record.Answer(codeAt(codes, p.p34)) == record.NotApplicable && is(c.Factors.RiskOfHarm, true) {
		fs.add(msgP34NotApplicable)
	}
	if r := c.RoSHRationale; r != nil && is(r.CurrentFactors, true) && is(c.Factors.RiskOfHarm, false) {
		fs.add(msgRationaleContradictsFactors)
	}
}

// judgeKQ judges one key question, with the facts the summary rules read
// by their fact number (as tri numbers them), and adds its findings.
func judgeKQ(fs *findings, k *kqPlan, codes []uint8, facts *[8]uint8) KeyResult {
	kr := KeyResult{kq: k.key, Recorded: record.Answer(codeAt(codes, k.summaryAt))}
	if kr.Recorded > record.NotApplicable {
		kr.Recorded = 0
	}
	if facts[k.fact&7] == 1 {
		// The rule applies: its fact is recorded as false.
		kr.Answer, kr.DecidedBy = record.Yes, k.rule.By
		if kr.Recorded != 0 && kr.Recorded != record.Yes {
			fs.add(k.msgs.contradictsRule)
		}
		return kr
	}
	if kr.Recorded != 0 {
		kr.Answer, kr.DecidedBy = kr.Recorded, Inspector
		if kr.Recorded == record.NotApplicable {
			fs.add(k.msgs.summaryNA)
		}
	} else {
		kr.DecidedBy = Undecided
		fs.add(k.msgs.undecided)
	}
	// Count the prompts' answers by code, taken modulo four (0 none, then
	// Yes, No, n/a); name the missing ones only when there are some.
	var count [4]int
	for _, q := range k.required {
		count[codeAt(codes, q)&3]++
	}
	yes, no, missing := count[record.Yes], count[record.No], count[0]
	if missing > 0 {
		for j, q := range k.required {
			if codeAt(codes, q) == 0 {
				fs.add(k.msgs.missing[j])
			}
		}
	}
	if kr.DecidedBy == Inspector {
		switch {
		case kr.Answer == record.Yes && no > yes:
			// Most of the prompts answered yes or no are No.
			fs.add(k.msgs.yesMostNo)
		case kr.Answer == record.No && yes > 0 && no == 0 && missing == 0:
			// Every prompt is answered, none No.
			fs.add(k.msgs.noAllYes)
		}
	}
	return kr
}

// codeAt returns codes[i], or 0 when i is out of range.
func codeAt(codes []uint8, i int) uint8 {
	if uint(i) >= uint(len(codes)) {
		return 0
	}
	return codes[i]
}

// findings collects findings: the usual few in place, then exactly as
// many as there are in one allocation.
type findings struct {
	buf   [4]Finding
	n     int
	spill []Finding // all of them, once there are more than fit in buf
}

func (f *findings) add(x Finding) {
	if f.n < len(f.buf) {
		f.buf[f.n] = x
		f.n++
		return
	}
	if f.spill == nil {
		f.spill = append(make([]Finding, 0, 2*len(f.buf)), f.buf[:]...)
	}
	f.spill = append(f.spill, x)
}

// list returns the findings in a slice of their own; nil if none.
func (f *findings) list() []Finding {
	switch {
	case f.spill != nil:
		return f.spill
	case f.n == 0:
		return nil
	}
	return slices.Clone(f.buf[:f.n])
}

func validLevel(l classification.Level) bool {
	return l >= classification.Low && l <= classification.VeryHigh
}

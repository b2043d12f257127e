package judgement

import (
	"encoding/binary"
	"encoding/json"
	"fmt"
	"math/bits"
	"slices"
	"sync"
	"sync/atomic"

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

// plan is what Judge needs of a catalogue, worked out once per catalogue:
// positions are indices into Answers (the domain two catalogue's order).
type plan struct {
	f                       *framework.Framework
	kqs                     []kqPlan
	i11, a25, a34, a2r, a3r int
	a29, a311               int // the written record questions
	size                    int // the number of questions Answers holds
	// exclusions are sampling.CheckLookedAfter's decisions for the 81
	// combinations of its four facts, by the sum of tri's numbers for them
	// times 1 (looked after), 3 (home service), 9 (lived outside the area)
	// and 27 (responsible for assessment). Judge copies the Notes it hands
	// out.
	exclusions *[81]sampling.Decision
	// windowed is whether every key question has its summary and its
	// prompts in hot, so that Judge can read them eight answers at a time
	// in an Answers of size codes.
	windowed bool
	hot      []kqHot // by key question, as kqs
}

// maxCodes is the most answer codes Judge reads through its windows (a
// mask of the positions that fit), and codesBuf the size of the buffer it
// copies them to, so that a window at any of those positions fits.
const (
	maxCodes = 127
	codesBuf = maxCodes + 1 + 8
)

// kqHot is what Judge reads of a key question to find whether judgeKQ would
// report anything: the summary's position, the rule's fact and how it
// decides, and the prompts' positions as two windows of eight answer codes,
// codes[at:at+8] read as one little-endian word, mask having the low bit of
// each prompt's byte set (a window not needed has no mask).
type kqHot struct {
	mask0, mask1 uint64
	prompts      uint64 // mask0 | mask1<<1: every prompt, as lo and hi hold them
	summaryAt    int32
	at0, at1     int32
	key          uint8
	fact         fact
	by           DecidedBy
}

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

// window picks prompts out of eight answer codes, Answers.codes[at:at+8]
// read as one little-endian word: mask has the low bit of each prompt's byte
// set.
type window struct {
	at   int
	mask uint64
}

// windows covers the positions of prompts (indices into an Answers of size
// codes) with two windows of eight codes, none reaching past the end, each
// prompt in exactly one window. In the domain two catalogue each key
// question's prompts follow one another, nine at most. It reports false if
// they need more than two windows, if size is under eight, or if a position
// is out of range.
func windows(required []int, size int) ([2]window, bool) {
	var ws [2]window
	if size < 8 {
		return ws, false
	}
	covered := map[int]bool{}
	n := 0
	for _, q := range required {
		if q < 0 || q >= size {
			return ws, false
		}
		if covered[q] {
			continue
		}
		if n == len(ws) {
			return ws, false
		}
		w := window{at: min(q, size-8)}
		for _, r := range required {
			if r >= w.at && r < w.at+8 && !covered[r] {
				covered[r] = true
				w.mask |= 1 << (8 * (r - w.at))
			}
		}
		ws[n] = w
		n++
	}
	return ws, true
}

var exclusions = sync.OnceValue(func() *[81]sampling.Decision {
	var t [81]sampling.Decision
	facts := [3]*bool{nil, &falseValue, &trueValue}
	for i := range t {
		t[i] = sampling.CheckLookedAfter(sampling.LookedAfter{
			LookedAfter:              facts[i%3],
			HomeService:              facts[i/3%3],
			LivedOutsideArea:         facts[i/9%3],
			ResponsibleForAssessment: facts[i/27%3],
		})
	}
	return &t
})

// domainTwoPlan is the plan of framework.DomainTwo(), made on first use:
// it goes from nil to that one plan, once, and never changes after. (It
// is what sync.OnceValue does, without a call on every Judge.)
var domainTwoPlan atomic.Pointer[plan]

// planFor returns the plan of a catalogue: the one of the domain two
// catalogue for it (nil) and for any catalogue of the same version, a new
// one for any other.
func planFor(f *framework.Framework) *plan {
	if p := domainTwoPlan.Load(); p != nil && (f == nil || f == p.f) {
		return p
	}
	d := framework.DomainTwo()
	if f != nil && f != d && f.Version() != d.Version() {
		return makePlan(f)
	}
	if p := domainTwoPlan.Load(); p != nil {
		return p
	}
	domainTwoPlan.CompareAndSwap(nil, makePlan(d))
	return domainTwoPlan.Load()
}

func makePlan(f *framework.Framework) *plan {
	pos := func(id framework.ID) int {
		if i, ok := record.Position(id); ok {
			return i
		}
		return -1
	}
	p := &plan{f: f, i11: pos("I1.1"), a25: pos("A2.5"), a34: pos("A3.4"), a2r: pos("A2.reasonable"), a3r: pos("A3.reasonable"),
		a29: pos("A2.9"), a311: pos("A3.11"), size: len(framework.DomainTwo().Questions()), windowed: true, exclusions: exclusions()}
	for _, kq := range f.KeyQuestions() {
		if kq.Standard == "" {
			continue
		}
		k := kqPlan{key: keys().index[kq.ID], id: kq.ID, standard: kq.Standard, summary: kq.Summary, summaryAt: pos(kq.Summary)}
		if r, ok := ruleFor(kq.ID); ok {
			k.rule, k.fact = r, r.fact
		}
		for _, q := range f.QuestionsOf(kq.ID) {
			if q.Kind == framework.Prompt {
				k.required = append(k.required, pos(q.ID))
				k.requiredIDs = append(k.requiredIDs, q.ID)
			}
		}
		k.msgs = messagesFor(k)
		ws, ok := windows(k.required, p.size)
		if !ok || k.summaryAt < 0 || k.summaryAt >= p.size || p.size > maxCodes {
			p.windowed = false
		}
		h := kqHot{mask0: ws[0].mask, mask1: ws[1].mask, prompts: ws[0].mask | ws[1].mask<<1, summaryAt: int32(k.summaryAt), at0: int32(ws[0].at), at1: int32(ws[1].at), key: k.key, fact: k.fact}
		if k.rule != nil {
			h.by = k.rule.By
		}
		p.hot = append(p.hot, h)
		p.kqs = append(p.kqs, k)
	}
	return p
}

// tri numbers a fact: 0 not recorded, 1 false, 2 true.
func tri(b *bool) uint8 {
	if b == nil {
		return 0
	}
	return 1 + uint8(b2u(*b))
}

// bitCount counts the bits of x, which are set only in the two low bits of
// its bytes, without a processor feature test (math/bits.OnesCount64 tests
// for POPCNT, and calls a function where it is missing, which makes the
// compiler keep scanKQs' values on the stack).
func bitCount(x uint64) uint64 {
	return (x&lowBits + x>>1&lowBits) * lowBits >> 56
}

// lowBits has the low bit of each byte set.
const lowBits = 0x0101010101010101

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

// judge is Judge, reading the answers through the plan's windows where fast
// is true and they fit (scanKQs), and with judgeKQ alone where it is false.
func judge(f *framework.Framework, c record.Case, fast bool) (r Result) {
	p := planFor(f)
	// The answers' codes, copied where every position the plan holds can
	// be read without a bounds test.
	var buf [codesBuf]uint8
	codes := buf[:c.Answers.Codes(buf[:min(p.size, len(buf))])]
	r.Case = c.ID
	var fs findings

	// The facts the summary rules read, by fact (index 0, no rule, stays
	// 0), as tri numbers them.
	var facts [8]uint8
	facts[factorsChildSafety] = tri(c.Factors.ChildSafety)
	facts[factorsRiskOfHarm] = tri(c.Factors.RiskOfHarm)
	facts[reviewingDesistance] = tri(c.ReviewingRequired.Desistance)
	facts[reviewingChildSafety] = tri(c.ReviewingRequired.ChildSafety)
	facts[reviewingRiskOfHarm] = tri(c.ReviewingRequired.RiskOfHarm)
	windowed := fast && p.windowed && len(codes) == p.size && p.size <= maxCodes && len(p.hot) <= 64

	krs := make([]KeyResult, len(p.kqs))
	if windowed && len(p.hot) == len(krs) {
		// Each key question's summary, and whether judgeKQ would report
		// anything about it, from the windows of its prompts.
		for bad := scanKQs(krs, p.hot, &buf, &facts); bad != 0; bad &= bad - 1 {
			// Something to report: judgeKQ, the rules in full.
			i := bits.TrailingZeros64(bad)
			krs[i] = judgeKQ(&fs, &p.kqs[i], codes, &facts)
		}
	} else {
		for i := range p.kqs {
			krs[i] = judgeKQ(&fs, &p.kqs[i], codes, &facts)
		}
	}
	r.KeyResults = krs

	// Classifications.
	r.CaseManager = record.ScaleLevels{SafetyAndWellbeing: classification.Level(codeAt(codes, p.a25)), RiskOfSeriousHarm: classification.Level(codeAt(codes, p.a34))}
	r.Inspector = c.Inspector
	judgeScale(&fs, &r.SafetyAndWellbeing, scaleSW, r.CaseManager.SafetyAndWellbeing, c.Inspector.SafetyAndWellbeing, c.NearBoundary.SafetyAndWellbeing, c.Factors.ChildSafety, record.Answer(codeAt(codes, p.a2r)), record.Answer(codeAt(codes, p.a29)))
	judgeScale(&fs, &r.RiskOfSeriousHarm, scaleRoSH, r.CaseManager.RiskOfSeriousHarm, c.Inspector.RiskOfSeriousHarm, c.NearBoundary.RiskOfSeriousHarm, c.Factors.RiskOfHarm, record.Answer(codeAt(codes, p.a3r)), record.Answer(codeAt(codes, p.a311)))

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

	// The exclusion decision, from the table of sampling.CheckLookedAfter's
	// decisions: I1.1 answered Yes or No is whether the child was looked
	// after.
	lookedAfter := 3*int(tri(c.LookedAfter.HomeService)) + 9*int(tri(c.LookedAfter.LivedOutsideArea)) + 27*int(tri(c.LookedAfter.ResponsibleForAssessment))
	switch record.Answer(codeAt(codes, p.i11)) {
	case record.Yes:
		lookedAfter += 2
	case record.No:
		lookedAfter++
	}
	r.Exclusion = p.exclusions[lookedAfter]
	if r.Exclusion.Notes != nil {
		r.Exclusion.Notes = slices.Clone(r.Exclusion.Notes)
	}
	switch r.Exclusion.Outcome {
	case sampling.Exclude:
		fs.add(msgExcluded)
	case sampling.Undetermined:
		fs.add(msgExclusionUndetermined)
	}
	r.Findings = fs.list()
	return r
}

// scanKQs gives each key question's summary judgement where judgeKQ would
// report nothing about it, and returns the set of the others (bit i for
// hot[i]), for judgeKQ to judge in full. It may name a key question judgeKQ
// finds nothing in (judgeKQ then gives the same answer), never the other way
// round. The prompts are read eight at a time from buf, each byte's low bit
// in lo and its next bit in hi, the second window shifted one bit along:
// their codes are taken modulo four (0 none, then Yes, No, n/a), as judgeKQ
// takes them. facts holds the rules' facts by their fact number, as tri numbers them.
// There are at most 64 key questions. It calls nothing, so that the loop
// keeps its values in registers.
func scanKQs(krs []KeyResult, hot []kqHot, buf *[codesBuf]uint8, facts *[8]uint8) (bad uint64) {
	krs = krs[:len(hot)]
	for i := range hot {
		h := &hot[i]
		rec := record.Answer(buf[h.summaryAt&maxCodes])
		if rec > record.NotApplicable {
			rec = 0
		}
		if facts[h.fact&7] == 1 {
			krs[i] = KeyResult{kq: h.key, Answer: record.Yes, DecidedBy: h.by, Recorded: rec}
			if rec != 0 && rec != record.Yes {
				bad |= 1 << (i & 63)
			}
			continue
		}
		krs[i] = KeyResult{kq: h.key, Answer: rec, DecidedBy: Inspector, Recorded: rec}
		v0 := binary.LittleEndian.Uint64(buf[h.at0&maxCodes:])
		v1 := binary.LittleEndian.Uint64(buf[h.at1&maxCodes:])
		lo := v0&h.mask0 | (v1&h.mask1)<<1
		hi := v0>>1&h.mask0 | (v1>>1&h.mask1)<<1
		yes, no := lo&^hi, hi&^lo
		var clean bool
		switch rec {
		case record.Yes:
			clean = lo|hi == h.prompts && bitCount(no) <= bitCount(yes)
		case record.No:
			clean = lo|hi == h.prompts && (yes == 0 || no != 0)
		}
		if !clean {
			bad |= 1 << (i & 63)
		}
	}
	return bad
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

package bench

import (
	"encoding/binary"
	"fmt"
	"math/bits"
	"sync"

	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/judgement"
	"github.com/yjinspect/yjinspect/record"
)

// Packed is a case packed the way record.Answers keeps it, for Minimum:
// one byte a question in the order of the domain two catalogue (0 not
// answered, then record.Yes, No and NotApplicable, or a level), and the
// five facts the summary rules read (0 not recorded, 1 false, 2 true), in
// the order of factPaths.
type Packed struct {
	Codes []uint8
	Facts [5]uint8
}

// factPaths are the facts the summary rules read, by their place in a case
// record (judgement.SummaryRule.Fact), in the order of Packed.Facts.
var factPaths = [5]string{"factors.childSafety", "factors.riskOfHarm", "reviewingRequired.desistance", "reviewingRequired.childSafety", "reviewingRequired.riskOfHarm"}

// positions gives each question's position in the domain two catalogue's
// order, the order record.Answers keeps its answers in.
var positions = sync.OnceValue(func() map[framework.ID]int {
	m := map[framework.ID]int{}
	for i, q := range framework.DomainTwo().Questions() {
		m[q.ID] = i
	}
	return m
})

// Pack packs a case for Minimum; like the engines' inputs, this is left out
// of the timed loop.
func Pack(c record.Case) Packed {
	pos := positions()
	p := Packed{Codes: make([]uint8, len(pos))}
	for id, v := range c.Answers.All() {
		i, ok := pos[id]
		if !ok {
			continue
		}
		switch {
		case v.Answer != 0:
			p.Codes[i] = uint8(v.Answer)
		case v.Level != 0:
			p.Codes[i] = uint8(v.Level)
		case v.Text != "":
			p.Codes[i] = 1
		}
	}
	for i, b := range []*bool{c.Factors.ChildSafety, c.Factors.RiskOfHarm, c.ReviewingRequired.Desistance, c.ReviewingRequired.ChildSafety, c.ReviewingRequired.RiskOfHarm} {
		switch {
		case b == nil:
		case *b:
			p.Facts[i] = 2
		default:
			p.Facts[i] = 1
		}
	}
	return p
}

// MinimumSummary is one key question's summary judgement as Minimum gives
// it, with the counts of its prompts' answers (all zero where a rule
// decides the summary: Judge counts them only where the summary is the
// inspector's or undecided).
type MinimumSummary struct {
	Answer    record.Answer
	DecidedBy judgement.DecidedBy
	// Yes, No and NoAnswer count the prompts answered Yes, answered No and
	// not answered: what Judge's findings about a summary need.
	Yes, No, NoAnswer uint8
}

// minimumKQ is what Minimum needs of a key question, worked out once: the
// summary's position, the rule's fact and how it decides, and the prompts
// as two windows of eight answer codes (codes[at:at+8] read as one
// little-endian word, mask having the low bit of each prompt's byte set; a
// window not needed has no mask), as Judge reads them.
type minimumKQ struct {
	mask0, mask1 uint64
	summaryAt    int
	at0, at1     int
	fact         int // index into Packed.Facts of the rule's fact, plus one; 0 for none
	by           judgement.DecidedBy
}

// maxCodes masks a position in the buffer Minimum copies the codes to;
// codesBuf is its size, so that a window at any such position fits.
const (
	maxCodes = 127
	codesBuf = maxCodes + 1 + 8
)

var minimumPlan = sync.OnceValues(func() ([]minimumKQ, error) {
	f := framework.DomainTwo()
	pos := positions()
	if len(pos) < 8 || len(pos) > maxCodes {
		return nil, fmt.Errorf("bench: %d questions, want 8 to %d", len(pos), maxCodes)
	}
	rules := map[framework.ID]judgement.SummaryRule{}
	for _, r := range judgement.SummaryRules() {
		rules[r.KeyQuestion] = r
	}
	var out []minimumKQ
	for _, kq := range f.KeyQuestions() {
		if kq.Standard == "" {
			continue
		}
		at, ok := pos[kq.Summary]
		if !ok {
			return nil, fmt.Errorf("bench: no summary question %s", kq.Summary)
		}
		k := minimumKQ{summaryAt: at}
		if r, ok := rules[kq.ID]; ok {
			fact := 0
			for j, path := range factPaths {
				if path == r.Fact.Path() {
					fact = j + 1
				}
			}
			if fact == 0 {
				return nil, fmt.Errorf("bench: the rule of %s reads %s, which Pack does not pack", kq.ID, r.Fact)
			}
			k.fact, k.by = fact, r.By
		}
		var ws [2]struct {
			at   int
			mask uint64
		}
		n := 0
		for _, q := range f.QuestionsOf(kq.ID) {
			if q.Kind != framework.Prompt {
				continue
			}
			i := pos[q.ID]
			if n > 0 && i >= ws[n-1].at && i < ws[n-1].at+8 {
				ws[n-1].mask |= 1 << (8 * (i - ws[n-1].at))
				continue
			}
			if n == len(ws) {
				return nil, fmt.Errorf("bench: the prompts of %s need more than two windows", kq.ID)
			}
			ws[n].at = min(i, len(pos)-8)
			ws[n].mask = 1 << (8 * (i - ws[n].at))
			n++
		}
		k.at0, k.mask0, k.at1, k.mask1 = ws[0].at, ws[0].mask, ws[1].at, ws[1].mask
		out = append(out, k)
	}
	if len(out) != len(KeyQuestions) {
		return nil, fmt.Errorf("bench: %d key questions, want %d", len(out), len(KeyQuestions))
	}
	return out, nil
})

// MinimumResult is what Minimum computes: the twelve summaries, in the
// order of KeyQuestions.
type MinimumResult [12]MinimumSummary

// Minimum is the hand-written lower bound of the comparison: it computes
// only the twelve summary judgements and the counts of the prompts'
// answers, from the same packed answers Judge reads, and nothing else (no
// findings, no messages, no classification verdicts, no exclusion, no
// allocation). It reads the prompts eight at a time, as Judge does. The
// error is only for a catalogue that does not fit, and never happens with
// the embedded one.
func Minimum(p *Packed) (MinimumResult, error) {
	var out MinimumResult
	plan, err := minimumPlan()
	if err != nil {
		return out, err
	}
	if len(p.Codes) > maxCodes {
		return out, fmt.Errorf("bench: %d answer codes, want at most %d", len(p.Codes), maxCodes)
	}
	var buf [codesBuf]uint8
	copy(buf[:], p.Codes)
	var facts [8]uint8 // by the fact's place in factPaths, plus one
	copy(facts[1:], p.Facts[:])
	for i := range plan {
		k := &plan[i]
		s := &out[i%len(out)]
		rec := record.Answer(buf[k.summaryAt&maxCodes])
		if rec > record.NotApplicable {
			rec = 0
		}
		switch {
		case facts[k.fact&7] == 1:
			s.Answer, s.DecidedBy = record.Yes, k.by
			continue
		case rec != 0:
			s.Answer, s.DecidedBy = rec, judgement.Inspector
		default:
			s.DecidedBy = judgement.Undecided
		}
		v0 := binary.LittleEndian.Uint64(buf[k.at0&maxCodes:])
		v1 := binary.LittleEndian.Uint64(buf[k.at1&maxCodes:])
		lo := v0&k.mask0 | (v1&k.mask1)<<1
		hi := v0>>1&k.mask0 | (v1>>1&k.mask1)<<1
		s.Yes = uint8(bits.OnesCount64(lo &^ hi))
		s.No = uint8(bits.OnesCount64(hi &^ lo))
		s.NoAnswer = uint8(bits.OnesCount64((k.mask0 | k.mask1<<1) &^ (lo | hi)))
	}
	return out, nil
}

// MinimumSlice is Minimum with its summaries returned in a new slice: the
// lower bound plus the one allocation that Judge's result needs
// (judgement.Result.KeyResults is a slice, made anew for every case). It
// shows how much of the distance between Judge and Minimum that allocation
// and the garbage collector it feeds make up. Its slice is 60 bytes (64 with
// the allocator's rounding), Judge's 48.
func MinimumSlice(p *Packed) ([]MinimumSummary, error) {
	m, err := Minimum(p)
	if err != nil {
		return nil, err
	}
	return append(make([]MinimumSummary, 0, len(m)), m[:]...), nil
}

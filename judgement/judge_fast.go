// The fast path of Judge's key questions: the same summaries and findings as
// judgeKQ gives for every key question (judge.go, the reference), for less
// time. It holds no rule of its own. scanKQs reads each key question's
// prompts eight answer codes at a time and decides only whether judgeKQ
// would report anything; judgeKQ itself judges those that have something to
// report.
//
// To add a rule: change the reference (judgeKQ); the tests
// TestJudgeWindowsAgreeWithTheRulesInFull and TestScanKQsAgreesWithJudgeKQ
// (judge_fast_test.go) fail until the fast path agrees. Where scanKQs
// cannot tell whether the new rule applies, name the key question in its
// result (bad), and judgeKQ will judge it in full.

package judgement

import (
	"encoding/binary"
	"math/bits"

	"github.com/yjinspect/yjinspect/record"
)

// maxCodes is the most answer codes Judge reads through its windows (a
// mask of the positions that fit), and codesBuf the size of the buffer it
// copies them to, so that a window at any of those positions fits.
const (
	maxCodes = 127
	codesBuf = maxCodes + 1 + 8
)

// fastPlan is what the fast path reads of a plan: kqHot by key question, in
// the order of plan.kqs, and whether every key question has its summary and
// prompts in windows (ok).
type fastPlan struct {
	ok  bool
	hot []kqHot
}

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

// makeFastPlan works out the windows of each key question of a plan, for an
// Answers of size codes.
func makeFastPlan(kqs []kqPlan, size int) fastPlan {
	fp := fastPlan{ok: size <= maxCodes && len(kqs) <= 64}
	for _, k := range kqs {
		ws, ok := windows(k.required, size)
		if !ok || k.summaryAt < 0 || k.summaryAt >= size {
			fp.ok = false
		}
		h := kqHot{mask0: ws[0].mask, mask1: ws[1].mask, prompts: ws[0].mask | ws[1].mask<<1, summaryAt: int32(k.summaryAt), at0: int32(ws[0].at), at1: int32(ws[1].at), key: k.key, fact: k.fact}
		if k.rule != nil {
			h.by = k.rule.By
		}
		fp.hot = append(fp.hot, h)
	}
	return fp
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

// judgeKQsFast does what judge's loop of judgeKQ over every key question
// does, into krs (one per key question) and fs: scanKQs decides each
// summary and which key questions have something to report, and judgeKQ
// judges those. It reports false, having done nothing, where the windows do
// not fit the plan or the case (an empty Answers, a catalogue whose prompts
// lie apart).
func (p *plan) judgeKQsFast(krs []KeyResult, fs *findings, buf *[codesBuf]uint8, codes []uint8, facts *[8]uint8) bool {
	if !p.fast.ok || len(codes) != p.size || len(p.fast.hot) != len(krs) || len(krs) != len(p.kqs) {
		return false
	}
	for bad := scanKQs(krs, p.fast.hot, buf, facts); bad != 0; bad &= bad - 1 {
		// Something to report: judgeKQ, the rules in full.
		i := bits.TrailingZeros64(bad)
		krs[i] = judgeKQ(fs, &p.kqs[i], codes, facts)
	}
	return true
}

// scanKQs gives each key question's summary judgement where judgeKQ would
// report nothing about it, and returns the set of the others (bit i for
// hot[i]), for judgeKQ to judge in full. It may name a key question judgeKQ
// finds nothing in (judgeKQ then gives the same answer), never the other way
// round. The prompts are read eight at a time from buf, each byte's low bit
// in lo and its next bit in hi, the second window shifted one bit along:
// their codes are taken modulo four (0 none, then Yes, No, n/a), as judgeKQ
// takes them. facts holds the rules' facts by their fact number, as tri
// numbers them. There are at most 64 key questions. It calls nothing, so
// that the loop keeps its values in registers.
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

// bitCount counts the bits of x, which are set only in the two low bits of
// its bytes, without a processor feature test (math/bits.OnesCount64 tests
// for POPCNT, and calls a function where it is missing, which makes the
// compiler keep scanKQs' values on the stack).
func bitCount(x uint64) uint64 {
	return (x&lowBits + x>>1&lowBits) * lowBits >> 56
}

// lowBits has the low bit of each byte set.
const lowBits = 0x0101010101010101

package synthetic

import (
	"fmt"
	"hash/fnv"
	"math"
	"math/rand/v2"

	"github.com/yjinspect/yjinspect/classification"
	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/record"
)

// SecondReadings returns a SYNTHETIC second reading of each case, as a
// second reader who departs from the first reading on a share of the
// judgements would record it: the package moderation compares the two. The
// second reader reads the same record, so the facts stay; where they judge,
// each judgement departs from the first reading's with chance disagree
// (from 0 to 1), in the ways the package doc lists under "Second readings".
// Every reading stays a valid case record with its case's ID, consistent
// in the ways generated cases are (see the package doc).
//
// It is deterministic: a case's second reading depends only on the case,
// disagree and seed (not on the other cases or their order). With disagree
// 0 every second reading is the same as the first. The cases given are not
// changed; the readings share nothing with them. A disagree that is not a
// number from 0 to 1 is an error.
func SecondReadings(cases []record.Case, disagree float64, seed uint64) ([]record.Case, error) {
	if math.IsNaN(disagree) || disagree < 0 || disagree > 1 {
		return nil, &InputError{Func: "SecondReadings", Reason: fmt.Sprintf("disagreement rate %v is not from 0 to 1", disagree)}
	}
	pcg := rand.NewPCG(0, 0)
	g := newGenerator(rand.New(pcg))
	if g.err != nil {
		return nil, fmt.Errorf("synthetic: SecondReadings: %w", g.err)
	}
	out := make([]record.Case, len(cases))
	for i, c := range cases {
		h := fnv.New64a()
		h.Write([]byte(c.ID))
		pcg.Seed(seed, h.Sum64()^secondStream)
		out[i] = g.secondReading(c, disagree)
	}
	if g.err != nil {
		return nil, fmt.Errorf("synthetic: SecondReadings: %w", g.err)
	}
	return out, nil
}

// secondReading re-reads one case.
func (g *generator) secondReading(first record.Case, disagree float64) record.Case {
	d := &draft{c: first.Clone(), bools: new([20]bool)}
	c := &d.c

	// The inspector's levels and the reasonableness answers.
	scales := [2]struct {
		insp       *classification.Level
		near       *classification.Near
		factors    *bool
		cm, reason framework.ID
	}{
		{&c.Inspector.SafetyAndWellbeing, &c.NearBoundary.SafetyAndWellbeing, c.Factors.ChildSafety, "A2.5", "A2.reasonable"},
		{&c.Inspector.RiskOfSeriousHarm, &c.NearBoundary.RiskOfSeriousHarm, c.Factors.RiskOfHarm, "A3.4", "A3.reasonable"},
	}
	for _, s := range scales {
		level := *s.insp
		// No factors on the scale fix the level at Low.
		fixed := !validLevel(level) || (s.factors != nil && !*s.factors)
		moved := !fixed && g.chance(disagree)
		if moved {
			up := g.chance(secondLevelUp)
			if level == classification.VeryHigh {
				up = false
			} else if level == classification.Low {
				up = true
			}
			if up {
				level++
			} else {
				level--
			}
			*s.insp = level
		}
		v, _ := c.Answers.Get(s.cm)
		cm := v.Level
		if !validLevel(cm) {
			continue
		}
		prev, _ := c.Answers.Get(s.reason)
		answer := prev.Answer
		if moved {
			// The second reader judges the reasonableness afresh against
			// their own level.
			if *s.near != 0 && *s.near != classification.NotNear && stepsApart(cm, level) > 1 {
				*s.near = classification.NotNear
			}
			near := *s.near
			if near == 0 {
				near = classification.NotNear // not recorded: judged as not near
			}
			switch verdict := classification.CheckReasonable(cm, level, near); verdict.Outcome {
			case classification.Reasonable:
				answer = record.Yes
			case classification.NotReasonable:
				answer = record.No
			default:
				if answer != record.Yes && answer != record.No {
					p := reasonableYesOver
					if verdict.Direction == classification.Under {
						p = reasonableYesUnder
					}
					answer = g.answerIf(p)
				}
			}
		} else if near := *s.near; near != 0 && (answer == record.Yes || answer == record.No) &&
			classification.CheckReasonable(cm, level, near).Outcome == classification.InspectorJudgement && g.chance(disagree) {
			// The fine judgement near a boundary, made the other way.
			answer = flip(answer)
		}
		if answer != prev.Answer {
			g.yesNo(d, s.reason, answer)
		}
	}

	// The summary judgements and their prompts.
	for i := range g.kqs {
		k := &g.kqs[i]
		if ruledIn(c, k) {
			continue
		}
		v, _ := c.Answers.Get(k.summary)
		summary := v.Answer
		if summary != record.Yes && summary != record.No {
			continue
		}
		answers := make([]record.Answer, len(k.prompts))
		for j, p := range k.prompts {
			v, _ := c.Answers.Get(p)
			answers[j] = v.Answer
		}
		if g.chance(disagree) {
			summary = flip(summary)
			g.yesNo(d, k.summary, summary)
			g.repairPrompts(summary, answers)
		}
		for j := range answers {
			if answers[j] != record.Yes && answers[j] != record.No || !g.chance(disagree) {
				continue
			}
			answers[j] = flip(answers[j])
			if !consistent(summary, answers) {
				answers[j] = flip(answers[j])
			}
		}
		keepR32(k, summary, answers)
		for j, p := range k.prompts {
			if v, _ := c.Answers.Get(p); v.Answer != answers[j] && answers[j] != 0 {
				g.yesNo(d, p, answers[j])
			}
		}
	}

	// The information questions the inspector answers yes or no.
	for _, q := range framework.DomainTwo().Questions() {
		if q.Kind != framework.Information || q.Answer != framework.YesNo || q.KeyQuestion == "" || q.ID == "A2.reasonable" || q.ID == "A3.reasonable" {
			continue
		}
		if v, _ := c.Answers.Get(q.ID); (v.Answer == record.Yes || v.Answer == record.No) && g.chance(disagree) {
			g.yesNo(d, q.ID, flip(v.Answer))
		}
	}
	return d.c
}

// ruledIn reports whether a rule of the source decides the key question's
// summary for the case (its fact recorded as false).
func ruledIn(c *record.Case, k *kqSpec) bool {
	if k.rule == nil {
		return false
	}
	applies, _ := k.rule.Applies(*c)
	return applies
}

// repairPrompts makes the prompts consistent with the summary, changing as
// few as it can: a Yes never with more No than Yes, a No with at least one
// No where a prompt is answered Yes.
func (g *generator) repairPrompts(summary record.Answer, answers []record.Answer) {
	yes, no := countYesNo(answers)
	for _, j := range g.r.Perm(len(answers)) {
		switch {
		case summary == record.Yes && no > yes && answers[j] == record.No:
			answers[j], yes, no = record.Yes, yes+1, no-1
		case summary == record.No && no == 0 && answers[j] == record.Yes:
			answers[j], yes, no = record.No, yes-1, no+1
		}
	}
}

// consistent reports whether the prompts sit with the summary as generated
// cases' do.
func consistent(summary record.Answer, answers []record.Answer) bool {
	yes, no := countYesNo(answers)
	if summary == record.Yes {
		return no <= yes
	}
	return no > 0 || yes == 0
}

func countYesNo(answers []record.Answer) (yes, no int) {
	for _, a := range answers {
		switch a {
		case record.Yes:
			yes++
		case record.No:
			no++
		}
	}
	return yes, no
}

func flip(a record.Answer) record.Answer {
	switch a {
	case record.Yes:
		return record.No
	case record.No:
		return record.Yes
	}
	return a
}

// validLevel reports whether l is one of the four levels, Low to Very high.
func validLevel(l classification.Level) bool {
	return l >= classification.Low && l <= classification.VeryHigh
}

package judgement

import (
	"errors"
	"fmt"
	"slices"
	"sync"

	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/internal/enum"
	"github.com/yjinspect/yjinspect/sampling"
)

// Tally is Rate one result at a time: a running count of an inspection's
// summary judgements that gives, at any point, exactly what Rate gives on the
// results added so far (see Rate for the rules it counts by). Its memory does
// not grow with the number of results, apart from the lists of case IDs
// (excluded, exclusion undetermined, each key question's undecided), which
// TallyOptions.MaxIDs can cap. Two tallies can be merged, so that work can be
// split.
//
// The zero Tally is ready to use, with DefaultRatingRules and no cap. A
// Tally is not safe for concurrent use: give each goroutine its own and
// merge them.
type Tally struct {
	rules  RatingRules
	set    bool // rules and maxIDs were given (NewTally); else the defaults
	maxIDs int

	cases        int
	excluded     idList
	undetermined idList
	kqs          []kqCount // the standards' key questions, in source order
}

// TallyOptions configure a Tally.
type TallyOptions struct {
	// MaxIDs caps each list of case IDs a Tally keeps (the excluded cases,
	// those whose exclusion is undetermined, and each key question's
	// undecided ones) at its first MaxIDs entries, in the order they were
	// added; the counts stay complete. 0 keeps every ID, so that Inspection
	// gives exactly what Rate gives.
	MaxIDs int
}

// idList is a list of case IDs, perhaps capped, with its full count.
type idList struct {
	n   int
	ids []string
}

func (l *idList) add(id string, max int) {
	l.n++
	if max == 0 || len(l.ids) < max {
		l.ids = append(l.ids, id)
	}
}

func (l *idList) merge(o idList, max int) {
	l.n += o.n
	for _, id := range o.ids {
		if max != 0 && len(l.ids) >= max {
			break
		}
		l.ids = append(l.ids, id)
	}
}

// kqCount counts one key question's summary judgements.
type kqCount struct {
	counted, yes, notApplicable int
	undecided                   idList
}

// tallySlots maps KeyResult.kq to the position of its key question among
// the standards' key questions (-1 for none), and lists those key questions.
type tallySlots struct {
	slot [256]int8
	kqs  []framework.KeyQuestion
}

var slots = sync.OnceValue(func() *tallySlots {
	s := &tallySlots{}
	for i := range s.slot {
		s.slot[i] = -1
	}
	for _, kq := range framework.DomainTwo().KeyQuestions() {
		if kq.Standard == "" {
			continue
		}
		s.slot[keys().index[kq.ID]] = int8(len(s.kqs))
		s.kqs = append(s.kqs, kq)
	}
	return s
})

// NewTally returns an empty Tally that rates by rules. It is an error to
// give rules that do not validate, or a negative MaxIDs.
func NewTally(rules RatingRules, opts TallyOptions) (*Tally, error) {
	if err := rules.Validate(); err != nil {
		return nil, err
	}
	if opts.MaxIDs < 0 {
		return nil, fmt.Errorf("judgement: NewTally: MaxIDs %d is negative", opts.MaxIDs)
	}
	rules.KeyQuestionBands = slices.Clone(rules.KeyQuestionBands)
	rules.OverallBands = slices.Clone(rules.OverallBands)
	return &Tally{rules: rules, set: true, maxIDs: opts.MaxIDs}, nil
}

// ensure sets up a zero Tally.
func (t *Tally) ensure() {
	if !t.set {
		t.rules, t.set = DefaultRatingRules(), true
	}
	if t.kqs == nil {
		t.kqs = make([]kqCount, len(slots().kqs))
	}
}

// Add counts one judged case, as Rate counts it: an excluded case is listed
// and left out of every count; otherwise each key question's summary is
// counted Yes, No, n/a or undecided. A result whose case is not excluded and
// that names a key question other than those of the standards is an error,
// the one Rate gives, and leaves the tally as it was.
func (t *Tally) Add(r Result) error {
	if t == nil {
		return errors.New("judgement: Add to a nil Tally")
	}
	t.ensure()
	if r.Exclusion.Outcome == sampling.Exclude {
		t.excluded.add(r.Case, t.maxIDs)
		return nil
	}
	s := slots()
	for _, k := range r.KeyResults {
		if s.slot[k.kq] < 0 {
			return fmt.Errorf("judgement: case %s: a key result names no key question of the standards (%s)", enum.Quote(r.Case), enum.Quote(string(k.KeyQuestion())))
		}
	}
	if r.Exclusion.Outcome == sampling.Undetermined {
		t.undetermined.add(r.Case, t.maxIDs)
	}
	t.cases++
	for _, k := range r.KeyResults {
		c := &t.kqs[s.slot[k.kq]]
		switch k.Answer {
		case Yes:
			c.yes++
			c.counted++
		case No:
			c.counted++
		case NotApplicable:
			c.notApplicable++
		default:
			c.undecided.add(r.Case, t.maxIDs)
		}
	}
	return nil
}

// Merge adds what o has counted to t, as if o's results had been added to t
// after t's own: the lists keep t's IDs first. o is not changed (it may be t
// itself). It is an error to merge tallies with different rules or
// different options.
func (t *Tally) Merge(o *Tally) error {
	if t == nil {
		return errors.New("judgement: Merge into a nil Tally")
	}
	if o == nil {
		return nil
	}
	t.ensure()
	o.ensure()
	if !sameRules(t.rules, o.rules) || t.maxIDs != o.maxIDs {
		return errors.New("judgement: Merge: the tallies have different rules or options")
	}
	n := len(t.kqs)
	t.cases += o.cases
	t.excluded.merge(o.excluded, t.maxIDs)
	t.undetermined.merge(o.undetermined, t.maxIDs)
	for i := range n {
		c, oc := &t.kqs[i], o.kqs[i]
		c.counted += oc.counted
		c.yes += oc.yes
		c.notApplicable += oc.notApplicable
		c.undecided.merge(oc.undecided, t.maxIDs)
	}
	return nil
}

func sameRules(a, b RatingRules) bool {
	return slices.Equal(a.KeyQuestionBands, b.KeyQuestionBands) && a.RoundToWholePercent == b.RoundToWholePercent &&
		a.Points == b.Points && a.ScoredStandards == b.ScoredStandards && slices.Equal(a.OverallBands, b.OverallBands)
}

// Inspection returns the ratings and tallies so far: what Rate gives on the
// results added (with the lists capped at MaxIDs, if set). Its slices are the
// caller's own.
func (t *Tally) Inspection() Inspection {
	var z Tally
	if t == nil {
		t = &z
	}
	t.ensure()
	s := slots()
	in := Inspection{
		Cases:                 t.cases,
		Excluded:              slices.Clone(t.excluded.ids),
		ExclusionUndetermined: slices.Clone(t.undetermined.ids),
		KeyQuestions:          make([]KeyQuestionTally, len(s.kqs)),
	}
	for i, kq := range s.kqs {
		c := t.kqs[i]
		in.KeyQuestions[i] = KeyQuestionTally{
			KeyQuestion: kq.ID, Standard: kq.Standard,
			Counted: c.counted, Yes: c.yes, NotApplicable: c.notApplicable,
			Undecided: slices.Clone(c.undecided.ids),
			Rating:    t.rules.rate(c.yes, c.counted),
		}
	}
	for _, st := range framework.DomainTwo().Standards() {
		sr := StandardRating{Standard: st.ID, Name: st.Name, Scored: true}
		var lowest *KeyQuestionTally
		for i := range in.KeyQuestions {
			kt := &in.KeyQuestions[i]
			if kt.Standard != st.ID || kt.Counted == 0 {
				continue
			}
			// kt.Yes/kt.Counted < lowest.Yes/lowest.Counted, exactly.
			if lowest == nil || int64(kt.Yes)*int64(lowest.Counted) < int64(lowest.Yes)*int64(kt.Counted) {
				lowest = kt
			}
		}
		if lowest != nil {
			sr.Rating, sr.Lowest = lowest.Rating, lowest.KeyQuestion
		}
		in.Standards = append(in.Standards, sr)
	}
	return in
}

// Cases returns the number of cases counted so far (excluded ones left
// out).
func (t *Tally) Cases() int {
	if t == nil {
		return 0
	}
	return t.cases
}

// Excluded returns the number of excluded cases added, listed or not.
func (t *Tally) Excluded() int {
	if t == nil {
		return 0
	}
	return t.excluded.n
}

// ExclusionUndetermined returns the number of cases added whose exclusion
// is undetermined, listed or not.
func (t *Tally) ExclusionUndetermined() int {
	if t == nil {
		return 0
	}
	return t.undetermined.n
}

// Undecided returns the number of cases counted whose summary of a key
// question is undecided, listed or not; 0 for a key question that is not
// one of the standards'.
func (t *Tally) Undecided(keyQuestion framework.ID) int {
	if t == nil || t.kqs == nil {
		return 0
	}
	for i, kq := range slots().kqs {
		if kq.ID == keyQuestion {
			return t.kqs[i].undecided.n
		}
	}
	return 0
}

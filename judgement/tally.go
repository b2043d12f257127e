package judgement

import (
	"fmt"
	"slices"
	"sync"

	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/internal/enum"
	"github.com/yjinspect/yjinspect/profile"
	"github.com/yjinspect/yjinspect/record"
	"github.com/yjinspect/yjinspect/sampling"
)

// Tally is Rate one result at a time: a running count of an inspection's
// summary judgements that gives, at any point, exactly what Rate gives on the
// results added so far (see Rate for the rules it counts by; Rate is a Tally
// of its results). Its memory does not grow with the number of results,
// apart from the lists of case IDs (excluded, exclusion undetermined, each
// key question's undecided), which MaxIDs can cap. Two tallies can be
// merged, so that work can be split.
//
// The zero Tally is ready to use: it rates the whole framework by
// DefaultRatingRules and keeps every ID. Rules, MaxIDs and Profile are read,
// checked and copied when the tally first counts (Add or Merge); changing
// them after that changes nothing. A
// Tally is not safe for concurrent use: give each goroutine its own and
// merge them.
type Tally struct {
	// Rules rate the key questions and standards; the zero RatingRules
	// stands for DefaultRatingRules. Rules that do not validate are an
	// error of Add, Merge and Ratings.
	Rules RatingRules
	// MaxIDs caps each list of case IDs the tally keeps (the excluded cases,
	// those whose exclusion is undetermined, and each key question's
	// undecided ones) at its first MaxIDs entries, in the order they were
	// added; the counts (ExcludedCount, ExclusionUndeterminedCount,
	// UndecidedCount) stay complete. 0 keeps every ID, so that Ratings gives
	// exactly what Rate gives. A negative MaxIDs is an error.
	MaxIDs int
	// Profile is the audit profile to rate under, as RateProfile does: the
	// zero Profile rates the whole framework, as Rate does. A profile that
	// does not validate is an error (a *profile.Error) of Add, Merge and
	// Ratings.
	Profile profile.Profile

	started bool
	rules   RatingRules // Rules (or the defaults) as read when the tally started
	maxIDs  int
	profile profile.Profile // Profile as read, the zero Profile for any whole one
	covered []bool          // by slot, whether the profile covers the key question; nil for all

	cases        int
	excluded     idList
	undetermined idList
	kqs          []kqCount // the standards' key questions, in source order
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

// settings returns the rules, cap and profile the tally counts by: those
// read when it started, or else Rules (the defaults for the zero
// RatingRules), MaxIDs and Profile (the zero Profile for a whole one),
// checked.
func (t *Tally) settings() (RatingRules, int, profile.Profile, error) {
	if t.started {
		return t.rules, t.maxIDs, t.profile, nil
	}
	rules := t.Rules
	if isZeroRules(rules) {
		rules = DefaultRatingRules()
	} else if err := rules.validate(); err != nil {
		return RatingRules{}, 0, profile.Profile{}, err
	}
	if t.MaxIDs < 0 {
		return RatingRules{}, 0, profile.Profile{}, &InputError{Reason: fmt.Sprintf("Tally: MaxIDs %d is negative", t.MaxIDs)}
	}
	if err := t.Profile.Validate(); err != nil {
		return RatingRules{}, 0, profile.Profile{}, err
	}
	p := t.Profile
	if p.Whole() {
		p = profile.Profile{}
	}
	return rules, t.MaxIDs, p, nil
}

// coverage returns, by slot, whether p covers the key question; nil when p
// is the zero Profile, which covers them all.
func coverage(p profile.Profile) []bool {
	if p.IsZero() {
		return nil
	}
	kqs := slots().kqs
	out := make([]bool, len(kqs))
	for i, kq := range kqs {
		out[i] = p.Covers(kq.ID)
	}
	return out
}

// start reads the settings when the tally first counts.
func (t *Tally) start() error {
	if t.started {
		return nil
	}
	rules, max, p, err := t.settings()
	if err != nil {
		return err
	}
	rules.KeyQuestionBands = slices.Clone(rules.KeyQuestionBands)
	rules.OverallBands = slices.Clone(rules.OverallBands)
	t.started, t.rules, t.maxIDs = true, rules, max
	t.profile, t.covered = p.Clone(), coverage(p)
	t.kqs = make([]kqCount, len(slots().kqs))
	return nil
}

func isZeroRules(r RatingRules) bool {
	return r.KeyQuestionBands == nil && !r.RoundToWholePercent && r.Points == [5]int{} && r.ScoredStandards == 0 && r.OverallBands == nil
}

// Add counts one judged case, as Rate counts it: an excluded case is listed
// and left out of every count; otherwise each key question's summary is
// counted Yes, No, n/a or undecided (under a profile, only those of the key
// questions it covers). A result whose case is not excluded and
// that names a key question other than those of the standards is an error,
// the one Rate gives, and leaves the tally as it was; so are rules that do
// not validate, a negative MaxIDs and a profile that does not validate.
func (t *Tally) Add(r Result) error {
	if t == nil {
		return &InputError{Reason: "Add to a nil Tally"}
	}
	if err := t.start(); err != nil {
		return err
	}
	if r.Exclusion.Outcome == sampling.Exclude {
		t.excluded.add(r.Case, t.maxIDs)
		return nil
	}
	s := slots()
	for _, k := range r.KeyResults {
		if s.slot[k.kq] < 0 {
			return &InputError{Case: r.Case, Reason: fmt.Sprintf("a key result names no key question of the standards (%s)", enum.Quote(string(k.KeyQuestion())))}
		}
	}
	if r.Exclusion.Outcome == sampling.Undetermined {
		t.undetermined.add(r.Case, t.maxIDs)
	}
	t.cases++
	for _, k := range r.KeyResults {
		slot := s.slot[k.kq]
		if t.covered != nil && !t.covered[slot] {
			continue
		}
		c := &t.kqs[slot]
		switch k.Answer {
		case record.Yes:
			c.yes++
			c.counted++
		case record.No:
			c.counted++
		case record.NotApplicable:
			c.notApplicable++
		default:
			c.undecided.add(r.Case, t.maxIDs)
		}
	}
	return nil
}

// Merge adds what o has counted to t, as if o's results had been added to t
// after t's own: the lists keep t's IDs first. o is not changed (it may be t
// itself); a nil o adds nothing. It is an error to merge tallies with
// different rules, a different MaxIDs or different profiles.
func (t *Tally) Merge(o *Tally) error {
	if t == nil {
		return &InputError{Reason: "Merge into a nil Tally"}
	}
	if o == nil {
		return nil
	}
	if err := t.start(); err != nil {
		return err
	}
	rules, max, p, err := o.settings()
	if err != nil {
		return err
	}
	if !sameRules(t.rules, rules) || t.maxIDs != max {
		return &InputError{Reason: "Merge: the tallies have different rules or MaxIDs"}
	}
	if !t.profile.Equal(p) {
		return &InputError{Reason: "Merge: the tallies have different profiles"}
	}
	if !o.started {
		return nil // nothing counted
	}
	t.cases += o.cases
	t.excluded.merge(o.excluded, t.maxIDs)
	t.undetermined.merge(o.undetermined, t.maxIDs)
	for i := range t.kqs {
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

// Ratings returns the ratings and tallies so far: what Rate gives on the
// results added, with the lists capped at MaxIDs, if set. Its slices are
// the caller's own. It does not change the tally, and is an error only
// where Add would be (rules that do not validate, a negative MaxIDs) on a
// tally that has not yet counted.
func (t *Tally) Ratings() (Ratings, error) {
	var z Tally
	if t == nil {
		t = &z
	}
	rules, _, p, err := t.settings()
	if err != nil {
		return Ratings{}, err
	}
	s := slots()
	covered := t.covered
	if !t.started {
		covered = coverage(p)
	}
	in := Ratings{
		Cases:                      t.cases,
		Excluded:                   slices.Clone(t.excluded.ids),
		ExcludedCount:              t.excluded.n,
		ExclusionUndetermined:      slices.Clone(t.undetermined.ids),
		ExclusionUndeterminedCount: t.undetermined.n,
		KeyQuestions:               make([]KeyQuestionTally, 0, len(s.kqs)),
	}
	if !p.IsZero() {
		own := p.Clone()
		in.Profile = &own
	}
	for i, kq := range s.kqs {
		if covered != nil && !covered[i] {
			continue
		}
		var c kqCount
		if t.kqs != nil {
			c = t.kqs[i]
		}
		in.KeyQuestions = append(in.KeyQuestions, KeyQuestionTally{
			KeyQuestion: kq.ID, Standard: kq.Standard,
			Counted: c.counted, Yes: c.yes, NotApplicable: c.notApplicable,
			Undecided: slices.Clone(c.undecided.ids), UndecidedCount: c.undecided.n,
			Rating: rules.rate(c.yes, c.counted),
		})
	}
	for _, st := range framework.DomainTwo().Standards() {
		sr := StandardRating{Standard: st.ID, Name: st.Name, Scored: true}
		var lowest *KeyQuestionTally
		n := 0 // the standard's key questions rated
		for i := range in.KeyQuestions {
			kt := &in.KeyQuestions[i]
			if kt.Standard != st.ID {
				continue
			}
			n++
			if kt.Counted == 0 {
				continue
			}
			// kt.Yes/kt.Counted < lowest.Yes/lowest.Counted, exactly.
			if lowest == nil || int64(kt.Yes)*int64(lowest.Counted) < int64(lowest.Yes)*int64(kt.Counted) {
				lowest = kt
			}
		}
		if n == 0 {
			continue // the profile does not touch the standard
		}
		sr.Partial = n < len(st.KeyQuestions)
		if lowest != nil {
			sr.Rating, sr.Lowest = lowest.Rating, lowest.KeyQuestion
		}
		in.Standards = append(in.Standards, sr)
	}
	return in, nil
}

package judgement

import (
	"fmt"
	"strings"

	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/internal/enum"
	"github.com/yjinspect/yjinspect/profile"
)

// Rating is the rating of a standard or of an inspection. The zero value
// means not rated.
type Rating uint8

// The ratings, from worst to best: Inadequate < RequiresImprovement < Good <
// Outstanding.
const (
	Inadequate Rating = iota + 1
	RequiresImprovement
	Good
	Outstanding
)

var ratings = enum.New[Rating]("judgement.Rating",
	enum.Row{Token: "inadequate", Label: "Inadequate"},
	enum.Row{Token: "requires-improvement", Label: "Requires improvement"},
	enum.Row{Token: "good", Label: "Good"},
	enum.Row{Token: "outstanding", Label: "Outstanding"},
)

// ParseRating parses a rating's token ("requires-improvement") or label
// ("Requires improvement"), in any ASCII case, with spaces, hyphens or
// underscores alike. Anything else is an error that quotes the input.
func ParseRating(s string) (Rating, error) { return ratings.Parse(s) }

// String returns the token: "inadequate", "requires-improvement", "good" or
// "outstanding" ("" for the zero value).
func (r Rating) String() string { return ratings.String(r) }

// Label returns "Inadequate", "Requires improvement", "Good" or
// "Outstanding".
func (r Rating) Label() string { return ratings.Label(r) }

// MarshalText returns the token, "" for the zero value. A value out of
// range is an error.
func (r Rating) MarshalText() ([]byte, error) { return ratings.MarshalText(r) }

// UnmarshalText sets r from text ParseRating accepts ("Requires
// improvement", as results written before the tokens say, included); ""
// gives the zero value. On error r is left unchanged.
func (r *Rating) UnmarshalText(b []byte) error { return ratings.UnmarshalText(r, b) }

// PercentBand is one band of key-question percentages: from From (in
// hundredths of a percent, so 6500 is 65%) up to the next band's From.
type PercentBand struct {
	Rating Rating
	From   int
}

// ScoreBand is one band of overall scores, Min to Max inclusive.
type ScoreBand struct {
	Rating   Rating
	Min, Max int
}

// RatingRules turn key-question results into ratings. They are not in the
// CARaG: the defaults come from the inspectorate's published methodology for
// inspections of youth justice services, and a caller may replace any of
// them. Rate, Overall and a Tally check the rules they are given, and
// return a *RulesError naming what is wrong: key-question bands from 0 to at
// most 100%, strictly ascending and with ratings that rise with the
// percentage; points that rise with the rating; overall bands that cover
// every score from 0 to the maximum with no gap or overlap and ratings that
// rise with the score. Rate(nil, rules) checks rules alone.
type RatingRules struct {
	// KeyQuestionBands rate a standard from the percentage of cases judged
	// Yes on its lowest key question, in ascending order of From, the first
	// from 0.
	KeyQuestionBands []PercentBand
	// RoundToWholePercent rounds the percentage to the nearest whole percent
	// (halves up) before comparing it with the bands. By default the exact
	// fraction is compared, so 13 of 20 (65%) is in the 65% band and 64.99%
	// is not.
	RoundToWholePercent bool
	// Points are the points a scored standard gives for each rating,
	// indexed by Rating (index 0 unused).
	Points [5]int
	// ScoredStandards is the number of scored standards an overall rating
	// needs.
	ScoredStandards int
	// OverallBands rate the total score, from 0 to ScoredStandards times
	// the points for Outstanding, with no gaps or overlaps.
	OverallBands []ScoreBand
}

// DefaultRatingRules returns the inspectorate's published rules for rating
// youth justice services (not in the CARaG):
//   - a standard's rating follows its lowest key-question percentage of cases
//     judged Yes: under 50% Inadequate, 50-64% Requires improvement, 65-79%
//     Good, 80% and over Outstanding (compared as exact fractions);
//   - each scored standard gives 0 (Inadequate), 1, 2 or 3 (Outstanding)
//     points; for twelve scored standards (domains one, two and three) the
//     total 0-6 is Inadequate, 7-18 Requires improvement, 19-30 Good, 31-36
//     Outstanding.
//
// Each call returns a new value that the caller may change.
func DefaultRatingRules() RatingRules {
	return RatingRules{
		KeyQuestionBands: []PercentBand{{Inadequate, 0}, {RequiresImprovement, 5000}, {Good, 6500}, {Outstanding, 8000}},
		Points:           [5]int{0, 0, 1, 2, 3},
		ScoredStandards:  12,
		OverallBands:     []ScoreBand{{Inadequate, 0, 6}, {RequiresImprovement, 7, 18}, {Good, 19, 30}, {Outstanding, 31, 36}},
	}
}

// RulesError reports RatingRules that cannot be used: the error Rate,
// Overall and a Tally give for them, e.g.
//
//	judgement: rating rules: no key-question bands
//
// Use errors.As to get it.
type RulesError struct {
	// Reason says what is wrong with the rules.
	Reason string
}

// Error implements error.
func (e *RulesError) Error() string { return "judgement: rating rules: " + e.Reason }

// InputError reports results or standards that cannot be rated or tallied
// as given: a standard given twice, a key result of no key question of the
// standards, a Tally used wrongly. Its message, for example
//
//	judgement: standard "2.1" is given twice
//
// names the case or standard at fault, when there is one. Use errors.As
// to get it.
type InputError struct {
	// Case is the case ID at fault, or "".
	Case string
	// Reason says what is wrong.
	Reason string
}

// Error implements error.
func (e *InputError) Error() string {
	if e.Case != "" {
		return "judgement: case " + enum.Quote(e.Case) + ": " + e.Reason
	}
	return "judgement: " + e.Reason
}

// validate checks the rules as the doc of RatingRules says.
func (r RatingRules) validate() error {
	bad := func(format string, args ...any) error { return &RulesError{Reason: fmt.Sprintf(format, args...)} }
	if len(r.KeyQuestionBands) == 0 {
		return bad("no key-question bands")
	}
	for i, b := range r.KeyQuestionBands {
		if !ratings.Valid(b.Rating) {
			return bad("key-question band %d: invalid rating %v", i+1, b.Rating)
		}
		if b.From < 0 || b.From > 10000 {
			return bad("key-question band %d (%v): From %d is outside 0 to 10000 (hundredths of a percent)", i+1, b.Rating, b.From)
		}
		if i == 0 && b.From != 0 {
			return bad("key-question bands leave a gap: the first starts at %s, not 0%%", percentText(b.From))
		}
		if i > 0 {
			prev := r.KeyQuestionBands[i-1]
			if b.From <= prev.From {
				return bad("key-question bands overlap: %v from %s after %v from %s", b.Rating, percentText(b.From), prev.Rating, percentText(prev.From))
			}
			if b.Rating <= prev.Rating {
				return bad("key-question bands: %v is above %v", prev.Rating, b.Rating)
			}
		}
	}
	for rt := Inadequate; rt <= Outstanding; rt++ {
		if r.Points[rt] < 0 {
			return bad("points for %v are negative", rt)
		}
		if rt > Inadequate && r.Points[rt] < r.Points[rt-1] {
			return bad("points for %v are fewer than for %v", rt, rt-1)
		}
	}
	if r.ScoredStandards < 1 || r.ScoredStandards > 1000 {
		return bad("ScoredStandards %d is outside 1 to 1000", r.ScoredStandards)
	}
	max := r.ScoredStandards * r.Points[Outstanding]
	if len(r.OverallBands) == 0 {
		return bad("no overall bands")
	}
	next := 0
	for i, b := range r.OverallBands {
		if !ratings.Valid(b.Rating) {
			return bad("overall band %d: invalid rating %v", i+1, b.Rating)
		}
		switch {
		case b.Min > next:
			return bad("overall bands leave a gap: no band for scores %d to %d", next, b.Min-1)
		case b.Min < next:
			return bad("overall bands overlap at score %d (%v)", b.Min, b.Rating)
		case b.Max < b.Min:
			return bad("overall band %v runs from %d down to %d", b.Rating, b.Min, b.Max)
		}
		if i > 0 && b.Rating <= r.OverallBands[i-1].Rating {
			return bad("overall bands: %v is above %v", r.OverallBands[i-1].Rating, b.Rating)
		}
		next = b.Max + 1
	}
	if next-1 != max {
		return bad("overall bands end at %d, but the maximum score for %d scored standards is %d", next-1, r.ScoredStandards, max)
	}
	return nil
}

func percentText(hundredths int) string {
	if hundredths%100 == 0 {
		return fmt.Sprintf("%d%%", hundredths/100)
	}
	return fmt.Sprintf("%d.%02d%%", hundredths/100, hundredths%100)
}

// rate gives the band for yes cases of counted. Exact: yes/counted >=
// From/10000 is compared as yes*10000 >= From*counted in integers.
func (r RatingRules) rate(yes, counted int) Rating {
	if counted <= 0 {
		return 0
	}
	num, den := int64(yes)*10000, int64(counted)
	if r.RoundToWholePercent {
		// Whole percent, halves up: floor((200*yes + counted) / (2*counted)).
		pct := (200*int64(yes) + int64(counted)) / (2 * int64(counted))
		num, den = pct*100, 1
	}
	out := Rating(0)
	for _, b := range r.KeyQuestionBands {
		if num >= int64(b.From)*den {
			out = b.Rating
		}
	}
	return out
}

// KeyQuestionTally counts one key question's summary judgements across the
// cases of an inspection.
type KeyQuestionTally struct {
	KeyQuestion framework.ID `json:"keyQuestion"`
	Standard    framework.ID `json:"standard"`
	// Counted is the number of cases judged Yes or No; Yes of them Yes.
	Counted int `json:"counted"`
	Yes     int `json:"yes"`
	// NotApplicable counts summaries recorded n/a, which are not counted.
	NotApplicable int `json:"notApplicable,omitempty"`
	// Undecided lists the cases whose summary is undecided: they are not
	// counted, and are never dropped silently. A Tally with a MaxIDs lists
	// only the first MaxIDs of them; UndecidedCount counts them all.
	Undecided      []string `json:"undecided,omitempty"`
	UndecidedCount int      `json:"undecidedCount,omitempty"`
	// Rating is the band the percentage falls in.
	Rating Rating `json:"rating,omitempty"`
}

// StandardRating is the rating of one standard.
type StandardRating struct {
	Standard framework.ID `json:"standard"`
	Name     string       `json:"name,omitempty"`
	Rating   Rating       `json:"rating"`
	// Scored is whether the standard's rating counts towards the overall
	// score (the published reports rate a resettlement standard without
	// scoring it).
	Scored bool `json:"scored"`
	// Lowest is the key question that set the rating (its lowest percentage
	// judged Yes); "" for a standard rated elsewhere.
	Lowest framework.ID `json:"lowest,omitempty"`
	// Partial is true when the standard was rated under an audit profile
	// that covers only some of its key questions (see RateProfile): the
	// rating follows those key questions only, so it is not the standard's
	// rating by the methodology, and Overall refuses it.
	Partial bool `json:"partial,omitempty"`
}

// Ratings is what Rate, or a Tally, makes of an inspection's judged cases.
type Ratings struct {
	// Cases is the number of cases rated (excluded ones left out).
	Cases int `json:"cases"`
	// Excluded lists the cases whose exclusion decision is Exclude: they are
	// left out of every count.
	Excluded []string `json:"excluded,omitempty"`
	// ExclusionUndetermined lists the cases whose exclusion is undetermined:
	// they are counted, and a person should decide.
	ExclusionUndetermined []string `json:"exclusionUndetermined,omitempty"`
	// ExcludedCount and ExclusionUndeterminedCount count the cases of the
	// two lists: the lengths of the lists, unless a Tally with a MaxIDs
	// listed only the first MaxIDs of each.
	ExcludedCount              int `json:"excludedCount,omitempty"`
	ExclusionUndeterminedCount int `json:"exclusionUndeterminedCount,omitempty"`
	// KeyQuestions and Standards are in source order. Under an audit
	// profile they hold only the key questions the profile covers and the
	// standards with at least one of them (see RateProfile).
	KeyQuestions []KeyQuestionTally `json:"keyQuestions"`
	Standards    []StandardRating   `json:"standards"`
	// Profile is the audit profile the ratings were made under, or nil for
	// the whole framework (the zero Profile, "whole", or any profile of
	// every key question). A report of ratings with a profile rates only
	// what the profile covers, and should say so.
	Profile *profile.Profile `json:"profile,omitempty"`
}

// Rate counts the summary judgements of an inspection's judged cases and
// rates each standard of domain two by the rules (see DefaultRatingRules):
//   - cases whose exclusion decision is Exclude are left out and listed;
//   - for each key question, the cases judged Yes or No are counted; n/a
//     summaries are counted apart, and undecided ones are listed;
//   - each standard's rating follows its key question with the lowest
//     exact fraction of Yes (key questions with no counted case are passed
//     over; a standard none of whose key questions has one is not rated).
//
// The standards are those of the results' key questions, in source order.
// Rate rates the whole framework: it is RateProfile with the zero Profile.
func Rate(results []Result, rules RatingRules) (Ratings, error) {
	return RateProfile(results, rules, profile.Profile{})
}

// RateProfile is Rate under an audit profile (package profile): the key
// questions the profile does not cover are not counted, not listed and not
// rated (a case undecided on one of them is not listed either), and a
// standard is rated from the profile's key questions in it alone, marked
// Partial when the profile covers only some of its key questions; a
// standard the profile does not touch is left out. Ratings.Profile names
// the profile. A profile of the whole framework gives exactly what Rate
// gives. A profile that does not validate (profile.Profile.Validate) is an
// error, a *profile.Error.
//
// A rating under a profile is a local audit's, not an inspection's: see
// the package doc of profile.
func RateProfile(results []Result, rules RatingRules, p profile.Profile) (Ratings, error) {
	if err := rules.validate(); err != nil {
		return Ratings{}, err
	}
	t := Tally{Rules: rules, Profile: p}
	for _, r := range results {
		if err := t.Add(r); err != nil {
			return Ratings{}, err
		}
	}
	return t.Ratings()
}

// OverallResult is an overall rating from the standards' ratings.
type OverallResult struct {
	Score  int    `json:"score"`
	Max    int    `json:"max"`
	Rating Rating `json:"rating"`
	// Unscored lists the standards rated but not scored.
	Unscored []framework.ID `json:"unscored,omitempty"`
}

// Overall scores the ratings of an inspection's standards: those of domain
// two from Rate, and those of domains one and three, rated elsewhere, passed
// in with them. Each scored standard gives rules.Points for its rating, and
// the total is rated by rules.OverallBands. A standard may be rated but not
// scored (Scored false); it is listed apart. It is an error to pass a number
// of scored standards other than rules.ScoredStandards, a scored standard
// that is not rated, or the same standard twice. A standard rated under a
// partial audit profile (Partial) gives a *PartialError: the methodology
// defines the overall rating only for standards rated in full.
func Overall(standards []StandardRating, rules RatingRules) (OverallResult, error) {
	if err := rules.validate(); err != nil {
		return OverallResult{}, err
	}
	var partial []framework.ID
	for _, s := range standards {
		if s.Partial {
			partial = append(partial, s.Standard)
		}
	}
	if partial != nil {
		return OverallResult{}, &PartialError{Standards: partial}
	}
	var out OverallResult
	seen := map[framework.ID]bool{}
	scored := 0
	for _, s := range standards {
		if seen[s.Standard] {
			return OverallResult{}, &InputError{Reason: fmt.Sprintf("standard %s is given twice", enum.Quote(string(s.Standard)))}
		}
		seen[s.Standard] = true
		if !s.Scored {
			out.Unscored = append(out.Unscored, s.Standard)
			continue
		}
		if !ratings.Valid(s.Rating) {
			return OverallResult{}, &InputError{Reason: fmt.Sprintf("standard %s is scored but has no valid rating (%v)", enum.Quote(string(s.Standard)), s.Rating)}
		}
		scored++
		out.Score += rules.Points[s.Rating]
	}
	if scored != rules.ScoredStandards {
		return OverallResult{}, &InputError{Reason: fmt.Sprintf("%d scored standards given, but the rules rate %d", scored, rules.ScoredStandards)}
	}
	out.Max = rules.ScoredStandards * rules.Points[Outstanding]
	for _, b := range rules.OverallBands {
		if out.Score >= b.Min && out.Score <= b.Max {
			out.Rating = b.Rating
		}
	}
	return out, nil
}

// PartialError reports an overall rating asked of standards rated under an
// audit profile that covers only some of their key questions (Partial): the
// error of Overall, e.g.
//
//	judgement: no overall rating: standards "2.1", "2.2" are rated from only some of their key questions (a partial audit profile); the methodology defines the overall rating only for standards rated in full
//
// Use errors.As to get it.
type PartialError struct {
	// Standards are the partial standards, in the order given.
	Standards []framework.ID
}

// Error implements error.
func (e *PartialError) Error() string {
	ids := make([]string, len(e.Standards))
	for i, id := range e.Standards {
		ids[i] = enum.Quote(string(id))
	}
	what := "standard " + strings.Join(ids, ", ") + " is rated from only some of its key questions"
	if len(ids) > 1 {
		what = "standards " + strings.Join(ids, ", ") + " are rated from only some of their key questions"
	}
	return "judgement: no overall rating: " + what + " (a partial audit profile); the methodology defines the overall rating only for standards rated in full"
}

package judgement

import (
	"errors"
	"fmt"
	"sync"

	"github.com/yjinspect/yjinspect/classification"
	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/internal/enum"
	"github.com/yjinspect/yjinspect/sampling"
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

var ratings = enum.Table[Rating]{
	Type:    "Rating",
	Names:   []string{"Not rated", "Inadequate", "Requires improvement", "Good", "Outstanding"},
	Texts:   []string{"", "Inadequate", "Requires improvement", "Good", "Outstanding"},
	Aliases: map[string]Rating{"requires-improvement": RequiresImprovement, "requires_improvement": RequiresImprovement},
}

// String returns "Inadequate", "Requires improvement", "Good" or
// "Outstanding" ("Not rated" for the zero value).
func (r Rating) String() string { return ratings.String(r) }

// MarshalText gives the same text as String; the zero value gives "".
func (r Rating) MarshalText() ([]byte, error) { return ratings.MarshalText(r) }

// UnmarshalText accepts what ParseRating accepts; "" gives the zero value.
func (r *Rating) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*r = 0
		return nil
	}
	v, err := ParseRating(string(b))
	if err != nil {
		return err
	}
	*r = v
	return nil
}

// ParseRating parses a rating in any case ("requires-improvement" and
// "requires_improvement" are also accepted).
func ParseRating(s string) (Rating, error) {
	if v, ok := ratings.Parse(s); ok {
		return v, nil
	}
	return 0, &ParseError{Type: "Rating", Input: s}
}

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
// them.
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

// RulesError reports rating rules that cannot be used.
type RulesError struct{ Reason string }

// Error implements error.
func (e *RulesError) Error() string { return "judgement: rating rules: " + e.Reason }

// Validate checks the rules: key-question bands from 0 to at most 100%,
// strictly ascending and with ratings that rise with the percentage; points
// that rise with the rating; overall bands that cover every score from 0 to
// the maximum with no gap or overlap and ratings that rise with the score.
func (r RatingRules) Validate() error {
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
	// counted, and are never dropped silently.
	Undecided []string `json:"undecided,omitempty"`
	// Rating is the band the percentage falls in.
	Rating Rating `json:"rating,omitempty"`
}

// Percent returns the percentage of counted cases judged Yes, for display
// (ratings compare exact fractions); 0 when none are counted.
func (t KeyQuestionTally) Percent() float64 {
	if t.Counted == 0 {
		return 0
	}
	return 100 * float64(t.Yes) / float64(t.Counted)
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
}

// Inspection is what Rate makes of an inspection's judged cases.
type Inspection struct {
	// Cases is the number of cases rated (excluded ones left out).
	Cases int `json:"cases"`
	// Excluded lists the cases whose exclusion decision is Exclude: they are
	// left out of every count.
	Excluded []string `json:"excluded,omitempty"`
	// ExclusionUndetermined lists the cases whose exclusion is undetermined:
	// they are counted, and a person should decide.
	ExclusionUndetermined []string `json:"exclusionUndetermined,omitempty"`
	// KeyQuestions and Standards are in source order.
	KeyQuestions []KeyQuestionTally `json:"keyQuestions"`
	Standards    []StandardRating   `json:"standards"`
}

// KeyQuestion returns a key question's tally.
func (in Inspection) KeyQuestion(id framework.ID) (KeyQuestionTally, bool) {
	for _, t := range in.KeyQuestions {
		if t.KeyQuestion == id {
			return t, true
		}
	}
	return KeyQuestionTally{}, false
}

// Standard returns a standard's rating.
func (in Inspection) Standard(id framework.ID) (StandardRating, bool) {
	for _, s := range in.Standards {
		if s.Standard == id {
			return s, true
		}
	}
	return StandardRating{}, false
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
func Rate(results []Result, rules RatingRules) (Inspection, error) {
	if err := rules.Validate(); err != nil {
		return Inspection{}, err
	}
	f := framework.DomainTwo()
	var in Inspection
	index := map[framework.ID]int{}
	for _, kq := range f.KeyQuestions() {
		if kq.Standard == "" {
			continue
		}
		index[kq.ID] = len(in.KeyQuestions)
		in.KeyQuestions = append(in.KeyQuestions, KeyQuestionTally{KeyQuestion: kq.ID, Standard: kq.Standard})
	}
	slots := tallySlots()
	for _, r := range results {
		switch r.Exclusion.Outcome {
		case sampling.Exclude:
			in.Excluded = append(in.Excluded, r.Case)
			continue
		case sampling.Undetermined:
			in.ExclusionUndetermined = append(in.ExclusionUndetermined, r.Case)
		}
		in.Cases++
		for _, k := range r.KeyResults {
			// The key question by its index, not its ID.
			i := int(slots[k.kq])
			if i < 0 || i >= len(in.KeyQuestions) {
				return Inspection{}, fmt.Errorf("judgement: case %s: a key result names no key question of the standards (%s)", enum.Quote(r.Case), enum.Quote(string(k.KeyQuestion())))
			}
			t := &in.KeyQuestions[i]
			switch k.Answer {
			case Yes:
				t.Yes++
				t.Counted++
			case No:
				t.Counted++
			case NotApplicable:
				t.NotApplicable++
			default:
				t.Undecided = append(t.Undecided, r.Case)
			}
		}
	}
	for i := range in.KeyQuestions {
		t := &in.KeyQuestions[i]
		t.Rating = rules.rate(t.Yes, t.Counted)
	}
	for _, s := range f.Standards() {
		sr := StandardRating{Standard: s.ID, Name: s.Name, Scored: true}
		var lowest *KeyQuestionTally
		for _, kq := range s.KeyQuestions {
			t := &in.KeyQuestions[index[kq]]
			if t.Counted == 0 {
				continue
			}
			// t.Yes/t.Counted < lowest.Yes/lowest.Counted, exactly.
			if lowest == nil || int64(t.Yes)*int64(lowest.Counted) < int64(lowest.Yes)*int64(t.Counted) {
				lowest = t
			}
		}
		if lowest != nil {
			sr.Rating, sr.Lowest = lowest.Rating, lowest.KeyQuestion
		}
		in.Standards = append(in.Standards, sr)
	}
	return in, nil
}

// tallySlots maps a KeyResult's key question (KeyResult.kq) to its tally's
// position in Inspection.KeyQuestions (the domain two catalogue's key
// questions of the standards, in order); -1 for any other.
var tallySlots = sync.OnceValue(func() *[256]int16 {
	var t [256]int16
	for i := range t {
		t[i] = -1
	}
	n := int16(0)
	for _, kq := range framework.DomainTwo().KeyQuestions() {
		if kq.Standard == "" {
			continue
		}
		t[keys().index[kq.ID]] = n
		n++
	}
	return &t
})

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
// that is not rated, or the same standard twice.
func Overall(standards []StandardRating, rules RatingRules) (OverallResult, error) {
	if err := rules.Validate(); err != nil {
		return OverallResult{}, err
	}
	var out OverallResult
	seen := map[framework.ID]bool{}
	scored := 0
	for _, s := range standards {
		if seen[s.Standard] {
			return OverallResult{}, fmt.Errorf("judgement: standard %s is given twice", enum.Quote(string(s.Standard)))
		}
		seen[s.Standard] = true
		if !s.Scored {
			out.Unscored = append(out.Unscored, s.Standard)
			continue
		}
		if !ratings.Valid(s.Rating) {
			return OverallResult{}, fmt.Errorf("judgement: standard %s is scored but has no valid rating (%v)", enum.Quote(string(s.Standard)), s.Rating)
		}
		scored++
		out.Score += rules.Points[s.Rating]
	}
	if scored != rules.ScoredStandards {
		return OverallResult{}, fmt.Errorf("judgement: %d scored standards given, but the rules rate %d", scored, rules.ScoredStandards)
	}
	out.Max = rules.ScoredStandards * rules.Points[Outstanding]
	for _, b := range rules.OverallBands {
		if out.Score >= b.Min && out.Score <= b.Max {
			out.Rating = b.Rating
		}
	}
	return out, nil
}

// LevelRates are the key-question tallies of the cases at one level.
type LevelRates struct {
	// Level is the inspector's level on the scale; 0 for cases the
	// inspector did not classify.
	Level        classification.Level `json:"level"`
	Cases        int                  `json:"cases"`
	KeyQuestions []KeyQuestionTally   `json:"keyQuestions"`
}

// RatesByLevel tallies the key questions separately for the cases at each
// level of the inspector's classification on a scale (not classified, Low,
// Medium, High, Very high), so that Yes rates can be compared by the level of
// concern. Excluded cases are left out, as in Rate; levels with no case are
// left out of the result.
func RatesByLevel(results []Result, scale classification.Scale, rules RatingRules) ([]LevelRates, error) {
	if scale != classification.SafetyAndWellbeing && scale != classification.RiskOfSeriousHarm {
		return nil, errors.New("judgement: RatesByLevel: invalid scale " + scale.String())
	}
	groups := make([][]Result, 5)
	for _, r := range results {
		lv := r.Inspector.SafetyAndWellbeing
		if scale == classification.RiskOfSeriousHarm {
			lv = r.Inspector.RiskOfSeriousHarm
		}
		if !lv.Valid() {
			lv = 0
		}
		groups[lv] = append(groups[lv], r)
	}
	var out []LevelRates
	for lv, g := range groups {
		if len(g) == 0 {
			continue
		}
		in, err := Rate(g, rules)
		if err != nil {
			return nil, err
		}
		if in.Cases == 0 {
			continue
		}
		out = append(out, LevelRates{Level: classification.Level(lv), Cases: in.Cases, KeyQuestions: in.KeyQuestions})
	}
	return out, nil
}

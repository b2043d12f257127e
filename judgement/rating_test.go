package judgement

import (
	"encoding/json"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/record"
	"github.com/yjinspect/yjinspect/sampling"
)

func TestKeyQuestionBandEdges(t *testing.T) {
	r := DefaultRatingRules()
	tests := []struct {
		yes, counted int
		want         Rating
	}{
		{0, 1, Inadequate},
		{49, 100, Inadequate},
		{4999, 10000, Inadequate},
		{1, 2, RequiresImprovement}, // exactly 50%
		{50, 100, RequiresImprovement},
		{6499, 10000, RequiresImprovement}, // 64.99%
		{64, 100, RequiresImprovement},
		{2, 3, Good},   // 66.7%
		{13, 20, Good}, // exactly 65%
		{65, 100, Good},
		{7999, 10000, Good},
		{79, 100, Good},
		{4, 5, Outstanding}, // exactly 80%
		{80, 100, Outstanding},
		{1, 1, Outstanding},
		{0, 0, 0}, // nothing counted: not rated
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%d of %d", tt.yes, tt.counted), func(t *testing.T) {
			assert.Equal(t, tt.want, r.rate(tt.yes, tt.counted))
		})
	}
	// Float arithmetic would put 0.65*100 at 65.00000000000001 or
	// 64.99999999999999; the exact comparison does not care.
	for counted := 20; counted <= 2000; counted += 20 {
		assert.Equal(t, Good, r.rate(counted*65/100, counted), "%d of %d", counted*65/100, counted)
		assert.Equal(t, RequiresImprovement, r.rate(counted*65/100-1, counted))
	}
}

func TestRoundToWholePercent(t *testing.T) {
	r := DefaultRatingRules()
	r.RoundToWholePercent = true
	assert.Equal(t, Good, r.rate(6450, 10000), "64.5% rounds up to 65%")
	assert.Equal(t, RequiresImprovement, r.rate(6449, 10000), "64.49% rounds to 64%")
	assert.Equal(t, Outstanding, r.rate(7950, 10000))
	assert.Equal(t, RequiresImprovement, r.rate(1, 2))
	assert.Equal(t, Inadequate, r.rate(4949, 10000))
}

func TestOverallBandEdges(t *testing.T) {
	rules := DefaultRatingRules()
	// standards builds twelve scored standards worth score points in all.
	standards := func(score int) []StandardRating {
		var out []StandardRating
		for i := 0; i < 12; i++ {
			pts := min(score, 3)
			score -= pts
			out = append(out, StandardRating{Standard: framework.ID(fmt.Sprintf("%d.%d", i/4+1, i%4+1)), Rating: Rating(pts + 1), Scored: true})
		}
		return out
	}
	tests := []struct {
		score int
		want  Rating
	}{
		{0, Inadequate}, {6, Inadequate}, {7, RequiresImprovement}, {18, RequiresImprovement},
		{19, Good}, {30, Good}, {31, Outstanding}, {36, Outstanding},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.score), func(t *testing.T) {
			got, err := Overall(standards(tt.score), rules)
			require.NoError(t, err)
			assert.Equal(t, tt.score, got.Score)
			assert.Equal(t, 36, got.Max)
			assert.Equal(t, tt.want, got.Rating)
		})
	}
}

func TestOverallCountsAndUnscored(t *testing.T) {
	rules := DefaultRatingRules()
	var twelve []StandardRating
	for i := 0; i < 12; i++ {
		twelve = append(twelve, StandardRating{Standard: framework.ID(fmt.Sprintf("%d.%d", i/4+1, i%4+1)), Rating: Good, Scored: true})
	}
	resettlement := StandardRating{Standard: "4.1", Rating: Outstanding, Scored: false}
	got, err := Overall(append(twelve, resettlement), rules)
	require.NoError(t, err)
	assert.Equal(t, 24, got.Score)
	assert.Equal(t, Good, got.Rating)
	assert.Equal(t, []framework.ID{"4.1"}, got.Unscored)

	_, err = Overall(twelve[:11], rules)
	assert.ErrorContains(t, err, "11 scored standards given, but the rules rate 12")
	_, err = Overall(append(twelve[:11], twelve[0]), rules)
	assert.ErrorContains(t, err, `standard "1.1" is given twice`)
	bad := append([]StandardRating(nil), twelve...)
	bad[3].Rating = 0
	_, err = Overall(bad, rules)
	assert.ErrorContains(t, err, `standard "1.4" is scored but has no valid rating`)
	_, err = Overall(nil, rules)
	assert.Error(t, err)
}

func TestRulesValidation(t *testing.T) {
	require.NoError(t, DefaultRatingRules().validate())
	tests := []struct {
		name string
		edit func(r *RatingRules)
		want string
	}{
		{"gap below the first band", func(r *RatingRules) { r.KeyQuestionBands[0].From = 100 }, "gap"},
		{"overlapping bands", func(r *RatingRules) { r.KeyQuestionBands[2].From = 5000 }, "overlap"},
		{"ratings out of order", func(r *RatingRules) {
			r.KeyQuestionBands[1].Rating, r.KeyQuestionBands[2].Rating = Good, RequiresImprovement
		}, "above"},
		{"no bands", func(r *RatingRules) { r.KeyQuestionBands = nil }, "no key-question bands"},
		{"above 100%", func(r *RatingRules) { r.KeyQuestionBands[3].From = 10001 }, "outside 0 to 10000"},
		{"invalid rating", func(r *RatingRules) { r.KeyQuestionBands[3].Rating = 9 }, "invalid rating"},
		{"negative points", func(r *RatingRules) { r.Points[Inadequate] = -1 }, "negative"},
		{"falling points", func(r *RatingRules) { r.Points[Good] = 0 }, "fewer"},
		{"no scored standards", func(r *RatingRules) { r.ScoredStandards = 0 }, "ScoredStandards"},
		{"huge scored standards", func(r *RatingRules) { r.ScoredStandards = 1 << 40 }, "ScoredStandards"},
		{"overall gap", func(r *RatingRules) { r.OverallBands[1].Min = 8 }, "gap: no band for scores 7 to 7"},
		{"overall overlap", func(r *RatingRules) { r.OverallBands[2].Min = 18 }, "overlap at score 18"},
		{"overall short", func(r *RatingRules) { r.OverallBands[3].Max = 35 }, "end at 35"},
		{"overall inverted", func(r *RatingRules) { r.OverallBands[0].Max = -1 }, "down to"},
		{"no overall bands", func(r *RatingRules) { r.OverallBands = nil }, "no overall bands"},
		{"overall bands not for these standards", func(r *RatingRules) { r.ScoredStandards = 10 }, "maximum score for 10 scored standards is 30"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := DefaultRatingRules()
			tt.edit(&r)
			err := r.validate()
			var re *RulesError
			require.ErrorAs(t, err, &re)
			assert.Contains(t, err.Error(), tt.want)
			_, err = Rate(nil, r)
			assert.Error(t, err)
			_, err = Overall(nil, r)
			assert.Error(t, err)
		})
	}
	// The defaults are the caller's own.
	r := DefaultRatingRules()
	r.KeyQuestionBands[0].From = 1
	assert.Equal(t, 0, DefaultRatingRules().KeyQuestionBands[0].From)
}

// result makes a judged case with the given summary for every key question
// except those in over.
func result(id string, all record.Answer, over map[framework.ID]record.Answer) Result {
	r := Result{Case: id, Exclusion: sampling.Decision{Outcome: sampling.Include}}
	for _, kq := range framework.DomainTwo().KeyQuestions() {
		if kq.Standard == "" {
			continue
		}
		a := all
		if v, ok := over[kq.ID]; ok {
			a = v
		}
		by := Inspector
		if a == 0 {
			by = Undecided
		}
		kr, err := newKeyResult(kq.ID, a, by, a)
		if err != nil {
			panic(err)
		}
		r.KeyResults = append(r.KeyResults, kr)
	}
	return r
}

func TestRate(t *testing.T) {
	var results []Result
	// 20 cases: A1 Yes in 13 (65%: Good), A2 Yes in 12 (60%: RI), A3 all Yes.
	for i := 0; i < 20; i++ {
		over := map[framework.ID]record.Answer{}
		if i >= 13 {
			over["A1"] = record.No
		}
		if i >= 12 {
			over["A2"] = record.No
		}
		if i == 0 {
			over["P1"] = record.NotApplicable
			over["P2"] = 0 // undecided
		}
		results = append(results, result(fmt.Sprintf("c%02d", i), record.Yes, over))
	}
	excluded := result("excluded", record.No, nil)
	excluded.Exclusion.Outcome = sampling.Exclude
	undetermined := result("undetermined", record.Yes, nil)
	undetermined.Exclusion.Outcome = sampling.Undetermined
	results = append(results, excluded, undetermined)

	in, err := Rate(results, DefaultRatingRules())
	require.NoError(t, err)
	assert.Equal(t, 21, in.Cases)
	assert.Equal(t, []string{"excluded"}, in.Excluded)
	assert.Equal(t, []string{"undetermined"}, in.ExclusionUndetermined)

	a1, ok := tallyOf(in, "A1")
	require.True(t, ok)
	assert.Equal(t, 21, a1.Counted)
	assert.Equal(t, 14, a1.Yes)
	assert.Equal(t, Good, a1.Rating)
	a2, _ := tallyOf(in, "A2")
	assert.Equal(t, 13, a2.Yes)
	assert.Equal(t, RequiresImprovement, a2.Rating)
	p1, _ := tallyOf(in, "P1")
	assert.Equal(t, 20, p1.Counted)
	assert.Equal(t, 1, p1.NotApplicable)
	p2, _ := tallyOf(in, "P2")
	assert.Equal(t, []string{"c00"}, p2.Undecided, "undecided cases are listed, not dropped")
	assert.Equal(t, 20, p2.Counted)

	s21, ok := standardOf(in, "2.1")
	require.True(t, ok)
	assert.Equal(t, RequiresImprovement, s21.Rating, "the standard follows its lowest key question")
	assert.Equal(t, framework.ID("A2"), s21.Lowest)
	assert.True(t, s21.Scored)
	assert.Equal(t, "Assessment", s21.Name)
	s22, _ := standardOf(in, "2.2")
	assert.Equal(t, Outstanding, s22.Rating)
	_, ok = standardOf(in, "2.9")
	assert.False(t, ok)
	_, ok = tallyOf(in, "O2")
	assert.False(t, ok)

	// Nothing to rate.
	empty, err := Rate(nil, DefaultRatingRules())
	require.NoError(t, err)
	assert.Equal(t, 0, empty.Cases)
	for _, s := range empty.Standards {
		assert.Equal(t, Rating(0), s.Rating)
	}
	// A result with a key question of no catalogue.
	bad := result("odd", record.Yes, nil)
	bad.KeyResults[0] = KeyResult{}
	_, err = Rate([]Result{bad}, DefaultRatingRules())
	assert.ErrorContains(t, err, `a key result names no key question of the standards ("")`)
	o2, err := newKeyResult("O2", record.Yes, Inspector, record.Yes)
	require.NoError(t, err)
	bad.KeyResults[0] = o2
	_, err = Rate([]Result{bad}, DefaultRatingRules())
	assert.ErrorContains(t, err, `("O2")`)
}

func TestRatingText(t *testing.T) {
	for _, r := range []Rating{Inadequate, RequiresImprovement, Good, Outstanding} {
		b, err := r.MarshalText()
		require.NoError(t, err)
		var got Rating
		require.NoError(t, got.UnmarshalText(b))
		assert.Equal(t, r, got)
	}
	assert.Equal(t, "requires-improvement", RequiresImprovement.String())
	assert.Equal(t, "Requires improvement", RequiresImprovement.Label())
	// "Requires improvement" is also how results written before the tokens
	// were hyphenated say it.
	for _, s := range []string{"Requires improvement", "requires improvement", "REQUIRES-IMPROVEMENT", "requires_improvement"} {
		got, err := ParseRating(s)
		require.NoError(t, err)
		assert.Equal(t, RequiresImprovement, got)
	}
	_, err := ParseRating("excellent")
	assert.EqualError(t, err, `judgement: cannot parse "excellent" as Rating`)
	assert.True(t, Inadequate < RequiresImprovement && RequiresImprovement < Good && Good < Outstanding)
}

func FuzzParseRating(f *testing.F) {
	for _, s := range []string{"Good", "requires improvement", "", "x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r, err := ParseRating(s)
		if err != nil {
			return
		}
		b, err := r.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		again, err := ParseRating(string(b))
		if err != nil || again != r {
			t.Fatalf("%q -> %v -> %q -> %v, %v", s, r, b, again, err)
		}
	})
}

func FuzzParseAnswer(f *testing.F) {
	for _, s := range []string{"yes", "N/A", "no", "", "maybe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a, err := record.ParseAnswer(s)
		if err != nil {
			return
		}
		b, err := a.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		again, err := record.ParseAnswer(string(b))
		if err != nil || again != a {
			t.Fatalf("%q -> %v -> %q -> %v, %v", s, a, b, again, err)
		}
	})
}

var sinkRate Ratings

func BenchmarkRate(b *testing.B) {
	results := make([]Result, 1945)
	for i := range results {
		results[i] = result(fmt.Sprint("c", i), record.Answer(1+i%2), nil)
	}
	rules := DefaultRatingRules()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		sinkRate, _ = Rate(results, rules)
	}
}

// TestOldResultFormsStillDecode: ratings and results written before the
// tokens were lower case and hyphenated still decode, to the same values.
func TestOldResultFormsStillDecode(t *testing.T) {
	var tally KeyQuestionTally
	require.NoError(t, json.Unmarshal([]byte(`{"keyQuestion":"A1","rating":"Requires improvement"}`), &tally))
	assert.Equal(t, RequiresImprovement, tally.Rating)
	var kr KeyResult
	require.NoError(t, json.Unmarshal([]byte(`{"keyQuestion":"P2","answer":"Yes","decidedBy":"no factors rule"}`), &kr))
	assert.Equal(t, record.Yes, kr.Answer)
	assert.Equal(t, NoFactorsRule, kr.DecidedBy)
}

package robustness

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/yjinspect/yjinspect/agreement"
	"github.com/yjinspect/yjinspect/classification"
	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/guidance"
	"github.com/yjinspect/yjinspect/judgement"
	"github.com/yjinspect/yjinspect/record"
	"github.com/yjinspect/yjinspect/sampling"
)

func decode(s string) error {
	_, err := record.Decode(strings.NewReader(s))
	return err
}

// TestBadInputs: every bad input gets an error that says what is wrong (and,
// where there is one, names the case, the field and the bad value), never a
// panic.
func TestBadInputs(t *testing.T) {
	huge := strings.Repeat("x", 2<<20)
	deep := strings.Repeat("[", 100000) + strings.Repeat("]", 100000)
	rules := judgement.DefaultRatingRules()
	tests := []struct {
		name string
		call func() error
		want string
	}{
		// Parsers.
		{"ParseID empty", func() error { _, err := framework.ParseID(""); return err }, `cannot parse "" as ID: empty`},
		{"ParseID junk", func() error { _, err := framework.ParseID("A1..1"); return err }, `cannot parse "A1..1" as ID`},
		{"ParseID enormous", func() error { _, err := framework.ParseID(huge); return err }, `cannot parse "xxxx`},
		{"ParseID invalid UTF-8", func() error { _, err := framework.ParseID("A1.\xff"); return err }, `cannot parse "A1.\xff" as ID`},
		{"ParseLevel junk", func() error { _, err := classification.ParseLevel("severe"); return err }, `"severe"`},
		{"ParseLevel empty", func() error { _, err := classification.ParseLevel(""); return err }, `""`},
		{"ParseRating junk", func() error { _, err := judgement.ParseRating("excellent"); return err }, `cannot parse "excellent" as Rating`},
		{"ParseAnswer junk", func() error { _, err := record.ParseAnswer("perhaps"); return err }, `cannot parse "perhaps" as Answer`},
		{"ParseConcern junk", func() error { _, err := classification.ParseConcern("knives"); return err }, `"knives"`},
		{"Framework.Parse junk", func() error { _, err := framework.Parse([]byte("{")); return err }, "decoding catalogue"},
		// Case records.
		{"Decode truncated", func() error { return decode(`{"id":"c1","answers":{"A1.1":"ye`) }, "truncated JSON"},
		{"Decode wrong type", func() error { return decode(`{"id":"c1","answers":{"A1.1":true}}`) }, `case "c1": answers[A1.1]: want a string, not a JSON boolean`},
		{"Decode unknown ID", func() error { return decode(`{"id":"c1","answers":{"A9.9":"yes"}}`) }, `case "c1": answers[A9.9]: no such question`},
		{"Decode enormous", func() error { return decode(`{"id":"c1","answers":{"I1.4":"` + huge + `"}}`) }, "over the size limit of 1048576 bytes"},
		{"Decode deep nesting", func() error { return decode(`{"id":"c1","factors":` + deep + `}`) }, "exceeded max depth"},
		{"Decode invalid UTF-8", func() error { return decode("{\"id\":\"c1\",\"answers\":{\"I1.4\":\"\xff\"}}") }, "not valid UTF-8 at byte"},
		{"Decode number id", func() error { return decode(`{"id":-1}`) }, `id: bad value "-1": want a string`},
		{"Decode empty", func() error { return decode(``) }, "truncated JSON"},
		{"Decode forged line in the id", func() error { return decode(`{"id":"x\nStandard 2.1 Assessment: Outstanding"}`) },
			`id: bad value "x\nStandard 2.1 Assessment: Outstanding": holds a control character (U+000A)`},
		{"Decode long id", func() error { return decode(`{"id":"` + huge[:100000] + `"}`) }, "is longer than 256 bytes"},
		{"CheckID bidi control", func() error { return record.CheckID("case-\u202e41") }, `record: bad ID "case-\u202e41": holds a format character (U+202E)`},
		{"CheckID enormous", func() error { return record.CheckID(huge) }, "is longer than 256 bytes"},
		{"Marshal invalid UTF-8 id", func() error { _, err := json.Marshal(record.Case{ID: "bad\xff"}); return err }, `bad ID "bad\xff": is not valid UTF-8 (at byte 3)`},
		{"DecodeAll bad line", func() error {
			_, err := record.DecodeAll(strings.NewReader("{\"id\":\"a\"}\n{\"id\":\"b\",\"inspector\":{\"riskOfSeriousHarm\":\"huge\"}}"))
			return err
		}, `record: line 2: case "b": inspector: bad value "huge"`},
		{"Answers.Set wrong kind", func() error { var a record.Answers; return a.Set("A2.5", record.Value{Answer: record.Yes}) }, `"A2.5" "yes": wrong kind`},
		{"Answers.Set unknown", func() error { var a record.Answers; return a.Set("Z1.1", record.Value{Answer: record.Yes}) }, `"Z1.1": no such question`},
		// Sampling.
		{"SampleSize negative population", func() error { _, err := sampling.SampleSize(-1, sampling.DefaultSampleRules()); return err }, "population -1 is negative"},
		{"SampleSize confidence 1", func() error {
			r := sampling.DefaultSampleRules()
			r.Confidence = 1
			_, err := sampling.SampleSize(100, r)
			return err
		}, "confidence 1 is not strictly between 0 and 1"},
		{"SampleSize NaN margin", func() error {
			r := sampling.DefaultSampleRules()
			r.Margin = math.NaN()
			_, err := sampling.SampleSize(100, r)
			return err
		}, "margin NaN is not strictly between 0 and 1"},
		{"SampleSize min above max", func() error {
			r := sampling.DefaultSampleRules()
			r.Min, r.Max = 91, 14
			_, err := sampling.SampleSize(100, r)
			return err
		}, "minimum 91 is greater than maximum 14"},
		{"Select negative n", func() error { _, err := sampling.Select([]sampling.Candidate{{ID: "a"}}, -1, nil, 1); return err }, "sample size n -1 is negative"},
		{"Select huge n", func() error {
			_, err := sampling.Select([]sampling.Candidate{{ID: "a", LookedAfter: &sampling.LookedAfter{LookedAfter: new(false)}}}, math.MaxInt, nil, 1)
			return err
		}, fmt.Sprint(math.MaxInt) + " is larger than the eligible population of 1"},
		{"Select n from nil", func() error { _, err := sampling.Select(nil, 1, nil, 1); return err }, "asked for from an empty population"},
		{"Select duplicate IDs", func() error {
			_, err := sampling.Select([]sampling.Candidate{{ID: "a"}, {ID: "a"}}, 1, nil, 1)
			return err
		}, `candidate ID "a" is repeated`},
		{"Select bad ID", func() error {
			_, err := sampling.Select([]sampling.Candidate{{ID: "a\x1b[2J"}}, 1, nil, 1)
			return err
		}, `candidate at index 0: bad ID "a\x1b[2J": holds a control character (U+001B)`},
		{"Select missing stratum", func() error {
			_, err := sampling.Select([]sampling.Candidate{{ID: "a", Strata: map[string]string{}, LookedAfter: &sampling.LookedAfter{LookedAfter: new(false)}}}, 1, []string{"office"}, 1)
			return err
		}, `candidate "a" has no value for stratum "office"`},
		// Ratings.
		{"Rate with bad rules", func() error {
			r := judgement.DefaultRatingRules()
			r.KeyQuestionBands = nil
			_, err := judgement.Rate(nil, r)
			return err
		}, "no key-question bands"},
		{"Rules with a negative band", func() error {
			r := judgement.DefaultRatingRules()
			r.KeyQuestionBands[1].From = -5
			_, err := judgement.Rate(nil, r)
			return err
		}, "outside 0 to 10000"},
		{"Rules with huge standards", func() error {
			r := judgement.DefaultRatingRules()
			r.ScoredStandards = math.MaxInt
			_, err := judgement.Rate(nil, r)
			return err
		}, "ScoredStandards"},
		{"Overall with nil", func() error { _, err := judgement.Overall(nil, rules); return err }, "0 scored standards given, but the rules rate 12"},
		{"Overall with empty", func() error { _, err := judgement.Overall([]judgement.StandardRating{}, rules); return err }, "0 scored standards"},
		{"Overall unrated standard", func() error {
			_, err := judgement.Overall([]judgement.StandardRating{{Standard: "2.1", Scored: true}}, rules)
			return err
		}, `standard "2.1" is scored but has no valid rating`},
	}
	require.GreaterOrEqual(t, len(tests), 30)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var err error
			require.NotPanics(t, func() { err = tt.call() })
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
			assert.Less(t, len(err.Error()), 1000, "an error message stays short, whatever the input")
		})
	}
}

// TestNoPanicsOnEmptyAndNil calls the functions that take slices and values
// with nil, empty and out-of-range inputs.
func TestNoPanicsOnEmptyAndNil(t *testing.T) {
	assert.NotPanics(t, func() {
		_ = judgement.Judge(nil, record.Case{})
		_, _ = judgement.Rate(nil, judgement.DefaultRatingRules())
		_, _ = judgement.Rate([]judgement.Result{}, judgement.DefaultRatingRules())
		_, _ = judgement.Rate([]judgement.Result{{}}, judgement.DefaultRatingRules())
		var nilTable *agreement.Table[classification.Level]
		nilTable.Add(1, 2)
		_ = nilTable.QuadraticKappa()
		_ = agreement.New[classification.Level]().Kappa()
		_ = classification.Distribute(nil)
		_ = classification.CountTags(nil)
		_ = classification.CheckRoSH(classification.Rationale{})
		_ = classification.CheckRoSH(classification.Rationale{Level: 200, Considerations: []classification.Consideration{{Type: 200, Use: 200, Constraint: 200}}})
		_ = classification.CheckReasonable(200, 201, 202)
		_, _ = classification.Definition(9, 9)
		_ = sampling.CheckLookedAfter(sampling.LookedAfter{})
		_, _ = sampling.Select(nil, 0, nil, 0)
		_ = guidance.Search("")
		_, _ = guidance.For("")
		_ = record.Answer(200).String()
		_ = record.CheckID("")
		_ = record.EscapeText("")
		_ = record.EscapeText("\xff")
		_ = judgement.Rating(200).String()
		_ = framework.Kind(200).String()
		var f *framework.Framework
		_ = f.Questions()
		_ = f.Standards()
	})
}

// TestConcurrentUse calls every public function from many goroutines on
// shared inputs; run under -race.
func TestConcurrentUse(t *testing.T) {
	base := strings.NewReplacer("\n", "").Replace(`{"id":"shared","answers":{"I1.1":"no","A1.1":"yes","A1.S":"no","A2.5":"medium","A3.4":"high","P2.S":"yes"},
		"inspector":{"safetyAndWellbeing":"high","riskOfSeriousHarm":"high"},"factors":{"childSafety":false,"riskOfHarm":true},
		"concerns":["weapons"],"roshRationale":{"level":"high","considerations":[{"type":"strengths","use":"lower"}]}}`)
	shared, err := record.Decode(strings.NewReader(base))
	require.NoError(t, err)
	want := judgement.Judge(nil, shared)
	population := make([]sampling.Candidate, 200)
	for i := range population {
		population[i] = sampling.Candidate{ID: fmt.Sprint("c", i), Strata: map[string]string{"office": fmt.Sprint(i % 3)}, LookedAfter: &sampling.LookedAfter{LookedAfter: new(false)}}
	}
	results := []judgement.Result{want, want, want}

	var wg sync.WaitGroup
	errs := make(chan error, 64)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 30; i++ {
				f := framework.DomainTwo()
				_ = f.Questions()
				_, _ = f.Question("A1.1")
				_, _ = f.KeyQuestion("P2")
				_ = f.Standards()
				_ = f.Version()
				_ = f.Version()
				_, _ = framework.ParseID("a 1 s")
				_, _ = guidance.For("A2.5")
				_ = guidance.Search("risk of ser")
				_ = guidance.Introduction()
				_, _ = classification.ParseLevel("very high")
				_, _ = classification.Definition(classification.RiskOfSeriousHarm, classification.High)
				_ = classification.CheckReasonable(classification.Low, classification.High, classification.Near(g%7))
				_ = classification.CheckRoSH(*shared.RoSHRationale)
				levels := agreement.New(classification.Levels()...)
				levels.Add(classification.Low, classification.Medium)
				_ = levels.LinearKappa()
				_ = sampling.CheckLookedAfter(sampling.LookedAfter{})
				_, _ = sampling.SampleSize(500, sampling.DefaultSampleRules())
				if _, err := sampling.Select(population, 20, []string{"office"}, uint64(g)); err != nil {
					errs <- err
					return
				}
				c, err := record.Decode(strings.NewReader(base))
				if err != nil {
					errs <- err
					return
				}
				got := judgement.Judge(f, shared)
				if !cmp.Equal(want, got) {
					errs <- errors.New("Judge differs under concurrency")
					return
				}
				got.Findings[0].Message = "mine"
				_ = judgement.Judge(nil, c)
				_, _ = judgement.Rate(results, judgement.DefaultRatingRules())
				_, _ = json.Marshal(shared)
				_ = record.Schema()
				_ = record.CheckID(shared.ID)
				_ = record.EscapeText("x\n\u202e")
			}
		}(g)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	assert.Equal(t, want, judgement.Judge(nil, shared))
}

// TestNothingReturnedChangesTheLibrary mutates everything the library hands
// out and checks the next call gives the original.
func TestNothingReturnedChangesTheLibrary(t *testing.T) {
	f := framework.DomainTwo()
	before := snapshot(t)
	qs := f.Questions()
	qs[0].Text = "x"
	kqs := f.KeyQuestions()
	kqs[0].Questions[0] = "x"
	ss := f.Standards()
	ss[0].KeyQuestions[0] = "x"
	p, _ := guidance.Paragraphs("A3.4")
	p[0] = "x"
	r := judgement.DefaultRatingRules()
	r.KeyQuestionBands[0].Rating = 0
	r.OverallBands[0].Max = 99
	rules := judgement.SummaryRules()
	rules[0].Source = "x"
	cs := classification.Concerns()
	cs[0] = 99
	ls := classification.Levels()
	ls[0] = 99
	sc := record.Schema()
	sc[0] = 'x'
	cat := framework.CatalogueJSON()
	cat[0] = 'x'

	after := snapshot(t)
	assert.True(t, bytes.Equal(before, after), "something handed out changed the library")
	assert.Equal(t, byte('{'), record.Schema()[0])
	assert.Equal(t, byte('{'), framework.CatalogueJSON()[0])
	_, err := framework.Parse(framework.CatalogueJSON()) // Parse validates
	assert.NoError(t, err)
}

// snapshot encodes everything the library hands out that a caller might
// change.
func snapshot(t *testing.T) []byte {
	t.Helper()
	f := framework.DomainTwo()
	b, err := json.Marshal(struct {
		Q  []framework.Question
		K  []framework.KeyQuestion
		S  []framework.Standard
		G  string
		I  string
		R  judgement.RatingRules
		SR []judgement.SummaryRule
		SS sampling.SampleRules
		C  []classification.Concern
		L  []classification.Level
	}{f.Questions(), f.KeyQuestions(), f.Standards(), must(guidance.For("A3.4")), guidance.Introduction(),
		judgement.DefaultRatingRules(), judgement.SummaryRules(), sampling.DefaultSampleRules(), classification.Concerns(), classification.Levels()})
	require.NoError(t, err)
	return b
}

func must(s string, ok bool) string {
	if !ok {
		panic("missing")
	}
	return s
}

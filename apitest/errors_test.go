package apitest

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/yjinspect/yjinspect/classification"
	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/judgement"
	"github.com/yjinspect/yjinspect/moderation"
	"github.com/yjinspect/yjinspect/profile"
	"github.com/yjinspect/yjinspect/record"
	"github.com/yjinspect/yjinspect/sampling"
	"github.com/yjinspect/yjinspect/synthetic"
	"github.com/yjinspect/yjinspect/workbook"
)

// as gets the E in err's chain with errors.As, failing the test if there
// is none.
func as[E error](t *testing.T, err error) E {
	t.Helper()
	var e E
	require.ErrorAs(t, err, &e, "error %v (%T) is not a %T", err, err, e)
	return e
}

// sentinels are every sentinel error of the public API; a case names those
// its error matches, and must match none of the others.
var sentinels = map[string]error{
	"record.ErrTooLarge":         record.ErrTooLarge,
	"record.ErrBadID":            record.ErrBadID,
	"sampling.ErrSampleTooLarge": sampling.ErrSampleTooLarge,
}

// badRules are rating rules that do not validate.
func badRules() judgement.RatingRules {
	r := judgement.DefaultRatingRules()
	r.KeyQuestionBands = nil
	return r
}

// brokenCatalogue is the embedded catalogue with two faults Parse's checks
// find: A1.S made a prompt, and D1.3's text emptied.
func brokenCatalogue(t *testing.T) []byte {
	t.Helper()
	var doc map[string]any
	require.NoError(t, json.Unmarshal(framework.CatalogueJSON(), &doc))
	questions, ok := doc["questions"].([]any)
	require.True(t, ok, "the catalogue's questions are a list")
	found := 0
	for _, q := range questions {
		m, ok := q.(map[string]any)
		require.True(t, ok)
		switch m["id"] {
		case "A1.S":
			m["kind"] = "prompt"
			found++
		case "D1.3":
			m["text"] = ""
			found++
		}
	}
	require.Equal(t, 2, found)
	b, err := json.Marshal(doc)
	require.NoError(t, err)
	return b
}

func TestErrorsCanBeNamed(t *testing.T) {
	huge := `{"id":"big","answers":{"I1.4":"` + strings.Repeat("x", record.MaxCaseSize) + `"}}`
	tests := []struct {
		name  string
		call  func(t *testing.T) error
		is    []string // the sentinels the error matches
		check func(t *testing.T, err error)
	}{
		// framework.ParseError: ParseID and every enum's ParseX and
		// UnmarshalText, in every package.
		{"framework.ParseID", func(*testing.T) error { _, err := framework.ParseID("Z9.1"); return err }, nil,
			func(t *testing.T, err error) {
				pe := as[*framework.ParseError](t, err)
				assert.Equal(t, "framework.ID", pe.Type)
				assert.Equal(t, "Z9.1", pe.Input)
				assert.NotEmpty(t, pe.Reason)
			}},
		{"framework.ID.UnmarshalText", func(*testing.T) error { var id framework.ID; return id.UnmarshalText([]byte("A1..1")) }, nil,
			func(t *testing.T, err error) { assert.Equal(t, "A1..1", as[*framework.ParseError](t, err).Input) }},
		{"framework.ParseKind", func(*testing.T) error { _, err := framework.ParseKind("grey"); return err }, nil,
			func(t *testing.T, err error) {
				assert.Equal(t, "framework.Kind", as[*framework.ParseError](t, err).Type)
			}},
		{"classification.ParseLevel", func(*testing.T) error { _, err := classification.ParseLevel("hihg"); return err }, nil,
			func(t *testing.T, err error) {
				pe := as[*framework.ParseError](t, err)
				assert.Equal(t, "classification.Level", pe.Type)
				assert.Equal(t, "hihg", pe.Input)
			}},
		{"classification.ParseConcern", func(*testing.T) error { _, err := classification.ParseConcern("x"); return err }, nil,
			func(t *testing.T, err error) {
				assert.Equal(t, "classification.Concern", as[*framework.ParseError](t, err).Type)
			}},
		{"judgement.ParseRating", func(*testing.T) error { _, err := judgement.ParseRating("superb"); return err }, nil,
			func(t *testing.T, err error) {
				assert.Equal(t, "judgement.Rating", as[*framework.ParseError](t, err).Type)
			}},
		{"record.ParseAnswer", func(*testing.T) error { _, err := record.ParseAnswer("maybe"); return err }, nil,
			func(t *testing.T, err error) {
				assert.Equal(t, "record.Answer", as[*framework.ParseError](t, err).Type)
			}},
		{"sampling.ParseOutcome", func(*testing.T) error { _, err := sampling.ParseOutcome("maybe"); return err }, nil,
			func(t *testing.T, err error) {
				assert.Equal(t, "sampling.Outcome", as[*framework.ParseError](t, err).Type)
			}},
		{"moderation.ParseDifferenceKind", func(*testing.T) error { _, err := moderation.ParseDifferenceKind("x"); return err }, nil,
			func(t *testing.T, err error) {
				assert.Equal(t, "moderation.DifferenceKind", as[*framework.ParseError](t, err).Type)
			}},
		{"json.Unmarshal into an enum", func(*testing.T) error { var l classification.Level; return json.Unmarshal([]byte(`"hihg"`), &l) }, nil,
			func(t *testing.T, err error) { assert.Equal(t, "hihg", as[*framework.ParseError](t, err).Input) }},

		// framework.RangeError: MarshalText of a value out of range, also
		// through encoding/json.
		{"classification.Level.MarshalText", func(*testing.T) error { _, err := classification.Level(9).MarshalText(); return err }, nil,
			func(t *testing.T, err error) {
				re := as[*framework.RangeError](t, err)
				assert.Equal(t, "classification.Level", re.Type)
				assert.Equal(t, uint8(9), re.Value)
			}},
		{"record.Answer.MarshalText", func(*testing.T) error { _, err := record.Answer(7).MarshalText(); return err }, nil,
			func(t *testing.T, err error) {
				assert.Equal(t, "record.Answer", as[*framework.RangeError](t, err).Type)
			}},
		{"json.Marshal of an enum out of range", func(*testing.T) error { _, err := json.Marshal(judgement.Rating(9)); return err }, nil,
			func(t *testing.T, err error) {
				assert.Equal(t, "judgement.Rating", as[*framework.RangeError](t, err).Type)
			}},

		// framework.ValidationError: every problem of a catalogue Parse
		// checks, joined.
		{"framework.Parse", func(t *testing.T) error { _, err := framework.Parse(brokenCatalogue(t)); return err }, nil,
			func(t *testing.T, err error) {
				first := as[*framework.ValidationError](t, err)
				assert.Equal(t, framework.ID("A1"), first.ID)
				assert.Equal(t, "summary", first.Field)
				joined, ok := err.(interface{ Unwrap() []error })
				require.True(t, ok, "Parse joins the problems")
				var got []string
				for _, e := range joined.Unwrap() {
					ve := as[*framework.ValidationError](t, e)
					got = append(got, string(ve.ID)+" "+ve.Field)
				}
				assert.ElementsMatch(t, []string{"A1 summary", "A1.S kind", "D1.3 text"}, got)
			}},
		{"framework.Parse, unknown kind", func(*testing.T) error {
			_, err := framework.Parse(bytes.Replace(framework.CatalogueJSON(), []byte(`"kind": "summary"`), []byte(`"kind": "grey"`), 1))
			return err
		}, nil,
			func(t *testing.T, err error) {
				pe := as[*framework.ParseError](t, err)
				assert.Equal(t, "framework.Kind", pe.Type)
				assert.Equal(t, "grey", pe.Input)
			}},

		// record.DecodeError, and ErrTooLarge for a record over the limit.
		{"record.Decode", func(*testing.T) error {
			_, err := record.Decode(strings.NewReader(`{"id":"c1","answers":{"A1.1":"maybe"}}`))
			return err
		}, nil,
			func(t *testing.T, err error) {
				de := as[*record.DecodeError](t, err)
				assert.Equal(t, "c1", de.Case)
				assert.Equal(t, "answers[A1.1]", de.Field)
				assert.Equal(t, "maybe", de.Value)
			}},
		{"record.DecodeAll", func(*testing.T) error {
			_, err := record.DecodeAll(strings.NewReader("{\"id\":\"a\"}\n{\"id\":\"b\",\"colour\":1}\n"))
			return err
		}, nil,
			func(t *testing.T, err error) {
				de := as[*record.DecodeError](t, err)
				assert.Equal(t, 2, de.Line)
				assert.Equal(t, "b", de.Case)
			}},
		{"json.Unmarshal into a record.Case", func(*testing.T) error {
			var c record.Case
			return json.Unmarshal([]byte(`{"id":"c2","concerns":["weapons","weapons"]}`), &c)
		}, nil,
			func(t *testing.T, err error) { assert.Equal(t, "c2", as[*record.DecodeError](t, err).Case) }},
		{"record.Decode, over the size limit", func(*testing.T) error { _, err := record.Decode(strings.NewReader(huge)); return err },
			[]string{"record.ErrTooLarge"},
			func(t *testing.T, err error) { assert.Equal(t, "big", as[*record.DecodeError](t, err).Case) }},
		{"record.DecodeEach, over the size limit", func(*testing.T) error {
			return record.DecodeEach(strings.NewReader("{\"id\":\"a\"}\n"+huge+"\n"), func(record.Case) error { return nil })
		}, []string{"record.ErrTooLarge"},
			func(t *testing.T, err error) { assert.Equal(t, 2, as[*record.DecodeError](t, err).Line) }},

		// record.AnswerError.
		{"record.Answers.Set", func(*testing.T) error {
			var a record.Answers
			return a.Set("A1.1", record.Value{Level: classification.High})
		}, nil,
			func(t *testing.T, err error) {
				ae := as[*record.AnswerError](t, err)
				assert.Equal(t, framework.ID("A1.1"), ae.Question)
				assert.Equal(t, "high", ae.Value)
				assert.NotEmpty(t, ae.Reason)
			}},

		// judgement.RulesError, wherever rating rules are checked.
		{"judgement.Rate", func(*testing.T) error { _, err := judgement.Rate(nil, badRules()); return err }, nil,
			func(t *testing.T, err error) { assert.NotEmpty(t, as[*judgement.RulesError](t, err).Reason) }},
		{"judgement.Overall", func(*testing.T) error { _, err := judgement.Overall(nil, badRules()); return err }, nil,
			func(t *testing.T, err error) { as[*judgement.RulesError](t, err) }},
		{"judgement.Tally.Ratings", func(*testing.T) error { _, err := (&judgement.Tally{Rules: badRules()}).Ratings(); return err }, nil,
			func(t *testing.T, err error) { as[*judgement.RulesError](t, err) }},
		{"moderation.Moderate", func(*testing.T) error {
			_, err := moderation.Moderate(framework.DomainTwo(), nil, nil, badRules())
			return err
		}, nil,
			func(t *testing.T, err error) { as[*judgement.RulesError](t, err) }},

		// judgement.InputError: results or standards that cannot be rated.
		{"judgement.Overall, a standard twice", func(*testing.T) error {
			s := judgement.StandardRating{Standard: "2.1", Scored: true, Rating: judgement.Good}
			_, err := judgement.Overall([]judgement.StandardRating{s, s}, judgement.DefaultRatingRules())
			return err
		}, nil,
			func(t *testing.T, err error) {
				assert.Equal(t, `standard "2.1" is given twice`, as[*judgement.InputError](t, err).Reason)
			}},
		{"judgement.Tally.Merge, other rules", func(*testing.T) error {
			return (&judgement.Tally{}).Merge(&judgement.Tally{MaxIDs: 3})
		}, nil,
			func(t *testing.T, err error) { as[*judgement.InputError](t, err) }},

		// judgement.PartialError and profile.Error: rating under an audit profile.
		{"judgement.Overall, a partial standard", func(*testing.T) error {
			s := judgement.StandardRating{Standard: "2.1", Scored: true, Rating: judgement.Good, Partial: true}
			_, err := judgement.Overall([]judgement.StandardRating{s}, judgement.DefaultRatingRules())
			return err
		}, nil,
			func(t *testing.T, err error) {
				assert.Equal(t, []framework.ID{"2.1"}, as[*judgement.PartialError](t, err).Standards)
			}},
		{"profile.Parse", func(*testing.T) error {
			_, err := profile.Parse([]byte(`{"id":"x","name":"X","keyQuestions":["O2"]}`))
			return err
		}, nil,
			func(t *testing.T, err error) {
				pe := as[*profile.Error](t, err)
				assert.Equal(t, "keyQuestions[0]", pe.Field)
				assert.Equal(t, "O2", pe.Value)
			}},
		{"judgement.RateProfile, a bad profile", func(*testing.T) error {
			_, err := judgement.RateProfile(nil, judgement.DefaultRatingRules(), profile.Profile{ID: "x", Name: "X", KeyQuestions: []framework.ID{"A9"}})
			return err
		}, nil,
			func(t *testing.T, err error) { assert.Equal(t, "A9", as[*profile.Error](t, err).Value) }},

		// workbook.Error: an audit workbook that cannot be read back.
		{"workbook.Read, not a workbook", func(*testing.T) error {
			_, err := workbook.Read(strings.NewReader("PK\x03\x04 not a workbook"), 26)
			return err
		}, nil,
			func(t *testing.T, err error) {
				assert.Contains(t, as[*workbook.Error](t, err).Reason, "not an audit workbook")
			}},
		{"workbook.ReadAudit, not a workbook", func(*testing.T) error {
			_, err := workbook.ReadAudit(strings.NewReader("PK\x03\x04 not a workbook"), 26)
			return err
		}, nil,
			func(t *testing.T, err error) {
				assert.Contains(t, as[*workbook.Error](t, err).Reason, "not an audit workbook")
			}},
		{"workbook.Write, a bad profile", func(*testing.T) error {
			return workbook.Write(io.Discard, []record.Case{{ID: "c"}}, workbook.Options{Profile: profile.Profile{ID: "x", Name: "X", KeyQuestions: []framework.ID{"O2"}}})
		}, nil,
			func(t *testing.T, err error) {
				assert.Contains(t, as[*workbook.Error](t, err).Reason, `keyQuestions[0] "O2"`)
			}},

		// record.IDError and ErrBadID: the one ID rule.
		{"record.CheckID", func(*testing.T) error { return record.CheckID("x\u202e") }, []string{"record.ErrBadID"},
			func(t *testing.T, err error) { assert.Equal(t, "x\u202e", as[*record.IDError](t, err).ID) }},
		{"record.Decode, bad ID", func(*testing.T) error {
			_, err := record.Decode(strings.NewReader(`{"id":"x\nforged"}`))
			return err
		}, []string{"record.ErrBadID"},
			func(t *testing.T, err error) { assert.Equal(t, "id", as[*record.DecodeError](t, err).Field) }},

		// moderation.InputError: readings that cannot be compared.
		{"moderation.Compare, different cases", func(*testing.T) error {
			_, err := moderation.Compare(nil, record.Case{ID: "a"}, record.Case{ID: "b"})
			return err
		}, nil,
			func(t *testing.T, err error) {
				assert.Contains(t, as[*moderation.InputError](t, err).Reason, "different cases")
			}},
		{"moderation.Compare, bad ID", func(*testing.T) error {
			_, err := moderation.Compare(nil, record.Case{ID: "a\n"}, record.Case{ID: "a\n"})
			return err
		}, []string{"record.ErrBadID"},
			func(t *testing.T, err error) { assert.Equal(t, "first", as[*moderation.InputError](t, err).Reading) }},

		// synthetic.InputError.
		{"synthetic.SecondReadings", func(*testing.T) error { _, err := synthetic.SecondReadings(nil, 2, 1); return err }, nil,
			func(t *testing.T, err error) {
				assert.Equal(t, "SecondReadings", as[*synthetic.InputError](t, err).Func)
			}},
		{"synthetic.WriteJSONLines", func(*testing.T) error { return synthetic.WriteJSONLines(nil, nil) }, nil,
			func(t *testing.T, err error) {
				assert.Equal(t, "WriteJSONLines", as[*synthetic.InputError](t, err).Func)
			}},

		// synthetic.ConfigError.
		{"synthetic.Generate", func(*testing.T) error {
			_, err := synthetic.Generate(synthetic.Config{Inspections: 2, Cases: 1})
			return err
		}, nil,
			func(t *testing.T, err error) {
				ce := as[*synthetic.ConfigError](t, err)
				assert.Equal(t, "Cases", ce.Field)
				assert.Equal(t, 1, ce.Value)
			}},

		// sampling.InputError, and ErrSampleTooLarge.
		{"sampling.SampleSize", func(*testing.T) error {
			_, err := sampling.SampleSize(100, sampling.SampleRules{Confidence: 0.8, Margin: 2})
			return err
		}, nil,
			func(t *testing.T, err error) {
				ie := as[*sampling.InputError](t, err)
				assert.Equal(t, "margin", ie.Field)
				assert.Equal(t, "2", ie.Value)
			}},
		{"sampling.Select, repeated ID", func(*testing.T) error {
			_, err := sampling.Select([]sampling.Candidate{{ID: "c1"}, {ID: "c1"}}, 1, nil, 1)
			return err
		}, nil,
			func(t *testing.T, err error) {
				ie := as[*sampling.InputError](t, err)
				assert.Equal(t, "candidate ID", ie.Field)
				assert.Equal(t, "c1", ie.Value)
			}},
		{"sampling.Select, sample too large", func(*testing.T) error {
			_, err := sampling.Select([]sampling.Candidate{{ID: "c1"}, {ID: "c2"}}, 3, nil, 1)
			return err
		}, []string{"sampling.ErrSampleTooLarge"},
			func(t *testing.T, err error) {
				ie := as[*sampling.InputError](t, err)
				assert.Equal(t, "sample size n", ie.Field)
				assert.Equal(t, "3", ie.Value)
			}},
		{"sampling.Select, empty population", func(*testing.T) error { _, err := sampling.Select(nil, 1, nil, 1); return err },
			[]string{"sampling.ErrSampleTooLarge"},
			func(t *testing.T, err error) { as[*sampling.InputError](t, err) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.call(t)
			require.Error(t, err)
			tt.check(t, err)
			for name, s := range sentinels {
				want := false
				for _, n := range tt.is {
					want = want || n == name
				}
				assert.Equal(t, want, errors.Is(err, s), "errors.Is(err, %s)", name)
			}
		})
	}
}

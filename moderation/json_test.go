package moderation_test

import (
	"encoding"
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/yjinspect/yjinspect/classification"
	"github.com/yjinspect/yjinspect/judgement"
	"github.com/yjinspect/yjinspect/moderation"
	"github.com/yjinspect/yjinspect/record"
)

// token is an enum's text form, so that these tests follow the enums' own.
func token(t *testing.T, v encoding.TextMarshaler) string {
	t.Helper()
	b, err := v.MarshalText()
	require.NoError(t, err)
	return string(b)
}

// The JSON of a comparison, as the package doc describes it.
func TestComparisonJSON(t *testing.T) {
	first := read(t, edit(`"homeService": true`, `"homeService": true, "livedOutsideArea": false`))
	second := read(t, edit(`"A1.1": "yes"`, `"A1.1": "no"`, `"A2.5": "medium"`, `"A2.5": "high"`, `"A1.S": "yes"`, `"A1.S": "no"`))
	c, err := moderation.Compare(nil, first, second)
	require.NoError(t, err)
	got, err := json.Marshal(c)
	require.NoError(t, err)
	want := strings.NewReplacer("SW", token(t, classification.SafetyAndWellbeing), "ROSH", token(t, classification.RiskOfSeriousHarm)).Replace(`{
	  "case": "c1",
	  "answers": [
	    {"question": "A1.1", "kind": "differ", "first": "yes", "second": "no"},
	    {"question": "A1.S", "kind": "differ", "first": "yes", "second": "no"},
	    {"question": "A2.5", "kind": "differ", "first": "medium", "second": "high"}
	  ],
	  "summaries": [
	    {"keyQuestion": "A1", "summary": "A1.S", "standard": "2.1", "kind": "differ",
	     "first": {"keyQuestion": "A1", "standard": "2.1", "summary": "A1.S", "answer": "yes", "decidedBy": "inspector", "recorded": "yes"},
	     "second": {"keyQuestion": "A1", "standard": "2.1", "summary": "A1.S", "answer": "no", "decidedBy": "inspector", "recorded": "no"}}
	  ],
	  "scales": [
	    {"scale": "SW", "levelQuestion": "A2.5", "reasonableQuestion": "A2.reasonable",
	     "caseManager": {"first": "medium", "second": "high", "kind": "differ"},
	     "inspector": {"first": "medium", "second": "medium", "kind": "agree"},
	     "reasonable": {"first": "yes", "second": "yes", "kind": "agree"}},
	    {"scale": "ROSH", "levelQuestion": "A3.4", "reasonableQuestion": "A3.reasonable",
	     "caseManager": {}, "inspector": {}, "reasonable": {}}
	  ],
	  "facts": [
	    {"field": "lookedAfter.livedOutsideArea", "questions": ["I1.1"], "kind": "only-first", "first": "no"}
	  ]
	}`)
	assert.JSONEq(t, want, string(got))
}

// The JSON of a moderation has the documented keys, camelCase.
func TestModerationJSON(t *testing.T) {
	first := []record.Case{read(t, base)}
	second := []record.Case{read(t, edit(`"A1.1": "yes"`, `"A1.1": "no"`))}
	m, err := moderation.Moderate(nil, first, second, judgement.DefaultRatingRules())
	require.NoError(t, err)
	b, err := json.Marshal(m)
	require.NoError(t, err)
	var got map[string]json.RawMessage
	require.NoError(t, json.Unmarshal(b, &got))
	var keys []string
	for k := range got {
		keys = append(keys, k)
	}
	assert.ElementsMatch(t, []string{"pairs", "questions", "disputed", "summaries", "scales", "ratings", "first", "second", "moderated", "cases"}, keys)

	var disputed []map[string]any
	require.NoError(t, json.Unmarshal(got["disputed"], &disputed))
	assert.Equal(t, []map[string]any{{"question": "A1.1", "keyQuestion": "A1", "compared": 1.0, "agree": 0.0, "differ": 1.0,
		"onlyFirst": 0.0, "onlySecond": 0.0, "disputed": 1.0, "rate": 0.0}}, disputed)

	var summaries []map[string]json.RawMessage
	require.NoError(t, json.Unmarshal(got["summaries"], &summaries))
	require.Len(t, summaries, 12)
	assert.JSONEq(t, `[[1,0],[0,0]]`, string(summaries[0]["yesNo"]))
	assert.JSONEq(t, `{"observed": 1, "chance": 1, "value": 0, "defined": false,
		"note": "chance agreement is 1: every pair has the same judgement in both readings"}`, string(summaries[0]["kappa"]))

	var ratings []map[string]any
	require.NoError(t, json.Unmarshal(got["ratings"], &ratings))
	out := token(t, judgement.Outstanding)
	assert.Equal(t, map[string]any{"standard": "2.1", "name": "Assessment", "first": out, "second": out, "moderated": out, "changed": false}, ratings[0])

	var scales []map[string]json.RawMessage
	require.NoError(t, json.Unmarshal(got["scales"], &scales))
	for _, k := range []string{"scale", "compared", "matrix", "secondHigher", "secondLower", "kappa", "linearKappa", "quadraticKappa"} {
		assert.Contains(t, scales[0], k)
	}
}

package moderation_test

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/yjinspect/yjinspect/agreement"
	"github.com/yjinspect/yjinspect/classification"
	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/judgement"
	"github.com/yjinspect/yjinspect/moderation"
	"github.com/yjinspect/yjinspect/record"
)

func question(t *testing.T, m moderation.Moderation, id framework.ID) moderation.QuestionAgreement {
	t.Helper()
	for _, q := range m.Questions {
		if q.Question == id {
			return q
		}
	}
	t.Fatalf("no question %s", id)
	return moderation.QuestionAgreement{}
}

func summaryOf(t *testing.T, m moderation.Moderation, kq framework.ID) moderation.SummaryAgreement {
	t.Helper()
	for _, s := range m.Summaries {
		if s.KeyQuestion == kq {
			return s
		}
	}
	t.Fatalf("no key question %s", kq)
	return moderation.SummaryAgreement{}
}

// TestModerateKappaPublishedExample is the worked example of Cohen's kappa
// in Wikipedia's article "Cohen's kappa" (section "Examples", "Simple
// example"): 50 grant proposals read by two readers; both Yes 20, the first
// Yes and the second No 5, the first No and the second Yes 10, both No 15;
// observed agreement 0.7, agreement by chance 0.5, kappa 0.4. Here the
// proposals are cases and the readers' Yes and No the summary judgement of
// A1.
func TestModerateKappaPublishedExample(t *testing.T) {
	var first, second []record.Case
	add := func(n int, a, b string) {
		for range n {
			id := fmt.Sprintf("case-%02d", len(first)+1)
			first = append(first, read(t, `{"id": "`+id+`", "answers": {"A1.S": "`+a+`"}}`))
			second = append(second, read(t, `{"id": "`+id+`", "answers": {"A1.S": "`+b+`"}}`))
		}
	}
	add(20, "yes", "yes")
	add(5, "yes", "no")
	add(10, "no", "yes")
	add(15, "no", "no")
	m, err := moderation.Moderate(nil, first, second, judgement.DefaultRatingRules())
	require.NoError(t, err)
	s := summaryOf(t, m, "A1")
	assert.Equal(t, [2][2]int{{20, 5}, {10, 15}}, s.YesNo)
	assert.Equal(t, moderation.Counts{Compared: 50, Agree: 35, Differ: 15, Disputed: 15, Rate: 0.7}, s.Counts)
	require.True(t, s.Kappa.Defined)
	assert.InDelta(t, 0.7, s.Kappa.Observed, 1e-12)
	assert.InDelta(t, 0.5, s.Kappa.Chance, 1e-12)
	assert.InDelta(t, 0.4, s.Kappa.Value, 1e-12)
	assert.Equal(t, s.Counts, question(t, m, "A1.S").Counts)
	assert.Len(t, m.Cases, 15, "the pairs that differ")
}

// The hand-worked inspection: four cases read first, two of them (c2, c3)
// read again, and c5 read only the second time. The second reading of c2
// answers A1.1 and A1.S No and puts A2.5 and the inspector's safety and
// wellbeing level at High; c3 is read the same.
//
// A1 (the only key question of standard 2.1 with a summary) is Yes in every
// first reading: 4/4, Outstanding. Second readings: c2 No, c3 Yes, 1/2 =
// 50%, Requires improvement. Moderated: c1, c3, c4 Yes and c2 No, 3/4 = 75%,
// Good. P2 is No throughout (2.2 Inadequate); 2.3 and 2.4 have no summary
// decided and are not rated.
//
// Kappa of A1: first Yes twice; second Yes once, No once. Observed 1/2;
// chance (2·1 + 0·1)/4 = 1/2; kappa 0. The same for the inspector's safety
// and wellbeing level (Medium twice; Medium once, High once).
func TestModerateHandWorked(t *testing.T) {
	withID := func(id, record string) record.Case {
		return read(t, replaceOnce(record, `"c1"`, `"`+id+`"`))
	}
	first := []record.Case{withID("c1", base), withID("c2", base), withID("c3", base), withID("c4", base)}
	c2 := edit(`"c1"`, `"c2"`, `"A1.1": "yes"`, `"A1.1": "no"`, `"A1.S": "yes"`, `"A1.S": "no"`, `"A2.5": "medium"`, `"A2.5": "high"`,
		`"inspector": {"safetyAndWellbeing": "medium"}`, `"inspector": {"safetyAndWellbeing": "high"}`)
	second := []record.Case{withID("c5", base), read(t, c2), withID("c3", base)}

	m, err := moderation.Moderate(nil, first, second, judgement.DefaultRatingRules())
	require.NoError(t, err)
	assert.Equal(t, 2, m.Pairs)
	assert.Equal(t, []string{"c1", "c4"}, m.FirstOnly)
	assert.Equal(t, []string{"c5"}, m.SecondOnly)

	for _, tt := range []struct {
		id   framework.ID
		want moderation.Counts
	}{
		{"A1.1", moderation.Counts{Compared: 2, Agree: 1, Differ: 1, Disputed: 1, Rate: 0.5}},
		{"A1.S", moderation.Counts{Compared: 2, Agree: 1, Differ: 1, Disputed: 1, Rate: 0.5}},
		{"A2.5", moderation.Counts{Compared: 2, Agree: 1, Differ: 1, Disputed: 1, Rate: 0.5}},
		{"I1.4", moderation.Counts{Compared: 2, Agree: 2, Rate: 1}},
		{"A1.3", moderation.Counts{}},
	} {
		assert.Equal(t, tt.want, question(t, m, tt.id).Counts, tt.id)
	}
	var disputed []framework.ID
	for _, q := range m.Disputed {
		disputed = append(disputed, q.Question)
	}
	assert.Equal(t, []framework.ID{"A1.1", "A1.S", "A2.5"}, disputed, "ties in catalogue order")

	a1 := summaryOf(t, m, "A1")
	assert.Equal(t, [2][2]int{{1, 1}, {0, 0}}, a1.YesNo)
	assert.Equal(t, agreement.Kappa{Observed: 0.5, Chance: 0.5, Value: 0, Defined: true}, a1.Kappa)
	p2 := summaryOf(t, m, "P2")
	assert.Equal(t, [2][2]int{{0, 0}, {0, 2}}, p2.YesNo)
	assert.False(t, p2.Kappa.Defined)
	assert.Equal(t, "chance agreement is 1: every pair has the same judgement in both readings", p2.Kappa.Note)
	a2 := summaryOf(t, m, "A2")
	assert.Equal(t, moderation.Counts{}, a2.Counts, "undecided in both readings")
	assert.Equal(t, "no pair is judged Yes or No in both readings", a2.Kappa.Note)

	require.Len(t, m.Scales, 2)
	sw := m.Scales[0]
	assert.Equal(t, classification.SafetyAndWellbeing, sw.Scale)
	assert.Equal(t, moderation.Counts{Compared: 2, Agree: 1, Differ: 1, Disputed: 1, Rate: 0.5}, sw.Counts)
	assert.Equal(t, [4][4]int{1: {1: 1, 2: 1}}, sw.Matrix)
	assert.Equal(t, 1, sw.SecondHigher)
	assert.Equal(t, 0, sw.SecondLower)
	assert.True(t, sw.Kappa.Defined)
	assert.InDelta(t, 0, sw.Kappa.Value, 1e-12)
	assert.Equal(t, "no pair has the inspector's level in both readings", m.Scales[1].QuadraticKappa.Note)

	want := []moderation.RatingEffect{
		{Standard: "2.1", Name: "Assessment", First: judgement.Outstanding, Second: judgement.RequiresImprovement, Moderated: judgement.Good, Changed: true},
		{Standard: "2.2", Name: "Planning", First: judgement.Inadequate, Second: judgement.Inadequate, Moderated: judgement.Inadequate},
		{Standard: "2.3", Name: "Implementation and delivery"},
		{Standard: "2.4", Name: "Reviewing"},
	}
	assert.Empty(t, cmp.Diff(want, m.Ratings))
	assert.Equal(t, 4, m.First.Cases)
	assert.Equal(t, 2, m.Second.Cases)
	assert.Equal(t, 4, m.Moderated.Cases)

	require.Len(t, m.Cases, 1)
	assert.Equal(t, "c2", m.Cases[0].Case)
}

func replaceOnce(s, old, new string) string {
	for i := 0; i+len(old) <= len(s); i++ {
		if s[i:i+len(old)] == old {
			return s[:i] + new + s[i+len(old):]
		}
	}
	return s
}

func TestModerateErrors(t *testing.T) {
	c1 := read(t, base)
	c2 := read(t, edit(`"c1"`, `"c2"`))
	bad := c2.Clone()
	bad.Inspector.SafetyAndWellbeing = classification.Level(7)
	badRules := judgement.DefaultRatingRules()
	badRules.KeyQuestionBands = nil
	tests := []struct {
		name          string
		first, second []record.Case
		rules         judgement.RatingRules
		want          string
	}{
		{"twice in the first readings", []record.Case{c1, c2, c1}, nil, judgement.DefaultRatingRules(),
			`moderation: first readings: case "c1" is given twice (records 1 and 3)`},
		{"twice in the second readings", []record.Case{c1}, []record.Case{c2, c2}, judgement.DefaultRatingRules(),
			`moderation: second readings: case "c2" is given twice (records 1 and 2)`},
		{"no id", []record.Case{c1}, []record.Case{{}}, judgement.DefaultRatingRules(),
			`moderation: second reading: a case has no id`},
		{"a space before the id", []record.Case{c1}, []record.Case{{ID: " c1"}}, judgement.DefaultRatingRules(),
			`moderation: second reading: record: bad ID " c1": begins with white space (U+0020)`},
		{"a zero-width space in the id", []record.Case{{ID: "c1\u200b"}}, nil, judgement.DefaultRatingRules(),
			`moderation: first reading: record: bad ID "c1\u200b": holds a format character (U+200B), such as a bidirectional control or a zero-width space`},
		{"level out of range", []record.Case{bad}, nil, judgement.DefaultRatingRules(),
			`moderation: first reading of case "c2": inspector.safetyAndWellbeing: bad value "Level(7)": not a level`},
		{"rules", nil, nil, badRules, "judgement: rating rules: no key-question bands"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := moderation.Moderate(nil, tt.first, tt.second, tt.rules)
			require.Error(t, err)
			assert.Equal(t, tt.want, err.Error())
		})
	}
}

// With nothing to compare, Moderate still gives a row for every question,
// key question, scale and standard.
func TestModerateEmpty(t *testing.T) {
	m, err := moderation.Moderate(nil, nil, nil, judgement.DefaultRatingRules())
	require.NoError(t, err)
	assert.Zero(t, m.Pairs)
	assert.Len(t, m.Questions, len(framework.DomainTwo().Questions()))
	assert.Len(t, m.Summaries, 12)
	assert.Len(t, m.Scales, 2)
	assert.Len(t, m.Ratings, 4)
	assert.Empty(t, m.Disputed)
	assert.Empty(t, m.Cases)
}

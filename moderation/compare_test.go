package moderation_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/yjinspect/yjinspect/classification"
	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/judgement"
	"github.com/yjinspect/yjinspect/moderation"
	"github.com/yjinspect/yjinspect/record"
)

// read decodes a case record.
func read(t testing.TB, doc string) record.Case {
	t.Helper()
	c, err := record.Decode(strings.NewReader(doc))
	require.NoError(t, err, doc)
	return c
}

// base is the first reading of the hand-worked pairs.
const base = `{"id": "c1",
 "answers": {"I1.4": "Female", "A1.1": "yes", "A1.S": "yes", "A2.5": "medium", "A2.reasonable": "yes", "P2.S": "no"},
 "inspector": {"safetyAndWellbeing": "medium"},
 "factors": {"childSafety": true},
 "lookedAfter": {"homeService": true}}`

// edit returns base with some of its text replaced.
func edit(pairs ...string) string { return strings.NewReplacer(pairs...).Replace(base) }

// summary is a summary difference in short.
type summary struct {
	KeyQuestion           framework.ID
	Kind                  moderation.DifferenceKind
	FirstAnswer           record.Answer
	FirstBy               judgement.DecidedBy
	SecondAnswer          record.Answer
	SecondBy              judgement.DecidedBy
	Summary, StandardOfKQ framework.ID
}

func shortSummaries(ds []moderation.SummaryDifference) []summary {
	var out []summary
	for _, d := range ds {
		out = append(out, summary{d.KeyQuestion, d.Kind, d.First.Answer, d.First.DecidedBy, d.Second.Answer, d.Second.DecidedBy, d.Summary, d.Standard})
	}
	return out
}

// scales builds the two scale comparisons; the risk of serious harm scale
// is empty in every hand-worked pair but one.
func scales(swCM, swInsp moderation.LevelPair, swReason moderation.AnswerPair, roshInsp moderation.LevelPair) []moderation.ScaleComparison {
	return []moderation.ScaleComparison{
		{Scale: classification.SafetyAndWellbeing, LevelQuestion: "A2.5", ReasonableQuestion: "A2.reasonable", CaseManager: swCM, Inspector: swInsp, Reasonable: swReason},
		{Scale: classification.RiskOfSeriousHarm, LevelQuestion: "A3.4", ReasonableQuestion: "A3.reasonable", Inspector: roshInsp},
	}
}

var (
	mediumAgree = moderation.LevelPair{First: classification.Medium, Second: classification.Medium, Kind: moderation.Agree}
	yesAgree    = moderation.AnswerPair{First: record.Yes, Second: record.Yes, Kind: moderation.Agree}
	noLevels    = moderation.LevelPair{}
)

func fact(b bool) *bool { return &b }

func TestCompareHandWorked(t *testing.T) {
	yes, no, na := record.Value{Answer: record.Yes}, record.Value{Answer: record.No}, record.Value{Answer: record.NotApplicable}
	tests := []struct {
		name      string
		second    string
		first     string // base when empty
		answers   []moderation.AnswerDifference
		summaries []summary
		scales    []moderation.ScaleComparison
		facts     []moderation.FactDifference
		same      bool
	}{
		{name: "identical", second: base, same: true,
			scales: scales(mediumAgree, mediumAgree, yesAgree, noLevels)},
		{name: "A1.1 and A2.5 answered differently",
			second: edit(`"A1.1": "yes"`, `"A1.1": "no"`, `"A2.5": "medium"`, `"A2.5": "high"`),
			answers: []moderation.AnswerDifference{
				{Question: "A1.1", Kind: moderation.Differ, First: yes, Second: no},
				{Question: "A2.5", Kind: moderation.Differ, First: record.Value{Level: classification.Medium}, Second: record.Value{Level: classification.High}},
			},
			scales: scales(moderation.LevelPair{First: classification.Medium, Second: classification.High, Kind: moderation.Differ}, mediumAgree, yesAgree, noLevels)},
		{name: "n/a against no", second: edit(`"A1.1": "yes"`, `"A1.1": "no"`), first: edit(`"A1.1": "yes"`, `"A1.1": "n/a"`),
			answers: []moderation.AnswerDifference{{Question: "A1.1", Kind: moderation.Differ, First: na, Second: no}},
			scales:  scales(mediumAgree, mediumAgree, yesAgree, noLevels)},
		{name: "summary recorded in the first reading only", second: edit(`"A1.S": "yes", `, ``),
			answers:   []moderation.AnswerDifference{{Question: "A1.S", Kind: moderation.OnlyFirst, First: yes}},
			summaries: []summary{{"A1", moderation.OnlyFirst, record.Yes, judgement.Inspector, 0, judgement.Undecided, "A1.S", "2.1"}},
			scales:    scales(mediumAgree, mediumAgree, yesAgree, noLevels)},
		{name: "a rule decides the first reading, the inspector the second",
			first:   edit(`, "P2.S": "no"`, ``, `"childSafety": true`, `"childSafety": false`),
			answers: []moderation.AnswerDifference{{Question: "P2.S", Kind: moderation.OnlySecond, Second: no}},
			summaries: []summary{
				{"P2", moderation.Differ, record.Yes, judgement.NoFactorsRule, record.No, judgement.Inspector, "P2.S", "2.2"},
				{"D2", moderation.OnlyFirst, record.Yes, judgement.NoFactorsRule, 0, judgement.Undecided, "D2.S", "2.3"},
			},
			scales: scales(mediumAgree, mediumAgree, yesAgree, noLevels),
			facts:  []moderation.FactDifference{{Field: "factors.childSafety", Questions: []framework.ID{"P2.S", "D2.S"}, Kind: moderation.Differ, First: "no", Second: "yes"}},
			second: base},
		{name: "the inspector's level only", second: edit(`"inspector": {"safetyAndWellbeing": "medium"}`, `"inspector": {"safetyAndWellbeing": "high", "riskOfSeriousHarm": "low"}`),
			scales: scales(mediumAgree, moderation.LevelPair{First: classification.Medium, Second: classification.High, Kind: moderation.Differ}, yesAgree,
				moderation.LevelPair{Second: classification.Low, Kind: moderation.OnlySecond})},
		{name: "a fact unknown in one reading", second: edit(`"factors"`, `"nearBoundary": {"riskOfSeriousHarm": true}, "factors"`),
			scales: scales(mediumAgree, mediumAgree, yesAgree, noLevels),
			facts:  []moderation.FactDifference{{Field: "nearBoundary.riskOfSeriousHarm", Questions: []framework.ID{"A3.reasonable"}, Kind: moderation.OnlySecond, Second: "near"}}},
		{name: "looked-after facts", second: edit(`"homeService": true`, `"homeService": false, "responsibleForAssessment": true`),
			scales: scales(mediumAgree, mediumAgree, yesAgree, noLevels),
			facts: []moderation.FactDifference{
				{Field: "lookedAfter.homeService", Questions: []framework.ID{"I1.1"}, Kind: moderation.Differ, First: "yes", Second: "no"},
				{Field: "lookedAfter.responsibleForAssessment", Questions: []framework.ID{"I1.1"}, Kind: moderation.OnlySecond, Second: "yes"},
			}},
		{name: "a free-text answer", second: edit(`"Female"`, `"Male"`),
			answers: []moderation.AnswerDifference{{Question: "I1.4", Kind: moderation.Differ, First: record.Value{Text: "Female"}, Second: record.Value{Text: "Male"}}},
			scales:  scales(mediumAgree, mediumAgree, yesAgree, noLevels)},
		{name: "reasonableness answered differently", second: edit(`"A2.reasonable": "yes"`, `"A2.reasonable": "no"`),
			answers: []moderation.AnswerDifference{{Question: "A2.reasonable", Kind: moderation.Differ, First: yes, Second: no}},
			scales:  scales(mediumAgree, mediumAgree, moderation.AnswerPair{First: record.Yes, Second: record.No, Kind: moderation.Differ}, noLevels)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			first := base
			if tt.first != "" {
				first = tt.first
			}
			a, b := read(t, first), read(t, tt.second)
			got, err := moderation.Compare(nil, a, b)
			require.NoError(t, err)
			assert.Equal(t, "c1", got.Case)
			assert.Empty(t, cmp.Diff(tt.answers, got.Answers), "answers")
			assert.Empty(t, cmp.Diff(tt.summaries, shortSummaries(got.Summaries)), "summaries")
			assert.Empty(t, cmp.Diff(tt.scales, got.Scales), "scales")
			assert.Empty(t, cmp.Diff(tt.facts, got.Facts), "facts")
			assert.Equal(t, tt.same, got.Agrees())
		})
	}
}

func TestCompareErrors(t *testing.T) {
	c := read(t, base)
	other := read(t, edit(`"c1"`, `"c2"`))
	bad := c.Clone()
	bad.Inspector.RiskOfSeriousHarm = classification.Level(9)
	tests := []struct {
		name          string
		first, second record.Case
		want          string
	}{
		{"different cases", c, other, `moderation: the readings are of different cases: "c1" and "c2"`},
		{"no id", record.Case{}, record.Case{}, "moderation: first reading: a case has no id"},
		{"a control character in the id", record.Case{ID: "c1\n2.1 Outstanding"}, record.Case{ID: "c1\n2.1 Outstanding"},
			`moderation: first reading: record: bad ID "c1\n2.1 Outstanding": holds a control character (U+000A)`},
		{"a bidi control in the id", record.Case{ID: "c\u202e1"}, record.Case{ID: "c\u202e1"},
			`moderation: first reading: record: bad ID "c\u202e1": holds a format character (U+202E), such as a bidirectional control or a zero-width space`},
		{"invalid UTF-8 in the id", record.Case{ID: "c\xff"}, record.Case{ID: "c\xff"},
			`moderation: first reading: record: bad ID "c\xff": is not valid UTF-8 (at byte 1)`},
		{"a space after the id", record.Case{ID: "c1 "}, record.Case{ID: "c1 "},
			`moderation: first reading: record: bad ID "c1 ": ends with white space (U+0020)`},
		{"level out of range", c, bad, `moderation: second reading of case "c1": inspector.riskOfSeriousHarm: bad value "Level(9)": not a level`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := moderation.Compare(nil, tt.first, tt.second)
			require.Error(t, err)
			assert.Equal(t, tt.want, err.Error())
			if strings.Contains(tt.name, "the id") {
				assert.ErrorIs(t, err, record.ErrBadID)
			}
		})
	}
}

// Compare leaves the cases as they were, and what it returns shares nothing
// with them.
func TestCompareDoesNotShare(t *testing.T) {
	a := read(t, edit(`"homeService": true`, `"homeService": false`))
	b := read(t, base)
	before := a.Clone()
	got, err := moderation.Compare(framework.DomainTwo(), a, b)
	require.NoError(t, err)
	require.Len(t, got.Facts, 1)
	got.Facts[0].First = "changed"
	got.Facts[0].Questions[0] = "X"
	assert.Empty(t, cmp.Diff(before, a, cmp.Comparer(record.Answers.Equal)))
	again, err := moderation.Compare(nil, a, b)
	require.NoError(t, err)
	assert.Equal(t, framework.ID("I1.1"), again.Facts[0].Questions[0])
}

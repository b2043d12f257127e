package report

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/yjinspect/yjinspect/agreement"
	"github.com/yjinspect/yjinspect/classification"
	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/judgement"
	"github.com/yjinspect/yjinspect/moderation"
	"github.com/yjinspect/yjinspect/record"
	"github.com/yjinspect/yjinspect/synthetic"
)

// linesOf writes cases as JSON lines.
func linesOf(t *testing.T, cases []record.Case) string {
	t.Helper()
	var buf bytes.Buffer
	require.NoError(t, synthetic.WriteJSONLines(&buf, cases))
	return buf.String()
}

// readingsPair makes first readings of one synthetic inspection and second
// readings of them in which case 0 differs from its first reading in A1.1
// (Yes against No) and A2.5 (Medium against High) and nothing else; the
// other cases depart from their first readings at random (rate 0.2), so that
// the kappas have something to measure.
func readingsPair(t *testing.T) (first, second []record.Case) {
	t.Helper()
	d, err := synthetic.Generate(synthetic.Config{Inspections: 1, Cases: 30, Seed: 11})
	require.NoError(t, err)
	first = slices.Concat(d.Inspections...)
	second, err = synthetic.SecondReadings(first, 0.2, 5)
	require.NoError(t, err)
	first[0] = first[0].Clone()
	require.NoError(t, first[0].Answers.Set("A1.1", record.Value{Answer: record.Yes}))
	require.NoError(t, first[0].Answers.Set("A2.5", record.Value{Level: classification.Medium}))
	second[0] = first[0].Clone()
	require.NoError(t, second[0].Answers.Set("A1.1", record.Value{Answer: record.No}))
	require.NoError(t, second[0].Answers.Set("A2.5", record.Value{Level: classification.High}))
	return first, second
}

// jsonModeration is the part of the -moderate JSON form the tests read.
type jsonModeration struct {
	Synthetic        bool     `json:"synthetic"`
	SecondNotInFirst []string `json:"secondNotInFirst"`
	FirstReadings    struct {
		Records int `json:"records"`
	} `json:"firstReadings"`
	Inspections []struct {
		Inspection    string `json:"inspection"`
		FirstReadings int    `json:"firstReadings"`
		Pairs         int    `json:"pairs"`
		FirstOnly     []string
		Summaries     []struct {
			KeyQuestion string          `json:"keyQuestion"`
			Same        int             `json:"same"`
			Compared    int             `json:"compared"`
			Kappa       agreement.Kappa `json:"kappa"`
		} `json:"summaries"`
		Scales []struct {
			Scale          string          `json:"scale"`
			Kappa          agreement.Kappa `json:"kappa"`
			LinearKappa    agreement.Kappa `json:"linearKappa"`
			QuadraticKappa agreement.Kappa `json:"quadraticKappa"`
		} `json:"scales"`
		Cases []struct {
			Case    string `json:"case"`
			Answers []struct {
				Question string `json:"question"`
				Kind     string `json:"kind"`
				First    string `json:"first"`
				Second   string `json:"second"`
			} `json:"answers"`
		} `json:"cases"`
	} `json:"inspections"`
}

// TestModerateJSONAcceptance is issue 12's check: for a pair differing in
// A1.1 and A2.5, the JSON form lists both questions with both answers, and
// the kappas.
func TestModerateJSONAcceptance(t *testing.T) {
	first, second := readingsPair(t)
	a := writeFile(t, "a.jsonl", linesOf(t, first))
	b := writeFile(t, "b.jsonl", linesOf(t, second))
	code, out, errs := runInspect(t, "", "-cases", a, "-moderate", b, "-format", "json", "-errors-ok")
	require.Equal(t, 0, code, errs)

	var rep jsonModeration
	require.NoError(t, json.Unmarshal([]byte(out), &rep), out)
	require.Len(t, rep.Inspections, 1)
	in := rep.Inspections[0]
	assert.Equal(t, 30, in.Pairs)

	var answers map[string][2]string
	for _, c := range in.Cases {
		if c.Case != first[0].ID {
			continue
		}
		answers = map[string][2]string{}
		for _, d := range c.Answers {
			assert.Equal(t, "differ", d.Kind, d.Question)
			answers[d.Question] = [2]string{d.First, d.Second}
		}
	}
	want := map[string][2]string{"A1.1": {"yes", "no"}, "A2.5": {"medium", "high"}}
	for q, w := range want {
		got, ok := answers[q]
		require.True(t, ok, "%s is not listed among the differences of %s: %v", q, first[0].ID, answers)
		assert.Equal(t, w, [2]string{strings.ToLower(got[0]), strings.ToLower(got[1])}, q)
	}
	assert.Len(t, answers, 2, "the pair differs in A1.1 and A2.5 only")

	// The kappas, as moderation.Moderate computes them, and the scales'
	// by another route: an agreement.Table over the inspector's levels.
	m, err := moderation.Moderate(framework.DomainTwo(), first, second, judgement.DefaultRatingRules())
	require.NoError(t, err)
	require.Len(t, in.Summaries, 12)
	for i, s := range in.Summaries {
		assert.Equal(t, string(m.Summaries[i].KeyQuestion), s.KeyQuestion)
		assert.Equal(t, m.Summaries[i].Kappa, s.Kappa, s.KeyQuestion)
	}
	require.Len(t, in.Scales, 2)
	defined := 0
	for i, get := range []func(record.ScaleLevels) classification.Level{
		func(l record.ScaleLevels) classification.Level { return l.SafetyAndWellbeing },
		func(l record.ScaleLevels) classification.Level { return l.RiskOfSeriousHarm },
	} {
		ag := agreement.New(classification.Levels()...)
		for j := range first {
			ag.Add(get(first[j].Inspector), get(second[j].Inspector))
		}
		s := in.Scales[i]
		for _, k := range []struct{ got, want agreement.Kappa }{{s.Kappa, ag.Kappa()}, {s.LinearKappa, ag.LinearKappa()}, {s.QuadraticKappa, ag.QuadraticKappa()}} {
			assert.Equal(t, k.want.Defined, k.got.Defined, s.Scale)
			assert.InDelta(t, k.want.Value, k.got.Value, 1e-12, s.Scale)
			if k.got.Defined {
				defined++
			}
		}
	}
	assert.Positive(t, defined, "some scale kappa is defined")
}

func TestModerateText(t *testing.T) {
	first, second := readingsPair(t)
	extra := first[1].Clone()
	extra.ID = "not-in-first"
	a := writeFile(t, "a.jsonl", linesOf(t, first))
	b := writeFile(t, "b.jsonl", linesOf(t, append(second, extra)))
	code, out, errs := runInspect(t, "", "-cases", a, "-moderate", b, "-errors-ok")
	require.Equal(t, 0, code, errs)
	for _, want := range []string{
		"SYNTHETIC DATA",
		"Moderation report",
		"Second readings of cases not in the first readings (reported, counted nowhere): 1 case: not-in-first",
		"Summary judgements, first against second reading",
		"Questions most often disputed",
		"The inspector's levels, first against second reading",
		"Cohen's kappa",
		"2.1 Assessment",
		"Disputed cases:",
		first[0].ID,
	} {
		assert.Contains(t, out, want)
	}
	// The pair of case 0, both answers of both questions.
	i := strings.Index(out, "  "+first[0].ID+"\n")
	require.GreaterOrEqual(t, i, 0)
	block := out[i:]
	if j := strings.Index(block[3:], "\n  "+first[1].ID[:4]); j > 0 {
		block = block[:j+3]
	}
	assert.Regexp(t, `A1\.1\s+first Yes; second No`, block)
	assert.Regexp(t, `A2\.5\s+first Medium; second High`, block)
}

func TestModerateCase(t *testing.T) {
	first, second := readingsPair(t)
	a := writeFile(t, "a.jsonl", linesOf(t, first))
	b := writeFile(t, "b.jsonl", linesOf(t, second[1:]))
	id := first[0].ID

	// Read once: nothing to compare.
	code, out, errs := runInspect(t, "", "-cases", a, "-moderate", b, "-case", id, "-errors-ok")
	require.Equal(t, 0, code, errs)
	assert.Contains(t, out, "Read once: only the first readings hold this case")

	b = writeFile(t, "b.jsonl", linesOf(t, second))
	code, out, errs = runInspect(t, "", "-cases", a, "-moderate", b, "-case", id, "-errors-ok")
	require.Equal(t, 0, code, errs)
	assert.Regexp(t, `A1\.1\s+first Yes; second No`, out)
	a11, _ := framework.DomainTwo().Question("A1.1")
	assert.Contains(t, out, "A1.1 "+a11.Text)
	assert.Contains(t, out, "There are four classifications", "A2.5's guidance defines the levels")

	code, out, errs = runInspect(t, "", "-cases", a, "-moderate", b, "-case", id, "-format", "json", "-errors-ok")
	require.Equal(t, 0, code, errs)
	var got struct {
		ReadIn     string `json:"readIn"`
		Comparison struct {
			Case string `json:"case"`
		} `json:"comparison"`
		Guidance []questionGuidance `json:"guidance"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &got))
	assert.Equal(t, id, got.Comparison.Case)
	assert.Equal(t, "both", got.ReadIn)
	var ids []framework.ID
	for _, g := range got.Guidance {
		ids = append(ids, g.Question)
		assert.NotEmpty(t, g.Guidance, g.Question)
	}
	assert.Equal(t, []framework.ID{"A1.1", "A2.5"}, ids)

	code, _, errs = runInspect(t, "", "-cases", a, "-moderate", b, "-case", "nope")
	assert.Equal(t, 2, code)
	assert.Contains(t, errs, `no case with id "nope"`)
}

func TestModerateSeveralInspections(t *testing.T) {
	d, err := synthetic.Generate(synthetic.Config{Inspections: 3, Cases: 45, Seed: 4})
	require.NoError(t, err)
	first := slices.Concat(d.Inspections...)
	second, err := synthetic.SecondReadings(first, 0.1, 2)
	require.NoError(t, err)
	a := writeFile(t, "a.jsonl", linesOf(t, first))
	b := writeFile(t, "b.jsonl", linesOf(t, second[:20])) // a share read again

	code, out, errs := runInspect(t, "", "-cases", a, "-moderate", b, "-errors-ok")
	require.Equal(t, 0, code, errs)
	assert.Contains(t, out, "3 inspections, moderated apart")
	for _, in := range d.Inspections {
		assert.Contains(t, out, in[0].Inspection)
	}

	code, out, errs = runInspect(t, "", "-cases", a, "-moderate", b, "-format", "json", "-errors-ok")
	require.Equal(t, 0, code, errs)
	var rep jsonModeration
	require.NoError(t, json.Unmarshal([]byte(out), &rep))
	require.Len(t, rep.Inspections, 3)
	pairs, cases := 0, 0
	for _, in := range rep.Inspections {
		pairs += in.Pairs
		cases += in.FirstReadings
	}
	assert.Equal(t, 20, pairs)
	assert.Equal(t, 45, cases)

	code, out, errs = runInspect(t, "", "-cases", a, "-moderate", b, "-pool", "-errors-ok")
	require.Equal(t, 0, code, errs)
	assert.Contains(t, out, "POOLED")
	assert.Contains(t, out, "Read twice: 20 of 45 cases; read once: 25")

	name := d.Inspections[1][0].Inspection
	code, out, errs = runInspect(t, "", "-cases", a, "-moderate", b, "-inspection", name, "-format", "json", "-errors-ok")
	require.Equal(t, 0, code, errs)
	rep = jsonModeration{}
	require.NoError(t, json.Unmarshal([]byte(out), &rep))
	require.Len(t, rep.Inspections, 1)
	assert.Equal(t, name, rep.Inspections[0].Inspection)
	assert.Empty(t, rep.SecondNotInFirst, "second readings of other inspections are not reported as strays")
}

func TestModerateCSV(t *testing.T) {
	first, second := readingsPair(t)
	a := writeFile(t, "a.jsonl", linesOf(t, first))
	b := writeFile(t, "b.jsonl", linesOf(t, second))
	code, out, errs := runInspect(t, "", "-cases", a, "-moderate", b, "-format", "csv", "-errors-ok")
	require.Equal(t, 0, code, errs)
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	require.NoError(t, err)
	require.Equal(t, csvHeader, rows[0])
	sections := map[string]int{}
	var diffs []string
	for _, r := range rows[1:] {
		require.Len(t, r, len(csvHeader))
		assert.Equal(t, "true", r[1], "every row says the data are synthetic")
		sections[r[2]]++
		if r[2] == "difference" && r[3] == first[0].ID {
			diffs = append(diffs, r[4]+" "+r[9])
		}
	}
	for _, s := range []string{"report", "cases", "summary-agreement", "question-agreement", "level-agreement", "level-matrix", "rating", "difference"} {
		assert.Positive(t, sections[s], s)
	}
	assert.Equal(t, 12*(4+4+1), sections["summary-agreement"])
	assert.Equal(t, 2*16, sections["level-matrix"])
	assert.Equal(t, []string{"A1.1 first: Yes; second: No", "A2.5 first: Medium; second: High"}, diffs)
}

func TestModerateExitStatusAndBadInput(t *testing.T) {
	clean := `{"id":"a","answers":{"I1.1":"no"}}` + "\n"
	withErrors := `{"id":"a","answers":{"I1.1":"no","A1.S":"yes"}}` + "\n"
	a := writeFile(t, "a.jsonl", clean)
	bad := writeFile(t, "bad.jsonl", `{"id":"a","answers":{"A1.1":"maybe"}}`+"\n")
	dup := writeFile(t, "dup.jsonl", clean+clean)
	empty := writeFile(t, "empty.jsonl", "")
	errs2 := writeFile(t, "errors.jsonl", withErrors)
	tests := []struct {
		name  string
		args  []string
		stdin string
		code  int
		out   string // on stdout when the code is 0 or 1, else on stderr
	}{
		{"stdin second", []string{"-cases", a, "-moderate", "-", "-errors-ok"}, clean, 0, "Read twice: 1 of 1 case"},
		{"second with errors", []string{"-cases", a, "-moderate", errs2}, "", 1, "Moderation report"},
		{"second with errors, ok", []string{"-cases", a, "-moderate", errs2, "-errors-ok"}, "", 0, "Moderation report"},
		{"html", []string{"-cases", a, "-moderate", errs2, "-format", "html", "-errors-ok"}, "", 0, "<!DOCTYPE html>"},
		{"bad second record", []string{"-cases", a, "-moderate", bad}, "", 2, bad + `: record: line 1: case "a": answers[A1.1]: bad value "maybe"`},
		{"second given twice", []string{"-cases", a, "-moderate", dup}, "", 2, dup + `: record: line 2: case "a"`},
		{"empty second", []string{"-cases", a, "-moderate", empty}, "", 2, "no case records"},
		{"missing second", []string{"-cases", a, "-moderate", a + ".none"}, "", 2, "no such file"},
		{"both stdin", []string{"-cases", "-", "-moderate", "-"}, "", 2, "cannot both read standard input"},
		{"no such inspection", []string{"-cases", a, "-moderate", a, "-inspection", "x"}, "", 2, `no records of inspection "x"`},
		{"html for one case", []string{"-cases", a, "-moderate", a, "-case", "a", "-format", "html"}, "", 2, "not html"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := runInspect(t, tt.stdin, tt.args...)
			assert.Equal(t, tt.code, code, errs)
			if tt.code == 2 {
				assert.Contains(t, errs, tt.out)
				assert.Empty(t, out)
				return
			}
			assert.Contains(t, out, tt.out)
			assert.Empty(t, errs)
		})
	}
}

// TestModerateHidesTheChildsAnswers: the report of many cases says where
// the answers about the child differ, never what they are; -case shows
// them.
func TestModerateHidesTheChildsAnswers(t *testing.T) {
	first, second := readingsPair(t)
	second[2] = second[2].Clone()
	first[2] = first[2].Clone()
	require.NoError(t, first[2].Answers.Set("I1.5", record.Value{Text: "first-secret-value"}))
	require.NoError(t, second[2].Answers.Set("I1.5", record.Value{Text: "second-secret-value"}))
	a := writeFile(t, "a.jsonl", linesOf(t, first))
	b := writeFile(t, "b.jsonl", linesOf(t, second))
	for _, format := range []string{"text", "csv", "html"} {
		code, out, errs := runInspect(t, "", "-cases", a, "-moderate", b, "-format", format, "-errors-ok")
		require.Equal(t, 0, code, errs)
		assert.Contains(t, out, "I1.5", format)
		assert.NotContains(t, out, "secret-value", format)
	}
	code, out, errs := runInspect(t, "", "-cases", a, "-moderate", b, "-case", first[2].ID, "-errors-ok")
	require.Equal(t, 0, code, errs)
	assert.Contains(t, out, `first "first-secret-value"; second "second-secret-value"`)
}

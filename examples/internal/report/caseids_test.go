package report

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"html"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/internal/casetest"
	"github.com/yjinspect/yjinspect/judgement"
	"github.com/yjinspect/yjinspect/record"
)

// errorCases makes n cases of inspection "insp-e" that each carry the
// error classification-missing (no case manager's level for safety and
// wellbeing), then clean ones; in every case P1 and P3 are judged n/a, so
// that Planning is rated from P2 alone.
func errorCases(t *testing.T, n, clean int) (cases []record.Case, ids []string) {
	t.Helper()
	for i := range n + clean {
		c := casetest.Full(t)
		c.ID = fmt.Sprintf("insp-e-case-%03d", i+1)
		c.Inspection = "insp-e"
		if i < n {
			require.NoError(t, c.Answers.Set("A2.5", record.Value{}))
			ids = append(ids, c.ID)
		}
		for _, q := range []framework.ID{"P1.S", "P3.S"} {
			require.NoError(t, c.Answers.Set(q, record.Value{Answer: record.NotApplicable}))
		}
		cases = append(cases, c)
	}
	return cases, ids
}

func jsonLines(t *testing.T, cases []record.Case) string {
	t.Helper()
	var b bytes.Buffer
	for _, c := range cases {
		line, err := c.MarshalJSON()
		require.NoError(t, err)
		b.Write(line)
		b.WriteByte('\n')
	}
	return b.String()
}

func decodeInto(t *testing.T, out string, v any) {
	t.Helper()
	require.NoError(t, json.Unmarshal([]byte(out), v), out)
}

// TestErrorCasesNamedInEveryForm: every form of the report names the cases
// behind each error finding: the first ten in text, with a count of the
// rest; all of them in JSON, CSV and HTML.
func TestErrorCasesNamedInEveryForm(t *testing.T) {
	cases, ids := errorCases(t, 23, 4)
	const code = "classification-missing"
	require.True(t, hasErrors(judgement.Judge(framework.DomainTwo(), cases[0])))
	path := writeFile(t, "cases.jsonl", jsonLines(t, cases))

	_, out, errs := runInspect(t, "", "-cases", path, "-errors-ok")
	require.Empty(t, errs)
	assert.Contains(t, out, "Case manager's classification not recorded ("+code+"): 23 findings in 23 cases\n")
	assert.Contains(t, out, "Cases: "+strings.Join(ids[:listCap], ", ")+", and 13 more (-format json, csv or html lists them)\n")

	_, out, _ = runInspect(t, "", "-cases", path, "-errors-ok", "-format", "json")
	var rep struct {
		Inspections []struct {
			Findings struct {
				ByCode []codeCount `json:"byCode"`
			} `json:"findings"`
		} `json:"inspections"`
	}
	decodeInto(t, out, &rep)
	require.Len(t, rep.Inspections, 1)
	found := false
	for _, c := range rep.Inspections[0].Findings.ByCode {
		if c.Code == code {
			found = true
			assert.Equal(t, ids, c.CaseIDs, "JSON lists every case")
			assert.Zero(t, c.CaseIDsNotListed)
			assert.Equal(t, "Case manager's classification not recorded", c.Title)
		} else if c.Severity == judgement.Warning {
			assert.Empty(t, c.CaseIDs, "%s: only errors' cases are listed", c.Code)
		}
	}
	assert.True(t, found, code)

	_, out, _ = runInspect(t, "", "-cases", path, "-errors-ok", "-format", "csv")
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	require.NoError(t, err)
	var csvIDs []string
	for _, r := range rows {
		if r[2] == "finding-case" && r[3] == code && r[4] == "case" {
			csvIDs = append(csvIDs, r[8])
		}
	}
	assert.Equal(t, ids, csvIDs, "CSV lists every case, one a row")

	_, out, _ = runInspect(t, "", "-cases", path, "-errors-ok", "-format", "html")
	var cell string
	for _, row := range tableRows(t, parsePage(t, out), "Findings, and the cases behind each error") {
		if len(row) == 6 && row[2] == code {
			cell = row[5]
		}
	}
	assert.Equal(t, strings.Join(ids, ", "), cell, "HTML lists every case")
}

// TestErrorCasesPastTheBudget: past the memory budget for case IDs, the
// cases are counted, and every form says how many are not listed.
func TestErrorCasesPastTheBudget(t *testing.T) {
	cases, ids := errorCases(t, 5, 0)
	b := newBuilder("test", false, "")
	b.idRoom = 2 * (len(ids[0]) + 4) // room for two
	for _, c := range cases {
		_, err := b.add(c, judgement.Judge(framework.DomainTwo(), c))
		require.NoError(t, err)
	}
	rep, err := b.finish()
	require.NoError(t, err)
	var cc codeCount
	for _, c := range rep.Inspections[0].Findings.ByCode {
		if c.Code == "classification-missing" {
			cc = c
		}
	}
	assert.Equal(t, ids[:2], cc.CaseIDs)
	assert.Equal(t, 3, cc.CaseIDsNotListed)
	assert.Equal(t, 5, cc.Cases)

	var text, csvOut, page bytes.Buffer
	require.NoError(t, rep.writeText(&text))
	assert.Contains(t, text.String(), "Cases: "+ids[0]+", "+ids[1]+", and 3 more")
	require.NoError(t, rep.writeCSV(&csvOut))
	assert.Contains(t, csvOut.String(), "finding-case,classification-missing,not-listed,3,5,60,,")
	require.NoError(t, rep.writeHTML(&page))
	assert.Contains(t, html.UnescapeString(page.String()), ids[1]+", and 3 more: "+notListedNote)
}

// TestPartlyRatedStandardSaysSo: a standard rated while some of its key
// questions have no case judged says so beside its rating, in every form.
func TestPartlyRatedStandardSaysSo(t *testing.T) {
	cases, _ := errorCases(t, 0, 20)
	path := writeFile(t, "cases.jsonl", jsonLines(t, cases))
	const caveat = "rated from 1 of 3 key questions: no case judged for P1, P3"

	_, out, _ := runInspect(t, "", "-cases", path)
	assert.Contains(t, out, "Standard 2.2 Planning: Outstanding (lowest: P2); "+caveat+"\n")
	assert.Contains(t, out, "Standard 2.1 Assessment: Outstanding (lowest: A1)\n", "a standard rated from every key question has no caveat")

	_, out, _ = runInspect(t, "", "-cases", path, "-format", "json")
	var rep struct {
		Inspections []struct {
			Standards []standardReport `json:"standards"`
		} `json:"inspections"`
	}
	decodeInto(t, out, &rep)
	st := rep.Inspections[0].Standards
	require.NotNil(t, st[1].RatedFrom)
	assert.Equal(t, ratedFrom{KeyQuestions: 1, Of: 3, NoCaseJudged: []framework.ID{"P1", "P3"}}, *st[1].RatedFrom)
	assert.Nil(t, st[0].RatedFrom)

	_, out, _ = runInspect(t, "", "-cases", path, "-format", "csv")
	assert.Contains(t, out, "insp-e,false,standard,2.2,key-questions-judged,1,3,")
	assert.Contains(t, out, "; lowest key question P2; "+caveat)

	_, out, _ = runInspect(t, "", "-cases", path, "-format", "html")
	assert.Contains(t, out, "* Standard 2.2 Planning: Outstanding, "+caveat+".")

	// Several inspections: the table marks it and says why.
	other := casetest.Full(t)
	other.ID, other.Inspection = "other-1", "insp-f"
	path = writeFile(t, "two.jsonl", jsonLines(t, append(cases, other)))
	_, out, _ = runInspect(t, "", "-cases", path)
	assert.Contains(t, out, " *Outstanding")
	assert.Contains(t, out, "* Rated from only some of its key questions, the others having no case judged Yes or No: insp-e 2.2 ("+caveat+").")
	_, out, _ = runInspect(t, "", "-cases", path, "-format", "html")
	assert.Contains(t, out, "Outstanding *")
}

// TestSmallSampleFlagged: an inspection of fewer cases rated than the
// methodology's minimum is flagged in every form, as the methodology's
// default.
func TestSmallSampleFlagged(t *testing.T) {
	cases, _ := errorCases(t, 0, 3)
	path := writeFile(t, "cases.jsonl", jsonLines(t, cases))
	const note = "Small sample: 3 cases rated, fewer than 14, the least number of cases the inspectorate's published methodology inspects (a default of the methodology, not the CARaG's)"
	for _, format := range []string{"text", "json", "csv", "html"} {
		_, out, _ := runInspect(t, "", "-cases", path, "-format", format)
		assert.Contains(t, html.UnescapeString(out), note, format)
	}
	_, out, _ := runInspect(t, "", "-cases", path, "-format", "csv")
	assert.Contains(t, out, "insp-e,false,cases,small-sample,,3,14,")

	// Fourteen cases rated is not small.
	cases, _ = errorCases(t, 0, smallSampleMin)
	path = writeFile(t, "cases14.jsonl", jsonLines(t, cases))
	for _, format := range []string{"text", "json", "csv", "html"} {
		_, out, _ := runInspect(t, "", "-cases", path, "-format", format)
		assert.NotContains(t, out, "mall sample", format)
	}
	// The table of several inspections names the small ones.
	other := casetest.Full(t)
	other.ID, other.Inspection = "other-1", "insp-f"
	path = writeFile(t, "two.jsonl", jsonLines(t, append(cases, other)))
	for _, format := range []string{"text", "html"} {
		_, out, _ := runInspect(t, "", "-cases", path, "-format", format)
		assert.Contains(t, html.UnescapeString(out), "Small samples: 1 inspection rated fewer than 14 cases", format)
		assert.Contains(t, out, "insp-f (1)", format)
	}
}

func TestEveryFindingHasATitle(t *testing.T) {
	codes := map[string]bool{}
	for _, k := range judgement.FindingKinds() {
		codes[k.Code] = true
		assert.NotEmpty(t, findingTitles[k.Code], "%s has no title", k.Code)
	}
	assert.Equal(t, "Prompt not answered (answer-missing)", findingLabel("answer-missing"))
	assert.Equal(t, "new-code", findingLabel("new-code"))
}

func TestKappaReading(t *testing.T) {
	for _, tc := range []struct {
		k    float64
		want string
	}{
		{-0.3, "poor agreement"}, {-0.004, "slight agreement"}, {0, "slight agreement"}, {0.2, "slight agreement"},
		{0.204, "slight agreement"}, {0.205, "fair agreement"}, {0.4, "fair agreement"}, {0.41, "moderate agreement"},
		{0.6, "moderate agreement"}, {0.61, "substantial agreement"}, {0.8, "substantial agreement"},
		{0.8049, "substantial agreement"}, {0.81, "almost perfect agreement"}, {1, "almost perfect agreement"},
	} {
		assert.Equal(t, tc.want, kappaReading(tc.k), "%v", tc.k)
	}
}

func TestIDListBudget(t *testing.T) {
	var l idList
	room := 20
	l.add("abcdefgh", &room) // 12
	l.add("abcdefgh", &room) // no room: 8 left
	l.add("abcd", &room)     // 8
	assert.Equal(t, 0, room)
	assert.Equal(t, 1, l.dropped)
	assert.Equal(t, []string{"abcdefgh", "abcd"}, l.strings())
	var empty idList
	assert.Equal(t, []string{}, empty.strings())
}

// TestModerationNamesErrorCases: the moderation report names, for each
// file of readings, the cases behind each error finding in every form.
func TestModerationNamesErrorCases(t *testing.T) {
	cases, ids := errorCases(t, 12, 3)
	first := writeFile(t, "first.jsonl", jsonLines(t, cases))
	second := writeFile(t, "second.jsonl", jsonLines(t, cases[:6]))
	const code = "classification-missing"

	_, out, _ := runInspect(t, "", "-cases", first, "-moderate", second, "-errors-ok")
	assert.Contains(t, out, "  12 cases with an error finding:\n    Case manager's classification not recorded ("+code+"): "+strings.Join(ids[:listCap], ", ")+", and 2 more")
	assert.Contains(t, out, "  6 cases with an error finding:\n    Case manager's classification not recorded ("+code+"): "+strings.Join(ids[:6], ", ")+"\n")

	_, out, _ = runInspect(t, "", "-cases", first, "-moderate", second, "-errors-ok", "-format", "json")
	var rep struct {
		FirstReadings, SecondReadings readings
	}
	decodeInto(t, out, &rep)
	require.Len(t, rep.FirstReadings.ErrorFindings, 1)
	assert.Equal(t, ids, rep.FirstReadings.ErrorFindings[0].CaseIDs)
	require.Len(t, rep.SecondReadings.ErrorFindings, 1)
	assert.Equal(t, ids[:6], rep.SecondReadings.ErrorFindings[0].CaseIDs)

	_, out, _ = runInspect(t, "", "-cases", first, "-moderate", second, "-errors-ok", "-format", "csv")
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	require.NoError(t, err)
	got := map[string][]string{}
	for _, r := range rows {
		if r[2] == "finding-case" && r[3] == code {
			got[r[4]] = append(got[r[4]], r[8])
		}
	}
	assert.Equal(t, map[string][]string{"first-readings": ids, "second-readings": ids[:6]}, got)

	_, out, _ = runInspect(t, "", "-cases", first, "-moderate", second, "-errors-ok", "-format", "html")
	root := parsePage(t, out)
	for caption, want := range map[string][]string{
		"Error findings in the first readings: 12 cases": ids, "Error findings in the second readings: 6 cases": ids[:6],
	} {
		rows := tableRows(t, root, caption)
		require.Len(t, rows, 2, caption)
		assert.Equal(t, strings.Join(want, ", "), rows[1][3], caption)
	}
}

// TestSeveralInspectionsNameErrorCases: the table of several inspections
// names the cases behind each inspection's error findings too.
func TestSeveralInspectionsNameErrorCases(t *testing.T) {
	cases, ids := errorCases(t, 12, 2)
	other := casetest.Full(t)
	other.ID, other.Inspection = "other-1", "insp-f"
	path := writeFile(t, "two.jsonl", jsonLines(t, append(cases, other)))

	_, out, _ := runInspect(t, "", "-cases", path, "-errors-ok")
	assert.Contains(t, out, "  insp-e: Case manager's classification not recorded (classification-missing): 12 cases: "+strings.Join(ids[:listCap], ", ")+", and 2 more")

	_, out, _ = runInspect(t, "", "-cases", path, "-errors-ok", "-format", "html")
	rows := tableRows(t, parsePage(t, out), "Error findings of each inspection")
	require.Len(t, rows, 2)
	assert.Equal(t, []string{"insp-e", "Case manager's classification not recorded", "classification-missing", "12", strings.Join(ids, ", ")}, rows[1])
}

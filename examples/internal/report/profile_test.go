package report

import (
	"bytes"
	"encoding/json"
	"html"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/judgement"
	"github.com/yjinspect/yjinspect/profile"
	"github.com/yjinspect/yjinspect/record"
	"github.com/yjinspect/yjinspect/synthetic"
	"github.com/yjinspect/yjinspect/workbook"
)

// TestProfileRatesOnlyItsKeyQuestions: under -profile the report rates the
// profile's key questions alone, as judgement.RateProfile does, says so in
// every form, marks the standards it covers in part, and gives no points
// and no overall rating.
func TestProfileRatesOnlyItsKeyQuestions(t *testing.T) {
	p, err := profile.Lookup("keeping-other-people-safe")
	require.NoError(t, err)
	cases, err := readAll(bytes.NewReader(sample))
	require.NoError(t, err)
	var results []judgement.Result
	for _, c := range cases {
		results = append(results, judgement.Judge(framework.DomainTwo(), c))
	}
	want, err := judgement.RateProfile(results, judgement.DefaultRatingRules(), p)
	require.NoError(t, err)

	for _, format := range []string{"text", "json", "csv", "html"} {
		code, out, errs := runInspect(t, "", "-profile", "keeping-other-people-safe", "-format", format)
		require.Equal(t, 1, code, errs)
		assert.Contains(t, html.UnescapeString(out), "AUDIT PROFILE Keeping other people safe (keeping-other-people-safe): only the key questions A3, P3, D3, R3 are rated", format)
		assert.Contains(t, html.UnescapeString(out), "not given: under an audit profile", format)
	}

	_, out, _ := runInspect(t, "", "-profile", "keeping-other-people-safe", "-format", "json")
	var rep struct {
		Profile     *profileReport `json:"profile"`
		Inspections []struct {
			KeyQuestions []struct {
				KeyQuestion framework.ID     `json:"keyQuestion"`
				Rating      judgement.Rating `json:"rating"`
			} `json:"keyQuestions"`
			Standards       []standardReport `json:"standards"`
			DomainTwoPoints points           `json:"domainTwoPoints"`
		} `json:"inspections"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &rep))
	require.NotNil(t, rep.Profile)
	assert.Equal(t, p.KeyQuestions, rep.Profile.KeyQuestions)
	in := rep.Inspections[0]
	require.Len(t, in.KeyQuestions, len(want.KeyQuestions))
	for i, k := range want.KeyQuestions {
		assert.Equal(t, k.KeyQuestion, in.KeyQuestions[i].KeyQuestion)
		assert.Equal(t, k.Rating, in.KeyQuestions[i].Rating)
	}
	require.Len(t, in.Standards, len(want.Standards))
	for i, s := range want.Standards {
		assert.Equal(t, s.Rating, in.Standards[i].Rating, s.Standard)
		assert.True(t, in.Standards[i].Partial, s.Standard)
		assert.Nil(t, in.Standards[i].Points, s.Standard)
	}
	assert.Nil(t, in.DomainTwoPoints.Points)

	_, out, _ = runInspect(t, "", "-profile", "keeping-other-people-safe")
	assert.Contains(t, out, "Standard 2.1 Assessment: Requires improvement (lowest: A3); partial: the audit profile covers only some of its key questions\n")
	assert.NotContains(t, out, "  A1 ")
	assert.NotContains(t, out, "Domain two: ")
}

// TestProfileWholeIsTheReport: the whole framework's profile changes
// nothing; a standard's profile rates that standard alone, in full.
func TestProfileWholeIsTheReport(t *testing.T) {
	_, plain, _ := runInspect(t, "", "-format", "json")
	_, whole, _ := runInspect(t, "", "-format", "json", "-profile", "whole")
	assert.Equal(t, plain, whole)

	path := writeFile(t, "planning.json", `{"id": "plan", "name": "Planning audit", "keyQuestions": ["P1", "P2", "P3"]}`)
	for _, arg := range []string{"planning", path} {
		_, out, errs := runInspect(t, "", "-profile", arg)
		require.Empty(t, errs)
		assert.Contains(t, out, "Standard 2.2 Planning: Good (lowest: P2)\n", arg)
		assert.NotContains(t, out, "Standard 2.1", arg)
		assert.NotContains(t, out, "partial: the audit profile", arg)
	}
}

func TestProfileBadUsage(t *testing.T) {
	code, out, errs := runInspect(t, "", "-profile", "nope")
	assert.Equal(t, 2, code)
	assert.Empty(t, out)
	assert.Contains(t, errs, `"nope": is not a built-in profile`)

	path := writeFile(t, "bad.json", `{"id": "x", "name": "X", "keyQuestions": ["O2"]}`)
	code, _, errs = runInspect(t, "", "-profile", path)
	assert.Equal(t, 2, code)
	assert.Contains(t, errs, "O2")

	second := writeFile(t, "second.jsonl", string(sample))
	code, _, errs = runInspect(t, "", "-profile", "planning", "-moderate", second)
	assert.Equal(t, 2, code)
	assert.Contains(t, errs, "-profile does not go with -moderate")
}

// inProfile returns the cases with only the answers and notes p covers (and
// those about the child), as a workbook under p holds them.
func inProfile(t *testing.T, cases []record.Case, p profile.Profile) []record.Case {
	t.Helper()
	f := framework.DomainTwo()
	out := make([]record.Case, len(cases))
	for i, c := range cases {
		c.Answers = record.Answers{}
		c.Notes.Questions = nil
		for id, v := range cases[i].Answers.All() {
			if q, _ := f.Question(id); q.KeyQuestion == "" || p.Covers(q.KeyQuestion) && q.KeyQuestion != "O2" {
				require.NoError(t, c.Answers.Set(id, v))
			}
		}
		out[i] = c
	}
	return out
}

// TestWorkbookProfile: an audit workbook written under a profile and read
// without -profile gives the report that the JSON lines of its cases give
// with -profile, in every form (each saying so); -profile, when given,
// wins; a workbook of the whole framework is rated in full.
func TestWorkbookProfile(t *testing.T) {
	all, err := readAll(bytes.NewReader(sample))
	require.NoError(t, err)
	dir := t.TempDir()
	own := filepath.Join(dir, "safety.json")
	require.NoError(t, os.WriteFile(own, []byte(`{"id": "safety", "name": "Safety audit", "keyQuestions": ["A2", "P2", "D2", "R2", "A3"]}`), 0o644))
	ownProfile, err := readProfile(own)
	require.NoError(t, err)
	koops, err := profile.Lookup("keeping-other-people-safe")
	require.NoError(t, err)

	for _, tc := range []struct {
		name      string
		book      profile.Profile // the workbook's profile
		bookFlags []string        // inspect's flags for the workbook
		jsonFlags []string        // and for the JSON lines of its cases, to give the same report
		note      string          // what every form says, "" for none
	}{
		{"built-in", koops, nil, []string{"-profile", "keeping-other-people-safe"}, "AUDIT PROFILE Keeping other people safe (keeping-other-people-safe): only the key questions A3, P3, D3, R3 are rated"},
		{"own", ownProfile, nil, []string{"-profile", own}, "AUDIT PROFILE Safety audit (safety): only the key questions A2, A3, P2, D2, R2 are rated"},
		{"-profile wins", koops, []string{"-profile", own}, []string{"-profile", own}, "AUDIT PROFILE Safety audit (safety)"},
		{"-profile whole wins", koops, []string{"-profile", "whole"}, nil, ""},
		{"whole framework", profile.Profile{}, nil, nil, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cases := inProfile(t, all, tc.book)
			var book bytes.Buffer
			require.NoError(t, workbook.Write(&book, cases, workbook.Options{Profile: tc.book}))
			bookPath := filepath.Join(t.TempDir(), "audit.xlsx")
			require.NoError(t, os.WriteFile(bookPath, book.Bytes(), 0o644))
			var lines bytes.Buffer
			require.NoError(t, synthetic.WriteJSONLines(&lines, cases))
			linesPath := filepath.Join(t.TempDir(), "cases.jsonl")
			require.NoError(t, os.WriteFile(linesPath, lines.Bytes(), 0o644))

			for _, format := range []string{"text", "json", "csv", "html"} {
				code, fromBook, errs := runInspect(t, "", append([]string{"-cases", bookPath, "-format", format}, tc.bookFlags...)...)
				require.Equal(t, 1, code, errs)
				code, fromLines, errs := runInspect(t, "", append([]string{"-cases", linesPath, "-format", format}, tc.jsonFlags...)...)
				require.Equal(t, 1, code, errs)
				// The reports name their input; the rest is the same.
				fromBook = strings.ReplaceAll(fromBook, bookPath, "INPUT")
				fromLines = strings.ReplaceAll(fromLines, linesPath, "INPUT")
				require.Contains(t, fromBook, "INPUT", format)
				assert.Equal(t, fromLines, fromBook, format)
				if tc.note != "" {
					assert.Contains(t, html.UnescapeString(fromBook), tc.note, format)
				} else {
					assert.NotContains(t, fromBook, "AUDIT PROFILE", format)
				}
			}
		})
	}
}

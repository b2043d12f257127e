package report

import (
	"bytes"
	"encoding/json"
	"html"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/judgement"
	"github.com/yjinspect/yjinspect/profile"
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

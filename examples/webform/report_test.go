package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"net/http"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/yjinspect/yjinspect/examples/internal/report"
	"github.com/yjinspect/yjinspect/record"
)

// sampleCases are the first n cases of inspect's embedded synthetic sample.
func sampleCases(t *testing.T, n int) []record.Case {
	t.Helper()
	f, err := os.Open("../internal/report/sample.jsonl")
	require.NoError(t, err)
	defer f.Close()
	var cases []record.Case
	require.NoError(t, record.DecodeEach(f, func(c record.Case) error {
		if len(cases) < n {
			cases = append(cases, c)
		}
		return nil
	}))
	require.Len(t, cases, n)
	return cases
}

// TestReportIsInspectsPage: /report is report.WriteHTML's page for the cases
// /cases.jsonl exports, which is the page inspect -format html writes for
// that file but for the name of the records' source, a link back to the
// list of cases, and, with several inspections, words for a reader of the
// web page in place of inspect's flags (report.TestWriteHTMLIsInspectsPage);
// and its policy allows its style element and nothing else inline.
func TestReportIsInspectsPage(t *testing.T) {
	for _, tc := range []struct {
		name  string
		cases []record.Case
	}{
		{"one synthetic inspection", sampleCases(t, 20)},
		{"two inspections, one not synthetic", func() []record.Case {
			cases := sampleCases(t, 16)
			for i := range cases[8:] {
				cases[8+i].Inspection, cases[8+i].Synthetic = "insp-02", false
			}
			return cases
		}()},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h, store := newTestServer(t)
			for _, c := range tc.cases {
				require.NoError(t, putCase(store, c))
			}
			rec := get(t, h, "/report", nil)
			require.Equal(t, http.StatusOK, rec.Code, rec.Body.String())
			got := rec.Body.String()

			export := get(t, h, "/cases.jsonl", nil)
			require.Equal(t, http.StatusOK, export.Code)
			exported, err := record.DecodeAll(bytes.NewReader(export.Body.Bytes()))
			require.NoError(t, err)
			// report.WriteHTML is inspect's page with a link back and words
			// for the web (TestWriteHTMLIsInspectsPage there).
			var want bytes.Buffer
			require.NoError(t, report.WriteHTML(&want, "the web form's cases (kept in memory)", exported))
			assert.Equal(t, want.String(), got)
			assert.Contains(t, got, `<a href="/">Back to the cases</a>`)
			assert.NotContains(t, got, "Use -inspection ID")

			_, rest, ok := strings.Cut(got, "<style>")
			require.True(t, ok)
			css, _, ok := strings.Cut(rest, "</style>")
			require.True(t, ok)
			sum := sha256.Sum256([]byte(css))
			assert.Equal(t, "default-src 'none'; style-src 'sha256-"+base64.StdEncoding.EncodeToString(sum[:])+"'; form-action 'none'; base-uri 'none'; frame-ancestors 'none'",
				rec.Header().Get("Content-Security-Policy"))
			assert.Equal(t, "no-store", rec.Header().Get("Cache-Control"))
			assert.Equal(t, "nosniff", rec.Header().Get("X-Content-Type-Options"))
		})
	}
}

func TestReportWithoutCases(t *testing.T) {
	h, _ := newTestServer(t)
	rec := get(t, h, "/report", nil)
	require.Equal(t, http.StatusOK, rec.Code)
	assert.Contains(t, rec.Body.String(), "There are no cases to report yet.")
	assert.NotContains(t, get(t, h, "/", nil).Body.String(), `href="/report"`, "an empty list has no report to link to")
}

var hiddenInspection = regexp.MustCompile(`name="inspection" value="([^"]*)"`)

// TestSyntheticMarkedAndKept: a record marked synthetic is tagged in the
// list and bannered on its page; saving its form keeps the mark and the
// inspection, and a record not marked stays unmarked.
func TestSyntheticMarkedAndKept(t *testing.T) {
	for _, tc := range []struct {
		name       string
		synthetic  bool
		inspection string
	}{
		{"synthetic", true, "insp-07"},
		{"real", false, "insp-03"},
		{"no inspection", true, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h, store := newTestServer(t)
			s := newSession(t, h)
			c := sampleCases(t, 1)[0]
			c.Synthetic, c.Inspection = tc.synthetic, tc.inspection
			require.NoError(t, putCase(store, c))

			list := get(t, h, "/", s.cookie).Body.String()
			page := get(t, h, caseURL(c.ID), s.cookie).Body.String()
			assert.Contains(t, list, `<a id="report" href="/report">`, "the list links to the report")
			assert.Contains(t, list, `data-case="`+c.ID+`"`, "the list shows the case")
			assert.Equal(t, tc.synthetic, strings.Contains(page, `id="synthetic-banner"`), "banner")
			assert.Equal(t, tc.synthetic, strings.Contains(page, `name="synthetic" value="true"`), "hidden field")
			m := hiddenInspection.FindStringSubmatch(page)
			require.NotNil(t, m)
			assert.Equal(t, tc.inspection, m[1])

			// Post the form as the page would: its hidden fields and
			// new answers.
			form := filledForm(c.ID)
			_, version, _, _ := lookup(store, c.ID)
			form.Set("orig", c.ID)
			form.Set("version", version)
			form.Set("inspection", m[1])
			if strings.Contains(page, `name="synthetic" value="true"`) {
				form.Set("synthetic", "true")
			}
			rec := s.post("/cases", form, nil)
			require.Equal(t, http.StatusSeeOther, rec.Code, rec.Body.String())
			saved, ok, err := getCase(store, c.ID)
			require.NoError(t, err)
			require.True(t, ok)
			assert.Equal(t, tc.synthetic, saved.Synthetic)
			assert.Equal(t, tc.inspection, saved.Inspection)
		})
	}
}

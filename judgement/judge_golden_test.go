package judgement

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/yjinspect/yjinspect/classification"
	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/record"
)

// The golden cases: testdata/judge/cases.jsonl holds 400 case records, one a
// line, made once and committed (150 of the synthetic sample and 250
// variants of them with answers changed or removed, facts unrecorded or
// contradicting, every level on both scales, looked-after children and RoSH
// rationales of every shape), so that a change to the synthetic generator
// changes no test here. testdata/judge/results.jsonl holds Judge's result
// for each, on the same line, in its JSON form. Review a change to it with
// git diff --word-diff.
const (
	goldenCasesFile   = "testdata/judge/cases.jsonl"
	goldenResultsFile = "testdata/judge/results.jsonl"
)

// goldenCases reads the golden cases.
func goldenCases(tb testing.TB) []record.Case {
	tb.Helper()
	f, err := os.Open(goldenCasesFile)
	require.NoError(tb, err)
	defer f.Close()
	cases, err := record.DecodeAll(f)
	require.NoError(tb, err)
	require.Len(tb, cases, 400)
	return cases
}

// TestJudgeGolden judges every golden case and compares the result, field
// by field, with its line of the golden results. If Judge's results change
// on purpose (a finding reworded, a token renamed), rewrite the golden
// results with go generate ./judgement (or go test ./judgement -run
// TestJudgeGolden -update) and review the diff.
func TestJudgeGolden(t *testing.T) {
	cases := goldenCases(t)
	if *update {
		var b bytes.Buffer
		for _, c := range cases {
			line, err := json.Marshal(Judge(nil, c))
			require.NoError(t, err)
			b.Write(line)
			b.WriteByte('\n')
		}
		require.NoError(t, os.WriteFile(goldenResultsFile, b.Bytes(), 0o644))
	}
	f, err := os.Open(goldenResultsFile)
	require.NoError(t, err, "no golden results: run go generate ./judgement and review them")
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	n := 0
	for sc.Scan() {
		require.Less(t, n, len(cases), "%s has more lines than %s has cases", goldenResultsFile, goldenCasesFile)
		var want Result
		dec := json.NewDecoder(bytes.NewReader(sc.Bytes()))
		dec.DisallowUnknownFields()
		require.NoError(t, dec.Decode(&want), "%s line %d", goldenResultsFile, n+1)
		if d := cmp.Diff(want, Judge(nil, cases[n])); d != "" {
			t.Errorf("case %s (line %d): Judge differs from %s (-want +got):\n%s", cases[n].ID, n+1, goldenResultsFile, d)
		}
		n++
	}
	require.NoError(t, sc.Err())
	require.Equal(t, len(cases), n, "%s has a line for each case of %s", goldenResultsFile, goldenCasesFile)
}

// TestJudgeGoldenEveryWay judges every golden case in every way Judge has
// (the rules in full, the fast path; the embedded catalogue, one parsed
// from the same data, and one of another version) and checks that they
// agree.
func TestJudgeGoldenEveryWay(t *testing.T) {
	same, err := framework.Parse(framework.CatalogueJSON())
	require.NoError(t, err)
	other, err := framework.Parse([]byte(strings.Replace(string(framework.CatalogueJSON()), "assessment of to keep", "assessment to keep", 1)))
	require.NoError(t, err)
	require.NotEqual(t, framework.DomainTwo().Version(), other.Version())
	for _, c := range goldenCases(t) {
		want := judge(nil, c, false)
		for _, f := range []*framework.Framework{nil, same, other} {
			for _, fast := range []bool{false, true} {
				if d := cmp.Diff(want, judge(f, c, fast)); d != "" {
					t.Fatalf("case %s, catalogue %p, fast %v (-reference +got):\n%s", c.ID, f, fast, d)
				}
			}
		}
	}
}

// TestGoldenCasesReachTheRules checks that the golden cases reach what the
// golden results are meant to pin: every finding code a case record can
// carry, every way of deciding a summary, every exclusion outcome and every
// reasonableness outcome on both scales.
func TestGoldenCasesReachTheRules(t *testing.T) {
	seen := map[string]bool{}
	for _, c := range goldenCases(t) {
		r := Judge(nil, c)
		for _, f := range r.Findings {
			seen["code "+f.Code] = true
		}
		for _, k := range r.KeyResults {
			seen["by "+k.DecidedBy.String()] = true
		}
		seen["exclusion "+r.Exclusion.Outcome.String()] = true
		seen["sw "+r.SafetyAndWellbeing.Outcome.String()] = true
		seen["rosh "+r.RiskOfSeriousHarm.Outcome.String()] = true
	}
	for _, k := range FindingKinds() {
		if k.Code == "rosh-invalid-level" {
			continue // record.Decode rejects a level out of range
		}
		assert.True(t, seen["code "+k.Code], "no golden case gives %s", k.Code)
	}
	for _, by := range []DecidedBy{Undecided, Inspector, NoFactorsRule, NoReviewingRule} {
		assert.True(t, seen["by "+by.String()], "no summary decided by %v", by)
	}
	for _, o := range []string{"exclusion include", "exclusion exclude", "exclusion undetermined"} {
		assert.True(t, seen[o], "no golden case gives %s", o)
	}
	for _, scale := range []string{"sw ", "rosh "} {
		for _, o := range []classification.Reasonableness{classification.Reasonable, classification.NotReasonable, classification.InspectorJudgement} {
			assert.True(t, seen[scale+o.String()], "no golden case gives %s%v", scale, o)
		}
	}
}

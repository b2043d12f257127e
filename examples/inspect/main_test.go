package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/yjinspect/yjinspect/judgement"
	"github.com/yjinspect/yjinspect/synthetic"
)

// TestSampleIsGenerated keeps the embedded sample equal to what the
// generator makes (go generate ./examples/inspect rewrites it).
func TestSampleIsGenerated(t *testing.T) {
	d, err := synthetic.Generate(synthetic.Config{Inspections: 1, Cases: 60, Seed: 2024})
	require.NoError(t, err)
	var buf bytes.Buffer
	require.NoError(t, synthetic.WriteJSONLines(&buf, d.Cases()))
	require.Equal(t, buf.String(), string(sample), "sample.jsonl is stale: run go generate ./examples/inspect")
}

func runInspect(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errb, false)
	return code, out.String(), errb.String()
}

func TestDefaultReport(t *testing.T) {
	code, out, errs := runInspect(t, "")
	assert.Equal(t, 0, code, errs)
	for _, want := range []string{
		"SYNTHETIC DATA", "Standard 2.1 Assessment:", "Standard 2.4 Reviewing:", "  A1  ", "  R3  ", "█",
		"High or Very high: inspector", "Cohen's kappa", "Most frequent safety concerns", "Most frequent assessment problems", "Findings:",
	} {
		assert.Contains(t, out, want)
	}
	assert.Empty(t, errs)
}

func TestJSONAndCSV(t *testing.T) {
	code, out, _ := runInspect(t, "", "-format", "json")
	require.Equal(t, 0, code)
	var rep struct {
		Synthetic  bool `json:"synthetic"`
		Inspection struct {
			Cases     int      `json:"cases"`
			Excluded  []string `json:"excluded"`
			Standards []struct {
				Rating judgement.Rating `json:"rating"`
			} `json:"standards"`
		} `json:"inspection"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &rep))
	assert.True(t, rep.Synthetic)
	assert.Equal(t, 60, rep.Inspection.Cases+len(rep.Inspection.Excluded), "every case rated or excluded")
	require.Len(t, rep.Inspection.Standards, 4)
	for _, s := range rep.Inspection.Standards {
		assert.NotZero(t, s.Rating)
	}

	code, out, _ = runInspect(t, "", "-format", "csv")
	require.Equal(t, 0, code)
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	require.NoError(t, err)
	assert.Len(t, rows, 13, "a header and the 12 key questions")
	assert.Equal(t, "key_question", rows[0][3])
	assert.Equal(t, "A1", rows[1][3])
	assert.Equal(t, "true", rows[1][10])
}

func TestOneCase(t *testing.T) {
	code, out, errs := runInspect(t, "", "-case", "insp-01-case-001")
	assert.Contains(t, []int{0, 1}, code, errs)
	for _, want := range []string{"Case insp-01-case-001", "Summary judgements", "A1.S", "Classification", "Exclusion:", "Findings", "Questions answered No"} {
		assert.Contains(t, out, want)
	}
	code, out, _ = runInspect(t, "", "-case", "insp-01-case-001", "-format", "json")
	assert.Contains(t, []int{0, 1}, code)
	assert.True(t, json.Valid([]byte(out)))
	code, _, errs = runInspect(t, "", "-case", "nope")
	assert.Equal(t, 2, code)
	assert.Contains(t, errs, `no case with id "nope"`)
}

func TestCasesFromFileAndStdin(t *testing.T) {
	dir := t.TempDir()
	good := `{"id":"a","answers":{"I1.1":"no","A1.S":"yes"}}` + "\n" + `{"id":"b","answers":{"I1.1":"no"}}` + "\n"
	path := filepath.Join(dir, "cases.jsonl")
	require.NoError(t, os.WriteFile(path, []byte(good), 0o644))
	code, out, _ := runInspect(t, "", "-cases", path)
	assert.Equal(t, 1, code, "cases with error findings exit 1")
	assert.NotContains(t, out, "SYNTHETIC")
	assert.Contains(t, out, "Undecided summary judgements")

	code, _, _ = runInspect(t, good, "-cases", "-")
	assert.Equal(t, 1, code)

	arr := `[` + strings.Join(strings.Split(strings.TrimSpace(good), "\n"), ",") + `]`
	code, _, _ = runInspect(t, arr, "-cases", "-")
	assert.Equal(t, 1, code)
}

func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.jsonl")
	require.NoError(t, os.WriteFile(bad, []byte("{\"id\":\"a\"}\n{\"id\":\"b\",\"answers\":{\"A1.1\":\"maybe\"}}\n"), 0o644))
	tests := []struct {
		name  string
		args  []string
		stdin string
		want  string
	}{
		{"bad record names file, line and case", []string{"-cases", bad}, "", bad + `: judgement: line 2: case "b": answers[A1.1]: bad value "maybe"`},
		{"missing file", []string{"-cases", filepath.Join(dir, "none.jsonl")}, "", "no such file"},
		{"empty input", []string{"-cases", "-"}, "", "no case records"},
		{"bad format", []string{"-format", "xml"}, "", `unknown -format "xml"`},
		{"bad flag", []string{"-nope"}, "", "usage: inspect"},
		{"stray argument", []string{"extra"}, "", `unexpected argument "extra"`},
		{"csv for one case", []string{"-case", "insp-01-case-001", "-format", "csv"}, "", "not csv"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := runInspect(t, tt.stdin, tt.args...)
			assert.Equal(t, 2, code)
			assert.Contains(t, errs, tt.want)
			assert.Empty(t, out)
		})
	}
}

func TestProgressOnlyOnATerminal(t *testing.T) {
	d, err := synthetic.Generate(synthetic.Config{Inspections: 2, Cases: 900, Seed: 3})
	require.NoError(t, err)
	var buf bytes.Buffer
	require.NoError(t, synthetic.WriteJSONLines(&buf, d.Cases()))
	require.Greater(t, buf.Len(), 1<<20)
	path := filepath.Join(t.TempDir(), "big.jsonl")
	require.NoError(t, os.WriteFile(path, buf.Bytes(), 0o644))

	var out, errb bytes.Buffer
	run([]string{"-cases", path}, nil, &out, &errb, true)
	assert.Contains(t, errb.String(), "reading cases")
	assert.Contains(t, errb.String(), "100%")

	out.Reset()
	errb.Reset()
	run([]string{"-cases", path}, nil, &out, &errb, false)
	assert.NotContains(t, errb.String(), "reading cases")
}

package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/yjinspect/yjinspect/record"
)

func TestRun(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name        string
		args        []string
		code        int
		lines       int      // JSON lines on stdout
		stderr      []string // all in stderr
		file        string   // output file, relative to dir
		fileLines   int
		wantUsage   bool
		firstCaseID string
	}{
		{name: "defaults", args: nil, code: 0, lines: 1945,
			stderr:      []string{"SYNTHETIC", "no real child", "43 inspections, 1945 cases, seed 1", "safety and wellbeing 31.0%", "risk of serious harm 19.0%", "standard output"},
			firstCaseID: "insp-01-case-001"},
		{name: "small", args: []string{"-inspections", "3", "-cases", "10", "-seed", "9"}, code: 0, lines: 10,
			stderr: []string{"SYNTHETIC", "3 inspections, 10 cases, seed 9"}, firstCaseID: "insp-01-case-001"},
		{name: "to a file", args: []string{"-inspections", "2", "-cases", "5", "-o", "cases.jsonl"}, code: 0, lines: 0,
			stderr: []string{"SYNTHETIC", "cases.jsonl", "2 inspections, 5 cases"}, file: "cases.jsonl", fileLines: 5},
		{name: "help", args: []string{"-h"}, code: 0, wantUsage: true, stderr: []string{"Exit status:\n  0  the data were written", `"synthetic": true`}},
		{name: "one inspection, one case", args: []string{"-inspections", "1", "-cases", "1"}, code: 0, lines: 1,
			stderr: []string{"1 inspection, 1 case, seed 1"}, firstCaseID: "insp-01-case-001"},
		{name: "unknown flag", args: []string{"-x"}, code: 2, wantUsage: true},
		{name: "not a number", args: []string{"-cases", "many"}, code: 2, wantUsage: true},
		{name: "negative seed", args: []string{"-seed", "-1"}, code: 2, wantUsage: true},
		{name: "no inspections", args: []string{"-inspections", "0"}, code: 2, wantUsage: true,
			stderr: []string{"Config.Inspections = 0"}},
		{name: "fewer cases than inspections", args: []string{"-inspections", "10", "-cases", "9"}, code: 2, wantUsage: true,
			stderr: []string{"Config.Cases = 9"}},
		{name: "too many cases", args: []string{"-cases", "1000001"}, code: 2, wantUsage: true,
			stderr: []string{"Config.Cases = 1000001"}},
		{name: "extra argument", args: []string{"more"}, code: 2, wantUsage: true,
			stderr: []string{`unexpected argument "more"`}},
		{name: "unwritable file", args: []string{"-cases", "43", "-o", filepath.Join("no", "such", "dir", "x.jsonl")}, code: 1,
			stderr: []string{"synth:"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := append([]string(nil), tt.args...)
			for i, a := range args {
				if i > 0 && args[i-1] == "-o" {
					args[i] = filepath.Join(dir, a)
				}
			}
			var stdout, stderr bytes.Buffer
			code := run(args, &stdout, &stderr)
			require.Equal(t, tt.code, code, "stderr: %s", stderr.String())
			for _, s := range tt.stderr {
				assert.Contains(t, stderr.String(), s)
			}
			if tt.wantUsage {
				assert.Contains(t, stderr.String(), "usage: synth")
				assert.Empty(t, stdout.String())
				return
			}
			if tt.code != 0 {
				return
			}
			assert.Equal(t, 1, strings.Count(stderr.String(), "\n"), "a one-line summary")
			assert.Equal(t, tt.lines, strings.Count(stdout.String(), "\n"))
			if tt.lines > 0 {
				cases, err := record.DecodeAll(&stdout)
				require.NoError(t, err)
				require.Len(t, cases, tt.lines)
				assert.Equal(t, tt.firstCaseID, cases[0].ID)
			}
			if tt.file != "" {
				f, err := os.Open(filepath.Join(dir, tt.file))
				require.NoError(t, err)
				defer f.Close()
				cases, err := record.DecodeAll(f)
				require.NoError(t, err)
				assert.Len(t, cases, tt.fileLines)
			}
		})
	}
}

func TestVersion(t *testing.T) {
	var stdout, stderr bytes.Buffer
	require.Equal(t, 0, run([]string{"-version"}, &stdout, &stderr))
	assert.Contains(t, stdout.String(), "synth github.com/yjinspect/yjinspect")
	assert.Contains(t, stdout.String(), "catalogue sha256:")
	assert.Empty(t, stderr.String())
}

// TestRecordsAreLabelled: every record written names its inspection and is
// marked synthetic.
func TestRecordsAreLabelled(t *testing.T) {
	var stdout bytes.Buffer
	require.Equal(t, 0, run([]string{"-inspections", "3", "-cases", "12"}, &stdout, &bytes.Buffer{}))
	cases, err := record.DecodeAll(&stdout)
	require.NoError(t, err)
	require.Len(t, cases, 12)
	for _, c := range cases {
		assert.True(t, c.Synthetic, c.ID)
		assert.True(t, strings.HasPrefix(c.ID, c.Inspection+"-case-"), c.ID)
	}
}

func TestRunDeterministic(t *testing.T) {
	var a, b, c bytes.Buffer
	args := []string{"-inspections", "4", "-cases", "30", "-seed", "5"}
	require.Equal(t, 0, run(args, &a, &bytes.Buffer{}))
	require.Equal(t, 0, run(args, &b, &bytes.Buffer{}))
	assert.Equal(t, a.String(), b.String())
	require.Equal(t, 0, run([]string{"-inspections", "4", "-cases", "30", "-seed", "6"}, &c, &bytes.Buffer{}))
	assert.NotEqual(t, a.String(), c.String())
}

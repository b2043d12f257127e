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

func readCases(t *testing.T, path string) ([]record.Case, []string) {
	t.Helper()
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	cases, err := record.DecodeAll(bytes.NewReader(b))
	require.NoError(t, err)
	return cases, strings.Split(strings.TrimSpace(string(b)), "\n")
}

func TestRunSecondReading(t *testing.T) {
	dir := t.TempDir()
	first, second := filepath.Join(dir, "first.jsonl"), filepath.Join(dir, "second.jsonl")
	tests := []struct {
		name     string
		disagree string
		differ   bool // some second reading differs from its first
	}{
		{"default rate", "", true},
		{"no disagreement", "0", false},
		{"every judgement", "1", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := []string{"-inspections", "2", "-cases", "12", "-seed", "4", "-o", first, "-second-reading", second}
			if tt.disagree != "" {
				args = append(args, "-disagree", tt.disagree)
			}
			var stdout, stderr bytes.Buffer
			require.Equal(t, 0, run(args, &stdout, &stderr), stderr.String())
			assert.Equal(t, 2, strings.Count(stderr.String(), "\n"), "the summary and a line for the second readings")
			assert.Contains(t, stderr.String(), "SYNTHETIC second readings of the 12 cases to "+second)

			a, linesA := readCases(t, first)
			b, linesB := readCases(t, second)
			require.Len(t, b, len(a))
			for i := range a {
				assert.Equal(t, a[i].ID, b[i].ID)
			}
			assert.Equal(t, tt.differ, !assert.ObjectsAreEqual(linesA, linesB))
		})
	}
}

func TestRunSecondReadingErrors(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name   string
		args   []string
		code   int
		stderr string
	}{
		{"rate above 1", []string{"-cases", "43", "-second-reading", filepath.Join(dir, "s.jsonl"), "-disagree", "1.5"}, 2, "-disagree 1.5: want a number from 0 to 1"},
		{"negative rate", []string{"-cases", "43", "-disagree", "-0.1"}, 2, "-disagree -0.1"},
		{"not a number", []string{"-cases", "43", "-disagree", "NaN"}, 2, "-disagree NaN"},
		{"unwritable file", []string{"-cases", "43", "-o", filepath.Join(dir, "f.jsonl"), "-second-reading", filepath.Join(dir, "no", "such", "s.jsonl")}, 1, "synth:"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			assert.Equal(t, tt.code, run(tt.args, &stdout, &stderr))
			assert.Contains(t, stderr.String(), tt.stderr)
			if tt.code == 2 {
				assert.Contains(t, stderr.String(), "usage: synth")
			}
		})
	}
}

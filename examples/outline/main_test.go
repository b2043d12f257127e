package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/yjinspect/yjinspect/framework"
)

func TestRun(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		code   int
		stdout []string
		stderr string
	}{
		{"outline", nil, 0, []string{"ASSESSMENT", "  A1 Does assessment sufficiently analyse how to support the child’s desistance? (standard 2.1 Assessment)", "    A1.diversity     prompt", "    A3.11            information Is there a clear, written record of the assessment of to keep other people safe?", "    R3.S             summary", "CASE MANAGER INTERVIEW", "sha256:"}, ""},
		{"question", []string{"A 2.5"}, 0, []string{"A2.5 A 2.5 [information, level]", "• Very high – the negative safety and wellbeing concern could happen immediately, and the impact will be serious."}, ""},
		{"key question", []string{"p2"}, 0, []string{"P2 key question", "‘Planning’ includes all planning activity"}, ""},
		{"unnumbered", []string{"a1.agencies"}, 0, []string{"(no number printed)", "Past assessments, where available"}, ""},
		{"search", []string{"-search", "county", "lin"}, 0, []string{"A1.4", "county lines"}, ""},
		{"intro", []string{"-intro"}, 0, []string{"Key:", "Light grey background"}, ""},
		{"bad id", []string{"A1..1"}, 2, nil, `cannot parse "A1..1" as ID`},
		{"unknown id", []string{"A1.2"}, 2, nil, "no standard, key question or question A1.2"},
		{"bad flag", []string{"-nope"}, 2, nil, "usage: outline"},
		{"standard", []string{"2.1"}, 0, []string{"2.1 standard\nAssessment\n\nKey questions:\n  A1 Does assessment sufficiently analyse how to support the child’s desistance?\n  A2 ", "  A3 Does assessment analyse how to keep other people safe?\n"}, ""},
		{"standard and question", []string{"2.4", "R 1.1"}, 0, []string{"2.4 standard\nReviewing", "R1.1 R 1.1 ["}, ""},
		{"no such standard", []string{"2.9"}, 2, nil, "no standard, key question or question 2.9 in the catalogue"},
		{"search with no words", []string{"-search"}, 2, nil, "-search needs words"},
		{"search with blank words", []string{"-search", " ", ""}, 2, nil, "usage: outline"},
		{"help", []string{"-h"}, 0, []string{"usage: outline", "-search", "-format", "Exit status:\n  0  all is well", "1  the output could not be written"}, ""},
		{"long help", []string{"-help"}, 0, []string{"usage: outline"}, ""},
		{"json", []string{"-format", "json"}, 0, []string{`"keyQuestions": [`, `"id": "A3.11"`}, ""},
		{"schema", []string{"-format", "schema"}, 0, []string{`"$schema": "https://json-schema.org/draft/2020-12/schema"`}, ""},
		{"text format", []string{"-format", "text"}, 0, []string{"CASE MANAGER INTERVIEW"}, ""},
		{"unknown format", []string{"-format", "csv"}, 2, nil, `-format "csv" is not one of text, json, schema, xlsx`},
		{"xlsx without -o", []string{"-format", "xlsx"}, 2, nil, "-format xlsx needs -o FILE"},
		{"format with IDs", []string{"-format", "json", "A1"}, 2, nil, "takes no -search, -intro or IDs"},
		{"format with search", []string{"-format", "json", "-search", "x"}, 2, nil, "takes no -search, -intro or IDs"},
		{"-o with IDs", []string{"-o", "x.txt", "A1"}, 2, nil, "-o writes the whole catalogue"},
		{"-o nowhere", []string{"-format", "json", "-o", "/nonexistent/dir/carag.json"}, 1, nil, "no such file or directory"},
		{"-o without a name", []string{"-o"}, 2, nil, "flag needs an argument"},
		{"version", []string{"-version"}, 0, []string{"outline github.com/yjinspect/yjinspect", "catalogue sha256:"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			code := run(tt.args, &out, &errb)
			assert.Equal(t, tt.code, code, errb.String())
			for _, want := range tt.stdout {
				assert.Contains(t, out.String(), want)
			}
			if tt.stderr != "" {
				assert.Contains(t, errb.String(), tt.stderr)
			} else {
				assert.Empty(t, strings.TrimSpace(errb.String()))
			}
		})
	}
}

// TestFormatJSON: -format json writes the catalogue data byte for byte, and
// -o writes to a file what standard output would get.
func TestFormatJSON(t *testing.T) {
	var out, errb bytes.Buffer
	require.Equal(t, 0, run([]string{"-format", "json"}, &out, &errb), errb.String())
	assert.Equal(t, framework.CatalogueJSON(), out.Bytes())
	f, err := framework.Parse(out.Bytes())
	require.NoError(t, err)
	assert.Equal(t, framework.DomainTwo().Version(), f.Version())

	for _, format := range []string{"json", "text", "schema"} {
		var want bytes.Buffer
		require.Equal(t, 0, run([]string{"-format", format}, &want, &errb))
		name := filepath.Join(t.TempDir(), "out")
		out.Reset()
		require.Equal(t, 0, run([]string{"-format", format, "-o", name}, &out, &errb), errb.String())
		assert.Empty(t, out.String())
		got, err := os.ReadFile(name)
		require.NoError(t, err)
		assert.Equal(t, want.String(), string(got), format)
	}
}

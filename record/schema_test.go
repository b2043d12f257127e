package record

import (
	"encoding/json"
	"flag"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// update rewrites what the tests compare with (go generate ./record passes
// it): case.schema.json, from the Go types and the catalogue
// (TestSchemaUpToDate), and the example record of doc.go and the README,
// from testdata/example.json (TestExampleRecordInDocs).
var update = flag.Bool("update", false, "rewrite case.schema.json and the docs' example record from the code and testdata/example.json")

// TestSchemaUpToDate keeps case.schema.json equal to what the Go types and
// the catalogue say. Run `go generate ./record` after changing them.
func TestSchemaUpToDate(t *testing.T) {
	want, err := generateSchema()
	require.NoError(t, err)
	if *update {
		require.NoError(t, os.WriteFile("case.schema.json", want, 0o644))
	}
	got, err := os.ReadFile("case.schema.json")
	require.NoError(t, err)
	require.Equal(t, string(want), string(got), "case.schema.json is stale: run go generate ./record")
	assert.Equal(t, got, Schema())
}

func TestSchemaContents(t *testing.T) {
	var s struct {
		Properties struct {
			Answers struct {
				Properties map[string]struct {
					Ref string `json:"$ref"`
				} `json:"properties"`
			} `json:"answers"`
		} `json:"properties"`
		Defs map[string]struct {
			Enum []string `json:"enum"`
		} `json:"$defs"`
	}
	require.NoError(t, json.Unmarshal(Schema(), &s))
	answers := s.Properties.Answers.Properties
	assert.Len(t, answers, 91)
	assert.Equal(t, "#/$defs/level", answers["A2.5"].Ref)
	assert.Equal(t, "#/$defs/text", answers["I1.4"].Ref)
	assert.Equal(t, "#/$defs/yesNo", answers["A1.S"].Ref)
	assert.Equal(t, []string{"yes", "no", "n/a"}, s.Defs["yesNo"].Enum)
	assert.Equal(t, []string{"low", "medium", "high", "very-high"}, s.Defs["level"].Enum)
	b := Schema()
	b[0] = 'x'
	assert.Equal(t, byte('{'), Schema()[0])
}

package e2e

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/yjinspect/yjinspect/record"
)

// caseSchema compiles record/case.schema.json with an independent
// validator, so that front ends in other languages can trust it.
func caseSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(record.Schema()))
	require.NoError(t, err)
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	const url = "https://github.com/yjinspect/yjinspect/record/case.schema.json"
	require.NoError(t, c.AddResource(url, doc))
	s, err := c.Compile(url)
	require.NoError(t, err)
	return s
}

func validate(s *jsonschema.Schema, record []byte) error {
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(record))
	if err != nil {
		return err
	}
	return s.Validate(v)
}

// TestShippedDataMatchesSchema: the synthetic sample inspection and the rule
// test cases are valid by the schema, and the schema file on disk is the one
// the library serves.
func TestShippedDataMatchesSchema(t *testing.T) {
	s := caseSchema(t)
	onDisk, err := os.ReadFile("../record/case.schema.json")
	require.NoError(t, err)
	require.Equal(t, string(onDisk), string(record.Schema()))

	f, err := os.Open("../examples/internal/report/sample.jsonl")
	require.NoError(t, err)
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, record.MaxCaseSize)
	n := 0
	for sc.Scan() {
		n++
		require.NoError(t, validate(s, sc.Bytes()), "sample.jsonl line %d", n)
	}
	require.NoError(t, sc.Err())
	assert.Equal(t, 60, n)

	files, err := filepath.Glob("../examples/ruletest/testdata/cases/*.json")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, file := range files {
		b, err := os.ReadFile(file)
		require.NoError(t, err)
		assert.NoError(t, validate(s, b), file)
	}

	// What the library encodes is valid too.
	c, err := record.Decode(strings.NewReader(`{"id":"c1","answers":{"A 1 S":"YES","a2.5":"Very_High","I1.4":"x"},
		"roshRationale":{"level":"low","considerations":[{"type":"strengths","use":"lower"}]}}`))
	require.NoError(t, err)
	b, err := json.Marshal(c)
	require.NoError(t, err)
	assert.NoError(t, validate(s, b))
}

// TestBadRecordsRejectedByBoth runs bad records that a schema can express
// through the validator and record.Decode: both must reject each.
func TestBadRecordsRejectedByBoth(t *testing.T) {
	s := caseSchema(t)
	bad := map[string]string{
		"missing id":           `{"answers":{}}`,
		"empty id":             `{"id":""}`,
		"id too long":          `{"id":"` + strings.Repeat("x", record.MaxIDLength+1) + `"}`,
		"numeric id":           `{"id":14}`,
		"unknown field":        `{"id":"c1","colour":"grey"}`,
		"unknown question":     `{"id":"c1","answers":{"A1.2":"yes"}}`,
		"bad yes/no":           `{"id":"c1","answers":{"A1.1":"maybe"}}`,
		"level for yes/no":     `{"id":"c1","answers":{"A1.1":"high"}}`,
		"yes for a level":      `{"id":"c1","answers":{"A2.5":"yes"}}`,
		"boolean answer":       `{"id":"c1","answers":{"A1.1":true}}`,
		"blank text":           `{"id":"c1","answers":{"I1.4":"   "}}`,
		"bad inspector level":  `{"id":"c1","inspector":{"safetyAndWellbeing":"severe"}}`,
		"fact not a boolean":   `{"id":"c1","factors":{"childSafety":"no"}}`,
		"unknown fact":         `{"id":"c1","factors":{"weather":true}}`,
		"unknown concern":      `{"id":"c1","concerns":["knives"]}`,
		"repeated concern":     `{"id":"c1","concerns":["weapons","weapons"]}`,
		"unknown deficit":      `{"id":"c1","deficits":["laziness"]}`,
		"bad consideration":    `{"id":"c1","roshRationale":{"level":"low","considerations":[{"type":"luck","use":"lower"}]}}`,
		"not an object":        `[1,2]`,
		"looked-after unknown": `{"id":"c1","lookedAfter":{"lookedAfter":true}}`,
		"line break in the id": `{"id":"x\nStandard 2.1 Assessment: Outstanding"}`,
		"ESC in the id":        `{"id":"c\u001b[2J"}`,
		"bidi control in id":   `{"id":"c\u202e1"}`,
		"zero-width in the id": `{"id":"c\u200b1"}`,
		"BOM in the id":        `{"id":"\ufeffc1"}`,
		"separator in the id":  `{"id":"c\u2028"}`,
		"space around the id":  `{"id":" c1"}`,
		"bidi in inspection":   `{"id":"c1","inspection":"i\u202e"}`,
		"blank inspection":     `{"id":"c1","inspection":"  "}`,
	}
	for name, doc := range bad {
		t.Run(name, func(t *testing.T) {
			assert.Error(t, validate(s, []byte(doc)), "the schema accepts it")
			_, err := record.Decode(strings.NewReader(doc))
			assert.Error(t, err, "record.Decode accepts it")
		})
	}
}

// TestIDPatternIsTheRule: the independent validator reads the schema's ID
// pattern as record.CheckID reads an ID, for every character alone, inside
// an ID and at its ends.
func TestIDPatternIsTheRule(t *testing.T) {
	s := caseSchema(t)
	check := func(id string) {
		t.Helper()
		doc, err := json.Marshal(map[string]string{"id": id})
		require.NoError(t, err)
		if got, want := validate(s, doc) == nil, record.CheckID(id) == nil; got != want {
			t.Fatalf("%q: the schema accepts it: %v; CheckID: %v", id, got, want)
		}
	}
	for r := rune(0); r <= unicode.MaxRune; r++ {
		// Every character of the categories the rule names, the characters
		// either side of each, and a sample of the rest.
		near := unicode.In(r, unicode.C, unicode.Z) || unicode.In(r-1, unicode.C, unicode.Z) || unicode.In(r+1, unicode.C, unicode.Z)
		if !utf8.ValidRune(r) || !(near && !unicode.Is(unicode.Co, r) && !unicode.Is(unicode.Cn, r) || r%97 == 0) {
			continue
		}
		check(string(r))
		check("a" + string(r) + "b")
	}
	for _, id := range []string{"case-014", "Leeds 2024", "c\u00a0", "\u3000c", "a\U000e0041", "a\U0001d173", "a\U0001f600"} {
		check(id)
	}
}

package record

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/yjinspect/yjinspect/classification"
	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/internal/enum"
	"github.com/yjinspect/yjinspect/internal/idrule"
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

// generateSchema builds the schema from the catalogue and the enums.
func generateSchema() ([]byte, error) {
	levels := enum.Tokens[classification.Level]()
	concerns := enum.Tokens[classification.Concern]()
	deficits := enum.Tokens[classification.Deficit]()
	considerations := enum.Tokens[classification.ConsiderationType]()
	constraints := enum.Tokens[classification.Constraint]()
	uses := enum.Tokens[classification.Use]()
	yesNo := enum.Tokens[Answer]()
	var namedBoundaries []string // true and false stand for near and not-near
	for _, t := range enum.Tokens[classification.Near]() {
		if t != classification.NotNear.String() && t != classification.NearUnnamed.String() {
			namedBoundaries = append(namedBoundaries, t)
		}
	}

	answers, notes := map[string]any{}, map[string]any{}
	for _, q := range framework.DomainTwo().Questions() {
		notes[string(q.ID)] = map[string]any{"type": "string"}
		var ref string
		switch q.Answer {
		case framework.YesNo:
			ref = "#/$defs/yesNo"
		case framework.LevelAnswer:
			ref = "#/$defs/level"
		case framework.TextAnswer:
			ref = "#/$defs/text"
		default:
			return nil, fmt.Errorf("question %s: no answer kind", q.ID)
		}
		answers[string(q.ID)] = map[string]any{"$ref": ref, "description": q.Text}
	}
	levelPair := map[string]any{"type": "object", "additionalProperties": false,
		"properties": map[string]any{"safetyAndWellbeing": map[string]any{"$ref": "#/$defs/level"}, "riskOfSeriousHarm": map[string]any{"$ref": "#/$defs/level"}}}
	schema := map[string]any{
		"$schema":              "https://json-schema.org/draft/2020-12/schema",
		"$id":                  "https://github.com/yjinspect/yjinspect/record/case.schema.json",
		"title":                "yjinspect case record: domain two (court disposals)",
		"description":          "One inspected case, as record.Decode reads it and record.Case encodes it. Absent fields are not recorded: an absent fact is unknown, never false. This schema describes the canonical form (canonical question IDs, lower-case answers); Decode also accepts printed IDs such as \"A 1.1\" and answers in any case, and rejects a question given twice in two spellings, which a schema cannot express.",
		"type":                 "object",
		"required":             []string{"id"},
		"additionalProperties": false,
		"properties": map[string]any{
			"id":         map[string]any{"$ref": "#/$defs/id", "description": "The case's ID within the inspection, by the ID rule. Never personal data."},
			"inspection": map[string]any{"$ref": "#/$defs/id", "description": "The inspection the case belongs to, e.g. \"insp-01\", by the ID rule: reports rate each inspection apart. Not in the CARaG. Never personal data."},
			"synthetic":  map[string]any{"type": "boolean", "description": "True for a record made up by a generator, not the case of a real child: reports say so. Not in the CARaG."},
			"answers":    map[string]any{"type": "object", "additionalProperties": false, "description": "Answers by question ID.", "properties": answers},
			"inspector":  withDescription(levelPair, "The inspector's own classification on each scale."),
			"nearBoundary": map[string]any{"type": "object", "additionalProperties": false,
				"description": "Whether the case is close to a boundary between two levels, per scale: the boundary (\"low-medium\", \"medium-high\" or \"high-very-high\"), or true for close to a boundary not named and false for not close.",
				"properties":  map[string]any{"safetyAndWellbeing": map[string]any{"$ref": "#/$defs/near"}, "riskOfSeriousHarm": map[string]any{"$ref": "#/$defs/near"}}},
			"concerns": map[string]any{"type": "array", "uniqueItems": true, "items": map[string]any{"enum": concerns}, "description": "The research bulletin's safety concerns."},
			"deficits": map[string]any{"type": "array", "uniqueItems": true, "items": map[string]any{"enum": deficits}, "description": "The research bulletin's common assessment problems."},
			"roshRationale": map[string]any{"type": "object", "additionalProperties": false, "description": "The case manager's rationale for the risk of serious harm level.",
				"properties": map[string]any{
					"level":          map[string]any{"anyOf": []any{map[string]any{"$ref": "#/$defs/level"}, map[string]any{"const": ""}}},
					"currentFactors": map[string]any{"$ref": "#/$defs/fact"},
					"mitigated":      map[string]any{"$ref": "#/$defs/fact"},
					"stable":         map[string]any{"$ref": "#/$defs/fact"},
					"considerations": map[string]any{"type": "array", "items": map[string]any{
						"type": "object", "additionalProperties": false,
						"properties": map[string]any{
							"type":       map[string]any{"enum": append([]string{""}, considerations...)},
							"use":        map[string]any{"enum": append([]string{""}, uses...)},
							"constraint": map[string]any{"enum": constraints},
							"note":       map[string]any{"type": "string"},
						}}},
				}},
			"notes": map[string]any{"type": "object", "additionalProperties": false,
				"description": "The reviewer's notes: free text that no rule reads. Personal data. Not in the CARaG.",
				"properties": map[string]any{
					"case":      map[string]any{"type": "string", "description": "A note on the case as a whole."},
					"questions": map[string]any{"type": "object", "additionalProperties": false, "description": "The evidence behind the answers (why an answer is No, where the evidence is), by question ID.", "properties": notes},
				}},
		},
		"$defs": map[string]any{
			"id": map[string]any{"type": "string", "minLength": 1, "maxLength": MaxIDLength, "pattern": idPattern(),
				"description": fmt.Sprintf("The ID rule (record.CheckID), for a case ID and an inspection name: not empty; at most %d bytes of UTF-8 (maxLength counts characters, so a schema cannot say bytes); no control (Cc), format (Cf: bidirectional controls, zero-width characters, the byte-order mark), line or paragraph separator (Zl, Zp) character; no white space at the start or end. Decode refuses any other, never changing it to fit. The pattern lists those characters in ranges, to be read in ECMA-262's Unicode mode (the u flag), as JSON Schema asks.", MaxIDLength)},
			"yesNo": map[string]any{"enum": yesNo},
			"level": map[string]any{"enum": levels},
			"text":  map[string]any{"type": "string", "pattern": "\\S"},
			"fact":  map[string]any{"type": "boolean"},
			"near":  map[string]any{"anyOf": []any{map[string]any{"type": "boolean"}, map[string]any{"enum": namedBoundaries}}},
		},
	}
	props := schema["properties"].(map[string]any)
	for obj, o := range factObjects {
		facts := map[string]any{}
		for _, f := range factsOf(obj) {
			facts[f.Key()] = map[string]any{"$ref": "#/$defs/fact", "description": f.Question()}
		}
		props[o.name] = map[string]any{"type": "object", "additionalProperties": false, "description": o.about, "properties": facts}
	}
	b, err := json.MarshalIndent(schema, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(escapeInvisible(b), '\n'), nil
}

// idPattern is the ID rule as the schema's pattern: no control, format,
// line or paragraph separator character anywhere, and no white space at
// either end. The classes list the characters themselves, in ranges taken
// from Go's Unicode tables (the schema file writes them as \u escapes), not
// \p{Cc} and the like, which Python's re does not read. JSON Schema reads a
// pattern as ECMA-262 with the u flag (without it, JavaScript refuses the
// ranges of characters beyond U+FFFF); so read, Go's regexp, Python's re and
// JavaScript's RegExp read these classes alike. A pattern cannot count
// bytes: the schema's maxLength counts characters.
func idPattern() string {
	never := runeClass(idrule.Forbidden)
	ends := runeClass(func(r rune) bool { return idrule.Forbidden(r) || unicode.IsSpace(r) })
	return "^[^" + ends + "]([^" + never + "]*[^" + ends + "])?$"
}

// runeClass lists the runes for which in is true as the inside of a
// regular expression's character class, in ranges: those up to U+00FF as
// \xHH escapes, the others as themselves (none of which is special in a
// class).
func runeClass(in func(rune) bool) string {
	var b strings.Builder
	write := func(r rune) {
		if r <= 0xff {
			fmt.Fprintf(&b, `\x%02x`, r)
		} else {
			b.WriteRune(r)
		}
	}
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !in(r) || !utf8.ValidRune(r) {
			continue
		}
		lo := r
		for r+1 <= unicode.MaxRune && in(r+1) && utf8.ValidRune(r+1) {
			r++
		}
		write(lo)
		if r > lo {
			if r > lo+1 {
				b.WriteByte('-')
			}
			write(r)
		}
	}
	return b.String()
}

// escapeInvisible writes, in JSON text, every character the ID rule
// forbids or that is white space, beyond ASCII, as a \u escape (which
// encoding/json leaves as they are but for U+2028 and U+2029), so that the
// schema file shows no invisible character. Such characters are only ever
// inside its strings (the ID pattern).
func escapeInvisible(b []byte) []byte {
	var out bytes.Buffer
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		if r < utf8.RuneSelf || !(idrule.Forbidden(r) || unicode.IsSpace(r)) {
			out.Write(b[:size])
		} else if r1, r2 := utf16.EncodeRune(r); r1 != utf8.RuneError {
			fmt.Fprintf(&out, "\\u%04x\\u%04x", r1, r2)
		} else {
			fmt.Fprintf(&out, "\\u%04x", r)
		}
		b = b[size:]
	}
	return out.Bytes()
}

func withDescription(m map[string]any, desc string) map[string]any {
	out := map[string]any{"description": desc}
	for k, v := range m {
		out[k] = v
	}
	return out
}

package record

import (
	"bytes"
	_ "embed"
	"encoding"
	"encoding/json"
	"fmt"

	"github.com/yjinspect/yjinspect/classification"
	"github.com/yjinspect/yjinspect/framework"
)

//go:generate go test -run ^(TestSchemaUpToDate|TestExampleRecordInDocs)$ -update

//go:embed case.schema.json
var schemaJSON []byte

// Schema returns the JSON Schema (draft 2020-12) of the case record, as
// shipped in case.schema.json: every question ID with the kind of answer it
// takes, the levels, facts, concern and deficit names, and the RoSH
// rationale. It describes the canonical form that encoding writes (canonical
// IDs, lower-case answers); Decode also accepts printed IDs and answers in any
// case. A test keeps the file equal to what the Go types and the catalogue
// say. The slice is the caller's own.
func Schema() []byte { return bytes.Clone(schemaJSON) }

// generateSchema builds the schema from the catalogue and the enums.
func generateSchema() ([]byte, error) {
	levels := tokens[classification.Level]()
	concerns := tokens[classification.Concern]()
	deficits := tokens[classification.Deficit]()
	considerations := tokens[classification.ConsiderationType]()
	constraints := tokens[classification.Constraint]()
	uses := tokens[classification.Use]()
	yesNo := tokens[Answer]()
	var namedBoundaries []string // true and false stand for near and not-near
	for _, t := range tokens[classification.Near]() {
		if t != classification.NotNear.String() && t != classification.NearUnnamed.String() {
			namedBoundaries = append(namedBoundaries, t)
		}
	}

	answers := map[string]any{}
	for _, q := range framework.DomainTwo().Questions() {
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
	facts := func(desc string, names ...string) map[string]any {
		props := map[string]any{}
		for _, n := range names {
			props[n] = map[string]any{"$ref": "#/$defs/fact"}
		}
		return map[string]any{"type": "object", "additionalProperties": false, "description": desc, "properties": props}
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
			"id":         map[string]any{"type": "string", "minLength": 1, "maxLength": MaxIDLength, "description": "The case's ID within the inspection. Never personal data."},
			"inspection": map[string]any{"type": "string", "minLength": 1, "maxLength": MaxIDLength, "pattern": "\\S", "description": "The inspection the case belongs to, e.g. \"insp-01\": reports rate each inspection apart. Not in the CARaG. Never personal data."},
			"synthetic":  map[string]any{"type": "boolean", "description": "True for a record made up by a generator, not the case of a real child: reports say so. Not in the CARaG."},
			"answers":    map[string]any{"type": "object", "additionalProperties": false, "description": "Answers by question ID.", "properties": answers},
			"inspector":  withDescription(levelPair, "The inspector's own classification on each scale."),
			"nearBoundary": map[string]any{"type": "object", "additionalProperties": false,
				"description": "Whether the case is close to a boundary between two levels, per scale: the boundary (\"low-medium\", \"medium-high\" or \"high-very-high\"), or true for close to a boundary not named and false for not close.",
				"properties":  map[string]any{"safetyAndWellbeing": map[string]any{"$ref": "#/$defs/near"}, "riskOfSeriousHarm": map[string]any{"$ref": "#/$defs/near"}}},
			"factors":           facts("Whether there are factors related to keeping the child safe and to risk of harm.", "childSafety", "riskOfHarm"),
			"reviewingRequired": facts("Whether reviewing of desistance, safety and wellbeing, and risk of harm was required.", "desistance", "childSafety", "riskOfHarm"),
			"lookedAfter":       facts("The home/host facts of the I1.1 guidance.", "homeService", "livedOutsideArea", "responsibleForAssessment"),
			"concerns":          map[string]any{"type": "array", "uniqueItems": true, "items": map[string]any{"enum": concerns}, "description": "The research bulletin's safety concerns."},
			"deficits":          map[string]any{"type": "array", "uniqueItems": true, "items": map[string]any{"enum": deficits}, "description": "The research bulletin's common assessment problems."},
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
		},
		"$defs": map[string]any{
			"yesNo": map[string]any{"enum": yesNo},
			"level": map[string]any{"enum": levels},
			"text":  map[string]any{"type": "string", "pattern": "\\S"},
			"fact":  map[string]any{"type": "boolean"},
			"near":  map[string]any{"anyOf": []any{map[string]any{"type": "boolean"}, map[string]any{"enum": namedBoundaries}}},
		},
	}
	b, err := json.MarshalIndent(schema, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(b, '\n'), nil
}

// tokens returns the tokens of an enum's values in order: those of 1, 2, ...
// up to the first value out of range.
func tokens[T interface {
	~uint8
	encoding.TextMarshaler
}]() []string {
	var out []string
	for i := 1; i < 256; i++ {
		b, err := T(i).MarshalText()
		if err != nil {
			break
		}
		out = append(out, string(b))
	}
	return out
}

func withDescription(m map[string]any, desc string) map[string]any {
	out := map[string]any{"description": desc}
	for k, v := range m {
		out[k] = v
	}
	return out
}

package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/internal/carag"
	"github.com/yjinspect/yjinspect/internal/enum"
)

var update = flag.Bool("update", false, "rewrite catalogue.schema.json from the Go types of the catalogue data")

// TestCatalogueSchemaUpToDate keeps catalogue.schema.json equal to what
// generateSchema makes of the Go types (go generate rewrites it).
func TestCatalogueSchemaUpToDate(t *testing.T) {
	want := generateSchema(t)
	if *update {
		require.NoError(t, os.WriteFile("catalogue.schema.json", want, 0o644))
	}
	got, err := os.ReadFile("catalogue.schema.json")
	require.NoError(t, err)
	require.Equal(t, string(want), string(got), "catalogue.schema.json is stale: run go generate ./examples/outline")
}

// fieldSchemas are what the schema says of fields beyond their Go type,
// by path ("questions.kind"): enums from the library's own enums, and
// descriptions.
func fieldSchemas() map[string]map[string]any {
	return map[string]map[string]any{
		"":                       {"title": "yjinspect catalogue", "description": "The domain two (court disposals) catalogue of HM Inspectorate of Probation's case assessment rules and guidance (CARaG), as framework.CatalogueJSON returns it and framework.Parse reads it (outline -format json writes it): every standard, key question and question with its guidance, in source order. IDs are canonical (see framework.ParseID). Texts are the source's words."},
		"key":                    {"description": "The source's key to question formats."},
		"key.entries.kind":       {"enum": enum.Tokens[framework.Kind](), "description": "The question kind the format stands for."},
		"standards.id":           {"description": "The standard's ID, \"2.1\" to \"2.4\"."},
		"keyQuestions.id":        {"description": "The key question's canonical ID, e.g. \"A1\" or \"O2\"."},
		"keyQuestions.number":    {"description": "The number as the source prints it, e.g. \"A 1\"."},
		"keyQuestions.standard":  {"description": "The standard the key question answers; absent for the case manager interview (O2)."},
		"keyQuestions.phase":     {"description": "The phase of work: the standard's name as a token; absent for O2."},
		"keyQuestions.area":      {"enum": enum.Tokens[framework.Area](), "description": "What the key question is about; absent for O2."},
		"keyQuestions.guidance":  {"description": "The CARaG's guidance under the key question, one paragraph an item."},
		"questions.id":           {"description": "The question's canonical ID, e.g. \"A1.1\", \"A1.S\" or \"A1.diversity\"."},
		"questions.number":       {"description": "The number as the source prints it (\"A 1.1\", \"A 1 S\"), or \"\" where it prints none."},
		"questions.keyQuestion":  {"description": "The key question the question belongs to; absent for the questions about the child (I1)."},
		"questions.kind":         {"enum": enum.Tokens[framework.Kind](), "description": "Prompt, information question or summary judgement, from the source's key."},
		"questions.kindInferred": {"description": "True when the kind was assigned by the catalogue's rule, not shown by the key."},
		"questions.answer":       {"enum": enum.Tokens[framework.AnswerKind](), "description": "The kind of answer the question takes."},
		"questions.guidance":     {"description": "The CARaG's guidance beside the question, one paragraph an item."},
		"questions.heading":      {"description": "A sub-heading the source prints above the question, if any."},
		"keyQuestions.section":   {"description": "The source's section heading."},
		"questions.section":      {"description": "The source's section heading."},
		"standards.name":         {"description": "The standard's name."},
		"introduction":           {"description": "The CARaG's opening paragraphs."},
		"key.entries.represents": {"description": "What the format represents, in the key's words."},
		"key.entries.format":     {"description": "The format, e.g. \"Dark grey background\"."},
		"key.entries.example":    {"description": "The key's example question."},
		"key.columns":            {"description": "The key's column headings."},
		"key.heading":            {"description": "The key's heading."},
		"title":                  {"description": "The document's title."},
		"publisher":              {"description": "The document's publisher."},
		"keyQuestions.text":      {"description": "The key question in the source's words."},
		"questions.text":         {"description": "The question in the source's words."},
		"keyQuestions":           {"description": "The 13 key questions in source order: A1-A3, P1-P3, D1-D3, R1-R3 and O2."},
		"questions":              {"description": "Every question in source order."},
		"standards":              {"description": "The four standards of domain two."},
		"key.entries":            {"description": "The rows of the key."},
	}
}

// schemaOf writes the JSON Schema of a Go type as encoding/json encodes
// it: a struct is an object with exactly its json fields (those without
// omitempty required), a slice an array, a string a string, a bool a
// boolean. The extra of path is added unless item (a slice's items share
// the slice's path).
func schemaOf(t *testing.T, typ reflect.Type, path string, item bool, extra map[string]map[string]any, used map[string]bool) map[string]any {
	out := map[string]any{}
	switch typ.Kind() {
	case reflect.Struct:
		props := map[string]any{}
		var required []string
		for i := range typ.NumField() {
			fld := typ.Field(i)
			name, opts, _ := strings.Cut(fld.Tag.Get("json"), ",")
			require.NotEmpty(t, name, "field %s of %s has no json name", fld.Name, typ)
			p := name
			if path != "" {
				p = path + "." + name
			}
			props[name] = schemaOf(t, fld.Type, p, false, extra, used)
			if opts != "omitempty" {
				required = append(required, name)
			}
		}
		out["type"], out["properties"], out["additionalProperties"] = "object", props, false
		if required != nil {
			out["required"] = required
		}
	case reflect.Slice:
		out["type"], out["items"] = "array", schemaOf(t, typ.Elem(), path, true, extra, used)
	case reflect.String:
		out["type"] = "string"
	case reflect.Bool:
		out["type"] = "boolean"
	default:
		t.Fatalf("%s: no schema for %s", path, typ)
	}
	if e, ok := extra[path]; ok && !item {
		used[path] = true
		for k, v := range e {
			out[k] = v
		}
	}
	return out
}

func generateSchema(t *testing.T) []byte {
	extra := fieldSchemas()
	used := map[string]bool{}
	s := schemaOf(t, reflect.TypeFor[carag.Document](), "", false, extra, used)
	for p := range extra {
		require.True(t, used[p], "fieldSchemas names %q, which is not a field of the catalogue data", p)
	}
	s["$schema"] = "https://json-schema.org/draft/2020-12/schema"
	s["$id"] = "https://github.com/yjinspect/yjinspect/examples/outline/catalogue.schema.json"
	b, err := json.MarshalIndent(s, "", "  ")
	require.NoError(t, err)
	return append(b, '\n')
}

// conforms checks v (decoded JSON) against the subset of JSON Schema that
// generateSchema writes: type, properties, required,
// additionalProperties false, items and enum. It returns the first
// difference, or "".
func conforms(schema map[string]any, v any, path string) string {
	switch schema["type"] {
	case "object":
		obj, ok := v.(map[string]any)
		if !ok {
			return path + ": not an object"
		}
		props, _ := schema["properties"].(map[string]any)
		for k, val := range obj {
			ps, ok := props[k].(map[string]any)
			if !ok {
				return path + "." + k + ": not allowed"
			}
			if d := conforms(ps, val, path+"."+k); d != "" {
				return d
			}
		}
		req, _ := schema["required"].([]any)
		for _, r := range req {
			if _, ok := obj[r.(string)]; !ok {
				return path + "." + r.(string) + ": missing"
			}
		}
	case "array":
		arr, ok := v.([]any)
		if !ok {
			return path + ": not an array"
		}
		for i, e := range arr {
			if d := conforms(schema["items"].(map[string]any), e, fmt.Sprintf("%s[%d]", path, i)); d != "" {
				return d
			}
		}
	case "string":
		s, ok := v.(string)
		if !ok {
			return path + ": not a string"
		}
		if enum, ok := schema["enum"].([]any); ok && !slices.Contains(enum, any(s)) {
			return fmt.Sprintf("%s: %q is not in the enum", path, s)
		}
	case "boolean":
		if _, ok := v.(bool); !ok {
			return path + ": not a boolean"
		}
	default:
		return path + ": unknown schema type"
	}
	return ""
}

// TestCatalogueConformsToSchema: the catalogue data conforms to the
// schema, and data changed in each way the schema forbids does not.
func TestCatalogueConformsToSchema(t *testing.T) {
	var schema map[string]any
	require.NoError(t, json.Unmarshal(catalogueSchema, &schema))
	decode := func(b []byte) any {
		var v any
		require.NoError(t, json.Unmarshal(b, &v))
		return v
	}
	data := string(framework.CatalogueJSON())
	assert.Equal(t, "", conforms(schema, decode([]byte(data)), ""))
	for _, tc := range []struct{ name, old, new, want string }{
		{"unknown field", `"kindInferred": true,`, `"kindInferred": true, "colour": "grey",`, "colour: not allowed"},
		{"kind not an enum value", `"kind": "information"`, `"kind": "grey"`, `"grey" is not in the enum`},
		{"area not an enum value", `"area": "desistance"`, `"area": "elsewhere"`, `"elsewhere" is not in the enum`},
		{"answer not an enum value", `"answer": "yes-no"`, `"answer": "maybe"`, `"maybe" is not in the enum`},
		{"missing text", `"text": "Does assessment sufficiently analyse how to support the child’s desistance?",`, ``, "text: missing"},
		{"boolean as string", `"kindInferred": true`, `"kindInferred": "true"`, "not a boolean"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			require.Contains(t, data, tc.old)
			got := conforms(schema, decode([]byte(strings.Replace(data, tc.old, tc.new, 1))), "")
			assert.Contains(t, got, tc.want)
		})
	}
}

package record

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestOneDecodingRuleAtEveryDepth: what Decode refuses at the top level (a
// key given twice, a key in another case, an unknown key) it refuses in
// every nested object, on the fast path and the full path alike.
func TestOneDecodingRuleAtEveryDepth(t *testing.T) {
	tests := []struct {
		name, doc, field, reason string
	}{
		{"top: twice", `{"id":"c","factors":{},"factors":{}}`, "factors", "given twice"},
		{"top: other case", `{"id":"c","ID":"d"}`, "", `unknown field "ID"`},
		{"factors: twice", `{"id":"c","factors":{"childSafety":true,"childSafety":false}}`, "factors.childSafety", "given twice"},
		{"factors: other case", `{"id":"c","factors":{"ChildSafety":true}}`, "factors", `unknown field "ChildSafety"`},
		{"factors: unknown", `{"id":"c","factors":{"colour":true}}`, "factors", `unknown field "colour"`},
		{"factors: not a boolean", `{"id":"c","factors":{"childSafety":"yes"}}`, "factors.childSafety", "want a boolean (true or false), not a JSON string"},
		{"factors: not an object", `{"id":"c","factors":7}`, "factors", "want a JSON object, not a JSON number"},
		{"reviewingRequired: twice", `{"id":"c","reviewingRequired":{"desistance":true,"desistance":true}}`, "reviewingRequired.desistance", "given twice"},
		{"lookedAfter: other case", `{"id":"c","lookedAfter":{"homeservice":true}}`, "lookedAfter", `unknown field "homeservice"`},
		{"inspector: twice", `{"id":"c","inspector":{"riskOfSeriousHarm":"low","riskOfSeriousHarm":"high"}}`, "inspector.riskOfSeriousHarm", "given twice"},
		{"inspector: other case", `{"id":"c","inspector":{"RiskOfSeriousHarm":"low"}}`, "inspector", `unknown field "RiskOfSeriousHarm"`},
		{"nearBoundary: twice", `{"id":"c","nearBoundary":{"safetyAndWellbeing":true,"safetyAndWellbeing":false}}`, "nearBoundary.safetyAndWellbeing", "given twice"},
		{"nearBoundary: other case", `{"id":"c","nearBoundary":{"SAFETYANDWELLBEING":true}}`, "nearBoundary", `unknown field "SAFETYANDWELLBEING"`},
		{"roshRationale: twice", `{"id":"c","roshRationale":{"level":"low","level":"high"}}`, "roshRationale.level", "given twice"},
		{"roshRationale: other case", `{"id":"c","roshRationale":{"Level":"low"}}`, "roshRationale", `unknown field "Level"`},
		{"consideration: twice", `{"id":"c","roshRationale":{"considerations":[{"type":"strengths","use":"lower","use":"raise"}]}}`, "roshRationale.considerations[0].use", "given twice"},
		{"consideration: other case", `{"id":"c","roshRationale":{"considerations":[{"type":"strengths"},{"Type":"strengths"}]}}`, "roshRationale.considerations[1]", `unknown field "Type"`},
		{"consideration: unknown", `{"id":"c","roshRationale":{"considerations":[{"kind":"x"}]}}`, "roshRationale.considerations[0]", `unknown field "kind"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, ok := fastDecode([]byte(tt.doc))
			assert.False(t, ok, "the fast path takes it")
			_, err := Decode(strings.NewReader(tt.doc))
			var de *DecodeError
			require.ErrorAs(t, err, &de)
			assert.Equal(t, tt.field, de.Field)
			assert.Equal(t, tt.reason, de.Reason)
			if tt.name != "top: other case" {
				assert.Equal(t, "c", de.Case, "the error names the case")
			}
		})
	}
}

// hasRepeatedKeys reports whether any object in the JSON text data has a
// key twice, or two keys that differ only in case (which encoding/json
// would read as one field), walking encoding/json's tokens: a check written
// apart from the decoder's.
func hasRepeatedKeys(data []byte) bool {
	dec := json.NewDecoder(bytes.NewReader(data))
	type frame struct {
		object bool
		keys   map[string]bool
		key    bool // the next string token is a key
	}
	var stack []*frame
	for {
		tok, err := dec.Token()
		if err != nil {
			return false
		}
		var top *frame
		if len(stack) > 0 {
			top = stack[len(stack)-1]
		}
		if top != nil && top.object && top.key {
			if s, ok := tok.(string); ok {
				k := strings.ToLower(s)
				if top.keys[k] {
					return true
				}
				top.keys[k] = true
				top.key = false
				continue
			}
		}
		switch tok {
		case json.Delim('{'):
			stack = append(stack, &frame{object: true, keys: map[string]bool{}, key: true})
			continue
		case json.Delim('['):
			stack = append(stack, &frame{})
			continue
		case json.Delim('}'), json.Delim(']'):
			stack = stack[:len(stack)-1]
		}
		// A value ended: in an object, a key comes next.
		if len(stack) > 0 && stack[len(stack)-1].object {
			stack[len(stack)-1].key = true
		}
	}
}

func TestHasRepeatedKeys(t *testing.T) {
	assert.True(t, hasRepeatedKeys([]byte(`{"a":{"b":1,"B":2}}`)))
	assert.True(t, hasRepeatedKeys([]byte(`{"a":[{"b":1},{"c":{"d":1,"d":2}}]}`)))
	assert.False(t, hasRepeatedKeys([]byte(`{"a":{"b":1},"b":{"a":[{"b":1},{"b":2}]}}`)))
}

// TestFactTable: every fact's row agrees with the json tag of its field
// in case.go, so that the struct and the table say the same.
func TestFactTable(t *testing.T) {
	c := Case{ID: "c"}
	cv := reflect.ValueOf(&c).Elem()
	seen := map[string]bool{}
	for _, f := range Facts() {
		require.False(t, seen[f.Path()], "a path twice: %s", f.Path())
		seen[f.Path()] = true
		got, ok := LookupFact(f.Path())
		require.True(t, ok)
		assert.Equal(t, f, got)
		// Find the struct field the row's pointer names, and its tag.
		p := f.at(&c)
		found := false
		for i := range cv.NumField() {
			obj := cv.Field(i)
			if obj.Kind() != reflect.Struct {
				continue
			}
			for j := range obj.NumField() {
				if obj.Type().Field(j).IsExported() && obj.Field(j).Addr().Interface() == p {
					found = true
					tag, _, _ := strings.Cut(obj.Type().Field(j).Tag.Get("json"), ",")
					assert.Equal(t, f.Key(), tag, f.Path())
				}
			}
		}
		assert.True(t, found, "%s: no field of Case", f.Path())
		// Get and Set.
		_, recorded := f.Get(&c)
		assert.False(t, recorded)
		v := false
		f.Set(&c, &v)
		v = true // c keeps its own copy
		value, recorded := f.Get(&c)
		assert.True(t, recorded)
		assert.False(t, value)
		b, err := json.Marshal(c)
		require.NoError(t, err)
		assert.Contains(t, string(b), `"`+f.Object()+`":{"`+f.Key()+`":false}`)
		f.Set(&c, nil)
	}
	// Every *bool field of the fact objects is in the table.
	n := 0
	for _, obj := range []any{c.Factors, c.ReviewingRequired, c.LookedAfter} {
		n += reflect.TypeOf(obj).NumField()
	}
	assert.Equal(t, n, len(Facts()), "a field of a fact object has no row in the table")
	var zero Fact
	assert.Equal(t, "", zero.Path())
	_, recorded := zero.Get(&c)
	assert.False(t, recorded)
	_, err := zero.MarshalText()
	assert.Error(t, err)
	assert.Error(t, zero.UnmarshalText([]byte("factors.colour")))
	var f Fact
	require.NoError(t, f.UnmarshalText([]byte("lookedAfter.homeService")))
	assert.Equal(t, LookedAfterHomeService, f)
}

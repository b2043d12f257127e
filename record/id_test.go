package record

import (
	"encoding/json"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"
)

// badIDs are IDs of every kind the ID rule refuses, with the start of the
// reason it gives.
var badIDs = []struct {
	name, id, reason string
}{
	{"newline", "x\nStandard 2.1 Assessment: Outstanding (forged line)", "holds a control character (U+000A)"},
	{"carriage return", "x\rStandard 2.1", "holds a control character (U+000D)"},
	{"tab", "case\t1", "holds a control character (U+0009)"},
	{"ESC", "case\x1b[2J", "holds a control character (U+001B)"},
	{"NUL", "case\x00", "holds a control character (U+0000)"},
	{"DEL", "case\x7f", "holds a control character (U+007F)"},
	{"C1 control", "case\u0085", "holds a control character (U+0085)"},
	{"U+202E", "case-\u202e41", "holds a format character (U+202E)"},
	{"U+2066", "case-\u2066x", "holds a format character (U+2066)"},
	{"U+200B", "case\u200b-1", "holds a format character (U+200B)"},
	{"U+FEFF", "\ufeffcase-1", "holds a format character (U+FEFF)"},
	{"U+2028", "case\u2028Standard", "holds a line or paragraph separator (U+2028)"},
	{"U+2029", "case\u2029", "holds a line or paragraph separator (U+2029)"},
	{"invalid UTF-8 \\xff", "bad\xff", "is not valid UTF-8 (at byte 3)"},
	{"invalid UTF-8 \\xfe", "bad\xfe", "is not valid UTF-8 (at byte 3)"},
	{"leading space", " case-1", "begins with white space (U+0020)"},
	{"trailing space", "case-1 ", "ends with white space (U+0020)"},
	{"trailing no-break space", "case-1\u00a0", "ends with white space (U+00A0)"},
	{"only spaces", "   ", "is only white space"},
	{"257 bytes", strings.Repeat("c", MaxIDLength+1), "is longer than 256 bytes"},
	{"empty", "", "is empty"},
}

func TestCheckID(t *testing.T) {
	for _, id := range []string{"case-014", "insp-01", "Leeds 2024", "Leeds\u00a02024", "café", "bad\ufffd", "a\\nb", strings.Repeat("é", MaxIDLength/2)} {
		assert.NoError(t, CheckID(id), "%q", id)
	}
	for _, tt := range badIDs {
		t.Run(tt.name, func(t *testing.T) {
			err := CheckID(tt.id)
			require.Error(t, err)
			assert.ErrorIs(t, err, ErrBadID)
			var ie *IDError
			require.ErrorAs(t, err, &ie)
			assert.Equal(t, tt.id, ie.ID)
			assert.True(t, strings.HasPrefix(ie.Reason, tt.reason), "reason %q, want %q", ie.Reason, tt.reason)
			assert.True(t, strings.HasPrefix(err.Error(), "record: bad ID "+strconv.Quote(tt.id[:min(len(tt.id), 64)])), err.Error())
			requirePrintable(t, err.Error())
		})
	}
}

// requirePrintable fails when s holds a rune the ID rule forbids, or is
// not valid UTF-8: s could then break a line or reorder text where printed.
func requirePrintable(t *testing.T, s string) {
	t.Helper()
	require.True(t, utf8.ValidString(s), "not valid UTF-8: %q", s)
	for _, r := range s {
		require.False(t, unicode.In(r, unicode.Cc, unicode.Cf, unicode.Zl, unicode.Zp), "%U in %q", r, s)
	}
}

// jsonString writes s as a JSON string: the bytes as they are, escaping
// only '"' and '\', so that a raw control character stays raw (and the
// record is then malformed JSON) and invalid UTF-8 stays invalid.
func jsonString(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(s) + `"`
}

// idForms writes id as a JSON string with escapes (\n, \u001b, \u2028),
// as json.Marshal does, and as it is; invalid UTF-8 has no escaped form.
func idForms(t *testing.T, id string) map[string]string {
	forms := map[string]string{"raw": jsonString(id)}
	if utf8.ValidString(id) {
		escaped, err := json.Marshal(id)
		require.NoError(t, err)
		forms["escaped"] = string(escaped)
	}
	return forms
}

// TestDecodeRefusesBadIDs: Decode, json.Unmarshal and DecodeEach refuse
// every kind of bad ID and inspection name, written with JSON escapes
// (which the full decoder reads) or as they are (which the fast path sees
// first), with a *DecodeError naming the field and quoting the value
// safely.
func TestDecodeRefusesBadIDs(t *testing.T) {
	for _, tt := range badIDs {
		for form, value := range idForms(t, tt.id) {
			for _, field := range []string{"id", "inspection"} {
				t.Run(tt.name+"/"+form+"/"+field, func(t *testing.T) {
					rec := `{"id":` + value + `,"answers":{"A1.S":"yes"}}`
					if field == "inspection" {
						rec = `{"id":"c1","inspection":` + value + `,"answers":{"A1.S":"yes"}}`
					}
					_, err := Decode(strings.NewReader(rec))
					require.Error(t, err, "%q", rec)
					requirePrintable(t, err.Error())
					var c Case
					assert.Error(t, json.Unmarshal([]byte(rec), &c), "json.Unmarshal refuses it too")
					var de *DecodeError
					require.ErrorAs(t, err, &de)
					var read string
					switch {
					case !utf8.ValidString(rec):
						assert.Contains(t, err.Error(), "not valid UTF-8 at byte")
						return
					case json.Unmarshal([]byte(value), &read) != nil:
						assert.Contains(t, err.Error(), "malformed JSON") // a raw control character
						return
					}
					require.Equal(t, tt.id, read)
					assert.Equal(t, field, de.Field, err.Error())
					assert.Equal(t, tt.id, de.Value)
					assert.ErrorIs(t, err, ErrBadID)
					var ie *IDError
					require.ErrorAs(t, err, &ie)
					assert.True(t, strings.HasPrefix(ie.Reason, tt.reason), ie.Reason)
					if field == "id" {
						assert.Empty(t, de.Case, "a bad ID never names the case")
						assert.Contains(t, err.Error(), "case (no id): id: ")
					} else {
						assert.Equal(t, "c1", de.Case)
					}

					err = DecodeEach(strings.NewReader(`{"id":"c0"}`+"\n"+rec+"\n"), func(Case) error { return nil })
					require.ErrorAs(t, err, &de)
					assert.Equal(t, 2, de.Line)
					assert.Equal(t, field, de.Field)
					assert.ErrorIs(t, err, ErrBadID)
					requirePrintable(t, err.Error())
				})
			}
		}
	}
	// Invalid UTF-8 cannot be written with JSON escapes: a lone surrogate
	// reads as U+FFFD, which an ID may hold.
	c, err := Decode(strings.NewReader(`{"id":"bad\udcff"}`))
	require.NoError(t, err)
	assert.Equal(t, "bad\ufffd", c.ID)
}

// TestDecodeIDErrors pins the messages of bad IDs.
func TestDecodeIDErrors(t *testing.T) {
	tests := []struct{ in, want string }{
		{`{"id":"x\nStandard 2.1 Assessment: Outstanding (forged line)"}`,
			`record: case (no id): id: bad value "x\nStandard 2.1 Assessment: Outstanding (forged line)": holds a control character (U+000A)`},
		{"{\"id\":\"case-\u202e41\"}", `record: case (no id): id: bad value "case-\u202e41": holds a format character (U+202E), such as a bidirectional control or a zero-width space`},
		{`{"id":" case-1"}`, `record: case (no id): id: bad value " case-1": begins with white space (U+0020)`},
		{`{"id":"case-1","inspection":"insp-01 "}`, `record: case "case-1": inspection: bad value "insp-01 ": ends with white space (U+0020)`},
		{`{"id":"case-1","inspection":"  "}`, `record: case "case-1": inspection: bad value "  ": empty: leave the field out instead`},
		{`{"id":""}`, `record: case (no id): id: missing: every case record needs an id`},
		{"{\"id\":\"bad\xff\"}", `record: case (no id): not valid UTF-8 at byte 10`},
	}
	for _, tt := range tests {
		_, err := Decode(strings.NewReader(tt.in))
		assert.EqualError(t, err, tt.want)
	}
}

// TestBadIDNamesNoCase: a record that cannot be read is named by its ID only
// when the ID keeps to the rule.
func TestBadIDNamesNoCase(t *testing.T) {
	for _, tt := range badIDs {
		for form, value := range idForms(t, tt.id) {
			rec := `{"id":` + value + `,"answers":{"A1.1":"ye`
			assert.Empty(t, leadingID([]byte(rec)), "%s, %s", tt.name, form)
			_, err := Decode(strings.NewReader(rec))
			var de *DecodeError
			require.ErrorAs(t, err, &de)
			assert.Empty(t, de.Case, "%s, %s", tt.name, form)
			requirePrintable(t, err.Error())
		}
	}
}

// TestMarshalRefusesBadIDs: encoding never changes a bad ID to fit (invalid
// UTF-8 to U+FFFD, say): it refuses it.
func TestMarshalRefusesBadIDs(t *testing.T) {
	for _, tt := range badIDs {
		_, err := json.Marshal(Case{ID: tt.id})
		assert.ErrorIs(t, err, ErrBadID, tt.name)
		if tt.id != "" {
			_, err = json.Marshal(Case{ID: "c1", Inspection: tt.id})
			assert.ErrorIs(t, err, ErrBadID, tt.name)
			if err != nil {
				assert.Contains(t, err.Error(), `record: case "c1" cannot be encoded: inspection: record: bad ID`)
				requirePrintable(t, err.Error())
			}
		}
	}
	_, err := Case{ID: "bad\xff"}.MarshalJSON()
	assert.EqualError(t, err, `record: the case cannot be encoded: id: record: bad ID "bad\xff": is not valid UTF-8 (at byte 3)`)
	b, err := json.Marshal(Case{ID: "Leeds 2024 case 1", Inspection: "Leeds 2024"})
	require.NoError(t, err)
	assert.Equal(t, `{"id":"Leeds 2024 case 1","inspection":"Leeds 2024"}`, string(b))
}

// TestSchemaPatternIsTheRule: the schema's pattern for IDs (read by Go's
// regexp, as by the e2e test's validator) accepts exactly what CheckID
// accepts, but for the length, which the schema gives in characters; and
// the schema file shows no invisible character.
func TestSchemaPatternIsTheRule(t *testing.T) {
	var s struct {
		Defs map[string]struct {
			Pattern   string `json:"pattern"`
			MaxLength int    `json:"maxLength"`
		} `json:"$defs"`
	}
	require.NoError(t, json.Unmarshal(Schema(), &s))
	require.Equal(t, idPattern(), s.Defs["id"].Pattern)
	require.Equal(t, MaxIDLength, s.Defs["id"].MaxLength)
	re := regexp.MustCompile(s.Defs["id"].Pattern)
	agree := func(id string) {
		t.Helper()
		if re.MatchString(id) != (CheckID(id) == nil) {
			t.Fatalf("%q: pattern %v, CheckID %v", id, re.MatchString(id), CheckID(id))
		}
	}
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		agree(string(r))             // at both ends
		agree("a" + string(r) + "b") // inside
		if unicode.IsSpace(r) {
			agree("a" + string(r))
			agree(string(r) + "a")
		}
	}
	for _, tt := range badIDs {
		if utf8.ValidString(tt.id) && len(tt.id) <= MaxIDLength {
			agree(tt.id)
		}
	}
	for _, r := range string(schemaJSON) {
		if r != '\n' && (unicode.In(r, unicode.Cc, unicode.Cf, unicode.Zl, unicode.Zp) || (unicode.IsSpace(r) && r != ' ')) {
			t.Fatalf("case.schema.json holds %U", r)
		}
	}
	rapid.Check(t, func(t *rapid.T) {
		id := rapid.StringN(0, 20, MaxIDLength).Draw(t, "id")
		if re.MatchString(id) != (CheckID(id) == nil) {
			t.Fatalf("%q: pattern %v, CheckID %v", id, re.MatchString(id), CheckID(id))
		}
	})
}

// checkDecodedIDs fails unless a decoded case's ID, and inspection name
// when it has one, keep to the ID rule.
func checkDecodedIDs(t testing.TB, c Case) {
	t.Helper()
	if err := CheckID(c.ID); err != nil {
		t.Fatalf("a decoded case has a bad ID: %v", err)
	}
	if c.Inspection != "" {
		if err := CheckID(c.Inspection); err != nil {
			t.Fatalf("a decoded case has a bad inspection name: %v", err)
		}
	}
}

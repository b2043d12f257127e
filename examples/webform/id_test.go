package main

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/yjinspect/yjinspect/record"
)

const forgedLine = "Standard 2.1 Assessment: Outstanding (forged line)"

// badIDs are case IDs the form and the import refuse, by the one ID rule,
// with the message the form gives.
var badIDs = []struct{ name, id, want string }{
	{"a line break", "x\n" + forgedLine, "The case ID holds a control character (U+000A)."},
	{"a carriage return", "x\r" + forgedLine, "The case ID holds a control character (U+000D)."},
	{"ESC", "case\x1b[2J", "The case ID holds a control character (U+001B)."},
	{"a right-to-left override", "case-\u202e41", "The case ID holds a format character (U+202E), such as a bidirectional control or a zero-width space."},
	{"a zero-width space", "case\u200b-1", "The case ID holds a format character (U+200B)"},
	{"a byte-order mark", "\ufeffcase-1", "The case ID holds a format character (U+FEFF)"},
	{"a line separator", "case\u2028-1", "The case ID holds a line or paragraph separator (U+2028)."},
	{"invalid UTF-8 \\xff", "bad\xff", "The case ID is not valid UTF-8 (at byte 3)."},
	{"invalid UTF-8 \\xfe", "bad\xfe", "The case ID is not valid UTF-8 (at byte 3)."},
	{"a leading space", " case-1", "The case ID begins with white space (U+0020)."},
	{"a trailing space", "case-1 ", "The case ID ends with white space (U+0020)."},
	{"only spaces", "   ", "The case ID is only white space."},
	{"257 bytes", strings.Repeat("x", record.MaxIDLength+1), "The case ID is longer than 256 bytes."},
}

// requirePrintable fails when a page or message holds a raw character the
// ID rule forbids, other than a page's own line breaks and tabs.
func requirePrintable(t *testing.T, s string) {
	t.Helper()
	for _, r := range s {
		if unicode.In(r, unicode.Cc, unicode.Cf, unicode.Zl, unicode.Zp) && r != '\n' && r != '\t' && r != '\r' {
			t.Fatalf("a raw %U in %q", r, s)
		}
	}
}

// TestSaveRefusesBadIDs: saving the form with an ID the rule refuses keeps
// the form, unsaved, with the error at the ID field; the ID is never
// trimmed or changed to fit. The list, the report and the store stay
// readable.
func TestSaveRefusesBadIDs(t *testing.T) {
	h, store := newTestServer(t)
	s := newSession(t, h)
	for _, tt := range badIDs {
		t.Run(tt.name, func(t *testing.T) {
			rec := s.post("/cases", filledForm(tt.id), nil)
			require.Equal(t, http.StatusUnprocessableEntity, rec.Code)
			assert.Contains(t, textOf(element(t, rec.Body.String(), "error-id", "p")), tt.want)
			ids, _ := caseIDs(store)
			assert.Empty(t, ids, "nothing stored")
		})
	}

	// A good ID with inner spaces is kept as typed.
	rec := s.post("/cases", filledForm("Leeds 2024 case 1"), nil)
	require.Equal(t, http.StatusSeeOther, rec.Code, rec.Body.String())
	_, ok, _ := getCase(store, "Leeds 2024 case 1")
	assert.True(t, ok)

	// Renaming a stored case to a bad ID is refused the same way.
	form := filledForm("case-1 ")
	form.Set("orig", "Leeds 2024 case 1")
	rec = s.post("/cases", form, nil)
	require.Equal(t, http.StatusUnprocessableEntity, rec.Code)
	assert.Contains(t, textOf(element(t, rec.Body.String(), "error-id", "p")), "ends with white space")

	// The inspection name the form carries from an imported record is
	// checked by the same rule.
	form = filledForm("case-2")
	form.Set("inspection", "insp-01\n"+forgedLine)
	rec = s.post("/cases", form, nil)
	require.Equal(t, http.StatusUnprocessableEntity, rec.Code)
	assert.Contains(t, textOf(element(t, rec.Body.String(), "errors", "div")), "The inspection’s name holds a control character (U+000A).")

	ids, _ := caseIDs(store)
	assert.Equal(t, []string{"Leeds 2024 case 1"}, ids)
	assert.Equal(t, http.StatusOK, get(t, h, "/report", nil).Code)
	assert.Equal(t, http.StatusOK, get(t, h, "/", nil).Code)
	_, err := record.DecodeAll(bytes.NewReader(mustExport(t, store)))
	require.NoError(t, err, "the store's file reads back")
}

// TestImportRefusesBadIDs: importing a record whose ID or inspection name
// breaks the rule is refused, with the decoder's message (the value
// escaped), and nothing is stored.
func TestImportRefusesBadIDs(t *testing.T) {
	h, store := newTestServer(t)
	s := newSession(t, h)
	withID := func(id string) string {
		b, err := json.Marshal(id)
		if err != nil {
			panic(err)
		}
		return strings.Replace(sampleRecord, `"case-014"`, string(b), 1)
	}
	tests := []struct{ name, record, want string }{
		{"a line break", withID("x\n" + forgedLine), `id: bad value "x\n` + forgedLine + `": holds a control character (U+000A)`},
		{"ESC", withID("case\x1b[2J"), `id: bad value "case\x1b[2J": holds a control character (U+001B)`},
		{"a right-to-left override, escaped", withID("case-\u202e41"), `id: bad value "case-\u202e41": holds a format character (U+202E)`},
		{"a right-to-left override, raw", strings.Replace(sampleRecord, `"case-014"`, "\"case-\u202e41\"", 1), `id: bad value "case-\u202e41": holds a format character (U+202E)`},
		{"a zero-width space", withID("case\u200b"), `holds a format character (U+200B)`},
		{"invalid UTF-8", strings.Replace(sampleRecord, `"case-014"`, "\"bad\xff\"", 1), `not valid UTF-8 at byte`},
		{"a leading space", withID(" case-014"), `id: bad value " case-014": begins with white space (U+0020)`},
		{"a trailing space", withID("case-014 "), `id: bad value "case-014 ": ends with white space (U+0020)`},
		{"a bad inspection name", strings.Replace(sampleRecord, `"inspection": "insp-01"`, `"inspection": "insp\u2028x"`, 1), `inspection: bad value "insp\u2028x": holds a line or paragraph separator (U+2028)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, rec := range []*httptest.ResponseRecorder{s.importRecord(tt.record), s.post("/import", url.Values{"record": {tt.record}}, nil)} {
				require.Equal(t, http.StatusUnprocessableEntity, rec.Code)
				msg := textOf(element(t, rec.Body.String(), "import-error", "div"))
				assert.Contains(t, msg, "Nothing was imported: ")
				assert.Contains(t, msg, tt.want)
				requirePrintable(t, msg)
			}
			ids, _ := caseIDs(store)
			assert.Empty(t, ids)
		})
	}
}

// TestStoreRefusesBadIDs: the store, under the form and the import, never
// keeps a case whose ID breaks the rule (so two IDs that differ in a bad
// byte can never become one on disk).
func TestStoreRefusesBadIDs(t *testing.T) {
	store := newMemStore()
	for _, tt := range badIDs {
		assert.ErrorIs(t, putCase(store, record.Case{ID: tt.id}), record.ErrBadID, tt.name)
		assert.ErrorIs(t, saveErr(store.Save(record.Case{ID: tt.id}, "", 0, "tester")), record.ErrBadID, tt.name)
	}
	ids, _ := caseIDs(store)
	assert.Empty(t, ids)
}

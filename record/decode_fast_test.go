package record

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"math"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// exampleRecords are the case records of the inspect example's sample.
func exampleRecords(tb testing.TB) [][]byte {
	tb.Helper()
	f, err := os.Open("../examples/internal/report/sample.jsonl")
	require.NoError(tb, err)
	defer f.Close()
	var out [][]byte
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, MaxCaseSize)
	for sc.Scan() {
		out = append(out, bytes.Clone(sc.Bytes()))
	}
	require.NoError(tb, sc.Err())
	require.NotEmpty(tb, out)
	return out
}

// requireFastAgrees checks that the fast path, where it takes a record,
// decodes it exactly as the full decoder does.
func requireFastAgrees(t *testing.T, data []byte) (taken bool) {
	t.Helper()
	if !utf8.Valid(data) {
		return false
	}
	fast, ok := fastDecode(data)
	if !ok {
		return false
	}
	checkDecodedIDs(t, fast)
	full, err := decodeFull(data)
	require.NoError(t, err, "the fast path takes a record the full decoder rejects: %q", data)
	if d := cmp.Diff(full, fast); d != "" {
		t.Fatalf("the fast path decodes %q otherwise (-full +fast):\n%s", data, d)
	}
	return true
}

// sampleCases returns the first n cases of exampleRecords, decoded.
func sampleCases(tb testing.TB, n int) []Case {
	tb.Helper()
	records := exampleRecords(tb)
	require.GreaterOrEqual(tb, len(records), n)
	out := make([]Case, n)
	for i := range out {
		c, err := Decode(bytes.NewReader(records[i]))
		require.NoError(tb, err)
		out[i] = c
	}
	return out
}

func TestFastDecodeTakesTheUsualForm(t *testing.T) {
	records := exampleRecords(t)
	for _, c := range sampleCases(t, 32) {
		doc, err := json.Marshal(c)
		require.NoError(t, err)
		records = append(records, doc)
	}
	for _, doc := range records {
		require.True(t, requireFastAgrees(t, doc), "the fast path leaves a record in the usual form to the full decoder: %.200s", doc)
		// Indented, too.
		var buf bytes.Buffer
		require.NoError(t, json.Indent(&buf, doc, "", "\t"))
		require.True(t, requireFastAgrees(t, buf.Bytes()))
	}
}

// labelForm writes a record's answers and levels as the labels the docs
// accept ("Yes", "N/A", "Very high") instead of tokens.
func labelForm(doc []byte) []byte {
	return []byte(strings.NewReplacer(`:"yes"`, `:"Yes"`, `:"no"`, `:"No"`, `:"n/a"`, `:"N/A"`,
		`:"very-high"`, `:"Very high"`, `:"high"`, `:"High"`, `:"medium"`, `:"Medium"`, `:"low"`, `:"Low"`).Replace(string(doc)))
}

func TestFastDecodeTakesLabels(t *testing.T) {
	for _, c := range sampleCases(t, 32) {
		doc, err := json.Marshal(c)
		require.NoError(t, err)
		labels := labelForm(doc)
		require.NotEqual(t, string(doc), string(labels))
		require.True(t, requireFastAgrees(t, labels), "the fast path leaves a record with labels to the full decoder: %.200s", labels)
	}
	for _, doc := range []string{`{"id":"c1","answers":{"A1.1":"YES"}}`, `{"id":"c1","inspector":{"safetyAndWellbeing":"Very high"}}`} {
		require.True(t, requireFastAgrees(t, []byte(doc)), doc)
	}
}

// TestFastDecodeLeavesTheRest lists forms the fast path leaves to the full
// decoder, accepted or not, so that their results and errors are the full
// decoder's.
func TestFastDecodeLeavesTheRest(t *testing.T) {
	base := `{"id":"c1","answers":{"A1.1":"yes","A2.5":"low","I1.4":"text"},"inspector":{"safetyAndWellbeing":"low"},"factors":{"childSafety":true},"concerns":["weapons"],"roshRationale":{"level":"low","considerations":[{"type":"static-factors","use":"raise"}]}}`
	require.True(t, requireFastAgrees(t, []byte(base)))
	tests := map[string]string{
		"escape in a string":          `{"id":"c\u0031"}`,
		"escape in a key":             `{"\u0069d":"c1"}`,
		"null field":                  `{"id":"c1","factors":null}`,
		"null fact":                   `{"id":"c1","factors":{"childSafety":null}}`,
		"printed question ID":         `{"id":"c1","answers":{"A 1.1":"yes"}}`,
		"field in other case":         `{"id":"c1","inspector":{"SafetyAndWellbeing":"low"}}`,
		"repeated sub-field":          `{"id":"c1","factors":{"childSafety":true,"childSafety":false}}`,
		"repeated field":              `{"id":"c1","id":"c2"}`,
		"repeated question":           `{"id":"c1","answers":{"A1.1":"yes","A1.1":"no"}}`,
		"repeated concern":            `{"id":"c1","concerns":["weapons","weapons"]}`,
		"empty level":                 `{"id":"c1","inspector":{"safetyAndWellbeing":""}}`,
		"blank text":                  `{"id":"c1","answers":{"I1.4":"  "}}`,
		"no id":                       `{"answers":{}}`,
		"empty id":                    `{"id":""}`,
		"number":                      `{"id":1}`,
		"trailing data":               `{"id":"c1"} x`,
		"two records":                 `{"id":"c1"}{"id":"c2"}`,
		"unknown field":               `{"id":"c1","extra":true}`,
		"unknown rationale field":     `{"id":"c1","roshRationale":{"extra":1}}`,
		"unknown consideration field": `{"id":"c1","roshRationale":{"considerations":[{"kind":"x"}]}}`,
		"truncated":                   `{"id":"c1","answers":{"A1.1":"yes"`,
		"control character":           "{\"id\":\"c\x01\"}",
		"DEL in the id":               "{\"id\":\"c\x7f\"}",
		"C1 control in the id":        "{\"id\":\"c\u0085\"}",
		"bidi control in the id":      "{\"id\":\"c\u202e1\"}",
		"zero-width space in the id":  "{\"id\":\"c\u200b\"}",
		"byte-order mark in the id":   "{\"id\":\"\ufeffc\"}",
		"line separator in the id":    "{\"id\":\"c\u2028\"}",
		"space around the id":         `{"id":" c1"}`,
		"long id":                     `{"id":"` + strings.Repeat("c", MaxIDLength+1) + `"}`,
		"bidi control in inspection":  "{\"id\":\"c1\",\"inspection\":\"i\u202e\"}",
		"space around the inspection": `{"id":"c1","inspection":"insp-01 "}`,
		"not an object":               `["id"]`,
		"bool as string":              `{"id":"c1","factors":{"childSafety":"true"}}`,
		"truex":                       `{"id":"c1","factors":{"childSafety":truex}}`,
	}
	for name, doc := range tests {
		t.Run(name, func(t *testing.T) {
			assert.False(t, requireFastAgrees(t, []byte(doc)), "the fast path takes %s", doc)
		})
	}
}

// FuzzFastDecode: whatever the fast path takes, the full decoder takes and
// decodes to the same case.
func FuzzFastDecode(f *testing.F) {
	for _, doc := range exampleRecords(f)[:8] {
		f.Add(doc)
	}
	f.Add([]byte(`{"id":"c1","answers":{"A1.1":"yes","A2.5":"very high","I1.4":"text"},"inspector":{"riskOfSeriousHarm":"high"},"lookedAfter":{"homeService":false},"deficits":[],"roshRationale":{"level":"low","stable":true,"considerations":[{"type":"no-access-to-victims","use":"lower","constraint":"custody","note":""}]}}`))
	f.Add([]byte(`{"id":"c2","inspection":"insp-9","synthetic":false,"nearBoundary":{"safetyAndWellbeing":"medium-high","riskOfSeriousHarm":true},"answers":{"A2.5":"medium"}}`))
	f.Add([]byte(`{"id":"c3","inspection":" ","synthetic":true,"nearBoundary":{"safetyAndWellbeing":"near","riskOfSeriousHarm":false}}`))
	f.Add([]byte(`{"id":"c4","reviewingRequired":{"desistance":true,"Desistance":false},"roshRationale":{"considerations":[{"use":"lower","use":"raise"}]}}`))
	f.Add([]byte("{\"id\":\"c\u2066x\",\"inspection\":\"insp\u00a0\"}"))
	f.Add([]byte(`{"id":"c5","answers":{"A1.1":"Yes","A1.2":"N/A","A1.3":"NO","A2.5":"Very high"},"inspector":{"riskOfSeriousHarm":"Very high"},"concerns":["Weapons"]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		requireFastAgrees(t, data)
	})
}

// TestDecodeLimitReaders: a reader that knows its length gets its buffer at
// once; what decodeLimit reads, and its errors, are the same either way.
func TestDecodeLimitReaders(t *testing.T) {
	doc := exampleRecords(t)[0]
	inputs := [][]byte{nil, []byte("   "), []byte(`{"id":"c1"}`), doc, append(bytes.Clone(doc), "\n\n"...)}
	for _, limit := range []int64{-3, -1, 0, 5, int64(len(doc)) - 1, int64(len(doc)), int64(len(doc)) + 1, MaxCaseSize, math.MaxInt64} {
		for _, in := range inputs {
			sized, errSized := decodeLimit(bytes.NewReader(in), limit)
			plain, errPlain := decodeLimit(io.MultiReader(bytes.NewReader(in)), limit)
			require.Equal(t, errPlain == nil, errSized == nil, "limit %d, %q", limit, in)
			if errPlain != nil {
				require.Equal(t, errPlain.Error(), errSized.Error())
				continue
			}
			if d := cmp.Diff(plain, sized); d != "" {
				t.Fatalf("limit %d: (-plain +sized):\n%s", limit, d)
			}
		}
	}
	_, err := decodeLimit(strings.NewReader(string(doc)), int64(len(doc))-1)
	require.ErrorContains(t, err, "over the size limit")
}

package bench_test

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/bytedance/sonic"
	gojson "github.com/goccy/go-json"
	"github.com/google/go-cmp/cmp"
	"github.com/mailru/easyjson"
	"github.com/stretchr/testify/require"
	"github.com/yjinspect/yjinspect/bench"
	"github.com/yjinspect/yjinspect/record"
)

// Decode's anchor: record.Decode against the fastest JSON libraries an
// expert would pick, each decoding the same records into bench.JSONCase, a
// plain struct with no checks. Decode checks every question ID, answer,
// token, level and fact, rejects unknown and duplicate keys, and packs the
// answers by catalogue position; the libraries do none of it.

// records are the sample's case records as JSON, as record's encoder writes
// them, one document a case.
func records(tb testing.TB) [][]byte {
	tb.Helper()
	var docs [][]byte
	for _, c := range sampleCases(tb) {
		b, err := json.Marshal(c)
		require.NoError(tb, err)
		docs = append(docs, b)
	}
	return docs
}

// jsonDecoders are the contenders of Decode's comparison, the anchor first.
var jsonDecoders = []struct {
	key, label, kind string
	decode           func([]byte) error
}{
	{"record.Decode", "record.Decode (checks, packs)", kindAnchor, func(b []byte) error {
		_, err := record.Decode(bytes.NewReader(b))
		return err
	}},
	{"sonic", "bytedance/sonic (ConfigFastest)", kindJSON, func(b []byte) error {
		var v bench.JSONCase
		return sonic.ConfigFastest.Unmarshal(b, &v)
	}},
	{"goccy", "goccy/go-json", kindJSON, func(b []byte) error {
		var v bench.JSONCase
		return gojson.Unmarshal(b, &v)
	}},
	{"easyjson", "mailru/easyjson (generated)", kindJSON, func(b []byte) error {
		var v bench.JSONCase
		return easyjson.Unmarshal(b, &v)
	}},
	{"encoding-json", "encoding/json", kindJSON, func(b []byte) error {
		var v bench.JSONCase
		return json.Unmarshal(b, &v)
	}},
}

// decodeContenders are jsonDecoders as contenders of the paired harness.
func decodeContenders() []contender {
	var cs []contender
	for _, d := range jsonDecoders {
		cs = append(cs, contender{d.key, d.label, d.kind, func(tb testing.TB, _ []record.Case) func(*testing.B) {
			docs := records(tb)
			size := 0
			for _, d := range docs {
				size += len(d)
			}
			return func(b *testing.B) {
				b.SetBytes(int64(size / len(docs)))
				b.ReportAllocs()
				i := 0
				for b.Loop() {
					if err := d.decode(docs[i]); err != nil {
						b.Fatal(err)
					}
					if i++; i == len(docs) {
						i = 0
					}
				}
				reportPerCase(b)
			}
		}})
	}
	return cs
}

// BenchmarkDecode times record.Decode and each JSON library over the
// sample's records, one record an operation.
func BenchmarkDecode(b *testing.B) {
	for _, c := range decodeContenders() {
		b.Run(c.key, c.prepare(b, nil))
	}
}

// TestJSONLibrariesAgree checks every library decodes every record into the
// same JSONCase as encoding/json, and that record.Decode reads every record
// back into the case it was written from.
func TestJSONLibrariesAgree(t *testing.T) {
	cases := sampleCases(t)
	for i, doc := range records(t) {
		var want bench.JSONCase
		require.NoError(t, json.Unmarshal(doc, &want))
		for _, lib := range []struct {
			name   string
			decode func([]byte, any) error
		}{
			{"sonic", sonic.ConfigFastest.Unmarshal},
			{"goccy", gojson.Unmarshal},
			{"easyjson", func(b []byte, v any) error { return easyjson.Unmarshal(b, v.(*bench.JSONCase)) }},
		} {
			var got bench.JSONCase
			require.NoError(t, lib.decode(doc, &got), lib.name)
			if d := cmp.Diff(want, got); d != "" {
				t.Fatalf("record %d: %s differs from encoding/json:\n%s", i, lib.name, d)
			}
		}
		c, err := record.Decode(bytes.NewReader(doc))
		require.NoError(t, err)
		if d := cmp.Diff(cases[i], c, cmp.Comparer(func(a, b record.Answers) bool { return a.Equal(b) })); d != "" {
			t.Fatalf("record %d: Decode does not give back the case:\n%s", i, d)
		}
	}
}

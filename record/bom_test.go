package record

import (
	"bytes"
	"github.com/yjinspect/yjinspect/internal/jsonscan"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestByteOrderMark(t *testing.T) {
	bom := "\xEF\xBB\xBF"
	c, err := Decode(strings.NewReader(bom + `{"id":"c1","answers":{"A1.1":"yes"}}`))
	require.NoError(t, err)
	assert.Equal(t, "c1", c.ID)

	tests := []struct {
		name string
		in   string
		ids  []string
	}{
		{"at the start of JSON lines", bom + "{\"id\":\"a\"}\n{\"id\":\"b\"}\n", []string{"a", "b"}},
		{"at the start of every line", bom + "{\"id\":\"a\"}\r\n" + bom + "{\"id\":\"b\"}\r\n", []string{"a", "b"}},
		{"before a blank line", bom + "\n{\"id\":\"a\"}", []string{"a"}},
		{"at the start of an array", bom + `[{"id":"a"},{"id":"b"}]`, []string{"a", "b"}},
		{"only a mark", bom, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cases, err := DecodeAll(strings.NewReader(tt.in))
			require.NoError(t, err)
			var ids []string
			for _, c := range cases {
				ids = append(ids, c.ID)
			}
			assert.Equal(t, tt.ids, ids)
		})
	}

	// A mark anywhere else is not skipped.
	_, err = DecodeAll(strings.NewReader(`{"id":"a"}` + bom + "\n"))
	assert.ErrorContains(t, err, "line 1")
	_, err = Decode(strings.NewReader(" " + bom + `{"id":"a"}`))
	assert.Error(t, err)
}

func TestBadRecordNamesItsCase(t *testing.T) {
	huge := strings.Repeat("x", MaxCaseSize)
	tests := []struct {
		name string
		in   string
		want string
	}{
		{"truncated line", "{\"id\":\"a\"}\n{\"id\":\"b\",\"answers\":{\"A1.1\":\"ye", `record: line 2: case "b": truncated JSON`},
		{"malformed line", "{\"id\":\"b\",\"answers\":{\"A1.1\" \"yes\"}}", `record: line 1: case "b": malformed JSON`},
		{"over-size line", "{\"id\":\"a\"}\n{ \"id\" : \"big\",\"answers\":{\"I1.4\":\"" + huge + "\"}}\n{\"id\":\"c\"}\n", `record: line 2: case "big": the record is over the size limit`},
		{"over-size last line", "{\"id\":\"big\",\"answers\":{\"I1.4\":\"" + huge + "\"}}", `record: line 1: case "big": the record is over the size limit`},
		{"over-size line, id later", "{\"answers\":{\"I1.4\":\"" + huge + "\"},\"id\":\"big\"}", `record: line 1: case (no id): the record is over the size limit`},
		{"two records on a line", `{"id":"a"} {"id":"b"}`, `record: line 1: case "a": `},
		{"escaped id", "{\"id\":\"b\\u00e9\",\"answers\":{", `case "bé": truncated JSON`},
		{"id not a string", "{\"id\":7,\"answers\":{", `case (no id): truncated JSON`},
		{"id too long", "{\"id\":\"" + strings.Repeat("a", MaxIDLength+1) + "\",\"answers\":{", `case (no id): truncated JSON`},
		{"invalid UTF-8 id", "{\"id\":\"a\xff\",\"answers\":{", `case (no id)`},
		{"truncated array element", `[{"id":"a"},{"id":"b","answers":{"A1.1":"yes"}`, `record 2`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := DecodeAll(strings.NewReader(tt.in))
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}

	_, err := Decode(strings.NewReader(`{"id":"c9","answers":{"A1.1":"ye`))
	assert.ErrorContains(t, err, `case "c9": truncated JSON`)
	_, err = decodeLimit(strings.NewReader(`{"id":"c9","answers":{"A1.1":"yes"}}`), 20)
	assert.ErrorContains(t, err, `case "c9": the record is over the size limit of 20 bytes`)
}

// TestDecodeLimitWithMark: the mark is not counted against the limit.
func TestDecodeLimitWithMark(t *testing.T) {
	rec := `{"id":"c1"}`
	c, err := decodeLimit(strings.NewReader("\xEF\xBB\xBF"+rec), int64(len(rec)))
	require.NoError(t, err)
	assert.Equal(t, "c1", c.ID)
	_, err = decodeLimit(strings.NewReader("\xEF\xBB\xBF"+rec+" "), int64(len(rec)))
	assert.ErrorContains(t, err, "over the size limit")
}

// FuzzLeadingID: reading the ID from the start of any record never panics,
// and gives either nothing or an ID that keeps to the ID rule and that
// Decode would read from the same record start.
func FuzzLeadingID(f *testing.F) {
	f.Add([]byte(`{"id":"c1","answers":{`))
	f.Add([]byte(` { "id" : "b\u00e9\"x" ,`))
	f.Add([]byte(`{"id":7}`))
	f.Add([]byte("{\"id\":\"a\xff\"}"))
	f.Add([]byte(`{"id":"a\n","answers":{`))
	f.Add([]byte(`{"id":" a",`))
	f.Fuzz(func(t *testing.T, b []byte) {
		id := leadingID(b)
		if id == "" {
			return
		}
		if err := CheckID(id); err != nil {
			t.Fatalf("leadingID gave a bad ID: %v", err)
		}
		// A record made of the same start and a close decodes to the same ID
		// when the start is a complete "id" member.
		i := bytes.IndexByte(b, ':')
		_, end, err := jsonscan.ScanString(b, jsonscan.SkipSpace(b, i+1))
		if err != nil {
			t.Fatalf("leadingID gave %q, but the string does not scan: %v", id, err)
		}
		c, derr := Decode(bytes.NewReader(append(append([]byte(nil), b[:end]...), '}')))
		if derr == nil && c.ID != id {
			t.Fatalf("leadingID gave %q, Decode %q", id, c.ID)
		}
	})
}

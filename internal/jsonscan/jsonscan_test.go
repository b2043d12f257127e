package jsonscan

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"reflect"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestScanObject(t *testing.T) {
	var keys, values []string
	err := ScanObject([]byte(` { "a" : "x", "b\u0041":[1,{"c":"}"}], "d": true }`), func(key []byte, kind byte, value, raw []byte) error {
		keys = append(keys, string(key))
		values = append(values, string(raw))
		return nil
	})
	require.NoError(t, err)
	assert.Equal(t, []string{"a", "bA", "d"}, keys)
	assert.Equal(t, []string{`"x"`, `[1,{"c":"}"}]`, "true"}, values)
	assert.ErrorIs(t, ScanObject([]byte(`[1]`), nil), ErrNotObject)
	assert.Error(t, ScanObject([]byte(`{"a":`), func([]byte, byte, []byte, []byte) error { return nil }))
}

func TestReader(t *testing.T) {
	r := Reader{B: []byte(`{"a":[true,false],"b":"x"}`)}
	var got []string
	end, ok := r.Object(0, func(key []byte, i int) (int, bool) {
		got = append(got, string(key))
		if string(key) == "a" {
			return r.Array(i, func(i int) (int, bool) {
				_, next, ok := r.Bool(i)
				return next, ok
			})
		}
		_, next, ok := r.Str(i)
		return next, ok
	})
	assert.True(t, ok)
	assert.Equal(t, len(r.B), end)
	assert.Equal(t, []string{"a", "b"}, got)
	_, _, ok = (&Reader{B: []byte(`"a\"b"`)}).Str(0)
	assert.False(t, ok, "the fast reader leaves escapes to the full decoder")
}

// FuzzScanObject: on any input the scanner ends without panicking, and on
// a valid JSON object it gives the keys encoding/json gives, in order.
func FuzzScanObject(f *testing.F) {
	f.Add([]byte(`{"a":1,"b":{"c":[1,2,"]"]},"d\n":null}`))
	f.Add([]byte(`{"a"`))
	f.Fuzz(func(t *testing.T, b []byte) {
		var keys []string
		err := ScanObject(b, func(key []byte, _ byte, _, raw []byte) error {
			keys = append(keys, string(key))
			return nil
		})
		_ = SkipValue(b, 0)
		r := Reader{B: b}
		_, _ = r.Object(0, func(_ []byte, i int) (int, bool) { return SkipValue(b, i), true })
		if !json.Valid(b) {
			return
		}
		dec := json.NewDecoder(bytes.NewReader(b))
		tok, terr := dec.Token()
		if terr != nil || tok != json.Delim('{') {
			return
		}
		require.NoError(t, err, "%q", b)
		var want []string
		for dec.More() {
			k, err := dec.Token()
			require.NoError(t, err)
			want = append(want, k.(string))
			var skip json.RawMessage
			require.NoError(t, dec.Decode(&skip))
		}
		assert.Equal(t, want, keys, "%q", b)
	})
}

func TestCheckKeys(t *testing.T) {
	type inner struct {
		A int `json:"a"`
	}
	type outer struct {
		In   []inner `json:"in,omitempty"`
		Name string
	}
	typ := reflect.TypeFor[outer]()
	assert.NoError(t, CheckKeys([]byte(`{"in":[{"a":1}],"Name":"x"}`), typ, "o"))
	err := CheckKeys([]byte(`{"in":[{"a":1},{"a":1,"a":2}]}`), typ, "o")
	assert.Equal(t, &KeyError{Field: "o.in[1]", Key: "a", Twice: true}, err)
	err = CheckKeys([]byte(`{"IN":[]}`), typ, "o")
	assert.Equal(t, &KeyError{Field: "o", Key: "IN"}, err)
	assert.EqualError(t, err, `o: unknown field "IN"`)
}

// TestReadLimit: all of a reader up to the limit, and one byte more to
// show it is over, whether or not the reader knows its length.
func TestReadLimit(t *testing.T) {
	for _, tc := range []struct {
		in    string
		limit int64
		want  string
	}{
		{"", 4, ""},
		{"abc", 4, "abc"},
		{"abcd", 4, "abcd"},
		{"abcde", 4, "abcde"},
		{"abcdefgh", 4, "abcde"},
		{"abc", 0, "a"},
	} {
		for name, r := range map[string]io.Reader{
			"sized":   strings.NewReader(tc.in),
			"unsized": io.MultiReader(strings.NewReader(tc.in)),
		} {
			got, err := ReadLimit(r, tc.limit)
			require.NoError(t, err)
			assert.Equal(t, tc.want, string(got), "%s %q limit %d", name, tc.in, tc.limit)
		}
	}
	_, err := ReadLimit(iotest.ErrReader(errors.New("disk gone")), 4)
	assert.EqualError(t, err, "disk gone")
}

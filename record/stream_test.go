package record

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/yjinspect/yjinspect/internal/jsonscan"
)

func TestDecodeAllLinesAndArray(t *testing.T) {
	cases := sampleCases(t, 5)
	for i := range cases {
		cases[i].ID = "case-" + string(rune('a'+i))
	}
	var lines, array bytes.Buffer
	for _, c := range cases {
		b, err := json.Marshal(c)
		require.NoError(t, err)
		lines.Write(b)
		lines.WriteString("\n\n")
	}
	b, err := json.Marshal(cases)
	require.NoError(t, err)
	array.Write(b)

	for name, in := range map[string]*bytes.Buffer{"lines": &lines, "array": &array} {
		t.Run(name, func(t *testing.T) {
			got, err := DecodeAll(in)
			require.NoError(t, err)
			if diff := cmp.Diff(cases, got); diff != "" {
				t.Fatalf("(-want +got):\n%s", diff)
			}
		})
	}
	got, err := DecodeAll(strings.NewReader("  \n "))
	require.NoError(t, err)
	assert.Empty(t, got)
	got, err = DecodeAll(strings.NewReader("[]"))
	require.NoError(t, err)
	assert.Empty(t, got)
}

func TestDecodeAllErrors(t *testing.T) {
	tests := []struct {
		name, in string
		line     int
		index    int
		want     string
	}{
		{"bad line", "{\"id\":\"a\"}\n\n{\"id\":\"b\",\"answers\":{\"A1.1\":\"maybe\"}}\n", 3, 2, `record: line 3: case "b": answers[A1.1]: bad value "maybe"`},
		{"bad line after leading blank lines", "\n \r\n{\"id\":\"b\",\"answers\":{\"A1.1\":\"maybe\"}}\n", 3, 1, `record: line 3: case "b"`},
		{"truncated line", "{\"id\":\"a\"}\n{\"id\":", 2, 2, "record: line 2: case (no id): truncated JSON"},
		{"duplicate id", "{\"id\":\"a\"}\n{\"id\":\"a\"}", 2, 2, `record: line 2: case "a": id: the same id as record 1`},
		{"bad array element", `[{"id":"a"},{"id":"b","colour":1}]`, 0, 2, `record: record 2: case "b": unknown field "colour"`},
		{"array element not an object", `[{"id":"a"},7]`, 0, 2, "record: record 2: case (no id): want a JSON object, not a JSON number"},
		{"unterminated array", `[{"id":"a"}`, 0, 2, "record: record 2: "},
		{"data after array", `[{"id":"a"}] x`, -1, -1, "data after the array"},
		{"huge line", `{"id":"a","answers":{"I1.4":"` + strings.Repeat("x", MaxCaseSize) + `"}}`, 1, 1, "over the size limit"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := DecodeAll(strings.NewReader(tt.in))
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
			assert.Equal(t, strings.Contains(tt.want, "size limit"), errors.Is(err, ErrTooLarge), "errors.Is(err, ErrTooLarge)")
			var re *DecodeError
			if tt.index >= 0 {
				require.True(t, errors.As(err, &re), "%T", err)
				assert.Equal(t, tt.line, re.Line)
				assert.Equal(t, tt.index, re.Index)
			}
		})
	}
	_, err := DecodeAll(nil)
	assert.Error(t, err)
	stop := errors.New("stop")
	err = DecodeEach(strings.NewReader("{\"id\":\"a\"}\n{\"id\":\"b\"}"), func(Case) error { return stop })
	assert.Equal(t, stop, err)
}

// TestDecodeEachLineLimits: a JSON-lines record of exactly MaxCaseSize
// bytes reads, whatever its line ending; one byte more is an error naming
// its line.
func TestDecodeEachLineLimits(t *testing.T) {
	pad := func(n int) string {
		head := `{"id":"long"`
		return head + strings.Repeat(" ", n-len(head)-1) + "}"
	}
	exact := pad(MaxCaseSize)
	require.Len(t, exact, MaxCaseSize)
	got, err := DecodeAll(strings.NewReader("\n" + exact + "\r\n" + `{"id":"next"}` + "\n"))
	require.NoError(t, err)
	require.Len(t, got, 2)
	assert.Equal(t, "long", got[0].ID)

	for _, n := range []int{MaxCaseSize + 1, MaxCaseSize + 100} {
		_, err = DecodeAll(strings.NewReader(`{"id":"a"}` + "\n" + pad(n) + "\n"))
		var re *DecodeError
		require.ErrorAs(t, err, &re, "%d bytes", n)
		assert.Equal(t, 2, re.Line)
		assert.ErrorContains(t, err, "over the size limit")
		assert.ErrorIs(t, err, ErrTooLarge)
	}
	_, err = DecodeAll(strings.NewReader(`[{"id":"a"},` + pad(MaxCaseSize+1) + "]"))
	var re *DecodeError
	require.ErrorAs(t, err, &re)
	assert.Equal(t, 2, re.Index)
	assert.ErrorIs(t, err, ErrTooLarge, "an array element over the size limit")
	_, err = DecodeAll(strings.NewReader(`[{"id":"a"},{"id":"b","answers":{"A1.1":"maybe"}}]`))
	assert.NotErrorIs(t, err, ErrTooLarge)
}

func FuzzDecodeAll(f *testing.F) {
	f.Add([]byte("{\"id\":\"a\"}\n{\"id\":\"b\",\"answers\":{\"A1.1\":\"yes\"}}\n"))
	f.Add([]byte(`[{"id":"a"},{"id":"b","factors":{"childSafety":false}}]`))
	f.Add([]byte("[\n"))
	f.Add([]byte("\xEF\xBB\xBF{\"id\":\"a\"}\r\n\xEF\xBB\xBF{\"id\":\"b\",\"answers\":{\"A1.1\":\"ye"))
	f.Fuzz(func(t *testing.T, data []byte) {
		cases, err := DecodeAll(bytes.NewReader(data))
		if err != nil {
			return
		}
		var buf bytes.Buffer
		for _, c := range cases {
			checkDecodedIDs(t, c)
			b, err := json.Marshal(c)
			if err != nil {
				t.Fatal(err)
			}
			buf.Write(b)
			buf.WriteByte('\n')
		}
		again, err := DecodeAll(&buf)
		if err != nil {
			t.Fatalf("re-reading what was written: %v", err)
		}
		if !cmp.Equal(cases, again) {
			t.Fatal(cmp.Diff(cases, again))
		}
	})
}

// decodeArrayBoth reads an array the fast way (DecodeEach) and with
// encoding/json throughout, and requires the same records and errors.
func decodeArrayBoth(t *testing.T, in []byte) {
	t.Helper()
	read := func(fast bool) ([]Case, string) {
		var got []Case
		var err error
		if fast {
			err = DecodeEach(bytes.NewReader(in), func(c Case) error { got = append(got, c); return nil })
		} else {
			seen := map[string]int{}
			br := bufio.NewReader(bytes.NewReader(in))
			first, skipped, perr := jsonscan.PeekNonSpace(br)
			if perr != nil || first != '[' {
				return nil, "not an array"
			}
			err = decodeArrayJSON(br, func(c Case, line, index int) error {
				if prev, dup := seen[c.ID]; dup {
					return atRecord(&DecodeError{Case: c.ID, Field: "id", Reason: fmt.Sprintf("the same id as record %d", prev)}, nil, line, index)
				}
				seen[c.ID] = index
				got = append(got, c)
				return nil
			}, 0, int64(skipped.Bytes))
		}
		if err != nil {
			var de *DecodeError
			if errors.As(err, &de) {
				return got, fmt.Sprintf("%v line %d index %d", err, de.Line, de.Index)
			}
			return got, err.Error()
		}
		return got, ""
	}
	fast, fastErr := read(true)
	full, fullErr := read(false)
	if fullErr == "not an array" {
		return
	}
	require.Equal(t, fullErr, fastErr, "%.300q", in)
	if d := cmp.Diff(full, fast); d != "" {
		t.Fatalf("%.300q: (-encoding/json +fast):\n%s", in, d)
	}
}

func arrayInputs(t testing.TB) [][]byte {
	cases := sampleCases(t, 4)
	compact, err := json.Marshal(cases)
	require.NoError(t, err)
	pretty, err := json.MarshalIndent(cases, "", "  ")
	require.NoError(t, err)
	rec, err := json.Marshal(cases[0])
	require.NoError(t, err)
	r := string(rec)
	out := [][]byte{compact, pretty, labelForm(pretty), []byte("[]"), []byte(" [ ] \n"), []byte("[ ]x")}
	for _, s := range []string{
		`[` + r + `,` + r + `]`, // a repeated id
		`[` + r + ` ` + r + `]`, `[` + r + `,]`, `[` + r + `,7]`, `[7]`, `[` + r + `]]`, `[` + r + `] {}`,
		`[` + r, `[` + r + `,`, `[` + r[:len(r)/2], `[{"id":"a"},{"id":"b","colour":1}]`, `[{"id":"a"]}]`,
		`[{"id":"a"},{"id":"b\"}"},{"id":"c"}]`, `[{"id":"a"}, {"id":"b"} ,{"id":"c","answers":{"A1.1":"Yes"}}]`,
		`[{"id":"a"},{"id":"b"}]  ` + "\n", `[{"id":"a"},null]`, `[{"id":"a"},{"id":"a\u00e9"}]`, `[{"id":"a"},{]`,
	} {
		out = append(out, []byte(s))
	}
	big := `[{"id":"a"},{"id":"b","answers":{"I1.4":"` + strings.Repeat("x", MaxCaseSize) + `"}}]`
	out = append(out, []byte(big), []byte(strings.Replace(big, strings.Repeat("x", 40), "", 1)))
	for _, n := range []int{MaxCaseSize - 60, MaxCaseSize - 40, MaxCaseSize - 38, MaxCaseSize - 36} {
		out = append(out, []byte(`[{"id":"a"},`+strings.Repeat(" ", 3)+`{"id":"b","answers":{"I1.4":"`+strings.Repeat("x", n)+`"}}]`))
	}
	return out
}

func TestDecodeArrayAgreesWithEncodingJSON(t *testing.T) {
	for _, in := range arrayInputs(t) {
		decodeArrayBoth(t, in)
	}
}

func FuzzDecodeArray(f *testing.F) {
	for _, in := range arrayInputs(f) {
		if len(in) < 4096 {
			f.Add(in)
		}
	}
	f.Fuzz(func(t *testing.T, in []byte) { decodeArrayBoth(t, in) })
}

// TestDecodeEachParallelAgrees: with any number of workers, the same
// records, errors and calls of fn, in the same order, as DecodeEach; and
// DecodeEachWith gives fn each record with what work returned for it.
func TestDecodeEachParallelAgrees(t *testing.T) {
	sample := sampleCases(t, 60)
	var lines []string
	for i := range 1500 {
		c := sample[i%len(sample)]
		c.ID = fmt.Sprintf("%s-%d", c.ID, i)
		b, err := json.Marshal(c)
		require.NoError(t, err)
		lines = append(lines, string(b))
	}
	good := strings.Join(lines, "\n")
	with := func(at int, line string) string {
		l := slices.Clone(lines)
		l[at] = line
		return strings.Join(l, "\n")
	}
	inputs := []string{good, good + "\n\n", "\ufeff" + good, with(700, lines[3]), with(1, `{"id":"x","colour":1}`),
		with(1400, `{"id":`), with(256, "   "), with(1499, strings.Repeat("x", MaxCaseSize+1)), "", "\n\n",
		"[" + strings.Join(lines, ",") + "]", "[" + strings.Join(lines[:900], ",") + ",{]"}
	for _, in := range inputs {
		for _, stopAt := range []int{-1, 0, 300, 1000} {
			run := func(workers int, with bool) ([]string, string) {
				var ids []string
				each := func(c Case) error {
					if len(ids) == stopAt {
						return errors.New("stop")
					}
					ids = append(ids, c.ID)
					return nil
				}
				var err error
				if with {
					// What work returns for a record comes with that record.
					err = DecodeEachWith(strings.NewReader(in), workers, func(c Case) string { return c.ID + "/" + c.Inspection },
						func(c Case, got string) error {
							if want := c.ID + "/" + c.Inspection; got != want {
								return fmt.Errorf("work gave %q for %q", got, want)
							}
							return each(c)
						})
				} else {
					err = DecodeEachParallel(strings.NewReader(in), workers, each)
				}
				if err != nil {
					var de *DecodeError
					if errors.As(err, &de) {
						return ids, fmt.Sprintf("%v %d %d", err, de.Line, de.Index)
					}
					return ids, err.Error()
				}
				return ids, ""
			}
			wantIDs, wantErr := run(1, false)
			for _, workers := range []int{1, 2, 3, 8} {
				for _, with := range []bool{false, true} {
					ids, err := run(workers, with)
					require.Equal(t, wantErr, err, "workers %d, DecodeEachWith %t", workers, with)
					require.Equal(t, wantIDs, ids, "workers %d, DecodeEachWith %t", workers, with)
				}
			}
		}
	}
}

// TestDecodeArrayPlacesSyntaxErrors: a syntax error in a JSON array names
// the byte of the stream where it is (counted from 1, a byte-order mark
// and white space before the '[' included), whether the fast reader or
// encoding/json met the records before it. encoding/json's Decoder counts
// only the bytes of the values it scanned.
func TestDecodeArrayPlacesSyntaxErrors(t *testing.T) {
	for _, tc := range []struct {
		in      string
		at      int  // the byte named, from 1
		bad     byte // the byte there
		record  int
		problem string
	}{
		{"[{\"id\"\x00", 7, 0, 1, `invalid character '\x00' after object key`},
		{"[{\"id\":\"a\"},{\"id\"\x00", 18, 0, 2, `invalid character '\x00' after object key`},
		{"\xef\xbb\xbf \n[{\"id\":\"a\"},{\"id\"\x00", 23, 0, 2, `invalid character '\x00' after object key`},
		{"[{\"id\":\"a\"},{\"id\":\"b\\\"}\"},{\"id\"\x00", 32, 0, 3, `invalid character '\x00' after object key`},
		{"[{\"id\":\"a\"} x", 13, 'x', 2, "expected comma after array element"},
		{"[{\"id\":\"a\"} {\"id\":\"b\"}]", 13, '{', 2, "expected comma after array element"},
		{"[{\"id\":\"a\"} {\"id\":\"b\"x", 13, '{', 2, "expected comma after array element"},
		{"[{\"id\":\"a\"}\n\n{\"id\":\"b\"}]", 14, '{', 2, "expected comma after array element"},
		{"[ x", 3, 'x', 1, "invalid character 'x' looking for beginning of value"},
		{"[{\"id\":\"a\"},   x", 16, 'x', 2, "invalid character 'x' looking for beginning of value"},
		{"[{\"id\":\"a\"},{\"id\":\"b\",\"answers\":{\"A1.1\":\"Yes\"}}, {\"id\":\"c\",\"answers\":{\"A1.1\" \"Yes\"}}]", 78, '"', 3, "invalid character '\"' after object key"},
	} {
		t.Run(fmt.Sprintf("%q", tc.in), func(t *testing.T) {
			err := DecodeEach(strings.NewReader(tc.in), func(Case) error { return nil })
			var de *DecodeError
			require.ErrorAs(t, err, &de)
			assert.Equal(t, tc.record, de.Index)
			assert.Equal(t, fmt.Sprintf("malformed JSON at byte %d: %s", tc.at, tc.problem), de.Reason)
			assert.Equal(t, tc.bad, tc.in[tc.at-1], "byte %d", tc.at)
		})
	}
}

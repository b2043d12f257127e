package enum

import (
	"errors"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/yjinspect/yjinspect/internal/idrule"
)

type level uint8

var levels = New[level]("pkg.Level",
	Row{Token: "low", Label: "Low"},
	Row{Token: "very-high", Label: "Very high"},
	Row{Token: "child-s-account", Label: "the child\u2019s account", Aliases: []string{"account"}},
)

func TestTableForms(t *testing.T) {
	tests := []struct {
		v                    level
		str, label, text     string
		marshalErr, validity bool
	}{
		{0, "", "not recorded", "", false, false},
		{1, "low", "Low", "low", false, true},
		{2, "very-high", "Very high", "very-high", false, true},
		{3, "child-s-account", "the child\u2019s account", "child-s-account", false, true},
		{4, "Level(4)", "Level(4)", "", true, false},
		{255, "Level(255)", "Level(255)", "", true, false},
	}
	for _, tt := range tests {
		t.Run(tt.str, func(t *testing.T) {
			assert.Equal(t, tt.str, levels.String(tt.v))
			assert.Equal(t, tt.label, levels.Label(tt.v))
			assert.Equal(t, tt.validity, levels.Valid(tt.v))
			b, err := levels.MarshalText(tt.v)
			if tt.marshalErr {
				var re *RangeError
				require.ErrorAs(t, err, &re)
				assert.Equal(t, &RangeError{Type: "pkg.Level", Value: uint8(tt.v)}, re)
				assert.Equal(t, "pkg: "+tt.str+" is out of range", err.Error())
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.text, string(b))
		})
	}
	assert.Equal(t, 3, levels.Len())
	assert.Equal(t, []level{1, 2, 3}, levels.Values())
}

func TestTableParse(t *testing.T) {
	tests := []struct {
		in   string
		want level // 0: an error
	}{
		{"low", 1},
		{"LOW", 1},
		{" \tLow\r\n", 1},
		{"very-high", 2},
		{"very high", 2},
		{"Very_High", 2},
		{"VERY HIGH", 2},
		{"the child’s account", 3},
		{"the child's account", 3},
		{"The_Child's-Account", 3},
		{"account", 3},
		{"", 0},
		{"   ", 0},
		{"very  high", 0},
		{"veryhigh", 0},
		{"lo", 0},
		{"low.", 0},
		{"\u212Aow", 0},                 // nothing folds to k; and the Kelvin sign is not
		{"very-hi\u0261h", 0},           // a Latin script g
		{"very-h\u0131gh", 0},           // dotless i
		{"very-h\u0130gh", 0},           // dotted capital I
		{"\u00a0low", 0},                // no-break space is not trimmed
		{"low\x00", 0},                  // NUL
		{"\xff", 0},                     // not UTF-8
		{"the child\u02BCs account", 0}, // modifier letter apostrophe
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := levels.Parse(tt.in)
			if tt.want != 0 {
				require.NoError(t, err)
				assert.Equal(t, tt.want, got)
				return
			}
			var pe *ParseError
			require.ErrorAs(t, err, &pe)
			assert.Equal(t, &ParseError{Type: "pkg.Level", Input: tt.in}, pe)
			assert.Equal(t, "pkg: cannot parse "+Quote(tt.in)+" as Level", err.Error())
			assert.Zero(t, got)
		})
	}
}

func TestTableUnmarshalText(t *testing.T) {
	v := level(2)
	require.NoError(t, levels.UnmarshalText(&v, []byte("low")))
	assert.Equal(t, level(1), v)

	err := levels.UnmarshalText(&v, []byte("medium"))
	var pe *ParseError
	require.ErrorAs(t, err, &pe)
	assert.Equal(t, level(1), v, "unchanged on error")

	require.NoError(t, levels.UnmarshalText(&v, nil))
	assert.Equal(t, level(0), v, "empty text is the zero value")

	require.Error(t, levels.UnmarshalText(nil, []byte("low")))
}

func TestParseErrorMessages(t *testing.T) {
	tests := []struct {
		err  error
		want string
	}{
		{&ParseError{Type: "framework.ID", Input: "Z1", Reason: "no such letter"}, `framework: cannot parse "Z1" as ID: no such letter`},
		{&ParseError{Type: "Level", Input: ""}, `cannot parse "" as Level`},
		{&ParseError{Type: "a.b.Level", Input: "x"}, `a.b: cannot parse "x" as Level`},
		{&RangeError{Type: "Level", Value: 7}, `Level(7) is out of range`},
		{&ParseError{Type: "p.T", Input: strings.Repeat("é", 40)}, `p: cannot parse "` + strings.Repeat("é", 32) + `"…(80 bytes) as T`},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.err.Error())
	}
}

func TestQuote(t *testing.T) {
	assert.Equal(t, `"abc"`, Quote("abc"))
	long := strings.Repeat("a", 63) + "é" + "tail"
	got := Quote(long)
	assert.Equal(t, `"`+strings.Repeat("a", 63)+`"…(69 bytes)`, got, "cut before a split rune")
	assert.True(t, utf8.ValidString(got))

	// Nothing that could break a line, move a terminal's cursor or reorder
	// text gets through.
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !idrule.Forbidden(r) && !unicode.IsSpace(r) {
			continue
		}
		q := Quote("a" + string(r))
		if r != ' ' && q != strconv.QuoteToASCII("a"+string(r)) {
			t.Fatalf("%U: Quote gives %s", r, q)
		}
	}
	assert.Equal(t, `"bad\xff\xfe"`, Quote("bad\xff\xfe"))
	assert.Equal(t, `"x\nStandard 2.1"`, Quote("x\nStandard 2.1"))
	assert.Equal(t, `"a\u202eb\u200b\ufeff\u2028"`, Quote("a\u202eb\u200b\ufeff\u2028"))
}

func TestNewKeepsTheFirstSpelling(t *testing.T) {
	// A label that spells another value's token does not take it over.
	type e uint8
	tab := New[e]("p.E", Row{Token: "a", Label: "b"}, Row{Token: "b", Label: "B2"})
	v, err := tab.Parse("b")
	require.NoError(t, err)
	assert.Equal(t, e(2), v, "tokens first")
}

func FuzzTableParse(f *testing.F) {
	for _, s := range []string{"low", "Very High", "the child’s account", "", "\u212Aow", "a_b c-d"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := levels.Parse(s)
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) || pe.Input != s || v != 0 {
				t.Fatalf("Parse(%q) = %v, %v", s, v, err)
			}
			return
		}
		// What parses is a spelling of a value: ASCII but for U+2019,
		// and its token parses back to it.
		for _, r := range s {
			if r >= utf8.RuneSelf && r != '\u2019' {
				t.Fatalf("Parse(%q) accepted non-ASCII %q", s, r)
			}
		}
		back, err := levels.Parse(levels.String(v))
		if err != nil || back != v {
			t.Fatalf("token of %q does not parse back: %v %v", s, back, err)
		}
	})
}

// BenchmarkParse: parsing a token or a label allocates nothing.
func BenchmarkParse(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := levels.Parse("Very High"); err != nil {
			b.Fatal(err)
		}
		if _, err := levels.Parse("the child\u2019s account"); err != nil {
			b.Fatal(err)
		}
	}
}

package idrule

import (
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

func TestProblem(t *testing.T) {
	tests := []struct {
		name, id, want string
	}{
		{"plain", "case-014", ""},
		{"inner space", "Leeds 2024", ""},
		{"inner no-break space", "Leeds\u00a02024", ""},
		{"accents", "café-été", ""},
		{"U+FFFD written as such", "bad\ufffd", ""},
		{"emoji", "case-😀", ""},
		{"longest", strings.Repeat("x", MaxLength), ""},
		{"longest in runes", strings.Repeat("é", MaxLength/2), ""},
		{"empty", "", "is empty"},
		{"257 bytes", strings.Repeat("x", MaxLength+1), "is longer than 256 bytes"},
		{"257 bytes of runes", strings.Repeat("é", MaxLength/2) + "x", "is longer than 256 bytes"},
		{"newline", "x\nStandard 2.1 Assessment: Outstanding", "holds a control character (U+000A)"},
		{"carriage return", "x\r", "holds a control character (U+000D)"},
		{"tab", "a\tb", "holds a control character (U+0009)"},
		{"NUL", "a\x00", "holds a control character (U+0000)"},
		{"ESC", "a\x1b[2J", "holds a control character (U+001B)"},
		{"DEL", "a\x7f", "holds a control character (U+007F)"},
		{"C1 NEL", "a\u0085b", "holds a control character (U+0085)"},
		{"C1 CSI", "a\u009b2J", "holds a control character (U+009B)"},
		{"right-to-left override", "abc\u202edcb", "holds a format character (U+202E), such as a bidirectional control or a zero-width space"},
		{"left-to-right isolate", "a\u2066b", "holds a format character (U+2066)"},
		{"zero-width space", "case\u200b-1", "holds a format character (U+200B)"},
		{"zero-width joiner", "a\u200db", "holds a format character (U+200D)"},
		{"byte-order mark", "\ufeffcase", "holds a format character (U+FEFF)"},
		{"soft hyphen", "ca\u00adse", "holds a format character (U+00AD)"},
		{"tag character", "a\U000e0041", "holds a format character (U+E0041)"},
		{"line separator", "a\u2028b", "holds a line or paragraph separator (U+2028)"},
		{"paragraph separator", "a\u2029b", "holds a line or paragraph separator (U+2029)"},
		{"invalid UTF-8", "bad\xff", "is not valid UTF-8 (at byte 3)"},
		{"invalid UTF-8 first", "\xfebad", "is not valid UTF-8 (at byte 0)"},
		{"surrogate half", "a\xed\xa0\x80", "is not valid UTF-8 (at byte 1)"},
		{"truncated rune", "a\xc3", "is not valid UTF-8 (at byte 1)"},
		{"leading space", " case-1", "begins with white space (U+0020)"},
		{"trailing space", "case-1 ", "ends with white space (U+0020)"},
		{"leading no-break space", "\u00a0case", "begins with white space (U+00A0)"},
		{"trailing ideographic space", "case\u3000", "ends with white space (U+3000)"},
		{"only spaces", "   ", "is only white space"},
		{"a control before a space", " a\n", "holds a control character (U+000A)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Problem(tt.id)
			if tt.want == "" {
				assert.Empty(t, got)
				return
			}
			assert.True(t, strings.HasPrefix(got, tt.want), "got %q, want %q", got, tt.want)
		})
	}
}

// TestSpaceIsSeparator: the white space the rule forbids at the ends, less
// what it forbids everywhere, is exactly Unicode's space separators (Zs),
// which lets the schema's pattern say the rule with \p{Z}.
func TestSpaceIsSeparator(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		want := unicode.Is(unicode.Zs, r)
		got := unicode.IsSpace(r) && !Forbidden(r)
		if got != want {
			t.Fatalf("%U: IsSpace and allowed inside: %v; Zs: %v", r, got, want)
		}
	}
}

func TestForbidden(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		want := unicode.In(r, unicode.Cc, unicode.Cf, unicode.Zl, unicode.Zp)
		if Forbidden(r) != want {
			t.Fatalf("%U: Forbidden %v, want %v", r, Forbidden(r), want)
		}
		if !want && r >= 0x20 && utf8.ValidRune(r) && !unicode.IsSpace(r) {
			if p := Problem(string(r)); p != "" {
				t.Fatalf("%U alone: %s", r, p)
			}
		}
	}
}

func TestEscape(t *testing.T) {
	tests := []struct{ in, want string }{
		{"case-014", "case-014"},
		{"", ""},
		{"café \\ back", "café \\ back"},
		{"x\nStandard 2.1 Assessment: Outstanding", `x\nStandard 2.1 Assessment: Outstanding`},
		{"\x1b[2Jx", `\x1b[2Jx`},
		{"a\u202eb", `a\u202eb`},
		{"a\u200bb\ufeff", `a\u200bb\ufeff`},
		{"a\u2028b\u2029", `a\u2028b\u2029`},
		{"bad\xff\xfe", `bad\xff\xfe`},
		{"\x00\x7f\u0085", `\x00\x7f\u0085`},
		{"a\U000e0041", `a\U000e0041`},
		{"\t \r", `\t \r`},
	}
	for _, tt := range tests {
		got := Escape(tt.in)
		assert.Equal(t, tt.want, got, "%q", tt.in)
		assert.Equal(t, got, Escape(got), "escaping twice changes nothing")
	}
}

// FuzzEscape: whatever the input, the escaped text holds no rune the rule
// forbids and is valid UTF-8; a good ID is its own escape; and the escape
// is what strconv.Quote writes for each escaped rune.
func FuzzEscape(f *testing.F) {
	f.Add("x\nStandard 2.1")
	f.Add("bad\xff\u202e\u200b")
	f.Fuzz(func(t *testing.T, s string) {
		e := Escape(s)
		if !utf8.ValidString(e) {
			t.Fatalf("Escape(%q) = %q: not valid UTF-8", s, e)
		}
		for _, r := range e {
			if Forbidden(r) {
				t.Fatalf("Escape(%q) = %q holds %U", s, e, r)
			}
		}
		if Problem(s) == "" && e != s {
			t.Fatalf("a good ID %q escaped to %q", s, e)
		}
		if !strings.Contains(s, `\`) {
			// Unquoting the escape, as Go reads it, gives s back.
			back, err := strconv.Unquote(`"` + strings.ReplaceAll(e, `"`, `\"`) + `"`)
			if err != nil || back != s {
				t.Fatalf("Escape(%q) = %q reads back as %q (%v)", s, e, back, err)
			}
		}
	})
}

func BenchmarkProblem(b *testing.B) {
	id := "insp-01-case-0123"
	for b.Loop() {
		if Problem(id) != "" {
			b.Fatal(id)
		}
	}
}

package framework

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/yjinspect/yjinspect/internal/enum"
)

func TestParseID(t *testing.T) {
	tests := []struct {
		in   string
		want ID
	}{
		// Standards.
		{"2.1", "2.1"}, {" 2.4 ", "2.4"}, {"1.10", "1.10"},
		// Key questions.
		{"A 1", "A1"}, {"A1", "A1"}, {"a1", "A1"}, {"o 2", "O2"}, {"R3", "R3"}, {"I1", "I1"},
		// Numbered questions, as printed and canonical.
		{"A 1.1", "A1.1"}, {"A1.1", "A1.1"}, {" a1.1 ", "A1.1"}, {"I 1.10", "I1.10"}, {"A 3.11", "A3.11"},
		{"R 3.1 ", "R3.1"}, {"A 1 . 1", "A1.1"}, {"d1.10", "D1.10"}, {"O 2.3", "O2.3"}, {"p\t2.2", "P2.2"},
		// Summary judgements.
		{"A 1 S", "A1.S"}, {"A1 S", "A1.S"}, {"A1.S", "A1.S"}, {"a1.s", "A1.S"}, {"A1S", "A1.S"}, {"r 3 s", "R3.S"}, {"D 2 . S", "D2.S"},
		// Slugs.
		{"A1.diversity", "A1.diversity"}, {"a1.Diversity", "A1.diversity"}, {"A2.REASONABLE", "A2.reasonable"},
		{"R1.circumstances", "R1.circumstances"}, {"A1 agencies", "A1.agencies"}, {"A1.unknown", "A1.unknown"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseID(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
			again, err := ParseID(string(got))
			require.NoError(t, err)
			assert.Equal(t, got, again, "canonical IDs parse to themselves")
		})
	}
}

func TestParseIDEveryPrintedForm(t *testing.T) {
	f := DomainTwo()
	for _, q := range f.Questions() {
		forms := []string{string(q.ID), strings.ToLower(string(q.ID)), " " + string(q.ID) + " "}
		if q.Number != "" {
			forms = append(forms, q.Number, strings.ToLower(q.Number))
		}
		if q.ID.isSummary() {
			kq := string(q.ID.keyQuestion())
			forms = append(forms, kq+" S", kq[:1]+" "+kq[1:]+" S", strings.ToLower(kq)+".s")
		}
		for _, form := range forms {
			got, err := ParseID(form)
			require.NoError(t, err, form)
			assert.Equal(t, q.ID, got, form)
		}
	}
	for _, kq := range f.KeyQuestions() {
		got, err := ParseID(kq.Number)
		require.NoError(t, err)
		assert.Equal(t, kq.ID, got)
	}
}

func TestParseIDJunk(t *testing.T) {
	tests := []struct {
		in, reason string
	}{
		{"", "empty"},
		{"   ", "empty"},
		{"X1.1", "section letter"},
		{"A", "number"},
		{"A0", "leading zeros"},
		{"A01.1", "leading zeros"},
		{"A1.01", "question number"},
		{"A1.0", "question number"},
		{"A1234", "number"},
		{"A1.1234", "question number"},
		{"A1.", "nothing after"},
		{"A1..1", "unexpected character"},
		{"A1.1.1", "question number"},
		{"A1 1", "needs a dot"},
		{"A1.S1", "ASCII letters only"},
		{"A1.di-versity", "ASCII letters only"},
		{"A1diversity", "needs a dot"},
		{"A1.é", "unexpected character"},
		{"A1." + strings.Repeat("x", 33), "too long"},
		{"2", "standard"},
		{"2.", "standard"},
		{"2.1.1", "standard"},
		{"02.1", "standard"},
		{"-1", "section letter"},
		{"A1.1 extra", "question number"},
		{"\xff", "section letter"},
		{"A\x001", "number"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			_, err := ParseID(tt.in)
			require.Error(t, err)
			var pe *ParseError
			require.ErrorAs(t, err, &pe)
			assert.Equal(t, tt.in, pe.Input)
			assert.Contains(t, err.Error(), tt.reason)
			assert.Contains(t, err.Error(), enumQuote(tt.in), "the error quotes the input")
		})
	}
	long := strings.Repeat("A", 10000)
	_, err := ParseID(long)
	require.Error(t, err)
	assert.Less(t, len(err.Error()), 300, "a long input is cut in the message")
}

func enumQuote(s string) string { return enum.Quote(s) }

func TestIDMethods(t *testing.T) {
	tests := []struct {
		id      ID
		kq      ID
		summary bool
	}{
		{"A1.1", "A1", false}, {"A1.S", "A1", true}, {"A1.diversity", "A1", false},
		{"A1", "A1", false}, {"2.1", "", false}, {"", "", false}, {"x.S", "", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.kq, tt.id.keyQuestion(), tt.id)
		assert.Equal(t, tt.summary, tt.id.isSummary(), tt.id)
	}
	var id ID
	require.NoError(t, id.UnmarshalText([]byte("a 1 s")))
	assert.Equal(t, ID("A1.S"), id)
	assert.Error(t, id.UnmarshalText([]byte("junk!")))
	b, err := json.Marshal(map[ID]ID{"A1.1": "A1.S"})
	require.NoError(t, err)
	assert.Equal(t, `{"A1.1":"A1.S"}`, string(b), "an ID is its string, in JSON as a value and as a key")
	var back map[ID]ID
	require.NoError(t, json.Unmarshal([]byte(`{"a 1.1":"a1 s"}`), &back))
	assert.Equal(t, map[ID]ID{"A1.1": "A1.S"}, back, "decoding canonicalises keys and values")
}

func FuzzParseID(f *testing.F) {
	for _, s := range []string{"A 1.1", "A 1 S", "a1.s", "A1.diversity", "2.1", "I 1.10", "", "A01", "A1..1", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		id, err := ParseID(s)
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) || pe.Input != s {
				t.Fatalf("ParseID(%q): error %v is not a *ParseError with the input", s, err)
			}
			return
		}
		again, err := ParseID(string(id))
		if err != nil {
			t.Fatalf("ParseID(%q) = %q, which does not parse: %v", s, id, err)
		}
		if again != id {
			t.Fatalf("ParseID(%q) = %q, but that parses to %q", s, id, again)
		}
	})
}

// FuzzParseEnums: whatever ParseKind, ParseArea or
// ParseAnswerKind accepts marshals and parses back to the same value.
func FuzzParseEnums(f *testing.F) {
	for _, s := range []string{"prompt", "Implementation and delivery", "keeping-the-child-safe", "yes-no", "", "x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if k, err := ParseKind(s); err == nil {
			b, err := k.MarshalText()
			if err != nil || mustParse(t, ParseKind, string(b)) != k {
				t.Fatalf("Kind %q", s)
			}
		}
		if a, err := ParseArea(s); err == nil {
			b, err := a.MarshalText()
			if err != nil || mustParse(t, ParseArea, string(b)) != a {
				t.Fatalf("Area %q", s)
			}
		}
		if a, err := ParseAnswerKind(s); err == nil {
			b, err := a.MarshalText()
			if err != nil || mustParse(t, ParseAnswerKind, string(b)) != a {
				t.Fatalf("AnswerKind %q", s)
			}
		}
	})
}

func mustParse[T any](t *testing.T, parse func(string) (T, error), s string) T {
	t.Helper()
	v, err := parse(s)
	if err != nil {
		t.Fatalf("%q does not parse back: %v", s, err)
	}
	return v
}

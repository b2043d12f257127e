package moderation_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/yjinspect/yjinspect/moderation"
)

func TestDifferenceKindText(t *testing.T) {
	tests := []struct {
		kind         moderation.DifferenceKind
		token, label string
		differs      bool
	}{
		{0, "", "not recorded", false},
		{moderation.Agree, "agree", "Agree", false},
		{moderation.Differ, "differ", "Different", true},
		{moderation.OnlyFirst, "only-first", "First reading only", true},
		{moderation.OnlySecond, "only-second", "Second reading only", true},
	}
	for _, tt := range tests {
		t.Run(tt.label, func(t *testing.T) {
			assert.Equal(t, tt.token, tt.kind.String())
			b, err := tt.kind.MarshalText()
			require.NoError(t, err)
			assert.Equal(t, tt.token, string(b), "String equals MarshalText")
			assert.Equal(t, tt.label, tt.kind.Label())
			assert.Equal(t, tt.differs, tt.kind.Differs())
			var back moderation.DifferenceKind = 99
			require.NoError(t, back.UnmarshalText(b))
			assert.Equal(t, tt.kind, back)
		})
	}
	assert.Equal(t, []moderation.DifferenceKind{moderation.Agree, moderation.Differ, moderation.OnlyFirst, moderation.OnlySecond}, moderation.DifferenceKinds())
}

func TestDifferenceKindOutOfRange(t *testing.T) {
	k := moderation.DifferenceKind(9)
	assert.Equal(t, "DifferenceKind(9)", k.String())
	assert.Equal(t, "DifferenceKind(9)", k.Label())
	assert.False(t, k.Differs())
	_, err := k.MarshalText()
	require.Error(t, err)
	_, err = json.Marshal(struct{ K moderation.DifferenceKind }{k})
	assert.Error(t, err)
}

func TestParseDifferenceKind(t *testing.T) {
	tests := []struct {
		in   string
		want moderation.DifferenceKind
	}{
		{"agree", moderation.Agree},
		{"AGREE", moderation.Agree},
		{"same", moderation.Agree}, // the token of earlier versions
		{"SAME", moderation.Agree},
		{"differ", moderation.Differ},
		{"Different", moderation.Differ},
		{"only-first", moderation.OnlyFirst},
		{"only_first", moderation.OnlyFirst},
		{"Only First", moderation.OnlyFirst},
		{"  first reading only\t", moderation.OnlyFirst},
		{"First-Reading_only", moderation.OnlyFirst},
		{"only-second", moderation.OnlySecond},
		{"Second reading only", moderation.OnlySecond},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := moderation.ParseDifferenceKind(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
	for _, bad := range []string{"", "  ", "not recorded", "Not recorded", "differs", "only", "ſame", "agreе", "only-fir\u0455t", "onlyfirst", "same\x00"} {
		t.Run("bad "+bad, func(t *testing.T) {
			_, err := moderation.ParseDifferenceKind(bad)
			require.Error(t, err)
			assert.Contains(t, err.Error(), "moderation: cannot parse")
			assert.Contains(t, err.Error(), "as DifferenceKind")
		})
	}
	_, err := moderation.ParseDifferenceKind("ſame")
	assert.EqualError(t, err, `moderation: cannot parse "ſame" as DifferenceKind`, "the error quotes the input")
	var k moderation.DifferenceKind = moderation.Agree
	assert.Error(t, k.UnmarshalText([]byte("sometimes")))
	assert.Equal(t, moderation.Agree, k, "left unchanged on error")
}

// FuzzParseDifferenceKind: ParseDifferenceKind never panics, accepts only
// ASCII, and what it accepts prints as a token it parses back.
func FuzzParseDifferenceKind(f *testing.F) {
	for _, s := range []string{"agree", "same", "Only First", "second_reading_only", "", "ſame", "differ\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k, err := moderation.ParseDifferenceKind(s)
		if err != nil {
			return
		}
		for i := 0; i < len(s); i++ {
			if s[i] >= 0x80 {
				t.Fatalf("accepted non-ASCII %q", s)
			}
		}
		back, err := moderation.ParseDifferenceKind(k.String())
		if err != nil || back != k {
			t.Fatalf("%q: %v does not parse back: %v", s, k, err)
		}
		if back, err := moderation.ParseDifferenceKind(k.Label()); err != nil || back != k {
			t.Fatalf("%q: label %q does not parse back: %v", s, k.Label(), err)
		}
	})
}

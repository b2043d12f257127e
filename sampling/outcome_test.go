package sampling

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/yjinspect/yjinspect/framework"
)

func TestOutcomeText(t *testing.T) {
	tests := []struct {
		o            Outcome
		token, label string
	}{
		{0, "", "not recorded"},
		{Include, "include", "Include"},
		{Exclude, "exclude", "Exclude"},
		{Undetermined, "undetermined", "Undetermined"},
	}
	for _, tt := range tests {
		t.Run(tt.token, func(t *testing.T) {
			assert.Equal(t, tt.token, tt.o.String())
			assert.Equal(t, tt.label, tt.o.Label())
			b, err := tt.o.MarshalText()
			require.NoError(t, err)
			assert.Equal(t, tt.token, string(b))
			var back Outcome
			require.NoError(t, back.UnmarshalText(b))
			assert.Equal(t, tt.o, back)
		})
	}
	assert.Equal(t, "Outcome(200)", Outcome(200).String())
	_, err := Outcome(200).MarshalText()
	assert.Error(t, err)
}

func TestParseOutcome(t *testing.T) {
	for in, want := range map[string]Outcome{
		"include": Include, " Exclude ": Exclude, "UNDETERMINED": Undetermined,
	} {
		got, err := ParseOutcome(in)
		require.NoError(t, err, in)
		assert.Equal(t, want, got, in)
	}
	for _, in := range []string{"", "maybe", "not recorded"} {
		_, err := ParseOutcome(in)
		var pe *framework.ParseError
		require.ErrorAs(t, err, &pe, in)
		assert.Equal(t, &framework.ParseError{Type: "sampling.Outcome", Input: in}, pe)
	}
	_, err := ParseOutcome("maybe")
	assert.EqualError(t, err, `sampling: cannot parse "maybe" as Outcome`)

	o := Exclude
	assert.Error(t, o.UnmarshalText([]byte("nope")))
	assert.Equal(t, Exclude, o, "left unchanged on error")
}

func TestOutcomeJSON(t *testing.T) {
	b, err := json.Marshal(Decision{Outcome: Exclude, Reason: "r", Source: "s"})
	require.NoError(t, err)
	assert.JSONEq(t, `{"outcome":"exclude","reason":"r","source":"s"}`, string(b))
	var d Decision
	require.NoError(t, json.Unmarshal(b, &d))
	assert.Equal(t, Exclude, d.Outcome)
	assert.Error(t, json.Unmarshal([]byte(`{"outcome":"perhaps"}`), &d))
}

func FuzzParseOutcome(f *testing.F) {
	for _, s := range []string{"", "include", "Exclude", " undetermined ", "maybe", "\x00", "not recorded", "e\u0445clude"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		o, err := ParseOutcome(s)
		if err != nil {
			var pe *framework.ParseError
			require.ErrorAs(t, err, &pe)
			require.Equal(t, s, pe.Input)
			require.Zero(t, o)
			return
		}
		b, err := o.MarshalText()
		require.NoError(t, err)
		again, err := ParseOutcome(string(b))
		require.NoError(t, err)
		require.Equal(t, o, again)
	})
}

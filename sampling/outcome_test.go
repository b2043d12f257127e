package sampling

import (
	"encoding/json"
	"errors"
	"testing"
)

func TestOutcomeText(t *testing.T) {
	cases := []struct {
		o    Outcome
		text string
		str  string
	}{
		{OutcomeNotRecorded, "", "not recorded"},
		{Include, "include", "include"},
		{Exclude, "exclude", "exclude"},
		{Undetermined, "undetermined", "undetermined"},
	}
	for _, c := range cases {
		if got := c.o.String(); got != c.str {
			t.Errorf("%d.String() = %q, want %q", uint8(c.o), got, c.str)
		}
		b, err := c.o.MarshalText()
		if err != nil || string(b) != c.text {
			t.Errorf("%d.MarshalText() = %q, %v; want %q", uint8(c.o), b, err, c.text)
		}
		var back Outcome
		if err := back.UnmarshalText(b); err != nil || back != c.o {
			t.Errorf("UnmarshalText(%q) = %v, %v; want %v", b, back, err, c.o)
		}
	}
	if got := Outcome(200).String(); got != "Outcome(200)" {
		t.Errorf("Outcome(200).String() = %q", got)
	}
	if _, err := Outcome(200).MarshalText(); err == nil {
		t.Error("Outcome(200).MarshalText() gave no error")
	}
}

func TestParseOutcome(t *testing.T) {
	for in, want := range map[string]Outcome{
		"include": Include, " Exclude ": Exclude, "UNDETERMINED": Undetermined, "": OutcomeNotRecorded,
	} {
		got, err := ParseOutcome(in)
		if err != nil || got != want {
			t.Errorf("ParseOutcome(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	_, err := ParseOutcome("maybe")
	var pe *ParseError
	if !errors.As(err, &pe) || pe.Input != "maybe" || pe.Type != "outcome" {
		t.Fatalf("ParseOutcome(\"maybe\") error = %#v", err)
	}
	if want := `sampling: cannot parse "maybe" as outcome`; err.Error() != want {
		t.Errorf("error text = %q, want %q", err.Error(), want)
	}

	o := Exclude
	if err := o.UnmarshalText([]byte("nope")); err == nil || o != Exclude {
		t.Errorf("UnmarshalText(bad) = %v, left %v", err, o)
	}
}

func TestOutcomeJSON(t *testing.T) {
	b, err := json.Marshal(Decision{Outcome: Exclude, Reason: "r", Source: "s"})
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"outcome":"exclude","reason":"r","source":"s"}`; string(b) != want {
		t.Errorf("json = %s, want %s", b, want)
	}
	var d Decision
	if err := json.Unmarshal(b, &d); err != nil || d.Outcome != Exclude {
		t.Errorf("unmarshal = %+v, %v", d, err)
	}
	if err := json.Unmarshal([]byte(`{"outcome":"perhaps"}`), &d); err == nil {
		t.Error("unmarshal of a bad outcome gave no error")
	}
}

func FuzzParseOutcome(f *testing.F) {
	for _, s := range []string{"", "include", "Exclude", " undetermined ", "maybe", "\x00", "not recorded"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		o, err := ParseOutcome(s)
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) || pe.Input != s {
				t.Fatalf("ParseOutcome(%q): error %v does not quote the input", s, err)
			}
			return
		}
		b, err := o.MarshalText()
		if err != nil {
			t.Fatalf("MarshalText(%v): %v", o, err)
		}
		again, err := ParseOutcome(string(b))
		if err != nil || again != o {
			t.Fatalf("ParseOutcome(%q) = %v, %v; want %v", b, again, err, o)
		}
	})
}

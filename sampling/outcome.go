package sampling

import "github.com/yjinspect/yjinspect/internal/enum"

// Outcome is the result of checking whether a case belongs in the
// inspection sample. The zero value means not recorded.
type Outcome uint8

// The outcomes of an exclusion check.
const (
	// Include means the case is inspected as normal.
	Include Outcome = iota + 1
	// Exclude means the case is excluded from the inspection sample.
	Exclude
	// Undetermined means the rules do not settle the question (the source
	// states no outcome, or a fact it depends on is not recorded); a person
	// must decide.
	Undetermined
)

var outcomes = enum.New[Outcome]("sampling.Outcome",
	enum.Row{Token: "include", Label: "Include"},
	enum.Row{Token: "exclude", Label: "Exclude"},
	enum.Row{Token: "undetermined", Label: "Undetermined"},
)

// ParseOutcome parses "include", "exclude" or "undetermined", in any ASCII
// case, with surrounding space ignored. Anything else, "" included, is an
// error that quotes the input.
func ParseOutcome(s string) (Outcome, error) { return outcomes.Parse(s) }

// String returns "include", "exclude" or "undetermined" ("" for the zero
// value).
func (o Outcome) String() string { return outcomes.String(o) }

// Label returns "Include", "Exclude" or "Undetermined".
func (o Outcome) Label() string { return outcomes.Label(o) }

// MarshalText returns the token, "" for the zero value. A value out of
// range is an error.
func (o Outcome) MarshalText() ([]byte, error) { return outcomes.MarshalText(o) }

// UnmarshalText sets o from text ParseOutcome accepts; empty text sets the
// zero value. On error o is left unchanged.
func (o *Outcome) UnmarshalText(text []byte) error { return outcomes.UnmarshalText(o, text) }

package sampling

import (
	"fmt"
	"strings"
)

// Outcome is the result of checking whether a case belongs in the
// inspection sample. The zero value means "not recorded".
type Outcome uint8

// The outcomes of an exclusion check.
const (
	// OutcomeNotRecorded is the zero value: no outcome has been recorded.
	OutcomeNotRecorded Outcome = iota
	// Include means the case is inspected as normal.
	Include
	// Exclude means the case is excluded from the inspection sample.
	Exclude
	// Undetermined means the rules do not settle the question (the source
	// states no outcome, or a fact it depends on is not recorded); a person
	// must decide.
	Undetermined
)

var outcomeNames = [...]string{
	Include:      "include",
	Exclude:      "exclude",
	Undetermined: "undetermined",
}

// String returns the outcome's text form ("include", "exclude",
// "undetermined"), "not recorded" for the zero value, and "Outcome(n)" for
// a value out of range.
func (o Outcome) String() string {
	switch {
	case o == OutcomeNotRecorded:
		return "not recorded"
	case int(o) < len(outcomeNames):
		return outcomeNames[o]
	default:
		return fmt.Sprintf("Outcome(%d)", uint8(o))
	}
}

// MarshalText implements encoding.TextMarshaler. The zero value marshals as
// the empty string; a value out of range is an error.
func (o Outcome) MarshalText() ([]byte, error) {
	switch {
	case o == OutcomeNotRecorded:
		return []byte{}, nil
	case int(o) < len(outcomeNames):
		return []byte(outcomeNames[o]), nil
	default:
		return nil, fmt.Errorf("sampling: invalid outcome value %d", uint8(o))
	}
}

// UnmarshalText implements encoding.TextUnmarshaler using [ParseOutcome].
// On error the receiver is left unchanged.
func (o *Outcome) UnmarshalText(text []byte) error {
	v, err := ParseOutcome(string(text))
	if err != nil {
		return err
	}
	*o = v
	return nil
}

// ParseOutcome parses the text form of an outcome: "include", "exclude" or
// "undetermined", in any case, with surrounding white space ignored. The
// empty string parses as the zero value ([OutcomeNotRecorded]). Anything
// else is a *[ParseError] quoting the input.
func ParseOutcome(s string) (Outcome, error) {
	t := strings.TrimSpace(s)
	if t == "" {
		return OutcomeNotRecorded, nil
	}
	for i, name := range outcomeNames {
		if name != "" && strings.EqualFold(t, name) {
			return Outcome(i), nil
		}
	}
	return OutcomeNotRecorded, &ParseError{Type: "outcome", Input: s}
}

// ParseError reports text that could not be parsed as one of the package's
// enumerated types.
type ParseError struct {
	// Type names the type being parsed, for example "outcome".
	Type string
	// Input is the text that could not be parsed, as given.
	Input string
}

// Error quotes the input and names the type.
func (e *ParseError) Error() string {
	return fmt.Sprintf("sampling: cannot parse %q as %s", e.Input, e.Type)
}

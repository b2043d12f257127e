package sampling

import (
	"errors"
	"fmt"
	"strconv"
)

// ErrSampleTooLarge is the kind of error Select gives for a sample size n
// larger than the eligible population (an empty population included):
// errors.Is(err, ErrSampleTooLarge) tells it from the other errors, all of
// which are mistakes in the arguments. A caller can then draw a smaller
// sample, for instance SampleSize of the number of eligible candidates.
var ErrSampleTooLarge = errors.New("sampling: sample size larger than the eligible population")

// InputError reports an argument that SampleSize or Select cannot use. It
// names the argument and the bad value, and never a stratum value (which
// may be personal data), e.g.
//
//	sampling: margin 2 is not strictly between 0 and 1
//	sampling: candidate ID "case-007" is repeated
//
// Use errors.As to get it. For a sample size larger than the eligible
// population it matches ErrSampleTooLarge (errors.Is).
type InputError struct {
	// Field names the argument at fault, in the message's words:
	// "population", the SampleRules fields "confidence", "margin",
	// "minimum" and "maximum", "sample size n", "stratum name",
	// "candidate" or "candidate ID".
	Field string
	// Value is the bad value as text: a number, a stratum name or a
	// candidate ID; "" for an empty name or ID, whose index Reason gives.
	Value string
	// Reason says what is wrong.
	Reason string

	quote bool  // Value is a name, quoted in the message
	kind  error // the sentinel the error matches, if any
}

// Error implements error.
func (e *InputError) Error() string {
	msg := "sampling: " + e.Field
	switch {
	case e.quote:
		msg += " " + strconv.Quote(e.Value)
	case e.Value != "":
		msg += " " + e.Value
	}
	return msg + " " + e.Reason
}

// Unwrap returns ErrSampleTooLarge for a sample size larger than the
// eligible population, record.ErrBadID for a candidate ID that breaks the ID
// rule, and nil otherwise.
func (e *InputError) Unwrap() error { return e.kind }

// badNumber is an InputError whose value is a number.
func badNumber(field string, value any, reason string, args ...any) *InputError {
	return &InputError{Field: field, Value: fmt.Sprint(value), Reason: fmt.Sprintf(reason, args...)}
}

// badName is an InputError whose value is a stratum name or a candidate ID,
// quoted in the message.
func badName(field, name, reason string, args ...any) *InputError {
	return &InputError{Field: field, Value: name, Reason: fmt.Sprintf(reason, args...), quote: true}
}

// badIndex is an InputError for an empty name or ID, named by its index.
func badIndex(field string, index int, reason string) *InputError {
	return &InputError{Field: field, Reason: "at index " + strconv.Itoa(index) + " " + reason}
}

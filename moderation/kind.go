package moderation

import (
	"fmt"

	"github.com/yjinspect/yjinspect/internal/enum"
)

// DifferenceKind says how two readings of one item compare: an answer, a
// summary judgement, a level or a fact. The zero value means not recorded in
// either reading, so there is nothing to compare. Something recorded in one
// reading only is a difference of its own kind (OnlyFirst, OnlySecond),
// never agreement.
type DifferenceKind uint8

// The kinds of comparison.
const (
	// Same: both readings record the same value.
	Same DifferenceKind = iota + 1
	// Differ: both readings record a value, and the values differ.
	Differ
	// OnlyFirst: the first reading records a value, the second none.
	OnlyFirst
	// OnlySecond: the second reading records a value, the first none.
	OnlySecond
)

// kinds is the table of DifferenceKind: Names are the labels, Texts the
// tokens; Aliases hold the labels written with hyphens, which is how Parse
// sees them after normalising.
var kinds = enum.Table[DifferenceKind]{
	Type:    "DifferenceKind",
	Names:   []string{"Not recorded", "Same", "Different", "First reading only", "Second reading only"},
	Texts:   []string{"", "same", "differ", "only-first", "only-second"},
	Aliases: map[string]DifferenceKind{"different": Differ, "first-reading-only": OnlyFirst, "second-reading-only": OnlySecond},
}

// DifferenceKinds returns the kinds, Same first. The slice is new on every
// call.
func DifferenceKinds() []DifferenceKind { return []DifferenceKind{Same, Differ, OnlyFirst, OnlySecond} }

// String returns the kind's token, the same as MarshalText: "same",
// "differ", "only-first" or "only-second"; "" for the zero value and
// "DifferenceKind(n)" for an out-of-range n.
func (k DifferenceKind) String() string {
	if s, ok := kinds.Text(k); ok {
		return s
	}
	return kinds.String(k)
}

// Label returns the kind in words for people: "Same", "Different", "First
// reading only" or "Second reading only" ("Not recorded" for the zero
// value).
func (k DifferenceKind) Label() string { return kinds.String(k) }

// Differs reports whether the kind is a difference: Differ, OnlyFirst or
// OnlySecond.
func (k DifferenceKind) Differs() bool { return k >= Differ && kinds.Valid(k) }

// MarshalText returns the kind's token; the zero value gives "". An
// out-of-range value is an error.
func (k DifferenceKind) MarshalText() ([]byte, error) { return kinds.MarshalText(k) }

// UnmarshalText sets k from text ParseDifferenceKind accepts; empty text
// gives the zero value. On error k is left unchanged.
func (k *DifferenceKind) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*k = 0
		return nil
	}
	v, err := ParseDifferenceKind(string(b))
	if err != nil {
		return err
	}
	*k = v
	return nil
}

// ParseDifferenceKind parses a kind's token ("only-first") or label ("First
// reading only"), in any ASCII case, with spaces, hyphens and underscores
// alike and surrounding white space ignored. The empty string, the zero
// value's label and any text with a non-ASCII character (such as a
// look-alike letter) are errors that quote the input.
func ParseDifferenceKind(s string) (DifferenceKind, error) {
	if n, ok := normalise(s); ok {
		if v, ok := kinds.Parse(n); ok {
			return v, nil
		}
	}
	return 0, fmt.Errorf("moderation: invalid DifferenceKind %s", enum.Quote(s))
}

// normalise trims ASCII white space, lowers ASCII letters and writes spaces
// and underscores as hyphens. It refuses text with any non-ASCII byte, so
// that look-alike letters (the Kelvin sign for k) are not accepted.
func normalise(s string) (string, bool) {
	b := []byte(s)
	start, end := 0, len(b)
	for start < end && isSpace(b[start]) {
		start++
	}
	for end > start && isSpace(b[end-1]) {
		end--
	}
	b = b[start:end]
	for i, c := range b {
		switch {
		case c >= 0x80:
			return "", false
		case 'A' <= c && c <= 'Z':
			b[i] = c + ('a' - 'A')
		case c == ' ' || c == '_':
			b[i] = '-'
		}
	}
	return string(b), len(b) > 0
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

// kindOf compares two values of one item: set says whether each side records
// one, and equal whether they are the same.
func kindOf(firstSet, secondSet, equal bool) DifferenceKind {
	switch {
	case firstSet && secondSet && equal:
		return Same
	case firstSet && secondSet:
		return Differ
	case firstSet:
		return OnlyFirst
	case secondSet:
		return OnlySecond
	}
	return 0
}

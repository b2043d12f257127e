package moderation

import (
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
	// Agree: both readings record the same value.
	Agree DifferenceKind = iota + 1
	// Differ: both readings record a value, and the values differ.
	Differ
	// OnlyFirst: the first reading records a value, the second none.
	OnlyFirst
	// OnlySecond: the second reading records a value, the first none.
	OnlySecond
)

// kinds is the table of DifferenceKind. The alias "same" is the token
// records written by earlier versions used for Agree.
var kinds = enum.New[DifferenceKind]("moderation.DifferenceKind",
	enum.Row{Token: "agree", Label: "Agree", Aliases: []string{"same"}},
	enum.Row{Token: "differ", Label: "Different"},
	enum.Row{Token: "only-first", Label: "First reading only"},
	enum.Row{Token: "only-second", Label: "Second reading only"},
)

// DifferenceKinds returns the kinds, Agree first. The slice is new on every
// call.
func DifferenceKinds() []DifferenceKind { return kinds.Values() }

// ParseDifferenceKind parses a kind's token ("only-first") or label ("First
// reading only"), in any ASCII case, with spaces, hyphens and underscores
// alike and surrounding white space ignored. Anything else (the empty
// string, text with a non-ASCII look-alike letter) is an error that quotes
// the input.
func ParseDifferenceKind(s string) (DifferenceKind, error) { return kinds.Parse(s) }

// String returns the kind's token, the same as MarshalText: "agree",
// "differ", "only-first" or "only-second"; "" for the zero value and
// "DifferenceKind(n)" for an out-of-range n.
func (k DifferenceKind) String() string { return kinds.String(k) }

// Label returns the kind in words for people: "Agree", "Different", "First
// reading only" or "Second reading only".
func (k DifferenceKind) Label() string { return kinds.Label(k) }

// Differs reports whether the kind is a difference: Differ, OnlyFirst or
// OnlySecond.
func (k DifferenceKind) Differs() bool { return k >= Differ && kinds.Valid(k) }

// MarshalText returns the kind's token; the zero value gives "". An
// out-of-range value is an error.
func (k DifferenceKind) MarshalText() ([]byte, error) { return kinds.MarshalText(k) }

// UnmarshalText sets k from text ParseDifferenceKind accepts; empty text
// gives the zero value. On error k is left unchanged.
func (k *DifferenceKind) UnmarshalText(b []byte) error { return kinds.UnmarshalText(k, b) }

// kindOf compares two values of one item: set says whether each side records
// one, and equal whether they are the same.
func kindOf(firstSet, secondSet, equal bool) DifferenceKind {
	switch {
	case firstSet && secondSet && equal:
		return Agree
	case firstSet && secondSet:
		return Differ
	case firstSet:
		return OnlyFirst
	case secondSet:
		return OnlySecond
	}
	return 0
}

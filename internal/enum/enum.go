// Package enum is the one implementation of the library's enums: small
// integer types whose zero value means "not recorded", each described by a
// Table of one Row a value. Every enum of the library delegates its String,
// Label, MarshalText, UnmarshalText and Parse function to its Table, so that
// they all behave alike:
//
//   - String and MarshalText give the token, lower case and hyphenated
//     ("very-high", "requires-improvement"); the zero value gives "".
//   - Label gives the words for people ("Very high"); the zero value gives
//     "not recorded".
//   - Parse accepts the token, the label or an alias, in any ASCII case, with
//     spaces, hyphens and underscores alike and surrounding ASCII space
//     trimmed. It rejects "" and anything with a non-ASCII letter (so that
//     look-alikes such as the Kelvin sign U+212A never pass for "k"); the one
//     non-ASCII character it reads is the typographic apostrophe U+2019, as
//     "'", since the source prints it.
//   - UnmarshalText is Parse, except that "" gives the zero value.
//   - A value out of range prints as "Level(9)" and fails to marshal with a
//     *RangeError; a parse failure is a *ParseError that quotes the input and
//     names the type.
//
// ParseError and RangeError are the library's public error types too:
// package framework exports them as framework.ParseError and
// framework.RangeError (type aliases), so that callers outside the module
// can name them.
package enum

import (
	"strconv"
)

// ZeroLabel is the label of every enum's zero value.
const ZeroLabel = "not recorded"

// Row is one value of an enum.
type Row struct {
	// Token is the value's String and MarshalText form: lower case, words
	// joined by hyphens ("very-high").
	Token string
	// Label is the value in words for people, as the source prints it
	// ("Very high").
	Label string
	// Aliases are further spellings Parse accepts, such as the forms
	// records written by earlier versions used.
	Aliases []string
}

// Table is the text forms of one enum whose values are 1 to n, in the order
// of the rows; 0 is the zero value. A Table is read-only once made and safe
// for concurrent use.
type Table[T ~uint8] struct {
	typ, name string // "classification.Level", "Level"
	tokens    []string
	labels    []string
	keys      map[string]T // normalised tokens, labels and aliases
	maxKey    int
}

// New makes the table of the enum named typ ("classification.Level") from
// its rows, the first row being value 1. A test of the library checks every
// table: tokens well formed, no two values sharing a spelling.
func New[T ~uint8](typ string, rows ...Row) *Table[T] {
	t := &Table[T]{
		typ:    typ,
		name:   typ,
		tokens: make([]string, len(rows)+1),
		labels: make([]string, len(rows)+1),
		keys:   make(map[string]T, 3*len(rows)),
	}
	_, t.name = split(typ)
	t.labels[0] = ZeroLabel
	add := func(s string, v T) {
		k, ok := normalise(s, nil)
		if !ok {
			return
		}
		if _, dup := t.keys[string(k)]; !dup {
			t.keys[string(k)] = v
		}
		t.maxKey = max(t.maxKey, len(k))
	}
	for i, r := range rows {
		v := T(i + 1)
		t.tokens[v], t.labels[v] = r.Token, r.Label
		add(r.Token, v)
	}
	for i, r := range rows {
		add(r.Label, T(i+1))
	}
	for i, r := range rows {
		for _, a := range r.Aliases {
			add(a, T(i+1))
		}
	}
	return t
}

// Len returns the number of values, the zero value not counted.
func (t *Table[T]) Len() int { return len(t.tokens) - 1 }

// Valid reports whether v is one of the values, not zero and not out of
// range.
func (t *Table[T]) Valid(v T) bool { return v != 0 && int(v) < len(t.tokens) }

// Values returns the values in order, in a new slice.
func (t *Table[T]) Values() []T {
	out := make([]T, t.Len())
	for i := range out {
		out[i] = T(i + 1)
	}
	return out
}

// String returns v's token, "" for the zero value and "Name(n)" for a value
// out of range.
func (t *Table[T]) String(v T) string {
	if int(v) < len(t.tokens) {
		return t.tokens[v]
	}
	return t.outOfRange(v)
}

// Label returns v's label, ZeroLabel for the zero value and "Name(n)" for a
// value out of range.
func (t *Table[T]) Label(v T) string {
	if int(v) < len(t.labels) {
		return t.labels[v]
	}
	return t.outOfRange(v)
}

func (t *Table[T]) outOfRange(v T) string {
	return t.name + "(" + strconv.Itoa(int(v)) + ")"
}

// MarshalText returns v's token ("" for the zero value), or a *RangeError
// for a value out of range.
func (t *Table[T]) MarshalText(v T) ([]byte, error) {
	if int(v) < len(t.tokens) {
		return []byte(t.tokens[v]), nil
	}
	return nil, &RangeError{Type: t.typ, Value: uint8(v)}
}

// UnmarshalText sets *dst from text Parse accepts; empty text sets the zero
// value. On error *dst is left unchanged.
func (t *Table[T]) UnmarshalText(dst *T, text []byte) error {
	if dst == nil {
		return &ParseError{Type: t.typ, Input: string(text), Reason: "nil receiver"}
	}
	if len(text) == 0 {
		*dst = 0
		return nil
	}
	v, err := t.Parse(string(text))
	if err != nil {
		return err
	}
	*dst = v
	return nil
}

// Parse returns the value whose token, label or alias s spells (see the
// package doc), or a *ParseError.
func (t *Table[T]) Parse(s string) (T, error) {
	if v, ok := t.lookup(s); ok {
		return v, nil
	}
	return 0, &ParseError{Type: t.typ, Input: s}
}

func (t *Table[T]) lookup(s string) (T, bool) {
	s = trimSpace(s)
	// A typographic apostrophe is three bytes for one: nothing longer can
	// spell a key.
	if s == "" || len(s) > 3*t.maxKey {
		return 0, false
	}
	var buf [256]byte
	k, ok := normalise(s, buf[:0])
	if !ok {
		return 0, false
	}
	v, ok := t.keys[string(k)]
	return v, ok
}

// normalise appends s to b in the form keys are compared in: ASCII letters
// in lower case, space and underscore as hyphen, U+2019 as "'". It reports
// false if s holds any other non-ASCII character.
func normalise(s string, b []byte) ([]byte, bool) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		case c == ' ' || c == '_':
			c = '-'
		case c == 0xE2 && i+2 < len(s) && s[i+1] == 0x80 && s[i+2] == 0x99: // U+2019
			c = '\''
			i += 2
		case c >= 0x80:
			return nil, false
		}
		b = append(b, c)
	}
	return b, true
}

func trimSpace(s string) string {
	isSpace := func(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' }
	for len(s) > 0 && isSpace(s[0]) {
		s = s[1:]
	}
	for len(s) > 0 && isSpace(s[len(s)-1]) {
		s = s[:len(s)-1]
	}
	return s
}

// ParseError reports text that is not a value of a type: an enum's, or a
// question ID's. Its message quotes the input and names the type.
type ParseError struct {
	// Type is the package-qualified type name, e.g. "classification.Level".
	Type string
	// Input is the text as given.
	Input string
	// Reason says what is wrong, when there is more to say than that the
	// text names no value.
	Reason string
}

// Error returns e.g. `classification: cannot parse "x" as Level`.
func (e *ParseError) Error() string {
	pkg, name := split(e.Type)
	msg := "cannot parse " + Quote(e.Input) + " as " + name
	if pkg != "" {
		msg = pkg + ": " + msg
	}
	if e.Reason != "" {
		msg += ": " + e.Reason
	}
	return msg
}

// RangeError reports an enum value out of its range, e.g. Level(9), which
// has no text form.
type RangeError struct {
	// Type is the package-qualified type name, e.g. "classification.Level".
	Type string
	// Value is the value out of range.
	Value uint8
}

// Error returns e.g. "classification: Level(9) is out of range".
func (e *RangeError) Error() string {
	pkg, name := split(e.Type)
	msg := name + "(" + strconv.Itoa(int(e.Value)) + ") is out of range"
	if pkg != "" {
		msg = pkg + ": " + msg
	}
	return msg
}

func split(typ string) (pkg, name string) {
	for i := len(typ) - 1; i >= 0; i-- {
		if typ[i] == '.' {
			return typ[:i], typ[i+1:]
		}
	}
	return "", typ
}

// Quote quotes s for an error message, as strconv.Quote does, cutting it to
// at most 64 bytes so that an enormous input does not make an enormous
// error. Every character that is not printable (strconv.IsPrint: control,
// format and separator characters other than the ASCII space, so every
// character the ID rule forbids) and every byte of invalid UTF-8 is
// escaped: the quoted text is one line that prints as written.
func Quote(s string) string {
	const max = 64
	if len(s) <= max {
		return strconv.Quote(s)
	}
	cut := max
	for cut > 0 && !isRuneStart(s[cut]) {
		cut--
	}
	return strconv.Quote(s[:cut]) + "…(" + strconv.Itoa(len(s)) + " bytes)"
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }

package enum

// Legacy is the table the framework and judgement enums used before Table;
// it goes once they have moved.

import (
	"fmt"
	"strings"
)

// Legacy describes an enum whose values are 1..len(Names)-1; index 0 is the
// zero value ("not recorded").
type Legacy[T ~uint8] struct {
	// Type is the Go type name, used for out-of-range values ("Kind(9)").
	Type string
	// Names are the String forms, index 0 being the zero value's.
	Names []string
	// Texts are the text (JSON) forms; Texts[0] should be "".
	Texts []string
	// Aliases are further accepted spellings, lower case.
	Aliases map[string]T
}

// Valid reports whether v is a value of the enum other than the zero value.
func (t *Legacy[T]) Valid(v T) bool { return v != 0 && int(v) < len(t.Texts) }

// String returns v's String form.
func (t *Legacy[T]) String(v T) string {
	if int(v) < len(t.Names) {
		return t.Names[v]
	}
	return fmt.Sprintf("%s(%d)", t.Type, uint8(v))
}

// Text returns v's text form, or false when v is out of range.
func (t *Legacy[T]) Text(v T) (string, bool) {
	if int(v) < len(t.Texts) {
		return t.Texts[v], true
	}
	return "", false
}

// MarshalText returns v's text form; the zero value gives "".
func (t *Legacy[T]) MarshalText(v T) ([]byte, error) {
	s, ok := t.Text(v)
	if !ok {
		return nil, fmt.Errorf("%s(%d) is out of range", t.Type, uint8(v))
	}
	return []byte(s), nil
}

// Parse finds the value whose text form, String form or alias equals s,
// ignoring case and surrounding spaces. The zero value is never returned with
// true.
func (t *Legacy[T]) Parse(s string) (T, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, false
	}
	for i := 1; i < len(t.Texts); i++ {
		if strings.EqualFold(s, t.Texts[i]) || (i < len(t.Names) && strings.EqualFold(s, t.Names[i])) {
			return T(i), true
		}
	}
	if v, ok := t.Aliases[strings.ToLower(s)]; ok {
		return v, true
	}
	return 0, false
}

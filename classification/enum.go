package classification

import (
	"strconv"
	"strings"
)

// ParseError is the error returned when a string cannot be parsed as one of
// this package's enumerations (by the Parse functions and by the
// UnmarshalText methods).
type ParseError struct {
	// Type is the name of the Go type that was being parsed, e.g. "Level".
	Type string
	// Input is the text that could not be parsed, exactly as given.
	Input string
}

// Error returns a message that names the type and quotes the input.
func (e *ParseError) Error() string {
	if e == nil {
		return "classification: <nil ParseError>"
	}
	return "classification: cannot parse " + strconv.Quote(e.Input) + " as " + e.Type
}

// ValueError is the error returned by the MarshalText methods when the value
// is outside the range of its enumeration, e.g. Level(200).
type ValueError struct {
	// Type is the name of the Go type, e.g. "Level".
	Type string
	// Value is the out-of-range value.
	Value uint8
}

// Error returns a message that names the type and the value.
func (e *ValueError) Error() string {
	if e == nil {
		return "classification: <nil ValueError>"
	}
	return "classification: " + e.Type + "(" + strconv.Itoa(int(e.Value)) + ") is not a valid value"
}

// enum describes one enumeration: its type name, the String form of each
// value (index 0 is the zero value), its text form (index 0 is ""), and
// extra names accepted by the parser.
type enum struct {
	typ     string
	str     []string
	text    []string
	aliases map[string]uint8 // keys already normalised
}

// valid reports whether v names a value other than zero.
func (e *enum) valid(v uint8) bool {
	return v != 0 && int(v) < len(e.text)
}

func (e *enum) string(v uint8) string {
	if int(v) < len(e.str) {
		return e.str[v]
	}
	return e.typ + "(" + strconv.Itoa(int(v)) + ")"
}

func (e *enum) marshal(v uint8) ([]byte, error) {
	if int(v) < len(e.text) {
		return []byte(e.text[v]), nil
	}
	return nil, &ValueError{Type: e.typ, Value: v}
}

// unmarshal is parse, except that "" gives the zero value (not recorded).
func (e *enum) unmarshal(b []byte) (uint8, error) {
	if len(b) == 0 {
		return 0, nil
	}
	return e.parse(string(b))
}

// parse accepts the text form or the String form of a non-zero value, or an
// alias, compared after normalisation (see normalise).
func (e *enum) parse(s string) (uint8, error) {
	n := normalise(s)
	if n != "" {
		for i := 1; i < len(e.text); i++ {
			if n == normalise(e.text[i]) || n == normalise(e.str[i]) {
				return uint8(i), nil
			}
		}
		if v, ok := e.aliases[n]; ok {
			return v, nil
		}
	}
	return 0, &ParseError{Type: e.typ, Input: s}
}

// normalise trims surrounding white space, folds ASCII letters to lower
// case, treats space and underscore as hyphen, and treats the typographic
// apostrophe (U+2019) as an ASCII apostrophe. Only ASCII case is folded, so
// that look-alike letters such as the Kelvin sign are not accepted.
func normalise(s string) string {
	s = strings.TrimSpace(s)
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z':
			b.WriteRune(r + ('a' - 'A'))
		case r == ' ' || r == '_':
			b.WriteByte('-')
		case r == '\u2019':
			b.WriteByte('\'')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Package jsonscan reads JSON text that is already known to be valid (or is
// checked as it is read) without encoding/json's token stream, which costs
// an allocation a token: the scanner of package record's decoders. It
// never panics, whatever the input.
package jsonscan

import (
	"encoding/json"
	"errors"
	"fmt"
)

// ErrNotObject reports an answers value that is not a JSON object.
var ErrNotObject = errors.New("want a JSON object of question IDs and answers")

// ScanObject calls fn for each member of the flat JSON object in raw with its
// key and, for a string value, the value; kind is the first byte of the value
// ('"' for a string, '{', '[', 't', 'f', 'n' or a digit or '-' otherwise).
//
// rawValue is the value's JSON text as it stands in raw.
func ScanObject(raw []byte, fn func(key []byte, kind byte, value, rawValue []byte) error) error {
	i := SkipSpace(raw, 0)
	if i >= len(raw) || raw[i] != '{' {
		return ErrNotObject
	}
	i = SkipSpace(raw, i+1)
	if i < len(raw) && raw[i] == '}' {
		return nil
	}
	for {
		if i >= len(raw) || raw[i] != '"' {
			return errors.New("want a question ID in quotes")
		}
		key, next, err := ScanString(raw, i)
		if err != nil {
			return err
		}
		i = SkipSpace(raw, next)
		if i >= len(raw) || raw[i] != ':' {
			return errors.New("want a colon after a question ID")
		}
		i = SkipSpace(raw, i+1)
		if i >= len(raw) {
			return errors.New("truncated JSON")
		}
		kind, start := raw[i], i
		var value []byte
		if kind == '"' {
			value, next, err = ScanString(raw, i)
			if err != nil {
				return err
			}
		} else {
			next = SkipValue(raw, i)
		}
		if err := fn(key, kind, value, raw[start:next]); err != nil {
			return err
		}
		i = SkipSpace(raw, next)
		if i >= len(raw) {
			return errors.New("truncated JSON")
		}
		switch raw[i] {
		case ',':
			i = SkipSpace(raw, i+1)
		case '}':
			return nil
		default:
			return errors.New("want a comma or the end of the object")
		}
	}
}

// SkipSpace returns the index of the first byte at or after i that is not
// JSON white space.
func SkipSpace(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	return i
}

// ScanString reads the JSON string starting at b[i] == '"' and returns its
// decoded contents and the index after the closing quote. Strings without
// escapes are returned as sub-slices of b.
func ScanString(b []byte, i int) ([]byte, int, error) {
	escaped := false
	for j := i + 1; j < len(b); j++ {
		switch c := b[j]; {
		case c == '\\':
			escaped = true
			j++
		case c == '"':
			if !escaped {
				return b[i+1 : j], j + 1, nil
			}
			var s string
			if err := json.Unmarshal(b[i:j+1], &s); err != nil {
				return nil, 0, fmt.Errorf("malformed string: %v", err)
			}
			return []byte(s), j + 1, nil
		case c < 0x20:
			return nil, 0, errors.New("malformed string: control character")
		}
	}
	return nil, 0, errors.New("truncated JSON")
}

// SkipValue returns the index after the JSON value starting at b[i], which is
// not a string. Nested arrays and objects are skipped by bracket depth,
// strings inside them by scanString.
func SkipValue(b []byte, i int) int {
	depth := 0
	for i < len(b) {
		switch c := b[i]; c {
		case '"':
			_, next, err := ScanString(b, i)
			if err != nil {
				return len(b)
			}
			i = next
			if depth == 0 {
				return i
			}
			continue
		case '{', '[':
			depth++
		case '}', ']':
			if depth == 0 {
				return i
			}
			depth--
			if depth == 0 {
				return i + 1
			}
		case ',':
			if depth == 0 {
				return i
			}
		case ' ', '\t', '\n', '\r':
			if depth == 0 {
				return i
			}
		}
		i++
	}
	return i
}

// Kind names a JSON value by its first byte, for error messages.
func Kind(c byte) string {
	switch {
	case c == '"':
		return "string"
	case c == '{':
		return "object"
	case c == '[':
		return "list"
	case c == 't' || c == 'f':
		return "boolean"
	case c == 'n':
		return "null"
	}
	return "number"
}

// Reader reads JSON in one pass for a fast path that gives up, reporting
// false, on anything but the plain form: strings without escapes, no nulls.
// Every method reports false where it gives up.
type Reader struct {
	// B is the JSON text.
	B []byte
}

// Object reads the object at b[i], calling fn with each key and the index
// of its value, which fn reads, returning the index after it.
func (d *Reader) Object(i int, fn func(key []byte, i int) (int, bool)) (int, bool) {
	b := d.B
	if i >= len(b) || b[i] != '{' {
		return 0, false
	}
	if i = SkipSpace(b, i+1); i < len(b) && b[i] == '}' {
		return i + 1, true
	}
	for {
		key, next, ok := d.Str(i)
		if !ok {
			return 0, false
		}
		if i = SkipSpace(b, next); i >= len(b) || b[i] != ':' {
			return 0, false
		}
		if i = SkipSpace(b, i+1); i >= len(b) || b[i] == 'n' {
			return 0, false // null, which the full decoder reads
		}
		if i, ok = fn(key, i); !ok {
			return 0, false
		}
		if i = SkipSpace(b, i); i >= len(b) {
			return 0, false
		}
		switch b[i] {
		case ',':
			i = SkipSpace(b, i+1)
		case '}':
			return i + 1, true
		default:
			return 0, false
		}
	}
}

// Array reads the array at b[i], calling fn with the index of each
// element, which fn reads, returning the index after it.
func (d *Reader) Array(i int, fn func(i int) (int, bool)) (int, bool) {
	b := d.B
	if i >= len(b) || b[i] != '[' {
		return 0, false
	}
	if i = SkipSpace(b, i+1); i < len(b) && b[i] == ']' {
		return i + 1, true
	}
	for {
		var ok bool
		if i, ok = fn(i); !ok {
			return 0, false
		}
		if i = SkipSpace(b, i); i >= len(b) {
			return 0, false
		}
		switch b[i] {
		case ',':
			i = SkipSpace(b, i+1)
		case ']':
			return i + 1, true
		default:
			return 0, false
		}
	}
}

// Str reads the string at b[i], which has no escapes and no control
// characters, and returns its contents.
func (d *Reader) Str(i int) ([]byte, int, bool) {
	b := d.B
	if i >= len(b) || b[i] != '"' {
		return nil, 0, false
	}
	for j := i + 1; j < len(b); j++ {
		switch c := b[j]; {
		case c == '"':
			return b[i+1 : j], j + 1, true
		case c == '\\' || c < 0x20:
			return nil, 0, false
		}
	}
	return nil, 0, false
}

// Bool reads true or false at b[i].
func (d *Reader) Bool(i int) (bool, int, bool) {
	b := d.B[i:]
	switch {
	case len(b) >= 4 && string(b[:4]) == "true":
		return true, i + 4, true
	case len(b) >= 5 && string(b[:5]) == "false":
		return false, i + 5, true
	}
	return false, 0, false
}

// FirstString reads the string value of the first member of the object in b
// when its key is key: {"key": "value", ...}; it reports false when b does
// not begin so.
func FirstString(b []byte, key string) ([]byte, bool) {
	i := SkipSpace(b, 0)
	if i >= len(b) || b[i] != '{' {
		return nil, false
	}
	i = SkipSpace(b, i+1)
	if len(b)-i < len(key)+2 || b[i] != '"' || string(b[i+1:i+1+len(key)]) != key || b[i+1+len(key)] != '"' {
		return nil, false
	}
	i = SkipSpace(b, i+len(key)+2)
	if i >= len(b) || b[i] != ':' {
		return nil, false
	}
	i = SkipSpace(b, i+1)
	if i >= len(b) || b[i] != '"' {
		return nil, false
	}
	s, _, err := ScanString(b, i)
	return s, err == nil
}

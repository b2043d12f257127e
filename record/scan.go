package record

import (
	"encoding/json"
	"errors"
	"fmt"
)

// The answers object of a case record is flat: question IDs to strings. It is
// the bulk of a record, so it is read by this small scanner rather than
// encoding/json's token stream, which costs an allocation a token. The whole
// record has already been through encoding/json (as a raw message), so the
// syntax here is known to be valid JSON; the scanner still checks what it
// relies on and never panics.

// errNotObject reports an answers value that is not a JSON object.
var errNotObject = errors.New("want a JSON object of question IDs and answers")

// scanObject calls fn for each member of the flat JSON object in raw with its
// key and, for a string value, the value; kind is the first byte of the value
// ('"' for a string, '{', '[', 't', 'f', 'n' or a digit or '-' otherwise).
//
// rawValue is the value's JSON text as it stands in raw.
func scanObject(raw []byte, fn func(key []byte, kind byte, value, rawValue []byte) error) error {
	i := skipSpace(raw, 0)
	if i >= len(raw) || raw[i] != '{' {
		return errNotObject
	}
	i = skipSpace(raw, i+1)
	if i < len(raw) && raw[i] == '}' {
		return nil
	}
	for {
		if i >= len(raw) || raw[i] != '"' {
			return errors.New("want a question ID in quotes")
		}
		key, next, err := scanString(raw, i)
		if err != nil {
			return err
		}
		i = skipSpace(raw, next)
		if i >= len(raw) || raw[i] != ':' {
			return errors.New("want a colon after a question ID")
		}
		i = skipSpace(raw, i+1)
		if i >= len(raw) {
			return errors.New("truncated JSON")
		}
		kind, start := raw[i], i
		var value []byte
		if kind == '"' {
			value, next, err = scanString(raw, i)
			if err != nil {
				return err
			}
		} else {
			next = skipValue(raw, i)
		}
		if err := fn(key, kind, value, raw[start:next]); err != nil {
			return err
		}
		i = skipSpace(raw, next)
		if i >= len(raw) {
			return errors.New("truncated JSON")
		}
		switch raw[i] {
		case ',':
			i = skipSpace(raw, i+1)
		case '}':
			return nil
		default:
			return errors.New("want a comma or the end of the object")
		}
	}
}

func skipSpace(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	return i
}

// scanString reads the JSON string starting at b[i] == '"' and returns its
// decoded contents and the index after the closing quote. Strings without
// escapes are returned as sub-slices of b.
func scanString(b []byte, i int) ([]byte, int, error) {
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

// skipValue returns the index after the JSON value starting at b[i], which is
// not a string. Nested arrays and objects are skipped by bracket depth,
// strings inside them by scanString.
func skipValue(b []byte, i int) int {
	depth := 0
	for i < len(b) {
		switch c := b[i]; c {
		case '"':
			_, next, err := scanString(b, i)
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

// jsonKind names a JSON value by its first byte, for error messages.
func jsonKind(c byte) string {
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

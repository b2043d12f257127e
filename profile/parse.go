package profile

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"

	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/internal/enum"
	"github.com/yjinspect/yjinspect/internal/idrule"
)

// Error reports a profile that cannot be used: the error of Parse, Lookup
// and Validate (and so of judgement's rating under a profile). Its message
// names the field and quotes the bad value, e.g.
//
//	profile: keyQuestions[2] "O2": is not a key question of the four standards
//
// Use errors.As to get it.
type Error struct {
	// Field is the field at fault: "id", "name", "keyQuestions",
	// "keyQuestions[i]" (from 0), "profile" for Lookup, or "" for an
	// unknown field (named in Value) and for JSON that is not one
	// well-formed object.
	Field string
	// Value is the bad value as given (an unknown field's name, quoted in
	// the message like any value); "" when there is none to quote.
	Value string
	// Reason says what is wrong.
	Reason string
	// Err is the error of encoding/json behind it, or nil.
	Err error
}

// Error implements error.
func (e *Error) Error() string {
	s := "profile: "
	if e.Field != "" {
		s += e.Field + " "
	}
	if e.Value != "" {
		s += enum.Quote(e.Value) + ": "
	}
	return s + e.Reason
}

// Unwrap returns Err.
func (e *Error) Unwrap() error { return e.Err }

// maxSize is the largest profile file Parse reads. A profile names at most
// twelve key questions; 64 KiB leaves room for any layout of it.
const maxSize = 64 << 10

// maxToken is the longest token of a profile, in bytes.
const maxToken = 64

// Parse reads a profile from a JSON object with exactly the fields id,
// name and keyQuestions, e.g.
//
//	{"id": "safety", "name": "Safety audit", "keyQuestions": ["A2", "A3", "P2", "P3"]}
//
// Key questions may be written in any form framework.ParseID accepts ("A 3",
// "a3") and in any order; the profile holds their canonical IDs in
// catalogue order. Parse is strict: an unknown, repeated or missing field, a
// value of the wrong JSON type, an ID that is not a token, a name the ID
// rule refuses (empty, longer than 256 bytes, a control or format
// character, surrounding space), an empty list, a key question that is not
// one of the four standards' (O2, a question, a standard) or is given
// twice, the token of a built-in profile with other key questions, more
// than 64 KiB, or anything after the object is an *Error naming the field
// and quoting the bad value.
func Parse(data []byte) (Profile, error) {
	if len(data) > maxSize {
		return Profile{}, &Error{Reason: fmt.Sprintf("is %d bytes, more than the %d a profile may be", len(data), maxSize)}
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := delim(dec, '{'); err != nil {
		return Profile{}, err
	}
	var p Profile
	var raw []string
	seen := map[string]bool{}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return Profile{}, syntaxError(err)
		}
		key, _ := tok.(string) // inside an object, a token is a key
		if seen[key] {
			return Profile{}, &Error{Field: key, Reason: "is given twice"}
		}
		seen[key] = true
		var dst any
		switch key {
		case "id":
			dst = &p.ID
		case "name":
			dst = &p.Name
		case "keyQuestions":
			dst = &raw
		default:
			return Profile{}, &Error{Value: key, Reason: "is not a field of a profile (id, name, keyQuestions)"}
		}
		if err := dec.Decode(dst); err != nil {
			return Profile{}, fieldError(key, err)
		}
	}
	if err := delim(dec, '}'); err != nil {
		return Profile{}, err
	}
	if _, err := dec.Token(); err != io.EOF {
		return Profile{}, &Error{Reason: "data after the profile's object"}
	}
	for _, f := range []string{"id", "name", "keyQuestions"} {
		if !seen[f] {
			return Profile{}, &Error{Field: f, Reason: "is missing"}
		}
	}
	if len(raw) == 0 {
		return Profile{}, &Error{Field: "keyQuestions", Reason: "is empty: a profile covers at least one key question"}
	}
	for i, s := range raw {
		id, err := framework.ParseID(s)
		if err != nil {
			return Profile{}, &Error{Field: fmt.Sprintf("keyQuestions[%d]", i), Value: s, Reason: "is not a key question ID", Err: err}
		}
		p.KeyQuestions = append(p.KeyQuestions, id)
	}
	if err := p.validate(raw); err != nil {
		return Profile{}, err
	}
	order := catalogue().order
	slices.SortFunc(p.KeyQuestions, func(a, b framework.ID) int { return order[a] - order[b] })
	return p, nil
}

// Validate checks a profile made in code by the rules Parse reads by, but
// for the order of the key questions, which it does not require: the zero
// Profile is valid; any other needs a token as ID, a name, and one or more
// key questions of the four standards, none twice. Anything else is an
// *Error naming the field.
func (p Profile) Validate() error {
	if p.IsZero() {
		return nil
	}
	if p.KeyQuestions == nil {
		return &Error{Field: "keyQuestions", Reason: "is empty: a profile covers at least one key question (the zero Profile covers the whole framework)"}
	}
	return p.validate(nil)
}

// validate checks p; raw, when given, holds the key questions as written.
func (p Profile) validate(raw []string) error {
	if r := tokenProblem(p.ID); r != "" {
		return &Error{Field: "id", Value: p.ID, Reason: r}
	}
	if r := idrule.Problem(p.Name); r != "" {
		return &Error{Field: "name", Value: p.Name, Reason: "is not a good name: it " + r}
	}
	if len(p.KeyQuestions) == 0 {
		return &Error{Field: "keyQuestions", Reason: "is empty: a profile covers at least one key question"}
	}
	b := catalogue()
	for i, id := range p.KeyQuestions {
		given := string(id)
		if raw != nil {
			given = raw[i]
		}
		field := fmt.Sprintf("keyQuestions[%d]", i)
		if _, ok := b.order[id]; !ok {
			return &Error{Field: field, Value: given, Reason: "is not a key question of the four standards (A1 to R3)"}
		}
		if slices.Contains(p.KeyQuestions[:i], id) {
			return &Error{Field: field, Value: given, Reason: "is given twice"}
		}
	}
	for _, bp := range b.profiles {
		if bp.ID == p.ID && !sameSet(bp.KeyQuestions, p.KeyQuestions) {
			return &Error{Field: "id", Value: p.ID, Reason: "is the token of a built-in profile, which covers other key questions"}
		}
	}
	return nil
}

// sameSet reports whether a and b, each without repeats, hold the same IDs.
func sameSet(a, b []framework.ID) bool {
	if len(a) != len(b) {
		return false
	}
	for _, id := range a {
		if !slices.Contains(b, id) {
			return false
		}
	}
	return true
}

// tokenProblem says what is wrong with s as a token, or "".
func tokenProblem(s string) string {
	switch {
	case s == "":
		return "is empty"
	case len(s) > maxToken:
		return fmt.Sprintf("is longer than %d bytes", maxToken)
	case s[0] == '-' || s[len(s)-1] == '-':
		return "begins or ends with a hyphen"
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
			return "is not a token: only lower-case ASCII letters, digits and hyphens"
		}
	}
	return ""
}

// delim reads the delimiter want.
func delim(dec *json.Decoder, want json.Delim) error {
	tok, err := dec.Token()
	if err != nil {
		return syntaxError(err)
	}
	if d, ok := tok.(json.Delim); !ok || d != want {
		return &Error{Reason: fmt.Sprintf("is not a JSON object (found %v where %q was expected)", describe(tok), string(want))}
	}
	return nil
}

func describe(tok json.Token) string {
	switch t := tok.(type) {
	case json.Delim:
		return fmt.Sprintf("%q", string(t))
	case string:
		return "a string"
	case nil:
		return "null"
	case bool:
		return "a boolean"
	default:
		return "a number"
	}
}

func syntaxError(err error) error {
	if err == io.EOF {
		err = io.ErrUnexpectedEOF
	}
	return &Error{Reason: "is not well-formed JSON: " + err.Error(), Err: err}
}

// fieldError turns the error of decoding a field's value into an *Error.
func fieldError(field string, err error) error {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		want := "a string"
		if field == "keyQuestions" {
			want = "an array of strings"
		}
		return &Error{Field: field, Reason: "is " + article(te.Value) + ", not " + want, Err: err}
	}
	return syntaxError(err)
}

func article(kind string) string {
	switch kind {
	case "array", "object":
		return "an " + kind
	case "string", "number", "bool":
		return "a " + kind
	}
	return kind
}

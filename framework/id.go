package framework

import (
	"strings"

	"github.com/yjinspect/yjinspect/internal/enum"
)

// ID identifies a standard ("2.1"), a key question ("A1"), a numbered question
// ("A1.1", "I1.10", "O2.3"), a summary judgement ("A1.S") or a question the
// source prints without a number ("A1.diversity"). IDs are stable: JSON and
// URLs use them. The zero ID is empty.
type ID string

// UnmarshalText implements encoding.TextUnmarshaler. It accepts every form
// ParseID accepts and stores the canonical ID, so JSON object keys such as
// "A 1.1" or "a1.s" decode to A1.1 and A1.S.
func (id *ID) UnmarshalText(b []byte) error {
	p, err := ParseID(string(b))
	if err != nil {
		return err
	}
	*id = p
	return nil
}

// keyQuestion returns the key question a question ID belongs to ("A1" for
// "A1.3", "A1.S" and "A1.diversity"), the ID itself for a key-question ID, and
// "" for a standard or a malformed ID.
func (id ID) keyQuestion() ID {
	s := string(id)
	if s == "" || !isSectionLetter(s[0]) {
		return ""
	}
	if i := strings.IndexByte(s, '.'); i >= 0 {
		return ID(s[:i])
	}
	return id
}

// isSummary reports whether the ID is a summary judgement ("A1.S").
func (id ID) isSummary() bool { return strings.HasSuffix(string(id), ".S") && id.keyQuestion() != "" }

// Section letters of the source: I (information about the child), A
// (assessment), P (planning), D (implementation and delivery), R (reviewing),
// O (case manager interview).
func isSectionLetter(c byte) bool {
	switch c {
	case 'I', 'A', 'P', 'D', 'R', 'O':
		return true
	}
	return false
}

const maxSlug = 32

// ParseID parses an ID in any form the source prints or the library writes,
// and returns the canonical ID:
//
//	"2.1"                         standard            -> 2.1
//	"A 1", "A1", "a1"             key question        -> A1
//	"A 1.1", "A1.1", " a1.1 "     numbered question   -> A1.1
//	"A 1 S", "A1 S", "A1.S", "a1.s"  summary judgement -> A1.S
//	"A1.diversity", "a1.Diversity"   unnumbered question -> A1.diversity
//
// Section letters are I, A, P, D, R and O, in any case; spaces around the ID,
// after the letter and around the dot are allowed. Numbers have no leading
// zeros and at most three digits; slugs are 1 to 32 ASCII letters. Anything
// else is a *ParseError that quotes the input and says what is wrong.
// ParseID says whether an ID is well formed, not whether it exists: the
// Framework's lookups say that.
func ParseID(s string) (ID, error) {
	fail := func(reason string) (ID, error) {
		return "", &enum.ParseError{Type: "framework.ID", Input: s, Reason: reason}
	}
	t := strings.TrimSpace(s)
	if t == "" {
		return fail("empty")
	}
	// Standard: digits "." digits.
	if isDigit(t[0]) {
		major, rest, ok := scanNumber(t)
		if !ok || len(rest) < 2 || rest[0] != '.' {
			return fail("a standard is written like 2.1")
		}
		minor, rest, ok := scanNumber(rest[1:])
		if !ok || rest != "" {
			return fail("a standard is written like 2.1")
		}
		return ID(major + "." + minor), nil
	}
	letter := upper(t[0])
	if !isSectionLetter(letter) {
		return fail("an ID starts with a section letter (I, A, P, D, R or O) or a standard number")
	}
	rest := trimLeftSpace(t[1:])
	num, rest, ok := scanNumber(rest)
	if !ok {
		return fail("the section letter must be followed by a number without leading zeros, like A1")
	}
	kq := string(letter) + num
	if rest == "" {
		return ID(kq), nil
	}
	// A separator: optional spaces, then an optional dot, then optional spaces.
	afterSpace := trimLeftSpace(rest)
	spaced := len(afterSpace) < len(rest)
	dotted := false
	rest = afterSpace
	if rest != "" && rest[0] == '.' {
		dotted = true
		rest = trimLeftSpace(rest[1:])
	}
	if rest == "" {
		return fail("nothing after the separator")
	}
	if isDigit(rest[0]) {
		n, tail, ok := scanNumber(rest)
		if !ok || tail != "" {
			return fail("a question number is written like A1.1")
		}
		if !dotted {
			return fail("a question number needs a dot, like A1.1")
		}
		return ID(kq + "." + n), nil
	}
	if !isLetter(rest[0]) {
		return fail("unexpected character after " + kq)
	}
	if len(rest) > maxSlug {
		return fail("the part after the dot is too long")
	}
	for i := 0; i < len(rest); i++ {
		if !isLetter(rest[i]) {
			return fail("a question slug is ASCII letters only, like A1.diversity")
		}
	}
	if len(rest) == 1 && upper(rest[0]) == 'S' {
		return ID(kq + ".S"), nil
	}
	if !dotted && !spaced {
		return fail("a slug needs a dot, like A1.diversity")
	}
	return ID(kq + "." + strings.ToLower(rest)), nil
}

// scanNumber reads 1 to 3 digits without a leading zero and not zero.
func scanNumber(s string) (num, rest string, ok bool) {
	i := 0
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	if i == 0 || i > 3 || s[0] == '0' {
		return "", s, false
	}
	return s[:i], s[i:], true
}

func trimLeftSpace(s string) string {
	for len(s) > 0 && (s[0] == ' ' || s[0] == '\t') {
		s = s[1:]
	}
	return s
}

func isDigit(c byte) bool  { return '0' <= c && c <= '9' }
func isLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
func upper(c byte) byte {
	if 'a' <= c && c <= 'z' {
		return c - 'a' + 'A'
	}
	return c
}

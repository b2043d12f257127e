// Package idrule is the one rule for a case ID and an inspection name, and
// the escaping of the characters it forbids. Package record exports it
// (record.CheckID, record.IDError, record.ErrBadID, record.EscapeText,
// record.MaxIDLength); package sampling, which may import nothing of ours but
// the catalogue, applies it to its candidates' IDs from here.
//
// An ID is: not empty; at most MaxLength bytes; valid UTF-8; free of control
// characters (Unicode category Cc), format characters (Cf: bidirectional
// controls, zero-width characters, the byte-order mark) and line and
// paragraph separators (Zl, Zp); and without white space (unicode.IsSpace)
// at its start or end. Such an ID prints as itself: it cannot break a line
// of a report, move the cursor of a terminal or reorder the text around it,
// and two IDs that differ always look different. The rule is the
// library's, not the CARaG's (which says nothing of IDs).
package idrule

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxLength is the longest ID, in bytes.
const MaxLength = 256

// ErrBadID is matched (errors.Is) by every error of the rule.
var ErrBadID = errors.New("bad ID")

// Problem returns what is wrong with s as an ID, worded to follow "the ID"
// ("holds a control character (U+000A)"), or "" when s is a good ID.
func Problem(s string) string {
	switch {
	case s == "":
		return "is empty"
	case len(s) > MaxLength:
		return "is longer than " + strconv.Itoa(MaxLength) + " bytes"
	}
	if i := firstToEscape(s); i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			return "is not valid UTF-8 (at byte " + strconv.Itoa(i) + ")"
		case unicode.Is(unicode.Cf, r):
			return "holds a format character (" + codePoint(r) + "), such as a bidirectional control or a zero-width space"
		case unicode.Is(unicode.Zl, r), unicode.Is(unicode.Zp, r):
			return "holds a line or paragraph separator (" + codePoint(r) + ")"
		}
		return "holds a control character (" + codePoint(r) + ")"
	}
	first, _ := utf8.DecodeRuneInString(s)
	last, _ := utf8.DecodeLastRuneInString(s)
	switch {
	case !unicode.IsSpace(first) && !unicode.IsSpace(last):
		return ""
	case strings.TrimFunc(s, unicode.IsSpace) == "":
		return "is only white space"
	case unicode.IsSpace(first):
		return "begins with white space (" + codePoint(first) + ")"
	case unicode.IsSpace(last):
		return "ends with white space (" + codePoint(last) + ")"
	}
	return ""
}

// Forbidden reports whether the rule forbids r anywhere in an ID: a control
// character, a format character, or a line or paragraph separator.
func Forbidden(r rune) bool {
	if r < utf8.RuneSelf {
		return r < 0x20 || r == 0x7f
	}
	return unicode.Is(unicode.Cc, r) || unicode.Is(unicode.Cf, r) || unicode.Is(unicode.Zl, r) || unicode.Is(unicode.Zp, r)
}

// codePoint writes r as U+XXXX.
func codePoint(r rune) string { return fmt.Sprintf("%U", r) }

// Escape returns s with every rune Forbidden reports, and every byte that
// is not part of valid UTF-8, written as a Go escape, as strconv.Quote
// writes it: \n, \x1b, \u202e, \ufeff, \u2028, \xff. Everything else,
// backslashes included, is kept as it is; s is returned unchanged (and
// without copying) when it holds nothing to escape, as every good ID does.
func Escape(s string) string {
	i := firstToEscape(s)
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i < len(s) {
		b.WriteString(s[:i])
		s = s[i:]
		r, size := utf8.DecodeRuneInString(s)
		if r == utf8.RuneError && size == 1 {
			b.WriteString(`\x`)
			b.WriteString(strconv.FormatUint(uint64(s[0])|0x100, 16)[1:])
		} else {
			q := strconv.QuoteRuneToASCII(r) // '\n', '\u202e'
			b.WriteString(q[1 : len(q)-1])
		}
		s = s[size:]
		i = firstToEscape(s)
	}
	b.WriteString(s)
	return b.String()
}

// firstToEscape returns the index of the first rune of s that Escape
// escapes, or len(s).
func firstToEscape(s string) int {
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if c < 0x20 || c == 0x7f { // Forbidden, inlined
				return i
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if (r == utf8.RuneError && size == 1) || Forbidden(r) {
			return i
		}
		i += size
	}
	return len(s)
}

package record

import (
	"fmt"
	"strings"

	"github.com/yjinspect/yjinspect/internal/enum"
	"github.com/yjinspect/yjinspect/internal/idrule"
)

// This file is the one ID rule: what a case ID and an inspection name may
// hold. Decode, DecodeEach and MarshalJSON apply it, and so do the library's
// other entry points that take IDs (package moderation, package sampling)
// and the example programs; reports print IDs with EscapeText.

// MaxIDLength is the longest case ID or inspection name accepted, in bytes.
const MaxIDLength = idrule.MaxLength

// ErrBadID is matched (errors.Is) by every error of the ID rule: an
// *IDError, a *DecodeError for the field id or inspection, and the errors
// of the other functions of the library that refuse an ID by the rule.
var ErrBadID = idrule.ErrBadID

// IDError reports a case ID or inspection name that breaks the ID rule (see
// CheckID).
type IDError struct {
	// ID is the value as given.
	ID string
	// Reason says what is wrong, worded to follow "the ID": "is empty",
	// "is longer than 256 bytes", "is not valid UTF-8 (at byte 3)", "holds a
	// control character (U+000A)", "holds a format character (U+202E), such
	// as a bidirectional control or a zero-width space", "holds a line or
	// paragraph separator (U+2028)", "is only white space", "begins with
	// white space (U+0020)", "ends with white space (U+0020)".
	Reason string
}

// Error implements error. It quotes the ID as strconv.Quote does (every
// character the rule forbids is escaped), cut to 64 bytes.
func (e *IDError) Error() string {
	return "record: bad ID " + enum.Quote(e.ID) + ": " + e.Reason
}

// Is reports whether target is ErrBadID.
func (e *IDError) Is(target error) bool { return target == ErrBadID }

// CheckID checks a case ID or an inspection name by the one ID rule of the
// library, and returns an *IDError saying what is wrong, or nil. An ID must
// be:
//   - not empty, and at most MaxIDLength (256) bytes;
//   - valid UTF-8;
//   - free of control characters (Unicode category Cc: a line break, a tab,
//     the terminal's escape), format characters (Cf: the bidirectional
//     controls such as U+202E, zero-width characters such as U+200B, the
//     byte-order mark U+FEFF) and line and paragraph separators (Zl, Zp);
//   - without white space (unicode.IsSpace) at its start or end.
//
// Spaces inside an ID are allowed ("Leeds 2024"). An ID that breaks the rule
// is refused wherever the library reads one, never changed to fit: an ID
// that keeps to it prints as itself, so it cannot forge a line of a report
// or reorder the text around it, and two IDs that differ look different.
// (An ID is still never personal data: the rule cannot check that.)
func CheckID(id string) error {
	if why := idrule.Problem(id); why != "" {
		return &IDError{ID: id, Reason: why}
	}
	return nil
}

// EscapeText returns s ready to print as plain text (a terminal, a text or
// CSV report, a log line): every character the ID rule forbids anywhere
// (control, format, line and paragraph separator characters), and every
// byte that is not valid UTF-8, is written as the escape strconv.Quote
// writes for it (\n, \x1b, \u202e, \xff); everything else, backslashes
// included, is kept. An ID that CheckID accepts is returned unchanged. The
// text is for people to read, not to parse back; use it for any text from a
// record (IDs, inspection names, free-text answers) that goes into text
// output, so that no record can break a line, move a terminal's cursor or
// reorder what follows it.
func EscapeText(s string) string { return idrule.Escape(s) }

// goodID reports whether id keeps to the ID rule.
func goodID(id string) bool { return idrule.Problem(id) == "" }

// checkIDField checks the value of a record's field id or inspection by the
// ID rule; the error is a *DecodeError that names the field, holds the bad
// value and wraps the *IDError, and names the case (caseID) when it is the
// inspection that is bad. An empty id is "missing"; an empty or blank
// inspection is better left out.
func checkIDField(caseID, field, value string) error {
	why := idrule.Problem(value)
	if why == "" {
		return nil
	}
	reason := why
	switch {
	case field == "id" && value == "":
		reason = "missing: every case record needs an id"
	case field == "inspection" && strings.TrimSpace(value) == "":
		reason = "empty: leave the field out instead"
	}
	return &DecodeError{Case: caseID, Field: field, Value: value, Reason: reason, Err: &IDError{ID: value, Reason: why}}
}

// checkIDs checks the case ID and the inspection name (when there is one)
// of a case to be encoded.
func checkIDs(c *Case) error {
	if err := CheckID(c.ID); err != nil {
		return fmt.Errorf("record: the case cannot be encoded: id: %w", err)
	}
	if c.Inspection == "" {
		return nil
	}
	if err := CheckID(c.Inspection); err != nil {
		return fmt.Errorf("record: case %s cannot be encoded: inspection: %w", enum.Quote(c.ID), err)
	}
	return nil
}

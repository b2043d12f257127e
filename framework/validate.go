package framework

import (
	"errors"
	"fmt"
)

// ValidationError is one integrity problem of a catalogue, found by Parse.
// It names the item (standard, key question or question ID) and what is
// wrong. Parse returns every problem it finds, each a *ValidationError,
// joined with errors.Join: errors.As gives the first, and the joined error's
// Unwrap() []error method gives them all:
//
//	var ve *framework.ValidationError
//	if errors.As(err, &ve) { ... ve.ID, ve.Field ... }
//	if j, ok := err.(interface{ Unwrap() []error }); ok {
//		for _, e := range j.Unwrap() { ... }
//	}
type ValidationError struct {
	// ID is the ID of the standard, key question or question at fault, as
	// the catalogue gives it; "" for the catalogue as a whole.
	ID ID
	// Field is the field at fault, e.g. "id", "kind", "key question";
	// "" when the item as a whole is at fault.
	Field string
	// Reason says what is wrong.
	Reason string
}

// Error returns e.g. `framework: "D1.3": kind: not set`.
func (e *ValidationError) Error() string {
	if e.Field == "" {
		return fmt.Sprintf("framework: %q: %s", e.ID, e.Reason)
	}
	return fmt.Sprintf("framework: %q: %s: %s", e.ID, e.Field, e.Reason)
}

// validate checks the catalogue's integrity and returns every problem it
// finds, joined (each one a *ValidationError), or nil. It checks that:
//   - there are standards, key questions and questions, and every ID is
//     canonical (ParseID gives it back unchanged) and unique;
//   - every printed number parses to its question's ID, and questions
//     without a number have slugs;
//   - every question has its kind, answer kind and text set, and belongs to
//     a key question of the catalogue whose ID its own starts with, or, for
//     I1.* questions only, to the information about the child;
//   - every key question that answers a standard refers to one in the
//     catalogue, has its area set and exactly one summary
//     judgement, its ID followed by ".S"; a key question outside the
//     standards (the case manager interview) has none;
//   - every standard has a name and at least one key question.
func (f *Framework) validate() error {
	if f == nil {
		return errors.New("framework: nil Framework")
	}
	var errs []error
	bad := func(id ID, field, format string, args ...any) {
		errs = append(errs, &ValidationError{ID: id, Field: field, Reason: fmt.Sprintf(format, args...)})
	}
	if len(f.standards) == 0 {
		bad("", "standards", "none")
	}
	if len(f.kqs) == 0 {
		bad("", "key questions", "none")
	}
	if len(f.questions) == 0 {
		bad("", "questions", "none")
	}
	seen := make(map[ID]string)
	checkID := func(id ID, what string) {
		canon, err := ParseID(string(id))
		switch {
		case err != nil:
			bad(id, "id", "%v", err)
		case canon != id:
			bad(id, "id", "not canonical (want %q)", canon)
		}
		if prev, dup := seen[id]; dup {
			bad(id, "id", "used by a %s and a %s", prev, what)
		}
		seen[id] = what
	}

	for _, s := range f.standards {
		checkID(s.ID, "standard")
		if s.ID.keyQuestion() != "" {
			bad(s.ID, "id", "not a standard ID (like 2.1)")
		}
		if s.Name == "" {
			bad(s.ID, "name", "empty")
		}
		if len(s.KeyQuestions) == 0 {
			bad(s.ID, "key questions", "none")
		}
	}

	for _, kq := range f.kqs {
		checkID(kq.ID, "key question")
		if kq.ID.keyQuestion() != kq.ID {
			bad(kq.ID, "id", "not a key-question ID (like A1)")
		}
		if kq.Text == "" {
			bad(kq.ID, "text", "empty")
		}
		if kq.Number != "" {
			if n, err := ParseID(kq.Number); err != nil || n != kq.ID {
				bad(kq.ID, "number", "%q does not match the ID", kq.Number)
			}
		}
		summaries := 0
		for _, qid := range kq.Questions {
			if q, ok := f.Question(qid); ok && q.Kind == Summary {
				summaries++
			}
		}
		if kq.Standard == "" {
			if summaries != 0 {
				bad(kq.ID, "summary", "a key question outside the standards has %d summary judgements, want none", summaries)
			}
			continue
		}
		if _, ok := f.sIndex[kq.Standard]; !ok {
			bad(kq.ID, "standard", "%q is not in the catalogue", kq.Standard)
		}
		if kq.Area == 0 {
			bad(kq.ID, "area", "not set")
		}
		if summaries != 1 {
			bad(kq.ID, "summary", "has %d summary judgements, want exactly 1", summaries)
		} else if kq.Summary != kq.ID+".S" {
			bad(kq.ID, "summary", "is %q, want %q", kq.Summary, kq.ID+".S")
		}
	}

	for _, q := range f.questions {
		checkID(q.ID, "question")
		if q.ID.keyQuestion() == q.ID || q.ID.keyQuestion() == "" {
			bad(q.ID, "id", "not a question ID (like A1.1)")
		}
		if q.Text == "" {
			bad(q.ID, "text", "empty")
		}
		if !kinds.Valid(q.Kind) {
			bad(q.ID, "kind", "not set")
		}
		if !answerKinds.Valid(q.Answer) {
			bad(q.ID, "answer", "not set")
		}
		if q.Kind == Summary && !q.ID.isSummary() {
			bad(q.ID, "kind", "a summary judgement's ID ends in .S")
		}
		if q.ID.isSummary() && q.Kind != Summary {
			bad(q.ID, "kind", "is %v, but the ID is a summary judgement's", q.Kind)
		}
		if q.Number != "" {
			if n, err := ParseID(q.Number); err != nil || n != q.ID {
				bad(q.ID, "number", "%q does not match the ID", q.Number)
			}
		} else if id := string(q.ID); id != "" && !q.ID.isSummary() && isDigit(id[len(id)-1]) {
			bad(q.ID, "number", "empty, but the ID is numbered")
		}
		switch {
		case q.KeyQuestion == "":
			if q.ID == "" || q.ID[0] != 'I' {
				bad(q.ID, "key question", "empty; only the questions about the child (I1.*) stand outside a key question")
			}
		default:
			if _, ok := f.kqIndex[q.KeyQuestion]; !ok {
				bad(q.ID, "key question", "%q is not in the catalogue", q.KeyQuestion)
			} else if q.ID.keyQuestion() != q.KeyQuestion {
				bad(q.ID, "key question", "%q, but the ID belongs to %q", q.KeyQuestion, q.ID.keyQuestion())
			}
		}
	}
	return errors.Join(errs...)
}

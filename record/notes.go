package record

import (
	"bytes"
	"fmt"
	"maps"
	"slices"

	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/internal/enum"
	"github.com/yjinspect/yjinspect/internal/jsonscan"
)

// Notes are what a reviewer writes down about a case: a note on the case as
// a whole, and the evidence behind the answers, a note for each question
// (why it is No, where the evidence is). The CARaG asks inspectors to judge
// from the evidence of the case; it sets no form for these notes, so they
// are free text, and no rule reads them.
//
// Notes describe a child's case and are personal data: the library never
// logs them, and its errors never quote them (a DecodeError names the field,
// as "notes.questions[P1.1]", and says what is wrong, without the text).
//
// In a case record's JSON:
//
//	"notes": {"case": "Reviewed with the team manager.",
//	          "questions": {"P1.1": "The plan does not name the victim's wishes (plan, p. 3)."}}
//
// An empty note is no note: it is left out when encoded and dropped when
// decoded.
type Notes struct {
	// Case is the note on the case as a whole; "" when there is none.
	Case string
	// Questions are the notes on the answers, by canonical question ID of
	// the domain two catalogue; nil when there are none.
	Questions map[framework.ID]string
}

// IsZero reports whether there is no note.
func (n Notes) IsZero() bool {
	if n.Case != "" {
		return false
	}
	for _, s := range n.Questions {
		if s != "" {
			return false
		}
	}
	return true
}

// Len returns how many notes there are, the note on the case included.
func (n Notes) Len() int {
	count := 0
	if n.Case != "" {
		count++
	}
	for _, s := range n.Questions {
		if s != "" {
			count++
		}
	}
	return count
}

func (n Notes) clone() Notes {
	n.Questions = maps.Clone(n.Questions)
	return n
}

// questionIndex finds the question a key names in a record (a canonical ID,
// or a printed one such as "A 1.1"), for the field it is a key of.
func questionIndex(l *layout, key []byte, field string) (int, error) {
	if i, ok := l.byKey[string(key)]; ok {
		return i, nil
	}
	canon, err := framework.ParseID(string(key))
	if err != nil {
		return 0, &DecodeError{Field: field + "[" + string(key) + "]", Reason: "not a question ID"}
	}
	i, ok := l.pos(canon)
	if !ok {
		return 0, &DecodeError{Field: field + "[" + string(key) + "]", Reason: "no such question in the domain two catalogue"}
	}
	return i, nil
}

// decodeNotes reads the notes object of a record.
func decodeNotes(raw []byte, out *Notes) error {
	var seen [2]bool
	err := jsonscan.ScanObject(raw, func(key []byte, kind byte, value, rawValue []byte) error {
		var which int
		switch string(key) {
		case "case":
		case "questions":
			which = 1
		default:
			return &DecodeError{Field: "notes", Reason: fmt.Sprintf("unknown field %q", key)}
		}
		field := "notes." + string(key)
		if seen[which] {
			return &DecodeError{Field: field, Reason: "given twice"}
		}
		seen[which] = true
		switch {
		case kind == 'n':
			return nil // null: no note, as for a fact
		case which == 0:
			if kind != '"' {
				return &DecodeError{Field: field, Value: string(rawValue), Reason: "want a string, not a JSON " + jsonscan.Kind(kind)}
			}
			out.Case = string(value)
			return nil
		}
		return decodeQuestionNotes(rawValue, out)
	})
	if err != nil {
		if _, ok := err.(*DecodeError); ok {
			return err
		}
		return &DecodeError{Field: "notes", Reason: "want a JSON object with \"case\" and \"questions\"", Err: err}
	}
	return nil
}

// decodeQuestionNotes reads the notes on the answers, by question ID.
func decodeQuestionNotes(raw []byte, out *Notes) error {
	l := catalogue()
	seen := make([]bool, len(l.ids))
	err := jsonscan.ScanObject(raw, func(key []byte, kind byte, value, rawValue []byte) error {
		i, err := questionIndex(l, key, "notes.questions")
		if err != nil {
			return err
		}
		field := "notes.questions[" + string(l.ids[i]) + "]"
		if seen[i] {
			return &DecodeError{Field: field, Reason: "a note on question " + string(l.ids[i]) + " is given twice"}
		}
		seen[i] = true
		if kind == 'n' {
			return nil
		}
		if kind != '"' {
			return &DecodeError{Field: field, Value: string(rawValue), Reason: "want a string, not a JSON " + jsonscan.Kind(kind)}
		}
		if len(value) > 0 {
			if out.Questions == nil {
				out.Questions = map[framework.ID]string{}
			}
			out.Questions[l.ids[i]] = string(value)
		}
		return nil
	})
	if err != nil {
		if _, ok := err.(*DecodeError); ok {
			return err
		}
		return &DecodeError{Field: "notes.questions", Reason: "want a JSON object of question IDs and notes", Err: err}
	}
	return nil
}

// notes is the fast path's reader of the notes object (plain strings
// only; anything else is left to the full decoder).
func (d *fastDecoder) notes(i int, n *Notes) (int, bool) {
	var seen [2]bool
	return d.Object(i, func(key []byte, i int) (int, bool) {
		switch string(key) {
		case "case":
			if seen[0] {
				return 0, false
			}
			seen[0] = true
			s, next, ok := d.Str(i)
			n.Case = string(s)
			return next, ok
		case "questions":
			if seen[1] {
				return 0, false
			}
			seen[1] = true
			l := catalogue()
			return d.Object(i, func(key []byte, i int) (int, bool) {
				q, ok := l.byKey[string(key)]
				if !ok {
					return 0, false
				}
				if _, dup := n.Questions[l.ids[q]]; dup {
					return 0, false
				}
				s, next, ok := d.Str(i)
				if !ok || len(s) == 0 {
					return 0, false // an empty note is dropped by the full decoder
				}
				if n.Questions == nil {
					n.Questions = map[framework.ID]string{}
				}
				n.Questions[l.ids[q]] = string(s)
				return next, true
			})
		}
		return 0, false
	})
}

// checkNotes checks that every note is on a question of the catalogue,
// named by its canonical ID, for the encoder.
func checkNotes(c *Case) error {
	if len(c.Notes.Questions) == 0 {
		return nil
	}
	l := catalogue()
	for _, id := range slices.Sorted(maps.Keys(c.Notes.Questions)) {
		if _, ok := l.pos(id); !ok {
			return fmt.Errorf("record: case %s: notes.questions: %s is not the canonical ID of a question of the domain two catalogue (framework.ParseID gives canonical IDs)", enum.Quote(c.ID), enum.Quote(string(id)))
		}
	}
	return nil
}

// writeNotes writes the notes, when there are any, after a comma: the
// notes on the answers in catalogue order.
func writeNotes(b *bytes.Buffer, n Notes) {
	if n.IsZero() {
		return
	}
	b.WriteString(`,"notes":{`)
	comma := false
	if n.Case != "" {
		b.WriteString(`"case":`)
		writeJSONString(b, n.Case)
		comma = true
	}
	if n.Len() > 0 && (n.Case == "" || n.Len() > 1) {
		if comma {
			b.WriteByte(',')
		}
		b.WriteString(`"questions":{`)
		first := true
		for _, id := range catalogue().ids {
			s := n.Questions[id]
			if s == "" {
				continue
			}
			if !first {
				b.WriteByte(',')
			}
			first = false
			writeJSONString(b, string(id))
			b.WriteByte(':')
			writeJSONString(b, s)
		}
		b.WriteByte('}')
	}
	b.WriteByte('}')
}

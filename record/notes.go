package record

import (
	"bytes"
	"encoding/json"
	"fmt"
	"maps"

	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/internal/enum"
	"github.com/yjinspect/yjinspect/internal/jsonscan"
)

// Notes are what a reviewer writes down about a case: a note on the case as
// a whole, and the evidence behind the answers, a note for each question
// (why it is No, where the evidence is). The CARaG sets no form for them:
// they are free text, and no rule reads them. They are personal data:
// errors never quote them. In a case record's JSON:
//
//	"notes": {"case": "Reviewed with the team manager.",
//	          "questions": {"P1.1": "The plan does not name the victim's wishes (plan, p. 3)."}}
//
// An empty note is no note: left out when encoded, dropped when decoded.
type Notes struct {
	// Case is the note on the case as a whole; "" when there is none.
	Case string
	// Questions are the notes on the answers, by canonical question ID of
	// the domain two catalogue.
	Questions map[framework.ID]string
}

// IsZero reports whether there is no note.
func (n Notes) IsZero() bool { return n.Len() == 0 }

// Len returns how many notes there are, the note on the case included.
func (n Notes) Len() int {
	count := len(n.Questions)
	for _, s := range n.Questions {
		if s == "" {
			count--
		}
	}
	if n.Case != "" {
		count++
	}
	return count
}

// questionIndex finds the question a key names in a record (a canonical ID,
// or a printed one such as "A 1.1"), for the field it is a key of.
func questionIndex(l *layout, key []byte, field string) (int, error) {
	if i, ok := l.byKey[string(key)]; ok {
		return i, nil
	}
	field += "[" + string(key) + "]"
	canon, err := framework.ParseID(string(key))
	if err != nil {
		return 0, &DecodeError{Field: field, Reason: "not a question ID"}
	}
	if i, ok := l.pos(canon); ok {
		return i, nil
	}
	return 0, &DecodeError{Field: field, Reason: "no such question in the domain two catalogue"}
}

// decodeNotes reads the notes object of a record: "case", and "questions"
// by question ID, each a string or null (no note), each given once.
func decodeNotes(raw []byte, out *Notes) error {
	l := catalogue()
	seen := map[string]bool{}
	var scan func(raw []byte, field string) error
	scan = func(raw []byte, field string) error {
		err := jsonscan.ScanObject(raw, func(key []byte, kind byte, value, rawValue []byte) error {
			name, id := field+"."+string(key), framework.ID("")
			switch {
			case field == "notes.questions":
				i, err := questionIndex(l, key, field)
				if err != nil {
					return err
				}
				id = l.ids[i]
				name = field + "[" + string(id) + "]"
			case string(key) != "case" && string(key) != "questions":
				return &DecodeError{Field: field, Reason: fmt.Sprintf("unknown field %q", key)}
			}
			if seen[name] {
				return &DecodeError{Field: name, Reason: "given twice"}
			}
			seen[name] = true
			switch {
			case kind == 'n':
				return nil
			case name == "notes.questions":
				return scan(rawValue, name)
			case kind != '"':
				return &DecodeError{Field: name, Value: string(rawValue), Reason: "want a string, not a JSON " + jsonscan.Kind(kind)}
			case id == "":
				out.Case = string(value)
			case len(value) > 0:
				if out.Questions == nil {
					out.Questions = map[framework.ID]string{}
				}
				out.Questions[id] = string(value)
			}
			return nil
		})
		if _, ok := err.(*DecodeError); err != nil && !ok {
			return &DecodeError{Field: field, Reason: "want a JSON object", Err: err}
		}
		return err
	}
	return scan(raw, "notes")
}

// notes is the fast path's reader of the notes object: the full decoder's
// own, once the object is known to be valid JSON (as the full decoder
// knows of the whole record); an error leaves the record to the full
// decoder, which words it.
func (d *fastDecoder) notes(i int, n *Notes) (int, bool) {
	end := jsonscan.SkipValue(d.B, i)
	return end, end > i && json.Valid(d.B[i:end]) && decodeNotes(d.B[i:end], n) == nil
}

// writeNotes writes the notes, when there are any, after a comma: the
// notes on the answers in catalogue order. A note on anything but a
// question of the catalogue, by its canonical ID, is an error.
func writeNotes(b *bytes.Buffer, c *Case) error {
	l := catalogue()
	for id := range c.Notes.Questions {
		if _, ok := l.pos(id); !ok {
			return fmt.Errorf("record: case %s: notes.questions: %s is not the canonical ID of a question of the domain two catalogue (framework.ParseID gives canonical IDs)", enum.Quote(c.ID), enum.Quote(string(id)))
		}
	}
	if c.Notes.IsZero() {
		return nil
	}
	b.WriteString(`,"notes":{`)
	if c.Notes.Case != "" {
		b.WriteString(`"case":`)
		writeJSONString(b, c.Notes.Case)
	}
	sep := `"questions":{`
	if c.Notes.Case != "" {
		sep = `,` + sep
	}
	for _, id := range l.ids {
		if s := c.Notes.Questions[id]; s != "" {
			b.WriteString(sep)
			writeJSONString(b, string(id))
			b.WriteByte(':')
			writeJSONString(b, s)
			sep = ","
		}
	}
	if sep == "," {
		b.WriteByte('}')
	}
	b.WriteByte('}')
	return nil
}

func (n Notes) clone() Notes {
	n.Questions = maps.Clone(n.Questions)
	return n
}

package guidance

import (
	"slices"
	"strings"
	"sync"

	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/internal/carag"
)

// text is the guidance, indexed once.
type text struct {
	intro string
	docs  []doc // questions and key questions, in source order
	byID  map[framework.ID]int
	index searchIndex
}

// doc is the guidance of one question or key question.
type doc struct {
	id         framework.ID
	title      string   // the question or key-question text
	paragraphs []string // the guidance, in source order
	body       string   // paragraphs joined by a blank line
	flat       string   // body on one line, for search and excerpts
}

var load = sync.OnceValue(func() *text {
	d, _, err := carag.Embedded()
	if err != nil {
		// The embedded data is part of the library and tested: with no
		// data, every lookup finds nothing.
		return &text{byID: map[framework.ID]int{}}
	}
	t := &text{byID: make(map[framework.ID]int)}
	t.intro = introduction(d)
	add := func(id, title string, paras []string) {
		t.byID[framework.ID(id)] = len(t.docs)
		body := strings.Join(paras, "\n\n")
		t.docs = append(t.docs, doc{id: framework.ID(id), title: title, paragraphs: paras, body: body, flat: strings.Join(strings.Fields(body), " ")})
	}
	// Source order: the questions about the child, then each key question
	// followed by its questions.
	qi := 0
	addQuestions := func(kq string) {
		for ; qi < len(d.Questions) && d.Questions[qi].KeyQuestion == kq; qi++ {
			q := d.Questions[qi]
			add(q.ID, q.Text, q.Guidance)
		}
	}
	addQuestions("")
	for _, kq := range d.KeyQuestions {
		add(kq.ID, kq.Text, kq.Guidance)
		addQuestions(kq.ID)
	}
	t.index = buildIndex(t.docs)
	return t
})

// introduction renders the opening paragraphs and the key to question
// formats, using the key's own column labels.
func introduction(d *carag.Document) string {
	parts := slices.Clone(d.Introduction)
	parts = append(parts, d.Key.Heading)
	for _, e := range d.Key.Entries {
		var b strings.Builder
		if len(d.Key.Columns) == 2 {
			b.WriteString(d.Key.Columns[0] + ": " + e.Example + " (" + e.Format + ")\n" + d.Key.Columns[1] + " ")
		} else {
			b.WriteString(e.Example + " (" + e.Format + ")\n")
		}
		b.WriteString(strings.Join(e.Represents, " "))
		parts = append(parts, b.String())
	}
	return strings.Join(parts, "\n\n")
}

func (t *text) lookup(id framework.ID) (*doc, bool) {
	i, ok := t.byID[id]
	if !ok {
		canon, err := framework.ParseID(string(id))
		if err != nil {
			return nil, false
		}
		if i, ok = t.byID[canon]; !ok {
			return nil, false
		}
	}
	return &t.docs[i], true
}

// For returns the guidance of a question or key question, paragraphs
// separated by a blank line, and whether there is such a question. The ID may
// be in any form framework.ParseID accepts ("A 1.1" finds A1.1).
//
// Bullet lists are one item a line, starting "• "; sub-items start "  − ".
func For(id framework.ID) (string, bool) {
	d, ok := load().lookup(id)
	if !ok {
		return "", false
	}
	return d.body, true
}

// Paragraphs returns the guidance of a question or key question as a slice of
// paragraphs (a bullet list is one element, its items separated by "\n").
// The slice is the caller's own.
func Paragraphs(id framework.ID) ([]string, bool) {
	d, ok := load().lookup(id)
	if !ok {
		return nil, false
	}
	return slices.Clone(d.paragraphs), true
}

// Introduction returns the opening text of the CARaG and its key to question
// formats (the example question for each format and what the format
// represents), paragraphs separated by a blank line.
func Introduction() string { return load().intro }

// guidedIDs returns the IDs that have guidance, in source order: every question
// and key question of the catalogue.
func guidedIDs() []framework.ID {
	t := load()
	out := make([]framework.ID, len(t.docs))
	for i, d := range t.docs {
		out[i] = d.id
	}
	return out
}

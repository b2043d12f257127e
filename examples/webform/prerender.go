package main

import (
	"bytes"
	"fmt"
	"html/template"
	"strings"

	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/judgement"
)

// questionHTML holds the parts of a question's markup that do not depend on
// the case, rendered once when the server starts with the templates q-open,
// q-head, q-controls, q-text-input and q-tail of parts.html. A page then
// renders only what does: errors, findings and text answers (see
// questionView.HTML). Rendering every question in full for every page took
// most of the case form's server time.
type questionHTML struct {
	open      [4]template.HTML         // by openIndex(error, findings)
	head      template.HTML            // number, text, rule
	controls  map[string]template.HTML // yes-no and level answers, by answer token; "" is not answered
	emptyText template.HTML            // the input of a question answered in words, empty
	emptyNote template.HTML            // the evidence note, empty
	tail      template.HTML            // guidance panel and closing tags
	parts     *template.Template       // for the parts rendered for each page
}

func openIndex(hasError, hasFindings bool) int {
	i := 0
	if hasError {
		i |= 1
	}
	if hasFindings {
		i |= 2
	}
	return i
}

// questionStatic is the view of a question without the case's values: what
// every page shows of it.
func (s *server) questionStatic(q framework.Question) questionView {
	qv := questionView{
		ID: string(q.ID), Number: q.Number, Text: q.Text, Kind: q.Kind.String(), Answer: q.Answer.String(),
		Name: answerField(q.ID), HasGuidance: s.guidance[q.ID].Has,
		pre: s.questions[q.ID],
	}
	if q.Kind == framework.Summary {
		for _, rule := range judgement.SummaryRules() {
			if rule.KeyQuestion == q.KeyQuestion {
				qv.Rule, qv.RuleFact = rule.Source, rule.Fact.Path()
			}
		}
	}
	return qv
}

// prerenderQuestions renders the fixed parts of every question of s.f with
// the templates of parts (s.guidance must be set).
func (s *server) prerenderQuestions(parts *template.Template) (map[framework.ID]*questionHTML, error) {
	exec := func(name string, data any) (template.HTML, error) {
		var buf bytes.Buffer
		if err := parts.ExecuteTemplate(&buf, name, data); err != nil {
			return "", err
		}
		return template.HTML(buf.String()), nil
	}
	out := map[framework.ID]*questionHTML{}
	for _, q := range s.f.Questions() {
		qv := s.questionStatic(q)
		h := &questionHTML{parts: parts}
		var err error
		for _, e := range []bool{false, true} {
			for _, f := range []bool{false, true} {
				v := qv
				if e {
					v.Error = "x"
				}
				if f {
					v.Findings = []findingView{{}}
				}
				if h.open[openIndex(e, f)], err = exec("q-open", v); err != nil {
					return nil, fmt.Errorf("%s: %w", q.ID, err)
				}
			}
		}
		if h.head, err = exec("q-head", qv); err != nil {
			return nil, fmt.Errorf("%s: %w", q.ID, err)
		}
		if h.emptyNote, err = exec("q-note", qv); err != nil {
			return nil, fmt.Errorf("%s: %w", q.ID, err)
		}
		if h.tail, err = exec("q-tail", qv); err != nil {
			return nil, fmt.Errorf("%s: %w", q.ID, err)
		}
		var opts []option
		switch q.Answer {
		case framework.YesNo:
			opts = yesNoOptions
		case framework.LevelAnswer:
			opts = levelOptions()
		}
		if opts == nil {
			if h.emptyText, err = exec("q-text-input", qv); err != nil {
				return nil, fmt.Errorf("%s: %w", q.ID, err)
			}
		} else {
			h.controls = map[string]template.HTML{}
			for _, o := range opts {
				v := qv
				v.Options = choose(opts, o.Value)
				if h.controls[o.Value], err = exec("q-controls", v); err != nil {
					return nil, fmt.Errorf("%s: %w", q.ID, err)
				}
			}
		}
		out[q.ID] = h
	}
	return out, nil
}

// HTML is the question's markup with the case's answer, error, findings
// and evidence note: the parts rendered at start, with only the error, the
// findings, a text answer and a note rendered now (by the templates
// q-error, q-text-input, q-findings and q-note).
func (qv questionView) HTML() (template.HTML, error) {
	var b strings.Builder
	b.Grow(qv.pre.size())
	if err := qv.writeHTML(&b); err != nil {
		return "", err
	}
	return template.HTML(b.String()), nil
}

// size is about the size of a question's markup (more with an error,
// findings or a long text answer).
func (pre *questionHTML) size() int {
	n := len(pre.open[3]) + len(pre.head) + len(pre.tail) + len(pre.emptyText) + len(pre.emptyNote)
	if c, ok := pre.controls[""]; ok {
		n += len(c) + 16
	}
	return n
}

func (qv questionView) writeHTML(b *strings.Builder) error {
	pre := qv.pre
	b.WriteString(string(pre.open[openIndex(qv.Error != "", len(qv.Findings) > 0)]))
	b.WriteString(string(pre.head))
	if qv.Error != "" {
		if err := pre.parts.ExecuteTemplate(b, "q-error", qv); err != nil {
			return err
		}
	}
	if pre.controls != nil {
		c, ok := pre.controls[strings.ToLower(strings.TrimSpace(qv.Value))]
		if !ok {
			c = pre.controls[""] // a value that is none of the choices shows as not answered
		}
		b.WriteString(string(c))
	} else if qv.Value == "" {
		b.WriteString(string(pre.emptyText))
	} else if err := pre.parts.ExecuteTemplate(b, "q-text-input", qv); err != nil {
		return err
	}
	if len(qv.Findings) > 0 {
		if err := pre.parts.ExecuteTemplate(b, "q-findings", qv); err != nil {
			return err
		}
	}
	if qv.Note == "" && qv.NoteError == "" {
		b.WriteString(string(pre.emptyNote))
	} else if err := pre.parts.ExecuteTemplate(b, "q-note", qv); err != nil {
		return err
	}
	b.WriteString(string(pre.tail))
	return nil
}

// questionList is the questions of a section of the case form.
type questionList []questionView

// HTML is the markup of every question of the list, in order (one call from
// the template for the list, rather than one for each question).
func (l questionList) HTML() (template.HTML, error) {
	n := 0
	for _, qv := range l {
		n += qv.pre.size() + 1
	}
	var b strings.Builder
	b.Grow(n + n/8)
	for _, qv := range l {
		if err := qv.writeHTML(&b); err != nil {
			return "", fmt.Errorf("question %s: %w", qv.ID, err)
		}
		b.WriteByte('\n')
	}
	return template.HTML(b.String()), nil
}

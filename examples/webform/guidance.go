package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"html/template"
	"net/http"

	"github.com/yjinspect/yjinspect/framework"
)

// renderedGuidance is the guidance of one question or key question, made
// once when the server starts: the HTML of its own page, and the JSON the
// case form fetches when the question's guidance is opened.
type renderedGuidance struct {
	HTML template.HTML
	JSON []byte
	Has  bool // whether the source has any guidance for it
}

// guidanceJSON is the form of /api/guidance/{id}: the guidance as
// paragraphs and lists, which the form's script builds into elements with
// textContent, never as HTML.
type guidanceJSON struct {
	ID     string          `json:"id"`
	Blocks []guidanceBlock `json:"blocks"`
}

// MarshalJSON gives a block as {"text": ...} or {"items": [...]}.
func (b guidanceBlock) MarshalJSON() ([]byte, error) {
	if b.Items != nil {
		return json.Marshal(struct {
			Items []guidanceItem `json:"items"`
		}{b.Items})
	}
	return json.Marshal(struct {
		Text string `json:"text"`
	}{b.Text})
}

// MarshalJSON gives an item as {"text": ..., "sub": [...]}.
func (it guidanceItem) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Text string   `json:"text"`
		Sub  []string `json:"sub,omitempty"`
	}{it.Text, it.Sub})
}

// renderGuidance renders the guidance of every question and key question
// of f with the "guidance" template of parts.
func renderGuidance(f *framework.Framework, parts *template.Template) (map[framework.ID]renderedGuidance, error) {
	var ids []framework.ID
	for _, q := range f.Questions() {
		ids = append(ids, q.ID)
	}
	for _, kq := range f.KeyQuestions() {
		ids = append(ids, kq.ID)
	}
	out := make(map[framework.ID]renderedGuidance, len(ids))
	for _, id := range ids {
		blocks := guidanceBlocks(id)
		var buf bytes.Buffer
		if err := parts.ExecuteTemplate(&buf, "guidance", blocks); err != nil {
			return nil, fmt.Errorf("rendering the guidance of %s: %w", id, err)
		}
		if blocks == nil {
			blocks = []guidanceBlock{}
		}
		js, err := json.Marshal(guidanceJSON{ID: string(id), Blocks: blocks})
		if err != nil {
			return nil, fmt.Errorf("encoding the guidance of %s: %w", id, err)
		}
		out[id] = renderedGuidance{HTML: template.HTML(buf.String()), JSON: js, Has: len(blocks) > 0}
	}
	return out, nil
}

// handleAPIGuidance sends a question's guidance as JSON (guidanceJSON), for
// the case form to show when the question's guidance is opened.
func (s *server) handleAPIGuidance(w http.ResponseWriter, r *http.Request) {
	id, err := framework.ParseID(r.PathValue("id"))
	g, ok := s.guidance[id]
	if err != nil || !ok {
		w.Header().Set("Content-Type", "application/json; charset=utf-8")
		w.WriteHeader(http.StatusNotFound)
		_, _ = w.Write([]byte(`{"error":"no such question"}` + "\n"))
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	_, _ = w.Write(g.JSON)
}

// guidanceDetails is what the "guidance-details" template shows.
type guidanceDetails struct {
	ID, Number string
	Key        bool // a key question's guidance
	Has        bool
}

// GuidanceDetails gives the template the question's guidance panel.
func (q questionView) GuidanceDetails() guidanceDetails {
	return guidanceDetails{ID: q.ID, Number: q.Number, Has: q.HasGuidance}
}

// GuidanceDetails gives the template the key question's guidance panel.
func (kq keyQuestionView) GuidanceDetails() guidanceDetails {
	return guidanceDetails{ID: kq.ID, Number: kq.Number, Key: true, Has: kq.HasGuidance}
}

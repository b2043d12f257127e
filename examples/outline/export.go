package main

import (
	"fmt"
	"io"
	"math"
	"strings"
	"unicode/utf8"

	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/guidance"
	"github.com/yjinspect/yjinspect/internal/carag"
	"github.com/yjinspect/yjinspect/internal/xlsx"
	"github.com/yjinspect/yjinspect/judgement"
)

// This file writes the catalogue as a spreadsheet (-format xlsx). The JSON
// form (-format json) is framework.CatalogueJSON, written as it is.

// The sheets of the workbook, in tab order.
const (
	sheetQuestions    = "Questions"
	sheetKeyQuestions = "Key questions"
	sheetStandards    = "Standards"
	sheetKey          = "Key"
	sheetAbout        = "About"
)

// questionColumns are the columns of the Questions sheet, one row a
// question in source order.
var questionColumns = []struct {
	head  string
	width float64
}{
	{"Section", 16}, {"Standard", 18}, {"Key question", 9}, {"Question", 15}, {"Number printed", 9},
	{"Kind", 13}, {"Kind from", 11}, {"Answer", 12}, {"Question text", 48}, {"Guidance (CARaG)", 80},
	{"Summary decided by", 14}, {"Summary is Yes where", 24}, {"Rule's source (CARaG)", 42},
}

// guidanceColumn is the column of the guidance on the Questions sheet.
const guidanceColumn = 9

// ruleColumns gives a summary question what decides it: the summary rule
// of its key question (judgement.SummaryRules), or the inspector. Any other
// question gets three empty strings.
func ruleColumns(q framework.Question, rules map[framework.ID]judgement.SummaryRule) [3]string {
	if q.Kind != framework.Summary {
		return [3]string{}
	}
	r, ok := rules[q.ID]
	if !ok {
		return [3]string{judgement.Inspector.Label(), "no rule: the inspector's judgement", ""}
	}
	return [3]string{r.By.Label(), r.Fact.Path() + " is false", r.Source}
}

// kindFrom says whether a question's kind is shown by the source's key or
// assigned by the catalogue's rule.
func kindFrom(q framework.Question) string {
	if q.KindInferred {
		return "inferred"
	}
	return "the key"
}

// standardName is "2.1 Assessment", or "" for a key question of no
// standard.
func standardName(f *framework.Framework, id framework.ID) string {
	if s, ok := standard(f, id); ok {
		return string(s.ID) + " " + s.Name
	}
	return ""
}

// lineHeight is the height of a line of 11-point Calibri, in points, and
// charsPerWidth the characters of text that fit in a unit of column width
// (the width of a digit; text is narrower on the whole). Both are
// estimates, checked by eye in LibreOffice's rendering.
const (
	lineHeight    = 15
	charsPerWidth = 1.2
)

// fit sets the height of a row to its tallest cell of wrapped text, from
// the number of lines each cell's text wraps to in its column's width (in
// characters): spreadsheet programs do not fit rows to wrapped text when
// they open a file. Rows are at most 409 points, the most spreadsheet
// programs take: a cell of longer text (the guidance of a few questions)
// is cut on screen and in print, and holds all of it.
func fit(s *xlsx.Sheet, row int, texts []string, widths []float64) {
	lines := 1
	for i, text := range texts {
		n := 0
		for _, line := range strings.Split(text, "\n") {
			n += max(1, int(math.Ceil(float64(utf8.RuneCountInString(line))/(widths[i]*charsPerWidth))))
		}
		lines = max(lines, n)
	}
	if lines > 1 {
		s.Height(row, float64(lines*lineHeight+3))
	}
}

// workbook builds the catalogue's workbook.
func workbook(f *framework.Framework) (*xlsx.Workbook, error) {
	doc, err := carag.Parse(framework.CatalogueJSON())
	if err != nil {
		return nil, err
	}
	rules := map[framework.ID]judgement.SummaryRule{}
	for _, r := range judgement.SummaryRules() {
		rules[r.Summary] = r
	}
	wb := &xlsx.Workbook{}

	qs := wb.AddSheet(sheetQuestions)
	qs.FreezeRows, qs.FreezeCols, qs.Landscape = 1, 4, true
	qWidths := make([]float64, len(questionColumns))
	qHeads := make([]string, len(questionColumns))
	for c, col := range questionColumns {
		qs.Set(0, c, xlsx.Str(col.head, xlsx.Header))
		qs.Width(c, col.width)
		qWidths[c], qHeads[c] = col.width, col.head
	}
	fit(qs, 0, qHeads, qWidths)
	for i, q := range f.Questions() {
		row := i + 1
		std := ""
		if kq, ok := f.KeyQuestion(q.KeyQuestion); ok {
			std = standardName(f, kq.Standard)
		}
		g, _ := guidance.For(q.ID)
		rule := ruleColumns(q, rules)
		style := xlsx.Wrap
		if q.Kind == framework.Summary {
			style = xlsx.Section // the source prints summary judgements in bold
		}
		texts := []string{q.Section, std, string(q.KeyQuestion), string(q.ID), q.Number,
			q.Kind.Label(), kindFrom(q), q.Answer.Label(), q.Text, g, rule[0], rule[1], rule[2]}
		for c, v := range texts {
			st := style
			if c >= guidanceColumn {
				st = xlsx.Wrap // long text is easier to read in plain type
			}
			if v != "" {
				qs.Set(row, c, xlsx.Str(v, st))
			}
		}
		fit(qs, row, texts, qWidths)
	}

	ks := wb.AddSheet(sheetKeyQuestions)
	ks.FreezeRows, ks.FreezeCols, ks.Landscape = 1, 2, true
	kqHeads := []struct {
		head  string
		width float64
	}{{"Standard", 18}, {"Key question", 9}, {"Number printed", 9}, {"Area", 22}, {"Section", 16}, {"Key question text", 44},
		{"Guidance (CARaG)", 80}, {"Questions", 10}, {"Summary", 9}, {"Summary decided by", 14}, {"Summary is Yes where", 24}, {"Rule's source (CARaG)", 42}}
	kWidths := make([]float64, len(kqHeads))
	kHeads := make([]string, len(kqHeads))
	for c, h := range kqHeads {
		ks.Set(0, c, xlsx.Str(h.head, xlsx.Header))
		ks.Width(c, h.width)
		kWidths[c], kHeads[c] = h.width, h.head
	}
	fit(ks, 0, kHeads, kWidths)
	for i, kq := range f.KeyQuestions() {
		g, _ := guidance.For(kq.ID)
		var rule [3]string
		if q, ok := f.Question(kq.Summary); ok {
			rule = ruleColumns(q, rules)
		}
		texts := []string{standardName(f, kq.Standard), string(kq.ID), kq.Number, kq.Area.Label(), kq.Section, kq.Text,
			g, "", string(kq.Summary), rule[0], rule[1], rule[2]}
		for c, v := range texts {
			if v != "" {
				ks.Set(i+1, c, xlsx.Str(v, xlsx.Wrap))
			}
		}
		fit(ks, i+1, texts, kWidths)
		ks.Set(i+1, 7, xlsx.Num(float64(len(kq.Questions)), xlsx.Wrap))
	}

	ss := wb.AddSheet(sheetStandards)
	ss.FreezeRows, ss.Landscape = 1, true
	for c, h := range []string{"Standard", "Name", "Key questions"} {
		ss.Set(0, c, xlsx.Str(h, xlsx.Header))
	}
	ss.Width(0, 10)
	ss.Width(1, 28)
	ss.Width(2, 20)
	for i, s := range f.Standards() {
		kqs := make([]string, len(s.KeyQuestions))
		for j, id := range s.KeyQuestions {
			kqs[j] = string(id)
		}
		ss.Set(i+1, 0, xlsx.Str(string(s.ID), xlsx.Plain))
		ss.Set(i+1, 1, xlsx.Str(s.Name, xlsx.Plain))
		ss.Set(i+1, 2, xlsx.Str(strings.Join(kqs, ", "), xlsx.Plain))
	}

	ky := wb.AddSheet(sheetKey)
	ky.Landscape = true
	ky.Set(0, 0, xlsx.Str(doc.Key.Heading+" the source's key to question formats", xlsx.Title))
	for c, h := range []string{"Kind", doc.Key.Columns[0], doc.Key.Columns[1]} {
		ky.Set(1, c, xlsx.Str(h, xlsx.Header))
	}
	ky.Width(0, 20)
	ky.Width(1, 60)
	ky.Width(2, 60)
	for i, e := range doc.Key.Entries {
		k, err := framework.ParseKind(e.Kind)
		if err != nil {
			return nil, err
		}
		texts := []string{k.Label(), e.Format + "\n" + e.Example, strings.Join(e.Represents, "\n")}
		for c, v := range texts {
			ky.Set(i+2, c, xlsx.Str(v, xlsx.Wrap))
		}
		fit(ky, i+2, texts, []float64{20, 60, 60})
	}

	ab := wb.AddSheet(sheetAbout)
	ab.Landscape = true
	ab.Width(0, 24)
	ab.Width(1, 100)
	ab.Set(0, 0, xlsx.Str(doc.Title, xlsx.Title))
	about := [][2]string{
		{"Publisher", doc.Publisher},
		{"Catalogue", f.Version()},
		{"Which text", "The domain two (court disposals) framework used for inspections before the inspectorate's new youth inspection framework of spring 2025; it does not encode the 2025 framework. The source carries no edition number: the catalogue's digest tells versions apart."},
		{sheetQuestions, fmt.Sprintf("One row a question, %d in all, in source order: the questions about the child (I1), each key question's questions with its summary judgement last, and the case manager interview (O2). Kind is the source's key (Key sheet); \"inferred\" means the colours of the key did not survive in the text and the kind was assigned by the catalogue's rule (see the framework package's documentation). For each summary judgement, the rule of the CARaG that decides it where there is nothing to judge, or none (the inspector's judgement).", len(f.Questions()))},
		{sheetKeyQuestions, "One row a key question, with its guidance, its area and its summary judgement."},
		{sheetStandards, "The four standards of domain two and their key questions."},
		{"Licence", "The CARaG is Crown copyright. Contains public sector information licensed under the Open Government Licence v3.0."},
		{"Made by", "outline -format xlsx, github.com/yjinspect/yjinspect"},
	}
	for i, r := range about {
		ab.Set(i+2, 0, xlsx.Str(r[0], xlsx.Bold))
		ab.Set(i+2, 1, xlsx.Str(r[1], xlsx.Wrap))
		fit(ab, i+2, r[:], []float64{24, 100})
	}
	return wb, nil
}

// writeXLSX writes the catalogue's workbook to w.
func writeXLSX(f *framework.Framework, w io.Writer) error {
	wb, err := workbook(f)
	if err != nil {
		return err
	}
	return wb.Write(w)
}

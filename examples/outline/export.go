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

// column is a column of a sheet: its header and its width in characters.
type column struct {
	head  string
	width float64
}

// questionColumns are the columns of the Questions sheet, one row a
// question in source order.
var questionColumns = []column{
	{"Section", 16}, {"Standard", 18}, {"Key question", 9}, {"Question", 15}, {"Number printed", 9},
	{"Kind", 13}, {"Kind from", 11}, {"Answer", 12}, {"Question text", 48}, {"Guidance (CARaG)", 90},
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

// header writes a sheet's header row (at row) and column widths, and
// returns the widths.
func header(s *xlsx.Sheet, row int, cols []column) []float64 {
	widths := make([]float64, len(cols))
	heads := make([]string, len(cols))
	for c, col := range cols {
		s.Set(row, c, xlsx.Str(col.head, xlsx.Header))
		s.Width(c, col.width)
		widths[c], heads[c] = col.width, col.head
	}
	fit(s, row, heads, widths)
	return widths
}

// writeRow writes the texts of a row that are not empty, each in the style
// style gives its column, and fits the row's height to them.
func writeRow(s *xlsx.Sheet, row int, texts []string, widths []float64, style func(col int) xlsx.Style) {
	for c, v := range texts {
		if v != "" {
			s.Set(row, c, xlsx.Str(v, style(c)))
		}
	}
	fit(s, row, texts, widths)
}

func wrap(int) xlsx.Style { return xlsx.Wrap }

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
	qWidths := header(qs, 0, questionColumns)
	for i, q := range f.Questions() {
		row := i + 1
		std := ""
		if kq, ok := f.KeyQuestion(q.KeyQuestion); ok {
			std = standardName(f, kq.Standard)
		}
		g, _ := guidance.For(q.ID)
		rule := ruleColumns(q, rules)
		style := wrap
		if q.Kind == framework.Summary {
			// The source prints summary judgements in bold; long text is
			// easier to read in plain type.
			style = func(c int) xlsx.Style {
				if c < guidanceColumn {
					return xlsx.Section
				}
				return xlsx.Wrap
			}
		}
		writeRow(qs, row, []string{q.Section, std, string(q.KeyQuestion), string(q.ID), q.Number,
			q.Kind.Label(), kindFrom(q), q.Answer.Label(), q.Text, g, rule[0], rule[1], rule[2]}, qWidths, style)
	}

	ks := wb.AddSheet(sheetKeyQuestions)
	ks.FreezeRows, ks.FreezeCols, ks.Landscape = 1, 2, true
	kWidths := header(ks, 0, []column{{"Standard", 18}, {"Key question", 9}, {"Number printed", 9}, {"Area", 22}, {"Section", 16}, {"Key question text", 44},
		{"Guidance (CARaG)", 80}, {"Questions", 10}, {"Summary", 9}, {"Summary decided by", 14}, {"Summary is Yes where", 24}, {"Rule's source (CARaG)", 42}})
	for i, kq := range f.KeyQuestions() {
		g, _ := guidance.For(kq.ID)
		var rule [3]string
		if q, ok := f.Question(kq.Summary); ok {
			rule = ruleColumns(q, rules)
		}
		writeRow(ks, i+1, []string{standardName(f, kq.Standard), string(kq.ID), kq.Number, kq.Area.Label(), kq.Section, kq.Text,
			g, "", string(kq.Summary), rule[0], rule[1], rule[2]}, kWidths, wrap)
		ks.Set(i+1, 7, xlsx.Num(float64(len(kq.Questions)), xlsx.Wrap))
	}

	ss := wb.AddSheet(sheetStandards)
	ss.FreezeRows, ss.Landscape = 1, true
	sWidths := header(ss, 0, []column{{"Standard", 10}, {"Name", 28}, {"Key questions", 20}})
	for i, s := range f.Standards() {
		kqs := make([]string, len(s.KeyQuestions))
		for j, id := range s.KeyQuestions {
			kqs[j] = string(id)
		}
		writeRow(ss, i+1, []string{string(s.ID), s.Name, strings.Join(kqs, ", ")}, sWidths, wrap)
	}

	ky := wb.AddSheet(sheetKey)
	ky.Landscape = true
	ky.Set(0, 0, xlsx.Str(doc.Key.Heading+" the source's key to question formats", xlsx.Title))
	keyWidths := header(ky, 1, []column{{"Kind", 20}, {doc.Key.Columns[0], 60}, {doc.Key.Columns[1], 60}})
	for i, e := range doc.Key.Entries {
		k, err := framework.ParseKind(e.Kind)
		if err != nil {
			return nil, err
		}
		writeRow(ky, i+2, []string{k.Label(), e.Format + "\n" + e.Example, strings.Join(e.Represents, "\n")}, keyWidths, wrap)
	}

	ab := wb.AddSheet(sheetAbout)
	ab.Landscape = true
	aboutWidths := []float64{24, 100}
	ab.Width(0, aboutWidths[0])
	ab.Width(1, aboutWidths[1])
	ab.Set(0, 0, xlsx.Str(doc.Title, xlsx.Title))
	about := [][2]string{
		{"Publisher", doc.Publisher},
		{"Catalogue", f.Version()},
		{"Which text", "The domain two (court disposals) framework used for inspections before the inspectorate's new youth inspection framework of spring 2025; it does not encode the 2025 framework. The source carries no edition number: the catalogue's digest tells versions apart."},
		{sheetQuestions, fmt.Sprintf("One row a question, %d in all, in source order: the questions about the child (I1), each key question's questions with its summary judgement last, and the case manager interview (O2). Kind is the source's key (Key sheet); \"inferred\" means the colours of the key did not survive in the text and the kind was assigned by the catalogue's rule (see the framework package's documentation). For each summary judgement, the rule of the CARaG that decides it where there is nothing to judge, or none (the inspector's judgement). A row shows at most 409 points of text, the most spreadsheet programs allow: the guidance of a few questions is longer, and its cell holds all of it (select the cell to read it).", len(f.Questions()))},
		{sheetKeyQuestions, "One row a key question, with its guidance, its area and its summary judgement."},
		{sheetStandards, "The four standards of domain two and their key questions."},
		{"Licence", "The CARaG is Crown copyright. Contains public sector information licensed under the Open Government Licence v3.0."},
		{"Made by", "outline -format xlsx, github.com/yjinspect/yjinspect"},
	}
	for i, r := range about {
		writeRow(ab, i+2, r[:], aboutWidths, func(c int) xlsx.Style { return []xlsx.Style{xlsx.Bold, xlsx.Wrap}[c] })
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

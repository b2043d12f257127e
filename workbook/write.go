package workbook

import (
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf16"

	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/guidance"
	"github.com/yjinspect/yjinspect/internal/xlsx"
	"github.com/yjinspect/yjinspect/profile"
	"github.com/yjinspect/yjinspect/record"
)

// The names of the sheets that are not case sheets.
const (
	SheetInstructions = "Instructions"
	SheetSummary      = "Summary"
	SheetGuidance     = "Guidance"
	SheetLists        = "Lists"
)

// casePrefix starts the name of every case sheet: "Case 1", "Case 2", ...
const casePrefix = "Case "

// MaxCases is the most cases a workbook holds: LibreOffice opens at most
// 10,000 sheets, and a workbook has four sheets besides the cases.
const MaxCases = 10000 - 4

// The labels of the Instructions sheet's rows that the reader checks, and
// of those that record the audit profile (under a profile only), which it
// reads back.
const (
	labelFormat      = "Workbook format"
	labelCatalogue   = "Catalogue version"
	formatName       = "yjinspect audit workbook, version 1"
	labelProfileName = "Profile name"
	labelProfileID   = "Profile ID"
	labelProfileKQs  = "Profile key questions"
)

// profileLabels are the labels of the profile's rows, in their order.
var profileLabels = []string{labelProfileName, labelProfileID, labelProfileKQs}

// Options are the choices of Write.
type Options struct {
	// Protect protects the case sheets, so that only the cells to fill in
	// (yellow) can be changed. Without a password: it guards against
	// slips, not people.
	Protect bool
	// Profile is the audit profile (package profile): the case sheets hold
	// the questions of its key questions only (and those about the child),
	// and the summary its key questions. The zero Profile is the whole
	// framework. It must be valid (profile.Profile.Validate). The
	// Instructions sheet records it, in rows of its own, and ReadAudit
	// reads it back; a profile that covers the whole framework
	// (profile.Profile.Whole) is written as the zero Profile is, with no
	// such rows, and reads back as the zero Profile.
	Profile profile.Profile
}

// Blank returns n empty case records of an inspection, for an audit
// workbook with IDs to fill in: each has no ID, and inspection as its
// Inspection ("" for none). n must be from 1 to MaxCases, and inspection
// "" or an ID by the ID rule (record.CheckID).
func Blank(n int, inspection string) ([]record.Case, error) {
	if n < 1 || n > MaxCases {
		return nil, &Error{Reason: fmt.Sprintf("%d cases: want 1 to %d", n, MaxCases)}
	}
	if inspection != "" {
		if err := record.CheckID(inspection); err != nil {
			return nil, &Error{Field: keyInspection, Value: inspection, Reason: "not an ID: " + err.Error()}
		}
	}
	out := make([]record.Case, n)
	for i := range out {
		out[i].Inspection = inspection
	}
	return out, nil
}

// Write writes an audit workbook of the cases (see the package doc): an
// instructions sheet, a summary sheet, a sheet for each case, the CARaG's
// guidance and the drop-down lists. A case may have no ID (Blank makes
// such cases, to fill in); it is an error (a *Error) to give more than
// MaxCases cases or none, an ID or inspection that breaks the ID rule, an
// ID twice, a text longer than a cell holds (32,767 characters), a profile
// that profile.Profile.Validate refuses, or an answer or a note outside the
// profile.
func Write(w io.Writer, cases []record.Case, opt Options) error { return write(w, cases, opt, nil) }

// typed is what a person typed in a case sheet's answer cell, in place of
// what Write writes: by case index and key (tests use it).
type typed map[int]map[string]string

func write(w io.Writer, cases []record.Case, opt Options, hand typed) error {
	if len(cases) == 0 || len(cases) > MaxCases {
		return &Error{Reason: fmt.Sprintf("%d cases: want 1 to %d", len(cases), MaxCases)}
	}
	if err := opt.Profile.Validate(); err != nil {
		return &Error{Reason: err.Error()}
	}
	seen := map[string]int{}
	for i, c := range cases {
		sheet := caseSheet(i)
		for _, f := range []struct{ key, v string }{{keyID, c.ID}, {keyInspection, c.Inspection}} {
			if f.v == "" {
				continue
			}
			if err := record.CheckID(f.v); err != nil {
				return &Error{Sheet: sheet, Case: c.ID, Field: f.key, Value: f.v, Reason: "not an ID: " + err.Error()}
			}
		}
		if e := checkCovered(sheet, &c, opt.Profile, "write the workbook with a profile that covers it"); e != nil {
			return e
		}
		if prev, ok := seen[c.ID]; ok && c.ID != "" {
			return &Error{Sheet: sheet, Case: c.ID, Field: keyID, Value: c.ID, Reason: "the same ID as " + caseSheet(prev)}
		}
		seen[c.ID] = i
	}

	var wb xlsx.Workbook
	instr := wb.AddSheet(SheetInstructions)
	sum := wb.AddSheet(SheetSummary)
	sheets := make([]*xlsx.Sheet, len(cases))
	for i := range cases {
		sheets[i] = wb.AddSheet(caseSheet(i))
	}
	guide := wb.AddSheet(SheetGuidance)
	lst := wb.AddSheet(SheetLists)

	listRange := writeLists(lst)
	guideRow := writeGuidance(guide)
	// Each case sheet is filled as it is written (a workbook of many cases
	// is never all in memory); the rows the summary reads, and the texts
	// too long for a cell, are known first.
	ats := make([]map[string]int, len(cases))
	for i := range cases {
		at, err := checkCase(sheets[i].Name, &cases[i], opt.Profile, hand[i])
		if err != nil {
			return err
		}
		ats[i] = at
		sheets[i].Fill = func(s *xlsx.Sheet) error {
			writeCase(s, &cases[i], opt, listRange, guideRow, hand[i])
			return nil
		}
	}
	writeSummary(sum, cases, ats, opt.Profile)
	writeInstructions(instr, cases, opt.Profile)
	if err := wb.Write(w); err != nil {
		var xe *xlsx.Error
		if errors.As(err, &xe) {
			return &Error{Reason: xe.Error()}
		}
		return err
	}
	return nil
}

// checkCovered refuses a case with an answer or a note the profile's
// sheet has no row for (writing it would lose it; reading it would give a
// case the workbook's profile leaves out), with a hint of what to do.
func checkCovered(sheet string, c *record.Case, p profile.Profile, hint string) *Error {
	f := framework.DomainTwo()
	for _, q := range f.Questions() {
		if covered(p, q) {
			continue
		}
		_, answered := c.Answers.Get(q.ID)
		if answered || c.Notes.Questions[q.ID] != "" {
			return &Error{Sheet: sheet, Case: c.ID, Field: string(q.ID),
				Reason: "answered or noted, but the profile " + strconv.Quote(p.ID) + " does not cover key question " + string(q.KeyQuestion) + " (" + hint + ")"}
		}
	}
	return nil
}

func caseSheet(i int) string { return casePrefix + strconv.Itoa(i+1) }

// writeLists writes the drop-down lists, a column each, and returns the
// range of each.
func writeLists(s *xlsx.Sheet) map[*choice]string {
	s.Hidden = true
	out := map[*choice]string{}
	for j, l := range lists {
		s.Width(j, 40)
		s.Set(0, j, xlsx.Str(l.name, xlsx.Header))
		for i, v := range l.values {
			s.Set(1+i, j, xlsx.Str(v, xlsx.Plain))
		}
		out[l] = xlsx.QuoteSheet(SheetLists) + "!$" + xlsx.ColName(j) + "$2:$" + xlsx.ColName(j) + "$" + strconv.Itoa(1+len(l.values))
	}
	return out
}

// writeGuidance writes each question with its CARaG guidance, and returns
// the row of each.
func writeGuidance(s *xlsx.Sheet) map[framework.ID]int {
	s.FreezeRows = 2
	s.Landscape = true
	s.Width(0, 14)
	s.Width(1, 45)
	s.Width(2, 150)
	s.Set(0, 0, xlsx.Str("The CARaG's guidance to each question, in the source's words", xlsx.Title))
	for j, h := range []string{"Question", "The question", "Guidance"} {
		s.Set(1, j, xlsx.Str(h, xlsx.Header))
	}
	out := map[framework.ID]int{}
	r := 2
	for _, q := range framework.DomainTwo().Questions() {
		g, _ := guidance.For(q.ID)
		s.Set(r, 0, xlsx.Str(string(q.ID), xlsx.Bold))
		s.Set(r, 1, xlsx.Str(q.Text, xlsx.Wrap))
		if g == "" {
			g = "(The CARaG gives no guidance to this question.)"
		}
		s.Set(r, 2, xlsx.Str(g, xlsx.Wrap))
		out[q.ID] = r
		r++
	}
	s.FitHeight()
	return out
}

// writeCase writes a case's sheet (checkCase has checked it).
func writeCase(s *xlsx.Sheet, c *record.Case, opt Options, listRange map[*choice]string, guideRow map[framework.ID]int, hand map[string]string) {
	s.FreezeRows = firstRow
	s.Protected = opt.Protect
	s.Landscape = true
	for col, w := range [numCols]float64{colKey: 36, colQuestion: 64, colAnswer: 24, colNotes: 40, colGuidance: 10} {
		s.Width(col, w)
	}
	s.Set(0, colKey, xlsx.Str(s.Name, xlsx.Title))
	s.Set(0, colQuestion, xlsx.Str("Fill in the yellow cells; where a cell has a drop-down, choose from it. Do not change column A: it names each row.", xlsx.Wrap))
	for col, h := range [numCols]string{colKey: "Question or field", colQuestion: "Question", colAnswer: "Answer", colNotes: "Notes: the evidence behind the answer", colGuidance: "CARaG guidance"} {
		s.Set(1, col, xlsx.Str(h, xlsx.Header))
	}
	byList := map[*choice][]string{}
	for i, r := range profileRows(c, opt.Profile) {
		n := firstRow + i
		if r.key == "" {
			for col := range numCols {
				s.Set(n, col, xlsx.Cell{Style: xlsx.Section})
			}
			s.Set(n, colQuestion, xlsx.Str(r.text, xlsx.Section))
			continue
		}
		s.Set(n, colKey, xlsx.Str(r.key, xlsx.Plain))
		s.Set(n, colQuestion, xlsx.Str(r.text, xlsx.Wrap))
		v := r.get(c)
		if h, ok := hand[r.key]; ok {
			v = h
		}
		input(s, n, colAnswer, v)
		if r.question != "" {
			input(s, n, colNotes, c.Notes.Questions[r.question])
		}
		if r.list != nil {
			byList[r.list] = append(byList[r.list], xlsx.CellName(n, colAnswer))
		}
		if g, ok := guideRow[r.guidance]; ok {
			s.Set(n, colGuidance, xlsx.Str("Guidance", xlsx.Link))
			s.LinkTo(n, colGuidance, xlsx.Ref(SheetGuidance, g, 2, false))
		}
	}
	for _, l := range lists {
		if cells := byList[l]; len(cells) > 0 {
			s.ListRange(listRange[l], cells...)
		}
	}
	s.FitHeight()
}

// checkCase returns the rows of a case's sheet that the summary's formulas
// read (keyed by the keys in column A), and refuses a text longer than a
// cell holds.
func checkCase(sheet string, c *record.Case, p profile.Profile, hand map[string]string) (map[string]int, error) {
	at := map[string]int{}
	for i, r := range profileRows(c, p) {
		if r.key == "" {
			continue
		}
		n := firstRow + i
		v := r.get(c)
		if h, ok := hand[r.key]; ok {
			v = h
		}
		texts := []struct {
			col int
			v   string
		}{{colAnswer, v}}
		if r.question != "" {
			texts = append(texts, struct {
				col int
				v   string
			}{colNotes, c.Notes.Questions[r.question]})
		}
		for _, t := range texts {
			if units := len(utf16.Encode([]rune(t.v))); units > xlsx.MaxTextLen {
				return nil, &Error{Sheet: sheet, Cell: xlsx.CellName(n, t.col), Case: c.ID, Field: r.key,
					Reason: fmt.Sprintf("text of %d characters, more than a cell holds (%d)", units, xlsx.MaxTextLen)}
			}
		}
		if summaryReads(r.key) {
			at[r.key] = n
		}
	}
	return at, nil
}

// summaryReads reports whether the summary's formulas read a key's row:
// the case ID, I1.1, the facts, the summary questions.
func summaryReads(key string) bool {
	if key == keyID || key == "I1.1" {
		return true
	}
	if _, ok := record.LookupFact(key); ok {
		return true
	}
	q, ok := framework.DomainTwo().Question(framework.ID(key))
	return ok && q.Kind == framework.Summary
}

// input writes a cell to fill in.
func input(s *xlsx.Sheet, row, col int, v string) {
	if v == "" {
		s.Set(row, col, xlsx.Cell{Style: xlsx.Input})
	} else {
		s.Set(row, col, xlsx.Str(v, xlsx.Input))
	}
}

// summaryKQs are the key questions the summary shows: those of the
// standards that the profile covers.
func summaryKQs(p profile.Profile) []framework.KeyQuestion {
	var out []framework.KeyQuestion
	for _, kq := range framework.DomainTwo().KeyQuestions() {
		if kq.Standard != "" && p.Covers(kq.ID) {
			out = append(out, kq)
		}
	}
	return out
}

// The summary's layout: its header row, its first case row and its fixed
// columns before the key questions.
const (
	sumHeader   = 2
	sumFirst    = 3
	sumSheetCol = 0
	sumIDCol    = 1
	sumExclCol  = 2
	sumFirstKQ  = 3
)

func writeSummary(s *xlsx.Sheet, cases []record.Case, ats []map[string]int, p profile.Profile) {
	kqs := summaryKQs(p)
	s.FreezeRows, s.FreezeCols = sumFirst, 2
	s.Landscape = true
	s.Width(sumSheetCol, 10)
	s.Width(sumIDCol, 18)
	s.Width(sumExclCol, 11)
	for j := range kqs {
		s.Width(sumFirstKQ+j, 11)
	}
	s.Set(0, 0, xlsx.Str("Summary: each key question's summary judgement of each case, computed as the case sheets are filled in", xlsx.Title))
	s.Set(1, 0, xlsx.Str("Yes where a rule of the CARaG decides it (see Instructions), otherwise the summary recorded on the case sheet; \""+Undecided+"\" where there is none; \""+Excluded+"\" for a case excluded from the sample; \""+SeeTheTool+"\" where a cell holds a value typed by hand that these formulas do not read (the tool reads it).", xlsx.Wrap))
	s.Merge(1, 0, sumFirstKQ+len(kqs)-1)
	s.Height(1, 32)
	s.Set(sumHeader, sumSheetCol, xlsx.Str("Sheet", xlsx.Header))
	s.Set(sumHeader, sumIDCol, xlsx.Str("Case ID", xlsx.Header))
	s.Set(sumHeader, sumExclCol, xlsx.Str("Sample", xlsx.Header))
	for j, kq := range kqs {
		s.Set(sumHeader, sumFirstKQ+j, xlsx.Str(string(kq.ID), xlsx.Header))
	}
	for i := range cases {
		n := sumFirst + i
		f := formulas{sheet: caseSheet(i), at: ats[i]}
		s.Set(n, sumSheetCol, xlsx.Str(f.sheet, xlsx.Link))
		s.LinkTo(n, sumSheetCol, xlsx.Ref(f.sheet, 0, 0, false))
		id := f.cell(keyID)
		s.Set(n, sumIDCol, xlsx.Fx("IF("+id+`="","",`+id+")", xlsx.Plain))
		s.Set(n, sumExclCol, xlsx.Fx(f.exclusion(), xlsx.Result))
		for j, kq := range kqs {
			s.Set(n, sumFirstKQ+j, xlsx.Fx(f.keyQuestion(kq, "$"+xlsx.CellName(n, sumExclCol)), xlsx.Result))
		}
	}
	// The counts of each result, under the cases.
	n := sumFirst + len(cases) + 1
	for k, v := range []string{record.Yes.Label(), record.No.Label(), record.NotApplicable.Label(), Undecided, Excluded, SeeTheTool} {
		s.Set(n+k, sumIDCol, xlsx.Str("Cases: "+v, xlsx.Bold))
		for j := range kqs {
			col := xlsx.ColName(sumFirstKQ + j)
			rng := col + strconv.Itoa(sumFirst+1) + ":" + col + strconv.Itoa(sumFirst+len(cases))
			s.Set(n+k, sumFirstKQ+j, xlsx.Fx("COUNTIF("+rng+","+quote(v)+")", xlsx.Plain))
		}
	}
}

func writeInstructions(s *xlsx.Sheet, cases []record.Case, p profile.Profile) {
	defer s.FitHeight()
	s.Landscape = true
	s.Width(0, 22)
	s.Width(1, 120)
	synthetic := 0
	for _, c := range cases {
		if c.Synthetic {
			synthetic++
		}
	}
	synth := "None: every case is marked as the case of a real child (or is still to be filled in)."
	switch {
	case synthetic == len(cases):
		synth = "All: every case is synthetic, made up by a generator, not the case of a real child."
	case synthetic > 0:
		synth = fmt.Sprintf("%d of the %d cases are synthetic (made up by a generator, not the case of a real child); each case sheet says which.", synthetic, len(cases))
	}
	r := 0
	line := func(label, text string, st xlsx.Style) {
		s.Set(r, 0, xlsx.Str(label, xlsx.Bold))
		s.Set(r, 1, xlsx.Str(text, st))
		r++
	}
	s.Set(r, 0, xlsx.Str("Audit workbook: HM Inspectorate of Probation, youth justice case inspection, domain two (court disposals)", xlsx.Title))
	r += 2
	line(labelFormat, formatName, xlsx.Plain)
	line(labelCatalogue, framework.DomainTwo().Version(), xlsx.Wrap)
	line("Cases", strconv.Itoa(len(cases)), xlsx.Plain)
	line("Synthetic cases", synth, xlsx.Wrap)
	if !p.Whole() {
		var ids []string
		for _, kq := range p.KeyQuestions {
			ids = append(ids, string(kq))
		}
		line("Audit profile", "This workbook audits only the key questions of the profile below: the case sheets hold their questions (and those about the child), and the summary shows them alone. A profile is a local audit tool, not an inspection rating. The tool reads the profile from the three rows below and rates the workbook under it: do not change them.", xlsx.Wrap)
		line(labelProfileName, p.Name, xlsx.Plain)
		line(labelProfileID, p.ID, xlsx.Plain)
		line(labelProfileKQs, strings.Join(ids, ", "), xlsx.Plain)
	}
	r++
	s.Set(r, 0, xlsx.Str("How to fill it in", xlsx.Header))
	s.Set(r, 1, xlsx.Str("", xlsx.Header))
	r++
	for _, step := range [][2]string{
		{"One sheet a case", "Each case has its own sheet (Case 1, Case 2, ...), one row a question, in the CARaG's order. Fill in the yellow cells of column C. Where a cell has a drop-down, choose from it; the free-text questions about the child (I1.4 to I1.8, I1.10) and the notes take any text: the notes column beside each question holds the evidence behind its answer, and the row notes.case a note on the case as a whole. Notes are personal data: keep the workbook as you keep case files. Leave a cell empty where nothing is recorded: an empty cell is unknown, never No."},
		{"Case ID", "The case's ID is the service's reference for the case in the sample. Never put the child's name or other personal data in it."},
		{"Guidance", "The link beside each question opens the CARaG's guidance to it, on the Guidance sheet."},
		{"The facts", "The facts near the top of each case sheet are what the CARaG's rules read: where there are no factors related to keeping the child safe or to risk of harm, or no reviewing was required, the rule decides the summary judgement (below); the looked-after facts decide whether the case is excluded from the sample (I1.1)."},
		{"Summary", "The Summary sheet shows each key question's summary judgement of each case as you fill it in, by formulas, in any spreadsheet program: Yes where a rule decides it, otherwise the summary you record, \"" + Undecided + "\" where there is none, \"" + Excluded + "\" for a case excluded from the sample, and \"" + SeeTheTool + "\" where a cell holds a value typed by hand that the formulas do not read (such as \"y\"). The tool reads every value the case record accepts, finds what looks wrong, and rates the standards."},
		{"Read it back", "workbook -read audit.xlsx > cases.jsonl writes the cases as JSON lines; inspect -cases audit.xlsx rates them. Do not rename the sheets or change column A: the tool reads each row by its name in column A, and refuses a value that is not allowed, naming the sheet and cell."},
	} {
		line(step[0], step[1], xlsx.Wrap)
	}
	r++
	s.Set(r, 0, xlsx.Str("The summary rules", xlsx.Header))
	s.Set(r, 1, xlsx.Str("", xlsx.Header))
	r++
	for _, rule := range summaryRules() {
		line(string(rule.Summary), rule.Source+" The case sheet's fact: "+rule.Fact.Question(), xlsx.Wrap)
	}
	line("A1, A2, A3, P1, D1", "No rule: the summary is the inspector's judgement (A2.9 and A3.11 expect a clear written record even where there are no factors).", xlsx.Wrap)
}

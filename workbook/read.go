package workbook

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/yjinspect/yjinspect/classification"
	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/internal/xlsx"
	"github.com/yjinspect/yjinspect/profile"
	"github.com/yjinspect/yjinspect/record"
)

// Error is an error of Read or Write: where in the workbook it is (the sheet
// and cell), the case and the question or field, the bad value and what is
// wrong, e.g.
//
//	workbook: Case 3!C14: case "case-014", question "A1.1": "maybe": want Yes, No or N/A
//
// It holds no other data of the case.
type Error struct {
	// Sheet is the sheet's name, Cell the cell ("C14"); "" when not known.
	Sheet, Cell string
	// Case is the case's ID, when known.
	Case string
	// Field is the question ID or the field's path in the case record
	// ("factors.childSafety"), when one is at fault.
	Field string
	// Value is the bad value, when there is one.
	Value string
	// Reason says what is wrong.
	Reason string
}

// Error implements error.
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString("workbook: ")
	switch {
	case e.Sheet != "" && e.Cell != "":
		b.WriteString(record.EscapeText(e.Sheet) + "!" + e.Cell + ": ")
	case e.Sheet != "":
		b.WriteString("sheet " + strconv.Quote(e.Sheet) + ": ")
	}
	if e.Case != "" {
		b.WriteString("case " + record.EscapeText(strconv.Quote(e.Case)) + ", ")
	}
	if e.Field != "" {
		kind := "field "
		if _, ok := framework.DomainTwo().Question(framework.ID(e.Field)); ok {
			kind = "question "
		}
		b.WriteString(kind + strconv.Quote(e.Field) + ": ")
	}
	if e.Value != "" {
		b.WriteString(strconv.Quote(e.Value) + ": ")
	}
	b.WriteString(e.Reason)
	return b.String()
}

// Audit is what an audit workbook holds: its cases and the audit profile
// it was written under (Options.Profile).
type Audit struct {
	// Cases are the cases filled in, in the order of the case sheets.
	Cases []record.Case
	// Profile is the workbook's audit profile, as Write was given it; the
	// zero Profile (the whole framework) for a workbook with no profile.
	Profile profile.Profile
}

// JSONLines returns the audit's cases as JSON lines, one record a line, as
// `workbook -read` writes them and record.DecodeEach reads them.
func (a Audit) JSONLines() ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	for _, c := range a.Cases {
		if err := enc.Encode(c); err != nil {
			return nil, err
		}
	}
	return b.Bytes(), nil
}

// ReadAuditFile reads the audit workbook at path (see ReadAudit).
func ReadAuditFile(path string) (Audit, error) {
	f, err := os.Open(path)
	if err != nil {
		return Audit{}, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return Audit{}, err
	}
	return ReadAudit(f, st.Size())
}

// ReadFile reads the cases of the audit workbook at path (see Read).
func ReadFile(path string) ([]record.Case, error) {
	a, err := ReadAuditFile(path)
	return a.Cases, err
}

// JSONLines reads the audit workbook at path and returns its cases as JSON
// lines, one record a line, as `workbook -read` writes them and
// record.DecodeEach reads them. The workbook's profile is not in them:
// ReadAuditFile gives it.
func JSONLines(path string) ([]byte, error) {
	a, err := ReadAuditFile(path)
	if err != nil {
		return nil, err
	}
	return a.JSONLines()
}

// Read reads back the cases of an audit workbook, as ReadAudit does, and
// leaves out its profile.
func Read(r io.ReaderAt, size int64) ([]record.Case, error) {
	a, err := ReadAudit(r, size)
	return a.Cases, err
}

// ReadAudit reads back an audit workbook that Write wrote, as filled in and
// saved by a spreadsheet program: its cases, in the order of the case
// sheets, and its audit profile. A case sheet with no case ID and nothing
// filled in but its inspection is a case not yet used, and is left out.
//
// Values are read as the case record's JSON reads them: a drop-down's value
// typed by hand in any case, with spaces around it, or in another form the
// enum's parser accepts ("yes ", "N/A", "Very High", "y"); free text as it
// stands. Everything else is an error, a *Error that names the sheet and
// cell, the case, the question or field and the bad value, and nothing is
// returned: a file that is not a workbook, a workbook this package did not
// write or one written from another catalogue version, a sheet or a key in
// column A it does not know, a key twice on a sheet, a value that is not
// allowed, a case ID missing or twice.
//
// The profile is read from the Instructions sheet's rows "Profile name",
// "Profile ID" and "Profile key questions" (IDs separated by commas, in any
// form framework.ParseID reads, kept in the order written): with none of
// them the workbook is of the whole framework (the zero Profile). One of
// them missing or twice, a key question that is not one, or a profile that
// profile.Profile.Validate refuses is a *Error naming the cell and its
// value. A case sheet that answers or notes a question outside the profile
// (a row added by hand) is refused too, as Write refuses such a case: the
// workbook's summary does not show it, a rating under the profile would
// drop it without a word, and the case could not be written back under the
// profile; the error names the cell and the key question.
func ReadAudit(r io.ReaderAt, size int64) (Audit, error) {
	// The summary, the guidance and the lists hold nothing to read back.
	f, err := xlsx.ReadSheets(r, size, func(name string) bool { return !written(name) })
	if err != nil {
		var xe *xlsx.Error
		if errors.As(err, &xe) {
			return Audit{}, &Error{Reason: "not an audit workbook: " + xe.Error()}
		}
		return Audit{}, err
	}
	p, err := checkInstructions(f)
	if err != nil {
		return Audit{}, err
	}
	var cases []record.Case
	where := map[string]string{} // case ID to the sheet and cell that gave it
	for _, s := range f.Sheets {
		if written(s.Name) || strings.EqualFold(s.Name, SheetInstructions) {
			continue
		}
		if n, err := strconv.Atoi(strings.TrimPrefix(s.Name, casePrefix)); err != nil || n < 1 || !strings.HasPrefix(s.Name, casePrefix) {
			return Audit{}, &Error{Sheet: s.Name, Reason: "not a sheet of an audit workbook (its sheets are " + SheetInstructions + ", " + SheetSummary + ", " + casePrefix + "1, " + casePrefix + "2, ..., " + SheetGuidance + " and " + SheetLists + ")"}
		}
		c, idCell, used, err := readCase(s, p)
		if err != nil {
			return Audit{}, err
		}
		if !used {
			continue
		}
		if prev, ok := where[c.ID]; ok {
			return Audit{}, &Error{Sheet: s.Name, Cell: idCell, Case: c.ID, Field: keyID, Value: c.ID, Reason: "the same case ID as " + prev}
		}
		where[c.ID] = s.Name + "!" + idCell
		cases = append(cases, c)
	}
	if len(cases) == 0 {
		return Audit{}, &Error{Reason: "no case is filled in (each needs a case ID)"}
	}
	return Audit{Cases: cases, Profile: p}, nil
}

// checkInstructions checks that the workbook is an audit workbook of this
// format, written from the catalogue the library holds, and reads its
// profile.
func checkInstructions(f *xlsx.File) (profile.Profile, error) {
	s, ok := f.Sheet(SheetInstructions)
	if !ok {
		return profile.Profile{}, &Error{Reason: "not an audit workbook: no sheet " + strconv.Quote(SheetInstructions)}
	}
	found := map[string]bool{}
	profRows := map[string]int{} // the row of each of the profile's labels
	for r := range s.Rows() {
		label, value := strings.TrimSpace(s.Text(r, 0)), s.Text(r, 1)
		cell := xlsx.CellName(r, 1)
		switch label {
		case labelFormat:
			if value != formatName {
				return profile.Profile{}, &Error{Sheet: s.Name, Cell: cell, Value: value, Reason: "not the format of an audit workbook this program reads (" + formatName + ")"}
			}
		case labelCatalogue:
			if want := framework.DomainTwo().Version(); value != want {
				return profile.Profile{}, &Error{Sheet: s.Name, Cell: cell, Value: value, Reason: "written from another catalogue version; this program reads workbooks of " + want}
			}
		case labelProfileName, labelProfileID, labelProfileKQs:
			if prev, ok := profRows[label]; ok {
				return profile.Profile{}, &Error{Sheet: s.Name, Cell: xlsx.CellName(r, 0), Value: label, Reason: "given twice (also in row " + strconv.Itoa(prev+1) + ")"}
			}
			profRows[label] = r
			continue
		default:
			continue
		}
		found[label] = true
	}
	for _, l := range []string{labelFormat, labelCatalogue} {
		if !found[l] {
			return profile.Profile{}, &Error{Sheet: s.Name, Reason: "not an audit workbook: no row " + strconv.Quote(l)}
		}
	}
	return readProfile(s, profRows)
}

// readProfile reads the profile from its rows of the Instructions sheet
// (by label): none gives the zero Profile.
func readProfile(s *xlsx.ReadSheet, rows map[string]int) (profile.Profile, error) {
	if len(rows) == 0 {
		return profile.Profile{}, nil
	}
	val := map[string]string{}
	for _, l := range profileLabels {
		r, ok := rows[l]
		if !ok {
			return profile.Profile{}, &Error{Sheet: s.Name, Reason: "the audit profile has no row " + strconv.Quote(l) + " (its rows are " + labelProfileName + ", " + labelProfileID + " and " + labelProfileKQs + "; a workbook of the whole framework has none)"}
		}
		v, _ := s.Cell(r, 1)
		text, ok := typedText(v)
		if !ok {
			return profile.Profile{}, &Error{Sheet: s.Name, Cell: xlsx.CellName(r, 1), Value: text, Reason: "a formula's error, not a value"}
		}
		val[l] = text
	}
	fail := func(label, reason string) error {
		return &Error{Sheet: s.Name, Cell: xlsx.CellName(rows[label], 1), Value: val[label], Reason: reason}
	}
	p := profile.Profile{Name: val[labelProfileName], ID: val[labelProfileID]}
	if list := strings.TrimSpace(val[labelProfileKQs]); list != "" {
		for item := range strings.SplitSeq(list, ",") {
			id, err := framework.ParseID(strings.TrimSpace(item))
			if err != nil {
				return profile.Profile{}, fail(labelProfileKQs, "the profile's key question "+strconv.Quote(strings.TrimSpace(item))+" is not a key question ID (want IDs such as A3, separated by commas)")
			}
			p.KeyQuestions = append(p.KeyQuestions, id)
		}
	}
	if p.IsZero() {
		return profile.Profile{}, fail(labelProfileName, "the profile's rows are empty (a workbook of the whole framework has no such rows)")
	}
	err := p.Validate()
	var pe *profile.Error
	switch {
	case err == nil:
		return p, nil
	case !errors.As(err, &pe):
		return profile.Profile{}, &Error{Sheet: s.Name, Reason: err.Error()}
	case pe.Field == "id":
		return profile.Profile{}, fail(labelProfileID, "the profile's ID "+pe.Reason)
	case pe.Field == "name":
		return profile.Profile{}, fail(labelProfileName, "the profile's name "+pe.Reason)
	case pe.Value != "":
		return profile.Profile{}, fail(labelProfileKQs, "the profile's key question "+strconv.Quote(pe.Value)+" "+pe.Reason)
	}
	return profile.Profile{}, fail(labelProfileKQs, "the profile's list of key questions "+pe.Reason)
}

// readCase reads a case sheet: the case, the cell of its ID, and whether
// the sheet is used (has a case ID or anything filled in beyond the
// inspection). It refuses an answer or a note outside the profile.
func readCase(s *xlsx.ReadSheet, p profile.Profile) (record.Case, string, bool, error) {
	var st state
	// The ID first, so that every error names the case.
	idCell := ""
	keyRow := map[string]int{}
	for n := firstRow; n < s.Rows(); n++ {
		key := strings.TrimSpace(s.Text(n, colKey))
		if key == keyID && idCell == "" {
			idCell = xlsx.CellName(n, colAnswer)
			st.c.ID = s.Text(n, colAnswer)
		}
	}
	fail := func(n, col int, field, value, reason string) error {
		return &Error{Sheet: s.Name, Cell: xlsx.CellName(n, col), Case: st.c.ID, Field: field, Value: value, Reason: reason}
	}
	if idCell == "" {
		return record.Case{}, "", false, &Error{Sheet: s.Name, Reason: "no row " + strconv.Quote(keyID) + " in column A"}
	}
	used := false
	for n := firstRow; n < s.Rows(); n++ {
		key := strings.TrimSpace(s.Text(n, colKey))
		v, has := s.Cell(n, colAnswer)
		note := s.Text(n, colNotes)
		if key == "" {
			if has && v.Text != "" {
				return record.Case{}, "", false, fail(n, colAnswer, "", v.Text, "a value in a row with no question or field named in column A")
			}
			if note != "" {
				return record.Case{}, "", false, fail(n, colNotes, "", "", "a note in a row with no question named in column A")
			}
			continue
		}
		r, ok := rowFor(key)
		if !ok {
			return record.Case{}, "", false, fail(n, colKey, "", key, "no such question or field in an audit workbook")
		}
		if prev, ok := keyRow[key]; ok {
			return record.Case{}, "", false, fail(n, colKey, key, "", "given twice (also in row "+strconv.Itoa(prev+1)+")")
		}
		keyRow[key] = n
		if note != "" {
			if r.question == "" {
				return record.Case{}, "", false, fail(n, colNotes, key, "", "notes are kept for questions only: write this one in the row "+keyCaseNote)
			}
			if st.c.Notes.Questions == nil {
				st.c.Notes.Questions = map[framework.ID]string{}
			}
			st.c.Notes.Questions[r.question] = note
			used = true
		}
		if !has || v.Text == "" || key == keyID {
			continue
		}
		if v.Text, ok = typedText(v); !ok {
			return record.Case{}, "", false, fail(n, colAnswer, key, v.Text, "a formula's error, not a value")
		}
		if r.list != nil {
			if strings.TrimSpace(v.Text) == "" {
				continue // spaces only: nothing chosen
			}
		}
		if why := r.set(&st, v.Text); why != "" {
			return record.Case{}, "", false, fail(n, colAnswer, key, v.Text, why)
		}
		if key != keyInspection && key != keySynthetic {
			used = true
		}
	}
	c := &st.c
	if c.ID == "" {
		if used {
			return record.Case{}, "", false, &Error{Sheet: s.Name, Cell: idCell, Field: keyID, Reason: "no case ID, though the sheet is filled in"}
		}
		return record.Case{}, idCell, false, nil
	}
	for _, f := range []struct{ key, v string }{{keyID, c.ID}, {keyInspection, c.Inspection}} {
		if f.v == "" {
			continue
		}
		if err := record.CheckID(f.v); err != nil {
			var ie *record.IDError
			reason := err.Error()
			if errors.As(err, &ie) {
				reason = "not an ID: the ID " + ie.Reason
			}
			return record.Case{}, "", false, fail(keyRow[f.key], colAnswer, f.key, f.v, reason)
		}
	}
	if st.recorded != nil {
		switch {
		case !*st.recorded && st.rationale:
			return record.Case{}, "", false, fail(keyRow[keyRationale], colAnswer, keyRationale, record.No.Label(), "the rows of the rationale below are filled in")
		case *st.recorded && c.RoSHRationale == nil:
			c.RoSHRationale = &classification.Rationale{}
		}
	}
	if len(st.cons) > 0 {
		slots := make([]int, 0, len(st.cons))
		for n := range st.cons {
			slots = append(slots, n)
		}
		slices.Sort(slots)
		for _, n := range slots {
			c.RoSHRationale.Considerations = append(c.RoSHRationale.Considerations, *st.cons[n])
		}
	}
	if e := checkCovered(s.Name, c, p, "the workbook's audit profile, on the "+SheetInstructions+" sheet, leaves it out"); e != nil {
		col := colNotes
		if _, answered := c.Answers.Get(framework.ID(e.Field)); answered {
			col = colAnswer
		}
		e.Cell = xlsx.CellName(keyRow[e.Field], col)
		return record.Case{}, "", false, e
	}
	return *c, idCell, true, nil
}

// typedText is a cell's value as text: TRUE or FALSE typed in a cell that
// is not formatted as text as the words, not 1 or 0. ok is false for a
// formula's error (the text is the error's).
func typedText(v xlsx.Value) (text string, ok bool) {
	switch v.Type {
	case xlsx.ErrorValue:
		return v.Text, false
	case xlsx.Logical:
		return map[string]string{"1": "TRUE", "0": "FALSE"}[v.Text], true
	}
	return v.Text, true
}

// written reports whether a sheet is one the workbook writes for people to
// read, not to fill in: the summary, the guidance, the lists.
func written(name string) bool {
	return strings.EqualFold(name, SheetSummary) || strings.EqualFold(name, SheetGuidance) || strings.EqualFold(name, SheetLists)
}

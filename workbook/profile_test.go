package workbook

import (
	"bytes"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/internal/xlsx"
	"github.com/yjinspect/yjinspect/profile"
	"github.com/yjinspect/yjinspect/record"
)

// profiledCase is a case that answers the summary question of each key
// question p covers (and a question about the child), so that it can be
// written under p.
func profiledCase(t *testing.T, id string, p profile.Profile) record.Case {
	t.Helper()
	c := record.Case{ID: id}
	require.NoError(t, c.Answers.Set("I1.4", record.Value{Text: "Male"}))
	for _, kq := range summaryKQs(p) {
		require.NoError(t, c.Answers.Set(kq.Summary, record.Value{Answer: record.Yes}))
	}
	return c
}

func readAuditBytes(b []byte) (Audit, error) { return ReadAudit(bytes.NewReader(b), int64(len(b))) }

// instructionRows are the Instructions sheet's rows as label and value.
func instructionRows(t *testing.T, b []byte) map[string]string {
	t.Helper()
	s := cellsOf(t, b)
	out := map[string]string{}
	for k, v := range s.cells[SheetInstructions] {
		if k[1] == 0 {
			out[v] = s.cells[SheetInstructions][[2]int{k[0], 1}]
		}
	}
	return out
}

// TestProfileRoundTrip: the profile a workbook is written under reads back
// exactly (profile.Profile.Equal), each built-in one and a team's own; the
// whole framework, however given, writes no profile rows and reads back as
// the zero Profile. The rows are there for a person to read.
func TestProfileRoundTrip(t *testing.T) {
	own, err := profile.Parse([]byte(`{"id": "safety", "name": "Safety audit (A2, A3): “quoted”, <tagged> & é", "keyQuestions": ["p 2", "A3", "a2"]}`))
	require.NoError(t, err)
	require.Equal(t, []framework.ID{"A2", "A3", "P2"}, own.KeyQuestions)
	all := profile.Builtins()[0].KeyQuestions
	type row struct {
		name    string
		p, want profile.Profile
	}
	rows := []row{
		{"zero", profile.Profile{}, profile.Profile{}},
		{"own, parsed", own, own},
		{"own, made in code, not in catalogue order", profile.Profile{ID: "reviewing-first", Name: "2026", KeyQuestions: []framework.ID{"R1", "A1"}}, profile.Profile{ID: "reviewing-first", Name: "2026", KeyQuestions: []framework.ID{"R1", "A1"}}},
		{"own, every key question", profile.Profile{ID: "all", Name: "All of it", KeyQuestions: all}, profile.Profile{}},
	}
	for _, b := range profile.Builtins() {
		want := b
		if b.Whole() {
			want = profile.Profile{}
		}
		rows = append(rows, row{"built-in " + b.ID, b, want})
	}
	for _, tc := range rows {
		t.Run(tc.name, func(t *testing.T) {
			cases := []record.Case{profiledCase(t, "case-1", tc.p), profiledCase(t, "case-2", tc.p)}
			var buf bytes.Buffer
			require.NoError(t, Write(&buf, cases, Options{Profile: tc.p}))
			got, err := readAuditBytes(buf.Bytes())
			require.NoError(t, err)
			assert.True(t, tc.want.Equal(got.Profile), "want %+v, got %+v", tc.want, got.Profile)
			if diff := cmp.Diff(cases, got.Cases); diff != "" {
				t.Errorf("cases (-want +got):\n%s", diff)
			}

			instr := instructionRows(t, buf.Bytes())
			for _, l := range profileLabels {
				_, ok := instr[l]
				assert.Equal(t, !tc.want.IsZero(), ok, "row %q", l)
			}
			if !tc.want.IsZero() {
				assert.Equal(t, tc.p.Name, instr[labelProfileName])
				assert.Equal(t, tc.p.ID, instr[labelProfileID])
				var ids []string
				for _, id := range tc.p.KeyQuestions {
					ids = append(ids, string(id))
				}
				assert.Equal(t, strings.Join(ids, ", "), instr[labelProfileKQs], "plain IDs")
			}

			// Read and ReadFile give the cases alone, as before.
			cs, err := readBytes(buf.Bytes())
			require.NoError(t, err)
			assert.Equal(t, got.Cases, cs)
		})
	}
}

// TestProfileReadErrors: a workbook whose profile rows were edited into a
// profile that does not read back, or a case sheet that answers a question
// outside the profile, is a *Error naming the sheet and cell and the bad
// value, and nothing is read.
func TestProfileReadErrors(t *testing.T) {
	p, err := profile.Lookup("keeping-other-people-safe")
	require.NoError(t, err)
	var buf bytes.Buffer
	require.NoError(t, Write(&buf, []record.Case{profiledCase(t, "case-1", p)}, Options{Profile: p}))
	good := buf.Bytes()
	// label returns the row of a label of the Instructions sheet.
	label := func(t *testing.T, s *sheets, l string) int {
		for k, v := range s.cells[SheetInstructions] {
			if k[1] == 0 && v == l {
				return k[0]
			}
		}
		t.Fatalf("no row %q", l)
		return 0
	}
	// set sets the value of a profile row and returns its cell.
	set := func(t *testing.T, s *sheets, l, v string) string {
		r := label(t, s, l)
		s.cells[SheetInstructions][[2]int{r, 1}] = v
		return xlsx.CellName(r, 1)
	}
	row := func(t *testing.T, l string) int { return label(t, cellsOf(t, good), l) }
	for _, tc := range []struct {
		name string
		edit func(t *testing.T, s *sheets) string
		want Error // Cell "?" is the cell edit returns
	}{
		{"not a key question", func(t *testing.T, s *sheets) string { return set(t, s, labelProfileKQs, "A3, O2") },
			Error{Sheet: SheetInstructions, Cell: "?", Value: "A3, O2", Reason: `the profile's key question "O2" is not a key question of the four standards (A1 to R3)`}},
		{"a question, not a key question", func(t *testing.T, s *sheets) string { return set(t, s, labelProfileKQs, "A3.1") },
			Error{Sheet: SheetInstructions, Cell: "?", Value: "A3.1", Reason: `the profile's key question "A3.1" is not a key question of the four standards (A1 to R3)`}},
		{"not an ID", func(t *testing.T, s *sheets) string { return set(t, s, labelProfileKQs, "A3; P3") },
			Error{Sheet: SheetInstructions, Cell: "?", Value: "A3; P3", Reason: `the profile's key question "A3; P3" is not a key question ID (want IDs such as A3, separated by commas)`}},
		{"trailing comma", func(t *testing.T, s *sheets) string { return set(t, s, labelProfileKQs, "A3, P3,") },
			Error{Sheet: SheetInstructions, Cell: "?", Value: "A3, P3,", Reason: `the profile's key question "" is not a key question ID (want IDs such as A3, separated by commas)`}},
		{"twice", func(t *testing.T, s *sheets) string { return set(t, s, labelProfileKQs, "A3, P3, a 3") },
			Error{Sheet: SheetInstructions, Cell: "?", Value: "A3, P3, a 3", Reason: `the profile's key question "A3" is given twice`}},
		{"no key questions", func(t *testing.T, s *sheets) string { return set(t, s, labelProfileKQs, " ") },
			Error{Sheet: SheetInstructions, Cell: "?", Value: " ", Reason: "the profile's list of key questions is empty: a profile covers at least one key question (the zero Profile covers the whole framework)"}},
		{"ID not a token", func(t *testing.T, s *sheets) string { return set(t, s, labelProfileID, "Other People") },
			Error{Sheet: SheetInstructions, Cell: "?", Value: "Other People", Reason: "the profile's ID is not a token: only lower-case ASCII letters, digits and hyphens"}},
		{"ID of another built-in", func(t *testing.T, s *sheets) string { return set(t, s, labelProfileID, "planning") },
			Error{Sheet: SheetInstructions, Cell: "?", Value: "planning", Reason: "the profile's ID is the token of a built-in profile, which covers other key questions"}},
		{"name with a space before it", func(t *testing.T, s *sheets) string { return set(t, s, labelProfileName, " Safety") },
			Error{Sheet: SheetInstructions, Cell: "?", Value: " Safety", Reason: "the profile's name is not a good name: it begins with white space (U+0020)"}},
		{"rows emptied", func(t *testing.T, s *sheets) string {
			set(t, s, labelProfileID, "")
			set(t, s, labelProfileKQs, "")
			return set(t, s, labelProfileName, "")
		}, Error{Sheet: SheetInstructions, Cell: "?", Reason: "the profile's rows are empty (a workbook of the whole framework has no such rows)"}},
		{"a row missing", func(t *testing.T, s *sheets) string {
			r := label(t, s, labelProfileID)
			delete(s.cells[SheetInstructions], [2]int{r, 0})
			delete(s.cells[SheetInstructions], [2]int{r, 1})
			return ""
		}, Error{Sheet: SheetInstructions, Reason: `the audit profile has no row "Profile ID" (its rows are Profile name, Profile ID and Profile key questions; a workbook of the whole framework has none)`}},
		{"a row twice", func(t *testing.T, s *sheets) string {
			s.cells[SheetInstructions][[2]int{200, 0}] = labelProfileKQs
			s.cells[SheetInstructions][[2]int{200, 1}] = "A1"
			return "A201"
		}, Error{Sheet: SheetInstructions, Cell: "?", Value: labelProfileKQs, Reason: "given twice (also in row " + strconv.Itoa(row(t, labelProfileKQs)+1) + ")"}},
		{"an answer outside the profile", func(t *testing.T, s *sheets) string {
			r := s.find(t, "Case 1", "A3.1")
			s.cells["Case 1"][[2]int{200, colKey}] = "A1.1"
			s.cells["Case 1"][[2]int{200, colAnswer}] = "Yes"
			require.Greater(t, 200, r)
			return xlsx.CellName(200, colAnswer)
		}, Error{Sheet: "Case 1", Cell: "?", Case: "case-1", Field: "A1.1", Reason: `answered or noted, but the profile "keeping-other-people-safe" does not cover key question A1 (the workbook's audit profile, on the Instructions sheet, leaves it out)`}},
		{"a note outside the profile", func(t *testing.T, s *sheets) string {
			s.cells["Case 1"][[2]int{200, colKey}] = "O2.1"
			s.cells["Case 1"][[2]int{200, colNotes}] = "evidence"
			return xlsx.CellName(200, colNotes)
		}, Error{Sheet: "Case 1", Cell: "?", Case: "case-1", Field: "O2.1", Reason: `answered or noted, but the profile "keeping-other-people-safe" does not cover key question O2 (the workbook's audit profile, on the Instructions sheet, leaves it out)`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := cellsOf(t, good)
			cell := tc.edit(t, s)
			got, err := readAuditBytes(s.bytes(t))
			assert.Zero(t, got, "nothing is half-read")
			var e *Error
			require.ErrorAs(t, err, &e)
			want := tc.want
			if want.Cell == "?" {
				want.Cell = cell
			}
			assert.Equal(t, want, *e)
		})
	}

	// The message names the sheet and cell, and quotes the value.
	s := cellsOf(t, good)
	cell := set(t, s, labelProfileKQs, "A3, O2")
	_, err = readAuditBytes(s.bytes(t))
	require.Error(t, err)
	assert.Equal(t, `workbook: Instructions!`+cell+`: "A3, O2": the profile's key question "O2" is not a key question of the four standards (A1 to R3)`, err.Error())

	// TRUE typed as a name in a cell not formatted as text reads as the
	// word.
	s = cellsOf(t, good)
	set(t, s, labelProfileName, typedTrue)
	got, err := readAuditBytes(s.bytes(t))
	require.NoError(t, err)
	assert.Equal(t, "TRUE", got.Profile.Name)

	// An empty row outside the profile holds nothing to lose, and is read.
	s = cellsOf(t, good)
	s.cells["Case 1"][[2]int{200, colKey}] = "A1.1"
	got, err = readAuditBytes(s.bytes(t))
	require.NoError(t, err)
	assert.True(t, p.Equal(got.Profile))
}

// TestWriteBadProfile: Write refuses a profile that Validate refuses, so
// that what it writes reads back.
func TestWriteBadProfile(t *testing.T) {
	for name, p := range map[string]profile.Profile{
		"ID not a token": {ID: "Safety", Name: "Safety", KeyQuestions: []framework.ID{"A2"}},
		"no name":        {ID: "safety", KeyQuestions: []framework.ID{"A2"}},
		"O2":             {ID: "safety", Name: "Safety", KeyQuestions: []framework.ID{"O2"}},
	} {
		err := Write(&bytes.Buffer{}, []record.Case{{ID: "case-1"}}, Options{Profile: p})
		var e *Error
		require.ErrorAs(t, err, &e, name)
		assert.Equal(t, p.Validate().Error(), e.Reason, name)
	}
}

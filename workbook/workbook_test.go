package workbook

import (
	"bytes"
	"errors"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/yjinspect/yjinspect/classification"
	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/internal/xlsx"
	"github.com/yjinspect/yjinspect/profile"
	"github.com/yjinspect/yjinspect/record"
	"github.com/yjinspect/yjinspect/sampling"
	"github.com/yjinspect/yjinspect/synthetic"
)

// tb is what the helpers need of a *testing.T or a *rapid.T.
type tb interface {
	Helper()
	Errorf(format string, args ...any)
	FailNow()
}

func writeBytes(t tb, cases []record.Case) []byte {
	t.Helper()
	var buf bytes.Buffer
	require.NoError(t, Write(&buf, cases, Options{}))
	return buf.Bytes()
}

func readBytes(b []byte) ([]record.Case, error) { return Read(bytes.NewReader(b), int64(len(b))) }

// sheets is a workbook's cells as text, by sheet, to edit as a person
// would and write again.
type sheets struct {
	names []string
	cells map[string]map[[2]int]string
}

func cellsOf(t tb, b []byte) *sheets {
	t.Helper()
	f, err := xlsx.Read(bytes.NewReader(b), int64(len(b)))
	require.NoError(t, err)
	s := &sheets{cells: map[string]map[[2]int]string{}}
	for _, sh := range f.Sheets {
		s.names = append(s.names, sh.Name)
		m := map[[2]int]string{}
		sh.Each(func(r, c int, v xlsx.Value) { m[[2]int{r, c}] = v.Text })
		s.cells[sh.Name] = m
	}
	return s
}

// find returns the row of a key on a case sheet.
func (s *sheets) find(t tb, sheet, key string) int {
	t.Helper()
	for k, v := range s.cells[sheet] {
		if k[1] == colKey && v == key && k[0] >= firstRow {
			return k[0]
		}
	}
	t.Errorf("no key %q on %s", key, sheet)
	t.FailNow()
	return 0
}

// set sets the answer of a key on a case sheet and returns its cell.
func (s *sheets) set(t tb, sheet, key, v string) string {
	r := s.find(t, sheet, key)
	s.cells[sheet][[2]int{r, colAnswer}] = v
	return xlsx.CellName(r, colAnswer)
}

// typedTrue stands for TRUE typed in a cell not formatted as text, which a
// spreadsheet program stores as a boolean.
const typedTrue = "\x00TRUE"

func (s *sheets) bytes(t tb) []byte {
	t.Helper()
	var wb xlsx.Workbook
	for _, name := range s.names {
		sh := wb.AddSheet(name)
		for k, v := range s.cells[name] {
			if v == typedTrue {
				sh.Set(k[0], k[1], xlsx.Bool(true, xlsx.Plain))
				continue
			}
			sh.Set(k[0], k[1], xlsx.Str(v, xlsx.Plain))
		}
	}
	var buf bytes.Buffer
	require.NoError(t, wb.Write(&buf))
	return buf.Bytes()
}

// drawCase draws any case record the JSON form holds (but a consideration
// with nothing recorded in it, which a sheet does not keep).
func drawCase(t *rapid.T, id string) record.Case {
	optBool := func(label string) *bool {
		switch rapid.IntRange(0, 2).Draw(t, label) {
		case 0:
			return nil
		case 1:
			return new(false)
		}
		return new(true)
	}
	level := func(label string) classification.Level {
		return classification.Level(rapid.IntRange(0, 4).Draw(t, label))
	}
	// Any text, spaces and control characters included.
	text := rapid.OneOf(rapid.StringMatching(`\PC*[a-zA-Z]\PC*`), rapid.StringN(1, 40, -1), rapid.SampledFrom([]string{" lead", "trail ", "a\nb", "_x0041_", "=1+1", "0012", "\x01ctl", "TRUE"}))
	c := record.Case{ID: id, Synthetic: rapid.Bool().Draw(t, "synthetic")}
	if rapid.Bool().Draw(t, "has inspection") {
		c.Inspection = rapid.StringMatching(`[a-z0-9-]{1,12}|insp é`).Draw(t, "inspection")
	}
	for _, q := range framework.DomainTwo().Questions() {
		if !rapid.Bool().Draw(t, "answered") {
			continue
		}
		var v record.Value
		switch q.Answer {
		case framework.YesNo:
			v = record.Value{Answer: record.Answer(rapid.IntRange(1, 3).Draw(t, "answer"))}
		case framework.LevelAnswer:
			v = record.Value{Level: classification.Level(rapid.IntRange(1, 4).Draw(t, "lv"))}
		case framework.TextAnswer:
			v = record.Value{Text: strings.ToValidUTF8(text.Draw(t, "text"), "?")}
		}
		if err := c.Answers.Set(q.ID, v); err != nil {
			t.Fatal(err)
		}
	}
	if rapid.Bool().Draw(t, "case note") {
		c.Notes.Case = strings.ToValidUTF8(text.Draw(t, "case note text"), "?")
	}
	for _, q := range framework.DomainTwo().Questions() {
		if rapid.IntRange(0, 9).Draw(t, "noted") == 0 {
			if c.Notes.Questions == nil {
				c.Notes.Questions = map[framework.ID]string{}
			}
			c.Notes.Questions[q.ID] = strings.ToValidUTF8(text.Draw(t, "note"), "?")
		}
	}
	c.Inspector = record.ScaleLevels{SafetyAndWellbeing: level("sw"), RiskOfSeriousHarm: level("rosh")}
	c.NearBoundary = record.Boundary{SafetyAndWellbeing: classification.Near(rapid.IntRange(0, 5).Draw(t, "nb1")), RiskOfSeriousHarm: classification.Near(rapid.IntRange(0, 5).Draw(t, "nb2"))}
	for _, f := range record.Facts() {
		f.Set(&c, optBool(f.Path()))
	}
	c.Concerns = append(c.Concerns, rapid.Permutation(classification.Concerns()).Draw(t, "concerns")[:rapid.IntRange(0, 10).Draw(t, "nc")]...)
	c.Deficits = append(c.Deficits, rapid.Permutation(classification.Deficits()).Draw(t, "deficits")[:rapid.IntRange(0, 7).Draw(t, "nd")]...)
	if rapid.Bool().Draw(t, "rationale") {
		c.RoSHRationale = &classification.Rationale{Level: level("rl"), CurrentFactors: optBool("cf"), Mitigated: optBool("m"), Stable: optBool("s")}
		for i := rapid.IntRange(0, 5).Draw(t, "ncons"); i > 0; i-- {
			con := classification.Consideration{
				Type:       classification.ConsiderationType(rapid.IntRange(0, 11).Draw(t, "ct")),
				Use:        classification.Use(rapid.IntRange(0, 2).Draw(t, "use")),
				Constraint: classification.Constraint(rapid.IntRange(0, 5).Draw(t, "cons")),
			}
			if rapid.Bool().Draw(t, "note") {
				con.Note = strings.ToValidUTF8(text.Draw(t, "note text"), "?")
			}
			if con == (classification.Consideration{}) {
				con.Type = classification.ConsiderationType(1)
			}
			c.RoSHRationale.Considerations = append(c.RoSHRationale.Considerations, con)
		}
	}
	return c
}

// TestRoundTripProperty: cases written and read back are the same records,
// facts, concerns in their order, rationale and considerations included.
func TestRoundTripProperty(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		n := rapid.IntRange(1, 3).Draw(t, "cases")
		cases := make([]record.Case, n)
		for i := range cases {
			cases[i] = drawCase(t, rapid.StringMatching(`case-[a-z0-9]{1,8}|é-[0-9]`).Draw(t, "id")+"-"+string(rune('a'+i)))
		}
		got, err := readBytes(writeBytes(t, cases))
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(cases, got); diff != "" {
			t.Fatalf("round trip (-want +got):\n%s", diff)
		}
	})
}

func TestRoundTripSynthetic(t *testing.T) {
	ds, err := synthetic.Generate(synthetic.Config{Inspections: 2, Cases: 25, Seed: 3})
	require.NoError(t, err)
	cases := slices.Concat(ds.Inspections...)
	got, err := readBytes(writeBytes(t, cases))
	require.NoError(t, err)
	if diff := cmp.Diff(cases, got); diff != "" {
		t.Fatalf("round trip (-want +got):\n%s", diff)
	}
}

func example(t *testing.T) record.Case {
	c, err := record.Decode(strings.NewReader(`{"id":"case-014","inspection":"insp-01","answers":{"I1.1":"yes","I1.4":"free text","A1.1":"yes","A1.S":"no","A2.5":"medium"},
		"factors":{"childSafety":false},"lookedAfter":{"homeService":true},"concerns":["weapons"],
		"roshRationale":{"level":"low","considerations":[{"type":"no-access-to-victims","use":"lower","constraint":"custody"}]},
		"notes":{"case":"Read with the supervision notes.","questions":{"A1.S":"No analysis of the offence (assessment, p. 2)."}}}`))
	require.NoError(t, err)
	return c
}

// TestHandTypedValues: values typed by hand, in another case or with spaces,
// are read as the enum parsers read them; free text as it stands.
func TestHandTypedValues(t *testing.T) {
	s := cellsOf(t, writeBytes(t, []record.Case{example(t)}))
	for key, v := range map[string]string{
		"A1.1": "Yes ", "A1.S": " n/a", "A1.3": "N/A", "A1.4": "y", "A2.5": "Very High", "A3.4": " very-high",
		"factors.riskOfHarm": "NO", "nearBoundary.safetyAndWellbeing": "low medium", "inspector.riskOfSeriousHarm": "high",
		"concerns.weapons": "no", "concerns.mental-health": " Yes", "I1.5": "  spaced text  ", "roshRationale.considerations.1.use": "RAISE",
	} {
		s.set(t, "Case 1", key, v)
	}
	got, err := readBytes(s.bytes(t))
	require.NoError(t, err)
	require.Len(t, got, 1)
	c := got[0]
	val := func(id framework.ID) record.Value { v, _ := c.Answers.Get(id); return v }
	assert.Equal(t, record.Yes, val("A1.1").Answer)
	assert.Equal(t, record.NotApplicable, val("A1.S").Answer)
	assert.Equal(t, record.NotApplicable, val("A1.3").Answer)
	assert.Equal(t, record.Yes, val("A1.4").Answer)
	assert.Equal(t, classification.VeryHigh, val("A2.5").Level)
	assert.Equal(t, classification.VeryHigh, val("A3.4").Level)
	assert.Equal(t, "  spaced text  ", val("I1.5").Text)
	assert.Equal(t, new(false), c.Factors.RiskOfHarm)
	assert.Equal(t, classification.NearLowMedium, c.NearBoundary.SafetyAndWellbeing)
	assert.Equal(t, classification.High, c.Inspector.RiskOfSeriousHarm)
	assert.Equal(t, []classification.Concern{classification.MentalHealth}, c.Concerns)
	assert.Equal(t, classification.Raise, c.RoSHRationale.Considerations[0].Use)
}

// TestReadErrors: bad input is refused with an error that names the sheet
// and cell, the case, the question or field and the bad value, and nothing
// is read.
func TestReadErrors(t *testing.T) {
	two := []record.Case{example(t), example(t)}
	two[1].ID = "case-015"
	good := writeBytes(t, two)
	edit := func(fn func(s *sheets) string) ([]byte, string) {
		s := cellsOf(t, good)
		cell := fn(s)
		return s.bytes(t), cell
	}
	for _, tc := range []struct {
		name string
		edit func(s *sheets) string
		want Error // Cell "?" is the cell edit returns
	}{
		{"value not allowed", func(s *sheets) string { return s.set(t, "Case 2", "A1.1", "maybe") },
			Error{Sheet: "Case 2", Cell: "?", Case: "case-015", Field: "A1.1", Value: "maybe", Reason: "want Yes, No or N/A"}},
		{"TRUE typed", func(s *sheets) string { return s.set(t, "Case 2", "A1.1", typedTrue) },
			Error{Sheet: "Case 2", Cell: "?", Case: "case-015", Field: "A1.1", Value: "TRUE", Reason: "want Yes, No or N/A"}},
		{"level for a yes/no question", func(s *sheets) string { return s.set(t, "Case 1", "A1.S", "High") },
			Error{Sheet: "Case 1", Cell: "?", Case: "case-014", Field: "A1.S", Value: "High", Reason: "want Yes, No or N/A"}},
		{"n/a for a fact", func(s *sheets) string { return s.set(t, "Case 1", "factors.childSafety", "N/A") },
			Error{Sheet: "Case 1", Cell: "?", Case: "case-014", Field: "factors.childSafety", Value: "N/A", Reason: "want Yes or No"}},
		{"bad level", func(s *sheets) string { return s.set(t, "Case 1", "A2.5", "Very big") },
			Error{Sheet: "Case 1", Cell: "?", Case: "case-014", Field: "A2.5", Value: "Very big", Reason: "want Low, Medium, High or Very high"}},
		{"duplicate ID", func(s *sheets) string { return s.set(t, "Case 2", "id", "case-014") },
			Error{Sheet: "Case 2", Cell: "?", Case: "case-014", Field: "id", Value: "case-014", Reason: "the same case ID as Case 1!C4"}},
		{"ID with spaces", func(s *sheets) string { return s.set(t, "Case 2", "id", " case-015") },
			Error{Sheet: "Case 2", Cell: "?", Case: " case-015", Field: "id", Value: " case-015", Reason: "not an ID: the ID begins with white space (U+0020)"}},
		{"unknown question", func(s *sheets) string {
			r := s.find(t, "Case 1", "A1.3")
			s.cells["Case 1"][[2]int{r, colKey}] = "A1.99"
			return xlsx.CellName(r, colKey)
		}, Error{Sheet: "Case 1", Cell: "?", Case: "case-014", Value: "A1.99", Reason: "no such question or field in an audit workbook"}},
		{"question twice", func(s *sheets) string {
			r := s.find(t, "Case 1", "A1.4")
			s.cells["Case 1"][[2]int{r, colKey}] = "A1.3"
			return xlsx.CellName(r, colKey)
		}, Error{Sheet: "Case 1", Cell: "?", Case: "case-014", Field: "A1.3", Reason: "given twice (also in row " + strconv.Itoa(cellsOf(t, good).find(t, "Case 1", "A1.3")+1) + ")"}},
		{"value in a heading row", func(s *sheets) string {
			s.cells["Case 1"][[2]int{firstRow, colAnswer}] = "yes"
			return xlsx.CellName(firstRow, colAnswer)
		},
			Error{Sheet: "Case 1", Cell: "?", Case: "case-014", Value: "yes", Reason: "a value in a row with no question or field named in column A"}},
		{"filled in without an ID", func(s *sheets) string { return s.set(t, "Case 2", "id", "") },
			Error{Sheet: "Case 2", Cell: "?", Field: "id", Reason: "no case ID, though the sheet is filled in"}},
		{"rationale No with rows filled", func(s *sheets) string { return s.set(t, "Case 1", "roshRationale", "No") },
			Error{Sheet: "Case 1", Cell: "?", Case: "case-014", Field: "roshRationale", Value: "No", Reason: "the rows of the rationale below are filled in"}},
		{"note beside a fact", func(s *sheets) string {
			r := s.find(t, "Case 1", "factors.riskOfHarm")
			s.cells["Case 1"][[2]int{r, colNotes}] = "evidence"
			return xlsx.CellName(r, colNotes)
		}, Error{Sheet: "Case 1", Cell: "?", Case: "case-014", Field: "factors.riskOfHarm", Reason: "notes are kept for questions only: write this one in the row notes.case"}},
		{"note in a heading row", func(s *sheets) string {
			s.cells["Case 1"][[2]int{firstRow, colNotes}] = "evidence"
			return xlsx.CellName(firstRow, colNotes)
		}, Error{Sheet: "Case 1", Cell: "?", Case: "case-014", Reason: "a note in a row with no question named in column A"}},
		{"unknown sheet", func(s *sheets) string {
			s.names = append(s.names, "My notes")
			s.cells["My notes"] = map[[2]int]string{{0, 0}: "x"}
			return ""
		}, Error{Sheet: "My notes", Reason: "not a sheet of an audit workbook (its sheets are Instructions, Summary, Case 1, Case 2, ..., Guidance and Lists)"}},
		{"another catalogue version", func(s *sheets) string {
			for k, v := range s.cells[SheetInstructions] {
				if v == framework.DomainTwo().Version() {
					s.cells[SheetInstructions][k] = "catalogue sha256:0000"
					return xlsx.CellName(k[0], k[1])
				}
			}
			return ""
		}, Error{Sheet: SheetInstructions, Cell: "?", Value: "catalogue sha256:0000", Reason: "written from another catalogue version; this program reads workbooks of " + framework.DomainTwo().Version()}},
		{"no instructions", func(s *sheets) string { s.names = s.names[1:]; return "" },
			Error{Reason: `not an audit workbook: no sheet "Instructions"`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b, cell := edit(tc.edit)
			got, err := readBytes(b)
			assert.Nil(t, got, "nothing is half-read")
			var e *Error
			require.ErrorAs(t, err, &e)
			want := tc.want
			if want.Cell == "?" {
				want.Cell = cell
			}
			assert.Equal(t, want, *e)
		})
	}
}

func TestNotAWorkbook(t *testing.T) {
	other := func() []byte {
		var wb xlsx.Workbook
		wb.AddSheet("Sheet1").Set(0, 0, xlsx.Str("id", xlsx.Plain))
		var buf bytes.Buffer
		require.NoError(t, wb.Write(&buf))
		return buf.Bytes()
	}()
	for name, b := range map[string][]byte{
		"CSV":            []byte("id,A1.1\ncase-1,yes\n"),
		"JSON":           []byte(`{"id":"case-1"}`),
		"empty":          nil,
		"another .xlsx":  other,
		"truncated xlsx": writeBytes(t, []record.Case{example(t)})[:3000],
	} {
		got, err := readBytes(b)
		assert.Nil(t, got, name)
		var e *Error
		require.ErrorAs(t, err, &e, name)
		assert.Contains(t, e.Error(), "not an audit workbook", name)
	}
}

// TestErrorMessage: the message names the sheet and cell, the case, the
// question and the bad value.
func TestErrorMessage(t *testing.T) {
	e := &Error{Sheet: "Case 3", Cell: "C14", Case: "case-014", Field: "A1.1", Value: "maybe", Reason: "want Yes, No or N/A"}
	assert.Equal(t, `workbook: Case 3!C14: case "case-014", question "A1.1": "maybe": want Yes, No or N/A`, e.Error())
	e = &Error{Sheet: "Case 3", Cell: "C9", Field: "factors.childSafety", Value: "N/A", Reason: "want Yes or No"}
	assert.Equal(t, `workbook: Case 3!C9: field "factors.childSafety": "N/A": want Yes or No`, e.Error())
}

// TestBlank: an empty audit reads back only the cases filled in.
func TestBlank(t *testing.T) {
	cases, err := Blank(3, "insp-01")
	require.NoError(t, err)
	s := cellsOf(t, writeBytes(t, cases))
	_, err = readBytes(s.bytes(t))
	var e *Error
	require.ErrorAs(t, err, &e)
	assert.Equal(t, "no case is filled in (each needs a case ID)", e.Reason)

	s.set(t, "Case 2", "id", "case-7")
	s.set(t, "Case 2", "A1.S", "Yes")
	got, err := readBytes(s.bytes(t))
	require.NoError(t, err)
	want := record.Case{ID: "case-7", Inspection: "insp-01"}
	require.NoError(t, want.Answers.Set("A1.S", record.Value{Answer: record.Yes}))
	if diff := cmp.Diff([]record.Case{want}, got); diff != "" {
		t.Fatal(diff)
	}

	for _, bad := range []struct {
		n    int
		insp string
	}{{0, ""}, {MaxCases + 1, ""}, {2, "bad id\n"}} {
		_, err := Blank(bad.n, bad.insp)
		assert.ErrorAs(t, err, &e, bad)
	}
}

func TestWriteErrors(t *testing.T) {
	long := example(t)
	require.NoError(t, long.Answers.Set("I1.5", record.Value{Text: strings.Repeat("é", xlsx.MaxTextLen+1)}))
	for name, tc := range map[string]struct {
		cases []record.Case
		want  Error
	}{
		"none":         {nil, Error{Reason: "0 cases: want 1 to 9996"}},
		"duplicate ID": {[]record.Case{example(t), example(t)}, Error{Sheet: "Case 2", Case: "case-014", Field: "id", Value: "case-014", Reason: "the same ID as Case 1"}},
		"long text":    {[]record.Case{long}, Error{Sheet: "Case 1", Cell: "C?", Case: "case-014", Field: "I1.5", Reason: "text of 32768 characters, more than a cell holds (32767)"}},
	} {
		err := Write(&bytes.Buffer{}, tc.cases, Options{})
		var e *Error
		require.ErrorAs(t, err, &e, name)
		if strings.HasSuffix(tc.want.Cell, "?") {
			tc.want.Cell = e.Cell
			assert.True(t, strings.HasPrefix(e.Cell, "C"), name)
		}
		assert.Equal(t, tc.want, *e, name)
	}
}

// TestExclusionFormula: the summary's exclusion condition (I1.1 Yes, not
// the home service, not responsible for assessment) is exactly when
// sampling.CheckLookedAfter excludes a case, for every combination of
// recorded, unrecorded, true and false facts.
func TestExclusionFormula(t *testing.T) {
	vals := []*bool{nil, new(false), new(true)}
	is := func(p *bool, v bool) bool { return p != nil && *p == v }
	for _, la := range vals {
		for _, home := range vals {
			for _, out := range vals {
				for _, resp := range vals {
					d := sampling.CheckLookedAfter(sampling.LookedAfter{LookedAfter: la, HomeService: home, LivedOutsideArea: out, ResponsibleForAssessment: resp})
					formula := is(la, true) && is(home, false) && is(resp, false)
					assert.Equal(t, d.Outcome == sampling.Exclude, formula, "%v %v %v %v", la, home, out, resp)
				}
			}
		}
	}
}

// TestFormulasFollowTheRules: each key question with a summary rule reads
// the rule's fact in its formula, and no other does.
func TestFormulasFollowTheRules(t *testing.T) {
	c := example(t)
	at := map[string]int{}
	for i, r := range caseRows(&c) {
		at[r.key] = firstRow + i
	}
	f := formulas{sheet: "Case 1", at: at}
	rules := map[framework.ID]record.Fact{}
	for _, r := range summaryRules() {
		rules[r.KeyQuestion] = r.Fact
	}
	for _, kq := range summaryKQs(profile.Profile{}) {
		got := f.keyQuestion(kq, "$C4")
		assert.Contains(t, got, f.cell(string(kq.Summary)), kq.ID)
		for _, fact := range record.Facts() {
			reads := strings.Contains(got, "IF("+f.is(fact.Path(), "No")+`,"Yes",`)
			assert.Equal(t, rules[kq.ID] == fact, reads, "%s reads %s", kq.ID, fact)
		}
		assert.Less(t, len(got), 8192, "Excel's limit on a formula's length")
	}
}

func FuzzRead(f *testing.F) {
	c := record.Case{ID: "c"}
	own := profile.Profile{ID: "safety", Name: "Safety audit", KeyQuestions: []framework.ID{"P2", "A2"}}
	for _, p := range []profile.Profile{{}, own} {
		var buf bytes.Buffer
		if err := Write(&buf, []record.Case{c}, Options{Profile: p}); err != nil {
			f.Fatal(err)
		}
		f.Add(buf.Bytes())
	}
	f.Add([]byte("PK\x03\x04"))
	f.Fuzz(func(t *testing.T, b []byte) {
		a, err := ReadAudit(bytes.NewReader(b), int64(len(b)))
		if err != nil {
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("error of type %T: %v", err, err)
			}
			if a.Cases != nil || !a.Profile.IsZero() {
				t.Fatal("an audit with an error")
			}
			if msg := err.Error(); record.EscapeText(msg) != msg {
				t.Fatalf("the message %q holds a character that could forge a line or move a terminal's cursor", msg)
			}
			return
		}
		if err := a.Profile.Validate(); err != nil {
			t.Fatalf("a profile read that does not validate: %v", err)
		}
		for i := range a.Cases {
			if e := checkCovered("", &a.Cases[i], a.Profile, ""); e != nil {
				t.Fatalf("a case read outside its profile: %v", e)
			}
		}
	})
}

// TestProfile: under a profile the case sheets hold only its key questions'
// rows (and those about the child), the summary only its key questions; a
// case answered outside it is refused rather than half-written; a case
// inside it reads back the same.
func TestProfile(t *testing.T) {
	p, err := profile.Lookup("keeping-other-people-safe")
	require.NoError(t, err)
	c := record.Case{ID: "case-1", Factors: record.Factors{RiskOfHarm: new(false)}}
	for id, v := range map[framework.ID]record.Value{"I1.4": {Text: "Male"}, "A3.1": {Answer: record.Yes}, "P3.S": {Answer: record.No}, "R3.S": {Answer: record.Yes}} {
		require.NoError(t, c.Answers.Set(id, v))
	}
	var buf bytes.Buffer
	require.NoError(t, Write(&buf, []record.Case{c}, Options{Profile: p}))
	got, err := readBytes(buf.Bytes())
	require.NoError(t, err)
	if diff := cmp.Diff([]record.Case{c}, got); diff != "" {
		t.Fatal(diff)
	}
	s := cellsOf(t, buf.Bytes())
	var keys []string
	for k, v := range s.cells["Case 1"] {
		if k[1] == colKey && k[0] >= firstRow {
			keys = append(keys, v)
		}
	}
	assert.Contains(t, keys, "A3.1")
	assert.Contains(t, keys, "I1.1")
	assert.NotContains(t, keys, "A1.1")
	assert.NotContains(t, keys, "O2.1")
	var header []string
	for j := sumFirstKQ; s.cells[SheetSummary][[2]int{sumHeader, j}] != ""; j++ {
		header = append(header, s.cells[SheetSummary][[2]int{sumHeader, j}])
	}
	assert.Equal(t, []string{"A3", "P3", "D3", "R3"}, header)

	require.NoError(t, c.Answers.Set("P1.1", record.Value{Answer: record.No}))
	err = Write(&bytes.Buffer{}, []record.Case{c}, Options{Profile: p})
	var e *Error
	require.ErrorAs(t, err, &e)
	assert.Equal(t, Error{Sheet: "Case 1", Case: "case-1", Field: "P1.1", Reason: `answered or noted, but the profile "keeping-other-people-safe" does not cover key question P1 (write the workbook with a profile that covers it)`}, *e)
}

// TestErrorEscapes: a sheet's name, a case ID, a field and a value come
// from the file, and are written so that none can break the message's line
// or move a terminal's cursor.
func TestErrorEscapes(t *testing.T) {
	err := &Error{Sheet: "Case 1\nforged", Cell: "C3", Case: "c\x1b[2J", Field: "A\u202e1.1", Value: "x\ny", Reason: "is wrong"}
	msg := err.Error()
	assert.Equal(t, record.EscapeText(msg), msg)
	assert.Equal(t, `workbook: Case 1\nforged!C3: case "c\x1b[2J", field "A\u202e1.1": "x\ny": is wrong`, msg)
}

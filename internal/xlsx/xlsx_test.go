package xlsx

import (
	"archive/zip"
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"
)

func TestCellNames(t *testing.T) {
	for _, tc := range []struct {
		name     string
		row, col int
	}{
		{"A1", 0, 0}, {"C14", 13, 2}, {"Z9", 8, 25}, {"AA1", 0, 26}, {"AZ2", 1, 51}, {"BA3", 2, 52},
		{"XFD1048576", MaxRows - 1, MaxCols - 1},
	} {
		assert.Equal(t, tc.name, CellName(tc.row, tc.col))
		r, c, ok := ParseCellName(tc.name)
		require.True(t, ok, tc.name)
		assert.Equal(t, [2]int{tc.row, tc.col}, [2]int{r, c}, tc.name)
	}
	for _, bad := range []string{"", "A", "1", "A0", "A01", "XFE1", "A1048577", "A-1", "A+1", "AAAA1", "1A", "A1B", "é1"} {
		_, _, ok := ParseCellName(bad)
		assert.False(t, ok, bad)
	}
	r, c, ok := ParseCellName("$c$14")
	assert.True(t, ok)
	assert.Equal(t, [2]int{13, 2}, [2]int{r, c})
	assert.Equal(t, "", CellName(-1, 0))
	assert.Equal(t, "'It''s'!$B$3", Ref("It's", 2, 1, true))
}

func TestCheckSheetName(t *testing.T) {
	assert.Equal(t, "", CheckSheetName("Case 12"))
	for _, bad := range []string{"", strings.Repeat("x", 32), "a/b", "a[1]", "'a", "a'", "a\tb", "a:b"} {
		assert.NotEqual(t, "", CheckSheetName(bad), bad)
	}
}

func TestEscapeText(t *testing.T) {
	for _, s := range []string{"plain", "a\x01b", "_x0041_", "tab\tnew\nline", "\uFFFE", "_x00", "x_x005F_y"} {
		e := escapeText(s)
		for _, r := range e {
			assert.False(t, forbidden(r), "%q escapes to %q", s, e)
		}
		assert.Equal(t, s, unescapeText(e), "%q escapes to %q", s, e)
	}
	assert.Equal(t, "a_x0001_b", escapeText("a\x01b"))
}

// tb is what the helpers need of a *testing.T, a *testing.F or a *rapid.T.
type tb interface {
	Helper()
	Errorf(format string, args ...any)
	FailNow()
}

func write(t tb, wb *Workbook) []byte {
	t.Helper()
	var buf bytes.Buffer
	require.NoError(t, wb.Write(&buf))
	return buf.Bytes()
}

func read(t tb, b []byte) *File {
	t.Helper()
	f, err := Read(bytes.NewReader(b), int64(len(b)))
	require.NoError(t, err)
	return f
}

func TestWriteReadBack(t *testing.T) {
	var wb Workbook
	s := wb.AddSheet("Case 1")
	s.FreezeRows, s.FreezeCols, s.Protected, s.Landscape = 2, 1, true, true
	s.Width(1, 60)
	s.Set(0, 0, Str("Title", Title))
	s.Set(1, 0, Str("  spaced  ", Header))
	s.Set(1, 2, Num(14, Plain))
	s.Set(2, 1, Bool(true, Bold))
	s.Set(3, 1, Fx(`IF(B3,"yes","no")`, Result))
	s.Set(4, 27, Str("far <&> \"away\"", Input))
	s.Set(5, 0, Cell{Style: Input})
	s.List([]string{"Yes", "No", "N/A"}, "C5", "C7")
	s.LinkTo(0, 0, Ref("Lists", 0, 0, false))
	l := wb.AddSheet("Lists")
	l.Hidden = true
	l.Set(0, 0, Str("Title", Plain)) // shared with Case 1
	b := write(t, &wb)

	f := read(t, b)
	require.Len(t, f.Sheets, 2)
	c := f.Sheets[0]
	assert.Equal(t, "Case 1", c.Name)
	assert.False(t, c.Hidden)
	assert.True(t, f.Sheets[1].Hidden)
	assert.Equal(t, Value{String, "Title"}, c.cells[[2]int{0, 0}])
	assert.Equal(t, Value{String, "  spaced  "}, c.cells[[2]int{1, 0}])
	assert.Equal(t, Value{Numeric, "14"}, c.cells[[2]int{1, 2}])
	assert.Equal(t, Value{Logical, "1"}, c.cells[[2]int{2, 1}])
	assert.Equal(t, "far <&> \"away\"", c.Text(4, 27))
	_, ok := c.Cell(3, 1) // a formula without a cached value
	assert.False(t, ok)
	_, ok = c.Cell(5, 0)
	assert.False(t, ok)
	assert.Equal(t, 5, c.Rows())
	assert.Equal(t, 28, c.Cols())
	got, ok := f.Sheet("lists")
	require.True(t, ok)
	assert.Equal(t, "Title", got.Text(0, 0))
}

func TestWriteRefuses(t *testing.T) {
	for name, wb := range map[string]*Workbook{
		"no sheet":   {},
		"bad name":   {Sheets: []*Sheet{{Name: "a/b"}}},
		"repeated":   {Sheets: []*Sheet{{Name: "A"}, {Name: "a"}}},
		"all hidden": {Sheets: []*Sheet{{Name: "A", Hidden: true}}},
		"long text": func() *Workbook {
			var w Workbook
			w.AddSheet("A").Set(0, 0, Str(strings.Repeat("x", MaxTextLen+1), Plain))
			return &w
		}(),
		"not finite":   func() *Workbook { var w Workbook; w.AddSheet("A").Set(0, 0, Num(posInf(), Plain)); return &w }(),
		"unknown kind": func() *Workbook { var w Workbook; w.AddSheet("A").Set(0, 0, Cell{Kind: 9}); return &w }(),
	} {
		err := wb.Write(&bytes.Buffer{})
		var e *Error
		assert.ErrorAs(t, err, &e, name)
	}
}

func posInf() float64 { z := 0.0; return 1 / z }

// zipOf makes a file of the given parts.
func zipOf(t testing.TB, parts map[string]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	for name, body := range parts {
		w, err := z.Create(name)
		require.NoError(t, err)
		_, err = w.Write([]byte(body))
		require.NoError(t, err)
	}
	require.NoError(t, z.Close())
	return buf.Bytes()
}

// handMade is a workbook as other programs write one: a strict-namespace
// relationship id, an absolute target, rich text with phonetic runs, inline
// strings, formula strings, booleans, errors, cells and rows without a
// reference, rows out of order.
func handMade(sheet string) map[string]string {
	return map[string]string{
		"_rels/.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument" Target="/book/wb.xml"/></Relationships>`,
		"book/wb.xml": `<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:s="http://purl.oclc.org/ooxml/officeDocument/relationships"><x:sheets><x:sheet name="One" sheetId="4" s:id="a"/></x:sheets></x:workbook>`,
		"book/_rels/wb.xml.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="a" Type="x/worksheet" Target="sheets/s.xml"/><Relationship Id="b" Type="x/sharedStrings" Target="/book/strings.xml"/></Relationships>`,
		"book/strings.xml": `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>plain</t></si>` +
			`<si><r><rPr><b/></rPr><t xml:space="preserve">Very </t></r><r><t>High</t></r><rPh><t>ignored</t></rPh></si><si><t>a_x000D_b</t></si></sst>`,
		"book/sheets/s.xml": sheet,
	}
}

func TestReadWhatOthersWrite(t *testing.T) {
	f := read(t, zipOf(t, handMade(`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`+
		`<row r="5"><c r="B5" t="s"><v>1</v></c><c t="inlineStr"><is><t>inline</t></is></c><c t="str"><f>A1</f><v>formula text</v></c></row>`+
		`<row r="2"><c r="A2" t="s"><v>0</v></c><c r="D2" t="b"><v>0</v></c><c t="e"><v>#N/A</v></c></row>`+
		`<row><c t="n"><v>1.5</v></c><c><v>2</v></c><c t="s"><v>2</v></c><c t="inlineStr"><is><r><t>ri</t></r><r><t>ch</t></r></is></c></row>`+
		`<row r="9"><c r="A9" s="3"/></row>`+
		`</sheetData></worksheet>`)))
	require.Len(t, f.Sheets, 1)
	s := f.Sheets[0]
	assert.Equal(t, "One", s.Name)
	want := map[[2]int]Value{
		{4, 1}: {String, "Very High"}, {4, 2}: {String, "inline"}, {4, 3}: {String, "formula text"},
		{1, 0}: {String, "plain"}, {1, 3}: {Logical, "0"}, {1, 4}: {ErrorValue, "#N/A"},
		{2, 0}: {Numeric, "1.5"}, {2, 1}: {Numeric, "2"}, {2, 2}: {String, "a\rb"}, {2, 3}: {String, "rich"},
	}
	assert.Equal(t, want, s.cells)
	assert.Equal(t, 5, s.Rows())
}

func TestReadRefuses(t *testing.T) {
	sheet := func(data string) []byte {
		return zipOf(t, handMade(`<worksheet><sheetData>`+data+`</sheetData></worksheet>`))
	}
	noWorkbook := zipOf(t, map[string]string{"a.txt": "hello"})
	noSheetPart := handMade("")
	delete(noSheetPart, "book/sheets/s.xml")
	for name, b := range map[string][]byte{
		"not a zip":         []byte("id,answers\n1,yes\n"),
		"empty":             nil,
		"no workbook":       noWorkbook,
		"sheet part absent": zipOf(t, noSheetPart),
		"bad XML":           sheet(`<row><c>`),
		"bad shared string": sheet(`<row><c t="s"><v>7</v></c></row>`),
		"bad number":        sheet(`<row><c><v>x</v></c></row>`),
		"bad boolean":       sheet(`<row><c t="b"><v>2</v></c></row>`),
		"bad type":          sheet(`<row><c t="q"><v>2</v></c></row>`),
		"bad row":           sheet(`<row r="0"><c><v>2</v></c></row>`),
		"bad cell":          sheet(`<row r="1"><c r="1A"><v>2</v></c></row>`),
		"cell in wrong row": sheet(`<row r="1"><c r="A2"><v>2</v></c></row>`),
	} {
		_, err := Read(bytes.NewReader(b), int64(len(b)))
		var e *Error
		assert.ErrorAs(t, err, &e, name)
	}
}

// TestRoundTripText: any text and number written reads back the same.
func TestRoundTripText(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		texts := rapid.SliceOfN(rapid.String(), 1, 20).Draw(t, "texts")
		var wb Workbook
		s := wb.AddSheet("S")
		for i, x := range texts {
			s.Set(i, i%3, Str(x, Style(i%int(numStyles))))
		}
		f := read(t, write(t, &wb))
		for i, x := range texts {
			if x == "" {
				continue
			}
			if got := f.Sheets[0].Text(i, i%3); got != strings.ToValidUTF8(x, "\uFFFD") {
				t.Fatalf("row %d: wrote %q, read %q", i, x, got)
			}
		}
	})
}

func FuzzRead(f *testing.F) {
	var wb Workbook
	wb.AddSheet("A").Set(0, 0, Str("x", Plain))
	f.Add(write(f, &wb))
	f.Add(zipOf(f, handMade(`<worksheet><sheetData><row><c t="s"><v>1</v></c></row></sheetData></worksheet>`)))
	f.Add([]byte("PK\x03\x04"))
	f.Fuzz(func(t *testing.T, b []byte) {
		file, err := Read(bytes.NewReader(b), int64(len(b)))
		if err != nil {
			var e *Error
			require.ErrorAs(t, err, &e)
			return
		}
		require.NotEmpty(t, file.Sheets)
	})
}

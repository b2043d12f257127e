package xlsx

import (
	"archive/zip"
	"bufio"
	"encoding/xml"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode/utf16"
)

// Style is one of the workbook's fixed cell styles. The zero value is the
// default style (text at the top of the cell).
type Style uint8

// The styles.
const (
	// Plain is the default: text at the top of the cell.
	Plain Style = iota
	// Bold is bold text.
	Bold
	// Header is a column header: bold, wrapped, on grey, with a border
	// below.
	Header
	// Wrap wraps long text in the column's width.
	Wrap
	// Input marks a cell to fill in: wrapped, on pale yellow, with a thin
	// border, and unlocked when the sheet is protected.
	Input
	// Title is a sheet's title: bold and larger.
	Title
	// Link is the text of a link: blue and underlined.
	Link
	// Section is a heading row within a sheet: bold and wrapped, on pale
	// blue.
	Section
	// Result is a computed value: bold, centred, on pale green.
	Result
	numStyles
)

// Kind is the kind of value a Cell holds.
type Kind uint8

// The kinds of cell.
const (
	// Blank holds nothing (a styled empty cell).
	Blank Kind = iota
	// Text holds a string.
	Text
	// Number holds a number.
	Number
	// Boolean holds TRUE or FALSE.
	Boolean
	// Formula holds a formula (without the leading "="), computed by the
	// spreadsheet program when it opens the file.
	Formula
)

// Cell is one cell to write.
type Cell struct {
	Kind  Kind
	Text  string // Text: the string; Formula: the formula, without "="
	Num   float64
	Bool  bool
	Style Style
}

// Str returns a text cell.
func Str(s string, st Style) Cell { return Cell{Kind: Text, Text: s, Style: st} }

// Num returns a number cell.
func Num(v float64, st Style) Cell { return Cell{Kind: Number, Num: v, Style: st} }

// Bool returns a boolean cell.
func Bool(v bool, st Style) Cell { return Cell{Kind: Boolean, Bool: v, Style: st} }

// Fx returns a formula cell; f is written without the leading "=", e.g.
// `IF(A1="Yes","Y","N")`.
func Fx(f string, st Style) Cell { return Cell{Kind: Formula, Text: f, Style: st} }

// Workbook is a workbook to write: its sheets, in order.
type Workbook struct {
	Sheets []*Sheet
}

// AddSheet appends a sheet named name and returns it.
func (wb *Workbook) AddSheet(name string) *Sheet {
	s := &Sheet{Name: name}
	wb.Sheets = append(wb.Sheets, s)
	return s
}

// Sheet is one sheet to write. Rows and columns are counted from 0.
type Sheet struct {
	// Name is the sheet's tab name (see CheckSheetName).
	Name string
	// Hidden hides the sheet's tab.
	Hidden bool
	// Protected protects the sheet: only Input cells can be changed
	// (without a password: protection guards against slips, not people).
	Protected bool
	// FreezeRows and FreezeCols keep that many top rows and left columns
	// in view when scrolling.
	FreezeRows, FreezeCols int
	// Landscape prints (and converts to PDF) in landscape, fitted to the
	// page's width.
	Landscape bool

	rows    [][]Cell
	widths  map[int]float64
	heights map[int]float64
	lists   []validation
	links   []link
}

type validation struct {
	cells []string // cell names
	list  string   // formula1
}

type link struct {
	cell, target string
}

// Set writes a cell.
func (s *Sheet) Set(row, col int, c Cell) {
	if row < 0 || row >= MaxRows || col < 0 || col >= MaxCols {
		return
	}
	for len(s.rows) <= row {
		s.rows = append(s.rows, nil)
	}
	r := s.rows[row]
	for len(r) <= col {
		r = append(r, Cell{Style: numStyles}) // numStyles marks "not set"
	}
	r[col] = c
	s.rows[row] = r
}

// Width sets a column's width, in characters.
func (s *Sheet) Width(col int, w float64) {
	if s.widths == nil {
		s.widths = map[int]float64{}
	}
	s.widths[col] = w
}

// Height sets a row's height, in points (spreadsheet programs take 0 to
// 409; others are clamped). Spreadsheet programs do not fit a row to its
// wrapped text when they open a file, so a row of long wrapped text needs
// its height set.
func (s *Sheet) Height(row int, points float64) {
	if row < 0 || row >= MaxRows || math.IsNaN(points) {
		return
	}
	if s.heights == nil {
		s.heights = map[int]float64{}
	}
	s.heights[row] = min(max(points, 0), 409)
}

// List gives cells a drop-down list of values (a list data validation that
// refuses other values). Values must not contain a comma or a double
// quote, and together be at most 255 characters: for longer lists put the
// values in cells and use ListRange.
func (s *Sheet) List(values []string, cells ...string) {
	s.lists = append(s.lists, validation{cells: cells, list: `"` + strings.Join(values, ",") + `"`})
}

// ListRange gives cells a drop-down list of the values in a range, e.g.
// "'Lists'!$A$1:$A$11".
func (s *Sheet) ListRange(rng string, cells ...string) {
	s.lists = append(s.lists, validation{cells: cells, list: rng})
}

// LinkTo makes a cell a link to a cell of the workbook, e.g.
// "'Guidance'!A12" (see Ref).
func (s *Sheet) LinkTo(row, col int, target string) {
	s.links = append(s.links, link{CellName(row, col), target})
}

// Error is an error of Write or Read: the part of the file at fault (a
// sheet's name, or a path in the file) and what is wrong.
type Error struct {
	// Part names the sheet or the part of the file; "" for the file.
	Part string
	// Reason says what is wrong.
	Reason string
}

// Error implements error.
func (e *Error) Error() string {
	if e.Part == "" {
		return "xlsx: " + e.Reason
	}
	return "xlsx: " + e.Part + ": " + e.Reason
}

const (
	nsMain  = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
	nsRel   = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
	nsPkg   = "http://schemas.openxmlformats.org/package/2006/relationships"
	xmlDecl = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"
)

// Write writes the workbook as an .xlsx file. It is an error to write no
// sheet, a sheet name spreadsheet programs refuse or repeat (in any case),
// text longer than MaxTextLen, or a number that is not finite.
func (wb *Workbook) Write(w io.Writer) error {
	if len(wb.Sheets) == 0 {
		return &Error{Reason: "a workbook needs a sheet"}
	}
	seen := map[string]bool{}
	for _, s := range wb.Sheets {
		if why := CheckSheetName(s.Name); why != "" {
			return &Error{Part: strconv.Quote(s.Name), Reason: "sheet name " + why}
		}
		if k := strings.ToLower(s.Name); seen[k] {
			return &Error{Part: strconv.Quote(s.Name), Reason: "sheet name repeated"}
		} else {
			seen[k] = true
		}
	}
	sst := &sharedStrings{index: map[string]int{}}
	z := zip.NewWriter(w)
	put := func(name string, body func(*bufio.Writer) error) error {
		f, err := z.Create(name)
		if err != nil {
			return err
		}
		b := bufio.NewWriterSize(f, 64<<10)
		b.WriteString(xmlDecl)
		if err := body(b); err != nil {
			return err
		}
		return b.Flush()
	}
	if err := put("[Content_Types].xml", func(b *bufio.Writer) error {
		b.WriteString(`<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`)
		b.WriteString(`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>`)
		b.WriteString(`<Default Extension="xml" ContentType="application/xml"/>`)
		b.WriteString(`<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>`)
		b.WriteString(`<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>`)
		b.WriteString(`<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>`)
		for i := range wb.Sheets {
			b.WriteString(`<Override PartName="/xl/worksheets/sheet` + strconv.Itoa(i+1) + `.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`)
		}
		b.WriteString(`</Types>`)
		return nil
	}); err != nil {
		return err
	}
	if err := put("_rels/.rels", func(b *bufio.Writer) error {
		b.WriteString(`<Relationships xmlns="` + nsPkg + `"><Relationship Id="rId1" Type="` + nsRel + `/officeDocument" Target="xl/workbook.xml"/></Relationships>`)
		return nil
	}); err != nil {
		return err
	}
	active := slices.IndexFunc(wb.Sheets, func(s *Sheet) bool { return !s.Hidden })
	if active < 0 {
		return &Error{Reason: "every sheet is hidden"}
	}
	if err := put("xl/workbook.xml", func(b *bufio.Writer) error {
		b.WriteString(`<workbook xmlns="` + nsMain + `" xmlns:r="` + nsRel + `"><bookViews><workbookView activeTab="` + strconv.Itoa(active) + `"/></bookViews><sheets>`)
		for i, s := range wb.Sheets {
			b.WriteString(`<sheet name="`)
			xmlAttr(b, s.Name)
			b.WriteString(`" sheetId="` + strconv.Itoa(i+1) + `"`)
			if s.Hidden {
				b.WriteString(` state="hidden"`)
			}
			b.WriteString(` r:id="rId` + strconv.Itoa(i+1) + `"/>`)
		}
		b.WriteString(`</sheets><calcPr calcId="191029" fullCalcOnLoad="1"/></workbook>`)
		return nil
	}); err != nil {
		return err
	}
	if err := put("xl/_rels/workbook.xml.rels", func(b *bufio.Writer) error {
		b.WriteString(`<Relationships xmlns="` + nsPkg + `">`)
		n := len(wb.Sheets)
		for i := range wb.Sheets {
			b.WriteString(`<Relationship Id="rId` + strconv.Itoa(i+1) + `" Type="` + nsRel + `/worksheet" Target="worksheets/sheet` + strconv.Itoa(i+1) + `.xml"/>`)
		}
		b.WriteString(`<Relationship Id="rId` + strconv.Itoa(n+1) + `" Type="` + nsRel + `/styles" Target="styles.xml"/>`)
		b.WriteString(`<Relationship Id="rId` + strconv.Itoa(n+2) + `" Type="` + nsRel + `/sharedStrings" Target="sharedStrings.xml"/>`)
		b.WriteString(`</Relationships>`)
		return nil
	}); err != nil {
		return err
	}
	if err := put("xl/styles.xml", func(b *bufio.Writer) error { b.WriteString(stylesXML); return nil }); err != nil {
		return err
	}
	for i, s := range wb.Sheets {
		if err := put("xl/worksheets/sheet"+strconv.Itoa(i+1)+".xml", func(b *bufio.Writer) error {
			return s.write(b, sst, i == active)
		}); err != nil {
			return err
		}
	}
	if err := put("xl/sharedStrings.xml", sst.write); err != nil {
		return err
	}
	return z.Close()
}

// sharedStrings is the table of the workbook's strings, each stored once.
type sharedStrings struct {
	index map[string]int
	list  []string
	count int
}

func (t *sharedStrings) add(s string) int {
	t.count++
	if i, ok := t.index[s]; ok {
		return i
	}
	t.index[s] = len(t.list)
	t.list = append(t.list, s)
	return len(t.list) - 1
}

func (t *sharedStrings) write(b *bufio.Writer) error {
	b.WriteString(`<sst xmlns="` + nsMain + `" count="` + strconv.Itoa(t.count) + `" uniqueCount="` + strconv.Itoa(len(t.list)) + `">`)
	for _, s := range t.list {
		b.WriteString(`<si>`)
		writeT(b, s)
		b.WriteString(`</si>`)
	}
	b.WriteString(`</sst>`)
	return nil
}

// writeT writes a <t> element holding s.
func writeT(b *bufio.Writer, s string) {
	if s != strings.TrimSpace(s) {
		b.WriteString(`<t xml:space="preserve">`)
	} else {
		b.WriteString(`<t>`)
	}
	xmlText(b, escapeText(s))
	b.WriteString(`</t>`)
}

func xmlText(b *bufio.Writer, s string) {
	xml.EscapeText(b, []byte(s))
}

func xmlAttr(b *bufio.Writer, s string) {
	xml.EscapeText(b, []byte(s))
}

func (s *Sheet) write(b *bufio.Writer, sst *sharedStrings, active bool) error {
	part := func(reason string) error { return &Error{Part: strconv.Quote(s.Name), Reason: reason} }
	b.WriteString(`<worksheet xmlns="` + nsMain + `" xmlns:r="` + nsRel + `">`)
	if s.Landscape {
		b.WriteString(`<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>`)
	}
	b.WriteString(`<sheetViews><sheetView workbookViewId="0"`)
	if active {
		b.WriteString(` tabSelected="1"`)
	}
	b.WriteString(`>`)
	if fr, fc := s.FreezeRows, s.FreezeCols; fr > 0 || fc > 0 {
		pane := map[[2]bool]string{{true, false}: "bottomLeft", {false, true}: "topRight", {true, true}: "bottomRight"}[[2]bool{fr > 0, fc > 0}]
		b.WriteString(`<pane`)
		if fc > 0 {
			b.WriteString(` xSplit="` + strconv.Itoa(fc) + `"`)
		}
		if fr > 0 {
			b.WriteString(` ySplit="` + strconv.Itoa(fr) + `"`)
		}
		b.WriteString(` topLeftCell="` + CellName(fr, fc) + `" activePane="` + pane + `" state="frozen"/>`)
		b.WriteString(`<selection pane="` + pane + `" activeCell="` + CellName(fr, fc) + `" sqref="` + CellName(fr, fc) + `"/>`)
	}
	b.WriteString(`</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>`)
	if len(s.widths) > 0 {
		cols := make([]int, 0, len(s.widths))
		for c := range s.widths {
			cols = append(cols, c)
		}
		slices.Sort(cols)
		b.WriteString(`<cols>`)
		for _, c := range cols {
			b.WriteString(`<col min="` + strconv.Itoa(c+1) + `" max="` + strconv.Itoa(c+1) + `" width="` + strconv.FormatFloat(s.widths[c], 'f', -1, 64) + `" customWidth="1"/>`)
		}
		b.WriteString(`</cols>`)
	}
	b.WriteString(`<sheetData>`)
	for r, row := range s.rows {
		if len(row) == 0 {
			continue
		}
		b.WriteString(`<row r="` + strconv.Itoa(r+1) + `"`)
		if h, ok := s.heights[r]; ok {
			b.WriteString(` ht="` + strconv.FormatFloat(h, 'f', -1, 64) + `" customHeight="1"`)
		}
		b.WriteString(`>`)
		for c, cell := range row {
			if cell.Style == numStyles {
				continue
			}
			if cell.Style > numStyles {
				return part("unknown style at " + CellName(r, c))
			}
			b.WriteString(`<c r="` + CellName(r, c) + `"`)
			if cell.Style != Plain {
				b.WriteString(` s="` + strconv.Itoa(int(cell.Style)) + `"`)
			}
			switch cell.Kind {
			case Blank:
				b.WriteString(`/>`)
			case Text:
				if n := len(utf16.Encode([]rune(cell.Text))); n > MaxTextLen {
					return part(CellName(r, c) + ": text of " + strconv.Itoa(n) + " characters, more than a cell holds (" + strconv.Itoa(MaxTextLen) + ")")
				}
				b.WriteString(` t="s"><v>` + strconv.Itoa(sst.add(cell.Text)) + `</v></c>`)
			case Number:
				if math.IsInf(cell.Num, 0) || math.IsNaN(cell.Num) {
					return part(CellName(r, c) + ": a number that is not finite")
				}
				b.WriteString(`><v>` + strconv.FormatFloat(cell.Num, 'g', -1, 64) + `</v></c>`)
			case Boolean:
				v := "0"
				if cell.Bool {
					v = "1"
				}
				b.WriteString(` t="b"><v>` + v + `</v></c>`)
			case Formula:
				b.WriteString(`><f>`)
				xmlText(b, cell.Text)
				b.WriteString(`</f></c>`)
			default:
				return part("unknown kind of cell at " + CellName(r, c))
			}
		}
		b.WriteString(`</row>`)
	}
	b.WriteString(`</sheetData>`)
	if s.Protected {
		b.WriteString(`<sheetProtection sheet="1" objects="1" scenarios="1" formatColumns="0" formatRows="0"/>`)
	}
	if len(s.lists) > 0 {
		b.WriteString(`<dataValidations count="` + strconv.Itoa(len(s.lists)) + `">`)
		for _, v := range s.lists {
			b.WriteString(`<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="` + strings.Join(v.cells, " ") + `"><formula1>`)
			xmlText(b, v.list)
			b.WriteString(`</formula1></dataValidation>`)
		}
		b.WriteString(`</dataValidations>`)
	}
	if len(s.links) > 0 {
		b.WriteString(`<hyperlinks>`)
		for _, l := range s.links {
			b.WriteString(`<hyperlink ref="` + l.cell + `" location="`)
			xmlAttr(b, l.target)
			b.WriteString(`" display="`)
			xmlAttr(b, l.target)
			b.WriteString(`"/>`)
		}
		b.WriteString(`</hyperlinks>`)
	}
	b.WriteString(`<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>`)
	if s.Landscape {
		b.WriteString(`<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>`)
	}
	b.WriteString(`</worksheet>`)
	return nil
}

// stylesXML holds the fixed styles, one cellXfs entry a Style in order.
const stylesXML = `<styleSheet xmlns="` + nsMain + `">` +
	`<fonts count="4">` +
	`<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>` +
	`<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>` +
	`<font><b/><sz val="14"/><name val="Calibri"/><family val="2"/></font>` +
	`<font><u/><sz val="11"/><color rgb="FF0563C1"/><name val="Calibri"/><family val="2"/></font>` +
	`</fonts>` +
	`<fills count="6">` +
	`<fill><patternFill patternType="none"/></fill>` +
	`<fill><patternFill patternType="gray125"/></fill>` +
	`<fill><patternFill patternType="solid"><fgColor rgb="FFD9D9D9"/><bgColor indexed="64"/></patternFill></fill>` +
	`<fill><patternFill patternType="solid"><fgColor rgb="FFFFF2CC"/><bgColor indexed="64"/></patternFill></fill>` +
	`<fill><patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/><bgColor indexed="64"/></patternFill></fill>` +
	`<fill><patternFill patternType="solid"><fgColor rgb="FFE2EFDA"/><bgColor indexed="64"/></patternFill></fill>` +
	`</fills>` +
	`<borders count="3">` +
	`<border><left/><right/><top/><bottom/><diagonal/></border>` +
	`<border><left/><right/><top/><bottom style="thin"><color indexed="64"/></bottom><diagonal/></border>` +
	`<border><left style="thin"><color rgb="FFBFBFBF"/></left><right style="thin"><color rgb="FFBFBFBF"/></right><top style="thin"><color rgb="FFBFBFBF"/></top><bottom style="thin"><color rgb="FFBFBFBF"/></bottom><diagonal/></border>` +
	`</borders>` +
	`<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
	`<cellXfs count="9">` +
	// Plain
	`<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top"/></xf>` +
	// Bold
	`<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment vertical="top"/></xf>` +
	// Header
	`<xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>` +
	// Wrap
	`<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>` +
	// Input
	`<xf numFmtId="49" fontId="0" fillId="3" borderId="2" xfId="0" applyNumberFormat="1" applyFill="1" applyBorder="1" applyAlignment="1" applyProtection="1"><alignment vertical="top" wrapText="1"/><protection locked="0"/></xf>` +
	// Title
	`<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>` +
	// Link
	`<xf numFmtId="0" fontId="3" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment vertical="top"/></xf>` +
	// Section
	`<xf numFmtId="0" fontId="1" fillId="4" borderId="0" xfId="0" applyFont="1" applyFill="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>` +
	// Result
	`<xf numFmtId="0" fontId="1" fillId="5" borderId="2" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="top"/></xf>` +
	`</cellXfs>` +
	`<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
	`</styleSheet>`

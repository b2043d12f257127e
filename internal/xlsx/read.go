package xlsx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"path"
	"strconv"
	"strings"
)

// MaxPartSize is the most bytes Read inflates of one part of a file (a
// sheet, the shared strings): a part that inflates to more is refused, so
// that a small file cannot exhaust memory.
const MaxPartSize = 256 << 20

// ValueType is the type of a value read from a cell.
type ValueType uint8

// The types of value.
const (
	// String is text (shared, inline or a formula's text result).
	String ValueType = iota + 1
	// Numeric is a number, in the text the file holds ("14", "0.5").
	Numeric
	// Logical is TRUE or FALSE ("1" or "0" in Value.Text).
	Logical
	// ErrorValue is a formula's error, such as "#N/A".
	ErrorValue
)

// Value is the value of one cell read from a file.
type Value struct {
	Type ValueType
	// Text is the value as the file holds it: the string, the number's
	// digits, "1" or "0" for a boolean, the error's name.
	Text string
}

// ReadSheet is one sheet read from a file: its name and the values of its
// cells that hold one.
type ReadSheet struct {
	Name   string
	Hidden bool
	cells  map[[2]int]Value
	rows   int // 1 + the last row that holds a value
}

// Cell returns the value of a cell (row and column counted from 0), and
// whether it holds one.
func (s *ReadSheet) Cell(row, col int) (Value, bool) {
	v, ok := s.cells[[2]int{row, col}]
	return v, ok
}

// Text returns the text of a cell's value; "" for an empty cell.
func (s *ReadSheet) Text(row, col int) string { return s.cells[[2]int{row, col}].Text }

// Rows returns 1 + the index of the last row that holds a value; 0 for an
// empty sheet.
func (s *ReadSheet) Rows() int { return s.rows }

// Cols returns 1 + the index of the last column that holds a value in any
// row.
func (s *ReadSheet) Cols() int {
	n := 0
	for k := range s.cells {
		n = max(n, k[1]+1)
	}
	return n
}

// File is a workbook read from a file.
type File struct {
	// Sheets are the workbook's sheets in tab order.
	Sheets []*ReadSheet
}

// Sheet returns the sheet of that name (names match in any case, as
// spreadsheet programs match them).
func (f *File) Sheet(name string) (*ReadSheet, bool) {
	for _, s := range f.Sheets {
		if strings.EqualFold(s.Name, name) {
			return s, true
		}
	}
	return nil, false
}

// Read reads the values of every sheet of an .xlsx file. A file that is not
// a zip archive, or not a workbook (no workbook part, a sheet the workbook
// lists but the file lacks, XML that does not parse, a part larger than
// MaxPartSize), is an *Error.
func Read(r io.ReaderAt, size int64) (*File, error) {
	z, err := zip.NewReader(r, size)
	if err != nil {
		return nil, &Error{Reason: "not a workbook (" + strings.TrimPrefix(err.Error(), "zip: ") + ")"}
	}
	files := map[string]*zip.File{}
	for _, f := range z.File {
		files[strings.TrimPrefix(f.Name, "/")] = f
	}
	load := func(name string) ([]byte, error) {
		f, ok := files[name]
		if !ok {
			// Zip names are case-sensitive, part names are not.
			for n, g := range files {
				if strings.EqualFold(n, name) {
					f, ok = g, true
					break
				}
			}
		}
		if !ok {
			return nil, &Error{Part: name, Reason: "missing from the file"}
		}
		rc, err := f.Open()
		if err != nil {
			return nil, &Error{Part: name, Reason: err.Error()}
		}
		defer rc.Close()
		data, err := io.ReadAll(io.LimitReader(rc, MaxPartSize+1))
		if err != nil {
			return nil, &Error{Part: name, Reason: err.Error()}
		}
		if len(data) > MaxPartSize {
			return nil, &Error{Part: name, Reason: "larger than " + strconv.Itoa(MaxPartSize>>20) + " MiB inflated"}
		}
		return data, nil
	}
	decode := func(name string, v any) error {
		data, err := load(name)
		if err != nil {
			return err
		}
		if err := xml.Unmarshal(data, v); err != nil {
			return &Error{Part: name, Reason: "XML: " + err.Error()}
		}
		return nil
	}

	// The workbook part, through the package's relationships.
	wbPath := "xl/workbook.xml"
	if _, ok := files["_rels/.rels"]; ok {
		var rels xRels
		if err := decode("_rels/.rels", &rels); err != nil {
			return nil, err
		}
		for _, r := range rels.Rels {
			if strings.HasSuffix(r.Type, "/officeDocument") {
				wbPath = resolve("", r.Target)
			}
		}
	}
	if _, ok := files[wbPath]; !ok {
		return nil, &Error{Reason: "not a workbook (no " + wbPath + ")"}
	}
	var wb xWorkbook
	if err := decode(wbPath, &wb); err != nil {
		return nil, err
	}
	dir := path.Dir(wbPath)
	relsPath := path.Join(dir, "_rels", path.Base(wbPath)+".rels")
	var rels xRels
	if err := decode(relsPath, &rels); err != nil {
		return nil, err
	}
	targets := map[string]string{}
	var sstPath string
	for _, r := range rels.Rels {
		targets[r.ID] = resolve(dir, r.Target)
		if strings.HasSuffix(r.Type, "/sharedStrings") {
			sstPath = resolve(dir, r.Target)
		}
	}
	var strs []string
	if sstPath != "" {
		var sst xSST
		if err := decode(sstPath, &sst); err != nil {
			return nil, err
		}
		strs = make([]string, len(sst.SI))
		for i, si := range sst.SI {
			strs[i] = si.text()
		}
	}
	out := &File{}
	for _, sh := range wb.Sheets {
		var id string
		for _, a := range sh.Attrs {
			if a.Name.Local == "id" && a.Name.Space != "" {
				id = a.Value
			}
		}
		target, ok := targets[id]
		if !ok {
			return nil, &Error{Part: wbPath, Reason: "sheet " + strconv.Quote(sh.Name) + " has no part"}
		}
		rs := &ReadSheet{Name: sh.Name, Hidden: sh.State == "hidden" || sh.State == "veryHidden", cells: map[[2]int]Value{}}
		if err := readSheet(load, target, rs, strs); err != nil {
			return nil, err
		}
		out.Sheets = append(out.Sheets, rs)
	}
	if len(out.Sheets) == 0 {
		return nil, &Error{Part: wbPath, Reason: "no sheets"}
	}
	return out, nil
}

// resolve returns the part a relationship's target names, from the folder
// of the part that holds the relationship.
func resolve(dir, target string) string {
	if strings.HasPrefix(target, "/") {
		return strings.TrimPrefix(path.Clean(target), "/")
	}
	return strings.TrimPrefix(path.Clean(path.Join(dir, target)), "/")
}

func readSheet(load func(string) ([]byte, error), name string, rs *ReadSheet, strs []string) error {
	data, err := load(name)
	if err != nil {
		return err
	}
	fail := func(reason string) error { return &Error{Part: strconv.Quote(rs.Name), Reason: reason} }
	var ws xWorksheet
	if err := xml.Unmarshal(data, &ws); err != nil {
		return fail("XML: " + err.Error())
	}
	row := -1
	for _, r := range ws.Rows {
		if r.R != "" {
			n, err := strconv.Atoi(r.R)
			if err != nil || n < 1 || n > MaxRows {
				return fail("row number " + strconv.Quote(r.R))
			}
			row = n - 1
		} else {
			row++
		}
		col := -1
		for _, c := range r.Cells {
			if c.R != "" {
				rr, cc, ok := ParseCellName(c.R)
				if !ok {
					return fail("cell name " + strconv.Quote(c.R))
				}
				if rr != row {
					return fail("cell " + c.R + " in row " + strconv.Itoa(row+1))
				}
				col = cc
			} else {
				col++
			}
			if col >= MaxCols {
				return fail("too many cells in row " + strconv.Itoa(row+1))
			}
			v, ok, err := c.value(strs)
			if err != nil {
				return fail(CellName(row, col) + ": " + err.Error())
			}
			if !ok {
				continue
			}
			rs.cells[[2]int{row, col}] = v
			rs.rows = max(rs.rows, row+1)
		}
	}
	return nil
}

func (c *xCell) value(strs []string) (Value, bool, error) {
	switch c.T {
	case "inlineStr":
		if c.Is == nil {
			return Value{}, false, nil
		}
		return Value{String, c.Is.text()}, true, nil
	case "s":
		if c.V == nil {
			return Value{}, false, nil
		}
		i, err := strconv.Atoi(strings.TrimSpace(*c.V))
		if err != nil || i < 0 || i >= len(strs) {
			return Value{}, false, errors.New("shared string " + strconv.Quote(*c.V) + " not in the table")
		}
		return Value{String, strs[i]}, true, nil
	case "str":
		if c.V == nil {
			return Value{}, false, nil
		}
		return Value{String, unescapeText(*c.V)}, true, nil
	case "b":
		if c.V == nil {
			return Value{}, false, nil
		}
		switch strings.TrimSpace(*c.V) {
		case "1", "true":
			return Value{Logical, "1"}, true, nil
		case "0", "false":
			return Value{Logical, "0"}, true, nil
		}
		return Value{}, false, errors.New("boolean " + strconv.Quote(*c.V))
	case "e":
		if c.V == nil {
			return Value{}, false, nil
		}
		return Value{ErrorValue, *c.V}, true, nil
	case "", "n", "d":
		if c.V == nil {
			if c.Is != nil { // an inline string without its type, as some writers do
				return Value{String, c.Is.text()}, true, nil
			}
			return Value{}, false, nil
		}
		v := strings.TrimSpace(*c.V)
		if c.T == "d" {
			return Value{String, v}, true, nil
		}
		if _, err := strconv.ParseFloat(v, 64); err != nil {
			return Value{}, false, errors.New("number " + strconv.Quote(*c.V))
		}
		return Value{Numeric, v}, true, nil
	}
	return Value{}, false, errors.New("cell type " + strconv.Quote(c.T))
}

type xRels struct {
	Rels []struct {
		ID     string `xml:"Id,attr"`
		Type   string `xml:"Type,attr"`
		Target string `xml:"Target,attr"`
	} `xml:"Relationship"`
}

type xWorkbook struct {
	Sheets []struct {
		Name  string     `xml:"name,attr"`
		State string     `xml:"state,attr"`
		Attrs []xml.Attr `xml:",any,attr"`
	} `xml:"sheets>sheet"`
}

type xSST struct {
	SI []xRich `xml:"si"`
}

// xRich is a string: one <t>, or runs <r><t>; phonetic runs (<rPh>) are not
// part of the text.
type xRich struct {
	T *string `xml:"t"`
	R []struct {
		T string `xml:"t"`
	} `xml:"r"`
}

func (x *xRich) text() string {
	if x.T != nil && len(x.R) == 0 {
		return unescapeText(*x.T)
	}
	var b bytes.Buffer
	if x.T != nil {
		b.WriteString(*x.T)
	}
	for _, r := range x.R {
		b.WriteString(r.T)
	}
	return unescapeText(b.String())
}

type xWorksheet struct {
	Rows []struct {
		R     string  `xml:"r,attr"`
		Cells []xCell `xml:"c"`
	} `xml:"sheetData>row"`
}

type xCell struct {
	R  string  `xml:"r,attr"`
	T  string  `xml:"t,attr"`
	V  *string `xml:"v"`
	Is *xRich  `xml:"is"`
}

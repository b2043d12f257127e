package xlsx

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// MaxRows and MaxCols are the largest sheet a spreadsheet program opens
// (Excel's limits, which LibreOffice shares): rows 1 to 1,048,576, columns
// A to XFD.
const (
	MaxRows = 1 << 20
	MaxCols = 1 << 14
)

// MaxTextLen is the most characters a cell holds (Excel's limit, counted
// in UTF-16 code units).
const MaxTextLen = 32767

// CellName returns the A1-style name of the cell at a row and column
// counted from 0: CellName(13, 2) is "C14". It returns "" outside the
// sheet's limits.
func CellName(row, col int) string {
	if row < 0 || row >= MaxRows || col < 0 || col >= MaxCols {
		return ""
	}
	return ColName(col) + strconv.Itoa(row+1)
}

// ColName returns the letters of a column counted from 0: 0 is "A", 26 is
// "AA". It returns "" outside the sheet's limits.
func ColName(col int) string {
	if col < 0 || col >= MaxCols {
		return ""
	}
	var b [4]byte
	i := len(b)
	for col++; col > 0; col = (col - 1) / 26 {
		i--
		b[i] = byte('A' + (col-1)%26)
	}
	return string(b[i:])
}

// ParseCellName parses an A1-style cell name ("C14", "c14", "$C$14") into
// its row and column counted from 0. ok is false for anything else or a
// cell outside the sheet's limits.
func ParseCellName(s string) (row, col int, ok bool) {
	s = strings.ReplaceAll(s, "$", "")
	i := 0
	col = 0
	for i < len(s) && i < 3 {
		c := s[i] | 0x20
		if c < 'a' || c > 'z' {
			break
		}
		col = col*26 + int(c-'a'+1)
		i++
	}
	if i == 0 || i == len(s) || s[i] == '0' {
		return 0, 0, false
	}
	n, err := strconv.Atoi(s[i:])
	if err != nil || n < 1 || n > MaxRows || col > MaxCols || s[i] == '+' || s[i] == '-' {
		return 0, 0, false
	}
	return n - 1, col - 1, true
}

// CheckSheetName reports what is wrong with a sheet's name, or "" when
// spreadsheet programs accept it: 1 to 31 characters, none of : \ / ? * [ ],
// not starting or ending with an apostrophe, no control characters.
func CheckSheetName(name string) string {
	switch n := utf8.RuneCountInString(name); {
	case n == 0:
		return "empty"
	case n > 31:
		return "longer than 31 characters"
	case !utf8.ValidString(name):
		return "not valid UTF-8"
	case strings.ContainsAny(name, `:\/?*[]`):
		return `contains one of : \ / ? * [ ]`
	case name[0] == '\'' || name[len(name)-1] == '\'':
		return "starts or ends with an apostrophe"
	}
	for _, r := range name {
		if r < 0x20 || r == 0x7f {
			return "contains a control character"
		}
	}
	return ""
}

// Ref returns a reference to a cell of a sheet for a formula or a link:
// Ref("Case 3", 13, 2) is "'Case 3'!C14"; absolute makes it "'Case 3'!$C$14".
func Ref(sheet string, row, col int, absolute bool) string {
	cell := CellName(row, col)
	if absolute {
		cell = "$" + ColName(col) + "$" + strconv.Itoa(row+1)
	}
	return QuoteSheet(sheet) + "!" + cell
}

// QuoteSheet quotes a sheet's name for a formula: 'Case 3' (an apostrophe
// in the name is doubled).
func QuoteSheet(name string) string {
	return "'" + strings.ReplaceAll(name, "'", "''") + "'"
}

// escapeText writes s in the form of the ST_Xstring type of Office Open
// XML: characters XML 1.0 cannot hold (controls other than tab, newline and
// carriage return, and U+FFFE, U+FFFF) as _xHHHH_, and an underscore that
// would start such an escape as _x005F_.
func escapeText(s string) string {
	if !needsEscape(s) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '_' && isEscape(s[i:]):
			b.WriteString("_x005F_")
		case forbidden(r):
			b.WriteString("_x")
			b.WriteString(strings.ToUpper(strconv.FormatInt(int64(r)|0x10000, 16)[1:]))
			b.WriteByte('_')
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

func needsEscape(s string) bool {
	for i, r := range s {
		if forbidden(r) || (r == '_' && isEscape(s[i:])) {
			return true
		}
	}
	return false
}

// forbidden reports whether XML 1.0 cannot hold r.
func forbidden(r rune) bool {
	return (r < 0x20 && r != '\t' && r != '\n' && r != '\r') || r == 0xFFFE || r == 0xFFFF
}

// isEscape reports whether s starts with _xHHHH_.
func isEscape(s string) bool {
	if len(s) < 7 || s[0] != '_' || s[1] != 'x' || s[6] != '_' {
		return false
	}
	for _, c := range []byte(s[2:6]) {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F') {
			return false
		}
	}
	return true
}

// unescapeText undoes escapeText: each _xHHHH_ becomes its character.
func unescapeText(s string) string {
	if !strings.Contains(s, "_x") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		if s[i] == '_' && isEscape(s[i:]) {
			v, _ := strconv.ParseUint(s[i+2:i+6], 16, 32)
			b.WriteRune(rune(v))
			i += 7
			continue
		}
		b.WriteByte(s[i])
		i++
	}
	return b.String()
}

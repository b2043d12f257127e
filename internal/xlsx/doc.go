// Package xlsx writes and reads Office Open XML spreadsheets (.xlsx) with
// the standard library only (archive/zip and encoding/xml), so that the
// root module stays free of a spreadsheet dependency.
//
// The writer (Write) covers what an audit workbook or a catalogue needs:
// sheets of strings (shared, so that text repeated on many sheets is stored
// once), numbers, booleans and formulas (with fullCalcOnLoad, so that a
// spreadsheet program computes them on opening); column widths; a few fixed
// styles (Style); frozen panes; drop-down lists (list data validation);
// links to a cell of another sheet; hidden sheets; optional sheet
// protection with unlocked input cells.
//
// The reader (Read) reads the cell values of every sheet as Excel and
// LibreOffice write them: shared strings, inline strings and rich text runs,
// t="s", "str", "inlineStr", "b", "n" and "e", cells and rows without a
// reference or out of order, sheets found through the workbook's
// relationships. It reads values, not styles or formulas (a formula cell
// gives its cached value). It refuses what is not a workbook, and limits how
// much it inflates (MaxPartSize), so that a small file cannot exhaust
// memory. Errors are *Error values that name the part and what is wrong.
//
// Cell references are A1-style ("C14"): CellName and ParseCellName convert.
package xlsx

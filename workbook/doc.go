// Package workbook writes case records (package record) as an audit
// workbook, a spreadsheet (.xlsx) that local assessors fill in, and reads
// the workbook back into the same records. It needs no spreadsheet library
// (internal/xlsx writes and reads the files).
//
// A workbook has these sheets:
//   - Instructions: how to fill it in, the summary rules, the catalogue
//     version it was made from (framework.Framework.Version), whether its
//     cases are synthetic and, under an audit profile, the profile, in three
//     rows a person reads and the reader reads back: "Profile name",
//     "Profile ID" and "Profile key questions" (plain IDs: "A3, P3, D3, R3").
//   - Summary: each key question's summary judgement of each case, computed
//     by formulas as the case sheets are filled in, in any spreadsheet
//     program. The formulas are generated from the summary rules
//     (judgement.SummaryRules) and the exclusion rule, so that they give
//     what judgement.Judge gives; where a cell holds a value typed by hand
//     that they do not read ("y", say) they show "see the tool".
//   - Case 1, Case 2, ...: one sheet a case, one row a question (never a
//     column a question): column A names the row (a question ID, or the
//     path of a field of the record's JSON such as factors.childSafety),
//     B is the question in the source's words, C the answer, with a
//     drop-down where the answer is one of a list (yes/no/n/a, the four
//     levels, the boundaries), D the reviewer's note on the answer (the
//     evidence behind it: record.Notes), E a link to the question's CARaG
//     guidance. Besides the answers, the rows hold the record's ID,
//     inspection, synthetic flag and note on the case (notes.case), the
//     facts the rules read (record.Facts), the
//     inspector's levels, the boundaries, the RoSH rationale with its
//     considerations, and the bulletin's concerns and deficits.
//   - Guidance: the CARaG's guidance to each question.
//   - Lists (hidden): the drop-downs' values.
//
// Under an audit profile (Options.Profile, package profile) the case sheets
// hold only the questions of the profile's key questions (and those about
// the child) and the summary only its key questions; a record answered
// outside the profile is refused rather than written in part. The workbook
// records its profile, and ReadAudit gives it back with the cases
// (profile.Profile.Equal to the one written), so that a program rating the
// workbook (inspect -cases audit.xlsx) rates it under its profile without
// being told; a workbook of the whole framework records none and reads back
// the zero Profile.
//
// Notes are personal data, like the answers about the child: errors never
// quote them.
//
// Data flow: Write takes records (or Blank's empty ones, with IDs to fill
// in) and writes the workbook; a person fills it in; ReadAudit (or
// ReadAuditFile; Read, ReadFile and JSONLines give the cases alone) reads
// the profile and each case sheet back by the keys in column A, with the
// parsers of the record's JSON, strictly: a value not allowed, an unknown
// sheet or key, a duplicate ID, a workbook of another catalogue version, a
// profile row edited into a profile that does not read back
// ("Instructions!B9") or an answer outside the profile is a *Error naming
// the sheet and cell ("Case 3!C14"), the case, the question and the bad
// value, and nothing is returned. Reading what Write wrote gives the same
// records and profile: a concern or deficit list keeps its order (the
// tagged ones are written first), and a consideration of the RoSH rationale
// with nothing recorded in it (no type, use, constraint or note) is the one
// thing not kept.
package workbook

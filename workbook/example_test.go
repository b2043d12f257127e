package workbook_test

import (
	"bytes"
	"errors"
	"fmt"
	"strings"

	"github.com/yjinspect/yjinspect/profile"
	"github.com/yjinspect/yjinspect/record"
	"github.com/yjinspect/yjinspect/workbook"
)

// A case record written as an audit workbook and read back gives the same
// record, notes included.
func Example() {
	c, err := record.Decode(strings.NewReader(`{"id": "case-014", "inspection": "insp-01",
		"answers": {"A1.1": "yes", "A1.S": "no", "A2.5": "medium", "P2.S": "no"},
		"factors": {"childSafety": false}, "concerns": ["weapons"],
		"notes": {"questions": {"A1.S": "No analysis of the offence (assessment, p. 2)."}}}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	var xlsx bytes.Buffer
	if err := workbook.Write(&xlsx, []record.Case{c}, workbook.Options{}); err != nil {
		fmt.Println(err)
		return
	}
	back, err := workbook.Read(bytes.NewReader(xlsx.Bytes()), int64(xlsx.Len()))
	if err != nil {
		fmt.Println(err)
		return
	}
	b, _ := back[0].MarshalJSON()
	fmt.Println(string(b))
	// Output:
	// {"id":"case-014","inspection":"insp-01","answers":{"A1.1":"yes","A1.S":"no","A2.5":"medium","P2.S":"no"},"factors":{"childSafety":false},"concerns":["weapons"],"notes":{"questions":{"A1.S":"No analysis of the offence (assessment, p. 2)."}}}
}

// A workbook written under an audit profile records it, and ReadAudit gives
// it back with the cases: a report can rate the workbook under the profile
// it was made for.
func ExampleReadAudit() {
	p, _ := profile.Lookup("keeping-other-people-safe")
	c, _ := record.Decode(strings.NewReader(`{"id": "case-014", "answers": {"A3.S": "yes", "P3.S": "no"}}`))
	var xlsx bytes.Buffer
	if err := workbook.Write(&xlsx, []record.Case{c}, workbook.Options{Profile: p}); err != nil {
		fmt.Println(err)
		return
	}
	audit, err := workbook.ReadAudit(bytes.NewReader(xlsx.Bytes()), int64(xlsx.Len()))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(audit.Profile.Equal(p), audit.Profile.ID, audit.Profile.KeyQuestions)
	fmt.Println(len(audit.Cases), audit.Cases[0].ID)
	// Output:
	// true keeping-other-people-safe [A3 P3 D3 R3]
	// 1 case-014
}

// An empty audit has a sheet for each case, with the case ID to fill in;
// a sheet not filled in is not read back.
func ExampleBlank() {
	cases, _ := workbook.Blank(20, "insp-01")
	var xlsx bytes.Buffer
	if err := workbook.Write(&xlsx, cases, workbook.Options{Protect: true}); err != nil {
		fmt.Println(err)
		return
	}
	_, err := workbook.Read(bytes.NewReader(xlsx.Bytes()), int64(xlsx.Len()))
	fmt.Println(err)
	// Output:
	// workbook: no case is filled in (each needs a case ID)
}

// A file that is not an audit workbook is refused with a *workbook.Error.
func ExampleRead_error() {
	_, err := workbook.Read(strings.NewReader("id,A1.1\ncase-1,yes\n"), 20)
	var e *workbook.Error
	fmt.Println(errors.As(err, &e))
	fmt.Println(err)
	// Output:
	// true
	// workbook: not an audit workbook: xlsx: not a workbook (not a valid zip file)
}

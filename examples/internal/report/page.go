package report

import (
	"errors"
	"io"

	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/judgement"
	"github.com/yjinspect/yjinspect/record"
)

// WriteHTML judges cases by domain two and writes their report as the page
// inspect -format html writes for the same records read from a file named
// source, for the web form: every inspection the records name rated apart,
// none selected or pooled; a link back to the list of cases ("/") heads
// the page, and where inspect's page tells the reader which flags show
// more, this one says to export the cases and run inspect on them. It is
// an error when there is no case. Unlike a file read by inspect, cases are
// not checked for repeated IDs: the caller's are distinct (the web form's
// store keys them by ID).
func WriteHTML(w io.Writer, source string, cases []record.Case) error {
	if len(cases) == 0 {
		return errors.New("no case records")
	}
	f := framework.DomainTwo()
	b := newBuilder(source, false, "")
	for _, c := range cases {
		if _, err := b.add(c, judgement.Judge(f, c)); err != nil {
			return err
		}
	}
	rep, err := b.finish()
	if err != nil {
		return err
	}
	rep.web = true
	return rep.writeHTML(w)
}

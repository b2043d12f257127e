package report

// This file keeps the IDs of the cases behind each error finding, as the
// records stream past: flat (every ID's bytes in one buffer, with where
// each ends), copied out of the record, and within a fixed budget for the
// whole report, so that inspect's memory stays flat however many cases
// carry errors.

import (
	"slices"
	"strings"

	"github.com/yjinspect/yjinspect/judgement"
)

// idBudget is the most bytes of case IDs the report keeps, over every
// error finding of every inspection: 1 MiB, counting 4 bytes an ID besides
// its own, room for about 45,000 IDs of the synthetic data's length
// (insp-01-case-000001), far more than one inspection's sample. The IDs past it are
// counted, not listed (caseIDsNotListed in JSON, a row in CSV, a note in
// text and HTML); the JSON form's cases still give every case's findings.
// A million synthetic cases (about 2% with an error) use under 0.5 MiB.
const idBudget = 1 << 20

// notListedNote says why some cases of an error finding are not listed.
const notListedNote = "cases past the report's memory budget for case IDs (1 MiB), counted but not listed; the JSON form's cases give every case's findings"

// idList is a list of case IDs kept flat.
type idList struct {
	buf  []byte
	ends []uint32
	// dropped counts the IDs not kept: past the budget.
	dropped int
}

// add keeps id if room (the bytes left of the budget) allows, and takes
// its length from room.
func (l *idList) add(id string, room *int) {
	if len(id)+4 > *room {
		l.dropped++
		return
	}
	*room -= len(id) + 4
	l.buf = append(l.buf, id...)
	l.ends = append(l.ends, uint32(len(l.buf)))
}

// strings gives the IDs kept, in the order added (an empty slice for
// none), and lets go of the buffer: call it once.
func (l *idList) strings() []string {
	out := make([]string, 0, len(l.ends))
	start := uint32(0)
	all := string(l.buf)
	for _, end := range l.ends {
		out = append(out, all[start:end])
		start = end
	}
	l.buf, l.ends = nil, nil // the strings hold them now
	return out
}

// errorFindings gathers, for the moderation report (which holds every
// reading in memory), each error finding of a file's readings with every
// case that carries it.
type errorFindings map[string]*codeCount

// add counts the error findings of one reading.
func (e errorFindings) add(id string, r judgement.Result) {
	seen := map[string]bool{}
	for _, fd := range r.Findings {
		if fd.Severity != judgement.Error {
			continue
		}
		c := e[fd.Code]
		if c == nil {
			c = &codeCount{Code: fd.Code, Title: findingTitle(fd.Code), Severity: judgement.Error, CaseIDs: []string{}}
			e[fd.Code] = c
		}
		c.Findings++
		if !seen[fd.Code] {
			seen[fd.Code] = true
			c.Cases++
			c.CaseIDs = append(c.CaseIDs, id)
		}
	}
}

// list gives the findings by code.
func (e errorFindings) list() []codeCount {
	out := []codeCount{}
	for _, c := range e {
		out = append(out, *c)
	}
	slices.SortFunc(out, func(a, b codeCount) int { return strings.Compare(a.Code, b.Code) })
	return out
}

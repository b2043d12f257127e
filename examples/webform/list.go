package main

// This file holds the pages of many cases: the list (filters, search,
// paging), import and export, the deleted cases, a case's history, and the
// report of an inspection.

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/yjinspect/yjinspect/examples/internal/report"
	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/record"
	"github.com/yjinspect/yjinspect/workbook"
)

// perPage is the number of cases a page of the list shows.
const perPage = 50

// when is a time as the pages show it: UTC, to the minute.
func when(t time.Time) string {
	if t.IsZero() {
		return "not recorded"
	}
	return t.UTC().Format("2 Jan 2006 15:04 UTC")
}

// statusText is a case's status in words.
func statusText(st caseStatus) string {
	switch st {
	case statusComplete:
		return "Complete"
	case statusIncomplete:
		return "Incomplete"
	case statusExcluded:
		return "Excluded"
	}
	return "Not judged"
}

// statusFilters are the list's status filters: the query value, the words.
var statusFilters = []struct {
	Value, Label string
	filter       statusFilter
}{
	{"", "Any status", filterAll},
	{"complete", "Complete", filterComplete},
	{"incomplete", "Incomplete", filterIncomplete},
	{"excluded", "Excluded from the sample", filterExcluded},
	{"errors", "Has errors", filterHasErrors},
}

// noneValue is the query value of the inspection filter for cases that
// name no inspection.
const noneValue = "(none)"

// inspectionQuery turns the inspection filter's query value into the
// store's.
func inspectionQuery(v string) string {
	if v == noneValue {
		return noInspection
	}
	return v
}

type filterOption struct {
	Value, Label string
	Selected     bool
}

type pageLink struct {
	N       int
	URL     string
	Current bool
	Gap     bool // an ellipsis stands here
}

type inspectionLinks struct {
	Label string // the inspection's name; "(none named)" for none
	Cases int
	Value string // the filter's query value
}

type indexPage struct {
	page
	StorePath   string
	Rows        []listRow
	Total       int
	PageN       int
	Pages       int
	PageLinks   []pageLink
	Prev, Next  string // URLs, "" at either end
	First, Last int    // the rows shown, 1-based
	Inspections []filterOption
	Statuses    []filterOption
	Search      string
	Filtered    bool   // some filter is set
	NewURL      string // the new case's link, with the chosen inspection
	Reports     []inspectionLinks
	Notice      string
	ImportError string
	Record      string // the records posted with a failed import
}

// listURL is the list's URL for a query.
func listURL(inspection, status, search string, n int) string {
	v := url.Values{}
	if inspection != "" {
		v.Set("inspection", inspection)
	}
	if status != "" {
		v.Set("status", status)
	}
	if search != "" {
		v.Set("id", search)
	}
	if n > 1 {
		v.Set("page", strconv.Itoa(n))
	}
	if len(v) == 0 {
		return "/"
	}
	return "/?" + v.Encode()
}

// pageLinks are the links of the pagination: the first and last page, and
// two either side of the current one.
func pageLinks(cur, pages int, link func(int) string) []pageLink {
	var out []pageLink
	for n := 1; n <= pages; n++ {
		if n == 1 || n == pages || (n >= cur-2 && n <= cur+2) {
			out = append(out, pageLink{N: n, URL: link(n), Current: n == cur})
		} else if len(out) > 0 && !out[len(out)-1].Gap {
			out = append(out, pageLink{Gap: true})
		}
	}
	return out
}

func (s *server) index(w http.ResponseWriter, r *http.Request, status int, p *indexPage) {
	q := r.URL.Query()
	insp, st, search := q.Get("inspection"), q.Get("status"), strings.TrimSpace(q.Get("id"))
	n, _ := strconv.Atoi(q.Get("page"))
	lq := listQuery{Inspection: inspectionQuery(insp), Search: search, Page: n, PerPage: perPage}
	p.Statuses = make([]filterOption, len(statusFilters))
	for i, f := range statusFilters {
		p.Statuses[i] = filterOption{Value: f.Value, Label: f.Label, Selected: f.Value == st}
		if f.Value == st {
			lq.Status = f.filter
		}
	}
	lp, err := s.store.List(lq)
	if err != nil {
		s.storeFailed(w, r, err)
		return
	}
	counts, err := s.inspections()
	if err != nil {
		s.storeFailed(w, r, err)
		return
	}
	p.Inspections = []filterOption{{Value: "", Label: "Any inspection", Selected: insp == ""}}
	for _, c := range counts {
		l := inspectionLinks{Label: c.Inspection, Cases: c.Cases, Value: c.Inspection}
		if c.Inspection == "" {
			l.Label, l.Value = "(none named)", noneValue
		}
		p.Reports = append(p.Reports, l)
		p.Inspections = append(p.Inspections, filterOption{Value: l.Value, Label: fmt.Sprintf("%s (%d)", l.Label, c.Cases), Selected: l.Value == insp})
	}
	p.Rows, p.Total, p.PageN, p.Pages = lp.Rows, lp.Total, lp.Page, lp.Pages
	if len(lp.Rows) > 0 {
		p.First = (lp.Page-1)*perPage + 1
		p.Last = p.First + len(lp.Rows) - 1
	}
	link := func(n int) string { return listURL(insp, st, search, n) }
	if lp.Pages > 1 {
		p.PageLinks = pageLinks(lp.Page, lp.Pages, link)
		if lp.Page > 1 {
			p.Prev = link(lp.Page - 1)
		}
		if lp.Page < lp.Pages {
			p.Next = link(lp.Page + 1)
		}
	}
	p.Search = search
	p.Filtered = insp != "" || st != "" || search != ""
	p.NewURL = "/cases/new"
	if insp != "" && insp != noneValue {
		p.NewURL += "?" + url.Values{"inspection": {insp}}.Encode()
	}
	p.StorePath = s.store.Path()
	s.render(w, r, status, "index", p, "Cases")
}

func (s *server) handleIndex(w http.ResponseWriter, r *http.Request) {
	p := &indexPage{}
	q := r.URL.Query()
	switch {
	case q.Get("deleted") != "":
		p.Notice = "Deleted case " + q.Get("deleted") + ". It can be restored from the deleted cases."
	case q.Get("imported") != "":
		p.Notice = "Imported " + q.Get("imported") + " cases."
	}
	s.index(w, r, http.StatusOK, p)
}

// ---- import ----

// importSource is the name an import's errors give the pasted records.
const importSource = "pasted records"

// handleImport imports the records pasted in the field record, or the file
// in the field file: JSON lines, a JSON array or an audit workbook (.xlsx,
// package workbook), all or nothing.
func (s *server) handleImport(w http.ResponseWriter, r *http.Request) {
	pasted := r.PostFormValue("record")
	var src io.Reader = strings.NewReader(pasted)
	source, hasFile := importSource, false
	if r.MultipartForm != nil {
		if files := r.MultipartForm.File["file"]; len(files) > 0 && files[0].Size > 0 {
			f, err := files[0].Open()
			if err != nil {
				s.index(w, r, http.StatusBadRequest, &indexPage{ImportError: "The file could not be read."})
				return
			}
			defer f.Close()
			src, source, hasFile = f, "file "+strconv.Quote(files[0].Filename), true
		}
	}
	fail := func(status int, msg string) {
		p := &indexPage{ImportError: msg}
		if !hasFile {
			p.Record = pasted
		}
		s.index(w, r, status, p)
	}
	reviewer := postedReviewer(w, r)
	if why := reviewerProblem(reviewer); why != "" {
		fail(http.StatusUnprocessableEntity, "Nothing was imported. "+why)
		return
	}
	if !hasFile && strings.TrimSpace(pasted) == "" {
		fail(http.StatusBadRequest, "Choose a file or paste case records.")
		return
	}
	cases, err := decodeImport(src)
	if err != nil {
		fail(http.StatusUnprocessableEntity, "Nothing was imported: "+source+": "+strings.TrimPrefix(err.Error(), "record: "))
		return
	}
	if len(cases) == 0 {
		fail(http.StatusUnprocessableEntity, "Nothing was imported: "+source+" hold no case record.")
		return
	}
	for i, c := range cases {
		if why := usableID(c.ID); why != "" {
			fail(http.StatusUnprocessableEntity, fmt.Sprintf("Nothing was imported: %s: record %d: case %q: %s.", source, i+1, c.ID, why))
			return
		}
	}
	n, err := s.store.Import(cases, reviewer)
	var ie *importError
	switch {
	case errors.As(err, &ie) && errors.Is(err, errExists):
		fail(http.StatusConflict, fmt.Sprintf("Nothing was imported: %s: record %d: case %q is already stored, or given twice. Delete the stored case first, or give the record another ID.", source, ie.Index, ie.Case))
		return
	case errors.As(err, &ie):
		fail(http.StatusUnprocessableEntity, "Nothing was imported: "+ie.Error())
		return
	case err != nil:
		s.log.Printf("import: %v", err)
		fail(http.StatusInternalServerError, "Nothing was imported: the database refused the change ("+err.Error()+"). Try again; if it fails again, see the program's error output.")
		return
	}
	if n == 1 {
		http.Redirect(w, r, caseURL(cases[0].ID)+"?saved=imported#results", http.StatusSeeOther)
		return
	}
	http.Redirect(w, r, "/?imported="+strconv.Itoa(n), http.StatusSeeOther)
}

// decodeImport reads the records of an import: one record (a JSON object,
// over as many lines as it likes), JSON lines, a JSON array, or an audit
// workbook (a .xlsx file, which is a zip archive).
func decodeImport(src io.Reader) ([]record.Case, error) {
	data, err := io.ReadAll(io.LimitReader(src, maxImportBody+1))
	if err != nil {
		return nil, err
	}
	if bytes.HasPrefix(data, []byte("PK\x03\x04")) {
		return workbook.Read(bytes.NewReader(data), int64(len(data)))
	}
	if trimmed := bytes.TrimSpace(data); len(trimmed) > 0 && trimmed[0] == '{' && json.Valid(trimmed) {
		c, err := record.Decode(bytes.NewReader(trimmed))
		if err != nil {
			return nil, err
		}
		return []record.Case{c}, nil
	}
	return record.DecodeAll(bytes.NewReader(data))
}

// ---- delete and restore ----

// handleDelete deletes a case, unless it changed since the page with the
// delete button was loaded (the form's version).
func (s *server) handleDelete(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	base, _ := strconv.ParseInt(r.PostFormValue("version"), 10, 64)
	err := s.store.Delete(id, base, postedReviewer(w, r))
	switch {
	case errors.Is(err, errChanged):
		s.renderError(w, r, http.StatusConflict, "Not deleted: the case was changed since this page was loaded (in another tab or window). Open it to see the change, then delete it from there if you still want to.")
	case errors.Is(err, errNotFound):
		s.renderError(w, r, http.StatusNotFound, "Not deleted: there is no such case (it may have been deleted already).")
	case err != nil:
		s.storeFailed(w, r, err)
	default:
		http.Redirect(w, r, "/?deleted="+url.QueryEscape(id), http.StatusSeeOther)
	}
}

// handleRestore brings a deleted case back, as its last version.
func (s *server) handleRestore(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	sc, err := s.store.Restore(id, postedReviewer(w, r))
	switch {
	case errors.Is(err, errNotFound):
		s.renderError(w, r, http.StatusNotFound, "Not restored: no deleted case has this ID.")
	case errors.Is(err, errExists):
		s.renderError(w, r, http.StatusConflict, "Not restored: another case with this ID is stored now. Rename or delete it first.")
	case err != nil:
		s.storeFailed(w, r, err)
	default:
		http.Redirect(w, r, caseURL(sc.Case.ID)+"?saved=restored#results", http.StatusSeeOther)
	}
}

type deletedPage struct {
	page
	Rows       []listRow
	Total      int
	PageLinks  []pageLink
	Prev, Next string
}

// handleDeleted lists the deleted cases, each with its history and a
// button that restores it.
func (s *server) handleDeleted(w http.ResponseWriter, r *http.Request) {
	n, _ := strconv.Atoi(r.URL.Query().Get("page"))
	lp, err := s.store.List(listQuery{Deleted: true, Page: n, PerPage: perPage})
	if err != nil {
		s.storeFailed(w, r, err)
		return
	}
	p := &deletedPage{Rows: lp.Rows, Total: lp.Total}
	link := func(n int) string { return "/deleted?page=" + strconv.Itoa(n) }
	if lp.Pages > 1 {
		p.PageLinks = pageLinks(lp.Page, lp.Pages, link)
		if lp.Page > 1 {
			p.Prev = link(lp.Page - 1)
		}
		if lp.Page < lp.Pages {
			p.Next = link(lp.Page + 1)
		}
	}
	s.render(w, r, http.StatusOK, "deleted", p, "Deleted cases")
}

// ---- history ----

type historyPage struct {
	page
	ID       string
	Deleted  bool // the case is deleted now: the page offers to restore it
	Versions []versionView
}

type versionView struct {
	N        int64
	Action   string
	Reviewer string
	Saved    time.Time
	Changes  []changeView
	First    bool // the case's first version: nothing to compare with
}

type changeView struct {
	Label, Before, After string
}

// handleHistory shows every version of a case, newest first: who made it,
// when, and which answers and facts changed, with their values before and
// after.
func (s *server) handleHistory(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	vs, err := s.store.History(id)
	if errors.Is(err, errNotFound) {
		s.renderError(w, r, http.StatusNotFound, "There is no such case.")
		return
	}
	if err != nil {
		s.storeFailed(w, r, err)
		return
	}
	p := &historyPage{ID: id}
	if _, err := s.store.Get(id); errors.Is(err, errNotFound) {
		p.Deleted = true
	} else if err != nil {
		s.storeFailed(w, r, err)
		return
	}
	recs := make([]*record.Case, len(vs))
	for i, v := range vs {
		if c, err := record.Decode(bytes.NewReader(v.Record)); err == nil {
			recs[i] = &c
		}
	}
	for i, v := range vs {
		vv := versionView{N: v.N, Action: v.Action, Reviewer: v.Reviewer, Saved: v.Saved, First: i == len(vs)-1}
		var before *record.Case
		if i+1 < len(vs) {
			before = recs[i+1]
		}
		for _, path := range s.expandChanged(v.Changed, before, recs[i]) {
			ch := changeView{Label: s.changeLabel(path)}
			if recs[i] != nil {
				ch.After = valueText(recs[i], path)
			}
			if i+1 < len(vs) && recs[i+1] != nil {
				ch.Before = valueText(recs[i+1], path)
			}
			vv.Changes = append(vv.Changes, ch)
		}
		p.Versions = append(p.Versions, vv)
	}
	s.render(w, r, http.StatusOK, "history", p, "History of case "+id)
}

// expandChanged names the notes on answers that changed one by one
// ("notes.A1.1"), where the store names them together ("notes.questions").
func (s *server) expandChanged(changed []string, before, after *record.Case) []string {
	if !slices.Contains(changed, "notes.questions") {
		return changed
	}
	var out []string
	for _, path := range changed {
		if path != "notes.questions" {
			out = append(out, path)
			continue
		}
		if after == nil {
			out = append(out, path)
			continue
		}
		for _, q := range s.f.Questions() {
			var old string
			if before != nil {
				old = before.Notes.Questions[q.ID]
			}
			if old != after.Notes.Questions[q.ID] {
				out = append(out, "notes."+string(q.ID))
			}
		}
	}
	return out
}

// changeLabel names a changed item of the history for people: a question
// by its printed number and text, a fact or a field of the form by its
// label, a note by the question it is about.
func (s *server) changeLabel(path string) string {
	if q, ok := s.f.Question(framework.ID(path)); ok {
		if q.Number != "" {
			return q.Number + " " + q.Text
		}
		return q.Text
	}
	for _, f := range record.Facts() {
		if f.Path() == path {
			return f.Question()
		}
	}
	switch path {
	case "notes.case":
		return "Note on the case"
	case "notes.questions":
		return "Evidence notes on the answers"
	}
	if id, ok := strings.CutPrefix(path, "notes."); ok {
		return "Evidence note on " + s.changeLabel(id)
	}
	if l, ok := fieldLabels[path]; ok {
		return l
	}
	if rest, ok := strings.CutPrefix(path, "roshRationale"); ok {
		return "The case manager’s RoSH rationale" + strings.ReplaceAll(rest, ".", " ")
	}
	return path
}

// fieldLabels are the labels of the record's fields that are neither
// questions nor facts of the table of facts, by JSON path.
var fieldLabels = func() map[string]string {
	m := map[string]string{
		"id":         "Case ID",
		"inspection": "Inspection",
		"synthetic":  "Marked synthetic",
		"concerns":   "Safety concerns",
		"deficits":   "Common problems in assessing safety",
	}
	for _, g := range factGroups {
		for _, d := range g.Facts {
			m[d.Name] = d.Label
		}
	}
	for _, d := range inspectorLevels {
		m[d.Name] = d.Label
	}
	return m
}()

// valueText is the value of a question's answer, a fact or a note in a
// record, in words; "" when not recorded.
func valueText(c *record.Case, path string) string {
	if v, ok := c.Answers.Get(framework.ID(path)); ok {
		switch {
		case v.Answer != 0:
			return v.Answer.Label()
		case v.Level != 0:
			return v.Level.Label()
		}
		return v.Text
	}
	for _, f := range record.Facts() {
		if f.Path() == path {
			if v, ok := f.Get(c); ok {
				return map[bool]string{true: "Yes", false: "No"}[v]
			}
			return ""
		}
	}
	if id, ok := strings.CutPrefix(path, "notes."); ok {
		if id == "case" {
			return c.Notes.Case
		}
		return c.Notes.Questions[framework.ID(id)]
	}
	return ""
}

// ---- export ----

func (s *server) handleExport(w http.ResponseWriter, r *http.Request) {
	file := r.PathValue("file")
	id, ok := strings.CutSuffix(file, ".json")
	if !ok {
		http.Redirect(w, r, caseURL(file), http.StatusSeeOther)
		return
	}
	sc, err := s.store.Get(id)
	if errors.Is(err, errNotFound) {
		s.renderError(w, r, http.StatusNotFound, "There is no such case.")
		return
	}
	if err != nil {
		s.storeFailed(w, r, err)
		return
	}
	b, err := sc.Case.MarshalJSON()
	if err != nil {
		s.log.Printf("export: %v", err)
		s.renderError(w, r, http.StatusInternalServerError, "The case could not be encoded.")
		return
	}
	var out bytes.Buffer
	if err := json.Indent(&out, b, "", "  "); err != nil {
		out.Reset()
		out.Write(b)
	}
	out.WriteByte('\n')
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": exportName(id)}))
	_, _ = w.Write(out.Bytes())
}

// handleExportAll sends every case (or those of the inspection named by the
// query's inspection) in one file of JSON lines, the form the inspect
// command reads and the import takes back.
func (s *server) handleExportAll(w http.ResponseWriter, r *http.Request) {
	insp := r.URL.Query().Get("inspection")
	name := "cases.jsonl"
	if insp != "" && insp != noneValue {
		name = strings.TrimSuffix(strings.TrimPrefix(exportName(insp), "case-"), ".json") + "-cases.jsonl"
	}
	// The cases go out as the store reads them, never all held at once
	// (50,000 cases are about 100 MB). A store that fails once the first
	// bytes are sent cuts the file short: the log says so, and the import
	// of a cut file names its last line as bad.
	ew := &exportWriter{w: w, start: func() {
		w.Header().Set("Content-Type", "application/jsonl; charset=utf-8")
		w.Header().Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": name}))
	}}
	if err := s.store.Export(ew, inspectionQuery(insp)); err != nil {
		if !ew.started {
			s.storeFailed(w, r, err)
			return
		}
		s.log.Printf("export: cut short: %v", err)
		return
	}
	if !ew.started {
		ew.start()
		w.WriteHeader(http.StatusOK)
	}
}

// exportWriter writes an export to the response, setting its headers
// before the first byte.
type exportWriter struct {
	w       http.ResponseWriter
	start   func()
	started bool
}

func (e *exportWriter) Write(p []byte) (int, error) {
	if !e.started {
		e.started = true
		e.start()
	}
	return e.w.Write(p)
}

// ---- the report ----

// reportCases reads the cases of the report the query asks for: every case,
// or those of one inspection (the query's inspection; "(none)" for the cases
// that name none).
func (s *server) reportCases(r *http.Request) (cases []record.Case, source string, err error) {
	insp := r.URL.Query().Get("inspection")
	err = s.store.Each(inspectionQuery(insp), func(c record.Case) error {
		cases = append(cases, c)
		return nil
	})
	source = "the web form's cases"
	switch insp {
	case "":
	case noneValue:
		source += " that name no inspection"
	default:
		source += " of inspection " + insp
	}
	if p := s.store.Path(); p != "" {
		source += " (" + p + ")"
	} else {
		source += " (kept in memory)"
	}
	return cases, source, err
}

// handleReport renders the report of the stored cases, or of one
// inspection's: the page that inspect -format html writes for the file of
// those cases exported (the same records), so it shows the same figures.
//
// That page is self-contained, with its CSS in a <style> element, which the
// app's policy (style-src 'self') refuses. Rather than change the page (it
// is one page for both programs), this route alone allows that one style
// element by its SHA-256 hash (reportPolicy); it allows no script and
// nothing else inline.
func (s *server) handleReport(w http.ResponseWriter, r *http.Request) {
	cases, source, err := s.reportCases(r)
	if err != nil {
		s.storeFailed(w, r, err)
		return
	}
	if len(cases) == 0 {
		s.render(w, r, http.StatusOK, "error", &errorPage{Status: http.StatusOK, Message: "There are no cases to report yet."}, "Report")
		return
	}
	var buf bytes.Buffer
	if err := report.WriteHTML(&buf, source, cases); err != nil {
		s.log.Printf("report: %v", err)
		s.renderError(w, r, http.StatusInternalServerError, "The report could not be made.")
		return
	}
	h := w.Header()
	h.Set("Content-Security-Policy", reportPolicy(buf.Bytes()))
	h.Set("Content-Type", "text/html; charset=utf-8")
	_, _ = w.Write(buf.Bytes())
}

// handleReportCSV sends the report of the same cases as inspect -format csv
// writes it.
func (s *server) handleReportCSV(w http.ResponseWriter, r *http.Request) {
	// The cases go to the report as the store reads them, through a pipe,
	// never all held at once.
	insp := inspectionQuery(r.URL.Query().Get("inspection"))
	pr, pw := io.Pipe()
	var some atomic.Bool // the store sent a case
	go func() {
		err := s.store.Export(writerFunc(func(p []byte) (int, error) {
			some.Store(true)
			return pw.Write(p)
		}), insp)
		pw.CloseWithError(err)
	}()
	var out, errs bytes.Buffer
	code := report.Run([]string{"-cases", "-", "-format", "csv", "-errors-ok"}, pr, &out, &errs, false)
	_ = pr.CloseWithError(io.ErrClosedPipe) // let the export end if the report stopped early
	if !some.Load() {
		s.renderError(w, r, http.StatusNotFound, "There are no cases to report yet.")
		return
	}
	if code != 0 {
		s.log.Printf("report: %s", strings.TrimSpace(errs.String()))
		s.renderError(w, r, http.StatusInternalServerError, "The report could not be made.")
		return
	}
	name := "report.csv"
	if insp := r.URL.Query().Get("inspection"); insp != "" && insp != noneValue {
		name = strings.TrimSuffix(strings.TrimPrefix(exportName(insp), "case-"), ".json") + "-report.csv"
	}
	w.Header().Set("Content-Type", "text/csv; charset=utf-8")
	w.Header().Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": name}))
	_, _ = w.Write(out.Bytes())
}

// writerFunc is a function as an io.Writer.
type writerFunc func([]byte) (int, error)

func (f writerFunc) Write(p []byte) (int, error) { return f(p) }

// reportPolicy is the Content-Security-Policy of the report page: nothing
// but the page's own <style> element, allowed by its hash, and no script,
// form, frame or other origin.
func reportPolicy(page []byte) string {
	style := "'none'"
	if _, rest, ok := bytes.Cut(page, []byte("<style>")); ok {
		if css, _, ok := bytes.Cut(rest, []byte("</style>")); ok {
			sum := sha256.Sum256(css)
			style = "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
		}
	}
	return "default-src 'none'; style-src " + style + "; form-action 'none'; base-uri 'none'; frame-ancestors 'none'"
}

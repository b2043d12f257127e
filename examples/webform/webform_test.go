package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"html"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/yjinspect/yjinspect/classification"
	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/guidance"
	"github.com/yjinspect/yjinspect/judgement"
	"github.com/yjinspect/yjinspect/record"
)

// sampleRecord is the example record of the record package's doc, read from
// the one file that holds it.
var sampleRecord = func() string {
	b, err := os.ReadFile("../../record/testdata/example.json")
	if err != nil {
		panic(err)
	}
	return string(b)
}()

// session is a browser session against the handler: its CSRF cookie and
// token, read from a page as a browser would.
type session struct {
	t      *testing.T
	h      http.Handler
	cookie *http.Cookie
	token  string
}

var tokenField = regexp.MustCompile(`name="csrf" value="([^"]+)"`)

func newSession(t *testing.T, h http.Handler) *session {
	t.Helper()
	rec := get(t, h, "/cases/new", nil)
	require.Equal(t, http.StatusOK, rec.Code)
	s := &session{t: t, h: h}
	for _, c := range rec.Result().Cookies() {
		if c.Name == csrfCookie {
			s.cookie = c
		}
	}
	require.NotNil(t, s.cookie, "the form page sets the session cookie")
	assert.Equal(t, http.SameSiteStrictMode, s.cookie.SameSite)
	assert.True(t, s.cookie.HttpOnly)
	m := tokenField.FindStringSubmatch(rec.Body.String())
	require.NotNil(t, m, "the form carries the token")
	s.token = m[1]
	require.NotEqual(t, s.cookie.Value, s.token, "the token is signed, not a copy of the cookie")
	return s
}

func newTestServer(t *testing.T) (http.Handler, store) {
	t.Helper()
	store := newMemStore()
	return newServer(store, nil, testHosts), store
}

func get(t *testing.T, h http.Handler, target string, cookie *http.Cookie) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest(http.MethodGet, target, nil)
	if cookie != nil {
		req.AddCookie(cookie)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

// post posts a form as a same-origin browser would, with the session's
// cookie and token (unless the form sets csrf itself).
func (s *session) post(target string, form url.Values, header http.Header) *httptest.ResponseRecorder {
	s.t.Helper()
	if _, ok := form[csrfField]; !ok {
		form.Set(csrfField, s.token)
	}
	if _, ok := form[reviewerField]; !ok {
		form.Set(reviewerField, "Ada Reviewer")
	}
	req := httptest.NewRequest(http.MethodPost, target, strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Origin", "http://example.com")
	req.Header.Set("Sec-Fetch-Site", "same-origin")
	for k, v := range header {
		req.Header[k] = v
	}
	if s.cookie != nil {
		req.AddCookie(s.cookie)
	}
	rec := httptest.NewRecorder()
	s.h.ServeHTTP(rec, req)
	return rec
}

// importRecord posts a case record as a multipart file upload.
func (s *session) importRecord(record string) *httptest.ResponseRecorder {
	s.t.Helper()
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	require.NoError(s.t, mw.WriteField(csrfField, s.token))
	require.NoError(s.t, mw.WriteField(reviewerField, "Ada Reviewer"))
	fw, err := mw.CreateFormFile("file", "case.json")
	require.NoError(s.t, err)
	_, _ = io.WriteString(fw, record)
	require.NoError(s.t, mw.Close())
	req := httptest.NewRequest(http.MethodPost, "/import", &body)
	req.Header.Set("Content-Type", mw.FormDataContentType())
	req.Header.Set("Sec-Fetch-Site", "same-origin")
	req.AddCookie(s.cookie)
	rec := httptest.NewRecorder()
	s.h.ServeHTTP(rec, req)
	return rec
}

// follow GETs a redirect's target.
func (s *session) follow(rec *httptest.ResponseRecorder) *httptest.ResponseRecorder {
	s.t.Helper()
	require.Equal(s.t, http.StatusSeeOther, rec.Code, rec.Body.String())
	loc := rec.Header().Get("Location")
	require.NotEmpty(s.t, loc)
	loc, _, _ = strings.Cut(loc, "#") // a browser keeps the fragment to itself
	return get(s.t, s.h, loc, s.cookie)
}

// element returns the HTML of the element with the given id and tag, or of
// the first element of that tag inside it, up to its closing tag (the
// elements looked at here do not nest their own kind).
func element(t *testing.T, body, id, tag string) string {
	t.Helper()
	start := strings.Index(body, `id="`+id+`"`)
	require.GreaterOrEqual(t, start, 0, "no element with id %q", id)
	open := strings.LastIndex(body[:start], "<")
	if strings.HasPrefix(body[open:], "<"+tag) {
		start = open
	} else {
		// The first such element inside the one with the id.
		next := strings.Index(body[start:], "<"+tag)
		require.GreaterOrEqual(t, next, 0, "no <%s> in element %q", tag, id)
		start += next
	}
	end := strings.Index(body[start:], "</"+tag+">")
	require.GreaterOrEqual(t, end, 0)
	return body[start : start+end]
}

// textOf strips tags and unescapes entities.
func textOf(s string) string {
	s = regexp.MustCompile(`<[^>]*>`).ReplaceAllString(s, " ")
	return strings.Join(strings.Fields(html.UnescapeString(s)), " ")
}

func TestFormRenders(t *testing.T) {
	h, _ := newTestServer(t)
	rec := get(t, h, "/cases/new", nil)
	require.Equal(t, http.StatusOK, rec.Code)
	body := rec.Body.String()

	hdr := rec.Header()
	assert.Contains(t, hdr.Get("Content-Security-Policy"), "default-src 'none'")
	assert.Equal(t, "nosniff", hdr.Get("X-Content-Type-Options"))
	assert.Equal(t, "no-referrer", hdr.Get("Referrer-Policy"))
	assert.Equal(t, "text/html; charset=utf-8", hdr.Get("Content-Type"))

	// The facts' help quotes every summary rule that reads them, and each
	// rule's fact is a field of the form.
	for _, r := range judgement.SummaryRules() {
		assert.Contains(t, textOf(body), r.Source, r.Summary)
		assert.Contains(t, body, `name="`+r.Fact.Path()+`"`, r.Summary)
	}

	f := framework.DomainTwo()
	for _, q := range f.Questions() {
		name := regexp.QuoteMeta(`name="answer-` + string(q.ID) + `"`)
		switch q.Answer {
		case framework.YesNo:
			for _, v := range []string{"yes", "no", "n/a"} {
				assert.Regexp(t, `<input type="radio" `+name+` value="`+regexp.QuoteMeta(v)+`"`, body, q.ID)
			}
		case framework.LevelAnswer:
			assert.Regexp(t, `<select `+name, body, q.ID)
			opts := element(t, body, "question-"+string(q.ID), "select")
			for _, l := range classification.Levels() {
				assert.Contains(t, opts, `<option value="`+l.String()+`">`+l.Label()+`</option>`)
			}
		case framework.TextAnswer:
			assert.Regexp(t, `<input type="text" class="text-answer" `+name, body, q.ID)
		}
		assert.Contains(t, body, `id="question-`+string(q.ID)+`"`)
		assert.Contains(t, body, html.EscapeString(q.Text), q.ID)
	}

	// Key questions in source order, each with its questions in source
	// order, after the questions about the child.
	last := strings.Index(body, `id="question-I1.10"`)
	require.Greater(t, last, 0)
	for _, st := range f.Standards() {
		for _, kqID := range st.KeyQuestions {
			kq, _ := f.KeyQuestion(kqID)
			at := strings.Index(body, `id="kq-`+string(kq.ID)+`"`)
			require.Greater(t, at, last, kq.ID)
			assert.Contains(t, body[at:], html.EscapeString(kq.Text))
			last = at
			for _, q := range f.QuestionsOf(kq.ID) {
				at := strings.Index(body, `id="question-`+string(q.ID)+`"`)
				require.Greater(t, at, last, q.ID)
				last = at
			}
		}
	}

	// Guidance beside its question: a panel the script fills from
	// /api/guidance/{id} when it is opened (see TestGuidanceAPI), with a
	// link to the guidance's page for a browser without the script.
	a11 := body[strings.Index(body, `id="question-A1.1"`):]
	a11 = a11[:strings.Index(a11, `id="question-A1.diversity"`)]
	assert.Contains(t, a11, `<details class="guidance" data-guidance="A1.1"><summary>Guidance<span class="visually-hidden"> on A 1.1</span></summary>`)
	assert.Contains(t, a11, `<a href="/guidance/A1.1">Read the guidance</a>`)
	assert.Contains(t, body[strings.Index(body, `id="question-A1.diversity"`):], `<summary>Guidance<span class="visually-hidden"> on this question</span>`)
	assert.Contains(t, element(t, body, "kq-A1", "details"), `<details class="guidance kq-guidance" data-guidance="A1"><summary>Guidance on A 1</summary>`)
	paras, _ := guidance.Paragraphs("A1.1")
	require.NotEmpty(t, paras)
	assert.NotContains(t, body, html.EscapeString(paras[0]), "the guidance is not in the page")

	// Labels for people: the printed number once, before the question's
	// text; no number where the source prints none; no IDs or kinds.
	for _, q := range f.Questions() {
		label := element(t, body, "text-"+string(q.ID), "p")
		if q.Number != "" {
			assert.Equal(t, 1, strings.Count(body, ">"+q.Number+"<"), q.ID)
			assert.Equal(t, q.Number+" "+q.Text, textOf(label), q.ID)
		} else {
			assert.Equal(t, q.Text, textOf(label), q.ID)
		}
	}
	for _, word := range []string{"unnumbered", "PROMPT", ">prompt<", ">information<", ">summary<", `class="q-id"`} {
		assert.NotContains(t, body, word)
	}

	// Facts: tri-state, not recorded by default.
	for _, name := range []string{"factors.childSafety", "factors.riskOfHarm", "reviewingRequired.desistance", "reviewingRequired.childSafety", "reviewingRequired.riskOfHarm", "lookedAfter.homeService", "lookedAfter.livedOutsideArea", "lookedAfter.responsibleForAssessment"} {
		sel := element(t, body, "input-"+name, "select")
		assert.Contains(t, sel, `<option value="" selected>not recorded</option><option value="yes">Yes</option><option value="no">No</option>`, name)
	}
	// Close to a boundary: yes, no, or the boundary named.
	for _, name := range []string{"nearBoundary.safetyAndWellbeing", "nearBoundary.riskOfSeriousHarm"} {
		sel := element(t, body, "input-"+name, "select")
		assert.Contains(t, sel, `<option value="" selected>not recorded</option><option value="yes">Yes, boundary not named</option><option value="no">No</option><option value="low-medium">Close to the boundary between Low and Medium</option><option value="medium-high">Close to the boundary between Medium and High</option><option value="high-very-high">Close to the boundary between High and Very high</option>`, name)
	}
	assert.Contains(t, body, `name="inspector.riskOfSeriousHarm"`)
	for _, c := range classification.Concerns() {
		assert.Contains(t, body, `<input type="checkbox" name="concerns" value="`+c.String()+`"> `+html.EscapeString(c.Label()))
	}
	for _, d := range classification.Deficits() {
		assert.Contains(t, body, `<input type="checkbox" name="deficits" value="`+d.String()+`"> `+html.EscapeString(d.Label()))
	}
	assert.NotContains(t, body, `id="results"`, "a new case has no judgement yet")
	assert.NotContains(t, body, "<script>", "no inline script")
	assert.NotContains(t, body, "style=", "no inline style")
	assert.NotContains(t, body, "http://", "nothing loaded from elsewhere")
	// 100 KB until the form gained the RoSH rationale and the evidence
	// notes; the page stays small enough to load at once on a slow line.
	assert.LessOrEqual(t, len(body), 130_000, "the new case page is at most 130 KB")
}

func TestGuidanceAPI(t *testing.T) {
	h, _ := newTestServer(t)
	// Lists as lists, paragraphs as paragraphs, in the source's words.
	rec := get(t, h, "/api/guidance/A2.5", nil)
	require.Equal(t, http.StatusOK, rec.Code)
	assert.Equal(t, "application/json; charset=utf-8", rec.Header().Get("Content-Type"))
	assert.True(t, strings.HasPrefix(rec.Body.String(), `{"id":"A2.5","blocks":[`), rec.Body.String())
	assert.Contains(t, rec.Body.String(), `{"text":"Low – no specific behaviours, events or people likely to cause an adverse outcome"}`)
	assert.NotContains(t, rec.Body.String(), "• ")

	for _, id := range []string{"A1.1", "A1", "P3.5", "I1.1"} {
		paras, ok := guidance.Paragraphs(framework.ID(id))
		require.True(t, ok, id)
		rec := get(t, h, "/api/guidance/"+id, nil)
		require.Equal(t, http.StatusOK, rec.Code, id)
		var got struct {
			ID     string `json:"id"`
			Blocks []struct {
				Text  string `json:"text"`
				Items []struct {
					Text string   `json:"text"`
					Sub  []string `json:"sub"`
				} `json:"items"`
			} `json:"blocks"`
		}
		require.NoError(t, json.Unmarshal(rec.Body.Bytes(), &got), id)
		assert.Equal(t, id, got.ID)
		require.Len(t, got.Blocks, len(paras), id)
		for i, b := range got.Blocks {
			if b.Items == nil {
				assert.Equal(t, paras[i], b.Text, "%s paragraph %d", id, i)
				continue
			}
			assert.Empty(t, b.Text)
			assert.Contains(t, paras[i], b.Items[0].Text, "%s list %d", id, i)
		}
		// The guidance page has the same text, rendered once.
		page := get(t, h, "/guidance/"+id, nil).Body.String()
		assert.Contains(t, page, html.EscapeString(paras[0]), id)
	}
	// Lower case and printed forms are accepted; anything else is 404.
	assert.Equal(t, http.StatusOK, get(t, h, "/api/guidance/a%201.1", nil).Code)
	for _, id := range []string{"Z9", "A1.99", "%3Cscript%3E"} {
		rec := get(t, h, "/api/guidance/"+id, nil)
		assert.Equal(t, http.StatusNotFound, rec.Code, id)
		assert.Equal(t, "application/json; charset=utf-8", rec.Header().Get("Content-Type"))
	}
	assert.Contains(t, get(t, h, "/guidance/A1.diversity", nil).Body.String(), "<h1>Guidance</h1>")
	assert.Contains(t, get(t, h, "/guidance/A1.1", nil).Body.String(), "<h1>Guidance on A 1.1</h1>")
}

func TestStaticAndPages(t *testing.T) {
	h, _ := newTestServer(t)
	for _, p := range []string{"/static/app.css", "/static/app.js", "/", "/guidance/A1.1", "/guidance/a%201.1", "/guidance/P2"} {
		rec := get(t, h, p, nil)
		assert.Equal(t, http.StatusOK, rec.Code, p)
		assert.Equal(t, "nosniff", rec.Header().Get("X-Content-Type-Options"), p)
	}
	assert.Contains(t, get(t, h, "/guidance/A1.1", nil).Body.String(), "Is there sufficient analysis of offending behaviour")
	for _, p := range []string{"/nope", "/guidance/Z9", "/guidance/A1.99", "/cases/missing/edit", "/cases/missing.json"} {
		assert.Equal(t, http.StatusNotFound, get(t, h, p, nil).Code, p)
	}
}

// filledForm is a case as the e2e test fills it.
func filledForm(id string) url.Values {
	return url.Values{
		"orig":                           {""},
		"id":                             {id},
		"reviewer":                       {"Ada Reviewer"},
		"answer-I1.1":                    {"no"},
		"answer-I1.4":                    {"Girl"},
		"answer-A1.1":                    {"yes"},
		"answer-A1.S":                    {"yes"},
		"answer-A2.5":                    {"low"},
		"answer-A3.4":                    {"low"},
		"answer-A3.reasonable":           {"no"},
		"answer-P2.S":                    {"no"},
		"factors.childSafety":            {"no"},
		"factors.riskOfHarm":             {""},
		"nearBoundary.riskOfSeriousHarm": {"no"},
		"inspector.riskOfSeriousHarm":    {"high"},
		"inspector.safetyAndWellbeing":   {"low"},
		"concerns":                       {"weapons", "mental-health"},
		"deficits":                       {"out-of-date"},
	}
}

// TestNearBoundaryField: the form reads and writes whether the case is close
// to a boundary, named or not, as the case record holds it.
func TestNearBoundaryField(t *testing.T) {
	for raw, want := range map[string]classification.Near{"": 0, "yes": classification.NearUnnamed, "no": classification.NotNear, "medium-high": classification.NearMediumHigh, "high-very-high": classification.NearHighVeryHigh} {
		v := newFormValues()
		v.ID = "x"
		v.Fields["nearBoundary.riskOfSeriousHarm"] = raw
		c, errs := toCase(framework.DomainTwo(), v)
		require.True(t, errs.empty(), raw)
		assert.Equal(t, want, c.NearBoundary.RiskOfSeriousHarm, raw)
		assert.Equal(t, raw, valuesOf(c).Fields["nearBoundary.riskOfSeriousHarm"], raw)
	}
	v := newFormValues()
	v.ID = "x"
	v.Fields["nearBoundary.safetyAndWellbeing"] = "sideways"
	_, errs := toCase(framework.DomainTwo(), v)
	assert.Contains(t, errs.fields["nearBoundary.safetyAndWellbeing"], `"sideways" is not yes, no, a boundary or not recorded`)
}

// TestFindingsShowWhatTheyRestOn: each finding the form lists shows the
// sentences of the CARaG it rests on, or that it is the library's check,
// from judgement.FindingKinds.
func TestFindingsShowWhatTheyRestOn(t *testing.T) {
	for _, k := range judgement.FindingKinds() {
		b := findingBasis[k.Code]
		require.NotEmpty(t, b.Basis, k.Code)
		assert.Equal(t, k.LibraryCheck != "", b.LibraryCheck, k.Code)
		if k.LibraryCheck != "" {
			assert.Equal(t, []string{upperFirst(k.LibraryCheck) + "."}, b.Basis, k.Code)
		} else {
			assert.Equal(t, k.Source, b.Basis, k.Code)
		}
	}
}

func TestSaveAndJudge(t *testing.T) {
	h, store := newTestServer(t)
	s := newSession(t, h)
	rec := s.post("/cases", filledForm("case-001"), nil)
	require.Equal(t, http.StatusSeeOther, rec.Code, rec.Body.String())
	assert.Equal(t, "/cases/case-001/edit?saved=1#results", rec.Header().Get("Location"))

	c, ok, err := getCase(store, "case-001")
	require.NoError(t, err)
	require.True(t, ok)
	v, _ := c.Answers.Get("A1.1")
	assert.Equal(t, record.Yes, v.Answer)
	v, _ = c.Answers.Get("A3.4")
	assert.Equal(t, classification.Low, v.Level)
	v, _ = c.Answers.Get("I1.4")
	assert.Equal(t, "Girl", v.Text)
	require.NotNil(t, c.Factors.ChildSafety)
	assert.False(t, *c.Factors.ChildSafety)
	assert.Nil(t, c.Factors.RiskOfHarm, "not recorded stays unknown")
	assert.Nil(t, c.ReviewingRequired.Desistance)
	assert.Equal(t, classification.High, c.Inspector.RiskOfSeriousHarm)
	assert.Equal(t, []classification.Concern{classification.Weapons, classification.MentalHealth}, c.Concerns)
	assert.Equal(t, []classification.Deficit{classification.OutOfDate}, c.Deficits)

	page := s.follow(rec)
	require.Equal(t, http.StatusOK, page.Code)
	body := page.Body.String()
	assert.Contains(t, body, `id="saved"`)

	for _, kq := range []string{"P2", "D2"} {
		row := element(t, body, "summary-"+kq, "tr")
		assert.Contains(t, row, `data-answer="yes"`)
		assert.Contains(t, row, `data-decided-by="no-factors-rule"`)
		assert.Contains(t, textOf(row), "Yes No factors rule")
	}
	a1 := element(t, body, "summary-A1", "tr")
	assert.Contains(t, a1, `data-decided-by="inspector"`)
	a2 := element(t, body, "summary-A2", "tr")
	assert.Contains(t, a2, `data-decided-by="undecided"`)

	// The recorded P2.S "no" contradicts the rule: a finding beside P2.S
	// and in the list.
	assert.Contains(t, element(t, body, "findings", "ul"), `data-code="summary-contradicts-rule"`)
	beside := element(t, body, "question-P2.S", "ul")
	assert.Contains(t, beside, `data-findings-for="P2.S"`)
	assert.Contains(t, beside, `data-code="summary-contradicts-rule"`)

	rosh := element(t, body, "verdict-risk-of-serious-harm", "div")
	assert.Contains(t, rosh, `data-outcome="not-reasonable"`)
	assert.Contains(t, rosh, `data-direction="under"`)
	assert.Contains(t, textOf(rosh), "Not reasonable")
	assert.Contains(t, textOf(rosh), "Under")
	sw := element(t, body, "verdict-safety-and-wellbeing", "div")
	assert.Contains(t, sw, `data-outcome="reasonable"`)

	excl := element(t, body, "exclusion", "div")
	assert.Contains(t, excl, `data-outcome="include"`)

	// The form shows what was saved.
	assert.Regexp(t, `name="answer-A1.1" value="yes" checked`, body)
	assert.Contains(t, element(t, body, "input-factors.childSafety", "select"), `<option value="no" selected>`)
	assert.Contains(t, element(t, body, "input-factors.riskOfHarm", "select"), `<option value="" selected>`)
	assert.Contains(t, body, `value="weapons" checked`)
	assert.Contains(t, body, `name="orig" value="case-001"`)

	// The list shows the case.
	assert.Contains(t, get(t, h, "/", s.cookie).Body.String(), `href="/cases/case-001/edit"`)
}

func TestSaveErrors(t *testing.T) {
	h, store := newTestServer(t)
	s := newSession(t, h)
	form := filledForm("case-002")
	form.Set("answer-A1.1", "maybe")
	form.Set("answer-A3.4", "enormous")
	form.Set("factors.riskOfHarm", "perhaps")
	form.Set("answer-Z9.9", "yes")
	form.Add("concerns", "boredom")
	rec := s.post("/cases", form, nil)
	require.Equal(t, http.StatusUnprocessableEntity, rec.Code)
	body := rec.Body.String()
	errDiv := element(t, body, "errors", "div")
	assert.Contains(t, errDiv, `<a href="#question-A1.1">A1.1</a>: &#34;maybe&#34; is not an answer to this question`)
	assert.Contains(t, errDiv, `<a href="#question-A3.4">A3.4</a>: &#34;enormous&#34; is not a level`)
	top := textOf(errDiv)
	assert.Contains(t, top, `"Z9.9"`)
	assert.Contains(t, top, `"boredom"`)
	assert.Contains(t, element(t, body, "error-A1.1", "p"), "maybe")
	assert.Contains(t, element(t, body, "error-A3.4", "p"), "enormous")
	assert.Contains(t, body, `id="field-factors.riskOfHarm"`)
	// What was entered correctly is kept; a bad answer shows as not
	// answered.
	assert.Contains(t, body, `name="answer-A1.S" value="yes" checked`)
	assert.Contains(t, body, `name="answer-A1.1" value="" checked`)
	assert.Equal(t, 1, strings.Count(element(t, body, "question-A1.1", "div"), " checked"), "one choice checked")
	assert.Contains(t, body, `value="case-002"`)
	ids, _ := caseIDs(store)
	assert.Empty(t, ids, "nothing stored")

	// A missing ID, and one already taken.
	form = filledForm("")
	rec = s.post("/cases", form, nil)
	require.Equal(t, http.StatusUnprocessableEntity, rec.Code)
	assert.Contains(t, element(t, rec.Body.String(), "error-id", "p"), "Give the case an ID")
	require.Equal(t, http.StatusSeeOther, s.post("/cases", filledForm("taken"), nil).Code)
	rec = s.post("/cases", filledForm("taken"), nil)
	require.Equal(t, http.StatusUnprocessableEntity, rec.Code)
	assert.Contains(t, rec.Body.String(), "already stored")
	rec = s.post("/cases", filledForm(strings.Repeat("x", record.MaxIDLength+1)), nil)
	assert.Equal(t, http.StatusUnprocessableEntity, rec.Code)
	rec = s.post("/cases", filledForm(".."), nil)
	assert.Equal(t, http.StatusUnprocessableEntity, rec.Code)
}

// formOf is the form a browser posts for a stored case left as it is.
func formOf(c record.Case, version string) url.Values {
	v := valuesOf(c)
	form := url.Values{"id": {v.ID}, "orig": {v.Orig}, "version": {version}, "inspection": {v.Inspection}, "reviewer": {"Ada Reviewer"}}
	if v.Synthetic {
		form.Set("synthetic", "true")
	}
	for k, x := range v.Fields {
		form.Set(k, x)
	}
	for k := range v.Concerns {
		form.Add("concerns", k)
	}
	for k := range v.Deficits {
		form.Add("deficits", k)
	}
	return form
}

// TestRoSHRationaleEditable: the case manager's RoSH rationale is shown in
// the form, kept through a save (and a rename), and edited there.
func TestRoSHRationaleEditable(t *testing.T) {
	h, store := newTestServer(t)
	s := newSession(t, h)
	require.Equal(t, http.StatusSeeOther, s.importRecord(sampleRecord).Code)
	page := get(t, h, "/cases/case-014/edit", s.cookie).Body.String()
	assert.Contains(t, page, `data-code="rosh-no-access-lowered"`)
	assert.Contains(t, element(t, page, "input-rosh.level", "select"), `<option value="low" selected>`)
	assert.Contains(t, element(t, page, "input-rosh.c0.type", "select"), `value="no-access-to-victims" selected`)
	want, _, _, _ := lookup(store, "case-014")
	require.NotNil(t, want.RoSHRationale)

	// Renamed, the rest as it was: the rationale is kept.
	c, version, _, _ := lookup(store, "case-014")
	form := formOf(c, version)
	form.Set("id", "case-015")
	rec := s.post("/cases", form, nil)
	require.Equal(t, http.StatusSeeOther, rec.Code, rec.Body.String())
	_, old, _ := getCase(store, "case-014")
	assert.False(t, old, "renamed")
	got, ok, _ := getCase(store, "case-015")
	require.True(t, ok)
	assert.Equal(t, want.RoSHRationale, got.RoSHRationale)

	// Edited: a new level, the first consideration cleared, a new one in
	// a spare row.
	_, version, _, _ = lookup(store, "case-015")
	form = formOf(got, version)
	form.Set("rosh.level", "medium")
	for _, part := range []string{"type", "use", "constraint", "note"} {
		form.Del("rosh.c0." + part)
	}
	n := len(want.RoSHRationale.Considerations)
	form.Set(fmt.Sprintf("rosh.c%d.type", n), "strengths")
	form.Set(fmt.Sprintf("rosh.c%d.use", n), "lower")
	rec = s.post("/cases", form, nil)
	require.Equal(t, http.StatusSeeOther, rec.Code, rec.Body.String())
	got, _, _ = getCase(store, "case-015")
	require.NotNil(t, got.RoSHRationale)
	assert.Equal(t, classification.Medium, got.RoSHRationale.Level)
	require.Len(t, got.RoSHRationale.Considerations, n)
	last := got.RoSHRationale.Considerations[n-1]
	assert.Equal(t, classification.Strengths, last.Type)
	assert.Equal(t, classification.Lower, last.Use)

	// A row with a note but nothing considered, and a level that is none:
	// refused, with everything typed kept.
	_, version, _, _ = lookup(store, "case-015")
	form = formOf(got, version)
	form.Set("rosh.c9.note", "typed but not chosen")
	form.Set("rosh.level", "enormous")
	rec = s.post("/cases", form, nil)
	require.Equal(t, http.StatusUnprocessableEntity, rec.Code)
	body := rec.Body.String()
	assert.Contains(t, textOf(element(t, body, "errors", "div")), "RoSH rationale: consideration 10 : Choose what was considered")
	assert.Contains(t, textOf(element(t, body, "errors", "div")), `"enormous" is not a level`)
	assert.Contains(t, body, `value="typed but not chosen"`)

	// Cleared: no rationale.
	form = formOf(got, version)
	for k := range form {
		if strings.HasPrefix(k, "rosh.") {
			form.Del(k)
		}
	}
	require.Equal(t, http.StatusSeeOther, s.post("/cases", form, nil).Code)
	got, _, _ = getCase(store, "case-015")
	assert.Nil(t, got.RoSHRationale)
}

func TestCSRF(t *testing.T) {
	h, store := newTestServer(t)
	s := newSession(t, h)
	other := newSession(t, h)
	require.NotEqual(t, s.token, other.token, "tokens are per session")

	setToken := func(tok string) func(url.Values) { return func(f url.Values) { f.Set(csrfField, tok) } }
	// A cookie set by someone who can set cookies for this host (another
	// server on another port of 127.0.0.1), with the same value as the
	// token: the naive double-submit cookie that a signed token refuses.
	forgedID := newSessionID()
	tossed := &http.Cookie{Name: csrfCookie, Value: forgedID}
	// A session of another server, with its own key.
	foreign := newSession(t, newServer(newMemStore(), nil, testHosts))
	cases := map[string]struct {
		form   func(url.Values)
		header http.Header // nil values delete the header
		noCook bool
		cookie *http.Cookie
	}{
		"naive double submit":    {form: setToken(forgedID), cookie: tossed},
		"another server's token": {form: setToken(foreign.token), cookie: foreign.cookie},
		"no token":               {form: setToken("")},
		"token missing":          {form: func(f url.Values) { f.Del(csrfField) }},
		"wrong token":            {form: setToken("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")},
		"other session token":    {form: setToken(other.token)},
		"no cookie":              {noCook: true},
		"cross-site fetch":       {header: http.Header{"Sec-Fetch-Site": {"cross-site"}}},
		"same-site fetch":        {header: http.Header{"Sec-Fetch-Site": {"same-site"}}},
		"cross origin":           {header: http.Header{"Sec-Fetch-Site": nil, "Origin": {"http://evil.example"}}},
		"null origin":            {header: http.Header{"Sec-Fetch-Site": nil, "Origin": {"null"}}},
		"cross referer":          {header: http.Header{"Sec-Fetch-Site": nil, "Referer": {"http://evil.example/page"}}},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			sess := *s
			sess.t = t
			if tc.noCook {
				sess.cookie = nil
			}
			if tc.cookie != nil {
				sess.cookie = tc.cookie
			}
			for _, target := range []string{"/cases", "/cases/x/delete", "/cases/x/restore", "/import"} {
				form := filledForm("forged")
				form.Set("record", sampleRecord)
				form.Set(csrfField, s.token)
				if tc.form != nil {
					tc.form(form)
				}
				rec := sess.postRaw(target, form, tc.header)
				assert.Equal(t, http.StatusForbidden, rec.Code, target)
				assert.Contains(t, rec.Body.String(), "Refused", target)
			}
			ids, _ := caseIDs(store)
			assert.Empty(t, ids)
		})
	}

	// The same post with the right token from the same origin goes
	// through, whether the browser says so with Sec-Fetch-Site, Origin or
	// Referer, or is not a browser at all.
	for i, hdr := range []http.Header{
		{"Sec-Fetch-Site": {"same-origin"}},
		{"Origin": {"http://example.com"}},
		{"Referer": {"http://example.com/cases/new"}},
		{},
	} {
		form := filledForm("ok-" + string(rune('a'+i)))
		form.Set(csrfField, s.token)
		rec := s.postRaw("/cases", form, hdr)
		assert.Equal(t, http.StatusSeeOther, rec.Code, "%v: %s", hdr, rec.Body.String())
	}
}

// postRaw posts exactly the form and headers given, with the session's
// cookie if any.
func (s *session) postRaw(target string, form url.Values, header http.Header) *httptest.ResponseRecorder {
	s.t.Helper()
	req := httptest.NewRequest(http.MethodPost, target, strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Sec-Fetch-Site", "same-origin")
	for k, v := range header {
		if v == nil {
			req.Header.Del(k)
		} else {
			req.Header[k] = v
		}
	}
	if s.cookie != nil {
		req.AddCookie(s.cookie)
	}
	rec := httptest.NewRecorder()
	s.h.ServeHTTP(rec, req)
	return rec
}

func TestEscaping(t *testing.T) {
	h, store := newTestServer(t)
	s := newSession(t, h)
	const hostileID = `<script>alert("id")</script>`
	const hostileText = `<script>alert('text')</script>"><img src=x onerror=alert(1)>`
	form := filledForm(hostileID)
	form.Set("answer-I1.4", hostileText)
	rec := s.post("/cases", form, nil)
	require.Equal(t, http.StatusSeeOther, rec.Code, rec.Body.String())
	c, ok, _ := getCase(store, hostileID)
	require.True(t, ok)
	v, _ := c.Answers.Get("I1.4")
	assert.Equal(t, hostileText, v.Text, "stored as typed")

	for _, page := range []*httptest.ResponseRecorder{s.follow(rec), get(t, h, "/", s.cookie)} {
		require.Equal(t, http.StatusOK, page.Code)
		body := page.Body.String()
		assert.NotContains(t, body, "<script>")
		assert.NotContains(t, body, "<img")
		assert.NotContains(t, body, `alert("id")</script>`)
		assert.Contains(t, body, "&lt;script&gt;")
	}
	body := s.follow(rec).Body.String()
	assert.Contains(t, body, `value="&lt;script&gt;alert(&#39;text&#39;)&lt;/script&gt;&#34;&gt;&lt;img src=x onerror=alert(1)&gt;"`)

	// The export's file name is safe, and its content is JSON.
	exp := get(t, h, exportURL(hostileID), s.cookie)
	require.Equal(t, http.StatusOK, exp.Code)
	_, params, err := mime.ParseMediaType(exp.Header().Get("Content-Disposition"))
	require.NoError(t, err)
	assert.Regexp(t, `^case-[A-Za-z0-9._-]+\.json$`, params["filename"])
	assert.Equal(t, "application/json; charset=utf-8", exp.Header().Get("Content-Type"))

	// A hostile search query is escaped too.
	sr := get(t, h, "/search?q="+url.QueryEscape(hostileText), nil).Body.String()
	assert.NotContains(t, sr, "<script>")
}

func TestImportExportRoundTrip(t *testing.T) {
	h, _ := newTestServer(t)
	s := newSession(t, h)
	want, err := record.Decode(strings.NewReader(sampleRecord))
	require.NoError(t, err)

	rec := s.importRecord(sampleRecord)
	require.Equal(t, http.StatusSeeOther, rec.Code, rec.Body.String())
	assert.Equal(t, "/cases/case-014/edit?saved=imported#results", rec.Header().Get("Location"))
	page := s.follow(rec).Body.String()
	assert.Contains(t, page, "Imported.")
	assert.Contains(t, element(t, page, "input-lookedAfter.responsibleForAssessment", "select"), `<option value="no" selected>`)

	exp := get(t, h, "/cases/case-014.json", nil)
	require.Equal(t, http.StatusOK, exp.Code)
	disp, params, err := mime.ParseMediaType(exp.Header().Get("Content-Disposition"))
	require.NoError(t, err)
	assert.Equal(t, "attachment", disp)
	assert.Equal(t, "case-case-014.json", params["filename"])
	got, err := record.Decode(exp.Body)
	require.NoError(t, err)
	assert.Equal(t, mustJSON(t, want), mustJSON(t, got))
	assert.True(t, want.Answers.Equal(got.Answers))

	// Through the form and back: saving the imported case unchanged gives
	// the same record.
	form := url.Values{}
	v := valuesOf(got)
	form.Set("id", v.ID)
	form.Set("orig", v.Orig)
	form.Set("version", regexpVersion.FindStringSubmatch(page)[1])
	form.Set("inspection", v.Inspection) // the hidden fields a browser posts
	for k, x := range v.Fields {
		form.Set(k, x)
	}
	for k := range v.Concerns {
		form.Add("concerns", k)
	}
	for k := range v.Deficits {
		form.Add("deficits", k)
	}
	require.Equal(t, http.StatusSeeOther, s.post("/cases", form, nil).Code)
	again, err := record.Decode(get(t, h, "/cases/case-014.json", nil).Body)
	require.NoError(t, err)
	assert.Equal(t, mustJSON(t, want), mustJSON(t, again))

	// The pasted form of import works as well, and never replaces a
	// stored case.
	rec = s.post("/import", url.Values{"record": {sampleRecord}}, nil)
	require.Equal(t, http.StatusConflict, rec.Code)
	assert.Contains(t, textOf(element(t, rec.Body.String(), "import-error", "div")), `Nothing was imported: pasted records: record 1: case "case-014" is already stored`)

	// IDs with a slash or other characters survive the URLs.
	odd := strings.Replace(sampleRecord, `"case-014"`, `"team a/case 7?#%"`, 1)
	require.Equal(t, http.StatusSeeOther, s.importRecord(odd).Code)
	assert.Equal(t, http.StatusOK, get(t, h, caseURL("team a/case 7?#%"), nil).Code)
	exp = get(t, h, exportURL("team a/case 7?#%"), nil)
	require.Equal(t, http.StatusOK, exp.Code)
	c, err := record.Decode(exp.Body)
	require.NoError(t, err)
	assert.Equal(t, "team a/case 7?#%", c.ID)

	// Delete.
	rec = s.post(deleteURL("team a/case 7?#%"), url.Values{}, nil)
	require.Equal(t, http.StatusSeeOther, rec.Code)
	assert.Equal(t, http.StatusNotFound, get(t, h, caseURL("team a/case 7?#%"), nil).Code)
}

func mustJSON(t *testing.T, c record.Case) string {
	t.Helper()
	b, err := json.Marshal(c)
	require.NoError(t, err)
	return string(b)
}

func TestImportErrors(t *testing.T) {
	h, store := newTestServer(t)
	s := newSession(t, h)
	for name, tc := range map[string]struct{ record, want string }{
		"empty":            {"", "Choose a file or paste case records."},
		"not JSON":         {"{not json", "Nothing was imported: pasted records: line 1"},
		"unknown field":    {`{"id": "c1", "colour": "blue"}`, "colour"},
		"unknown question": {`{"id": "c1", "answers": {"Z9.9": "yes"}}`, "Z9.9"},
		"wrong kind":       {`{"id": "c1", "answers": {"A1.1": "high"}}`, "A1.1"},
		"no id":            {`{"answers": {}}`, "id"},
		"dot id":           {`{"id": ".."}`, "cannot be used"},
		"trailing data":    {`{"id": "c1"} {"id": "c2"}`, "Nothing was imported: pasted records: line 1"},
	} {
		t.Run(name, func(t *testing.T) {
			rec := s.post("/import", url.Values{"record": {tc.record}}, nil)
			assert.Contains(t, []int{http.StatusBadRequest, http.StatusUnprocessableEntity}, rec.Code)
			msg := textOf(element(t, rec.Body.String(), "import-error", "div"))
			assert.Contains(t, msg, tc.want)
			ids, _ := caseIDs(store)
			assert.Empty(t, ids)
		})
	}
	// A record over the size limit is refused.
	big := `{"id": "c1", "answers": {"I1.4": "` + strings.Repeat("x", record.MaxCaseSize) + `"}}`
	rec := s.post("/import", url.Values{"record": {big}}, nil)
	assert.Contains(t, []int{http.StatusBadRequest, http.StatusUnprocessableEntity, http.StatusRequestEntityTooLarge}, rec.Code)
}

func TestSearch(t *testing.T) {
	h, _ := newTestServer(t)
	rec := get(t, h, "/search?q=contingen", nil)
	require.Equal(t, http.StatusOK, rec.Code)
	body := rec.Body.String()
	assert.Contains(t, body, `data-id="P3.5"`)
	assert.Contains(t, body, `href="/guidance/P3.5"`)

	rec = get(t, h, "/api/search?q=contingen", nil)
	require.Equal(t, http.StatusOK, rec.Code)
	assert.Equal(t, "application/json; charset=utf-8", rec.Header().Get("Content-Type"))
	var hits []searchHit
	require.NoError(t, json.Unmarshal(rec.Body.Bytes(), &hits))
	require.NotEmpty(t, hits)
	assert.LessOrEqual(t, len(hits), maxSearchResults)
	found := false
	for _, h := range hits {
		if h.ID == "P3.5" {
			found = true
			assert.Equal(t, "P 3.5", h.Number, "hits carry the printed number")
		}
		assert.NotEmpty(t, h.Title)
	}
	assert.True(t, found)
	assert.Contains(t, body, `<strong>P 3.5</strong> Does planning set out`)
	assert.NotContains(t, body, `<strong>P3.5</strong>`)

	rec = get(t, h, "/api/search?q=", nil)
	assert.Equal(t, "[]\n", rec.Body.String())
	assert.Contains(t, get(t, h, "/search?q=zzqqxx", nil).Body.String(), "0 results")
}

// syncBuffer is a bytes.Buffer safe for the server goroutine to write.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// importLines imports cases through the form, as JSON lines.
func (s *session) importLines(cases []record.Case) *httptest.ResponseRecorder {
	s.t.Helper()
	var b strings.Builder
	for _, c := range cases {
		js, err := c.MarshalJSON()
		require.NoError(s.t, err)
		b.Write(js)
		b.WriteByte('\n')
	}
	return s.post("/import", url.Values{"record": {b.String()}}, nil)
}

// rowIDs are the case IDs of the list's rows, in order.
func rowIDs(body string) []string {
	var ids []string
	for _, m := range regexp.MustCompile(`<tr data-case="([^"]*)"`).FindAllStringSubmatch(body, -1) {
		ids = append(ids, html.UnescapeString(m[1]))
	}
	return ids
}

// TestListFiltersSearchAndPages: the list shows each case's inspection,
// reviewer, last save, status and findings; filters by inspection and by
// status; searches by ID; and pages by 50 with links a screen reader names.
func TestListFiltersSearchAndPages(t *testing.T) {
	h, store := newTestServer(t)
	s := newSession(t, h)
	base := sampleCases(t, 1)[0]
	var cases []record.Case
	for i := range 120 {
		c := base.Clone()
		c.ID = fmt.Sprintf("case-%03d", i)
		switch {
		case i < 60:
			c.Inspection = "insp-01"
		case i < 100:
			c.Inspection = "insp-02"
		default:
			c.Inspection = ""
		}
		if i%10 == 0 {
			// Some cases answer no key question: incomplete.
			c.Answers = record.Answers{}
		}
		cases = append(cases, c)
	}
	// What the list should count, as Judge sees each case.
	f := framework.DomainTwo()
	incomplete := map[string]int{}
	withErrors := map[string]int{}
	for _, c := range cases {
		res := judgement.Judge(f, c)
		for _, kr := range res.KeyResults {
			if kr.Answer == 0 {
				incomplete[c.Inspection]++
				break
			}
		}
		for _, fd := range res.Findings {
			if fd.Severity == judgement.Error {
				withErrors[c.Inspection]++
				break
			}
		}
	}
	require.NotZero(t, incomplete["insp-02"])
	rec := s.importLines(cases)
	require.Equal(t, http.StatusSeeOther, rec.Code, rec.Body.String())
	assert.Equal(t, "/?imported=120", rec.Header().Get("Location"))
	assert.Contains(t, s.follow(rec).Body.String(), "Imported 120 cases.")

	body := get(t, h, "/", s.cookie).Body.String()
	ids := rowIDs(body)
	require.Len(t, ids, perPage)
	assert.Equal(t, "case-000", ids[0])
	assert.Contains(t, textOf(element(t, body, "list-count", "p")), "Cases 1 to 50 of 120.")
	head := textOf(element(t, body, "cases", "thead"))
	for _, col := range []string{"Case ID", "Inspection", "Reviewer", "Last saved", "Status", "Findings", "Actions"} {
		assert.Contains(t, head, col)
	}
	row := element(t, body, "cases", "tbody")
	row = row[:strings.Index(row, "</tr>")]
	assert.Contains(t, textOf(row), "insp-01 Ada Reviewer")
	assert.Contains(t, row, `<time datetime="`)
	pages := body[strings.Index(body, `<nav class="pagination"`):]
	pages = pages[:strings.Index(pages, "</nav>")]
	assert.Contains(t, pages, `aria-label="Pages of the list"`)
	assert.Contains(t, pages, `<a href="/" aria-current="page" class="current"><span class="visually-hidden">Page </span>1</a>`)
	assert.Contains(t, pages, `<a href="/?page=3"><span class="visually-hidden">Page </span>3</a>`)
	assert.Contains(t, pages, `rel="next"`)
	assert.NotContains(t, pages, `rel="prev"`)

	last := get(t, h, "/?page=3", s.cookie).Body.String()
	assert.Len(t, rowIDs(last), 20)
	assert.Contains(t, textOf(element(t, last, "list-count", "p")), "Cases 101 to 120 of 120.")

	for _, tc := range []struct {
		query string
		want  int
		first string
	}{
		{"inspection=insp-02", 40, "case-060"},
		{"inspection=" + url.QueryEscape(noneValue), 20, "case-100"},
		{"status=incomplete&inspection=insp-02", incomplete["insp-02"], "case-060"},
		{"status=errors&inspection=insp-01", withErrors["insp-01"], ""},
		{"status=complete&inspection=insp-02", 40 - incomplete["insp-02"], ""},
		{"status=excluded", 0, ""},
		{"id=11", 11, "case-011"},
		{"id=CASE-11", 10, "case-110"},
	} {
		page := get(t, h, "/?"+tc.query, s.cookie)
		require.Equal(t, http.StatusOK, page.Code, tc.query)
		ids := rowIDs(page.Body.String())
		assert.Len(t, ids, min(tc.want, perPage), tc.query)
		if tc.first != "" && len(ids) > 0 {
			assert.Equal(t, tc.first, ids[0], tc.query)
		}
		if tc.want == 0 {
			assert.Contains(t, page.Body.String(), "No case matches the filters.", tc.query)
		}
	}
	// The filters keep their values, the paging keeps the filters, and a
	// new case starts in the inspection chosen.
	page := get(t, h, "/?inspection=insp-01&id=case-0", s.cookie).Body.String()
	assert.Contains(t, page, `<option value="insp-01" selected>insp-01 (60)</option>`)
	assert.Contains(t, page, `href="/?id=case-0&amp;inspection=insp-01&amp;page=2"`)
	assert.Contains(t, page, `<a class="button" id="new-case" href="/cases/new?inspection=insp-01">`)
	newPage := get(t, h, "/cases/new?inspection=insp-01", s.cookie).Body.String()
	assert.Contains(t, newPage, `name="inspection" value="insp-01"`)

	// Every status is counted right by the list's words.
	ids, err := caseIDs(store)
	require.NoError(t, err)
	assert.Len(t, ids, 120)
}

// TestCaseHistoryReviewerNotesAndRestore: a save records the reviewer (and
// the browser keeps the name) and the notes; the history shows each version
// with who, when and what changed; a deleted case is listed and restored.
func TestCaseHistoryReviewerNotesAndRestore(t *testing.T) {
	h, store := newTestServer(t)
	s := newSession(t, h)

	// No reviewer: refused, with the form as typed.
	form := filledForm("case-h")
	form.Set("reviewer", "")
	form.Set("note-A1.1", "Seen in the assessment, section 2.")
	rec := s.post("/cases", form, nil)
	require.Equal(t, http.StatusUnprocessableEntity, rec.Code)
	assert.Contains(t, textOf(element(t, rec.Body.String(), "error-reviewer", "p")), "Give your name as the reviewer")
	assert.Contains(t, rec.Body.String(), "Seen in the assessment, section 2.</textarea>")

	form.Set("reviewer", "Grace Hopper")
	form.Set("note-case", "Read with the supervision notes.")
	rec = s.post("/cases", form, nil)
	require.Equal(t, http.StatusSeeOther, rec.Code, rec.Body.String())
	var remembered *http.Cookie
	for _, c := range rec.Result().Cookies() {
		if c.Name == reviewerCookie {
			remembered = c
		}
	}
	require.NotNil(t, remembered, "the browser keeps the reviewer's name")
	assert.Equal(t, http.SameSiteStrictMode, remembered.SameSite)
	c, ok, err := getCase(store, "case-h")
	require.NoError(t, err)
	require.True(t, ok)
	assert.Equal(t, "Seen in the assessment, section 2.", c.Notes.Questions["A1.1"])
	assert.Equal(t, "Read with the supervision notes.", c.Notes.Case)

	withName := func(target string) string {
		req := httptest.NewRequest(http.MethodGet, target, nil)
		req.AddCookie(s.cookie)
		req.AddCookie(remembered)
		w := httptest.NewRecorder()
		h.ServeHTTP(w, req)
		require.Equal(t, http.StatusOK, w.Code, target)
		return w.Body.String()
	}
	page := withName(caseURL("case-h"))
	assert.Contains(t, page, `name="reviewer" value="Grace Hopper"`, "the name is filled in")
	assert.Contains(t, textOf(element(t, page, "stored", "p")), "Version 1, saved by Grace Hopper")
	assert.Contains(t, page, "Read with the supervision notes.</textarea>")
	assert.Contains(t, page, `<details class="evidence" open><summary>Evidence note<span class="visually-hidden"> on A 1.1</span> (written)</summary>`)
	assert.Contains(t, withName("/cases/new"), `name="reviewer" value="Grace Hopper"`)

	// A second version by another reviewer, A1.1 Yes to No.
	_, version, _, _ := lookup(store, "case-h")
	form.Set("orig", "case-h")
	form.Set("version", version)
	form.Set("reviewer", "Alan Turing")
	form.Set("answer-A1.1", "no")
	form.Set("note-A1.1", "Changed evidence.")
	require.Equal(t, http.StatusSeeOther, s.post("/cases", form, nil).Code)

	hist := get(t, h, historyURL("case-h"), s.cookie)
	require.Equal(t, http.StatusOK, hist.Code)
	v2 := textOf(element(t, hist.Body.String(), "version-2", "li"))
	assert.Contains(t, v2, "Version 2: saved")
	assert.Contains(t, v2, "By Alan Turing")
	assert.Contains(t, v2, "A 1.1 Is there sufficient analysis of offending behaviour")
	assert.Contains(t, v2, "Yes No", "before and after")
	assert.Contains(t, v2, "Evidence note on A 1.1 Is there sufficient analysis")
	assert.Contains(t, v2, "Seen in the assessment, section 2. Changed evidence.")
	v1 := textOf(element(t, hist.Body.String(), "version-1", "li"))
	assert.Contains(t, v1, "By Grace Hopper")
	assert.Contains(t, v1, "first version")

	// Deleted: gone from the list, in the deleted cases, its history kept
	// with a button to restore it.
	_, version, _, _ = lookup(store, "case-h")
	rec = s.post(deleteURL("case-h"), url.Values{"version": {version}}, nil)
	require.Equal(t, http.StatusSeeOther, rec.Code, rec.Body.String())
	assert.NotContains(t, rowIDs(get(t, h, "/", s.cookie).Body.String()), "case-h")
	deleted := get(t, h, "/deleted", s.cookie).Body.String()
	assert.Equal(t, []string{"case-h"}, rowIDs(deleted))
	assert.Contains(t, deleted, `action="/cases/case-h/restore"`)
	hist = get(t, h, historyURL("case-h"), s.cookie)
	require.Equal(t, http.StatusOK, hist.Code)
	assert.Contains(t, hist.Body.String(), `id="deleted-notice"`)
	assert.Contains(t, textOf(element(t, hist.Body.String(), "version-3", "li")), "Version 3: deleted")

	rec = s.post(restoreURL("case-h"), url.Values{"reviewer": {"Grace Hopper"}}, nil)
	require.Equal(t, http.StatusSeeOther, rec.Code, rec.Body.String())
	assert.Equal(t, "/cases/case-h/edit?saved=restored#results", rec.Header().Get("Location"))
	assert.Contains(t, s.follow(rec).Body.String(), "Restored.")
	restored, ok, _ := getCase(store, "case-h")
	require.True(t, ok)
	v, _ := restored.Answers.Get("A1.1")
	assert.Equal(t, record.No, v.Answer, "the last version comes back")
	assert.Empty(t, rowIDs(get(t, h, "/deleted", s.cookie).Body.String()))
	assert.Equal(t, http.StatusConflict, s.post(restoreURL("case-h"), url.Values{}, nil).Code, "only a deleted case is restored")
}

// TestFailedSaveKeepsInput: a store that cannot write (a full disk) gets
// the form back with everything typed and a message, never a bare 500;
// a failed import keeps the pasted records.
func TestFailedSaveKeepsInput(t *testing.T) {
	st := newMemStore()
	t.Cleanup(func() { _ = st.Close() })
	h := newServer(failingStore{store: st, err: errDiskFull}, nil, testHosts)
	s := newSession(t, h)
	form := filledForm("typed-id-7")
	form.Set("note-A1.1", "typed evidence")
	form.Set("note-case", "typed case note")
	form.Set("rosh.level", "medium")
	rec := s.post("/cases", form, nil)
	require.Equal(t, http.StatusServiceUnavailable, rec.Code)
	body := rec.Body.String()
	msg := textOf(element(t, body, "errors", "div"))
	assert.Contains(t, msg, "Not saved: the database could not store the case (database or disk is full)")
	assert.Contains(t, msg, "Everything you typed is in the form below")
	assert.Contains(t, body, `id="input-id" name="id" value="typed-id-7"`)
	assert.Contains(t, body, "typed evidence</textarea>")
	assert.Contains(t, body, "typed case note</textarea>")
	assert.Contains(t, body, `name="answer-I1.4" value="Girl"`)
	assert.Contains(t, element(t, body, "input-rosh.level", "select"), `<option value="medium" selected>`)
	assert.Contains(t, body, `name="reviewer" value="Ada Reviewer"`)

	rec = s.post("/import", url.Values{"record": {sampleRecord}}, nil)
	require.Equal(t, http.StatusInternalServerError, rec.Code)
	assert.Contains(t, textOf(element(t, rec.Body.String(), "import-error", "div")), "Nothing was imported: the database refused the change (database or disk is full)")
	assert.Contains(t, rec.Body.String(), html.EscapeString(`"id": "case-014"`), "the pasted records are kept")
}

// TestImportAllOrNothing: JSON lines and a JSON array import; a bad record
// or an ID already stored refuses the lot, naming the line, case and field.
func TestImportAllOrNothing(t *testing.T) {
	h, store := newTestServer(t)
	s := newSession(t, h)
	cases := sampleCases(t, 3)
	rec := s.importLines(cases)
	require.Equal(t, http.StatusSeeOther, rec.Code, rec.Body.String())
	ids, _ := caseIDs(store)
	assert.Len(t, ids, 3)

	more := sampleCases(t, 6)[3:]
	arr, err := json.Marshal(more)
	require.NoError(t, err)
	rec = s.post("/import", url.Values{"record": {string(arr)}}, nil)
	require.Equal(t, http.StatusSeeOther, rec.Code, rec.Body.String())
	ids, _ = caseIDs(store)
	assert.Len(t, ids, 6)

	// A bad field on line 2: nothing of lines 1 and 3 is imported.
	c1, c2, c3 := cases[0].Clone(), cases[1].Clone(), cases[2].Clone()
	c1.ID, c2.ID, c3.ID = "new-1", "new-2", "new-3"
	lines := []string{mustJSON(t, c1), strings.Replace(mustJSON(t, c2), `"id":"new-2"`, `"id":"new-2","colour":"blue"`, 1), mustJSON(t, c3)}
	rec = s.post("/import", url.Values{"record": {strings.Join(lines, "\n")}}, nil)
	require.Equal(t, http.StatusUnprocessableEntity, rec.Code)
	msg := textOf(element(t, rec.Body.String(), "import-error", "div"))
	assert.Contains(t, msg, "Nothing was imported: pasted records: line 2: case")
	assert.Contains(t, msg, "colour")
	// An ID stored already, on line 2.
	lines[1] = mustJSON(t, cases[1])
	rec = s.post("/import", url.Values{"record": {strings.Join(lines, "\n")}}, nil)
	require.Equal(t, http.StatusConflict, rec.Code)
	assert.Contains(t, textOf(element(t, rec.Body.String(), "import-error", "div")), fmt.Sprintf("record 2: case %q is already stored", cases[1].ID))
	ids, _ = caseIDs(store)
	assert.Len(t, ids, 6, "nothing imported")
}

// TestExportAllImportsBack: export all gives JSON lines that import into
// an empty store as the same cases; an inspection's export holds its cases
// only.
func TestExportAllImportsBack(t *testing.T) {
	h, store := newTestServer(t)
	s := newSession(t, h)
	cases := sampleCases(t, 12)
	for i := range cases[6:] {
		cases[6+i].Inspection = "insp-02"
	}
	cases[0].Notes.Case = "a note that travels"
	require.Equal(t, http.StatusSeeOther, s.importLines(cases).Code)
	exp := get(t, h, "/cases.jsonl", s.cookie)
	require.Equal(t, http.StatusOK, exp.Code)
	assert.Equal(t, "application/jsonl; charset=utf-8", exp.Header().Get("Content-Type"))
	all := exp.Body.String()

	h2, store2 := newTestServer(t)
	s2 := newSession(t, h2)
	rec := s2.post("/import", url.Values{"record": {all}}, nil)
	require.Equal(t, http.StatusSeeOther, rec.Code, rec.Body.String())
	a, err := exportAll(store)
	require.NoError(t, err)
	b, err := exportAll(store2)
	require.NoError(t, err)
	assert.Equal(t, string(a), string(b), "the same cases")
	assert.Contains(t, string(b), "a note that travels")

	one := get(t, h, "/cases.jsonl?inspection=insp-02", s.cookie)
	got, err := record.DecodeAll(one.Body)
	require.NoError(t, err)
	assert.Len(t, got, 6)
	for _, c := range got {
		assert.Equal(t, "insp-02", c.Inspection)
	}
}

// TestReportPerInspection: the report and its CSV are made of the cases of
// the inspection asked for.
func TestReportPerInspection(t *testing.T) {
	h, _ := newTestServer(t)
	s := newSession(t, h)
	cases := sampleCases(t, 12)
	for i := range cases[4:] {
		cases[4+i].Inspection = "insp-02"
	}
	cases[0].Inspection = ""
	require.Equal(t, http.StatusSeeOther, s.importLines(cases).Code)

	list := get(t, h, "/", s.cookie).Body.String()
	assert.Contains(t, list, `href="/report?inspection=insp-02"`)
	assert.Contains(t, list, `href="/report.csv?inspection=insp-02"`)

	for _, tc := range []struct {
		query string
		cases int
	}{{"", 12}, {"?inspection=insp-02", 8}, {"?inspection=insp-01", 3}, {"?inspection=" + url.QueryEscape(noneValue), 1}} {
		page := get(t, h, "/report"+tc.query, s.cookie)
		require.Equal(t, http.StatusOK, page.Code, tc.query)
		assert.Regexp(t, fmt.Sprintf("<dt>Cases</dt><dd>%d records? from the web form", tc.cases), page.Body.String(), tc.query)
		csvRec := get(t, h, "/report.csv"+tc.query, s.cookie)
		require.Equal(t, http.StatusOK, csvRec.Code, tc.query)
		assert.Equal(t, "text/csv; charset=utf-8", csvRec.Header().Get("Content-Type"))
		assert.Contains(t, csvRec.Header().Get("Content-Disposition"), "attachment")
		rows, err := csv.NewReader(csvRec.Body).ReadAll()
		require.NoError(t, err, tc.query)
		assert.Greater(t, len(rows), 1, tc.query)
	}
	assert.Contains(t, get(t, h, "/report?inspection=insp-09", s.cookie).Body.String(), "There are no cases to report yet.")
}

// TestFindingsErrorsFirst: the case page lists errors before warnings,
// each with the words of its source and its code last.
func TestFindingsErrorsFirst(t *testing.T) {
	h, _ := newTestServer(t)
	s := newSession(t, h)
	require.Equal(t, http.StatusSeeOther, s.importRecord(sampleRecord).Code)
	body := get(t, h, caseURL("case-014"), s.cookie).Body.String()
	list := element(t, body, "findings", "ul")
	sev := regexp.MustCompile(`data-severity="([a-z]+)"`).FindAllStringSubmatch(list, -1)
	require.NotEmpty(t, sev)
	seenWarning := false
	for _, m := range sev {
		if m[1] == "warning" {
			seenWarning = true
		}
		if m[1] == "error" {
			assert.False(t, seenWarning, "an error after a warning")
		}
	}
	first := list[strings.Index(list, "<li"):]
	first = first[:strings.Index(first, "</li>")]
	assert.Contains(t, first, `<span class="severity">Error</span> <strong class="finding-title">`)
	assert.Contains(t, first, `<span class="basis-label">`)
	assert.Less(t, strings.Index(first, "basis-label"), strings.Index(first, "Code: <code>"), "the code comes last")
	excl := element(t, body, "exclusion", "div")
	assert.NotContains(t, textOf(excl), "include:")
}

// TestNewFieldsEscaped: a hostile reviewer's name, note, inspection and
// rationale note are shown as text on every page that shows them.
func TestNewFieldsEscaped(t *testing.T) {
	h, store := newTestServer(t)
	s := newSession(t, h)
	const hostile = `<script>alert(1)</script>"><img src=x onerror=alert(2)>`
	form := filledForm("case-x")
	form.Set("reviewer", "<b>"+hostile[:20])
	form.Set("note-A1.1", hostile)
	form.Set("note-case", hostile)
	form.Set("rosh.level", "low")
	form.Set("rosh.c0.type", "strengths")
	form.Set("rosh.c0.note", hostile)
	require.Equal(t, http.StatusSeeOther, s.post("/cases", form, nil).Code)
	_, version, _, _ := lookup(store, "case-x")
	form.Set("orig", "case-x")
	form.Set("version", version)
	form.Set("note-A1.1", hostile+" again")
	require.Equal(t, http.StatusSeeOther, s.post("/cases", form, nil).Code)
	for _, target := range []string{"/", caseURL("case-x"), historyURL("case-x"), "/deleted"} {
		body := get(t, h, target, s.cookie).Body.String()
		assert.NotContains(t, body, "<script>", target)
		assert.NotContains(t, body, "<img", target)
		assert.NotContains(t, body, "<b>", target)
	}
	assert.Contains(t, get(t, h, historyURL("case-x"), s.cookie).Body.String(), "&lt;script&gt;")
}

// FuzzToCase: any posted value of any field of the case form is read
// without a panic, and a form that reads cleanly gives a record that
// encodes, and whose form reads back to the same record.
func FuzzToCase(f *testing.F) {
	f.Add("case-1", "rosh.c0.type", "strengths", "note-A1.1", "evidence")
	f.Add("c", "answer-A1.1", "maybe", "rosh.level", "enormous")
	f.Add("", "note-Z9.9", "x", "rosh.c59.note", "y")
	f.Add("x", "nearBoundary.riskOfSeriousHarm", "medium-high", "rosh.c1.use", "lower")
	fw := framework.DomainTwo()
	f.Fuzz(func(t *testing.T, id, k1, v1, k2, v2 string) {
		form := url.Values{"id": {id}, k1: {v1}, k2: {v2}}
		c, errs := toCase(fw, parseValues(form))
		if !errs.empty() {
			return
		}
		if _, err := c.MarshalJSON(); err != nil {
			return // the save refuses it with the encoder's error
		}
		again, errs := toCase(fw, valuesOf(c))
		require.True(t, errs.empty(), "%v", errs.list)
		assert.Equal(t, mustJSON(t, c), mustJSON(t, again))
	})
}

// TestListTagsSynthetic: a record marked synthetic is tagged in the list;
// another is not.
func TestListTagsSynthetic(t *testing.T) {
	h, _ := newTestServer(t)
	s := newSession(t, h)
	require.Equal(t, http.StatusSeeOther, s.importRecord(`{"id":"made-up","synthetic":true}`+"\n"+`{"id":"real"}`).Code)
	page := get(t, h, "/", nil).Body.String()
	rowOf := func(id string) string {
		start := strings.Index(page, `data-case="`+id+`"`)
		require.GreaterOrEqual(t, start, 0, id)
		end := strings.Index(page[start:], "</tr>")
		return page[start : start+end]
	}
	assert.Contains(t, rowOf("made-up"), `<span class="tag synthetic">SYNTHETIC</span>`)
	assert.NotContains(t, rowOf("real"), "SYNTHETIC")
}

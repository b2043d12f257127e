package main

import (
	"bytes"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"embed"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"io"
	"io/fs"
	"log"
	"mime"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/guidance"
	"github.com/yjinspect/yjinspect/record"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

const (
	// csrfCookie holds the session ID; csrfField is the hidden form field
	// that must carry the session's token (see tokenFor).
	csrfCookie = "webform_csrf"
	csrfField  = "csrf"
	// maxPostBody bounds a posted form or import: a case record is at most
	// record.MaxCaseSize, and multipart framing adds a little.
	maxPostBody = record.MaxCaseSize + 64<<10
	// maxImportBody bounds an import: many records, or an audit workbook
	// (package workbook: about 7 KB a case). It is read in memory, never
	// spilled to a temporary file of child data.
	maxImportBody = 64 << 20
	// maxSearchResults bounds the hits shown for one search.
	maxSearchResults = 30
)

// contentSecurityPolicy allows nothing but the app's own script, style,
// images and requests: no inline script or style, no other origin, no
// plugins, no framing, forms posted only to the app.
const contentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

// permissionsPolicy turns off the powerful browser features the form never
// uses.
const permissionsPolicy = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()"

type server struct {
	store     store
	f         *framework.Framework
	pages     map[string]*template.Template
	guidance  map[framework.ID]renderedGuidance // rendered once, at start
	questions map[framework.ID]*questionHTML    // rendered once, at start
	log       *log.Logger
	key       []byte    // signs the forms' security tokens
	buffers   sync.Pool // of *bytes.Buffer: pages are rendered into them, so that each page does not allocate and clear a new 100 KB buffer

	// counts caches the store's count of cases by inspection, which every
	// page of the list shows and which costs a scan of every case: it is
	// read again after any post (the only way this server changes cases;
	// the store's lock keeps other programs from changing them meanwhile).
	counts struct {
		sync.Mutex
		valid bool
		list  []inspectionCount
	}
}

// inspections returns the store's cases by inspection, from the cache when
// no post has changed them since.
func (s *server) inspections() ([]inspectionCount, error) {
	s.counts.Lock()
	defer s.counts.Unlock()
	if s.counts.valid {
		return s.counts.list, nil
	}
	list, err := s.store.Inspections()
	if err != nil {
		return nil, err
	}
	s.counts.list, s.counts.valid = list, true
	return list, nil
}

// forgetCounts empties the cache of inspections, after a change.
func (s *server) forgetCounts() {
	s.counts.Lock()
	s.counts.valid = false
	s.counts.Unlock()
}

// newServer returns the web form's handler, keeping cases in st. It
// answers only requests whose Host is one of hosts (see allowedHosts and
// hostGuard). Errors of the store (never case data) go to errorLog; nil
// discards them.
func newServer(st store, errorLog *log.Logger, hosts []string) http.Handler {
	if errorLog == nil {
		errorLog = log.New(io.Discard, "", 0)
	}
	s := &server{store: st, f: framework.DomainTwo(), pages: parsePages(), log: errorLog, key: st.Secret()}
	s.buffers.New = func() any { return new(bytes.Buffer) }
	var err error
	if s.guidance, err = renderGuidance(s.f, s.pages["guidance"]); err != nil {
		panic(err) // the embedded templates and guidance are fixed: tests catch this
	}
	if s.questions, err = s.prerenderQuestions(s.pages["case"]); err != nil {
		panic(err) // likewise
	}

	static, err := fs.Sub(staticFS, "static")
	if err != nil {
		panic(err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", s.handleIndex)
	mux.HandleFunc("GET /deleted", s.handleDeleted)
	mux.HandleFunc("GET /cases/new", s.handleNew)
	mux.HandleFunc("GET /cases/{id}/edit", s.handleEdit)
	mux.HandleFunc("GET /cases/{id}/history", s.handleHistory)
	mux.HandleFunc("GET /cases/{file}", s.handleExport)
	mux.HandleFunc("GET /cases.jsonl", s.handleExportAll)
	mux.HandleFunc("POST /cases", s.post(s.handleSave))
	mux.HandleFunc("POST /cases/{id}/delete", s.post(s.handleDelete))
	mux.HandleFunc("POST /cases/{id}/restore", s.post(s.handleRestore))
	mux.HandleFunc("POST /import", s.postUpTo(maxImportBody, s.handleImport))
	mux.HandleFunc("GET /report", s.handleReport)
	mux.HandleFunc("GET /report.csv", s.handleReportCSV)
	mux.HandleFunc("GET /search", s.handleSearch)
	mux.HandleFunc("GET /api/search", s.handleAPISearch)
	mux.HandleFunc("GET /guidance/{id}", s.handleGuidance)
	mux.HandleFunc("GET /api/guidance/{id}", s.handleAPIGuidance)
	mux.Handle("GET /static/", http.StripPrefix("/static/", http.FileServerFS(static)))
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		s.renderError(w, r, http.StatusNotFound, "There is no such page.")
	})
	return securityHeaders(hostGuard(hosts, mux))
}

// securityHeaders sets the headers every response carries, the refusal of
// a foreign Host included (see the OWASP HTTP headers cheat sheet). It sets
// no Strict-Transport-Security (the form is served over plain HTTP on the
// loopback address, where browsers ignore it) and no X-XSS-Protection
// (which the cheat sheet says not to set).
func securityHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", contentSecurityPolicy)
		h.Set("Permissions-Policy", permissionsPolicy)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("X-Frame-Options", "DENY")
		h.Set("X-DNS-Prefetch-Control", "off")
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		h.Set("Cross-Origin-Embedder-Policy", "require-corp")
		h.Set("Cross-Origin-Resource-Policy", "same-origin")
		if !strings.HasPrefix(r.URL.Path, "/static/") {
			// Pages and exports hold case data: keep them out of caches.
			h.Set("Cache-Control", "no-store")
		}
		next.ServeHTTP(w, r)
	})
}

// caseURL and exportURL give a case's links; IDs may hold any character.
func caseURL(id string) string   { return "/cases/" + url.PathEscape(id) + "/edit" }
func exportURL(id string) string { return "/cases/" + url.PathEscape(id) + ".json" }
func deleteURL(id string) string { return "/cases/" + url.PathEscape(id) + "/delete" }

// historyURL and restoreURL give a case's history page and the action that
// restores it once deleted.
func historyURL(id string) string { return "/cases/" + url.PathEscape(id) + "/history" }
func restoreURL(id string) string { return "/cases/" + url.PathEscape(id) + "/restore" }

// usableID reports why a case ID cannot be used in this app's URLs, or "".
func usableID(id string) string {
	if id == "." || id == ".." {
		return "a case ID of “.” or “..” cannot be used in a web address; choose another"
	}
	return ""
}

// ---- cross-site request forgery ----
//
// The forms carry a token that only this server can make for the session
// (OWASP's signed double-submit cookie): the session cookie holds a random
// session ID, and the token is an HMAC of it under the store's key. A page
// of another origin cannot read the token, and one that can set cookies for
// this host (another server on a different port of 127.0.0.1) cannot make a
// token that matches the cookie it sets. Every post is also checked for a
// cross-site origin (checkOrigin), and the cookie is SameSite=Strict.

// newSessionID returns a random session ID.
func newSessionID() string {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		panic(err) // crypto/rand never fails on supported platforms
	}
	return base64.RawURLEncoding.EncodeToString(b)
}

func validSessionID(id string) bool {
	b, err := base64.RawURLEncoding.DecodeString(id)
	return err == nil && len(b) == 32
}

// tokenFor returns the forms' token for a session ID.
func (s *server) tokenFor(sessionID string) string {
	m := hmac.New(sha256.New, s.key)
	m.Write([]byte("webform csrf token\x00"))
	m.Write([]byte(sessionID))
	return base64.RawURLEncoding.EncodeToString(m.Sum(nil))
}

// sessionToken returns the token of the session's forms, setting a new
// session ID in a SameSite=Strict cookie when the request has none. Call it
// before writing the response header.
func (s *server) sessionToken(w http.ResponseWriter, r *http.Request) string {
	if c, err := r.Cookie(csrfCookie); err == nil && validSessionID(c.Value) {
		return s.tokenFor(c.Value)
	}
	id := newSessionID()
	http.SetCookie(w, &http.Cookie{
		Name:     csrfCookie,
		Value:    id,
		Path:     "/",
		HttpOnly: true,
		Secure:   r.TLS != nil,
		SameSite: http.SameSiteStrictMode,
	})
	return s.tokenFor(id)
}

// validToken reports whether a posted token is the one of the request's
// session.
func (s *server) validToken(r *http.Request, given string) bool {
	c, err := r.Cookie(csrfCookie)
	if err != nil || !validSessionID(c.Value) {
		return false
	}
	return subtle.ConstantTimeCompare([]byte(s.tokenFor(c.Value)), []byte(given)) == 1
}

// checkOrigin rejects a request that a browser says comes from another
// site. Sec-Fetch-Site is asked first (modern browsers send it whatever the
// referrer policy); otherwise the Origin header, then the Referer, must name
// this host. A request with none of them is not from a browser, and only
// the token guards it. An opaque ("null") origin is refused.
func checkOrigin(r *http.Request) error {
	switch site := r.Header.Get("Sec-Fetch-Site"); site {
	case "same-origin", "none":
		return nil
	case "":
	default:
		return fmt.Errorf("the request comes from another site (%s)", site)
	}
	if o := r.Header.Get("Origin"); o != "" {
		u, err := url.Parse(o)
		if o == "null" || err != nil || u.Host == "" || u.Host != r.Host {
			return errors.New("the request comes from another origin")
		}
		return nil
	}
	if ref := r.Header.Get("Referer"); ref != "" {
		u, err := url.Parse(ref)
		if err != nil || u.Host != r.Host {
			return errors.New("the request was sent from another site's page")
		}
	}
	return nil
}

// post wraps a handler of a form post: it limits the body, checks the
// origin, parses the form and checks the token against the session cookie,
// answering 403 to anything that may be forged.
func (s *server) post(h http.HandlerFunc) http.HandlerFunc { return s.postUpTo(maxPostBody, h) }

// postUpTo is post with a body of at most limit bytes.
func (s *server) postUpTo(limit int64, h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		r.Body = http.MaxBytesReader(w, r.Body, limit)
		if err := checkOrigin(r); err != nil {
			s.renderError(w, r, http.StatusForbidden, "Refused: "+err.Error()+".")
			return
		}
		var err error
		if mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type")); mt == "multipart/form-data" {
			err = r.ParseMultipartForm(limit)
		} else {
			err = r.ParseForm()
		}
		if err != nil {
			var tooBig *http.MaxBytesError
			if errors.As(err, &tooBig) {
				s.renderError(w, r, http.StatusRequestEntityTooLarge, "The form is too large.")
				return
			}
			s.renderError(w, r, http.StatusBadRequest, "The form could not be read.")
			return
		}
		if r.MultipartForm != nil {
			defer r.MultipartForm.RemoveAll()
		}
		if !s.validToken(r, r.PostFormValue(csrfField)) {
			s.renderError(w, r, http.StatusForbidden, "Refused: the form's security token is missing or does not match this session. Reload the page and try again.")
			return
		}
		defer s.forgetCounts()
		h(w, r)
	}
}

// ---- rendering ----

func parsePages() map[string]*template.Template {
	funcs := template.FuncMap{"caseURL": caseURL, "exportURL": exportURL, "deleteURL": deleteURL, "historyURL": historyURL, "restoreURL": restoreURL,
		"when": when, "statusText": statusText}
	base := template.Must(template.New("layout.html").Funcs(funcs).ParseFS(templateFS, "templates/layout.html", "templates/parts.html"))
	pages := map[string]*template.Template{}
	for _, name := range []string{"index", "case", "search", "guidance", "error", "history", "deleted"} {
		pages[name] = template.Must(template.Must(base.Clone()).ParseFS(templateFS, "templates/"+name+".html"))
	}
	return pages
}

// page is what every page shows: its title, the session's token for its
// forms, the search box, and the reviewer's name the browser remembers
// (which every form that changes a case carries).
type page struct {
	Title    string
	CSRF     string
	Query    string
	Reviewer string
}

// render executes a page's template into a buffer first, so that an error
// never leaves half a page.
func (s *server) render(w http.ResponseWriter, r *http.Request, status int, name string, data interface{ setPage(page) }, title string) {
	data.setPage(page{Title: title, CSRF: s.sessionToken(w, r), Query: r.URL.Query().Get("q"), Reviewer: reviewerOf(r)})
	buf := s.buffers.Get().(*bytes.Buffer)
	defer func() {
		buf.Reset()
		s.buffers.Put(buf)
	}()
	if err := s.pages[name].ExecuteTemplate(buf, "layout.html", data); err != nil {
		s.log.Printf("rendering %s: %v", name, err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	_, _ = w.Write(buf.Bytes())
}

func (p *page) setPage(q page) { *p = q }

type errorPage struct {
	page
	Status  int
	Message string
}

func (s *server) renderError(w http.ResponseWriter, r *http.Request, status int, msg string) {
	s.render(w, r, status, "error", &errorPage{Status: status, Message: msg}, http.StatusText(status))
}

func (s *server) storeFailed(w http.ResponseWriter, r *http.Request, err error) {
	s.log.Printf("store: %v", err)
	s.renderError(w, r, http.StatusInternalServerError, "The cases could not be read or saved: "+err.Error()+". Nothing was changed.")
}

// ---- the reviewer ----
//
// A reviewer gives their name once: every change posts it (the case form
// shows it; other forms carry it hidden), and the server keeps it in a
// cookie, so that the browser remembers it. There are no accounts: the name
// is what the reviewer says it is.

const (
	reviewerCookie = "webform_reviewer"
	reviewerField  = "reviewer"
	// maxReviewer bounds a reviewer's name, in bytes.
	maxReviewer = 100
)

// reviewerOf is the reviewer's name the browser remembers, or "".
func reviewerOf(r *http.Request) string {
	c, err := r.Cookie(reviewerCookie)
	if err != nil {
		return ""
	}
	name, err := url.QueryUnescape(c.Value)
	if err != nil || reviewerProblem(name) != "" {
		return ""
	}
	return name
}

// reviewerProblem says what is wrong with a reviewer's name, or "".
func reviewerProblem(name string) string {
	switch {
	case strings.TrimSpace(name) == "":
		return "Give your name as the reviewer: it is saved with every change you make."
	case len(name) > maxReviewer:
		return fmt.Sprintf("The reviewer’s name is longer than %d bytes.", maxReviewer)
	case !utf8.ValidString(name) || strings.IndexFunc(name, unicode.IsControl) >= 0:
		return "The reviewer’s name holds a character that cannot be kept (a control character or invalid text)."
	}
	return ""
}

// postedReviewer is the reviewer's name posted with a change, or the one
// the browser remembers; it keeps a posted name in the cookie.
func postedReviewer(w http.ResponseWriter, r *http.Request) string {
	name := strings.TrimSpace(r.PostFormValue(reviewerField))
	if name == "" {
		return reviewerOf(r)
	}
	if reviewerProblem(name) == "" {
		http.SetCookie(w, &http.Cookie{
			Name:     reviewerCookie,
			Value:    url.QueryEscape(name),
			Path:     "/",
			MaxAge:   400 * 24 * 3600,
			HttpOnly: true,
			Secure:   r.TLS != nil,
			SameSite: http.SameSiteStrictMode,
		})
	}
	return name
}

// exportName is a safe file name for a case's export: the ID's letters,
// digits, dots, hyphens and underscores, others replaced by "_".
func exportName(id string) string {
	var b strings.Builder
	for _, r := range id {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '-', r == '_':
			b.WriteRune(r)
		case r == '.' && b.Len() > 0:
			b.WriteRune(r)
		default:
			b.WriteByte('_')
		}
		if b.Len() >= 100 {
			break
		}
	}
	return "case-" + b.String() + ".json"
}

// ---- search and guidance ----

type searchHit struct {
	ID      string `json:"id"`
	Number  string `json:"number,omitempty"` // as printed; none for a question printed without one
	Title   string `json:"title"`
	Excerpt string `json:"excerpt"`
	URL     string `json:"url"`
}

func (s *server) search(q string) []searchHit {
	hits := []searchHit{}
	for i, h := range guidance.Search(q) {
		if i == maxSearchResults {
			break
		}
		hit := searchHit{ID: string(h.ID), Title: h.Title, Excerpt: h.Excerpt, URL: "/guidance/" + url.PathEscape(string(h.ID))}
		if q, ok := s.f.Question(h.ID); ok {
			hit.Number = q.Number
		} else if kq, ok := s.f.KeyQuestion(h.ID); ok {
			hit.Number = kq.Number
		}
		hits = append(hits, hit)
	}
	return hits
}

type searchPage struct {
	page
	Hits []searchHit
}

func (s *server) handleSearch(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query().Get("q")
	s.render(w, r, http.StatusOK, "search", &searchPage{Hits: s.search(q)}, "Search the guidance")
}

func (s *server) handleAPISearch(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	_ = json.NewEncoder(w).Encode(s.search(r.URL.Query().Get("q")))
}

type guidancePage struct {
	page
	Number   string
	Text     string
	Guidance template.HTML
}

func (s *server) handleGuidance(w http.ResponseWriter, r *http.Request) {
	id, err := framework.ParseID(r.PathValue("id"))
	if err != nil {
		s.renderError(w, r, http.StatusNotFound, "There is no such question.")
		return
	}
	p := &guidancePage{Guidance: s.guidance[id].HTML}
	if q, ok := s.f.Question(id); ok {
		p.Number, p.Text = q.Number, q.Text
	} else if kq, ok := s.f.KeyQuestion(id); ok {
		p.Number, p.Text = kq.Number, kq.Text
	} else {
		s.renderError(w, r, http.StatusNotFound, "There is no such question.")
		return
	}
	title := "Guidance"
	if p.Number != "" {
		title += " on " + p.Number
	}
	s.render(w, r, http.StatusOK, "guidance", p, title)
}

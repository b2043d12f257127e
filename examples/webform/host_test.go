package main

import (
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// testHosts is the Host the tests' requests carry (httptest's default).
var testHosts = []string{"example.com"}

func TestAllowedHosts(t *testing.T) {
	tests := []struct {
		addr  string
		extra []string
		allow []string
		deny  []string
	}{
		{
			addr:  "127.0.0.1:8080",
			allow: []string{"127.0.0.1:8080", "localhost:8080", "LOCALHOST:8080", "[::1]:8080"},
			deny:  []string{"attacker.example:8080", "127.0.0.1", "localhost", "127.0.0.1:8081", "localhost.:8080", "", "127.0.0.2:8080"},
		},
		{
			addr:  "[::1]:9000",
			allow: []string{"[::1]:9000", "localhost:9000", "127.0.0.1:9000"},
			deny:  []string{"[::1]:8080", "::1:9000"},
		},
		{
			addr:  "127.0.0.1:80",
			allow: []string{"127.0.0.1", "localhost", "127.0.0.1:80", "[::1]"},
			deny:  []string{"attacker.example"},
		},
		{
			addr:  "127.0.0.1:8080",
			extra: []string{"yj.test", "other.test:443"},
			allow: []string{"yj.test:8080", "other.test:443"},
			deny:  []string{"yj.test", "other.test:8080", "attacker.example:8080"},
		},
	}
	for _, tt := range tests {
		h := hostGuard(allowedHosts(tt.addr, tt.extra), http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			_, _ = w.Write([]byte("ok"))
		}))
		for _, host := range tt.allow {
			req := httptest.NewRequest(http.MethodGet, "/", nil)
			req.Host = host
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			assert.Equal(t, http.StatusOK, rec.Code, "%s: Host %q is allowed", tt.addr, host)
		}
		for _, host := range tt.deny {
			req := httptest.NewRequest(http.MethodGet, "/", nil)
			req.Host = host
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			assert.Equal(t, http.StatusMisdirectedRequest, rec.Code, "%s: Host %q is refused", tt.addr, host)
		}
	}
}

// TestForeignHostGetsNothing is the DNS-rebinding test: a request whose
// Host is not the server's own gets 421 and nothing of a case, on every
// route, GET and POST alike, even with a valid session token and an Origin
// that matches the foreign Host.
func TestForeignHostGetsNothing(t *testing.T) {
	h, _ := newTestServer(t)
	s := newSession(t, h)
	require.Equal(t, http.StatusSeeOther, s.post("/cases", filledForm("case-secret"), nil).Code)
	require.Equal(t, http.StatusOK, get(t, h, "/cases/case-secret.json", s.cookie).Code, "the case is there for the right Host")

	routes := []struct{ method, target string }{
		{"GET", "/"},
		{"GET", "/cases/new"},
		{"GET", "/cases/case-secret/edit"},
		{"GET", "/cases/case-secret.json"},
		{"GET", "/cases/case-secret/history"},
		{"GET", "/deleted"},
		{"GET", "/cases.jsonl"},
		{"GET", "/report"},
		{"GET", "/report?inspection=insp-01"},
		{"GET", "/report.csv"},
		{"GET", "/search?q=risk"},
		{"GET", "/api/search?q=risk"},
		{"GET", "/guidance/A1.1"},
		{"GET", "/static/style.css"},
		{"GET", "/no-such-page"},
		{"POST", "/cases"},
		{"POST", "/cases/case-secret/delete"},
		{"POST", "/cases/case-secret/restore"},
		{"POST", "/import"},
	}
	for _, host := range []string{"attacker.example:8080", "attacker.example", "127.0.0.1.nip.io:8080"} {
		for _, rt := range routes {
			form := filledForm("case-secret")
			form.Set(csrfField, s.token)
			var req *http.Request
			if rt.method == "POST" {
				req = httptest.NewRequest(rt.method, rt.target, strings.NewReader(form.Encode()))
				req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
				req.Header.Set("Origin", (&url.URL{Scheme: "http", Host: host}).String())
			} else {
				req = httptest.NewRequest(rt.method, rt.target, nil)
			}
			req.Host = host
			req.AddCookie(s.cookie)
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			assert.Equal(t, http.StatusMisdirectedRequest, rec.Code, "%s %s with Host %s", rt.method, rt.target, host)
			assert.NotContains(t, rec.Body.String(), "case-secret", "%s %s with Host %s", rt.method, rt.target, host)
			assert.Empty(t, rec.Result().Cookies(), "no session cookie is handed to a foreign Host")
		}
	}
	// The case is still there: the foreign delete did nothing.
	assert.Equal(t, http.StatusOK, get(t, h, "/cases/case-secret.json", s.cookie).Code)
}

// TestSecurityHeaders: every response carries the headers of the OWASP HTTP
// headers cheat sheet that apply to the form, the refusal of a foreign Host
// included; pages and exports are not cached.
func TestSecurityHeaders(t *testing.T) {
	h, _ := newTestServer(t)
	s := newSession(t, h)
	require.Equal(t, http.StatusSeeOther, s.post("/cases", filledForm("c1"), nil).Code)
	want := map[string]string{
		"Content-Security-Policy":      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
		"Permissions-Policy":           permissionsPolicy,
		"X-Content-Type-Options":       "nosniff",
		"Referrer-Policy":              "no-referrer",
		"X-Frame-Options":              "DENY",
		"X-Dns-Prefetch-Control":       "off",
		"Cross-Origin-Opener-Policy":   "same-origin",
		"Cross-Origin-Embedder-Policy": "require-corp",
		"Cross-Origin-Resource-Policy": "same-origin",
	}
	for _, tc := range []struct {
		target, host string
		code         int
		cached       bool
	}{
		{"/", "", 200, false},
		{"/cases/new", "", 200, false},
		{"/cases/c1/edit", "", 200, false},
		{"/cases/c1.json", "", 200, false},
		{"/cases.jsonl", "", 200, false},
		{"/api/search?q=risk", "", 200, false},
		{"/nope", "", 404, false},
		{"/static/app.css", "", 200, true},
		{"/", "attacker.example", 421, false},
	} {
		req := httptest.NewRequest(http.MethodGet, tc.target, nil)
		if tc.host != "" {
			req.Host = tc.host
		}
		req.AddCookie(s.cookie)
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		require.Equal(t, tc.code, rec.Code, tc.target)
		for k, v := range want {
			assert.Equal(t, v, rec.Header().Get(k), "%s %s", tc.target, k)
		}
		assert.Empty(t, rec.Header().Values("X-XSS-Protection"), tc.target)
		assert.Empty(t, rec.Header().Values("Strict-Transport-Security"), "no HSTS over plain HTTP")
		assert.Empty(t, rec.Header().Values("Server"), tc.target)
		if tc.cached {
			assert.Empty(t, rec.Header().Get("Cache-Control"), tc.target)
		} else {
			assert.Equal(t, "no-store", rec.Header().Get("Cache-Control"), tc.target)
		}
		assert.Contains(t, rec.Header().Get("Content-Type"), "charset=utf-8", tc.target)
	}
}

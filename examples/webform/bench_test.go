package main

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/yjinspect/yjinspect/record"
)

// countingWriter is a ResponseWriter that keeps only the status and the
// number of bytes written, so that the benchmarks measure the server's work
// and not a recorder's copy of the page.
type countingWriter struct {
	header http.Header
	status int
	n      int
}

func (w *countingWriter) Header() http.Header         { return w.header }
func (w *countingWriter) WriteHeader(status int)      { w.status = status }
func (w *countingWriter) Write(p []byte) (int, error) { w.n += len(p); return len(p), nil }

// benchmarkPage measures the server time of GET target for a session that
// has its cookie, and reports the page's size in bytes.
func benchmarkPage(b *testing.B, h http.Handler, target string) {
	first := httptest.NewRecorder()
	h.ServeHTTP(first, httptest.NewRequest(http.MethodGet, "/cases/new", nil))
	var cookie *http.Cookie
	for _, c := range first.Result().Cookies() {
		if c.Name == csrfCookie {
			cookie = c
		}
	}
	if cookie == nil {
		b.Fatal("no session cookie")
	}
	req := httptest.NewRequest(http.MethodGet, target, nil)
	req.AddCookie(cookie)
	size := 0
	b.ReportAllocs()
	for b.Loop() {
		w := &countingWriter{header: http.Header{}, status: http.StatusOK}
		h.ServeHTTP(w, req)
		if w.status != http.StatusOK {
			b.Fatalf("GET %s: %d", target, w.status)
		}
		size = w.n
	}
	b.ReportMetric(float64(size), "bytes/page")
}

// BenchmarkNewCasePage measures the server time of GET /cases/new, the
// largest page, and reports its size in bytes (the goal: at most 2 ms and
// 100 KB).
func BenchmarkNewCasePage(b *testing.B) {
	benchmarkPage(b, newServer(newMemStore(), nil, testHosts), "/cases/new")
}

// BenchmarkEditCasePage measures the page of a stored case: the form with
// its answers, and its judgement.
func BenchmarkEditCasePage(b *testing.B) {
	store := newMemStore()
	c, err := judgementSample()
	if err != nil {
		b.Fatal(err)
	}
	if err := putCase(store, c); err != nil {
		b.Fatal(err)
	}
	benchmarkPage(b, newServer(store, nil, testHosts), caseURL(c.ID))
}

// judgementSample is the sample record of the tests, decoded.
func judgementSample() (record.Case, error) {
	return record.Decode(strings.NewReader(sampleRecord))
}

package main

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

// BenchmarkNewCasePage measures the server time of GET /cases/new, the
// largest page, and reports its size in bytes (the goal: at most 2 ms and
// 100 KB).
func BenchmarkNewCasePage(b *testing.B) {
	h := newServer(newMemStore(), nil, testHosts)
	first := httptest.NewRecorder()
	h.ServeHTTP(first, httptest.NewRequest(http.MethodGet, "/cases/new", nil))
	if first.Code != http.StatusOK {
		b.Fatalf("GET /cases/new: %d", first.Code)
	}
	var cookie *http.Cookie
	for _, c := range first.Result().Cookies() {
		if c.Name == csrfCookie {
			cookie = c
		}
	}
	size := 0
	b.ReportAllocs()
	for b.Loop() {
		req := httptest.NewRequest(http.MethodGet, "/cases/new", nil)
		req.AddCookie(cookie)
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK {
			b.Fatalf("GET /cases/new: %d", rec.Code)
		}
		size = rec.Body.Len()
	}
	b.ReportMetric(float64(size), "bytes/page")
}

package main

import "testing"

// The page benchmarks read the database of benchCases synthetic cases of
// the store's benchmarks (bigDatabase, in store_bench_test.go).

// BenchmarkListPage50k measures a page of the list (50 rows) with 50,000
// cases in the database, the first and one in the middle, and one filtered
// by inspection and status (the goal: at most 50 ms and 300 KB).
func BenchmarkListPage50k(b *testing.B) {
	st, _ := openBig(b)
	h := newServer(st, nil, testHosts)
	for _, tc := range []struct{ name, target string }{
		{"first", "/"},
		{"middle", "/?page=500"},
		{"filtered", "/?inspection=insp-07&status=incomplete"},
		{"search", "/?id=12"},
	} {
		b.Run(tc.name, func(b *testing.B) { benchmarkPage(b, h, tc.target) })
	}
}

// BenchmarkCasePage50k measures the page of one case with 50,000 cases in
// the database: the form with its answers and notes, and its judgement
// (the goal: at most 5 ms).
func BenchmarkCasePage50k(b *testing.B) {
	st, ids := openBig(b)
	h := newServer(st, nil, testHosts)
	benchmarkPage(b, h, caseURL(ids[len(ids)/2]))
}

// BenchmarkHistoryPage50k measures a case's history with 50,000 cases in
// the database.
func BenchmarkHistoryPage50k(b *testing.B) {
	st, ids := openBig(b)
	h := newServer(st, nil, testHosts)
	benchmarkPage(b, h, historyURL(ids[len(ids)/3]))
}

package main

import (
	"bufio"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/yjinspect/yjinspect/record"
	"github.com/yjinspect/yjinspect/synthetic"
)

// The benchmarks of the store run on a database of benchCases synthetic
// cases, made once per test process (the first benchmark that needs it
// pays for it) in a temporary directory that TestMain removes. Tests never
// make it.
const benchCases = 50_000

var (
	bigOnce sync.Once
	bigDir  string
	bigPath string
	bigErr  error
	bigIDs  []string // the IDs of the cases, sorted
)

func TestMain(m *testing.M) {
	code := m.Run()
	if bigDir != "" {
		_ = os.RemoveAll(bigDir)
	}
	os.Exit(code)
}

// bigDatabase returns the path of the database of benchCases cases, closed,
// and its cases' IDs.
func bigDatabase(b *testing.B) (string, []string) {
	b.Helper()
	bigOnce.Do(func() {
		bigDir, bigErr = os.MkdirTemp("", "webform-bench-")
		if bigErr != nil {
			return
		}
		bigPath = filepath.Join(bigDir, "cases.db")
		var d synthetic.Dataset
		d, bigErr = synthetic.Generate(synthetic.Config{Inspections: 43, Cases: benchCases, Seed: 1})
		if bigErr != nil {
			return
		}
		cases := slices.Concat(d.Inspections...)
		for _, c := range cases {
			bigIDs = append(bigIDs, c.ID)
		}
		slices.Sort(bigIDs)
		var st *caseStore
		if st, bigErr = openStore(bigPath); bigErr != nil {
			return
		}
		if _, bigErr = st.Import(cases, "bench"); bigErr != nil {
			return
		}
		bigErr = st.Close()
	})
	if bigErr != nil {
		b.Fatal(bigErr)
	}
	return bigPath, bigIDs
}

// openBig opens the big database for one benchmark.
func openBig(b *testing.B) (*caseStore, []string) {
	b.Helper()
	path, ids := bigDatabase(b)
	st, err := openStore(path)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { _ = st.Close() })
	return st, ids
}

// BenchmarkStoreSave50k saves an edit of a stored case (judging it, writing
// its row and its history, synced to disk) with 50,000 cases stored. The
// goal: at most 20 ms.
func BenchmarkStoreSave50k(b *testing.B) {
	st, ids := openBig(b)
	id := ids[len(ids)/2]
	sc, err := st.Get(id)
	if err != nil {
		b.Fatal(err)
	}
	c, v := sc.Case, sc.Version
	b.ResetTimer()
	i := 0
	for b.Loop() {
		i++
		_ = c.Answers.Set("I1.4", record.Value{Text: "edit " + strconv.Itoa(i)})
		saved, err := st.Save(c, id, v, "bench")
		if err != nil {
			b.Fatal(err)
		}
		v = saved.Version
	}
}

// BenchmarkStoreList50k gets a page of the list (50 rows) with 50,000
// cases stored, for each filter. The goal: at most 50 ms.
func BenchmarkStoreList50k(b *testing.B) {
	st, ids := openBig(b)
	some := ids[len(ids)/3]
	for _, bm := range []struct {
		name string
		q    listQuery
	}{
		{"all/first", listQuery{}},
		{"all/last", listQuery{Page: benchCases / defaultPerPage}},
		{"inspection", listQuery{Inspection: "insp-07", Page: 10}},
		{"no-inspection", listQuery{Inspection: noInspection}},
		{"complete", listQuery{Status: filterComplete, Page: 100}},
		{"incomplete", listQuery{Status: filterIncomplete}},
		{"excluded", listQuery{Status: filterExcluded}},
		{"has-errors", listQuery{Status: filterHasErrors, Page: 20}},
		{"search", listQuery{Search: strings.ToUpper(some[len(some)-4:])}},
		{"inspection+errors+search", listQuery{Inspection: "insp-20", Status: filterHasErrors, Search: "case"}},
		{"deleted", listQuery{Deleted: true}},
	} {
		b.Run(bm.name, func(b *testing.B) {
			rows := 0
			for b.Loop() {
				p, err := st.List(bm.q)
				if err != nil {
					b.Fatal(err)
				}
				rows = len(p.Rows)
			}
			b.ReportMetric(float64(rows), "rows")
		})
	}
}

// BenchmarkStoreGet50k gets one case (decoded) with 50,000 cases stored.
// The goal: at most 5 ms.
func BenchmarkStoreGet50k(b *testing.B) {
	st, ids := openBig(b)
	i := 0
	for b.Loop() {
		i++
		if _, err := st.Get(ids[(i*7919)%len(ids)]); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkStoreHistory50k gets a case's history with 50,000 cases stored.
func BenchmarkStoreHistory50k(b *testing.B) {
	st, ids := openBig(b)
	for b.Loop() {
		if _, err := st.History(ids[123]); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkStartup50k opens the database of 50,000 cases and makes the
// server's handler: what the program does before it listens. The goal: at
// most 0.5 s.
func BenchmarkStartup50k(b *testing.B) {
	path, _ := bigDatabase(b)
	for b.Loop() {
		st, err := openStore(path)
		if err != nil {
			b.Fatal(err)
		}
		_ = newServer(st, nil, testHosts)
		if err := st.Close(); err != nil {
			b.Fatal(err)
		}
	}
}

// serveChildEnv holds the arguments of the server that
// BenchmarkServerMemory50k runs as a child process.
const serveChildEnv = "WEBFORM_SERVE_CHILD_ARGS"

// TestServeChild is the server process of BenchmarkServerMemory50k: the
// program itself, as built, with the arguments in serveChildEnv.
func TestServeChild(t *testing.T) {
	args := os.Getenv(serveChildEnv)
	if args == "" {
		t.Skip("the server process of BenchmarkServerMemory50k")
	}
	os.Exit(run(strings.Split(args, "\n"), os.Stdout, os.Stderr))
}

// casePages and listPages are the pages BenchmarkServerMemory50k loads
// before it measures the server's memory again: the case pages (and the
// export of every case), then pages of the list.
func casePages(ids []string) []string {
	pages := []string{"/cases/new", "/cases.jsonl"}
	for i := range 20 {
		pages = append(pages, caseURL(ids[(i*2477)%len(ids)]))
	}
	return pages
}

// listPages are pages of the list, 50 cases each: the first, one in the
// middle, a filtered one and a search.
var listPages = []string{"/", "/?page=500", "/?inspection=insp-07&status=incomplete", "/?id=12"}

var rssLine = regexp.MustCompile(`(?m)^VmRSS:\s+(\d+) kB`)

// rssMB is the resident memory of a process, from /proc.
func rssMB(b *testing.B, pid int) float64 {
	b.Helper()
	status, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		b.Skip("no /proc: ", err)
	}
	m := rssLine.FindSubmatch(status)
	if m == nil {
		b.Fatal("no VmRSS in /proc status")
	}
	kb, _ := strconv.Atoi(string(m[1]))
	return float64(kb) / 1024
}

// BenchmarkServerMemory50k runs the server in a process of its own on the
// database of 50,000 cases and reports its resident memory once it
// listens (MB-started), after it served case pages and the export of every
// case (MB-cases), and after pages of the list (MB-listed). The goal: at
// most 150 MB.
func BenchmarkServerMemory50k(b *testing.B) {
	path, ids := bigDatabase(b)
	var started, cases, listed float64
	for b.Loop() {
		cmd := exec.Command(os.Args[0], "-test.run=^TestServeChild$", "-test.count=1")
		cmd.Env = append(os.Environ(), serveChildEnv+"="+strings.Join([]string{"-db", path, "-addr", "127.0.0.1:0"}, "\n"))
		stdout, err := cmd.StdoutPipe()
		if err != nil {
			b.Fatal(err)
		}
		cmd.Stderr = os.Stderr
		if err := cmd.Start(); err != nil {
			b.Fatal(err)
		}
		base := ""
		lines := bufio.NewScanner(stdout)
		for base == "" && lines.Scan() {
			if u, ok := strings.CutPrefix(lines.Text(), "webform: listening on "); ok {
				base = u
			}
		}
		go func() { _, _ = io.Copy(io.Discard, stdout) }()
		if base == "" {
			_ = cmd.Process.Kill()
			b.Fatal("the server did not start")
		}
		started = rssMB(b, cmd.Process.Pid)
		getAll(b, base, casePages(ids))
		cases = rssMB(b, cmd.Process.Pid)
		getAll(b, base, listPages)
		listed = rssMB(b, cmd.Process.Pid)
		_ = cmd.Process.Signal(os.Interrupt)
		done := make(chan struct{})
		go func() { _ = cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			_ = cmd.Process.Kill()
		}
	}
	b.ReportMetric(started, "MB-started")
	b.ReportMetric(cases, "MB-cases")
	b.ReportMetric(listed, "MB-listed")
}

// getAll gets each page from the server at base.
func getAll(b *testing.B, base string, pages []string) {
	b.Helper()
	for _, p := range pages {
		resp, err := http.Get(base + p)
		if err != nil {
			b.Fatal(err)
		}
		_, _ = io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			b.Fatalf("GET %s: %s", p, resp.Status)
		}
	}
}

package main

import (
	"bytes"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/record"
)

// mustExport returns every current case of st as JSON lines.
func mustExport(t testing.TB, st store) []byte {
	t.Helper()
	b, err := exportAll(st)
	require.NoError(t, err)
	return b
}

func sampleCase(t testing.TB, id string) record.Case {
	t.Helper()
	c, err := record.Decode(strings.NewReader(sampleRecord))
	require.NoError(t, err)
	c.ID = id
	return c
}

// withAnswer returns c with one more answer.
func withAnswer(t testing.TB, c record.Case, id, answer string) record.Case {
	t.Helper()
	c = c.Clone()
	a, err := record.ParseAnswer(answer)
	require.NoError(t, err)
	require.NoError(t, c.Answers.Set(framework.ID(id), record.Value{Answer: a}))
	return c
}

// excludedCase is a case excluded from the sample (I1.1's third bullet).
func excludedCase(t testing.TB, id string) record.Case {
	t.Helper()
	c := withAnswer(t, record.Case{ID: id}, "I1.1", "yes")
	c.LookedAfter.HomeService, c.LookedAfter.ResponsibleForAssessment = new(false), new(false)
	return c
}

// openTemp opens a store in a new database in a temporary directory.
func openTemp(t testing.TB) (*caseStore, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "cases.db")
	st, err := openStore(path)
	require.NoError(t, err)
	t.Cleanup(func() { _ = st.Close() })
	return st, path
}

func TestStoreSaveRefusals(t *testing.T) {
	st := newMemStore()
	defer st.Close()
	a, err := st.Save(sampleCase(t, "a"), "", 0, "Ann")
	require.NoError(t, err)
	assert.Equal(t, int64(1), a.Version)
	assert.Equal(t, "Ann", a.Reviewer)
	assert.WithinDuration(t, time.Now(), a.Saved, time.Minute)
	assert.Equal(t, time.UTC, a.Saved.Location())

	// A new case may not take a stored ID.
	_, err = st.Save(sampleCase(t, "a"), "", 0, "")
	assert.ErrorIs(t, err, errExists)

	// An edit from the current version goes through and raises the version.
	edit := withAnswer(t, sampleCase(t, "a"), "A1.1", "no")
	a2, err := st.Save(edit, "a", 1, "Bob")
	require.NoError(t, err)
	assert.Equal(t, int64(2), a2.Version)
	got, err := st.Get("a")
	require.NoError(t, err)
	assert.Equal(t, a2.Saved, got.Saved)
	assert.Equal(t, mustJSON(t, edit), mustJSON(t, got.Case))

	// An edit from the old version is refused and changes nothing.
	_, err = st.Save(withAnswer(t, sampleCase(t, "a"), "A1.4", "yes"), "a", 1, "")
	assert.ErrorIs(t, err, errChanged)
	assert.ErrorIs(t, st.Delete("a", 1, ""), errChanged)
	got, _ = st.Get("a")
	assert.Equal(t, mustJSON(t, edit), mustJSON(t, got.Case), "the other change is kept")

	// A rename moves the case, and may not take a stored ID.
	_, err = st.Save(sampleCase(t, "b"), "", 0, "")
	require.NoError(t, err)
	_, err = st.Save(sampleCase(t, "b"), "a", 2, "")
	assert.ErrorIs(t, err, errExists)
	c, err := st.Save(sampleCase(t, "c"), "a", 2, "")
	require.NoError(t, err)
	assert.Equal(t, int64(3), c.Version, "a rename is the next version of the case")
	ids, _ := caseIDs(st)
	assert.Equal(t, []string{"b", "c"}, ids)
	_, err = st.Get("a")
	assert.ErrorIs(t, err, errNotFound)

	// An edit of a case renamed or deleted since.
	_, err = st.Save(sampleCase(t, "a"), "a", 2, "")
	assert.ErrorIs(t, err, errDeleted)
	require.NoError(t, st.Delete("b", 0, ""))
	_, err = st.Save(sampleCase(t, "b"), "b", 1, "")
	assert.ErrorIs(t, err, errDeleted)
	assert.ErrorIs(t, st.Delete("b", 0, ""), errNotFound)
	// A rename onto a deleted case's ID is refused (restore it instead); a
	// new case with that ID continues its history.
	_, err = st.Save(sampleCase(t, "b"), "c", 3, "")
	assert.ErrorIs(t, err, errExists)
	b, err := st.Save(sampleCase(t, "b"), "", 0, "")
	require.NoError(t, err)
	assert.Equal(t, int64(3), b.Version)

	// Bad IDs and reviewers are refused with the bad value.
	_, err = st.Save(sampleCase(t, " x"), "", 0, "")
	assert.ErrorIs(t, err, record.ErrBadID)
	_, err = st.Save(sampleCase(t, "x"), "", 0, "Ann\u202e")
	assert.ErrorIs(t, err, record.ErrBadID)
	assert.Contains(t, err.Error(), "reviewer")
}

func TestStoreStatus(t *testing.T) {
	st := newMemStore()
	defer st.Close()
	tests := []struct {
		name   string
		c      record.Case
		status caseStatus
		errors bool
	}{
		{name: "empty", c: record.Case{ID: "empty"}, status: statusIncomplete},
		{name: "sample", c: sampleCase(t, "sample"), status: statusIncomplete},
		{name: "excluded", c: excludedCase(t, "excluded"), status: statusExcluded},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sc, err := st.Save(tt.c, "", 0, "")
			require.NoError(t, err)
			assert.Equal(t, tt.status, sc.Status)
			got, err := st.Get(tt.c.ID)
			require.NoError(t, err)
			assert.Equal(t, sc.Status, got.Status)
			assert.Equal(t, sc.Errors, got.Errors)
			assert.Equal(t, sc.Warnings, got.Warnings)
		})
	}
}

// TestStoreHistory: every save, delete and restore is a version; a rename
// moves the history; deleting keeps it.
func TestStoreHistory(t *testing.T) {
	st := newMemStore()
	defer st.Close()
	_, err := st.History("a")
	assert.ErrorIs(t, err, errNotFound)

	first := sampleCase(t, "a")
	_, err = st.Save(first, "", 0, "Ann")
	require.NoError(t, err)
	second := withAnswer(t, first, "A1.3", "no")
	second.Synthetic = !first.Synthetic
	_, err = st.Save(second, "a", 1, "Bob")
	require.NoError(t, err)
	renamed := second.Clone()
	renamed.ID = "b"
	_, err = st.Save(renamed, "a", 2, "Bob")
	require.NoError(t, err)
	require.NoError(t, st.Delete("b", 3, "Cy"))
	_, err = st.Get("b")
	assert.ErrorIs(t, err, errNotFound)

	hist, err := st.History("b")
	require.NoError(t, err, "a deleted case keeps its history")
	type row struct {
		N        int64
		Action   string
		Reviewer string
		Changed  []string
		Record   string
	}
	var got []row
	for _, v := range hist {
		got = append(got, row{v.N, v.Action, v.Reviewer, v.Changed, string(v.Record)})
		assert.WithinDuration(t, time.Now(), v.Saved, time.Minute)
	}
	rec := func(c record.Case) string { b, _ := c.MarshalJSON(); return string(b) }
	want := []row{
		{4, actionDeleted, "Cy", nil, rec(renamed)},
		{3, actionSaved, "Bob", nil, rec(renamed)},
		{2, actionSaved, "Bob", []string{"A1.3", "synthetic"}, rec(second)},
		{1, actionSaved, "Ann", nil, rec(first)},
	}
	assert.Empty(t, cmp.Diff(want, got, cmp.Comparer(func(a, b []string) bool { return strings.Join(a, ",") == strings.Join(b, ",") })))
	_, err = st.History("a")
	assert.ErrorIs(t, err, errNotFound, "the history moved with the rename")

	// Restore brings it back as its last version.
	r, err := st.Restore("b", "Dee")
	require.NoError(t, err)
	assert.Equal(t, int64(5), r.Version)
	assert.Equal(t, rec(renamed), rec(r.Case))
	got2, err := st.Get("b")
	require.NoError(t, err)
	assert.Equal(t, "Dee", got2.Reviewer)
	hist, _ = st.History("b")
	assert.Equal(t, actionRestored, hist[0].Action)
	_, err = st.Restore("b", "")
	assert.ErrorIs(t, err, errExists, "a current case cannot be restored")
	_, err = st.Restore("never", "")
	assert.ErrorIs(t, err, errNotFound)
}

func TestChangedFields(t *testing.T) {
	tests := []struct {
		name       string
		prev, next string
		want       []string
	}{
		{name: "same", prev: `{"id":"a","answers":{"A1.1":"yes"}}`, next: `{"id":"a","answers":{"A1.1":"yes"}}`},
		{name: "renamed only", prev: `{"id":"a"}`, next: `{"id":"b"}`},
		{name: "answers in catalogue order", prev: `{"id":"a","answers":{"P1.1":"yes","A1.1":"yes"}}`, next: `{"id":"a","answers":{"A1.1":"no","I1.1":"no"}}`, want: []string{"I1.1", "A1.1", "P1.1"}},
		{name: "facts and other fields", prev: `{"id":"a","factors":{"childSafety":true}}`, next: `{"id":"a","inspection":"i","factors":{"childSafety":false,"riskOfHarm":true},"concerns":["weapons"]}`, want: []string{"inspection", "factors.childSafety", "factors.riskOfHarm", "concerns"}},
		{name: "notes", prev: `{"id":"a","notes":{"P1.1":"x"}}`, next: `{"id":"a","notes":{"P1.1":"y","case":"z"}}`, want: []string{"notes.P1.1", "notes.case"}},
		{name: "first version", next: `{"id":"a","answers":{"A1.1":"yes"},"synthetic":true}`},
		{name: "removed", prev: `{"id":"a","answers":{"A1.1":"yes"},"synthetic":true}`, next: `{"id":"a"}`, want: []string{"A1.1", "synthetic"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var prev []byte
			if tt.prev != "" {
				prev = []byte(tt.prev)
			}
			assert.Equal(t, tt.want, changedFields(prev, []byte(tt.next)))
		})
	}
}

func TestStoreList(t *testing.T) {
	st := newMemStore()
	defer st.Close()
	var cases []record.Case
	for i := range 7 {
		c := record.Case{ID: fmt.Sprintf("Case-%02d", i)}
		switch i % 3 {
		case 0:
			c.Inspection = "insp-01"
		case 1:
			c.Inspection = "insp-02"
		}
		if i == 4 {
			c = excludedCase(t, c.ID)
			c.Inspection = "insp-02"
		}
		cases = append(cases, c)
	}
	_, err := st.Import(cases, "Ann")
	require.NoError(t, err)
	require.NoError(t, st.Delete("Case-06", 0, ""))

	ids := func(p listPage) []string {
		var out []string
		for _, r := range p.Rows {
			out = append(out, r.ID)
		}
		return out
	}
	tests := []struct {
		name  string
		q     listQuery
		want  []string
		total int
		pages int
		page  int
	}{
		{name: "all", q: listQuery{}, want: []string{"Case-00", "Case-01", "Case-02", "Case-03", "Case-04", "Case-05"}, total: 6, pages: 1, page: 1},
		{name: "inspection", q: listQuery{Inspection: "insp-01"}, want: []string{"Case-00", "Case-03"}, total: 2, pages: 1, page: 1},
		{name: "no inspection", q: listQuery{Inspection: noInspection}, want: []string{"Case-02", "Case-05"}, total: 2, pages: 1, page: 1},
		{name: "excluded", q: listQuery{Status: filterExcluded}, want: []string{"Case-04"}, total: 1, pages: 1, page: 1},
		{name: "incomplete", q: listQuery{Status: filterIncomplete, Inspection: "insp-02"}, want: []string{"Case-01"}, total: 1, pages: 1, page: 1},
		{name: "complete", q: listQuery{Status: filterComplete}, total: 0, pages: 1, page: 1},
		{name: "search ignores case", q: listQuery{Search: "case-0"}, want: []string{"Case-00", "Case-01", "Case-02", "Case-03", "Case-04", "Case-05"}, total: 6, pages: 1, page: 1},
		{name: "search is no pattern", q: listQuery{Search: "%"}, total: 0, pages: 1, page: 1},
		{name: "second page", q: listQuery{Page: 2, PerPage: 4}, want: []string{"Case-04", "Case-05"}, total: 6, pages: 2, page: 2},
		{name: "page past the end", q: listQuery{Page: 9, PerPage: 4}, want: []string{"Case-04", "Case-05"}, total: 6, pages: 2, page: 2},
		{name: "deleted", q: listQuery{Deleted: true}, want: []string{"Case-06"}, total: 1, pages: 1, page: 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := st.List(tt.q)
			require.NoError(t, err)
			assert.Equal(t, tt.want, ids(p))
			assert.Equal(t, tt.total, p.Total)
			assert.Equal(t, tt.pages, p.Pages)
			assert.Equal(t, tt.page, p.Page)
		})
	}
	p, _ := st.List(listQuery{Search: "case-04"})
	require.Len(t, p.Rows, 1)
	assert.Equal(t, listRow{ID: "Case-04", Inspection: "insp-02", Reviewer: "Ann", Saved: p.Rows[0].Saved, Status: statusExcluded, Errors: p.Rows[0].Errors, Warnings: p.Rows[0].Warnings, Version: 1}, p.Rows[0])

	counts, err := st.Inspections()
	require.NoError(t, err)
	assert.Equal(t, []inspectionCount{{"", 2}, {"insp-01", 2}, {"insp-02", 2}}, counts)

	var each []string
	require.NoError(t, st.Each("insp-02", func(c record.Case) error { each = append(each, c.ID); return nil }))
	assert.Equal(t, []string{"Case-01", "Case-04"}, each)
	stop := errors.New("stop")
	assert.ErrorIs(t, st.Each("", func(record.Case) error { return stop }), stop)
}

func TestStoreImport(t *testing.T) {
	st := newMemStore()
	defer st.Close()
	_, err := st.Save(sampleCase(t, "stored"), "", 0, "")
	require.NoError(t, err)
	tests := []struct {
		name  string
		cases []record.Case
		index int
		id    string
	}{
		{name: "stored ID", cases: []record.Case{{ID: "new-1"}, {ID: "stored"}}, index: 2, id: "stored"},
		{name: "ID given twice", cases: []record.Case{{ID: "new-1"}, {ID: "new-2"}, {ID: "new-1"}}, index: 3, id: "new-1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n, err := st.Import(tt.cases, "")
			assert.Zero(t, n)
			assert.ErrorIs(t, err, errExists)
			var ie *importError
			require.ErrorAs(t, err, &ie)
			assert.Equal(t, tt.index, ie.Index)
			assert.Equal(t, tt.id, ie.Case)
			assert.Contains(t, err.Error(), fmt.Sprintf("record %d", tt.index))
			ids, _ := caseIDs(st)
			assert.Equal(t, []string{"stored"}, ids, "nothing was imported")
		})
	}
	_, err = st.Import([]record.Case{{ID: "ok"}, {ID: "bad\u200b"}}, "")
	assert.ErrorIs(t, err, record.ErrBadID)
	assert.Contains(t, err.Error(), "record 2")

	n, err := st.Import([]record.Case{{ID: "new-1"}, sampleCase(t, "new-2")}, "Ann")
	require.NoError(t, err)
	assert.Equal(t, 2, n)
	hist, _ := st.History("new-2")
	require.Len(t, hist, 1)
	assert.Equal(t, actionImported, hist[0].Action)
	assert.Equal(t, "Ann", hist[0].Reviewer)
}

// TestExportImportRoundTrip: the export of one store, imported into
// another (as webform -import reads a file), gives the same cases and the
// same export.
func TestExportImportRoundTrip(t *testing.T) {
	from := newMemStore()
	defer from.Close()
	var cases []record.Case
	for _, id := range []string{"b", "a", "team a/case 7?#%", "Leeds 2024 case 1"} {
		cases = append(cases, sampleCase(t, id))
	}
	cases = append(cases, record.Case{ID: "bare", Inspection: "insp-09", Synthetic: true})
	_, err := from.Import(cases, "")
	require.NoError(t, err)
	_, err = from.Save(withAnswer(t, sampleCase(t, "a"), "A1.1", "no"), "a", 1, "")
	require.NoError(t, err)
	exported := mustExport(t, from)
	assert.Equal(t, len(cases), bytes.Count(exported, []byte("\n")), "one record a line")

	file := filepath.Join(t.TempDir(), "export.jsonl")
	require.NoError(t, os.WriteFile(file, exported, 0o600))
	to, _ := openTemp(t)
	n, err := importFile(to, file)
	require.NoError(t, err)
	assert.Equal(t, len(cases), n)
	assert.Equal(t, string(exported), string(mustExport(t, to)))
	var a, b []string
	require.NoError(t, from.Each("", func(c record.Case) error { a = append(a, mustJSON(t, c)); return nil }))
	require.NoError(t, to.Each("", func(c record.Case) error { b = append(b, mustJSON(t, c)); return nil }))
	assert.Empty(t, cmp.Diff(a, b))

	// One inspection alone.
	var one bytes.Buffer
	require.NoError(t, from.Export(&one, "insp-09"))
	assert.True(t, strings.HasPrefix(one.String(), `{"id":"bare"`), one.String())
	assert.Equal(t, 1, strings.Count(one.String(), "\n"))
}

func TestImportFileErrors(t *testing.T) {
	st := newMemStore()
	defer st.Close()
	dir := t.TempDir()
	tests := []struct {
		name    string
		content string
		want    []string
	}{
		{name: "bad answer", content: `{"id":"a"}` + "\n" + `{"id":"case-2","answers":{"A1.1":"perhaps"}}`, want: []string{"line 2", `"case-2"`, "A1.1", "perhaps"}},
		{name: "twice", content: `[{"id":"a"},{"id":"a"}]`, want: []string{"record 2", `"a"`, "twice"}},
		{name: "not JSON", content: `nonsense`, want: []string{"line 1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			file := filepath.Join(dir, strings.ReplaceAll(tt.name, " ", "-")+".jsonl")
			require.NoError(t, os.WriteFile(file, []byte(tt.content), 0o600))
			n, err := importFile(st, file)
			assert.Zero(t, n)
			var ie *importError
			require.ErrorAs(t, err, &ie, "%v", err)
			for _, w := range append(tt.want, file, "nothing was imported") {
				assert.Contains(t, err.Error(), w)
			}
			ids, _ := caseIDs(st)
			assert.Empty(t, ids)
		})
	}
}

// TestStoreFiles: the database and its WAL are readable by their owner
// only; a second store on the same database is refused; a closed store
// refuses changes.
func TestStoreFiles(t *testing.T) {
	first, path := openTemp(t)
	assert.Equal(t, path, first.Path())
	_, err := first.Save(sampleCase(t, "a"), "", 0, "")
	require.NoError(t, err)
	for _, p := range []string{path, path + "-wal", path + "-shm", path + ".lock"} {
		fi, err := os.Stat(p)
		require.NoError(t, err)
		assert.Equal(t, os.FileMode(0o600), fi.Mode().Perm(), p)
	}
	var mode string
	require.NoError(t, first.db.QueryRow("PRAGMA journal_mode").Scan(&mode))
	assert.Equal(t, "wal", mode)
	var syncMode, fk int
	require.NoError(t, first.db.QueryRow("PRAGMA synchronous").Scan(&syncMode))
	assert.Equal(t, 2, syncMode, "FULL")
	require.NoError(t, first.db.QueryRow("PRAGMA foreign_keys").Scan(&fk))
	assert.Equal(t, 1, fk)

	_, err = openStore(path)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "another webform")
	assert.Contains(t, err.Error(), path+".lock")

	require.NoError(t, first.Close())
	_, err = first.Save(sampleCase(t, "b"), "", 0, "")
	assert.Error(t, err)
	second, err := openStore(path)
	require.NoError(t, err)
	defer second.Close()
	ids, _ := caseIDs(second)
	assert.Equal(t, []string{"a"}, ids)
	assert.Equal(t, first.Secret(), second.Secret(), "the token key is kept")
	assert.NotEqual(t, newMemStore().Secret(), newMemStore().Secret())
}

// TestStoreRefusesForeignFiles: a file that is not a web form database, or
// is damaged, is refused with its name and the backup to restore from, and
// left as it was.
func TestStoreRefusesForeignFiles(t *testing.T) {
	dir := t.TempDir()
	good, goodPath := openTemp(t)
	for i := range 50 {
		_, err := good.Save(sampleCase(t, fmt.Sprintf("case-%03d", i)), "", 0, "")
		require.NoError(t, err)
	}
	backup, err := good.Backup(filepath.Join(dir, "backups"))
	require.NoError(t, err)
	require.NoError(t, good.Close())
	valid, err := os.ReadFile(goodPath)
	require.NoError(t, err)

	other := filepath.Join(dir, "other.db")
	db, err := sql.Open("sqlite", other)
	require.NoError(t, err)
	_, err = db.Exec("CREATE TABLE t (x)")
	require.NoError(t, err)
	require.NoError(t, db.Close())
	otherContent, err := os.ReadFile(other)
	require.NoError(t, err)

	damaged := bytes.Clone(valid)
	for i := 100; i < 4096 && i < len(damaged); i++ {
		damaged[i] = 0xa5 // the schema page
	}
	newer := bytes.Clone(valid)
	newer[60], newer[61], newer[62], newer[63] = 0, 0, 0x7f, 0 // user_version

	tests := []struct {
		name    string
		content []byte
		want    string
		backup  bool
	}{
		{name: "JSON lines", content: []byte(`{"id":"a"}` + "\n"), want: "is not a web form database"},
		{name: "another program's database", content: otherContent, want: "another program"},
		{name: "damaged", content: damaged, want: "damaged"},
		{name: "newer", content: newer, want: "newer version"},
		{name: "damaged, with a backup", content: damaged, want: backup, backup: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "cases.db")
			require.NoError(t, os.WriteFile(path, tt.content, 0o600))
			if tt.backup {
				require.NoError(t, os.WriteFile(lastBackupFile(path), []byte(backup+"\n"), 0o600))
			}
			_, err := openStore(path)
			require.Error(t, err)
			assert.Contains(t, err.Error(), path)
			assert.Contains(t, err.Error(), tt.want)
			assert.Contains(t, err.Error(), "backup")
			after, _ := os.ReadFile(path)
			assert.True(t, bytes.Equal(tt.content, after), "the file is left as it was")
			_, err = openStore(path)
			assert.NotContains(t, fmt.Sprint(err), "another webform", "the lock was released")
		})
	}
}

// TestBackupRestores: the backup is a database that opens, as the README's
// restore instructions use it, with every case.
func TestBackupRestores(t *testing.T) {
	st, path := openTemp(t)
	for i := range 20 {
		_, err := st.Save(sampleCase(t, fmt.Sprintf("case-%02d", i)), "", 0, "")
		require.NoError(t, err)
	}
	require.NoError(t, st.Delete("case-03", 0, ""))
	want := mustExport(t, st)
	dir := filepath.Join(t.TempDir(), "backups")
	copyPath, err := st.Backup(dir)
	require.NoError(t, err)
	assert.Equal(t, filepath.Dir(copyPath), dir)
	fi, err := os.Stat(copyPath)
	require.NoError(t, err)
	assert.Equal(t, os.FileMode(0o600), fi.Mode().Perm())
	last, _ := os.ReadFile(lastBackupFile(path))
	assert.Equal(t, copyPath+"\n", string(last))
	// Saves after the backup are not in it.
	_, err = st.Save(sampleCase(t, "later"), "", 0, "")
	require.NoError(t, err)

	restored, err := openStore(copyPath)
	require.NoError(t, err)
	defer restored.Close()
	assert.Equal(t, string(want), string(mustExport(t, restored)))
	hist, err := restored.History("case-03")
	require.NoError(t, err)
	assert.Equal(t, actionDeleted, hist[0].Action, "the history is in the backup")
}

// TestStoreConcurrentWriters saves from many goroutines at once: every
// case is there afterwards.
func TestStoreConcurrentWriters(t *testing.T) {
	st, _ := openTemp(t)
	const writers, each = 4, 10
	var wg sync.WaitGroup
	for w := range writers {
		wg.Go(func() {
			for i := range each {
				if _, err := st.Save(sampleCase(t, fmt.Sprintf("w%d-%02d", w, i)), "", 0, ""); err != nil {
					t.Error(err)
				}
				if i%3 == 2 {
					if err := st.Delete(fmt.Sprintf("w%d-%02d", w, i-1), 0, ""); err != nil {
						t.Error(err)
					}
				}
				if _, err := st.List(listQuery{}); err != nil {
					t.Error(err)
				}
			}
		})
	}
	wg.Wait()
	ids, _ := caseIDs(st)
	assert.Len(t, ids, writers*(each-3))
}

var regexpVersion = regexp.MustCompile(`name="version" value="([0-9]+)"`)

// loadEdit loads a case's edit page as a browser tab would, returning its
// form's values.
func (s *session) loadEdit(id string) url.Values {
	s.t.Helper()
	rec := get(s.t, s.h, caseURL(id), s.cookie)
	require.Equal(s.t, http.StatusOK, rec.Code)
	body := rec.Body.String()
	form := filledForm(id)
	form.Set("orig", id)
	m := regexpVersion.FindStringSubmatch(body)
	require.NotNil(s.t, m, "the edit form carries the case's version")
	form.Set("version", m[1])
	return form
}

func TestStaleEditRefused(t *testing.T) {
	h, store := newTestServer(t)
	s := newSession(t, h)
	require.Equal(t, http.StatusSeeOther, s.post("/cases", filledForm("case-1"), nil).Code)

	// Two tabs open the case; the first saves a change.
	tabA, tabB := s.loadEdit("case-1"), s.loadEdit("case-1")
	require.Equal(t, tabA.Get("version"), tabB.Get("version"))
	tabA.Set("answer-A1.4", "yes")
	require.Equal(t, http.StatusSeeOther, s.post("/cases", tabA, nil).Code)

	// The second tab's save is refused; the first tab's change is kept.
	tabB.Set("answer-A1.3", "no")
	rec := s.post("/cases", tabB, nil)
	require.Equal(t, http.StatusConflict, rec.Code)
	assert.Contains(t, textOf(element(t, rec.Body.String(), "errors", "div")), "Not saved: this case was changed since you opened it")
	stored, _, _ := getCase(store, "case-1")
	a14, _ := stored.Answers.Get("A1.4")
	assert.Equal(t, record.Yes, a14.Answer, "the first tab's change is kept")
	_, has := stored.Answers.Get("A1.3")
	assert.False(t, has, "the stale change is not saved")

	// A delete from a page loaded before a change is refused too.
	rec = s.post(deleteURL("case-1"), url.Values{"version": {tabA.Get("version")}}, nil)
	assert.Equal(t, http.StatusConflict, rec.Code)
	_, ok, _ := getCase(store, "case-1")
	assert.True(t, ok)
}

// FuzzOpenStore: whatever a database file holds, opening it never panics;
// it is refused with the file's name, or it opens and takes a save that is
// there when it is opened again.
func FuzzOpenStore(f *testing.F) {
	dir := f.TempDir()
	seed := filepath.Join(dir, "seed.db")
	st, err := openStore(seed)
	require.NoError(f, err)
	_, err = st.Save(sampleCase(f, "seed"), "", 0, "")
	require.NoError(f, err)
	require.NoError(f, st.Close())
	valid, err := os.ReadFile(seed)
	require.NoError(f, err)
	f.Add(valid)
	f.Add([]byte{})
	f.Add([]byte(sqliteMagic))
	f.Add([]byte(`{"id":"x"}`))
	f.Fuzz(func(t *testing.T, content []byte) {
		path := filepath.Join(t.TempDir(), "cases.db")
		require.NoError(t, os.WriteFile(path, content, 0o600))
		st, err := openStore(path)
		if err != nil {
			require.Contains(t, err.Error(), path)
			return
		}
		_, err = st.Save(record.Case{ID: "fuzz-added-case"}, "", 0, "")
		if errors.Is(err, errExists) {
			err = nil
		}
		closeErr := st.Close()
		if err != nil || closeErr != nil {
			// A damaged page found only now: an error, never a panic.
			return
		}
		again, err := openStore(path)
		require.NoError(t, err)
		defer again.Close()
		_, err = again.Get("fuzz-added-case")
		require.NoError(t, err)
	})
}

// TestListShowsSynthetic: a synthetic record is flagged in the list, and a
// database of schema 1 (before the flag had a column) gets it on opening.
func TestListShowsSynthetic(t *testing.T) {
	st := newMemStore()
	defer st.Close()
	_, err := st.Import([]record.Case{{ID: "real"}, {ID: "made-up", Synthetic: true}}, "")
	require.NoError(t, err)
	p, err := st.List(listQuery{})
	require.NoError(t, err)
	flags := map[string]bool{}
	for _, r := range p.Rows {
		flags[r.ID] = r.Synthetic
	}
	assert.Equal(t, map[string]bool{"real": false, "made-up": true}, flags)

	// Schema 1, written by hand as the first release wrote it.
	path := filepath.Join(t.TempDir(), "old.db")
	db, err := sql.Open("sqlite", path)
	require.NoError(t, err)
	_, err = db.Exec(fmt.Sprintf("PRAGMA application_id = %d", appID))
	require.NoError(t, err)
	_, err = db.Exec(migrations[0])
	require.NoError(t, err)
	for _, c := range []record.Case{{ID: "real", Answers: answersOf(t, "I1.4", `a "synthetic":true answer`)}, {ID: "made-up", Synthetic: true}} {
		rec, err := json.Marshal(c)
		require.NoError(t, err)
		_, err = db.Exec(`INSERT INTO cases (id, folded, inspection, version, reviewer, saved, status, errors, warnings, record) VALUES (?, ?, '', 1, '', 0, 1, 0, 0, ?)`, c.ID, c.ID, rec)
		require.NoError(t, err)
	}
	_, err = db.Exec("PRAGMA user_version = 1")
	require.NoError(t, err)
	require.NoError(t, db.Close())

	old, err := openStore(path)
	require.NoError(t, err)
	defer old.Close()
	p, err = old.List(listQuery{})
	require.NoError(t, err)
	flags = map[string]bool{}
	for _, r := range p.Rows {
		flags[r.ID] = r.Synthetic
	}
	assert.Equal(t, map[string]bool{"real": false, "made-up": true}, flags, "an answer quoting the field is no flag")
}

// answersOf gives answers with one question answered.
func answersOf(t *testing.T, id framework.ID, text string) record.Answers {
	t.Helper()
	var a record.Answers
	require.NoError(t, a.Set(id, record.Value{Text: text}))
	return a
}

//go:build ignore

// Until the SQLite store (branch webstore) replaces it, this file tests the
// old file store against the old server API.

package main

import (
	"bytes"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/yjinspect/yjinspect/record"
)

func sampleCase(t *testing.T, id string) record.Case {
	t.Helper()
	c, err := record.Decode(strings.NewReader(sampleRecord))
	require.NoError(t, err)
	c.ID = id
	return c
}

// fileIDs decodes a store's file as the inspect command would and returns
// its case IDs in order.
func fileIDs(t *testing.T, path string) []string {
	t.Helper()
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	cases, err := record.DecodeAll(f)
	require.NoError(t, err)
	ids := []string{}
	for _, c := range cases {
		ids = append(ids, c.ID)
	}
	return ids
}

func TestFileStore(t *testing.T) {
	path := filepath.Join(t.TempDir(), "cases.jsonl")
	st, err := openFileStore(path)
	require.NoError(t, err)
	ids, _ := st.List()
	assert.Empty(t, ids)
	_, err = os.Stat(path)
	assert.True(t, os.IsNotExist(err), "nothing written before a change")
	assert.Equal(t, path, st.Path())

	c := sampleCase(t, "case-014")
	require.NoError(t, st.Put(c))
	require.NoError(t, st.Put(sampleCase(t, "case-002")))

	fi, err := os.Stat(path)
	require.NoError(t, err)
	assert.Equal(t, os.FileMode(0o600), fi.Mode().Perm())
	// JSON lines, one record a line, sorted by ID.
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	lines := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
	require.Len(t, lines, 2)
	assert.True(t, strings.HasPrefix(lines[0], `{"id":"case-002"`), lines[0])
	assert.Equal(t, data, st.Export(), "the export is the file")

	// Through the web form too.
	h := newServer(st, nil, testHosts)
	s := newSession(t, h)
	require.Equal(t, http.StatusSeeOther, s.post("/cases", filledForm("case-003"), nil).Code)
	require.NoError(t, st.Close())

	re, err := openFileStore(path)
	require.NoError(t, err)
	defer re.Close()
	ids, _ = re.List()
	assert.Equal(t, []string{"case-002", "case-003", "case-014"}, ids)
	assert.Equal(t, ids, fileIDs(t, path))
	got, ok, err := re.Get("case-014")
	require.NoError(t, err)
	require.True(t, ok)
	assert.Equal(t, mustJSON(t, c), mustJSON(t, got))
	got3, _, _ := re.Get("case-003")
	require.NotNil(t, got3.Factors.ChildSafety)
	assert.False(t, *got3.Factors.ChildSafety)

	require.NoError(t, re.Delete("case-002", ""))
	require.NoError(t, re.Delete("never-there", ""))
	ids, _ = re.List()
	assert.Equal(t, []string{"case-003", "case-014"}, ids)
	assert.Equal(t, ids, fileIDs(t, path))

	// Returned cases are copies.
	got.ID = "changed"
	_ = got.Answers.Set("A1.1", record.Value{Answer: record.No})
	fresh, _, _ := re.Get("case-014")
	v, _ := fresh.Answers.Get("A1.1")
	assert.Equal(t, record.Yes, v.Answer)
}

func TestFileStoreKeepsBackup(t *testing.T) {
	path := filepath.Join(t.TempDir(), "cases.jsonl")
	st, err := openFileStore(path)
	require.NoError(t, err)
	defer st.Close()

	require.NoError(t, st.Put(sampleCase(t, "a")))
	_, err = os.Stat(path + ".bak")
	assert.True(t, os.IsNotExist(err), "no backup of a file that did not exist")

	for _, id := range []string{"b", "c"} {
		before, err := os.ReadFile(path)
		require.NoError(t, err)
		require.NoError(t, st.Put(sampleCase(t, id)))
		bak, err := os.ReadFile(path + ".bak")
		require.NoError(t, err)
		assert.Equal(t, string(before), string(bak), "the .bak is the version before the last change")
	}
	require.NoError(t, st.Delete("a", ""))
	assert.Equal(t, []string{"a", "b", "c"}, fileIDs(t, path+".bak"))
	assert.Equal(t, []string{"b", "c"}, fileIDs(t, path))
	fi, err := os.Stat(path + ".bak")
	require.NoError(t, err)
	assert.Equal(t, os.FileMode(0o600), fi.Mode().Perm())

	// No temporary files are left behind.
	entries, err := os.ReadDir(filepath.Dir(path))
	require.NoError(t, err)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	assert.ElementsMatch(t, []string{"cases.jsonl", "cases.jsonl.bak", "cases.jsonl.lock", "cases.jsonl.key"}, names)
}

func TestFileStoreReads(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(p, []byte(content), 0o600))
		return p
	}
	rec := func(id string) string { return strings.ReplaceAll(mustJSON(t, sampleCase(t, id)), "\n", "") }
	tests := []struct {
		name, content string
		ids           []string
		err           []string // the error names the file and the record
	}{
		{name: "empty", content: "", ids: []string{}},
		{name: "blank", content: "\n \n", ids: []string{}},
		{name: "lines", content: rec("x") + "\n\n" + rec("a") + "\n", ids: []string{"a", "x"}},
		{name: "array (older versions)", content: "[" + rec("x") + ",\n" + rec("y") + "]", ids: []string{"x", "y"}},
		{name: "unknown field", content: `{"id": "x", "secret": "do not show"}`, err: []string{"line 1", "secret"}},
		{name: "second line bad", content: rec("x") + "\nnonsense\n", err: []string{"line 2"}},
		{name: "duplicate", content: rec("x") + "\n" + rec("x") + "\n", err: []string{"line 2", "the same id"}},
		{name: "object", content: `{}`, err: []string{"line 1"}},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := write(fmt.Sprintf("cases-%d.jsonl", i), tt.content)
			st, err := openFileStore(path)
			if tt.err != nil {
				require.Error(t, err)
				assert.Contains(t, err.Error(), path)
				for _, want := range tt.err {
					assert.Contains(t, err.Error(), want)
				}
				assert.NotContains(t, err.Error(), "do not show")
				// The lock is released: the file can be opened once fixed.
				require.NoError(t, os.WriteFile(path, nil, 0o600))
				st, err = openFileStore(path)
				require.NoError(t, err)
				require.NoError(t, st.Close())
				return
			}
			require.NoError(t, err)
			defer st.Close()
			ids, _ := st.List()
			assert.Equal(t, tt.ids, ids)
		})
	}
}

func TestFileStoreLock(t *testing.T) {
	path := filepath.Join(t.TempDir(), "cases.jsonl")
	first, err := openFileStore(path)
	require.NoError(t, err)
	require.NoError(t, first.Put(sampleCase(t, "a")))

	// A second store on the same file (as a second server would open it)
	// is refused, and says why.
	_, err = openFileStore(path)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "another webform")
	assert.Contains(t, err.Error(), path+".lock")

	// Once the first is closed, the file can be opened again; a closed store
	// refuses changes and keeps what it had.
	require.NoError(t, first.Close())
	assert.Error(t, first.Put(sampleCase(t, "b")))
	_, ok, _ := first.Get("b")
	assert.False(t, ok, "a failed write changes nothing")
	second, err := openFileStore(path)
	require.NoError(t, err)
	defer second.Close()
	ids, _ := second.List()
	assert.Equal(t, []string{"a"}, ids)
}

// TestFileStoreConcurrentWriters saves from many goroutines at once: every
// case is in the file afterwards, and the file reads back whole.
func TestFileStoreConcurrentWriters(t *testing.T) {
	path := filepath.Join(t.TempDir(), "cases.jsonl")
	st, err := openFileStore(path)
	require.NoError(t, err)
	defer st.Close()
	const writers, each = 4, 10
	var wg sync.WaitGroup
	for w := range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range each {
				id := fmt.Sprintf("w%d-%02d", w, i)
				if err := st.Save(sampleCase(t, id), "", ""); err != nil {
					t.Error(err)
				}
				if i%3 == 2 {
					if err := st.Delete(fmt.Sprintf("w%d-%02d", w, i-1), ""); err != nil {
						t.Error(err)
					}
				}
			}
		}()
	}
	wg.Wait()
	ids, _ := st.List()
	assert.Len(t, ids, writers*(each-3))
	assert.Equal(t, ids, fileIDs(t, path))
}

func TestStoreSaveRefusals(t *testing.T) {
	st := newMemCaseStore()
	require.NoError(t, st.Save(sampleCase(t, "a"), "", ""))
	_, v1, ok, _ := st.Lookup("a")
	require.True(t, ok)
	require.Len(t, v1, 16)

	// A new case may not take a stored ID.
	assert.ErrorIs(t, st.Save(sampleCase(t, "a"), "", ""), errExists)

	// An edit from the current version goes through and changes the version.
	c := sampleCase(t, "a")
	require.NoError(t, c.Answers.Set("A1.1", record.Value{Answer: record.No}))
	require.NoError(t, st.Save(c, "a", v1))
	_, v2, _, _ := st.Lookup("a")
	assert.NotEqual(t, v1, v2)

	// An edit from the old version is refused and changes nothing.
	stale := sampleCase(t, "a")
	require.NoError(t, stale.Answers.Set("A1.4", record.Value{Answer: record.Yes}))
	assert.ErrorIs(t, st.Save(stale, "a", v1), errChanged)
	got, _, _ := st.Get("a")
	a11, _ := got.Answers.Get("A1.1")
	assert.Equal(t, record.No, a11.Answer, "the other change is kept")
	_, has := got.Answers.Get("A1.4")
	assert.False(t, has)
	assert.ErrorIs(t, st.Delete("a", v1), errChanged)

	// A rename moves the case in one change, and may not take a stored ID.
	require.NoError(t, st.Save(sampleCase(t, "b"), "", ""))
	assert.ErrorIs(t, st.Save(sampleCase(t, "b"), "a", v2), errExists)
	require.NoError(t, st.Save(sampleCase(t, "c"), "a", v2))
	ids, _ := st.List()
	assert.Equal(t, []string{"b", "c"}, ids)

	// An edit of a deleted case.
	assert.ErrorIs(t, st.Save(sampleCase(t, "a"), "a", v2), errDeleted)
}

var regexpVersion = regexp.MustCompile(`name="version" value="([0-9a-f]{16})"`)

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

	// The second tab's save is refused with a clear message; the first
	// tab's change is kept; the second's answers are shown, unsaved.
	tabB.Set("answer-A1.3", "no")
	rec := s.post("/cases", tabB, nil)
	require.Equal(t, http.StatusConflict, rec.Code)
	body := rec.Body.String()
	msg := textOf(element(t, body, "errors", "div"))
	assert.Contains(t, msg, "Not saved: this case was changed since you opened it")
	assert.Contains(t, element(t, body, "conflict-link", "a"), `href="/cases/case-1/edit"`)
	assert.Contains(t, body, `name="answer-A1.3" value="no" checked`, "the unsaved answer is shown")
	stored, _, _ := store.Get("case-1")
	a14, _ := stored.Answers.Get("A1.4")
	assert.Equal(t, record.Yes, a14.Answer, "the first tab's change is kept")
	_, has := stored.Answers.Get("A1.3")
	assert.False(t, has, "the stale change is not saved")

	// The refused page carries the version now stored: saving it again
	// replaces the case, knowingly.
	_, cur, _, _ := store.Lookup("case-1")
	assert.Contains(t, body, `name="version" value="`+cur+`"`)
	tabB.Set("version", cur)
	require.Equal(t, http.StatusSeeOther, s.post("/cases", tabB, nil).Code)
	stored, _, _ = store.Get("case-1")
	a13, _ := stored.Answers.Get("A1.3")
	assert.Equal(t, record.No, a13.Answer)

	// A delete from a page loaded before a change is refused too.
	rec = s.post(deleteURL("case-1"), url.Values{"version": {tabA.Get("version")}}, nil)
	assert.Equal(t, http.StatusConflict, rec.Code)
	assert.Contains(t, textOf(element(t, rec.Body.String(), "error-message", "p")), "Not deleted")
	_, ok, _ := store.Get("case-1")
	assert.True(t, ok)

	// An edit of a case deleted meanwhile is refused, and the form offers
	// to store the answers as a new case.
	tabC := s.loadEdit("case-1")
	require.Equal(t, http.StatusSeeOther, s.post(deleteURL("case-1"), url.Values{"version": {tabC.Get("version")}}, nil).Code)
	rec = s.post("/cases", tabC, nil)
	require.Equal(t, http.StatusConflict, rec.Code)
	body = rec.Body.String()
	assert.Contains(t, textOf(element(t, body, "errors", "div")), "deleted since you opened it")
	assert.Contains(t, body, `name="orig" value=""`)
	ids, _ := store.List()
	assert.Empty(t, ids)
}

func TestExportAll(t *testing.T) {
	h, store := newTestServer(t)
	s := newSession(t, h)
	assert.NotContains(t, get(t, h, "/", s.cookie).Body.String(), `id="export-all"`, "nothing to export yet")
	for _, id := range []string{"b", "a", "team a/case 7?#%"} {
		require.Equal(t, http.StatusSeeOther, s.importRecord(strings.Replace(sampleRecord, `"case-014"`, fmt.Sprintf("%q", id), 1), false).Code)
	}
	require.Equal(t, http.StatusSeeOther, s.post("/cases", filledForm("c"), nil).Code)
	assert.Contains(t, get(t, h, "/", s.cookie).Body.String(), `<a id="export-all" href="/cases.jsonl" download>`)

	rec := get(t, h, "/cases.jsonl", s.cookie)
	require.Equal(t, http.StatusOK, rec.Code)
	assert.Equal(t, "application/jsonl; charset=utf-8", rec.Header().Get("Content-Type"))
	assert.Equal(t, `attachment; filename=cases.jsonl`, rec.Header().Get("Content-Disposition"))
	assert.Equal(t, "no-store", rec.Header().Get("Cache-Control"))
	cases, err := record.DecodeAll(bytes.NewReader(rec.Body.Bytes()))
	require.NoError(t, err)
	var got, want []string
	for _, c := range cases {
		got = append(got, mustJSON(t, c))
	}
	ids, _ := store.List()
	for _, id := range ids {
		c, _, _ := store.Get(id)
		want = append(want, mustJSON(t, c))
	}
	assert.Empty(t, cmp.Diff(want, got))
	assert.Len(t, got, 4)
	assert.Equal(t, 4, strings.Count(rec.Body.String(), "\n"), "one record a line")
}

// TestTokenSurvivesRestart: a form loaded before the server restarted can
// still be saved, since the key that signs the tokens is kept beside the
// file.
func TestTokenSurvivesRestart(t *testing.T) {
	path := filepath.Join(t.TempDir(), "cases.jsonl")
	st, err := openFileStore(path)
	require.NoError(t, err)
	s := newSession(t, newServer(st, nil, testHosts))
	require.NoError(t, st.Close())

	again, err := openFileStore(path)
	require.NoError(t, err)
	defer again.Close()
	assert.Equal(t, st.Secret(), again.Secret())
	fi, err := os.Stat(path + ".key")
	require.NoError(t, err)
	assert.Equal(t, os.FileMode(0o600), fi.Mode().Perm())
	s.h = newServer(again, nil, testHosts)
	require.Equal(t, http.StatusSeeOther, s.post("/cases", filledForm("after-restart"), nil).Code)

	// A memory store makes a new key each time.
	assert.NotEqual(t, newMemCaseStore().Secret(), newMemCaseStore().Secret())
}

// FuzzFileStoreLoad: whatever a cases file holds, opening it never panics;
// when it opens, a change writes a file that opens again with the same
// cases, and the previous content is kept as the .bak.
func FuzzFileStoreLoad(f *testing.F) {
	rec := strings.ReplaceAll(sampleRecord, "\n", "")
	f.Add(rec + "\n")
	f.Add("[" + rec + "]")
	f.Add("")
	f.Add(`{"id": "x"}` + "\n" + `{"id": "y", "answers": {"A1.1": "yes"}}`)
	f.Add(`{"id": "x"}` + "\n" + `{"id": "x"}`)
	f.Add("nonsense")
	f.Fuzz(func(t *testing.T, content string) {
		path := filepath.Join(t.TempDir(), "cases.jsonl")
		require.NoError(t, os.WriteFile(path, []byte(content), 0o600))
		st, err := openFileStore(path)
		if err != nil {
			require.Contains(t, err.Error(), path)
			return
		}
		before, _ := st.List()
		require.NoError(t, st.Put(record.Case{ID: "fuzz-added-case"}))
		require.NoError(t, st.Close())
		bak, err := os.ReadFile(path + ".bak")
		require.NoError(t, err)
		require.Equal(t, content, string(bak))

		again, err := openFileStore(path)
		require.NoError(t, err)
		defer again.Close()
		after, _ := again.List()
		want := append([]string{}, before...)
		if !slices.Contains(want, "fuzz-added-case") {
			want = append(want, "fuzz-added-case")
		}
		slices.Sort(want)
		require.Equal(t, want, after)
		for _, id := range before {
			if id == "fuzz-added-case" {
				continue
			}
			a, _, _ := st.Get(id)
			b, _, _ := again.Get(id)
			require.Equal(t, mustJSON(t, a), mustJSON(t, b), id)
		}
	})
}

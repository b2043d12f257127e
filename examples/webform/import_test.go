package main

import (
	"bytes"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/yjinspect/yjinspect/record"
	"github.com/yjinspect/yjinspect/workbook"
)

// casesFile writes records (one a line) to a file in a new directory.
func casesFile(t *testing.T, name string, records ...string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	require.NoError(t, os.WriteFile(path, []byte(strings.Join(records, "\n")+"\n"), 0o600))
	return path
}

func compact(record string) string { return strings.Join(strings.Fields(record), " ") }

// TestRunImport: webform -db FILE -import CASES imports all or nothing and
// exits; a refusal names the file, line, case and field, exits 2 and
// imports nothing.
func TestRunImport(t *testing.T) {
	db := filepath.Join(t.TempDir(), "team.db")
	good := casesFile(t, "good.jsonl", compact(strings.Replace(sampleRecord, "case-014", "imp-1", 1)), `{"id":"imp-2","inspection":"insp-03"}`)
	array := casesFile(t, "array.json", `[{"id":"imp-3"},`, `{"id":"imp-4"}]`)
	bad := casesFile(t, "bad.jsonl", `{"id":"imp-5"}`, `{"id":"imp-6","answers":{"A1.1":"maybe"}}`)
	again := casesFile(t, "again.jsonl", `{"id":"imp-7"}`, `{"id":"imp-1"}`)
	tests := []struct {
		name   string
		file   string
		code   int
		stdout string
		stderr []string
		ids    []string
	}{
		{name: "JSON lines", file: good, code: 0, stdout: "webform: imported 2 cases from " + good + " into " + db + "\n", ids: []string{"imp-1", "imp-2"}},
		{name: "a JSON array", file: array, code: 0, stdout: "webform: imported 2 cases from " + array + " into " + db + "\n", ids: []string{"imp-1", "imp-2", "imp-3", "imp-4"}},
		{name: "a bad record", file: bad, code: 2, stderr: []string{bad, "line 2", `"imp-6"`, "A1.1", "maybe", "nothing was imported"}, ids: []string{"imp-1", "imp-2", "imp-3", "imp-4"}},
		{name: "a stored ID", file: again, code: 2, stderr: []string{again, "record 2", `"imp-1"`, "id", "already stored", "nothing was imported"}, ids: []string{"imp-1", "imp-2", "imp-3", "imp-4"}},
		{name: "no such file", file: filepath.Join(t.TempDir(), "missing.jsonl"), code: 1, stderr: []string{"missing.jsonl"}, ids: []string{"imp-1", "imp-2", "imp-3", "imp-4"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errOut syncBuffer
			assert.Equal(t, tt.code, run([]string{"-db", db, "-import", tt.file}, &out, &errOut), errOut.String())
			assert.Equal(t, tt.stdout, out.String())
			for _, w := range tt.stderr {
				assert.Contains(t, errOut.String(), w)
			}
			st, err := openStore(db)
			require.NoError(t, err)
			ids, err := caseIDs(st)
			require.NoError(t, err)
			require.NoError(t, st.Close())
			assert.Equal(t, tt.ids, ids)
		})
	}
}

// TestRunBackup: -backup writes a copy that opens with the same cases, and
// exits.
func TestRunBackup(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "cases.db")
	var out, errOut syncBuffer
	require.Equal(t, 0, run([]string{"-db", db, "-import", casesFile(t, "c.jsonl", `{"id":"a"}`, `{"id":"b"}`)}, &out, &errOut), errOut.String())
	out, errOut = syncBuffer{}, syncBuffer{}
	backups := filepath.Join(dir, "backups")
	require.Equal(t, 0, run([]string{"-db", db, "-backup", backups}, &out, &errOut), errOut.String())
	entries, err := os.ReadDir(backups)
	require.NoError(t, err)
	require.Len(t, entries, 1)
	copyPath := filepath.Join(backups, entries[0].Name())
	assert.Equal(t, "webform: wrote a copy of "+db+" to "+copyPath+"\n", out.String())
	st, err := openStore(copyPath)
	require.NoError(t, err)
	defer st.Close()
	ids, _ := caseIDs(st)
	assert.Equal(t, []string{"a", "b"}, ids)

	out, errOut = syncBuffer{}, syncBuffer{}
	assert.Equal(t, 2, run([]string{"-db", db, "-backup", backups, "-import", "x"}, &out, &errOut))
	assert.Contains(t, errOut.String(), "not both")
}

// TestRunImportsOldStore: the first start with a JSON-lines store of an
// earlier version imports it, says so, and leaves the file as it was; the
// next start does not import it again.
func TestRunImportsOldStore(t *testing.T) {
	config := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", config)
	dir := filepath.Join(config, "yjinspect")
	require.NoError(t, os.MkdirAll(dir, 0o700))
	old := filepath.Join(dir, "cases.jsonl")
	content := `{"id":"old-1"}` + "\n" + `{"id":"old-2","inspection":"insp-01"}` + "\n"
	require.NoError(t, os.WriteFile(old, []byte(content), 0o600))
	db := filepath.Join(dir, "cases.db")

	first := startRun(t)
	assert.Equal(t, "webform: imported 2 cases from "+old+" (kept as it was) into "+db+"\n", strings.SplitAfter(first.out.String(), "\n")[0])
	assert.Contains(t, first.body("/"), `href="/cases/old-2/edit"`)
	assert.Equal(t, 0, first.stop())
	after, err := os.ReadFile(old)
	require.NoError(t, err)
	assert.Equal(t, content, string(after))

	second := startRun(t)
	assert.NotContains(t, second.out.String(), "imported")
	assert.Equal(t, 0, second.stop())

	// Another database given with -db does not take the default store's
	// cases.
	other := startRun(t, "-db", filepath.Join(t.TempDir(), "other.db"))
	assert.NotContains(t, other.out.String(), "imported")
	assert.NotContains(t, other.body("/"), "old-1")
	assert.Equal(t, 0, other.stop())

	// -file names the old store; without -db the database goes beside it.
	// A store that cannot be read makes no database.
	badDir := t.TempDir()
	bad := filepath.Join(badDir, "team.jsonl")
	require.NoError(t, os.WriteFile(bad, []byte(`{"id":"x"}`+"\n"+`nonsense`), 0o600))
	var out, errOut syncBuffer
	assert.Equal(t, 1, run([]string{"-addr", "127.0.0.1:0", "-file", bad}, &out, &errOut))
	assert.Contains(t, errOut.String(), filepath.Join(badDir, "team.db")+" was not made")
	assert.Contains(t, errOut.String(), "line 2")
	_, err = os.Stat(filepath.Join(badDir, "team.db"))
	assert.ErrorIs(t, err, os.ErrNotExist)
}

// TestImportWorkbook: an audit workbook (package workbook) imports through
// the browser's file upload and through -import, all or nothing, and its
// cases come back as they were written, notes included.
func TestImportWorkbook(t *testing.T) {
	sample, err := record.Decode(strings.NewReader(sampleRecord))
	require.NoError(t, err)
	second := record.Case{ID: "wb-2", Inspection: "insp-02", Notes: record.Notes{Case: "line one\nline two"}}
	var book bytes.Buffer
	require.NoError(t, workbook.Write(&book, []record.Case{sample, second}, workbook.Options{}))

	h, _ := newTestServer(t)
	s := newSession(t, h)
	rec := s.importRecord(book.String())
	require.Equal(t, http.StatusSeeOther, rec.Code, rec.Body.String())
	assert.Equal(t, "/?imported=2", rec.Header().Get("Location"))
	for _, want := range []record.Case{sample, second} {
		exp := get(t, h, "/cases/"+want.ID+".json", nil)
		require.Equal(t, http.StatusOK, exp.Code)
		got, err := record.Decode(exp.Body)
		require.NoError(t, err)
		assert.Equal(t, mustJSON(t, want), mustJSON(t, got))
	}

	// A zip file that is not an audit workbook is refused, naming why, and
	// nothing is imported.
	rec = s.importRecord("PK\x03\x04 not a workbook")
	assert.Equal(t, http.StatusUnprocessableEntity, rec.Code)
	assert.Contains(t, rec.Body.String(), "Nothing was imported")
	assert.Contains(t, rec.Body.String(), "not an audit workbook")

	// -import reads a .xlsx file as a workbook.
	path := filepath.Join(t.TempDir(), "audit.xlsx")
	require.NoError(t, os.WriteFile(path, book.Bytes(), 0o600))
	db := filepath.Join(t.TempDir(), "team.db")
	var out, errOut syncBuffer
	require.Equal(t, 0, run([]string{"-db", db, "-import", path}, &out, &errOut), errOut.String())
	assert.Equal(t, "webform: imported 2 cases from "+path+" into "+db+"\n", out.String())
	require.NoError(t, os.WriteFile(path, []byte("PK\x03\x04 not a workbook"), 0o600))
	assert.Equal(t, 2, run([]string{"-db", filepath.Join(t.TempDir(), "other.db"), "-import", path}, &out, &errOut))
	assert.Contains(t, errOut.String(), path)
	assert.Contains(t, errOut.String(), "nothing was imported")
}

package main

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/yjinspect/yjinspect/examples/internal/report"
	"github.com/yjinspect/yjinspect/internal/xlsx"
)

func runCmd(args ...string) (code int, stdout, stderr string) {
	var o, e bytes.Buffer
	code = run(args, strings.NewReader(""), &o, &e)
	return code, o.String(), e.String()
}

// sample writes the SYNTHETIC sample inspection that inspect embeds (made
// by package synthetic) to dir as JSON lines, and returns the file's path.
func sample(t *testing.T, dir string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "internal", "report", "sample.jsonl"))
	require.NoError(t, err)
	path := filepath.Join(dir, "cases.jsonl")
	require.NoError(t, os.WriteFile(path, data, 0o644))
	return path
}

func TestWriteAndReadBack(t *testing.T) {
	dir := t.TempDir()
	cases := sample(t, dir)
	out := filepath.Join(dir, "audit.xlsx")
	code, stdout, stderr := runCmd("-o", out, "-cases", cases)
	require.Equal(t, 0, code, stderr)
	assert.Empty(t, stdout)

	code, stdout, stderr = runCmd("-read", out)
	require.Equal(t, 0, code, stderr)
	want, err := os.ReadFile(cases)
	require.NoError(t, err)
	assert.Equal(t, string(want), stdout, "cases -> workbook -> cases gives the same JSON lines")

	// inspect rates the workbook as it rates the JSON lines.
	for _, format := range []string{"text", "json", "csv"} {
		var a, b, e bytes.Buffer
		codeA := report.Run([]string{"-cases", cases, "-format", format}, strings.NewReader(""), &a, &e, false)
		codeB := report.Run([]string{"-cases", out, "-format", format}, strings.NewReader(""), &b, &e, false)
		assert.Equal(t, codeA, codeB, e.String())
		assert.Equal(t, a.String(), strings.ReplaceAll(b.String(), out, cases), "inspect -format %s", format)
	}
}

func TestBlankAudit(t *testing.T) {
	out := filepath.Join(t.TempDir(), "audit.xlsx")
	code, _, stderr := runCmd("-o", out, "-n", "20", "-inspection", "insp-01", "-protect")
	require.Equal(t, 0, code, stderr)
	code, stdout, stderr := runCmd("-read", out)
	assert.Equal(t, 2, code)
	assert.Empty(t, stdout)
	assert.Contains(t, stderr, "no case is filled in")
}

// edit replaces the answer cell of a key on a case sheet with an inline
// string, as another program might write it.
func edit(t *testing.T, path, sheet, key, value string) string {
	t.Helper()
	return editCell(t, path, sheet, key, 2, value)
}

// editCell replaces the cell in column col (from 0) of the row whose
// column A is key with an inline string, and returns the cell.
func editCell(t *testing.T, path, sheet, key string, col int, value string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	f, err := xlsx.Read(bytes.NewReader(b), int64(len(b)))
	require.NoError(t, err)
	index, row := -1, -1
	for i, s := range f.Sheets {
		if s.Name == sheet {
			index = i
			for r := range s.Rows() {
				if s.Text(r, 0) == key {
					row = r
				}
			}
		}
	}
	require.True(t, index >= 0 && row >= 0)
	cell := xlsx.CellName(row, col)
	part := "xl/worksheets/sheet" + strconv.Itoa(index+1) + ".xml"
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	require.NoError(t, err)
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	re := regexp.MustCompile(`<c r="` + cell + `"[^>]*(/>|>.*?</c>)`)
	for _, zf := range zr.File {
		r, err := zf.Open()
		require.NoError(t, err)
		data, err := io.ReadAll(r)
		require.NoError(t, err)
		if zf.Name == part {
			require.True(t, re.Match(data))
			data = re.ReplaceAll(data, []byte(`<c r="`+cell+`" t="inlineStr"><is><t>`+value+`</t></is></c>`))
		}
		w, err := zw.Create(zf.Name)
		require.NoError(t, err)
		_, err = w.Write(data)
		require.NoError(t, err)
	}
	require.NoError(t, zw.Close())
	require.NoError(t, os.WriteFile(path, buf.Bytes(), 0o644))
	return cell
}

// TestBadAnswerCell: one answer cell changed to a value that is not allowed
// makes -read exit 2 with an error naming the sheet and cell, and nothing
// on standard output; inspect refuses the workbook the same way.
func TestBadAnswerCell(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "audit.xlsx")
	code, _, stderr := runCmd("-o", out, "-cases", sample(t, dir))
	require.Equal(t, 0, code, stderr)
	cell := edit(t, out, "Case 3", "A1.1", "perhaps")

	code, stdout, stderr := runCmd("-read", out)
	assert.Equal(t, 2, code)
	assert.Empty(t, stdout)
	assert.Contains(t, stderr, `workbook: Case 3!`+cell+`: case "`)
	assert.Contains(t, stderr, `question "A1.1": "perhaps": want Yes, No or N/A`)

	var o, e bytes.Buffer
	assert.Equal(t, 2, report.Run([]string{"-cases", out}, strings.NewReader(""), &o, &e, false))
	assert.Empty(t, o.String())
	assert.Contains(t, e.String(), "Case 3!"+cell)
}

func TestUsage(t *testing.T) {
	dir := t.TempDir()
	notJSON := filepath.Join(dir, "bad.jsonl")
	require.NoError(t, os.WriteFile(notJSON, []byte(`{"id":"a","answers":{"A1.1":"maybe"}}`+"\n"), 0o644))
	notXLSX := filepath.Join(dir, "bad.xlsx")
	require.NoError(t, os.WriteFile(notXLSX, []byte("id,answer\n"), 0o644))
	out := filepath.Join(dir, "out.xlsx")
	sampleIn := sample(t, dir)
	for _, tc := range []struct {
		args []string
		want string
	}{
		{nil, "give -o FILE"},
		{[]string{"-o", out}, "give either -cases FILE or -n N"},
		{[]string{"-o", out, "-n", "2", "-cases", notJSON}, "give either"},
		{[]string{"-o", out, "-cases", notJSON, "-inspection", "x"}, "-inspection goes with -n"},
		{[]string{"-read", notXLSX, "-o", out}, "-read takes no other flag"},
		{[]string{"-o", out, "extra"}, "unexpected argument"},
		{[]string{"-o", out, "-cases", notJSON}, `"maybe"`},
		{[]string{"-o", out, "-n", "-1"}, "-1 cases: want 1 to"},
		{[]string{"-o", out, "-n", "2", "-inspection", "bad\tid"}, "not an ID"},
		{[]string{"-read", notXLSX}, "not an audit workbook"},
		{[]string{"-o", out, "-n", "2", "-profile", "nope"}, "not a built-in profile"},
		{[]string{"-o", out, "-n", "2", "-profile", notJSON}, "profile"},
		{[]string{"-o", out, "-cases", sampleIn, "-profile", "reviewing"}, `does not cover key question`},
		{[]string{"-read", notXLSX, "-profile", "reviewing"}, "-read takes no other flag"},
		{[]string{"-nope"}, "flag provided but not defined"},
	} {
		code, stdout, stderr := runCmd(tc.args...)
		assert.Equal(t, 2, code, "%v", tc.args)
		assert.Empty(t, stdout, "%v", tc.args)
		assert.Contains(t, stderr, tc.want, "%v", tc.args)
		_, err := os.Stat(out)
		assert.True(t, os.IsNotExist(err), "%v: no file written", tc.args)
	}
	code, stdout, _ := runCmd("-h")
	assert.Equal(t, 0, code)
	assert.Contains(t, stdout, "Exit status")
	code, stdout, _ = runCmd("-version")
	assert.Equal(t, 0, code)
	assert.Contains(t, stdout, "catalogue sha256:")
}

func TestProfile(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "safety.json")
	require.NoError(t, os.WriteFile(file, []byte(`{"id": "safety", "name": "Safety audit", "keyQuestions": ["A2", "P2"]}`), 0o644))
	for _, p := range []string{"keeping-other-people-safe", file} {
		out := filepath.Join(dir, "audit.xlsx")
		code, _, stderr := runCmd("-o", out, "-n", "3", "-profile", p)
		require.Equal(t, 0, code, stderr)
		b, err := os.ReadFile(out)
		require.NoError(t, err)
		f, err := xlsx.Read(bytes.NewReader(b), int64(len(b)))
		require.NoError(t, err)
		instr, ok := f.Sheet("Instructions")
		require.True(t, ok)
		found := false
		for r := range instr.Rows() {
			if instr.Text(r, 0) == "Audit profile" {
				found = true
				assert.Contains(t, instr.Text(r, 1), "not an inspection rating")
			}
		}
		assert.True(t, found, p)
	}
}

// TestReadProfile: -read writes the cases of a workbook written under a
// profile as JSON lines, and names the profile on standard error with the
// -profile that rates them under it; a workbook of the whole framework
// adds nothing. A profile row edited into one that does not read back is
// refused by -read and by inspect, naming the cell.
func TestReadProfile(t *testing.T) {
	dir := t.TempDir()
	cases := filepath.Join(dir, "cases.jsonl")
	lines := `{"id":"case-1","answers":{"A2.S":"yes"}}` + "\n" + `{"id":"case-2","answers":{"I1.4":"Male","A2.S":"no"}}` + "\n"
	require.NoError(t, os.WriteFile(cases, []byte(lines), 0o644))
	own := filepath.Join(dir, "safety.json")
	require.NoError(t, os.WriteFile(own, []byte(`{"id": "safety", "name": "Safety audit", "keyQuestions": ["P2", "A2"]}`), 0o644))
	for _, tc := range []struct {
		profile string
		note    string // on stderr, "" for none
	}{
		{"", ""},
		{"whole", ""},
		{"assessment", "workbook: audit profile 2.1 Assessment (assessment): key questions A1, A2, A3. The JSON lines do not carry it: rate them under it with inspect -profile assessment (inspect -cases "},
		{own, `workbook: audit profile Safety audit (safety): key questions A2, P2. The JSON lines do not carry it: rate them under it with inspect -profile FILE, FILE holding {"id":"safety","name":"Safety audit","keyQuestions":["A2","P2"]} (inspect -cases `},
	} {
		out := filepath.Join(dir, "audit.xlsx")
		args := []string{"-o", out, "-cases", cases}
		if tc.profile != "" {
			args = append(args, "-profile", tc.profile)
		}
		code, _, stderr := runCmd(args...)
		require.Equal(t, 0, code, stderr)
		code, stdout, stderr := runCmd("-read", out)
		require.Equal(t, 0, code, stderr)
		assert.Equal(t, lines, stdout, tc.profile)
		if tc.note == "" {
			assert.Empty(t, stderr, tc.profile)
			continue
		}
		assert.True(t, strings.HasPrefix(stderr, tc.note), "%s: %s", tc.profile, stderr)
	}

	out := filepath.Join(dir, "audit.xlsx")
	code, _, stderr := runCmd("-o", out, "-cases", cases, "-profile", own)
	require.Equal(t, 0, code, stderr)
	cell := editCell(t, out, "Instructions", "Profile key questions", 1, "A2, P2, O2")
	code, stdout, stderr := runCmd("-read", out)
	assert.Equal(t, 2, code)
	assert.Empty(t, stdout)
	assert.Contains(t, stderr, `workbook: Instructions!`+cell+`: "A2, P2, O2": the profile's key question "O2" is not a key question`)
	var o, e bytes.Buffer
	assert.Equal(t, 2, report.Run([]string{"-cases", out}, strings.NewReader(""), &o, &e, false))
	assert.Empty(t, o.String())
	assert.Contains(t, e.String(), "Instructions!"+cell)
}

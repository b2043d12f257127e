package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/guidance"
	"github.com/yjinspect/yjinspect/internal/xlsx"
	"github.com/yjinspect/yjinspect/judgement"
)

// readBack writes the catalogue's workbook with outline -format xlsx and
// reads it back with internal/xlsx's reader.
func readBack(t *testing.T) *xlsx.File {
	name := filepath.Join(t.TempDir(), "framework.xlsx")
	var out, errb bytes.Buffer
	require.Equal(t, 0, run([]string{"-format", "xlsx", "-o", name}, &out, &errb), errb.String())
	assert.Empty(t, out.String())
	return readFile(t, name)
}

func readFile(t *testing.T, name string) *xlsx.File {
	b, err := os.ReadFile(name)
	require.NoError(t, err)
	file, err := xlsx.Read(bytes.NewReader(b), int64(len(b)))
	require.NoError(t, err)
	return file
}

// checkQuestions checks the Questions sheet row by row against the
// catalogue: one row a question, in source order, with its kind, text,
// guidance and summary rule.
func checkQuestions(t *testing.T, file *xlsx.File) {
	f := framework.DomainTwo()
	qs, ok := file.Sheet(sheetQuestions)
	require.True(t, ok)
	for c, col := range questionColumns {
		assert.Equal(t, col.head, qs.Text(0, c))
	}
	questions := f.Questions()
	require.Equal(t, len(questions)+1, qs.Rows(), "one row a question, after the header")
	rules := map[framework.ID]judgement.SummaryRule{}
	for _, r := range judgement.SummaryRules() {
		rules[r.Summary] = r
	}
	summaries := 0
	for i, q := range questions {
		row := i + 1
		g, _ := guidance.For(q.ID)
		assert.Equal(t, q.Section, qs.Text(row, 0), q.ID)
		assert.Equal(t, string(q.KeyQuestion), qs.Text(row, 2), q.ID)
		assert.Equal(t, string(q.ID), qs.Text(row, 3), "row %d", row+1)
		assert.Equal(t, q.Number, qs.Text(row, 4), q.ID)
		assert.Equal(t, q.Kind.Label(), qs.Text(row, 5), q.ID)
		assert.Equal(t, q.Answer.Label(), qs.Text(row, 7), q.ID)
		assert.Equal(t, q.Text, qs.Text(row, 8), q.ID)
		assert.Equal(t, g, qs.Text(row, 9), q.ID)
		if q.Kind != framework.Summary {
			assert.Empty(t, qs.Text(row, 10), q.ID)
			continue
		}
		summaries++
		if r, ok := rules[q.ID]; ok {
			assert.Equal(t, r.By.Label(), qs.Text(row, 10), q.ID)
			assert.Equal(t, r.Fact.Path()+" is false", qs.Text(row, 11), q.ID)
			assert.Equal(t, r.Source, qs.Text(row, 12), q.ID)
		} else {
			assert.Equal(t, "Inspector", qs.Text(row, 10), q.ID)
			assert.Empty(t, qs.Text(row, 12), q.ID)
		}
	}
	assert.Equal(t, 12, summaries)
	// Spot checks against the source, not the code under test.
	assert.Equal(t, "2.1 Assessment", qs.Text(1+indexOf(questions, "A1.1"), 1))
	assert.Equal(t, "A 3.11", qs.Text(1+indexOf(questions, "A3.11"), 4))
	assert.Equal(t, "No factors rule", qs.Text(1+indexOf(questions, "P2.S"), 10))
	assert.Equal(t, "", qs.Text(1+indexOf(questions, "A1.diversity"), 4), "no number is invented")
}

func indexOf(qs []framework.Question, id framework.ID) int {
	for i, q := range qs {
		if q.ID == id {
			return i
		}
	}
	return -1
}

func TestXLSX(t *testing.T) {
	file := readBack(t)
	var names []string
	for _, s := range file.Sheets {
		names = append(names, s.Name)
	}
	assert.Equal(t, []string{sheetQuestions, sheetKeyQuestions, sheetStandards, sheetKey, sheetAbout}, names)
	checkQuestions(t, file)

	f := framework.DomainTwo()
	ks, _ := file.Sheet(sheetKeyQuestions)
	kqs := f.KeyQuestions()
	require.Equal(t, len(kqs)+1, ks.Rows())
	for i, kq := range kqs {
		g, _ := guidance.For(kq.ID)
		assert.Equal(t, string(kq.ID), ks.Text(i+1, 1))
		assert.Equal(t, kq.Area.Label(), ks.Text(i+1, 3), kq.ID)
		assert.Equal(t, kq.Text, ks.Text(i+1, 5), kq.ID)
		assert.Equal(t, g, ks.Text(i+1, 6), kq.ID)
		assert.Equal(t, strconv.Itoa(len(kq.Questions)), ks.Text(i+1, 7), kq.ID)
		assert.Equal(t, string(kq.Summary), ks.Text(i+1, 8), kq.ID)
	}
	assert.Equal(t, "Keeping other people safe", ks.Text(3, 3), "A3")

	ss, _ := file.Sheet(sheetStandards)
	require.Equal(t, 5, ss.Rows())
	assert.Equal(t, []string{"2.3", "Implementation and delivery", "D1, D2, D3"}, []string{ss.Text(3, 0), ss.Text(3, 1), ss.Text(3, 2)})

	ky, _ := file.Sheet(sheetKey)
	assert.Equal(t, "Summary judgement", ky.Text(4, 0))

	ab, _ := file.Sheet(sheetAbout)
	assert.Equal(t, f.Version(), ab.Text(3, 1))
}

// TestXLSXSavedByLibreOffice: the workbook opens in LibreOffice, and saved
// again by it, reads back the same. Skipped where soffice is not
// installed, and with -short.
func TestXLSXSavedByLibreOffice(t *testing.T) {
	soffice, err := exec.LookPath("soffice")
	if err != nil || testing.Short() {
		t.Skip("needs soffice (LibreOffice), and not -short")
	}
	dir := t.TempDir()
	in := filepath.Join(dir, "framework.xlsx")
	var errb bytes.Buffer
	require.Equal(t, 0, run([]string{"-format", "xlsx", "-o", in}, &bytes.Buffer{}, &errb), errb.String())
	outDir := filepath.Join(dir, "saved")
	cmd := exec.Command(soffice, "--headless", "-env:UserInstallation=file://"+filepath.Join(dir, "profile"), "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", outDir, in)
	b, err := cmd.CombinedOutput()
	require.NoError(t, err, string(b))
	checkQuestions(t, readFile(t, filepath.Join(outDir, "framework.xlsx")))
}

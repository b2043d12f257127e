package workbook

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/yjinspect/yjinspect/classification"
	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/internal/xlsx"
	"github.com/yjinspect/yjinspect/judgement"
	"github.com/yjinspect/yjinspect/profile"
	"github.com/yjinspect/yjinspect/record"
	"github.com/yjinspect/yjinspect/sampling"
	"github.com/yjinspect/yjinspect/synthetic"
)

// libreOffice converts a file with LibreOffice (headless) to the format
// ("xlsx", "pdf") and returns the converted file's path. It skips the test
// when soffice is not on PATH, and fails it instead when CI=true (.ci/run
// installs LibreOffice).
func libreOffice(t *testing.T, in, format string) string {
	t.Helper()
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("soffice is not on PATH, and CI=true: .ci/run installs libreoffice-calc-nogui")
		}
		t.Skip("soffice is not on PATH (install LibreOffice to run this test)")
	}
	dir := t.TempDir()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	// A profile of its own, so that it runs beside any other LibreOffice.
	cmd := exec.CommandContext(ctx, soffice, "-env:UserInstallation=file://"+filepath.Join(dir, "profile"),
		"--headless", "--convert-to", format, "--outdir", dir, in)
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, "%s", out)
	got := filepath.Join(dir, trimExt(filepath.Base(in))+"."+format)
	_, err = os.Stat(got)
	require.NoError(t, err, "soffice wrote no file: %s", out)
	return got
}

func trimExt(name string) string { return name[:len(name)-len(filepath.Ext(name))] }

// TestLibreOffice: a workbook opened, recalculated and saved by LibreOffice
// reads back to the same records, and its summary, computed by
// LibreOffice's formulas, agrees with judgement.Judge on every key question
// of every case (synthetic cases, and cases where a rule decides, a case
// excluded, an undecided one and a value typed by hand).
func TestLibreOffice(t *testing.T) {
	ds, err := synthetic.Generate(synthetic.Config{Inspections: 2, Cases: 30, Seed: 7})
	require.NoError(t, err)
	cases := slices.Concat(ds.Inspections...)

	ruled := record.Case{ID: "rule-decides", Factors: record.Factors{ChildSafety: new(false), RiskOfHarm: new(true)},
		ReviewingRequired: record.Reviewing{Desistance: new(false)}}
	require.NoError(t, ruled.Answers.Set("P2.S", record.Value{Answer: record.No}))
	require.NoError(t, ruled.Answers.Set("P3.S", record.Value{Answer: record.NotApplicable}))
	excluded := record.Case{ID: "excluded", LookedAfter: record.HomeHost{HomeService: new(false), ResponsibleForAssessment: new(false)}}
	require.NoError(t, excluded.Answers.Set("I1.1", record.Value{Answer: record.Yes}))
	undecided := record.Case{ID: "undecided", Inspector: record.ScaleLevels{RiskOfSeriousHarm: classification.High}}
	byHand := record.Case{ID: "typed-by-hand"}
	require.NoError(t, byHand.Answers.Set("A1.S", record.Value{Answer: record.Yes}))
	require.NoError(t, byHand.Answers.Set("A2.S", record.Value{Answer: record.No}))
	byHand.Notes = record.Notes{Case: "  A note, spaced, with a line\nbreak and _x0041_.", Questions: map[framework.ID]string{"A1.S": "Evidence: plan, p. 3.", "I1.4": "=not a formula"}}
	cases = append(cases, ruled, excluded, undecided, byHand)
	hand := typed{len(cases) - 1: {"A1.S": "y", "A2.S": " no "}}

	var buf bytes.Buffer
	require.NoError(t, write(&buf, cases, Options{}, hand))
	in := filepath.Join(t.TempDir(), "audit.xlsx")
	require.NoError(t, os.WriteFile(in, buf.Bytes(), 0o644))
	saved := libreOffice(t, in, "xlsx")

	got, err := ReadFile(saved)
	require.NoError(t, err)
	if diff := cmp.Diff(cases, got); diff != "" {
		t.Errorf("read back after LibreOffice (-want +got):\n%s", diff)
	}

	b, err := os.ReadFile(saved)
	require.NoError(t, err)
	f, err := xlsx.Read(bytes.NewReader(b), int64(len(b)))
	require.NoError(t, err)
	sum, ok := f.Sheet(SheetSummary)
	require.True(t, ok)
	kqs := summaryKQs(profile.Profile{})
	counts := make([]map[string]int, len(kqs))
	for j := range counts {
		counts[j] = map[string]int{}
	}
	for i, c := range cases {
		row := sumFirst + i
		r := judgement.Judge(nil, c)
		wantExcl := ""
		if r.Exclusion.Outcome == sampling.Exclude {
			wantExcl = Excluded
		}
		assert.Equal(t, wantExcl, sum.Text(row, sumExclCol), "case %s: sample", c.ID)
		assert.Equal(t, c.ID, sum.Text(row, sumIDCol), "case %s: ID", c.ID)
		for j, kq := range kqs {
			want := Excluded
			if wantExcl == "" {
				want = Undecided
				if a := r.KeyResults[j].Answer; a != 0 {
					want = a.Label()
				}
				require.Equal(t, kq.ID, r.KeyResults[j].KeyQuestion())
			}
			if _, ok := hand[i][string(kq.Summary)]; ok && hand[i][string(kq.Summary)] == "y" {
				want = SeeTheTool // a value typed by hand that the formulas do not read
			}
			assert.Equal(t, want, sum.Text(row, sumFirstKQ+j), "case %s, %s", c.ID, kq.ID)
			counts[j][want]++
		}
	}
	// The counts under the cases.
	for k, v := range []string{record.Yes.Label(), record.No.Label(), record.NotApplicable.Label(), Undecided, Excluded, SeeTheTool} {
		row := sumFirst + len(cases) + 1 + k
		for j, kq := range kqs {
			assert.Equal(t, strconv.Itoa(counts[j][v]), sum.Text(row, sumFirstKQ+j), "count of %s, %s", v, kq.ID)
		}
	}
}

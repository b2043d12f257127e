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

// libreOffice converts files with LibreOffice (headless, in one run) to the
// format ("xlsx", "pdf") and returns the converted files' paths. It skips
// the test when soffice is not on PATH, and fails it instead when CI=true
// (.ci/run installs LibreOffice).
func libreOffice(t *testing.T, format string, in ...string) []string {
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
	cmd := exec.CommandContext(ctx, soffice, append([]string{"-env:UserInstallation=file://" + filepath.Join(dir, "profile"),
		"--headless", "--convert-to", format, "--outdir", dir}, in...)...)
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, "%s", out)
	var got []string
	for _, f := range in {
		path := filepath.Join(dir, trimExt(filepath.Base(f))+"."+format)
		_, err = os.Stat(path)
		require.NoError(t, err, "soffice wrote no file for %s: %s", f, out)
		got = append(got, path)
	}
	return got
}

func trimExt(name string) string { return name[:len(name)-len(filepath.Ext(name))] }

// TestLibreOffice: a workbook opened, recalculated and saved by LibreOffice
// reads back to the same records and the same audit profile, and its
// summary, computed by LibreOffice's formulas, agrees with judgement.Judge
// on every key question of every case (synthetic cases, and cases where a
// rule decides, a case excluded, an undecided one and a value typed by
// hand), for the whole framework and under a profile of a team's own.
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

	// Under a profile, the cases answer its key questions only.
	own, err := profile.Parse([]byte(`{"id": "safety-2026", "name": "Safety audit (A2, P2, R2) – 2026", "keyQuestions": ["A2", "P2", "R2"]}`))
	require.NoError(t, err)
	profiled := []record.Case{ruled, excluded, undecided, byHand}
	profiled[0].Answers = record.Answers{}
	require.NoError(t, profiled[0].Answers.Set("P2.S", record.Value{Answer: record.No}))
	profiled[3].Answers = record.Answers{}
	require.NoError(t, profiled[3].Answers.Set("A2.S", record.Value{Answer: record.Yes}))
	profiled[3].Notes.Questions = map[framework.ID]string{"A2.S": "Evidence: plan, p. 3."}

	dir := t.TempDir()
	books := []struct {
		name  string
		cases []record.Case
		opt   Options
		hand  typed
	}{
		{"whole.xlsx", cases, Options{}, typed{len(cases) - 1: {"A1.S": "y", "A2.S": " no "}}},
		{"profiled.xlsx", profiled, Options{Profile: own}, typed{3: {"A2.S": "y"}}},
	}
	var in []string
	for _, b := range books {
		var buf bytes.Buffer
		require.NoError(t, write(&buf, b.cases, b.opt, b.hand))
		in = append(in, filepath.Join(dir, b.name))
		require.NoError(t, os.WriteFile(in[len(in)-1], buf.Bytes(), 0o644))
	}
	saved := libreOffice(t, "xlsx", in...)
	for i, b := range books {
		t.Run(b.name, func(t *testing.T) {
			got, err := ReadAuditFile(saved[i])
			require.NoError(t, err)
			// The values typed by hand say what the records say.
			if diff := cmp.Diff(b.cases, got.Cases); diff != "" {
				t.Errorf("read back after LibreOffice (-want +got):\n%s", diff)
			}
			assert.True(t, b.opt.Profile.Equal(got.Profile), "profile: want %+v, got %+v", b.opt.Profile, got.Profile)
			checkSummary(t, saved[i], b.cases, b.hand, b.opt.Profile)
		})
	}
}

// checkSummary checks the summary sheet LibreOffice computed against
// judgement.Judge, case by case and in the counts under the cases.
func checkSummary(t *testing.T, saved string, cases []record.Case, hand typed, p profile.Profile) {
	t.Helper()
	b, err := os.ReadFile(saved)
	require.NoError(t, err)
	f, err := xlsx.Read(bytes.NewReader(b), int64(len(b)))
	require.NoError(t, err)
	sum, ok := f.Sheet(SheetSummary)
	require.True(t, ok)
	kqs := summaryKQs(p)
	require.NotEmpty(t, kqs)
	for j, kq := range kqs {
		require.Equal(t, string(kq.ID), sum.Text(sumHeader, sumFirstKQ+j))
	}
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
				k := slices.IndexFunc(r.KeyResults, func(k judgement.KeyResult) bool { return k.KeyQuestion() == kq.ID })
				require.GreaterOrEqual(t, k, 0, kq.ID)
				if a := r.KeyResults[k].Answer; a != 0 {
					want = a.Label()
				}
			}
			if hand[i][string(kq.Summary)] == "y" {
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

package report

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/judgement"
	"github.com/yjinspect/yjinspect/record"
	"github.com/yjinspect/yjinspect/sampling"
	"github.com/yjinspect/yjinspect/synthetic"
	"pgregory.net/rapid"
)

// TestSampleIsGenerated keeps the embedded sample equal to what the
// generator makes (go generate ./examples/internal/report rewrites it).
func TestSampleIsGenerated(t *testing.T) {
	d, err := synthetic.Generate(synthetic.Config{Inspections: 1, Cases: 60, Seed: 2024})
	require.NoError(t, err)
	var buf bytes.Buffer
	require.NoError(t, synthetic.WriteJSONLines(&buf, slices.Concat(d.Inspections...)))
	require.Equal(t, buf.String(), string(sample), "sample.jsonl is stale: run go generate ./examples/internal/report")
}

func runInspect(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errb, false)
	return code, out.String(), errb.String()
}

// writeFile writes content to a new file in a test directory.
func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	require.NoError(t, os.WriteFile(path, []byte(content), 0o644))
	return path
}

// synthFile writes a synthetic dataset as JSON lines and returns its path
// and cases.
func synthFile(t *testing.T, cfg synthetic.Config) (string, []record.Case) {
	t.Helper()
	d, err := synthetic.Generate(cfg)
	require.NoError(t, err)
	var buf bytes.Buffer
	require.NoError(t, synthetic.WriteJSONLines(&buf, slices.Concat(d.Inspections...)))
	return writeFile(t, "cases.jsonl", buf.String()), slices.Concat(d.Inspections...)
}

// rate is what judgement.Rate makes of the cases, for checking the report's
// figures by another route.
func rate(t *testing.T, cases []record.Case) judgement.Ratings {
	t.Helper()
	var results []judgement.Result
	for _, c := range cases {
		results = append(results, judgement.Judge(framework.DomainTwo(), c))
	}
	in, err := judgement.Rate(results, judgement.DefaultRatingRules())
	require.NoError(t, err)
	return in
}

// jsonReport is the part of the JSON form the tests read.
type jsonReport struct {
	Synthetic         bool     `json:"synthetic"`
	Records           int      `json:"records"`
	SyntheticRecords  int      `json:"syntheticRecords"`
	Pooled            bool     `json:"pooled"`
	InspectionsInFile []string `json:"inspectionsInFile"`
	Inspections       []struct {
		Inspection string   `json:"inspection"`
		PooledFrom []string `json:"pooledFrom"`
		Records    int      `json:"records"`
		Rated      int      `json:"rated"`
		Excluded   struct {
			Count int `json:"count"`
			First []struct {
				Case   string `json:"case"`
				Reason string `json:"reason"`
			} `json:"first"`
		} `json:"excluded"`
		KeyQuestions []struct {
			KeyQuestion framework.ID `json:"keyQuestion"`
			Yes         struct {
				Count   int      `json:"count"`
				Of      int      `json:"of"`
				Percent *float64 `json:"percent"`
				Text    string   `json:"text"`
			} `json:"yes"`
			NotApplicable int              `json:"notApplicable"`
			Rating        judgement.Rating `json:"rating"`
		} `json:"keyQuestions"`
		Standards []struct {
			Standard framework.ID     `json:"standard"`
			Rating   judgement.Rating `json:"rating"`
			Lowest   framework.ID     `json:"lowest"`
		} `json:"standards"`
		Classification []struct {
			Compared        int `json:"compared"`
			ConfusionMatrix struct {
				Rows    string    `json:"rows"`
				Columns string    `json:"columns"`
				Levels  []string  `json:"levels"`
				Counts  [4][4]int `json:"counts"`
			} `json:"confusionMatrix"`
			Kappa struct {
				Value *float64 `json:"value"`
			} `json:"kappa"`
			KappaNote string `json:"kappaNote"`
		} `json:"classification"`
		Findings struct {
			Errors          int `json:"errors"`
			CasesWithErrors int `json:"casesWithErrors"`
		} `json:"findings"`
	} `json:"inspections"`
	Cases []struct {
		Case       string              `json:"case"`
		Inspection string              `json:"inspection"`
		Exclusion  string              `json:"exclusion"`
		Summaries  map[string]string   `json:"summaries"`
		Errors     int                 `json:"errors"`
		Findings   []judgement.Finding `json:"findings"`
	} `json:"cases"`
}

func decodeReport(t *testing.T, out string) jsonReport {
	t.Helper()
	var rep jsonReport
	require.NoError(t, json.Unmarshal([]byte(out), &rep), out)
	return rep
}

// brief is an inspection's figures as Rate gives them, to compare with
// the report's.
type brief struct {
	Rated     int
	Excluded  int
	Yes, Of   []int
	Ratings   []judgement.Rating
	Standards []judgement.Rating
}

func briefOfRate(in judgement.Ratings) brief {
	b := brief{Rated: in.Cases, Excluded: len(in.Excluded)}
	for _, k := range in.KeyQuestions {
		b.Yes, b.Of, b.Ratings = append(b.Yes, k.Yes), append(b.Of, k.Counted), append(b.Ratings, k.Rating)
	}
	for _, s := range in.Standards {
		b.Standards = append(b.Standards, s.Rating)
	}
	return b
}

func briefOfReport(rep jsonReport, i int) brief {
	in := rep.Inspections[i]
	b := brief{Rated: in.Rated, Excluded: in.Excluded.Count}
	for _, k := range in.KeyQuestions {
		b.Yes, b.Of, b.Ratings = append(b.Yes, k.Yes.Count), append(b.Of, k.Yes.Of), append(b.Ratings, k.Rating)
	}
	for _, s := range in.Standards {
		b.Standards = append(b.Standards, s.Rating)
	}
	return b
}

func TestDefaultReport(t *testing.T) {
	code, out, errs := runInspect(t, "")
	assert.Equal(t, 1, code, "the sample holds two cases with error findings")
	assert.Empty(t, errs)
	for _, want := range []string{
		"SYNTHETIC DATA: every record is marked synthetic", "Cases: 60 records from the embedded SYNTHETIC sample",
		"Inspection: insp-01\n", "Rated 59 cases; 1 excluded; 2 with exclusion undetermined",
		"Standard 2.1 Assessment:", "Standard 2.4 Reviewing:", "  A1  ", "  R3  ", "█",
		// D2: 47 of 59 is 79.66%, Good: shown as 79.7%, never 80%.
		"79.7%   47 of 59   Good",
		"Domain two: 7 of 12 points", "Overall rating: not given",
		"High or Very high: inspector 32.2% (19 of 59)", "Cohen's kappa 0.80", "Most frequent safety concerns", "Most frequent assessment problems",
		"Excluded from the sample (by the I1.1 guidance): 1 case\n", "Exclusion undetermined (counted as in the sample until a person decides): 2 cases\n",
		"Findings: 2 errors in 2 cases, 10 warnings in 10 cases", "Error   Case excluded from the inspection sample (case-excluded): 1 finding in 1 case\n          Case: insp-01-case-034\n",
		"Error   RoSH lowered only for no access to victims (rosh-no-access-lowered): 1 finding in 1 case\n          Case: insp-01-case-005\n",
		"Cohen's kappa 0.80 (substantial agreement; observed 0.86, chance 0.31)", "Landis and Koch (1977)",
	} {
		assert.Contains(t, out, want)
	}
	for _, unwanted := range []string{"  80%", "80.0%   47", " 1 cases", "0 of 0", "undefined"} {
		assert.NotContains(t, out, unwanted)
	}
}

// TestThreeInspectionsRatedApart: a file of three inspections is rated as
// three, each as Rate rates its own cases; -inspection shows one; -pool
// rates them as one and says so.
func TestThreeInspectionsRatedApart(t *testing.T) {
	path, cases := synthFile(t, synthetic.Config{Inspections: 3, Cases: 240, Seed: 11})
	byInspection := map[string][]record.Case{}
	for _, c := range cases {
		byInspection[c.Inspection] = append(byInspection[c.Inspection], c)
	}
	require.Len(t, byInspection, 3)

	code, out, errs := runInspect(t, "", "-cases", path, "-errors-ok")
	require.Equal(t, 0, code, errs)
	assert.Contains(t, out, "3 inspections, rated apart")
	for _, name := range []string{"insp-01", "insp-02", "insp-03"} {
		in := rate(t, byInspection[name])
		line := fmt.Sprintf("%-10s %8d %8d", name, len(byInspection[name]), in.Cases)
		for _, s := range in.Standards {
			line += fmt.Sprintf("  %-20s", s.Rating.Label())
		}
		assert.Contains(t, out, line)
	}
	assert.NotContains(t, out, "Standard 2.1 Assessment:", "no detail unless asked")

	code, out, _ = runInspect(t, "", "-cases", path, "-format", "json", "-errors-ok")
	require.Equal(t, 0, code)
	rep := decodeReport(t, out)
	require.Len(t, rep.Inspections, 3)
	assert.False(t, rep.Pooled)
	assert.Equal(t, []string{"insp-01", "insp-02", "insp-03"}, rep.InspectionsInFile)
	for i, in := range rep.Inspections {
		if diff := cmp.Diff(briefOfRate(rate(t, byInspection[in.Inspection])), briefOfReport(rep, i)); diff != "" {
			t.Errorf("%s (-Rate +report):\n%s", in.Inspection, diff)
		}
	}
	assert.Len(t, rep.Cases, 240, "every case, with its findings")

	code, out, _ = runInspect(t, "", "-cases", path, "-format", "csv", "-errors-ok")
	require.Equal(t, 0, code)
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	require.NoError(t, err)
	ratings := map[string]string{}
	for _, r := range rows[1:] {
		if r[2] == "standard" && r[3] == "2.1" && r[4] == "rating" {
			ratings[r[0]] = r[8]
		}
	}
	for name, cs := range byInspection {
		s := rate(t, cs).Standards[0] // 2.1
		require.Equal(t, framework.ID("2.1"), s.Standard)
		assert.Equal(t, token(s.Rating), ratings[name], name)
	}

	code, out, _ = runInspect(t, "", "-cases", path, "-inspection", "insp-02", "-errors-ok")
	require.Equal(t, 0, code)
	assert.Contains(t, out, "Inspection: insp-02\n")
	assert.Contains(t, out, "(one of 3 inspections in the file, as asked with -inspection)")
	assert.Contains(t, out, "Standard 2.1 Assessment:")
	code, out, _ = runInspect(t, "", "-cases", path, "-inspection", "insp-02", "-format", "json", "-errors-ok")
	require.Equal(t, 0, code)
	rep = decodeReport(t, out)
	require.Len(t, rep.Inspections, 1)
	assert.Equal(t, briefOfRate(rate(t, byInspection["insp-02"])), briefOfReport(rep, 0))
	assert.Len(t, rep.Cases, len(byInspection["insp-02"]))

	code, out, _ = runInspect(t, "", "-cases", path, "-pool", "-errors-ok")
	require.Equal(t, 0, code)
	assert.Contains(t, out, "POOLED, as asked with -pool: 3 inspections rated as one (insp-01, insp-02, insp-03)")
	code, out, _ = runInspect(t, "", "-cases", path, "-pool", "-format", "json", "-errors-ok")
	require.Equal(t, 0, code)
	rep = decodeReport(t, out)
	assert.True(t, rep.Pooled)
	require.Len(t, rep.Inspections, 1)
	assert.Equal(t, []string{"insp-01", "insp-02", "insp-03"}, rep.Inspections[0].PooledFrom)
	assert.Equal(t, briefOfRate(rate(t, cases)), briefOfReport(rep, 0))

	code, _, errs = runInspect(t, "", "-cases", path, "-inspection", "insp-09")
	assert.Equal(t, 2, code)
	assert.Contains(t, errs, `no records of inspection "insp-09"; the records name "insp-01", "insp-02", "insp-03"`)
}

// TestSyntheticLabel: records marked synthetic make every form say so;
// others do not.
func TestSyntheticLabel(t *testing.T) {
	real := `{"id":"a","inspection":"x","answers":{"I1.1":"no"}}` + "\n"
	made := `{"id":"b","inspection":"x","synthetic":true,"answers":{"I1.1":"no"}}` + "\n"
	tests := []struct {
		name, records, banner string
		synthetic             bool
	}{
		{"none", real, "", false},
		{"all", made, "SYNTHETIC DATA: every record is marked synthetic", true},
		{"some", real + made, "SYNTHETIC DATA: 1 of 2 records are marked synthetic", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := writeFile(t, "cases.jsonl", tt.records)
			_, out, _ := runInspect(t, "", "-cases", path)
			if tt.banner == "" {
				assert.NotContains(t, out, "SYNTHETIC")
			} else {
				assert.True(t, strings.HasPrefix(out, tt.banner), out)
			}
			_, out, _ = runInspect(t, "", "-cases", path, "-format", "json")
			assert.Equal(t, tt.synthetic, decodeReport(t, out).Synthetic)
			_, out, _ = runInspect(t, "", "-cases", path, "-format", "csv")
			rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
			require.NoError(t, err)
			require.Equal(t, "synthetic", rows[0][1])
			for _, r := range rows[1:] {
				assert.Equal(t, fmt.Sprint(tt.synthetic), r[1], r)
			}
		})
	}
}

func TestPercentText(t *testing.T) {
	bands := []int{5000, 6500, 8000}
	tests := []struct {
		count, of int
		want      string
	}{
		{47, 59, "79.7%"},          // 79.66%: Good, and one decimal keeps it under 80
		{159, 200, "79.5%"},        // exactly 79.5%
		{7999, 10000, "79.99%"},    // one decimal would read 80.0%
		{79996, 100000, "79.996%"}, // two decimals would read 80.00%
		{6499, 10000, "64.99%"},    // not 65.0%
		{49999, 100000, "49.999%"},
		{4, 5, "80.0%"},
		{13, 20, "65.0%"},
		{1, 2, "50.0%"},
		{1, 3, "33.3%"},
		{2, 3, "66.7%"},
		{0, 5, "0.0%"},
		{5, 5, "100.0%"},
		{1, 30000, "0.003%"},      // not 0.0%: some cases are Yes
		{29999, 30000, "99.997%"}, // not 100.0%: not all
		{1, 100000000, "0.000001%"},
		{99999999, 100000000, "99.999999%"},
		{1, 1000000000, "0.000000%"}, // cut toward its true side after six decimals: never 100, never above an edge
		{0, 0, "-"},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%d of %d", tt.count, tt.of), func(t *testing.T) {
			assert.Equal(t, tt.want, percentText(tt.count, tt.of, bands))
		})
	}
	assert.Equal(t, "80.0%", percentText(7999, 10000, nil), "no bands, no edge at 80%")
}

// TestPercentTextNeverCrosses: whatever the figures, the text is on the
// same side of every band edge as the exact fraction, shows 0 and 100 only
// when exact, and is within a rounding of the truth.
func TestPercentTextNeverCrosses(t *testing.T) {
	bands := []int{5000, 6500, 8000}
	rapid.Check(t, func(t *rapid.T) {
		of := rapid.IntRange(1, 10_000_000).Draw(t, "of")
		count := rapid.IntRange(0, of).Draw(t, "count")
		if rapid.Bool().Draw(t, "near an edge") {
			// Just either side of an edge, 0 or 100%.
			e := rapid.SampledFrom([]int{0, 5000, 6500, 8000, 10000}).Draw(t, "edge")
			count = max(0, min(of, int(int64(of)*int64(e)/10000)+rapid.IntRange(-2, 2).Draw(t, "delta")))
		}
		text := percentText(count, of, bands)
		shown, err := new(big.Rat).SetString(strings.TrimSuffix(text, "%"))
		if !err {
			t.Fatalf("%q is not a number", text)
		}
		exact := big.NewRat(int64(100*count), int64(of))
		for _, e := range bands {
			edge := big.NewRat(int64(e), 100)
			if (exact.Cmp(edge) >= 0) != (shown.Cmp(edge) >= 0) {
				t.Fatalf("%d of %d shown as %s, across the edge at %s%%", count, of, text, edge.FloatString(2))
			}
		}
		if (shown.Sign() == 0) != (count == 0) || (shown.Cmp(big.NewRat(100, 1)) == 0) != (count == of) {
			t.Fatalf("%d of %d shown as %s", count, of, text)
		}
		diff := new(big.Rat).Sub(shown, exact)
		if diff.Abs(diff).Cmp(big.NewRat(1, 20)) > 0 {
			t.Fatalf("%d of %d shown as %s, more than 0.05 off", count, of, text)
		}
	})
}

func TestPlural(t *testing.T) {
	assert.Equal(t, "0 cases", plural(0, "case", "cases"))
	assert.Equal(t, "1 case", plural(1, "case", "cases"))
	assert.Equal(t, "2 cases", plural(2, "case", "cases"))
}

func TestBar(t *testing.T) {
	assert.Equal(t, "", bar(0, 0, 10))
	assert.Equal(t, "░░░░░░░░░░", bar(0, 5, 10))
	assert.Equal(t, "███████░░░", bar(79, 100, 10), "never fuller than its figure")
	assert.Equal(t, "██████████", bar(5, 5, 10))
}

// TestEdgeCases: no "0 of 0" bar, the kappa note once, "1 case".
func TestEdgeCases(t *testing.T) {
	// One case; A1..R3 undecided except A1; both scales the same level by
	// both: the kappas are undefined.
	one := `{"id":"only","answers":{"I1.1":"no","A1.S":"yes","A2.5":"low","A3.4":"low"},"inspector":{"safetyAndWellbeing":"low","riskOfSeriousHarm":"low"}}`
	code, out, _ := runInspect(t, one, "-cases", "-")
	assert.Equal(t, 0, code, "undecided summaries are warnings: the library's completeness check")
	assert.Contains(t, out, "Rated 1 case;")
	assert.Contains(t, out, "no case judged Yes or No  (1 undecided)")
	assert.NotContains(t, out, "0 of 0")
	assert.NotContains(t, out, "1 cases")
	for _, scale := range strings.Split(out, "  Risk of serious harm\n") {
		assert.Equal(t, 1, strings.Count(scale, "chance agreement is 1"), "the note once for each scale")
	}
	assert.Contains(t, out, "Cohen's kappa undefined; weighted: linear undefined, quadratic undefined")
}

func TestLongListsCapped(t *testing.T) {
	var b strings.Builder
	for i := range 25 {
		// Looked after, not the home service, not responsible: excluded.
		fmt.Fprintf(&b, `{"id":"x%02d","answers":{"I1.1":"yes"},"lookedAfter":{"homeService":false,"responsibleForAssessment":false}}`+"\n", i)
	}
	b.WriteString(`{"id":"kept","answers":{"I1.1":"no"}}` + "\n")
	path := writeFile(t, "cases.jsonl", b.String())
	_, out, _ := runInspect(t, "", "-cases", path)
	assert.Contains(t, out, "Excluded from the sample (by the I1.1 guidance): 25 cases\n")
	assert.Contains(t, out, "  x09: ")
	assert.NotContains(t, out, "  x10: ")
	assert.Contains(t, out, "  ... and 15 more: use -case ID for one case in full, or -format json for every case\n")
	assert.Contains(t, out, "  A1: 1 case: kept\n")

	_, out, _ = runInspect(t, "", "-cases", path, "-format", "json")
	rep := decodeReport(t, out)
	require.Len(t, rep.Inspections, 1)
	assert.Equal(t, 25, rep.Inspections[0].Excluded.Count)
	assert.Len(t, rep.Inspections[0].Excluded.First, 10)
	excluded := 0
	for _, c := range rep.Cases {
		if c.Exclusion == "exclude" {
			excluded++
		}
	}
	assert.Equal(t, 25, excluded, "the JSON form lists every case")
}

func TestJSONIsComplete(t *testing.T) {
	code, out, _ := runInspect(t, "", "-format", "json", "-errors-ok")
	require.Equal(t, 0, code)
	rep := decodeReport(t, out)
	assert.True(t, rep.Synthetic)
	assert.Equal(t, 60, rep.Records)
	assert.Equal(t, 60, rep.SyntheticRecords)
	require.Len(t, rep.Inspections, 1)
	in := rep.Inspections[0]
	assert.Equal(t, 60, in.Rated+in.Excluded.Count, "every case rated or excluded")
	require.Len(t, in.Standards, 4)
	for _, s := range in.Standards {
		assert.NotZero(t, s.Rating)
	}
	d2 := in.KeyQuestions[7]
	assert.Equal(t, framework.ID("D2"), d2.KeyQuestion)
	assert.Equal(t, 47, d2.Yes.Count)
	assert.Equal(t, 59, d2.Yes.Of)
	assert.InDelta(t, 79.661, *d2.Yes.Percent, 0.001)
	assert.Equal(t, "79.7%", d2.Yes.Text)
	require.Len(t, in.Classification, 2)
	m := in.Classification[0].ConfusionMatrix
	assert.Equal(t, "caseManager", m.Rows)
	assert.Equal(t, "inspector", m.Columns)
	assert.Len(t, m.Levels, 4)
	total := 0
	for _, row := range m.Counts {
		for _, n := range row {
			total += n
		}
	}
	assert.Equal(t, in.Classification[0].Compared, total)
	require.Len(t, rep.Cases, 60)
	withFindings := 0
	for _, c := range rep.Cases {
		want := 12
		if c.Case == "insp-01-case-034" {
			want = 0 // excluded from the sample: nothing of it is judged
		}
		assert.Len(t, c.Summaries, want, c.Case)
		withFindings += len(c.Findings)
	}
	assert.Equal(t, 12, withFindings, "the two errors and ten warnings, each with its case")
}

func TestCSVIsComplete(t *testing.T) {
	code, out, _ := runInspect(t, "", "-format", "csv", "-errors-ok")
	require.Equal(t, 0, code)
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	require.NoError(t, err)
	assert.Equal(t, csvHeader, rows[0])
	sections := map[string]int{}
	find := func(section, item, measure string) []string {
		for _, r := range rows[1:] {
			if r[2] == section && r[3] == item && r[4] == measure {
				return r
			}
		}
		return nil
	}
	for _, r := range rows[1:] {
		assert.Len(t, r, len(csvHeader))
		sections[r[2]]++
	}
	for _, s := range []string{"report", "cases", "key-question", "standard", "domain-two", "overall", "classification", "inspector-levels", "case-manager-levels", "confusion-matrix", "concern", "deficit", "findings", "finding"} {
		assert.NotZero(t, sections[s], s)
	}
	assert.Equal(t, 32, sections["confusion-matrix"], "4 × 4 cells, two scales")
	d2 := find("key-question", "D2", "yes")
	require.NotNil(t, d2)
	assert.Equal(t, []string{"insp-01", "true", "key-question", "D2", "yes", "47", "59"}, d2[:7])
	assert.True(t, strings.HasPrefix(d2[7], "79.66"), d2[7])
	assert.Contains(t, d2[9], "shown as 79.7%")
	agree := find("classification", "safety-and-wellbeing", "agree")
	require.NotNil(t, agree)
	assert.Equal(t, []string{"51", "59"}, agree[5:7])
	f := find("finding", "exclusion-undetermined", "cases")
	require.NotNil(t, f)
	assert.Equal(t, "2", f[5])
	assert.Equal(t, "warning", f[8])
}

func TestOneCase(t *testing.T) {
	code, out, errs := runInspect(t, "", "-case", "insp-01-case-001")
	assert.Contains(t, []int{0, 1}, code, errs)
	for _, want := range []string{"SYNTHETIC DATA: a made-up case", "Case insp-01-case-001", "Inspection: insp-01", "Summary judgements", "A1.S", "Classification",
		"In the inspection sample? (I1.1 Has the child been a Looked after Child at any time during the sentence being inspected? No): yes, in the sample.", "Findings",
		"Questions of the standards answered No, with their guidance"} {
		assert.Contains(t, out, want)
	}
	_, noList, _ := strings.Cut(out, "Questions of the standards answered No")
	assert.NotContains(t, noList, "I1.", "questions about the child are not judgements")

	code, out, _ = runInspect(t, "", "-case", "insp-01-case-001", "-format", "json")
	assert.Contains(t, []int{0, 1}, code)
	var one struct {
		Synthetic  bool   `json:"synthetic"`
		Inspection string `json:"inspection"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &one))
	assert.True(t, one.Synthetic)
	assert.Equal(t, "insp-01", one.Inspection)
	code, _, errs = runInspect(t, "", "-case", "nope")
	assert.Equal(t, 2, code)
	assert.Contains(t, errs, `no case with id "nope"`)
}

func TestOneCaseShowsNotes(t *testing.T) {
	file := writeFile(t, "cases.jsonl", `{"id":"a","answers":{"I1.1":"no","A1.S":"no"},"notes":{"case":"whole\nsecond line","questions":{"A1.S":"evidence \u001b[2J here"}}}`+"\n")
	_, out, errs := runInspect(t, "", "-cases", file, "-case", "a", "-errors-ok")
	assert.Contains(t, out, "Notes (the reviewer's: personal data)\n  On the case:\n    whole\n    second line\n  A1.S:\n    evidence \\x1b[2J here\n", errs)
	assert.NotContains(t, out, "\x1b", "a note cannot move the terminal's cursor")

	file = writeFile(t, "cases.jsonl", `{"id":"a","answers":{"I1.1":"no"}}`+"\n")
	_, out, _ = runInspect(t, "", "-cases", file, "-case", "a", "-errors-ok")
	assert.Contains(t, out, "Notes (the reviewer's: personal data)\n  none\n")
}

func TestExitStatus(t *testing.T) {
	withErrors := writeFile(t, "cases.jsonl", `{"id":"a","answers":{"I1.1":"no","A1.S":"yes"}}`+"\n"+`{"id":"b","answers":{"I1.1":"no"}}`+"\n")
	tests := []struct {
		name  string
		args  []string
		stdin string
		code  int
		out   string
	}{
		{"sample: two cases with error findings", nil, "", 1, "Inspection report"},
		{"sample, errors ok", []string{"-errors-ok"}, "", 0, "Inspection report"},
		{"cases with error findings", []string{"-cases", withErrors}, "", 1, "Undecided summary judgements"},
		{"errors ok", []string{"-cases", withErrors, "-errors-ok"}, "", 0, "Undecided summary judgements"},
		{"errors ok, json", []string{"-cases", withErrors, "-errors-ok", "-format", "json"}, "", 0, `"casesWithErrors": 2`},
		{"one case with errors", []string{"-cases", withErrors, "-case", "b"}, "", 1, "Case b"},
		{"one case, errors ok", []string{"-cases", withErrors, "-case", "b", "-errors-ok"}, "", 0, "Case b"},
		{"stdin", []string{"-cases", "-"}, `{"id":"b","answers":{"I1.1":"no"}}`, 1, "Rated 1 case"},
		{"array", []string{"-cases", "-"}, `[{"id":"a","answers":{"I1.1":"no"}},{"id":"b","answers":{"I1.1":"no"}}]`, 1, "Rated 2 cases"},
		{"help", []string{"-h"}, "", 0, "Exit status:\n  0  the report was printed"},
		{"help, long", []string{"-help"}, "", 0, "-errors-ok"},
		{"version", []string{"-version"}, "", 0, "catalogue: HM Inspectorate of Probation"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := runInspect(t, tt.stdin, tt.args...)
			assert.Equal(t, tt.code, code, errs)
			assert.Contains(t, out, tt.out)
			assert.Empty(t, errs)
		})
	}
}

func TestByteOrderMark(t *testing.T) {
	bom := "\xEF\xBB\xBF"
	path := writeFile(t, "excel.jsonl", bom+`{"id":"a","answers":{"I1.1":"no"}}`+"\r\n"+bom+`{"id":"b","answers":{"I1.1":"no"}}`+"\r\n")
	code, out, errs := runInspect(t, "", "-cases", path, "-errors-ok")
	assert.Equal(t, 0, code, errs)
	assert.Contains(t, out, "Rated 2 cases")
}

func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.jsonl")
	require.NoError(t, os.WriteFile(bad, []byte("{\"id\":\"a\"}\n{\"id\":\"b\",\"answers\":{\"A1.1\":\"maybe\"}}\n"), 0o644))
	truncated := filepath.Join(dir, "truncated.jsonl")
	require.NoError(t, os.WriteFile(truncated, []byte("{\"id\":\"a\"}\n{\"id\":\"cut-short\",\"answers\":{\"A1.1\":\"ye"), 0o644))
	huge := filepath.Join(dir, "huge.jsonl")
	require.NoError(t, os.WriteFile(huge, []byte(`{"id":"big","answers":{"I1.4":"`+strings.Repeat("x", record.MaxCaseSize)+`"}}`), 0o644))
	tests := []struct {
		name  string
		args  []string
		stdin string
		want  string
	}{
		{"bad record names file, line and case", []string{"-cases", bad}, "", bad + `: record: line 2: case "b": answers[A1.1]: bad value "maybe"`},
		{"truncated record names its case", []string{"-cases", truncated}, "", truncated + `: record: line 2: case "cut-short": truncated JSON`},
		{"over-size record names its case", []string{"-cases", huge}, "", `record: line 1: case "big": the record is over the size limit`},
		{"missing file", []string{"-cases", filepath.Join(dir, "none.jsonl")}, "", "no such file"},
		{"empty input", []string{"-cases", "-"}, "", "no case records"},
		{"bad format", []string{"-format", "xml"}, "", `unknown -format "xml"`},
		{"bad flag", []string{"-nope"}, "", "usage: inspect"},
		{"stray argument", []string{"extra"}, "", `unexpected argument "extra"`},
		{"csv for one case", []string{"-case", "insp-01-case-001", "-format", "csv"}, "", "not csv"},
		{"pool and one inspection", []string{"-pool", "-inspection", "insp-01"}, "", "do not go together"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := runInspect(t, tt.stdin, tt.args...)
			assert.Equal(t, 2, code)
			assert.Contains(t, errs, tt.want)
			assert.Empty(t, out)
		})
	}
}

func TestProgressOnlyOnATerminal(t *testing.T) {
	path, _ := synthFile(t, synthetic.Config{Inspections: 2, Cases: 900, Seed: 3})
	st, err := os.Stat(path)
	require.NoError(t, err)
	require.Greater(t, st.Size(), int64(1<<20))

	var out, errb bytes.Buffer
	run([]string{"-cases", path}, nil, &out, &errb, true)
	assert.Contains(t, errb.String(), "reading cases")
	assert.Contains(t, errb.String(), "100%")

	out.Reset()
	errb.Reset()
	run([]string{"-cases", path}, nil, &out, &errb, false)
	assert.NotContains(t, errb.String(), "reading cases")
}

// TestExcludedCaseBlamesNothing: the case excluded from the sample shows
// its exclusion, and nothing judged of the service's work: no summaries, no
// classification verdicts, no questions answered No.
func TestExcludedCaseBlamesNothing(t *testing.T) {
	code, out, _ := runInspect(t, "", "-case", "insp-01-case-034")
	require.Equal(t, 1, code, "case-excluded is an error: the case must not be in the sample")
	assert.Contains(t, out, "not judged: the case is excluded from the inspection sample")
	assert.Contains(t, out, "not checked (excluded)")
	assert.Contains(t, out, "case-excluded")
	assert.NotContains(t, out, "answered No")
	assert.NotContains(t, out, "Warning")
}

// TestReportIsTheSameOnAnyNumberOfCores: with one core or two, the same
// report, byte for byte, in every form, over several inspections with
// excluded, undetermined and error-free cases.
func TestReportIsTheSameOnAnyNumberOfCores(t *testing.T) {
	path, cases := synthFile(t, synthetic.Config{Inspections: 7, Cases: 3000, Seed: 11})
	var excluded, undetermined, clean int
	for _, c := range cases {
		r := judgement.Judge(framework.DomainTwo(), c)
		switch r.Exclusion.Outcome {
		case sampling.Exclude:
			excluded++
		case sampling.Undetermined:
			undetermined++
		}
		if len(r.Findings) == 0 {
			clean++
		}
	}
	require.Positive(t, excluded, "excluded cases")
	require.Positive(t, undetermined, "undetermined cases")
	require.Positive(t, clean, "cases without findings")
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	for _, args := range [][]string{{}, {"-format", "json"}, {"-format", "csv"}, {"-format", "html"}, {"-pool"}, {"-inspection", "insp-03"}} {
		args = append([]string{"-cases", path}, args...)
		runtime.GOMAXPROCS(1)
		code1, out1, err1 := runInspect(t, "", args...)
		require.NotEqual(t, 2, code1, "%v: %s", args, err1)
		for _, procs := range []int{2, 4} {
			runtime.GOMAXPROCS(procs)
			code, out, errOut := runInspect(t, "", args...)
			require.Equal(t, code1, code, "%v", args)
			require.Equal(t, err1, errOut, "%v", args)
			require.True(t, out1 == out, "%v: the report on %d cores differs from one core's", args, procs)
		}
	}
}

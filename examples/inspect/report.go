package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/yjinspect/yjinspect/classification"
	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/guidance"
	"github.com/yjinspect/yjinspect/judgement"
	"github.com/yjinspect/yjinspect/sampling"
)

// report is everything the report shows, in the shape of its JSON form.
type report struct {
	Source       string                        `json:"source"`
	Synthetic    bool                          `json:"synthetic"`
	Catalogue    string                        `json:"catalogue"`
	Inspection   judgement.Ratings             `json:"inspection"`
	Scales       []scaleReport                 `json:"classification"`
	Concerns     []classification.ConcernCount `json:"concerns"`
	Deficits     []classification.DeficitCount `json:"deficits"`
	Findings     map[string]int                `json:"findings"`
	Errors       int                           `json:"errors"`
	Warnings     int                           `json:"warnings"`
	Undecided    map[framework.ID][]string     `json:"undecided,omitempty"`
	ExcludedWhy  map[string]string             `json:"excludedWhy,omitempty"`
	keyQuestions map[framework.ID]framework.KeyQuestion
}

type scaleReport struct {
	Scale     classification.Scale     `json:"scale"`
	Agreement classification.Agreement `json:"agreement"`
}

func buildReport(source string, synthetic bool, cases []judgement.Case, results []judgement.Result) (*report, error) {
	in, err := judgement.Rate(results, judgement.DefaultRatingRules())
	if err != nil {
		return nil, err
	}
	f := framework.DomainTwo()
	rep := &report{
		Source: source, Synthetic: synthetic, Catalogue: f.Version(), Inspection: in,
		Findings: map[string]int{}, Undecided: map[framework.ID][]string{}, ExcludedWhy: map[string]string{},
		keyQuestions: map[framework.ID]framework.KeyQuestion{},
	}
	for _, kq := range f.KeyQuestions() {
		rep.keyQuestions[kq.ID] = kq
	}
	excluded := map[string]bool{}
	for _, r := range results {
		if r.Exclusion.Outcome == sampling.Exclude {
			excluded[r.Case] = true
			rep.ExcludedWhy[r.Case] = r.Exclusion.Reason
		}
		for _, fd := range r.Findings {
			rep.Findings[string(fd.Code)]++
			if fd.Severity == classification.Error {
				rep.Errors++
			} else {
				rep.Warnings++
			}
		}
	}
	for _, t := range in.KeyQuestions {
		if len(t.Undecided) > 0 {
			rep.Undecided[t.KeyQuestion] = t.Undecided
		}
	}
	var sw, rosh []classification.Pair
	var tagged []classification.Tagged
	for i, r := range results {
		if excluded[r.Case] {
			continue
		}
		sw = append(sw, classification.Pair{CaseManager: r.CaseManager.SafetyAndWellbeing, Inspector: r.Inspector.SafetyAndWellbeing})
		rosh = append(rosh, classification.Pair{CaseManager: r.CaseManager.RiskOfSeriousHarm, Inspector: r.Inspector.RiskOfSeriousHarm})
		tagged = append(tagged, classification.Tagged{Level: r.Inspector.SafetyAndWellbeing, Concerns: cases[i].Concerns, Deficits: cases[i].Deficits})
	}
	rep.Scales = []scaleReport{
		{classification.SafetyAndWellbeing, classification.Agree(sw)},
		{classification.RiskOfSeriousHarm, classification.Agree(rosh)},
	}
	freq := classification.CountTags(tagged)
	rep.Concerns, rep.Deficits = freq.RankedConcerns(), freq.RankedDeficits()
	return rep, nil
}

func pct(x float64) string { return fmt.Sprintf("%.0f%%", 100*x) }

func kappaText(k classification.Kappa) string {
	if !k.Defined {
		return "undefined (" + k.Note + ")"
	}
	return fmt.Sprintf("%.2f", k.Value)
}

func (rep *report) writeText(w io.Writer) error {
	var b strings.Builder
	p := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	if rep.Synthetic {
		p("SYNTHETIC DATA: these cases were made up by a generator; no real child or inspection.\n\n")
	}
	p("Inspection report: domain two (court disposals)\n")
	p("Cases: %s\n", rep.Source)
	p("Catalogue: %s\n", rep.Catalogue)
	in := rep.Inspection
	p("Rated %d cases; %d excluded; %d with exclusion undetermined.\n", in.Cases, len(in.Excluded), len(in.ExclusionUndetermined))
	p("Ratings follow the inspectorate's published bands (not in the CARaG): a standard takes the rating of its lowest key question.\n\n")

	for _, s := range in.Standards {
		lowest := ""
		if s.Lowest != "" {
			lowest = " (lowest: " + string(s.Lowest) + ")"
		}
		p("Standard %s %s: %s%s\n", s.Standard, s.Name, s.Rating.Label(), lowest)
		for _, t := range in.KeyQuestions {
			if t.Standard != s.Standard {
				continue
			}
			text := rep.keyQuestions[t.KeyQuestion].Text
			if len([]rune(text)) > 60 {
				text = string([]rune(text)[:59]) + "…"
			}
			p("  %-3s %-60s %s %4.0f%%  %3d of %-3d  %v\n", t.KeyQuestion, text, bar(percent(t), 20), percent(t), t.Yes, t.Counted, t.Rating.Label())
		}
		p("\n")
	}

	p("Classification (inspector against case manager)\n")
	for _, s := range rep.Scales {
		a := s.Agreement
		p("  %s\n", s.Scale.Label())
		p("    High or Very high: inspector %s, case manager %s\n", pct(a.Inspector.ShareHighOrVeryHigh()), pct(a.CaseManager.ShareHighOrVeryHigh()))
		p("    Compared %d cases: agree %s, case manager lower (under) %s, higher (over) %s\n", a.Compared, pct(a.AgreeShare), pct(a.UnderShare), pct(a.OverShare))
		p("    Cohen's kappa %s (observed %.2f, chance %.2f); weighted: linear %s, quadratic %s\n",
			kappaText(a.Kappa), a.Kappa.Observed, a.Kappa.Chance, kappaText(a.LinearKappa), kappaText(a.QuadraticKappa))
	}
	p("\n")

	p("Most frequent safety concerns (the research bulletin's list): cases, share\n")
	for i, c := range rep.Concerns {
		if i == 5 || c.Count == 0 {
			break
		}
		p("  %2d. %4d %4s  %s\n", i+1, c.Count, pct(c.Share), c.Concern.Label())
	}
	p("Most frequent assessment problems (the bulletin's list): cases, share\n")
	for i, d := range rep.Deficits {
		if i == 5 || d.Count == 0 {
			break
		}
		p("  %2d. %4d %4s  %s\n", i+1, d.Count, pct(d.Share), d.Deficit.Label())
	}
	p("\n")

	if len(in.Excluded) > 0 {
		p("Excluded from the sample\n")
		for _, id := range in.Excluded {
			p("  %s: %s\n", id, rep.ExcludedWhy[id])
		}
	}
	if len(in.ExclusionUndetermined) > 0 {
		p("Exclusion undetermined (a person must decide; counted meanwhile)\n  %s\n", strings.Join(in.ExclusionUndetermined, ", "))
	}
	if len(rep.Undecided) > 0 {
		p("Undecided summary judgements (not counted)\n")
		for _, t := range in.KeyQuestions {
			if ids := rep.Undecided[t.KeyQuestion]; len(ids) > 0 {
				p("  %s: %s\n", t.KeyQuestion, strings.Join(ids, ", "))
			}
		}
	}
	p("Findings: %d errors, %d warnings", rep.Errors, rep.Warnings)
	if len(rep.Findings) > 0 {
		codes := make([]string, 0, len(rep.Findings))
		for c := range rep.Findings {
			codes = append(codes, c)
		}
		sort.Strings(codes)
		var parts []string
		for _, c := range codes {
			parts = append(parts, fmt.Sprintf("%s %d", c, rep.Findings[c]))
		}
		p(" (%s)", strings.Join(parts, ", "))
	}
	p("\nUse -case ID to see one case in full.\n")
	_, err := io.WriteString(w, b.String())
	return err
}

func (rep *report) writeJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(rep)
}

func (rep *report) writeCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	rows := [][]string{{"standard", "standard_name", "standard_rating", "key_question", "counted", "yes", "percent_yes", "key_question_band", "not_applicable", "undecided", "synthetic"}}
	for _, s := range rep.Inspection.Standards {
		for _, t := range rep.Inspection.KeyQuestions {
			if t.Standard != s.Standard {
				continue
			}
			rows = append(rows, []string{string(s.Standard), s.Name, s.Rating.String(), string(t.KeyQuestion),
				strconv.Itoa(t.Counted), strconv.Itoa(t.Yes), strconv.FormatFloat(percent(t), 'f', 1, 64), t.Rating.String(),
				strconv.Itoa(t.NotApplicable), strconv.Itoa(len(t.Undecided)), strconv.FormatBool(rep.Synthetic)})
		}
	}
	if err := cw.WriteAll(rows); err != nil {
		return err
	}
	return cw.Error()
}

// showCase prints one case in full.
func showCase(w io.Writer, format string, c judgement.Case, r judgement.Result, synthetic bool) error {
	if format == "json" {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(struct {
			Synthetic bool             `json:"synthetic"`
			Case      judgement.Case   `json:"case"`
			Result    judgement.Result `json:"result"`
		}{synthetic, c, r})
	}
	if format == "csv" {
		return usageError{"-case shows one case as text or json, not csv"}
	}
	var b strings.Builder
	p := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	if synthetic {
		p("SYNTHETIC DATA: a made-up case; no real child.\n\n")
	}
	p("Case %s\n\nSummary judgements\n", c.ID)
	for _, k := range r.KeyResults {
		ans := k.Answer.Label()
		if k.Answer == 0 {
			ans = "-"
		}
		p("  %-4s %-4s %s\n", k.Summary(), ans, k.DecidedBy.Label())
		if rule := k.Rule(); rule != "" {
			p("            %s\n", rule)
		}
	}
	p("\nClassification\n")
	for _, s := range []struct {
		name    string
		cm, ins classification.Level
		v       classification.Verdict
	}{
		{"Safety and wellbeing", r.CaseManager.SafetyAndWellbeing, r.Inspector.SafetyAndWellbeing, r.SafetyAndWellbeing},
		{"Risk of serious harm", r.CaseManager.RiskOfSeriousHarm, r.Inspector.RiskOfSeriousHarm, r.RiskOfSeriousHarm},
	} {
		p("  %s: case manager %s, inspector %s: %s", s.name, s.cm.Label(), s.ins.Label(), s.v.Outcome.Label())
		if s.v.Reason != "" {
			p(" (%s)", s.v.Reason)
		}
		p("\n")
	}
	p("\nExclusion: %v. %s\n", r.Exclusion.Outcome, r.Exclusion.Reason)
	for _, n := range r.Exclusion.Notes {
		p("  %s\n", n)
	}
	p("\nFindings\n")
	if len(r.Findings) == 0 {
		p("  none\n")
	}
	for _, fd := range r.Findings {
		p("  %-7s %-34s %-14s %s\n", fd.Severity.Label(), fd.Code, fd.Question, fd.Message)
	}
	p("\nQuestions answered No, with their guidance\n")
	any := false
	for id, v := range c.Answers.All() {
		if v.Answer != judgement.No {
			continue
		}
		any = true
		q, _ := framework.DomainTwo().Question(id)
		g, _ := guidance.For(id)
		p("\n  %s %s\n", id, q.Text)
		for _, para := range strings.Split(g, "\n\n") {
			p("    %s\n", strings.ReplaceAll(para, "\n", "\n    "))
		}
	}
	if !any {
		p("  none\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// percent is the percentage of a key question's counted cases judged Yes,
// for display (ratings compare exact fractions); 0 when none are counted.
func percent(t judgement.KeyQuestionTally) float64 {
	if t.Counted == 0 {
		return 0
	}
	return 100 * float64(t.Yes) / float64(t.Counted)
}

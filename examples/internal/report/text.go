package report

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/yjinspect/yjinspect/classification"
	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/guidance"
	"github.com/yjinspect/yjinspect/judgement"
	"github.com/yjinspect/yjinspect/record"
	"github.com/yjinspect/yjinspect/sampling"
)

// textWriter gathers the text report.
type textWriter struct{ b strings.Builder }

// p writes to the report as fmt.Fprintf does, but every string argument is
// written with record.EscapeText: the report's own words are the format,
// and what may come from a record (a case ID, an inspection name, an
// answer) is an argument, so that no record can break a line of the
// report, move a terminal's cursor or reorder the text after it, whatever
// it holds.
func (t *textWriter) p(format string, args ...any) {
	for i, a := range args {
		if s, ok := a.(string); ok {
			args[i] = record.EscapeText(s)
		}
	}
	fmt.Fprintf(&t.b, format, args...)
}

// inspectionName shows an inspection's name, escaped as the text report
// writes it (record.EscapeText), so that its width is what is shown;
// records that name none are shown so.
func inspectionName(name string) string {
	if name == "" {
		return "(none named)"
	}
	return record.EscapeText(name)
}

// cut shortens s to n runes, ending with "…" when cut.
func cut(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n-1]) + "…"
}

// moreHint is where a capped list sends the reader.
const moreHint = "use -case ID for one case in full, or -format json for every case"

func (rep *report) writeText(w io.Writer) error {
	var t textWriter
	if rep.Synthetic {
		if rep.SyntheticRecords == rep.Records {
			t.p("SYNTHETIC DATA: every record is marked synthetic: made up by a generator; no real child or inspection.\n\n")
		} else {
			t.p("SYNTHETIC DATA: %d of %s are marked synthetic (made up by a generator; no real child or inspection); the figures mix them with the others.\n\n",
				rep.SyntheticRecords, plural(rep.Records, "record", "records"))
		}
	}
	t.p("Inspection report: domain two (court disposals)\n")
	t.p("Cases: %s from %s\n", plural(rep.Records, "record", "records"), rep.Source)
	t.p("Catalogue: %s\n", rep.Catalogue)
	if rep.Profile != nil {
		t.p("%s\n", rep.Profile.Note)
	}
	if len(rep.Inspections) == 1 {
		rep.writeInspection(&t, rep.Inspections[0])
	} else {
		rep.writeTable(&t)
	}
	_, err := io.WriteString(w, t.b.String())
	return err
}

// writeTable rates each inspection on a line.
func (rep *report) writeTable(t *textWriter) {
	t.p("%d inspections, rated apart. Use -inspection ID to see one in full, -pool to rate every case as one inspection (the report then says so), -format json or csv for every figure.\n",
		len(rep.Inspections))
	t.p("%s\n", ratingRulesNote)
	var names []string
	for _, s := range framework.DomainTwo().Standards() {
		names = append(names, string(s.ID)+" "+s.Name)
	}
	t.p("Standards: %s. Points: 0 (Inadequate) to 3 (Outstanding) a standard, a default from the published methodology.\n\n", strings.Join(names, ", "))

	width := len("inspection")
	for _, in := range rep.Inspections {
		width = max(width, utf8.RuneCountInString(cut(inspectionName(in.Inspection), 30)))
	}
	t.p("%-*s %8s %8s", width, "inspection", "records", "rated")
	for _, s := range framework.DomainTwo().Standards() {
		t.p("  %-20s", s.ID)
	}
	t.p("  %-8s  %s\n", "points", "cases with errors")
	var f findingsSummary
	var partial, small []string
	anyPartial := false
	for _, in := range rep.Inspections {
		name := cut(inspectionName(in.Inspection), 30)
		t.p("%s%s %8d %8d", name, strings.Repeat(" ", width-utf8.RuneCountInString(name)), in.Records, in.Rated)
		for _, std := range framework.DomainTwo().Standards() {
			s, ok := standardOf(in, std.ID)
			if !ok {
				t.p("  %-20s", "not in the profile")
				continue
			}
			// A rating that rests on some of its key questions only is
			// marked, in the space before it, so that the columns keep
			// their places.
			mark := " "
			if s.Partial {
				mark = "~"
				anyPartial = true
			}
			if s.RatedFrom != nil {
				mark = "*"
				partial = append(partial, fmt.Sprintf("%s %s (%s)", inspectionName(in.Inspection), s.Standard, s.RatedFrom.text()))
			}
			t.p(" %s%-20s", mark, ratingText(s.Rating))
		}
		if in.SmallSample != nil {
			small = append(small, fmt.Sprintf("%s (%d)", inspectionName(in.Inspection), in.Rated))
		}
		t.p("  %-8s  %d\n", rep.pointsCell(in), in.Findings.CasesWithErrors)
		f.Errors += in.Findings.Errors
		f.Warnings += in.Findings.Warnings
		f.CasesWithErrors += in.Findings.CasesWithErrors
		f.CasesWithWarnings += in.Findings.CasesWithWarnings
	}
	if anyPartial {
		t.p("\n~ Partial: the audit profile covers only some of the standard's key questions; it is rated from the profile's alone.\n")
	}
	if len(partial) > 0 {
		t.p("\n* Rated from only some of its key questions, the others having no case judged Yes or No: %s.\n", strings.Join(capped(partial), "; "))
	}
	if len(small) > 0 {
		t.p("\nSmall samples: %s rated fewer than %d cases, the least number the inspectorate's published methodology inspects (a default of the methodology, not the CARaG's): %s.\n",
			plural(len(small), "inspection", "inspections"), smallSampleMin, strings.Join(capped(small), ", "))
	}
	t.p("\nOverall rating: %s.\n", rep.overallNote())
	t.p("Findings, all inspections: %s.\n", findingsLine(f))
	if f.Errors > 0 {
		t.p("Error findings of each inspection, with the cases behind them:\n")
		for _, in := range rep.Inspections {
			for _, c := range in.Findings.ByCode {
				if c.Severity == judgement.Error {
					t.p("  %s: %s: %s: %s\n", inspectionName(in.Inspection), findingLabel(c.Code), plural(c.Cases, "case", "cases"), errorCaseIDs(c))
				}
			}
		}
	}
}

// capped keeps the first listCap items of a list and says how many more
// there are.
func capped(items []string) []string {
	if len(items) <= listCap {
		return items
	}
	return append(items[:listCap:listCap], fmt.Sprintf("and %d more (-format json or csv for all)", len(items)-listCap))
}

func ratingText(r judgement.Rating) string {
	if r == 0 {
		return "not rated"
	}
	return r.Label()
}

func pointsText(p points) string {
	if p.Points == nil {
		return fmt.Sprintf("- of %d", p.Max)
	}
	return fmt.Sprintf("%d of %d", *p.Points, p.Max)
}

func findingsLine(f findingsSummary) string {
	errs := "no errors"
	if f.Errors > 0 {
		errs = plural(f.Errors, "error", "errors") + " in " + plural(f.CasesWithErrors, "case", "cases")
	}
	warns := "no warnings"
	if f.Warnings > 0 {
		warns = plural(f.Warnings, "warning", "warnings") + " in " + plural(f.CasesWithWarnings, "case", "cases")
	}
	return errs + ", " + warns
}

// writeInspection shows one inspection in full.
func (rep *report) writeInspection(t *textWriter, in *inspectionReport) {
	switch {
	case rep.Pooled:
		names := make([]string, 0, listCap)
		for i, n := range in.PooledFrom {
			if i == listCap {
				names = append(names, fmt.Sprintf("and %d more", len(in.PooledFrom)-listCap))
				break
			}
			names = append(names, inspectionName(n))
		}
		t.p("POOLED, as asked with -pool: %s rated as one (%s). Pooled figures are not any one inspection's ratings.\n",
			plural(len(in.PooledFrom), "inspection", "inspections"), strings.Join(names, ", "))
	case in.Inspection != "":
		t.p("Inspection: %s\n", in.Inspection)
	}
	if rep.Selected != "" && len(rep.InspectionsInFile) > 1 {
		t.p("(one of %d inspections in the file, as asked with -inspection)\n", len(rep.InspectionsInFile))
	}
	t.p("Rated %s; %d excluded; %d with exclusion undetermined (%s).\n",
		plural(in.Rated, "case", "cases"), in.Excluded.Count, in.ExclusionUndetermined.Count, undeterminedWords)
	if in.SmallSample != nil {
		t.p("%s\n", in.SmallSample.Note)
	}
	t.p("%s\n\n", ratingRulesNote)

	for _, s := range in.Standards {
		lowest := ""
		if s.Lowest != "" {
			lowest = " (lowest: " + string(s.Lowest) + ")"
		}
		if s.RatedFrom != nil {
			lowest += "; " + s.RatedFrom.text()
		}
		if s.Partial {
			lowest += "; " + partialText(s)
		}
		t.p("Standard %s %s: %s%s\n", s.Standard, s.Name, ratingText(s.Rating), lowest)
		for _, k := range in.KeyQuestions {
			if k.Standard != s.Standard {
				continue
			}
			t.p("  %-3s %-60s ", k.KeyQuestion, cut(k.Text, 60))
			if k.Yes.Of == 0 {
				t.p("no case judged Yes or No")
			} else {
				t.p("%s %7s  %s  %s", bar(k.Yes.Count, k.Yes.Of, 20), k.Yes.Text,
					fmt.Sprintf("%*d of %-*d", digits(in.Rated), k.Yes.Count, digits(in.Rated), k.Yes.Of), ratingText(k.Rating))
			}
			var extra []string
			if k.NotApplicable > 0 {
				extra = append(extra, fmt.Sprintf("%d n/a", k.NotApplicable))
			}
			if k.Undecided.Count > 0 {
				extra = append(extra, fmt.Sprintf("%d undecided", k.Undecided.Count))
			}
			if len(extra) > 0 {
				t.p("  (%s)", strings.Join(extra, ", "))
			}
			t.p("\n")
		}
		t.p("\n")
	}
	if rep.Profile == nil {
		t.p("Domain two: %s points (0 to 3 a standard, a default from the published methodology).\n", pointsText(in.DomainTwoPoints))
	}
	t.p("Overall rating: %s.\n\n", in.Overall.Note)

	t.p("Classification (inspector against case manager), over the %s rated\n", plural(in.Rated, "case", "cases"))
	for _, s := range in.Classification {
		t.p("  %s\n", s.Scale.Label())
		t.p("    High or Very high: inspector %s, case manager %s\n", shareText(s.InspectorHighOrVeryHigh), shareText(s.CaseManagerHighOrVeryHigh))
		if s.Compared == 0 {
			t.p("    Compared no case: none has a level from both the case manager and the inspector.\n")
		} else {
			t.p("    Compared %s", plural(s.Compared, "case", "cases"))
			if s.NotCompared > 0 {
				t.p(" (%d without a level from both)", s.NotCompared)
			}
			t.p(": agree %s, case manager lower (under) %s, higher (over) %s\n", shareText(s.Agree), shareText(s.Under), shareText(s.Over))
		}
		t.p("    Cohen's kappa %s; weighted: linear %s, quadratic %s\n", kappaText(s.Kappa, true), kappaText(s.LinearKappa, false), kappaText(s.QuadraticKappa, false))
		if s.KappaNote != "" {
			t.p("    (undefined: %s)\n", s.KappaNote)
		}
	}
	t.p("  %s\n", kappaReadingNote)
	t.p("\n")

	t.p("Most frequent safety concerns (the research bulletin's list), of the %s rated\n", plural(in.Rated, "case", "cases"))
	shown := 0
	for _, c := range in.Concerns {
		if shown == 5 || c.Cases.Count == 0 {
			break
		}
		shown++
		t.p("  %2d. %*d %7s  %s\n", shown, digits(in.Rated), c.Cases.Count, c.Cases.Text, c.Concern.Label())
	}
	if shown == 0 {
		t.p("  none recorded\n")
	}
	t.p("Most frequent assessment problems (the bulletin's list), of the %s rated\n", plural(in.Rated, "case", "cases"))
	shown = 0
	for _, d := range in.Deficits {
		if shown == 5 || d.Cases.Count == 0 {
			break
		}
		shown++
		t.p("  %2d. %*d %7s  %s\n", shown, digits(in.Rated), d.Cases.Count, d.Cases.Text, d.Deficit.Label())
	}
	if shown == 0 {
		t.p("  none recorded\n")
	}
	t.p("\n")

	if in.Excluded.Count > 0 {
		t.p("Excluded from the sample (by the I1.1 guidance): %s\n", plural(in.Excluded.Count, "case", "cases"))
		writeCaseList(t, in.Excluded)
	}
	if in.ExclusionUndetermined.Count > 0 {
		t.p("Exclusion undetermined (%s): %s\n", undeterminedWords, plural(in.ExclusionUndetermined.Count, "case", "cases"))
		writeCaseList(t, in.ExclusionUndetermined)
	}
	undecided := false
	for _, k := range in.KeyQuestions {
		if k.Undecided.Count == 0 {
			continue
		}
		if !undecided {
			t.p("Undecided summary judgements (not counted)\n")
			undecided = true
		}
		ids := make([]string, 0, len(k.Undecided.First)+1)
		for _, c := range k.Undecided.First {
			ids = append(ids, c.Case)
		}
		if more := k.Undecided.Count - len(k.Undecided.First); more > 0 {
			ids = append(ids, fmt.Sprintf("and %d more (%s)", more, moreHint))
		}
		t.p("  %s: %s: %s\n", k.KeyQuestion, plural(k.Undecided.Count, "case", "cases"), strings.Join(ids, ", "))
	}
	t.p("Findings: %s\n", findingsLine(in.Findings))
	for _, c := range in.Findings.ByCode {
		t.p("  %-7s %s: %s in %s\n", c.Severity.Label(), findingLabel(c.Code), plural(c.Findings, "finding", "findings"), plural(c.Cases, "case", "cases"))
		if c.Severity == judgement.Error {
			t.p("          %s: %s\n", casesWord(c.Cases), errorCaseIDs(c))
		}
	}
	t.p("Use -case ID to see one case in full.\n")
}

// standardOf finds an inspection's rating of a standard; none when an
// audit profile leaves the standard out.
func standardOf(in *inspectionReport, id framework.ID) (standardReport, bool) {
	for _, s := range in.Standards {
		if s.Standard == id {
			return s, true
		}
	}
	return standardReport{}, false
}

// pointsCell is an inspection's points in a table of several: "-" under
// an audit profile, which gives none.
func (rep *report) pointsCell(in *inspectionReport) string {
	if rep.Profile != nil {
		return "-"
	}
	return pointsText(in.DomainTwoPoints)
}

// overallNote says why no overall rating is given.
func (rep *report) overallNote() string {
	if rep.Profile != nil {
		return profileOverallNote
	}
	return overallNote
}

// undeterminedWords says how a case whose exclusion is undetermined is
// counted.
const undeterminedWords = "counted as in the sample until a person decides"

func casesWord(n int) string {
	if n == 1 {
		return "Case"
	}
	return "Cases"
}

// errorCaseIDs lists the first listCap cases of an error finding, and
// how many more there are.
func errorCaseIDs(c codeCount) string {
	ids := c.CaseIDs
	if len(ids) > listCap {
		ids = ids[:listCap]
	}
	s := strings.Join(ids, ", ")
	if more := c.Cases - len(ids); more > 0 {
		if s != "" {
			s += ", "
		}
		s += fmt.Sprintf("and %d more (-format json, csv or html lists them)", more)
	}
	return s
}

// writeCaseList lists the first cases of a list, one a line, and how many
// more there are.
func writeCaseList(t *textWriter, l caseList) {
	for _, c := range l.First {
		if c.Reason != "" {
			t.p("  %s: %s\n", c.Case, c.Reason)
		} else {
			t.p("  %s\n", c.Case)
		}
	}
	if more := l.Count - len(l.First); more > 0 {
		t.p("  ... and %d more: %s\n", more, moreHint)
	}
}

func digits(n int) int { return max(3, len(fmt.Sprint(n))) }

// shareText shows a share as "79.7% (47 of 59)".
func shareText(s share) string {
	if s.Of == 0 {
		return "none classified"
	}
	return fmt.Sprintf("%s (%d of %d)", s.Text, s.Count, s.Of)
}

// kappaText shows a kappa with its observed and chance agreement (for
// Cohen's) or alone.
func kappaText(k kappaReport, full bool) string {
	if k.Value == nil {
		return "undefined"
	}
	if full {
		return fmt.Sprintf("%.2f (%s; observed %.2f, chance %.2f)", *k.Value, kappaReading(*k.Value), k.Observed, k.Chance)
	}
	return fmt.Sprintf("%.2f (%s)", *k.Value, kappaReading(*k.Value))
}

// sampleWords says in words whether a case is in the inspection sample.
func sampleWords(o sampling.Outcome) string {
	switch o {
	case sampling.Include:
		return "yes, in the sample"
	case sampling.Exclude:
		return "no, excluded from the sample"
	case sampling.Undetermined:
		return "undetermined: a person must decide"
	}
	return "not checked"
}

// showCase prints one case in full.
func showCase(w io.Writer, format string, c record.Case, r judgement.Result) error {
	if format == "json" {
		return writeCaseJSON(w, c, r)
	}
	if format == "csv" {
		return usageError{"-case shows one case as text or json, not csv"}
	}
	var t textWriter
	if c.Synthetic {
		t.p("SYNTHETIC DATA: a made-up case, marked synthetic; no real child.\n\n")
	}
	t.p("Case %s\n", c.ID)
	if c.Inspection != "" {
		t.p("Inspection: %s\n", c.Inspection)
	}
	excluded := r.Exclusion.Outcome == sampling.Exclude
	t.p("\nSummary judgements\n")
	if excluded {
		t.p("  not judged: the case is excluded from the inspection sample (see In the inspection sample?)\n")
	}
	for _, k := range r.KeyResults {
		ans := k.Answer.Label()
		if k.Answer == 0 {
			ans = "-"
		}
		t.p("  %-4s %-4s %s\n", k.Summary(), ans, k.DecidedBy.Label())
		if rule := k.Rule(); rule != "" {
			t.p("            %s\n", rule)
		}
	}
	t.p("\nClassification\n")
	for _, s := range []struct {
		scale   classification.Scale
		cm, ins classification.Level
		v       classification.Verdict
	}{
		{classification.SafetyAndWellbeing, r.CaseManager.SafetyAndWellbeing, r.Inspector.SafetyAndWellbeing, r.SafetyAndWellbeing},
		{classification.RiskOfSeriousHarm, r.CaseManager.RiskOfSeriousHarm, r.Inspector.RiskOfSeriousHarm, r.RiskOfSeriousHarm},
	} {
		if excluded {
			t.p("  %s: case manager %s, inspector %s: not checked (excluded)\n", s.scale.Label(), s.cm.Label(), s.ins.Label())
			continue
		}
		t.p("  %s: case manager %s, inspector %s: %s", s.scale.Label(), s.cm.Label(), s.ins.Label(), s.v.Outcome.Label())
		if s.v.Reason != "" {
			t.p(" (%s)", s.v.Reason)
		}
		t.p("\n")
	}
	f := framework.DomainTwo()
	i11 := "not answered"
	if v, ok := c.Answers.Get("I1.1"); ok {
		i11 = v.Answer.Label()
	}
	q, _ := f.Question("I1.1")
	t.p("\nIn the inspection sample? (I1.1 %s %s): %s. %s\n", q.Text, i11, sampleWords(r.Exclusion.Outcome), r.Exclusion.Reason)
	for _, n := range r.Exclusion.Notes {
		t.p("  %s\n", n)
	}
	t.p("\nFindings\n")
	if len(r.Findings) == 0 {
		t.p("  none\n")
	}
	for _, fd := range r.Findings {
		t.p("  %-7s %-14s %s\n          %s\n", fd.Severity.Label(), fd.Question, findingLabel(fd.Code), fd.Message)
	}
	t.p("\nNotes (the reviewer's: personal data)\n")
	if c.Notes.IsZero() {
		t.p("  none\n")
	}
	note := func(label, text string) {
		t.p("  %s:\n", label)
		for _, line := range strings.Split(text, "\n") {
			t.p("    %s\n", record.EscapeText(line))
		}
	}
	if c.Notes.Case != "" {
		note("On the case", c.Notes.Case)
	}
	for _, q := range f.Questions() {
		if text := c.Notes.Questions[q.ID]; text != "" {
			note(string(q.ID), text)
		}
	}
	if excluded {
		// Nothing of an excluded case is the service's to answer for.
		_, err := io.WriteString(w, t.b.String())
		return err
	}
	t.p("\nQuestions of the standards answered No, with their guidance\n")
	none := true
	for id, v := range c.Answers.All() {
		q, _ := f.Question(id)
		if v.Answer != record.No || q.KeyQuestion == "" {
			continue // the questions about the child, I1.1 among them, are not judgements
		}
		none = false
		g, _ := guidance.For(id)
		t.p("\n  %s %s\n", id, q.Text)
		for _, para := range strings.Split(g, "\n\n") {
			for _, line := range strings.Split(para, "\n") {
				t.p("    %s\n", line)
			}
		}
	}
	if none {
		t.p("  none\n")
	}
	_, err := io.WriteString(w, t.b.String())
	return err
}

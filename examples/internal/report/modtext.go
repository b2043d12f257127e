package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/yjinspect/yjinspect/agreement"
	"github.com/yjinspect/yjinspect/classification"
	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/moderation"
)

// disputedShown is how many of the most disputed questions the text and
// HTML forms list; JSON and CSV give every question.
const disputedShown = 10

// difference is one item two readings of a case disagree on, as every form
// of the moderation report shows it.
type difference struct {
	// Item is what differs: a question ID, a summary question ID, "the
	// inspector's level: SCALE", or a fact's field.
	Item string
	// Question is the question whose guidance covers it.
	Question framework.ID
	Kind     moderation.DifferenceKind
	// First and Second are each reading's value, for people.
	First, Second string
	// Note says more: how the summary was decided, or which rules read
	// the fact.
	Note string
}

// differences lists a comparison's differences: the answers, the summary
// judgements, the inspector's levels and the facts. With hide, the answers
// about the child (personal data) are not shown.
func differences(c moderation.Comparison, hide bool) []difference {
	f := framework.DomainTwo()
	var out []difference
	for _, a := range c.Answers {
		h := hide && aboutTheChild(f, a.Question)
		d := difference{Item: string(a.Question), Question: a.Question, Kind: a.Kind, First: valueText(a.First, h), Second: valueText(a.Second, h)}
		if h {
			d.Note = "about the child: the answers are personal data, shown only with -case"
		}
		out = append(out, d)
	}
	for _, s := range c.Summaries {
		out = append(out, difference{Item: string(s.KeyQuestion) + " summary judgement", Question: s.Summary, Kind: s.Kind,
			First: keyResultText(s.First), Second: keyResultText(s.Second)})
	}
	for _, s := range c.Scales {
		if !s.Inspector.Kind.Differs() {
			continue
		}
		out = append(out, difference{Item: "the inspector's level: " + s.Scale.Label(), Question: s.LevelQuestion, Kind: s.Inspector.Kind,
			First: levelText(s.Inspector.First), Second: levelText(s.Inspector.Second)})
	}
	for _, fd := range c.Facts {
		ids := make([]string, len(fd.Questions))
		for i, q := range fd.Questions {
			ids[i] = string(q)
		}
		d := difference{Item: fd.Field, Kind: fd.Kind, First: factText(fd.First), Second: factText(fd.Second), Note: "a fact read by the rules of " + strings.Join(ids, ", ")}
		if len(fd.Questions) > 0 {
			d.Question = fd.Questions[0]
		}
		out = append(out, d)
	}
	return out
}

func levelText(l classification.Level) string {
	if l == 0 {
		return "not recorded"
	}
	return l.Label()
}

// agreementText shows an agreement count as "91.7% (11 of 12)".
func agreementText(c moderation.Counts) string {
	if c.Compared == 0 {
		return "no pair records it"
	}
	return fmt.Sprintf("%s (%d of %d)", percentText(c.Agree, c.Compared, nil), c.Agree, c.Compared)
}

// kappaOf is a kappa as the rating report shows it.
func kappaOf(k agreement.Kappa) kappaReport {
	r := kappaReport{Observed: k.Observed, Chance: k.Chance}
	if k.Defined {
		v := k.Value
		r.Value = &v
		r.Reading = kappaReading(v)
	}
	return r
}

// kappaWithNote shows a kappa, or why it is undefined.
func kappaWithNote(k agreement.Kappa, full bool) string {
	if !k.Defined {
		return "undefined (" + k.Note + ")"
	}
	return kappaText(kappaOf(k), full)
}

func (rep *moderationReport) writeText(w io.Writer) error {
	var t textWriter
	if rep.Synthetic {
		n := rep.FirstReadings.SyntheticRecords + rep.SecondReadings.SyntheticRecords
		all := rep.FirstReadings.Records + rep.SecondReadings.Records
		if n == all {
			t.p("SYNTHETIC DATA: every record is marked synthetic: made up by a generator; no real child or inspection.\n\n")
		} else {
			t.p("SYNTHETIC DATA: %d of %s are marked synthetic (made up by a generator; no real child or inspection); the figures mix them with the others.\n\n",
				n, plural(all, "record", "records"))
		}
	}
	t.p("Moderation report: domain two (court disposals), first readings against second readings\n")
	t.p("First readings: %s from %s\n", plural(rep.FirstReadings.Records, "record", "records"), rep.FirstReadings.Source)
	writeReadingErrors(&t, rep.FirstReadings)
	t.p("Second readings: %s from %s\n", plural(rep.SecondReadings.Records, "record", "records"), rep.SecondReadings.Source)
	writeReadingErrors(&t, rep.SecondReadings)
	t.p("Catalogue: %s\n", rep.Catalogue)
	t.p("%s\n", rep.Statistics)
	t.p("%s\n", rep.KappaReadings)
	if n := len(rep.SecondNotInFirst); n > 0 {
		t.p("Second readings of cases not in the first readings (reported, counted nowhere): %s: %s\n",
			plural(n, "case", "cases"), cappedIDs(rep.SecondNotInFirst))
	}
	if len(rep.Inspections) == 1 {
		rep.writeModeratedInspection(&t, rep.Inspections[0])
	} else {
		rep.writeModerationTable(&t)
	}
	_, err := io.WriteString(w, t.b.String())
	return err
}

// writeReadingErrors lists a file's error findings, each with the first of
// its cases.
func writeReadingErrors(t *textWriter, r readings) {
	if r.CasesWithErrors == 0 {
		return
	}
	t.p("  %s with an error finding:\n", plural(r.CasesWithErrors, "case", "cases"))
	for _, c := range r.ErrorFindings {
		t.p("    %s: %s\n", findingLabel(c.Code), errorCaseIDs(c))
	}
}

// cappedIDs lists the first listCap IDs and counts the rest.
func cappedIDs(ids []string) string {
	if len(ids) <= listCap {
		return strings.Join(ids, ", ")
	}
	return strings.Join(ids[:listCap], ", ") + fmt.Sprintf(", and %d more (-format json lists them all)", len(ids)-listCap)
}

// writeModerationTable moderates each inspection on a line.
func (rep *moderationReport) writeModerationTable(t *textWriter) {
	t.p("%d inspections, moderated apart. Use -inspection ID to see one in full, -pool to moderate every case as one inspection, -format json or csv for every figure.\n\n",
		len(rep.Inspections))
	width := len("inspection")
	for _, in := range rep.Inspections {
		width = max(width, len([]rune(cut(inspectionName(in.Inspection), 30))))
	}
	t.p("%-*s %6s %6s %9s  %-26s  %-19s %-19s  %s\n", width, "inspection", "cases", "pairs", "differing", "summary judgements alike",
		"S&W kappa*", "RoSH kappa*", "ratings changed by moderation")
	for _, in := range rep.Inspections {
		name := cut(inspectionName(in.Inspection), 30)
		same, compared := in.summaryAlike()
		alike := "-"
		if compared > 0 {
			alike = fmt.Sprintf("%s (%d of %d)", percentText(same, compared, nil), same, compared)
		}
		var kappas [2]string
		for i, s := range in.Scales {
			kappas[i] = "undefined"
			if s.QuadraticKappa.Defined {
				kappas[i] = fmt.Sprintf("%.2f %s", s.QuadraticKappa.Value, strings.TrimSuffix(kappaReading(s.QuadraticKappa.Value), " agreement"))
			}
		}
		var changed []string
		for _, r := range in.changedRatings() {
			changed = append(changed, fmt.Sprintf("%s %s to %s", r.Standard, ratingText(r.First), ratingText(r.Moderated)))
		}
		if len(changed) == 0 {
			changed = []string{"none"}
		}
		t.p("%s%s %6d %6d %9d  %-26s  %-19s %-19s  %s\n", name, strings.Repeat(" ", width-len([]rune(name))), in.FirstReadings, in.Pairs, len(in.Cases),
			alike, kappas[0], kappas[1], strings.Join(changed, "; "))
	}
	t.p("\n* the inspector's level, first against second reading: Cohen's weighted kappa, quadratic weights.\n%s\n", rep.Ratings)
}

// writeModeratedInspection shows one inspection's moderation in full.
func (rep *moderationReport) writeModeratedInspection(t *textWriter, in *moderatedInspection) {
	switch {
	case rep.Pooled:
		names := make([]string, 0, len(in.PooledFrom))
		for _, n := range in.PooledFrom {
			names = append(names, inspectionName(n))
		}
		t.p("POOLED, as asked with -pool: %s moderated as one (%s).\n", plural(len(in.PooledFrom), "inspection", "inspections"), cappedIDs(names))
	case in.Inspection != "":
		t.p("Inspection: %s\n", in.Inspection)
	}
	if rep.Selected != "" && len(rep.InspectionsInFile) > 1 {
		t.p("(one of %d inspections in the file, as asked with -inspection)\n", len(rep.InspectionsInFile))
	}
	t.p("Read twice: %d of %s; read once: %d (first reading only, not moderated)\n",
		in.Pairs, plural(in.FirstReadings, "case", "cases"), len(in.FirstOnly))
	if in.Pairs == 0 {
		t.p("\nNo case has a second reading: nothing to compare.\n")
		return
	}
	t.p("\nSummary judgements, first against second reading (each judged by the rules)\n")
	t.p("  %-4s %-22s %8s  %s\n", "key", "alike", "disputed", "Cohen's kappa (Yes/No)")
	for _, s := range in.Summaries {
		t.p("  %-4s %-22s %8d  %s\n", s.KeyQuestion, agreementText(s.Counts), s.Disputed, kappaWithNote(s.Kappa, true))
	}

	t.p("\nQuestions most often disputed")
	if len(in.Disputed) == 0 {
		t.p(": none\n")
	} else {
		t.p(" (the first %d of %d disputed questions; alike: of the pairs that record the question)\n", min(disputedShown, len(in.Disputed)), len(in.Disputed))
		f := framework.DomainTwo()
		for i, q := range in.Disputed {
			if i == disputedShown {
				t.p("  ... and %d more: -format json or csv for every question\n", len(in.Disputed)-disputedShown)
				break
			}
			fq, _ := f.Question(q.Question)
			t.p("  %-16s %3d disputed  alike %-20s %s\n", q.Question, q.Disputed, agreementText(q.Counts), cut(fq.Text, 60))
		}
	}

	t.p("\nThe inspector's levels, first against second reading\n")
	for _, s := range in.Scales {
		t.p("  %s: alike %s; second reading higher %d, lower %d\n", s.Scale.Label(), agreementText(s.Counts), s.SecondHigher, s.SecondLower)
		t.p("    Cohen's kappa %s; weighted: linear %s, quadratic %s\n", kappaWithNote(s.Kappa, true), kappaWithNote(s.LinearKappa, false), kappaWithNote(s.QuadraticKappa, false))
	}

	t.p("\n%s\n", rep.Ratings)
	t.p("  %-34s %-21s %-21s %s\n", "standard", "first", "second", "moderated")
	for _, r := range in.Ratings {
		changed := ""
		if r.Changed {
			changed = "  (changed)"
		}
		t.p("  %-34s %-21s %-21s %s%s\n", string(r.Standard)+" "+r.Name, ratingText(r.First), ratingText(r.Second), ratingText(r.Moderated), changed)
	}

	t.p("\nDisputed cases: %d of the %s read twice differ\n", len(in.Cases), plural(in.Pairs, "case", "cases"))
	for _, c := range in.Cases {
		t.p("  %s\n", c.Case)
		for _, d := range differences(c, true) {
			t.p("    %-40s first %s; second %s", d.Item, d.First, d.Second)
			if d.Note != "" {
				t.p("  (%s)", d.Note)
			}
			t.p("\n")
		}
	}
	if len(in.FirstOnly) > 0 {
		t.p("Read once (first reading only): %s\n", cappedIDs(in.FirstOnly))
	}
	t.p("Use -case ID for one case's differences with the CARaG's guidance for each disputed question.\n")
}

// writeText shows one case's two readings, with the guidance for each
// disputed question.
func (c *caseComparison) writeText(w io.Writer, id string) error {
	var t textWriter
	if c.Synthetic {
		t.p("SYNTHETIC DATA: a made-up case, marked synthetic; no real child.\n\n")
	}
	t.p("Case %s: first and second readings\n", id)
	if c.Inspection != "" {
		t.p("Inspection: %s\n", c.Inspection)
	}
	switch {
	case c.ReadIn != "both":
		t.p("\nRead once: only the %s readings hold this case, so there is nothing to compare.\n", c.ReadIn)
	case c.Comparison.Agrees():
		t.p("\nThe two readings agree on every answer, summary judgement, inspector's level and fact compared.\n")
	default:
		t.p("\nDifferences\n")
		for _, d := range differences(*c.Comparison, false) {
			t.p("  %-40s first %s; second %s", d.Item, d.First, d.Second)
			if d.Note != "" {
				t.p("  (%s)", d.Note)
			}
			t.p("\n")
		}
		t.p("\nThe CARaG's guidance for each disputed question\n")
		for _, g := range c.Guidance {
			t.p("\n  %s %s\n", g.Question, g.Text)
			for _, para := range strings.Split(g.Guidance, "\n\n") {
				for _, line := range strings.Split(para, "\n") {
					t.p("    %s\n", line)
				}
			}
		}
	}
	_, err := io.WriteString(w, t.b.String())
	return err
}

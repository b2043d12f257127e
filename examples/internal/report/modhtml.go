package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/yjinspect/yjinspect/framework"
)

// writeHTML writes the moderation report as one HTML page.
func (rep *moderationReport) writeHTML(w io.Writer) error { return rep.htmlPage().write(w) }

// htmlPage lays the moderation report out as a page: the same figures as
// its text form, in the same order.
func (rep *moderationReport) htmlPage() htmlPage {
	var b pageBuilder
	p := htmlPage{
		Title: "Moderation report: domain two (court disposals), first readings against second readings",
		Synthetic: syntheticBanner(rep.FirstReadings.SyntheticRecords+rep.SecondReadings.SyntheticRecords,
			rep.FirstReadings.Records+rep.SecondReadings.Records),
		Facts: []htmlFact{
			{"First readings", plural(rep.FirstReadings.Records, "record", "records") + " from " + rep.FirstReadings.Source},
			{"Second readings", plural(rep.SecondReadings.Records, "record", "records") + " from " + rep.SecondReadings.Source},
			{"Catalogue", rep.Catalogue},
		},
		Footer: []string{rep.Catalogue, licenceNote},
	}
	if p.Synthetic != "" {
		p.Title = "SYNTHETIC: " + p.Title
	}
	intro := htmlSection{ID: "about", Heading: "About these figures", Blocks: []htmlBlock{{Note: rep.Statistics}, {Note: rep.KappaReadings}, {Note: rep.Ratings}}}
	if n := len(rep.SecondNotInFirst); n > 0 {
		intro.Blocks = append(intro.Blocks, htmlBlock{Para: fmt.Sprintf("Second readings of cases not in the first readings (reported, counted nowhere): %s: %s.",
			plural(n, "case", "cases"), cappedIDs(rep.SecondNotInFirst))})
	}
	for _, r := range []struct {
		name string
		r    readings
	}{{"first", rep.FirstReadings}, {"second", rep.SecondReadings}} {
		if r.r.CasesWithErrors == 0 {
			continue
		}
		t := htmlTable{Caption: fmt.Sprintf("Error findings in the %s readings: %s", r.name, plural(r.r.CasesWithErrors, "case", "cases")),
			Head: []string{"Finding", "Code", "Cases", "Cases with the error"}}
		for _, c := range r.r.ErrorFindings {
			t.Rows = append(t.Rows, []htmlCell{rowHead(c.Title), cell(c.Code), numCell(c.Cases), {Text: strings.Join(c.CaseIDs, ", "), Long: len(c.CaseIDs) > 2}})
		}
		intro.Blocks = append(intro.Blocks, htmlBlock{Table: &t})
	}
	p.Sections = append(p.Sections, intro)
	if len(rep.Inspections) == 1 {
		p.Sections = append(p.Sections, rep.htmlModeratedInspection(&b, rep.Inspections[0])...)
	} else {
		p.Sections = append(p.Sections, rep.htmlModerationTable(&b))
	}
	p.finish()
	return p
}

// htmlModerationTable is the section of several inspections: one row each.
func (rep *moderationReport) htmlModerationTable(b *pageBuilder) htmlSection {
	s := htmlSection{ID: "inspections", Heading: "Inspections, moderated apart"}
	s.Blocks = append(s.Blocks, htmlBlock{Para: fmt.Sprintf("%d inspections, moderated apart. Use -inspection ID to see one in full, -pool to moderate every case as one inspection, -format json or csv for every figure.", len(rep.Inspections))})
	table := htmlTable{Caption: "Each inspection's moderation",
		Head: []string{"Inspection", "Cases", "Read twice", "Differing", "Summary judgements alike", "Safety and wellbeing kappa*", "Risk of serious harm kappa*", "Ratings changed by moderation"}}
	var bars []shareBar
	for _, in := range rep.Inspections {
		same, compared := in.summaryAlike()
		alike := "-"
		if compared > 0 {
			alike = fmt.Sprintf("%s (%d of %d)", percentText(same, compared, nil), same, compared)
		}
		row := []htmlCell{rowHead(inspectionName(in.Inspection)), numCell(in.FirstReadings), numCell(in.Pairs), numCell(len(in.Cases)), numText(alike)}
		for _, sc := range in.Scales {
			row = append(row, cell(kappaWithNote(sc.QuadraticKappa, false)))
		}
		var changed []string
		for _, r := range in.changedRatings() {
			changed = append(changed, fmt.Sprintf("%s %s to %s", r.Standard, ratingText(r.First), ratingText(r.Moderated)))
		}
		if len(changed) == 0 {
			changed = []string{"none"}
		}
		row = append(row, cell(strings.Join(changed, "; ")))
		table.Rows = append(table.Rows, row)
		bars = append(bars, shareBar{Label: cut(inspectionName(in.Inspection), 16), Count: same, Of: compared, Text: alike})
	}
	c := shareBarChart(b, "Summary judgements alike in both readings, each inspection", 120, bars)
	s.Blocks = append(s.Blocks,
		htmlBlock{Figure: &htmlFigure{Caption: "Summary judgements alike, each inspection", Chart: c, Table: table}},
		htmlBlock{Note: "* The inspector's level, first against second reading: Cohen's weighted kappa, quadratic weights."},
	)
	return s
}

// htmlModeratedInspection is the sections of one inspection's moderation.
func (rep *moderationReport) htmlModeratedInspection(b *pageBuilder, in *moderatedInspection) []htmlSection {
	f := framework.DomainTwo()
	s := htmlSection{ID: "agreement", Heading: "Agreement"}
	switch {
	case rep.Pooled:
		names := make([]string, 0, len(in.PooledFrom))
		for _, n := range in.PooledFrom {
			names = append(names, inspectionName(n))
		}
		s.Blocks = append(s.Blocks, htmlBlock{Para: fmt.Sprintf("POOLED, as asked with -pool: %s moderated as one (%s).", plural(len(in.PooledFrom), "inspection", "inspections"), cappedIDs(names))})
	case in.Inspection != "":
		s.Blocks = append(s.Blocks, htmlBlock{Para: "Inspection: " + in.Inspection})
	}
	if rep.Selected != "" && len(rep.InspectionsInFile) > 1 {
		s.Blocks = append(s.Blocks, htmlBlock{Note: fmt.Sprintf("One of %d inspections in the file, as asked with -inspection.", len(rep.InspectionsInFile))})
	}
	s.Blocks = append(s.Blocks, htmlBlock{Para: fmt.Sprintf("Read twice: %d of %s; read once: %d (first reading only, not moderated).",
		in.Pairs, plural(in.FirstReadings, "case", "cases"), len(in.FirstOnly))})
	if in.Pairs == 0 {
		s.Blocks = append(s.Blocks, htmlBlock{Para: "No case has a second reading: nothing to compare."})
		return []htmlSection{s}
	}

	// Summary judgements.
	table := htmlTable{Caption: "Summary judgements, first against second reading (each judged by the rules)",
		Head: []string{"Key question", "Alike", "Of", "Percentage", "Disputed", "Cohen's kappa (Yes/No)"}}
	var bars []shareBar
	for _, sm := range in.Summaries {
		table.Rows = append(table.Rows, []htmlCell{rowHead(string(sm.KeyQuestion)), numCell(sm.Agree), numCell(sm.Compared),
			numText(percentText(sm.Agree, sm.Compared, nil)), numCell(sm.Disputed), cell(kappaWithNote(sm.Kappa, true))})
		text := agreementText(sm.Counts)
		if sm.Kappa.Defined {
			text += fmt.Sprintf(", kappa %.2f, %s", sm.Kappa.Value, kappaReading(sm.Kappa.Value))
		}
		bars = append(bars, shareBar{Label: string(sm.KeyQuestion), Count: sm.Agree, Of: sm.Compared, Text: text})
	}
	s.Blocks = append(s.Blocks, htmlBlock{Figure: &htmlFigure{Caption: "Summary judgements alike in both readings, each key question",
		Chart: shareBarChart(b, "Share of the cases read twice whose summary judgement is alike in both readings, each key question", 40, bars), Table: table}})

	// Questions.
	if len(in.Disputed) == 0 {
		s.Blocks = append(s.Blocks, htmlBlock{Para: "No question is disputed."})
	} else {
		n := min(2*disputedShown, len(in.Disputed))
		table := htmlTable{Caption: fmt.Sprintf("Questions most often disputed: the first %d of %d disputed questions", n, len(in.Disputed)),
			Head: []string{"Question", "Text", "Disputed", "Alike", "Of", "Percentage"}}
		var bars []shareBar
		for _, q := range in.Disputed[:n] {
			fq, _ := f.Question(q.Question)
			table.Rows = append(table.Rows, []htmlCell{rowHead(string(q.Question)), cell(fq.Text), numCell(q.Disputed), numCell(q.Agree), numCell(q.Compared),
				numText(percentText(q.Agree, q.Compared, nil))})
			bars = append(bars, shareBar{Label: string(q.Question), Count: q.Agree, Of: q.Compared, Text: fmt.Sprintf("%s, %d disputed", agreementText(q.Counts), q.Disputed)})
		}
		s.Blocks = append(s.Blocks, htmlBlock{Figure: &htmlFigure{Caption: "Agreement on the questions most often disputed",
			Chart: shareBarChart(b, "Share of the pairs that record each question whose answers are alike, for the questions most often disputed", 120, bars), Table: table}})
		if len(in.Disputed) > n {
			s.Blocks = append(s.Blocks, htmlBlock{Note: fmt.Sprintf("... and %d more: -format json or csv for every question.", len(in.Disputed)-n)})
		}
	}
	out := []htmlSection{s}

	// Levels.
	s = htmlSection{ID: "levels", Heading: "The inspector's levels, first against second reading"}
	for _, sc := range in.Scales {
		s.Blocks = append(s.Blocks,
			htmlBlock{Heading: sc.Scale.Label()},
			htmlBlock{List: []string{
				fmt.Sprintf("Alike %s; second reading higher %d, lower %d.", agreementText(sc.Counts), sc.SecondHigher, sc.SecondLower),
				fmt.Sprintf("Cohen's kappa %s; weighted: linear %s, quadratic %s.", kappaWithNote(sc.Kappa, true), kappaWithNote(sc.LinearKappa, false), kappaWithNote(sc.QuadraticKappa, false)),
			}},
			htmlBlock{Figure: heatMapFigure(b, sc.Scale.Label(), "first reading", "second reading", sc.Matrix, sc.Agree+sc.Differ)},
		)
	}
	out = append(out, s)

	// Ratings.
	s = htmlSection{ID: "ratings", Heading: "Ratings: first, second and moderated"}
	ratings := htmlTable{Caption: "Each standard's rating from the first readings, the second, and moderated", Head: []string{"Standard", "First", "Second", "Moderated", "Changed"}}
	for _, r := range in.Ratings {
		changed := "no"
		if r.Changed {
			changed = "yes"
		}
		ratings.Rows = append(ratings.Rows, []htmlCell{rowHead(string(r.Standard) + " " + r.Name), ratingCell(r.First), ratingCell(r.Second), ratingCell(r.Moderated), cell(changed)})
	}
	s.Blocks = append(s.Blocks, htmlBlock{Note: rep.Ratings}, htmlBlock{Table: &ratings})
	out = append(out, s)

	// Cases.
	s = htmlSection{ID: "disputed", Heading: "Disputed cases"}
	s.Blocks = append(s.Blocks, htmlBlock{Para: fmt.Sprintf("%d of the %s read twice differ. The answers about the child are personal data: this page says where they differ, and inspect -case ID shows them, with the CARaG's guidance for each disputed question.",
		len(in.Cases), plural(in.Pairs, "case", "cases"))})
	for _, c := range in.Cases {
		t := htmlTable{Caption: "Case " + c.Case, Head: []string{"What differs", "First reading", "Second reading", "Note"}}
		for _, d := range differences(c, true) {
			t.Rows = append(t.Rows, []htmlCell{rowHead(d.Item), cell(d.First), cell(d.Second), cell(d.Note)})
		}
		s.Blocks = append(s.Blocks, htmlBlock{Table: &t})
	}
	if len(in.FirstOnly) > 0 {
		s.Blocks = append(s.Blocks, htmlBlock{Para: "Read once (first reading only): " + cappedIDs(in.FirstOnly) + "."})
	}
	out = append(out, s)
	return out
}

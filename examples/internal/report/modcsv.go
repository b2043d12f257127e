package report

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"

	"github.com/yjinspect/yjinspect/agreement"
	"github.com/yjinspect/yjinspect/classification"
	"github.com/yjinspect/yjinspect/judgement"
)

// writeCSV writes the moderation report in the rating report's long form:
// the same columns, one figure a row.
func (rep *moderationReport) writeCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(csvHeader); err != nil {
		return err
	}
	write := func(inspection string, synthetic bool, r csvRow) error {
		return writeCSVRow(cw, inspection, synthetic, r)
	}
	rows := []csvRow{
		{section: "report", item: "first-readings", measure: "source", value: rep.FirstReadings.Source},
		{section: "report", item: "first-readings", measure: "records", count: num(rep.FirstReadings.Records)},
		{section: "report", item: "first-readings", measure: "synthetic-records", count: num(rep.FirstReadings.SyntheticRecords), of: num(rep.FirstReadings.Records)},
		{section: "report", item: "first-readings", measure: "cases-with-errors", count: num(rep.FirstReadings.CasesWithErrors)},
		{section: "report", item: "second-readings", measure: "source", value: rep.SecondReadings.Source},
		{section: "report", item: "second-readings", measure: "records", count: num(rep.SecondReadings.Records)},
		{section: "report", item: "second-readings", measure: "synthetic-records", count: num(rep.SecondReadings.SyntheticRecords), of: num(rep.SecondReadings.Records)},
		{section: "report", item: "second-readings", measure: "cases-with-errors", count: num(rep.SecondReadings.CasesWithErrors)},
		{section: "report", item: "second-not-in-first", count: num(len(rep.SecondNotInFirst)), of: num(rep.SecondReadings.Records), note: "second readings of cases the first readings do not hold: reported, counted nowhere"},
		{section: "report", item: "inspections-in-file", count: num(len(rep.InspectionsInFile))},
		{section: "report", item: "pooled", value: strconv.FormatBool(rep.Pooled)},
		{section: "report", item: "catalogue", value: rep.Catalogue},
		{section: "report", item: "statistics", note: rep.Statistics},
		{section: "report", item: "kappa-readings", note: rep.KappaReadings},
		{section: "report", item: "ratings", note: rep.Ratings},
	}
	for _, id := range rep.SecondNotInFirst {
		rows = append(rows, csvRow{section: "second-not-in-first", item: id})
	}
	for _, r := range []struct {
		item string
		r    readings
	}{{"first-readings", rep.FirstReadings}, {"second-readings", rep.SecondReadings}} {
		for _, c := range r.r.ErrorFindings {
			for _, id := range c.CaseIDs {
				rows = append(rows, csvRow{section: "finding-case", item: c.Code, measure: r.item, value: id, note: c.Title})
			}
		}
	}
	for _, r := range rows {
		if err := write("", rep.Synthetic, r); err != nil {
			return err
		}
	}
	for _, in := range rep.Inspections {
		for _, r := range in.csvRows() {
			if err := write(in.Inspection, in.Synthetic, r); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}

// kappaRow is a kappa as a CSV row: the value, or empty with the reason.
func kappaRow(section, item, measure string, k agreement.Kappa) csvRow {
	r := csvRow{section: section, item: item, measure: measure,
		note: fmt.Sprintf("observed %s, chance %s", strconv.FormatFloat(k.Observed, 'f', -1, 64), strconv.FormatFloat(k.Chance, 'f', -1, 64))}
	if k.Defined {
		r.value = strconv.FormatFloat(k.Value, 'f', -1, 64)
		r.note = kappaReading(k.Value) + " (Landis and Koch's bands, a convention); " + r.note
	} else {
		r.note = "undefined: " + k.Note
	}
	return r
}

func ratingToken(r judgement.Rating) string {
	if r == 0 {
		return ""
	}
	return token(r)
}

// csvRows are one inspection's moderation figures.
func (in *moderatedInspection) csvRows() []csvRow {
	rows := []csvRow{
		{section: "cases", item: "first-readings", count: num(in.FirstReadings)},
		{section: "cases", item: "pairs", count: num(in.Pairs), of: num(in.FirstReadings), note: "cases read twice"},
		{section: "cases", item: "first-only", count: num(len(in.FirstOnly)), of: num(in.FirstReadings), note: "cases read once"},
		{section: "cases", item: "pairs-differing", count: num(len(in.Cases)), of: num(in.Pairs)},
	}
	for _, n := range in.PooledFrom {
		rows = append(rows, csvRow{section: "pooled-from", item: n})
	}
	for _, s := range in.Summaries {
		item := string(s.KeyQuestion)
		rows = append(rows,
			csvRow{section: "summary-agreement", item: item, measure: "agree", count: num(s.Agree), of: num(s.Compared), note: "summary " + string(s.Summary) + ", standard " + string(s.Standard)},
			csvRow{section: "summary-agreement", item: item, measure: "differ", count: num(s.Differ), of: num(s.Compared)},
			csvRow{section: "summary-agreement", item: item, measure: "only-first", count: num(s.OnlyFirst), of: num(s.Compared)},
			csvRow{section: "summary-agreement", item: item, measure: "only-second", count: num(s.OnlySecond), of: num(s.Compared)},
		)
		for i, a := range []string{"yes", "no"} {
			for j, b := range []string{"yes", "no"} {
				rows = append(rows, csvRow{section: "summary-agreement", item: item, measure: "first " + a + " / second " + b, count: num(s.YesNo[i][j])})
			}
		}
		rows = append(rows, kappaRow("summary-agreement", item, "kappa", s.Kappa))
	}
	for _, q := range in.Questions {
		if q.Compared == 0 {
			continue
		}
		rows = append(rows,
			csvRow{section: "question-agreement", item: string(q.Question), measure: "agree", count: num(q.Agree), of: num(q.Compared)},
			csvRow{section: "question-agreement", item: string(q.Question), measure: "disputed", count: num(q.Disputed), of: num(q.Compared)},
		)
	}
	for _, s := range in.Scales {
		scale := token(s.Scale)
		rows = append(rows,
			csvRow{section: "level-agreement", item: scale, measure: "agree", count: num(s.Agree), of: num(s.Compared), note: "the inspector's level, first against second reading"},
			csvRow{section: "level-agreement", item: scale, measure: "disputed", count: num(s.Disputed), of: num(s.Compared)},
			csvRow{section: "level-agreement", item: scale, measure: "second-higher", count: num(s.SecondHigher), of: num(s.Compared)},
			csvRow{section: "level-agreement", item: scale, measure: "second-lower", count: num(s.SecondLower), of: num(s.Compared)},
			kappaRow("level-agreement", scale, "kappa", s.Kappa),
			kappaRow("level-agreement", scale, "linear-kappa", s.LinearKappa),
			kappaRow("level-agreement", scale, "quadratic-kappa", s.QuadraticKappa),
		)
		for i, a := range classification.Levels() {
			for j, b := range classification.Levels() {
				rows = append(rows, csvRow{section: "level-matrix", item: scale, measure: "first " + token(a) + " / second " + token(b), count: num(s.Matrix[i][j])})
			}
		}
	}
	for _, r := range in.Ratings {
		for _, m := range []struct {
			measure string
			rating  judgement.Rating
		}{{"first", r.First}, {"second", r.Second}, {"moderated", r.Moderated}} {
			rows = append(rows, csvRow{section: "rating", item: string(r.Standard), measure: m.measure, value: ratingToken(m.rating), note: r.Name})
		}
		rows = append(rows, csvRow{section: "rating", item: string(r.Standard), measure: "changed", value: strconv.FormatBool(r.Changed)})
	}
	for _, c := range in.Cases {
		for _, d := range differences(c, true) {
			note := "first: " + d.First + "; second: " + d.Second
			if d.Note != "" {
				note += " (" + d.Note + ")"
			}
			rows = append(rows, csvRow{section: "difference", item: c.Case, measure: d.Item, value: token(d.Kind), note: note})
		}
	}
	for _, id := range in.FirstOnly {
		rows = append(rows, csvRow{section: "first-only", item: id})
	}
	return rows
}

package report

import (
	"encoding"
	"encoding/csv"
	"fmt"
	"io"
	"strconv"

	"github.com/yjinspect/yjinspect/record"
)

// csvHeader are the columns of the CSV form: one figure a row, in long
// form, so that a spreadsheet can filter and pivot it.
var csvHeader = []string{"inspection", "synthetic", "section", "item", "measure", "count", "of", "percent", "value", "note"}

// csvRow is one row of the CSV form.
type csvRow struct {
	section, item, measure string
	count, of              *int
	value, note            string
}

func num(n int) *int { return &n }

// token is an enum's text form, as in the JSON form.
func token(v encoding.TextMarshaler) string {
	b, err := v.MarshalText()
	if err != nil {
		return fmt.Sprint(v)
	}
	return string(b)
}

// writeCSVRow writes one figure in the long form of csvHeader: the count,
// the denominator and the percentage when they are known. Every CSV row of
// both reports is written here, each field with record.EscapeText, so that
// no record (an inspection name, a case ID, an answer) can put a control
// character in the file, whatever it holds.
func writeCSVRow(cw *csv.Writer, inspection string, synthetic bool, r csvRow) error {
	rec := []string{inspection, strconv.FormatBool(synthetic), r.section, r.item, r.measure, "", "", "", r.value, r.note}
	for i, f := range rec {
		rec[i] = record.EscapeText(f)
	}
	if r.count != nil {
		rec[5] = strconv.Itoa(*r.count)
	}
	if r.of != nil {
		rec[6] = strconv.Itoa(*r.of)
		if *r.of > 0 && r.count != nil {
			rec[7] = strconv.FormatFloat(100*float64(*r.count)/float64(*r.of), 'f', -1, 64)
		}
	}
	return cw.Write(rec)
}

func (rep *report) writeCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(csvHeader); err != nil {
		return err
	}
	write := func(inspection string, synthetic bool, r csvRow) error {
		return writeCSVRow(cw, inspection, synthetic, r)
	}
	reportRows := []csvRow{
		{section: "report", item: "source", value: rep.Source},
		{section: "report", item: "records", count: num(rep.Records)},
		{section: "report", item: "synthetic-records", count: num(rep.SyntheticRecords), of: num(rep.Records)},
		{section: "report", item: "inspections-in-file", count: num(len(rep.InspectionsInFile))},
		{section: "report", item: "pooled", value: strconv.FormatBool(rep.Pooled)},
		{section: "report", item: "catalogue", value: rep.Catalogue},
		{section: "report", item: "rating-rules", note: ratingRulesNote},
		{section: "report", item: "kappa-readings", note: kappaReadingNote},
	}
	if p := rep.Profile; p != nil {
		reportRows = append(reportRows, csvRow{section: "report", item: "profile", value: p.ID, note: p.Note})
	}
	for _, r := range reportRows {
		if err := write("", rep.Synthetic, r); err != nil {
			return err
		}
	}
	for _, in := range rep.Inspections {
		for _, r := range in.csvRows() {
			if err := write(in.Inspection, in.SyntheticRecords > 0, r); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}

// csvRows are one inspection's figures.
func (in *inspectionReport) csvRows() []csvRow {
	rows := []csvRow{
		{section: "cases", item: "records", count: num(in.Records)},
		{section: "cases", item: "synthetic-records", count: num(in.SyntheticRecords), of: num(in.Records)},
		{section: "cases", item: "rated", count: num(in.Rated), of: num(in.Records)},
		{section: "cases", item: "excluded", count: num(in.Excluded.Count), of: num(in.Records)},
		{section: "cases", item: "exclusion-undetermined", count: num(in.ExclusionUndetermined.Count), of: num(in.Records)},
	}
	if s := in.SmallSample; s != nil {
		rows = append(rows, csvRow{section: "cases", item: "small-sample", count: num(s.Rated), of: num(s.Minimum), note: s.Note})
	}
	for _, n := range in.PooledFrom {
		rows = append(rows, csvRow{section: "pooled-from", item: n})
	}
	for _, k := range in.KeyQuestions {
		rating := ""
		if k.Rating != 0 {
			rating = token(k.Rating)
		}
		rows = append(rows,
			csvRow{section: "key-question", item: string(k.KeyQuestion), measure: "yes", count: num(k.Yes.Count), of: num(k.Yes.Of), value: rating, note: "standard " + string(k.Standard) + "; shown as " + k.Yes.Text},
			csvRow{section: "key-question", item: string(k.KeyQuestion), measure: "not-applicable", count: num(k.NotApplicable)},
			csvRow{section: "key-question", item: string(k.KeyQuestion), measure: "undecided", count: num(k.Undecided.Count)},
		)
	}
	for _, s := range in.Standards {
		r := csvRow{section: "standard", item: string(s.Standard), measure: "rating", note: s.Name}
		if s.Rating != 0 {
			r.value = token(s.Rating)
			r.note += "; lowest key question " + string(s.Lowest)
			if s.RatedFrom != nil {
				r.note += "; " + s.RatedFrom.text()
			}
		} else {
			r.note += "; not rated: no case judged Yes or No"
		}
		rows = append(rows, r)
		if s.Partial {
			rows = append(rows, csvRow{section: "standard", item: string(s.Standard), measure: "partial", value: "true", note: partialText(s)})
		}
		if s.RatedFrom != nil {
			rows = append(rows, csvRow{section: "standard", item: string(s.Standard), measure: "key-questions-judged", count: num(s.RatedFrom.KeyQuestions), of: num(s.RatedFrom.Of), note: s.RatedFrom.text()})
		}
		if s.Points != nil {
			rows = append(rows, csvRow{section: "standard", item: string(s.Standard), measure: "points", count: num(*s.Points), of: num(3)})
		}
	}
	dp := csvRow{section: "domain-two", item: "points", of: num(in.DomainTwoPoints.Max)}
	if in.DomainTwoPoints.Points != nil {
		dp.count = num(*in.DomainTwoPoints.Points)
	}
	rows = append(rows, dp, csvRow{section: "overall", item: "rating", note: in.Overall.Note})

	for _, s := range in.Classification {
		scale := token(s.Scale)
		sh := func(measure string, x share) csvRow {
			return csvRow{section: "classification", item: scale, measure: measure, count: num(x.Count), of: num(x.Of)}
		}
		rows = append(rows,
			csvRow{section: "classification", item: scale, measure: "compared", count: num(s.Compared), of: num(s.Cases)},
			csvRow{section: "classification", item: scale, measure: "not-compared", count: num(s.NotCompared), of: num(s.Cases), note: "no level from the case manager or the inspector"},
			sh("inspector-high-or-very-high", s.InspectorHighOrVeryHigh),
			sh("case-manager-high-or-very-high", s.CaseManagerHighOrVeryHigh),
			sh("agree", s.Agree),
			sh("under", s.Under),
			sh("over", s.Over),
		)
		for _, k := range []struct {
			name string
			k    kappaReport
		}{{"kappa", s.Kappa}, {"linear-kappa", s.LinearKappa}, {"quadratic-kappa", s.QuadraticKappa}} {
			r := csvRow{section: "classification", item: scale, measure: k.name,
				note: fmt.Sprintf("observed %s, chance %s", strconv.FormatFloat(k.k.Observed, 'f', -1, 64), strconv.FormatFloat(k.k.Chance, 'f', -1, 64))}
			if k.k.Value != nil {
				r.value = strconv.FormatFloat(*k.k.Value, 'f', -1, 64)
				r.note = k.k.Reading + " (Landis and Koch's bands, a convention); " + r.note
			} else {
				r.note = "undefined: " + s.KappaNote
			}
			rows = append(rows, r)
		}
		for _, side := range []struct {
			section string
			levels  []levelCount
		}{{"inspector-levels", s.InspectorLevels}, {"case-manager-levels", s.CaseManagerLevels}} {
			for _, l := range side.levels {
				name := "not-recorded"
				if l.Level != 0 {
					name = token(l.Level)
				}
				rows = append(rows, csvRow{section: side.section, item: scale, measure: name, count: num(l.Cases), of: num(s.Cases)})
			}
		}
		for i, cm := range s.ConfusionMatrix.Levels {
			for j, ins := range s.ConfusionMatrix.Levels {
				rows = append(rows, csvRow{section: "confusion-matrix", item: scale,
					measure: "case-manager " + token(cm) + " / inspector " + token(ins), count: num(s.ConfusionMatrix.Counts[i][j]), of: num(s.Compared)})
			}
		}
	}
	for _, c := range in.Concerns {
		rows = append(rows, csvRow{section: "concern", item: token(c.Concern), measure: "cases", count: num(c.Cases.Count), of: num(c.Cases.Of)})
	}
	for _, d := range in.Deficits {
		rows = append(rows, csvRow{section: "deficit", item: token(d.Deficit), measure: "cases", count: num(d.Cases.Count), of: num(d.Cases.Of)})
	}
	f := in.Findings
	rows = append(rows,
		csvRow{section: "findings", item: "all", measure: "errors", count: num(f.Errors)},
		csvRow{section: "findings", item: "all", measure: "warnings", count: num(f.Warnings)},
		csvRow{section: "findings", item: "all", measure: "cases-with-errors", count: num(f.CasesWithErrors), of: num(in.Records)},
		csvRow{section: "findings", item: "all", measure: "cases-with-warnings", count: num(f.CasesWithWarnings), of: num(in.Records)},
	)
	for _, c := range f.ByCode {
		rows = append(rows,
			csvRow{section: "finding", item: string(c.Code), measure: "findings", count: num(c.Findings), value: token(c.Severity), note: c.Title},
			csvRow{section: "finding", item: string(c.Code), measure: "cases", count: num(c.Cases), of: num(in.Records), value: token(c.Severity), note: c.Title},
		)
	}
	// The cases behind each error finding, one a row.
	for _, c := range f.ByCode {
		for _, id := range c.CaseIDs {
			rows = append(rows, csvRow{section: "finding-case", item: string(c.Code), measure: "case", value: id, note: c.Title})
		}
		if c.CaseIDsNotListed > 0 {
			rows = append(rows, csvRow{section: "finding-case", item: string(c.Code), measure: "not-listed", count: num(c.CaseIDsNotListed), of: num(c.Cases),
				note: notListedNote})
		}
	}
	return rows
}

package report

// This file renders the reports as one self-contained HTML page: inline CSS
// and inline SVG charts drawn here, no script and no external asset. Every
// figure comes from the same data model as the text form (model.go,
// moderate.go), through the same functions (percentText, ratingText,
// pointsText, shareText, kappaText, label), and every chart has its figures
// twice more: in the SVG's title and description, for screen readers, and
// in a visible table beside it, for everyone and for print.
//
// The page is also well-formed XML (every element closed, every attribute
// quoted, no named entity), so that a test can check it with encoding/xml.

import (
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"math"
	"reflect"
	"strings"
	"unicode/utf8"

	"github.com/yjinspect/yjinspect/classification"
	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/judgement"
	"github.com/yjinspect/yjinspect/record"
)

//go:embed report.html.tmpl
var pageTemplateText string

// pageTemplate renders an htmlPage.
var pageTemplate = template.Must(template.New("page").Funcs(template.FuncMap{
	"n": func(f float64) string { return fmt.Sprint(math.Round(f*10) / 10) },
	// zoom is the size a chart is shown at where there is room: its
	// shapes are laid out for text of 13 units, shown at about 16 px.
	"zoom": func(f float64) float64 { return f * 1.25 },
}).Parse(pageTemplateText))

// htmlPage is what the template shows: the report's header, its sections
// of blocks, and its footer.
type htmlPage struct {
	// Back is a link to the page to go back to; nil for none.
	Back  *htmlLink
	Title string
	// Synthetic is the banner's text; "" when no record is synthetic.
	Synthetic string
	Facts     []htmlFact
	Sections  []htmlSection
	Footer    []string
}

type htmlFact struct{ Label, Value string }

type htmlLink struct{ Href, Text string }

type htmlSection struct {
	ID, Heading string
	Blocks      []htmlBlock
}

// htmlBlock is one thing in a section; exactly one field is set.
type htmlBlock struct {
	Heading string // an h3
	Para    string
	Note    string // a paragraph in smaller print
	List    []string
	Figure  *htmlFigure
	Table   *htmlTable
}

// htmlFigure is a chart with the table of its figures.
type htmlFigure struct {
	Caption string
	Chart   svgChart
	Table   htmlTable
	// Side puts a small table beside the chart where there is room;
	// otherwise it goes below.
	Side bool
}

type htmlTable struct {
	// ID names the table's caption, which labels its scrolling region;
	// finish sets it.
	ID      string
	Caption string
	Head    []string
	Rows    [][]htmlCell
	// ManyRatings lets the ratings of a table of many a row wrap.
	ManyRatings bool
}

// htmlCell is a table cell: a row header when Header, a number (aligned
// right) when Num, a rating chip when Rating is set.
type htmlCell struct {
	Text   string
	Header bool
	Num    bool
	Rating string // the rating's class, for its colour
	// Long marks a cell of running text (a question, a reason), which
	// keeps a readable width when the table is squeezed.
	Long bool
}

// svgChart is a chart as shapes; classes give the colours (see the page's
// CSS), so that every colour is in one place.
type svgChart struct {
	ID          string
	Title, Desc string
	W, H        float64
	Rects       []svgRect
	Lines       []svgLine
	Texts       []svgText
}

type svgRect struct {
	X, Y, W, H float64
	Class      string
}

type svgLine struct {
	X1, Y1, X2, Y2 float64
	Class          string
}

type svgText struct {
	X, Y   float64
	Text   string
	Class  string
	Anchor string // start, middle or end
}

// fit widens a chart so that every text fits in it, by an estimate of
// the text's width (Arial averages about 0.55 em a character; bold and
// digits a little more).
func (c *svgChart) fit() {
	for _, t := range c.Texts {
		size := 13.0
		if strings.Contains(t.Class, "small") || strings.Contains(t.Class, "chip-text") {
			size = 12
		}
		per := 0.56
		if strings.Contains(t.Class, "head") || strings.Contains(t.Class, "count") {
			per = 0.62
		}
		w := per * size * float64(utf8.RuneCountInString(t.Text))
		right := t.X + w
		switch t.Anchor {
		case "middle":
			right = t.X + w/2
		case "end":
			right = t.X
		}
		c.W = max(c.W, math.Ceil(right+4))
	}
}

// finish fits every chart to its text and names every table.
func (p *htmlPage) finish() {
	tables := 0
	name := func(t *htmlTable) {
		tables++
		t.ID = fmt.Sprintf("table-%d", tables)
	}
	for i := range p.Sections {
		for j := range p.Sections[i].Blocks {
			bl := &p.Sections[i].Blocks[j]
			if bl.Figure != nil {
				bl.Figure.Chart.fit()
				name(&bl.Figure.Table)
			}
			if bl.Table != nil {
				name(bl.Table)
			}
		}
	}
}

func (c *svgChart) rect(x, y, w, h float64, class string) {
	c.Rects = append(c.Rects, svgRect{x, y, w, h, class})
}

func (c *svgChart) line(x1, y1, x2, y2 float64, class string) {
	c.Lines = append(c.Lines, svgLine{x1, y1, x2, y2, class})
}

func (c *svgChart) text(x, y float64, s, class, anchor string) {
	if anchor == "" {
		anchor = "start"
	}
	c.Texts = append(c.Texts, svgText{x, y, s, class, anchor})
}

// pageBuilder hands out the page's chart IDs.
type pageBuilder struct{ charts int }

func (b *pageBuilder) chart(title, desc string, w, h float64) svgChart {
	b.charts++
	return svgChart{ID: fmt.Sprintf("chart-%d", b.charts), Title: title, Desc: desc, W: w, H: h}
}

// ratingClass names a rating's colour in the page's CSS; "none" when not
// rated.
func ratingClass(r judgement.Rating) string {
	switch r {
	case judgement.Outstanding:
		return "outstanding"
	case judgement.Good:
		return "good"
	case judgement.RequiresImprovement:
		return "requires-improvement"
	case judgement.Inadequate:
		return "inadequate"
	}
	return "none"
}

// ratingAbbrev is the short form of a rating in the charts of many
// inspections; the chart's legend spells them out.
func ratingAbbrev(r judgement.Rating) string {
	switch r {
	case judgement.Outstanding:
		return "O"
	case judgement.Good:
		return "G"
	case judgement.RequiresImprovement:
		return "RI"
	case judgement.Inadequate:
		return "I"
	}
	return "-"
}

func cell(s string) htmlCell    { return htmlCell{Text: s, Long: utf8.RuneCountInString(s) > 40} }
func rowHead(s string) htmlCell { return htmlCell{Text: s, Header: true} }
func numCell(n int) htmlCell    { return htmlCell{Text: fmt.Sprint(n), Num: true} }
func numText(s string) htmlCell { return htmlCell{Text: s, Num: true} }
func ratingCell(r judgement.Rating) htmlCell {
	return htmlCell{Text: ratingText(r), Rating: ratingClass(r)}
}

// syntheticBanner is the banner's text, as in the text form.
func syntheticBanner(synthetic, all int) string {
	switch {
	case synthetic == 0:
		return ""
	case synthetic == all:
		return "SYNTHETIC DATA: every record is marked synthetic: made up by a generator; no real child or inspection."
	}
	return fmt.Sprintf("SYNTHETIC DATA: %d of %s are marked synthetic (made up by a generator; no real child or inspection); the figures mix them with the others.",
		synthetic, plural(all, "record", "records"))
}

const licenceNote = "The CARaG is Crown copyright: contains public sector information licensed under the Open Government Licence v3.0."

// writeHTML writes the rating report as one HTML page.
func (rep *report) writeHTML(w io.Writer) error { return rep.htmlPage().write(w) }

// write renders the page. Text from the records may hold control
// characters, which neither HTML nor XML allows in a page, and
// bidirectional controls and zero-width characters, which html/template
// passes as they are and which would reorder or hide the text around them:
// every string the page shows is written as the text report writes it
// (record.EscapeText: \n, \x1b, \u202e, \xff), and so is anything of the
// kind left in the page but its own tabs and line breaks. The noncharacters
// U+FFFE and U+FFFF, which XML does not allow either, are written as
// U+FFFD.
func (p htmlPage) write(w io.Writer) error {
	escapeStrings(reflect.ValueOf(&p).Elem())
	var b strings.Builder
	if err := pageTemplate.Execute(&b, p); err != nil {
		return err
	}
	_, err := io.WriteString(w, pageText(b.String()))
	return err
}

// escapeStrings writes every string v holds, at any depth, with
// record.EscapeText. It sets only the strings that change, so that the
// report's own words, which may be shared, are never written to.
func escapeStrings(v reflect.Value) {
	switch v.Kind() {
	case reflect.String:
		if e := record.EscapeText(v.String()); e != v.String() && v.CanSet() {
			v.SetString(e)
		}
	case reflect.Pointer:
		if !v.IsNil() {
			escapeStrings(v.Elem())
		}
	case reflect.Struct:
		for i := range v.NumField() {
			escapeStrings(v.Field(i))
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			escapeStrings(v.Index(i))
		}
	}
}

// pageText escapes what may not appear in a page (see write).
func pageText(page string) string {
	var b strings.Builder
	b.Grow(len(page))
	for page != "" {
		i := strings.IndexAny(page, "\t\n\r")
		if i < 0 {
			i = len(page)
		}
		b.WriteString(record.EscapeText(page[:i]))
		if i < len(page) {
			b.WriteByte(page[i])
			i++
		}
		page = page[i:]
	}
	return strings.Map(func(r rune) rune {
		if r == 0xfffe || r == 0xffff {
			return utf8.RuneError
		}
		return r
	}, b.String())
}

// htmlPage lays the rating report out as a page: the same figures as the
// text form, in the same order.
func (rep *report) htmlPage() htmlPage {
	var b pageBuilder
	p := htmlPage{
		Title:     "Inspection report: domain two (court disposals)",
		Synthetic: syntheticBanner(rep.SyntheticRecords, rep.Records),
		Facts: []htmlFact{
			{"Cases", plural(rep.Records, "record", "records") + " from " + rep.Source},
			{"Catalogue", rep.Catalogue},
		},
		Footer: []string{rep.Catalogue, licenceNote},
	}
	if rep.web {
		p.Back = &htmlLink{Href: "/", Text: "Back to the cases"}
	}
	if rep.Profile != nil {
		p.Title += ", audit profile " + rep.Profile.Name
		p.Facts = append(p.Facts, htmlFact{"Audit profile", rep.Profile.Note})
	}
	if p.Synthetic != "" {
		p.Title = "SYNTHETIC: " + p.Title
	}
	if len(rep.Inspections) == 1 {
		p.Sections = rep.htmlInspection(&b, rep.Inspections[0])
	} else {
		p.Facts = append(p.Facts, htmlFact{"Inspections", fmt.Sprintf("%d, rated apart", len(rep.Inspections))})
		p.Sections = rep.htmlTable(&b)
	}
	p.finish()
	return p
}

// htmlTable is the section of several inspections: one row each.
func (rep *report) htmlTable(b *pageBuilder) []htmlSection {
	standards := framework.DomainTwo().Standards()
	var names []string
	for _, s := range standards {
		names = append(names, string(s.ID)+" "+s.Name)
	}
	s := htmlSection{ID: "inspections", Heading: "Inspections, rated apart"}
	more := "Use -inspection ID to see one in full, -pool to rate every case as one inspection (the report then says so), -format json or csv for every figure."
	if rep.web {
		more = "To see one in full, or every figure as JSON or CSV, export the cases (from the list of cases) and run the inspect command on the file, with -inspection ID, -pool or -format json or csv."
	}
	s.Blocks = append(s.Blocks,
		htmlBlock{Para: fmt.Sprintf("%d inspections, each rated on its own cases. %s", len(rep.Inspections), more)},
		htmlBlock{Note: ratingRulesNote},
		htmlBlock{Note: "Standards: " + strings.Join(names, ", ") + ". Points: 0 (Inadequate) to 3 (Outstanding) a standard, a default from the published methodology."},
	)

	const rowH, top, nameW, chipW, chipGap, pointsW = 24.0, 54.0, 120.0, 52.0, 4.0, 96.0
	pointsX := nameW + 4*(chipW+chipGap) + 8
	width := pointsX + pointsW + 48
	var desc, partial, small []string
	table := htmlTable{Caption: "Each inspection's standards, points and findings",
		Head: []string{"Inspection", "Records", "Rated"}, ManyRatings: true}
	for _, st := range standards {
		table.Head = append(table.Head, string(st.ID)+" "+st.Name)
	}
	table.Head = append(table.Head, "Domain two points", "Cases with errors")
	for _, in := range rep.Inspections {
		row := []htmlCell{rowHead(inspectionName(in.Inspection)), numCell(in.Records), numCell(in.Rated)}
		var ratings []string
		for _, std := range standards {
			st, ok := standardOf(in, std.ID)
			if !ok {
				row = append(row, cell("not in the profile"))
				ratings = append(ratings, string(std.ID)+" not in the profile")
				continue
			}
			rc := ratingCell(st.Rating)
			if st.Partial {
				rc.Text += " (partial)"
			}
			if st.RatedFrom != nil {
				rc.Text += " *"
				partial = append(partial, fmt.Sprintf("%s %s (%s)", inspectionName(in.Inspection), st.Standard, st.RatedFrom.text()))
			}
			row = append(row, rc)
			ratings = append(ratings, string(st.Standard)+" "+ratingText(st.Rating))
		}
		if in.SmallSample != nil {
			small = append(small, fmt.Sprintf("%s (%d)", inspectionName(in.Inspection), in.Rated))
		}
		row = append(row, numText(rep.pointsCell(in)), numCell(in.Findings.CasesWithErrors))
		table.Rows = append(table.Rows, row)
		desc = append(desc, fmt.Sprintf("%s: %s; %s points", inspectionName(in.Inspection), strings.Join(ratings, ", "), pointsText(in.DomainTwoPoints)))
	}
	c := b.chart("Each inspection's standard ratings and domain two points, one row an inspection",
		strings.Join(desc, ". ")+". Key: O Outstanding, G Good, RI Requires improvement, I Inadequate, - not rated.",
		width, top+rowH*float64(len(rep.Inspections))+30)
	for i, st := range standards {
		c.text(nameW+float64(i)*(chipW+chipGap)+chipW/2, 46, string(st.ID), "head", "middle")
	}
	c.text(pointsX, 46, "points", "head", "")
	for r, in := range rep.Inspections {
		y := top + float64(r)*rowH
		c.text(0, y+16, cut(inspectionName(in.Inspection), 16), "", "")
		for i, std := range standards {
			st, ok := standardOf(in, std.ID)
			if !ok {
				continue // not in the audit profile
			}
			x := nameW + float64(i)*(chipW+chipGap)
			c.rect(x, y+2, chipW, rowH-4, "chip r-"+ratingClass(st.Rating))
			c.text(x+chipW/2, y+16, ratingAbbrev(st.Rating), "chip-text r-"+ratingClass(st.Rating), "middle")
		}
		p := in.DomainTwoPoints
		c.rect(pointsX, y+6, pointsW, rowH-12, "track")
		if p.Points != nil && p.Max > 0 {
			c.rect(pointsX, y+6, pointsW*float64(*p.Points)/float64(p.Max), rowH-12, "points")
		}
		c.text(pointsX+pointsW+4, y+16, pointsText(p), "small", "")
	}
	c.text(0, 12, "O Outstanding, G Good, RI Requires improvement,", "small", "")
	c.text(0, 26, "I Inadequate, - not rated", "small", "")
	c.text(0, top+rowH*float64(len(rep.Inspections))+20, "Points: 0 to 3 a standard, of 12 for domain two.", "small", "")
	s.Blocks = append(s.Blocks, htmlBlock{Figure: &htmlFigure{Caption: "Ratings of each inspection", Chart: c, Table: table}})
	if len(partial) > 0 {
		s.Blocks = append(s.Blocks, htmlBlock{Para: "* Rated from only some of its key questions, the others having no case judged Yes or No: " + strings.Join(partial, "; ") + "."})
	}
	if len(small) > 0 {
		s.Blocks = append(s.Blocks, htmlBlock{Para: fmt.Sprintf("Small samples: %s rated fewer than %d cases, the least number the inspectorate's published methodology inspects (a default of the methodology, not the CARaG's): %s.",
			plural(len(small), "inspection", "inspections"), smallSampleMin, strings.Join(small, ", "))})
	}

	var f findingsSummary
	for _, in := range rep.Inspections {
		f.Errors += in.Findings.Errors
		f.Warnings += in.Findings.Warnings
		f.CasesWithErrors += in.Findings.CasesWithErrors
		f.CasesWithWarnings += in.Findings.CasesWithWarnings
	}
	s.Blocks = append(s.Blocks,
		htmlBlock{Para: "Overall rating: " + rep.overallNote() + "."},
		htmlBlock{Para: "Findings, all inspections: " + findingsLine(f) + "."},
	)
	if f.Errors > 0 {
		t := htmlTable{Caption: "Error findings of each inspection, with the cases behind them",
			Head: []string{"Inspection", "Finding", "Code", "Cases", "Cases with the error"}}
		for _, in := range rep.Inspections {
			for _, c := range in.Findings.ByCode {
				if c.Severity == judgement.Error {
					t.Rows = append(t.Rows, []htmlCell{rowHead(inspectionName(in.Inspection)), cell(c.Title), cell(c.Code), numCell(c.Cases), errorIDsCell(c)})
				}
			}
		}
		s.Blocks = append(s.Blocks, htmlBlock{Table: &t})
	}
	return []htmlSection{s}
}

// htmlInspection is the sections of one inspection in full.
func (rep *report) htmlInspection(b *pageBuilder, in *inspectionReport) []htmlSection {
	var out []htmlSection

	// Ratings.
	s := htmlSection{ID: "ratings", Heading: "Ratings"}
	switch {
	case rep.Pooled:
		names := make([]string, 0, len(in.PooledFrom))
		for _, n := range in.PooledFrom {
			names = append(names, inspectionName(n))
		}
		s.Blocks = append(s.Blocks, htmlBlock{Para: fmt.Sprintf("POOLED, as asked with -pool: %s rated as one (%s). Pooled figures are not any one inspection's ratings.",
			plural(len(in.PooledFrom), "inspection", "inspections"), cappedIDs(names))})
	case in.Inspection != "":
		s.Blocks = append(s.Blocks, htmlBlock{Para: "Inspection: " + in.Inspection})
	}
	if rep.Selected != "" && len(rep.InspectionsInFile) > 1 {
		s.Blocks = append(s.Blocks, htmlBlock{Note: fmt.Sprintf("One of %d inspections in the file, as asked with -inspection.", len(rep.InspectionsInFile))})
	}
	s.Blocks = append(s.Blocks,
		htmlBlock{Para: fmt.Sprintf("Rated %s; %d excluded; %d with exclusion undetermined (%s).",
			plural(in.Rated, "case", "cases"), in.Excluded.Count, in.ExclusionUndetermined.Count, undeterminedWords)},
	)
	if in.SmallSample != nil {
		s.Blocks = append(s.Blocks, htmlBlock{Para: in.SmallSample.Note})
	}
	s.Blocks = append(s.Blocks,
		htmlBlock{Note: ratingRulesNote},
		htmlBlock{Figure: rep.keyQuestionFigure(b, in)},
	)
	for _, st := range in.Standards {
		if st.RatedFrom != nil {
			s.Blocks = append(s.Blocks, htmlBlock{Para: fmt.Sprintf("* Standard %s %s: %s, %s.", st.Standard, st.Name, ratingText(st.Rating), st.RatedFrom.text())})
		}
	}
	if rep.Profile != nil {
		s.Blocks = append(s.Blocks, htmlBlock{Para: rep.Profile.Note})
	}
	if rep.Profile == nil {
		s.Blocks = append(s.Blocks, htmlBlock{Figure: pointsFigure(b, in)})
	}
	s.Blocks = append(s.Blocks,
		htmlBlock{Para: "Overall rating: " + in.Overall.Note + "."},
	)
	out = append(out, s)

	// Classification.
	s = htmlSection{ID: "classification", Heading: "Classification: case manager and inspector"}
	s.Blocks = append(s.Blocks, htmlBlock{Para: fmt.Sprintf("The case manager's level beside the inspector's, over the %s rated.", plural(in.Rated, "case", "cases"))},
		htmlBlock{Note: kappaReadingNote})
	for _, sc := range in.Classification {
		s.Blocks = append(s.Blocks, htmlBlock{Heading: sc.Scale.Label()})
		s.Blocks = append(s.Blocks, htmlBlock{List: []string{
			fmt.Sprintf("High or Very high: inspector %s, case manager %s.", shareText(sc.InspectorHighOrVeryHigh), shareText(sc.CaseManagerHighOrVeryHigh)),
			comparedLine(sc),
			fmt.Sprintf("Cohen's kappa %s; weighted: linear %s, quadratic %s.", kappaText(sc.Kappa, true), kappaText(sc.LinearKappa, false), kappaText(sc.QuadraticKappa, false)),
		}})
		if sc.KappaNote != "" {
			s.Blocks = append(s.Blocks, htmlBlock{Note: "Undefined: " + sc.KappaNote + "."})
		}
		s.Blocks = append(s.Blocks,
			htmlBlock{Figure: levelsFigure(b, sc)},
			htmlBlock{Figure: heatMapFigure(b, sc.Scale.Label(), "case manager", "inspector", sc.ConfusionMatrix.Counts, sc.Compared)},
		)
	}
	out = append(out, s)

	// Concerns and deficits.
	s = htmlSection{ID: "concerns", Heading: "Safety concerns and assessment problems"}
	concerns := htmlTable{Caption: fmt.Sprintf("Most frequent safety concerns (the research bulletin's list), of the %s rated", plural(in.Rated, "case", "cases")),
		Head: []string{"Rank", "Safety concern", "Cases", "Share"}}
	for i, c := range in.Concerns {
		if i == 5 || c.Cases.Count == 0 {
			break
		}
		concerns.Rows = append(concerns.Rows, []htmlCell{numCell(i + 1), rowHead(c.Concern.Label()), numCell(c.Cases.Count), numText(c.Cases.Text)})
	}
	deficits := htmlTable{Caption: fmt.Sprintf("Most frequent assessment problems (the bulletin's list), of the %s rated", plural(in.Rated, "case", "cases")),
		Head: []string{"Rank", "Assessment problem", "Cases", "Share"}}
	for i, d := range in.Deficits {
		if i == 5 || d.Cases.Count == 0 {
			break
		}
		deficits.Rows = append(deficits.Rows, []htmlCell{numCell(i + 1), rowHead(d.Deficit.Label()), numCell(d.Cases.Count), numText(d.Cases.Text)})
	}
	for _, t := range []htmlTable{concerns, deficits} {
		if len(t.Rows) == 0 {
			s.Blocks = append(s.Blocks, htmlBlock{Para: t.Caption + ": none recorded."})
			continue
		}
		s.Blocks = append(s.Blocks, htmlBlock{Table: &t})
	}
	out = append(out, s)

	// Cases set aside, and findings.
	s = htmlSection{ID: "cases", Heading: "Excluded, undetermined and undecided cases; findings"}
	for _, l := range []struct {
		title string
		list  caseList
	}{
		{"Excluded from the sample (by the I1.1 guidance)", in.Excluded},
		{"Exclusion undetermined (" + undeterminedWords + ")", in.ExclusionUndetermined},
	} {
		if l.list.Count == 0 {
			continue
		}
		t := htmlTable{Caption: l.title + ": " + plural(l.list.Count, "case", "cases"), Head: []string{"Case", "Reason"}}
		for _, c := range l.list.First {
			t.Rows = append(t.Rows, []htmlCell{rowHead(c.Case), cell(c.Reason)})
		}
		s.Blocks = append(s.Blocks, htmlBlock{Table: &t})
		if more := l.list.Count - len(l.list.First); more > 0 {
			s.Blocks = append(s.Blocks, htmlBlock{Note: fmt.Sprintf("... and %d more: %s.", more, moreHint)})
		}
	}
	undecided := htmlTable{Caption: "Undecided summary judgements (not counted)", Head: []string{"Key question", "Cases", "The first of them"}}
	for _, k := range in.KeyQuestions {
		if k.Undecided.Count == 0 {
			continue
		}
		ids := make([]string, 0, len(k.Undecided.First)+1)
		for _, c := range k.Undecided.First {
			ids = append(ids, c.Case)
		}
		if more := k.Undecided.Count - len(k.Undecided.First); more > 0 {
			ids = append(ids, fmt.Sprintf("and %d more (%s)", more, moreHint))
		}
		undecided.Rows = append(undecided.Rows, []htmlCell{rowHead(string(k.KeyQuestion)), numCell(k.Undecided.Count), cell(strings.Join(ids, ", "))})
	}
	if len(undecided.Rows) > 0 {
		s.Blocks = append(s.Blocks, htmlBlock{Table: &undecided})
	}
	s.Blocks = append(s.Blocks, htmlBlock{Para: "Findings: " + findingsLine(in.Findings) + "."})
	if len(in.Findings.ByCode) > 0 {
		t := htmlTable{Caption: "Findings, and the cases behind each error", Head: []string{"Severity", "Finding", "Code", "Findings", "Cases", "Cases with the error"}}
		for _, c := range in.Findings.ByCode {
			ids := cell("")
			if c.Severity == judgement.Error {
				ids = errorIDsCell(c)
			}
			t.Rows = append(t.Rows, []htmlCell{cell(c.Severity.Label()), rowHead(c.Title), cell(c.Code), numCell(c.Findings), numCell(c.Cases), ids})
		}
		s.Blocks = append(s.Blocks, htmlBlock{Table: &t})
	}
	s.Blocks = append(s.Blocks, htmlBlock{Note: "Use inspect -case ID to see one case in full."})
	out = append(out, s)
	return out
}

// errorIDsCell lists every case of an error finding the report keeps, and
// counts the others.
func errorIDsCell(c codeCount) htmlCell {
	ids := strings.Join(c.CaseIDs, ", ")
	if c.CaseIDsNotListed > 0 {
		ids += fmt.Sprintf(", and %d more: %s", c.CaseIDsNotListed, notListedNote)
	}
	return htmlCell{Text: ids, Long: len(c.CaseIDs) > 2}
}

// comparedLine is the agreement line of a scale, as in the text form.
func comparedLine(sc scaleReport) string {
	if sc.Compared == 0 {
		return "Compared no case: none has a level from both the case manager and the inspector."
	}
	line := "Compared " + plural(sc.Compared, "case", "cases")
	if sc.NotCompared > 0 {
		line += fmt.Sprintf(" (%d without a level from both)", sc.NotCompared)
	}
	return line + fmt.Sprintf(": agree %s, case manager lower (under) %s, higher (over) %s.", shareText(sc.Agree), shareText(sc.Under), shareText(sc.Over))
}

// keyQuestionFigure draws each key question's Yes percentage as a bar
// with the band edges, under its standard and the standard's rating.
func (rep *report) keyQuestionFigure(b *pageBuilder, in *inspectionReport) *htmlFigure {
	const labelW, barW, rowH, headH, top = 36.0, 220.0, 22.0, 26.0, 30.0
	table := htmlTable{Caption: "Each key question's cases judged Yes, and each standard's rating",
		Head: []string{"Key question", "Question", "Judged Yes", "Of", "Percentage", "Rating", "n/a", "Undecided"}}
	var desc []string
	rows := len(in.KeyQuestions)
	h := top + float64(len(in.Standards))*headH + float64(rows)*rowH + 8
	var edges []string
	for _, e := range rep.bands {
		edges = append(edges, edgeText(e))
	}
	c := b.chart("Percentage of cases judged Yes on each key question, with the rating bands' edges at "+strings.Join(edges, ", "), "", 450, h)
	y := top
	firstBar := y
	var barYs []float64
	for _, s := range in.Standards {
		lowest := ""
		if s.Lowest != "" {
			lowest = " (lowest " + string(s.Lowest) + ")"
		}
		head := fmt.Sprintf("%s %s: %s%s", s.Standard, s.Name, ratingText(s.Rating), lowest)
		lowestCell := "lowest key question: " + orDash(string(s.Lowest))
		if s.RatedFrom != nil {
			lowestCell += "; " + s.RatedFrom.text()
			desc = append(desc, head+"; "+s.RatedFrom.text()+".")
			head += " *"
		} else {
			desc = append(desc, head+".")
		}
		if s.Partial {
			lowestCell += "; " + partialText(s)
			desc = append(desc, string(s.Standard)+": "+partialText(s)+".")
			head += " (partial)"
		}
		c.rect(0, y+6, 12, 12, "chip r-"+ratingClass(s.Rating))
		c.text(18, y+17, head, "head", "")
		table.Rows = append(table.Rows, []htmlCell{
			rowHead(fmt.Sprintf("Standard %s %s", s.Standard, s.Name)), cell(lowestCell), cell(""), cell(""), cell(""), ratingCell(s.Rating), cell(""), cell(""),
		})
		y += headH
		for _, k := range in.KeyQuestions {
			if k.Standard != s.Standard {
				continue
			}
			c.text(0, y+15, string(k.KeyQuestion), "", "")
			c.rect(labelW, y+3, barW, rowH-6, "track")
			barYs = append(barYs, y+2)
			text := "no case judged Yes or No"
			if k.Yes.Of > 0 {
				c.rect(labelW, y+3, barW*float64(k.Yes.Count)/float64(k.Yes.Of), rowH-6, "bar r-"+ratingClass(k.Rating))
				text = k.Yes.Text + " " + ratingText(k.Rating)
				desc = append(desc, fmt.Sprintf("%s: %s judged Yes (%d of %d), %s.", k.KeyQuestion, k.Yes.Text, k.Yes.Count, k.Yes.Of, ratingText(k.Rating)))
			} else {
				desc = append(desc, fmt.Sprintf("%s: no case judged Yes or No.", k.KeyQuestion))
			}
			c.text(labelW+barW+8, y+15, text, "", "")
			table.Rows = append(table.Rows, []htmlCell{
				rowHead(string(k.KeyQuestion)), cell(k.Text), numCell(k.Yes.Count), numCell(k.Yes.Of), numText(k.Yes.Text), ratingCell(k.Rating),
				numCell(k.NotApplicable), numCell(k.Undecided.Count),
			})
			y += rowH
		}
	}
	for _, e := range rep.bands {
		x := labelW + barW*float64(e)/10000
		for _, by := range barYs {
			c.line(x, by, x, by+rowH-4, "edge")
		}
		c.text(x, firstBar-8, edgeText(e), "small", "middle")
	}
	c.text(labelW, firstBar-8, "0%", "small", "middle")
	c.text(labelW+barW, firstBar-8, "100%", "small", "middle")
	c.Desc = strings.Join(desc, " ") + " Band edges: " + strings.Join(edges, ", ") + "."
	return &htmlFigure{Caption: "Key questions: cases judged Yes, against the rating bands", Chart: c, Table: table}
}

// edgeText shows a band edge, given in hundredths of a percent: "65%".
func edgeText(e int) string {
	if e%100 == 0 {
		return fmt.Sprintf("%d%%", e/100)
	}
	return percentText(e, 10000, nil)
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// pointsFigure draws domain two's points, standard by standard, on their
// 0 to 12 scale: the points the report has (not the 36-point overall
// scale, which needs twelve standards).
func pointsFigure(b *pageBuilder, in *inspectionReport) *htmlFigure {
	const x0, scaleW, y0, barH = 8.0, 440.0, 34.0, 26.0
	p := in.DomainTwoPoints
	maxPts := float64(p.Max)
	title := "Domain two: " + pointsText(p) + " points (0 to 3 a standard, a default from the published methodology)"
	c := b.chart(title, "", 470, 110)
	c.text(x0, 18, "Domain two: "+pointsText(p)+" points", "head", "")
	table := htmlTable{Caption: "Each standard's points", Head: []string{"Standard", "Rating", "Points", "Of"}}
	var desc []string
	per := 0.0
	if len(in.Standards) > 0 {
		per = maxPts / float64(len(in.Standards))
	}
	for i, s := range in.Standards {
		x := x0 + scaleW*float64(i)*per/maxPts
		w := scaleW * per / maxPts
		c.rect(x, y0, w, barH, "track")
		pts := "not rated"
		if s.Points != nil {
			c.rect(x, y0, w*float64(*s.Points)/per, barH, "points")
			pts = fmt.Sprintf("%d of %d", *s.Points, int(per))
			table.Rows = append(table.Rows, []htmlCell{rowHead(string(s.Standard) + " " + s.Name), ratingCell(s.Rating), numCell(*s.Points), numCell(int(per))})
		} else {
			table.Rows = append(table.Rows, []htmlCell{rowHead(string(s.Standard) + " " + s.Name), ratingCell(s.Rating), numText("-"), numCell(int(per))})
		}
		c.line(x, y0-4, x, y0+barH+4, "tick")
		c.text(x+w/2, y0+barH+18, string(s.Standard)+": "+pts, "small", "middle")
		desc = append(desc, fmt.Sprintf("%s %s: %s, %s points.", s.Standard, s.Name, ratingText(s.Rating), pts))
	}
	c.line(x0+scaleW, y0-4, x0+scaleW, y0+barH+4, "tick")
	c.text(x0, y0+barH+34, "0", "small", "middle")
	c.text(x0+scaleW, y0+barH+34, fmt.Sprint(p.Max), "small", "middle")
	total := "-"
	if p.Points != nil {
		total = fmt.Sprint(*p.Points)
	}
	table.Rows = append(table.Rows, []htmlCell{rowHead("Domain two"), cell(""), numText(total), numCell(p.Max)})
	c.Desc = strings.Join(desc, " ") + " Total: " + pointsText(p) + ". No overall rating: the published overall bands score twelve standards."
	return &htmlFigure{Caption: "Domain two's points on their scale", Chart: c, Table: table, Side: true}
}

// levelsFigure draws the levels on one scale, the case manager's beside
// the inspector's.
func levelsFigure(b *pageBuilder, sc scaleReport) *htmlFigure {
	const labelW, barW, barH, groupH = 100.0, 260.0, 14.0, 58.0
	type row struct {
		level   string
		cm, ins int
	}
	var rows []row
	for i, l := range sc.CaseManagerLevels {
		ins := sc.InspectorLevels[i].Cases
		if l.Level == 0 && l.Cases == 0 && ins == 0 {
			continue // show "not recorded" only when some case is
		}
		rows = append(rows, row{levelText(l.Level), l.Cases, ins})
	}
	c := b.chart(sc.Scale.Label()+": cases at each level, case manager beside inspector", "", 470, 8+groupH*float64(len(rows)))
	table := htmlTable{Caption: sc.Scale.Label() + ": cases at each level, of the " + plural(sc.Cases, "case", "cases") + " rated",
		Head: []string{"Level", "Case manager", "Inspector"}}
	var desc []string
	for i, r := range rows {
		y := 4 + float64(i)*groupH
		c.text(0, y+14, r.level, "head", "")
		for j, side := range []struct {
			name  string
			n     int
			class string
		}{{"case manager", r.cm, "cm"}, {"inspector", r.ins, "ins"}} {
			by := y + 20 + float64(j)*(barH+4)
			c.text(labelW-6, by+11, side.name, "small", "end")
			c.rect(labelW, by, barW, barH, "track")
			if sc.Cases > 0 {
				c.rect(labelW, by, barW*float64(side.n)/float64(sc.Cases), barH, side.class)
			}
			c.text(labelW+barW+6, by+11, fmt.Sprintf("%d (%s)", side.n, percentText(side.n, sc.Cases, nil)), "small", "")
		}
		table.Rows = append(table.Rows, []htmlCell{rowHead(r.level), numCell(r.cm), numCell(r.ins)})
		desc = append(desc, fmt.Sprintf("%s: case manager %d, inspector %d.", r.level, r.cm, r.ins))
	}
	c.Desc = strings.Join(desc, " ") + fmt.Sprintf(" Of %s rated.", plural(sc.Cases, "case", "cases"))
	return &htmlFigure{Caption: sc.Scale.Label() + ": levels, case manager beside inspector", Chart: c, Table: table, Side: true}
}

// heatMapFigure draws a 4 by 4 agreement matrix with the counts in it:
// rows by one side, columns by the other; the diagonal (the same level)
// is outlined.
func heatMapFigure(b *pageBuilder, scale, rows, cols string, m [4][4]int, compared int) *htmlFigure {
	const labelW, cellW, cellH, top = 92.0, 64.0, 40.0, 58.0
	levels := classification.Levels()
	peak := 0
	for i := range m {
		for j := range m[i] {
			peak = max(peak, m[i][j])
		}
	}
	title := fmt.Sprintf("%s: agreement matrix, %s (rows) against %s (columns), over %s compared", scale, rows, cols, plural(compared, "case", "cases"))
	c := b.chart(title, "", labelW+4*cellW+8, top+4*cellH+30)
	c.text(0, 14, "rows: "+rows+"; columns: "+cols, "small", "")
	table := htmlTable{Caption: fmt.Sprintf("%s: cases by %s (rows) and %s (columns)", scale, rows, cols), Head: []string{rows + " \\ " + cols}}
	var desc []string
	for j, l := range levels {
		c.text(labelW+float64(j)*cellW+cellW/2, top-10, l.Label(), "small", "middle")
		table.Head = append(table.Head, l.Label())
	}
	for i, a := range levels {
		y := top + float64(i)*cellH
		c.text(labelW-6, y+cellH/2+4, a.Label(), "small", "end")
		row := []htmlCell{rowHead(a.Label())}
		for j, bl := range levels {
			x := labelW + float64(j)*cellW
			n := m[i][j]
			shade := 0
			if peak > 0 && n > 0 {
				shade = 1 + int(math.Round(4*float64(n)/float64(peak)))
				shade = min(5, shade)
			}
			c.rect(x, y, cellW, cellH, fmt.Sprintf("heat h%d", shade))
			c.text(x+cellW/2, y+cellH/2+5, fmt.Sprint(n), fmt.Sprintf("count t%d", shade), "middle")
			row = append(row, numCell(n))
			if n > 0 {
				desc = append(desc, fmt.Sprintf("%s %s, %s %s: %d.", rows, a.Label(), cols, bl.Label(), n))
			}
		}
		table.Rows = append(table.Rows, row)
	}
	for i := range levels {
		x, y := labelW+float64(i)*cellW, top+float64(i)*cellH
		c.rect(x+1.5, y+1.5, cellW-3, cellH-3, "diag")
	}
	c.text(0, top+4*cellH+22, "Outlined: the same level on both sides (agreement).", "small", "")
	if len(desc) == 0 {
		desc = []string{"No case compared."}
	}
	c.Desc = strings.Join(desc, " ") + " Outlined cells, the same level on both sides, are agreement."
	return &htmlFigure{Caption: scale + ": " + rows + " against " + cols, Chart: c, Table: table, Side: true}
}

// shareBars draws labelled bars of shares from 0 to 100%.
type shareBar struct {
	Label string
	Count int
	Of    int
	Text  string // after the bar
}

func shareBarChart(b *pageBuilder, title string, labelW float64, bars []shareBar) svgChart {
	const barW, rowH, top = 160.0, 22.0, 22.0
	c := b.chart(title, "", labelW+barW+8, top+rowH*float64(len(bars))+6) // fit widens it to its text
	c.text(labelW, 14, "0%", "small", "middle")
	c.text(labelW+barW/2, 14, "50%", "small", "middle")
	c.text(labelW+barW, 14, "100%", "small", "middle")
	var desc []string
	for i, s := range bars {
		y := top + float64(i)*rowH
		c.text(0, y+15, s.Label, "", "")
		c.rect(labelW, y+3, barW, rowH-6, "track")
		if s.Of > 0 {
			c.rect(labelW, y+3, barW*float64(s.Count)/float64(s.Of), rowH-6, "ins")
		}
		c.text(labelW+barW+8, y+15, s.Text, "small", "")
		desc = append(desc, s.Label+": "+s.Text+".")
	}
	c.line(labelW+barW/2, top, labelW+barW/2, top+rowH*float64(len(bars)), "edge")
	c.Desc = strings.Join(desc, " ")
	return c
}

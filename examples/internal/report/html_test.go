package report

import (
	"encoding/xml"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/yjinspect/yjinspect/synthetic"
)

var update = flag.Bool("update", false, "rewrite the golden files of the HTML report's figures")

// element is a parsed element of a page: its name, attributes, text (the
// text of its descendants too) and children.
type element struct {
	name     string
	attrs    map[string]string
	text     strings.Builder
	children []*element
	parent   *element
}

func (e *element) all(name string) []*element {
	var out []*element
	for _, c := range e.children {
		if c.name == name {
			out = append(out, c)
		}
		out = append(out, c.all(name)...)
	}
	return out
}

func (e *element) Text() string { return strings.Join(strings.Fields(e.text.String()), " ") }

// parsePage checks that a page is well-formed (as XML: every element
// closed, every attribute quoted, no undeclared entity) and returns its
// tree.
func parsePage(t *testing.T, page string) *element {
	t.Helper()
	d := xml.NewDecoder(strings.NewReader(page))
	d.Strict = true
	root := &element{name: "#document"}
	cur := root
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		require.NoError(t, err, "the page is not well-formed")
		switch tok := tok.(type) {
		case xml.StartElement:
			e := &element{name: tok.Name.Local, attrs: map[string]string{}, parent: cur}
			for _, a := range tok.Attr {
				e.attrs[a.Name.Local] = a.Value
			}
			cur.children = append(cur.children, e)
			cur = e
		case xml.EndElement:
			cur = cur.parent
		case xml.CharData:
			for e := cur; e != nil; e = e.parent {
				e.text.Write(tok)
			}
		}
	}
	require.Same(t, root, cur, "every element is closed")
	return root
}

// pages are the HTML reports the tests check, by name.
func pages(t *testing.T) map[string]string {
	t.Helper()
	d, err := synthetic.Generate(synthetic.Config{Inspections: 3, Cases: 45, Seed: 4})
	require.NoError(t, err)
	three := writeFile(t, "three.jsonl", linesOf(t, slices.Concat(d.Inspections...)))
	second, err := synthetic.SecondReadings(slices.Concat(d.Inspections...), 0.15, 9)
	require.NoError(t, err)
	secondFile := writeFile(t, "second.jsonl", linesOf(t, second[:30]))
	sampleCases, err := readAll(strings.NewReader(string(sample)))
	require.NoError(t, err)
	sampleSecond, err := synthetic.SecondReadings(sampleCases, 0.1, 3)
	require.NoError(t, err)
	sampleSecondFile := writeFile(t, "sample-second.jsonl", linesOf(t, sampleSecond[:40]))
	real := writeFile(t, "real.jsonl", `{"id":"a","inspection":"<b>x</b>","answers":{"I1.1":"no","A1.S":"yes"}}`+"\n"+`{"id":"b","inspection":"<b>x</b>","answers":{"I1.1":"no","A1.S":"no"}}`+"\n")

	out := map[string]string{}
	for name, args := range map[string][]string{
		"sample":              {},
		"three inspections":   {"-cases", three},
		"pooled":              {"-cases", three, "-pool"},
		"not synthetic":       {"-cases", real},
		"moderation":          {"-moderate", sampleSecondFile},
		"moderation of three": {"-cases", three, "-moderate", secondFile},
		"moderation of one":   {"-cases", three, "-moderate", secondFile, "-inspection", d.Inspections[0][0].Inspection},
	} {
		code, page, errs := runInspect(t, "", append(args, "-format", "html", "-errors-ok")...)
		require.Equal(t, 0, code, "%s: %s", name, errs)
		out[name] = page
	}
	return out
}

// TestHTMLWellFormed: each page is well-formed, self-contained and
// labelled: no script, nothing fetched; every chart an image with a title
// and a description, every table a caption; IDs unique.
func TestHTMLWellFormed(t *testing.T) {
	for name, page := range pages(t) {
		t.Run(name, func(t *testing.T) {
			require.True(t, strings.HasPrefix(page, "<!DOCTYPE html>\n"))
			root := parsePage(t, page)
			html := root.all("html")
			require.Len(t, html, 1)
			assert.Equal(t, "en-GB", html[0].attrs["lang"])
			require.Len(t, root.all("title"), 1+len(root.all("svg")), "the page's title and one a chart")

			assert.Empty(t, root.all("script"))
			assert.Empty(t, root.all("link"))
			assert.Empty(t, root.all("img"))
			for _, bad := range []string{"src=", "href=", "url(", "@import", "http://", "https://"} {
				if bad == "http://" {
					// The SVG namespace is a name, not a fetch.
					assert.Equal(t, strings.Count(page, "http://"), strings.Count(page, `xmlns="http://www.w3.org/2000/svg"`))
					continue
				}
				assert.NotContains(t, page, bad)
			}

			ids := map[string]bool{}
			var walk func(e *element)
			walk = func(e *element) {
				if id, ok := e.attrs["id"]; ok {
					assert.False(t, ids[id], "id %q is given twice", id)
					ids[id] = true
				}
				for _, c := range e.children {
					walk(c)
				}
			}
			walk(root)

			svgs := root.all("svg")
			assert.NotEmpty(t, svgs, "every page has a chart")
			for _, svg := range svgs {
				assert.Equal(t, "img", svg.attrs["role"])
				refs := strings.Fields(svg.attrs["aria-labelledby"])
				require.Len(t, refs, 2)
				title, desc := svg.all("title"), svg.all("desc")
				require.Len(t, title, 1)
				require.Len(t, desc, 1)
				assert.Equal(t, refs, []string{title[0].attrs["id"], desc[0].attrs["id"]})
				assert.NotEmpty(t, title[0].Text())
				assert.NotEmpty(t, desc[0].Text())
				assert.Contains(t, svg.attrs["viewBox"], "0 0 ")
			}
			for _, table := range root.all("table") {
				caption := table.all("caption")
				require.Len(t, caption, 1)
				assert.NotEmpty(t, caption[0].Text())
				wrap := table.parent
				assert.Equal(t, "region", wrap.attrs["role"])
				assert.Equal(t, caption[0].attrs["id"], wrap.attrs["aria-labelledby"])
			}
			for _, fig := range root.all("figure") {
				assert.Len(t, fig.all("svg"), 1, "a figure is a chart")
				assert.Len(t, fig.all("table"), 1, "with the table of its figures")
			}
		})
	}
}

// TestHTMLSyntheticLabel: the banner shows exactly when the data are
// synthetic, on screen and on every printed page; names from the records
// are escaped.
func TestHTMLSyntheticLabel(t *testing.T) {
	for name, page := range pages(t) {
		synthetic := name != "not synthetic"
		assert.Equal(t, synthetic, strings.Contains(page, `<p class="synthetic" id="synthetic"><strong>SYNTHETIC DATA:`), name)
		assert.Equal(t, synthetic, strings.Contains(page, "@bottom-center"), name)
		assert.Equal(t, synthetic, strings.Contains(page, "<title>SYNTHETIC: "), name)
		assert.NotContains(t, page, "<b>x</b>", name)
	}
	assert.Contains(t, pages(t)["not synthetic"], "&lt;b&gt;x&lt;/b&gt;")
}

// tableRows returns the rows of the table whose caption starts with
// caption, as the text of their cells.
func tableRows(t *testing.T, root *element, caption string) [][]string {
	t.Helper()
	for _, table := range root.all("table") {
		if !strings.HasPrefix(table.all("caption")[0].Text(), caption) {
			continue
		}
		var rows [][]string
		for _, tr := range table.all("tr") {
			var cells []string
			for _, c := range tr.children {
				cells = append(cells, c.Text())
			}
			rows = append(rows, cells)
		}
		return rows
	}
	t.Fatalf("no table captioned %q", caption)
	return nil
}

// TestHTMLSameFiguresAsText: the page's key question table and bars show
// the figures the text report shows.
func TestHTMLSameFiguresAsText(t *testing.T) {
	code, text, _ := runInspect(t, "", "-errors-ok")
	require.Equal(t, 0, code)
	line := regexp.MustCompile(`(?m)^  ([ADPR][123])\s.*?\s([0-9.]+%)\s+(\d+) of (\d+)\s+(\S.*)$`)
	want := map[string][]string{}
	for _, m := range line.FindAllStringSubmatch(text, -1) {
		want[m[1]] = []string{m[3], m[4], m[2], strings.TrimSpace(m[5])}
	}
	require.Len(t, want, 12)

	root := parsePage(t, pages(t)["sample"])
	got := map[string][]string{}
	for _, r := range tableRows(t, root, "Each key question's cases judged Yes") {
		if len(r) == 8 && regexp.MustCompile(`^[ADPR][123]$`).MatchString(r[0]) {
			got[r[0]] = []string{r[2], r[3], r[4], r[5]}
		}
	}
	assert.Equal(t, want, got)

	// Each bar is as long as its share of the track.
	var tracks, bars []*element
	for _, svg := range root.all("svg") {
		if !strings.HasPrefix(svg.all("title")[0].Text(), "Percentage of cases judged Yes") {
			continue
		}
		for _, r := range svg.all("rect") {
			switch {
			case r.attrs["class"] == "track":
				tracks = append(tracks, r)
			case strings.HasPrefix(r.attrs["class"], "bar "):
				bars = append(bars, r)
			}
		}
	}
	require.Len(t, bars, 12)
	require.Len(t, tracks, 12)
	rows := tableRows(t, root, "Each key question's cases judged Yes")
	i := 0
	for _, r := range rows {
		if len(r) != 8 || !regexp.MustCompile(`^[ADPR][123]$`).MatchString(r[0]) {
			continue
		}
		yes, _ := strconv.Atoi(r[2])
		of, _ := strconv.Atoi(r[3])
		w, _ := strconv.ParseFloat(bars[i].attrs["width"], 64)
		tw, _ := strconv.ParseFloat(tracks[i].attrs["width"], 64)
		assert.InDelta(t, float64(yes)/float64(of), w/tw, 0.001, r[0])
		assert.Contains(t, bars[i].attrs["class"], ratingClassOfLabel(r[5]), r[0])
		i++
	}
}

func ratingClassOfLabel(s string) string {
	return strings.ReplaceAll(strings.ToLower(s), " ", "-")
}

// figures extracts what a page says, not how: each section's heading, each
// chart's title and description, and each table's caption and cells.
func figures(t *testing.T, page string) string {
	t.Helper()
	root := parsePage(t, page)
	var b strings.Builder
	var walk func(e *element)
	walk = func(e *element) {
		switch e.name {
		case "h1", "h2", "h3", "figcaption", "p", "li", "dt", "dd":
			if e.parent.name != "footer" {
				fmt.Fprintf(&b, "%s: %s\n", e.name, e.Text())
			}
			return
		case "svg":
			fmt.Fprintf(&b, "chart: %s\n  %s\n", e.all("title")[0].Text(), e.all("desc")[0].Text())
			return
		case "table":
			fmt.Fprintf(&b, "table: %s\n", e.all("caption")[0].Text())
			for _, tr := range e.all("tr") {
				var cells []string
				for _, c := range tr.children {
					cells = append(cells, c.Text())
				}
				fmt.Fprintf(&b, "  | %s\n", strings.Join(cells, " | "))
			}
			return
		case "style", "title", "footer":
			return
		}
		for _, c := range e.children {
			walk(c)
		}
	}
	walk(root)
	return b.String()
}

// TestHTMLFiguresGolden holds the figures of two pages (not their markup)
// to golden files: the embedded sample's report and its moderation against
// synthetic second readings. go generate ./examples/internal/report
// rewrites them (after the sample they are read from).
func TestHTMLFiguresGolden(t *testing.T) {
	p := pages(t)
	for name, file := range map[string]string{"sample": "html-figures-sample.txt", "moderation": "html-figures-moderation.txt"} {
		got := figures(t, p[name])
		// The second readings' file is a temporary one.
		got = regexp.MustCompile(`from \S+sample-second\.jsonl`).ReplaceAllString(got, "from sample-second.jsonl")
		path := filepath.Join("testdata", file)
		if *update {
			require.NoError(t, os.MkdirAll("testdata", 0o755))
			require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
		}
		want, err := os.ReadFile(path)
		require.NoError(t, err, "run go generate ./examples/internal/report")
		assert.Equal(t, string(want), got, "%s: the figures changed; if that is right, run go generate ./examples/internal/report", name)
	}
}

// FuzzHTMLReport: whatever records are read, the page is well-formed and
// every name from them is escaped.
func FuzzHTMLReport(f *testing.F) {
	f.Add(`{"id":"a","inspection":"<i>&amp;","answers":{"I1.1":"no","A1.S":"yes","A2.5":"high"},"inspector":{"safetyAndWellbeing":"low"}}`)
	f.Add(`{"id":"a\u0001","answers":{"I1.1":"yes","I1.4":"x]]>"}}` + "\n" + `{"id":"b","inspection":"\"'","answers":{"R1.S":"no"}}`)
	f.Add(string(sample[:1000]))
	f.Fuzz(func(t *testing.T, records string) {
		if _, err := readAll(strings.NewReader(records)); err != nil {
			return
		}
		for _, args := range [][]string{{"-cases", "-"}, {"-cases", "-", "-pool"}} {
			var out, errb strings.Builder
			code := run(append(args, "-format", "html"), strings.NewReader(records), &out, &errb, false)
			if code == 2 {
				continue // no records
			}
			parsePage(t, out.String())
		}
		second := writeFile(t, "second.jsonl", records)
		var out, errb strings.Builder
		if code := run([]string{"-cases", "-", "-moderate", second, "-format", "html"}, strings.NewReader(records), &out, &errb, false); code != 2 {
			parsePage(t, out.String())
		}
	})
}

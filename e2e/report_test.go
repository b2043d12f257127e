package e2e

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/yjinspect/yjinspect/record"
	"github.com/yjinspect/yjinspect/synthetic"
)

// reportPages builds examples/inspect and writes its HTML report of
// SYNTHETIC data in four forms: one inspection, several, and the
// moderation of one inspection and of several. It returns the files by
// name.
func reportPages(t *testing.T) map[string]string {
	t.Helper()
	dir := t.TempDir()
	bin := filepath.Join(dir, "inspect")
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	out, err := exec.CommandContext(ctx, "go", "build", "-o", bin, "github.com/yjinspect/yjinspect/examples/inspect").CombinedOutput()
	require.NoError(t, err, "building inspect: %s", out)

	d, err := synthetic.Generate(synthetic.Config{Inspections: 6, Cases: 240, Seed: 12})
	require.NoError(t, err)
	second, err := synthetic.SecondReadings(slices.Concat(d.Inspections...), 0.1, 12)
	require.NoError(t, err)
	write := func(name string, cases []record.Case) string {
		var buf bytes.Buffer
		require.NoError(t, synthetic.WriteJSONLines(&buf, cases))
		path := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(path, buf.Bytes(), 0o644))
		return path
	}
	first := write("first.jsonl", slices.Concat(d.Inspections...))
	// A share of the cases read again, as in practice.
	var share []record.Case
	for i, c := range second {
		if i%3 == 0 {
			share = append(share, c)
		}
	}
	secondFile := write("second.jsonl", share)

	pages := map[string]string{}
	for name, args := range map[string][]string{
		"one":             {},
		"several":         {"-cases", first},
		"moderation":      {"-cases", first, "-moderate", secondFile, "-inspection", d.Inspections[0][0].Inspection},
		"moderation-many": {"-cases", first, "-moderate", secondFile},
	} {
		cmd := exec.CommandContext(ctx, bin, append(args, "-format", "html", "-errors-ok")...)
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		require.NoError(t, cmd.Run(), "%s: %s", name, stderr.String())
		path := filepath.Join(dir, "report-"+name+".html")
		require.NoError(t, os.WriteFile(path, stdout.Bytes(), 0o644))
		pages[name] = path
	}
	return pages
}

// reportWidths are the window widths the HTML report is checked at: a
// desktop, a small laptop or tablet, and a small phone.
var reportWidths = []int64{1400, 1024, 420}

// reportLayout is what the report's layout check finds on a page.
type reportLayout struct {
	// Overflow lists the elements wider than the window, as the web
	// form's pages are checked (page.overflow), but for what is inside a
	// table's scrolling region, which is checked as a whole.
	Overflow []string `json:"overflow"`
	// Scrolling lists the tables wider than their region, which then
	// scrolls sideways on its own.
	Scrolling []string `json:"scrolling"`
	// Unlabelled lists the scrolling regions that a keyboard cannot reach
	// or a screen reader cannot name.
	Unlabelled []string `json:"unlabelled"`
	// Cut lists the captions with text outside the part of their region
	// that shows (a caption cut mid-word).
	Cut []string `json:"cut"`
}

// checkReportLayout reads the layout of the page open in ctx (see
// reportLayout).
func checkReportLayout(ctx context.Context, t *testing.T) reportLayout {
	t.Helper()
	res, err := chromedp.Run(ctx, chromedp.Evaluate[reportLayout](`(() => {
		const w = document.documentElement.clientWidth, res = {overflow: [], scrolling: [], unlabelled: [], cut: []};
		const name = el => el.tagName.toLowerCase() + (el.id ? "#" + el.id : "") + (el.className && typeof el.className === "string" ? "." + el.className.trim().replace(/\s+/g, ".") : "");
		for (const el of document.querySelectorAll("body *")) {
			const r = el.getBoundingClientRect();
			const region = el.parentElement && el.parentElement.closest(".table-wrap");
			if (r.width > 0 && !region && (r.right > w + 0.5 || r.left < -0.5)) {
				res.overflow.push(name(el) + " " + Math.round(r.left) + ".." + Math.round(r.right) + " > " + w);
			}
		}
		for (const reg of document.querySelectorAll(".table-wrap")) {
			if (reg.scrollWidth <= reg.clientWidth + 1) continue;
			const caption = reg.querySelector("caption");
			res.scrolling.push((caption ? caption.textContent : name(reg)) + ": " + reg.scrollWidth + " > " + reg.clientWidth);
			const label = reg.getAttribute("aria-labelledby");
			if (reg.tabIndex !== 0 || reg.getAttribute("role") !== "region" || !label || !document.getElementById(label) || !document.getElementById(label).textContent.trim()) {
				res.unlabelled.push(name(reg));
			}
		}
		for (const c of document.querySelectorAll("caption, figcaption")) {
			const reg = c.closest(".table-wrap");
			const box = reg ? reg.getBoundingClientRect() : {left: 0, right: w};
			const right = reg ? box.left + reg.clientWidth : w;
			const range = document.createRange();
			range.selectNodeContents(c);
			for (const line of range.getClientRects()) {
				if (line.width > 0 && (line.right > right + 0.5 || line.left < box.left - 0.5)) {
					res.cut.push(c.textContent + ": " + Math.round(line.left) + ".." + Math.round(line.right) + " outside " + Math.round(box.left) + ".." + Math.round(right));
					break;
				}
			}
		}
		return res;
	})()`))
	require.NoError(t, err)
	return res
}

// TestReportInBrowser opens each HTML report in Chromium at a desktop, a
// laptop and a phone width: every chart is drawn; nothing but a table's
// own region scrolls sideways (the web form's overflow check), and only at
// the phone width, in a region a keyboard can reach and a screen reader
// can name; no caption is cut; axe-core finds no WCAG A or AA violation;
// and a full-page screenshot of each goes to e2e/artefacts/. The report
// of one inspection is also printed to PDF on A4 and photographed as
// print media at A4's width.
func TestReportInBrowser(t *testing.T) {
	browser := requireBrowser(t)
	axe := requireAxe(t)
	pages := reportPages(t)
	ctx := newBrowser(t, browser)

	for _, name := range []string{"one", "several", "moderation", "moderation-many"} {
		for _, width := range reportWidths {
			t.Run(fmt.Sprintf("%s-%d", name, width), func(t *testing.T) {
				require.NoError(t, chromedp.Do(ctx,
					chromedp.EmulateViewport(width, 900),
					chromedp.Navigate("file://"+pages[name]),
					chromedp.WaitVisible(chromedp.CSS(`main`)),
				))
				charts, err := chromedp.Run(ctx, chromedp.Evaluate[[]float64](`[...document.querySelectorAll("svg.chart")].map(s => { const r = s.getBoundingClientRect(); return r.width * r.height; })`))
				require.NoError(t, err)
				require.NotEmpty(t, charts, "the page has charts")
				for i, area := range charts {
					assert.Positive(t, area, "chart %d is drawn", i)
				}
				shapes, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll("svg.chart rect, svg.chart text").length`))
				require.NoError(t, err)
				assert.Greater(t, shapes, 10*len(charts), "the charts have their shapes")
				scroll, err := chromedp.Run(ctx, chromedp.Evaluate[[]float64](`[document.documentElement.scrollWidth, document.documentElement.clientWidth]`))
				require.NoError(t, err)
				assert.LessOrEqual(t, scroll[0], scroll[1], "the page does not scroll sideways")
				layout := checkReportLayout(ctx, t)
				assert.Empty(t, layout.Overflow, "elements wider than the window")
				assert.Empty(t, layout.Cut, "captions cut")
				assert.Empty(t, layout.Unlabelled, "scrolling regions without a keyboard stop or a name")
				if width >= 1024 {
					assert.Empty(t, layout.Scrolling, "tables that do not fit where there is room for them")
				} else if len(layout.Scrolling) > 0 {
					t.Logf("tables scrolling in their region at %d px: %q", width, layout.Scrolling)
				}
				banner, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(`#synthetic`)))
				require.NoError(t, err)
				assert.Contains(t, banner, "SYNTHETIC DATA")

				axeCheck(ctx, t, axe, fmt.Sprintf("report %s at %d px", name, width))
				shot, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
				require.NoError(t, err)
				artefact(t, fmt.Sprintf("report-%s-%d.png", name, width), shot)
			})
		}
	}

	t.Run("print", func(t *testing.T) {
		require.NoError(t, chromedp.Do(ctx,
			chromedp.EmulateViewport(1400, 900),
			chromedp.Navigate("file://"+pages["one"]),
			chromedp.WaitVisible(chromedp.CSS(`main`)),
		))
		pdf, err := chromedp.Run(ctx, chromedp.PrintToPDF(chromedp.PDFPreferCSSPageSize(), chromedp.PDFPrintBackground()))
		require.NoError(t, err)
		require.True(t, bytes.HasPrefix(pdf, []byte("%PDF")))
		artefact(t, "report-one.pdf", pdf)
		// Every page is A4: 595 by 842 points (210 by 297 mm).
		boxes := regexp.MustCompile(`/MediaBox\s*\[\s*0 0 ([0-9.]+) ([0-9.]+)\s*\]`).FindAllSubmatch(pdf, -1)
		require.NotEmpty(t, boxes)
		for _, b := range boxes {
			w, _ := strconv.ParseFloat(string(b[1]), 64)
			h, _ := strconv.ParseFloat(string(b[2]), 64)
			assert.InDelta(t, 595.3, w, 1.5)
			assert.InDelta(t, 841.9, h, 1.5)
		}
		t.Logf("printed on %d A4 pages", len(boxes))

		// The print styles, at A4's width less its margins (186 mm).
		require.NoError(t, chromedp.Do(ctx,
			chromedp.EmulateViewport(703, 1000),
			chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
				_, err := cdp.Call(ctx, tg, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"})
				return err
			}),
		))
		shot, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
		require.NoError(t, err)
		artefact(t, "report-one-print.png", shot)
	})
}

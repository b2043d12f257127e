package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// sampleRecord is the example record of the record package's doc, read from
// the one file that holds it: saved, it has errors and warnings.
var sampleRecord = func() string {
	b, err := os.ReadFile("../record/testdata/example.json")
	if err != nil {
		panic(err)
	}
	return string(b)
}()

// axeTags are the rule sets axe-core runs: WCAG 2.0, 2.1 and 2.2 at levels
// A and AA, the level UK public sector services must meet.
var axeTags = []string{"wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"}

// widths are the window widths every page is checked and photographed at:
// a desktop and a small phone.
var widths = []int64{1400, 420}

// layoutWidths are the widths at which no page may scroll sideways: those
// above and a small laptop's.
var layoutWidths = []int64{1400, 1024, 420}

// requireAxe returns the source of axe-core, installed by `npm ci` in e2e/
// (package.json pins its version). Without it the test skips, except in CI,
// where it fails.
func requireAxe(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("node_modules", "axe-core", "axe.min.js"))
	if err == nil {
		return string(b)
	}
	msg := "axe-core is not installed (e2e/node_modules/axe-core/axe.min.js): run `npm ci` in e2e/"
	if os.Getenv("CI") == "true" {
		t.Fatal(msg + "; CI=true, so the accessibility test must run")
	}
	t.Skip(msg + "; skipping the accessibility test")
	return ""
}

// axeResult is what the test reads of axe.run's result.
type axeResult struct {
	Violations []struct {
		ID     string   `json:"id"`
		Impact string   `json:"impact"`
		Help   string   `json:"help"`
		Tags   []string `json:"tags"`
		Nodes  []struct {
			Target         []any  `json:"target"`
			HTML           string `json:"html"`
			FailureSummary string `json:"failureSummary"`
		} `json:"nodes"`
	} `json:"violations"`
	Passes     int `json:"passes"`
	Incomplete int `json:"incomplete"`
}

// checkAxe injects axe-core into the page and fails the test on every
// violation of the WCAG A and AA rules, listing the elements at fault.
func (p page) checkAxe(axe, name string) {
	p.t.Helper()
	axeCheck(p.ctx, p.t, axe, name)
}

// axeCheck injects axe (the source of axe-core, see requireAxe) into the page
// open in ctx and fails t on every violation of the WCAG A and AA rules,
// listing the elements at fault. Every page of the web form and of the HTML
// report is checked by it.
func axeCheck(ctx context.Context, t *testing.T, axe, name string) {
	t.Helper()
	tags, _ := json.Marshal(axeTags)
	require.NoError(t, chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](`if (!window.axe) {`+axe+`}`)), name)
	res, err := chromedp.Run(ctx, chromedp.Evaluate[axeResult](`axe.run(document, {runOnly: {type: "tag", values: `+string(tags)+`}, resultTypes: ["violations"]}).then(r => ({violations: r.violations, passes: r.passes.length, incomplete: r.incomplete.length}))`, chromedp.EvalAwaitPromise))
	require.NoError(t, err, name)
	for _, v := range res.Violations {
		var where []string
		for _, n := range v.Nodes {
			where = append(where, fmt.Sprintf("    %v %s\n      %s", n.Target, n.HTML, strings.ReplaceAll(n.FailureSummary, "\n", "\n      ")))
		}
		t.Errorf("%s: axe: %s (%s, %s): %s\n%s", name, v.ID, v.Impact, strings.Join(v.Tags, " "), v.Help, strings.Join(where, "\n"))
	}
	t.Logf("%s: axe: %d violations, %d rules passed, %d to review by hand", name, len(res.Violations), res.Passes, res.Incomplete)
}

// overflow returns the elements wider than the window: anything that makes
// the page scroll sideways or is cut at its edge. A wide data table inside
// a region of its own that scrolls sideways, and that the keyboard can
// reach (tabindex), lies within the window (WCAG 1.4.10 allows data tables
// to scroll in two dimensions): its cells are not counted, the region is.
func (p page) overflow() []string {
	p.t.Helper()
	out, err := chromedp.Run(p.ctx, chromedp.Evaluate[[]string](`(() => {
		const w = document.documentElement.clientWidth, out = [];
		const inScroller = el => {
			for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
				const ox = getComputedStyle(a).overflowX;
				if ((ox === "auto" || ox === "scroll") && a.hasAttribute("tabindex")) {
					const r = a.getBoundingClientRect();
					return r.right <= w + 0.5 && r.left >= -0.5;
				}
			}
			return false;
		};
		for (const el of document.querySelectorAll("body *")) {
			const r = el.getBoundingClientRect();
			if (r.width > 0 && (r.right > w + 0.5 || r.left < -0.5) && !el.closest(".visually-hidden") && !inScroller(el)) {
				out.push(el.tagName.toLowerCase() + (el.id ? "#" + el.id : "") + (el.className && typeof el.className === "string" ? "." + el.className.trim().replace(/\s+/g, ".") : "") + " " + Math.round(r.left) + ".." + Math.round(r.right) + " > " + w);
			}
		}
		return out;
	})()`))
	require.NoError(p.t, err)
	return out
}

// openGuidance opens the guidance panel of a question and waits for the
// script to fetch it.
func openGuidance(id string) chromedp.Action[chromedp.Void] {
	sel := fmt.Sprintf(`#question-%s details.guidance`, strings.ReplaceAll(id, ".", `\.`))
	return chromedp.Steps(
		click(sel+` > summary`),
		chromedp.WaitVisible(chromedp.CSS(sel+`[data-loaded="yes"] .guidance-body p`)),
	)
}

// TestWebformAccessibility checks every page with axe-core at WCAG 2.2 A and
// AA, at a desktop and a phone width, saving a screenshot of each; checks
// that no page scrolls sideways; and goes through the whole case form with
// the keyboard alone.
func TestWebformAccessibility(t *testing.T) {
	browser := requireBrowser(t)
	axe := requireAxe(t)
	base, _ := startWebform(t)
	p := page{t: t, ctx: newBrowser(t, browser)}

	// A saved case with errors and warnings: the sample record of the
	// record package, imported through the form.
	p.do(
		chromedp.Navigate(base+"/"),
		chromedp.SetValue(chromedp.CSS(`#import-reviewer`), "A11y Reviewer"),
		chromedp.SetValue(chromedp.CSS(`#import-record`), sampleRecord),
		click(`#import-submit`),
		chromedp.WaitVisible(chromedp.CSS(`#results`)),
	)
	assert.Contains(t, p.text(`#finding-counts`), "error")
	require.NotEmpty(t, p.text(`#findings .severity-error`), "the saved case has errors")
	require.NotEmpty(t, p.text(`#findings .severity-warning`), "the saved case has warnings")

	// A record marked synthetic, of a named inspection: its page has the
	// banner, and the list tags it.
	p.do(
		chromedp.Navigate(base+"/"),
		chromedp.SetValue(chromedp.CSS(`#import-record`), strings.Replace(sampleRecord, `"id": "case-014",`, `"id": "case-syn", "synthetic": true,`, 1)),
		click(`#import-submit`),
		chromedp.WaitVisible(chromedp.CSS(`#synthetic-banner`)),
	)

	// The 60 cases of inspect's sample (two pages of the list, a report
	// of one inspection), a second version of case-014 (a history with a
	// change), and a deleted case.
	sample, err := os.ReadFile("../examples/internal/report/sample.jsonl")
	require.NoError(t, err)
	p.do(
		chromedp.Navigate(base+"/"),
		chromedp.SetValue(chromedp.CSS(`#import-record`), string(sample)),
		click(`#import-submit`),
		chromedp.WaitVisible(chromedp.CSS(`#notice`)),
		chromedp.Navigate(base+"/cases/case-014/edit"),
		answer("A1.1", "no"),
	)
	p.saveAndWait()
	p.do(
		chromedp.Navigate(base+"/cases/insp-01-case-060/edit"),
		chromedp.Evaluate[chromedp.Void](`window.confirm = () => true`),
		click(`form.delete button`),
		chromedp.WaitVisible(chromedp.CSS(`#notice`)),
	)

	type pageCase struct {
		name string
		open func() // brings the page up
	}
	pages := []pageCase{
		{name: "index", open: func() { p.do(chromedp.Navigate(base + "/")) }},
		{name: "index-page-2", open: func() { p.do(chromedp.Navigate(base + "/?page=2")) }},
		{name: "index-filtered", open: func() { p.do(chromedp.Navigate(base + "/?inspection=insp-01&status=incomplete")) }},
		{name: "new-case", open: func() {
			p.do(chromedp.Navigate(base+"/cases/new"), openGuidance("A2.5"))
		}},
		{name: "saved-case", open: func() {
			p.do(chromedp.Navigate(base+"/cases/case-014/edit"), openGuidance("A1.1"))
		}},
		{name: "synthetic-case", open: func() {
			p.do(chromedp.Navigate(base+"/cases/case-syn/edit"), openGuidance("A1.1"))
		}},
		{name: "failed-save-case", open: func() {
			// Saved meanwhile (as from another tab), then saved here: the
			// form comes back with what was typed and the conflict.
			p.do(
				chromedp.Navigate(base+"/cases/case-syn/edit"),
				chromedp.Evaluate[chromedp.Void](`fetch("/cases", {method: "POST", body: new FormData(document.getElementById("case-form"))}).then(r => r.text())`, chromedp.EvalAwaitPromise),
				chromedp.SendKeys(chromedp.CSS(`#input-note-case`), "typed before the conflict"),
				chromedp.Evaluate[chromedp.Void](`document.body.dataset.stale = "1"`),
				click(`#save`),
				chromedp.WaitVisible(chromedp.CSS(`body:not([data-stale]) #errors`)),
				openGuidance("A1.1"),
			)
		}},
		{name: "history", open: func() { p.do(chromedp.Navigate(base + "/cases/case-014/history")) }},
		{name: "deleted", open: func() { p.do(chromedp.Navigate(base + "/deleted")) }},
		{name: "deleted-history", open: func() { p.do(chromedp.Navigate(base + "/cases/insp-01-case-060/history")) }},
		{name: "report", open: func() { p.do(chromedp.Navigate(base + "/report")) }},
		{name: "report-inspection", open: func() { p.do(chromedp.Navigate(base + "/report?inspection=insp-01")) }},
		{name: "guidance", open: func() { p.do(chromedp.Navigate(base + "/guidance/A2.5")) }},
		{name: "search", open: func() { p.do(chromedp.Navigate(base + "/search?q=risk+of+harm")) }},
		{name: "import-error", open: func() {
			p.do(
				chromedp.Navigate(base+"/"),
				chromedp.SetValue(chromedp.CSS(`#import-record`), `{"id": "bad", "colour": "blue"}`),
				click(`#import-submit`),
				chromedp.WaitVisible(chromedp.CSS(`#import-error`)),
			)
		}},
		{name: "error", open: func() { p.do(chromedp.Navigate(base + "/no-such-page")) }},
	}
	for _, w := range layoutWidths {
		p.do(chromedp.EmulateViewport(w, 900))
		for _, pc := range pages {
			name := fmt.Sprintf("%s-%d", pc.name, w)
			pc.open()
			assert.Empty(t, p.overflow(), "%s: elements wider than the window", name)
			if !slices.Contains(widths, w) {
				continue // checked for overflow only
			}
			p.checkAxe(axe, name)
			if strings.HasSuffix(pc.name, "case") {
				// The case form is long: its top, a question with its
				// guidance open, the facts and (when saved) the judgement.
				p.do(chromedp.Evaluate[chromedp.Void](`window.scrollTo(0, 0)`))
				p.screenshot(name+"-1-top.png", false)
				p.do(chromedp.Evaluate[chromedp.Void](`document.querySelector("details.guidance[open]").closest(".question").scrollIntoView()`))
				p.screenshot(name+"-2-question.png", false)
				p.do(chromedp.Evaluate[chromedp.Void](`document.getElementById("facts").scrollIntoView()`))
				p.screenshot(name+"-3-facts.png", false)
				p.do(chromedp.Evaluate[chromedp.Void](`document.getElementById("rosh").scrollIntoView()`))
				p.screenshot(name+"-4-rosh.png", false)
				if pc.name == "saved-case" {
					p.do(chromedp.Evaluate[chromedp.Void](`document.getElementById("results").scrollIntoView()`))
					p.screenshot(name+"-5-judgement.png", false)
					p.do(chromedp.Evaluate[chromedp.Void](`document.getElementById("findings").scrollIntoView()`))
					p.screenshot(name+"-6-findings.png", false)
				}
				continue
			}
			// The search page and the list are long: their top is what
			// matters.
			p.screenshot(name+".png", pc.name != "search" && !strings.HasPrefix(pc.name, "index"))
		}
	}
}

// focusStop is what the keyboard test reads of the element that has the
// focus.
type focusStop struct {
	Key      string  `json:"key"` // identifies the control; radios by their group
	Tag      string  `json:"tag"`
	Outline  string  `json:"outline"`
	Shadow   string  `json:"shadow"`
	Visible  bool    `json:"visible"`  // the focus indicator shows
	Obscured bool    `json:"obscured"` // wholly behind the sticky save bar
	Top      float64 `json:"top"`
}

// controlsJS marks every control of the page a keyboard user must reach
// (links, buttons, fields, the guidance panels' summaries; shown, not
// inside a closed panel) with a key in data-k, and returns the keys. A group
// of radio buttons is one control: Tab reaches one of them, the arrow keys
// the others.
const controlsJS = `(() => {
	const keys = [];
	let i = 0;
	for (const el of document.querySelectorAll("a[href], button, input:not([type=hidden]), select, textarea, summary")) {
		if (!el.checkVisibility()) continue;
		let key;
		if (el.type === "radio") {
			key = "radio " + el.name;
		} else {
			i++;
			key = i + " " + el.tagName.toLowerCase() + (el.id ? "#" + el.id : "") + (el.name ? " " + el.name : "") + " " + (el.getAttribute("href") || el.textContent.trim().slice(0, 30));
		}
		el.dataset.k = key;
		if (!keys.includes(key)) keys.push(key);
	}
	return keys;
})()`

// focusJS describes document.activeElement as a focusStop.
const focusJS = `(() => {
	const el = document.activeElement;
	if (!el || el === document.body) return {key: "body", tag: "body"};
	const cs = getComputedStyle(el);
	const outline = cs.outlineStyle !== "none" && parseFloat(cs.outlineWidth) >= 2;
	const shadow = cs.boxShadow !== "none";
	const r = el.getBoundingClientRect();
	const bar = document.querySelector(".save-bar");
	let obscured = false;
	if (bar && !bar.contains(el)) {
		const b = bar.getBoundingClientRect();
		obscured = r.top >= b.top && r.bottom <= b.bottom + 1 && r.height > 0;
	}
	return {key: el.dataset.k || "unmarked " + el.outerHTML.slice(0, 80), tag: el.tagName.toLowerCase(),
		outline: cs.outlineStyle + " " + cs.outlineWidth + " " + cs.outlineColor,
		shadow: cs.boxShadow, visible: outline || shadow, obscured, top: r.top};
})()`

// TestWebformKeyboard goes through the whole new case form with the Tab key
// alone: every control is reached, the focus always shows, and it is never
// hidden behind the sticky save bar; then it fills and saves a case with
// the keyboard.
func TestWebformKeyboard(t *testing.T) {
	browser := requireBrowser(t)
	base, _ := startWebform(t)
	p := page{t: t, ctx: newBrowser(t, browser)}
	p.do(chromedp.EmulateViewport(1400, 900), chromedp.Navigate(base+"/cases/new"), chromedp.WaitVisible(chromedp.CSS(`#input-id`)))

	want, err := chromedp.Run(p.ctx, chromedp.Evaluate[[]string](controlsJS))
	require.NoError(t, err)
	require.Greater(t, len(want), 150, "the form's controls")

	reached := map[string]bool{}
	var stops []focusStop
	for i := 0; i < 2*len(want); i++ {
		p.do(chromedp.KeyEvent(kb.Tab))
		s, err := chromedp.Run(p.ctx, chromedp.Evaluate[focusStop](focusJS))
		require.NoError(t, err)
		if reached[s.Key] {
			break // round the page and back to a control already reached
		}
		stops = append(stops, s)
		if s.Key == "body" {
			continue
		}
		reached[s.Key] = true
		assert.True(t, s.Visible, "stop %d, %s: no visible focus indicator (outline %q, box-shadow %q)", i, s.Key, s.Outline, s.Shadow)
		assert.False(t, s.Obscured, "stop %d, %s: hidden behind the save bar", i, s.Key)
	}
	t.Logf("%d tab stops for %d controls", len(stops), len(want))
	for _, k := range want {
		assert.True(t, reached[k], "not reached with Tab: %s", k)
	}

	// Fill and save with the keyboard: type the ID, answer the first
	// question with the arrow keys, open a guidance panel with Enter, and
	// submit with Enter in the ID field.
	p.do(chromedp.Navigate(base+"/cases/new"), chromedp.WaitVisible(chromedp.CSS(`#input-id`)))
	_, err = chromedp.Run(p.ctx, chromedp.Evaluate[[]string](controlsJS))
	require.NoError(t, err)
	tabTo := func(prefix string) {
		t.Helper()
		for range 40 {
			p.do(chromedp.KeyEvent(kb.Tab))
			s, err := chromedp.Run(p.ctx, chromedp.Evaluate[focusStop](focusJS))
			require.NoError(t, err)
			if strings.Contains(s.Key, prefix) {
				return
			}
		}
		t.Fatalf("%s not reached", prefix)
	}
	tabTo("input#input-id")
	p.do(chromedp.KeyEvent("kbd-case"))
	tabTo("input#input-reviewer")
	p.do(chromedp.KeyEvent("Keyboard Reviewer"))
	tabTo("radio answer-I1.1")
	p.do(chromedp.KeyEvent(kb.ArrowRight)) // from "not answered" round to "yes"
	p.screenshot("keyboard-focus-radio.png", false)
	tabTo("summary Guidance on I 1.1")
	p.do(chromedp.KeyEvent(kb.Enter), chromedp.WaitVisible(chromedp.CSS(`#question-I1\.1 details[data-loaded="yes"]`)))
	p.screenshot("keyboard-focus-guidance.png", false)
	p.do(
		chromedp.Focus(chromedp.CSS(`#input-id`)),
		chromedp.Evaluate[chromedp.Void](`document.body.dataset.stale = "1"`),
		chromedp.KeyEvent(kb.Enter),
		chromedp.WaitVisible(chromedp.CSS(`body:not([data-stale]) #results`)),
	)
	assert.Equal(t, "Saved.", p.text(`#saved`))
	assert.Equal(t, "kbd-case", p.text(`#case-title`))
	checked, err := chromedp.Run(p.ctx, chromedp.Evaluate[string](`document.querySelector('input[name="answer-I1.1"]:checked').value`))
	require.NoError(t, err)
	assert.Equal(t, "yes", checked)
}

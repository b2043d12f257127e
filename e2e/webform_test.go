package e2e

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/yjinspect/yjinspect/classification"
	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/record"
	"github.com/yjinspect/yjinspect/synthetic"
)

// findBrowser returns the path of a Chromium or Chrome binary, or "".
func findBrowser() string {
	if p := os.Getenv("E2E_BROWSER"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "headless-shell", "chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	for _, p := range []string{"/usr/bin/chromium", "/usr/lib/chromium/chromium"} {
		if fi, err := os.Stat(p); err == nil && !fi.IsDir() {
			return p
		}
	}
	return ""
}

// requireBrowser skips the test without a browser, except in CI, where a
// missing browser is a failure.
func requireBrowser(t *testing.T) string {
	t.Helper()
	browser := findBrowser()
	if browser != "" {
		return browser
	}
	const msg = "no Chromium or Chrome found (looked for chromium, chromium-browser, google-chrome, headless-shell on the PATH, /usr/bin/chromium, and $E2E_BROWSER)"
	if os.Getenv("CI") == "true" {
		t.Fatal(msg + "; CI=true, so the browser test must run: install chromium (apt-get install chromium)")
	}
	t.Skip(msg + "; skipping the browser test. Install chromium (apt-get install chromium) to run it")
	return ""
}

// startWebform builds the example web form and starts it on a free port of
// 127.0.0.1 with its cases in a database of its own; it returns the base URL
// and the database's file.
func startWebform(t *testing.T) (base, db string) {
	t.Helper()
	dir := t.TempDir()
	bin := filepath.Join(dir, "webform")
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	// The web form is a nested module of its own (examples/webform/go.mod):
	// build it there.
	build := exec.CommandContext(ctx, "go", "build", "-o", bin, ".")
	build.Dir = filepath.Join("..", "examples", "webform")
	out, err := build.CombinedOutput()
	require.NoError(t, err, "building the web form: %s", out)

	db = filepath.Join(dir, "cases.db")
	cmd := exec.Command(bin, "-addr", "127.0.0.1:0", "-db", db)
	stdout, err := cmd.StdoutPipe()
	require.NoError(t, err)
	cmd.Stderr = os.Stderr
	require.NoError(t, cmd.Start())
	t.Cleanup(func() {
		_ = cmd.Process.Signal(os.Interrupt)
		done := make(chan struct{})
		go func() { _ = cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(5 * time.Second):
			_ = cmd.Process.Kill()
			<-done
		}
	})

	found := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stdout)
		listening := regexp.MustCompile(`listening on (http://\S+)`)
		for sc.Scan() {
			if m := listening.FindStringSubmatch(sc.Text()); m != nil {
				found <- m[1]
			}
		}
	}()
	select {
	case base = <-found:
	case <-time.After(15 * time.Second):
		t.Fatal("the web form did not say where it listens")
	}
	return base, db
}

// newBrowser starts a headless Chromium with a fresh profile and no
// background traffic (the machine may have no network).
func newBrowser(t *testing.T, browser string) context.Context {
	t.Helper()
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(browser),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 1000),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("disable-default-apps", true),
		chromedp.Flag("disable-domain-reliability", true),
		chromedp.Flag("disable-client-side-phishing-detection", true),
		chromedp.Flag("disable-breakpad", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("disable-features", "Translate,OptimizationHints,MediaRouter,DialMediaRouteProvider,AutofillServerCommunication"),
		chromedp.Flag("no-pings", true),
		chromedp.Flag("metrics-recording-only", true),
		chromedp.Flag("mute-audio", true),
		chromedp.Flag("password-store", "basic"),
		chromedp.Flag("use-mock-keychain", true),
	}
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancelAlloc)
	ctx, cancelCtx := chromedp.NewContext(allocCtx)
	t.Cleanup(cancelCtx)
	ctx, cancelTimeout := context.WithTimeout(ctx, 8*time.Minute)
	t.Cleanup(cancelTimeout)
	return ctx
}

// artefact writes a test artefact under e2e/artefacts and logs its path.
func artefact(t *testing.T, name string, data []byte) {
	t.Helper()
	dir, err := filepath.Abs("artefacts")
	require.NoError(t, err)
	require.NoError(t, os.MkdirAll(dir, 0o755))
	path := filepath.Join(dir, name)
	require.NoError(t, os.WriteFile(path, data, 0o644))
	t.Logf("artefact: %s (%d bytes)", path, len(data))
}

// page reads the page of a browser tab, failing the test on any error.
type page struct {
	t   *testing.T
	ctx context.Context
}

func (p page) do(steps ...chromedp.Action[chromedp.Void]) {
	p.t.Helper()
	require.NoError(p.t, chromedp.Do(p.ctx, steps...))
}

func (p page) text(sel string) string {
	p.t.Helper()
	s, err := chromedp.Run(p.ctx, chromedp.Text(chromedp.CSS(sel)))
	require.NoError(p.t, err, sel)
	return s
}

func (p page) attr(sel, name string) string {
	p.t.Helper()
	a, err := chromedp.Run(p.ctx, chromedp.AttributeValue(chromedp.CSS(sel), name))
	require.NoError(p.t, err, sel)
	return a.Value
}

// screenshot saves the whole page (full) or the viewport as a PNG artefact.
func (p page) screenshot(name string, full bool) {
	p.t.Helper()
	action := chromedp.CaptureScreenshot()
	if full {
		action = chromedp.FullScreenshot(100)
	}
	b, err := chromedp.Run(p.ctx, action)
	require.NoError(p.t, err)
	artefact(p.t, name, b)
}

// saveAndWait submits the case form and waits for the page that follows:
// the old page is marked, so that nothing is read from it by mistake.
func (p page) saveAndWait() {
	p.t.Helper()
	p.do(
		chromedp.Evaluate[chromedp.Void](`document.body.dataset.stale = "1"`),
		click(`#save`),
		chromedp.WaitVisible(chromedp.CSS(`body:not([data-stale]) #results`)),
	)
}

// click scrolls an element to the middle of the viewport (clear of the
// sticky save bar at the bottom) and clicks it as a user would.
func click(sel string) chromedp.Action[chromedp.Void] {
	js, _ := json.Marshal(sel)
	return chromedp.Steps(
		chromedp.WaitVisible(chromedp.CSS(sel)),
		chromedp.Evaluate[chromedp.Void](`document.querySelector(`+string(js)+`).scrollIntoView({block: "center"})`),
		chromedp.Click(chromedp.CSS(sel)),
	)
}

// answer clicks a yes/no/n/a radio button of a question.
func answer(id, value string) chromedp.Action[chromedp.Void] {
	return click(fmt.Sprintf(`input[type="radio"][name="answer-%s"][value="%s"]`, id, value))
}

func TestWebformInBrowser(t *testing.T) {
	browser := requireBrowser(t)
	base, _ := startWebform(t)
	p := page{t: t, ctx: newBrowser(t, browser)}
	t.Logf("browser %s, web form at %s", browser, base)

	// 1. Fill a case: its ID, a handful of answers, no factors related to
	// keeping the child safe; save; P2 and D2 are Yes by the no factors
	// rule.
	p.do(
		chromedp.Navigate(base+"/"),
		chromedp.Click(chromedp.CSS(`#new-case`)),
		chromedp.WaitVisible(chromedp.CSS(`#input-id`)),
		chromedp.SendKeys(chromedp.CSS(`#input-id`), "e2e-case-1"),
		chromedp.SendKeys(chromedp.CSS(`#input-reviewer`), "E2E Reviewer"),
		answer("I1.1", "no"),
		chromedp.SendKeys(chromedp.CSS(`input[name="answer-I1.4"]`), "Boy"),
		answer("A1.1", "yes"),
		answer("A1.3", "n/a"),
		answer("A1.S", "yes"),
		answer("A2.2", "no"),
		answer("P2.1", "yes"),
		chromedp.SetValue(chromedp.CSS(`select[name="factors.childSafety"]`), "no"),
		click(`input[name="concerns"][value="weapons"]`),
	)
	p.saveAndWait()
	p.screenshot("01-saved-case-full.png", true)
	assert.Equal(t, "Saved.", p.text(`#saved`))
	for _, kq := range []string{"P2", "D2"} {
		row := p.text("#summary-" + kq)
		assert.Contains(t, row, "Yes", kq)
		assert.Contains(t, row, "No factors rule", kq)
		assert.Equal(t, "yes", p.attr("#summary-"+kq, "data-answer"), kq)
		assert.Equal(t, "no-factors-rule", p.attr("#summary-"+kq, "data-decided-by"), kq)
	}
	assert.Equal(t, "inspector", p.attr("#summary-A1", "data-decided-by"))

	// 2. The case manager's RoSH level (A3.4) Low and the inspector's High,
	// two levels apart: not reasonable, the case manager's level under.
	p.do(
		chromedp.SetValue(chromedp.CSS(`select[name="answer-A3.4"]`), "low"),
		chromedp.SetValue(chromedp.CSS(`select[name="inspector.riskOfSeriousHarm"]`), "high"),
		chromedp.SetValue(chromedp.CSS(`select[name="nearBoundary.riskOfSeriousHarm"]`), "yes"),
	)
	p.saveAndWait()
	p.screenshot("02-rosh-verdict-full.png", true)
	const verdictSel = `#verdict-risk-of-serious-harm`
	verdict := p.text(verdictSel)
	assert.Equal(t, "not-reasonable", p.attr(verdictSel, "data-outcome"))
	assert.Equal(t, "under", p.attr(verdictSel, "data-direction"))
	assert.Equal(t, "2", p.attr(verdictSel, "data-steps"))
	assert.Contains(t, verdict, "Not reasonable")
	assert.Contains(t, verdict, "Under")
	assert.Contains(t, p.text(verdictSel+` .case-manager`), "Low")
	assert.Contains(t, p.text(verdictSel+` .inspector`), "High")
	assert.Contains(t, p.text(`#summary-P2`), "No factors rule", "P2 still decided by the rule")

	// The viewport at the verdicts, and at the questions with a guidance
	// panel open, as an inspector sees them.
	p.do(chromedp.ScrollIntoView(chromedp.CSS(verdictSel)))
	p.screenshot("03-verdicts-viewport.png", false)
	p.do(
		openGuidance("A1.1"),
		chromedp.ScrollIntoView(chromedp.CSS(`#kq-A1`)),
	)
	p.screenshot("04-form-viewport.png", false)
	p.do(chromedp.Evaluate[chromedp.Void](`document.getElementById("facts").scrollIntoView()`))
	p.screenshot("05-facts-viewport.png", false)

	// 3. Export the record with the browser's own session and decode it.
	assert.Equal(t, "/cases/e2e-case-1.json", p.attr(`#export-link`, "href"))
	type exported struct {
		Status      int    `json:"status"`
		Disposition string `json:"disposition"`
		Body        string `json:"body"`
	}
	export, err := chromedp.Run(p.ctx, chromedp.Evaluate[exported](
		`fetch(document.getElementById("export-link").href).then(async r => ({status: r.status, disposition: r.headers.get("Content-Disposition"), body: await r.text()}))`,
		chromedp.EvalAwaitPromise))
	require.NoError(t, err)
	require.Equal(t, 200, export.Status)
	assert.Contains(t, export.Disposition, "attachment")
	artefact(t, "06-export.json", []byte(export.Body))
	c, err := record.Decode(strings.NewReader(export.Body))
	require.NoError(t, err)
	checkCase(t, c)

	// The same record is in the export of every case, as inspect reads it.
	all := p.fetch("/cases.jsonl")
	fromAll, err := record.DecodeAll(strings.NewReader(all))
	require.NoError(t, err)
	require.Len(t, fromAll, 1)
	checkCase(t, fromAll[0])

	// The guidance search answers as one types.
	p.do(
		chromedp.Evaluate[chromedp.Void](`window.scrollTo(0, 0)`),
		chromedp.SendKeys(chromedp.CSS(`#search-q`), "contingen"),
		chromedp.WaitVisible(chromedp.CSS(`#search-results li a`)),
	)
	assert.Contains(t, p.text(`#search-results`), "P 3.5 Does planning set out necessary and effective contingency", "hits show the printed number")
	p.screenshot("07-search-viewport.png", false)
}

// fetch GETs a path of the page's origin with the browser's session and
// returns the body.
func (p page) fetch(path string) string {
	p.t.Helper()
	js, _ := json.Marshal(path)
	body, err := chromedp.Run(p.ctx, chromedp.Evaluate[string](`fetch(`+string(js)+`).then(r => r.text())`, chromedp.EvalAwaitPromise))
	require.NoError(p.t, err, path)
	return body
}

// checkCase checks the record of the case the test entered.
func checkCase(t *testing.T, c record.Case) {
	t.Helper()
	assert.Equal(t, "e2e-case-1", c.ID)
	got := func(id string) record.Value {
		v, ok := c.Answers.Get(framework.ID(id))
		assert.True(t, ok, "answer to %s", id)
		return v
	}
	assert.Equal(t, record.No, got("I1.1").Answer)
	assert.Equal(t, "Boy", got("I1.4").Text)
	assert.Equal(t, record.Yes, got("A1.1").Answer)
	assert.Equal(t, record.NotApplicable, got("A1.3").Answer)
	assert.Equal(t, record.Yes, got("A1.S").Answer)
	assert.Equal(t, record.No, got("A2.2").Answer)
	assert.Equal(t, record.Yes, got("P2.1").Answer)
	assert.Equal(t, classification.Low, got("A3.4").Level)
	assert.Equal(t, 8, c.Answers.Len())

	require.NotNil(t, c.Factors.ChildSafety)
	assert.False(t, *c.Factors.ChildSafety)
	assert.Nil(t, c.Factors.RiskOfHarm, "not recorded stays unknown")
	assert.Nil(t, c.ReviewingRequired.Desistance)
	assert.Nil(t, c.LookedAfter.HomeService)
	assert.Equal(t, classification.NearUnnamed, c.NearBoundary.RiskOfSeriousHarm)
	assert.Equal(t, classification.Near(0), c.NearBoundary.SafetyAndWellbeing)
	assert.Equal(t, classification.High, c.Inspector.RiskOfSeriousHarm)
	assert.Equal(t, classification.Level(0), c.Inspector.SafetyAndWellbeing)
	assert.Equal(t, []classification.Concern{classification.Weapons}, c.Concerns)
	assert.Empty(t, c.Deficits)
}

// syntheticLines are the JSON lines of n synthetic cases, 30 of each of
// two inspections in turn, made by package synthetic.
func syntheticLines(t *testing.T, n int) string {
	t.Helper()
	ds, err := synthetic.Generate(synthetic.Config{Inspections: 2, Cases: n, Seed: 7})
	require.NoError(t, err)
	var b strings.Builder
	for _, in := range ds.Inspections {
		require.NoError(t, synthetic.WriteJSONLines(&b, in))
	}
	return b.String()
}

// rows are the case IDs of the list's rows.
func (p page) rows() []string {
	p.t.Helper()
	ids, err := chromedp.Run(p.ctx, chromedp.Evaluate[[]string](`Array.from(document.querySelectorAll("#cases tbody tr, #deleted tbody tr")).map(tr => tr.dataset.case)`))
	require.NoError(p.t, err)
	return ids
}

// value is the value of a form control.
func (p page) value(sel string) string {
	p.t.Helper()
	js, _ := json.Marshal(sel)
	v, err := chromedp.Run(p.ctx, chromedp.Evaluate[string](`document.querySelector(`+string(js)+`).value`))
	require.NoError(p.t, err, sel)
	return v
}

// submitAndWait clicks a link or submit button and waits for the page that
// follows to show want (the old page is marked stale).
func (p page) submitAndWait(button, want string) {
	p.t.Helper()
	p.do(
		chromedp.Evaluate[chromedp.Void](`document.body.dataset.stale = "1"`),
		click(button),
		chromedp.WaitVisible(chromedp.CSS(`body:not([data-stale]) `+want)),
	)
}

// TestWebformWorkflows goes through a quality team's day in the browser:
// import, the filters and paging of the list, a save with a reviewer and
// notes, the history, deleting and restoring a case, a failed save that
// keeps what was typed (and Back that keeps it too), and export then import
// into another web form giving the same cases.
func TestWebformWorkflows(t *testing.T) {
	browser := requireBrowser(t)
	base, _ := startWebform(t)
	p := page{t: t, ctx: newBrowser(t, browser)}
	p.do(chromedp.EmulateViewport(1400, 900))

	// Import: 120 cases pasted as JSON lines, all at once.
	lines := syntheticLines(t, 120)
	p.do(
		chromedp.Navigate(base+"/"),
		chromedp.SetValue(chromedp.CSS(`#import-reviewer`), "Importing Reviewer"),
		chromedp.SetValue(chromedp.CSS(`#import-record`), lines),
	)
	p.submitAndWait(`#import-submit`, `#notice`)
	assert.Equal(t, "Imported 120 cases.", p.text(`#notice`))
	assert.Contains(t, p.text(`#list-count`), "Cases 1 to 50 of 120.")
	rows := p.rows()
	require.Len(t, rows, 50)
	first := rows[0]
	// The action cells are table cells, with the table's single borders
	// (a cell laid out as a flex box loses them and doubles its
	// neighbours').
	display, err := chromedp.Run(p.ctx, chromedp.Evaluate[string](`getComputedStyle(document.querySelector("#cases td.row-actions")).display`))
	require.NoError(t, err)
	assert.Equal(t, "table-cell", display)

	// Paging: the next page, marked current for a screen reader.
	p.submitAndWait(`#page-next`, `#cases`)
	assert.Contains(t, p.text(`#list-count`), "Cases 51 to 100 of 120.")
	assert.Equal(t, "page", p.attr(`.pagination a.current`, "aria-current"))
	assert.Contains(t, p.text(`.pagination a.current`), "2")
	assert.NotEqual(t, first, p.rows()[0])

	// Filters: one inspection, then its incomplete cases; a search by ID.
	p.do(
		chromedp.Navigate(base+"/"),
		chromedp.SetValue(chromedp.CSS(`#filter-inspection`), "insp-02"),
	)
	p.submitAndWait(`#filter-submit`, `#list-count`)
	assert.Contains(t, p.text(`#list-count`), fmt.Sprintf("of %d matching the filters.", strings.Count(lines, `"inspection":"insp-02"`)))
	for _, id := range p.rows() {
		assert.True(t, strings.HasPrefix(id, "insp-02-"), id)
	}
	p.do(chromedp.SetValue(chromedp.CSS(`#filter-id`), "case-01"))
	p.submitAndWait(`#filter-submit`, `#list-count`)
	for _, id := range p.rows() {
		assert.Contains(t, id, "insp-02-case-01")
	}
	assert.NotEmpty(t, p.rows())
	// A new case started from the filtered list is in that inspection.
	p.submitAndWait(`#new-case`, `#input-id`)
	assert.Equal(t, "insp-02", p.value(`#input-inspection`))
	assert.Equal(t, "Importing Reviewer", p.value(`#input-reviewer`), "the browser remembers the reviewer")

	// A save with a reviewer and notes.
	p.do(
		chromedp.Evaluate[chromedp.Void](`document.getElementById("input-reviewer").value = ""`),
		chromedp.SendKeys(chromedp.CSS(`#input-reviewer`), "Day Reviewer"),
		chromedp.SendKeys(chromedp.CSS(`#input-id`), "day-case-1"),
		answer("A1.1", "no"),
		click(`#question-A1\.1 details.evidence > summary`),
		chromedp.SendKeys(chromedp.CSS(`textarea[name="note-A1.1"]`), "No analysis of motive (assessment, p. 4)."),
		chromedp.SendKeys(chromedp.CSS(`#input-note-case`), "Read with the supervision log."),
	)
	p.saveAndWait()
	assert.Equal(t, "Saved.", p.text(`#saved`))
	assert.Contains(t, p.text(`#stored`), "Version 1, saved by Day Reviewer")
	assert.Contains(t, p.text(`#stored`), "insp-02")
	assert.Equal(t, "No analysis of motive (assessment, p. 4).", p.value(`textarea[name="note-A1.1"]`))
	assert.Equal(t, "Read with the supervision log.", p.value(`#input-note-case`))

	// A second version, then the history: who, when, what changed.
	p.do(answer("A1.1", "yes"))
	p.saveAndWait()
	p.submitAndWait(`#history-link`, `#versions`)
	assert.Contains(t, p.text(`#version-2`), "Version 2: saved")
	assert.Contains(t, p.text(`#version-2`), "By Day Reviewer")
	assert.Contains(t, p.text(`#version-2 table.changes`), "A 1.1")
	assert.Contains(t, p.text(`#version-1`), "first version")

	// Delete, then restore from the deleted cases.
	p.do(
		chromedp.Navigate(base+"/cases/day-case-1/edit"),
		chromedp.Evaluate[chromedp.Void](`window.confirm = () => true`),
	)
	p.submitAndWait(`form.delete button`, `#notice`)
	assert.Contains(t, p.text(`#notice`), "Deleted case day-case-1")
	p.submitAndWait(`#deleted-link`, `#deleted`)
	assert.Equal(t, []string{"day-case-1"}, p.rows())
	p.submitAndWait(`#deleted tr[data-case="day-case-1"] button.restore`, `#saved`)
	assert.Equal(t, "Restored.", p.text(`#saved`))
	assert.Equal(t, "No analysis of motive (assessment, p. 4).", p.value(`textarea[name="note-A1.1"]`), "the last version, notes and all")
	p.do(chromedp.Navigate(base + "/cases/day-case-1/history"))
	assert.Contains(t, p.text(`#versions`), "restored")
	assert.Contains(t, p.text(`#versions`), "deleted")

	// A failed save keeps its input: a new case whose ID is taken comes
	// back with everything typed; Back, to the empty form, gets it back.
	p.do(
		chromedp.Navigate(base+"/cases/new"),
		chromedp.SendKeys(chromedp.CSS(`#input-id`), "day-case-1"),
		chromedp.SendKeys(chromedp.CSS(`input[name="answer-I1.4"]`), "Girl, typed"),
		chromedp.SendKeys(chromedp.CSS(`#input-note-case`), "A note typed before the failure."),
	)
	p.submitAndWait(`#save`, `#errors`)
	assert.Contains(t, p.text(`#errors`), "A case with this ID is already stored")
	assert.Equal(t, "day-case-1", p.value(`#input-id`))
	assert.Equal(t, "Girl, typed", p.value(`input[name="answer-I1.4"]`))
	assert.Equal(t, "A note typed before the failure.", p.value(`#input-note-case`))
	p.do(
		chromedp.Evaluate[chromedp.Void](`document.body.dataset.stale = "1"`),
		chromedp.NavigateBack(),
		chromedp.WaitVisible(chromedp.CSS(`body:not([data-stale]) #draft-restored`)),
	)
	assert.Equal(t, "day-case-1", p.value(`#input-id`), "Back keeps the typed ID")
	assert.Equal(t, "Girl, typed", p.value(`input[name="answer-I1.4"]`), "and the free text")
	assert.Equal(t, "A note typed before the failure.", p.value(`#input-note-case`))
	p.do(chromedp.Evaluate[chromedp.Void](`window.scrollTo(0, 0)`))
	p.screenshot("workflow-draft-restored.png", false)
	// Saved under another ID, the draft is gone.
	p.do(chromedp.SetValue(chromedp.CSS(`#input-id`), "day-case-2"))
	p.saveAndWait()
	p.do(chromedp.Navigate(base + "/cases/new"))
	n, err := chromedp.Run(p.ctx, chromedp.Evaluate[int](`document.querySelectorAll("#draft-restored").length`))
	require.NoError(t, err)
	assert.Zero(t, n, "no draft after the save")

	// Export all, then import into another web form: the same cases.
	p.do(chromedp.Navigate(base + "/"))
	exported := p.fetch("/cases.jsonl")
	require.Equal(t, 122, strings.Count(exported, "\n"))
	base2, _ := startWebform(t)
	p.do(
		chromedp.Navigate(base2+"/"),
		chromedp.SetValue(chromedp.CSS(`#import-reviewer`), "Second Desk"),
		chromedp.SetValue(chromedp.CSS(`#import-record`), exported),
	)
	p.submitAndWait(`#import-submit`, `#notice`)
	assert.Equal(t, "Imported 122 cases.", p.text(`#notice`))
	again := p.fetch("/cases.jsonl")
	assert.Equal(t, exported, again, "export, import, export gives the same cases")
	// Imported twice: refused, all of it, naming the case.
	p.do(chromedp.SetValue(chromedp.CSS(`#import-record`), exported))
	p.submitAndWait(`#import-submit`, `#import-error`)
	assert.Contains(t, p.text(`#import-error`), "Nothing was imported")
	assert.Contains(t, p.text(`#import-error`), "is already stored")
}

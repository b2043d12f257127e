package e2e

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
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
// 127.0.0.1 with its cases in a database; it returns the base URL and the
// database file.
func startWebform(t *testing.T) (base, file string) {
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

	file = filepath.Join(dir, "cases.db")
	cmd := exec.Command(bin, "-addr", "127.0.0.1:0", "-db", file)
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
	return base, file
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
	ctx, cancelTimeout := context.WithTimeout(ctx, 90*time.Second)
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

	// The same record is in the export of all cases, as inspect reads it.
	resp, err := http.Get(base + "/cases.jsonl")
	require.NoError(t, err)
	data, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	require.NoError(t, err)
	fromFile, err := record.DecodeAll(strings.NewReader(string(data)))
	require.NoError(t, err)
	require.Len(t, fromFile, 1)
	checkCase(t, fromFile[0])

	// The guidance search answers as one types.
	p.do(
		chromedp.Evaluate[chromedp.Void](`window.scrollTo(0, 0)`),
		chromedp.SendKeys(chromedp.CSS(`#search-q`), "contingen"),
		chromedp.WaitVisible(chromedp.CSS(`#search-results li a`)),
	)
	assert.Contains(t, p.text(`#search-results`), "P 3.5 Does planning set out necessary and effective contingency", "hits show the printed number")
	p.screenshot("07-search-viewport.png", false)
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

package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/require"
)

// runAxe runs axe-core (e2e/node_modules/axe-core, installed by npm) on the
// page open in ctx, with the rules of WCAG 2.0, 2.1 and 2.2 at levels A and
// AA, and fails the test on every violation, naming the elements at fault.
// Without axe-core it skips, except in CI, where it fails.
func runAxe(ctx context.Context, t *testing.T) {
	t.Helper()
	src, err := os.ReadFile(filepath.Join("node_modules", "axe-core", "axe.min.js"))
	if err != nil {
		msg := "axe-core is not installed (e2e/node_modules/axe-core/axe.min.js): run `npm ci` (or `npm install axe-core`) in e2e/"
		if os.Getenv("CI") == "true" {
			t.Fatal(msg + "; CI=true, so the accessibility check must run")
		}
		t.Skip(msg + "; skipping the accessibility check")
	}
	type violation struct {
		ID     string   `json:"id"`
		Impact string   `json:"impact"`
		Help   string   `json:"help"`
		Tags   []string `json:"tags"`
		Nodes  []struct {
			Target         []any  `json:"target"`
			HTML           string `json:"html"`
			FailureSummary string `json:"failureSummary"`
		} `json:"nodes"`
	}
	type report struct {
		Violations []violation `json:"violations"`
		Passes     int         `json:"passes"`
		Incomplete int         `json:"incomplete"`
	}
	tags, _ := json.Marshal([]string{"wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"})
	require.NoError(t, chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](`if (!window.axe) {`+string(src)+`}`)))
	res, err := chromedp.Run(ctx, chromedp.Evaluate[report](`axe.run(document, {runOnly: {type: "tag", values: `+string(tags)+`}}).then(r => ({violations: r.violations, passes: r.passes.length, incomplete: r.incomplete.length}))`, chromedp.EvalAwaitPromise))
	require.NoError(t, err)
	for _, v := range res.Violations {
		var where []string
		for _, n := range v.Nodes {
			where = append(where, fmt.Sprintf("    %v %s\n      %s", n.Target, n.HTML, strings.ReplaceAll(n.FailureSummary, "\n", "\n      ")))
		}
		t.Errorf("axe: %s (%s, %s): %s\n%s", v.ID, v.Impact, strings.Join(v.Tags, " "), v.Help, strings.Join(where, "\n"))
	}
	t.Logf("axe: %d violations, %d rules passed, %d to review by hand", len(res.Violations), res.Passes, res.Incomplete)
}

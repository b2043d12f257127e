// Package e2e holds the tests of the library from the outside:
//
//   - the end-to-end browser test of the example web form
//     (examples/webform): it builds the form, starts it on a free port of
//     127.0.0.1, and drives a headless Chromium through it with chromedp;
//   - the conformance of the case record's JSON Schema
//     (judgement/case.schema.json): an independent validator
//     (github.com/santhosh-tekuri/jsonschema) accepts the shipped sample data
//     and rejects the bad records that judgement.Decode rejects.
//
// It is a module of its own, so that the browser driver and the validator
// stay out of the library's go.sum. Run it with
//
//	cd e2e && go test -count=1 -v ./...
//
// The browser test looks for Chromium (or Chrome) on the PATH, or takes the
// browser's path from E2E_BROWSER. Without a browser it skips, unless CI is
// "true", where it fails. Screenshots are written to e2e/artefacts/.
package e2e

// Package e2e holds the tests of the library from the outside:
//
//   - the end-to-end browser test of the example web form
//     (examples/webform): it builds the form, starts it on a free port of
//     127.0.0.1, and drives a headless Chromium through it with chromedp;
//   - its accessibility: axe-core (from npm, pinned by package-lock.json)
//     checks every page against WCAG 2.2 A and AA at 1400 and 420 pixels
//     wide, and fails on any violation or on anything wider than the
//     window; the whole case form is gone through with the Tab key alone
//     (every control reached, the focus always visible and never hidden
//     behind the save bar), and a case is filled and saved by keyboard;
//   - the conformance of the case record's JSON Schema
//     (record/case.schema.json): an independent validator
//     (github.com/santhosh-tekuri/jsonschema) accepts the shipped sample data
//     and rejects the bad records that record.Decode rejects.
//
// It is a module of its own, so that the browser driver and the validator
// stay out of the library's go.sum. Run it with
//
//	cd e2e && go test -count=1 -v ./...
//
// The browser tests look for Chromium (or Chrome) on the PATH, or take the
// browser's path from E2E_BROWSER; the accessibility test reads axe-core
// from e2e/node_modules (run `npm ci` in e2e/ first). Without them the tests
// skip, unless CI is "true", where they fail; .ci/run installs both.
// Screenshots of every page at both widths are written to e2e/artefacts/.
package e2e

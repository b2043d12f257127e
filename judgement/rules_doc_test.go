package judgement

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"text/tabwriter"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/yjinspect/yjinspect/framework"
)

// The table of summary rules in the package doc and the README, and the
// table of findings in the README, are written from SummaryRules and
// FindingKinds, the one tables; TestDocTablesUpToDate keeps them equal to
// them (go generate ./judgement rewrites them).
const (
	docTableIntro     = "// The summary rules, one a summary judgement (SummaryRules; rules.go holds the table):"
	readmeFile        = "../README.md"
	readmeTableHead   = "<!-- summary rules: written from judgement.SummaryRules() by go generate ./judgement -->"
	readmeTableEnd    = "<!-- end of summary rules -->"
	readmeFindingHead = "<!-- findings: written from judgement.FindingKinds() by go generate ./judgement -->"
	readmeFindingEnd  = "<!-- end of findings -->"
)

// ruleRows gives each summary judgement of the standards, in source order,
// what decides it: a rule's fact and source, or the inspector.
func ruleRows() [][4]string {
	var rows [][4]string
	for _, kq := range framework.DomainTwo().KeyQuestions() {
		if kq.Standard == "" {
			continue
		}
		r, ok := ruleFor(kq.ID)
		if !ok {
			rows = append(rows, [4]string{string(kq.Summary), Inspector.String(), "no rule: the inspector's judgement", ""})
			continue
		}
		rows = append(rows, [4]string{string(r.Summary), r.By.String(), r.Fact.Path() + " is false", r.Source})
	}
	return rows
}

func docTable() string {
	var b strings.Builder
	w := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
	fmt.Fprintln(w, "summary\tdecided by\tthe summary is Yes where\tsource")
	for _, r := range ruleRows() {
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\n", r[0], r[1], r[2], r[3])
	}
	w.Flush()
	var out strings.Builder
	for _, line := range strings.Split(strings.TrimRight(b.String(), "\n"), "\n") {
		out.WriteString("//\t" + strings.TrimRight(line, " ") + "\n")
	}
	return out.String()
}

func readmeTable() string {
	var b strings.Builder
	b.WriteString("| summary | decided by | the summary is Yes where | source |\n|---|---|---|---|\n")
	for _, r := range ruleRows() {
		src := r[3]
		if src != "" {
			src = "CARaG, " + src
		}
		fmt.Fprintf(&b, "| %s | `%s` | %s | %s |\n", r[0], r[1], r[2], src)
	}
	return b.String()
}

// findingBasis says what a kind of finding rests on: its sentences with
// their places, or why the library makes the check.
func findingBasis(k FindingKind) string {
	if k.LibraryCheck != "" {
		return "Library check, not in the CARaG: " + k.LibraryCheck + "."
	}
	return strings.Join(k.Source, " ")
}

// wrap wraps text at spaces to lines of at most width runes (a longer word
// stands alone), the first line after first and the others after rest.
func wrap(text, first, rest string, width int) string {
	var b strings.Builder
	line, prefix := "", first
	for _, w := range strings.Fields(text) {
		if line != "" && utf8.RuneCountInString(prefix+line+" "+w) > width {
			b.WriteString(prefix + line + "\n")
			line, prefix = "", rest
		}
		if line != "" {
			line += " "
		}
		line += w
	}
	b.WriteString(prefix + line + "\n")
	return b.String()
}

func readmeFindings() string {
	var b strings.Builder
	b.WriteString("| code | severity | about | found when | rests on |\n|---|---|---|---|---|\n")
	for _, k := range FindingKinds() {
		fmt.Fprintf(&b, "| `%s` | %s | %s | %s | %s |\n", k.Code, k.Severity, k.Question, k.When, strings.ReplaceAll(findingBasis(k), "|", "\\|"))
	}
	return b.String()
}

// replaceDocBlock returns doc.go with the block after an intro line
// replaced: the lines after the intro and an empty comment line that start
// with one of the prefixes.
func replaceDocBlock(t *testing.T, doc, intro, block string, prefixes ...string) string {
	i := strings.Index(doc, intro+"\n//\n")
	require.GreaterOrEqual(t, i, 0, "doc.go has no %q", intro)
	start := i + len(intro) + len("\n//\n")
	end := start
	for slices.ContainsFunc(prefixes, func(p string) bool { return strings.HasPrefix(doc[end:], p) }) {
		end += strings.Index(doc[end:], "\n") + 1
	}
	return doc[:start] + block + doc[end:]
}

// replaceDocTable returns doc.go with its table replaced: the tab-indented
// lines after the intro line of the summary rules.
func replaceDocTable(t *testing.T, doc string) string {
	return replaceDocBlock(t, doc, docTableIntro, docTable(), "//\t")
}

func replaceReadmeBlock(t *testing.T, readme, head, end, block string) string {
	i := strings.Index(readme, head+"\n")
	j := strings.Index(readme, end)
	require.True(t, i >= 0 && j > i, "the README has no %q", head)
	return readme[:i+len(head)+1] + block + readme[j:]
}

func replaceReadmeTable(t *testing.T, readme string) string {
	readme = replaceReadmeBlock(t, readme, readmeTableHead, readmeTableEnd, readmeTable())
	return replaceReadmeBlock(t, readme, readmeFindingHead, readmeFindingEnd, readmeFindings())
}

func TestDocTablesUpToDate(t *testing.T) {
	for _, f := range []struct {
		path    string
		replace func(*testing.T, string) string
	}{{"doc.go", replaceDocTable}, {readmeFile, replaceReadmeTable}} {
		b, err := os.ReadFile(f.path)
		require.NoError(t, err)
		want := f.replace(t, string(b))
		if *update && want != string(b) {
			require.NoError(t, os.WriteFile(f.path, []byte(want), 0o644))
			continue
		}
		assert.Equal(t, want, string(b), "%s restates the summary rules or the findings differently from SummaryRules and FindingKinds: run go generate ./judgement", f.path)
	}
}

// TestRuleRowsFromTheTable: a change to the table changes the rows, so
// that the docs cannot drift from it unnoticed.
func TestRuleRowsFromTheTable(t *testing.T) {
	rows := ruleRows()
	require.Len(t, rows, 12)
	rules := 0
	for _, r := range rows {
		if r[1] != Inspector.String() {
			rules++
			assert.Contains(t, docTable(), r[3])
			assert.Contains(t, readmeTable(), r[3])
		}
	}
	assert.Equal(t, len(SummaryRules()), rules)
}

// TestFindingDocsFromTheTable: every code, with its severity and what it
// rests on, is in the README's table.
func TestFindingDocsFromTheTable(t *testing.T) {
	readme := readmeFindings()
	for _, k := range FindingKinds() {
		assert.Contains(t, readme, "| `"+string(k.Code)+"` | "+k.Severity.String()+" |")
	}
	assert.Equal(t, "//   - a b\n//     cc\n", wrap("a b cc", "//   - ", "//     ", 10))
}

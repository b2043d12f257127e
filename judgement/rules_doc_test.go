package judgement

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"
	"text/tabwriter"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/yjinspect/yjinspect/framework"
)

var updateDocs = flag.Bool("update-docs", false, "rewrite the summary-rule tables of doc.go and the README from SummaryRules")

// The tables of summary rules in the package doc and the README are written
// from SummaryRules, the one table; TestRuleTablesUpToDate keeps them equal
// to it (go generate ./judgement rewrites them).
const (
	docTableIntro   = "// The summary rules, one a summary judgement (SummaryRules; rules.go holds the table):"
	readmeFile      = "../README.md"
	readmeTableHead = "<!-- summary rules: written from judgement.SummaryRules() by go generate ./judgement -->"
	readmeTableEnd  = "<!-- end of summary rules -->"
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
		rows = append(rows, [4]string{string(r.Summary), r.By.String(), r.Fact + " is false", r.Source})
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

// replaceDocTable returns doc.go with its table replaced: the tab-indented
// lines after the intro line.
func replaceDocTable(t *testing.T, doc string) string {
	i := strings.Index(doc, docTableIntro+"\n//\n")
	require.GreaterOrEqual(t, i, 0, "doc.go has no summary rules table")
	start := i + len(docTableIntro) + len("\n//\n")
	end := start
	for strings.HasPrefix(doc[end:], "//\t") {
		end += strings.Index(doc[end:], "\n") + 1
	}
	return doc[:start] + docTable() + doc[end:]
}

func replaceReadmeTable(t *testing.T, readme string) string {
	i := strings.Index(readme, readmeTableHead+"\n")
	j := strings.Index(readme, readmeTableEnd)
	require.True(t, i >= 0 && j > i, "the README has no summary rules table")
	return readme[:i+len(readmeTableHead)+1] + readmeTable() + readme[j:]
}

func TestRuleTablesUpToDate(t *testing.T) {
	for _, f := range []struct {
		path    string
		replace func(*testing.T, string) string
	}{{"doc.go", replaceDocTable}, {readmeFile, replaceReadmeTable}} {
		b, err := os.ReadFile(f.path)
		require.NoError(t, err)
		want := f.replace(t, string(b))
		if *updateDocs && want != string(b) {
			require.NoError(t, os.WriteFile(f.path, []byte(want), 0o644))
			continue
		}
		assert.Equal(t, want, string(b), "%s restates the summary rules differently from SummaryRules: run go generate ./judgement", f.path)
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

package record

import (
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The package doc's example record is kept once, in exampleFile; the
// package doc and the README show it, written from the file by go generate
// ./record (TestExampleRecordInDocs), and every test that needs it reads
// the file (exampleRecord; the web form's tests and e2e/ read it too).
const (
	exampleFile       = "testdata/example.json"
	readmeFile        = "../README.md"
	readmeExampleHead = "<!-- example record: written from record/testdata/example.json by go generate ./record -->"
	readmeExampleEnd  = "<!-- end of example record -->"
)

// exampleRecord returns the package doc's example record.
func exampleRecord(t testing.TB) string {
	t.Helper()
	b, err := os.ReadFile(exampleFile)
	require.NoError(t, err)
	return string(b)
}

// docWithExample returns doc.go with its example record, the indented block
// from "{" to "}" under "# Case records", written from the file.
func docWithExample(t *testing.T, doc, example string) string {
	t.Helper()
	i := strings.Index(doc, "// # Case records\n")
	require.GreaterOrEqual(t, i, 0, "doc.go has no section on case records")
	start := strings.Index(doc[i:], "//\t{\n")
	require.GreaterOrEqual(t, start, 0, "doc.go shows no example record")
	start += i
	end := strings.Index(doc[start:], "//\t}\n")
	require.GreaterOrEqual(t, end, 0, "doc.go's example record does not end")
	end += start + len("//\t}\n")
	var b strings.Builder
	for _, line := range strings.Split(strings.TrimSuffix(example, "\n"), "\n") {
		b.WriteString(strings.TrimRight("//\t"+line, " \t") + "\n")
	}
	return doc[:start] + b.String() + doc[end:]
}

// readmeWithExample returns the README with its example record, the JSON
// block between its markers, written from the file.
func readmeWithExample(t *testing.T, readme, example string) string {
	t.Helper()
	i := strings.Index(readme, readmeExampleHead+"\n")
	j := strings.Index(readme, readmeExampleEnd)
	require.True(t, i >= 0 && j > i, "the README has no %q", readmeExampleHead)
	return readme[:i+len(readmeExampleHead)+1] + "```json\n" + example + "```\n" + readme[j:]
}

// TestExampleRecordInDocs keeps the example record of the package doc and
// of the README equal to the file; go generate ./record (-update) rewrites
// them from it.
func TestExampleRecordInDocs(t *testing.T) {
	example := exampleRecord(t)
	for _, f := range []struct {
		path  string
		write func(*testing.T, string, string) string
	}{{"doc.go", docWithExample}, {readmeFile, readmeWithExample}} {
		b, err := os.ReadFile(f.path)
		require.NoError(t, err)
		want := f.write(t, string(b), example)
		if *update && want != string(b) {
			require.NoError(t, os.WriteFile(f.path, []byte(want), 0o644))
			continue
		}
		if d := cmp.Diff(want, string(b)); d != "" {
			t.Errorf("%s shows an example record other than %s: run go generate ./record (-want +got):\n%s", f.path, exampleFile, d)
		}
	}
}

// TestExampleRecordDecodes: the example record is a valid record, with
// every part of a Case filled in.
func TestExampleRecordDecodes(t *testing.T) {
	c, err := Decode(strings.NewReader(exampleRecord(t)))
	require.NoError(t, err)
	assert.NotEmpty(t, c.ID)
	assert.NotEmpty(t, c.Inspection)
	assert.NotNil(t, c.RoSHRationale)
	assert.NotEmpty(t, c.Concerns)
	assert.NotEmpty(t, c.Deficits)
}

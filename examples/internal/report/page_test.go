package report

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/yjinspect/yjinspect/record"
)

// TestWriteHTMLIsInspectsPage checks that WriteHTML writes, byte for byte,
// the page inspect -format html writes for the same records in a file.
func TestWriteHTMLIsInspectsPage(t *testing.T) {
	cases, err := readAll(bytes.NewReader(sample))
	require.NoError(t, err)
	path := filepath.Join(t.TempDir(), "cases.jsonl")
	tests := []struct {
		name  string
		cases []record.Case
	}{
		{"sample", cases},
		{"first ten", cases[:10]},
		{"two inspections", func() []record.Case {
			two := append([]record.Case(nil), cases[:20]...)
			for i := range two[10:] {
				two[10+i].Inspection = "other"
			}
			return two
		}()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var data bytes.Buffer
			for _, c := range tt.cases {
				b, err := c.MarshalJSON()
				require.NoError(t, err)
				data.Write(b)
				data.WriteByte('\n')
			}
			require.NoError(t, os.WriteFile(path, data.Bytes(), 0o600))
			var want, stderr bytes.Buffer
			code := Run([]string{"-cases", path, "-format", "html", "-errors-ok"}, nil, &want, &stderr, false)
			require.Equal(t, 0, code, stderr.String())
			var got bytes.Buffer
			require.NoError(t, WriteHTML(&got, path, tt.cases))
			// The web page's differences, and nothing else: a link back to
			// the list of cases, and no command-line flags to a reader who
			// has no command line in front of them.
			web := strings.NewReplacer("<header>\n", "<header>\n<p class=\"back\"><a href=\"/\">Back to the cases</a></p>\n",
				"Use -inspection ID to see one in full, -pool to rate every case as one inspection (the report then says so), -format json or csv for every figure.",
				"To see one in full, or every figure as JSON or CSV, export the cases (from the list of cases) and run the inspect command on the file, with -inspection ID, -pool or -format json or csv.")
			assert.Equal(t, web.Replace(want.String()), got.String())
		})
	}
}

func TestWriteHTMLErrors(t *testing.T) {
	var out bytes.Buffer
	require.ErrorContains(t, WriteHTML(&out, "x", nil), "no case records")
	assert.Zero(t, out.Len())
}

package report

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/yjinspect/yjinspect/judgement"
)

// TestWriteHTMLIsInspectsPage checks that WriteHTML writes, byte for byte,
// the page inspect -format html writes for the same records in a file.
func TestWriteHTMLIsInspectsPage(t *testing.T) {
	cases, err := readAll(bytes.NewReader(sample))
	require.NoError(t, err)
	path := filepath.Join(t.TempDir(), "cases.jsonl")
	tests := []struct {
		name  string
		cases []judgement.Case
	}{
		{"sample", cases},
		{"first ten", cases[:10]},
		{"two inspections", func() []judgement.Case {
			two := append([]judgement.Case(nil), cases[:20]...)
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
			assert.Equal(t, want.String(), got.String())
		})
	}
}

func TestWriteHTMLErrors(t *testing.T) {
	var out bytes.Buffer
	require.ErrorContains(t, WriteHTML(&out, "x", nil), "no case records")
	assert.Zero(t, out.Len())
}

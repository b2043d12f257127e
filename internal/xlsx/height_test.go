package xlsx

import (
	"archive/zip"
	"bytes"
	"io"
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestHeight(t *testing.T) {
	wb := &Workbook{}
	s := wb.AddSheet("Rows")
	for r := range 5 {
		s.Set(r, 0, Str("text", Wrap))
	}
	s.Height(1, 30)
	s.Height(2, 1000)
	s.Height(3, -5)
	s.Height(4, math.NaN())
	s.Height(-1, 20)
	var b bytes.Buffer
	require.NoError(t, wb.Write(&b))
	z, err := zip.NewReader(bytes.NewReader(b.Bytes()), int64(b.Len()))
	require.NoError(t, err)
	f, err := z.Open("xl/worksheets/sheet1.xml")
	require.NoError(t, err)
	x, err := io.ReadAll(f)
	require.NoError(t, err)
	assert.Contains(t, string(x), `<row r="1">`)
	assert.Contains(t, string(x), `<row r="2" ht="30" customHeight="1">`)
	assert.Contains(t, string(x), `<row r="3" ht="409" customHeight="1">`, "clamped to the most spreadsheet programs take")
	assert.Contains(t, string(x), `<row r="4" ht="0" customHeight="1">`)
	assert.Contains(t, string(x), `<row r="5">`, "NaN is ignored")
	file, err := Read(bytes.NewReader(b.Bytes()), int64(b.Len()))
	require.NoError(t, err)
	assert.Equal(t, "text", file.Sheets[0].Text(1, 0))
}

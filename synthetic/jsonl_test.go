package synthetic

import (
	"bytes"
	"errors"
	"io"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/yjinspect/yjinspect/record"
)

// TestJSONLinesRoundTrip writes a dataset and reads it back with
// record.DecodeAll, the one reader of case records.
func TestJSONLinesRoundTrip(t *testing.T) {
	cases := slices.Concat(bulletin(t).Inspections...)
	var b bytes.Buffer
	require.NoError(t, WriteJSONLines(&b, cases))
	assert.Equal(t, len(cases), strings.Count(b.String(), "\n"))
	got, err := record.DecodeAll(&b)
	require.NoError(t, err)
	if diff := cmp.Diff(cases, got); diff != "" {
		t.Fatalf("(-written +read):\n%s", diff)
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestWriteJSONLinesIOErrors(t *testing.T) {
	err := WriteJSONLines(failWriter{}, []record.Case{{ID: "a"}})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "disk full")
	assert.Error(t, WriteJSONLines(nil, nil))
	assert.NoError(t, WriteJSONLines(io.Discard, nil))
}

func TestWriteJSONLinesBadCase(t *testing.T) {
	// A case that cannot be encoded (an out-of-range level) is an error
	// naming it.
	c := record.Case{ID: "bad", Inspector: record.ScaleLevels{SafetyAndWellbeing: 9}}
	var b bytes.Buffer
	err := WriteJSONLines(&b, []record.Case{{ID: "good"}, c})
	require.Error(t, err)
	assert.Contains(t, err.Error(), `"bad"`)

	// A case whose ID breaks the ID rule is refused, never written changed
	// to fit (invalid UTF-8 as U+FFFD) or as a record no reader takes.
	for _, id := range []string{"bad\xff", "x\nStandard 2.1 Assessment: Outstanding", "c1 ", ""} {
		b.Reset()
		err := WriteJSONLines(&b, []record.Case{{ID: id}})
		assert.ErrorIs(t, err, record.ErrBadID, "%q", id)
		assert.Zero(t, b.Len())
	}
}

// FuzzWriteJSONLines: whatever record.DecodeAll reads, WriteJSONLines
// writes so that it reads back the same.
func FuzzWriteJSONLines(f *testing.F) {
	// Small seeds: the fuzzer minimizes what it finds byte by byte, which
	// takes long from a full generated case (TestJSONLinesRoundTrip covers
	// those).
	f.Add(`{"id":"insp-01-case-001","answers":{"I1.1":"yes","I1.4":"Male","A2.5":"medium","A2.reasonable":"no","P2.S":"yes"},` +
		`"inspector":{"safetyAndWellbeing":"high","riskOfSeriousHarm":"low"},"nearBoundary":{"safetyAndWellbeing":true},` +
		`"factors":{"childSafety":true,"riskOfHarm":false},"reviewingRequired":{"desistance":true},` +
		`"lookedAfter":{"homeService":false,"responsibleForAssessment":false},"concerns":["weapons"],"deficits":["out-of-date"]}` + "\n" +
		`{"id":"insp-01-case-002","roshRationale":{"level":"very high","currentFactors":true,"considerations":[{"type":"no-access-to-victims","use":"lower","constraint":"custody"}]}}`)
	f.Add("")
	f.Add("\n\r\n  \n")
	f.Add(`{"id":"a"}` + "\n" + `{"id":"b","concerns":[]}`)
	f.Add(`{"id":"a","answers":{"A 1.1":"Y","a1 s":"NA"},"roshRationale":{"level":"low","considerations":[{"type":"strengths","use":"lower","note":"line\nbreak"}]}}`)
	f.Add(`{"id":"a"}` + "\n" + `{"id":` + "\n")
	f.Fuzz(func(t *testing.T, in string) {
		cases, err := record.DecodeAll(strings.NewReader(in))
		if err != nil {
			return
		}
		var out bytes.Buffer
		require.NoError(t, WriteJSONLines(&out, cases))
		again, err := record.DecodeAll(&out)
		require.NoError(t, err)
		if len(cases) == 0 {
			require.Empty(t, again)
			return
		}
		if !cmp.Equal(cases, again) {
			t.Fatalf("(-read +read again):\n%s", cmp.Diff(cases, again))
		}
	})
}

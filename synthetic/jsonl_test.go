package synthetic

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/yjinspect/yjinspect/judgement"
)

func TestJSONLinesRoundTrip(t *testing.T) {
	cases := bulletin(t).Cases()
	var b bytes.Buffer
	require.NoError(t, WriteJSONLines(&b, cases))
	assert.Equal(t, len(cases), strings.Count(b.String(), "\n"))
	got, err := ReadJSONLines(&b)
	require.NoError(t, err)
	if diff := cmp.Diff(cases, got); diff != "" {
		t.Fatalf("(-written +read):\n%s", diff)
	}
}

func TestReadJSONLinesBlankLines(t *testing.T) {
	in := "\n" + `{"id":"a"}` + "\r\n   \n\t\n" + `{"id":"b","answers":{"A1.S":"yes"}}` + "\n\n"
	got, err := ReadJSONLines(strings.NewReader(in))
	require.NoError(t, err)
	require.Len(t, got, 2)
	assert.Equal(t, "a", got[0].ID)
	assert.Equal(t, "b", got[1].ID)

	got, err = ReadJSONLines(strings.NewReader(""))
	require.NoError(t, err)
	assert.Empty(t, got)
	got, err = ReadJSONLines(strings.NewReader(`{"id":"last"}`)) // no final newline
	require.NoError(t, err)
	require.Len(t, got, 1)
}

func TestReadJSONLinesErrors(t *testing.T) {
	tests := []struct {
		name string
		in   string
		line int
		id   string
		want string
	}{
		{"bad answer", `{"id":"ok"}` + "\n\n" + `{"id":"insp-01-case-002","answers":{"A1.S":"maybe"}}` + "\n", 3, "insp-01-case-002", `"insp-01-case-002"`},
		{"no id", `{"answers":{}}`, 1, "", "(no id)"},
		{"not json", "{\"id\":\"a\"}\nnot json\n", 2, "", "line 2"},
		{"two records on a line", `{"id":"a"} {"id":"b"}`, 1, "a", "line 1"}, // named: the id leads the line
		{"unknown question", `{"id":"x","answers":{"Z9.9":"yes"}}`, 1, "x", "Z9.9"},
		{"record over lines", "{\"id\":\n\"a\"}\n", 1, "", "line 1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ReadJSONLines(strings.NewReader(tt.in))
			require.Error(t, err)
			assert.Nil(t, got)
			var le *LineError
			require.True(t, errors.As(err, &le), "%T", err)
			assert.Equal(t, tt.line, le.Line)
			assert.Equal(t, tt.id, le.Case)
			assert.Contains(t, err.Error(), tt.want)
			assert.Contains(t, err.Error(), "synthetic: line ")
			var de *judgement.DecodeError
			assert.True(t, errors.As(err, &de), "wraps the *judgement.DecodeError")
		})
	}
}

func TestReadJSONLinesLongLines(t *testing.T) {
	// A record of exactly MaxCaseSize bytes reads; one byte more is an
	// error naming its line.
	pad := func(n int) string {
		head := `{"id":"long"`
		return head + strings.Repeat(" ", n-len(head)-1) + "}"
	}
	exact := pad(judgement.MaxCaseSize)
	require.Len(t, exact, judgement.MaxCaseSize)
	got, err := ReadJSONLines(strings.NewReader("\n" + exact + "\r\n" + `{"id":"next"}` + "\n"))
	require.NoError(t, err)
	require.Len(t, got, 2)
	assert.Equal(t, "long", got[0].ID)

	_, err = ReadJSONLines(strings.NewReader(`{"id":"a"}` + "\n" + pad(judgement.MaxCaseSize+1) + "\n"))
	var le *LineError
	require.True(t, errors.As(err, &le), "%v", err)
	assert.Equal(t, 2, le.Line)

	_, err = ReadJSONLines(strings.NewReader(`{"id":"a"}` + "\n" + pad(judgement.MaxCaseSize+100) + "\n"))
	require.True(t, errors.As(err, &le), "%v", err)
	assert.Equal(t, 2, le.Line)
	assert.Contains(t, err.Error(), "longer than")
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

type failReader struct{}

func (failReader) Read([]byte) (int, error) { return 0, errors.New("broken pipe") }

func TestJSONLinesIOErrors(t *testing.T) {
	err := WriteJSONLines(failWriter{}, []judgement.Case{{ID: "a"}})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "disk full")
	assert.Error(t, WriteJSONLines(nil, nil))
	assert.NoError(t, WriteJSONLines(io.Discard, nil))

	_, err = ReadJSONLines(failReader{})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "broken pipe")
	_, err = ReadJSONLines(nil)
	assert.Error(t, err)
}

func TestWriteJSONLinesBadCase(t *testing.T) {
	// A case that cannot be encoded (an out-of-range level) is an error
	// naming it.
	c := judgement.Case{ID: "bad", Inspector: judgement.Levels{SafetyAndWellbeing: 9}}
	var b bytes.Buffer
	err := WriteJSONLines(&b, []judgement.Case{{ID: "good"}, c})
	require.Error(t, err)
	assert.Contains(t, err.Error(), `"bad"`)
}

func FuzzReadJSONLines(f *testing.F) {
	// Small seeds: the fuzzer minimizes what it finds byte by byte, which
	// takes long from a full generated case (TestJSONLinesRoundTrip covers
	// those).
	f.Add(`{"id":"insp-01-case-001","answers":{"I1.1":"yes","I1.4":"Male","A2.5":"medium","A2.reasonable":"no","P2.S":"yes"},` +
		`"inspector":{"safetyAndWellbeing":"high","riskOfSeriousHarm":"low"},"nearBoundary":{"safetyAndWellbeing":true},` +
		`"factors":{"childSafety":true,"riskOfHarm":false},"reviewingRequired":{"desistance":true},` +
		`"lookedAfter":{"homeService":false,"responsibleForAssessment":false},"concerns":["weapons"],"deficits":["out-of-date"]}` + "\n" +
		`{"id":"insp-01-case-002","roshRationale":{"level":"medium","currentFactors":true,"considerations":[{"type":"no-access-to-victims","use":"lower","constraint":"custody"}]}}`)
	f.Add("")
	f.Add("\n\r\n  \n")
	f.Add(`{"id":"a"}` + "\n" + `{"id":"b","concerns":[]}`)
	f.Add(`{"id":"a","answers":{"A 1.1":"Y","a1 s":"NA"},"roshRationale":{"level":"low","considerations":[{"type":"strengths","use":"lower","note":"line\nbreak"}]}}`)
	f.Add(`{"id":"a"}` + "\n" + `{"id":` + "\n")
	f.Fuzz(func(t *testing.T, in string) {
		cases, err := ReadJSONLines(strings.NewReader(in))
		if err != nil {
			var le *LineError
			require.True(t, errors.As(err, &le), "%T: %v", err, err)
			require.Positive(t, le.Line)
			return
		}
		var out bytes.Buffer
		require.NoError(t, WriteJSONLines(&out, cases))
		again, err := ReadJSONLines(&out)
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

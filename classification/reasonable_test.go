package classification

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCheckReasonable(t *testing.T) {
	type want struct {
		Outcome   Reasonableness
		Direction Direction
		Steps     int
	}
	tests := []struct {
		name     string
		cm, insp Level
		near     bool
		want     want
		reason   []string // substrings of Reason
	}{
		{"same low", Low, Low, false, want{Reasonable, Same, 0}, []string{"same"}},
		{"same very high near", VeryHigh, VeryHigh, true, want{Reasonable, Same, 0}, []string{"Very high"}},
		{"under 1", Medium, High, false, want{NotReasonable, Under, 1}, []string{"1 level lower", "not close"}},
		{"under 1 near", Medium, High, true, want{InspectorJudgement, Under, 1}, []string{"fine judgement"}},
		{"over 1", High, Medium, false, want{NotReasonable, Over, 1}, []string{"1 level higher"}},
		{"over 1 near", VeryHigh, High, true, want{InspectorJudgement, Over, 1}, []string{"boundary"}},
		{"under 2", Low, High, false, want{NotReasonable, Under, 2}, []string{"2 levels lower"}},
		{"under 2 near", Low, High, true, want{NotReasonable, Under, 2}, []string{"not adjacent"}},
		{"over 2", VeryHigh, Medium, false, want{NotReasonable, Over, 2}, []string{"2 levels higher"}},
		{"over 2 near", High, Low, true, want{NotReasonable, Over, 2}, []string{"not adjacent"}},
		{"under 3", Low, VeryHigh, false, want{NotReasonable, Under, 3}, []string{"3 levels lower"}},
		{"under 3 near", Low, VeryHigh, true, want{NotReasonable, Under, 3}, nil},
		{"over 3", VeryHigh, Low, false, want{NotReasonable, Over, 3}, []string{"3 levels higher"}},
		{"over 3 near", VeryHigh, Low, true, want{NotReasonable, Over, 3}, nil},
		{"no case manager level", 0, High, false, want{NotReasonable, 0, 0}, []string{"every case should have a classification"}},
		{"no case manager level near", 0, Low, true, want{NotReasonable, 0, 0}, []string{"every case should have a classification"}},
		{"no levels at all", 0, 0, false, want{NotReasonable, 0, 0}, []string{"every case should have a classification"}},
		{"no inspector level", Medium, 0, false, want{InspectorJudgement, 0, 0}, []string{"nothing to compare"}},
		{"no inspector level near", Medium, 0, true, want{InspectorJudgement, 0, 0}, []string{"inspector's judgement"}},
		{"invalid case manager level", Level(200), High, false, want{NotReasonable, 0, 0}, []string{"invalid level", "Level(200)"}},
		{"invalid case manager level 5", Level(5), VeryHigh, true, want{NotReasonable, 0, 0}, []string{"invalid level"}},
		{"invalid inspector level", High, Level(255), false, want{InspectorJudgement, 0, 0}, []string{"invalid level", "Level(255)"}},
		{"both invalid", Level(7), Level(8), false, want{NotReasonable, 0, 0}, []string{"invalid level"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := CheckReasonable(tt.cm, tt.insp, tt.near)
			got := want{v.Outcome, v.Direction, v.Steps}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("CheckReasonable(%v, %v, %v) mismatch (-want +got):\n%s", tt.cm, tt.insp, tt.near, diff)
			}
			assert.NotEmpty(t, v.Reason)
			for _, s := range tt.reason {
				assert.Contains(t, v.Reason, s)
			}
		})
	}
}

// TestCheckReasonableAllPairs checks the rule over every pair of valid
// levels, computed independently.
func TestCheckReasonableAllPairs(t *testing.T) {
	for _, cm := range Levels() {
		for _, in := range Levels() {
			for _, near := range []bool{false, true} {
				v := CheckReasonable(cm, in, near)
				d := int(cm) - int(in)
				steps := max(d, -d)
				assert.Equal(t, steps, v.Steps)
				var wantOutcome Reasonableness
				switch {
				case steps == 0:
					wantOutcome = Reasonable
				case steps == 1 && near:
					wantOutcome = InspectorJudgement
				default:
					wantOutcome = NotReasonable
				}
				assert.Equal(t, wantOutcome, v.Outcome, "%v %v %v", cm, in, near)
				wantDir := map[bool]Direction{true: Under, false: Over}[d < 0]
				if d == 0 {
					wantDir = Same
				}
				assert.Equal(t, wantDir, v.Direction, "%v %v", cm, in)
			}
		}
	}
}

func TestVerdictJSON(t *testing.T) {
	v := CheckReasonable(Low, High, false)
	b, err := json.Marshal(v)
	require.NoError(t, err)
	var m map[string]any
	require.NoError(t, json.Unmarshal(b, &m))
	assert.Equal(t, "not-reasonable", m["outcome"])
	assert.Equal(t, "under", m["direction"])
	assert.EqualValues(t, 2, m["steps"])
	var back Verdict
	require.NoError(t, json.Unmarshal(b, &back))
	if diff := cmp.Diff(v, back); diff != "" {
		t.Errorf("JSON round trip (-want +got):\n%s", diff)
	}
}

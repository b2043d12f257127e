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
		near     Near
		want     want
		reason   []string // substrings of Reason
	}{
		{"same low", Low, Low, NotNear, want{Reasonable, Same, 0}, []string{"same"}},
		{"same very high near", VeryHigh, VeryHigh, NearUnnamed, want{Reasonable, Same, 0}, []string{"Very high"}},
		{"same, near unknown", Medium, Medium, 0, want{Reasonable, Same, 0}, []string{"same"}},
		{"under 1", Medium, High, NotNear, want{NotReasonable, Under, 1}, []string{"1 level lower", "not close to a boundary"}},
		{"under 1 near", Medium, High, NearUnnamed, want{InspectorJudgement, Under, 1}, []string{"fine judgement"}},
		{"under 1 near unknown", Medium, High, 0, want{InspectorJudgement, Under, 1}, []string{"not recorded", "inspector's judgement"}},
		{"under 1 near the boundary between them", Medium, High, NearMediumHigh, want{InspectorJudgement, Under, 1}, []string{"between Medium and High", "either side", "fine judgement"}},
		{"under 1 near another boundary", Medium, High, NearLowMedium, want{NotReasonable, Under, 1}, []string{"between Low and Medium", "not either side of it"}},
		{"under 1 near a boundary above both", Low, Medium, NearHighVeryHigh, want{NotReasonable, Under, 1}, []string{"between High and Very high", "not either side"}},
		{"over 1", High, Medium, NotNear, want{NotReasonable, Over, 1}, []string{"1 level higher"}},
		{"over 1 near", VeryHigh, High, NearUnnamed, want{InspectorJudgement, Over, 1}, []string{"boundary"}},
		{"over 1 near the boundary between them", VeryHigh, High, NearHighVeryHigh, want{InspectorJudgement, Over, 1}, []string{"between High and Very high"}},
		{"over 1 near another boundary", VeryHigh, High, NearMediumHigh, want{NotReasonable, Over, 1}, []string{"not either side"}},
		{"over 1 low-medium", Medium, Low, NearLowMedium, want{InspectorJudgement, Over, 1}, []string{"between Low and Medium"}},
		{"under 2", Low, High, NotNear, want{NotReasonable, Under, 2}, []string{"2 levels lower"}},
		{"under 2 near", Low, High, NearUnnamed, want{NotReasonable, Under, 2}, []string{"not adjacent"}},
		{"under 2 near a named boundary between them", Low, High, NearMediumHigh, want{NotReasonable, Under, 2}, []string{"not adjacent"}},
		{"under 2 near unknown", Low, High, 0, want{NotReasonable, Under, 2}, []string{"2 levels lower"}},
		{"over 2", VeryHigh, Medium, NotNear, want{NotReasonable, Over, 2}, []string{"2 levels higher"}},
		{"over 2 near", High, Low, NearUnnamed, want{NotReasonable, Over, 2}, []string{"not adjacent"}},
		{"under 3", Low, VeryHigh, NotNear, want{NotReasonable, Under, 3}, []string{"3 levels lower"}},
		{"under 3 near", Low, VeryHigh, NearUnnamed, want{NotReasonable, Under, 3}, nil},
		{"over 3", VeryHigh, Low, NotNear, want{NotReasonable, Over, 3}, []string{"3 levels higher"}},
		{"over 3 near", VeryHigh, Low, NearHighVeryHigh, want{NotReasonable, Over, 3}, nil},
		{"no case manager level", 0, High, NotNear, want{NotReasonable, 0, 0}, []string{"every case should have a classification"}},
		{"no case manager level near", 0, Low, NearUnnamed, want{NotReasonable, 0, 0}, []string{"every case should have a classification"}},
		{"no levels at all", 0, 0, 0, want{NotReasonable, 0, 0}, []string{"every case should have a classification"}},
		{"no inspector level", Medium, 0, NotNear, want{InspectorJudgement, 0, 0}, []string{"nothing to compare"}},
		{"no inspector level near", Medium, 0, NearUnnamed, want{InspectorJudgement, 0, 0}, []string{"inspector's judgement"}},
		{"invalid case manager level", Level(200), High, NotNear, want{NotReasonable, 0, 0}, []string{"invalid level", "Level(200)"}},
		{"invalid case manager level 5", Level(5), VeryHigh, NearUnnamed, want{NotReasonable, 0, 0}, []string{"invalid level"}},
		{"invalid inspector level", High, Level(255), NotNear, want{InspectorJudgement, 0, 0}, []string{"invalid level", "Level(255)"}},
		{"both invalid", Level(7), Level(8), NotNear, want{NotReasonable, 0, 0}, []string{"invalid level"}},
		{"invalid near is not recorded", Medium, High, Near(99), want{InspectorJudgement, Under, 1}, []string{"not recorded"}},
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
// levels and every record of nearness, computed independently: a one-step
// difference is the inspector's fine judgement only when the case is near a
// boundary the record does not name, or near the one the two levels lie
// either side of; or when nearness is not recorded.
func TestCheckReasonableAllPairs(t *testing.T) {
	boundaryBelow := map[Near]Level{NearLowMedium: Medium, NearMediumHigh: High, NearHighVeryHigh: VeryHigh}
	for _, cm := range Levels() {
		for _, in := range Levels() {
			for _, near := range append([]Near{0}, nears.Values()...) {
				v := CheckReasonable(cm, in, near)
				d := int(cm) - int(in)
				steps := max(d, -d)
				assert.Equal(t, steps, v.Steps)
				var wantOutcome Reasonableness
				switch {
				case steps == 0:
					wantOutcome = Reasonable
				case steps == 1 && (near == 0 || near == NearUnnamed || boundaryBelow[near] == max(cm, in)):
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

func TestNearTokens(t *testing.T) {
	for tok, want := range map[string]Near{"not-near": NotNear, "near": NearUnnamed, "low-medium": NearLowMedium, "medium-high": NearMediumHigh, "high-very-high": NearHighVeryHigh, "High very high": NearHighVeryHigh} {
		got, err := ParseNear(tok)
		require.NoError(t, err, tok)
		assert.Equal(t, want, got, tok)
	}
	for _, bad := range []string{"", "true", "low-high", "medium"} {
		_, err := ParseNear(bad)
		assert.Error(t, err, bad)
	}
}

func TestVerdictJSON(t *testing.T) {
	v := CheckReasonable(Low, High, NotNear)
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

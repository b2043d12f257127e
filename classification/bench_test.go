package classification

import "testing"

var sinkVerdict Verdict

// BenchmarkCheckReasonable cycles through every pair of levels and every
// record of nearness.
func BenchmarkCheckReasonable(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		sinkVerdict = CheckReasonable(Level(i%5), Level(i/5%5), Near(i/25%6))
	}
}

var sinkFindings []RoSHFinding

// BenchmarkCheckRoSH checks a set of rationales: clean, low with
// unmitigated factors, and considerations used both ways.
func BenchmarkCheckRoSH(b *testing.B) {
	yes, no := true, false
	rationales := []Rationale{
		{Level: High, CurrentFactors: &yes, Considerations: []Consideration{{Type: AcuteDynamicFactors, Use: Raise}, {Type: Strengths, Use: Lower}}},
		{Level: Low, CurrentFactors: &yes, Mitigated: &no, Stable: &yes, Considerations: []Consideration{{Type: NoAccessToVictims, Use: Lower, Constraint: Custody}}},
		{Level: Medium, CurrentFactors: &yes, Considerations: []Consideration{{Type: AcuteDynamicFactors, Use: Lower}, {Type: StaticFactors, Use: Raise}, {Type: VictimArrangementsCompliance, Use: Lower}}},
		{Level: Low, CurrentFactors: &no},
	}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		sinkFindings = CheckRoSH(rationales[i%len(rationales)])
	}
}

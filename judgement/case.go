package judgement

import (
	"slices"

	"github.com/yjinspect/yjinspect/classification"
)

// Case is the record of one inspected case: the inspector's answers and the
// facts the rules read. Its JSON form is documented in the package doc.
//
// Every fact is optional: an absent fact is unknown, never false. Pointer
// fields (*bool) are nil when not recorded; use Fact to set one.
type Case struct {
	// ID identifies the case within an inspection, e.g. "case-014". It is
	// not personal data and must not be.
	ID string
	// Answers are the answers to the questions of the catalogue.
	Answers Answers
	// Inspector is the inspector's own classification on each scale.
	Inspector Levels
	// NearBoundary says, for each scale, whether the case is close to the
	// boundary between two levels (the A2 and A3 reasonableness questions).
	NearBoundary Boundary
	// Factors says whether there are factors related to keeping the child
	// safe and to risk of harm (the P2.S, D2.S, P3.S and D3.S guidance).
	Factors Factors
	// ReviewingRequired says whether reviewing of desistance, safety and
	// wellbeing, and risk of harm was required (the R1.S, R2.S and R3.S
	// guidance).
	ReviewingRequired Reviewing
	// LookedAfter holds the facts, beyond the answer to I1.1, that decide
	// whether a looked-after child's case is inspected.
	LookedAfter LookedAfter
	// Concerns and Deficits tag the case with the research bulletin's
	// safety concerns and common assessment problems.
	Concerns []classification.Concern
	Deficits []classification.Deficit
	// RoSHRationale is the case manager's rationale for the risk of serious
	// harm level, when recorded; Judge reports what classification.CheckRoSH
	// finds in it.
	RoSHRationale *classification.Rationale
}

// Levels holds a level on each classification scale.
type Levels struct {
	SafetyAndWellbeing classification.Level `json:"safetyAndWellbeing,omitempty"`
	RiskOfSeriousHarm  classification.Level `json:"riskOfSeriousHarm,omitempty"`
}

// Boundary holds, for each scale, whether the case is close to the boundary
// between two levels.
type Boundary struct {
	SafetyAndWellbeing *bool `json:"safetyAndWellbeing,omitempty"`
	RiskOfSeriousHarm  *bool `json:"riskOfSeriousHarm,omitempty"`
}

// Factors says whether there are factors related to keeping the child safe
// (ChildSafety) and factors related to risk of harm (RiskOfHarm).
type Factors struct {
	ChildSafety *bool `json:"childSafety,omitempty"`
	RiskOfHarm  *bool `json:"riskOfHarm,omitempty"`
}

// Reviewing says whether reviewing was required of desistance, of the
// child's safety and wellbeing (ChildSafety), and of risk of harm.
type Reviewing struct {
	Desistance  *bool `json:"desistance,omitempty"`
	ChildSafety *bool `json:"childSafety,omitempty"`
	RiskOfHarm  *bool `json:"riskOfHarm,omitempty"`
}

// LookedAfter holds the home/host facts of the I1.1 guidance; whether the
// child was looked after is the answer to I1.1 itself.
type LookedAfter struct {
	HomeService              *bool `json:"homeService,omitempty"`
	LivedOutsideArea         *bool `json:"livedOutsideArea,omitempty"`
	ResponsibleForAssessment *bool `json:"responsibleForAssessment,omitempty"`
}

// Fact returns a pointer to a new bool holding b, for the optional facts of
// a Case: c.Factors.ChildSafety = judgement.Fact(false).
func Fact(b bool) *bool { return &b }

// Clone returns a deep copy of the case.
func (c Case) Clone() Case {
	out := c
	out.Answers = c.Answers.Clone()
	out.NearBoundary = Boundary{cloneBool(c.NearBoundary.SafetyAndWellbeing), cloneBool(c.NearBoundary.RiskOfSeriousHarm)}
	out.Factors = Factors{cloneBool(c.Factors.ChildSafety), cloneBool(c.Factors.RiskOfHarm)}
	out.ReviewingRequired = Reviewing{cloneBool(c.ReviewingRequired.Desistance), cloneBool(c.ReviewingRequired.ChildSafety), cloneBool(c.ReviewingRequired.RiskOfHarm)}
	out.LookedAfter = LookedAfter{cloneBool(c.LookedAfter.HomeService), cloneBool(c.LookedAfter.LivedOutsideArea), cloneBool(c.LookedAfter.ResponsibleForAssessment)}
	out.Concerns = slices.Clone(c.Concerns)
	out.Deficits = slices.Clone(c.Deficits)
	if c.RoSHRationale != nil {
		r := *c.RoSHRationale
		r.CurrentFactors, r.Mitigated, r.Stable = cloneBool(r.CurrentFactors), cloneBool(r.Mitigated), cloneBool(r.Stable)
		r.Considerations = slices.Clone(r.Considerations)
		out.RoSHRationale = &r
	}
	return out
}

func cloneBool(p *bool) *bool {
	if p == nil {
		return nil
	}
	return Fact(*p)
}

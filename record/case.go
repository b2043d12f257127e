package record

import (
	"slices"

	"github.com/yjinspect/yjinspect/classification"
)

// Case is the record of one inspected case: the inspector's answers and the
// facts the rules read. Its JSON form is documented in the package doc.
//
// Every fact is optional: an absent fact is unknown, never false. Pointer
// fields (*bool) are nil when not recorded; set one with new:
// c.Factors.ChildSafety = new(false).
type Case struct {
	// ID identifies the case within an inspection, e.g. "case-014", by the
	// ID rule (CheckID). It is not personal data and must not be.
	ID string
	// Inspection names the inspection the case belongs to, e.g. "insp-01",
	// by the ID rule (CheckID); "" when not recorded. Reports rate each
	// inspection apart. Not personal data.
	Inspection string
	// Synthetic marks a record made up by a generator (package synthetic),
	// not the case of a real child: reports of such records say so.
	Synthetic bool
	// Answers are the answers to the questions of the catalogue.
	Answers Answers
	// Inspector is the inspector's own classification on each scale.
	Inspector ScaleLevels
	// NearBoundary says, for each scale, whether the case is close to a
	// boundary between two levels, and which where the record names it (the
	// A2 and A3 reasonableness questions).
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
	LookedAfter HomeHost
	// Concerns and Deficits tag the case with the research bulletin's
	// safety concerns and common assessment problems.
	Concerns []classification.Concern
	Deficits []classification.Deficit
	// RoSHRationale is the case manager's rationale for the risk of serious
	// harm level, when recorded; Judge reports what classification.CheckRoSH
	// finds in it.
	RoSHRationale *classification.Rationale
	// Notes are the reviewer's notes: on the case, and the evidence behind
	// each answer. Personal data; no rule reads them.
	Notes Notes
}

// ScaleLevels holds a level on each classification scale.
type ScaleLevels struct {
	SafetyAndWellbeing classification.Level `json:"safetyAndWellbeing,omitempty"`
	RiskOfSeriousHarm  classification.Level `json:"riskOfSeriousHarm,omitempty"`
}

// Boundary holds, for each scale, whether the case is close to a boundary
// between two levels and, where the record names it, which
// (classification.Near; zero when not recorded). In a case record's JSON
// each is a boundary's token ("low-medium", "medium-high",
// "high-very-high"), or true for close to a boundary not named and false
// for not close, as records written before boundaries could be named say.
type Boundary struct {
	SafetyAndWellbeing classification.Near `json:"safetyAndWellbeing,omitempty"`
	RiskOfSeriousHarm  classification.Near `json:"riskOfSeriousHarm,omitempty"`
}

// Factors says whether there are factors related to keeping the child safe
// (ChildSafety) and factors related to risk of harm (RiskOfHarm). Its
// fields are facts of the table of facts (Fact, in fact.go).
type Factors struct {
	ChildSafety *bool `json:"childSafety,omitempty"`
	RiskOfHarm  *bool `json:"riskOfHarm,omitempty"`
}

// Reviewing says whether reviewing was required of desistance, of the
// child's safety and wellbeing (ChildSafety), and of risk of harm. Its
// fields are facts of the table of facts (Fact, in fact.go).
type Reviewing struct {
	Desistance  *bool `json:"desistance,omitempty"`
	ChildSafety *bool `json:"childSafety,omitempty"`
	RiskOfHarm  *bool `json:"riskOfHarm,omitempty"`
}

// HomeHost holds the home/host facts of the I1.1 guidance for a
// looked-after child; whether the child was looked after is the answer to
// I1.1 itself. (sampling.LookedAfter holds all four facts, for
// sampling.CheckLookedAfter.) Its fields are facts of the table of facts
// (Fact, in fact.go).
type HomeHost struct {
	HomeService              *bool `json:"homeService,omitempty"`
	LivedOutsideArea         *bool `json:"livedOutsideArea,omitempty"`
	ResponsibleForAssessment *bool `json:"responsibleForAssessment,omitempty"`
}

// Clone returns a deep copy of the case.
func (c Case) Clone() Case {
	out := c
	out.Answers = c.Answers.clone()
	for f := Fact(1); int(f) < len(factTable); f++ {
		*f.at(&out) = cloneBool(*f.at(&c))
	}
	out.Notes = c.Notes.clone()
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
	return new(*p)
}

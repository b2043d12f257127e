package classification

import (
	"strconv"

	"github.com/yjinspect/yjinspect/internal/enum"
)

// Reasonableness is the answer to the CARaG's question whether the case
// manager's classification is reasonable (the unnumbered questions after
// A2.5 and A3.4), as CheckReasonable gives it. The zero value means not
// recorded.
type Reasonableness uint8

// The outcomes of [CheckReasonable].
const (
	// Reasonable: the case manager's classification is reasonable.
	Reasonable Reasonableness = iota + 1
	// NotReasonable: the case manager's classification is not reasonable
	// (or there is none).
	NotReasonable
	// InspectorJudgement: the library cannot decide; whether the
	// classification is reasonable is the inspector's judgement.
	InspectorJudgement
)

var reasonableness = enum.New[Reasonableness]("classification.Reasonableness",
	enum.Row{Token: "reasonable", Label: "Reasonable"},
	enum.Row{Token: "not-reasonable", Label: "Not reasonable"},
	enum.Row{Token: "inspector-judgement", Label: "Inspector judgement"},
)

// ParseReasonableness parses "reasonable", "not-reasonable" or
// "inspector-judgement", or the labels, in any ASCII case, with spaces,
// hyphens or underscores alike. Anything else is an error that quotes the
// input.
func ParseReasonableness(s string) (Reasonableness, error) { return reasonableness.Parse(s) }

// String returns the token: "reasonable", "not-reasonable" or
// "inspector-judgement" ("" for the zero value).
func (o Reasonableness) String() string { return reasonableness.String(o) }

// Label returns "Reasonable", "Not reasonable" or "Inspector judgement".
func (o Reasonableness) Label() string { return reasonableness.Label(o) }

// MarshalText returns the token, "" for the zero value. A value out of
// range is an error.
func (o Reasonableness) MarshalText() ([]byte, error) { return reasonableness.MarshalText(o) }

// UnmarshalText sets o from text ParseReasonableness accepts; empty text
// sets the zero value. On error o is left unchanged.
func (o *Reasonableness) UnmarshalText(text []byte) error {
	return reasonableness.UnmarshalText(o, text)
}

// Direction says how the case manager's level compares with the
// inspector's. The zero value means unknown (one of the levels is missing).
type Direction uint8

// The directions of a [Verdict].
const (
	// Same: the case manager and the inspector give the same level.
	Same Direction = iota + 1
	// Under: the case manager's level is lower than the inspector's.
	Under
	// Over: the case manager's level is higher than the inspector's.
	Over
)

var directions = enum.New[Direction]("classification.Direction",
	enum.Row{Token: "same", Label: "Same"},
	enum.Row{Token: "under", Label: "Under"},
	enum.Row{Token: "over", Label: "Over"},
)

// ParseDirection parses "same", "under" or "over", in any ASCII case, with
// surrounding space ignored. Anything else is an error that quotes the
// input.
func ParseDirection(s string) (Direction, error) { return directions.Parse(s) }

// String returns "same", "under" or "over" ("" for the zero value).
func (d Direction) String() string { return directions.String(d) }

// Label returns "Same", "Under" or "Over".
func (d Direction) Label() string { return directions.Label(d) }

// MarshalText returns the token, "" for the zero value. A value out of
// range is an error.
func (d Direction) MarshalText() ([]byte, error) { return directions.MarshalText(d) }

// UnmarshalText sets d from text ParseDirection accepts; empty text sets
// the zero value. On error d is left unchanged.
func (d *Direction) UnmarshalText(text []byte) error { return directions.UnmarshalText(d, text) }

// Verdict is the result of [CheckReasonable].
type Verdict struct {
	// Outcome is whether the case manager's level is reasonable.
	Outcome Reasonableness `json:"outcome"`
	// Direction is how the case manager's level compares with the
	// inspector's; zero (unknown) if either level is missing.
	Direction Direction `json:"direction"`
	// Steps is the number of levels between the two (0 if the same or
	// if either is missing).
	Steps int `json:"steps"`
	// Reason explains the outcome in words.
	Reason string `json:"reason"`
}

// Near is whether a case is close to the boundary between two levels of a
// scale, as the inspector records it for the questions after A2.5 and A3.4
// ("In cases close to a boundary between classification levels, inspectors
// will consider whether the case manager’s classification was reasonable").
// The record may name the boundary; then only the two levels either side of
// it are the fine judgement the source speaks of. The zero value means not
// recorded.
type Near uint8

// Whether, and near which boundary, a case is.
const (
	// NotNear: the case is not close to a boundary between two levels.
	NotNear Near = iota + 1
	// NearUnnamed: the case is close to a boundary between two levels, and
	// the record does not say which (a record's true).
	NearUnnamed
	// NearLowMedium: close to the boundary between Low and Medium.
	NearLowMedium
	// NearMediumHigh: close to the boundary between Medium and High.
	NearMediumHigh
	// NearHighVeryHigh: close to the boundary between High and Very high.
	NearHighVeryHigh
)

var nears = enum.New[Near]("classification.Near",
	enum.Row{Token: "not-near", Label: "Not close to a boundary"},
	enum.Row{Token: "near", Label: "Close to a boundary"},
	enum.Row{Token: "low-medium", Label: "Close to the boundary between Low and Medium"},
	enum.Row{Token: "medium-high", Label: "Close to the boundary between Medium and High"},
	enum.Row{Token: "high-very-high", Label: "Close to the boundary between High and Very high"},
)

// ParseNear parses "not-near", "near", "low-medium", "medium-high" or
// "high-very-high", or the label, in any ASCII case, with spaces, hyphens or
// underscores alike. Anything else is an error that quotes the input. (A
// case record's JSON also takes true for "near" and false for "not-near".)
func ParseNear(s string) (Near, error) { return nears.Parse(s) }

// String returns the token, e.g. "medium-high" ("" for the zero value).
func (n Near) String() string { return nears.String(n) }

// Label returns the words for people, e.g. "Close to the boundary between
// Medium and High".
func (n Near) Label() string { return nears.Label(n) }

// MarshalText returns the token, "" for the zero value. A value out of
// range is an error.
func (n Near) MarshalText() ([]byte, error) { return nears.MarshalText(n) }

// UnmarshalText sets n from text ParseNear accepts; empty text sets the
// zero value. On error n is left unchanged.
func (n *Near) UnmarshalText(text []byte) error { return nears.UnmarshalText(n, text) }

// Boundary returns the two levels either side of the boundary n names,
// and whether it names one (LowMedium, MediumHigh, HighVeryHigh).
func (n Near) Boundary() (lower, upper Level, named bool) { return n.between() }

// between returns the levels either side of a named boundary.
func (n Near) between() (lower, upper Level, ok bool) {
	switch n {
	case NearLowMedium:
		return Low, Medium, true
	case NearMediumHigh:
		return Medium, High, true
	case NearHighVeryHigh:
		return High, VeryHigh, true
	}
	return 0, 0, false
}

// CheckReasonable compares the case manager's classification with the
// inspector's on either scale, following the CARaG's questions "Is the case
// manager’s classification of the level of safety and wellbeing
// reasonable?" (after A2.5) and "Is the case manager’s classification of
// the level of risk of serious harm reasonable?" (after A3.4). The CARaG
// says that "Every case should have a classification", and that "for cases
// close to the boundary between two levels, it is a fine judgement about
// the actual level to be assigned". So:
//
//   - no case manager level: NotReasonable (every case should have a
//     classification), Direction unknown;
//   - no inspector level: InspectorJudgement (there is nothing to compare
//     with; the call is the inspector's), Direction unknown;
//   - the same level: Reasonable;
//   - one level apart and near is NearUnnamed, or names the boundary the
//     two levels lie either side of: InspectorJudgement (the fine
//     judgement);
//   - one level apart and near not recorded (zero): InspectorJudgement
//     (whether the case is close to the boundary is for the inspector);
//   - otherwise (one level apart with NotNear, or near a boundary the two
//     levels are not either side of; or two or more levels apart, whatever
//     near says): NotReasonable.
//
// near is the inspector's record of whether the case is close to a
// boundary, and which. An out-of-range level is treated as not recorded and
// the reason says "invalid level"; an out-of-range near as not recorded.
// Steps is the absolute distance between the levels. The library never
// overrides the inspector: NotReasonable is what the rule gives, for the
// inspector to confirm.
func CheckReasonable(caseManager, inspector Level, near Near) Verdict {
	if int(caseManager) < levelSlots && int(inspector) < levelSlots {
		// Every verdict on recorded or missing levels is worked out once,
		// so that checking allocates nothing.
		if int(near) >= nearSlots {
			near = 0
		}
		return verdicts[caseManager][inspector][near]
	}
	return checkReasonable(caseManager, inspector, near)
}

// levelSlots covers the zero level and the four valid ones; nearSlots the
// zero Near and the five valid ones.
const (
	levelSlots = int(VeryHigh) + 1
	nearSlots  = int(NearHighVeryHigh) + 1
)

// verdicts is checkReasonable's verdict for every level in levelSlots and
// near in nearSlots, worked out when the package is initialised (150
// verdicts), so that CheckReasonable, on Judge's path, is one look-up.
var verdicts = func() *[levelSlots][levelSlots][nearSlots]Verdict {
	var t [levelSlots][levelSlots][nearSlots]Verdict
	for cm := range levelSlots {
		for in := range levelSlots {
			for near := range nearSlots {
				t[cm][in][near] = checkReasonable(Level(cm), Level(in), Near(near))
			}
		}
	}
	return &t
}()

// checkReasonable is the rule; CheckReasonable serves it from a table.
func checkReasonable(caseManager, inspector Level, near Near) Verdict {
	switch {
	case caseManager == 0:
		return Verdict{
			Outcome: NotReasonable,
			Reason:  "the case manager has recorded no classification; every case should have a classification",
		}
	case !levels.Valid(caseManager):
		return Verdict{
			Outcome: NotReasonable,
			Reason:  "the case manager's classification is an invalid level (" + caseManager.Label() + "), so it is treated as not recorded; every case should have a classification",
		}
	case inspector == 0:
		return Verdict{
			Outcome: InspectorJudgement,
			Reason:  "the inspector's level is not recorded, so there is nothing to compare with; whether the case manager's classification is reasonable is the inspector's judgement",
		}
	case !levels.Valid(inspector):
		return Verdict{
			Outcome: InspectorJudgement,
			Reason:  "the inspector's level is an invalid level (" + inspector.Label() + "), so it is treated as not recorded; whether the case manager's classification is reasonable is the inspector's judgement",
		}
	}
	if caseManager == inspector {
		return Verdict{
			Outcome:   Reasonable,
			Direction: Same,
			Reason:    "the case manager's classification (" + caseManager.Label() + ") is the same as the inspector's",
		}
	}
	v := Verdict{Direction: Over, Steps: int(caseManager) - int(inspector)}
	lower := "higher"
	if v.Steps < 0 {
		v.Direction, v.Steps, lower = Under, -v.Steps, "lower"
	}
	levels := "levels"
	if v.Steps == 1 {
		levels = "level"
	}
	diff := "the case manager's classification (" + caseManager.Label() + ") is " +
		strconv.Itoa(v.Steps) + " " + levels + " " + lower + " than the inspector's (" + inspector.Label() + ")"
	lo, hi := min(caseManager, inspector), max(caseManager, inspector)
	bLo, bHi, named := near.between()
	switch {
	case v.Steps == 1 && near == NearUnnamed:
		v.Outcome = InspectorJudgement
		v.Reason = diff + "; the case is close to a boundary between two levels, where it is a fine judgement for the inspector whether the classification is reasonable"
	case v.Steps == 1 && named && lo == bLo && hi == bHi:
		v.Outcome = InspectorJudgement
		v.Reason = diff + "; the case is close to the boundary between " + bLo.Label() + " and " + bHi.Label() + ", which the two levels lie either side of, where it is a fine judgement for the inspector whether the classification is reasonable"
	case v.Steps == 1 && named:
		v.Outcome = NotReasonable
		v.Reason = diff + "; the case is close to the boundary between " + bLo.Label() + " and " + bHi.Label() + ", but the two levels are not either side of it"
	case v.Steps == 1 && near == NotNear:
		v.Outcome = NotReasonable
		v.Reason = diff + "; the case is not close to a boundary between two levels"
	case v.Steps == 1:
		v.Outcome = InspectorJudgement
		v.Reason = diff + " and whether the case is close to the boundary between them is not recorded, so whether the classification is reasonable is the inspector's judgement"
	case near != NotNear && nears.Valid(near):
		v.Outcome = NotReasonable
		v.Reason = diff + "; a case cannot be close to the boundary between two levels that are not adjacent"
	default:
		v.Outcome = NotReasonable
		v.Reason = diff
	}
	return v
}

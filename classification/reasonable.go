package classification

import (
	"strconv"
	"sync"

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
//   - one level apart and nearBoundary: InspectorJudgement;
//   - otherwise (one level apart not near a boundary, or two or more
//     levels apart whatever nearBoundary says): NotReasonable.
//
// nearBoundary is the inspector's view that the case is close to the
// boundary between the two levels. An out-of-range level is treated as not
// recorded and the reason says "invalid level". Steps is the absolute
// distance between the levels. The library never overrides the inspector:
// NotReasonable is what the rule gives, for the inspector to confirm.
func CheckReasonable(caseManager, inspector Level, nearBoundary bool) Verdict {
	if int(caseManager) < levelSlots && int(inspector) < levelSlots {
		// Every verdict on recorded or missing levels is worked out once,
		// so that checking allocates nothing.
		return verdicts()[caseManager][inspector][b2i(nearBoundary)]
	}
	return checkReasonable(caseManager, inspector, nearBoundary)
}

// levelSlots covers the zero level and the four valid ones.
const levelSlots = 5

var verdicts = sync.OnceValue(func() *[levelSlots][levelSlots][2]Verdict {
	var t [levelSlots][levelSlots][2]Verdict
	for cm := range levelSlots {
		for in := range levelSlots {
			for near := range 2 {
				t[cm][in][near] = checkReasonable(Level(cm), Level(in), near == 1)
			}
		}
	}
	return &t
})

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// checkReasonable is the rule; CheckReasonable serves it from a table.
func checkReasonable(caseManager, inspector Level, nearBoundary bool) Verdict {
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
	switch {
	case v.Steps == 1 && nearBoundary:
		v.Outcome = InspectorJudgement
		v.Reason = diff + "; the case is close to the boundary between the two levels, where it is a fine judgement for the inspector whether the classification is reasonable"
	case v.Steps == 1:
		v.Outcome = NotReasonable
		v.Reason = diff + "; the case is not close to the boundary between the two levels"
	case nearBoundary:
		v.Outcome = NotReasonable
		v.Reason = diff + "; a case cannot be close to the boundary between two levels that are not adjacent"
	default:
		v.Outcome = NotReasonable
		v.Reason = diff
	}
	return v
}

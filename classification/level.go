package classification

import "github.com/yjinspect/yjinspect/internal/enum"

// Level is a classification level on either scale (see [Scale]), as set out
// in A2.5 and A3.4 of the CARaG: "There are four classifications". The
// zero value means not classified (not recorded). Levels are ordered, so
// that a < b means a is the less severe level.
type Level uint8

// The four classification levels, least severe first.
const (
	// Low is the level "Low".
	Low Level = iota + 1
	// Medium is the level "Medium".
	Medium
	// High is the level "High".
	High
	// VeryHigh is the level "Very high".
	VeryHigh
)

var levels = enum.New[Level]("classification.Level",
	enum.Row{Token: "low", Label: "Low"},
	enum.Row{Token: "medium", Label: "Medium"},
	enum.Row{Token: "high", Label: "High"},
	enum.Row{Token: "very-high", Label: "Very high"},
)

// Levels returns the four levels, least severe first. The slice is new on
// every call.
func Levels() []Level { return levels.Values() }

// ParseLevel parses a level: its token ("very-high") or its label ("Very
// high"), in any ASCII case, with spaces, hyphens or underscores alike and
// surrounding space ignored. Anything else, "" included, is an error that
// quotes the input.
func ParseLevel(s string) (Level, error) { return levels.Parse(s) }

// String returns the level's token: "low", "medium", "high" or
// "very-high"; "" for the zero value; "Level(n)" out of range.
func (l Level) String() string { return levels.String(l) }

// Label returns the level as the source prints it: "Low", "Medium", "High"
// or "Very high"; "not recorded" for the zero value.
func (l Level) Label() string { return levels.Label(l) }

// MarshalText returns the token, "" for the zero value (not classified). A
// value out of range is an error.
func (l Level) MarshalText() ([]byte, error) { return levels.MarshalText(l) }

// UnmarshalText sets l from text ParseLevel accepts ("very high", as
// records written before the tokens were hyphenated say, included); empty
// text sets the zero value. On error l is left unchanged.
func (l *Level) UnmarshalText(text []byte) error { return levels.UnmarshalText(l, text) }

// Scale is one of the two classification scales of the CARaG: safety and
// wellbeing of the child (A2.5) and risk of serious harm to others (A3.4).
// The zero value means not set.
type Scale uint8

// The two classification scales.
const (
	// SafetyAndWellbeing is the classification of safety and wellbeing of
	// the child (A2.5 of the CARaG).
	SafetyAndWellbeing Scale = iota + 1
	// RiskOfSeriousHarm is the risk of serious harm classification of the
	// child (A3.4 of the CARaG).
	RiskOfSeriousHarm
)

var scales = enum.New[Scale]("classification.Scale",
	enum.Row{Token: "safety-and-wellbeing", Label: "Safety and wellbeing", Aliases: []string{"safetyAndWellbeing"}},
	enum.Row{Token: "risk-of-serious-harm", Label: "Risk of serious harm", Aliases: []string{"riskOfSeriousHarm", "rosh"}},
)

// ParseScale parses a scale: its token ("risk-of-serious-harm"), its label
// ("Risk of serious harm"), the JSON keys "safetyAndWellbeing" and
// "riskOfSeriousHarm", or "rosh"; in any ASCII case, with spaces, hyphens
// or underscores alike. Anything else is an error that quotes the input.
func ParseScale(s string) (Scale, error) { return scales.Parse(s) }

// String returns the scale's token, "safety-and-wellbeing" or
// "risk-of-serious-harm" ("" for the zero value).
func (s Scale) String() string { return scales.String(s) }

// Label returns "Safety and wellbeing" or "Risk of serious harm".
func (s Scale) Label() string { return scales.Label(s) }

// MarshalText returns the token, "" for the zero value. A value out of
// range is an error.
func (s Scale) MarshalText() ([]byte, error) { return scales.MarshalText(s) }

// UnmarshalText sets s from text ParseScale accepts; empty text sets the
// zero value. On error s is left unchanged.
func (s *Scale) UnmarshalText(text []byte) error { return scales.UnmarshalText(s, text) }

// definitions holds the CARaG's definitions, word for word: A2.5 for safety
// and wellbeing and A3.4 for risk of serious harm. Index by scale, then by
// level.
var definitions = [3][5]string{
	SafetyAndWellbeing: {
		Low:      "no specific behaviours, events or people likely to cause an adverse outcome",
		Medium:   "some risk of safety and wellbeing concerns have been identified, but they are unlikely to cause serious safety and wellbeing adverse outcomes unless circumstances change",
		High:     "high risk that a potential negative safety and wellbeing outcome will occur, and the impact could be serious",
		VeryHigh: "the negative safety and wellbeing concern could happen immediately, and the impact will be serious.",
	},
	RiskOfSeriousHarm: {
		Low:      "no specific behaviours, events or people likely to cause an adverse outcome",
		Medium:   "some risk of harm concerns have been identified, but is unlikely to cause serious harm unless circumstances change. Can be managed under normal case management",
		High:     "high risk that a potential risk of serious harm outcome will occur, and the impact could be serious. Case may need increased case supervision",
		VeryHigh: "the risk of serious harm concern could happen imminently, and the impact would be serious. Case will need increased case supervision.",
	},
}

// Definition returns the CARaG's definition of level l on scale s, word for
// word as printed in A2.5 (safety and wellbeing) or A3.4 (risk of serious
// harm), without the level name and dash that introduce it, and with the
// source's own final punctuation (only the "Very high" definitions end with
// a full stop). The two scales have different definitions except for Low.
// It reports false, with "", if s or l is not set or out of range.
func Definition(s Scale, l Level) (string, bool) {
	if !scales.Valid(s) || !levels.Valid(l) {
		return "", false
	}
	return definitions[s][l], true
}

package classification

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

var levelEnum = enum{
	typ:  "Level",
	str:  []string{"Not classified", "Low", "Medium", "High", "Very high"},
	text: []string{"", "low", "medium", "high", "very high"},
}

// Levels returns the four levels, least severe first. The slice is new on
// every call.
func Levels() []Level {
	return []Level{Low, Medium, High, VeryHigh}
}

// ParseLevel parses a level name: "low", "medium", "high" or "very high",
// in any case, with surrounding white space ignored; "very high" may also
// be written "very-high" or "very_high". Anything else, including "", is
// an error of type [*ParseError] that quotes the input.
func ParseLevel(s string) (Level, error) {
	v, err := levelEnum.parse(s)
	return Level(v), err
}

// Valid reports whether l is one of the four levels (not zero, not out of
// range).
func (l Level) Valid() bool { return levelEnum.valid(uint8(l)) }

// String returns "Low", "Medium", "High" or "Very high"; "Not classified"
// for the zero value; and "Level(n)" for an out-of-range value n.
func (l Level) String() string { return levelEnum.string(uint8(l)) }

// MarshalText returns "low", "medium", "high" or "very high", and "" for
// the zero value (not classified). An out-of-range value is an error of
// type [*ValueError].
func (l Level) MarshalText() ([]byte, error) { return levelEnum.marshal(uint8(l)) }

// UnmarshalText sets l from text accepted by [ParseLevel]; empty text sets
// the zero value (not classified). On error l is left unchanged.
func (l *Level) UnmarshalText(text []byte) error {
	v, err := levelEnum.unmarshal(text)
	if err != nil {
		return err
	}
	if l == nil {
		return &ParseError{Type: "Level", Input: string(text)}
	}
	*l = Level(v)
	return nil
}

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

var scaleEnum = enum{
	typ:     "Scale",
	str:     []string{"Not set", "Safety and wellbeing", "Risk of serious harm"},
	text:    []string{"", "safetyAndWellbeing", "riskOfSeriousHarm"},
	aliases: map[string]uint8{"rosh": uint8(RiskOfSeriousHarm)},
}

// Scales returns the two scales, safety and wellbeing first. The slice is
// new on every call.
func Scales() []Scale {
	return []Scale{SafetyAndWellbeing, RiskOfSeriousHarm}
}

// ParseScale parses a scale: the text form "safetyAndWellbeing" or
// "riskOfSeriousHarm", the words "safety and wellbeing" or "risk of serious
// harm", or "rosh"; in any case, with surrounding white space ignored (and
// hyphens or underscores accepted in place of spaces). Anything else is an
// error of type [*ParseError].
func ParseScale(s string) (Scale, error) {
	v, err := scaleEnum.parse(s)
	return Scale(v), err
}

// Valid reports whether s is one of the two scales.
func (s Scale) Valid() bool { return scaleEnum.valid(uint8(s)) }

// String returns "Safety and wellbeing" or "Risk of serious harm"; "Not
// set" for the zero value; and "Scale(n)" for an out-of-range value n.
func (s Scale) String() string { return scaleEnum.string(uint8(s)) }

// MarshalText returns "safetyAndWellbeing" or "riskOfSeriousHarm" (the keys
// used in JSON), and "" for the zero value. An out-of-range value is an
// error of type [*ValueError].
func (s Scale) MarshalText() ([]byte, error) { return scaleEnum.marshal(uint8(s)) }

// UnmarshalText sets s from text accepted by [ParseScale]; empty text sets
// the zero value. On error s is left unchanged.
func (s *Scale) UnmarshalText(text []byte) error {
	v, err := scaleEnum.unmarshal(text)
	if err != nil {
		return err
	}
	if s == nil {
		return &ParseError{Type: "Scale", Input: string(text)}
	}
	*s = Scale(v)
	return nil
}

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
	if !s.Valid() || !l.Valid() {
		return "", false
	}
	return definitions[s][l], true
}

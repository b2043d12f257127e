package framework

import "github.com/yjinspect/yjinspect/internal/enum"

// Kind is the kind of a question, from the source's key. The zero value means
// not recorded.
type Kind uint8

// The question kinds.
const (
	// Prompt is a question directly linked to a prompt in the inspection
	// standards; its answer directly influences the summary judgement.
	Prompt Kind = iota + 1
	// Information is an information question, asked to provide additional
	// background information about the case.
	Information
	// Summary is a summary judgement question, answering a key question.
	Summary
)

var kinds = enum.New[Kind]("framework.Kind",
	enum.Row{Token: "prompt", Label: "Prompt"},
	enum.Row{Token: "information", Label: "Information question"},
	enum.Row{Token: "summary", Label: "Summary judgement"},
)

// ParseKind parses "prompt", "information" or "summary", or the label, in
// any ASCII case, with surrounding space ignored. Anything else is an error
// that quotes the input.
func ParseKind(s string) (Kind, error) { return kinds.Parse(s) }

// String returns the kind's token: "prompt", "information" or "summary"
// ("" for the zero value).
func (k Kind) String() string { return kinds.String(k) }

// Label returns "Prompt", "Information question" or "Summary judgement".
func (k Kind) Label() string { return kinds.Label(k) }

// MarshalText returns the token, "" for the zero value. A value out of
// range is an error.
func (k Kind) MarshalText() ([]byte, error) { return kinds.MarshalText(k) }

// UnmarshalText sets k from text ParseKind accepts; empty text sets the
// zero value. On error k is left unchanged.
func (k *Kind) UnmarshalText(b []byte) error { return kinds.UnmarshalText(k, b) }

// Area is what a key question is about: the child's desistance, keeping the
// child safe, or keeping other people safe. The zero value means not
// recorded (the case manager interview covers all three).
type Area uint8

// The areas.
const (
	Desistance Area = iota + 1
	KeepingTheChildSafe
	KeepingOtherPeopleSafe
)

var areas = enum.New[Area]("framework.Area",
	enum.Row{Token: "desistance", Label: "Desistance"},
	enum.Row{Token: "keeping-the-child-safe", Label: "Keeping the child safe"},
	enum.Row{Token: "keeping-other-people-safe", Label: "Keeping other people safe"},
)

// ParseArea parses an area's token ("keeping-the-child-safe") or label
// ("Keeping the child safe"), in any ASCII case, with spaces, hyphens or
// underscores alike. Anything else is an error that quotes the input.
func ParseArea(s string) (Area, error) { return areas.Parse(s) }

// String returns the area's token, e.g. "keeping-the-child-safe" ("" for
// the zero value).
func (a Area) String() string { return areas.String(a) }

// Label returns the area in words, e.g. "Keeping the child safe".
func (a Area) Label() string { return areas.Label(a) }

// MarshalText returns the token, "" for the zero value. A value out of
// range is an error.
func (a Area) MarshalText() ([]byte, error) { return areas.MarshalText(a) }

// UnmarshalText sets a from text ParseArea accepts; empty text sets the
// zero value. On error a is left unchanged.
func (a *Area) UnmarshalText(b []byte) error { return areas.UnmarshalText(a, b) }

// AnswerKind is the kind of answer a question takes. The zero value means
// not recorded.
type AnswerKind uint8

// The answer kinds.
const (
	// YesNo questions are answered yes, no or not applicable.
	YesNo AnswerKind = iota + 1
	// LevelAnswer questions (A2.5 and A3.4) are answered with a
	// classification level: low, medium, high or very high.
	LevelAnswer
	// TextAnswer questions (I1.4-I1.8 and I1.10) are answered in free text.
	TextAnswer
)

var answerKinds = enum.New[AnswerKind]("framework.AnswerKind",
	enum.Row{Token: "yes-no", Label: "Yes, no or n/a"},
	enum.Row{Token: "level", Label: "Classification level"},
	enum.Row{Token: "text", Label: "Free text"},
)

// ParseAnswerKind parses "yes-no", "level" or "text", or the label, in any
// ASCII case. Anything else is an error that quotes the input.
func ParseAnswerKind(s string) (AnswerKind, error) { return answerKinds.Parse(s) }

// String returns "yes-no", "level" or "text" ("" for the zero value).
func (a AnswerKind) String() string { return answerKinds.String(a) }

// Label returns "Yes, no or n/a", "Classification level" or "Free text".
func (a AnswerKind) Label() string { return answerKinds.Label(a) }

// MarshalText returns the token, "" for the zero value. A value out of
// range is an error.
func (a AnswerKind) MarshalText() ([]byte, error) { return answerKinds.MarshalText(a) }

// UnmarshalText sets a from text ParseAnswerKind accepts; empty text sets
// the zero value. On error a is left unchanged.
func (a *AnswerKind) UnmarshalText(b []byte) error { return answerKinds.UnmarshalText(a, b) }

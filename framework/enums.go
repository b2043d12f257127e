package framework

import "github.com/yjinspect/yjinspect/internal/enum"

// Kind is the kind of a question, from the source's key. The zero value means
// not set.
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

var kinds = enum.Legacy[Kind]{
	Type:  "Kind",
	Names: []string{"not set", "prompt", "information", "summary"},
	Texts: []string{"", "prompt", "information", "summary"},
}

// String returns the kind's name: "prompt", "information" or "summary".
func (k Kind) String() string { return kinds.String(k) }

// MarshalText implements encoding.TextMarshaler.
func (k Kind) MarshalText() ([]byte, error) { return kinds.MarshalText(k) }

// UnmarshalText implements encoding.TextUnmarshaler; "" gives the zero value.
func (k *Kind) UnmarshalText(b []byte) error { return unmarshalEnum(&kinds, k, b) }

// ParseKind parses "prompt", "information" or "summary" in any case.
func ParseKind(s string) (Kind, error) { return parseEnum(&kinds, s) }

// Phase is the phase of work a key question looks at. The zero value means
// not set (the case manager interview has no phase).
type Phase uint8

// The phases, one per standard.
const (
	Assessment Phase = iota + 1
	Planning
	ImplementationAndDelivery
	Reviewing
)

var phases = enum.Legacy[Phase]{
	Type:  "Phase",
	Names: []string{"not set", "Assessment", "Planning", "Implementation and delivery", "Reviewing"},
	Texts: []string{"", "assessment", "planning", "implementation-and-delivery", "reviewing"},
}

// String returns the phase as the source names it, e.g. "Implementation and
// delivery".
func (p Phase) String() string { return phases.String(p) }

// MarshalText implements encoding.TextMarshaler.
func (p Phase) MarshalText() ([]byte, error) { return phases.MarshalText(p) }

// UnmarshalText implements encoding.TextUnmarshaler; "" gives the zero value.
func (p *Phase) UnmarshalText(b []byte) error { return unmarshalEnum(&phases, p, b) }

// ParsePhase parses a phase's text or String form in any case.
func ParsePhase(s string) (Phase, error) { return parseEnum(&phases, s) }

// Area is what a key question is about. The zero value means not set (the
// case manager interview covers all three).
type Area uint8

// The areas.
const (
	Desistance Area = iota + 1
	KeepingTheChildSafe
	KeepingOtherPeopleSafe
)

var areas = enum.Legacy[Area]{
	Type:  "Area",
	Names: []string{"not set", "desistance", "keeping the child safe", "keeping other people safe"},
	Texts: []string{"", "desistance", "keeping-the-child-safe", "keeping-other-people-safe"},
}

// String returns the area in words, e.g. "keeping the child safe".
func (a Area) String() string { return areas.String(a) }

// MarshalText implements encoding.TextMarshaler.
func (a Area) MarshalText() ([]byte, error) { return areas.MarshalText(a) }

// UnmarshalText implements encoding.TextUnmarshaler; "" gives the zero value.
func (a *Area) UnmarshalText(b []byte) error { return unmarshalEnum(&areas, a, b) }

// ParseArea parses an area's text or String form in any case.
func ParseArea(s string) (Area, error) { return parseEnum(&areas, s) }

// AnswerKind is the kind of answer a question takes. The zero value means not
// set.
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

var answerKinds = enum.Legacy[AnswerKind]{
	Type:  "AnswerKind",
	Names: []string{"not set", "yes-no", "level", "text"},
	Texts: []string{"", "yes-no", "level", "text"},
}

// String returns "yes-no", "level" or "text".
func (a AnswerKind) String() string { return answerKinds.String(a) }

// MarshalText implements encoding.TextMarshaler.
func (a AnswerKind) MarshalText() ([]byte, error) { return answerKinds.MarshalText(a) }

// UnmarshalText implements encoding.TextUnmarshaler; "" gives the zero value.
func (a *AnswerKind) UnmarshalText(b []byte) error { return unmarshalEnum(&answerKinds, a, b) }

// ParseAnswerKind parses "yes-no", "level" or "text" in any case.
func ParseAnswerKind(s string) (AnswerKind, error) { return parseEnum(&answerKinds, s) }

func parseEnum[T ~uint8](t *enum.Legacy[T], s string) (T, error) {
	if v, ok := t.Parse(s); ok {
		return v, nil
	}
	return 0, &ParseError{Type: t.Type, Input: s}
}

func unmarshalEnum[T ~uint8](t *enum.Legacy[T], v *T, b []byte) error {
	if len(b) == 0 {
		*v = 0
		return nil
	}
	p, err := parseEnum(t, string(b))
	if err != nil {
		return err
	}
	*v = p
	return nil
}

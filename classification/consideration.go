package classification

// This file holds the vocabulary of the A3.4 considerations that a risk of
// serious harm rationale records (what was considered, how it was used, what
// removed access to victims) and the effect the source gives each; rosh.go
// checks a rationale against them.

import "github.com/yjinspect/yjinspect/internal/enum"

// ConsiderationType is one of the things the CARaG, under A3.4, expects
// case managers to consider when judging the level of risk of serious harm
// (RoSH), including the two statements under "Nature of risk". The zero
// value means not recorded. The sentence of the source that gives it its
// effect on the level, if any, is quoted in considerationSource.
type ConsiderationType uint8

// The considerations of A3.4 of the CARaG, in the source's order.
const (
	// StaticFactors: "What do the static factors in the case indicate?"
	StaticFactors ConsiderationType = iota + 1
	// StableDynamicFactors: stable, or improving, dynamic risk factors.
	StableDynamicFactors
	// AcuteDynamicFactors: acute dynamic risk factors.
	AcuteDynamicFactors
	// Strengths: the child's strengths.
	Strengths
	// ResourcesAndServices: resources or services available to the child.
	ResourcesAndServices
	// CapacityAndMotivation: the child's capacity and motivation to change.
	CapacityAndMotivation
	// SimilarCircumstances: how similar the current circumstances are to
	// those in which seriously harmful behaviour might arise.
	SimilarCircumstances
	// SeekingOpportunities: the child actively seeking opportunities to
	// offend.
	SeekingOpportunities
	// OtherHarmfulBehaviour: other behaviour that directly or indirectly
	// increases the likelihood of serious harm.
	OtherHarmfulBehaviour
	// NoAccessToVictims: absence of immediate access to victims (see
	// [Constraint] for what removed the access).
	NoAccessToVictims
	// VictimArrangementsCompliance: the child genuinely complying with
	// arrangements to protect victims or reduce access to victims.
	VictimArrangementsCompliance
)

var considerationTypes = enum.New[ConsiderationType]("classification.ConsiderationType",
	enum.Row{Token: "static-factors", Label: "static factors"},
	enum.Row{Token: "stable-dynamic-factors", Label: "stable dynamic risk factors"},
	enum.Row{Token: "acute-dynamic-factors", Label: "acute dynamic risk factors"},
	enum.Row{Token: "strengths", Label: "strengths"},
	enum.Row{Token: "resources-and-services", Label: "resources or services"},
	enum.Row{Token: "capacity-and-motivation", Label: "capacity and motivation to change"},
	enum.Row{Token: "similar-circumstances", Label: "similarity of the current circumstances"},
	enum.Row{Token: "seeking-opportunities", Label: "actively seeking opportunities to offend"},
	enum.Row{Token: "other-harmful-behaviour", Label: "other behaviour that directly or indirectly increases the likelihood of serious harm"},
	enum.Row{Token: "no-access-to-victims", Label: "absence of immediate access to victims"},
	enum.Row{Token: "victim-arrangements-compliance", Label: "genuinely complying with arrangements to protect victims or reduce access to victims"},
)

// considerationSource quotes, word for word, the sentence of A3.4 of the
// CARaG that gives each consideration its effect, or, where the source
// gives no direction, the question that introduces it.
var considerationSource = [...]string{
	StaticFactors:                "What do the static factors in the case indicate?",
	StableDynamicFactors:         "The presence of a range of stable, or improving, dynamic risk factors may reduce the assessed level of RoSH.",
	AcuteDynamicFactors:          "The presence of a number of acute dynamic risk factors may increase the assessed level of RoSH.",
	Strengths:                    "The presence of known strengths may reduce the assessed level of RoSH.",
	ResourcesAndServices:         "What resources or services are available to the child, such as supportive family relationships or access to appropriate services?",
	CapacityAndMotivation:        "Evidence of commitment to change and cooperation with risk management arrangements may reduce the assessed level of RoSH.",
	SimilarCircumstances:         "What are the circumstances in which seriously harmful behaviour might arise, and how similar are the current circumstances?",
	SeekingOpportunities:         "Is there evidence that the child is actively seeking opportunities to offend?",
	OtherHarmfulBehaviour:        "Is there evidence that the child is engaging in other behaviour that directly or indirectly increases the likelihood of serious harm?",
	NoAccessToVictims:            "Absence of immediate access to victims, whether by custody, school exclusion, child protection arrangements or the ending of a relationship, or other external constraints, is not in itself a reason to lower the assessed level of RoSH.",
	VictimArrangementsCompliance: "Evidence that the child is genuinely complying with arrangements to protect victims or reduce access to victims may contribute towards lowering the assessed level of RoSH.",
}

var considerationEffect = [...]effect{
	StaticFactors:                unstated,
	StableDynamicFactors:         mayLower,
	AcuteDynamicFactors:          mayRaise,
	Strengths:                    mayLower,
	ResourcesAndServices:         unstated,
	CapacityAndMotivation:        mayLower,
	SimilarCircumstances:         unstated,
	SeekingOpportunities:         unstated,
	OtherHarmfulBehaviour:        unstated,
	NoAccessToVictims:            notAReasonToLower,
	VictimArrangementsCompliance: mayLower,
}

// ParseConsiderationType parses a consideration type's token (e.g.
// "acute-dynamic-factors", "no-access-to-victims") or its label, in any
// ASCII case, with spaces, hyphens or underscores alike and surrounding
// space ignored. Anything else is an error that quotes the input.
func ParseConsiderationType(s string) (ConsiderationType, error) { return considerationTypes.Parse(s) }

// String returns the token, e.g. "acute-dynamic-factors" ("" for the zero
// value).
func (t ConsiderationType) String() string { return considerationTypes.String(t) }

// Label returns a short label in the source's words, e.g. "acute dynamic
// risk factors".
func (t ConsiderationType) Label() string { return considerationTypes.Label(t) }

// MarshalText returns the token, "" for the zero value. A value out of
// range is an error.
func (t ConsiderationType) MarshalText() ([]byte, error) { return considerationTypes.MarshalText(t) }

// UnmarshalText sets t from text ParseConsiderationType accepts; empty text
// sets the zero value. On error t is left unchanged.
func (t *ConsiderationType) UnmarshalText(text []byte) error {
	return considerationTypes.UnmarshalText(t, text)
}

// source quotes, word for word, the sentence of A3.4 of the CARaG that
// gives the consideration its effect on the assessed level of RoSH (may
// increase it; may reduce it; is not in itself a reason to lower it), or,
// where the source gives no direction, the question that introduces it.
// It returns "" for a zero or out-of-range t.
func (t ConsiderationType) source() string {
	if !considerationTypes.Valid(t) {
		return ""
	}
	return considerationSource[t]
}

// effect is the effect A3.4 of the CARaG gives a consideration on the
// assessed level of RoSH.
type effect uint8

const (
	// unstated: the source lists the consideration without saying in
	// which direction it may move the level.
	unstated effect = iota
	// mayRaise: the consideration "may increase the assessed level of
	// RoSH".
	mayRaise
	// mayLower: the consideration "may reduce the assessed level of RoSH"
	// or "may contribute towards lowering the assessed level of RoSH".
	mayLower
	// notAReasonToLower: the consideration "is not in itself a reason to
	// lower the assessed level of RoSH".
	notAReasonToLower
)

// effect returns the effect the source gives the consideration: mayRaise
// for acute dynamic risk factors; mayLower for stable or improving dynamic
// risk factors, strengths, capacity and motivation to change (the source:
// "commitment to change") and genuine compliance with arrangements to
// protect victims; notAReasonToLower for absence of immediate access to
// victims; unstated otherwise.
func (t ConsiderationType) effect() effect {
	if !considerationTypes.Valid(t) {
		return unstated
	}
	return considerationEffect[t]
}

// Constraint is what removed a child's immediate access to victims, as
// listed under "Nature of risk" in A3.4 of the CARaG: "whether by custody,
// school exclusion, child protection arrangements or the ending of a
// relationship, or other external constraints". The zero value means not
// recorded.
type Constraint uint8

// The constraints of A3.4 of the CARaG, in the source's order.
const (
	// Custody: "custody".
	Custody Constraint = iota + 1
	// SchoolExclusion: "school exclusion".
	SchoolExclusion
	// ChildProtection: "child protection arrangements".
	ChildProtection
	// EndOfRelationship: "the ending of a relationship".
	EndOfRelationship
	// OtherConstraint: "other external constraints".
	OtherConstraint
)

var constraints = enum.New[Constraint]("classification.Constraint",
	enum.Row{Token: "custody", Label: "custody"},
	enum.Row{Token: "school-exclusion", Label: "school exclusion"},
	enum.Row{Token: "child-protection", Label: "child protection arrangements"},
	enum.Row{Token: "end-of-relationship", Label: "the ending of a relationship", Aliases: []string{"ending-of-a-relationship"}},
	enum.Row{Token: "other", Label: "other external constraints", Aliases: []string{"other-constraint", "other-external-constraint"}},
)

// ParseConstraint parses "custody", "school-exclusion",
// "child-protection", "end-of-relationship" or "other", or the label, in
// any ASCII case, with spaces, hyphens or underscores alike and surrounding
// space ignored. Anything else is an error that quotes the input.
func ParseConstraint(s string) (Constraint, error) { return constraints.Parse(s) }

// String returns the token, e.g. "child-protection" ("" for the zero
// value).
func (c Constraint) String() string { return constraints.String(c) }

// Label returns the source's words, e.g. "child protection arrangements".
func (c Constraint) Label() string { return constraints.Label(c) }

// MarshalText returns the token, "" for the zero value. A value out of
// range is an error.
func (c Constraint) MarshalText() ([]byte, error) { return constraints.MarshalText(c) }

// UnmarshalText sets c from text ParseConstraint accepts; empty text sets
// the zero value. On error c is left unchanged.
func (c *Constraint) UnmarshalText(text []byte) error { return constraints.UnmarshalText(c, text) }

// Use is the direction in which the case manager used a consideration:
// to raise or to lower the level of RoSH. The zero value means not
// recorded.
type Use uint8

// The uses of a consideration.
const (
	// Raise: the case manager used the consideration to raise the level.
	Raise Use = iota + 1
	// Lower: the case manager used the consideration to lower the level.
	Lower
)

var uses = enum.New[Use]("classification.Use",
	enum.Row{Token: "raise", Label: "Raise"},
	enum.Row{Token: "lower", Label: "Lower"},
)

// ParseUse parses "raise" or "lower", in any ASCII case, with surrounding
// space ignored. Anything else is an error that quotes the input.
func ParseUse(s string) (Use, error) { return uses.Parse(s) }

// String returns "raise" or "lower" ("" for the zero value).
func (u Use) String() string { return uses.String(u) }

// Label returns "Raise" or "Lower".
func (u Use) Label() string { return uses.Label(u) }

// MarshalText returns the token, "" for the zero value. A value out of
// range is an error.
func (u Use) MarshalText() ([]byte, error) { return uses.MarshalText(u) }

// UnmarshalText sets u from text ParseUse accepts; empty text sets the zero
// value. On error u is left unchanged.
func (u *Use) UnmarshalText(text []byte) error { return uses.UnmarshalText(u, text) }

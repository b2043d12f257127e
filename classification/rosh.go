package classification

import "strconv"

// ConsiderationType is one of the things the CARaG, under A3.4, expects
// case managers to consider when judging the level of risk of serious harm
// (RoSH), including the two statements under "Nature of risk". The zero
// value means not recorded. [ConsiderationType.Source] quotes the source
// and [ConsiderationType.Effect] gives the effect the source gives it.
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

var considerationEnum = enum{
	typ: "ConsiderationType",
	str: []string{
		"not recorded",
		"static factors",
		"stable dynamic risk factors",
		"acute dynamic risk factors",
		"strengths",
		"resources or services",
		"capacity and motivation to change",
		"similarity of the current circumstances",
		"actively seeking opportunities to offend",
		"other behaviour that directly or indirectly increases the likelihood of serious harm",
		"absence of immediate access to victims",
		"genuinely complying with arrangements to protect victims or reduce access to victims",
	},
	text: []string{
		"",
		"static-factors",
		"stable-dynamic-factors",
		"acute-dynamic-factors",
		"strengths",
		"resources-and-services",
		"capacity-and-motivation",
		"similar-circumstances",
		"seeking-opportunities",
		"other-harmful-behaviour",
		"no-access-to-victims",
		"victim-arrangements-compliance",
	},
}

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

var considerationEffect = [...]Effect{
	StaticFactors:                Unstated,
	StableDynamicFactors:         MayLower,
	AcuteDynamicFactors:          MayRaise,
	Strengths:                    MayLower,
	ResourcesAndServices:         Unstated,
	CapacityAndMotivation:        MayLower,
	SimilarCircumstances:         Unstated,
	SeekingOpportunities:         Unstated,
	OtherHarmfulBehaviour:        Unstated,
	NoAccessToVictims:            NotAReasonToLower,
	VictimArrangementsCompliance: MayLower,
}

// ConsiderationTypes returns every consideration type in the source's
// order. The slice is new on every call.
func ConsiderationTypes() []ConsiderationType {
	out := make([]ConsiderationType, 0, len(considerationEnum.text)-1)
	for i := 1; i < len(considerationEnum.text); i++ {
		out = append(out, ConsiderationType(i))
	}
	return out
}

// ParseConsiderationType parses the text form of a consideration type
// (e.g. "acute-dynamic-factors", "no-access-to-victims") or its String
// form, in any case, with surrounding white space ignored and spaces or
// underscores accepted in place of hyphens. Anything else is an error of
// type [*ParseError].
func ParseConsiderationType(s string) (ConsiderationType, error) {
	v, err := considerationEnum.parse(s)
	return ConsiderationType(v), err
}

// Valid reports whether t is one of the named consideration types.
func (t ConsiderationType) Valid() bool { return considerationEnum.valid(uint8(t)) }

// String returns a short label in the source's words, e.g. "acute dynamic
// risk factors"; "not recorded" for the zero value; and
// "ConsiderationType(n)" for an out-of-range n. Use
// [ConsiderationType.Source] for the full quotation.
func (t ConsiderationType) String() string { return considerationEnum.string(uint8(t)) }

// MarshalText returns the text form, e.g. "acute-dynamic-factors", and ""
// for the zero value. An out-of-range value is an error of type
// [*ValueError].
func (t ConsiderationType) MarshalText() ([]byte, error) {
	return considerationEnum.marshal(uint8(t))
}

// UnmarshalText sets t from text accepted by [ParseConsiderationType];
// empty text sets the zero value. On error t is left unchanged.
func (t *ConsiderationType) UnmarshalText(text []byte) error {
	v, err := considerationEnum.unmarshal(text)
	if err != nil {
		return err
	}
	if t == nil {
		return &ParseError{Type: "ConsiderationType", Input: string(text)}
	}
	*t = ConsiderationType(v)
	return nil
}

// Effect returns the effect that A3.4 of the CARaG gives the consideration
// on the assessed level of RoSH: [MayRaise] for acute dynamic risk factors;
// [MayLower] for stable or improving dynamic risk factors, strengths,
// capacity and motivation to change (the source: "commitment to change")
// and genuine compliance with arrangements to protect victims;
// [NotAReasonToLower] for absence of immediate access to victims; and
// [Unstated] for the considerations the source lists without a direction.
// It returns the zero Effect (unknown) for a zero or out-of-range t.
func (t ConsiderationType) Effect() Effect {
	if !t.Valid() {
		return 0
	}
	return considerationEffect[t]
}

// Source quotes, word for word, the sentence of A3.4 of the CARaG that
// gives the consideration its effect, or, where the source gives no
// direction, the question that introduces it. It returns "" for a zero or
// out-of-range t.
func (t ConsiderationType) Source() string {
	if !t.Valid() {
		return ""
	}
	return considerationSource[t]
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

var constraintEnum = enum{
	typ:  "Constraint",
	str:  []string{"not recorded", "custody", "school exclusion", "child protection arrangements", "the ending of a relationship", "other external constraints"},
	text: []string{"", "custody", "school-exclusion", "child-protection", "end-of-relationship", "other"},
	aliases: map[string]uint8{
		"ending-of-a-relationship":  uint8(EndOfRelationship),
		"other-constraint":          uint8(OtherConstraint),
		"other-external-constraint": uint8(OtherConstraint),
	},
}

// Constraints returns every constraint in the source's order. The slice is
// new on every call.
func Constraints() []Constraint {
	return []Constraint{Custody, SchoolExclusion, ChildProtection, EndOfRelationship, OtherConstraint}
}

// ParseConstraint parses "custody", "school-exclusion",
// "child-protection", "end-of-relationship" or "other", or the String
// form, in any case, with surrounding white space ignored and spaces or
// underscores accepted in place of hyphens. Anything else is an error of
// type [*ParseError].
func ParseConstraint(s string) (Constraint, error) {
	v, err := constraintEnum.parse(s)
	return Constraint(v), err
}

// Valid reports whether c is one of the named constraints.
func (c Constraint) Valid() bool { return constraintEnum.valid(uint8(c)) }

// String returns the source's words, e.g. "child protection arrangements";
// "not recorded" for the zero value; "Constraint(n)" for an out-of-range n.
func (c Constraint) String() string { return constraintEnum.string(uint8(c)) }

// MarshalText returns the text form, e.g. "child-protection", and "" for
// the zero value. An out-of-range value is an error of type [*ValueError].
func (c Constraint) MarshalText() ([]byte, error) { return constraintEnum.marshal(uint8(c)) }

// UnmarshalText sets c from text accepted by [ParseConstraint]; empty text
// sets the zero value. On error c is left unchanged.
func (c *Constraint) UnmarshalText(text []byte) error {
	v, err := constraintEnum.unmarshal(text)
	if err != nil {
		return err
	}
	if c == nil {
		return &ParseError{Type: "Constraint", Input: string(text)}
	}
	*c = Constraint(v)
	return nil
}

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

var useEnum = enum{
	typ:  "Use",
	str:  []string{"not recorded", "raise", "lower"},
	text: []string{"", "raise", "lower"},
}

// ParseUse parses "raise" or "lower", in any case, with surrounding white
// space ignored. Anything else is an error of type [*ParseError].
func ParseUse(s string) (Use, error) {
	v, err := useEnum.parse(s)
	return Use(v), err
}

// Valid reports whether u is Raise or Lower.
func (u Use) Valid() bool { return useEnum.valid(uint8(u)) }

// String returns "raise" or "lower"; "not recorded" for the zero value;
// "Use(n)" for an out-of-range n.
func (u Use) String() string { return useEnum.string(uint8(u)) }

// MarshalText returns "raise" or "lower", and "" for the zero value. An
// out-of-range value is an error of type [*ValueError].
func (u Use) MarshalText() ([]byte, error) { return useEnum.marshal(uint8(u)) }

// UnmarshalText sets u from text accepted by [ParseUse]; empty text sets
// the zero value. On error u is left unchanged.
func (u *Use) UnmarshalText(text []byte) error {
	v, err := useEnum.unmarshal(text)
	if err != nil {
		return err
	}
	if u == nil {
		return &ParseError{Type: "Use", Input: string(text)}
	}
	*u = Use(v)
	return nil
}

// Effect is the effect A3.4 of the CARaG gives a consideration on the
// assessed level of RoSH (see [ConsiderationType.Effect]). The zero value
// means unknown.
type Effect uint8

// The effects of considerations.
const (
	// MayRaise: the consideration "may increase the assessed level of
	// RoSH".
	MayRaise Effect = iota + 1
	// MayLower: the consideration "may reduce the assessed level of RoSH"
	// or "may contribute towards lowering the assessed level of RoSH".
	MayLower
	// NotAReasonToLower: the consideration "is not in itself a reason to
	// lower the assessed level of RoSH".
	NotAReasonToLower
	// Unstated: the source lists the consideration without saying in which
	// direction it may move the level.
	Unstated
)

var effectEnum = enum{
	typ:  "Effect",
	str:  []string{"unknown", "may raise", "may lower", "not in itself a reason to lower", "no direction stated"},
	text: []string{"", "may-raise", "may-lower", "not-a-reason-to-lower", "unstated"},
}

// ParseEffect parses "may-raise", "may-lower", "not-a-reason-to-lower" or
// "unstated", or the String form, in any case, with surrounding white
// space ignored and spaces or underscores accepted in place of hyphens.
// Anything else is an error of type [*ParseError].
func ParseEffect(s string) (Effect, error) {
	v, err := effectEnum.parse(s)
	return Effect(v), err
}

// Valid reports whether e is one of the named effects.
func (e Effect) Valid() bool { return effectEnum.valid(uint8(e)) }

// String returns "may raise", "may lower", "not in itself a reason to
// lower" or "no direction stated"; "unknown" for the zero value;
// "Effect(n)" for an out-of-range n.
func (e Effect) String() string { return effectEnum.string(uint8(e)) }

// MarshalText returns the text form, e.g. "may-raise", and "" for the zero
// value. An out-of-range value is an error of type [*ValueError].
func (e Effect) MarshalText() ([]byte, error) { return effectEnum.marshal(uint8(e)) }

// UnmarshalText sets e from text accepted by [ParseEffect]; empty text
// sets the zero value. On error e is left unchanged.
func (e *Effect) UnmarshalText(text []byte) error {
	v, err := effectEnum.unmarshal(text)
	if err != nil {
		return err
	}
	if e == nil {
		return &ParseError{Type: "Effect", Input: string(text)}
	}
	*e = Effect(v)
	return nil
}

// Consideration is one consideration a case manager relied on in the
// rationale for a RoSH level.
type Consideration struct {
	// Type is what was considered.
	Type ConsiderationType `json:"type"`
	// Use is the direction in which the case manager used it.
	Use Use `json:"use"`
	// Constraint is what removed access to victims, for a
	// NoAccessToVictims (or VictimArrangementsCompliance) consideration;
	// zero if not recorded or not relevant.
	Constraint Constraint `json:"constraint,omitempty"`
	// Note is free text; CheckRoSH never copies it into a finding.
	Note string `json:"note,omitempty"`
}

// Rationale is a case manager's rationale for a risk of serious harm
// classification (A3.4 of the CARaG). Each *bool is nil when not recorded:
// nil means unknown, never false.
type Rationale struct {
	// Level is the RoSH level the rationale justifies.
	Level Level `json:"level"`
	// CurrentFactors is whether there are current factors indicating the
	// potential for seriously harmful behaviour.
	CurrentFactors *bool `json:"currentFactors,omitempty"`
	// Mitigated is whether there is good evidence that those factors are
	// mitigated by a combination of internal and external factors.
	Mitigated *bool `json:"mitigated,omitempty"`
	// Stable is whether the circumstances of the child are stable and
	// likely to remain so.
	Stable *bool `json:"stable,omitempty"`
	// Considerations are the considerations the case manager relied on.
	Considerations []Consideration `json:"considerations,omitempty"`
}

// Severity is the severity of a [Finding]. The zero value means not
// recorded. Warning < Error.
type Severity uint8

// The severities of findings.
const (
	// Warning: the rationale may be wrong; the inspector should look.
	Warning Severity = iota + 1
	// Error: the rationale contradicts the source or is invalid.
	Error
)

var severityEnum = enum{
	typ:  "Severity",
	str:  []string{"not recorded", "warning", "error"},
	text: []string{"", "warning", "error"},
}

// ParseSeverity parses "warning" or "error", in any case, with surrounding
// white space ignored. Anything else is an error of type [*ParseError].
func ParseSeverity(s string) (Severity, error) {
	v, err := severityEnum.parse(s)
	return Severity(v), err
}

// Valid reports whether s is Warning or Error.
func (s Severity) Valid() bool { return severityEnum.valid(uint8(s)) }

// String returns "warning" or "error"; "not recorded" for the zero value;
// "Severity(n)" for an out-of-range n.
func (s Severity) String() string { return severityEnum.string(uint8(s)) }

// MarshalText returns "warning" or "error", and "" for the zero value. An
// out-of-range value is an error of type [*ValueError].
func (s Severity) MarshalText() ([]byte, error) { return severityEnum.marshal(uint8(s)) }

// UnmarshalText sets s from text accepted by [ParseSeverity]; empty text
// sets the zero value. On error s is left unchanged.
func (s *Severity) UnmarshalText(text []byte) error {
	v, err := severityEnum.unmarshal(text)
	if err != nil {
		return err
	}
	if s == nil {
		return &ParseError{Type: "Severity", Input: string(text)}
	}
	*s = Severity(v)
	return nil
}

// Code is the stable code of a [Finding]; see the constants for the list.
type Code string

// The codes of the findings of [CheckRoSH]. They are stable and may be
// stored or matched on. The severities are this library's reading of the
// source (A3.4 of the CARaG), not the inspectorate's:
//
//   - CodeNoLevel ("rosh-no-level", Error): no RoSH level is recorded;
//     "Every case should have a classification for risk of serious harm".
//   - CodeInvalidLevel ("rosh-invalid-level", Error): the level is out of
//     range; it is treated as not recorded.
//   - CodeLowNotMitigated ("rosh-low-not-mitigated"): the level is Low,
//     there are current factors indicating the potential for seriously
//     harmful behaviour, and it is not shown both that there is good
//     evidence they are mitigated and that the circumstances are stable.
//     Error if either is recorded as false; Warning if neither is false
//     but one is not recorded.
//   - CodeLowUnconfirmed ("rosh-low-unconfirmed", Warning): the level is
//     Low, it is not recorded whether there are current factors, and it is
//     not shown that factors are mitigated in stable circumstances, so the
//     check cannot confirm that low may be appropriate.
//   - CodeInvalidConsideration ("rosh-invalid-consideration", Error): a
//     consideration has a zero or out-of-range Type or Use, or an
//     out-of-range Constraint; it is not checked further.
//   - CodeNoAccessLowered ("rosh-no-access-lowered", Warning): absence of
//     immediate access to victims was used to lower the level; the source
//     says it "is not in itself a reason to lower", so it is not always
//     wrong, but needs other reasons alongside it.
//   - CodeAgainstDirection ("rosh-against-direction", Warning): a
//     consideration the source says may raise the level was used to lower
//     it, or one the source says may lower it was used to raise it.
//   - CodeConstraintMisplaced ("rosh-constraint-misplaced", Warning): a
//     constraint is recorded on a consideration that is not about access
//     to victims (this check is the library's own, not the source's).
const (
	CodeNoLevel              Code = "rosh-no-level"
	CodeInvalidLevel         Code = "rosh-invalid-level"
	CodeLowNotMitigated      Code = "rosh-low-not-mitigated"
	CodeLowUnconfirmed       Code = "rosh-low-unconfirmed"
	CodeInvalidConsideration Code = "rosh-invalid-consideration"
	CodeNoAccessLowered      Code = "rosh-no-access-lowered"
	CodeAgainstDirection     Code = "rosh-against-direction"
	CodeConstraintMisplaced  Code = "rosh-constraint-misplaced"
)

// Codes returns every finding code, in the order of their declaration. The
// slice is new on every call.
func Codes() []Code {
	return []Code{
		CodeNoLevel, CodeInvalidLevel, CodeLowNotMitigated, CodeLowUnconfirmed,
		CodeInvalidConsideration, CodeNoAccessLowered, CodeAgainstDirection,
		CodeConstraintMisplaced,
	}
}

// Finding is one problem [CheckRoSH] found in a [Rationale].
type Finding struct {
	// Severity is Warning or Error.
	Severity Severity `json:"severity"`
	// Code is the stable code of the finding.
	Code Code `json:"code"`
	// Consideration is the index in Rationale.Considerations of the
	// consideration the finding is about, or -1 if none.
	Consideration int `json:"consideration"`
	// Message explains the finding in words, quoting the source where it
	// can. It never includes a consideration's Note.
	Message string `json:"message"`
}

// CheckRoSH checks a case manager's rationale for a risk of serious harm
// level against the guidance under A3.4 of the CARaG and returns what it
// finds (see the Code constants for each finding), or nil if it finds
// nothing. It checks:
//
//   - that there is a level: "Every case should have a classification for
//     risk of serious harm";
//   - that a Low level fits "If there are no factors at all that indicate
//     the potential for seriously harmful behaviour, or where there are
//     factors that indicate the potential for some harmful behaviour, and
//     there is good evidence that those factors are mitigated by a
//     combination of internal and external factors, and the circumstances
//     of the child are stable and likely to remain so, an assessment of
//     low risk of serious harm (RoSH) may be appropriate." Low is accepted
//     without a finding when CurrentFactors is false, or when Mitigated and
//     Stable are both true;
//   - that absence of immediate access to victims, which "is not in itself
//     a reason to lower the assessed level of RoSH", was not used to lower
//     the level (a Warning, since "in itself" means it may be one reason
//     among others);
//   - that considerations were used in the direction the source gives
//     them (see [ConsiderationType.Effect]); and
//   - that each consideration is valid.
//
// Findings about the level come first (Consideration -1), then findings
// about each consideration in index order. Considerations are checked even
// when the level is missing. The result depends only on r; CheckRoSH never
// panics, whatever the values in r.
func CheckRoSH(r Rationale) []Finding {
	var out []Finding
	add := func(s Severity, c Code, i int, msg string) {
		out = append(out, Finding{Severity: s, Code: c, Consideration: i, Message: msg})
	}

	switch {
	case r.Level == 0:
		add(Error, CodeNoLevel, -1, "no risk of serious harm level is recorded; every case should have a classification for risk of serious harm")
	case !r.Level.Valid():
		add(Error, CodeInvalidLevel, -1, "the risk of serious harm level is an invalid level ("+r.Level.String()+") and is treated as not recorded; every case should have a classification for risk of serious harm")
	case r.Level == Low:
		checkLow(r, add)
	}

	for i, c := range r.Considerations {
		checkConsideration(i, c, add)
	}
	return out
}

const lowRule = "low risk of serious harm may be appropriate only if there are no factors at all that indicate the potential for seriously harmful behaviour, or if there is good evidence that those factors are mitigated by a combination of internal and external factors and the circumstances of the child are stable and likely to remain so"

func checkLow(r Rationale, add func(Severity, Code, int, string)) {
	isTrue := func(b *bool) bool { return b != nil && *b }
	isFalse := func(b *bool) bool { return b != nil && !*b }
	shown := isTrue(r.Mitigated) && isTrue(r.Stable)
	switch {
	case isFalse(r.CurrentFactors) || shown:
		return
	case r.CurrentFactors == nil:
		add(Warning, CodeLowUnconfirmed, -1, "the level is Low but it is not recorded whether there are current factors indicating the potential for seriously harmful behaviour, nor shown that such factors are mitigated in stable circumstances, so the check cannot confirm that low is appropriate; "+lowRule)
		return
	}
	var clauses []string
	sev := Warning
	switch {
	case isFalse(r.Mitigated):
		sev = Error
		clauses = append(clauses, "the rationale records no good evidence that those factors are mitigated by a combination of internal and external factors")
	case r.Mitigated == nil:
		clauses = append(clauses, "the rationale does not record whether there is good evidence that those factors are mitigated by a combination of internal and external factors")
	}
	switch {
	case isFalse(r.Stable):
		sev = Error
		clauses = append(clauses, "the rationale records that the circumstances of the child are not stable and likely to remain so")
	case r.Stable == nil:
		clauses = append(clauses, "the rationale does not record whether the circumstances of the child are stable and likely to remain so")
	}
	msg := "the level is Low while there are current factors indicating the potential for seriously harmful behaviour"
	for _, c := range clauses {
		msg += "; " + c
	}
	add(sev, CodeLowNotMitigated, -1, msg+"; "+lowRule)
}

func checkConsideration(i int, c Consideration, add func(Severity, Code, int, string)) {
	// at names the consideration in a finding; it is only built for one.
	at := func() string { return "consideration " + strconv.Itoa(i) }
	var bad []string
	if !c.Type.Valid() {
		bad = append(bad, "type "+c.Type.String())
	}
	if !c.Use.Valid() {
		bad = append(bad, "use "+c.Use.String())
	}
	if c.Constraint != 0 && !c.Constraint.Valid() {
		bad = append(bad, "constraint "+c.Constraint.String())
	}
	if len(bad) > 0 {
		s := bad[0]
		for _, b := range bad[1:] {
			s += ", " + b
		}
		add(Error, CodeInvalidConsideration, i, at()+" is invalid ("+s+")")
		return
	}

	switch eff := c.Type.Effect(); {
	case eff == NotAReasonToLower && c.Use == Lower:
		add(Warning, CodeNoAccessLowered, i, at()+" uses the absence of immediate access to victims to lower the level; the CARaG says it \"is not in itself a reason to lower the assessed level of RoSH\", so this is not wrong in itself but needs other reasons alongside it")
	case eff == MayRaise && c.Use == Lower:
		add(Warning, CodeAgainstDirection, i, at()+" uses "+c.Type.String()+" to lower the level, but the CARaG says: \""+c.Type.Source()+"\"")
	case eff == MayLower && c.Use == Raise:
		add(Warning, CodeAgainstDirection, i, at()+" uses "+c.Type.String()+" to raise the level, but the CARaG says: \""+c.Type.Source()+"\"")
	}

	if c.Constraint != 0 && c.Type != NoAccessToVictims && c.Type != VictimArrangementsCompliance {
		add(Warning, CodeConstraintMisplaced, i, at()+" records a constraint ("+c.Constraint.String()+") but is about "+c.Type.String()+", not access to victims")
	}
}

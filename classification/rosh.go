package classification

import (
	"strconv"

	"github.com/yjinspect/yjinspect/internal/enum"
)

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

// Severity is the severity of a finding (of [CheckRoSH], and of the
// library's other checks). The zero value means not
// recorded. Warning < Error.
type Severity uint8

// The severities of findings.
const (
	// Warning: the rationale may be wrong; the inspector should look.
	Warning Severity = iota + 1
	// Error: the rationale contradicts the source or is invalid.
	Error
)

var severities = enum.New[Severity]("classification.Severity",
	enum.Row{Token: "warning", Label: "Warning"},
	enum.Row{Token: "error", Label: "Error"},
)

// ParseSeverity parses "warning" or "error", in any ASCII case, with
// surrounding space ignored. Anything else is an error that quotes the
// input.
func ParseSeverity(s string) (Severity, error) { return severities.Parse(s) }

// String returns "warning" or "error" ("" for the zero value).
func (s Severity) String() string { return severities.String(s) }

// Label returns "Warning" or "Error".
func (s Severity) Label() string { return severities.Label(s) }

// MarshalText returns the token, "" for the zero value. A value out of
// range is an error.
func (s Severity) MarshalText() ([]byte, error) { return severities.MarshalText(s) }

// UnmarshalText sets s from text ParseSeverity accepts; empty text sets the
// zero value. On error s is left unchanged.
func (s *Severity) UnmarshalText(text []byte) error { return severities.UnmarshalText(s, text) }

// RoSHCode is the stable code of a [RoSHFinding]: tools and tests may store
// it or match on it. Each code is listed once, here, with its severity,
// which is this library's reading of the source (A3.4 of the CARaG), not
// the inspectorate's:
//
//   - "rosh-no-level" (Error): no RoSH level is recorded; "Every case should
//     have a classification for risk of serious harm".
//   - "rosh-invalid-level" (Error): the level is out of range; it is treated
//     as not recorded.
//   - "rosh-low-not-mitigated": the level is Low, there are current factors
//     indicating the potential for seriously harmful behaviour, and it is not
//     shown both that there is good evidence they are mitigated and that the
//     circumstances are stable. Error if either is recorded as false; Warning
//     if neither is false but one is not recorded.
//   - "rosh-low-unconfirmed" (Warning): the level is Low, it is not recorded
//     whether there are current factors, and it is not shown that factors are
//     mitigated in stable circumstances, so the check cannot confirm that low
//     may be appropriate.
//   - "rosh-invalid-consideration" (Error): a consideration has a zero or out-
//     of-range Type or Use, or an out-of-range Constraint; it is not checked
//     further.
//   - "rosh-no-access-lowered" (Warning): absence of immediate access to
//     victims was used to lower the level; the source says it "is not in
//     itself a reason to lower", so it is not always wrong, but needs other
//     reasons alongside it.
//   - "rosh-against-direction" (Warning): a consideration the source says may
//     raise the level was used to lower it, or one the source says may lower
//     it was used to raise it.
//   - "rosh-constraint-misplaced" (Warning): a constraint is recorded on a
//     consideration that is not about access to victims (this check is the
//     library's own, not the source's).
type RoSHCode string

// The codes, as the list above gives them.
const (
	codeNoLevel              RoSHCode = "rosh-no-level"
	codeInvalidLevel         RoSHCode = "rosh-invalid-level"
	codeLowNotMitigated      RoSHCode = "rosh-low-not-mitigated"
	codeLowUnconfirmed       RoSHCode = "rosh-low-unconfirmed"
	codeInvalidConsideration RoSHCode = "rosh-invalid-consideration"
	codeNoAccessLowered      RoSHCode = "rosh-no-access-lowered"
	codeAgainstDirection     RoSHCode = "rosh-against-direction"
	codeConstraintMisplaced  RoSHCode = "rosh-constraint-misplaced"
)

// RoSHFinding is one problem [CheckRoSH] found in a [Rationale].
type RoSHFinding struct {
	// Severity is Warning or Error.
	Severity Severity `json:"severity"`
	// Code is the stable code of the finding.
	Code RoSHCode `json:"code"`
	// Consideration is the index in Rationale.Considerations of the
	// consideration the finding is about, or -1 if none.
	Consideration int `json:"consideration"`
	// Message explains the finding in words, quoting the source where it
	// can. It never includes a consideration's Note.
	Message string `json:"message"`
}

// CheckRoSH checks a case manager's rationale for a risk of serious harm
// level against the guidance under A3.4 of the CARaG and returns what it
// finds (see RoSHCode for each finding), or nil if it finds
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
//     them (see [ConsiderationType.Source]); and
//   - that each consideration is valid.
//
// Findings about the level come first (Consideration -1), then findings
// about each consideration in index order. Considerations are checked even
// when the level is missing. The result depends only on r; CheckRoSH never
// panics, whatever the values in r.
func CheckRoSH(r Rationale) []RoSHFinding {
	var out []RoSHFinding
	add := func(s Severity, c RoSHCode, i int, msg string) {
		out = append(out, RoSHFinding{Severity: s, Code: c, Consideration: i, Message: msg})
	}

	switch {
	case r.Level == 0:
		add(Error, codeNoLevel, -1, "no risk of serious harm level is recorded; every case should have a classification for risk of serious harm")
	case !levels.Valid(r.Level):
		add(Error, codeInvalidLevel, -1, "the risk of serious harm level is an invalid level ("+r.Level.Label()+") and is treated as not recorded; every case should have a classification for risk of serious harm")
	case r.Level == Low:
		checkLow(r, add)
	}

	for i, c := range r.Considerations {
		checkConsideration(i, c, add)
	}
	return out
}

const lowRule = "low risk of serious harm may be appropriate only if there are no factors at all that indicate the potential for seriously harmful behaviour, or if there is good evidence that those factors are mitigated by a combination of internal and external factors and the circumstances of the child are stable and likely to remain so"

func checkLow(r Rationale, add func(Severity, RoSHCode, int, string)) {
	isTrue := func(b *bool) bool { return b != nil && *b }
	isFalse := func(b *bool) bool { return b != nil && !*b }
	shown := isTrue(r.Mitigated) && isTrue(r.Stable)
	switch {
	case isFalse(r.CurrentFactors) || shown:
		return
	case r.CurrentFactors == nil:
		add(Warning, codeLowUnconfirmed, -1, "the level is Low but it is not recorded whether there are current factors indicating the potential for seriously harmful behaviour, nor shown that such factors are mitigated in stable circumstances, so the check cannot confirm that low is appropriate; "+lowRule)
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
	add(sev, codeLowNotMitigated, -1, msg+"; "+lowRule)
}

func checkConsideration(i int, c Consideration, add func(Severity, RoSHCode, int, string)) {
	at := "consideration " + strconv.Itoa(i)
	var bad []string
	if !considerationTypes.Valid(c.Type) {
		bad = append(bad, "type "+c.Type.Label())
	}
	if !uses.Valid(c.Use) {
		bad = append(bad, "use "+c.Use.Label())
	}
	if c.Constraint != 0 && !constraints.Valid(c.Constraint) {
		bad = append(bad, "constraint "+c.Constraint.Label())
	}
	if len(bad) > 0 {
		s := bad[0]
		for _, b := range bad[1:] {
			s += ", " + b
		}
		add(Error, codeInvalidConsideration, i, at+" is invalid ("+s+")")
		return
	}

	switch eff := c.Type.effect(); {
	case eff == notAReasonToLower && c.Use == Lower:
		add(Warning, codeNoAccessLowered, i, at+" uses the absence of immediate access to victims to lower the level; the CARaG says it \"is not in itself a reason to lower the assessed level of RoSH\", so this is not wrong in itself but needs other reasons alongside it")
	case eff == mayRaise && c.Use == Lower:
		add(Warning, codeAgainstDirection, i, at+" uses "+c.Type.Label()+" to lower the level, but the CARaG says: \""+c.Type.Source()+"\"")
	case eff == mayLower && c.Use == Raise:
		add(Warning, codeAgainstDirection, i, at+" uses "+c.Type.Label()+" to raise the level, but the CARaG says: \""+c.Type.Source()+"\"")
	}

	if c.Constraint != 0 && c.Type != NoAccessToVictims && c.Type != VictimArrangementsCompliance {
		add(Warning, codeConstraintMisplaced, i, at+" records a constraint ("+c.Constraint.Label()+") but is about "+c.Type.Label()+", not access to victims")
	}
}

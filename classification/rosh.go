package classification

import (
	"strconv"
	"strings"
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

// RoSHCode is the stable code of a finding of [CheckRoSH]: tools and tests
// may store it or match on it. Each code is declared once, here; its
// severity, the sentence of the CARaG it rests on (or the reason for the
// library's own check) and when it is made are in the findings table of
// package judgement (judgement.FindingKinds), which gives each code its row
// and which tests keep equal to what CheckRoSH does.
type RoSHCode string

// The codes of CheckRoSH's findings.
const (
	// RoSHNoLevel: the rationale records no level.
	RoSHNoLevel RoSHCode = "rosh-no-level"
	// RoSHInvalidLevel: the rationale's level is out of range.
	RoSHInvalidLevel RoSHCode = "rosh-invalid-level"
	// RoSHLowNotMitigated: the level is Low while the rationale records
	// current factors and does not show them mitigated in stable
	// circumstances.
	RoSHLowNotMitigated RoSHCode = "rosh-low-not-mitigated"
	// RoSHLowUnconfirmed: the level is Low and the rationale does not record
	// whether there are current factors.
	RoSHLowUnconfirmed RoSHCode = "rosh-low-unconfirmed"
	// RoSHInvalidConsideration: a consideration has no valid type or use,
	// or an invalid constraint.
	RoSHInvalidConsideration RoSHCode = "rosh-invalid-consideration"
	// RoSHNoAccessLowered: absence of immediate access to victims is the
	// only reason the rationale records to lower the level: no
	// consideration of another type is used to lower it and, for a Low
	// level, the rationale records no basis of its own for Low. One
	// finding, however many such considerations there are.
	RoSHNoAccessLowered RoSHCode = "rosh-no-access-lowered"
	// RoSHConstraintMisplaced: a constraint is recorded on a consideration
	// that is not about access to victims.
	RoSHConstraintMisplaced RoSHCode = "rosh-constraint-misplaced"
)

// RoSHFinding is one problem [CheckRoSH] found in a [Rationale]. How
// strong it is (an error or a warning) is given once, with its code, in
// judgement.FindingKinds; judgement.Judge reports it with that severity.
type RoSHFinding struct {
	// Code is the stable code of the finding.
	Code RoSHCode `json:"code"`
	// Consideration is the index in Rationale.Considerations of the
	// consideration the finding is about (for rosh-no-access-lowered, the
	// first of the considerations it is about), or -1 if none. (The message
	// names the consideration by what was considered.)
	Consideration int `json:"consideration"`
	// Message explains the finding in words, quoting the source where it
	// rests on it, and saying so where the check is the library's own. It
	// never includes a consideration's Note.
	Message string `json:"message"`
}

// CheckRoSH checks a case manager's rationale for a risk of serious harm
// level against the guidance under A3.4 of the CARaG and returns what it
// finds, or nil if it finds nothing. It checks, with these findings (whose
// severities are in judgement.FindingKinds: an error only where the
// rationale breaks a rule the CARaG states):
//
//   - that there is a level: "Every case should have a classification for
//     risk of serious harm, and this should be recorded accurately and
//     consistently." (rosh-no-level, or rosh-invalid-level for an
//     out-of-range one, which is treated as not recorded);
//   - whether a Low level is shown to fit "If there are no factors at all
//     that indicate the potential for seriously harmful behaviour, or where
//     there are factors that indicate the potential for some harmful
//     behaviour, and there is good evidence that those factors are
//     mitigated by a combination of internal and external factors, and the
//     circumstances of the child are stable and likely to remain so, an
//     assessment of low risk of serious harm (RoSH) may be appropriate."
//     The source says when low may be appropriate, not that it is wrong
//     otherwise, so this is a point for the inspector to weigh:
//     rosh-low-not-mitigated where CurrentFactors is true and it is not
//     shown that they are mitigated in stable circumstances,
//     rosh-low-unconfirmed where CurrentFactors is not recorded either. Low
//     is accepted without a finding when CurrentFactors is false, or when
//     Mitigated and Stable are both true (the rationale then records its own
//     basis for Low). The message says what the rationale records of each
//     of the three facts: yes, no, or not recorded;
//   - that absence of immediate access to victims, which "is not in itself
//     a reason to lower the assessed level of RoSH", is not the only reason
//     the rationale gives to lower the level (rosh-no-access-lowered: one
//     finding, however many such considerations there are, at the first of
//     them; what counts as another reason is said below);
//   - two checks of the library's own (the message says so):
//     each consideration has a valid Type and Use, and a Constraint only if
//     valid (rosh-invalid-consideration; it is not checked further), and a
//     Constraint only on a consideration about access to victims
//     (rosh-constraint-misplaced).
//
// What counts as another reason to lower, beside absence of access to
// victims: a consideration recorded as used to lower (Use Lower) whose Type
// is any other that A3.4 lists, whatever the direction the source gives it;
// or, for a Low level, the rationale's own basis for Low (CurrentFactors
// false, or Mitigated and Stable both true). A consideration with no type,
// or a type out of range, is not another reason: the library cannot tell
// what was considered, which may itself be absence of access to victims.
// The message of rosh-no-access-lowered says how many such considerations
// are recorded as used to lower, and that they are not counted. Where Low
// rests on Mitigated and Stable, the rationale records that the factors are
// mitigated by a combination of internal and external factors; whether
// that mitigation is more than the constraint that removed access (custody,
// say) is not in the record, and is the inspector's to read: CheckRoSH
// takes the record as it stands and finds nothing.
//
// The source also says what may reduce or increase the level (stable or
// improving dynamic risk factors, strengths and commitment to change may
// reduce it; acute dynamic risk factors may increase it); it never says
// that using them the other way is wrong, so CheckRoSH finds nothing in
// either direction.
//
// Findings about the level come first (Consideration -1), then findings
// about each consideration in index order. Considerations are checked even
// when the level is missing. The result depends only on r; CheckRoSH never
// panics, whatever the values in r.
func CheckRoSH(r Rationale) []RoSHFinding {
	var out []RoSHFinding
	add := func(c RoSHCode, i int, msg string) {
		out = append(out, RoSHFinding{Code: c, Consideration: i, Message: msg})
	}

	switch {
	case r.Level == 0:
		add(RoSHNoLevel, -1, "No risk of serious harm level is recorded in the rationale; the CARaG (A 3.4 guidance): “"+everyCaseRoSH+"”")
	case !levels.Valid(r.Level):
		add(RoSHInvalidLevel, -1, "The risk of serious harm level of the rationale is an invalid level ("+r.Level.Label()+") and is treated as not recorded; the CARaG (A 3.4 guidance): “"+everyCaseRoSH+"”")
	case r.Level == Low:
		checkLow(r, add)
	}

	na := lowering(r)
	for i, c := range r.Considerations {
		if na.report() && i == na.first {
			add(RoSHNoAccessLowered, i, na.message(r))
		}
		checkConsideration(i, c, add)
	}
	return out
}

// noAccess is what a rationale records as used to lower its level, as the
// check of absence of access to victims reads it.
type noAccess struct {
	// first is the index of the first valid consideration of absence of
	// access to victims used to lower the level, or -1.
	first int
	// count is the number of such considerations.
	count int
	// constraints records which constraints they name (index 0: none
	// recorded).
	constraints [6]bool
	// other is whether another reason to lower is recorded: a
	// consideration of another valid type used to lower, or, for Low, the
	// rationale's own basis for Low.
	other bool
	// unread is the number of considerations recorded as used to lower
	// that are not checked and not counted as another reason: no type or a
	// type out of range, or absence of access to victims with an invalid
	// constraint (each has its own rosh-invalid-consideration finding).
	unread int
}

// lowering reads what r records as used to lower its level.
//
// The CARaG (A 3.4 guidance, nature of risk): "Absence of immediate access
// to victims, whether by custody, school exclusion, child protection
// arrangements or the ending of a relationship, or other external
// constraints, is not in itself a reason to lower the assessed level of
// RoSH." It is an error only where it stands alone. What else is a reason
// to lower comes from the same guidance:
//
//   - every consideration it lists after "Where there are current factors
//     indicating the potential for seriously harmful behaviour, we expect
//     case managers to consider the following, when judging the level of
//     RoSH:", and "Evidence that the child is genuinely complying with
//     arrangements to protect victims or reduce access to victims may
//     contribute towards lowering the assessed level of RoSH.": a
//     consideration of any of these types (a valid Type other than
//     NoAccessToVictims) used to lower is another reason, whatever
//     direction the source gives it (the source never says the other
//     direction is wrong), and even with an invalid constraint (the type
//     says what was considered; the constraint has its own finding);
//   - for a Low level, "If there are no factors at all that indicate the
//     potential for seriously harmful behaviour, or where there are factors
//     that indicate the potential for some harmful behaviour, and there is
//     good evidence that those factors are mitigated by a combination of
//     internal and external factors, and the circumstances of the child are
//     stable and likely to remain so, an assessment of low risk of serious
//     harm (RoSH) may be appropriate.": a rationale that records either
//     basis (CurrentFactors false; Mitigated and Stable true) states its
//     own reason for Low.
//
// A consideration with no type, or a type the library does not know, is
// not another reason: what was considered is not recorded, and may itself
// be absence of access to victims. It is counted in unread, for the
// message to say so.
func lowering(r Rationale) noAccess {
	na := noAccess{first: -1, other: r.Level == Low && lowBasis(r)}
	for i, c := range r.Considerations {
		if c.Use != Lower {
			continue
		}
		switch {
		case !considerationTypes.Valid(c.Type):
			na.unread++
		case c.Type.effect() != notAReasonToLower:
			na.other = true
		case c.Constraint != 0 && !constraints.Valid(c.Constraint):
			na.unread++
		default:
			if na.first < 0 {
				na.first = i
			}
			na.count++
			na.constraints[c.Constraint] = true
		}
	}
	return na
}

// report is whether absence of access to victims is the only reason
// recorded to lower the level.
func (na noAccess) report() bool { return na.count > 0 && !na.other }

// message is the message of rosh-no-access-lowered: what the rationale
// records, and no more.
func (na noAccess) message(r Rationale) string {
	named := "“" + NoAccessToVictims.Label() + "”"
	var cs []string
	for c, ok := range na.constraints {
		if ok && c != 0 {
			cs = append(cs, Constraint(c).Label())
		}
	}
	if na.constraints[0] && len(cs) > 0 {
		cs = append(cs, "constraint not recorded")
	}
	if len(cs) > 0 {
		named += " (" + strings.Join(cs, "; ") + ")"
	}
	var msg string
	if na.count == 1 {
		msg = "The consideration " + named + " is the only consideration the rationale records as used to lower the level"
	} else {
		msg = "The " + strconv.Itoa(na.count) + " considerations " + named + " are the only considerations the rationale records as used to lower the level"
	}
	if na.unread > 0 {
		msg += ", besides " + count(na.unread, "consideration") + " that the library does not check (" + pick(na.unread, "its own finding says", "their own findings say") + " why), which " + pick(na.unread, "is", "are") + " not counted as another reason"
	}
	if r.Level == Low {
		msg += "; for its Low level, the rationale records neither basis on which the CARaG says low may be appropriate (whether there are current factors recorded as no; or good evidence that they are mitigated, and circumstances that are stable and likely to remain so, both recorded as yes)"
	}
	return msg + ". The CARaG (A 3.4 guidance, nature of risk): “" + noAccessSource + "”"
}

// count writes n and the noun, plural unless n is 1.
func count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}

// pick gives one for n == 1 and many otherwise.
func pick(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// everyCaseRoSH is the sentence of the A3.4 guidance that asks for a
// classification.
const everyCaseRoSH = "Every case should have a classification for risk of serious harm, and this should be recorded accurately and consistently."

// lowMayBe is the sentence of the A3.4 guidance that says when low may be
// appropriate.
const lowMayBe = "If there are no factors at all that indicate the potential for seriously harmful behaviour, or where there are factors that indicate the potential for some harmful behaviour, and there is good evidence that those factors are mitigated by a combination of internal and external factors, and the circumstances of the child are stable and likely to remain so, an assessment of low risk of serious harm (RoSH) may be appropriate."

const lowWeigh = " The CARaG (A 3.4 guidance): “" + lowMayBe + "” Whether Low is appropriate is for the inspector to weigh."

func isTrue(b *bool) bool  { return b != nil && *b }
func isFalse(b *bool) bool { return b != nil && !*b }

// lowBasis is whether the rationale records one of the two cases in which
// the CARaG says low "may be appropriate" (lowMayBe): no current factors
// (CurrentFactors false), or factors mitigated in stable circumstances
// (Mitigated and Stable true). A fact not recorded is unknown, never
// false.
func lowBasis(r Rationale) bool {
	return isFalse(r.CurrentFactors) || isTrue(r.Mitigated) && isTrue(r.Stable)
}

// recorded says what the rationale records of a fact: "is recorded as
// yes", "is recorded as no" or "is not recorded".
func recorded(b *bool) string {
	switch {
	case b == nil:
		return "is not recorded"
	case *b:
		return "is recorded as yes"
	}
	return "is recorded as no"
}

func checkLow(r Rationale, add func(RoSHCode, int, string)) {
	if lowBasis(r) {
		return
	}
	code := RoSHLowNotMitigated
	if r.CurrentFactors == nil {
		code = RoSHLowUnconfirmed
	}
	add(code, -1, "The level is Low. In the rationale, whether there are current factors indicating the potential for seriously harmful behaviour "+recorded(r.CurrentFactors)+
		"; whether there is good evidence that the factors are mitigated by a combination of internal and external factors "+recorded(r.Mitigated)+
		"; and whether the circumstances of the child are stable and likely to remain so "+recorded(r.Stable)+"."+lowWeigh)
}

// noAccessSource is the sentence of the A3.4 guidance, nature of risk, on
// absence of access to victims.
const noAccessSource = "Absence of immediate access to victims, whether by custody, school exclusion, child protection arrangements or the ending of a relationship, or other external constraints, is not in itself a reason to lower the assessed level of RoSH."

func checkConsideration(i int, c Consideration, add func(RoSHCode, int, string)) {
	var missing, invalid bool
	var bad []string
	switch {
	case c.Type == 0:
		missing = true
		bad = append(bad, "its type is not recorded")
	case !considerationTypes.Valid(c.Type):
		invalid = true
		bad = append(bad, "its type ("+c.Type.Label()+") is not a valid type")
	}
	switch {
	case c.Use == 0:
		missing = true
		bad = append(bad, "its use (raise or lower) is not recorded")
	case !uses.Valid(c.Use):
		invalid = true
		bad = append(bad, "its use ("+c.Use.Label()+") is not a valid use")
	}
	if c.Constraint != 0 && !constraints.Valid(c.Constraint) {
		invalid = true
		bad = append(bad, "its constraint ("+c.Constraint.Label()+") is not a valid constraint")
	}
	if len(bad) > 0 {
		state := "incomplete"
		switch {
		case missing && invalid:
			state = "incomplete and invalid"
		case invalid:
			state = "invalid"
		}
		name := "A consideration"
		if considerationTypes.Valid(c.Type) {
			name = "The consideration “" + c.Type.Label() + "”"
		}
		add(RoSHInvalidConsideration, i, name+" is "+state+": "+joinAnd(bad)+", so it is not checked further. This is the library's check, not the CARaG's: a consideration records what was considered and whether it was used to raise or to lower the level.")
		return
	}

	if c.Constraint != 0 && c.Type != NoAccessToVictims && c.Type != VictimArrangementsCompliance {
		add(RoSHConstraintMisplaced, i, "The consideration “"+c.Type.Label()+"” records a constraint ("+c.Constraint.Label()+"), but it is not about access to victims. This is the library's check, not the CARaG's: the A 3.4 guidance names these constraints only for absence of access to victims.")
	}
}

// joinAnd joins "a", "b" and "c" as "a, b and c".
func joinAnd(s []string) string {
	if len(s) < 2 {
		return strings.Join(s, "")
	}
	return strings.Join(s[:len(s)-1], ", ") + " and " + s[len(s)-1]
}

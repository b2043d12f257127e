package classification

import (
	"encoding/json"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/yjinspect/yjinspect/framework"
)

func bp(b bool) *bool { return &b }

// f builds an expected finding; messages are checked separately.
func f(c RoSHCode, i int) RoSHFinding {
	return RoSHFinding{Code: c, Consideration: i}
}

var ignoreMessage = cmpopts.IgnoreFields(RoSHFinding{}, "Message")

func TestCheckRoSH(t *testing.T) {
	tests := []struct {
		name string
		r    Rationale
		want []RoSHFinding
		msgs []string // substrings expected in the messages, in order of findings
	}{
		// Clean rationales.
		{name: "low, no current factors", r: Rationale{Level: Low, CurrentFactors: bp(false)}},
		{name: "low, factors mitigated and stable", r: Rationale{Level: Low, CurrentFactors: bp(true), Mitigated: bp(true), Stable: bp(true)}},
		{name: "low, unknown factors but mitigated and stable", r: Rationale{Level: Low, Mitigated: bp(true), Stable: bp(true)}},
		{name: "medium, nothing else recorded", r: Rationale{Level: Medium}},
		{name: "high with current factors not mitigated", r: Rationale{Level: High, CurrentFactors: bp(true), Mitigated: bp(false), Stable: bp(false)}},
		{name: "considerations used in their direction", r: Rationale{Level: High, Considerations: []Consideration{
			{Type: AcuteDynamicFactors, Use: Raise},
			{Type: StableDynamicFactors, Use: Lower},
			{Type: Strengths, Use: Lower},
			{Type: CapacityAndMotivation, Use: Lower},
			{Type: VictimArrangementsCompliance, Use: Lower, Constraint: ChildProtection},
			{Type: StaticFactors, Use: Raise},
			{Type: StaticFactors, Use: Lower},
			{Type: ResourcesAndServices, Use: Lower},
			{Type: SimilarCircumstances, Use: Raise},
			{Type: SeekingOpportunities, Use: Raise},
			{Type: OtherHarmfulBehaviour, Use: Raise},
			{Type: NoAccessToVictims, Use: Raise, Constraint: Custody},
		}}},
		// The source says what may reduce or increase the level, never that
		// the other direction is wrong: no finding either way.
		{name: "acute dynamic used to lower", r: Rationale{Level: Medium, Considerations: []Consideration{
			{Type: AcuteDynamicFactors, Use: Lower},
		}}},
		{name: "may-reduce considerations used to raise", r: Rationale{Level: High, Considerations: []Consideration{
			{Type: StableDynamicFactors, Use: Raise},
			{Type: Strengths, Use: Raise},
			{Type: CapacityAndMotivation, Use: Raise},
			{Type: VictimArrangementsCompliance, Use: Raise},
		}}},
		// Absence of access to victims "is not in itself a reason to lower":
		// a finding only when it is the only reason to lower.
		{name: "no access used to lower beside another reason", r: Rationale{Level: Medium, Considerations: []Consideration{
			{Type: Strengths, Use: Lower},
			{Type: NoAccessToVictims, Use: Lower, Constraint: Custody},
		}}},
		// What counts as another reason to lower: any valid type but absence
		// of access, used to lower, whatever direction the source gives it.
		{name: "no access used to lower beside acute dynamic factors used to lower", r: Rationale{Level: Medium, Considerations: []Consideration{
			{Type: NoAccessToVictims, Use: Lower, Constraint: Custody},
			{Type: AcuteDynamicFactors, Use: Lower},
		}}},
		{name: "no access used to lower beside a question-only type used to lower", r: Rationale{Level: High, Considerations: []Consideration{
			{Type: ResourcesAndServices, Use: Lower},
			{Type: NoAccessToVictims, Use: Lower},
		}}},
		{name: "no access used to lower beside compliance with victim arrangements", r: Rationale{Level: Medium, Considerations: []Consideration{
			{Type: NoAccessToVictims, Use: Lower, Constraint: ChildProtection},
			{Type: VictimArrangementsCompliance, Use: Lower, Constraint: ChildProtection},
		}}},
		// A valid type with an invalid constraint still says what was
		// considered: another reason, though not checked further.
		{name: "no access used to lower beside strengths with an invalid constraint", r: Rationale{Level: Medium, Considerations: []Consideration{
			{Type: NoAccessToVictims, Use: Lower, Constraint: Custody},
			{Type: Strengths, Use: Lower, Constraint: Constraint(9)},
		}}, want: []RoSHFinding{f(RoSHInvalidConsideration, 1)}},
		// A consideration with no type, or a type out of range, is not
		// another reason: what was considered is not recorded.
		{name: "no access used to lower beside a consideration of no type", r: Rationale{Level: Medium, Considerations: []Consideration{
			{Type: NoAccessToVictims, Use: Lower, Constraint: Custody},
			{Use: Lower},
		}}, want: []RoSHFinding{f(RoSHNoAccessLowered, 0), f(RoSHInvalidConsideration, 1)},
			msgs: []string{"(custody) is the only consideration the rationale records as used to lower the level, besides 1 consideration that the library does not check (its own finding says why), which is not counted as another reason.", "A consideration is incomplete: its type is not recorded,"}},
		{name: "no access used to lower beside a consideration of an unknown type", r: Rationale{Level: Medium, Considerations: []Consideration{
			{Type: ConsiderationType(12), Use: Lower},
			{Type: ConsiderationType(200), Use: Lower},
			{Type: NoAccessToVictims, Use: Lower},
		}}, want: []RoSHFinding{f(RoSHInvalidConsideration, 0), f(RoSHInvalidConsideration, 1), f(RoSHNoAccessLowered, 2)},
			msgs: []string{"ConsiderationType(12)", "ConsiderationType(200)", "“absence of immediate access to victims” is the only consideration the rationale records as used to lower the level, besides 2 considerations that the library does not check (their own findings say why), which are not counted as another reason."}},
		{name: "no access used to lower beside a consideration of no type used to raise", r: Rationale{Level: Medium, Considerations: []Consideration{
			{Type: NoAccessToVictims, Use: Lower, Constraint: Custody},
			{Use: Raise},
		}}, want: []RoSHFinding{f(RoSHNoAccessLowered, 0), f(RoSHInvalidConsideration, 1)},
			msgs: []string{"(custody) is the only consideration the rationale records as used to lower the level. The CARaG"}},
		{name: "no access used to lower beside one with an invalid constraint", r: Rationale{Level: Medium, Considerations: []Consideration{
			{Type: NoAccessToVictims, Use: Lower, Constraint: Custody},
			{Type: NoAccessToVictims, Use: Lower, Constraint: Constraint(6)},
		}}, want: []RoSHFinding{f(RoSHNoAccessLowered, 0), f(RoSHInvalidConsideration, 1)},
			msgs: []string{"besides 1 consideration that the library does not check", "its constraint (Constraint(6)) is not a valid constraint"}},
		{name: "no access with an invalid constraint alone is not checked", r: Rationale{Level: Medium, Considerations: []Consideration{
			{Type: NoAccessToVictims, Use: Lower, Constraint: Constraint(6)},
		}}, want: []RoSHFinding{f(RoSHInvalidConsideration, 0)}},

		// A Low rationale that records its own basis for Low (the two cases
		// in which the source says low "may be appropriate") gives another
		// reason than absence of access: none found, whatever the
		// constraint (custody included).
		{name: "low, no current factors, no access used to lower", r: Rationale{Level: Low, CurrentFactors: bp(false), Considerations: []Consideration{
			{Type: NoAccessToVictims, Use: Lower, Constraint: Custody},
		}}},
		{name: "low, mitigated and stable, no access (custody) used to lower", r: Rationale{Level: Low, CurrentFactors: bp(true), Mitigated: bp(true), Stable: bp(true), Considerations: []Consideration{
			{Type: NoAccessToVictims, Use: Lower, Constraint: Custody},
		}}},
		{name: "low, factors unknown but mitigated and stable, no access used to lower twice", r: Rationale{Level: Low, Mitigated: bp(true), Stable: bp(true), Considerations: []Consideration{
			{Type: NoAccessToVictims, Use: Lower, Constraint: Custody},
			{Type: NoAccessToVictims, Use: Lower},
		}}},
		// Half a basis is no basis.
		{name: "low, mitigated, stability unknown, no access (custody) used to lower", r: Rationale{Level: Low, CurrentFactors: bp(true), Mitigated: bp(true), Considerations: []Consideration{
			{Type: NoAccessToVictims, Use: Lower, Constraint: Custody},
		}}, want: []RoSHFinding{f(RoSHLowNotMitigated, -1), f(RoSHNoAccessLowered, 0)},
			msgs: []string{"good evidence that the factors are mitigated by a combination of internal and external factors is recorded as yes; and whether the circumstances of the child are stable and likely to remain so is not recorded.",
				"(custody) is the only consideration the rationale records as used to lower the level; for its Low level, the rationale records neither basis on which the CARaG says low may be appropriate"}},
		{name: "low, stable, mitigation recorded as no, no access used to lower", r: Rationale{Level: Low, Mitigated: bp(false), Stable: bp(true), Considerations: []Consideration{
			{Type: NoAccessToVictims, Use: Lower},
		}}, want: []RoSHFinding{f(RoSHLowUnconfirmed, -1), f(RoSHNoAccessLowered, 0)}, msgs: []string{"", "neither basis"}},
		// The basis is for Low only: at another level, the facts are no
		// other reason to lower.
		{name: "medium, no current factors, no access used to lower", r: Rationale{Level: Medium, CurrentFactors: bp(false), Considerations: []Consideration{
			{Type: NoAccessToVictims, Use: Lower},
		}}, want: []RoSHFinding{f(RoSHNoAccessLowered, 0)}},
		{name: "high, mitigated and stable, no access used to lower", r: Rationale{Level: High, CurrentFactors: bp(true), Mitigated: bp(true), Stable: bp(true), Considerations: []Consideration{
			{Type: NoAccessToVictims, Use: Lower, Constraint: Custody},
		}}, want: []RoSHFinding{f(RoSHNoAccessLowered, 0)}},
		{name: "invalid level, no current factors, no access used to lower", r: Rationale{Level: Level(9), CurrentFactors: bp(false), Considerations: []Consideration{
			{Type: NoAccessToVictims, Use: Lower},
		}}, want: []RoSHFinding{f(RoSHInvalidLevel, -1), f(RoSHNoAccessLowered, 0)}},
		{name: "no access used to raise", r: Rationale{Level: Medium, Considerations: []Consideration{
			{Type: NoAccessToVictims, Use: Raise},
		}}},

		// Level findings.
		{name: "no level", r: Rationale{}, want: []RoSHFinding{f(RoSHNoLevel, -1)},
			msgs: []string{"Every case should have a classification for risk of serious harm"}},
		{name: "invalid level", r: Rationale{Level: Level(200)}, want: []RoSHFinding{f(RoSHInvalidLevel, -1)},
			msgs: []string{"invalid level (Level(200))"}},
		{name: "low, factors, not mitigated", r: Rationale{Level: Low, CurrentFactors: bp(true), Mitigated: bp(false), Stable: bp(true)},
			want: []RoSHFinding{f(RoSHLowNotMitigated, -1)}, msgs: []string{"mitigated by a combination of internal and external factors is recorded as no; and whether the circumstances of the child are stable and likely to remain so is recorded as yes."}},
		{name: "low, factors, not stable", r: Rationale{Level: Low, CurrentFactors: bp(true), Mitigated: bp(true), Stable: bp(false)},
			want: []RoSHFinding{f(RoSHLowNotMitigated, -1)}, msgs: []string{"mitigated by a combination of internal and external factors is recorded as yes; and whether the circumstances of the child are stable and likely to remain so is recorded as no."}},
		{name: "low, factors, neither", r: Rationale{Level: Low, CurrentFactors: bp(true), Mitigated: bp(false), Stable: bp(false)},
			want: []RoSHFinding{f(RoSHLowNotMitigated, -1)}, msgs: []string{"is recorded as no; and whether the circumstances of the child are stable and likely to remain so is recorded as no."}},
		{name: "low, factors, not mitigated, stability unknown", r: Rationale{Level: Low, CurrentFactors: bp(true), Mitigated: bp(false)},
			want: []RoSHFinding{f(RoSHLowNotMitigated, -1)}, msgs: []string{"is recorded as no; and whether the circumstances of the child are stable and likely to remain so is not recorded."}},
		{name: "low, factors, mitigation unknown", r: Rationale{Level: Low, CurrentFactors: bp(true), Stable: bp(true)},
			want: []RoSHFinding{f(RoSHLowNotMitigated, -1)}, msgs: []string{"whether there is good evidence that the factors are mitigated by a combination of internal and external factors is not recorded;"}},
		{name: "low, factors, stability unknown", r: Rationale{Level: Low, CurrentFactors: bp(true), Mitigated: bp(true)},
			want: []RoSHFinding{f(RoSHLowNotMitigated, -1)}, msgs: []string{"is recorded as yes; and whether the circumstances of the child are stable and likely to remain so is not recorded."}},
		{name: "low, factors, both unknown", r: Rationale{Level: Low, CurrentFactors: bp(true)},
			want: []RoSHFinding{f(RoSHLowNotMitigated, -1)}, msgs: []string{"is recorded as yes; whether there is good evidence that the factors are mitigated by a combination of internal and external factors is not recorded; and whether the circumstances of the child are stable and likely to remain so is not recorded."}},
		{name: "low, factors unknown", r: Rationale{Level: Low},
			want: []RoSHFinding{f(RoSHLowUnconfirmed, -1)}, msgs: []string{"The level is Low. In the rationale, whether there are current factors indicating the potential for seriously harmful behaviour is not recorded;"}},
		{name: "low, factors unknown, not mitigated", r: Rationale{Level: Low, Mitigated: bp(false), Stable: bp(true)},
			want: []RoSHFinding{f(RoSHLowUnconfirmed, -1)}, msgs: []string{"is not recorded; whether there is good evidence that the factors are mitigated by a combination of internal and external factors is recorded as no; and whether the circumstances of the child are stable and likely to remain so is recorded as yes."}},

		// Consideration findings.
		{name: "no access the only reason to lower", r: Rationale{Level: Medium, Considerations: []Consideration{
			{Type: AcuteDynamicFactors, Use: Raise},
			{Type: NoAccessToVictims, Use: Lower, Constraint: Custody},
		}}, want: []RoSHFinding{f(RoSHNoAccessLowered, 1)}, msgs: []string{"The consideration “absence of immediate access to victims” (custody) is the only consideration the rationale records as used to lower the level. The CARaG (A 3.4 guidance, nature of risk): “"}},
		// Several considerations of absence of access: one finding, at the
		// first, naming what the record holds of them all.
		{name: "no access twice, the only reasons to lower", r: Rationale{Level: Medium, Considerations: []Consideration{
			{Type: NoAccessToVictims, Use: Lower, Constraint: SchoolExclusion},
			{Type: NoAccessToVictims, Use: Lower, Constraint: Custody},
		}}, want: []RoSHFinding{f(RoSHNoAccessLowered, 0)},
			msgs: []string{"The 2 considerations “absence of immediate access to victims” (custody; school exclusion) are the only considerations the rationale records as used to lower the level."}},
		{name: "no access three times, one without a constraint, after others", r: Rationale{Level: High, Considerations: []Consideration{
			{Type: AcuteDynamicFactors, Use: Raise},
			{Type: NoAccessToVictims, Use: Raise},
			{Type: NoAccessToVictims, Use: Lower, Constraint: Custody},
			{Type: NoAccessToVictims, Use: Lower},
			{Type: NoAccessToVictims, Use: Lower, Constraint: Custody},
			{Type: Strengths, Use: Raise, Constraint: Custody},
		}}, want: []RoSHFinding{f(RoSHNoAccessLowered, 2), f(RoSHConstraintMisplaced, 5)},
			msgs: []string{"The 3 considerations “absence of immediate access to victims” (custody; constraint not recorded) are the only"}},
		{name: "no access twice, no constraint", r: Rationale{Level: High, Considerations: []Consideration{
			{Type: NoAccessToVictims, Use: Lower},
			{Type: NoAccessToVictims, Use: Lower},
		}}, want: []RoSHFinding{f(RoSHNoAccessLowered, 0)},
			msgs: []string{"The 2 considerations “absence of immediate access to victims” are the only"}},
		{name: "no access after an invalid consideration", r: Rationale{Level: High, Considerations: []Consideration{
			{Type: Strengths},
			{Type: NoAccessToVictims, Use: Lower, Constraint: EndOfRelationship},
			{Type: NoAccessToVictims, Use: Lower, Constraint: OtherConstraint},
		}}, want: []RoSHFinding{f(RoSHInvalidConsideration, 0), f(RoSHNoAccessLowered, 1)},
			msgs: []string{"The consideration “strengths” is incomplete: its use (raise or lower) is not recorded, so it is not checked further.", "(the ending of a relationship; other external constraints) are the only considerations the rationale records as used to lower the level. The CARaG"}},
		{name: "invalid considerations", r: Rationale{Level: High, Considerations: []Consideration{
			{},
			{Type: Strengths},
			{Use: Raise},
			{Type: ConsiderationType(12), Use: Raise},
			{Type: Strengths, Use: Use(3)},
			{Type: NoAccessToVictims, Use: Lower, Constraint: Constraint(6)},
			{Type: ConsiderationType(255), Use: Use(255), Constraint: Constraint(255), Note: "secret"},
		}}, want: []RoSHFinding{
			f(RoSHInvalidConsideration, 0), f(RoSHInvalidConsideration, 1),
			f(RoSHInvalidConsideration, 2), f(RoSHInvalidConsideration, 3),
			f(RoSHInvalidConsideration, 4), f(RoSHInvalidConsideration, 5),
			f(RoSHInvalidConsideration, 6),
		}, msgs: []string{
			"A consideration is incomplete: its type is not recorded and its use (raise or lower) is not recorded, so it is not checked further.",
			"The consideration “strengths” is incomplete: its use (raise or lower) is not recorded, so",
			"A consideration is incomplete: its type is not recorded, so",
			"A consideration is invalid: its type (ConsiderationType(12)) is not a valid type, so",
			"The consideration “strengths” is invalid: its use (Use(3)) is not a valid use, so",
			"The consideration “absence of immediate access to victims” is invalid: its constraint (Constraint(6)) is not a valid constraint, so",
			"A consideration is invalid: its type (ConsiderationType(255)) is not a valid type, its use (Use(255)) is not a valid use and its constraint (Constraint(255)) is not a valid constraint, so",
		}},
		{name: "invalid consideration, incomplete and invalid", r: Rationale{Level: High, Considerations: []Consideration{
			{Type: ConsiderationType(40)},
		}}, want: []RoSHFinding{f(RoSHInvalidConsideration, 0)},
			msgs: []string{"A consideration is incomplete and invalid: its type (ConsiderationType(40)) is not a valid type and its use (raise or lower) is not recorded, so it is not checked further. This is the library's check"}},
		{name: "constraint misplaced", r: Rationale{Level: High, Considerations: []Consideration{
			{Type: Strengths, Use: Lower, Constraint: SchoolExclusion},
			{Type: AcuteDynamicFactors, Use: Lower, Constraint: Custody},
		}}, want: []RoSHFinding{
			f(RoSHConstraintMisplaced, 0), f(RoSHConstraintMisplaced, 1),
		}, msgs: []string{"“strengths” records a constraint (school exclusion)", "library's check"}},

		// Several at once, in order: level first, then considerations.
		{name: "no level and bad considerations", r: Rationale{Considerations: []Consideration{
			{Type: NoAccessToVictims, Use: Lower},
			{Use: Raise},
			{Type: AcuteDynamicFactors, Use: Raise},
		}}, want: []RoSHFinding{
			f(RoSHNoLevel, -1), f(RoSHNoAccessLowered, 0),
			f(RoSHInvalidConsideration, 1),
		}},
		{name: "low not mitigated and no access lowered", r: Rationale{Level: Low, CurrentFactors: bp(true), Mitigated: bp(false), Stable: bp(false),
			Considerations: []Consideration{{Type: NoAccessToVictims, Use: Lower, Constraint: EndOfRelationship}}},
			want: []RoSHFinding{f(RoSHLowNotMitigated, -1), f(RoSHNoAccessLowered, 0)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := CheckRoSH(tt.r)
			if len(tt.want) == 0 {
				assert.Nil(t, got, "clean rationale gives nil")
				return
			}
			if diff := cmp.Diff(tt.want, got, ignoreMessage); diff != "" {
				t.Fatalf("CheckRoSH mismatch (-want +got):\n%s", diff)
			}
			for i, g := range got {
				assert.NotEmpty(t, g.Message, "finding %d", i)
				assert.NotContains(t, g.Message, "secret", "notes are never copied")
				assert.NotRegexp(t, `consideration \d`, g.Message, "messages name considerations, never their index")
				if i < len(tt.msgs) {
					assert.Contains(t, g.Message, tt.msgs[i], "finding %d", i)
				}
			}
		})
	}
}

// TestCheckRoSHMessagesNeverStrengthen checks the wording of the findings
// about a Low level and about absence of access to victims: they quote the
// source's sentence whole, never say more than it does, and say of each
// fact exactly what the rationale records (yes, no, or not recorded: a fact
// recorded as no is never "not recorded", nor "no factors are recorded").
func TestCheckRoSHMessagesNeverStrengthen(t *testing.T) {
	facts := []*bool{nil, bp(false), bp(true)}
	said := map[string]string{"": "is not recorded", "false": "is recorded as no", "true": "is recorded as yes"}
	show := func(b *bool) string {
		if b == nil {
			return ""
		}
		return strconv.FormatBool(*b)
	}
	questions := []string{
		"whether there are current factors indicating the potential for seriously harmful behaviour ",
		"whether there is good evidence that the factors are mitigated by a combination of internal and external factors ",
		"whether the circumstances of the child are stable and likely to remain so ",
	}
	for _, level := range []Level{Low, Medium} {
		for _, cf := range facts {
			for _, m := range facts {
				for _, st := range facts {
					r := Rationale{Level: level, CurrentFactors: cf, Mitigated: m, Stable: st,
						Considerations: []Consideration{{Type: NoAccessToVictims, Use: Lower, Constraint: Custody}}}
					name := fmt.Sprintf("%s/%s/%s/%s", level, show(cf), show(m), show(st))
					for _, g := range CheckRoSH(r) {
						assert.NotContains(t, g.Message, "only if", name)
						assert.NotContains(t, g.Message, "not wrong in itself", name)
						assert.NotContains(t, g.Message, "only reason", name, "the record holds considerations, not every reason the case manager had")
						own := regexp.MustCompile(`“[^”]*”`).ReplaceAllString(g.Message, "“”") // without the quotations
						assert.NotRegexp(t, `(?i)\bno (good evidence|factors|current factors)\b`, own, name)
						switch g.Code {
						case RoSHLowNotMitigated, RoSHLowUnconfirmed:
							assert.Contains(t, g.Message, "“"+lowMayBe+"”", name)
							for i, b := range []*bool{cf, m, st} {
								assert.Contains(t, g.Message, questions[i]+said[show(b)], name)
							}
						case RoSHNoAccessLowered:
							assert.Contains(t, g.Message, "“"+noAccessSource+"”", name)
							assert.Contains(t, g.Message, "is not in itself a reason to lower the assessed level of RoSH", name)
							assert.Equal(t, level == Low, strings.Contains(g.Message, "for its Low level"), name)
						}
					}
				}
			}
		}
	}
}

func TestCheckRoSHDoesNotModifyInput(t *testing.T) {
	cs := []Consideration{{Type: NoAccessToVictims, Use: Lower, Note: "n"}}
	r := Rationale{Level: Low, CurrentFactors: bp(true), Considerations: cs}
	before := slices.Clone(cs)
	CheckRoSH(r)
	assert.Equal(t, before, cs)
	assert.True(t, *r.CurrentFactors)
	assert.Nil(t, r.Mitigated)
}

func TestCheckRoSHHugeSlice(t *testing.T) {
	cs := make([]Consideration, 100000)
	for i := range cs {
		cs[i] = Consideration{Type: ConsiderationType(i % 256), Use: Use(i % 4), Constraint: Constraint(i % 7)}
	}
	var got []RoSHFinding
	require.NotPanics(t, func() { got = CheckRoSH(Rationale{Level: Level(3), Considerations: cs}) })
	require.NotEmpty(t, got)
	checkFindingsShape(t, got, len(cs))
}

// checkFindingsShape checks the invariants every result of CheckRoSH must
// satisfy.
func checkFindingsShape(t require.TestingT, got []RoSHFinding, n int) {
	known := []RoSHCode{
		RoSHNoLevel, RoSHInvalidLevel, RoSHLowNotMitigated, RoSHLowUnconfirmed,
		RoSHInvalidConsideration, RoSHNoAccessLowered, RoSHConstraintMisplaced,
	}
	prev := -1
	for i, f := range got {
		require.Contains(t, known, f.Code, "finding %d code", i)
		require.GreaterOrEqual(t, f.Consideration, -1)
		require.Less(t, f.Consideration, n)
		require.GreaterOrEqual(t, f.Consideration, prev, "findings in index order")
		prev = f.Consideration
		require.NotEmpty(t, f.Message)
	}
}

func TestCheckRoSHProperties(t *testing.T) {
	optBool := rapid.Custom(func(t *rapid.T) *bool {
		switch rapid.IntRange(0, 2).Draw(t, "b") {
		case 0:
			return nil
		case 1:
			return bp(false)
		}
		return bp(true)
	})
	rapid.Check(t, func(rt *rapid.T) {
		r := Rationale{
			Level:          Level(rapid.Uint8Range(0, 6).Draw(rt, "level")),
			CurrentFactors: optBool.Draw(rt, "current"),
			Mitigated:      optBool.Draw(rt, "mitigated"),
			Stable:         optBool.Draw(rt, "stable"),
			Considerations: rapid.SliceOfN(rapid.Custom(func(t *rapid.T) Consideration {
				// Half the time, a consideration used to lower of a type that
				// decides whether absence of access is the only reason.
				if rapid.Bool().Draw(t, "lowering") {
					return Consideration{
						Type:       ConsiderationType(rapid.SampledFrom([]uint8{0, uint8(NoAccessToVictims), uint8(Strengths), 12, 255}).Draw(t, "type")),
						Use:        Lower,
						Constraint: Constraint(rapid.Uint8Range(0, 7).Draw(t, "constraint")),
					}
				}
				return Consideration{
					Type:       ConsiderationType(rapid.Uint8Range(0, 13).Draw(t, "type")),
					Use:        Use(rapid.Uint8Range(0, 3).Draw(t, "use")),
					Constraint: Constraint(rapid.Uint8Range(0, 7).Draw(t, "constraint")),
				}
			}), 0, rapid.SampledFrom([]int{3, 20}).Draw(rt, "max")).Draw(rt, "considerations"), // short lists half the time
		}
		got := CheckRoSH(r)
		checkFindingsShape(rt, got, len(r.Considerations))
		// Deterministic.
		if diff := cmp.Diff(got, CheckRoSH(r)); diff != "" {
			rt.Fatalf("CheckRoSH not deterministic:\n%s", diff)
		}
		// A valid Low level with no level finding is justified by the rule.
		if r.Level == Low {
			hasLevelFinding := len(got) > 0 && got[0].Consideration == -1
			justified := (r.CurrentFactors != nil && !*r.CurrentFactors) ||
				(r.Mitigated != nil && *r.Mitigated && r.Stable != nil && *r.Stable)
			if hasLevelFinding == justified {
				rt.Fatalf("Low: level finding %v, justified %v: %+v", hasLevelFinding, justified, got)
			}
		}
		// Absence of access to victims: one finding at most, at the first
		// valid such consideration used to lower, exactly when nothing else
		// recorded is a reason to lower.
		first, other := -1, r.Level == Low && ((r.CurrentFactors != nil && !*r.CurrentFactors) ||
			(r.Mitigated != nil && *r.Mitigated && r.Stable != nil && *r.Stable))
		for i, c := range r.Considerations {
			if c.Use != Lower || c.Type == 0 || c.Type > VictimArrangementsCompliance {
				continue
			}
			if c.Type != NoAccessToVictims {
				other = true
			} else if c.Constraint <= OtherConstraint && first < 0 {
				first = i
			}
		}
		var at []int
		for _, g := range got {
			if g.Code == RoSHNoAccessLowered {
				at = append(at, g.Consideration)
			}
		}
		if first >= 0 && !other {
			if !slices.Equal(at, []int{first}) {
				rt.Fatalf("rosh-no-access-lowered at %v, want once at %d: %+v", at, first, got)
			}
		} else if len(at) > 0 {
			rt.Fatalf("rosh-no-access-lowered at %v, want none (first %d, other reason %v)", at, first, other)
		}
		// JSON round trip of valid rationales.
		b, err := json.Marshal(r)
		if err != nil {
			return // out-of-range enums do not marshal
		}
		var back Rationale
		if err := json.Unmarshal(b, &back); err != nil {
			rt.Fatalf("unmarshal %s: %v", b, err)
		}
		if diff := cmp.Diff(r, back, cmpopts.EquateEmpty()); diff != "" {
			rt.Fatalf("JSON round trip (-want +got):\n%s", diff)
		}
	})
}

func TestRationaleJSON(t *testing.T) {
	r := Rationale{
		Level:          Medium,
		CurrentFactors: bp(true),
		Mitigated:      bp(false),
		Considerations: []Consideration{
			{Type: AcuteDynamicFactors, Use: Raise},
			{Type: NoAccessToVictims, Use: Lower, Constraint: SchoolExclusion, Note: "excluded in May"},
		},
	}
	b, err := json.Marshal(r)
	require.NoError(t, err)
	assert.JSONEq(t, `{
		"level": "medium",
		"currentFactors": true,
		"mitigated": false,
		"considerations": [
			{"type": "acute-dynamic-factors", "use": "raise"},
			{"type": "no-access-to-victims", "use": "lower", "constraint": "school-exclusion", "note": "excluded in May"}
		]
	}`, string(b))
	var back Rationale
	require.NoError(t, json.Unmarshal(b, &back))
	if diff := cmp.Diff(r, back); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}

	var bad Rationale
	err = json.Unmarshal([]byte(`{"level":"extreme"}`), &bad)
	var pe *framework.ParseError
	require.ErrorAs(t, err, &pe)
	assert.Equal(t, "extreme", pe.Input)
}

func TestFindingJSON(t *testing.T) {
	got := CheckRoSH(Rationale{})
	require.Len(t, got, 1)
	b, err := json.Marshal(got[0])
	require.NoError(t, err)
	var m map[string]any
	require.NoError(t, json.Unmarshal(b, &m))
	assert.NotContains(t, m, "severity", "judgement.FindingKinds gives the severity")
	assert.Equal(t, "rosh-no-level", m["code"])
	assert.EqualValues(t, -1, m["consideration"])
}

func TestConsiderationEffects(t *testing.T) {
	want := map[ConsiderationType]effect{
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
	require.Len(t, considerationTypes.Values(), len(want))
	for _, ct := range considerationTypes.Values() {
		assert.Equal(t, want[ct], ct.effect(), ct.Label())
		src := ct.source()
		assert.NotEmpty(t, src)
		switch ct.effect() {
		case mayRaise:
			assert.Contains(t, src, "may increase")
		case mayLower:
			assert.Regexp(t, `may (reduce|contribute towards lowering)`, src)
		case notAReasonToLower:
			assert.Contains(t, src, "is not in itself a reason to lower")
		case unstated:
			assert.Regexp(t, `\?$`, src, "unstated considerations are quoted as questions")
		}
	}
	for _, bad := range []ConsiderationType{0, 12, 255} {
		assert.Equal(t, unstated, bad.effect())
		assert.Empty(t, bad.source())
	}
}

func TestConstraintAliases(t *testing.T) {
	for in, want := range map[string]Constraint{"ending of a relationship": EndOfRelationship, "other constraint": OtherConstraint, "Other external constraint": OtherConstraint} {
		got, err := ParseConstraint(in)
		require.NoError(t, err, in)
		assert.Equal(t, want, got, in)
	}
}

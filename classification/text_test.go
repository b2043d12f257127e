package classification

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/yjinspect/yjinspect/framework"
)

// enumCase is one enumeration of the package with its text forms pinned:
// for each value in order, its token and its label, hard-coded so that a
// change to either fails the test. The behaviour every enum shares is
// checked for all of the library's enums in internal/enum.
type enumCase struct {
	name  string
	names [][2]string
	all   func() []uint8
	parse func(string) (uint8, error)
	str   func(uint8) string
	label func(uint8) string
}

type textEnum interface {
	~uint8
	String() string
	Label() string
}

func mkCase[T textEnum](name string, names [][2]string, parse func(string) (T, error)) enumCase {
	return enumCase{
		name:  name,
		names: names,
		all: func() []uint8 {
			var out []uint8
			for i := 1; ; i++ {
				if _, err := parse(T(i).String()); err != nil {
					return out
				}
				out = append(out, uint8(i))
			}
		},
		parse: func(s string) (uint8, error) {
			v, err := parse(s)
			return uint8(v), err
		},
		str:   func(v uint8) string { return T(v).String() },
		label: func(v uint8) string { return T(v).Label() },
	}
}

func enumCases() []enumCase {
	return []enumCase{
		mkCase("Level", [][2]string{
			{"low", "Low"}, {"medium", "Medium"}, {"high", "High"}, {"very-high", "Very high"},
		}, ParseLevel),
		mkCase("Scale", [][2]string{
			{"safety-and-wellbeing", "Safety and wellbeing"}, {"risk-of-serious-harm", "Risk of serious harm"},
		}, ParseScale),
		mkCase("Reasonableness", [][2]string{
			{"reasonable", "Reasonable"}, {"not-reasonable", "Not reasonable"}, {"inspector-judgement", "Inspector judgement"},
		}, ParseReasonableness),
		mkCase("Direction", [][2]string{
			{"same", "Same"}, {"under", "Under"}, {"over", "Over"},
		}, ParseDirection),
		mkCase("ConsiderationType", [][2]string{
			{"static-factors", "static factors"},
			{"stable-dynamic-factors", "stable dynamic risk factors"},
			{"acute-dynamic-factors", "acute dynamic risk factors"},
			{"strengths", "strengths"},
			{"resources-and-services", "resources or services"},
			{"capacity-and-motivation", "capacity and motivation to change"},
			{"similar-circumstances", "similarity of the current circumstances"},
			{"seeking-opportunities", "actively seeking opportunities to offend"},
			{"other-harmful-behaviour", "other behaviour that directly or indirectly increases the likelihood of serious harm"},
			{"no-access-to-victims", "absence of immediate access to victims"},
			{"victim-arrangements-compliance", "genuinely complying with arrangements to protect victims or reduce access to victims"},
		}, ParseConsiderationType),
		mkCase("Constraint", [][2]string{
			{"custody", "custody"},
			{"school-exclusion", "school exclusion"},
			{"child-protection", "child protection arrangements"},
			{"end-of-relationship", "the ending of a relationship"},
			{"other", "other external constraints"},
		}, ParseConstraint),
		mkCase("Use", [][2]string{{"raise", "Raise"}, {"lower", "Lower"}}, ParseUse),
		mkCase("Concern", [][2]string{
			{"weapons", "carrying knives or other weapons"},
			{"drug-possession", "illegal drug possession"},
			{"substance-misuse", "drug and alcohol misuse"},
			{"adversity-trauma", "adversity and trauma"},
			{"care-experience", "care experience"},
			{"criminal-exploitation", "criminal exploitation, including county lines"},
			{"mental-health", "mental health issues"},
			{"domestic-abuse", "domestic abuse"},
			{"family-issues", "family issues"},
			{"negative-peers", "negative peer influences"},
		}, ParseConcern),
		mkCase("Deficit", [][2]string{
			{"rosh-understanding", "a poor understanding of risk of serious harm"},
			{"incomplete-risk", "a failure to note all elements of risk"},
			{"partner-information", "an insufficient use of partner information"},
			{"over-optimism", "over-optimism about risks and contexts, with a minimisation of serious events or underplaying factors linked to risk of serious harm"},
			{"accepting-account", "accepting the child\u2019s account without seeking further information or enacting professional curiosity"},
			{"out-of-date", "assessments remaining out of date and not being reviewed following new information and events"},
			{"future-risk", "too little or no consideration of future risks and the potential for escalation"},
		}, ParseDeficit),
	}
}

func TestEnumNames(t *testing.T) {
	for _, ec := range enumCases() {
		t.Run(ec.name, func(t *testing.T) {
			all := ec.all()
			require.Len(t, all, len(ec.names), "number of values")
			for i, v := range all {
				token, label := ec.names[i][0], ec.names[i][1]
				assert.Equal(t, token, ec.str(v), "String")
				assert.Equal(t, label, ec.label(v), "Label")
				for _, in := range []string{token, label, strings.ToUpper(token), " \t" + label + "\n"} {
					got, err := ec.parse(in)
					require.NoError(t, err, "parse %q", in)
					assert.Equal(t, v, got, "parse %q", in)
				}
			}
			assert.Equal(t, "not recorded", ec.label(0))
		})
	}
}

func TestParseLevel(t *testing.T) {
	tests := []struct {
		in   string
		want Level
	}{
		{"low", Low}, {"LOW", Low}, {" Low ", Low}, {"\tmedium\n", Medium}, {"High", High},
		{"very high", VeryHigh}, {"Very high", VeryHigh}, {"VERY HIGH", VeryHigh},
		{"very-high", VeryHigh}, {"Very-High", VeryHigh}, {"very_high", VeryHigh}, {"VERY_HIGH", VeryHigh},
	}
	for _, tt := range tests {
		got, err := ParseLevel(tt.in)
		require.NoError(t, err, tt.in)
		assert.Equal(t, tt.want, got, tt.in)
	}
	for _, in := range []string{"", "lo", "veryhigh", "very high!", "very-_high", "very - high", "none", "4", "medium high"} {
		got, err := ParseLevel(in)
		assert.Zero(t, got)
		var pe *framework.ParseError
		require.ErrorAs(t, err, &pe, in)
		assert.Equal(t, in, pe.Input)
		assert.Equal(t, "classification: cannot parse "+strconv.Quote(in)+" as Level", err.Error())
	}
}

func TestParseScaleForms(t *testing.T) {
	for in, want := range map[string]Scale{
		"safetyAndWellbeing": SafetyAndWellbeing, "SAFETYANDWELLBEING": SafetyAndWellbeing,
		"safety and wellbeing": SafetyAndWellbeing, "riskOfSeriousHarm": RiskOfSeriousHarm,
		"risk of serious harm": RiskOfSeriousHarm, "rosh": RiskOfSeriousHarm, " RoSH ": RiskOfSeriousHarm,
	} {
		got, err := ParseScale(in)
		require.NoError(t, err, in)
		assert.Equal(t, want, got, in)
	}
}

func TestScaleAsJSONKey(t *testing.T) {
	m := map[Scale]Level{SafetyAndWellbeing: High, RiskOfSeriousHarm: VeryHigh}
	b, err := json.Marshal(m)
	require.NoError(t, err)
	assert.JSONEq(t, `{"safety-and-wellbeing":"high","risk-of-serious-harm":"very-high"}`, string(b))
	var back map[Scale]Level
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, m, back)
	// Keys written before the tokens were hyphenated still decode.
	require.NoError(t, json.Unmarshal([]byte(`{"safetyAndWellbeing":"very high","riskOfSeriousHarm":"Medium"}`), &back))
	assert.Equal(t, map[Scale]Level{SafetyAndWellbeing: VeryHigh, RiskOfSeriousHarm: Medium}, back)
}

func TestLevelOrder(t *testing.T) {
	ls := Levels()
	require.Equal(t, []Level{Low, Medium, High, VeryHigh}, ls)
	for i := 1; i < len(ls); i++ {
		assert.Less(t, ls[i-1], ls[i])
	}
	assert.Less(t, Level(0), Low, "not classified sorts before Low")
	ls[0] = VeryHigh
	assert.Equal(t, Low, Levels()[0], "Levels returns a fresh slice")
}

package classification

import (
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"
)

// enumCase adapts one enumeration type to a common shape for table tests.
type enumCase struct {
	name string
	// names lists, for each valid value in order, its text form and its
	// String form, hard-coded so that a change to either fails the test.
	names   [][2]string
	zeroStr string
	all     func() []uint8
	parse   func(string) (uint8, error)
	str     func(uint8) string
	valid   func(uint8) bool
	marshal func(uint8) ([]byte, error)
	// unmarshal starts from the value start and unmarshals text into it.
	unmarshal func(start uint8, text []byte) (uint8, error)
	// jsonRT marshals v as JSON (a string) and unmarshals it back.
	jsonRT func(v uint8) ([]byte, uint8, error)
}

type textEnum interface {
	~uint8
	fmt.Stringer
	encoding.TextMarshaler
	Valid() bool
}

func mkCase[T textEnum, PT interface {
	*T
	encoding.TextUnmarshaler
}](name, zeroStr string, names [][2]string, all func() []T, parse func(string) (T, error)) enumCase {
	return enumCase{
		name:    name,
		names:   names,
		zeroStr: zeroStr,
		all: func() []uint8 {
			var out []uint8
			for _, v := range all() {
				out = append(out, uint8(v))
			}
			return out
		},
		parse: func(s string) (uint8, error) {
			v, err := parse(s)
			return uint8(v), err
		},
		str:     func(v uint8) string { return T(v).String() },
		valid:   func(v uint8) bool { return T(v).Valid() },
		marshal: func(v uint8) ([]byte, error) { return T(v).MarshalText() },
		unmarshal: func(start uint8, text []byte) (uint8, error) {
			v := T(start)
			err := PT(&v).UnmarshalText(text)
			return uint8(v), err
		},
		jsonRT: func(v uint8) ([]byte, uint8, error) {
			b, err := json.Marshal(T(v))
			if err != nil {
				return nil, 0, err
			}
			var back T
			err = json.Unmarshal(b, &back)
			return b, uint8(back), err
		},
	}
}

func allUint8[T ~uint8](n int) func() []T {
	return func() []T {
		out := make([]T, n)
		for i := range out {
			out[i] = T(i + 1)
		}
		return out
	}
}

func enumCases() []enumCase {
	return []enumCase{
		mkCase("Level", "Not classified", [][2]string{
			{"low", "Low"}, {"medium", "Medium"}, {"high", "High"}, {"very high", "Very high"},
		}, Levels, ParseLevel),
		mkCase("Scale", "Not set", [][2]string{
			{"safetyAndWellbeing", "Safety and wellbeing"}, {"riskOfSeriousHarm", "Risk of serious harm"},
		}, Scales, ParseScale),
		mkCase("Outcome", "Not recorded", [][2]string{
			{"reasonable", "Reasonable"}, {"not-reasonable", "Not reasonable"}, {"inspector-judgement", "Inspector judgement"},
		}, allUint8[Outcome](3), ParseOutcome),
		mkCase("Direction", "Unknown", [][2]string{
			{"same", "Same"}, {"under", "Under"}, {"over", "Over"},
		}, allUint8[Direction](3), ParseDirection),
		mkCase("ConsiderationType", "not recorded", [][2]string{
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
		}, ConsiderationTypes, ParseConsiderationType),
		mkCase("Constraint", "not recorded", [][2]string{
			{"custody", "custody"},
			{"school-exclusion", "school exclusion"},
			{"child-protection", "child protection arrangements"},
			{"end-of-relationship", "the ending of a relationship"},
			{"other", "other external constraints"},
		}, Constraints, ParseConstraint),
		mkCase("Use", "not recorded", [][2]string{{"raise", "raise"}, {"lower", "lower"}}, allUint8[Use](2), ParseUse),
		mkCase("Effect", "unknown", [][2]string{
			{"may-raise", "may raise"}, {"may-lower", "may lower"},
			{"not-a-reason-to-lower", "not in itself a reason to lower"}, {"unstated", "no direction stated"},
		}, allUint8[Effect](4), ParseEffect),
		mkCase("Severity", "not recorded", [][2]string{{"warning", "warning"}, {"error", "error"}}, allUint8[Severity](2), ParseSeverity),
		mkCase("Concern", "not recorded", [][2]string{
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
		}, Concerns, ParseConcern),
		mkCase("Deficit", "not recorded", [][2]string{
			{"rosh-understanding", "a poor understanding of risk of serious harm"},
			{"incomplete-risk", "a failure to note all elements of risk"},
			{"partner-information", "an insufficient use of partner information"},
			{"over-optimism", "over-optimism about risks and contexts, with a minimisation of serious events or underplaying factors linked to risk of serious harm"},
			{"accepting-account", "accepting the child\u2019s account without seeking further information or enacting professional curiosity"},
			{"out-of-date", "assessments remaining out of date and not being reviewed following new information and events"},
			{"future-risk", "too little or no consideration of future risks and the potential for escalation"},
		}, Deficits, ParseDeficit),
	}
}

func TestEnumNames(t *testing.T) {
	for _, ec := range enumCases() {
		t.Run(ec.name, func(t *testing.T) {
			all := ec.all()
			require.Len(t, all, len(ec.names), "number of values")
			for i, v := range all {
				require.Equal(t, uint8(i+1), v, "values are 1..n in order")
				text, str := ec.names[i][0], ec.names[i][1]
				assert.True(t, ec.valid(v))
				assert.Equal(t, str, ec.str(v), "String")
				b, err := ec.marshal(v)
				require.NoError(t, err)
				assert.Equal(t, text, string(b), "MarshalText")
				for _, in := range []string{text, str, strings.ToUpper(text), " \t" + str + "\n"} {
					got, err := ec.parse(in)
					require.NoError(t, err, "parse %q", in)
					assert.Equal(t, v, got, "parse %q", in)
				}
			}
			// The zero value.
			assert.False(t, ec.valid(0))
			assert.Equal(t, ec.zeroStr, ec.str(0))
			b, err := ec.marshal(0)
			require.NoError(t, err)
			assert.Empty(t, b)
		})
	}
}

func TestEnumRoundTrips(t *testing.T) {
	for _, ec := range enumCases() {
		t.Run(ec.name, func(t *testing.T) {
			for _, v := range append([]uint8{0}, ec.all()...) {
				b, err := ec.marshal(v)
				require.NoError(t, err)
				got, err := ec.unmarshal(99, b)
				require.NoError(t, err)
				assert.Equal(t, v, got, "text round trip of %d", v)

				js, got, err := ec.jsonRT(v)
				require.NoError(t, err)
				assert.Equal(t, v, got, "JSON round trip of %d (%s)", v, js)
				assert.Equal(t, strconv.Quote(string(b)), string(js), "JSON is the text form")
			}
		})
	}
}

func TestEnumOutOfRange(t *testing.T) {
	for _, ec := range enumCases() {
		t.Run(ec.name, func(t *testing.T) {
			for _, v := range []uint8{uint8(len(ec.names) + 1), 200, 255} {
				assert.False(t, ec.valid(v))
				assert.Equal(t, fmt.Sprintf("%s(%d)", ec.name, v), ec.str(v))
				b, err := ec.marshal(v)
				assert.Nil(t, b)
				var ve *ValueError
				require.ErrorAs(t, err, &ve)
				assert.Equal(t, &ValueError{Type: ec.name, Value: v}, ve)
				assert.Contains(t, err.Error(), fmt.Sprintf("%s(%d)", ec.name, v))
				_, _, err = ec.jsonRT(v)
				assert.Error(t, err, "JSON of out-of-range value")
			}
		})
	}
}

func TestEnumJunk(t *testing.T) {
	junk := []string{"", " ", "0", "1", "x", "not recorded", "Not classified", "unknown",
		"low low", "very  high", "veryhigh", "\x00low", "low\x00", "\xff", "ＬＯＷ", "stren\u212Aths"}
	for _, ec := range enumCases() {
		t.Run(ec.name, func(t *testing.T) {
			for _, in := range junk {
				v, err := ec.parse(in)
				require.Error(t, err, "parse %q gave %d", in, v)
				assert.Zero(t, v)
				var pe *ParseError
				require.ErrorAs(t, err, &pe)
				assert.Equal(t, &ParseError{Type: ec.name, Input: in}, pe)
				assert.Contains(t, err.Error(), strconv.Quote(in))
				assert.Contains(t, err.Error(), ec.name)
				if in == "" {
					continue // "" unmarshals to the zero value
				}
				got, err := ec.unmarshal(1, []byte(in))
				require.Error(t, err)
				assert.Equal(t, uint8(1), got, "UnmarshalText leaves the value unchanged on error")
			}
			got, err := ec.unmarshal(1, nil)
			require.NoError(t, err)
			assert.Zero(t, got, "empty text unmarshals to zero")
		})
	}
}

// TestEnumNamesUnambiguous checks that no name accepted for one value is
// accepted for another value of the same type.
func TestEnumNamesUnambiguous(t *testing.T) {
	for _, ec := range enumCases() {
		seen := map[string]int{}
		for i, n := range ec.names {
			for _, s := range n {
				k := normalise(s)
				if j, ok := seen[k]; ok && j != i {
					t.Errorf("%s: %q names both %d and %d", ec.name, s, j+1, i+1)
				}
				seen[k] = i
			}
		}
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
		var pe *ParseError
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
	m := map[Scale]Level{SafetyAndWellbeing: High, RiskOfSeriousHarm: Low}
	b, err := json.Marshal(m)
	require.NoError(t, err)
	assert.JSONEq(t, `{"safetyAndWellbeing":"high","riskOfSeriousHarm":"low"}`, string(b))
	var back map[Scale]Level
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, m, back)
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
	sc := Scales()
	require.Equal(t, []Scale{SafetyAndWellbeing, RiskOfSeriousHarm}, sc)
	sc[0] = 0
	assert.Equal(t, SafetyAndWellbeing, Scales()[0])
}

func TestNilReceiverUnmarshal(t *testing.T) {
	var l *Level
	assert.Error(t, l.UnmarshalText([]byte("low")))
	var c *Concern
	assert.Error(t, c.UnmarshalText([]byte("weapons")))
	var pe *ParseError
	assert.NotPanics(t, func() { _ = pe.Error() })
	var ve *ValueError
	assert.NotPanics(t, func() { _ = ve.Error() })
}

func TestErrorsAreTyped(t *testing.T) {
	_, err := ParseConcern("knives")
	var pe *ParseError
	assert.True(t, errors.As(err, &pe))
	_, err = Level(9).MarshalText()
	var ve *ValueError
	assert.True(t, errors.As(err, &ve))
	assert.Equal(t, "classification: Level(9) is not a valid value", err.Error())
}

// TestRapidTextRoundTrip checks, for every enumeration and every uint8,
// that valid values round-trip through their text form, that the zero value
// round-trips through "", and that other values fail to marshal.
func TestRapidTextRoundTrip(t *testing.T) {
	cases := enumCases()
	rapid.Check(t, func(t *rapid.T) {
		ec := cases[rapid.IntRange(0, len(cases)-1).Draw(t, "enum")]
		v := rapid.Uint8().Draw(t, "value")
		b, err := ec.marshal(v)
		if v != 0 && !ec.valid(v) {
			if err == nil {
				t.Fatalf("%s(%d): MarshalText gave %q, want error", ec.name, v, b)
			}
			return
		}
		if err != nil {
			t.Fatalf("%s(%d): MarshalText: %v", ec.name, v, err)
		}
		got, err := ec.unmarshal(v^0xff, b)
		if err != nil || got != v {
			t.Fatalf("%s(%d): UnmarshalText(%q) = %d, %v", ec.name, v, b, got, err)
		}
		if v != 0 {
			p, err := ec.parse(ec.str(v))
			if err != nil || p != v {
				t.Fatalf("%s(%d): parse(String()) = %d, %v", ec.name, v, p, err)
			}
		}
	})
}

package judgement

import (
	"encoding/json"
	"os"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/yjinspect/yjinspect/classification"
	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/internal/casetest"
	"github.com/yjinspect/yjinspect/record"
)

// sourceText is the committed copy of the CARaG with its whitespace
// collapsed: each run of spaces and line breaks is one space.
var sourceText = sync.OnceValues(func() (string, error) {
	b, err := os.ReadFile("../internal/carag/testdata/domain-two-carag.txt")
	if err != nil {
		return "", err
	}
	return strings.Join(strings.Fields(string(b)), " "), nil
})

func source(t *testing.T) string {
	t.Helper()
	s, err := sourceText()
	require.NoError(t, err)
	return s
}

var quoted = regexp.MustCompile(`^CARaG, ([^:“”]+): “(.+)”$`)

// sentences returns the quoted sentences of a row's Source.
func sentences(t interface{ Errorf(string, ...any) }, k FindingKind) []string {
	var out []string
	for _, s := range k.Source {
		m := quoted.FindStringSubmatch(s)
		if m == nil {
			t.Errorf("%s: %q is not `CARaG, place: “sentence”`", k.Code, s)
			continue
		}
		out = append(out, m[2])
	}
	return out
}

// TestFindingKinds checks the one table of findings: each code once, a
// well-formed token; exactly one of Source and LibraryCheck; every quoted
// sentence word for word in the source; and the severity rule: Error only
// for a finding that rests on a sentence of the source, a library check
// always a Warning.
func TestFindingKinds(t *testing.T) {
	text := source(t)
	kinds := FindingKinds()
	require.NotEmpty(t, kinds)
	seen := map[string]bool{}
	token := regexp.MustCompile(`^[a-z]+(-[a-z]+)+$`)
	for _, k := range kinds {
		assert.False(t, seen[k.Code], "%s is listed twice", k.Code)
		seen[k.Code] = true
		assert.Regexp(t, token, string(k.Code))
		assert.NotEmpty(t, k.Question, k.Code)
		assert.NotEmpty(t, k.When, k.Code)
		assert.NotEmpty(t, k.Title, "%s: a title in plain words, which reports show before the code", k.Code)
		if (len(k.Source) > 0) == (k.LibraryCheck != "") {
			t.Errorf("%s: set exactly one of Source and LibraryCheck", k.Code)
		}
		for _, s := range sentences(t, k) {
			assert.Contains(t, text, s, "%s quotes a sentence that is not in the source word for word", k.Code)
		}
		switch k.Severity {
		case Error:
			assert.NotEmpty(t, k.Source, "%s: an error rests on a rule the source states", k.Code)
		case Warning:
		default:
			t.Errorf("%s: severity %v", k.Code, k.Severity)
		}
		if k.LibraryCheck != "" {
			assert.Equal(t, Warning, k.Severity, "%s: the library's own checks are warnings", k.Code)
		}
		assert.NotContains(t, k.When, "only if", k.Code)
	}
	for _, gone := range []string{"rosh-against-direction"} {
		assert.False(t, seen[gone], "%s is no longer a finding", gone)
	}

	// The slice is the caller's own.
	kinds[0].Source = append(kinds[0].Source, "changed")
	kinds[1].Source[0] = "changed"
	assert.NotEqual(t, kinds[0].Source, FindingKinds()[0].Source)
	assert.NotEqual(t, "changed", FindingKinds()[1].Source[0])
}

// TestFindingsFollowTheirKind judges random cases and checks every finding
// against its row of the table: the code is listed with the finding's
// severity, and the message quotes one of the row's sentences, or says it
// is the library's check.
func TestFindingsFollowTheirKind(t *testing.T) {
	optBool := rapid.Custom(func(t *rapid.T) *bool {
		switch rapid.IntRange(0, 2).Draw(t, "b") {
		case 0:
			return nil
		case 1:
			return new(false)
		}
		return new(true)
	})
	level := rapid.Custom(func(t *rapid.T) classification.Level {
		return classification.Level(rapid.IntRange(0, 4).Draw(t, "level"))
	})
	found := map[string]bool{}
	rapid.Check(t, func(rt *rapid.T) {
		c := casetest.Full(t)
		for _, q := range framework.DomainTwo().Questions() {
			if rapid.IntRange(0, 9).Draw(rt, "touch") > 0 {
				continue
			}
			var v record.Value
			switch q.Answer {
			case framework.YesNo:
				v = record.Value{Answer: record.Answer(rapid.IntRange(0, 3).Draw(rt, "answer"))}
			case framework.LevelAnswer:
				v = record.Value{Level: level.Draw(rt, "cm")}
			default:
				continue
			}
			_ = c.Answers.Set(q.ID, v)
		}
		c.Inspector = record.ScaleLevels{SafetyAndWellbeing: level.Draw(rt, "sw"), RiskOfSeriousHarm: level.Draw(rt, "rosh")}
		c.NearBoundary = record.Boundary{SafetyAndWellbeing: classification.Near(rapid.IntRange(0, 5).Draw(rt, "n1")), RiskOfSeriousHarm: classification.Near(rapid.IntRange(0, 5).Draw(rt, "n2"))}
		c.Factors = record.Factors{ChildSafety: optBool.Draw(rt, "f1"), RiskOfHarm: optBool.Draw(rt, "f2")}
		c.ReviewingRequired = record.Reviewing{Desistance: optBool.Draw(rt, "r1"), ChildSafety: optBool.Draw(rt, "r2"), RiskOfHarm: optBool.Draw(rt, "r3")}
		c.LookedAfter = record.HomeHost{HomeService: optBool.Draw(rt, "l1"), LivedOutsideArea: optBool.Draw(rt, "l2"), ResponsibleForAssessment: optBool.Draw(rt, "l3")}
		if rapid.Bool().Draw(rt, "rationale") {
			c.RoSHRationale = &classification.Rationale{Level: level.Draw(rt, "rl"), CurrentFactors: optBool.Draw(rt, "cf"), Mitigated: optBool.Draw(rt, "m"), Stable: optBool.Draw(rt, "s")}
			for i := rapid.IntRange(0, 3).Draw(rt, "ncons"); i > 0; i-- {
				c.RoSHRationale.Considerations = append(c.RoSHRationale.Considerations, classification.Consideration{
					Type:       classification.ConsiderationType(rapid.IntRange(0, 11).Draw(rt, "ct")),
					Use:        classification.Use(rapid.IntRange(0, 2).Draw(rt, "use")),
					Constraint: classification.Constraint(rapid.IntRange(0, 5).Draw(rt, "constraint")),
				})
			}
		}
		r := Judge(nil, c)
		checkKinds(rt, r)
		for _, f := range r.Findings {
			found[f.Code] = true
			k, ok := kindOf(f.Code)
			if !ok {
				continue
			}
			assert.NotRegexp(rt, `consideration \d`, f.Message, "messages name things, never indices")
			assert.NotContains(rt, f.Message, "only if")
			if k.LibraryCheck != "" {
				assert.Contains(rt, f.Message, "library's check", f.Code)
				continue
			}
			quotes := false
			for _, s := range sentences(rt, k) {
				quotes = quotes || strings.Contains(f.Message, s)
			}
			assert.True(rt, quotes, "%s: the message quotes none of its sentences: %s", f.Code, f.Message)
		}
	})
	// The random cases reach most kinds; the rest have their own tests.
	assert.GreaterOrEqual(t, len(found), len(findingKinds)*2/3, "found %v", found)
}

// TestRoSHCodesHaveRows: each code of classification.CheckRoSH has its row
// in the table, which gives it its severity; the severities are those the
// codes have always had.
func TestRoSHCodesHaveRows(t *testing.T) {
	for code, want := range map[classification.RoSHCode]Severity{
		classification.RoSHNoLevel:              Error,
		classification.RoSHInvalidLevel:         Error,
		classification.RoSHLowNotMitigated:      Warning,
		classification.RoSHLowUnconfirmed:       Warning,
		classification.RoSHNoAccessLowered:      Error,
		classification.RoSHInvalidConsideration: Warning,
		classification.RoSHConstraintMisplaced:  Warning,
	} {
		k, ok := kindOf(string(code))
		if assert.True(t, ok, "%s has no row", code) {
			assert.Equal(t, want, k.Severity, code)
			assert.Equal(t, "A3.4", k.Question, code)
			assert.Equal(t, want, severityOf[string(code)], code)
		}
	}
	for _, k := range findingKinds {
		assert.Equal(t, k.Severity, severityOf[k.Code], k.Code)
	}
}

func TestSeverity(t *testing.T) {
	assert.True(t, Warning < Error)
	assert.Equal(t, "error", Error.String())
	assert.Equal(t, "Warning", Warning.Label())
	for _, s := range []string{"error", "Error", " ERROR "} {
		got, err := ParseSeverity(s)
		require.NoError(t, err)
		assert.Equal(t, Error, got)
	}
	_, err := ParseSeverity("fatal")
	assert.EqualError(t, err, `judgement: cannot parse "fatal" as Severity`)
	b, err := json.Marshal(Finding{Severity: Warning, Code: "x"})
	require.NoError(t, err)
	assert.Contains(t, string(b), `"severity":"warning"`)
}

func FuzzParseSeverity(f *testing.F) {
	for _, s := range []string{"warning", "Error", "", "x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := ParseSeverity(s)
		if err != nil {
			return
		}
		b, err := v.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		again, err := ParseSeverity(string(b))
		if err != nil || again != v {
			t.Fatalf("%q -> %v -> %q -> %v, %v", s, v, b, again, err)
		}
	})
}

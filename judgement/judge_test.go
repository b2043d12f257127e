package judgement

import (
	"encoding/json"
	"strings"
	"sync"
	"testing"
	"unsafe"

	"github.com/yjinspect/yjinspect/internal/casetest"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/yjinspect/yjinspect/classification"
	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/record"
	"github.com/yjinspect/yjinspect/sampling"
)

func TestFullCaseIsClean(t *testing.T) {
	r := Judge(framework.DomainTwo(), casetest.Full(t))
	assert.Empty(t, r.Findings)
	require.Len(t, r.KeyResults, 12)
	var ids []framework.ID
	for _, k := range r.KeyResults {
		ids = append(ids, k.KeyQuestion())
		assert.Equal(t, record.Yes, k.Answer, k.KeyQuestion())
		assert.Equal(t, Inspector, k.DecidedBy, k.KeyQuestion())
		assert.Equal(t, k.KeyQuestion()+".S", k.Summary())
	}
	assert.Equal(t, []framework.ID{"A1", "A2", "A3", "P1", "P2", "P3", "D1", "D2", "D3", "R1", "R2", "R3"}, ids)
	assert.Equal(t, sampling.Include, r.Exclusion.Outcome)
	assert.Equal(t, classification.Reasonable, r.SafetyAndWellbeing.Outcome)
	assert.Equal(t, classification.Reasonable, r.RiskOfSeriousHarm.Outcome)
	assert.False(t, hasErrors(r))
	kr, ok := keyResult(r, "D2")
	require.True(t, ok)
	assert.Equal(t, framework.ID("D2.S"), kr.Summary())
	_, ok = keyResult(r, "O2")
	assert.False(t, ok, "the case manager interview has no summary judgement")
}

// TestRuleTable checks the one table against the source's list of rules.
func TestRuleTable(t *testing.T) {
	want := map[framework.ID]struct {
		by   DecidedBy
		fact string
	}{
		"P2": {NoFactorsRule, "factors.childSafety"}, "D2": {NoFactorsRule, "factors.childSafety"},
		"P3": {NoFactorsRule, "factors.riskOfHarm"}, "D3": {NoFactorsRule, "factors.riskOfHarm"},
		"R1": {NoReviewingRule, "reviewingRequired.desistance"}, "R2": {NoReviewingRule, "reviewingRequired.childSafety"}, "R3": {NoReviewingRule, "reviewingRequired.riskOfHarm"},
	}
	rules := SummaryRules()
	require.Len(t, rules, len(want))
	for _, r := range rules {
		w, ok := want[r.KeyQuestion]
		require.True(t, ok, r.KeyQuestion)
		assert.Equal(t, w.by, r.By)
		assert.Equal(t, w.fact, r.Fact.Path())
		assert.Equal(t, r.KeyQuestion+".S", r.Summary)
		assert.Contains(t, r.Source, "inspectors will answer ‘Yes’", "the rule quotes the source")
	}
	for _, kq := range []framework.ID{"A1", "A2", "A3", "P1", "D1"} {
		_, ok := ruleFor(kq)
		assert.False(t, ok, "%s has no rule", kq)
	}
	rules[0].Source = "changed"
	assert.NotEqual(t, "changed", SummaryRules()[0].Source)
}

// TestRulesBothWays runs every rule of the table in both directions and with
// the fact unknown, with and without a recorded summary.
func TestRulesBothWays(t *testing.T) {
	// setFact sets the fact at a rule's JSON path in the case record, so
	// that the test also checks Fact is that path.
	setFact := func(t *testing.T, c *record.Case, path string, v *bool) {
		b, err := json.Marshal(*c)
		require.NoError(t, err)
		var m map[string]any
		require.NoError(t, json.Unmarshal(b, &m))
		obj, key, ok := strings.Cut(path, ".")
		require.True(t, ok, path)
		sub, _ := m[obj].(map[string]any)
		if sub == nil {
			sub = map[string]any{}
		}
		if v == nil {
			delete(sub, key)
		} else {
			sub[key] = *v
		}
		m[obj] = sub
		b, err = json.Marshal(m)
		require.NoError(t, err)
		var out record.Case
		require.NoError(t, json.Unmarshal(b, &out), "%s", b)
		*c = out
	}
	for _, rule := range SummaryRules() {
		t.Run(string(rule.KeyQuestion), func(t *testing.T) {
			tests := []struct {
				name      string
				fact      *bool
				recorded  record.Answer
				answer    record.Answer
				by        DecidedBy
				wantCodes []string
			}{
				{"no factors, nothing recorded", new(false), 0, record.Yes, rule.By, nil},
				{"no factors, Yes recorded", new(false), record.Yes, record.Yes, rule.By, nil},
				{"no factors, No recorded", new(false), record.No, record.Yes, rule.By, []string{codeSummaryContradictsRule}},
				{"no factors, n/a recorded", new(false), record.NotApplicable, record.Yes, rule.By, []string{codeSummaryContradictsRule}},
				{"factors, No recorded", new(true), record.No, record.No, Inspector, nil},
				{"factors, nothing recorded", new(true), 0, 0, Undecided, []string{codeSummaryUndecided}},
				{"unknown, No recorded", nil, record.No, record.No, Inspector, nil},
				{"unknown, nothing recorded", nil, 0, 0, Undecided, []string{codeSummaryUndecided}},
			}
			for _, tt := range tests {
				t.Run(tt.name, func(t *testing.T) {
					c := casetest.Full(t)
					setFact(t, &c, rule.Fact.Path(), tt.fact)
					// Keep the classifications consistent with the facts.
					c.Inspector, c.Factors = record.ScaleLevels{SafetyAndWellbeing: classification.Low, RiskOfSeriousHarm: classification.Low}, record.Factors{ChildSafety: c.Factors.ChildSafety, RiskOfHarm: c.Factors.RiskOfHarm}
					set(t, &c, "A2.5", classification.Low, "A3.4", classification.Low)
					if rule.By == NoReviewingRule && tt.fact != nil && !*tt.fact {
						// No reviewing required, and no factors that would
						// call for it (reviewing-not-required-with-factors).
						c.Factors = record.Factors{}
					}
					set(t, &c, string(rule.Summary), nil)
					if tt.recorded != 0 {
						set(t, &c, string(rule.Summary), tt.recorded)
					}
					if tt.answer == record.No {
						// A No among the prompts keeps the summary from
						// looking odd.
						set(t, &c, string(framework.DomainTwo().QuestionsOf(rule.KeyQuestion)[0].ID), record.No)
					}
					r := Judge(nil, c)
					kr, ok := keyResult(r, rule.KeyQuestion)
					require.True(t, ok)
					assert.Equal(t, tt.answer, kr.Answer)
					assert.Equal(t, tt.by, kr.DecidedBy)
					assert.Equal(t, tt.recorded, kr.Recorded)
					if tt.by == rule.By {
						assert.Equal(t, rule.Source, kr.Rule())
					} else {
						assert.Empty(t, kr.Rule())
					}
					assert.Equal(t, tt.wantCodes, codes(r))
					checkKinds(t, r)
					for _, f := range r.Findings {
						assert.Equal(t, rule.Summary, f.Question)
					}
					if tt.fact != nil && !*tt.fact && tt.recorded != 0 && tt.recorded != record.Yes {
						f := r.Findings[0]
						assert.Equal(t, Error, f.Severity)
						assert.Contains(t, f.Message, rule.Source, "the finding quotes the rule")
						assert.Contains(t, f.Message, ": recorded as n", "the finding says what was recorded")
						assert.NotContains(t, f.Message, "none recorded")
					}
				})
			}
		})
	}
}

func TestNoRuleForOtherKeyQuestions(t *testing.T) {
	for _, kq := range []framework.ID{"A1", "A2", "A3", "P1", "D1"} {
		t.Run(string(kq), func(t *testing.T) {
			c := casetest.Full(t)
			c.Factors = record.Factors{ChildSafety: new(false), RiskOfHarm: new(false)}
			c.ReviewingRequired = record.Reviewing{Desistance: new(false), ChildSafety: new(false), RiskOfHarm: new(false)}
			c.Inspector = record.ScaleLevels{SafetyAndWellbeing: classification.Low, RiskOfSeriousHarm: classification.Low}
			set(t, &c, "A2.5", classification.Low, "A3.4", classification.Low, string(kq)+".S", nil)
			r := Judge(nil, c)
			kr, _ := keyResult(r, kq)
			assert.Equal(t, Undecided, kr.DecidedBy)
			assert.Equal(t, record.Answer(0), kr.Answer)
			assert.Equal(t, []string{codeSummaryUndecided}, codes(r))
		})
	}
}

func TestMissingAnswers(t *testing.T) {
	c := casetest.Full(t)
	set(t, &c, "A1.diversity", nil, "P2.3", nil, "R3.4", nil, "A1.10", nil, "I1.9", nil, "O2.1", nil)
	r := Judge(nil, c)
	var qs []framework.ID
	for _, f := range findingsFor(r, codeAnswerMissing) {
		qs = append(qs, f.Question)
		assert.Equal(t, Warning, f.Severity)
		assert.Contains(t, f.Message, "library's check")
	}
	assert.Equal(t, []framework.ID{"A1.diversity", "P2.3", "R3.4"}, qs, "prompts only: information questions are not required")

	// Questions under a key question a rule decides are not required.
	c.Factors.ChildSafety = new(false)
	c.Inspector.SafetyAndWellbeing, c.ReviewingRequired.RiskOfHarm = classification.Low, new(false)
	set(t, &c, "A2.5", classification.Low)
	r = Judge(nil, c)
	qs = nil
	for _, f := range findingsFor(r, codeAnswerMissing) {
		qs = append(qs, f.Question)
	}
	assert.Equal(t, []framework.ID{"A1.diversity"}, qs)

	// n/a is an answer.
	c = casetest.Full(t)
	set(t, &c, "D1.10", record.NotApplicable, "A1.6", record.NotApplicable)
	assert.Empty(t, Judge(nil, c).Findings)
}

func TestClassificationFindings(t *testing.T) {
	tests := []struct {
		name  string
		edit  func(c *record.Case)
		codes []string
		sev   []Severity
	}{
		{"no case manager level for safety and wellbeing", func(c *record.Case) { c.Answers.Set("A2.5", record.Value{}) }, []string{codeClassificationMissing}, []Severity{Error}},
		{"no case manager RoSH level", func(c *record.Case) { c.Answers.Set("A3.4", record.Value{}) }, []string{codeClassificationMissing}, []Severity{Error}},
		{"no factors, inspector Medium", func(c *record.Case) {
			c.Factors.ChildSafety = new(false)
			c.Answers.Set("A2.5", record.Value{Level: classification.Low})
			c.Inspector.SafetyAndWellbeing = classification.Medium
			c.Answers.Set("A2.reasonable", record.Value{Answer: record.No})
		}, []string{codeFactorsContradictClassification}, []Severity{Warning}},
		{"no factors, inspector Low, case manager High", func(c *record.Case) {
			c.Factors.RiskOfHarm = new(false)
			c.Answers.Set("A3.4", record.Value{Level: classification.High})
			c.Inspector.RiskOfSeriousHarm = classification.Low
			c.Answers.Set("A3.reasonable", record.Value{Answer: record.No})
		}, []string{codeFactorsContradictCaseManager}, []Severity{Warning}},
		{"no factors, both Low", func(c *record.Case) {
			c.Factors.RiskOfHarm = new(false)
			c.Answers.Set("A3.4", record.Value{Level: classification.Low})
			c.Inspector.RiskOfSeriousHarm = classification.Low
		}, nil, nil},
		{"factors unknown, inspector Very high", func(c *record.Case) {
			c.Factors.ChildSafety = nil
			c.Answers.Set("A2.5", record.Value{Level: classification.VeryHigh})
			c.Inspector.SafetyAndWellbeing = classification.VeryHigh
		}, nil, nil},
		{"same level but answered not reasonable", func(c *record.Case) { c.Answers.Set("A2.reasonable", record.Value{Answer: record.No}) }, []string{codeReasonableDisagrees}, []Severity{Warning}},
		{"two steps apart but answered reasonable", func(c *record.Case) {
			c.Inspector.RiskOfSeriousHarm = classification.VeryHigh
			c.Answers.Set("A3.4", record.Value{Level: classification.Low})
		}, []string{codeReasonableDisagrees}, []Severity{Warning}},
		{"one step apart near a boundary: inspector's call", func(c *record.Case) {
			c.Inspector.RiskOfSeriousHarm = classification.High
			c.NearBoundary.RiskOfSeriousHarm = classification.NearUnnamed
		}, nil, nil},
		{"one step apart near the boundary between them: inspector's call", func(c *record.Case) {
			c.Inspector.RiskOfSeriousHarm = classification.High
			c.NearBoundary.RiskOfSeriousHarm = classification.NearMediumHigh
		}, nil, nil},
		{"one step apart near another boundary: not reasonable", func(c *record.Case) {
			c.Inspector.RiskOfSeriousHarm = classification.High
			c.NearBoundary.RiskOfSeriousHarm = classification.NearHighVeryHigh
		}, []string{codeReasonableDisagrees}, []Severity{Warning}},
		{"one step apart, boundary unknown: no definite outcome", func(c *record.Case) {
			c.Inspector.RiskOfSeriousHarm = classification.High
			c.NearBoundary.RiskOfSeriousHarm = 0
		}, nil, nil},
		{"one step apart, not near: not reasonable", func(c *record.Case) {
			c.Inspector.RiskOfSeriousHarm = classification.High
		}, []string{codeReasonableDisagrees}, []Severity{Warning}},
		{"one step apart, not near, answered not reasonable", func(c *record.Case) {
			c.Inspector.RiskOfSeriousHarm = classification.High
			c.Answers.Set("A3.reasonable", record.Value{Answer: record.No})
		}, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := casetest.Full(t)
			tt.edit(&c)
			r := Judge(nil, c)
			assert.Equal(t, tt.codes, codes(r))
			checkKinds(t, r)
			for i, f := range r.Findings {
				assert.Equal(t, tt.sev[i], f.Severity)
			}
		})
	}
}

func TestVerdicts(t *testing.T) {
	c := casetest.Full(t)
	c.Inspector.SafetyAndWellbeing = classification.High
	c.NearBoundary.SafetyAndWellbeing = 0
	c.Inspector.RiskOfSeriousHarm = classification.VeryHigh
	r := Judge(nil, c)
	assert.Equal(t, classification.InspectorJudgement, r.SafetyAndWellbeing.Outcome)
	assert.Equal(t, classification.Under, r.SafetyAndWellbeing.Direction)
	assert.Contains(t, r.SafetyAndWellbeing.Reason, "not recorded")
	assert.Equal(t, classification.NotReasonable, r.RiskOfSeriousHarm.Outcome)
	assert.Equal(t, 2, r.RiskOfSeriousHarm.Steps)
	assert.Equal(t, record.ScaleLevels{SafetyAndWellbeing: classification.Medium, RiskOfSeriousHarm: classification.Medium}, r.CaseManager)
	assert.Equal(t, record.ScaleLevels{SafetyAndWellbeing: classification.High, RiskOfSeriousHarm: classification.VeryHigh}, r.Inspector)
}

func TestOddSummaries(t *testing.T) {
	tests := []struct {
		name  string
		edit  []any
		codes []string
	}{
		{"Yes with most prompts No", []any{"P1.1", record.No, "P1.3", record.No, "P1.4", record.No, "P1.5", record.No, "P1.6", record.No}, []string{codeSummaryYesPromptsNo}},
		{"Yes with half the prompts No", []any{"P1.1", record.No, "P1.3", record.No, "P1.4", record.No}, nil},
		{"No with every prompt Yes", []any{"D1.S", record.No}, []string{codeSummaryNoPromptsYes}},
		{"No with every prompt Yes or n/a", []any{"D1.S", record.No, "D1.5", record.NotApplicable}, []string{codeSummaryNoPromptsYes}},
		{"No with one prompt No", []any{"D1.S", record.No, "D1.5", record.No}, nil},
		{"No with every prompt n/a", []any{"D2.S", record.No, "D2.1", record.NotApplicable, "D2.2", record.NotApplicable}, nil},
		{"n/a summary", []any{"A3.S", record.NotApplicable}, []string{codeSummaryNotApplicable}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := casetest.Full(t)
			set(t, &c, tt.edit...)
			r := Judge(nil, c)
			assert.Equal(t, tt.codes, codes(r))
			for _, f := range r.Findings {
				assert.Equal(t, Warning, f.Severity)
				assert.Contains(t, f.Message, "stands")
			}
			// The inspector's call stands.
			for i := 0; i+1 < len(tt.edit); i += 2 {
				id := framework.ID(tt.edit[i].(string))
				if strings.HasSuffix(string(id), ".S") {
					kq, _, _ := strings.Cut(string(id), ".")
					kr, _ := keyResult(r, framework.ID(kq))
					assert.Equal(t, tt.edit[i+1], kr.Answer)
					assert.Equal(t, Inspector, kr.DecidedBy)
				}
			}
		})
	}
}

func TestRoSHRationaleFindings(t *testing.T) {
	c := casetest.Full(t)
	c.Inspector.RiskOfSeriousHarm = classification.Low
	set(t, &c, "A3.4", classification.Low)
	c.RoSHRationale = &classification.Rationale{
		Level:          classification.Low,
		CurrentFactors: new(true), Mitigated: new(false), Stable: new(true),
		Considerations: []classification.Consideration{{Type: classification.NoAccessToVictims, Use: classification.Lower, Constraint: classification.Custody}},
	}
	r := Judge(nil, c)
	want := classification.CheckRoSH(*c.RoSHRationale)
	require.Len(t, r.Findings, len(want))
	for i, f := range r.Findings {
		assert.Equal(t, string(want[i].Code), f.Code)
		assert.Equal(t, want[i].Message, f.Message)
		k, ok := kindOf(f.Code)
		require.True(t, ok, f.Code)
		assert.Equal(t, k.Severity, f.Severity, "the severity of the code's row")
		assert.Equal(t, framework.ID("A3.4"), f.Question)
	}
	assert.Equal(t, []string{string(classification.RoSHLowNotMitigated), string(classification.RoSHNoAccessLowered)}, codes(r))
	assert.Equal(t, []Severity{Warning, Error}, []Severity{r.Findings[0].Severity, r.Findings[1].Severity})
	checkKinds(t, r)
}

// TestRoSHRationaleLevel: a rationale for a level other than the case
// manager's classification at A3.4 is the classification recorded
// inconsistently; where either is not recorded there is nothing to compare.
func TestRoSHRationaleLevel(t *testing.T) {
	tests := []struct {
		name      string
		rationale classification.Level
		a34       classification.Level
		codes     []string
	}{
		{"same level", classification.Medium, classification.Medium, nil},
		{"differs", classification.High, classification.Medium, []string{codeRoSHLevelDiffers}},
		{"differs the other way", classification.Low, classification.Medium, []string{codeRoSHLevelDiffers, "rosh-low-unconfirmed"}},
		{"A3.4 not recorded", classification.High, 0, []string{codeClassificationMissing}},
		{"rationale level not recorded", 0, classification.Medium, []string{"rosh-no-level"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := casetest.Full(t)
			set(t, &c, "A3.4", tt.a34)
			if tt.a34 == 0 {
				set(t, &c, "A3.4", nil)
			}
			c.RoSHRationale = &classification.Rationale{Level: tt.rationale}
			r := Judge(nil, c)
			assert.Equal(t, tt.codes, codes(r))
			checkKinds(t, r)
			if len(tt.codes) > 0 && tt.codes[0] == codeRoSHLevelDiffers {
				f := r.Findings[0]
				assert.Equal(t, framework.ID("A3.4"), f.Question)
				assert.Contains(t, f.Message, "for the level "+tt.rationale.Label())
				assert.Contains(t, f.Message, "at A3.4 is "+tt.a34.Label())
				assert.Contains(t, f.Message, "recorded accurately and consistently")
			}
		})
	}
}

// TestWrittenRecordNotApplicable: A2.9 and A3.11 answered n/a where the
// source expects a written record even so (no factors, or the level Low),
// in both directions and with the facts unknown.
func TestWrittenRecordNotApplicable(t *testing.T) {
	for _, sc := range []struct {
		written    string
		factors    func(*record.Case) **bool
		inspector  func(*record.Case) *classification.Level
		classifier string
		sentence   string
	}{
		{"A2.9", func(c *record.Case) **bool { return &c.Factors.ChildSafety }, func(c *record.Case) *classification.Level { return &c.Inspector.SafetyAndWellbeing }, "A2.5", "there should be a clear written explanation of this."},
		{"A3.11", func(c *record.Case) **bool { return &c.Factors.RiskOfHarm }, func(c *record.Case) *classification.Level { return &c.Inspector.RiskOfSeriousHarm }, "A3.4", "there should be a clear written record of this."},
	} {
		tests := []struct {
			name    string
			answer  record.Answer
			factors *bool
			level   classification.Level
			want    []string
			says    string
		}{
			{"n/a, no factors", record.NotApplicable, new(false), classification.Low, []string{codeWrittenRecordNotApplicable}, "are recorded as none"},
			{"n/a, factors, level Low", record.NotApplicable, new(true), classification.Low, []string{codeWrittenRecordNotApplicable}, "is Low"},
			{"n/a, factors unknown, level Low", record.NotApplicable, nil, classification.Low, []string{codeWrittenRecordNotApplicable}, "is Low"},
			{"n/a, factors, level Medium", record.NotApplicable, new(true), classification.Medium, []string{codeWrittenRecordNotApplicable}, "as the library reads it, in every case"},
			{"n/a, factors unknown, level Medium", record.NotApplicable, nil, classification.Medium, []string{codeWrittenRecordNotApplicable}, "as the library reads it, in every case"},
			{"n/a, factors unknown, level not recorded", record.NotApplicable, nil, 0, []string{codeWrittenRecordNotApplicable}, "as the library reads it, in every case"},
			{"No, no factors", record.No, new(false), classification.Low, nil, ""},
			{"Yes, no factors", record.Yes, new(false), classification.Low, nil, ""},
			{"not answered, no factors", 0, new(false), classification.Low, nil, ""},
		}
		for _, tt := range tests {
			t.Run(sc.written+" "+tt.name, func(t *testing.T) {
				c := casetest.Full(t)
				*sc.factors(&c) = tt.factors
				*sc.inspector(&c) = tt.level
				set(t, &c, sc.classifier, classification.Medium)
				if tt.level != 0 {
					set(t, &c, sc.classifier, tt.level)
				}
				set(t, &c, sc.written, tt.answer)
				if tt.answer == 0 {
					set(t, &c, sc.written, nil)
				}
				r := Judge(nil, c)
				assert.Equal(t, tt.want, codes(r))
				checkKinds(t, r)
				if len(tt.want) > 0 {
					f := r.Findings[0]
					assert.Equal(t, framework.ID(sc.written), f.Question)
					assert.Equal(t, Error, f.Severity)
					assert.Contains(t, f.Message, tt.says)
					assert.Contains(t, f.Message, sc.sentence)
				}
			})
		}
	}
}

// TestMessagesSayWhatTheSourceSays pins the wording the issue "findings an
// inspector can trust" asked for.
func TestMessagesSayWhatTheSourceSays(t *testing.T) {
	p := planFor(nil)
	for _, k := range p.kqs {
		na := k.msgs.summaryNA.Message
		if k.rule == nil {
			assert.NotContains(t, na, "answers Yes", "%s has no rule", k.id)
			assert.Contains(t, na, "no rule of the source decides")
		} else {
			assert.Contains(t, na, "its rule answers Yes")
			assert.Contains(t, na, k.rule.Source)
		}
	}
	for _, m := range []*scaleMessages{scaleSW, scaleRoSH} {
		assert.Contains(t, m.yesNotNear.Message, "recorded as not close to a boundary")
		assert.Contains(t, m.yesOtherBound[classification.NearMediumHigh].Message, "close to the boundary between Medium and High, which the two levels are not either side of")
		assert.NotContains(t, m.yesNotNear.Message, "by more than a fine judgement")
		for _, f := range []Finding{m.contradictsInspector, m.contradictsCaseManager} {
			assert.Equal(t, Warning, f.Severity)
			assert.Contains(t, f.Message, "library's check")
			assert.Contains(t, f.Message, "are recorded as none", "a fact recorded as false is recorded as none, not unrecorded")
			assert.Contains(t, f.Message, "Low is “no specific behaviours, events or people likely to cause an adverse outcome”")
		}
	}
}

func TestExclusion(t *testing.T) {
	tests := []struct {
		name    string
		i11     record.Answer
		la      record.HomeHost
		outcome sampling.Outcome
		codes   []string
	}{
		{"not looked after", record.No, record.HomeHost{}, sampling.Include, nil},
		{"home, in the area", record.Yes, record.HomeHost{HomeService: new(true), LivedOutsideArea: new(false)}, sampling.Include, nil},
		{"home, outside, responsible", record.Yes, record.HomeHost{HomeService: new(true), LivedOutsideArea: new(true), ResponsibleForAssessment: new(true)}, sampling.Include, nil},
		{"not home, not responsible", record.Yes, record.HomeHost{HomeService: new(false), ResponsibleForAssessment: new(false)}, sampling.Exclude, []string{codeCaseExcluded}},
		{"looked after, facts unknown", record.Yes, record.HomeHost{}, sampling.Undetermined, []string{codeExclusionUndetermined}},
		{"I1.1 not recorded", 0, record.HomeHost{}, sampling.Undetermined, []string{codeExclusionUndetermined}},
		{"I1.1 n/a", record.NotApplicable, record.HomeHost{}, sampling.Undetermined, []string{codeExclusionUndetermined}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := casetest.Full(t)
			set(t, &c, "I1.1", tt.i11)
			c.LookedAfter = tt.la
			r := Judge(nil, c)
			assert.Equal(t, tt.outcome, r.Exclusion.Outcome, r.Exclusion.Reason)
			assert.Equal(t, tt.codes, codes(r))
		})
	}
}

func TestJudgeEmptyCase(t *testing.T) {
	r := Judge(nil, record.Case{})
	require.Len(t, r.KeyResults, 12)
	for _, k := range r.KeyResults {
		assert.Equal(t, Undecided, k.DecidedBy)
	}
	assert.True(t, hasErrors(r))
	assert.Len(t, findingsFor(r, codeSummaryUndecided), 12)
	assert.Len(t, findingsFor(r, codeAnswerMissing), 56, "every prompt")
	assert.Len(t, findingsFor(r, codeClassificationMissing), 2, "both classifications")
	checkKinds(t, r)
}

func TestJudgeOtherCatalogue(t *testing.T) {
	// A catalogue parsed from the same data judges exactly as the embedded
	// one; one with a question removed still judges without panicking.
	same, err := framework.Parse(framework.CatalogueJSON())
	require.NoError(t, err)
	c := casetest.Full(t)
	set(t, &c, "A1.S", record.No, "P2.3", nil)
	if diff := cmp.Diff(Judge(nil, c), Judge(same, c)); diff != "" {
		t.Fatalf("(-embedded +parsed):\n%s", diff)
	}
}

func TestJudgeDoesNotChangeTheCase(t *testing.T) {
	c := casetest.Full(t)
	c.Concerns = []classification.Concern{classification.Weapons}
	before := c.Clone()
	_ = Judge(nil, c)
	if diff := cmp.Diff(before, c); diff != "" {
		t.Fatalf("Judge changed the case (-before +after):\n%s", diff)
	}
}

func TestJudgeConcurrently(t *testing.T) {
	c := casetest.Full(t)
	set(t, &c, "A1.S", record.No)
	want := Judge(nil, c)
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				got := Judge(framework.DomainTwo(), c)
				if !cmp.Equal(want, got) {
					t.Error("concurrent Judge differs")
					return
				}
				got.Findings[0].Message = "mine"
				got.KeyResults[0].Answer = record.NotApplicable
			}
		}()
	}
	wg.Wait()
	assert.NotEqual(t, "mine", Judge(nil, c).Findings[0].Message)
}

func TestEnums(t *testing.T) {
	for _, a := range []record.Answer{record.Yes, record.No, record.NotApplicable} {
		b, err := a.MarshalText()
		require.NoError(t, err)
		got, err := record.ParseAnswer(string(b))
		require.NoError(t, err)
		assert.Equal(t, a, got)
	}
	for in, want := range map[string]record.Answer{"YES": record.Yes, " no ": record.No, "N/A": record.NotApplicable, "na": record.NotApplicable, "not applicable": record.NotApplicable} {
		got, err := record.ParseAnswer(in)
		require.NoError(t, err, in)
		assert.Equal(t, want, got)
	}
	_, err := record.ParseAnswer("maybe")
	assert.EqualError(t, err, `record: cannot parse "maybe" as Answer`)
	for _, d := range []DecidedBy{Undecided, Inspector, NoFactorsRule, NoReviewingRule} {
		b, err := d.MarshalText()
		require.NoError(t, err)
		var got DecidedBy
		require.NoError(t, got.UnmarshalText(b))
		assert.Equal(t, d, got)
	}
	assert.Equal(t, "n/a", record.NotApplicable.String())
	assert.Equal(t, "N/A", record.NotApplicable.Label())
	assert.Equal(t, "Answer(7)", record.Answer(7).String())
	assert.Equal(t, "no-factors-rule", NoFactorsRule.String())
	assert.Equal(t, "No factors rule", NoFactorsRule.Label())
	assert.Equal(t, "factors related to keeping the child safe: recorded as none", record.FactorsChildSafety.RecordedFalse())
	assert.Equal(t, "reviewing of risk of harm required: recorded as no", record.ReviewingRiskOfHarm.RecordedFalse())
}

func TestKeyResultJSON(t *testing.T) {
	k, err := newKeyResult("P2", record.Yes, NoFactorsRule, record.No)
	require.NoError(t, err)
	b, err := json.Marshal(k)
	require.NoError(t, err)
	assert.JSONEq(t, `{"keyQuestion":"P2","standard":"2.2","summary":"P2.S","answer":"yes","decidedBy":"no-factors-rule","recorded":"no",
		"rule":"P 2 S: “Where there are no factors related to keeping the child safe, inspectors will answer ‘Yes’.”"}`, string(b))
	var got KeyResult
	require.NoError(t, json.Unmarshal(b, &got))
	assert.Equal(t, k, got)
	p2, _ := newKeyResult("P2", record.No, Inspector, record.No)
	assert.Empty(t, p2.Rule())
	assert.Empty(t, KeyResult{}.Summary())
	assert.Empty(t, KeyResult{}.KeyQuestion())
	_, err = newKeyResult("Z9", record.Yes, Inspector, 0)
	assert.ErrorContains(t, err, `no key question "Z9"`)
	assert.Error(t, json.Unmarshal([]byte(`{"keyQuestion":"Z9"}`), &got))
	assert.Equal(t, uintptr(4), unsafe.Sizeof(KeyResult{}), "a KeyResult holds no pointers")
}

func TestScaleMessages(t *testing.T) {
	assert.Equal(t, framework.ID("A2.5"), scaleSW.question)
	assert.Equal(t, framework.ID("A3.reasonable"), scaleRoSH.reasonable)
	assert.Equal(t, "Factors related to risk of harm are recorded as none (factors.riskOfHarm), yet the inspector's level of risk of serious harm is Medium or higher. This is the library's check, not a rule of the CARaG: by the definitions under A3.4, Low is “no specific behaviours, events or people likely to cause an adverse outcome” and Medium is “some risk of harm concerns have been identified, but is unlikely to cause serious harm unless circumstances change. Can be managed under normal case management”.",
		scaleRoSH.contradictsInspector.Message)
	assert.Equal(t, "No classification of safety and wellbeing by the case manager is recorded (A2.5); CARaG, A 2.5 guidance: “Every case should have a classification of safety and wellbeing; this should be recorded accurately and consistently.”",
		scaleSW.missing.Message)
}

// TestSummaryRuleApplies: a rule applies when its fact is recorded as
// false, not when it is true, and is unknown when the fact is not recorded;
// Judge decides by the same reading.
func TestSummaryRuleApplies(t *testing.T) {
	for _, rule := range SummaryRules() {
		for _, v := range []*bool{nil, new(false), new(true)} {
			c := casetest.Full(t)
			rule.Fact.Set(&c, v)
			applies, known := rule.Applies(c)
			assert.Equal(t, v != nil, known, rule.Fact.Path())
			assert.Equal(t, v != nil && !*v, applies, rule.Fact.Path())
			kr, ok := keyResult(Judge(nil, c), rule.KeyQuestion)
			require.True(t, ok)
			assert.Equal(t, applies, kr.DecidedBy == rule.By, "%s %v", rule.KeyQuestion, v)
		}
	}
}

// TestClassificationMissingNamesTheRationale: with no classification at
// A3.4 but a RoSH rationale that records a level, the finding says so.
func TestClassificationMissingNamesTheRationale(t *testing.T) {
	c := casetest.Full(t)
	set(t, &c, "A3.4", nil)
	c.RoSHRationale = &classification.Rationale{Level: classification.High, CurrentFactors: new(true)}
	fs := findingsFor(Judge(nil, c), codeClassificationMissing)
	require.Len(t, fs, 1)
	assert.Contains(t, fs[0].Message, "the case manager's RoSH rationale records the level High")
	c.RoSHRationale = nil
	fs = findingsFor(Judge(nil, c), codeClassificationMissing)
	require.Len(t, fs, 1)
	assert.NotContains(t, fs[0].Message, "rationale")
}

// TestExcludedCaseIsNotJudged: an excluded case's result holds the
// exclusion and case-excluded, and nothing that judges the service's work,
// however incomplete its record; an undetermined one is judged, with a
// warning.
func TestExcludedCaseIsNotJudged(t *testing.T) {
	c := record.Case{ID: "x"}
	set(t, &c, "I1.1", record.Yes, "P2.S", record.No)
	c.LookedAfter = record.HomeHost{HomeService: new(false), ResponsibleForAssessment: new(false)}
	c.Factors.ChildSafety = new(false)
	r := Judge(nil, c)
	assert.Equal(t, sampling.Exclude, r.Exclusion.Outcome)
	assert.Empty(t, r.KeyResults)
	assert.Equal(t, []string{codeCaseExcluded}, codes(r))
	assert.Zero(t, r.SafetyAndWellbeing)

	c.LookedAfter = record.HomeHost{}
	r = Judge(nil, c)
	assert.Equal(t, sampling.Undetermined, r.Exclusion.Outcome)
	assert.Len(t, r.KeyResults, 12)
	assert.Contains(t, codes(r), codeExclusionUndetermined)
	assert.Contains(t, codes(r), codeSummaryContradictsRule)
}

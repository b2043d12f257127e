package judgement

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/yjinspect/yjinspect/classification"
	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/record"
	"pgregory.net/rapid"
)

// Judge's fast path (judge_fast.go) against the rules in full: judgeKQsFast
// (scanKQs, the windows of prompts) against judgeKQ for every key question.
// A rule added to judgeKQ and forgotten in scanKQs shows as a difference
// here: TestScanKQsAgreesWithJudgeKQ tries every count of answers of every
// key question, TestJudgeWindowsAgreeWithTheRulesInFull whole cases drawn
// to reach every finding (TestDrawnCasesReachEveryFinding checks they do).

func drawFact(t *rapid.T, label string) *bool {
	switch rapid.IntRange(0, 2).Draw(t, label) {
	case 1:
		return new(false)
	case 2:
		return new(true)
	}
	return nil
}

// drawCase draws a case whose answers are anything the catalogue allows,
// with every fact unknown, false or true. The prompts of each key question
// are drawn around one answer (all Yes, say, or all missing) with a drawn
// share of others, from none to all, so that every way judgeKQ can decide
// (every prompt alike, one apart, as many Yes as No) comes up often.
func drawCase(t *rapid.T) record.Case {
	c := record.Case{ID: "drawn"}
	d := framework.DomainTwo()
	for _, kq := range d.KeyQuestions() {
		base := record.Answer(rapid.IntRange(0, 3).Draw(t, "base "+string(kq.ID)))
		others := rapid.SampledFrom([]int{0, 1, 3, 8}).Draw(t, "others "+string(kq.ID)) // in eighths
		for _, q := range d.QuestionsOf(kq.ID) {
			if q.Kind != framework.Prompt || q.Answer != framework.YesNo {
				continue
			}
			a := base
			if rapid.IntRange(0, 7).Draw(t, "other "+string(q.ID)) < others {
				a = record.Answer(rapid.IntRange(0, 3).Draw(t, string(q.ID)))
			}
			if err := c.Answers.Set(q.ID, record.Value{Answer: a}); err != nil {
				t.Fatal(err)
			}
		}
	}
	for _, q := range d.Questions() {
		if q.Kind == framework.Prompt && q.Answer == framework.YesNo {
			continue
		}
		if rapid.IntRange(0, 9).Draw(t, "skip "+string(q.ID)) == 0 {
			continue
		}
		var v record.Value
		switch q.Answer {
		case framework.YesNo:
			v = record.Value{Answer: record.Answer(rapid.IntRange(0, 3).Draw(t, string(q.ID)))}
		case framework.LevelAnswer:
			v = record.Value{Level: classification.Level(rapid.IntRange(0, 4).Draw(t, string(q.ID)))}
		case framework.TextAnswer:
			v = record.Value{Text: rapid.SampledFrom([]string{"", "text"}).Draw(t, string(q.ID))}
		}
		if err := c.Answers.Set(q.ID, v); err != nil {
			t.Fatal(err)
		}
	}
	c.Factors = record.Factors{ChildSafety: drawFact(t, "childSafety"), RiskOfHarm: drawFact(t, "riskOfHarm")}
	c.ReviewingRequired = record.Reviewing{Desistance: drawFact(t, "desistance"), ChildSafety: drawFact(t, "reviewChildSafety"), RiskOfHarm: drawFact(t, "reviewRiskOfHarm")}
	c.NearBoundary = record.Boundary{SafetyAndWellbeing: classification.Near(rapid.IntRange(0, 7).Draw(t, "nearSW")), RiskOfSeriousHarm: classification.Near(rapid.IntRange(0, 7).Draw(t, "nearRoSH"))}
	c.LookedAfter = record.HomeHost{HomeService: drawFact(t, "home"), LivedOutsideArea: drawFact(t, "outside"), ResponsibleForAssessment: drawFact(t, "responsible")}
	c.Inspector = record.ScaleLevels{SafetyAndWellbeing: classification.Level(rapid.IntRange(0, 6).Draw(t, "inspectorSW")), RiskOfSeriousHarm: classification.Level(rapid.IntRange(0, 6).Draw(t, "inspectorRoSH"))}
	if rapid.Bool().Draw(t, "rationale") {
		c.RoSHRationale = drawRationale(t)
	}
	return c
}

// drawRationale draws a RoSH rationale with values in and out of range.
func drawRationale(t *rapid.T) *classification.Rationale {
	r := &classification.Rationale{
		Level:          classification.Level(rapid.IntRange(0, 9).Draw(t, "roshLevel")),
		CurrentFactors: drawFact(t, "currentFactors"),
		Mitigated:      drawFact(t, "mitigated"),
		Stable:         drawFact(t, "stable"),
	}
	for i := range rapid.IntRange(0, 4).Draw(t, "considerations") {
		_ = i
		r.Considerations = append(r.Considerations, classification.Consideration{
			Type:       classification.ConsiderationType(rapid.IntRange(0, 12).Draw(t, "type")),
			Use:        classification.Use(rapid.IntRange(0, 3).Draw(t, "use")),
			Constraint: classification.Constraint(rapid.IntRange(0, 4).Draw(t, "constraint")),
		})
	}
	return r
}

// drawnCases are n cases of drawCase, the same on every run.
func drawnCases(n int) []record.Case {
	g := rapid.Custom(drawCase)
	out := make([]record.Case, n)
	for i := range out {
		out[i] = g.Example(i)
	}
	return out
}

// TestJudgeWindowsAgreeWithTheRulesInFull judges each case twice: through
// the fast path, and with judgeKQ applied to every key question. The cases
// are drawn afresh on every run, and 3,000 are the same on every run.
func TestJudgeWindowsAgreeWithTheRulesInFull(t *testing.T) {
	require.True(t, planFor(nil).fast.ok, "the domain two plan reads its prompts through windows")
	rapid.Check(t, func(t *rapid.T) {
		c := drawCase(t)
		if d := cmp.Diff(judge(nil, c, false), Judge(nil, c)); d != "" {
			t.Fatalf("windows differ from judgeKQ (-judgeKQ +windows):\n%s", d)
		}
	})
	for i, c := range drawnCases(3000) {
		if d := cmp.Diff(judge(nil, c, false), Judge(nil, c)); d != "" {
			t.Fatalf("case %d of drawnCases: windows differ from judgeKQ (-judgeKQ +windows):\n%s", i, d)
		}
	}
}

// TestDrawnCasesReachEveryFinding checks that the cases
// TestJudgeWindowsAgreeWithTheRulesInFull compares on every run reach every
// finding code, every way of deciding a summary, and key questions the
// fast path finds nothing in (so that a rule added there is tried).
func TestDrawnCasesReachEveryFinding(t *testing.T) {
	seen := map[string]int{}
	for _, c := range drawnCases(3000) {
		r := judge(nil, c, false)
		for _, f := range r.Findings {
			seen["code "+f.Code]++
		}
		for _, k := range r.KeyResults {
			seen["by "+k.DecidedBy.String()]++
			if k.DecidedBy == Inspector && !hasFindingOn(r, k) {
				seen["clean "+k.Answer.String()]++
			}
		}
	}
	for _, k := range FindingKinds() {
		assert.GreaterOrEqual(t, seen["code "+k.Code], 10, "few drawn cases give %s", k.Code)
	}
	for _, by := range []DecidedBy{Undecided, Inspector, NoFactorsRule, NoReviewingRule} {
		assert.GreaterOrEqual(t, seen["by "+by.String()], 100, "few summaries decided by %v", by)
	}
	for _, a := range []record.Answer{record.Yes, record.No} {
		assert.GreaterOrEqual(t, seen["clean "+a.String()], 100, "few key questions answered %v with nothing to report", a)
	}
}

// hasFindingOn reports whether a result has a finding about a key
// question's summary or prompts.
func hasFindingOn(r Result, k KeyResult) bool {
	kq := k.KeyQuestion()
	for _, f := range r.Findings {
		if q, ok := framework.DomainTwo().Question(f.Question); ok && q.KeyQuestion == kq {
			return true
		}
	}
	return false
}

// TestScanKQsAgreesWithJudgeKQ tries every key question with every
// recorded summary, its rule's fact not recorded, false and true, and every
// count of its prompts' answers (Yes, No, n/a, none), in two orders, and
// compares the fast path's key results and findings with judgeKQ's.
func TestScanKQsAgreesWithJudgeKQ(t *testing.T) {
	p := planFor(nil)
	require.True(t, p.fast.ok)
	tried := 0
	for i := range p.kqs {
		k := &p.kqs[i]
		n := len(k.required)
		for summary := range uint8(4) {
			for fact := range uint8(3) {
				if k.fact == 0 && fact != 0 {
					continue // no rule: facts[0] is never set
				}
				var facts [8]uint8
				facts[k.fact] = fact
				for yes := 0; yes <= n; yes++ {
					for no := 0; yes+no <= n; no++ {
						for na := 0; yes+no+na <= n; na++ {
							run := []uint8{}
							for range yes {
								run = append(run, uint8(record.Yes))
							}
							for range no {
								run = append(run, uint8(record.No))
							}
							for range na {
								run = append(run, uint8(record.NotApplicable))
							}
							for len(run) < n {
								run = append(run, 0)
							}
							for _, reversed := range []bool{false, true} {
								var buf [codesBuf]uint8
								codes := buf[:p.size]
								codes[k.summaryAt] = summary
								for j, q := range k.required {
									if reversed {
										codes[q] = run[n-1-j]
									} else {
										codes[q] = run[j]
									}
								}
								var wantFs, gotFs findings
								want := make([]KeyResult, len(p.kqs))
								for j := range p.kqs {
									want[j] = judgeKQ(&wantFs, &p.kqs[j], codes, &facts)
								}
								got := make([]KeyResult, len(p.kqs))
								require.True(t, p.judgeKQsFast(got, &gotFs, &buf, codes, &facts))
								tried++
								if slices.Equal(want, got) && slices.Equal(wantFs.list(), gotFs.list()) {
									continue
								}
								if d := cmp.Diff(want, got); d != "" {
									t.Fatalf("%s summary %d fact %d prompts %v: key results (-judgeKQ +fast):\n%s", k.id, summary, fact, codes, d)
								}
								if d := cmp.Diff(wantFs.list(), gotFs.list()); d != "" {
									t.Fatalf("%s summary %d fact %d prompts %v: findings (-judgeKQ +fast):\n%s", k.id, summary, fact, codes, d)
								}
							}
						}
					}
				}
			}
		}
	}
	assert.Greater(t, tried, 10000)
}

// TestJudgeKQsFastRefuses checks that the fast path leaves to judgeKQ what
// its windows cannot read: an empty Answers.
func TestJudgeKQsFastRefuses(t *testing.T) {
	p := planFor(nil)
	var buf [codesBuf]uint8
	var facts [8]uint8
	var fs findings
	krs := make([]KeyResult, len(p.kqs))
	assert.False(t, p.judgeKQsFast(krs, &fs, &buf, nil, &facts))
	assert.Equal(t, make([]KeyResult, len(p.kqs)), krs)
	assert.Nil(t, fs.list())
	if d := cmp.Diff(judge(nil, record.Case{}, false), Judge(nil, record.Case{})); d != "" {
		t.Fatalf("(-judgeKQ +fast):\n%s", d)
	}
}

func TestWindows(t *testing.T) {
	tests := []struct {
		name     string
		required []int
		size     int
		want     [2]window
		ok       bool
	}{
		{"none", nil, 91, [2]window{}, true},
		{"one run", []int{8, 9, 10}, 91, [2]window{{8, 0x010101}}, true},
		{"nine, two windows", []int{8, 9, 10, 11, 12, 13, 14, 15, 16}, 91, [2]window{{8, lowBits}, {16, 1}}, true},
		{"at the end", []int{89, 90}, 91, [2]window{{83, 0x0101 << 48}}, true},
		{"apart", []int{1, 50}, 91, [2]window{{1, 1}, {50, 1}}, true},
		{"three windows", []int{1, 20, 40}, 91, [2]window{}, false},
		{"out of range", []int{91}, 91, [2]window{}, false},
		{"missing", []int{-1}, 91, [2]window{}, false},
		{"too few codes", []int{1}, 7, [2]window{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := windows(tt.required, tt.size)
			require.Equal(t, tt.ok, ok)
			if ok {
				require.Equal(t, tt.want, got)
			}
		})
	}
}

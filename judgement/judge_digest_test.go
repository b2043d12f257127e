package judgement_test

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/yjinspect/yjinspect/classification"
	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/judgement"
	"github.com/yjinspect/yjinspect/record"
	"github.com/yjinspect/yjinspect/synthetic"
)

var updateJudgeDigest = flag.Bool("update-judge-digest", false, "rewrite testdata/judge.digest from the current Judge")

const judgeDigestFile = "testdata/judge.digest"

// digestCases are the synthetic sample (1,945 cases) followed by random
// variants of its cases that reach what the sample never does: answers
// removed or changed (n/a summaries, missing prompts), unrecorded and
// contradicting facts, every level on both scales, looked-after children
// with every combination of the home/host facts, and RoSH rationales of
// every shape (an invalid level among them).
func digestCases(tb testing.TB) []record.Case {
	tb.Helper()
	d, err := synthetic.Generate(synthetic.Config{Inspections: 43, Cases: 1945, Seed: 1})
	require.NoError(tb, err)
	sample := slices.Concat(d.Inspections...)
	rng := rand.New(rand.NewPCG(13, 2))
	tri := func() *bool {
		switch rng.IntN(3) {
		case 0:
			return nil
		case 1:
			return new(false)
		}
		return new(true)
	}
	level := func() classification.Level { return classification.Level(rng.IntN(5)) }
	// near is any near-boundary fact: not recorded, not near, near, or
	// near a named boundary.
	near := func() classification.Near { return classification.Near(rng.IntN(6)) }
	qs := framework.DomainTwo().Questions()
	out := append([]record.Case(nil), sample...)
	for n := 0; n < 4000; n++ {
		c := sample[rng.IntN(len(sample))].Clone()
		c.ID = c.ID + "-variant"
		p := rng.IntN(30) // how much to disturb the answers, in percent
		for _, q := range qs {
			if q.Answer != framework.YesNo || rng.IntN(100) >= p {
				continue
			}
			require.NoError(tb, c.Answers.Set(q.ID, record.Value{Answer: record.Answer(rng.IntN(4))}))
		}
		if rng.IntN(2) == 0 {
			require.NoError(tb, c.Answers.Set("A2.5", record.Value{Level: level()}))
			require.NoError(tb, c.Answers.Set("A3.4", record.Value{Level: level()}))
			c.Inspector = record.ScaleLevels{SafetyAndWellbeing: level(), RiskOfSeriousHarm: level()}
		}
		if rng.IntN(2) == 0 {
			c.Factors = record.Factors{ChildSafety: tri(), RiskOfHarm: tri()}
			c.ReviewingRequired = record.Reviewing{Desistance: tri(), ChildSafety: tri(), RiskOfHarm: tri()}
			c.NearBoundary = record.Boundary{SafetyAndWellbeing: near(), RiskOfSeriousHarm: near()}
		}
		if rng.IntN(3) == 0 {
			require.NoError(tb, c.Answers.Set("I1.1", record.Value{Answer: record.Answer(rng.IntN(4))}))
			c.LookedAfter = record.HomeHost{HomeService: tri(), LivedOutsideArea: tri(), ResponsibleForAssessment: tri()}
		}
		switch rng.IntN(4) {
		case 0:
			c.RoSHRationale = nil
		case 1:
			r := &classification.Rationale{Level: classification.Level(rng.IntN(6)), CurrentFactors: tri(), Mitigated: tri(), Stable: tri()}
			for range rng.IntN(4) {
				r.Considerations = append(r.Considerations, classification.Consideration{
					Type:       classification.ConsiderationType(1 + rng.IntN(11)),
					Use:        classification.Use(rng.IntN(3)),
					Constraint: classification.Constraint(rng.IntN(4)),
				})
			}
			c.RoSHRationale = r
		}
		out = append(out, c)
	}
	return out
}

// judgeDigest is the SHA-256 of the JSON of Judge's result for every case
// of digestCases, one line each, judged against the embedded catalogue
// (nil) and against a catalogue parsed from the same data.
func judgeDigest(tb testing.TB) string {
	tb.Helper()
	parsed, err := framework.Parse(framework.CatalogueJSON())
	require.NoError(tb, err)
	h := sha256.New()
	for _, c := range digestCases(tb) {
		for _, f := range []*framework.Framework{nil, parsed} {
			b, err := json.Marshal(judgement.Judge(f, c))
			require.NoError(tb, err, c.ID)
			h.Write(b)
			h.Write([]byte{'\n'})
		}
	}
	return hex.EncodeToString(h.Sum(nil))
}

// TestJudgeDigest pins every field of every result Judge gives, byte for
// byte in its JSON form, over the synthetic sample and 4,000 random variants,
// so that work on Judge's speed cannot change what it finds. If Judge's
// output changes on purpose (a finding reworded, a token renamed), rewrite
// the digest with
//
//	go test ./judgement -run TestJudgeDigest -update-judge-digest
func TestJudgeDigest(t *testing.T) {
	got := judgeDigest(t)
	if *updateJudgeDigest {
		require.NoError(t, os.WriteFile(judgeDigestFile, []byte(got+"\n"), 0o644))
		return
	}
	want, err := os.ReadFile(judgeDigestFile)
	require.NoError(t, err)
	assert.Equal(t, strings.TrimSpace(string(want)), got,
		"Judge's results differ from those pinned in %s; if that is on purpose, run with -update-judge-digest", judgeDigestFile)
}

// TestJudgeDigestVariantsReachTheRules checks that the variants do reach
// what the digest is meant to pin: every finding code, every way of
// deciding a summary and every exclusion outcome.
func TestJudgeDigestVariantsReachTheRules(t *testing.T) {
	seen := map[string]bool{}
	for _, c := range digestCases(t) {
		r := judgement.Judge(nil, c)
		for _, f := range r.Findings {
			seen["code "+f.Code] = true
		}
		for _, k := range r.KeyResults {
			seen["by "+k.DecidedBy.String()] = true
		}
		seen["exclusion "+r.Exclusion.Outcome.String()] = true
		seen["sw "+r.SafetyAndWellbeing.Outcome.String()] = true
		seen["rosh "+r.RiskOfSeriousHarm.Outcome.String()] = true
	}
	for _, k := range judgement.FindingKinds() {
		assert.True(t, seen["code "+k.Code], "no variant gives %s", k.Code)
	}
	for _, by := range []judgement.DecidedBy{judgement.Undecided, judgement.Inspector, judgement.NoFactorsRule, judgement.NoReviewingRule} {
		assert.True(t, seen["by "+by.String()], "no summary decided by %v", by)
	}
	roshCodes := 0
	for k := range seen {
		if strings.HasPrefix(k, "code rosh-") {
			roshCodes++
		}
	}
	assert.GreaterOrEqual(t, roshCodes, 3, "too few kinds of RoSH finding")
	for _, o := range []string{"exclusion include", "exclusion exclude", "exclusion undetermined"} {
		assert.True(t, seen[o], "no variant gives %s", o)
	}
	for _, scale := range []string{"sw ", "rosh "} {
		for _, o := range []classification.Reasonableness{classification.Reasonable, classification.NotReasonable, classification.InspectorJudgement} {
			assert.True(t, seen[scale+o.String()], "no variant gives %s%v", scale, o)
		}
	}
}

package bench

import (
	"math/rand/v2"
	"slices"

	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/judgement"
	"github.com/yjinspect/yjinspect/record"
	"github.com/yjinspect/yjinspect/sampling"
	"github.com/yjinspect/yjinspect/synthetic"
)

// SampleConfig is the synthetic dataset the comparison runs on: the size of
// the research bulletin's sample, 1,945 cases in 43 inspections.
var SampleConfig = synthetic.Config{Inspections: 43, Cases: 1945, Seed: 1}

// Sample generates the cases of SampleConfig.
func Sample() ([]record.Case, error) {
	d, err := synthetic.Generate(SampleConfig)
	if err != nil {
		return nil, err
	}
	// The engine forms do not encode the I1.1 exclusion rule, and Judge
	// judges nothing of a case it excludes from the sample: those cases
	// are left out of the comparison.
	f := framework.DomainTwo()
	return slices.DeleteFunc(slices.Concat(d.Inspections...), func(c record.Case) bool {
		return judgement.Judge(f, c).Exclusion.Outcome == sampling.Exclude
	}), nil
}

// IncompleteConfig is how Incomplete takes records apart: the share of
// cases it touches, and in each of them the chance that each answer and
// each fact is dropped.
var IncompleteConfig = struct {
	Seed         uint64
	Share        float64
	Answer, Fact float64
}{Seed: 1, Share: 0.9, Answer: 0.06, Fact: 0.1}

// Incomplete is the sample of incomplete records: the cases of Sample with
// answers and facts dropped at random (IncompleteConfig), so that most
// cases have findings, as records mid-inspection do. The cases Judge then
// excludes from the sample are left out, as Sample leaves them out.
func Incomplete() ([]record.Case, error) {
	cases, err := Sample()
	if err != nil {
		return nil, err
	}
	cfg := IncompleteConfig
	r := rand.New(rand.NewPCG(cfg.Seed, 0))
	out := make([]record.Case, 0, len(cases))
	f := framework.DomainTwo()
	for _, c := range cases {
		if r.Float64() < cfg.Share {
			c = c.Clone()
			for id := range c.Answers.All() {
				if r.Float64() < cfg.Answer {
					if err := c.Answers.Set(id, record.Value{}); err != nil {
						return nil, err
					}
				}
			}
			for _, fact := range record.Facts() {
				if r.Float64() < cfg.Fact {
					fact.Set(&c, nil)
				}
			}
		}
		if judgement.Judge(f, c).Exclusion.Outcome != sampling.Exclude {
			out = append(out, c)
		}
	}
	return out, nil
}

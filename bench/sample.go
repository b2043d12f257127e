package bench

import (
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

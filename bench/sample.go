package bench

import (
	"slices"

	"github.com/yjinspect/yjinspect/record"
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
	return slices.Concat(d.Inspections...), nil
}

package moderation_test

import (
	"slices"
	"sync"
	"testing"

	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/judgement"
	"github.com/yjinspect/yjinspect/moderation"
	"github.com/yjinspect/yjinspect/record"
	"github.com/yjinspect/yjinspect/synthetic"
)

// sample is the synthetic 43-inspection, 1,945-case dataset the bulletin's
// figures describe, and a SYNTHETIC second reading of every case with a
// disagreement rate of 10%.
var sample = sync.OnceValues(func() ([2][]record.Case, error) {
	d, err := synthetic.Generate(synthetic.BulletinConfig(1))
	if err != nil {
		return [2][]record.Case{}, err
	}
	first := slices.Concat(d.Inspections...)
	second, err := synthetic.SecondReadings(first, 0.1, 1)
	return [2][]record.Case{first, second}, err
})

func readings(b *testing.B) ([]record.Case, []record.Case) {
	b.Helper()
	s, err := sample()
	if err != nil {
		b.Fatal(err)
	}
	return s[0], s[1]
}

var sinkComparison moderation.Comparison

// BenchmarkCompare compares the two readings of one case, rotating through
// the sample's 1,945 pairs.
func BenchmarkCompare(b *testing.B) {
	first, second := readings(b)
	f := framework.DomainTwo()
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		c, err := moderation.Compare(f, first[i], second[i])
		if err != nil {
			b.Fatal(err)
		}
		sinkComparison = c
		i = (i + 1) % len(first)
	}
}

// BenchmarkModerate moderates the whole sample: 1,945 first readings, each
// read a second time.
func BenchmarkModerate(b *testing.B) {
	first, second := readings(b)
	rules := judgement.DefaultRatingRules()
	b.ReportAllocs()
	for b.Loop() {
		m, err := moderation.Moderate(nil, first, second, rules)
		if err != nil || m.Pairs != len(first) {
			b.Fatal(err)
		}
	}
}

// BenchmarkModerateShare moderates the sample with a fifth of the cases
// read again, the usual shape of a second reading.
func BenchmarkModerateShare(b *testing.B) {
	first, second := readings(b)
	second = second[:len(second)/5]
	rules := judgement.DefaultRatingRules()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := moderation.Moderate(nil, first, second, rules); err != nil {
			b.Fatal(err)
		}
	}
}

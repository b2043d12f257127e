package moderation_test

import (
	"slices"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/judgement"
	"github.com/yjinspect/yjinspect/moderation"
	"github.com/yjinspect/yjinspect/synthetic"
)

// Moderate and Compare are safe for concurrent use: run at once, they give
// what they give alone.
func TestConcurrentUse(t *testing.T) {
	d, err := synthetic.Generate(synthetic.Config{Inspections: 2, Cases: 40, Seed: 8})
	require.NoError(t, err)
	first := slices.Concat(d.Inspections...)
	second, err := synthetic.SecondReadings(first, 0.2, 8)
	require.NoError(t, err)
	rules := judgement.DefaultRatingRules()
	want, err := moderation.Moderate(nil, first, second, rules)
	require.NoError(t, err)

	var wg sync.WaitGroup
	got := make([]moderation.Moderation, 4)
	for i := range got {
		wg.Go(func() {
			m, err := moderation.Moderate(nil, first, second, rules)
			assert.NoError(t, err)
			got[i] = m
			for j := range first {
				_, err := moderation.Compare(nil, first[j], second[j])
				assert.NoError(t, err)
			}
		})
	}
	wg.Wait()
	for _, m := range got {
		assert.Empty(t, cmp.Diff(want, m))
	}
}

// A catalogue other than the embedded *Framework (here the same catalogue,
// parsed anew) gives the same comparison.
func TestCompareParsedCatalogue(t *testing.T) {
	f, err := framework.Parse(framework.CatalogueJSON())
	require.NoError(t, err)
	require.NotSame(t, framework.DomainTwo(), f)
	a := read(t, base)
	b := read(t, edit(`"A1.1": "yes"`, `"A1.1": "no"`, `"Female"`, `"Male"`))
	want, err := moderation.Compare(nil, a, b)
	require.NoError(t, err)
	got, err := moderation.Compare(f, a, b)
	require.NoError(t, err)
	assert.Empty(t, cmp.Diff(want, got))
	assert.Len(t, got.Answers, 2)
}

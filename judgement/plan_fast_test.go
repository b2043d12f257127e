package judgement

import (
	"fmt"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/yjinspect/yjinspect/framework"
)

// otherVersion parses the embedded catalogue with one word of a question's
// text changed (n tells catalogues apart), which gives it another version.
func otherVersion(t testing.TB, n int) *framework.Framework {
	t.Helper()
	data := strings.Replace(string(framework.CatalogueJSON()), "assessment of to keep", fmt.Sprintf("assessment of to keep %d", n), 1)
	f, err := framework.Parse([]byte(data))
	require.NoError(t, err)
	require.NotEqual(t, framework.DomainTwo().Version(), f.Version())
	return f
}

// TestPlanForIsMakePlan checks that the plans planFor hands out, made once
// and kept, are the plans makePlan makes, for the embedded catalogue, a
// catalogue parsed from the same data and catalogues of other versions.
func TestPlanForIsMakePlan(t *testing.T) {
	same, err := framework.Parse(framework.CatalogueJSON())
	require.NoError(t, err)
	d := framework.DomainTwo()
	for _, f := range []*framework.Framework{nil, d, same, otherVersion(t, 1), otherVersion(t, 2)} {
		want := makePlan(d)
		if f != nil {
			want = makePlan(f)
		}
		for range 2 { // made, then kept
			got := planFor(f)
			assert.True(t, got.f == want.f, "the plan is made for its catalogue")
			if !reflect.DeepEqual(want, got) {
				t.Errorf("planFor(%p) is not makePlan's plan", f)
			}
		}
	}
}

// TestPlanForKeepsPlans checks that a plan is made once for a catalogue
// judged again, shared by a catalogue of the same version, and that the
// number of plans kept is bounded.
func TestPlanForKeepsPlans(t *testing.T) {
	f := otherVersion(t, 3)
	p := planFor(f)
	assert.Same(t, p, planFor(f), "made once")
	again := otherVersion(t, 3)
	assert.Equal(t, p.kqs, planFor(again).kqs, "shared by a catalogue of the same version")
	for n := range 3 * planCacheSize {
		planFor(otherVersion(t, 100+n))
	}
	kept := 0
	for i := range otherPlans.plans {
		if otherPlans.plans[i].Load() != nil {
			kept++
		}
	}
	assert.LessOrEqual(t, kept, planCacheSize)
	assert.Same(t, planFor(nil), planFor(framework.DomainTwo()))
}

// TestPlanForConcurrently asks for the plans of several catalogues at once
// (with -race, a check that the plans kept are shared safely).
func TestPlanForConcurrently(t *testing.T) {
	fs := []*framework.Framework{nil, framework.DomainTwo()}
	for n := range planCacheSize + 2 {
		fs = append(fs, otherVersion(t, 200+n))
	}
	want := makePlan(framework.DomainTwo()).kqs
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for i := range 50 {
				p := planFor(fs[(g+i)%len(fs)])
				if len(p.kqs) != len(want) {
					t.Error("a plan of the wrong catalogue")
					return
				}
			}
		})
	}
	wg.Wait()
}

// The plans, made once per catalogue: the same plan as makePlan (judge.go,
// the reference) makes, for less time. It holds no rule of its own.

package judgement

import (
	"sync/atomic"

	"github.com/yjinspect/yjinspect/framework"
)

// domainTwoPlan is the plan of framework.DomainTwo(), made on first use:
// it goes from nil to that one plan, once, and never changes after. (It
// is what sync.OnceValue does, without a call on every Judge.)
var domainTwoPlan atomic.Pointer[plan]

// planFor returns the plan of a catalogue: the one of the domain two
// catalogue for it (nil) and for any catalogue of the same version, a new
// one for any other.
func planFor(f *framework.Framework) *plan {
	if p := domainTwoPlan.Load(); p != nil && (f == nil || f == p.f) {
		return p
	}
	d := framework.DomainTwo()
	if f != nil && f != d && f.Version() != d.Version() {
		return makePlan(f)
	}
	if p := domainTwoPlan.Load(); p != nil {
		return p
	}
	domainTwoPlan.CompareAndSwap(nil, makePlan(d))
	return domainTwoPlan.Load()
}

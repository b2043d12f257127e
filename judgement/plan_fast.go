// The plans, made once per catalogue: the same plan as makePlan (judge.go,
// the reference) makes, for less time. It holds no rule of its own.
//
// To add something to a plan: change makePlan; TestPlanForIsMakePlan
// (plan_fast_test.go) fails until the plans planFor hands out agree.

package judgement

import (
	"sync/atomic"

	"github.com/yjinspect/yjinspect/framework"
)

// domainTwoPlan is the plan of framework.DomainTwo(), made on first use:
// it goes from nil to that one plan, once, and never changes after. (It
// is what sync.OnceValue does, without a call on every Judge.)
var domainTwoPlan atomic.Pointer[plan]

// planCacheSize is how many catalogues other than the embedded one have
// their plans kept: a caller judging against a few catalogues of their own
// makes each plan once, and the memory held stays bounded whatever the
// number of catalogues.
const planCacheSize = 8

// otherPlans keeps the plans of the last catalogues other than
// framework.DomainTwo() Judge was given, each under the catalogue it was
// made for (plan.f), replacing the oldest. A Framework is read-only, so a
// plan made for it stays right for it. Nothing outside planFor writes it.
var otherPlans struct {
	plans [planCacheSize]atomic.Pointer[plan]
	next  atomic.Uint32
}

// planFor returns the plan of a catalogue (nil: framework.DomainTwo()), as
// makePlan makes it, from the plans already made where it can: the domain
// two catalogue's, made once, and those of the last few other catalogues.
// A catalogue of the same Version as one planned already (parsed again from
// the same data) shares its plan.
func planFor(f *framework.Framework) *plan {
	if p := domainTwoPlan.Load(); p != nil && (f == nil || f == p.f) {
		return p
	}
	for i := range otherPlans.plans {
		if p := otherPlans.plans[i].Load(); p != nil && p.f == f {
			return p
		}
	}
	return planOnce(f)
}

// planOnce makes the plan of a catalogue not yet planned under its pointer
// and keeps it: the domain two catalogue's, or the plan of a catalogue of
// the same version, or a new one.
func planOnce(f *framework.Framework) *plan {
	d := framework.DomainTwo()
	if f == nil || f == d {
		domainTwoPlan.CompareAndSwap(nil, makePlan(d))
		return domainTwoPlan.Load()
	}
	var p *plan
	if v := f.Version(); v == d.Version() {
		p = planFor(nil)
	} else {
		for i := range otherPlans.plans {
			if q := otherPlans.plans[i].Load(); q != nil && q.f.Version() == v {
				p = q
				break
			}
		}
	}
	if p != nil {
		same := *p
		same.f = f
		p = &same
	} else {
		p = makePlan(f)
	}
	otherPlans.plans[(otherPlans.next.Add(1)-1)%planCacheSize].Store(p)
	return p
}

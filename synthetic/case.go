package synthetic

import (
	"errors"
	"math"
	"math/rand/v2"
	"slices"
	"strings"

	"github.com/yjinspect/yjinspect/classification"
	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/judgement"
	"github.com/yjinspect/yjinspect/record"
)

// generator makes cases, drawing from r, which Generate reseeds for each
// case.
type generator struct {
	r   *rand.Rand
	kqs []kqSpec
	err error
}

// kqSpec is what the generator needs of a key question of the standards.
type kqSpec struct {
	id, summary framework.ID
	area        framework.Area
	prompts     []framework.ID
	rule        *judgement.SummaryRule
	base        float64
}

// The scales, as indices into the generator's arrays.
const (
	sw   = 0
	rosh = 1
)

// keyQuestionOrder are the key questions of the standards in source order,
// as newGenerator finds them in the catalogue.
var keyQuestionOrder = []framework.ID{"A1", "A2", "A3", "P1", "P2", "P3", "D1", "D2", "D3", "R1", "R2", "R3"}

func newGenerator(r *rand.Rand) *generator {
	f := framework.DomainTwo()
	g := &generator{r: r}
	for _, kq := range f.KeyQuestions() {
		if kq.Standard == "" {
			continue
		}
		s := kqSpec{id: kq.ID, summary: kq.Summary, area: kq.Area, base: keyQuestionBase[kq.ID]}
		for _, r := range judgement.SummaryRules() {
			if r.KeyQuestion == kq.ID {
				s.rule = &r
			}
		}
		for _, q := range f.QuestionsOf(kq.ID) {
			if q.Kind == framework.Prompt {
				s.prompts = append(s.prompts, q.ID)
			}
		}
		g.kqs = append(g.kqs, s)
	}
	if !slices.EqualFunc(g.kqs, keyQuestionOrder, func(k kqSpec, id framework.ID) bool { return k.id == id }) {
		g.err = errors.New("the catalogue's key questions are not the twelve of domain two in source order")
	}
	return g
}

// draft is a case being made, with the facts its answers depend on.
type draft struct {
	c         record.Case
	bools     *[20]bool
	nbools    int
	insp      [2]classification.Level // the inspector's levels
	cm        [2]classification.Level // the case manager's
	reason    [2]record.Answer        // A2.reasonable, A3.reasonable
	factors   [2]bool
	reviewing [3]bool // desistance, child safety, risk of harm
	looked    bool
	hasVictim bool
	quality   float64
	summaries [12]record.Answer // by key question, in source order
}

// summary returns the summary answer given to a key question of the
// standards ("A1" ... "R3").
func (d *draft) summary(kq framework.ID) record.Answer {
	if i := slices.Index(keyQuestionOrder, kq); i >= 0 {
		return d.summaries[i]
	}
	return 0
}

// fact returns a pointer to a bool of the case's own.
func (d *draft) fact(b bool) *bool {
	if d.nbools == len(d.bools) {
		d.bools, d.nbools = new([20]bool), 0
	}
	p := &d.bools[d.nbools]
	d.nbools++
	*p = b
	return p
}

func fact(b bool) *bool { return &b }

func (g *generator) chance(p float64) bool { return g.r.Float64() < p }

func logistic(x float64) float64 { return 1 / (1 + math.Exp(-x)) }

func (g *generator) set(d *draft, id framework.ID, v record.Value) {
	if err := d.c.Answers.Set(id, v); err != nil && g.err == nil {
		g.err = err
	}
}

func (g *generator) yesNo(d *draft, id framework.ID, a record.Answer) {
	g.set(d, id, record.Value{Answer: a})
}

// answerIf is Yes with chance p, otherwise No.
func (g *generator) answerIf(p float64) record.Answer {
	if g.chance(p) {
		return record.Yes
	}
	return record.No
}

// newCase makes one case with the inspector's levels given.
func (g *generator) newCase(id string, in inspectionTraits, swLevel, roshLevel classification.Level) record.Case {
	d := &draft{
		c:     record.Case{ID: id},
		bools: new([20]bool),
		insp:  [2]classification.Level{swLevel, roshLevel},
	}
	d.c.Inspector = record.ScaleLevels{SafetyAndWellbeing: swLevel, RiskOfSeriousHarm: roshLevel}

	g.child(d)
	var near [2]bool
	for s := range 2 {
		d.cm[s] = g.caseManagerLevel(d.insp[s], in.quality)
		near[s] = g.nearBoundary(d.cm[s], d.insp[s])
		d.reason[s] = g.reasonable(d.cm[s], d.insp[s], near[s])
		d.factors[s] = !(d.insp[s] == classification.Low && d.cm[s] == classification.Low && g.chance(noFactors[s]))
	}
	d.c.NearBoundary = record.Boundary{SafetyAndWellbeing: nearOf(near[sw]), RiskOfSeriousHarm: nearOf(near[rosh])}
	d.c.Factors = record.Factors{ChildSafety: d.fact(d.factors[sw]), RiskOfHarm: d.fact(d.factors[rosh])}
	d.reviewing[0] = !g.chance(noReviewingDesistance)
	for s := range 2 {
		p := noReviewingWithFactors
		if !d.factors[s] {
			p = noReviewingNoFactors
		}
		d.reviewing[s+1] = !g.chance(p)
	}
	d.c.ReviewingRequired = record.Reviewing{
		Desistance:  d.fact(d.reviewing[0]),
		ChildSafety: d.fact(d.reviewing[1]),
		RiskOfHarm:  d.fact(d.reviewing[2]),
	}
	victim := hasVictimLow
	if d.insp[rosh] > classification.Low {
		victim = hasVictimHigher
	}
	d.hasVictim = g.chance(victim)
	d.quality = in.quality + caseQuality*g.r.NormFloat64()

	for i := range g.kqs {
		d.summaries[i] = g.keyQuestion(d, &g.kqs[i])
	}
	g.information(d)
	g.concerns(d)
	g.deficits(d)
	if g.chance(rationaleChance) {
		d.c.RoSHRationale = g.rationale(d)
	}
	return d.c
}

// child answers the questions about the child (I1.*) and sets the
// looked-after facts.
func (g *generator) child(d *draft) {
	d.looked = g.chance(lookedAfterBase + lookedAfterPerLevel*float64(d.insp[sw]-classification.Low))
	if d.looked {
		g.yesNo(d, "I1.1", record.Yes)
		x := g.r.Float64()
		for i, f := range lookedAfterFacts {
			if x -= f.chance; x < 0 || i == len(lookedAfterFacts)-1 {
				d.c.LookedAfter = record.HomeHost{
					HomeService:              d.copyFact(f.home),
					LivedOutsideArea:         d.copyFact(f.outside),
					ResponsibleForAssessment: d.copyFact(f.responsible),
				}
				break
			}
		}
	} else {
		g.yesNo(d, "I1.1", record.No)
	}
	g.set(d, "I1.4", record.Value{Text: genders.pick(g.r)})
	g.set(d, "I1.5", record.Value{Text: ethnicity.pick(g.r)})
	g.set(d, "I1.6", record.Value{Text: languages.pick(g.r)})
	g.set(d, "I1.7", record.Value{Text: religions.pick(g.r)})
	g.set(d, "I1.8", record.Value{Text: identities.pick(g.r)})
	if g.chance(disabilityChance) {
		g.yesNo(d, "I1.9", record.Yes)
		g.set(d, "I1.10", record.Value{Text: impacts.pick(g.r)})
	} else {
		g.yesNo(d, "I1.9", record.No)
	}
}

func (d *draft) copyFact(p *bool) *bool {
	if p == nil {
		return nil
	}
	return d.fact(*p)
}

// caseManagerLevel draws the case manager's level given the inspector's:
// mostly the same; lower more often than higher.
func (g *generator) caseManagerLevel(insp classification.Level, quality float64) classification.Level {
	i := int(insp) - 1
	under := underChance[i] * math.Exp(-underQuality*quality)
	x := g.r.Float64()
	steps := 1
	switch {
	case x < under:
		if insp >= classification.High && g.chance(twoSteps) {
			steps = 2
		}
		return insp - classification.Level(steps)
	case x < under+overChance[i]:
		if insp <= classification.Medium && g.chance(twoSteps) {
			steps = 2
		}
		return insp + classification.Level(steps)
	}
	return insp
}

func stepsApart(a, b classification.Level) int {
	if a > b {
		return int(a - b)
	}
	return int(b - a)
}

// nearOf records whether a case is close to a boundary, without naming it.
func nearOf(near bool) classification.Near {
	if near {
		return classification.NearUnnamed
	}
	return classification.NotNear
}

func (g *generator) nearBoundary(cm, insp classification.Level) bool {
	switch stepsApart(cm, insp) {
	case 0:
		return g.chance(nearSame)
	case 1:
		return g.chance(nearOneStep)
	}
	return false
}

// reasonable answers A2.reasonable or A3.reasonable: as
// classification.CheckReasonable says where it is definite, otherwise the
// inspector's weighted coin.
func (g *generator) reasonable(cm, insp classification.Level, near bool) record.Answer {
	v := classification.CheckReasonable(cm, insp, nearOf(near))
	switch v.Outcome {
	case classification.Reasonable:
		return record.Yes
	case classification.NotReasonable:
		return record.No
	}
	if v.Direction == classification.Under {
		return g.answerIf(reasonableYesUnder)
	}
	return g.answerIf(reasonableYesOver)
}

// keepR32 keeps R3.2 as its guidance says it is answered: "This question
// will be answered ‘No’ if ... reviewing does not lead to necessary action",
// which R3.4 answered No shows. Where R3.2 is Yes and R3.4 No, it makes R3.2
// No under a summary of No, and R3.4 Yes under a summary of Yes, so that
// the prompts stay consistent with the summary either way.
func keepR32(k *kqSpec, summary record.Answer, answers []record.Answer) {
	r32, r34 := slices.Index(k.prompts, "R3.2"), slices.Index(k.prompts, "R3.4")
	if r32 < 0 || r34 < 0 || answers[r32] != record.Yes || answers[r34] != record.No {
		return
	}
	if summary == record.No {
		answers[r32] = record.No
	} else {
		answers[r34] = record.Yes
	}
}

// ruled reports whether a rule of the source decides the key question's
// summary for the case: the rule's own reading of its fact
// (judgement.SummaryRule.Applies), on the facts the draft has set.
func (d *draft) ruled(k *kqSpec) bool {
	return ruledIn(&d.c, k)
}

// keyQuestion answers a key question's prompts and its summary, and returns
// the summary.
func (g *generator) keyQuestion(d *draft, k *kqSpec) record.Answer {
	if d.ruled(k) {
		// As the source says inspectors do: Yes where there is nothing to
		// judge; the prompts do not apply.
		for _, p := range k.prompts {
			g.yesNo(d, p, record.NotApplicable)
		}
		g.yesNo(d, k.summary, record.Yes)
		return record.Yes
	}
	x := k.base + d.quality + questionNoise*g.r.NormFloat64()
	switch k.area {
	case framework.KeepingTheChildSafe:
		x -= levelPenalty * float64(d.insp[sw]-classification.Low)
		x -= g.scalePenalty(d, k, sw)
	case framework.KeepingOtherPeopleSafe:
		x -= levelPenalty * float64(d.insp[rosh]-classification.Low)
		x -= g.scalePenalty(d, k, rosh)
	default:
		x -= levelPenalty * float64(d.insp[sw]+d.insp[rosh]-2) / 2
	}
	summary := g.answerIf(logistic(x))

	answers := make([]record.Answer, len(k.prompts))
	yes, no := 0, 0
	for i, p := range k.prompts {
		switch {
		case d.notApplicable(g, p):
			answers[i] = record.NotApplicable
			continue
		case summary == record.Yes:
			py := promptYes
			if strings.HasSuffix(string(p), ".diversity") {
				py = promptYesDiversity
			}
			answers[i] = g.answerIf(py)
		default:
			answers[i] = g.answerIf(1 - promptNo)
		}
		if answers[i] == record.Yes {
			yes++
		} else {
			no++
		}
	}
	// Keep the summary consistent with its prompts: a Yes never has more
	// No than Yes; a No has at least one No.
	for i := 0; summary == record.Yes && no > yes && i < len(answers); i++ {
		if answers[i] == record.No {
			answers[i], yes, no = record.Yes, yes+1, no-1
		}
	}
	if summary == record.No && no == 0 {
		var open []int
		for i, a := range answers {
			if a == record.Yes {
				open = append(open, i)
			}
		}
		if len(open) > 0 {
			answers[open[g.r.IntN(len(open))]] = record.No
		}
	}
	keepR32(k, summary, answers)
	for i, p := range k.prompts {
		g.yesNo(d, p, answers[i])
	}
	g.yesNo(d, k.summary, summary)
	return summary
}

// scalePenalty lowers the chance of Yes for a key question about a scale the
// case manager got wrong: the assessment (A2, A3) where the classification
// is judged not reasonable, the rest where it is under-classified.
func (g *generator) scalePenalty(d *draft, k *kqSpec, s int) float64 {
	if k.id == "A2" || k.id == "A3" {
		if d.reason[s] == record.No {
			return unreasonablePenalty
		}
		return 0
	}
	if d.cm[s] < d.insp[s] {
		return underPenalty
	}
	return 0
}

// notApplicable says whether a prompt is answered n/a in the case.
func (d *draft) notApplicable(g *generator, p framework.ID) bool {
	switch p {
	case "A1.6", "P1.5":
		return !d.hasVictim
	case "P3.3", "D3.2":
		return !d.hasVictim && d.insp[rosh] == classification.Low
	case "P2.2", "D2.2":
		return d.insp[sw] == classification.Low && g.chance(agenciesNA)
	case "P3.2", "D3.3":
		return d.insp[rosh] == classification.Low && g.chance(agenciesNA)
	}
	return false
}

// information answers the information questions of the key questions and
// the case manager interview.
func (g *generator) information(d *draft) {
	written := func(id framework.ID, kq framework.ID) {
		p := recordAfterYes
		if d.summary(kq) == record.No {
			p = recordAfterNo
		}
		g.yesNo(d, id, g.answerIf(p))
	}
	written("A1.10", "A1")
	written("A2.9", "A2")
	written("A3.11", "A3")
	g.set(d, "A2.5", record.Value{Level: d.cm[sw]})
	g.set(d, "A3.4", record.Value{Level: d.cm[rosh]})
	g.yesNo(d, "A2.reasonable", d.reason[sw])
	g.yesNo(d, "A3.reasonable", d.reason[rosh])

	p := proportionateYes
	if d.summary("P1") == record.No {
		p = proportionateNo
	}
	g.yesNo(d, "P1.8", g.answerIf(p))
	if g.chance(enforcementNA) {
		g.yesNo(d, "D1.10", record.NotApplicable)
	} else {
		g.yesNo(d, "D1.10", g.answerIf(enforcementYes))
	}

	review := func(id, kq framework.ID, required bool) {
		switch {
		case !required:
			g.yesNo(d, id, record.NotApplicable)
		case d.summary(kq) == record.No:
			g.yesNo(d, id, g.answerIf(reviewAfterNo))
		default:
			g.yesNo(d, id, g.answerIf(reviewAfterYes))
		}
	}
	review("R1.6", "R1", d.reviewing[0])
	review("R2.4", "R2", d.reviewing[1])
	review("R3.5", "R3", d.reviewing[2])

	g.yesNo(d, "O2.1", g.answerIf(servicesAccessible))
	for s, id := range []framework.ID{"O2.2", "O2.3"} {
		if d.factors[s] {
			g.yesNo(d, id, g.answerIf(servicesAccessible))
		} else {
			g.yesNo(d, id, record.NotApplicable)
		}
	}
}

// concerns tags the case with the bulletin's safety concerns, more often at
// higher levels.
func (g *generator) concerns(d *draft) {
	none := !d.factors[sw] && !d.factors[rosh]
	for _, c := range classification.Concerns() {
		var p float64
		switch m := concernModel[c]; {
		case c == classification.CareExperience && d.looked:
			p = careLookedAfter
		case none:
			continue
		default:
			p = logistic(m.base + m.perSW*float64(d.insp[sw]-1) + m.perRoSH*float64(d.insp[rosh]-1))
		}
		if g.chance(p) {
			d.c.Concerns = append(d.c.Concerns, c)
		}
	}
}

// deficits tags the case with the bulletin's common assessment problems,
// more often where the case manager under-classified.
func (g *generator) deficits(d *draft) {
	under := d.cm[sw] < d.insp[sw] || d.cm[rosh] < d.insp[rosh]
	weak := d.summary("A2") == record.No || d.summary("A3") == record.No
	for _, x := range classification.Deficits() {
		m := deficitModel[x]
		l := m.base
		if under {
			l += m.under
		}
		if weak {
			l += m.weak
		}
		if g.chance(logistic(l)) {
			d.c.Deficits = append(d.c.Deficits, x)
		}
	}
}

// rationale makes the case manager's rationale for their RoSH level,
// consistent with that level: Low only with no current factors, or with
// factors mitigated in stable circumstances.
func (g *generator) rationale(d *draft) *classification.Rationale {
	level := d.cm[rosh]
	r := &classification.Rationale{Level: level}
	add := func(t classification.ConsiderationType, u classification.Use) {
		r.Considerations = append(r.Considerations, classification.Consideration{Type: t, Use: u})
	}
	maybe := func(p float64, t classification.ConsiderationType, u classification.Use) {
		if g.chance(p) {
			add(t, u)
		}
	}
	if level == classification.Low {
		if !d.factors[rosh] {
			r.CurrentFactors = d.fact(false)
			maybe(0.5, classification.Strengths, classification.Lower)
			return r
		}
		r.CurrentFactors, r.Mitigated, r.Stable = d.fact(true), d.fact(true), d.fact(true)
		maybe(0.7, classification.StableDynamicFactors, classification.Lower)
		maybe(0.5, classification.Strengths, classification.Lower)
		maybe(0.3, classification.CapacityAndMotivation, classification.Lower)
	} else {
		r.CurrentFactors = d.fact(true)
		high := level >= classification.High
		r.Mitigated = d.fact(!high && g.chance(0.4))
		r.Stable = d.fact(!high && g.chance(0.5))
		maybe(0.4, classification.StaticFactors, classification.Raise)
		if high {
			add(classification.AcuteDynamicFactors, classification.Raise)
			maybe(0.4, classification.OtherHarmfulBehaviour, classification.Raise)
		} else {
			maybe(0.4, classification.AcuteDynamicFactors, classification.Raise)
		}
		if level == classification.VeryHigh {
			maybe(0.5, classification.SeekingOpportunities, classification.Raise)
		}
		maybe(0.4, classification.Strengths, classification.Lower)
		maybe(0.3, classification.CapacityAndMotivation, classification.Lower)
		maybe(0.15, classification.VictimArrangementsCompliance, classification.Lower)
	}
	if level < d.insp[rosh] && g.chance(noAccessLowered) {
		cs := []classification.Constraint{classification.Custody, classification.SchoolExclusion, classification.ChildProtection, classification.EndOfRelationship, classification.OtherConstraint}
		r.Considerations = append(r.Considerations, classification.Consideration{
			Type: classification.NoAccessToVictims, Use: classification.Lower, Constraint: cs[g.r.IntN(len(cs))],
		})
	}
	return r
}

// weighted is a list of texts with weights.
type weighted []struct {
	text   string
	weight int
}

func (w weighted) pick(r *rand.Rand) string {
	total := 0
	for _, x := range w {
		total += x.weight
	}
	n := r.IntN(total)
	for _, x := range w {
		if n -= x.weight; n < 0 {
			return x.text
		}
	}
	return w[len(w)-1].text
}

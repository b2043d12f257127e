package sampling

import (
	"strings"
	"sync"
)

// LookedAfter records the facts that decide, under question I 1.1 of the
// CARaG, whether a case is excluded from the inspection sample. Each field
// is a pointer: nil means the fact is not recorded (unknown), which is never
// read as false.
type LookedAfter struct {
	// LookedAfter is the answer to I 1.1: whether the child has been a
	// Looked after Child at any time during the sentence being inspected.
	LookedAfter *bool `json:"lookedAfter,omitempty"`
	// HomeService is whether the inspected service (the source says YOT)
	// is the child's home YOT.
	HomeService *bool `json:"homeService,omitempty"`
	// LivedOutsideArea is whether the child lived outside the area covered
	// by the inspected YOT for any part of the sentence being inspected.
	LivedOutsideArea *bool `json:"livedOutsideArea,omitempty"`
	// ResponsibleForAssessment is whether the inspected YOT has taken (or
	// has been) responsible for assessment of the child.
	ResponsibleForAssessment *bool `json:"responsibleForAssessment,omitempty"`
}

// Decision is the result of [CheckLookedAfter]: an outcome with the reason
// in words and the passage it rests on.
type Decision struct {
	// Outcome is Include, Exclude or Undetermined.
	Outcome Outcome `json:"outcome"`
	// Reason says in words why the outcome was reached, or, for
	// Undetermined, which facts are not recorded or that the source states
	// no outcome.
	Reason string `json:"reason"`
	// Notes holds anything else the reader should know, such as what the
	// source expects of the YOT.
	Notes []string `json:"notes,omitempty"`
	// Source cites the passage the decision rests on, for example "CARaG,
	// I 1.1 guidance, first bullet"; it starts with "inferred:" where the
	// package infers a rule the source does not state.
	Source string `json:"source"`
}

// fact indexes the four facts of LookedAfter.
type fact int

const (
	factLookedAfter fact = iota
	factHomeService
	factLivedOutsideArea
	factResponsibleForAssessment
	numFacts
)

var factDescriptions = [numFacts]string{
	factLookedAfter:              "whether the child has been a Looked after Child at any time during the sentence (lookedAfter, question I 1.1)",
	factHomeService:              "whether the inspected YOT is the child's home YOT (homeService)",
	factLivedOutsideArea:         "whether the child lived outside the area covered by the inspected YOT for any part of the sentence (livedOutsideArea)",
	factResponsibleForAssessment: "whether the inspected YOT has taken or been responsible for assessment of the child (responsibleForAssessment)",
}

var factNames = [numFacts]string{
	factLookedAfter:              "lookedAfter",
	factHomeService:              "homeService",
	factLivedOutsideArea:         "livedOutsideArea",
	factResponsibleForAssessment: "responsibleForAssessment",
}

// rule identifies the leaf of the I 1.1 decision tree that a complete set of
// facts reaches.
type rule int

const (
	ruleNotLookedAfter rule = iota
	ruleFirstBullet
	ruleSecondBullet
	ruleHomeOutsideNotResponsible
	ruleThirdBullet
	ruleNotHomeResponsible
	numRules
)

const (
	sourceGuidance   = "CARaG, I 1.1 guidance"
	expectationQuote = "to ensure that sufficient services are delivered by the host YOT to meet the needs of the child and the sentence"
)

var ruleOutcomes = [numRules]Outcome{
	ruleNotLookedAfter:            Include,
	ruleFirstBullet:               Include,
	ruleSecondBullet:              Include,
	ruleHomeOutsideNotResponsible: Undetermined,
	ruleThirdBullet:               Exclude,
	ruleNotHomeResponsible:        Undetermined,
}

var ruleSources = [numRules]string{
	ruleNotLookedAfter:            "inferred: the home/host check applies only to looked-after children (CARaG, I 1.1 guidance: \u201cIf the child is a Looked after Child, we check whether the YOT being inspected is acting as \u2018home\u2019 or \u2018host\u2019 for the child.\u201d)",
	ruleFirstBullet:               sourceGuidance + ", first bullet",
	ruleSecondBullet:              sourceGuidance + ", second bullet",
	ruleHomeOutsideNotResponsible: sourceGuidance + ", second bullet (states an outcome only where the YOT has taken responsibility for assessment)",
	ruleThirdBullet:               sourceGuidance + ", third bullet",
	ruleNotHomeResponsible:        sourceGuidance + ", third bullet (states an outcome only where the YOT has not been responsible for assessment)",
}

var ruleReasons = [numRules]string{
	ruleNotLookedAfter:            "The child has not been a Looked after Child during the sentence, so the home/host check does not apply: the case is inspected as normal.",
	ruleFirstBullet:               "The inspected YOT is the child's home YOT and the child lived in its area for the whole of the sentence: the case is inspected as normal.",
	ruleSecondBullet:              "The inspected YOT is the child's home YOT, the child lived outside its area for part of the sentence, and the YOT has taken responsibility for assessment: the case is inspected as normal.",
	ruleHomeOutsideNotResponsible: "The source states no outcome for a looked-after child whose inspected YOT is the home YOT, who lived outside its area for part of the sentence, and whose assessment the YOT has not taken responsibility for.",
	ruleThirdBullet:               "The inspected YOT is not the child's home YOT and has not been responsible for assessment: the case is excluded from the inspection sample.",
	ruleNotHomeResponsible:        "The source states no outcome for a looked-after child whose inspected YOT is not the home YOT but has been responsible for assessment.",
}

// ruleSummaries describes each leaf briefly, for listing possibilities.
var ruleSummaries = [numRules]string{
	ruleNotLookedAfter:            "include if the child was not looked after (inferred)",
	ruleFirstBullet:               "include if the home YOT and the child lived in its area all the sentence (first bullet)",
	ruleSecondBullet:              "include if the home YOT, the child lived outside its area for part of the sentence and the YOT took responsibility for assessment (second bullet)",
	ruleHomeOutsideNotResponsible: "no outcome stated if the home YOT, the child lived outside its area for part of the sentence and the YOT did not take responsibility for assessment",
	ruleThirdBullet:               "exclude if not the home YOT and not responsible for assessment (third bullet)",
	ruleNotHomeResponsible:        "no outcome stated if not the home YOT but responsible for assessment",
}

const personMustDecide = "A person must decide whether the case is inspected, or record the missing facts and check again."

// decide walks the decision tree of the I 1.1 guidance over fully known
// facts.
func decide(v [numFacts]bool) rule {
	switch {
	case !v[factLookedAfter]:
		return ruleNotLookedAfter
	case v[factHomeService] && !v[factLivedOutsideArea]:
		return ruleFirstBullet
	case v[factHomeService] && v[factResponsibleForAssessment]:
		return ruleSecondBullet
	case v[factHomeService]:
		return ruleHomeOutsideNotResponsible
	case !v[factResponsibleForAssessment]:
		return ruleThirdBullet
	default:
		return ruleNotHomeResponsible
	}
}

// pathComplete reports whether every fact that decide reads on its way to a
// leaf is known.
func pathComplete(known [numFacts]*bool) bool {
	la := known[factLookedAfter]
	if la == nil {
		return false
	}
	if !*la {
		return true
	}
	home := known[factHomeService]
	if home == nil {
		return false
	}
	if *home {
		out := known[factLivedOutsideArea]
		if out == nil {
			return false
		}
		if !*out {
			return true
		}
	}
	return known[factResponsibleForAssessment] != nil
}

// CheckLookedAfter applies the guidance to question I 1.1 of the CARaG and
// says whether the case is included in or excluded from the inspection
// sample.
//
// The decision table (nil facts not listed are not needed):
//
//	lookedAfter  homeService  livedOutsideArea  responsibleForAssessment  outcome
//	false        -            -                 -                         Include (inferred)
//	true         true         false             -                         Include (first bullet)
//	true         true         true              true                      Include (second bullet; expects the YOT to make sure the host delivers)
//	true         true         true              false                     Undetermined (source states no outcome)
//	true         false        -                 false                     Exclude (third bullet)
//	true         false        -                 true                      Undetermined (source states no outcome)
//
// Where a fact on the path is not recorded (nil), the outcome is settled
// only if every possible value of the unknown facts leads to the same
// Include or Exclude outcome (for example, a home YOT that has taken
// responsibility for assessment is inspected whether or not the child lived
// outside its area); such a decision is cited as "inferred:". Otherwise the
// outcome is Undetermined and the Reason names exactly the unknown facts
// the outcome depends on. The function never guesses.
func CheckLookedAfter(l LookedAfter) Decision {
	// The 81 combinations of unknown, false and true are decided once;
	// Notes is copied so that a caller cannot change the table.
	d := decisions()[tri(l.LookedAfter)+3*tri(l.HomeService)+9*tri(l.LivedOutsideArea)+27*tri(l.ResponsibleForAssessment)]
	if d.Notes != nil {
		d.Notes = append([]string(nil), d.Notes...)
	}
	return d
}

// tri numbers a fact: 0 unknown, 1 false, 2 true.
func tri(p *bool) int {
	switch {
	case p == nil:
		return 0
	case !*p:
		return 1
	}
	return 2
}

var decisions = sync.OnceValue(func() *[81]Decision {
	var t [81]Decision
	vals := [3]*bool{nil, new(bool), new(bool)}
	*vals[2] = true
	for i := range t {
		t[i] = checkLookedAfter(LookedAfter{vals[i%3], vals[i/3%3], vals[i/9%3], vals[i/27%3]})
	}
	return &t
})

// checkLookedAfter is the rule; CheckLookedAfter serves it from a table.
func checkLookedAfter(l LookedAfter) Decision {
	known := [numFacts]*bool{
		factLookedAfter:              l.LookedAfter,
		factHomeService:              l.HomeService,
		factLivedOutsideArea:         l.LivedOutsideArea,
		factResponsibleForAssessment: l.ResponsibleForAssessment,
	}
	if pathComplete(known) {
		// A fact not recorded is set false here only because decide never
		// reads it: pathComplete has checked that every fact on the path
		// is known.
		var v [numFacts]bool
		for i, p := range known {
			v[i] = p != nil && *p
		}
		return ruleDecision(decide(v))
	}
	return inferDecision(known)
}

// ruleDecision is the decision for a leaf reached with every needed fact
// known.
func ruleDecision(r rule) Decision {
	d := Decision{
		Outcome: ruleOutcomes[r],
		Reason:  ruleReasons[r],
		Source:  ruleSources[r],
	}
	switch r {
	case ruleSecondBullet:
		d.Notes = []string{"The source expects the YOT \u201c" + expectationQuote + "\u201d."}
	case ruleHomeOutsideNotResponsible, ruleNotHomeResponsible:
		d.Notes = []string{personMustDecide}
	}
	return d
}

// inferDecision considers every possible value of the unknown facts.
func inferDecision(known [numFacts]*bool) Decision {
	var unknown []fact
	for f, p := range known {
		if p == nil {
			unknown = append(unknown, fact(f))
		}
	}
	assign := func(mask int) [numFacts]bool {
		var v [numFacts]bool
		for f, p := range known {
			if p != nil {
				v[f] = *p
			}
		}
		for i, f := range unknown {
			v[f] = mask&(1<<i) != 0
		}
		return v
	}
	var reached [numRules]bool
	outcomes := map[Outcome]bool{}
	relevant := make([]bool, len(unknown))
	for mask := 0; mask < 1<<len(unknown); mask++ {
		r := decide(assign(mask))
		reached[r] = true
		outcomes[ruleOutcomes[r]] = true
		for i := range unknown {
			if ruleOutcomes[decide(assign(mask^(1<<i)))] != ruleOutcomes[r] {
				relevant[i] = true
			}
		}
	}

	var unknownNames []string
	for _, f := range unknown {
		unknownNames = append(unknownNames, factNames[f])
	}
	var sources []string
	for r := range numRules {
		if reached[r] {
			sources = append(sources, ruleSummaries[r])
		}
	}

	if len(outcomes) == 1 && !outcomes[Undetermined] {
		var o Outcome
		for k := range outcomes {
			o = k
		}
		verb := "inspected as normal"
		if o == Exclude {
			verb = "excluded from the inspection sample"
		}
		d := Decision{
			Outcome: o,
			Reason:  "The case is " + verb + " whatever the facts not recorded (" + strings.Join(unknownNames, ", ") + "): every possible value leads to the same outcome.",
			Source:  "inferred: every possible value of the facts not recorded leads to the same outcome (" + sourceGuidance + ": " + strings.Join(sources, "; ") + ")",
		}
		if reached[ruleSecondBullet] {
			d.Notes = append(d.Notes, "If the child lived outside the area covered by the YOT for any part of the sentence, the source expects the YOT \u201c"+expectationQuote+"\u201d.")
		}
		return d
	}

	var needed []string
	for i, f := range unknown {
		if relevant[i] {
			needed = append(needed, factDescriptions[f])
		}
	}
	d := Decision{
		Outcome: Undetermined,
		Source:  sourceGuidance,
	}
	switch len(needed) {
	case 0:
		d.Reason = "The source states no outcome for any possible value of the facts not recorded (" + strings.Join(unknownNames, ", ") + ")."
	case 1:
		d.Reason = "Not determined: the outcome depends on a fact that is not recorded: " + needed[0] + "."
	default:
		d.Reason = "Not determined: the outcome depends on facts that are not recorded: " + strings.Join(needed, "; ") + "."
	}
	d.Notes = []string{
		"Possible outcomes, depending on the facts not recorded: " + strings.Join(sources, "; ") + ".",
		personMustDecide,
	}
	return d
}

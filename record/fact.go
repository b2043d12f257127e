package record

import (
	"strconv"

	"github.com/yjinspect/yjinspect/internal/enum"
)

// This file is the one table of the facts of a case record: the yes/no
// facts, beyond the answers, that the summary rules and the exclusion rule
// of the CARaG read. Everything that reads or writes a fact (the decoders,
// the encoder, the schema, Clone, judgement's summary rules, moderation's
// comparison, the web form, the synthetic data) loops over this table.
//
// To add a fact: add its field to the struct of its object in case.go
// (with the json tag of its key), add its constant below, its row to
// factTable and its case to Fact.at, and run go generate ./... (the
// schema). TestFactTable checks that the row, the case and the struct
// agree.

// Fact names one yes/no fact of a case record, such as whether there are
// factors related to keeping the child safe. Each is optional in a record
// (*bool): nil when not recorded, which is unknown, never false. The zero
// value names no fact.
type Fact uint8

// The facts, in the order a record writes them.
const (
	// FactorsChildSafety: are there factors related to keeping the child
	// safe (the P2.S and D2.S rule)?
	FactorsChildSafety Fact = iota + 1
	// FactorsRiskOfHarm: are there factors related to risk of harm (the
	// P3.S and D3.S rule)?
	FactorsRiskOfHarm
	// ReviewingDesistance: was reviewing of desistance required (the R1.S
	// rule)?
	ReviewingDesistance
	// ReviewingChildSafety: was reviewing of safety and wellbeing required
	// (the R2.S rule)?
	ReviewingChildSafety
	// ReviewingRiskOfHarm: was reviewing of risk of harm required (the R3.S
	// rule)?
	ReviewingRiskOfHarm
	// LookedAfterHomeService: is the inspected service the looked-after
	// child's home service (the I1.1 guidance)?
	LookedAfterHomeService
	// LookedAfterLivedOutsideArea: did the child live outside the home
	// service's area for part of the sentence (the I1.1 guidance)?
	LookedAfterLivedOutsideArea
	// LookedAfterResponsibleForAssessment: did the home service take
	// responsibility for assessment (the I1.1 guidance)?
	LookedAfterResponsibleForAssessment
)

// factObject is one object of facts in a case record, such as "factors".
type factObject struct {
	name, about string
}

// factObjects are the objects that hold the facts, in the order a record
// writes them.
var factObjects = [...]factObject{
	{"factors", "Whether there are factors related to keeping the child safe and to risk of harm."},
	{"reviewingRequired", "Whether reviewing of desistance, safety and wellbeing, and risk of harm was required."},
	{"lookedAfter", "The home/host facts of the I1.1 guidance."},
}

// factRow describes one fact.
type factRow struct {
	object   int    // index into factObjects
	key      string // the fact's key in its object
	question string // the fact as a question, for people
	name     string // what the fact is about, in words
	none     string // the word for false: "none" for factors, "no" otherwise
}

// factTable is the one table of the facts, by Fact.
var factTable = [...]factRow{
	{},
	FactorsChildSafety: {0, "childSafety", "Are there factors related to keeping the child safe?",
		"factors related to keeping the child safe", "none"},
	FactorsRiskOfHarm: {0, "riskOfHarm", "Are there factors related to risk of harm?",
		"factors related to risk of harm", "none"},
	ReviewingDesistance: {1, "desistance", "Was reviewing of desistance required?",
		"reviewing of desistance required", "no"},
	ReviewingChildSafety: {1, "childSafety", "Was reviewing of safety and wellbeing required?",
		"reviewing of safety and wellbeing required", "no"},
	ReviewingRiskOfHarm: {1, "riskOfHarm", "Was reviewing of risk of harm required?",
		"reviewing of risk of harm required", "no"},
	LookedAfterHomeService: {2, "homeService", "Is the inspected service the child’s home service?",
		"inspected service the child's home service", "no"},
	LookedAfterLivedOutsideArea: {2, "livedOutsideArea", "Did the child live outside the service’s area for part of the sentence?",
		"child lived outside the home service's area for part of the sentence", "no"},
	LookedAfterResponsibleForAssessment: {2, "responsibleForAssessment", "Did the service take responsibility for assessment?",
		"home service responsible for assessment", "no"},
}

// Facts returns every fact, in the order a record writes them. The slice is
// the caller's own.
func Facts() []Fact {
	out := make([]Fact, len(factTable)-1)
	for i := range out {
		out[i] = Fact(i + 1)
	}
	return out
}

// LookupFact returns the fact at a path of JSON keys, such as
// "factors.childSafety", as Path gives it.
func LookupFact(path string) (Fact, bool) {
	for f := Fact(1); int(f) < len(factTable); f++ {
		if f.Path() == path {
			return f, true
		}
	}
	return 0, false
}

// valid reports whether f names a fact.
func (f Fact) valid() bool { return f > 0 && int(f) < len(factTable) }

// Path returns where the fact is in a case record, as a path of JSON keys:
// "factors.childSafety". It is "" for a value that names no fact.
func (f Fact) Path() string {
	if !f.valid() {
		return ""
	}
	return f.Object() + "." + factTable[f].key
}

// Object returns the key of the object that holds the fact in a case
// record: "factors", "reviewingRequired" or "lookedAfter".
func (f Fact) Object() string {
	if !f.valid() {
		return ""
	}
	return factObjects[factTable[f].object].name
}

// Key returns the fact's key in its object, e.g. "childSafety".
func (f Fact) Key() string {
	if !f.valid() {
		return ""
	}
	return factTable[f].key
}

// Question returns the fact as a question for people, e.g. "Are there
// factors related to keeping the child safe?".
func (f Fact) Question() string {
	if !f.valid() {
		return ""
	}
	return factTable[f].question
}

// RecordedFalse says in words what a record that gives the fact as false
// says, e.g. "factors related to keeping the child safe: recorded as none".
func (f Fact) RecordedFalse() string {
	if !f.valid() {
		return ""
	}
	return factTable[f].name + ": recorded as " + factTable[f].none
}

// String returns the fact's Path, or "Fact(9)" for a value that names no
// fact.
func (f Fact) String() string {
	if !f.valid() {
		return "Fact(" + strconv.Itoa(int(f)) + ")"
	}
	return f.Path()
}

// MarshalText returns the fact's Path. A value that names no fact is an
// error.
func (f Fact) MarshalText() ([]byte, error) {
	if !f.valid() {
		return nil, &enum.RangeError{Type: "record.Fact", Value: uint8(f)}
	}
	return []byte(f.Path()), nil
}

// UnmarshalText sets f from a fact's Path. On error f is left unchanged.
func (f *Fact) UnmarshalText(b []byte) error {
	v, ok := LookupFact(string(b))
	if !ok {
		return &enum.ParseError{Type: "record.Fact", Input: string(b), Reason: "not the path of a fact of a case record"}
	}
	*f = v
	return nil
}

// Get returns the fact as c records it, and whether it is recorded: a fact
// not recorded is unknown, never false.
func (f Fact) Get(c *Case) (value, recorded bool) {
	if !f.valid() || c == nil {
		return false, false
	}
	if p := *f.at(c); p != nil {
		return *p, true
	}
	return false, false
}

// Set records the fact in c: nil for not recorded. c keeps a copy of v. A
// value that names no fact changes nothing.
func (f Fact) Set(c *Case, v *bool) {
	if !f.valid() || c == nil {
		return
	}
	*f.at(c) = cloneBool(v)
}

// at returns the fact's field in c; f must name a fact. It is a switch, in
// place of a function in each row of factTable, so that the compiler sees
// that c does not escape: Judge reads a case's facts without allocating.
// TestFactTable checks that each case is the field its row's key names.
func (f Fact) at(c *Case) **bool {
	switch f {
	case FactorsChildSafety:
		return &c.Factors.ChildSafety
	case FactorsRiskOfHarm:
		return &c.Factors.RiskOfHarm
	case ReviewingDesistance:
		return &c.ReviewingRequired.Desistance
	case ReviewingChildSafety:
		return &c.ReviewingRequired.ChildSafety
	case ReviewingRiskOfHarm:
		return &c.ReviewingRequired.RiskOfHarm
	case LookedAfterHomeService:
		return &c.LookedAfter.HomeService
	case LookedAfterLivedOutsideArea:
		return &c.LookedAfter.LivedOutsideArea
	case LookedAfterResponsibleForAssessment:
		return &c.LookedAfter.ResponsibleForAssessment
	}
	return new(*bool) // no fact: a field of no case
}

// factsOf returns the facts held in the object of factObjects at index obj,
// in order.
func factsOf(obj int) []Fact {
	return factsByObject[obj]
}

// factsByObject holds each object's facts, in order.
var factsByObject = func() (out [len(factObjects)][]Fact) {
	for f := Fact(1); int(f) < len(factTable); f++ {
		o := factTable[f].object
		out[o] = append(out[o], f)
	}
	return out
}()

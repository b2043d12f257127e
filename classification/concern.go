package classification

// Concern is one of the ten key issues to which, according to the research
// bulletin post, the safety concerns relating to children and to other
// people were linked ("The safety concerns relating to the children
// themselves and to other people were often overlapping and intertwined,
// with links to the following ten key issues"). The zero value means not
// recorded. The constants are in the post's order.
type Concern uint8

// The ten key issues of the research bulletin post, in its order.
const (
	// Weapons: "carrying knives or other weapons".
	Weapons Concern = iota + 1
	// DrugPossession: "illegal drug possession".
	DrugPossession
	// SubstanceMisuse: "drug and alcohol misuse".
	SubstanceMisuse
	// AdversityAndTrauma: "adversity and trauma".
	AdversityAndTrauma
	// CareExperience: "care experience".
	CareExperience
	// CriminalExploitation: "criminal exploitation, including county
	// lines".
	CriminalExploitation
	// MentalHealth: "mental health issues".
	MentalHealth
	// DomesticAbuse: "domestic abuse".
	DomesticAbuse
	// FamilyIssues: "family issues".
	FamilyIssues
	// NegativePeers: "negative peer influences".
	NegativePeers
)

var concernEnum = enum{
	typ: "Concern",
	str: []string{
		"not recorded",
		"carrying knives or other weapons",
		"illegal drug possession",
		"drug and alcohol misuse",
		"adversity and trauma",
		"care experience",
		"criminal exploitation, including county lines",
		"mental health issues",
		"domestic abuse",
		"family issues",
		"negative peer influences",
	},
	text: []string{
		"",
		"weapons",
		"drug-possession",
		"substance-misuse",
		"adversity-trauma",
		"care-experience",
		"criminal-exploitation",
		"mental-health",
		"domestic-abuse",
		"family-issues",
		"negative-peers",
	},
}

// concernQuestions is this library's suggestion of the questions each
// concern bears on most; see Concern.SuggestedQuestions.
var concernQuestions = [...][]string{
	Weapons:              {"A2.2", "A3.1"},
	DrugPossession:       {"A2.2", "A3.1"},
	SubstanceMisuse:      {"A2.2", "A3.4"},
	AdversityAndTrauma:   {"A2.2"},
	CareExperience:       {"A2.2", "A2.3"},
	CriminalExploitation: {"A2.2", "A3.1"},
	MentalHealth:         {"A2.2", "A2.4"},
	DomesticAbuse:        {"A2.2", "A3.1"},
	FamilyIssues:         {"A2.2"},
	NegativePeers:        {"A2.2", "A3.1"},
}

// Concerns returns the ten concerns in the order of the research bulletin
// post. The slice is new on every call.
func Concerns() []Concern {
	out := make([]Concern, 0, len(concernEnum.text)-1)
	for i := 1; i < len(concernEnum.text); i++ {
		out = append(out, Concern(i))
	}
	return out
}

// ParseConcern parses the text form of a concern (e.g. "weapons",
// "criminal-exploitation") or the bulletin post's words (e.g. "carrying
// knives or other weapons"), in any case, with surrounding white space
// ignored and spaces or underscores accepted in place of hyphens. Anything
// else is an error of type [*ParseError].
func ParseConcern(s string) (Concern, error) {
	v, err := concernEnum.parse(s)
	return Concern(v), err
}

// Valid reports whether c is one of the ten concerns.
func (c Concern) Valid() bool { return concernEnum.valid(uint8(c)) }

// String returns the research bulletin post's words for the concern,
// exactly (e.g. "carrying knives or other weapons"; the full stop that
// ends the post's list is not part of the last item); "not recorded" for
// the zero value; "Concern(n)" for an out-of-range n.
func (c Concern) String() string { return concernEnum.string(uint8(c)) }

// MarshalText returns the stable text form, e.g. "weapons", and "" for the
// zero value. An out-of-range value is an error of type [*ValueError].
func (c Concern) MarshalText() ([]byte, error) { return concernEnum.marshal(uint8(c)) }

// UnmarshalText sets c from text accepted by [ParseConcern]; empty text
// sets the zero value. On error c is left unchanged.
func (c *Concern) UnmarshalText(text []byte) error {
	v, err := concernEnum.unmarshal(text)
	if err != nil {
		return err
	}
	if c == nil {
		return &ParseError{Type: "Concern", Input: string(text)}
	}
	*c = Concern(v)
	return nil
}

// SuggestedQuestions returns the canonical IDs of the inspection questions
// (e.g. "A2.2", "A3.1") that the concern most bears on. This is this
// library's suggestion, not the inspectorate's: neither the CARaG nor the
// research bulletin post links concerns to questions. It returns nil for a
// zero or out-of-range c, and a new slice on every call.
func (c Concern) SuggestedQuestions() []string {
	if !c.Valid() {
		return nil
	}
	return append([]string(nil), concernQuestions[c]...)
}

// Deficit is one of the common problems in assessing safety that, according
// to the research bulletin post, inspectors identified ("Inspectors
// identified a number of common problems"). The zero value means not
// recorded. The constants are in the post's order.
type Deficit uint8

// The seven common problems of the research bulletin post, in its order.
const (
	// RoSHUnderstanding: "a poor understanding of risk of serious harm".
	RoSHUnderstanding Deficit = iota + 1
	// IncompleteRisk: "a failure to note all elements of risk".
	IncompleteRisk
	// PartnerInformation: "an insufficient use of partner information".
	PartnerInformation
	// OverOptimism: "over-optimism about risks and contexts, with a
	// minimisation of serious events or underplaying factors linked to
	// risk of serious harm".
	OverOptimism
	// AcceptingAccount: "accepting the child’s account without seeking
	// further information or enacting professional curiosity".
	AcceptingAccount
	// OutOfDate: "assessments remaining out of date and not being reviewed
	// following new information and events".
	OutOfDate
	// FutureRisk: "too little or no consideration of future risks and the
	// potential for escalation".
	FutureRisk
)

var deficitEnum = enum{
	typ: "Deficit",
	str: []string{
		"not recorded",
		"a poor understanding of risk of serious harm",
		"a failure to note all elements of risk",
		"an insufficient use of partner information",
		"over-optimism about risks and contexts, with a minimisation of serious events or underplaying factors linked to risk of serious harm",
		"accepting the child\u2019s account without seeking further information or enacting professional curiosity",
		"assessments remaining out of date and not being reviewed following new information and events",
		"too little or no consideration of future risks and the potential for escalation",
	},
	text: []string{
		"",
		"rosh-understanding",
		"incomplete-risk",
		"partner-information",
		"over-optimism",
		"accepting-account",
		"out-of-date",
		"future-risk",
	},
}

// deficitQuestions is this library's suggestion of the questions each
// deficit bears on most; see Deficit.SuggestedQuestions.
var deficitQuestions = [...][]string{
	RoSHUnderstanding:  {"A3.1", "A3.4"},
	IncompleteRisk:     {"A2.2", "A3.1"},
	PartnerInformation: {"A2.3", "A3.2"},
	OverOptimism:       {"A3.4", "A3.reasonable"},
	AcceptingAccount:   {"A2.3", "A3.2"},
	OutOfDate:          {"R2.1", "R3.1"},
	FutureRisk:         {"A3.1", "A3.4"},
}

// Deficits returns the seven deficits in the order of the research
// bulletin post. The slice is new on every call.
func Deficits() []Deficit {
	out := make([]Deficit, 0, len(deficitEnum.text)-1)
	for i := 1; i < len(deficitEnum.text); i++ {
		out = append(out, Deficit(i))
	}
	return out
}

// ParseDeficit parses the text form of a deficit (e.g. "over-optimism",
// "out-of-date") or the bulletin post's words, in any case, with
// surrounding white space ignored, spaces or underscores accepted in place
// of hyphens, and an ASCII apostrophe accepted in place of the typographic
// one. Anything else is an error of type [*ParseError].
func ParseDeficit(s string) (Deficit, error) {
	v, err := deficitEnum.parse(s)
	return Deficit(v), err
}

// Valid reports whether d is one of the seven deficits.
func (d Deficit) Valid() bool { return deficitEnum.valid(uint8(d)) }

// String returns the research bulletin post's words for the deficit,
// exactly (with the post's typographic apostrophe in "child’s"; the full
// stop that ends the post's list is not part of the last item); "not
// recorded" for the zero value; "Deficit(n)" for an out-of-range n.
func (d Deficit) String() string { return deficitEnum.string(uint8(d)) }

// MarshalText returns the stable text form, e.g. "over-optimism", and ""
// for the zero value. An out-of-range value is an error of type
// [*ValueError].
func (d Deficit) MarshalText() ([]byte, error) { return deficitEnum.marshal(uint8(d)) }

// UnmarshalText sets d from text accepted by [ParseDeficit]; empty text
// sets the zero value. On error d is left unchanged.
func (d *Deficit) UnmarshalText(text []byte) error {
	v, err := deficitEnum.unmarshal(text)
	if err != nil {
		return err
	}
	if d == nil {
		return &ParseError{Type: "Deficit", Input: string(text)}
	}
	*d = Deficit(v)
	return nil
}

// SuggestedQuestions returns the canonical IDs of the inspection questions
// (e.g. "A3.4", "R3.1") that the deficit most bears on. This is this
// library's suggestion, not the inspectorate's: neither the CARaG nor the
// research bulletin post links deficits to questions. It returns nil for a
// zero or out-of-range d, and a new slice on every call.
func (d Deficit) SuggestedQuestions() []string {
	if !d.Valid() {
		return nil
	}
	return append([]string(nil), deficitQuestions[d]...)
}

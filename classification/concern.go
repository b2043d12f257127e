package classification

import "github.com/yjinspect/yjinspect/internal/enum"

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

var concerns = enum.New[Concern]("classification.Concern",
	enum.Row{Token: "weapons", Label: "carrying knives or other weapons"},
	enum.Row{Token: "drug-possession", Label: "illegal drug possession"},
	enum.Row{Token: "substance-misuse", Label: "drug and alcohol misuse"},
	enum.Row{Token: "adversity-trauma", Label: "adversity and trauma"},
	enum.Row{Token: "care-experience", Label: "care experience"},
	enum.Row{Token: "criminal-exploitation", Label: "criminal exploitation, including county lines"},
	enum.Row{Token: "mental-health", Label: "mental health issues"},
	enum.Row{Token: "domestic-abuse", Label: "domestic abuse"},
	enum.Row{Token: "family-issues", Label: "family issues"},
	enum.Row{Token: "negative-peers", Label: "negative peer influences"},
)

// Concerns returns the ten concerns in the order of the research bulletin
// post. The slice is new on every call.
func Concerns() []Concern { return concerns.Values() }

// ParseConcern parses a concern's token (e.g. "weapons",
// "criminal-exploitation") or the bulletin post's words (e.g. "carrying
// knives or other weapons"), in any ASCII case, with spaces, hyphens or
// underscores alike and surrounding space ignored. Anything else is an
// error that quotes the input.
func ParseConcern(s string) (Concern, error) { return concerns.Parse(s) }

// String returns the concern's token, e.g. "weapons" ("" for the zero
// value).
func (c Concern) String() string { return concerns.String(c) }

// Label returns the research bulletin post's words for the concern,
// exactly (e.g. "carrying knives or other weapons"; the full stop that ends
// the post's list is not part of the last item).
func (c Concern) Label() string { return concerns.Label(c) }

// MarshalText returns the token, "" for the zero value. A value out of
// range is an error.
func (c Concern) MarshalText() ([]byte, error) { return concerns.MarshalText(c) }

// UnmarshalText sets c from text ParseConcern accepts; empty text sets the
// zero value. On error c is left unchanged.
func (c *Concern) UnmarshalText(text []byte) error { return concerns.UnmarshalText(c, text) }

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

var deficits = enum.New[Deficit]("classification.Deficit",
	enum.Row{Token: "rosh-understanding", Label: "a poor understanding of risk of serious harm"},
	enum.Row{Token: "incomplete-risk", Label: "a failure to note all elements of risk"},
	enum.Row{Token: "partner-information", Label: "an insufficient use of partner information"},
	enum.Row{Token: "over-optimism", Label: "over-optimism about risks and contexts, with a minimisation of serious events or underplaying factors linked to risk of serious harm"},
	enum.Row{Token: "accepting-account", Label: "accepting the child\u2019s account without seeking further information or enacting professional curiosity"},
	enum.Row{Token: "out-of-date", Label: "assessments remaining out of date and not being reviewed following new information and events"},
	enum.Row{Token: "future-risk", Label: "too little or no consideration of future risks and the potential for escalation"},
)

// Deficits returns the seven deficits in the order of the research
// bulletin post. The slice is new on every call.
func Deficits() []Deficit { return deficits.Values() }

// ParseDeficit parses a deficit's token (e.g. "over-optimism",
// "out-of-date") or the bulletin post's words, in any ASCII case, with
// spaces, hyphens or underscores alike, surrounding space ignored, and an
// ASCII apostrophe accepted in place of the typographic one. Anything else
// is an error that quotes the input.
func ParseDeficit(s string) (Deficit, error) { return deficits.Parse(s) }

// String returns the deficit's token, e.g. "over-optimism" ("" for the zero
// value).
func (d Deficit) String() string { return deficits.String(d) }

// Label returns the research bulletin post's words for the deficit,
// exactly (with the post's typographic apostrophe in "child’s"; the full
// stop that ends the post's list is not part of the last item).
func (d Deficit) Label() string { return deficits.Label(d) }

// MarshalText returns the token, "" for the zero value. A value out of
// range is an error.
func (d Deficit) MarshalText() ([]byte, error) { return deficits.MarshalText(d) }

// UnmarshalText sets d from text ParseDeficit accepts; empty text sets the
// zero value. On error d is left unchanged.
func (d *Deficit) UnmarshalText(text []byte) error { return deficits.UnmarshalText(d, text) }

package synthetic

import (
	"github.com/yjinspect/yjinspect/classification"
	"github.com/yjinspect/yjinspect/framework"
)

// This file is the one place that holds the generator's assumptions: every
// number below is this package's own choice, made so that the data look
// plausible, and none is a published figure except the two targets marked
// "bulletin". The package doc's "Assumptions" section says the same in
// words; change both together.

// The bulletin's figures (the research bulletin post, September 2022).
const (
	// bulletinInspections is the number of inspections in the bulletin's
	// data: 43.
	bulletinInspections = 43
	// bulletinCases is the number of case assessments in the bulletin's
	// data: 1,945.
	bulletinCases = 1945
	// bulletinHighSafetyAndWellbeing is the share of cases the inspectors
	// classified High or Very high for safety and wellbeing: 31%.
	bulletinHighSafetyAndWellbeing = 0.31
	// bulletinHighRiskOfSeriousHarm is the share of cases the inspectors
	// classified High or Very high for risk of serious harm: 19%.
	bulletinHighRiskOfSeriousHarm = 0.19
)

// pcgStream is the second word of the PCG state: Generate seeds
// rand.NewPCG(cfg.Seed, pcgStream).
const pcgStream = 0x796a696e73706563 // "yjinspec"

// Inspection sizes: each inspection gets at least minCases (or
// Cases/Inspections when that is fewer); the rest is shared out in
// proportion to log-normal weights exp(sizeSpread·N(0,1)).
const (
	minCases   = 8
	sizeSpread = 0.4
)

// levelShares are the inspector's levels on each scale, Low to Very high.
// High plus Very high are the bulletin's 31% and 19%; the split between Low
// and Medium and between High and Very high is assumed. The levels are
// assigned by rank of a latent score, so a dataset's shares are these
// exactly (to the nearest case).
var levelShares = [2][4]float64{
	{0.24, 0.45, 0.24, 0.07}, // safety and wellbeing
	{0.38, 0.43, 0.15, 0.04}, // risk of serious harm
}

// Latent concern scores: per case a standard normal score on each scale,
// correlated by scaleCorrelation, plus a per-inspection shift with standard
// deviation inspectionShift (some services have needier caseloads).
const (
	scaleCorrelation = 0.5
	inspectionShift  = 0.3
)

// Case manager's classification, by the inspector's level (index Low=0 ..
// Very high=3): the chance the case manager's level is lower (underChance)
// or higher (overChance). A difference is two levels where possible with
// chance twoSteps. Under-classification is scaled by exp(-underQuality·q)
// for an inspection of quality q. Overall about 20% differ, about four in
// five of them lower.
var (
	underChance = [4]float64{0, 0.19, 0.27, 0.32}
	overChance  = [4]float64{0.05, 0.04, 0.03, 0}
)

const (
	twoSteps     = 0.08
	underQuality = 0.5
)

// nearBoundary is the chance the case is recorded as close to the boundary
// between two levels: nearSame where the levels agree, nearOneStep where
// they are one level apart (never where two or more apart).
const (
	nearSame    = 0.15
	nearOneStep = 0.6
)

// reasonableYes is the chance the inspector answers Yes where
// classification.CheckReasonable leaves it to the inspector (one level
// apart, near a boundary): lower for an under-classification than for an
// over-classification.
const (
	reasonableYesUnder = 0.45
	reasonableYesOver  = 0.7
)

// Facts. noFactors is the chance there are no factors on a scale, given that
// the inspector and the case manager both classify it Low (otherwise there
// always are). noReviewing is the chance no reviewing was required:
// desistance, and of safety and wellbeing or risk of harm with factors on
// that scale (…WithFactors) or without (…NoFactors).
var noFactors = [2]float64{0.55, 0.6}

const (
	noReviewingDesistance  = 0.1
	noReviewingWithFactors = 0.06
	noReviewingNoFactors   = 0.6
)

// The child. lookedAfterBase + lookedAfterPerLevel per safety and wellbeing
// level above Low (about 17% overall); disability (I1.9 yes).
const (
	lookedAfterBase     = 0.12
	lookedAfterPerLevel = 0.04
	disabilityChance    = 0.25
)

// lookedAfterFacts are the home/host facts of a looked-after child, with
// their chances (summing to 1): home service in the area all the sentence;
// home service, outside the area part of it, responsible for assessment;
// not the home service and not responsible (excluded by the I1.1 guidance);
// home service outside the area not responsible (undetermined); facts not
// recorded (undetermined).
var lookedAfterFacts = []struct {
	chance                     float64
	home, outside, responsible *bool
}{
	{0.72, fact(true), fact(false), fact(true)},
	{0.12, fact(true), fact(true), fact(true)},
	{0.11, fact(false), fact(false), fact(false)},
	{0.03, fact(true), fact(true), fact(false)},
	{0.02, nil, nil, nil},
}

// The free-text answers about the child, with weights.
var (
	genders    = weighted{{"Male", 84}, {"Female", 15}, {"Not stated", 1}}
	ethnicity  = weighted{{"White British", 66}, {"White Other", 4}, {"Black or Black British", 11}, {"Asian or Asian British", 7}, {"Mixed or multiple ethnic groups", 9}, {"Other ethnic group", 2}, {"Not stated", 1}}
	languages  = weighted{{"English", 95}, {"Welsh", 2}, {"Polish", 1}, {"Urdu", 1}, {"Arabic", 1}}
	religions  = weighted{{"No religion", 55}, {"Christian", 24}, {"Muslim", 12}, {"Sikh", 1}, {"Hindu", 1}, {"Other religion", 1}, {"Not stated", 6}}
	identities = weighted{{"Heterosexual", 80}, {"Not stated", 15}, {"Bisexual", 3}, {"Gay or lesbian", 2}}
	impacts    = weighted{
		{"Learning difficulty: written material needs to be explained", 30},
		{"ADHD: shorter sessions help engagement", 30},
		{"Speech, language and communication needs: plain language used", 20},
		{"Autism: changes to routine need planning", 15},
		{"Hearing impairment: adjustments needed in sessions", 5},
	}
)

// Quality. Each inspection has a quality q ~ N(0, inspectionQuality) and
// each case one ~ N(0, caseQuality); each key question of a case adds noise
// ~ N(0, questionNoise). The chance a key question is judged Yes (where no
// rule decides it) is logistic(keyQuestionBase + q(inspection) + q(case) +
// noise − levelPenalty·(level above Low on the scale the key question is
// about; the mean of both for desistance) − the penalties below).
const (
	inspectionQuality = 0.45
	caseQuality       = 0.6
	questionNoise     = 0.4
	levelPenalty      = 0.25
	// unreasonablePenalty applies to A2 and A3 when the classification is
	// judged not reasonable; underPenalty to the planning, delivery and
	// reviewing of a scale the case manager under-classified.
	unreasonablePenalty = 1.8
	underPenalty        = 0.4
)

// keyQuestionBase is the logit of the chance of Yes, by key question: lower
// for keeping the child and other people safe than for desistance.
var keyQuestionBase = map[framework.ID]float64{
	"A1": 1.75, "A2": 1.25, "A3": 0.95,
	"P1": 1.6, "P2": 0.9, "P3": 0.55,
	"D1": 1.9, "D2": 1.05, "D3": 0.7,
	"R1": 1.1, "R2": 0.65, "R3": 0.4,
}

// Prompts, given the summary: with a Yes summary each prompt is Yes with
// promptYes (promptYesDiversity for the diversity prompts), and never more
// No than Yes; with a No summary each is No with promptNo, and at least one
// is No. Prompts that may not apply are n/a: the victim prompts (A1.6,
// P1.5; P3.3 and D3.2 only where risk of serious harm is Low too) where
// there is no identified victim (hasVictim, more likely with RoSH above
// Low), and the other-agency prompts (P2.2, D2.2; P3.2, D3.3) with chance
// agenciesNA where the level on the scale is Low.
const (
	promptYes          = 0.92
	promptYesDiversity = 0.85
	promptNo           = 0.45
	hasVictimLow       = 0.6
	hasVictimHigher    = 0.8
	agenciesNA         = 0.3
)

// Information questions: a written record (A1.10, A2.9, A3.11) after a Yes
// or a No summary; proportionate planning (P1.8); enforcement (D1.10,
// n/a where none was needed); a written review (R1.6, R2.4, R3.5; n/a where
// no reviewing was required); access to services (O2.1-O2.3; n/a for
// safety or harm where there are no factors).
const (
	recordAfterYes     = 0.93
	recordAfterNo      = 0.7
	proportionateYes   = 0.95
	proportionateNo    = 0.75
	enforcementNA      = 0.55
	enforcementYes     = 0.8
	reviewAfterYes     = 0.88
	reviewAfterNo      = 0.55
	servicesAccessible = 0.82
)

// concernModel is, per concern (in classification.Concerns order), the logit
// of its chance at Low on both scales and its rise per level above Low on
// safety and wellbeing and on risk of serious harm. Care experience follows
// the answer to I1.1 instead: careLookedAfter for a looked-after child.
// A case with no factors on either scale has no concerns but care
// experience.
var concernModel = [...]struct{ base, perSW, perRoSH float64 }{
	classification.Weapons:              {-2.6, 0.2, 0.8},
	classification.DrugPossession:       {-2.0, 0.2, 0.5},
	classification.SubstanceMisuse:      {-1.4, 0.6, 0.2},
	classification.AdversityAndTrauma:   {-1.0, 0.7, 0.1},
	classification.CareExperience:       {-2.5, 0.4, 0},
	classification.CriminalExploitation: {-2.8, 0.8, 0.4},
	classification.MentalHealth:         {-1.3, 0.6, 0},
	classification.DomesticAbuse:        {-1.8, 0.4, 0.3},
	classification.FamilyIssues:         {-0.8, 0.5, 0},
	classification.NegativePeers:        {-1.0, 0.3, 0.4},
}

const careLookedAfter = 0.85

// deficitModel is, per deficit (in classification.Deficits order), the
// logit of its chance, its rise where the case manager under-classified
// either scale, and its rise where the assessment of safety (A2.S or A3.S)
// is judged No.
var deficitModel = [...]struct{ base, under, weak float64 }{
	classification.RoSHUnderstanding:  {-3.4, 2.2, 0.9},
	classification.IncompleteRisk:     {-3.0, 1.6, 1.1},
	classification.PartnerInformation: {-3.2, 1.4, 1.1},
	classification.OverOptimism:       {-3.3, 2.2, 0.8},
	classification.AcceptingAccount:   {-3.4, 1.6, 0.8},
	classification.OutOfDate:          {-3.2, 1.2, 0.8},
	classification.FutureRisk:         {-3.3, 1.6, 0.9},
}

// RoSH rationale: recorded with chance rationaleChance; where the case
// manager under-classified risk of serious harm, it uses the absence of
// immediate access to victims to lower the level with chance
// noAccessLowered (a practice the source warns against).
const (
	rationaleChance = 0.35
	noAccessLowered = 0.3
)

// Second readings (SecondReadings). The second reader departs from the
// first reading on each judgement with the caller's chance (the
// disagreement rate); these are the generator's own choices of how.
const (
	// secondStream is mixed with a hash of the case ID into the second word
	// of the PCG state, so that each case's second reading has its own
	// stream.
	secondStream = 0x7365636f6e64 // "second"
	// secondLevelUp is the chance that a moved level moves up rather than
	// down (where it can move either way): second readers are assumed to
	// err in both directions alike.
	secondLevelUp = 0.5
)

package judgement

// This file holds the findings: the one table of the kinds of finding
// (findingKinds, which FindingKinds returns and the package doc, the README
// and the web form show), the words of each finding, worked out once, and
// the checks of the classifications. To add a finding, add its row to
// findingKinds (its severity is given there and nowhere else), its message
// here and its check to Judge, then run go generate ./judgement; for a
// finding of classification.CheckRoSH, declare its classification.RoSHCode
// in classification/rosh.go and refer to it in its row.

import (
	"slices"

	"github.com/yjinspect/yjinspect/classification"
	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/internal/enum"
	"github.com/yjinspect/yjinspect/record"
)

// Finding is something Judge finds wrong or odd in a case.
type Finding struct {
	// Severity is Error where the record breaks a rule the source states,
	// Warning where the source asks the inspector to weigh something or the
	// check is the library's own: the severity of the finding's code in
	// FindingKinds.
	Severity Severity `json:"severity"`
	// Code is the finding's stable code, a token such as
	// "summary-contradicts-rule": tools and tests may store it or match on
	// it. FindingKinds lists every code once.
	Code string `json:"code"`
	// Question is the question the finding is about, for showing it next to
	// that question.
	Question framework.ID `json:"question,omitempty"`
	// Message says what is wrong in words, quoting the sentence of the
	// source it rests on, or saying that the check is the library's own. It
	// never includes the record's free text.
	Message string `json:"message"`
}

// Severity is how strong a finding is, by one rule across the library. The
// zero value means not recorded. Warning < Error.
type Severity uint8

// The severities of findings.
const (
	// Warning: the source asks the inspector to weigh something, or the
	// check is the library's own (and its message says so).
	Warning Severity = iota + 1
	// Error: the record breaks a rule the source states.
	Error
)

var severities = enum.New[Severity]("judgement.Severity",
	enum.Row{Token: "warning", Label: "Warning"},
	enum.Row{Token: "error", Label: "Error"},
)

// ParseSeverity parses "warning" or "error", in any ASCII case, with
// surrounding space ignored. Anything else is an error that quotes the
// input.
func ParseSeverity(s string) (Severity, error) { return severities.Parse(s) }

// String returns "warning" or "error" ("" for the zero value).
func (s Severity) String() string { return severities.String(s) }

// Label returns "Warning" or "Error".
func (s Severity) Label() string { return severities.Label(s) }

// MarshalText returns the token, "" for the zero value. A value out of
// range is an error.
func (s Severity) MarshalText() ([]byte, error) { return severities.MarshalText(s) }

// UnmarshalText sets s from text ParseSeverity accepts; empty text sets the
// zero value. On error s is left unchanged.
func (s *Severity) UnmarshalText(text []byte) error { return severities.UnmarshalText(s, text) }

// The codes of Judge's own findings; CheckRoSH's are classification.RoSHCode
// constants.
const (
	codeSummaryUndecided                = "summary-undecided"
	codeSummaryContradictsRule          = "summary-contradicts-rule"
	codeSummaryNotApplicable            = "summary-not-applicable"
	codeSummaryYesPromptsNo             = "summary-yes-prompts-no"
	codeSummaryNoPromptsYes             = "summary-no-prompts-yes"
	codeAnswerMissing                   = "answer-missing"
	codeClassificationMissing           = "classification-missing"
	codeFactorsContradictClassification = "factors-contradict-classification"
	codeFactorsContradictCaseManager    = "factors-contradict-case-manager"
	codeReasonableDisagrees             = "reasonable-disagrees"
	codeWrittenRecordNotApplicable      = "written-record-not-applicable"
	codeRoSHLevelDiffers                = "rosh-level-differs"
	codeReviewingNotRequired            = "reviewing-not-required-with-factors"
	codeR34NoWhileR32Yes                = "reviewing-input-yes-adjustments-no"
	codeP34NotApplicable                = "interventions-not-applicable-with-factors"
	codeRationaleContradictsFactors     = "rosh-rationale-contradicts-factors"
	codeCaseExcluded                    = "case-excluded"
	codeExclusionUndetermined           = "exclusion-undetermined"
)

// FindingKind is one kind of finding: its code, its severity, the question
// it is about, and the sentence of the CARaG it rests on or, for a check of
// the library's own, why the library makes it. Exactly one of Source and
// LibraryCheck is set.
type FindingKind struct {
	// Code is the finding's stable code.
	Code string `json:"code"`
	// Title names the finding in plain words, for people ("Prompt not
	// answered"); reports show it before the code.
	Title string `json:"title"`
	// Severity is Error only where the record breaks a rule the source
	// states; Warning where the source asks the inspector to weigh
	// something, and for the library's own checks. This table is the one
	// place that gives a code its severity: Judge reports every finding of
	// the code with it.
	Severity Severity `json:"severity"`
	// Question is the question the finding is about: an ID ("I1.1"), a
	// choice of IDs ("A2.5 or A3.4") or "the summary judgement".
	Question string `json:"question"`
	// When says when the finding is made.
	When string `json:"when"`
	// Source quotes, word for word, the sentences of the CARaG the finding
	// rests on, each with its place: `CARaG, A 3.4 guidance, nature of
	// risk: “Absence of immediate access to victims, ...”`.
	Source []string `json:"source,omitempty"`
	// LibraryCheck says why the library makes a check that no sentence of
	// the CARaG states (the finding's message says it is the library's
	// check).
	LibraryCheck string `json:"libraryCheck,omitempty"`
}

// FindingKinds returns every kind of finding of Judge, and of
// classification.CheckRoSH, whose findings Judge reports: the one list of
// finding codes, with their severities and what each rests on. The package
// doc, the README and the web form show it. The slice is the caller's own.
func FindingKinds() []FindingKind {
	out := slices.Clone(findingKinds)
	for i := range out {
		out[i].Source = slices.Clone(out[i].Source)
	}
	return out
}

// severityOf gives each code its severity, from findingKinds.
var severityOf = func() map[string]Severity {
	m := make(map[string]Severity, len(findingKinds))
	for _, k := range findingKinds {
		m[k.Code] = k.Severity
	}
	return m
}()

// finding makes a finding of a code, with the code's severity.
func finding(code string, question framework.ID, message string) Finding {
	return Finding{severityOf[code], code, question, message}
}

// kindOf returns the row of a code, if it has one.
func kindOf(c string) (FindingKind, bool) {
	i := slices.IndexFunc(findingKinds, func(k FindingKind) bool { return k.Code == c })
	if i < 0 {
		return FindingKind{}, false
	}
	return findingKinds[i], true
}

// The sentences of the CARaG the findings quote, word for word (line breaks
// of the printed text joined with a space). A test finds each in the
// source.
const (
	srcKey           = "The answers to these questions directly influence the summary judgement at key question level."
	srcEveryCaseSW   = "Every case should have a classification of safety and wellbeing; this should be recorded accurately and consistently."
	srcEveryCaseRoSH = "Every case should have a classification for risk of serious harm, and this should be recorded accurately and consistently."
	srcQuestionSW    = "Is the case manager’s classification of the level of safety and wellbeing reasonable?"
	srcQuestionRoSH  = "Is the case manager’s classification of the level of risk of serious harm reasonable?"
	srcCloseSW       = "In cases close to a boundary between classification levels, inspectors will consider whether the case manager’s classification was reasonable, in the context of all the information available to them at the time."
	srcCloseRoSH     = "In cases close to a boundary between classification levels, inspectors will consider whether the case manager’s classification was reasonable in the context of all the information available to them at the time."
	srcFineSW        = "We recognise that the precise level of safety and wellbeing is a point on a continuum, and that for cases close to the boundary between two levels, it is a fine judgement about the actual level to be assigned."
	srcFineRoSH      = "We recognise that the precise level of risk of serious harm is a point on a continuum, and that for cases close to the boundary between two levels, it is a fine judgement about the actual level to be assigned."
	srcWrittenSW     = "Even in cases where there are no factors related to safety and wellbeing, or the level of safety and wellbeing risk is correctly judged to be low, there should be a clear written explanation of this."
	srcWrittenRoSH   = "Even in cases where there are no factors related to risk of harm, or the level of risk of serious harm is correctly judged to be low, there should be a clear written record of this."
	srcExclude       = "If the inspected YOT is not the home YOT for the child, and has not been responsible for assessment, we exclude the case from the inspection sample."
	srcLowMayBe      = "If there are no factors at all that indicate the potential for seriously harmful behaviour, or where there are factors that indicate the potential for some harmful behaviour, and there is good evidence that those factors are mitigated by a combination of internal and external factors, and the circumstances of the child are stable and likely to remain so, an assessment of low risk of serious harm (RoSH) may be appropriate."
	srcReviewSafety  = "Ongoing contact should actively monitor and review factors related to the child’s safety; we expect case managers to be proactive and curious."
	srcReviewHarm    = "HM Inspectorate of Probation expects all factors relevant to risk of harm to be reviewed (not just factors related to risk of serious harm)."
	srcReviewLow     = "We expect to see ongoing reviewing of risk of harm even in cases where the assessed level of risk of harm is low."
	srcR32No         = "This question will be answered ‘No’ if there is a lack of professional curiosity, if the risk presented by the child is seen in isolation from other agencies and or if reviewing does not lead to necessary action."
	srcP34Some       = "All cases where there are active factors related to risk of harm should have at least some constructive interventions."
	srcP3PlanAll     = "HM Inspectorate of Probation expects all factors relevant to risk of harm to be planned for (not just factors related to risk of serious harm)."
	srcAllFactors    = "While we do expect all factors relevant to risk of harm to be identified and analysed, when assessing the level of risk of harm, we are looking at the level of risk of serious harm."
	srcCategorise    = "We do not set a specific model for this assessment tool, but the assessment should identify the factors that impact on the child’s risk of harm to others, and there should be a clear categorisation and a rationale for that decision."
	srcWrittenGuides = "A clear, written assessment guides the management of the case, and allows others to access key information if required to keep the child safe."
	srcNoAccess      = "Absence of immediate access to victims, whether by custody, school exclusion, child protection arrangements or the ending of a relationship, or other external constraints, is not in itself a reason to lower the assessed level of RoSH."
)

// quote gives a sentence with its place, as FindingKind.Source holds it.
func quote(place, sentence string) string { return "CARaG, " + place + ": “" + sentence + "”" }

// libraryCheck is how a message says that its check is the library's own.
const libraryCheck = " This is the library's check, not a rule of the CARaG."

// findingKinds is the one table of the kinds of finding, in the order Judge
// reports them: the summary judgements, the classifications, the RoSH
// rationale, the exclusion decision.
var findingKinds = []FindingKind{
	{
		Code: codeSummaryUndecided, Title: "Summary judgement not recorded", Severity: Warning, Question: "the summary judgement",
		When:         "no rule of the source decides the summary and no summary is recorded",
		LibraryCheck: "the CARaG states no rule for a summary left unanswered; the library checks that the record is complete, since a rating counts each key question's summary judgement",
	},
	{
		Code: codeSummaryContradictsRule, Title: "Summary judgement goes against the source's rule", Severity: Error, Question: "the summary judgement",
		When:   "a rule of the source decides the summary (its fact is recorded as false) but the recorded summary is not Yes; the rule's Yes stands",
		Source: ruleQuotes(),
	},
	{
		Code: codeSummaryNotApplicable, Title: "Summary judgement recorded as n/a", Severity: Warning, Question: "the summary judgement",
		When:         "the summary is recorded n/a; the recorded answer stands",
		LibraryCheck: "the CARaG gives no n/a for a summary judgement: where there is nothing to judge, the rules of P2, P3, D2, D3, R1, R2 and R3 answer Yes, and A1, A2, A3, P1 and D1 have no such rule",
	},
	{
		Code: codeSummaryYesPromptsNo, Title: "Summary Yes, though more prompts are No than Yes", Severity: Warning, Question: "the summary judgement",
		When:   "the summary is Yes while more of the key question's prompts are answered No than Yes; the inspector's judgement stands",
		Source: []string{quote("key, dark grey background", srcKey)},
	},
	{
		Code: codeSummaryNoPromptsYes, Title: "Summary No, though no prompt is No", Severity: Warning, Question: "the summary judgement",
		When:   "the summary is No while every prompt is answered and none No; the inspector's judgement stands (a particular omission may be enough for No)",
		Source: []string{quote("key, dark grey background", srcKey)},
	},
	{
		Code: codeAnswerMissing, Title: "Prompt not answered", Severity: Warning, Question: "the prompt",
		When:         "a prompt of a key question that no rule decides has no answer",
		LibraryCheck: "the CARaG states no rule for a prompt left unanswered; the library checks that the record is complete (n/a is the answer where a prompt does not apply)",
	},
	{
		Code: codeClassificationMissing, Title: "Case manager's classification not recorded", Severity: Error, Question: "A2.5 or A3.4",
		When:   "the case manager's classification is not recorded",
		Source: []string{quote("A 2.5 guidance", srcEveryCaseSW), quote("A 3.4 guidance", srcEveryCaseRoSH)},
	},
	{
		Code: codeFactorsContradictClassification, Title: "Inspector's level above Low with no factors recorded", Severity: Warning, Question: "A2.5 or A3.4",
		When:         "no factors related to keeping the child safe (or to risk of harm) are recorded, yet the inspector's level is Medium or higher",
		LibraryCheck: "no sentence of the CARaG ties the factors to the level; the library reasons from the definitions under A 2.5 and A 3.4, where Low is “no specific behaviours, events or people likely to cause an adverse outcome” and Medium means that concerns “have been identified”",
	},
	{
		Code: codeFactorsContradictCaseManager, Title: "Case manager's level above Low with no factors recorded", Severity: Warning, Question: "A2.5 or A3.4",
		When:         "the same, for the case manager's level",
		LibraryCheck: "as for factors-contradict-classification: the library reasons from the definitions of Low and Medium under A 2.5 and A 3.4",
	},
	{
		Code: codeReasonableDisagrees, Title: "Answer on reasonableness disagrees with the levels", Severity: Warning, Question: "A2.reasonable or A3.reasonable",
		When: "the answer disagrees with classification.CheckReasonable where that gives a definite outcome: No with the same levels, or Yes with levels two or more apart, or one apart where the case is recorded as not close to a boundary or close to one the two levels are not either side of; the inspector's answer stands",
		Source: []string{
			quote("A2.reasonable, the question after A 2.5", srcQuestionSW),
			quote("A2.reasonable guidance", srcCloseSW), quote("A2.reasonable guidance", srcFineSW),
			quote("A3.reasonable, the question after A 3.4", srcQuestionRoSH),
			quote("A3.reasonable guidance", srcCloseRoSH), quote("A3.reasonable guidance", srcFineRoSH),
		},
	},
	{
		Code: codeWrittenRecordNotApplicable, Title: "Written record answered n/a", Severity: Error, Question: "A2.9 or A3.11",
		When:   "the written record question is answered n/a: the source expects a clear written record in every case, “even” where no factors are recorded or the level is Low, and for A3.11 “a clear categorisation and a rationale for that decision”",
		Source: []string{quote("A 2.9 guidance", srcWrittenGuides), quote("A 2.9 guidance", srcWrittenSW), quote("A 3.11 guidance", srcCategorise), quote("A 3.11 guidance", srcWrittenRoSH)},
	},
	{
		Code: codeRoSHLevelDiffers, Title: "RoSH rationale's level differs from the classification", Severity: Error, Question: "A3.4",
		When:   "the level of the case manager's RoSH rationale differs from the case manager's classification recorded at A3.4",
		Source: []string{quote("A 3.4 guidance", srcEveryCaseRoSH)},
	},
	{
		Code: string(classification.RoSHNoLevel), Title: "RoSH rationale records no level", Severity: Error, Question: "A3.4",
		When:   "the RoSH rationale records no level",
		Source: []string{quote("A 3.4 guidance", srcEveryCaseRoSH)},
	},
	{
		Code: string(classification.RoSHInvalidLevel), Title: "RoSH rationale's level out of range", Severity: Error, Question: "A3.4",
		When:   "the RoSH rationale's level is out of range; it is treated as not recorded",
		Source: []string{quote("A 3.4 guidance", srcEveryCaseRoSH)},
	},
	{
		Code: string(classification.RoSHLowNotMitigated), Title: "Low RoSH with factors not shown to be mitigated", Severity: Warning, Question: "A3.4",
		When:   "the rationale's level is Low, it records current factors indicating the potential for seriously harmful behaviour, and it does not show both good evidence that they are mitigated and stable circumstances; the source says when low may be appropriate, not that it is wrong otherwise",
		Source: []string{quote("A 3.4 guidance, likelihood", srcLowMayBe)},
	},
	{
		Code: string(classification.RoSHLowUnconfirmed), Title: "Low RoSH without saying whether there are factors", Severity: Warning, Question: "A3.4",
		When:   "the rationale's level is Low, it does not record whether there are current factors, and it does not show that factors are mitigated in stable circumstances",
		Source: []string{quote("A 3.4 guidance, likelihood", srcLowMayBe)},
	},
	{
		Code: string(classification.RoSHNoAccessLowered), Title: "RoSH lowered only for no access to victims", Severity: Error, Question: "A3.4",
		When:   "absence of immediate access to victims is the only consideration the rationale records as used to lower the level (one finding however many such considerations): none when a consideration of another valid type is used to lower it, or when a Low rationale records its own basis for Low (no current factors, or factors mitigated in stable circumstances); a consideration of no or unknown type does not count as another reason",
		Source: []string{quote("A 3.4 guidance, nature of risk", srcNoAccess)},
	},
	{
		Code: string(classification.RoSHInvalidConsideration), Title: "RoSH consideration not valid", Severity: Warning, Question: "A3.4",
		When:         "a consideration of the rationale has no valid type or use, or an invalid constraint; it is not checked further",
		LibraryCheck: "a consideration the library cannot read cannot be checked against the A 3.4 guidance",
	},
	{
		Code: string(classification.RoSHConstraintMisplaced), Title: "Constraint recorded on the wrong consideration", Severity: Warning, Question: "A3.4",
		When:         "a constraint is recorded on a consideration that is not about access to victims",
		LibraryCheck: "the A 3.4 guidance names custody, school exclusion, child protection arrangements, the ending of a relationship and other external constraints only for absence of access to victims",
	},
	{
		Code: codeReviewingNotRequired, Title: "Reviewing recorded as not required, though factors are", Severity: Warning, Question: "R2.S or R3.S",
		When:   "reviewing of safety and wellbeing (or of risk of harm) is recorded as not required while factors related to keeping the child safe (or to risk of harm) are recorded; the no-reviewing rule still decides the summary on the recorded fact",
		Source: []string{quote("R 2.1 guidance", srcReviewSafety), quote("R 3 introduction", srcReviewHarm), quote("R 3.1 guidance", srcReviewLow)},
	},
	{
		Code: codeR34NoWhileR32Yes, Title: "R3.2 answered Yes while R3.4 (adjustments) is No", Severity: Error, Question: "R3.2",
		When:   "R3.2 is answered Yes while R3.4 (does reviewing lead to the necessary adjustments in the ongoing plan of work?) is answered No: reviewing that does not lead to necessary action makes R3.2 No",
		Source: []string{quote("R 3.2 guidance", srcR32No)},
	},
	{
		Code: codeP34NotApplicable, Title: "Interventions answered n/a, though factors are recorded", Severity: Warning, Question: "P3.4",
		When:   "P3.4 is answered n/a while factors related to risk of harm are recorded; the inspector's answer stands (the source speaks of active factors, which the record does not tell apart)",
		Source: []string{quote("P 3 introduction", srcP3PlanAll), quote("P 3.4 guidance", srcP34Some)},
	},
	{
		Code: codeRationaleContradictsFactors, Title: "RoSH rationale records factors; the case records none", Severity: Warning, Question: "A3.4",
		When:   "the RoSH rationale records current factors indicating the potential for seriously harmful behaviour while factors related to risk of harm are recorded as none, the fact the P3.S and D3.S rule reads; the rule still decides on the recorded fact",
		Source: []string{quote("A 3.4 guidance", srcAllFactors)},
	},
	{
		Code: codeCaseExcluded, Title: "Case excluded from the inspection sample", Severity: Error, Question: "I1.1",
		When:   "by the I1.1 guidance the case is excluded from the inspection sample (the child was looked after, and the inspected service is not the home service and has not been responsible for assessment)",
		Source: []string{quote("I 1.1 guidance", srcExclude)},
	},
	{
		Code: codeExclusionUndetermined, Title: "Whether the case is in the sample is undetermined", Severity: Warning, Question: "I1.1",
		When:         "whether the case belongs in the sample is undetermined; a person must decide",
		LibraryCheck: "the I1.1 guidance states an outcome only for the facts its three bullets name; for other facts, or facts not recorded, the library does not guess",
	},
}

// ruleQuotes quotes the sentence of each summary rule with its place, in
// source order.
func ruleQuotes() []string {
	out := make([]string, 0, len(summaryRules))
	for _, r := range summaryRules {
		out = append(out, quote(r.place+" guidance", r.sentence))
	}
	return out
}

// kqMessages are one key question's findings, worked out once per catalogue
// so that Judge builds no strings.
type kqMessages struct {
	undecided, contradictsRule, summaryNA, yesMostNo, noAllYes Finding
	missing                                                    []Finding
}

func messagesFor(k kqPlan) kqMessages {
	kq, s := string(k.id), string(k.summary)
	m := kqMessages{
		undecided: finding(codeSummaryUndecided, k.summary,
			"No summary judgement is recorded for "+kq+" ("+s+") and no rule of the source decides it."+libraryCheck),
		yesMostNo: finding(codeSummaryYesPromptsNo, k.summary,
			s+" is Yes while most of the prompts of "+kq+" are answered No; the CARaG's key says of the prompts: “"+srcKey+"” The inspector's judgement stands; check that it is what was meant."),
		noAllYes: finding(codeSummaryNoPromptsYes, k.summary,
			s+" is No while no prompt of "+kq+" is answered No; the CARaG's key says of the prompts: “"+srcKey+"” The inspector's judgement stands (a particular omission may be enough for No); check that it is what was meant."),
	}
	if k.rule != nil {
		m.contradictsRule = finding(codeSummaryContradictsRule, k.summary,
			s+" is recorded other than Yes, but a rule of the source applies ("+k.rule.Fact.RecordedFalse()+"): "+k.rule.Source+" The rule's Yes stands.")
		m.summaryNA = finding(codeSummaryNotApplicable, k.summary,
			s+" is recorded n/a, but the CARaG gives no n/a for a summary judgement; where there is nothing to judge, its rule answers Yes ("+k.rule.Source+"). The recorded answer stands."+libraryCheck)
	} else {
		m.summaryNA = finding(codeSummaryNotApplicable, k.summary,
			s+" is recorded n/a, but the CARaG gives no n/a for a summary judgement, and no rule of the source decides "+s+": it is the inspector's judgement. The recorded answer stands."+libraryCheck)
	}
	for _, id := range k.requiredIDs {
		m.missing = append(m.missing, finding(codeAnswerMissing, id,
			"No answer is recorded for "+string(id)+", a prompt the inspector answers in judging "+kq+" (answer n/a where it does not apply)."+libraryCheck))
	}
	return m
}

// scaleMessages are one classification scale's findings.
type scaleMessages struct {
	question, reasonable, written framework.ID
	missing, contradictsInspector Finding
	contradictsCaseManager        Finding
	reasonableSaysNo              Finding
	yesApart, yesNotNear          Finding
	writtenNoFactors, writtenLow  Finding
	// writtenOther is written-record-not-applicable where neither "even"
	// case holds (factors recorded, or not recorded, and a level above
	// Low or none).
	writtenOther Finding
	// yesOtherBound is reasonable-disagrees where the case is recorded as
	// close to a boundary the two levels are not either side of, by the
	// boundary recorded.
	yesOtherBound [8]Finding
	// missingWithRationale is classification-missing where the RoSH
	// rationale records a level, by that level (risk of serious harm only).
	missingWithRationale [5]Finding
}

var (
	scaleSW = newScaleMessages(classification.SafetyAndWellbeing, "A2.5", "A2.9", "A2",
		"classification of safety and wellbeing", "safety and wellbeing", "keeping the child safe", record.FactorsChildSafety.Path(),
		quote("A 2.5 guidance", srcEveryCaseSW), srcQuestionSW, "A2.reasonable guidance", srcFineSW, quote("A 2.9 guidance", srcWrittenSW), quote("A 2.9 guidance", srcWrittenGuides))
	scaleRoSH = newScaleMessages(classification.RiskOfSeriousHarm, "A3.4", "A3.11", "A3",
		"risk of serious harm classification", "risk of serious harm", "risk of harm", record.FactorsRiskOfHarm.Path(),
		quote("A 3.4 guidance", srcEveryCaseRoSH), srcQuestionRoSH, "A3.reasonable guidance", srcFineRoSH, quote("A 3.11 guidance", srcWrittenRoSH), quote("A 3.11 guidance", srcCategorise))
)

// newScaleMessages words one scale's findings: q is the case manager's
// classification question, question the text of the reasonableness
// question and written the written record question of key question kq; classificationName is how the source names the case
// manager's classification ("Every case should have a classification of
// safety and wellbeing"); levelOf names what a level is of; factors says
// factors related to what. The definitions of Low and Medium are quoted
// from the scale's.
func newScaleMessages(scale classification.Scale, q, written framework.ID, kq, classificationName, levelOf, factors, factorsPath, everyCase, question, finePlace, fine, writtenSource, writtenEvery string) *scaleMessages {
	reasonable := framework.ID(kq + ".reasonable")
	low, _ := classification.Definition(scale, classification.Low)
	medium, _ := classification.Definition(scale, classification.Medium)
	definitions := " by the definitions under " + string(q) + ", Low is “" + low + "” and Medium is “" + medium + "”."
	yes := string(reasonable) + " is Yes, but the case manager's " + classificationName + " is "
	stands := " The inspector's answer stands; check that it is what was meant."
	fineQuote := " The CARaG (" + finePlace + "): “" + fine + "”"
	m := &scaleMessages{
		question:   q,
		reasonable: reasonable,
		written:    written,
		missing: finding(codeClassificationMissing, q,
			"No "+classificationName+" by the case manager is recorded ("+string(q)+"); "+everyCase),
		contradictsInspector: finding(codeFactorsContradictClassification, q,
			"Factors related to "+factors+" are recorded as none ("+factorsPath+"), yet the inspector's level of "+levelOf+" is Medium or higher. This is the library's check, not a rule of the CARaG:"+definitions),
		contradictsCaseManager: finding(codeFactorsContradictCaseManager, q,
			"Factors related to "+factors+" are recorded as none ("+factorsPath+"), yet the case manager's "+classificationName+" ("+string(q)+") is Medium or higher. This is the library's check, not a rule of the CARaG:"+definitions),
		reasonableSaysNo: finding(codeReasonableDisagrees, reasonable,
			string(reasonable)+" (“"+question+"”) is No, but the case manager's "+classificationName+" is the same as the inspector's."+stands),
		yesApart: finding(codeReasonableDisagrees, reasonable,
			yes+"two or more levels from the inspector's, so the two cannot lie either side of one boundary."+fineQuote+stands),
		yesNotNear: finding(codeReasonableDisagrees, reasonable,
			yes+"one level from the inspector's, and the case is recorded as not close to a boundary between two levels."+fineQuote+stands),
		writtenNoFactors: finding(codeWrittenRecordNotApplicable, written,
			string(written)+" is answered n/a where factors related to "+factors+" are recorded as none ("+factorsPath+"); "+writtenSource),
		writtenLow: finding(codeWrittenRecordNotApplicable, written,
			string(written)+" is answered n/a where the inspector's level of "+levelOf+" is Low; "+writtenSource),
		writtenOther: finding(codeWrittenRecordNotApplicable, written,
			string(written)+" is answered n/a. The CARaG expects a clear written record even where there are no factors or the level is Low, and so, as the library reads it, in every case: "+writtenEvery+" "+writtenSource),
	}
	for i := range m.yesOtherBound {
		near := classification.Near(i)
		lo, hi, named := near.Boundary()
		if !named {
			continue
		}
		m.yesOtherBound[near] = finding(codeReasonableDisagrees, reasonable,
			yes+"one level from the inspector's, and the case is recorded as close to the boundary between "+lo.Label()+" and "+hi.Label()+", which the two levels are not either side of."+fineQuote+stands)
	}
	if scale == classification.RiskOfSeriousHarm {
		for _, l := range classification.Levels() {
			m.missingWithRationale[l] = finding(codeClassificationMissing, q,
				"No "+classificationName+" by the case manager is recorded at "+string(q)+", though the case manager's RoSH rationale records the level "+l.Label()+"; record it at "+string(q)+" too. "+everyCase)
		}
	}
	return m
}

var (
	msgReviewingSafety = finding(codeReviewingNotRequired, "R2.S",
		"Reviewing of safety and wellbeing required is recorded as no (reviewingRequired.childSafety), yet factors related to keeping the child safe are recorded (factors.childSafety); the no-reviewing rule decides R2.S on the recorded fact. "+quote("R 2.1 guidance", srcReviewSafety)+" Check the fact."+libraryCheck)
	msgReviewingHarm = finding(codeReviewingNotRequired, "R3.S",
		"Reviewing of risk of harm required is recorded as no (reviewingRequired.riskOfHarm), yet factors related to risk of harm are recorded (factors.riskOfHarm); the no-reviewing rule decides R3.S on the recorded fact. "+quote("R 3 introduction", srcReviewHarm)+" "+quote("R 3.1 guidance", srcReviewLow)+" Check the fact."+libraryCheck)
	msgR34NoR32Yes = finding(codeR34NoWhileR32Yes, "R3.2",
		"R3.2 is answered Yes, but R3.4 (“Does reviewing lead to the necessary adjustments in the ongoing plan of work to manage and minimise the risk of harm?”) is answered No. "+quote("R 3.2 guidance", srcR32No))
	msgP34NotApplicable = finding(codeP34NotApplicable, "P3.4",
		"P3.4 is answered n/a, yet factors related to risk of harm are recorded (factors.riskOfHarm). "+quote("P 3.4 guidance", srcP34Some)+" The inspector's answer stands; check that it is what was meant.")
	msgRationaleContradictsFactors = finding(codeRationaleContradictsFactors, "A3.4",
		"The case manager's RoSH rationale records current factors indicating the potential for seriously harmful behaviour, yet factors related to risk of harm are recorded as none (factors.riskOfHarm), the fact on which the no-factors rule decides P3.S and D3.S. "+quote("A 3.4 guidance", srcAllFactors)+" Check the fact."+libraryCheck)
	msgExcluded = finding(codeCaseExcluded, "I1.1",
		"By the guidance to I1.1 this case is excluded from the inspection sample: the child was looked after, and the inspected YOT is not the child's home YOT and has not been responsible for assessment. "+quote("I 1.1 guidance", srcExclude))
	msgExclusionUndetermined = finding(codeExclusionUndetermined, "I1.1",
		"Whether this case belongs in the inspection sample is undetermined (see the exclusion decision); a person must decide."+libraryCheck)
)

// roshDiffers holds the rosh-level-differs finding of each pair of levels
// (the rationale's, the case manager's at A3.4), worked out once.
var roshDiffers = func() (t [5][5]Finding) {
	for _, r := range classification.Levels() {
		for _, cm := range classification.Levels() {
			t[r][cm] = finding(codeRoSHLevelDiffers, "A3.4",
				"The case manager's RoSH rationale is for the level "+r.Label()+", but the case manager's classification at A3.4 is "+cm.Label()+"; "+quote("A 3.4 guidance", srcEveryCaseRoSH))
		}
	}
	return t
}()

// judgeScale checks one classification scale: the case manager's level is
// recorded, the facts agree with the levels, the written record question is
// not answered n/a where the source expects a record, and the
// reasonableness answer agrees with classification.CheckReasonable where
// that is definite. See findingKinds for the sentences each check rests on.
func judgeScale(fs *findings, verdict *classification.Verdict, m *scaleMessages, caseManager, inspector classification.Level, near classification.Near, factors *bool, reasonable, written record.Answer, rationale classification.Level) {
	if caseManager == 0 {
		if validLevel(rationale) && m.missingWithRationale[rationale].Code != "" {
			fs.add(m.missingWithRationale[rationale])
		} else {
			fs.add(m.missing)
		}
	}
	noFactors := factors != nil && !*factors
	if noFactors && inspector >= classification.Medium && inspector <= classification.VeryHigh {
		fs.add(m.contradictsInspector)
	}
	if noFactors && caseManager >= classification.Medium && caseManager <= classification.VeryHigh {
		fs.add(m.contradictsCaseManager)
	}
	if written == record.NotApplicable {
		switch {
		case noFactors:
			fs.add(m.writtenNoFactors)
		case inspector == classification.Low:
			fs.add(m.writtenLow)
		default:
			fs.add(m.writtenOther)
		}
	}
	if caseManager == 0 {
		return
	}
	*verdict = classification.CheckReasonable(caseManager, inspector, near)
	switch {
	case verdict.Outcome == classification.Reasonable && reasonable == record.No:
		fs.add(m.reasonableSaysNo)
	case verdict.Outcome == classification.NotReasonable && reasonable == record.Yes && inspector != 0:
		switch {
		case verdict.Steps > 1:
			fs.add(m.yesApart)
		case near == classification.NotNear:
			fs.add(m.yesNotNear)
		case int(near) < len(m.yesOtherBound) && m.yesOtherBound[near].Code != "":
			fs.add(m.yesOtherBound[near])
		}
	}
}

package judgement

import (
	"github.com/yjinspect/yjinspect/classification"
	"github.com/yjinspect/yjinspect/framework"
)

// Severity is how serious a finding is: Warning or Error. It is
// classification.Severity, so the findings of classification.CheckRoSH carry
// over unchanged.
type Severity = classification.Severity

// The severities.
const (
	// Warning: something sits oddly; the inspector's call stands.
	Warning = classification.Warning
	// Error: the record is incomplete or contradicts a rule of the source.
	Error = classification.Error
)

// Finding is something Judge finds wrong or odd in a case.
type Finding struct {
	Severity Severity `json:"severity"`
	// Code is stable: tools and tests may match on it.
	Code Code `json:"code"`
	// Question is the question the finding is about, for showing it next to
	// that question.
	Question framework.ID `json:"question,omitempty"`
	// Message says what is wrong in words. It never includes the record's
	// free text.
	Message string `json:"message"`
}

// Code identifies a kind of finding.
type Code string

// The finding codes. This is the one list; the codes are stable.
//
//	code                               severity  question          when
//	summary-undecided                  error     the summary       no rule applies and no summary is recorded
//	summary-contradicts-rule           error     the summary       a rule applies but the recorded summary is not Yes (the rule's Yes stands)
//	answer-missing                     error     the question      a prompt of a key question the inspector judges has no answer, or the case manager's classification (A2.5, A3.4) is not recorded (every case should have one)
//	factors-contradict-classification  error     A2.5 or A3.4      no factors related to keeping the child safe (or to risk of harm) are recorded, yet the inspector's level is Medium or higher: by the source's definitions Medium means concerns have been identified
//	factors-contradict-case-manager    warning   A2.5 or A3.4      the same, for the case manager's level
//	summary-yes-prompts-no             warning   the summary       the summary is Yes where more prompts are answered No than Yes (the inspector's call stands)
//	summary-no-prompts-yes             warning   the summary       the summary is No where every prompt is answered and none is No (the call stands: one omission can be enough)
//	summary-not-applicable             warning   the summary       the summary is recorded n/a; the source gives no n/a for a summary (where there is nothing to judge its rules answer Yes)
//	reasonable-disagrees               warning   A2/A3.reasonable  the answer disagrees with classification.CheckReasonable where that gives a definite outcome
//	case-excluded                      warning   I1.1              by the I1.1 guidance the case is excluded from the inspection sample
//	exclusion-undetermined             warning   I1.1              whether the case belongs in the sample is undetermined; a person must decide
//	rosh-...                           either    A3.4              the findings of classification.CheckRoSH on the case's RoSH rationale, with its codes
const (
	CodeSummaryUndecided                Code = "summary-undecided"
	CodeSummaryContradictsRule          Code = "summary-contradicts-rule"
	CodeAnswerMissing                   Code = "answer-missing"
	CodeFactorsContradictClassification Code = "factors-contradict-classification"
	CodeFactorsContradictCaseManager    Code = "factors-contradict-case-manager"
	CodeSummaryYesPromptsNo             Code = "summary-yes-prompts-no"
	CodeSummaryNoPromptsYes             Code = "summary-no-prompts-yes"
	CodeSummaryNotApplicable            Code = "summary-not-applicable"
	CodeReasonableDisagrees             Code = "reasonable-disagrees"
	CodeCaseExcluded                    Code = "case-excluded"
	CodeExclusionUndetermined           Code = "exclusion-undetermined"
)

// kqMessages are one key question's findings, worked out once per catalogue
// so that Judge builds no strings.
type kqMessages struct {
	undecided, contradictsRule, summaryNA, yesMostNo, noAllYes Finding
	missing                                                    []Finding
}

func messagesFor(k kqPlan) kqMessages {
	kq, s := string(k.id), string(k.summary)
	m := kqMessages{
		undecided: Finding{Error, CodeSummaryUndecided, k.summary,
			"No summary judgement is recorded for " + kq + " (" + s + ") and no rule of the source decides it."},
		summaryNA: Finding{Warning, CodeSummaryNotApplicable, k.summary,
			s + " is recorded n/a, but the source gives no n/a for a summary judgement (where there is nothing to judge, its rules answer Yes). The recorded answer stands."},
		yesMostNo: Finding{Warning, CodeSummaryYesPromptsNo, k.summary,
			s + " is Yes while most of the prompts of " + kq + " are answered No. The inspector's judgement stands; check that it is what was meant."},
		noAllYes: Finding{Warning, CodeSummaryNoPromptsYes, k.summary,
			s + " is No while no prompt of " + kq + " is answered No. The inspector's judgement stands (one omission can be enough for No); check that it is what was meant."},
	}
	if k.rule != nil {
		m.contradictsRule = Finding{Error, CodeSummaryContradictsRule, k.summary,
			s + " is recorded other than Yes, but a rule of the source applies (" + k.rule.Fact.String() + ": none recorded): " + k.rule.Source + " The rule's Yes stands."}
	}
	for _, id := range k.requiredIDs {
		m.missing = append(m.missing, Finding{Error, CodeAnswerMissing, id,
			"No answer is recorded for " + string(id) + ", a prompt the inspector answers in judging " + kq + " (answer n/a where it does not apply)."})
	}
	return m
}

// scaleMessages are one classification scale's findings.
type scaleMessages struct {
	question, reasonable                framework.ID
	missing, contradictsInspector       Finding
	contradictsCaseManager              Finding
	reasonableSaysNo, reasonableSaysYes Finding
	nearUnknown                         string
	// verdicts[caseManager][inspector][near] is verdict's answer for the
	// levels not recorded and the valid ones, worked out once.
	verdicts [5][5][3]classification.Verdict
}

var (
	scaleSW   = newScaleMessages(classification.SafetyAndWellbeing, "A2", "classification of safety and wellbeing", "safety and wellbeing", "keeping the child safe")
	scaleRoSH = newScaleMessages(classification.RiskOfSeriousHarm, "A3", "risk of serious harm classification", "risk of serious harm", "risk of harm")
)

// newScaleMessages words one scale's findings. kq is the key question whose
// classification question it is (A2 for A2.5, A3 for A3.4); classification
// is how the source names the case manager's classification ("Every case
// should have a classification of safety and wellbeing"); levelOf names what
// a level is of; factors says factors related to what. The meaning of Medium
// is quoted from the scale's definition.
func newScaleMessages(scale classification.Scale, kq, classificationName, levelOf, factors string) *scaleMessages {
	q := framework.ID(kq + ".5")
	if scale == classification.RiskOfSeriousHarm {
		q = framework.ID(kq + ".4")
	}
	reasonable := framework.ID(kq + ".reasonable")
	medium, _ := classification.Definition(scale, classification.Medium)
	meaning := "by the source's definitions, Medium means " + medium
	m := &scaleMessages{
		question:   q,
		reasonable: reasonable,
		missing: Finding{Error, CodeAnswerMissing, q,
			"No " + classificationName + " by the case manager is recorded (" + string(q) + "); every case should have a " + classificationName + "."},
		contradictsInspector: Finding{Error, CodeFactorsContradictClassification, q,
			"No factors related to " + factors + " are recorded, yet the inspector's level of " + levelOf + " is Medium or higher; " + meaning + "."},
		contradictsCaseManager: Finding{Warning, CodeFactorsContradictCaseManager, q,
			"No factors related to " + factors + " are recorded, yet the case manager's " + classificationName + " (" + string(q) + ") is Medium or higher; " + meaning + "."},
		reasonableSaysNo: Finding{Warning, CodeReasonableDisagrees, reasonable,
			string(reasonable) + " is No, but the case manager's " + classificationName + " is the same as the inspector's. The inspector's answer stands; check that it is what was meant."},
		reasonableSaysYes: Finding{Warning, CodeReasonableDisagrees, reasonable,
			string(reasonable) + " is Yes, but the case manager's " + classificationName + " differs from the inspector's by more than a fine judgement near a boundary allows. The inspector's answer stands; check that it is what was meant."},
		nearUnknown: "the case manager's and the inspector's levels of " + levelOf + " are one level apart and whether the case is close to the boundary is not recorded, so whether the classification is reasonable is for the inspector",
	}
	for cm := range m.verdicts {
		for in := range m.verdicts[cm] {
			for near := range m.verdicts[cm][in] {
				m.verdicts[cm][in][near] = m.verdict(classification.Level(cm), classification.Level(in), uint8(near))
			}
		}
	}
	return m
}

var (
	msgExcluded = Finding{Warning, CodeCaseExcluded, "I1.1",
		"By the guidance to I1.1, this case is excluded from the inspection sample: the inspected YOT is not the child's home YOT and has not been responsible for assessment."}
	msgExclusionUndetermined = Finding{Warning, CodeExclusionUndetermined, "I1.1",
		"Whether this case belongs in the inspection sample is undetermined (see the exclusion decision); a person must decide."}
)

// judgeScale checks one classification scale: the case manager's level is
// recorded, the facts agree with the levels, and the reasonableness answer
// agrees with classification.CheckReasonable where that is definite. near
// and factors are facts as tri numbers them (0 not recorded, 1 false, 2
// true).
//
// Sources: A2.5 and A3.4 ("Every case should have a classification"); the
// definitions of Low and Medium under A2.5 and A3.4; the questions "Is the
// case manager's classification ... reasonable?" under A2 and A3.
//
// It returns the verdict, zero when the case manager's level is not
// recorded.
func judgeScale(fs *findings, m *scaleMessages, caseManager, inspector classification.Level, near, factors uint8, reasonable Answer) (verdict classification.Verdict) {
	if caseManager == 0 {
		fs.add(m.missing)
	}
	noFactors := factors == 1
	if noFactors && inspector >= classification.Medium && inspector.Valid() {
		fs.add(m.contradictsInspector)
	}
	if noFactors && caseManager >= classification.Medium && caseManager.Valid() {
		fs.add(m.contradictsCaseManager)
	}
	if caseManager == 0 {
		return verdict
	}
	if int(caseManager) < len(m.verdicts) && int(inspector) < len(m.verdicts[0]) {
		verdict = m.verdicts[caseManager][inspector][near%3]
	} else {
		verdict = m.verdict(caseManager, inspector, near)
	}
	switch {
	case verdict.Outcome == classification.Reasonable && reasonable == No:
		fs.add(m.reasonableSaysNo)
	case verdict.Outcome == classification.NotReasonable && reasonable == Yes && inspector != 0:
		fs.add(m.reasonableSaysYes)
	}
	return verdict
}

// verdict is the verdict of classification.CheckReasonable on the case
// manager's level, with the near-boundary fact near as tri numbers it; when
// near is not recorded, the verdict is definite only if both possibilities
// agree, and is the inspector's judgement otherwise.
func (m *scaleMessages) verdict(caseManager, inspector classification.Level, near uint8) classification.Verdict {
	if near != 0 {
		return classification.CheckReasonable(caseManager, inspector, near == 2)
	}
	notNear := classification.CheckReasonable(caseManager, inspector, false)
	if isNear := classification.CheckReasonable(caseManager, inspector, true); isNear.Outcome != notNear.Outcome {
		notNear.Outcome = classification.InspectorJudgement
		notNear.Reason = m.nearUnknown
	}
	return notNear
}

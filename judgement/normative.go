package judgement

// This file accounts for every normative sentence of the CARaG: every
// sentence that says how inspectors answer or decide. Each is either encoded
// (by a summary rule, a finding code or a named function) or left to the
// inspector's judgement, with the reason. TestEveryNormativeSentenceAccountedFor
// walks the committed copy of the source and fails on any sentence with one
// of the words that mark a rule ("will answer", "we exclude", "must", "not
// in itself", "may reduce", "only" and the others the test lists) that is
// not quoted here, and on any quote, code, rule or function named here that
// does not exist.

// normativeSentence is one sentence of the source and how the library
// treats it.
type normativeSentence struct {
	// Quote is the sentence word for word (whitespace collapsed).
	Quote string
	// Place is where it stands in the CARaG.
	Place string
	// Encoded names what encodes it: "summary rule X.S", "finding CODE" or
	// "func pkg.Name". Empty when the sentence is left to the inspector.
	Encoded []string
	// Inspector says why the call is left to the inspector: no fact of the
	// record shows it, or the sentence leaves it open. Empty when Encoded is
	// set.
	Inspector string
}

// normativeSentences is the table, in the order the sentences stand in the
// source (the test checks it). A sentence the source prints in two places
// has a row for each, in the same order.
var normativeSentences = [...]normativeSentence{
	{
		Quote:   "If the inspected YOT is the home YOT and the child has lived in the area covered by the inspected YOT for the whole of the sentence being inspected, we inspect the case as normal.",
		Place:   "CARaG, I 1.1 guidance, first bullet",
		Encoded: []string{"func sampling.CheckLookedAfter"},
	},
	{
		Quote:   "If yes, we inspect the case as normal, and would expect the YOT to ensure that sufficient services are delivered by the host YOT to meet the needs of the child and the sentence.",
		Place:   "CARaG, I 1.1 guidance, second bullet",
		Encoded: []string{"func sampling.CheckLookedAfter"},
	},
	{
		Quote:   "If the inspected YOT is not the home YOT for the child, and has not been responsible for assessment, we exclude the case from the inspection sample.",
		Place:   "CARaG, I 1.1 guidance, third bullet",
		Encoded: []string{"func sampling.CheckLookedAfter", "finding case-excluded"},
	},
	{
		Quote:   "Every case should have a classification of safety and wellbeing; this should be recorded accurately and consistently.",
		Place:   "CARaG, A 2.5 guidance",
		Encoded: []string{"finding classification-missing"},
	},
	{
		Quote:   "In cases close to a boundary between classification levels, inspectors will consider whether the case manager’s classification was reasonable, in the context of all the information available to them at the time.",
		Place:   "CARaG, A2.reasonable guidance (the question after A 2.5)",
		Encoded: []string{"func classification.CheckReasonable", "finding reasonable-disagrees"},
	},
	{
		Quote:   "Even in cases where there are no factors related to safety and wellbeing, or the level of safety and wellbeing risk is correctly judged to be low, there should be a clear written explanation of this.",
		Place:   "CARaG, A 2.9 guidance",
		Encoded: []string{"finding written-record-not-applicable"},
	},
	{
		Quote:     "Information from these sources should be analysed to indicate the likely impact on future behaviour; it is not sufficient to just list the issues.",
		Place:     "CARaG, A 3.2 guidance",
		Inspector: "whether the assessment analyses or only lists is a reading of the assessment; no fact of the record says so",
	},
	{
		Quote:   "Every case should have a classification for risk of serious harm, and this should be recorded accurately and consistently.",
		Place:   "CARaG, A 3.4 guidance",
		Encoded: []string{"finding classification-missing", "finding rosh-no-level", "finding rosh-level-differs"},
	},
	{
		Quote:   "If there are no factors at all that indicate the potential for seriously harmful behaviour, or where there are factors that indicate the potential for some harmful behaviour, and there is good evidence that those factors are mitigated by a combination of internal and external factors, and the circumstances of the child are stable and likely to remain so, an assessment of low risk of serious harm (RoSH) may be appropriate.",
		Place:   "CARaG, A 3.4 guidance, likelihood",
		Encoded: []string{"func classification.CheckRoSH", "finding rosh-low-not-mitigated", "finding rosh-low-unconfirmed"},
	},
	{
		Quote:     "The presence of a range of stable, or improving, dynamic risk factors may reduce the assessed level of RoSH.",
		Place:     "CARaG, A 3.4 guidance, likelihood",
		Inspector: "the source says what may reduce a level and never that using it otherwise is wrong; the weight is the inspector's",
	},
	{
		Quote:     "The presence of a number of acute dynamic risk factors may increase the assessed level of RoSH.",
		Place:     "CARaG, A 3.4 guidance, likelihood",
		Inspector: "the source says what may increase a level and never that using it otherwise is wrong; the weight is the inspector's",
	},
	{
		Quote:     "The presence of known strengths may reduce the assessed level of RoSH.",
		Place:     "CARaG, A 3.4 guidance, likelihood",
		Inspector: "the source says what may reduce a level and never that using it otherwise is wrong; the weight is the inspector's",
	},
	{
		Quote:     "Evidence of commitment to change and cooperation with risk management arrangements may reduce the assessed level of RoSH.",
		Place:     "CARaG, A 3.4 guidance, likelihood",
		Inspector: "the source says what may reduce a level and never that using it otherwise is wrong; the weight is the inspector's",
	},
	{
		Quote:   "Absence of immediate access to victims, whether by custody, school exclusion, child protection arrangements or the ending of a relationship, or other external constraints, is not in itself a reason to lower the assessed level of RoSH.",
		Place:   "CARaG, A 3.4 guidance, nature of risk",
		Encoded: []string{"func classification.CheckRoSH", "finding rosh-no-access-lowered"},
	},
	{
		Quote:     "Evidence that the child is genuinely complying with arrangements to protect victims or reduce access to victims may contribute towards lowering the assessed level of RoSH.",
		Place:     "CARaG, A 3.4 guidance, nature of risk",
		Inspector: "whether compliance is genuine is the inspector's reading; the source says only that it may contribute",
	},
	{
		Quote:   "In cases close to a boundary between classification levels, inspectors will consider whether the case manager’s classification was reasonable in the context of all the information available to them at the time.",
		Place:   "CARaG, A3.reasonable guidance (the question after A 3.4)",
		Encoded: []string{"func classification.CheckReasonable", "finding reasonable-disagrees"},
	},
	{
		Quote:   "Even in cases where there are no factors related to risk of harm, or the level of risk of serious harm is correctly judged to be low, there should be a clear written record of this.",
		Place:   "CARaG, A 3.11 guidance",
		Encoded: []string{"finding written-record-not-applicable"},
	},
	{
		Quote:     "If reasonable efforts to contact the parents or carers have not been successful, this will not necessarily result in a negative response.",
		Place:     "CARaG, P 1.6 guidance",
		Inspector: "whether the efforts were reasonable is the inspector's reading; the record holds no fact of it",
	},
	{
		Quote:     "It is not sufficient simply to state that planning will be reviewed if the perceived risk changes.",
		Place:     "CARaG, P 2.4 guidance",
		Inspector: "what the plan states is free text the library does not read",
	},
	{
		Quote:   "Where there are no factors related to keeping the child safe, inspectors will answer ‘Yes’.",
		Place:   "CARaG, P 2 S guidance",
		Encoded: []string{"summary rule P2.S", "finding summary-contradicts-rule"},
	},
	{
		Quote:     "Where there are specific risks linked to the child’s placement in custody, such as gang retaliation, these must be planned for with the custodial establishment.",
		Place:     "CARaG, P 3.2 guidance",
		Inspector: "the record holds no fact of custody or of risks linked to a placement",
	},
	{
		Quote:     "Generalised phrases such as ‘consult manager’, ‘review planning’ or ‘consider enforcement’ are unlikely to be sufficient.",
		Place:     "CARaG, P 3.5 guidance",
		Inspector: "what contingency planning says is free text the library does not read; \\\"unlikely\\\" leaves the call open",
	},
	{
		Quote:   "Where there are no factors related to risk of harm, inspectors will answer ‘Yes’.",
		Place:   "CARaG, P 3 S guidance",
		Encoded: []string{"summary rule P3.S", "finding summary-contradicts-rule"},
	},
	{
		Quote:     "If non-compliance of the child was a barrier to delivering planned services, this will not necessarily result in a negative answer.",
		Place:     "CARaG, D 1.1 guidance",
		Inspector: "the record holds no fact of non-compliance, and \\\"not necessarily\\\" leaves the answer to the inspector",
	},
	{
		Quote:     "If non-compliance of the child was a barrier to delivering planned services, this will not necessarily result in a negative answer.",
		Place:     "CARaG, D 1.1 guidance, again after the paragraphs on custodial sentences and release",
		Inspector: "the record holds no fact of non-compliance, and \\\"not necessarily\\\" leaves the answer to the inspector",
	},
	{
		Quote:     "Where formal enforcement action appears to be the only option, YOT workers should consider holding a pre-breach meeting, such as an enforcement panel.",
		Place:     "CARaG, D 1.10 guidance",
		Inspector: "the record holds no fact of enforcement action",
	},
	{
		Quote:     "If the child has not engaged, this does not necessarily result in a negative judgement.",
		Place:     "CARaG, D 1 S guidance",
		Inspector: "the record holds no fact of engagement, and \\\"not necessarily\\\" leaves the judgement to the inspector",
	},
	{
		Quote:   "Where there are no factors related to keeping the child safe, inspectors will answer ‘Yes’.",
		Place:   "CARaG, D 2 S guidance",
		Encoded: []string{"summary rule D2.S", "finding summary-contradicts-rule"},
	},
	{
		Quote:   "Where there are no factors related to risk of harm, inspectors will answer ‘Yes’.",
		Place:   "CARaG, D 3 S guidance",
		Encoded: []string{"summary rule D3.S", "finding summary-contradicts-rule"},
	},
	{
		Quote:     "It is not sufficient to complete a review self-assessment questionnaire; this information should be incorporated in the reviewing process and should influence any changes to planning.",
		Place:     "CARaG, R 1.4 guidance",
		Inspector: "how the questionnaire was used is a reading of the review; no fact of the record says so",
	},
	{
		Quote:     "If the child has not engaged, or if parents or carers are reluctant to engage, this does not necessarily result in a negative judgement.",
		Place:     "CARaG, R 1.4 guidance",
		Inspector: "the record holds no fact of engagement, and \\\"not necessarily\\\" leaves the judgement to the inspector",
	},
	{
		Quote:   "Where no reviewing of desistance was required, inspectors will answer ‘Yes’.",
		Place:   "CARaG, R 1 S guidance",
		Encoded: []string{"summary rule R1.S", "finding summary-contradicts-rule"},
	},
	{
		Quote:   "In cases where no reviewing of safety and wellbeing was required, inspectors will answer ‘Yes’.",
		Place:   "CARaG, R 2 S guidance",
		Encoded: []string{"summary rule R2.S", "finding summary-contradicts-rule"},
	},
	{
		Quote:     "If additional information comes to light during any reviewing, this must be shared with relevant agencies, so that they are appraised of key information in the case.",
		Place:     "CARaG, R 3.2 guidance",
		Inspector: "the record holds no fact of what came to light or was shared",
	},
	{
		Quote:     "This question will be answered ‘No’ if there is a lack of professional curiosity, if the risk presented by the child is seen in isolation from other agencies and or if reviewing does not lead to necessary action.",
		Place:     "CARaG, R 3.2 guidance",
		Inspector: "no fact of the record says there was a lack of professional curiosity, isolation from other agencies or no necessary action",
	},
	{
		Quote:   "In cases where no reviewing of risk of harm was required, inspectors will answer ‘Yes’.",
		Place:   "CARaG, R 3 S guidance",
		Encoded: []string{"summary rule R3.S", "finding summary-contradicts-rule"},
	},
}

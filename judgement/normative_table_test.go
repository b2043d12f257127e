package judgement

// This file accounts for every normative sentence of the CARaG: every
// sentence that says what inspectors, case managers, the YOT or the
// inspectorate expect, require, decide or judge (the guidance is almost all
// of that kind: 612 sentences). Each is encoded (by a summary rule, a finding
// code or a named function), or left to the inspector's judgement with the
// reason, or, where the record holds the facts the sentence turns on but the
// library does not yet check them, marked with the finding that would
// (Todo). TestEveryNormativeSentenceAccountedFor walks the committed copy of
// the source and fails on any occurrence of a word that marks a rule
// ("should", "expect", "must", "will answer", "not necessarily", "decide",
// "judge" and the others normative_test.go lists) outside a sentence quoted
// here, on any quote, code, rule or function named here that does not exist,
// and on any Todo that is not one of the listed, counted exceptions. Sentences
// that state a rule without such a word ("a particular omission may be
// enough", "Effective delivery would also include") were found by reading and
// are here too.

// normativeSentence is one sentence of the source and how the library
// treats it.
type normativeSentence struct {
	// Quote is the sentence word for word (whitespace collapsed, and a
	// hyphenated word broken at a line end joined again: "pro-social").
	Quote string
	// Place is where it stands in the CARaG.
	Place string
	// Encoded names what encodes it: "summary rule X.S", "finding CODE" or
	// "func pkg.Name". Empty when the sentence is left to the inspector or
	// not yet encoded.
	Encoded []string
	// Note says precisely what the code named in Encoded does with the
	// sentence, where that is more or less than the sentence says.
	Note string
	// Inspector says why the call is left to the inspector, naming the
	// facts of the record that bear on it, if any. Empty when Encoded is set.
	// On a Todo row it says what stays with the inspector once the planned
	// finding exists.
	Inspector string
	// Todo, where the record holds the facts the sentence turns on but the
	// library does not yet check them, names the planned finding that would
	// ("code: what it would check"). Only the planned findings the test
	// lists, with their counts, are accepted.
	Todo string
}

// The reasons many rows share. Each says why the call is the inspector's
// and which facts of the record bear on it.

// reads is the reason for a sentence of the guidance to question q that says
// what the inspector looks for in answering it.
func reads(q string) string {
	return "it guides the inspector's answer to " + q + ": the inspector looks for it in the case records and the case manager interview, and the record holds the answer, not the evidence behind it"
}

// across is the reason for a sentence of the introduction to key question
// kq, which applies to all its questions.
func across(kq string) string {
	return "it applies to every question of " + kq + " and to " + kq + ".S: the inspector weighs it in those answers, which the record holds, not the evidence behind them"
}

// activity is the reason for "‘Assessment’ (or ‘Planning’) includes all ...
// activity".
func activity(kq string) string {
	return "it says what the inspector judges under " + kq + ": all the activity, not only the written document; the record holds the answers, not the activity behind them"
}

// proportionate is the reason for "We expect to see assessment (planning)
// that is proportionate to ...".
func proportionate(kq string) string {
	return "it applies to every question of " + kq + " and to " + kq + ".S; the record holds no fact of the offending, the circumstances behind it or the type of sentence, so proportion is the inspector's reading in those answers"
}

// custody is the reason for a sentence that applies only to a child in
// custody or released from it; what names the questions it guides.
func custody(what string) string {
	return "it applies only to a child in custody or released from it, which no fact of the record shows; where it applies, the inspector reads it in the case records and answers " + what + " by it"
}

// referral is the reason for a sentence about referral orders.
func referral(q string) string {
	return "it applies to referral orders, which no fact of the record shows (it holds no disposal); where it applies, the inspector reads it in the case records and answers " + q + " by it"
}

// lookedAfter is the reason for a sentence about a looked-after child.
func lookedAfter(q string) string {
	return "it applies to a looked-after child, which the record holds (I1.1 answered Yes); whether it was done is read in the case records, and the record holds the inspector's answer to " + q + ", not the evidence behind it"
}

// victim is the reason for a sentence that turns on a victim.
func victim(q string) string {
	return "it turns on a victim and what the victim needs or wishes, of which the record holds no fact; the inspector reads it in the case records and answers " + q + " by it"
}

// diversity is the reason for a sentence about the child's diversity.
func diversity(q string) string {
	return "the record holds some of the child's diversity (gender, race, language, religion and sexual identity in free text at I1.4 to I1.8, a disability at I1.9), but not what the case records show of how it was taken into account; the inspector reads that and answers " + q
}

// missed is the reason for "Where the assessment has failed to identify ...,
// inspectors still expect planning (delivery, reviewing) to address them".
func missed(q, assessment string) string {
	return "the record holds the answers to the assessment questions (" + assessment + ") but not which factors were missed; whether " + q + " addressed them anyway is the inspector's reading, recorded as its answer, and no finding sets a No in assessment against a Yes there"
}

// engagement is the reason for a sentence that turns on the child's
// engagement and the YOT's efforts.
func engagement(q string) string {
	return "it turns on the child's engagement and the YOT's efforts, of which the record holds no fact; the judgement of the effort, and ‘not necessarily’, leave the answer to " + q + " to the inspector"
}

// described is the reason for a sentence of the guidance to a question about
// the child answered in free text.
func described(q string) string {
	return q + " is answered in free text; the record holds the answer, not whether the YOT had the conversation or recorded it accurately, which the inspector reads in the case records"
}

// document, single and why are the reasons for the sentences of the guidance
// to the written record questions A1.10, A2.9 and A3.11.
func document(q string) string {
	return "it guides the inspector's answer to " + q + ", which the record holds; the record holds no fact of the document or the tool the YOT used"
}

func single(q string) string {
	return "it says that " + q + " judges one assessment document, not the range of evidence of the other questions; the record holds the answer, not the document"
}

func why(q string) string {
	return "it gives the reason " + q + " judges one document and asks nothing more of a case; the record holds the answer to " + q
}

// written, significant and professional are the reasons for the sentences
// about written reviews (R1.6, R2.4, R3.5).
func written(q string) string {
	return "the record holds the answer to " + q + " (whether a written review was completed) but no fact of the significant changes that call for one; whether there were such changes is the inspector's judgement, and " + q + " is an information question, which Judge does not count among the prompts"
}

func significant(q string) string {
	return "what counts as a significant change is the inspector's judgement of the case; the record holds the answer to " + q + ", not the changes"
}

func professional(q string) string {
	return "it leaves to the inspector's professional judgement when a written review is required; the record holds the answer to " + q + " (whether one was completed), not the rate of change, and no finding reads " + q
}

// stable is the reason for "In a case where ... the child is engaging with
// services, little reviewing may be required, and we do not necessarily
// expect to see a formal written review".
func stable(s, q string) string {
	return "the record holds the answers to " + q + " (whether a written review was completed) and " + s + ", but no fact of stability or engagement; a written review not completed is no reason for No by itself: " + q + " is an information question, which Judge does not count among the prompts, and no finding reads it"
}

// weigh is the reason for a sentence about the summary judgement s.
func weigh(s string) string {
	return "the summary " + s + " is the inspector's weighing of the answers to its key question, which the record holds: Judge records a summary that no summary rule decides as the inspector's and never overrides it, and only warns where it and the prompts point apart (summary-yes-prompts-no, summary-no-prompts-yes)"
}

// omission is the reason for "a particular omission may be enough to lead to
// a judgement of insufficient".
func omission(s string) string {
	return "a particular omission may be enough for No, so a No at " + s + " with no prompt answered No is no error: Judge only warns (summary-no-prompts-yes, whose message says so), and the weight of the omission is the inspector's"
}

// deficits is the reason for "While there may be deficits, the inspector may
// be able to conclude that, overall, ... is sufficient".
func deficits(s string) string {
	return "deficits need not make " + s + " No, so a Yes with prompts answered No is no error: Judge only warns (summary-yes-prompts-no, where more prompts are No than Yes), and whether the work is sufficient overall is the inspector's conclusion"
}

// disposal is the reason for "Sufficient planning for a first referral order
// may be less detailed than ...".
func disposal(s string) string {
	return "the record holds no fact of the disposal (referral order, youth rehabilitation order, licence), so what is sufficient is the inspector's judgement in " + s + ", which Judge never overrides"
}

// access is the reason for a sentence of the guidance to the case manager
// interview (O2).
func access(q string) string {
	return "the record holds the answer to " + q + ", the inspector's reading of the case manager interview; Judge does not judge O2, which stands outside the four standards"
}

// normativeSentences is the table, in the order the sentences stand in the
// source (the test checks it). A sentence the source prints in two places
// has a row for each, in the same order.
var normativeSentences = [...]normativeSentence{
	{
		Quote:     "These are a comprehensive set of published rules and guidance to be followed by inspectors and local assessors in their assessment of cases.",
		Place:     "CARaG, introduction",
		Inspector: "it says that inspectors follow the CARaG; the library encodes the rules of the text that a fact of the record decides (this table says which), and the rest is the inspector's application of it",
	},
	{
		Quote:     "Inspection staff and local assessors should use the appropriate CARaG as a reference document when assessing a case.",
		Place:     "CARaG, introduction",
		Inspector: "it says how inspectors work, not how a case is answered: the library holds this CARaG's text (package guidance) for reference, and no fact of a case turns on it",
	},
	{
		Quote:   "The answers to these questions directly influence the summary judgement at key question level.",
		Place:   "CARaG, key, dark grey background",
		Encoded: []string{"finding summary-yes-prompts-no", "finding summary-no-prompts-yes"},
		Note:    "the prompts' answers bear on the summary without deciding it: Judge warns where a summary the inspector recorded is Yes while more prompts are answered No than Yes, or No while every prompt is answered, at least one Yes and none No",
	},
	{
		Quote:   "An information question, asked to provide additional background information about the case, but less strongly linked to summary judgement questions.",
		Place:   "CARaG, key, light grey background",
		Encoded: []string{"func judgement.Judge"},
		Note:    "Judge counts only the questions of kind Prompt in answer-missing, summary-yes-prompts-no and summary-no-prompts-yes; information questions are recorded and never counted",
	},
	{
		Quote:   "If the child is a Looked after Child, we check whether the YOT being inspected is acting as ‘home’ or ‘host’ for the child.",
		Place:   "CARaG, I 1.1 guidance",
		Encoded: []string{"func sampling.CheckLookedAfter"},
		Note:    "CheckLookedAfter reads I1.1 (lookedAfter) and, for a looked-after child, the home/host facts of the record (lookedAfter.homeService, livedOutsideArea, responsibleForAssessment); a child not looked after is included",
	},
	{
		Quote:   "If the inspected YOT is the home YOT and the child has lived in the area covered by the inspected YOT for the whole of the sentence being inspected, we inspect the case as normal.",
		Place:   "CARaG, I 1.1 guidance, first bullet",
		Encoded: []string{"func sampling.CheckLookedAfter"},
		Note:    "lookedAfter and homeService true, livedOutsideArea false: Include",
	},
	{
		Quote:   "If the inspected YOT is the home YOT and the child has lived outside the area covered by that YOT for any part of the sentence being inspected, we check whether the inspected YOT has taken responsibility for assessment of the child.",
		Place:   "CARaG, I 1.1 guidance, second bullet",
		Encoded: []string{"func sampling.CheckLookedAfter"},
		Note:    "homeService and livedOutsideArea true: the outcome turns on responsibleForAssessment (true: Include; false: Undetermined, since the source states no outcome; not recorded: Undetermined)",
	},
	{
		Quote:   "If yes, we inspect the case as normal, and would expect the YOT to ensure that sufficient services are delivered by the host YOT to meet the needs of the child and the sentence.",
		Place:   "CARaG, I 1.1 guidance, second bullet",
		Encoded: []string{"func sampling.CheckLookedAfter"},
		Note:    "Include; the expectation that the host YOT delivers is given in the decision's Notes and not checked: the record holds no fact of the host's services",
	},
	{
		Quote:   "If the inspected YOT is not the home YOT for the child, and has not been responsible for assessment, we exclude the case from the inspection sample.",
		Place:   "CARaG, I 1.1 guidance, third bullet",
		Encoded: []string{"func sampling.CheckLookedAfter", "finding case-excluded"},
		Note:    "homeService false and responsibleForAssessment false: Exclude, and Judge reports case-excluded",
	},
	{
		Quote:     "We expect to see evidence of the YOT having an age-appropriate conversation with the child to establish how they view their gender identity, and for that to be accurately recorded on case records.",
		Place:     "CARaG, I 1.4 guidance",
		Inspector: described("I1.4"),
	},
	{
		Quote:     "We expect to see evidence of the YOT having a conversation with the child to establish how they identify their race and ethnic category, and for that to be accurately recorded on case records.",
		Place:     "CARaG, I 1.5 guidance",
		Inspector: described("I1.5"),
	},
	{
		Quote:     "We expect to see evidence of the YOT discussing with the child what is their preferred language, and for that to be accurately recorded on case records.",
		Place:     "CARaG, I 1.6 guidance",
		Inspector: described("I1.6"),
	},
	{
		Quote:     "We expect to see evidence of the YOT having a conversation with the child to establish how they identify their religion, and for that to be accurately recorded on case records.",
		Place:     "CARaG, I 1.7 guidance",
		Inspector: described("I1.7"),
	},
	{
		Quote:     "We expect to see evidence of the YOT having an age-appropriate conversation with the child to establish how they view their sexual identity.",
		Place:     "CARaG, I 1.8 guidance",
		Inspector: described("I1.8"),
	},
	{
		Quote:     "We expect the YOT to recognise that some children may not want to, or will feel unable to, describe their sexual identity, or may be unsure about it, and for that to be accurately recorded on case records.",
		Place:     "CARaG, I 1.8 guidance",
		Inspector: described("I1.8"),
	},
	{
		Quote:     "Our definition of disability is ‘a physical or mental impairment which has a substantial and long-term adverse effect on a child’s ability to carry out normal day-to-day activities’.",
		Place:     "CARaG, I 1.9 guidance",
		Inspector: "it is the definition the inspector applies in answering I1.9 (does the child have a disability?), whose answer the record holds; the record holds no fact of the impairment or its effect, so the answer is the inspector's",
	},
	{
		Quote:     "The key words are ‘substantial’ and ‘long-term’.",
		Place:     "CARaG, I 1.9 guidance",
		Inspector: "it says how the inspector reads the definition in answering I1.9, whose answer the record holds; the record holds no fact of how substantial or long-term an effect is",
	},
	{
		Quote:     "In cases where there is no specific diagnosis, we expect the YOT to recognise any symptoms experienced by the child and the impact on their life, which may be sufficient to be included under the definition of disability.",
		Place:     "CARaG, I 1.9 guidance",
		Inspector: "the record holds I1.9 (whether the child has a disability), the inspector's answer by the definition; whether the YOT recognised symptoms where there is no diagnosis is read in the case records",
	},
	{
		Quote:     "We expect to see evidence of the YOT having a conversation with the child (and, if relevant, their parents or carers) about the nature of any disability, and for that to be accurately recorded on case records.",
		Place:     "CARaG, I 1.9 guidance",
		Inspector: "the record holds I1.9, not whether the YOT had the conversation or recorded it accurately, which the inspector reads in the case records",
	},
	{
		Quote:     "We expect the YOT to understand the extent of the impact of the disability on the child, and to take that into consideration as part of assessment, planning and delivery of services.",
		Place:     "CARaG, I 1.10 guidance",
		Inspector: "the record holds I1.9, I1.10 (the impact, in free text) and the inspector's answers to A1.diversity, P1.diversity and D1.diversity; whether the YOT understood the impact and took it into account is the inspector's reading in those answers, and no finding sets them against I1.9",
	},
	{
		Quote:     "We expect to see evidence of the YOT having a conversation with the child (and, if relevant, their parents or carers) about the impact of any disability, and for that to be accurately recorded on case records.",
		Place:     "CARaG, I 1.10 guidance",
		Inspector: described("I1.10"),
	},
	{
		Quote:     "‘Assessment’ includes all assessment activity, not just the preparation of a written assessment.",
		Place:     "CARaG, A 1 introduction",
		Inspector: activity("A1"),
	},
	{
		Quote:     "We expect to see assessment that is proportionate to the nature of the child’s offending, circumstances and the type of sentence.",
		Place:     "CARaG, A 1 introduction",
		Inspector: proportionate("A1"),
	},
	{
		Quote:     "We look for evidence from a range of sources, including case records and the interview with the case manager.",
		Place:     "CARaG, A 1 introduction",
		Inspector: across("A1"),
	},
	{
		Quote:     "We judge the quality of the assessment process in its entirety.",
		Place:     "CARaG, A 1 introduction",
		Inspector: across("A1"),
	},
	{
		Quote:     "In cases where the child has received a custodial sentence, we expect the YOT to meet all our standards for assessment during the custodial and post-release phases of the sentence.",
		Place:     "CARaG, A 1 introduction",
		Inspector: custody("every question of A1"),
	},
	{
		Quote:     "Inspectors are looking for an analysis of the offending behaviour, that explains why the child committed the offence, not just how.",
		Place:     "CARaG, A 1.1 guidance",
		Inspector: reads("A1.1"),
	},
	{
		Quote:     "Where there has been previous offending, we expect assessment to identify and incorporate information relevant to the current offence as well as any previous offending history.",
		Place:     "CARaG, A 1.1 guidance",
		Inspector: reads("A1.1"),
	},
	{
		Quote:     "Information from prosecution documents should be used, and any discrepancies between the prosecution account and the account given by the child should be explained.",
		Place:     "CARaG, A 1.1 guidance",
		Inspector: reads("A1.1"),
	},
	{
		Quote:     "We expect analysis to explore what happened and what the child thought about it, at the time and afterwards.",
		Place:     "CARaG, A 1.1 guidance",
		Inspector: reads("A1.1"),
	},
	{
		Quote:     "It should also include an assessment of the child’s acceptance of responsibility, and their attitude to, or motivation for, the offence.",
		Place:     "CARaG, A 1.1 guidance",
		Inspector: reads("A1.1"),
	},
	{
		Quote:     "The views of parents or carers are also important.",
		Place:     "CARaG, A 1.1 guidance",
		Inspector: reads("A1.1"),
	},
	{
		Quote:     "Inspectors expect to see a meaningful exploration of any diversity factors relevant to the child.",
		Place:     "CARaG, A1.diversity guidance (unnumbered, after A 1.1)",
		Inspector: diversity("A1.diversity"),
	},
	{
		Quote:     "We recognise the nine protected characteristics (gender, age, race, religion and belief, disability, pregnancy and maternity, sexual identity, gender reassignment and marriage or civil partnership).",
		Place:     "CARaG, A1.diversity guidance (unnumbered, after A 1.1)",
		Inspector: "it names the characteristics the inspector considers at A1.diversity; the record holds some of them (gender, race, religion and sexual identity in free text at I1.4 to I1.8, disability at I1.9) and the answer to A1.diversity, not whether the assessment explored them",
	},
	{
		Quote:     "We expect the case manager to go beyond simply listing any factors relevant to the individual child, and to analyse the impact on the child.",
		Place:     "CARaG, A1.diversity guidance (unnumbered, after A 1.1)",
		Inspector: diversity("A1.diversity"),
	},
	{
		Quote:     "Factors such as speech and language needs, and learning difficulties or disabilities, including attention deficit hyperactivity disorder and autism spectrum disorders, may count as disabilities, depending on the degree of impact on the child’s life.",
		Place:     "CARaG, A1.diversity guidance (unnumbered, after A 1.1)",
		Inspector: "whether such needs count as a disability turns on their impact on the child's life, which the record does not hold; the record holds the inspector's answers to I1.9 and A1.diversity",
	},
	{
		Quote:     "Having identified relevant diversity factors, inspectors expect to see an account of the impact these have specifically on the requirements of the disposal and the child’s ability to engage and comply.",
		Place:     "CARaG, A1.diversity guidance (unnumbered, after A 1.1)",
		Inspector: diversity("A1.diversity"),
	},
	{
		Quote:     "Assessment should consider the child’s lived experience and how this may affect their ability to engage in an intervention.",
		Place:     "CARaG, A1.circumstances guidance (unnumbered, after A 1.1)",
		Inspector: reads("A1.circumstances"),
	},
	{
		Quote:     "YOT staff should consider whether the child has experienced trauma, and what impact this may have on their ability to engage in an intervention.",
		Place:     "CARaG, A1.circumstances guidance (unnumbered, after A 1.1)",
		Inspector: reads("A1.circumstances"),
	},
	{
		Quote:     "For Looked After Children, we expect assessment to take account of the potential lack of trust children might have in professionals, or difficulties they might have in engagement, arising from their experiences of feeling unsupported or not cared for.",
		Place:     "CARaG, A1.circumstances guidance (unnumbered, after A 1.1)",
		Inspector: lookedAfter("A1.circumstances"),
	},
	{
		Quote:     "Assessment should explain and analyse the wider familial context of the child’s offending, and the social context within which the child is living.",
		Place:     "CARaG, A1.circumstances guidance (unnumbered, after A 1.1)",
		Inspector: reads("A1.circumstances"),
	},
	{
		Quote:     "Information from parents and any other carers should be included.",
		Place:     "CARaG, A1.circumstances guidance (unnumbered, after A 1.1)",
		Inspector: reads("A1.circumstances"),
	},
	{
		Quote:     "Inspectors will look for evidence that YOT staff have considered any identified issues that the parents or carers may have, such as mental health or drug or alcohol problems, and what impact these may have on the child.",
		Place:     "CARaG, A1.circumstances guidance (unnumbered, after A 1.1)",
		Inspector: reads("A1.circumstances"),
	},
	{
		Quote:     "We expect to see a check with children’s social care and any education provider.",
		Place:     "CARaG, A1.agencies guidance (unnumbered, after A 1.1)",
		Inspector: reads("A1.agencies"),
	},
	{
		Quote:     "The YOT should seek additional information from other partner or voluntary organisations that know the child, such as youth workers or support workers.",
		Place:     "CARaG, A1.agencies guidance (unnumbered, after A 1.1)",
		Inspector: reads("A1.agencies"),
	},
	{
		Quote:     "If the child is looked after, the YOT should obtain information from the child’s social worker.",
		Place:     "CARaG, A1.agencies guidance (unnumbered, after A 1.1)",
		Inspector: lookedAfter("A1.agencies"),
	},
	{
		Quote:     "Past assessments, where available, should be taken into account.",
		Place:     "CARaG, A1.agencies guidance (unnumbered, after A 1.1)",
		Inspector: reads("A1.agencies"),
	},
	{
		Quote:     "For children in custody, assessment should seek relevant information from the institution, including any specialist services such as psychology or intervention teams.",
		Place:     "CARaG, A1.agencies guidance (unnumbered, after A 1.1)",
		Inspector: custody("A1.agencies"),
	},
	{
		Quote:     "Inspectors will look for a clear identification of the child’s strengths or potential strengths.",
		Place:     "CARaG, A 1.3 guidance",
		Inspector: reads("A1.3"),
	},
	{
		Quote:     "This should include personal characteristics such as resilience, a sense of self-efficacy or motivation to change.",
		Place:     "CARaG, A 1.3 guidance",
		Inspector: reads("A1.3"),
	},
	{
		Quote:     "Inspectors will look for evidence that the YOT has identified any actual strengths and protective factors, and any factors that have the potential to be enhanced.",
		Place:     "CARaG, A 1.3 guidance",
		Inspector: reads("A1.3"),
	},
	{
		Quote:     "Inspectors will also look for evidence that the YOT has identified periods when there was no offending, and explored what the child felt was going well for them at that time.",
		Place:     "CARaG, A 1.3 guidance",
		Inspector: reads("A1.3"),
	},
	{
		Quote:     "A custodial sentence can be considered a structural barrier, and assessment should consider the impact of this.",
		Place:     "CARaG, A 1.4 guidance",
		Inspector: custody("A1.4"),
	},
	{
		Quote:     "For resettlement cases, assessment should consider critical structural barriers such as accommodation for release.",
		Place:     "CARaG, A 1.4 guidance",
		Inspector: custody("A1.4"),
	},
	{
		Quote:     "Inspectors will look for an analysis of the impact that any structural barriers may have on the child.",
		Place:     "CARaG, A 1.4 guidance",
		Inspector: reads("A1.4"),
	},
	{
		Quote:     "Assessment should also include consideration of how to overcome any structural barriers.",
		Place:     "CARaG, A 1.4 guidance",
		Inspector: reads("A1.4"),
	},
	{
		Quote:     "Inspectors will look for evidence that the YOT has considered the maturity of the child.",
		Place:     "CARaG, A 1.5 guidance",
		Inspector: reads("A1.5"),
	},
	{
		Quote:     "This should include anything that may have delayed maturity, such as experiences of neglect, or a diagnosis of developmental delay or learning difficulty.",
		Place:     "CARaG, A 1.5 guidance",
		Inspector: reads("A1.5"),
	},
	{
		Quote:     "We expect the YOT to carry out some analysis of the child’s ability to engage in the sentence.",
		Place:     "CARaG, A 1.5 guidance",
		Inspector: reads("A1.5"),
	},
	{
		Quote:     "It should consider the impact of any cognitive or emotional issues such as attention deficit hyperactivity disorder, autistic spectrum disorders, learning difficulties, speech and language needs or acquired brain injury.",
		Place:     "CARaG, A 1.5 guidance",
		Inspector: reads("A1.5"),
	},
	{
		Quote:     "Assessment should be based on all the information identified and should also include an assessment of any past engagement, including any episodes of good or poor compliance.",
		Place:     "CARaG, A 1.5 guidance",
		Inspector: reads("A1.5"),
	},
	{
		Quote:     "Assessment should reflect the child’s motivation to engage in the sentence, and how well they have understood the implications of the outcome.",
		Place:     "CARaG, A 1.5 guidance",
		Inspector: reads("A1.5"),
	},
	{
		Quote:     "If relevant, the YOT should consider the impact of custody on the child, particularly if this is their first custodial sentence.",
		Place:     "CARaG, A 1.5 guidance",
		Inspector: custody("A1.5"),
	},
	{
		Quote:     "It should refer to any information from previous periods of custody, including police custody or remand.",
		Place:     "CARaG, A 1.5 guidance",
		Inspector: custody("A1.5"),
	},
	{
		Quote:     "Inspectors will look for an assessment of the victim’s needs and wishes, if known, and of the viability of a restorative justice intervention.",
		Place:     "CARaG, A 1.6 guidance",
		Inspector: victim("A1.6"),
	},
	{
		Quote:     "This should include any views the victim may have on reparation or any restorative activity, such as a letter of apology, shuttle mediation or direct reparation.",
		Place:     "CARaG, A 1.6 guidance",
		Inspector: victim("A1.6"),
	},
	{
		Quote:     "If a victim does wish to be involved in a restorative activity, the YOT should consider the victim’s suitability to participate in this activity.",
		Place:     "CARaG, A 1.6 guidance",
		Inspector: victim("A1.6"),
	},
	{
		Quote:     "Any requests from the victim should be balanced with the requirements of the disposal and an awareness of the timescales and status of the disposal.",
		Place:     "CARaG, A 1.6 guidance",
		Inspector: victim("A1.6"),
	},
	{
		Quote:     "We recognise that, in some cases, indirect restorative activity may be more appropriate.",
		Place:     "CARaG, A 1.6 guidance",
		Inspector: victim("A1.6"),
	},
	{
		Quote:     "Assessment should also consider the child’s capacity and capability to comply with any restorative activity.",
		Place:     "CARaG, A 1.6 guidance",
		Inspector: reads("A1.6"),
	},
	{
		Quote:     "Issues about the victim’s safety are addressed later, in the section about keeping other people safe.",
		Place:     "CARaG, A 1.6 guidance",
		Inspector: "it says what A1.6 does not judge (the victim's safety, judged under A3); the record holds the answers, and nothing in it turns on that scope",
	},
	{
		Quote:     "Inspectors will look for evidence that the child has been interviewed as part of the assessment process, and that the interview has taken the child’s needs into account.",
		Place:     "CARaG, A 1.7 guidance",
		Inspector: reads("A1.7"),
	},
	{
		Quote:     "This should include finding a suitable venue, and using language or tools that the child is able to understand.",
		Place:     "CARaG, A 1.7 guidance",
		Inspector: reads("A1.7"),
	},
	{
		Quote:     "There should be evidence in the assessment of the child’s perspective on their behaviour.",
		Place:     "CARaG, A 1.7 guidance",
		Inspector: reads("A1.7"),
	},
	{
		Quote:     "The YOT should make a reasonable effort to include the views of the child’s parents or carers in the assessment.",
		Place:     "CARaG, A 1.7 guidance",
		Inspector: reads("A1.7"),
	},
	{
		Quote:     "It should also consider the needs of the parents or carers when interviewing them.",
		Place:     "CARaG, A 1.7 guidance",
		Inspector: reads("A1.7"),
	},
	{
		Quote:     "We expect to see use of interpreters where the child and/or parents or carers do not speak English as a first language.",
		Place:     "CARaG, A 1.7 guidance",
		Inspector: "the record holds the child's preferred language (I1.6, free text), but not whether English is a first language for the child or the parents or carers, nor whether interpreters were used; the inspector reads that and answers A1.7",
	},
	{
		Quote:     "For a Looked After Child, the social worker’s views should be included.",
		Place:     "CARaG, A 1.7 guidance",
		Inspector: lookedAfter("A1.7"),
	},
	{
		Quote:     "HM Inspectorate of Probation does not require YOTs to use any specific assessment tool, but any document or process used should support recording of the factors that impact on the child’s desistance.",
		Place:     "CARaG, A 1.10 guidance",
		Inspector: document("A1.10"),
	},
	{
		Quote:     "While for other questions about assessment, we look at a range of sources of evidence, this question is about a single assessment document.",
		Place:     "CARaG, A 1.10 guidance",
		Inspector: single("A1.10"),
	},
	{
		Quote:     "We think this is important, as it forms a reference for other staff who need to understand the assessment.",
		Place:     "CARaG, A 1.10 guidance",
		Inspector: why("A1.10"),
	},
	{
		Quote:     "Inspectors will judge whether the overall quality of assessment meets the needs of the case and the nature of the sentence.",
		Place:     "CARaG, A 1 S guidance",
		Inspector: weigh("A1.S"),
	},
	{
		Quote:     "Sufficient assessment for a child with a limited offending history may be less detailed than assessment for a child with more convictions.",
		Place:     "CARaG, A 1 S guidance",
		Inspector: "the record holds no fact of the child's offending history, so what is sufficient is the inspector's judgement in A1.S, which Judge never overrides",
	},
	{
		Quote:     "Inspectors will consider the nature of the offence and the characteristics of the child.",
		Place:     "CARaG, A 1 S guidance",
		Inspector: "the record holds no fact of the offence, and the library weighs none of the child's characteristics the record holds (I1.4 to I1.10): the weighing is the inspector's in A1.S, which Judge never overrides",
	},
	{
		Quote:     "Inspectors need to take into account their answers to all the questions in this section, and decide whether the strengths outweigh any deficiencies.",
		Place:     "CARaG, A 1 S guidance",
		Inspector: weigh("A1.S"),
	},
	{
		Quote:     "We are not looking for perfection, but for a sufficient assessment of the important desistance factors.",
		Place:     "CARaG, A 1 S guidance",
		Inspector: weigh("A1.S"),
	},
	{
		Quote:     "Where there are deficits, inspectors will consider their impact in the context of the case.",
		Place:     "CARaG, A 1 S guidance",
		Inspector: weigh("A1.S"),
	},
	{
		Quote:     "So, in some circumstances a particular omission may be enough to lead to a judgement of insufficient.",
		Place:     "CARaG, A 1 S guidance",
		Inspector: omission("A1.S"),
	},
	{
		Quote:     "For example, assessment that failed to take into account a child’s learning disability may be judged insufficient, even if it covered all other factors relevant to desistance.",
		Place:     "CARaG, A 1 S guidance",
		Inspector: "the record holds I1.9 (a disability) and A1.diversity, but whether the assessment failed to take a learning disability into account, and whether that outweighs the rest, is the inspector's weighing in A1.S; Judge never overrides it and at most warns (summary-no-prompts-yes)",
	},
	{
		Quote:     "‘Assessment’ includes all assessment activity, not just the preparation of a written assessment.",
		Place:     "CARaG, A 2 introduction",
		Inspector: activity("A2"),
	},
	{
		Quote:     "We expect to see assessment that is proportionate to the nature of the child’s offending, circumstances and the type of sentence.",
		Place:     "CARaG, A 2 introduction",
		Inspector: proportionate("A2"),
	},
	{
		Quote:     "We look for evidence from a range of sources, including case records and the interview with the case manager.",
		Place:     "CARaG, A 2 introduction",
		Inspector: across("A2"),
	},
	{
		Quote:     "We judge the quality of the assessment process in its entirety.",
		Place:     "CARaG, A 2 introduction",
		Inspector: across("A2"),
	},
	{
		Quote:     "In cases where the child has received a custodial sentence, we expect the YOT to meet all our standards for assessment during the custodial and post-release phases of the sentence.",
		Place:     "CARaG, A 2 introduction",
		Inspector: custody("every question of A2"),
	},
	{
		Quote:     "Assessment should clearly identify the nature of risk, why that risk is present, and the likelihood and imminence of the risk to the child.",
		Place:     "CARaG, A 2.2 guidance",
		Inspector: reads("A2.2"),
	},
	{
		Quote:     "The YOT should also consider the impact of the child’s own behaviour on their safety and wellbeing.",
		Place:     "CARaG, A 2.2 guidance",
		Inspector: reads("A2.2"),
	},
	{
		Quote:     "This should include identifying any physical or mental health concerns, missing from home episodes, substance misuse or risk-taking behaviour that may place them at risk.",
		Place:     "CARaG, A 2.2 guidance",
		Inspector: reads("A2.2"),
	},
	{
		Quote:     "There should be an explicit assessment of the impact a custodial sentence will have on the child.",
		Place:     "CARaG, A 2.2 guidance",
		Inspector: custody("A2.2"),
	},
	{
		Quote:     "Assessment should consider the impact of the child being away from their home and peer group, and the potential safeguarding risks of being placed in a custodial setting.",
		Place:     "CARaG, A 2.2 guidance",
		Inspector: custody("A2.2"),
	},
	{
		Quote:     "The impact of custody on the child’s physical, emotional and mental health should be assessed.",
		Place:     "CARaG, A 2.2 guidance",
		Inspector: custody("A2.2"),
	},
	{
		Quote:     "Having identified the safety and wellbeing concerns, assessment should then analyse the potential impact of those concerns on the child.",
		Place:     "CARaG, A 2.2 guidance",
		Inspector: reads("A2.2"),
	},
	{
		Quote:     "The safety and wellbeing assessment should consider the circumstances of the case and the context in which the safety and wellbeing concern is likely to occur.",
		Place:     "CARaG, A 2.2 guidance",
		Inspector: reads("A2.2"),
	},
	{
		Quote:     "Assessment should clearly identify the risk, state what the risk to safety and wellbeing is, why that risk is present, and the likelihood and imminence of the risk.",
		Place:     "CARaG, A 2.2 guidance",
		Inspector: reads("A2.2"),
	},
	{
		Quote:     "Inspectors will look for clear evidence that the YOT has asked for information from other agencies regarding the child’s safety and wellbeing.",
		Place:     "CARaG, A 2.3 guidance",
		Inspector: reads("A2.3"),
	},
	{
		Quote:     "As a minimum this should include a check on the children’s social care system.",
		Place:     "CARaG, A 2.3 guidance",
		Inspector: reads("A2.3"),
	},
	{
		Quote:     "Further information should include education and health checks.",
		Place:     "CARaG, A 2.3 guidance",
		Inspector: reads("A2.3"),
	},
	{
		Quote:     "For this to be sufficient, the case manager should have taken into account the key relevant sources of information.",
		Place:     "CARaG, A 2.3 guidance",
		Inspector: reads("A2.3"),
	},
	{
		Quote:     "It would not be sufficient to just list the issues; analysis is required.",
		Place:     "CARaG, A 2.3 guidance",
		Inspector: reads("A2.3"),
	},
	{
		Quote:     "This should include any additional assessment that has been completed by other agencies, such as child sexual exploitation screening, ‘return home’ interviews, or police intelligence.",
		Place:     "CARaG, A 2.3 guidance",
		Inspector: reads("A2.3"),
	},
	{
		Quote:     "Information from past or present child protection plans should be included.",
		Place:     "CARaG, A 2.3 guidance",
		Inspector: reads("A2.3"),
	},
	{
		Quote:     "Historical information should be referenced and evaluated in the current circumstances.",
		Place:     "CARaG, A 2.3 guidance",
		Inspector: reads("A2.3"),
	},
	{
		Quote:     "If the child was involved with other agencies in relation to their safety and wellbeing, information should be gained on how well they engaged with that agency and what facilitated or hindered this engagement.",
		Place:     "CARaG, A 2.3 guidance",
		Inspector: reads("A2.3"),
	},
	{
		Quote:     "For children in custody, assessment should incorporate relevant information from the institution.",
		Place:     "CARaG, A 2.3 guidance",
		Inspector: custody("A2.3"),
	},
	{
		Quote:     "Assessment should identify any existing controls and interventions that are in place to promote the child’s safety and wellbeing.",
		Place:     "CARaG, A 2.4 guidance",
		Inspector: reads("A2.4"),
	},
	{
		Quote:     "This should include detail of what the controls are, and an explanation of how well the child is responding to those controls.",
		Place:     "CARaG, A 2.4 guidance",
		Inspector: reads("A2.4"),
	},
	{
		Quote:     "We expect to see assessment of informal controls, such as those put in place by parents or carers, and more formal controls, such as bail conditions or child protection requirements.",
		Place:     "CARaG, A 2.4 guidance",
		Inspector: reads("A2.4"),
	},
	{
		Quote:     "The YOT should also consider any interventions already in place that promote the child’s safety and wellbeing; these could include counselling, educational support, or services provided by external agencies to address mental or physical ill-health or substance misuse.",
		Place:     "CARaG, A 2.4 guidance",
		Inspector: reads("A2.4"),
	},
	{
		Quote:     "Where children are in custody, there should be evidence of continuity of care from the community to custodial health teams and then back into the community.",
		Place:     "CARaG, A 2.4 guidance",
		Inspector: custody("A2.4"),
	},
	{
		Quote:     "Any custody-related safety and wellbeing issues should be considered, such as increased risks of self-harm and the potential use of restraint.",
		Place:     "CARaG, A 2.4 guidance",
		Inspector: custody("A2.4"),
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
		Quote:   "We recognise that the precise level of safety and wellbeing is a point on a continuum, and that for cases close to the boundary between two levels, it is a fine judgement about the actual level to be assigned.",
		Place:   "CARaG, A2.reasonable guidance (the question after A 2.5)",
		Encoded: []string{"func classification.CheckReasonable", "finding reasonable-disagrees"},
		Note:    "CheckReasonable leaves levels one apart to the inspector (InspectorJudgement) where the record says the case is close to a boundary (unnamed, or the one between them) or does not say, and where the inspector's level is missing; the same level is Reasonable, and levels two or more apart, or one apart where the case is recorded as not close or close to another boundary, NotReasonable; reasonable-disagrees warns only where the recorded answer disagrees with a definite outcome",
	},
	{
		Quote:     "We expect to see a clear explanation of the reasons that the particular level of safety and wellbeing has been set, based on AssetPlus definitions.",
		Place:     "CARaG, A2.reasonable guidance (the question after A 2.5)",
		Inspector: "the record holds the case manager's level (A2.5) but no rationale for it (the rationale of the record is for risk of serious harm only); whether the explanation is clear and based on the AssetPlus definitions is the inspector's reading",
	},
	{
		Quote:     "HM Inspectorate of Probation does not require YOTs to use any specific assessment tool, but any document or process used should support recording of the factors that impact on the child’s safety and wellbeing.",
		Place:     "CARaG, A 2.9 guidance",
		Inspector: document("A2.9"),
	},
	{
		Quote:     "While for other questions about assessment, we look at a range of sources of evidence, this question is about a single assessment document.",
		Place:     "CARaG, A 2.9 guidance",
		Inspector: single("A2.9"),
	},
	{
		Quote:     "We think this is important, as it forms a reference for other staff who need to understand the assessment.",
		Place:     "CARaG, A 2.9 guidance",
		Inspector: why("A2.9"),
	},
	{
		Quote:   "Even in cases where there are no factors related to safety and wellbeing, or the level of safety and wellbeing risk is correctly judged to be low, there should be a clear written explanation of this.",
		Place:   "CARaG, A 2.9 guidance",
		Encoded: []string{"finding written-record-not-applicable"},
	},
	{
		Quote:     "Inspectors will judge whether the overall quality of assessment meets the needs of the case and the nature of the sentence.",
		Place:     "CARaG, A 2 S guidance",
		Inspector: weigh("A2.S"),
	},
	{
		Quote:     "Sufficient assessment for a child where there are few or no concerns about safety and wellbeing may be less detailed than assessment for a child believed to be at greater risk.",
		Place:     "CARaG, A 2 S guidance",
		Inspector: "the record holds whether there are factors related to keeping the child safe (factors.childSafety) and the levels, which say whether there are concerns, but not how detailed the assessment is or needed to be; A2.S has no summary rule (A2.9 expects a written record even where there are no factors), so sufficiency is the inspector's judgement, which Judge never overrides",
	},
	{
		Quote:     "Inspectors will consider the range of information gathered and the circumstances and characteristics of the child.",
		Place:     "CARaG, A 2 S guidance",
		Inspector: "the record holds no fact of the information gathered, and the library weighs none of the child's characteristics the record holds: the weighing is the inspector's in A2.S, which Judge never overrides",
	},
	{
		Quote:     "Inspectors need to take into account their answers to all the questions in this section, and decide whether the strengths outweigh any deficiencies.",
		Place:     "CARaG, A 2 S guidance",
		Inspector: weigh("A2.S"),
	},
	{
		Quote:     "We are not looking for perfection, but for a sufficient assessment of the important factors related to keeping the child safe.",
		Place:     "CARaG, A 2 S guidance",
		Inspector: weigh("A2.S"),
	},
	{
		Quote:     "Where there are deficits, inspectors will consider their impact in the context of the case.",
		Place:     "CARaG, A 2 S guidance",
		Inspector: weigh("A2.S"),
	},
	{
		Quote:     "So, in some circumstances, a particular omission may be enough to lead to a judgement of insufficient.",
		Place:     "CARaG, A 2 S guidance",
		Inspector: omission("A2.S"),
	},
	{
		Quote:     "‘Assessment’ includes all assessment activity, not just the preparation of a written assessment.",
		Place:     "CARaG, A 3 introduction",
		Inspector: activity("A3"),
	},
	{
		Quote:     "We expect to see assessment that is proportionate to the nature of the child’s offending, circumstances and the type of sentence.",
		Place:     "CARaG, A 3 introduction",
		Inspector: proportionate("A3"),
	},
	{
		Quote:     "We look for evidence from a range of sources, including case records and the interview with the case manager.",
		Place:     "CARaG, A 3 introduction",
		Inspector: across("A3"),
	},
	{
		Quote:     "We judge the quality of the assessment process in its entirety.",
		Place:     "CARaG, A 3 introduction",
		Inspector: across("A3"),
	},
	{
		Quote:     "HM Inspectorate of Probation expects all factors relevant to risk of harm to be identified and analysed (not just factors related to risk of serious harm).",
		Place:     "CARaG, A 3 introduction",
		Inspector: "the record holds whether there are factors related to risk of harm (factors.riskOfHarm) and the inspector's answers to A3.1 and A3.2, which are the reading of whether every factor was identified and analysed; it holds no list of the factors, and no finding sets those answers against factors.riskOfHarm",
	},
	{
		Quote:     "In cases where the child has received a custodial sentence, we expect the YOT to meet all our standards for assessment during the custodial and post-release phases of the sentence.",
		Place:     "CARaG, A 3 introduction",
		Inspector: custody("every question of A3"),
	},
	{
		Quote:     "In any assessment of risk of harm to others, we expect any and all factors related to the risk of harm (not just factors related to risk of serious harm) to be set out, described and analysed.",
		Place:     "CARaG, A 3.1 guidance",
		Inspector: "the record holds factors.riskOfHarm and the inspector's answer to A3.1, the reading of whether every factor was set out, described and analysed; it holds no list of the factors",
	},
	{
		Quote:     "‘Harm’ includes physical harm, sexual harm and psychological harm.",
		Place:     "CARaG, A 3.1 guidance",
		Inspector: "it says what counts as harm when the inspector answers A3.1; the record holds no fact of the kinds of harm",
	},
	{
		Quote:     "Our judgements are based on the overall assessment process, and inspectors will consider evidence from:",
		Place:     "CARaG, A 3.1 guidance",
		Inspector: reads("A3.1"),
	},
	{
		Quote:     "Risk of harm assessment should consider:",
		Place:     "CARaG, A 3.1 guidance",
		Inspector: reads("A3.1"),
	},
	{
		Quote:     "We expect case managers to recognise the potential for long-term psychological harm arising from offences where there has been no physical violence, such as some domestic abuse or harassment offences.",
		Place:     "CARaG, A 3.1 guidance",
		Inspector: reads("A3.1"),
	},
	{
		Quote:     "Once the factors related to risk of harm have been identified, each factor should be analysed in terms of its potential impact on the risk of harm presented by the child.",
		Place:     "CARaG, A 3.1 guidance",
		Inspector: reads("A3.1"),
	},
	{
		Quote:     "Analysis should consider the relevance and potential impact of individual identified factors on predictions of future behaviour, and the possible consequences of future behaviour.",
		Place:     "CARaG, A 3.1 guidance",
		Inspector: reads("A3.1"),
	},
	{
		Quote:     "For example, historical behaviour that has not been repeated may be given less weight in the overall analysis than more recent behaviour.",
		Place:     "CARaG, A 3.1 guidance",
		Inspector: reads("A3.1"),
	},
	{
		Quote:     "The potential impact of factors such as criminal exploitation and previous trauma on future behaviour should be considered and clearly explained.",
		Place:     "CARaG, A 3.1 guidance",
		Inspector: reads("A3.1"),
	},
	{
		Quote:     "Assessment should be specific about exactly what harm might be caused and the circumstances when future harm is most likely to occur.",
		Place:     "CARaG, A 3.1 guidance",
		Inspector: reads("A3.1"),
	},
	{
		Quote:     "If there is an identified person at risk (parent, sibling, peer, partner or ex-partner), this should be clearly identified, and the nature of that risk specified.",
		Place:     "CARaG, A 3.1 guidance",
		Inspector: reads("A3.1"),
	},
	{
		Quote:     "Assessment should clearly state the nature of any risk to others, why that risk is present, and the likelihood and imminence of the risk.",
		Place:     "CARaG, A 3.1 guidance",
		Inspector: reads("A3.1"),
	},
	{
		Quote:     "Where specific actual or potential victims cannot be identified, assessment should look for any patterns in previous behaviour, and explain any groups of potential victims, such as peers, partners or shop security staff.",
		Place:     "CARaG, A 3.1 guidance",
		Inspector: reads("A3.1"),
	},
	{
		Quote:     "Where risk factors indicate that the child could cause multiple types of future harm (such as sexual harm, physical harm, emotional harm), assessment should clearly state which type of harm is likely to be caused to which potential victims.",
		Place:     "CARaG, A 3.1 guidance",
		Inspector: reads("A3.1"),
	},
	{
		Quote:     "Inspectors will look for clear evidence that that the YOT has asked other agencies for information about the risk of harm from the child.",
		Place:     "CARaG, A 3.2 guidance",
		Inspector: reads("A3.2"),
	},
	{
		Quote:     "Inspectors look to YOT records for information about current and previous convictions, prosecution documents, and information about any out-of-court or informal disposals.",
		Place:     "CARaG, A 3.2 guidance",
		Inspector: reads("A3.2"),
	},
	{
		Quote:     "We also expect to see information from the child and parents or carers.",
		Place:     "CARaG, A 3.2 guidance",
		Inspector: reads("A3.2"),
	},
	{
		Quote:     "YOT staff should actively seek information from assessments completed by other agencies, including education, health and children’s social care.",
		Place:     "CARaG, A 3.2 guidance",
		Inspector: reads("A3.2"),
	},
	{
		Quote:     "For children in custody, they should seek and use information from the institution.",
		Place:     "CARaG, A 3.2 guidance",
		Inspector: custody("A3.2"),
	},
	{
		Quote:     "We expect to see that YOT staff have considered the impact of factors such as learning difficulties, experience of trauma, and neurodiversity on the future behaviour of the child.",
		Place:     "CARaG, A 3.2 guidance",
		Inspector: reads("A3.2"),
	},
	{
		Quote:     "They should also refer to information about worrying behaviour that has not resulted in a criminal outcome, such as information from parents or carers, from community safety teams, from a school about bullying, or from police intelligence.",
		Place:     "CARaG, A 3.2 guidance",
		Inspector: reads("A3.2"),
	},
	{
		Quote:     "Information from these sources should be analysed to indicate the likely impact on future behaviour; it is not sufficient to just list the issues.",
		Place:     "CARaG, A 3.2 guidance",
		Inspector: reads("A3.2"),
	},
	{
		Quote:     "We expect YOT staff to have gathered as much relevant information as possible to inform assessment.",
		Place:     "CARaG, A 3.2 guidance",
		Inspector: reads("A3.2"),
	},
	{
		Quote:     "However, assessment should not be delayed unnecessarily if some information is not available.",
		Place:     "CARaG, A 3.2 guidance",
		Inspector: reads("A3.2"),
	},
	{
		Quote:     "We base our judgements on the sources of information it would have been reasonable for the case manager to access at the time of the assessment.",
		Place:     "CARaG, A 3.2 guidance",
		Inspector: reads("A3.2"),
	},
	{
		Quote:     "Case managers should actively seek all relevant information; if escalation processes are needed, they should be used to obtain key sources of information that are held by other agencies.",
		Place:     "CARaG, A 3.2 guidance",
		Inspector: reads("A3.2"),
	},
	{
		Quote:     "If the child has engaged with other agencies in relation to risk of harm, YOT staff should obtain information on how well they engage with those agencies, and what facilitated or prevented that engagement.",
		Place:     "CARaG, A 3.2 guidance",
		Inspector: reads("A3.2"),
	},
	{
		Quote:     "For children in custody, assessment should incorporate relevant information from the institution.",
		Place:     "CARaG, A 3.2 guidance",
		Inspector: custody("A3.2"),
	},
	{
		Quote:     "Assessment should identify any existing controls and interventions that are in place to minimise the risk of harm to others presented by the child.",
		Place:     "CARaG, A 3.3 guidance",
		Inspector: reads("A3.3"),
	},
	{
		Quote:     "This should include detail of what the controls are, and an explanation of how well the child is responding to those controls.",
		Place:     "CARaG, A 3.3 guidance",
		Inspector: reads("A3.3"),
	},
	{
		Quote:     "We expect to see assessment of informal controls, such as those put in place by parents or carers, and more formal controls, such as bail conditions.",
		Place:     "CARaG, A 3.3 guidance",
		Inspector: reads("A3.3"),
	},
	{
		Quote:     "YOT staff should also consider any interventions already in place that promote the safety of other people; these could include counselling, educational support, or services provided by external agencies to address mental or physical ill-health or substance misuse.",
		Place:     "CARaG, A 3.3 guidance",
		Inspector: reads("A3.3"),
	},
	{
		Quote:   "HM Inspectorate of Probation recognises the AssetPlus definitions of the levels of serious harm.",
		Place:   "CARaG, A 3.4 guidance",
		Encoded: []string{"func classification.Definition"},
		Note:    "Definition gives the four levels of each scale with the definitions the A 2.5 and A 3.4 guidance prints (the AssetPlus definitions); which level fits a case is the case manager's classification and the inspector's judgement",
	},
	{
		Quote:     "‘Serious harm is defined as an event which is life-threatening and/or traumatic, and from which recovery, whether physical or psychological, can be expected to be difficult or impossible.’",
		Place:     "CARaG, A 3.4 guidance",
		Inspector: "it defines the harm the level measures; the record holds the levels (A3.4, the inspector's, the rationale's), not the harm behind them, so whether a level fits is the inspector's judgement (A3.reasonable)",
	},
	{
		Quote:   "While we do expect all factors relevant to risk of harm to be identified and analysed, when assessing the level of risk of harm, we are looking at the level of risk of serious harm.",
		Place:   "CARaG, A 3.4 guidance",
		Note:    "whether every factor was identified and analysed stays the inspector's reading (A3.1, A3.2)",
		Encoded: []string{"finding rosh-rationale-contradicts-factors"},
	},
	{
		Quote:   "Every case should have a classification for risk of serious harm, and this should be recorded accurately and consistently.",
		Place:   "CARaG, A 3.4 guidance",
		Encoded: []string{"finding classification-missing", "finding rosh-no-level", "finding rosh-level-differs"},
	},
	{
		Quote:     "The level of serious harm is defined in terms of the likelihood of serious harmful behaviour happening.",
		Place:     "CARaG, A 3.4 guidance",
		Inspector: "the record holds the levels, not the likelihood behind them; whether a level fits the likelihood of seriously harmful behaviour is the inspector's judgement (A3.reasonable)",
	},
	{
		Quote:     "Assessment should be clear about the level and nature of the risk presented to any/all categories of actual or potential victim.",
		Place:     "CARaG, A 3.4 guidance",
		Inspector: "the record holds the case manager's level (A3.4) and the inspector's, not how clearly the assessment sets out the risk to each category of victim, which the inspector weighs in A3.reasonable and A3.S",
	},
	{
		Quote:     "Where relevant, assessment should reflect the nature of the circumstances in a custodial setting and consider the risk to others in custody, as well as those in the community.",
		Place:     "CARaG, A 3.4 guidance",
		Inspector: custody("A3.reasonable and A3.S"),
	},
	{
		Quote:     "In assessing the likelihood of seriously harmful behaviour, we expect case managers to consider the following:",
		Place:     "CARaG, A 3.4 guidance, likelihood",
		Inspector: "the case manager's rationale may record the considerations relied on (type and use), but the source lists what to consider, not that each be recorded: CheckRoSH checks how considerations were used, never whether each was considered, which is the inspector's reading",
	},
	{
		Quote:   "If there are no factors at all that indicate the potential for seriously harmful behaviour, or where there are factors that indicate the potential for some harmful behaviour, and there is good evidence that those factors are mitigated by a combination of internal and external factors, and the circumstances of the child are stable and likely to remain so, an assessment of low risk of serious harm (RoSH) may be appropriate.",
		Place:   "CARaG, A 3.4 guidance, likelihood",
		Encoded: []string{"func classification.CheckRoSH", "finding rosh-low-not-mitigated", "finding rosh-low-unconfirmed"},
		Note:    "CheckRoSH accepts Low without a finding where currentFactors is false, or where mitigated and stable are both true; otherwise it warns: rosh-low-not-mitigated where currentFactors is true, rosh-low-unconfirmed where it is not recorded",
	},
	{
		Quote:     "Where there are current factors indicating the potential for seriously harmful behaviour, we expect case managers to consider the following, when judging the level of RoSH:",
		Place:     "CARaG, A 3.4 guidance, likelihood",
		Inspector: "the rationale records currentFactors and the considerations relied on, but the source lists questions to consider, not answers to give: CheckRoSH asks for no consideration of any type where currentFactors is true, and whether they were considered is the inspector's reading",
	},
	{
		Quote:   "The presence of a range of stable, or improving, dynamic risk factors may reduce the assessed level of RoSH.",
		Place:   "CARaG, A 3.4 guidance, likelihood",
		Encoded: []string{"func classification.CheckRoSH"},
		Note:    "CheckRoSH gives it the effect of a reason to lower: a consideration of type stable-dynamic-factors used to lower is a reason besides absence of access to victims, so rosh-no-access-lowered is not reported; CheckRoSH counts any consideration used to lower whose type is valid and not no-access-to-victims in the same way (one of no or unknown type does not count) (it does not read the direction the source gives each type), and finds nothing against using it to raise; whether the factors are stable or improving is the inspector's reading",
	},
	{
		Quote:     "The presence of a number of acute dynamic risk factors may increase the assessed level of RoSH.",
		Place:     "CARaG, A 3.4 guidance, likelihood",
		Inspector: "CheckRoSH finds nothing about acute dynamic risk factors used to raise the level, and counts one used to lower (like any consideration of another type than absence of access to victims) as a reason besides that absence; the source says they may increase the level, never that it must rise, so the weight is the inspector's",
	},
	{
		Quote:   "The presence of known strengths may reduce the assessed level of RoSH.",
		Place:   "CARaG, A 3.4 guidance, likelihood",
		Encoded: []string{"func classification.CheckRoSH"},
		Note:    "CheckRoSH gives it the effect of a reason to lower: a consideration of type strengths used to lower is a reason besides absence of access to victims, so rosh-no-access-lowered is not reported; CheckRoSH counts any consideration used to lower whose type is valid and not no-access-to-victims in the same way (one of no or unknown type does not count) (it does not read the direction the source gives each type), and finds nothing against using it to raise; whether the strengths are known is the inspector's reading",
	},
	{
		Quote:   "Evidence of commitment to change and cooperation with risk management arrangements may reduce the assessed level of RoSH.",
		Place:   "CARaG, A 3.4 guidance, likelihood",
		Encoded: []string{"func classification.CheckRoSH"},
		Note:    "CheckRoSH gives it the effect of a reason to lower: a consideration of type capacity-and-motivation used to lower is a reason besides absence of access to victims, so rosh-no-access-lowered is not reported; CheckRoSH counts any consideration used to lower whose type is valid and not no-access-to-victims in the same way (one of no or unknown type does not count) (it does not read the direction the source gives each type), and finds nothing against using it to raise; whether there is evidence of commitment to change is the inspector's reading",
	},
	{
		Quote:   "Absence of immediate access to victims, whether by custody, school exclusion, child protection arrangements or the ending of a relationship, or other external constraints, is not in itself a reason to lower the assessed level of RoSH.",
		Place:   "CARaG, A 3.4 guidance, nature of risk",
		Encoded: []string{"func classification.CheckRoSH", "finding rosh-no-access-lowered"},
		Note:    "CheckRoSH reports rosh-no-access-lowered (error), once however many no-access-to-victims considerations are used to lower the level, when no consideration of another valid type is used to lower it and, for a Low level, the rationale records neither basis on which low may be appropriate",
	},
	{
		Quote:   "Evidence that the child is genuinely complying with arrangements to protect victims or reduce access to victims may contribute towards lowering the assessed level of RoSH.",
		Place:   "CARaG, A 3.4 guidance, nature of risk",
		Encoded: []string{"func classification.CheckRoSH"},
		Note:    "CheckRoSH gives it the effect of a reason to lower: a consideration of type victim-arrangements-compliance used to lower is a reason besides absence of access to victims, so rosh-no-access-lowered is not reported; CheckRoSH counts any consideration used to lower whose type is valid and not no-access-to-victims in the same way (one of no or unknown type does not count) (it does not read the direction the source gives each type), and finds nothing against using it to raise; it may also carry a constraint without rosh-constraint-misplaced; whether the compliance is genuine is not recorded and stays the inspector's reading",
	},
	{
		Quote:   "In cases close to a boundary between classification levels, inspectors will consider whether the case manager’s classification was reasonable in the context of all the information available to them at the time.",
		Place:   "CARaG, A3.reasonable guidance (the question after A 3.4)",
		Encoded: []string{"func classification.CheckReasonable", "finding reasonable-disagrees"},
	},
	{
		Quote:   "We recognise that the precise level of risk of serious harm is a point on a continuum, and that for cases close to the boundary between two levels, it is a fine judgement about the actual level to be assigned.",
		Place:   "CARaG, A3.reasonable guidance (the question after A 3.4)",
		Encoded: []string{"func classification.CheckReasonable", "finding reasonable-disagrees"},
		Note:    "CheckReasonable leaves levels one apart to the inspector (InspectorJudgement) where the record says the case is close to a boundary (unnamed, or the one between them) or does not say, and where the inspector's level is missing; the same level is Reasonable, and levels two or more apart, or one apart where the case is recorded as not close or close to another boundary, NotReasonable; reasonable-disagrees warns only where the recorded answer disagrees with a definite outcome",
	},
	{
		Quote:     "We expect to see a clear explanation of the reasons that the particular level of RoSH has been set, based on AssetPlus definitions.",
		Place:     "CARaG, A3.reasonable guidance (the question after A 3.4)",
		Inspector: "the record may hold the case manager's rationale (RoSHRationale), in which Judge reports what CheckRoSH finds (no level, Low not shown to fit, absence of access to victims the only reason to lower) and rosh-level-differs where its level is not A3.4's; whether the explanation is clear and based on the AssetPlus definitions is the inspector's reading",
	},
	{
		Quote:     "A clear, written assessment is necessary to guide the management of the case, and to allow others to access key information if required.",
		Place:     "CARaG, A 3.11 guidance",
		Inspector: "it gives the reason for A3.11; the record holds the answer to A3.11 (Judge reports written-record-not-applicable where it is n/a with no factors recorded or the inspector's level Low), but whether the written assessment is clear is the inspector's reading",
	},
	{
		Quote:   "We do not set a specific model for this assessment tool, but the assessment should identify the factors that impact on the child’s risk of harm to others, and there should be a clear categorisation and a rationale for that decision.",
		Place:   "CARaG, A 3.11 guidance",
		Note:    "the sentence expects a categorisation and a rationale in every case, so A3.11 answered n/a is written-record-not-applicable in every case; whether the written assessment identifies the factors and gives a rationale is read in the document, and stays the inspector's answer to A3.11 (the record holds the case manager's classification at A3.4, classification-missing where there is none)",
		Encoded: []string{"finding written-record-not-applicable"},
	},
	{
		Quote:   "Even in cases where there are no factors related to risk of harm, or the level of risk of serious harm is correctly judged to be low, there should be a clear written record of this.",
		Place:   "CARaG, A 3.11 guidance",
		Encoded: []string{"finding written-record-not-applicable"},
	},
	{
		Quote:     "For the other assessment questions, we look at a range of sources of evidence; this question is about a single assessment document.",
		Place:     "CARaG, A 3.11 guidance",
		Inspector: single("A3.11"),
	},
	{
		Quote:     "We think this is important, as it forms a reference for other staff who need to understand the assessment.",
		Place:     "CARaG, A 3.11 guidance",
		Inspector: why("A3.11"),
	},
	{
		Quote:     "Inspectors will judge whether the overall quality of assessment meets the needs of the case and the nature of the sentence.",
		Place:     "CARaG, A 3 S guidance",
		Inspector: weigh("A3.S"),
	},
	{
		Quote:     "Sufficient assessment for a child where there are few or no concerns about risk of harm to others may be less detailed than assessment for a child believed to present a higher level of risk.",
		Place:     "CARaG, A 3 S guidance",
		Inspector: "the record holds whether there are factors related to risk of harm (factors.riskOfHarm) and the levels, which say whether there are concerns, but not how detailed the assessment is or needed to be; A3.S has no summary rule (A3.11 expects a written record even where there are no factors), so sufficiency is the inspector's judgement, which Judge never overrides",
	},
	{
		Quote:     "Inspectors will consider the range of information gathered, the nature of offending and other behaviour, and the circumstances and characteristics of the child, including any risks they present to other people.",
		Place:     "CARaG, A 3 S guidance",
		Inspector: "the record holds the levels and factors.riskOfHarm, not the information gathered, the offending or the behaviour; the weighing is the inspector's in A3.S, which Judge never overrides",
	},
	{
		Quote:     "Inspectors need to take into account their answers to all the questions in this section, and decide whether the strengths outweigh any deficiencies.",
		Place:     "CARaG, A 3 S guidance",
		Inspector: weigh("A3.S"),
	},
	{
		Quote:     "We are not looking for perfection, but for a sufficient assessment of the important factors related to keeping the child safe.",
		Place:     "CARaG, A 3 S guidance",
		Inspector: weigh("A3.S"),
	},
	{
		Quote:     "Where there are deficits, inspectors will consider their impact in the context of the case.",
		Place:     "CARaG, A 3 S guidance",
		Inspector: weigh("A3.S"),
	},
	{
		Quote:     "So, in some circumstances a particular omission may be enough to lead to a judgement of insufficient.",
		Place:     "CARaG, A 3 S guidance",
		Inspector: omission("A3.S"),
	},
	{
		Quote:     "For example, assessment might be judged insufficient if it identified risks to the general public, but overlooked risks to parents or siblings.",
		Place:     "CARaG, A 3 S guidance",
		Inspector: "the record holds no fact of who is at risk (the public, parents, siblings); whether an overlooked risk makes the assessment insufficient is the inspector's weighing in A3.S, which Judge never overrides",
	},
	{
		Quote:     "‘Planning’ includes all planning activity, not just the preparation of a written plan.",
		Place:     "CARaG, P 1 introduction",
		Inspector: activity("P1"),
	},
	{
		Quote:     "We expect to see planning that is proportionate to the nature of the child’s offending, circumstances and the type of sentence.",
		Place:     "CARaG, P 1 introduction",
		Inspector: proportionate("P1"),
	},
	{
		Quote:     "We look for evidence from a range of sources, including case records and the interview with the case manager.",
		Place:     "CARaG, P 1 introduction",
		Inspector: across("P1"),
	},
	{
		Quote:     "We judge the quality of the planning process in its entirety.",
		Place:     "CARaG, P 1 introduction",
		Inspector: across("P1"),
	},
	{
		Quote:     "In referral order cases, the contract with the panel sets out what should be achieved, but we expect to see more detailed planning from the YOT about how this will be done.",
		Place:     "CARaG, P 1 introduction",
		Inspector: "it applies to referral orders, which no fact of the record shows (it holds no disposal); where it applies, the inspector reads the planning and answers the questions of P1 by it",
	},
	{
		Quote:     "In cases where the child has received a custodial sentence, we expect the YOT to meet all our standards for planning during the custodial and post-release phases of the sentence.",
		Place:     "CARaG, P 1 introduction",
		Inspector: custody("every question of P1"),
	},
	{
		Quote:     "Inspectors look for planning that sets out services and/or activities that will support the child’s desistance.",
		Place:     "CARaG, P 1.1 guidance",
		Inspector: reads("P1.1"),
	},
	{
		Quote:     "Planning should build on the child’s strengths and increase protective factors.",
		Place:     "CARaG, P 1.1 guidance",
		Inspector: reads("P1.1"),
	},
	{
		Quote:     "Planning should recognise the child’s attitude towards their offending and aim to build positive engagement in meaningful activities, with the aim of supporting desistance.",
		Place:     "CARaG, P 1.1 guidance",
		Inspector: reads("P1.1"),
	},
	{
		Quote:     "Planning should set out which activities will be completed by the YOT and which by the child, and should be understandable to the child.",
		Place:     "CARaG, P 1.1 guidance",
		Inspector: reads("P1.1"),
	},
	{
		Quote:     "It should be clear what the child is expected to do, and when they have achieved that outcome.",
		Place:     "CARaG, P 1.1 guidance",
		Inspector: reads("P1.1"),
	},
	{
		Quote:     "Where the assessment has failed to identify desistance factors, inspectors still expect planning to address them.",
		Place:     "CARaG, P 1.1 guidance",
		Inspector: missed("P1.1", "A1"),
	},
	{
		Quote:     "Inspectors will look for evidence that the planning addresses any key structural barriers that are preventing the child from achieving their potential.",
		Place:     "CARaG, P 1.1 guidance",
		Inspector: reads("P1.1"),
	},
	{
		Quote:     "Planned activities should normally be sequenced in order of priority.",
		Place:     "CARaG, P 1.1 guidance",
		Inspector: reads("P1.1"),
	},
	{
		Quote:     "When this is not the case, there should be a clear explanation about why, such as where initial work is needed to enhance engagement or increase motivation.",
		Place:     "CARaG, P 1.1 guidance",
		Inspector: reads("P1.1"),
	},
	{
		Quote:     "Planning should build on what has worked during any previous periods of desistance.",
		Place:     "CARaG, P 1.1 guidance",
		Inspector: reads("P1.1"),
	},
	{
		Quote:     "For referral orders, we expect to see community volunteers involved in developing the plan or contract.",
		Place:     "CARaG, P 1.1 guidance",
		Inspector: referral("P1.1"),
	},
	{
		Quote:     "Planned activity should deliver the requirements of the court order or licence, and should be achievable within the duration of the order/licence.",
		Place:     "CARaG, P 1.1 guidance",
		Inspector: reads("P1.1"),
	},
	{
		Quote:     "For very short interventions, YOT staff should consider exit planning and using community resources when the court order intervention is completed.",
		Place:     "CARaG, P 1.1 guidance",
		Inspector: reads("P1.1"),
	},
	{
		Quote:     "In custodial cases, planning for release should start at the initial sentence planning stage.",
		Place:     "CARaG, P 1.1 guidance",
		Inspector: custody("P1.1"),
	},
	{
		Quote:     "We expect accommodation needs to be considered early, and continuity of planning to address educational needs, including linking with community provision.",
		Place:     "CARaG, P 1.1 guidance",
		Inspector: custody("P1.1"),
	},
	{
		Quote:     "Where specific interventions are not available in custody, plans should be put in place to start these as soon as possible after release.",
		Place:     "CARaG, P 1.1 guidance",
		Inspector: custody("P1.1"),
	},
	{
		Quote:     "Inspectors will look for planning that takes sufficient account of the child’s diversity needs.",
		Place:     "CARaG, P1.diversity guidance (unnumbered, after P 1.1)",
		Inspector: diversity("P1.diversity"),
	},
	{
		Quote:     "Planning should set out how these needs can be accommodated.",
		Place:     "CARaG, P1.diversity guidance (unnumbered, after P 1.1)",
		Inspector: diversity("P1.diversity"),
	},
	{
		Quote:     "Where there are protected characteristics or other relevant factors, inspectors expect the YOT to have considered the impact of these on the child’s ability to engage and comply with the disposal.",
		Place:     "CARaG, P1.diversity guidance (unnumbered, after P 1.1)",
		Inspector: diversity("P1.diversity"),
	},
	{
		Quote:     "For example, planning should accommodate any religious commitments or child care responsibilities of the child.",
		Place:     "CARaG, P1.diversity guidance (unnumbered, after P 1.1)",
		Inspector: diversity("P1.diversity"),
	},
	{
		Quote:     "Where assessment has failed to identify diversity factors, inspectors still expect planning to address them.",
		Place:     "CARaG, P1.diversity guidance (unnumbered, after P 1.1)",
		Inspector: missed("P1.diversity", "A1.diversity"),
	},
	{
		Quote:     "We expect YOT staff to consider the child’s social context and lived experience.",
		Place:     "CARaG, P1.circumstances guidance (unnumbered, after P 1.1)",
		Inspector: reads("P1.circumstances"),
	},
	{
		Quote:     "Planning should take into consideration the role of the wider family, both in the support they can offer, but also any caring role the child may have.",
		Place:     "CARaG, P1.circumstances guidance (unnumbered, after P 1.1)",
		Inspector: reads("P1.circumstances"),
	},
	{
		Quote:     "Where the assessment has failed to identify familial or social context factors, inspectors still expect planning to address them.",
		Place:     "CARaG, P1.circumstances guidance (unnumbered, after P 1.1)",
		Inspector: missed("P1.circumstances", "A1.circumstances"),
	},
	{
		Quote:     "Planning should identify where activities and interventions will be delivered, and should ensure this is achievable for the child.",
		Place:     "CARaG, P1.circumstances guidance (unnumbered, after P 1.1)",
		Inspector: reads("P1.circumstances"),
	},
	{
		Quote:     "Planning should accommodate any educational commitments of the child.",
		Place:     "CARaG, P1.circumstances guidance (unnumbered, after P 1.1)",
		Inspector: reads("P1.circumstances"),
	},
	{
		Quote:     "Planning should build on the child’s strengths and protective factors, whether or not they have been identified in assessment.",
		Place:     "CARaG, P 1.3 guidance",
		Inspector: missed("P1.3", "A1.3"),
	},
	{
		Quote:     "Planning should actively facilitate the child’s attendance at positive activities, and build on any existing positive activities that have been identified.",
		Place:     "CARaG, P 1.3 guidance",
		Inspector: reads("P1.3"),
	},
	{
		Quote:     "Planning should develop any positive activities that child is able to access while in custody.",
		Place:     "CARaG, P 1.3 guidance",
		Inspector: custody("P1.3"),
	},
	{
		Quote:     "Inspectors will look for planning that takes into consideration the child’s maturity and identifies the interventions that are the best suited to their needs.",
		Place:     "CARaG, P 1.4 guidance",
		Inspector: reads("P1.4"),
	},
	{
		Quote:     "There should be evidence that YOT staff considered these when developing the plan.",
		Place:     "CARaG, P 1.4 guidance",
		Inspector: reads("P1.4"),
	},
	{
		Quote:     "YOT staff should also consider the child’s level of motivation to address the issues that underlie the offending behaviour.",
		Place:     "CARaG, P 1.4 guidance",
		Inspector: reads("P1.4"),
	},
	{
		Quote:     "They should identify interventions that support and encourage the child to increase their motivation to change.",
		Place:     "CARaG, P 1.4 guidance",
		Inspector: reads("P1.4"),
	},
	{
		Quote:     "Where a victim has expressed wishes in relation to the court disposal, these should be included in the planning.",
		Place:     "CARaG, P 1.5 guidance",
		Inspector: victim("P1.5"),
	},
	{
		Quote:     "This question is specifically about the needs and wishes of victims, issues of victim safety are covered elsewhere.",
		Place:     "CARaG, P 1.5 guidance",
		Inspector: "it says what P1.5 judges (the victims' needs and wishes; their safety is judged under P3); the record holds the answer, and nothing in it turns on that scope",
	},
	{
		Quote:     "Inspectors will look for evidence that the child and their parents or carers have been able to contribute to and participate in the planning.",
		Place:     "CARaG, P 1.6 guidance",
		Inspector: reads("P1.6"),
	},
	{
		Quote:     "If the child is estranged from parents, then another person with caring responsibilities should be engaged with the planning.",
		Place:     "CARaG, P 1.6 guidance",
		Inspector: reads("P1.6"),
	},
	{
		Quote:     "‘Involvement’ should be more than simply signing the planning documents or completing a self-assessment tool.",
		Place:     "CARaG, P 1.6 guidance",
		Inspector: reads("P1.6"),
	},
	{
		Quote:     "The views of the child and their parents or carers should be clear, including what they believe will work for them, such as information about preferred learning styles, suitability of timings for appointments and what will facilitate their engagement in the plan.",
		Place:     "CARaG, P 1.6 guidance",
		Inspector: reads("P1.6"),
	},
	{
		Quote:     "We expect the YOT to make reasonable efforts to share the plan with the child and their parents or carers.",
		Place:     "CARaG, P 1.6 guidance",
		Inspector: reads("P1.6"),
	},
	{
		Quote:     "If reasonable efforts to contact the parents or carers have not been successful, this will not necessarily result in a negative response.",
		Place:     "CARaG, P 1.6 guidance",
		Inspector: "whether the efforts to contact the parents or carers were reasonable is the inspector's reading; the record holds no fact of the efforts, and ‘not necessarily’ leaves the answer to P1.6 to the inspector",
	},
	{
		Quote:     "In custodial cases, planning should actively involve the child and their parents or carers.",
		Place:     "CARaG, P 1.6 guidance",
		Inspector: custody("P1.6"),
	},
	{
		Quote:     "We expect to see YOT workers advocating for the needs of the child as part of planning.",
		Place:     "CARaG, P 1.6 guidance",
		Inspector: reads("P1.6"),
	},
	{
		Quote:     "Inspectors will look for planning being proportionate to the type of disposal, and the circumstances of the child.",
		Place:     "CARaG, P 1.8 guidance",
		Inspector: reads("P1.8"),
	},
	{
		Quote:     "The level, pattern and type of contact planned should be appropriate within the expectations of the disposal, proportionate to the case, and set at a level that meets the child’s needs.",
		Place:     "CARaG, P 1.8 guidance",
		Inspector: reads("P1.8"),
	},
	{
		Quote:     "Any activities identified in the plan should be capable of being completed within the time available.",
		Place:     "CARaG, P 1.8 guidance",
		Inspector: reads("P1.8"),
	},
	{
		Quote:     "The work identified during planning should reflect what is reasonable within the available timescale.",
		Place:     "CARaG, P 1.8 guidance",
		Inspector: reads("P1.8"),
	},
	{
		Quote:     "If the child has ongoing needs that extend beyond the time period available to the YOT, planning should identify which community-based organisation is best placed to meet those needs.",
		Place:     "CARaG, P 1.8 guidance",
		Inspector: reads("P1.8"),
	},
	{
		Quote:     "In custodial cases, inspectors will look for planning from the start of sentence that considers both the time the child is in custody and planning for their release.",
		Place:     "CARaG, P 1.8 guidance",
		Inspector: custody("P1.8"),
	},
	{
		Quote:     "Planning should include but not be solely based on managing the child’s behaviour in the establishment.",
		Place:     "CARaG, P 1.8 guidance",
		Inspector: custody("P1.8"),
	},
	{
		Quote:     "Planning should be based on the needs of the child, and not be limited to services available in the establishment.",
		Place:     "CARaG, P 1.8 guidance",
		Inspector: custody("P1.8"),
	},
	{
		Quote:     "The purposeful use of release on temporary licence, home detention curfew, and suitability for early release should be included in planning from an early stage.",
		Place:     "CARaG, P 1.8 guidance",
		Inspector: custody("P1.8"),
	},
	{
		Quote:     "Inspectors will judge whether the overall quality of planning meets the child’s desistance needs and the nature of the disposal.",
		Place:     "CARaG, P 1 S guidance",
		Inspector: weigh("P1.S"),
	},
	{
		Quote:     "Sufficient planning for a first referral order may be less detailed than for a youth rehabilitation order or licence.",
		Place:     "CARaG, P 1 S guidance",
		Inspector: disposal("P1.S"),
	},
	{
		Quote:     "Inspectors will consider the nature of the offence and the characteristics of the child.",
		Place:     "CARaG, P 1 S guidance",
		Inspector: "the record holds no fact of the offence, and the library weighs none of the child's characteristics the record holds: the weighing is the inspector's in P1.S, which Judge never overrides",
	},
	{
		Quote:     "Sufficient planning will enable the right interventions to be put in place.",
		Place:     "CARaG, P 1 S guidance",
		Inspector: weigh("P1.S"),
	},
	{
		Quote:     "We are not looking for perfection, but for sufficient planning to address the important factors for the nature of the case.",
		Place:     "CARaG, P 1 S guidance",
		Inspector: weigh("P1.S"),
	},
	{
		Quote:     "Where there are deficits, inspectors will consider their impact in the context of the case.",
		Place:     "CARaG, P 1 S guidance",
		Inspector: weigh("P1.S"),
	},
	{
		Quote:     "So, in some circumstances a particular omission may be enough to lead to a judgement of insufficient.",
		Place:     "CARaG, P 1 S guidance",
		Inspector: omission("P1.S"),
	},
	{
		Quote:     "‘Planning’ includes all planning activity, not just the preparation of a written plan.",
		Place:     "CARaG, P 2 introduction",
		Inspector: activity("P2"),
	},
	{
		Quote:     "We expect to see planning that is proportionate to the nature of the child’s offending, circumstances and the type of sentence.",
		Place:     "CARaG, P 2 introduction",
		Inspector: proportionate("P2"),
	},
	{
		Quote:     "We look for evidence from a range of sources, including case records and the interview with the case manager.",
		Place:     "CARaG, P 2 introduction",
		Inspector: across("P2"),
	},
	{
		Quote:     "We judge the quality of the planning process in its entirety.",
		Place:     "CARaG, P 2 introduction",
		Inspector: across("P2"),
	},
	{
		Quote:     "In cases where the child has received a custodial sentence, we expect the YOT to meet all our standards for planning during the custodial and post-release phases of the sentence.",
		Place:     "CARaG, P 2 introduction",
		Inspector: custody("every question of P2"),
	},
	{
		Quote:     "Planning should include both work to be done directly with the child and parents or carers, and work to be done by the YOT, potentially on a multi-agency basis.",
		Place:     "CARaG, P 2.1 guidance",
		Inspector: reads("P2.1"),
	},
	{
		Quote:     "The child and parents or carers should be involved in the planning to address safety and wellbeing.",
		Place:     "CARaG, P 2.1 guidance",
		Inspector: reads("P2.1"),
	},
	{
		Quote:     "Where the assessment has failed to identify safety and wellbeing needs, inspectors still expect planning to address them.",
		Place:     "CARaG, P 2.1 guidance",
		Inspector: missed("P2.1", "A2"),
	},
	{
		Quote:     "Planning should identify activities, services and interventions that address any safety and wellbeing concerns.",
		Place:     "CARaG, P 2.1 guidance",
		Inspector: reads("P2.1"),
	},
	{
		Quote:     "Planning should also strengthen existing protective factors in the case.",
		Place:     "CARaG, P 2.1 guidance",
		Inspector: reads("P2.1"),
	},
	{
		Quote:     "Planning should make it clear who is to complete actions, and how the child will know when the desired outcomes been achieved.",
		Place:     "CARaG, P 2.1 guidance",
		Inspector: reads("P2.1"),
	},
	{
		Quote:     "Planning should be proportionate to the nature of the disposal and to the circumstances of the child, so planning for a first referral order may be less detailed than for a youth rehabilitation order or licence.",
		Place:     "CARaG, P 2.1 guidance",
		Inspector: reads("P2.1"),
	},
	{
		Quote:     "For children in custody, planning should consider how the custodial setting will keep the child safe and should include staff from the custodial institution.",
		Place:     "CARaG, P 2.1 guidance",
		Inspector: custody("P2.1"),
	},
	{
		Quote:     "If necessary, the YOT should advocate for the safety and wellbeing of the child, including escalation of any concerns about gaps in planning for safety.",
		Place:     "CARaG, P 2.1 guidance",
		Inspector: reads("P2.1"),
	},
	{
		Quote:     "This question is specifically about planning to keep the child safe, which may involve some actions carried out by other agencies.",
		Place:     "CARaG, P 2.2 guidance",
		Inspector: "it says what P2.2 judges (planning to keep the child safe, with the other agencies involved); the record holds the answer, and nothing in it turns on that scope",
	},
	{
		Quote:     "Where this is the case, it should be clear in the planning.",
		Place:     "CARaG, P 2.2 guidance",
		Inspector: reads("P2.2"),
	},
	{
		Quote:     "Where the child is subject to plans managed by other agencies, for example, child protection planning, the YOT’s plan should be coordinated with, and make reference to, them.",
		Place:     "CARaG, P 2.2 guidance",
		Inspector: reads("P2.2"),
	},
	{
		Quote:     "We expect to see clear information-sharing arrangements.",
		Place:     "CARaG, P 2.2 guidance",
		Inspector: reads("P2.2"),
	},
	{
		Quote:     "Planning should recognise and build on any internal and/or external controls and interventions necessary to keep the child safe.",
		Place:     "CARaG, P 2.2 guidance",
		Inspector: reads("P2.2"),
	},
	{
		Quote:     "Where more than one agency is involved, it should be very clear which agency will lead on each activity, and how agencies will communicate with each other about work with the child.",
		Place:     "CARaG, P 2.2 guidance",
		Inspector: reads("P2.2"),
	},
	{
		Quote:     "Planning should link to, but not repeat, other custodial plans, such as behaviour management, ACCT (Assessment Care in Custody and Teamwork), anti-bullying and Secure Stairs planning.",
		Place:     "CARaG, P 2.2 guidance",
		Inspector: custody("P2.2"),
	},
	{
		Quote:     "Planning should promote any existing controls and interventions to promote the child’s safety and wellbeing and identify any new controls and/or interventions that are required.",
		Place:     "CARaG, P 2.3 guidance",
		Inspector: reads("P2.3"),
	},
	{
		Quote:     "Planning should identify when external controls are needed to promote the child’s safety and wellbeing and who is responsible for implementing these.",
		Place:     "CARaG, P 2.3 guidance",
		Inspector: reads("P2.3"),
	},
	{
		Quote:     "Planning should make it clear how those controls will be monitored.",
		Place:     "CARaG, P 2.3 guidance",
		Inspector: reads("P2.3"),
	},
	{
		Quote:     "Planning should also support constructive activities that address internal factors which enable the child to develop their own self-efficacy or resilience in relation to safety and wellbeing.",
		Place:     "CARaG, P 2.3 guidance",
		Inspector: reads("P2.3"),
	},
	{
		Quote:     "Inspectors will judge whether reasonable restrictive and constructive interventions have been identified, appropriate to the needs of the child.",
		Place:     "CARaG, P 2.3 guidance",
		Inspector: reads("P2.3"),
	},
	{
		Quote:     "In some cases, very few or no safety and wellbeing interventions may be required.",
		Place:     "CARaG, P 2.3 guidance",
		Inspector: "it allows that few or no interventions may be needed; the record holds factors.childSafety (where there are none, P2.S is Yes by its rule) but not which interventions the case needed, which is the inspector's judgement in P2.3",
	},
	{
		Quote:     "For children in custody, planning should consider any controls provided by the custodial setting to keep the child safe.",
		Place:     "CARaG, P 2.3 guidance",
		Inspector: custody("P2.3"),
	},
	{
		Quote:     "We also expect planning to manage a safe transition back into the community after release.",
		Place:     "CARaG, P 2.3 guidance",
		Inspector: custody("P2.3"),
	},
	{
		Quote:     "We expect to see clear contingency planning that recognises the factors which may lead to a change in the child’s level of safety and wellbeing.",
		Place:     "CARaG, P 2.4 guidance",
		Inspector: "the record holds factors.childSafety and the inspector's answer to P2.4, the reading of the contingency planning; it holds no plan, and no finding sets P2.4 against the factors (P2.S is Yes by its rule where there are none)",
	},
	{
		Quote:     "Planning should set out actions to take if these factors change and the risk to the child either increases or decreases.",
		Place:     "CARaG, P 2.4 guidance",
		Inspector: reads("P2.4"),
	},
	{
		Quote:     "Contingency planning should be specific and identify who should complete the actions and by when.",
		Place:     "CARaG, P 2.4 guidance",
		Inspector: reads("P2.4"),
	},
	{
		Quote:     "It is not sufficient simply to state that planning will be reviewed if the perceived risk changes.",
		Place:     "CARaG, P 2.4 guidance",
		Inspector: "the record holds no plan, only the inspector's answer to P2.4; whether the contingency planning says more than that it will be reviewed is the inspector's reading",
	},
	{
		Quote:     "Contingency planning for children in custody should include all resettlement planning, including arrangements for accommodation, education and other critical factors.",
		Place:     "CARaG, P 2.4 guidance",
		Inspector: custody("P2.4"),
	},
	{
		Quote:     "If specialist placement is likely to be needed, planning for this should start early.",
		Place:     "CARaG, P 2.4 guidance",
		Inspector: custody("P2.4"),
	},
	{
		Quote:     "Contingency plans should be shared between the YOT and the institution.",
		Place:     "CARaG, P 2.4 guidance",
		Inspector: custody("P2.4"),
	},
	{
		Quote:     "Inspectors will judge whether the overall quality of planning meets the child’s safety and wellbeing needs and the nature of the sentence.",
		Place:     "CARaG, P 2 S guidance",
		Inspector: weigh("P2.S"),
	},
	{
		Quote:     "Sufficient planning for a first referral order may be less detailed than planning for a youth rehabilitation order or licence.",
		Place:     "CARaG, P 2 S guidance",
		Inspector: disposal("P2.S"),
	},
	{
		Quote:     "Inspectors will consider the nature of nature of the offence and the characteristics of the child.",
		Place:     "CARaG, P 2 S guidance",
		Inspector: "the record holds no fact of the offence, and the library weighs none of the child's characteristics the record holds: the weighing is the inspector's in P2.S, which Judge never overrides",
	},
	{
		Quote:     "Sufficient planning will enable the right measures to be put in place to keep the child safe.",
		Place:     "CARaG, P 2 S guidance",
		Inspector: weigh("P2.S"),
	},
	{
		Quote:     "We are not looking for perfection, but for sufficient planning to address the important factors for the nature of the case.",
		Place:     "CARaG, P 2 S guidance",
		Inspector: weigh("P2.S"),
	},
	{
		Quote:     "Where there are deficits, inspectors will consider their impact in the context of the case.",
		Place:     "CARaG, P 2 S guidance",
		Inspector: weigh("P2.S"),
	},
	{
		Quote:     "So, in some circumstances a particular omission may be enough to lead to a judgement of insufficient.",
		Place:     "CARaG, P 2 S guidance",
		Inspector: omission("P2.S"),
	},
	{
		Quote:   "Where there are no factors related to keeping the child safe, inspectors will answer ‘Yes’.",
		Place:   "CARaG, P 2 S guidance",
		Encoded: []string{"summary rule P2.S", "finding summary-contradicts-rule"},
	},
	{
		Quote:     "‘Planning’ includes all planning activity, not just the preparation of a written plan.",
		Place:     "CARaG, P 3 introduction",
		Inspector: activity("P3"),
	},
	{
		Quote:     "We expect to see planning that is proportionate to the nature of the child’s offending, circumstances and the type of sentence used.",
		Place:     "CARaG, P 3 introduction",
		Inspector: proportionate("P3"),
	},
	{
		Quote:     "It is reasonable for planning to be less detailed in a first disposal, such as a community resolution, than in post-court sentence.",
		Place:     "CARaG, P 3 introduction",
		Inspector: "it applies to a first disposal such as a community resolution, which no fact of the record shows (it holds no disposal); the inspector weighs it in the answers to P3",
	},
	{
		Quote:     "We do not require the use of any specific planning document in out-of-court disposal cases.",
		Place:     "CARaG, P 3 introduction",
		Inspector: "it applies to out-of-court disposals, which no fact of the record shows; the record holds no planning document, and the inspector judges the planning however it is recorded",
	},
	{
		Quote:     "We judge the quality of the planning process in its entirety.",
		Place:     "CARaG, P 3 introduction",
		Inspector: across("P3"),
	},
	{
		Quote:   "HM Inspectorate of Probation expects all factors relevant to risk of harm to be planned for (not just factors related to risk of serious harm).",
		Place:   "CARaG, P 3 introduction",
		Note:    "how well the factors were planned for stays the inspector's reading (P3.1 to P3.5)",
		Encoded: []string{"finding interventions-not-applicable-with-factors"},
	},
	{
		Quote:     "In cases where the child has received a custodial sentence, we expect the YOT to meet all our standards for planning during the custodial and post-release phases of the sentence.",
		Place:     "CARaG, P 3 introduction",
		Inspector: custody("every question of P3"),
	},
	{
		Quote:     "Planning should identify activities and interventions that minimise any identifiable risk of harm to others, and address all factors relevant to keeping other people safe.",
		Place:     "CARaG, P 3.1 guidance",
		Inspector: reads("P3.1"),
	},
	{
		Quote:     "Planning should include both work to be done directly with the child and parents or carers, and work to be done by the YOT, potentially on a multi-agency basis.",
		Place:     "CARaG, P 3.1 guidance",
		Inspector: reads("P3.1"),
	},
	{
		Quote:     "The child and parents or carers should be involved in the planning to address the safety of others.",
		Place:     "CARaG, P 3.1 guidance",
		Inspector: reads("P3.1"),
	},
	{
		Quote:     "Planning should specify who is to complete the activities, and how the child knows when the outcome has been achieved.",
		Place:     "CARaG, P 3.1 guidance",
		Inspector: reads("P3.1"),
	},
	{
		Quote:     "Planning should address all factors relevant to keeping other people safe, irrespective of whether they had been identified at the assessment stage.",
		Place:     "CARaG, P 3.1 guidance",
		Inspector: missed("P3.1", "A3"),
	},
	{
		Quote:     "Planning should be proportionate to the nature of the disposal and to the child’s circumstances, so planning for a first referral order may be less detailed than for a youth rehabilitation order or licence.",
		Place:     "CARaG, P 3.1 guidance",
		Inspector: reads("P3.1"),
	},
	{
		Quote:     "For children in custody, planning should include staff from the custodial institution.",
		Place:     "CARaG, P 3.1 guidance",
		Inspector: custody("P3.1"),
	},
	{
		Quote:     "Planning should consider how the custodial setting will keep others safe.",
		Place:     "CARaG, P 3.1 guidance",
		Inspector: custody("P3.1"),
	},
	{
		Quote:     "YOT staff should consider actual and potential victims within the custodial environment and in the community.",
		Place:     "CARaG, P 3.1 guidance",
		Inspector: custody("P3.1"),
	},
	{
		Quote:     "This question is specifically about planning to keep other people safe, which may involve some actions carried out by other agencies.",
		Place:     "CARaG, P 3.2 guidance",
		Inspector: "it says what P3.2 judges (planning to keep other people safe, with the other agencies involved); the record holds the answer, and nothing in it turns on that scope",
	},
	{
		Quote:     "Where this is the case, it should be clear.",
		Place:     "CARaG, P 3.2 guidance",
		Inspector: reads("P3.2"),
	},
	{
		Quote:     "Where the child is subject to plans managed by other agencies, for example MAPPA, the YOT plan should be coordinated with, and make reference to, them.",
		Place:     "CARaG, P 3.2 guidance",
		Inspector: reads("P3.2"),
	},
	{
		Quote:     "We expect to see clear information-sharing arrangements.",
		Place:     "CARaG, P 3.2 guidance",
		Inspector: reads("P3.2"),
	},
	{
		Quote:     "Planning should recognise and build on any internal and/or external controls and interventions necessary to keep other people safe.",
		Place:     "CARaG, P 3.2 guidance",
		Inspector: reads("P3.2"),
	},
	{
		Quote:     "Where more than one agency is involved, it should be very clear which agency will lead on each activity, and how they will communicate with each other about work with the child.",
		Place:     "CARaG, P 3.2 guidance",
		Inspector: reads("P3.2"),
	},
	{
		Quote:     "The content and rationale of other agencies’ plans should be known to the case manager.",
		Place:     "CARaG, P 3.2 guidance",
		Inspector: reads("P3.2"),
	},
	{
		Quote:     "Copies of the plans should be available on the case record.",
		Place:     "CARaG, P 3.2 guidance",
		Inspector: reads("P3.2"),
	},
	{
		Quote:     "Plans should be integrated, and they should support each other.",
		Place:     "CARaG, P 3.2 guidance",
		Inspector: reads("P3.2"),
	},
	{
		Quote:     "Where a case is assessed as high or very high risk of harm, and significant multi-agency risk management is needed, it is essential that plans contained within MAPPA or MALRAP (Multi Agency Lifer Risk Assessment Panel) notes, child safeguarding records, ARMS and AssetPlus are aligned and make clear reference to each other, to facilitate joint working and ensure emergency action can be taken safely if required.",
		Place:     "CARaG, P 3.2 guidance",
		Inspector: "the record holds the levels of risk of serious harm (A3.4 and the inspector's), which say when the case is high or very high, but not whether significant multi-agency risk management was needed or whether the plans are aligned, which the inspector reads in the plans and answers P3.2 by",
	},
	{
		Quote:     "For children in custody, planning should link to, but not repeat, other custodial plans, such as behaviour management, anti-bullying or Secure Stairs planning.",
		Place:     "CARaG, P 3.2 guidance",
		Inspector: custody("P3.2"),
	},
	{
		Quote:     "Where there are specific risks linked to the child’s placement in custody, such as gang retaliation, these must be planned for with the custodial establishment.",
		Place:     "CARaG, P 3.2 guidance",
		Inspector: "it applies to a child in custody with risks linked to the placement, of which the record holds no fact; where it applies, the inspector answers P3.2 by it",
	},
	{
		Quote:     "Specialist agencies may need to be involved at the earliest stage to manage unusual or extreme risks.",
		Place:     "CARaG, P 3.2 guidance",
		Inspector: reads("P3.2"),
	},
	{
		Quote:     "Inspectors will look for planning that minimises any risk to identifiable or potential victims.",
		Place:     "CARaG, P 3.3 guidance",
		Inspector: victim("P3.3"),
	},
	{
		Quote:     "There should be clear communication with the victim worker, and clear planning to keep actual victims safe.",
		Place:     "CARaG, P 3.3 guidance",
		Inspector: victim("P3.3"),
	},
	{
		Quote:     "There should be clear actions in place should those requirements be breached.",
		Place:     "CARaG, P 3.3 guidance",
		Inspector: reads("P3.3"),
	},
	{
		Quote:     "Planning should identify actions and interventions to address risks to others, including peers, YOT and custodial staff, people in authority, family members and other children.",
		Place:     "CARaG, P 3.3 guidance",
		Inspector: reads("P3.3"),
	},
	{
		Quote:     "Planning should promote any existing controls and interventions in place to protect others who may be at risk of harm from the child, and should identify any new controls and/or interventions that are required.",
		Place:     "CARaG, P 3.4 guidance",
		Inspector: reads("P3.4"),
	},
	{
		Quote:     "Planning should identify when external controls are needed to promote the safety and wellbeing of the child, and who is responsible for implementing these.",
		Place:     "CARaG, P 3.4 guidance",
		Inspector: reads("P3.4"),
	},
	{
		Quote:     "Planning should make it clear how those controls will be monitored.",
		Place:     "CARaG, P 3.4 guidance",
		Inspector: reads("P3.4"),
	},
	{
		Quote:     "where there are controls, planning should indicate how compliance with the requirements will be monitored",
		Place:     "CARaG, P 3.4 guidance, planning for controls",
		Inspector: reads("P3.4"),
	},
	{
		Quote:     "planning should be trauma-informed, where necessary.",
		Place:     "CARaG, P 3.4 guidance, planning for interventions",
		Inspector: reads("P3.4"),
	},
	{
		Quote:     "Inspectors will judge whether reasonable restrictive and constructive interventions have been identified, appropriate to the risk of harm presented by the child.",
		Place:     "CARaG, P 3.4 guidance",
		Inspector: reads("P3.4"),
	},
	{
		Quote:   "All cases where there are active factors related to risk of harm should have at least some constructive interventions.",
		Place:   "CARaG, P 3.4 guidance",
		Note:    "which interventions the case needed stays the inspector's judgement in P3.4; whether every recorded factor is ‘active’ is the inspector's reading",
		Encoded: []string{"finding interventions-not-applicable-with-factors"},
	},
	{
		Quote:     "In some cases, very few or no interventions may be required to promote the safety of other people.",
		Place:     "CARaG, P 3.4 guidance",
		Inspector: "it allows that few or no interventions may be needed; the record holds factors.riskOfHarm (where there are none, P3.S is Yes by its rule) but not which interventions the case needed, which is the inspector's judgement in P3.4 (the sentence before asks for at least some constructive interventions where there are active factors)",
	},
	{
		Quote:     "For children in custody, planning should consider any controls to keep other people safe provided by the custodial setting.",
		Place:     "CARaG, P 3.4 guidance",
		Inspector: custody("P3.4"),
	},
	{
		Quote:     "Planning should consider how the child can be helped to develop internal controls to reduce their risk to others.",
		Place:     "CARaG, P 3.4 guidance",
		Inspector: reads("P3.4"),
	},
	{
		Quote:     "If the necessary services are not available in the custodial setting, planning should consider how these will be delivered.",
		Place:     "CARaG, P 3.4 guidance",
		Inspector: custody("P3.4"),
	},
	{
		Quote:     "We also expect planning to manage a safe transition back into the community when the child is released.",
		Place:     "CARaG, P 3.4 guidance",
		Inspector: custody("P3.4"),
	},
	{
		Quote:     "In cases where there are factors related to risk of harm to others, we expect to see clear contingency planning that recognises and anticipates the factors which may lead to a change in the child’s level of risk to others.",
		Place:     "CARaG, P 3.5 guidance",
		Inspector: "the record holds factors.riskOfHarm and the inspector's answer to P3.5, the reading of the contingency planning; it holds no plan, and no finding sets P3.5 against the factors (P3.S is Yes by its rule where there are none)",
	},
	{
		Quote:     "Planning should set out actions to take if these factors change and the risk to others increases or decreases.",
		Place:     "CARaG, P 3.5 guidance",
		Inspector: reads("P3.5"),
	},
	{
		Quote:     "Planning should be proportionate to the level and nature of the risk of harm in the case, and more detailed contingency planning should be in place for those presenting a high or very high risk of serious harm.",
		Place:     "CARaG, P 3.5 guidance",
		Inspector: "the record holds the levels of risk of serious harm (A3.4 and the inspector's), which say when more detailed contingency planning is expected, but no plan: how detailed it is, is the inspector's reading in P3.5",
	},
	{
		Quote:     "Contingency planning should be specific to known risk factors.",
		Place:     "CARaG, P 3.5 guidance",
		Inspector: reads("P3.5"),
	},
	{
		Quote:     "Contingency planning for children in custody should include all resettlement planning, including arrangements for accommodation, education and other critical factors.",
		Place:     "CARaG, P 3.5 guidance",
		Inspector: custody("P3.5"),
	},
	{
		Quote:     "If the child is likely to need a specialist placement, planning for this should start early.",
		Place:     "CARaG, P 3.5 guidance",
		Inspector: custody("P3.5"),
	},
	{
		Quote:     "Contingency plans should be shared between the YOT and the institution.",
		Place:     "CARaG, P 3.5 guidance",
		Inspector: custody("P3.5"),
	},
	{
		Quote:     "Contingency planning should be specific and identify who should complete the actions and by when.",
		Place:     "CARaG, P 3.5 guidance",
		Inspector: reads("P3.5"),
	},
	{
		Quote:     "Generalised phrases such as ‘consult manager’, ‘review planning’ or ‘consider enforcement’ are unlikely to be sufficient.",
		Place:     "CARaG, P 3.5 guidance",
		Inspector: "the record holds no plan, only the inspector's answer to P3.5; what the contingency planning says is the inspector's reading, and ‘unlikely’ leaves the call open",
	},
	{
		Quote:     "Inspectors will judge whether the overall quality of planning meets the risk of harm issues in the case and the nature of the disposal.",
		Place:     "CARaG, P 3 S guidance",
		Inspector: weigh("P3.S"),
	},
	{
		Quote:     "Sufficient planning for a first referral order may be less detailed than planning for a youth rehabilitation order or licence.",
		Place:     "CARaG, P 3 S guidance",
		Inspector: disposal("P3.S"),
	},
	{
		Quote:     "Inspectors will consider the nature of the offence and level and nature of risk of harm to others presented by the child.",
		Place:     "CARaG, P 3 S guidance",
		Inspector: "the record holds the levels and factors.riskOfHarm but no fact of the offence; the weighing is the inspector's in P3.S, which Judge never overrides (P3.S is Yes by its rule where there are no factors)",
	},
	{
		Quote:     "Sufficient planning will enable the right measures to be put in place to keep other people safe.",
		Place:     "CARaG, P 3 S guidance",
		Inspector: weigh("P3.S"),
	},
	{
		Quote:     "We are not looking for perfection, but for sufficient planning to address the important factors for the nature of the case.",
		Place:     "CARaG, P 3 S guidance",
		Inspector: weigh("P3.S"),
	},
	{
		Quote:     "Where there are deficits, inspectors will consider their impact in the context of the case.",
		Place:     "CARaG, P 3 S guidance",
		Inspector: weigh("P3.S"),
	},
	{
		Quote:     "So, in some circumstances a particular omission may be enough to lead to a judgement of insufficient.",
		Place:     "CARaG, P 3 S guidance",
		Inspector: omission("P3.S"),
	},
	{
		Quote:   "Where there are no factors related to risk of harm, inspectors will answer ‘Yes’.",
		Place:   "CARaG, P 3 S guidance",
		Encoded: []string{"summary rule P3.S", "finding summary-contradicts-rule"},
	},
	{
		Quote:     "In cases where the child has received a custodial sentence, we expect the YOT to take all reasonable steps to ensure appropriate services are delivered to the child during the custodial part of the sentence.",
		Place:     "CARaG, D 1 introduction",
		Inspector: custody("every question of D1"),
	},
	{
		Quote:     "We expect to see services delivered in line with available evidence about desistance.",
		Place:     "CARaG, D 1.1 guidance",
		Inspector: reads("D1.1"),
	},
	{
		Quote:     "Inspectors will look at the specific interventions and services actually delivered to the child, and the reasons for choosing them.",
		Place:     "CARaG, D 1.1 guidance",
		Inspector: reads("D1.1"),
	},
	{
		Quote:     "They will judge the appropriateness of interventions, based on the circumstances of the case.",
		Place:     "CARaG, D 1.1 guidance",
		Inspector: reads("D1.1"),
	},
	{
		Quote:     "There should be a clear rationale for delivering specific interventions that explains how they meet the needs of the child.",
		Place:     "CARaG, D 1.1 guidance",
		Inspector: reads("D1.1"),
	},
	{
		Quote:     "Interventions should start in a timely manner.",
		Place:     "CARaG, D 1.1 guidance",
		Inspector: reads("D1.1"),
	},
	{
		Quote:     "Where a child has not engaged in interventions, we expect to see adjustments made to planned work to increase their engagement.",
		Place:     "CARaG, D 1.1 guidance",
		Inspector: reads("D1.1"),
	},
	{
		Quote:     "Where interventions have not been delivered as planned, there should be a clear explanation recorded, and planning should be adjusted.",
		Place:     "CARaG, D 1.1 guidance",
		Inspector: reads("D1.1"),
	},
	{
		Quote:     "Where several interventions to support desistance are planned, they should be sequenced and delivered in order of priority.",
		Place:     "CARaG, D 1.1 guidance",
		Inspector: reads("D1.1"),
	},
	{
		Quote:     "We expect to see an explanation for any changes to sequencing, for example to enhance engagement or increase motivation.",
		Place:     "CARaG, D 1.1 guidance",
		Inspector: reads("D1.1"),
	},
	{
		Quote:     "Where the assessment has failed to identify desistance factors, inspectors still expect planning to address them.",
		Place:     "CARaG, D 1.1 guidance",
		Inspector: missed("D1.1", "A1"),
	},
	{
		Quote:     "The case manager should be able to explain why specific interventions have been delivered and how they meet the child’s needs.",
		Place:     "CARaG, D 1.1 guidance",
		Inspector: reads("D1.1"),
	},
	{
		Quote:     "The interventions should start in a timely manner and it should be clear whether the child has engaged with them.",
		Place:     "CARaG, D 1.1 guidance",
		Inspector: reads("D1.1"),
	},
	{
		Quote:     "If non-compliance of the child was a barrier to delivering planned services, this will not necessarily result in a negative answer.",
		Place:     "CARaG, D 1.1 guidance",
		Inspector: engagement("D1.1"),
	},
	{
		Quote:     "The inspector will make a judgement on the level of effort, skills and tenacity used to try to engage the child in the interventions.",
		Place:     "CARaG, D 1.1 guidance",
		Inspector: engagement("D1.1"),
	},
	{
		Quote:     "In custodial cases, interventions should be delivered to support the child’s needs; if there are gaps in the range of interventions available in the establishment, interventions should be delivered by YOT staff or community organisations.",
		Place:     "CARaG, D 1.1 guidance",
		Inspector: custody("D1.1"),
	},
	{
		Quote:     "Interventions to prepare for release should be considered in the later part of a custodial sentence, including liaising with education providers, linking with community health provision, online learning, and setting up ID and bank accounts.",
		Place:     "CARaG, D 1.1 guidance",
		Inspector: custody("D1.1"),
	},
	{
		Quote:     "Identifying suitable accommodation for release should be a priority, so that the child knows where they will be living.",
		Place:     "CARaG, D 1.1 guidance",
		Inspector: custody("D1.1"),
	},
	{
		Quote:     "If possible, there should be visits to any new accommodation provider, so that the child is familiar with the arrangements and has met staff in advance of their release.",
		Place:     "CARaG, D 1.1 guidance",
		Inspector: custody("D1.1"),
	},
	{
		Quote:     "If non-compliance of the child was a barrier to delivering planned services, this will not necessarily result in a negative answer.",
		Place:     "CARaG, D 1.1 guidance, again after the paragraphs on custodial sentences and release",
		Inspector: engagement("D1.1"),
	},
	{
		Quote:     "The inspector will make a judgement on the level of effort, skills and tenacity used to try to engage the child in the interventions.",
		Place:     "CARaG, D 1.1 guidance, again after the paragraphs on custodial sentences and release",
		Inspector: engagement("D1.1"),
	},
	{
		Quote:     "Inspectors expect interventions to be delivered in a way that takes into account the child’s protected characteristics.",
		Place:     "CARaG, D1.diversity guidance (unnumbered, after D 1.1)",
		Inspector: diversity("D1.diversity"),
	},
	{
		Quote:     "For example, the content of interventions should be personalised to take into account the gender, age and disability of children.",
		Place:     "CARaG, D1.diversity guidance (unnumbered, after D 1.1)",
		Inspector: "the record holds the child's gender (I1.4, free text) and disability (I1.9) but not the child's age or how the interventions were personalised, which the inspector reads and answers D1.diversity by",
	},
	{
		Quote:     "The timing and location of interventions should also be personalised.",
		Place:     "CARaG, D1.diversity guidance (unnumbered, after D 1.1)",
		Inspector: diversity("D1.diversity"),
	},
	{
		Quote:     "We expect interventions to be delivered in a way that takes into account relevant factors for the child, such as self-identity or living in a rural area.",
		Place:     "CARaG, D1.circumstances guidance (unnumbered, after D 1.1)",
		Inspector: reads("D1.circumstances"),
	},
	{
		Quote:     "Appointments should be made at times and places that are suitable for the child.",
		Place:     "CARaG, D1.circumstances guidance (unnumbered, after D 1.1)",
		Inspector: reads("D1.circumstances"),
	},
	{
		Quote:     "There should be evidence that the child is able to understand and respond to the interventions being offered.",
		Place:     "CARaG, D1.circumstances guidance (unnumbered, after D 1.1)",
		Inspector: reads("D1.circumstances"),
	},
	{
		Quote:     "Reasonable adaptations should be made to meet the child’s needs.",
		Place:     "CARaG, D1.circumstances guidance (unnumbered, after D 1.1)",
		Inspector: reads("D1.circumstances"),
	},
	{
		Quote:     "YOT staff should consider wider familial circumstances, including the child’s lived experience and their role in the family.",
		Place:     "CARaG, D1.circumstances guidance (unnumbered, after D 1.1)",
		Inspector: reads("D1.circumstances"),
	},
	{
		Quote:     "If the child has experienced trauma, this should be responded to appropriately.",
		Place:     "CARaG, D1.circumstances guidance (unnumbered, after D 1.1)",
		Inspector: reads("D1.circumstances"),
	},
	{
		Quote:     "For children in custody, there should be evidence that use of release on temporary licence (ROTL) has been considered to meet the child’s needs.",
		Place:     "CARaG, D1.circumstances guidance (unnumbered, after D 1.1)",
		Inspector: custody("D1.circumstances"),
	},
	{
		Quote:     "For Looked After Children, we expect the local authority social worker to be involved in delivering interventions.",
		Place:     "CARaG, D1.circumstances guidance (unnumbered, after D 1.1)",
		Inspector: lookedAfter("D1.circumstances"),
	},
	{
		Quote:     "Feedback should be given to the child about how they have engaged in the intervention, YOT staff should obtain the child’s views on their experience of the intervention.",
		Place:     "CARaG, D1.circumstances guidance (unnumbered, after D 1.1)",
		Inspector: reads("D1.circumstances"),
	},
	{
		Quote:     "Feedback should be given to parents or carers about how the child has engaged.",
		Place:     "CARaG, D1.circumstances guidance (unnumbered, after D 1.1)",
		Inspector: reads("D1.circumstances"),
	},
	{
		Quote:     "YOT staff should also consider how the parents or carers can reinforce and support the interventions, for example by supporting desistance-based activities.",
		Place:     "CARaG, D1.circumstances guidance (unnumbered, after D 1.1)",
		Inspector: reads("D1.circumstances"),
	},
	{
		Quote:     "Services delivered should build on the child’s strengths and protective factors, whether or not they have been identified in assessment.",
		Place:     "CARaG, D 1.3 guidance",
		Inspector: missed("D1.3", "A1.3"),
	},
	{
		Quote:     "Service delivery should actively facilitate the child’s attendance at positive activities, and build on any existing positive activities that have been identified.",
		Place:     "CARaG, D 1.3 guidance",
		Inspector: reads("D1.3"),
	},
	{
		Quote:     "In custody, we expect this work to be undertaken irrespective of any difficulties with the regime.",
		Place:     "CARaG, D 1.3 guidance",
		Inspector: custody("D1.3"),
	},
	{
		Quote:     "Service delivery should aim to maintain a positive working relationship with the child and parents or carers.",
		Place:     "CARaG, D 1.4 guidance",
		Inspector: reads("D1.4"),
	},
	{
		Quote:     "There should be evidence that the child’s preferred method of communication has been used.",
		Place:     "CARaG, D 1.4 guidance",
		Inspector: reads("D1.4"),
	},
	{
		Quote:     "If there are difficulties in the working relationship, we expect to see efforts made to explore the reasons for this and to consider possible resolutions.",
		Place:     "CARaG, D 1.4 guidance",
		Inspector: reads("D1.4"),
	},
	{
		Quote:     "We expect workers involved with the child to motivate them and reinforce positive behaviour.",
		Place:     "CARaG, D 1.4 guidance",
		Inspector: reads("D1.4"),
	},
	{
		Quote:     "Inspectors will need to be satisfied that the worker has not adopted a ‘one size fits all’ approach to their work with the child, but has judged the best way to maximise the potential for a successful outcome.",
		Place:     "CARaG, D 1.4 guidance",
		Inspector: reads("D1.4"),
	},
	{
		Quote:     "In custodial cases, inspectors will look for evidence that the YOT worker has maintained contact with the child, parents and carers, and custodial staff.",
		Place:     "CARaG, D 1.4 guidance",
		Inspector: custody("D1.4"),
	},
	{
		Quote:     "We expect to see appropriate communication with the child on a regular basis, beyond any sentence planning arrangements.",
		Place:     "CARaG, D 1.4 guidance",
		Inspector: custody("D1.4"),
	},
	{
		Quote:     "As a minimum, we expect to see telephone contact with the parents or carers of the child.",
		Place:     "CARaG, D 1.4 guidance",
		Inspector: custody("D1.4"),
	},
	{
		Quote:     "Parents and carers should be included in pre-release planning.",
		Place:     "CARaG, D 1.4 guidance",
		Inspector: custody("D1.4"),
	},
	{
		Quote:     "We expect to see evidence of timely information-sharing with custodial staff, including appropriate challenge if necessary.",
		Place:     "CARaG, D 1.4 guidance",
		Inspector: custody("D1.4"),
	},
	{
		Quote:     "There should be evidence of how the YOT will support access to mainstream services, which could include evidence of supporting the child at the first appointment or session with other agencies.",
		Place:     "CARaG, D 1.5 guidance",
		Inspector: reads("D1.5"),
	},
	{
		Quote:     "We expect to see that the YOT has supported any existing engagement with community services, and that it has ensured its own interventions do not distract from this.",
		Place:     "CARaG, D 1.5 guidance",
		Inspector: reads("D1.5"),
	},
	{
		Quote:     "Every effort should be made to ensure the child accesses universal services, such as education or healthcare.",
		Place:     "CARaG, D 1.5 guidance",
		Inspector: reads("D1.5"),
	},
	{
		Quote:     "If the child is likely to need further intervention after completing their sentence, the YOT should actively support this transition.",
		Place:     "CARaG, D 1.5 guidance",
		Inspector: reads("D1.5"),
	},
	{
		Quote:     "In custodial cases, inspectors expect to see evidence that there has been continuity between the custodial and community elements of the sentence.",
		Place:     "CARaG, D 1.5 guidance",
		Inspector: custody("D1.5"),
	},
	{
		Quote:     "There should be evidence that information is shared between the secure sector and the community to prepare for the child’s release.",
		Place:     "CARaG, D 1.5 guidance",
		Inspector: custody("D1.5"),
	},
	{
		Quote:     "If the child has completed any training or courses while in custody, these should be built upon following release.",
		Place:     "CARaG, D 1.5 guidance",
		Inspector: custody("D1.5"),
	},
	{
		Quote:     "We will look for evidence that ROTL has been considered as part of the preparations for release.",
		Place:     "CARaG, D 1.5 guidance",
		Inspector: custody("D1.5"),
	},
	{
		Quote:     "The custodial establishment should work with the YOT to make any practical arrangements required for release, such as securing suitable identification documents.",
		Place:     "CARaG, D 1.5 guidance",
		Inspector: custody("D1.5"),
	},
	{
		Quote:     "Inspectors will look for evidence of effective engagement with the child, and their parents or carers, going beyond simply attending appointments.",
		Place:     "CARaG, D 1.6 guidance",
		Inspector: reads("D1.6"),
	},
	{
		Quote:     "We expect to see reasonable attempts to engage parents or carers and other professionals in supporting the work of the YOT.",
		Place:     "CARaG, D 1.6 guidance",
		Inspector: reads("D1.6"),
	},
	{
		Quote:     "Inspectors will make a judgement based on the YOT worker’s approach, not solely on the child’s response.",
		Place:     "CARaG, D 1.6 guidance",
		Inspector: engagement("D1.6"),
	},
	{
		Quote:     "We expect to see evidence that the case manager has responded to incidents of non-engagement using a clear, measured and motivating approach to encourage compliance.",
		Place:     "CARaG, D 1.6 guidance",
		Inspector: reads("D1.6"),
	},
	{
		Quote:     "This should include using a variety of ways to engage with the child, including considering a change in the venue for appointments, or the timings of the appointments.",
		Place:     "CARaG, D 1.6 guidance",
		Inspector: reads("D1.6"),
	},
	{
		Quote:     "YOT workers should try to understand why the child has not engaged with the interventions.",
		Place:     "CARaG, D 1.6 guidance",
		Inspector: reads("D1.6"),
	},
	{
		Quote:     "In custodial cases, we expect YOT workers to identify where any non-engagement may be due to restrictions in the regime, and to discuss this with the institution.",
		Place:     "CARaG, D 1.6 guidance",
		Inspector: custody("D1.6"),
	},
	{
		Quote:     "We expect to see evidence that the child has been prepared for release and has a good understanding of what will be expected of them when they are back in the community, including information about the reasons for any additional licence conditions.",
		Place:     "CARaG, D 1.6 guidance",
		Inspector: custody("D1.6"),
	},
	{
		Quote:     "We expect to see that the YOT has made efforts to engage with the child before taking formal enforcement action.",
		Place:     "CARaG, D 1.10 guidance",
		Inspector: reads("D1.10"),
	},
	{
		Quote:     "Where formal enforcement action appears to be the only option, YOT workers should consider holding a pre-breach meeting, such as an enforcement panel.",
		Place:     "CARaG, D 1.10 guidance",
		Inspector: "the record holds the inspector's answer to D1.10 (are enforcement actions taken when appropriate?), not whether enforcement appeared the only option or whether a pre-breach meeting was considered",
	},
	{
		Quote:     "They should try to involve the parents or carers and any other professionals working with the child, to help the child to engage before formal enforcement action is taken.",
		Place:     "CARaG, D 1.10 guidance",
		Inspector: reads("D1.10"),
	},
	{
		Quote:     "In some circumstances, enforcement is required as part of contingency planning to manage the safety of the child or of other people.",
		Place:     "CARaG, D 1.10 guidance",
		Inspector: "it says when enforcement is required; the record holds no contingency plan and no fact of enforcement, only the inspector's answer to D1.10",
	},
	{
		Quote:     "When formal enforcement action is required, this should be done promptly.",
		Place:     "CARaG, D 1.10 guidance",
		Inspector: reads("D1.10"),
	},
	{
		Quote:     "Inspectors will judge whether the overall quality of the service delivery meets the needs of the case.",
		Place:     "CARaG, D 1 S guidance",
		Inspector: weigh("D1.S"),
	},
	{
		Quote:     "They will consider whether strengths in the service delivery outweigh any insufficiency.",
		Place:     "CARaG, D 1 S guidance",
		Inspector: weigh("D1.S"),
	},
	{
		Quote:     "While there may be deficits, the inspector may be able to conclude that, overall, the service delivery is sufficient within the context of the case.",
		Place:     "CARaG, D 1 S guidance",
		Inspector: deficits("D1.S"),
	},
	{
		Quote:     "Conversely, while the service delivery may have many strengths, a particular omission may be important enough to lead to a judgement of insufficient.",
		Place:     "CARaG, D 1 S guidance",
		Inspector: omission("D1.S"),
	},
	{
		Quote:     "If the child has not engaged, this does not necessarily result in a negative judgement.",
		Place:     "CARaG, D 1 S guidance",
		Inspector: engagement("D1.S"),
	},
	{
		Quote:     "Inspectors will make a judgement on the level of effort, skills and tenacity the YOT has shown in engaging with the child.",
		Place:     "CARaG, D 1 S guidance",
		Inspector: engagement("D1.S"),
	},
	{
		Quote:     "In cases where the child has received a custodial sentence, we expect the YOT to take all reasonable steps to ensure appropriate work is done to keep the child safe during the custodial part of the sentence, as well as when the child is in the community.",
		Place:     "CARaG, D 2 introduction",
		Inspector: custody("every question of D2"),
	},
	{
		Quote:     "Inspectors will assess whether the services, activities and interventions that are delivered directly to the child are those most likely to promote safety and wellbeing.",
		Place:     "CARaG, D 2.1 guidance",
		Inspector: reads("D2.1"),
	},
	{
		Quote:     "Where assessment failed to identify safety and wellbeing factors, inspectors still expect service delivery to address them.",
		Place:     "CARaG, D 2.1 guidance",
		Inspector: missed("D2.1", "A2"),
	},
	{
		Quote:     "Inspectors will consider what could be reasonably expected to be delivered, given the nature and type of intervention.",
		Place:     "CARaG, D 2.1 guidance",
		Inspector: reads("D2.1"),
	},
	{
		Quote:     "There should be a record of the intended impact of the interventions and how the child has responded to them.",
		Place:     "CARaG, D 2.1 guidance",
		Inspector: reads("D2.1"),
	},
	{
		Quote:     "If no services were delivered due to the non-engagement of the child, inspectors will make a judgement on the level of effort that YOT workers made to deliver appropriate services to the child.",
		Place:     "CARaG, D 2.1 guidance",
		Inspector: engagement("D2.1"),
	},
	{
		Quote:     "Inspectors will look for evidence of how the YOT has worked with other agencies to manage and promote the child’s safety and wellbeing.",
		Place:     "CARaG, D 2.2 guidance",
		Inspector: reads("D2.2"),
	},
	{
		Quote:     "We expect the YOT to be active in referring children to other agencies, including child safeguarding arrangements.",
		Place:     "CARaG, D 2.2 guidance",
		Inspector: reads("D2.2"),
	},
	{
		Quote:     "If other agencies are involved with delivering work to support the safety and wellbeing of the child, that work should be well coordinated, with a clear record of each agency’s role and clear information-sharing arrangements.",
		Place:     "CARaG, D 2.2 guidance",
		Inspector: reads("D2.2"),
	},
	{
		Quote:     "The YOT should support the child to engage with other agencies as required, and should seek feedback on how well the child has engaged with those agencies.",
		Place:     "CARaG, D 2.2 guidance",
		Inspector: reads("D2.2"),
	},
	{
		Quote:     "The work of the other agencies should link to, and support, the work of the YOT to assist in promoting the child’s safety and wellbeing.",
		Place:     "CARaG, D 2.2 guidance",
		Inspector: reads("D2.2"),
	},
	{
		Quote:     "In some cases, it is possible for all the relevant work in connection with safety and wellbeing to be delivered by other organisations, but the YOT should still seek feedback.",
		Place:     "CARaG, D 2.2 guidance",
		Inspector: reads("D2.2"),
	},
	{
		Quote:     "Inspectors will judge whether the overall quality of the work to promote the child’s safety and wellbeing meets the needs of the case.",
		Place:     "CARaG, D 2 S guidance",
		Inspector: weigh("D2.S"),
	},
	{
		Quote:     "They will consider whether strengths in the service delivery outweigh any insufficiency.",
		Place:     "CARaG, D 2 S guidance",
		Inspector: weigh("D2.S"),
	},
	{
		Quote:     "While there may be deficits, the inspector may be able to conclude that, overall, the service delivery is sufficient within the context of the case.",
		Place:     "CARaG, D 2 S guidance",
		Inspector: deficits("D2.S"),
	},
	{
		Quote:     "Conversely, while the service delivery may have many strengths, a particular omission may be important enough to lead to a judgement of insufficient.",
		Place:     "CARaG, D 2 S guidance",
		Inspector: omission("D2.S"),
	},
	{
		Quote:     "Whether the child has engaged or not, inspectors will expect the YOT to recognise its overarching responsibility for child safeguarding, and to ensure multi-agency safeguarding arrangements are used where necessary.",
		Place:     "CARaG, D 2 S guidance",
		Inspector: "the record holds no fact of the child's engagement or of the safeguarding arrangements used; the inspector weighs it in D2.S (Yes by its rule where there are no factors related to keeping the child safe)",
	},
	{
		Quote:   "Where there are no factors related to keeping the child safe, inspectors will answer ‘Yes’.",
		Place:   "CARaG, D 2 S guidance",
		Encoded: []string{"summary rule D2.S", "finding summary-contradicts-rule"},
	},
	{
		Quote:     "In cases where the child has received a custodial sentence, we expect the YOT to take all reasonable steps to ensure appropriate work is done to manage the safety of others during the custodial part of the sentence, as well as when the child is in the community.",
		Place:     "CARaG, D 3 introduction",
		Inspector: custody("every question of D3"),
	},
	{
		Quote:     "Inspectors will judge whether the overall quality of the work is sufficient to manage and minimise the risk of harm to other people.",
		Place:     "CARaG, D 3.1 guidance",
		Inspector: reads("D3.1"),
	},
	{
		Quote:     "We expect to see sufficient contact with the child to allow delivery of constructive interventions and to allow the case manager to monitor factors related to risk of harm to others.",
		Place:     "CARaG, D 3.1 guidance",
		Inspector: reads("D3.1"),
	},
	{
		Quote:     "We would expect to see a higher level of contact in cases assessed as high or very high risk of serious harm.",
		Place:     "CARaG, D 3.1 guidance",
		Inspector: "the record holds the levels of risk of serious harm (A3.4 and the inspector's), which say when a higher level of contact is expected, but no fact of the contact, which the inspector reads and answers D3.1 by",
	},
	{
		Quote:     "We expect case managers to engage with parents, carers and other key individuals in the child’s life.",
		Place:     "CARaG, D 3.1 guidance",
		Inspector: reads("D3.1"),
	},
	{
		Quote:     "In addition to services delivered specifically to the child, we expect to see clear joint working with any other agencies involved in work with the child, with a view to minimising the risk of harm.",
		Place:     "CARaG, D 3.1 guidance",
		Inspector: reads("D3.1"),
	},
	{
		Quote:     "There should be evidence of the intended impact of the interventions and how the child has responded.",
		Place:     "CARaG, D 3.1 guidance",
		Inspector: reads("D3.1"),
	},
	{
		Quote:     "Whether the child has engaged or not, inspectors will expect the YOT to recognise its overarching responsibility for public protection.",
		Place:     "CARaG, D 3.1 guidance",
		Inspector: "the record holds no fact of the child's engagement or of how the YOT saw its responsibility; the inspector weighs it in D3.1",
	},
	{
		Quote:     "Where a specific victim has been identified, interventions delivered should contribute to keeping that victim safe.",
		Place:     "CARaG, D 3.2 guidance",
		Inspector: victim("D3.2"),
	},
	{
		Quote:     "If the victim will be made safer by restorative work, or victim awareness intervention, this should be considered.",
		Place:     "CARaG, D 3.2 guidance",
		Inspector: victim("D3.2"),
	},
	{
		Quote:     "We expect to see a response to any reasonable wishes from victims in connection with youth conditional caution requirements.",
		Place:     "CARaG, D 3.2 guidance",
		Inspector: victim("D3.2"),
	},
	{
		Quote:     "There should be regular liaison with the victim worker if involved.",
		Place:     "CARaG, D 3.2 guidance",
		Inspector: victim("D3.2"),
	},
	{
		Quote:     "There should be evidence that the YOT has considered the protection of any actual or potential victim, irrespective of whether the victim has engaged in a restorative intervention.",
		Place:     "CARaG, D 3.2 guidance",
		Inspector: victim("D3.2"),
	},
	{
		Quote:     "If no services were delivered due to the non-engagement of the child, inspectors will make a judgement on the level of effort the YOT has made to deliver appropriate services.",
		Place:     "CARaG, D 3.2 guidance",
		Inspector: engagement("D3.2"),
	},
	{
		Quote:     "Effective delivery would also include active monitoring (or, where relevant, enforcement) of any licence conditions or other restricted activities through engagement with the YOT police officer.",
		Place:     "CARaG, D 3.2 guidance",
		Inspector: reads("D3.2"),
	},
	{
		Quote:     "In custody cases, where there is a victim eligible for statutory victim contact, inspectors will expect a referral to be made to the National Probation Service.",
		Place:     "CARaG, D 3.2 guidance",
		Inspector: "it applies to a child in custody with a victim eligible for statutory victim contact; the record holds neither fact, nor whether a referral was made, and the inspector answers D3.2 by it",
	},
	{
		Quote:     "Inspectors will look at how the YOT has worked with other agencies to manage the risk of harm to others presented by the child.",
		Place:     "CARaG, D 3.3 guidance",
		Inspector: reads("D3.3"),
	},
	{
		Quote:     "We expect to see regular and effective communication between all other agencies involved in delivering work to support the safety of others.",
		Place:     "CARaG, D 3.3 guidance",
		Inspector: reads("D3.3"),
	},
	{
		Quote:     "Joint work should be well-coordinated, with a clear record of each agency’s role.",
		Place:     "CARaG, D 3.3 guidance",
		Inspector: reads("D3.3"),
	},
	{
		Quote:     "There should be evidence of effective challenge and escalation, including by senior managers, if any difficulties cannot be resolved.",
		Place:     "CARaG, D 3.3 guidance",
		Inspector: reads("D3.3"),
	},
	{
		Quote:     "The YOT should support the child to engage with other agencies as required, and should seek feedback about how the child has engaged with those agencies.",
		Place:     "CARaG, D 3.3 guidance",
		Inspector: reads("D3.3"),
	},
	{
		Quote:     "The work of the other agencies should link to, and support, the work of the YOT to assist in promoting the safety of other people.",
		Place:     "CARaG, D 3.3 guidance",
		Inspector: reads("D3.3"),
	},
	{
		Quote:     "In some cases, there may be no need for other agencies to be involved.",
		Place:     "CARaG, D 3.3 guidance",
		Inspector: "it allows that no other agency may be needed; the record holds no fact of the agencies involved, and the inspector judges it in D3.3",
	},
	{
		Quote:     "Inspectors will judge whether the overall quality of work to support the safety of other people meets the needs of the case.",
		Place:     "CARaG, D 3 S guidance",
		Inspector: weigh("D3.S"),
	},
	{
		Quote:     "They will consider whether strengths in the service delivery outweigh any insufficiency.",
		Place:     "CARaG, D 3 S guidance",
		Inspector: weigh("D3.S"),
	},
	{
		Quote:     "While there may be deficits, the inspector may be able to conclude that, overall, this service delivery is sufficient within the context of the case.",
		Place:     "CARaG, D 3 S guidance",
		Inspector: deficits("D3.S"),
	},
	{
		Quote:     "Conversely, while the service delivery may have many strengths, a particular omission may be important enough to lead to a judgement of insufficient.",
		Place:     "CARaG, D 3 S guidance",
		Inspector: omission("D3.S"),
	},
	{
		Quote:     "Whether the child has engaged or not, inspectors will expect the YOT to recognise their overarching responsibility for public protection, and to ensure risk of harm to other people is minimised.",
		Place:     "CARaG, D 3 S guidance",
		Inspector: "the record holds no fact of the child's engagement or of how the YOT saw its responsibility; the inspector weighs it in D3.S (Yes by its rule where there are no factors related to risk of harm)",
	},
	{
		Quote:   "Where there are no factors related to risk of harm, inspectors will answer ‘Yes’.",
		Place:   "CARaG, D 3 S guidance",
		Encoded: []string{"summary rule D3.S", "finding summary-contradicts-rule"},
	},
	{
		Quote:     "In cases where the child has received a custodial sentence, we expect the YOT to meet all our standards for reviewing during the custodial and post-release phases of the sentence.",
		Place:     "CARaG, R 1 introduction",
		Inspector: custody("every question of R1"),
	},
	{
		Quote:     "Reviewing should be used to take stock of the child’s progress to date and to give positive messages about the potential for desistance.",
		Place:     "CARaG, R 1.1 guidance",
		Inspector: reads("R1.1"),
	},
	{
		Quote:     "It should take into account any changes in the child’s circumstances.",
		Place:     "CARaG, R 1.1 guidance",
		Inspector: reads("R1.1"),
	},
	{
		Quote:     "This should include considering any new or worrying behaviour; changes in relationships with family, partners or peers; changes in education or training; and changes in accommodation.",
		Place:     "CARaG, R 1.1 guidance",
		Inspector: reads("R1.1"),
	},
	{
		Quote:     "All such changes should be discussed with the child as they happen, whether circumstances have improved or deteriorated.",
		Place:     "CARaG, R 1.1 guidance",
		Inspector: reads("R1.1"),
	},
	{
		Quote:     "Ongoing reviewing should be used to check that the delivery of services is having the intended impact, whether those services are delivered by the YOT or other agencies.",
		Place:     "CARaG, R 1.1 guidance",
		Inspector: reads("R1.1"),
	},
	{
		Quote:     "Reviewing should identify what has been effective and what has been achieved, as well as work that is still outstanding or needs to be reconsidered or redesigned.",
		Place:     "CARaG, R 1.1 guidance",
		Inspector: reads("R1.1"),
	},
	{
		Quote:     "Any problems with delivery of planned services should be resolved immediately, and should not wait for a formal, written review.",
		Place:     "CARaG, R 1.1 guidance",
		Inspector: reads("R1.1"),
	},
	{
		Quote:     "The completion of any requirement of an order/licence should lead at least to an informal review with the child.",
		Place:     "CARaG, R 1.1 guidance",
		Inspector: reads("R1.1"),
	},
	{
		Quote:     "Being investigated for a new offence will also be considered as a change in factors linked to desistance and offending, and we would expect to see some discussion with the child about any new allegations.",
		Place:     "CARaG, R 1.1 guidance",
		Inspector: reads("R1.1"),
	},
	{
		Quote:     "Reviewing should take into consideration both improvements and deterioration in desistance factors.",
		Place:     "CARaG, R 1.1 guidance",
		Inspector: reads("R1.1"),
	},
	{
		Quote:     "The services delivered should build on the child’s strengths and protective factors, whether or not they have been identified in assessment.",
		Place:     "CARaG, R 1.2 guidance",
		Inspector: missed("R1.2", "A1.3"),
	},
	{
		Quote:     "Planning should actively facilitate the child’s attendance at positive activities, and build on any existing positive activities that have been identified.",
		Place:     "CARaG, R 1.2 guidance",
		Inspector: reads("R1.2"),
	},
	{
		Quote:     "Inspectors will look for reviewing that identifies the degree of success in enhancing child’s strengths and protective factors.",
		Place:     "CARaG, R 1.2 guidance",
		Inspector: reads("R1.2"),
	},
	{
		Quote:     "Reviewing should identify any changes in relevant factors.",
		Place:     "CARaG, R 1.2 guidance",
		Inspector: reads("R1.2"),
	},
	{
		Quote:     "It should also consider the impact of delivered services on the child.",
		Place:     "CARaG, R 1.2 guidance",
		Inspector: reads("R1.2"),
	},
	{
		Quote:     "Reviewing should take account of information provided by any other organisations working with the child.",
		Place:     "CARaG, R 1.2 guidance",
		Inspector: reads("R1.2"),
	},
	{
		Quote:     "Reviewing should consider both the extent to which work to address diversity factors has been successful, and whether there have been any changes to factors or protected characteristics.",
		Place:     "CARaG, R1.diversity guidance (unnumbered, after R 1.2)",
		Inspector: diversity("R1.diversity"),
	},
	{
		Quote:     "We expect to see active, ongoing reviewing of any changes in the child’s personal circumstances and wider familial and social context.",
		Place:     "CARaG, R1.circumstances guidance (unnumbered, after R 1.2)",
		Inspector: reads("R1.circumstances"),
	},
	{
		Quote:     "Reviewing should consider both the extent to which work to accommodate these factors has been successful, and whether there have been any changes to those factors.",
		Place:     "CARaG, R1.circumstances guidance (unnumbered, after R 1.2)",
		Inspector: reads("R1.circumstances"),
	},
	{
		Quote:     "Reviewing should investigate any changes to levels of motivation and/or engagement of the child, and should investigate the reasons for any improvement or deterioration in engagement, including any barriers that are preventing planned work from being delivered.",
		Place:     "CARaG, R 1.3 guidance",
		Inspector: reads("R1.3"),
	},
	{
		Quote:     "The perspective of the child and their parents or carers is important.",
		Place:     "CARaG, R 1.3 guidance",
		Inspector: reads("R1.3"),
	},
	{
		Quote:     "Reviewing should consider how the child managed in custody and their views on any additional licence conditions.",
		Place:     "CARaG, R 1.3 guidance",
		Inspector: custody("R1.3"),
	},
	{
		Quote:     "Inspectors will look for evidence that the child and their parents or carers are involved in the reviewing process.",
		Place:     "CARaG, R 1.4 guidance",
		Inspector: reads("R1.4"),
	},
	{
		Quote:     "The YOT should ask the child what they think went well and what areas of intervention did not go as well for them.",
		Place:     "CARaG, R 1.4 guidance",
		Inspector: reads("R1.4"),
	},
	{
		Quote:     "Reviewing should identify what methods of intervention have worked well for the child and whether adjustments to the planning need to be considered.",
		Place:     "CARaG, R 1.4 guidance",
		Inspector: reads("R1.4"),
	},
	{
		Quote:     "The parents or carers should also be asked for their views.",
		Place:     "CARaG, R 1.4 guidance",
		Inspector: reads("R1.4"),
	},
	{
		Quote:     "This should include their views about the interventions and any changes in the child’s needs.",
		Place:     "CARaG, R 1.4 guidance",
		Inspector: reads("R1.4"),
	},
	{
		Quote:     "We expect case records to evidence how the views of the child and their parents or carers have been sought.",
		Place:     "CARaG, R 1.4 guidance",
		Inspector: reads("R1.4"),
	},
	{
		Quote:     "It is not sufficient to complete a review self-assessment questionnaire; this information should be incorporated in the reviewing process and should influence any changes to planning.",
		Place:     "CARaG, R 1.4 guidance",
		Inspector: reads("R1.4"),
	},
	{
		Quote:     "If the child has not engaged, or if parents or carers are reluctant to engage, this does not necessarily result in a negative judgement.",
		Place:     "CARaG, R 1.4 guidance",
		Inspector: engagement("R1.4"),
	},
	{
		Quote:     "Inspectors will make a judgement on the level of effort, skills and tenacity the YOT has shown in trying to engage the child and parents or carers.",
		Place:     "CARaG, R 1.4 guidance",
		Inspector: engagement("R1.4"),
	},
	{
		Quote:     "In some circumstances it might be appropriate for another professional working with the child to be involved in reviewing.",
		Place:     "CARaG, R 1.4 guidance",
		Inspector: reads("R1.4"),
	},
	{
		Quote:     "If the YOT identifies anything that is not working to support the child’s desistance, it should adjust planning to ensure it fits the current situation.",
		Place:     "CARaG, R 1.5 guidance",
		Inspector: reads("R1.5"),
	},
	{
		Quote:     "We expect to see a full written review whenever there has been a significant change in the assessment and/or planning of factors related to desistance in the case.",
		Place:     "CARaG, R 1.6 guidance",
		Inspector: written("R1.6"),
	},
	{
		Quote:     "What constitutes a significant change depends on the individual features of the case.",
		Place:     "CARaG, R 1.6 guidance",
		Inspector: significant("R1.6"),
	},
	{
		Quote:     "For example, a child moving out of the family home for the first time might be seen as a significant change, whereas the move of a child who has had many placements may not be judged to be significant.",
		Place:     "CARaG, R 1.6 guidance",
		Inspector: significant("R1.6"),
	},
	{
		Quote:     "While the focus of inspection is on the overall activity of reviewing, in some situations where there have been significant changes, we expect to see a clear written review.",
		Place:     "CARaG, R 1.6 guidance",
		Inspector: written("R1.6"),
	},
	{
		Quote:     "Inspectors recognise that, for some children living chaotic lives, the rate of change can be fast, and will use their professional judgement to decide when a written review is required.",
		Place:     "CARaG, R 1.6 guidance",
		Inspector: professional("R1.6"),
	},
	{
		Quote:     "Inspectors will judge whether the overall quality of reviewing meets the needs of the case.",
		Place:     "CARaG, R 1 S guidance",
		Inspector: weigh("R1.S"),
	},
	{
		Quote:     "In a case where circumstances are stable and the child is engaging with services, little reviewing may be required, and we do not necessarily expect to see a formal written review.",
		Place:     "CARaG, R 1 S guidance",
		Inspector: stable("R1.S", "R1.6"),
	},
	{
		Quote:     "In cases where there is less stability, poorer compliance and/or a higher level of desistance needs, we expect to see more iterative reviewing, and written reviews for any significant changes.",
		Place:     "CARaG, R 1 S guidance",
		Inspector: "the record holds no fact of the stability, compliance or desistance needs of the case; how iterative the reviewing was is the inspector's reading in R1.S, which Judge never overrides",
	},
	{
		Quote:     "Inspectors will consider whether strengths in the reviewing outweigh any insufficiency.",
		Place:     "CARaG, R 1 S guidance",
		Inspector: weigh("R1.S"),
	},
	{
		Quote:     "While there may be deficits, the inspector may be able to conclude that, overall, the reviewing is sufficient within the context of the case.",
		Place:     "CARaG, R 1 S guidance",
		Inspector: deficits("R1.S"),
	},
	{
		Quote:     "Conversely, while the reviewing may have many strengths, a particular omission may be important enough to lead to a judgement of insufficient.",
		Place:     "CARaG, R 1 S guidance",
		Inspector: omission("R1.S"),
	},
	{
		Quote:   "Where no reviewing of desistance was required, inspectors will answer ‘Yes’.",
		Place:   "CARaG, R 1 S guidance",
		Encoded: []string{"summary rule R1.S", "finding summary-contradicts-rule"},
	},
	{
		Quote:     "In cases where the child has received a custodial sentence, we expect the YOT to meet all our standards for reviewing during the custodial and post-release phases of the sentence.",
		Place:     "CARaG, R 2 introduction",
		Inspector: custody("every question of R2"),
	},
	{
		Quote:     "Reviewing should consider whether work to keep the child safe is having the desired impact.",
		Place:     "CARaG, R 2.1 guidance",
		Inspector: reads("R2.1"),
	},
	{
		Quote:     "The voices of the child and their parents or carers are important, and their views about changes in safety and wellbeing should be recognised.",
		Place:     "CARaG, R 2.1 guidance",
		Inspector: reads("R2.1"),
	},
	{
		Quote:     "In cases where there are concerns about the child’s safety and wellbeing, and there has been no improvement, the YOT should explore this, and consider why there has been no change.",
		Place:     "CARaG, R 2.1 guidance",
		Inspector: reads("R2.1"),
	},
	{
		Quote:     "If it is because the child has not engaged in interventions, the YOT should consider how to improve the child’s engagement.",
		Place:     "CARaG, R 2.1 guidance",
		Inspector: reads("R2.1"),
	},
	{
		Quote:     "In custodial cases, reviewing should include any safeguarding incidents that have occurred while the child is in custody.",
		Place:     "CARaG, R 2.1 guidance",
		Inspector: custody("R2.1"),
	},
	{
		Quote:     "Reviewing should analyse how the institution and the YOT have responded to this.",
		Place:     "CARaG, R 2.1 guidance",
		Inspector: custody("R2.1"),
	},
	{
		Quote:     "It should focus on any anticipated changes to safety issues as the child moves from custody to the community.",
		Place:     "CARaG, R 2.1 guidance",
		Inspector: custody("R2.1"),
	},
	{
		Quote:   "Ongoing contact should actively monitor and review factors related to the child’s safety; we expect case managers to be proactive and curious.",
		Place:   "CARaG, R 2.1 guidance",
		Note:    "how proactive and curious the case manager was stays the inspector's reading (R2.1)",
		Encoded: []string{"finding reviewing-not-required-with-factors"},
	},
	{
		Quote:     "We expect to see a full written review when there are significant changes to factors related to safety and wellbeing, not solely to changes in the level of concern.",
		Place:     "CARaG, R 2.1 guidance",
		Inspector: written("R2.4"),
	},
	{
		Quote:     "We expect case managers to be active in seeking information from other agencies as part of the ongoing reviewing process, not just in connection with full written reviews.",
		Place:     "CARaG, R 2.2 guidance",
		Inspector: reads("R2.2"),
	},
	{
		Quote:     "Information from the custodial institution should be sought and considered.",
		Place:     "CARaG, R 2.2 guidance",
		Inspector: custody("R2.2"),
	},
	{
		Quote:     "Information should be shared about the child’s behaviour.",
		Place:     "CARaG, R 2.2 guidance",
		Inspector: reads("R2.2"),
	},
	{
		Quote:     "Reviewing should identify what activities and interventions have been completed with the child, how well they have responded, and whether interventions have had the desired impact.",
		Place:     "CARaG, R 2.2 guidance",
		Inspector: reads("R2.2"),
	},
	{
		Quote:     "Where reviewing identifies changes in factors related to the child’s safety and wellbeing, we expect to see that the YOT has reconsidered planned activity.",
		Place:     "CARaG, R 2.3 guidance",
		Inspector: reads("R2.3"),
	},
	{
		Quote:     "The YOT should consider how sustained any changes may be, and whether ongoing support would assist in maintaining these changes.",
		Place:     "CARaG, R 2.3 guidance",
		Inspector: reads("R2.3"),
	},
	{
		Quote:     "We expect to see a written review when there are significant changes to assessment and/or planning for factors related to safety and wellbeing.",
		Place:     "CARaG, R 2.4 guidance",
		Inspector: written("R2.4"),
	},
	{
		Quote:     "While the focus of inspection is on the overall activity of reviewing, in some situations where there have been significant changes, we expect to see a clear written review.",
		Place:     "CARaG, R 2.4 guidance",
		Inspector: written("R2.4"),
	},
	{
		Quote:     "Inspectors recognise that for some children living chaotic lives, the rate of change can be fast, and will use their professional judgement to decide when a written review is required.",
		Place:     "CARaG, R 2.4 guidance",
		Inspector: professional("R2.4"),
	},
	{
		Quote:     "Inspectors will judge whether the overall quality of reviewing meets the needs of the case.",
		Place:     "CARaG, R 2 S guidance",
		Inspector: weigh("R2.S"),
	},
	{
		Quote:     "In a case where the child is stable and engaging with services, little reviewing may be required, and we do not necessarily expect to see a formal written review.",
		Place:     "CARaG, R 2 S guidance",
		Inspector: stable("R2.S", "R2.4"),
	},
	{
		Quote:     "In cases where there is less stability, poorer compliance and/or a higher level of safety and wellbeing needs, we expect to see more iterative reviewing, and written reviews for any significant changes.",
		Place:     "CARaG, R 2 S guidance",
		Inspector: "the record holds the levels of safety and wellbeing (A2.5 and the inspector's) but no fact of stability or compliance; how iterative the reviewing was, for the level of need, is the inspector's reading in R2.S, which Judge never overrides",
	},
	{
		Quote:     "Inspectors will consider whether the strengths in reviewing outweigh any insufficiency.",
		Place:     "CARaG, R 2 S guidance",
		Inspector: weigh("R2.S"),
	},
	{
		Quote:     "While there may be deficits, the inspector may be able to conclude that, overall, the reviewing is sufficient within the context of the case.",
		Place:     "CARaG, R 2 S guidance",
		Inspector: deficits("R2.S"),
	},
	{
		Quote:     "Conversely, while the reviewing may have many strengths, a particular omission may be important enough to lead to a judgement of insufficient.",
		Place:     "CARaG, R 2 S guidance",
		Inspector: omission("R2.S"),
	},
	{
		Quote:   "In cases where no reviewing of safety and wellbeing was required, inspectors will answer ‘Yes’.",
		Place:   "CARaG, R 2 S guidance",
		Encoded: []string{"summary rule R2.S", "finding summary-contradicts-rule"},
	},
	{
		Quote:   "HM Inspectorate of Probation expects all factors relevant to risk of harm to be reviewed (not just factors related to risk of serious harm).",
		Place:   "CARaG, R 3 introduction",
		Note:    "how well the factors were reviewed stays the inspector's reading (R3.1 to R3.5)",
		Encoded: []string{"finding reviewing-not-required-with-factors"},
	},
	{
		Quote:     "In cases where the child has received a custodial sentence, we expect the YOT to meet all our standards for reviewing during the custodial and post-release phases of the sentence.",
		Place:     "CARaG, R 3 introduction",
		Inspector: custody("every question of R3"),
	},
	{
		Quote:   "We expect to see ongoing reviewing of risk of harm even in cases where the assessed level of risk of harm is low.",
		Place:   "CARaG, R 3.1 guidance",
		Note:    "how ongoing the reviewing was stays the inspector's reading (R3.1)",
		Encoded: []string{"finding reviewing-not-required-with-factors"},
	},
	{
		Quote:     "Informal reviewing would be evidenced by continuing enquiries about the child’s relationships, level of substance misuse, behaviour and any reoffending.",
		Place:     "CARaG, R 3.1 guidance",
		Inspector: reads("R3.1"),
	},
	{
		Quote:     "We expect case managers to have an enquiring mind.",
		Place:     "CARaG, R 3.1 guidance",
		Inspector: reads("R3.1"),
	},
	{
		Quote:     "Any new behaviour that might be linked to risk of harm should be spotted, analysed, and taken into account in any reviewing of planned activity to keep other people safe.",
		Place:     "CARaG, R 3.1 guidance",
		Inspector: reads("R3.1"),
	},
	{
		Quote:     "In some cases, there may be no new information that necessitates formal reviewing of risk of harm, but case managers should take sufficient steps to ensure existing information remains correct.",
		Place:     "CARaG, R 3.1 guidance",
		Inspector: reads("R3.1"),
	},
	{
		Quote:     "Reviewing should consider whether work to keep other people safe is having the desired impact.",
		Place:     "CARaG, R 3.1 guidance",
		Inspector: reads("R3.1"),
	},
	{
		Quote:     "In custodial cases, reviewing should reflect any incidents related to the safety of others that have taken place in the secure establishment and consider how both the secure estate and the YOT have responded to this.",
		Place:     "CARaG, R 3.1 guidance",
		Inspector: custody("R3.1"),
	},
	{
		Quote:     "Reviewing should focus on any anticipated changes to risk of harm to others as the child moves from custody to the community.",
		Place:     "CARaG, R 3.1 guidance",
		Inspector: custody("R3.1"),
	},
	{
		Quote:     "In cases where there are concerns about the risk of harm presented by the child, and there has not been any improvement, the YOT should also explore this, and consider why there has been no change.",
		Place:     "CARaG, R 3.1 guidance",
		Inspector: reads("R3.1"),
	},
	{
		Quote:     "If it is because the child has not engaged in interventions, the YOT should consider how to improve the child’s engagement.",
		Place:     "CARaG, R 3.1 guidance",
		Inspector: reads("R3.1"),
	},
	{
		Quote:     "Evidence of reviewing could include internal or multi-agency meetings or discussions, or consultation with a manager.",
		Place:     "CARaG, R 3.1 guidance",
		Inspector: reads("R3.1"),
	},
	{
		Quote:     "Reviews do not always need to be completed on AssetPlus.",
		Place:     "CARaG, R 3.1 guidance",
		Inspector: reads("R3.1"),
	},
	{
		Quote:     "We expect to see a full written review when there are significant changes to factors related to the safety of other people, not solely to changes in the level of concern.",
		Place:     "CARaG, R 3.1 guidance",
		Inspector: written("R3.5"),
	},
	{
		Quote:     "Where the assessed level of risk is increased or decreased, we expect to see a clear rationale for that as part of a written review.",
		Place:     "CARaG, R 3.1 guidance",
		Inspector: "the record holds the levels as they stand (A3.4, the inspector's, the rationale's), not a change of level during the sentence, and the answer to R3.5 (whether a written review was completed); whether the level changed and a written review gave a rationale is the inspector's reading",
	},
	{
		Quote:     "Information from other agencies is critical in reviewing risk of harm.",
		Place:     "CARaG, R 3.2 guidance",
		Inspector: reads("R3.2"),
	},
	{
		Quote:     "We expect case managers to be active in seeking information from other agencies as part of the ongoing reviewing process, not just in connection with full written reviews.",
		Place:     "CARaG, R 3.2 guidance",
		Inspector: reads("R3.2"),
	},
	{
		Quote:     "Case managers should always attend multi-agency meetings, including MARAC, MAPPA and child protection meetings.",
		Place:     "CARaG, R 3.2 guidance",
		Inspector: "the record holds no fact of multi-agency meetings or of who attended; the inspector reads it and answers R3.2 by it",
	},
	{
		Quote:     "If additional information comes to light during any reviewing, this must be shared with relevant agencies, so that they are appraised of key information in the case.",
		Place:     "CARaG, R 3.2 guidance",
		Inspector: "the record holds no fact of what came to light or was shared",
	},
	{
		Quote:   "This question will be answered ‘No’ if there is a lack of professional curiosity, if the risk presented by the child is seen in isolation from other agencies and or if reviewing does not lead to necessary action.",
		Place:   "CARaG, R 3.2 guidance",
		Note:    "a lack of professional curiosity and a risk seen in isolation from other agencies are the inspector's reading: no fact of the record says so for reviewing (the deficit tag accepting-account, from the research bulletin, marks a lack of professional curiosity in assessing safety, not in reviewing)",
		Encoded: []string{"finding reviewing-input-yes-adjustments-no"},
	},
	{
		Quote:     "It is critical to obtain the views of parents or carers at the point children are about to be released from custody.",
		Place:     "CARaG, R 3.2 guidance",
		Inspector: custody("R3.2"),
	},
	{
		Quote:     "Reviewing should identify what activities and interventions have been completed with the child, how well the child has responded, and whether interventions have had the desired impact.",
		Place:     "CARaG, R 3.2 guidance",
		Inspector: reads("R3.2"),
	},
	{
		Quote:     "Where reviewing identifies changes in factors related to the safety of other people, we expect to see that the YOT has reconsidered the planned activity.",
		Place:     "CARaG, R 3.4 guidance",
		Inspector: reads("R3.4"),
	},
	{
		Quote:     "The YOT should consider how sustained any changes may be, and whether ongoing support would assist in maintaining these changes.",
		Place:     "CARaG, R 3.4 guidance",
		Inspector: reads("R3.4"),
	},
	{
		Quote:     "We do not set any specific period where we expect to see written reviews.",
		Place:     "CARaG, R 3.5 guidance",
		Inspector: written("R3.5"),
	},
	{
		Quote:     "We do expect a written review to be completed when there are significant changes to assessment and/or planning for factors related to risk of harm.",
		Place:     "CARaG, R 3.5 guidance",
		Inspector: written("R3.5"),
	},
	{
		Quote:     "Examples might be a positive or negative change to any of the key factors related to risk of harm; repeat or escalation of previous risk-related behaviour; emergence of new risk-related behaviour; or allegations of a new (harmful) offence.",
		Place:     "CARaG, R 3.5 guidance",
		Inspector: significant("R3.5"),
	},
	{
		Quote:     "While the focus of inspection is on the overall activity of reviewing, in some situations where there have been significant changes, we expect to see a clear written review.",
		Place:     "CARaG, R 3.5 guidance",
		Inspector: written("R3.5"),
	},
	{
		Quote:     "Inspectors recognise that, for some children living chaotic lives, the rate of change can be fast, and will use their professional judgement to decide when a written review is required.",
		Place:     "CARaG, R 3.5 guidance",
		Inspector: professional("R3.5"),
	},
	{
		Quote:     "Inspectors will judge whether the overall quality of reviewing meets the needs of the case.",
		Place:     "CARaG, R 3 S guidance",
		Inspector: weigh("R3.S"),
	},
	{
		Quote:     "In a case where the child is stable and engaging with services, little reviewing may be required, and we do not necessarily expect to see a formal written review.",
		Place:     "CARaG, R 3 S guidance",
		Inspector: stable("R3.S", "R3.5"),
	},
	{
		Quote:     "In cases where there is less stability, poorer compliance and/or a higher level of concern for the safety of others, we expect to see more iterative reviewing, and written reviews for any significant changes.",
		Place:     "CARaG, R 3 S guidance",
		Inspector: "the record holds the levels of risk of serious harm (A3.4 and the inspector's) but no fact of stability or compliance; how iterative the reviewing was, for the level of concern, is the inspector's reading in R3.S, which Judge never overrides",
	},
	{
		Quote:     "Inspectors will consider whether the strengths in reviewing outweigh any insufficiency.",
		Place:     "CARaG, R 3 S guidance",
		Inspector: weigh("R3.S"),
	},
	{
		Quote:     "While there may be deficits, the inspector may be able to conclude that, overall, the reviewing is sufficient within the context of the case.",
		Place:     "CARaG, R 3 S guidance",
		Inspector: deficits("R3.S"),
	},
	{
		Quote:     "Conversely, while the reviewing may have many strengths, a particular omission may be important enough to lead to a judgement of insufficient.",
		Place:     "CARaG, R 3 S guidance",
		Inspector: omission("R3.S"),
	},
	{
		Quote:   "In cases where no reviewing of risk of harm was required, inspectors will answer ‘Yes’.",
		Place:   "CARaG, R 3 S guidance",
		Encoded: []string{"summary rule R3.S", "finding summary-contradicts-rule"},
	},
	{
		Quote:     "We expect the YOT to have in place a comprehensive range of high-quality services, to enable personalised and responsive provision for all children.",
		Place:     "CARaG, O 2 introduction",
		Inspector: "it says what the inspectorate expects of the YOT's services, asked at O2.1 to O2.3 in the case manager interview; the record holds those answers, and Judge does not judge O2, which stands outside the four standards",
	},
	{
		Quote:     "Services should cover the desistance needs of children, as well as ensuring effective arrangements to support the safety and wellbeing of children and manage the risk of harm to others.",
		Place:     "CARaG, O 2 introduction",
		Inspector: "it says what the inspectorate expects of the YOT's services, asked at O2.1 to O2.3 in the case manager interview; the record holds those answers, and Judge does not judge O2, which stands outside the four standards",
	},
	{
		Quote:     "We expect the YOT partnership to ensure that sufficient services are in place to support desistance.",
		Place:     "CARaG, O 2.1 guidance",
		Inspector: access("O2.1"),
	},
	{
		Quote:     "We expect the YOT partnership to ensure that sufficient services are in place to support the safety and wellbeing of the child.",
		Place:     "CARaG, O 2.2 guidance",
		Inspector: access("O2.2"),
	},
	{
		Quote:     "We expect the YOT partnership to ensure that sufficient services are in place to support management of risk of harm.",
		Place:     "CARaG, O 2.3 guidance",
		Inspector: access("O2.3"),
	},
}

// Package judgement judges a case record (package record): it gives each
// key question's summary judgement with how it was decided and what looks
// wrong, by the rules of the domain two (court disposals) case assessment
// rules and guidance (CARaG) of HM Inspectorate of Probation.
//
// # Summary judgements
//
// Judge gives each of the 12 key questions of the standards its summary
// judgement and says how it was decided (DecidedBy). A rule of the source
// decides it when there is nothing to judge; otherwise the inspector does
// (A2.9 and A3.11 expect a written record even where there are no factors,
// so A1, A2 and A3, like P1 and D1, have no rule).
//
// The summary rules, one a summary judgement (SummaryRules; rules.go holds the table):
//
//	summary  decided by         the summary is Yes where                source
//	A1.S     inspector          no rule: the inspector's judgement
//	A2.S     inspector          no rule: the inspector's judgement
//	A3.S     inspector          no rule: the inspector's judgement
//	P1.S     inspector          no rule: the inspector's judgement
//	P2.S     no-factors-rule    factors.childSafety is false            P 2 S: “Where there are no factors related to keeping the child safe, inspectors will answer ‘Yes’.”
//	P3.S     no-factors-rule    factors.riskOfHarm is false             P 3 S: “Where there are no factors related to risk of harm, inspectors will answer ‘Yes’.”
//	D1.S     inspector          no rule: the inspector's judgement
//	D2.S     no-factors-rule    factors.childSafety is false            D 2 S: “Where there are no factors related to keeping the child safe, inspectors will answer ‘Yes’.”
//	D3.S     no-factors-rule    factors.riskOfHarm is false             D 3 S: “Where there are no factors related to risk of harm, inspectors will answer ‘Yes’.”
//	R1.S     no-reviewing-rule  reviewingRequired.desistance is false   R 1 S: “Where no reviewing of desistance was required, inspectors will answer ‘Yes’.”
//	R2.S     no-reviewing-rule  reviewingRequired.childSafety is false  R 2 S: “In cases where no reviewing of safety and wellbeing was required, inspectors will answer ‘Yes’.”
//	R3.S     no-reviewing-rule  reviewingRequired.riskOfHarm is false   R 3 S: “In cases where no reviewing of risk of harm was required, inspectors will answer ‘Yes’.”
//
// Where no rule applies, the summary is the inspector's recorded answer
// (Inspector): the source leaves it to the inspector, who weighs strengths
// against deficiencies ("in some circumstances a particular omission may be
// enough to lead to a judgement of insufficient"). The library records that
// judgement and points out what sits oddly; it never overrides it. With no
// rule and no recorded answer, the summary is Undecided.
//
// Besides the summaries, Judge checks the classifications (A2.5, A3.4, the
// reasonableness questions and the written records A2.9 and A3.11) with
// classification.CheckReasonable, the RoSH rationale with
// classification.CheckRoSH and against A3.4, and whether the case belongs in
// the sample with sampling.CheckLookedAfter (Result.Exclusion).
//
// # Findings
//
// A finding is exactly as strong as the sentence of the source behind it,
// and its severity follows one rule:
//   - Error only where the record breaks a rule the source states
//     ("inspectors will answer ‘Yes’", "we exclude the case from the
//     inspection sample", "Every case should have a classification", "is not
//     in itself a reason to lower the assessed level of RoSH");
//   - Warning where the source asks the inspector to weigh something, and
//     for the library's own checks of a record's completeness and
//     consistency, whose message says that it is the library's check.
//
// A message quotes the sentence it rests on and never says more: "may"
// stays "may". Each finding code is listed once, in FindingKinds, with its
// severity ([Severity]), the question it is about and the sentence it rests
// on, with its place, or the reason for the library's own check; that row is
// the one place that gives a code its severity, for the codes of
// classification.CheckRoSH (classification.RoSHCode, declared there) as for
// Judge's own. Codes are stable: tools and tests may match on them.
//
// The findings, one a code (FindingKinds; findings.go holds the table):
//
//   - summary-undecided (warning; the summary judgement): no rule of the
//     source decides the summary and no summary is recorded. Library check,
//     not in the CARaG: the CARaG states no rule for a summary left
//     unanswered; the library checks that the record is complete, since a
//     rating counts each key question's summary judgement.
//   - summary-contradicts-rule (error; the summary judgement): a rule of the
//     source decides the summary (its fact is recorded as false) but the
//     recorded summary is not Yes; the rule's Yes stands. CARaG, P 2 S
//     guidance: “Where there are no factors related to keeping the child
//     safe, inspectors will answer ‘Yes’.” CARaG, P 3 S guidance: “Where
//     there are no factors related to risk of harm, inspectors will answer
//     ‘Yes’.” CARaG, D 2 S guidance: “Where there are no factors related to
//     keeping the child safe, inspectors will answer ‘Yes’.” CARaG, D 3 S
//     guidance: “Where there are no factors related to risk of harm,
//     inspectors will answer ‘Yes’.” CARaG, R 1 S guidance: “Where no
//     reviewing of desistance was required, inspectors will answer ‘Yes’.”
//     CARaG, R 2 S guidance: “In cases where no reviewing of safety and
//     wellbeing was required, inspectors will answer ‘Yes’.” CARaG, R 3 S
//     guidance: “In cases where no reviewing of risk of harm was required,
//     inspectors will answer ‘Yes’.”
//   - summary-not-applicable (warning; the summary judgement): the summary is
//     recorded n/a; the recorded answer stands. Library check, not in the
//     CARaG: the CARaG gives no n/a for a summary judgement: where there is
//     nothing to judge, the rules of P2, P3, D2, D3, R1, R2 and R3 answer
//     Yes, and A1, A2, A3, P1 and D1 have no such rule.
//   - summary-yes-prompts-no (warning; the summary judgement): the summary is
//     Yes while more of the key question's prompts are answered No than Yes;
//     the inspector's judgement stands. CARaG, key, dark grey background:
//     “The answers to these questions directly influence the summary
//     judgement at key question level.”
//   - summary-no-prompts-yes (warning; the summary judgement): the summary is
//     No while every prompt is answered and none No; the inspector's
//     judgement stands (a particular omission may be enough for No). CARaG,
//     key, dark grey background: “The answers to these questions directly
//     influence the summary judgement at key question level.”
//   - answer-missing (warning; the prompt): a prompt of a key question that
//     no rule decides has no answer. Library check, not in the CARaG: the
//     CARaG states no rule for a prompt left unanswered; the library checks
//     that the record is complete (n/a is the answer where a prompt does not
//     apply).
//   - classification-missing (error; A2.5 or A3.4): the case manager's
//     classification is not recorded. CARaG, A 2.5 guidance: “Every case
//     should have a classification of safety and wellbeing; this should be
//     recorded accurately and consistently.” CARaG, A 3.4 guidance: “Every
//     case should have a classification for risk of serious harm, and this
//     should be recorded accurately and consistently.”
//   - factors-contradict-classification (warning; A2.5 or A3.4): no factors
//     related to keeping the child safe (or to risk of harm) are recorded,
//     yet the inspector's level is Medium or higher. Library check, not in
//     the CARaG: no sentence of the CARaG ties the factors to the level; the
//     library reasons from the definitions under A 2.5 and A 3.4, where Low
//     is “no specific behaviours, events or people likely to cause an adverse
//     outcome” and Medium means that concerns “have been identified”.
//   - factors-contradict-case-manager (warning; A2.5 or A3.4): the same, for
//     the case manager's level. Library check, not in the CARaG: as for
//     factors-contradict-classification: the library reasons from the
//     definitions of Low and Medium under A 2.5 and A 3.4.
//   - reasonable-disagrees (warning; A2.reasonable or A3.reasonable): the
//     answer disagrees with classification.CheckReasonable where that gives a
//     definite outcome: No with the same levels, or Yes with levels two or
//     more apart, or one apart where the case is recorded as not close to a
//     boundary or close to one the two levels are not either side of; the
//     inspector's answer stands. CARaG, A2.reasonable, the question after A
//     2.5: “Is the case manager’s classification of the level of safety and
//     wellbeing reasonable?” CARaG, A2.reasonable guidance: “In cases close
//     to a boundary between classification levels, inspectors will consider
//     whether the case manager’s classification was reasonable, in the
//     context of all the information available to them at the time.” CARaG,
//     A2.reasonable guidance: “We recognise that the precise level of safety
//     and wellbeing is a point on a continuum, and that for cases close to
//     the boundary between two levels, it is a fine judgement about the
//     actual level to be assigned.” CARaG, A3.reasonable, the question after
//     A 3.4: “Is the case manager’s classification of the level of risk of
//     serious harm reasonable?” CARaG, A3.reasonable guidance: “In cases
//     close to a boundary between classification levels, inspectors will
//     consider whether the case manager’s classification was reasonable in
//     the context of all the information available to them at the time.”
//     CARaG, A3.reasonable guidance: “We recognise that the precise level of
//     risk of serious harm is a point on a continuum, and that for cases
//     close to the boundary between two levels, it is a fine judgement about
//     the actual level to be assigned.”
//   - written-record-not-applicable (error; A2.9 or A3.11): the written
//     record question is answered n/a where no factors are recorded
//     (factors.childSafety or factors.riskOfHarm false) or the inspector's
//     level is Low. CARaG, A 2.9 guidance: “Even in cases where there are no
//     factors related to safety and wellbeing, or the level of safety and
//     wellbeing risk is correctly judged to be low, there should be a clear
//     written explanation of this.” CARaG, A 3.11 guidance: “Even in cases
//     where there are no factors related to risk of harm, or the level of
//     risk of serious harm is correctly judged to be low, there should be a
//     clear written record of this.”
//   - rosh-level-differs (error; A3.4): the level of the case manager's RoSH
//     rationale differs from the case manager's classification recorded at
//     A3.4. CARaG, A 3.4 guidance: “Every case should have a classification
//     for risk of serious harm, and this should be recorded accurately and
//     consistently.”
//   - rosh-no-level (error; A3.4): the RoSH rationale records no level.
//     CARaG, A 3.4 guidance: “Every case should have a classification for
//     risk of serious harm, and this should be recorded accurately and
//     consistently.”
//   - rosh-invalid-level (error; A3.4): the RoSH rationale's level is out of
//     range; it is treated as not recorded. CARaG, A 3.4 guidance: “Every
//     case should have a classification for risk of serious harm, and this
//     should be recorded accurately and consistently.”
//   - rosh-low-not-mitigated (warning; A3.4): the rationale's level is Low,
//     it records current factors indicating the potential for seriously
//     harmful behaviour, and it does not show both good evidence that they
//     are mitigated and stable circumstances; the source says when low may be
//     appropriate, not that it is wrong otherwise. CARaG, A 3.4 guidance,
//     likelihood: “If there are no factors at all that indicate the potential
//     for seriously harmful behaviour, or where there are factors that
//     indicate the potential for some harmful behaviour, and there is good
//     evidence that those factors are mitigated by a combination of internal
//     and external factors, and the circumstances of the child are stable and
//     likely to remain so, an assessment of low risk of serious harm (RoSH)
//     may be appropriate.”
//   - rosh-low-unconfirmed (warning; A3.4): the rationale's level is Low, it
//     does not record whether there are current factors, and it does not show
//     that factors are mitigated in stable circumstances. CARaG, A 3.4
//     guidance, likelihood: “If there are no factors at all that indicate the
//     potential for seriously harmful behaviour, or where there are factors
//     that indicate the potential for some harmful behaviour, and there is
//     good evidence that those factors are mitigated by a combination of
//     internal and external factors, and the circumstances of the child are
//     stable and likely to remain so, an assessment of low risk of serious
//     harm (RoSH) may be appropriate.”
//   - rosh-no-access-lowered (error; A3.4): absence of immediate access to
//     victims is the only reason the rationale gives to lower the level (none
//     when a consideration of another kind is used to lower it). CARaG, A 3.4
//     guidance, nature of risk: “Absence of immediate access to victims,
//     whether by custody, school exclusion, child protection arrangements or
//     the ending of a relationship, or other external constraints, is not in
//     itself a reason to lower the assessed level of RoSH.”
//   - rosh-invalid-consideration (warning; A3.4): a consideration of the
//     rationale has no valid type or use, or an invalid constraint; it is not
//     checked further. Library check, not in the CARaG: a consideration the
//     library cannot read cannot be checked against the A 3.4 guidance.
//   - rosh-constraint-misplaced (warning; A3.4): a constraint is recorded on
//     a consideration that is not about access to victims. Library check, not
//     in the CARaG: the A 3.4 guidance names custody, school exclusion, child
//     protection arrangements, the ending of a relationship and other
//     external constraints only for absence of access to victims.
//   - case-excluded (error; I1.1): by the I1.1 guidance the case is excluded
//     from the inspection sample (the child was looked after, and the
//     inspected service is not the home service and has not been responsible
//     for assessment). CARaG, I 1.1 guidance: “If the inspected YOT is not
//     the home YOT for the child, and has not been responsible for
//     assessment, we exclude the case from the inspection sample.”
//   - exclusion-undetermined (warning; I1.1): whether the case belongs in the
//     sample is undetermined; a person must decide. Library check, not in the
//     CARaG: the I1.1 guidance states an outcome only for the facts its three
//     bullets name; for other facts, or facts not recorded, the library does
//     not guess.
//
// # Where things are
//
// rules.go holds the summary rules, findings.go the findings, judge.go
// Judge as the rules read (the reference), normative_table_test.go the
// account of every normative sentence of the source (test data, checked
// against the source and the code), rating.go and tally.go the
// ratings. The fast paths sit behind the reference in files of their own,
// each with a test that it agrees: judge_fast.go (the key questions' prompts
// read eight at a time) and plan_fast.go (plans kept per catalogue). To
// change a rule, change the reference; the fast path's test fails until it
// agrees. CONTRIBUTING.md at the root of
// the module has the file map and the recipes.
//
// # Licence
//
// The CARaG is Crown copyright. Contains public sector information licensed
// under the Open Government Licence v3.0.
package judgement

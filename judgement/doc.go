// Package judgement judges a case record (package record): it gives each
// key question's summary judgement with how it was decided and what looks
// wrong, by the rules of the domain two (court disposals) case assessment
// rules and guidance (CARaG) of HM Inspectorate of Probation.
//
// Data flow: a record.Case (from record.Decode, or made in code) goes into
// Judge with a catalogue (framework.DomainTwo()), which gives a Result:
// each key question's summary and how it was decided, the findings, the
// classifications' verdicts and the exclusion. Results go into Rate at
// once, or into a Tally one at a time, which give the ratings of key
// questions, standards and the inspection (Overall).
// RateProfile, and a Tally with a Profile, rate only the key questions of
// an audit profile (package profile): a local, thematic audit, for which
// Overall gives no rating.
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
// # Excluded cases
//
// "we exclude the case from the inspection sample" (I 1.1 guidance): where
// sampling.CheckLookedAfter excludes a case, the service was not responsible
// for it, and Judge judges nothing of its work. The Result holds the
// exclusion (Exclusion, with its reason and the sentence), the levels as
// recorded, and the one finding case-excluded, an error because the case
// must not be in the sample; it holds no summary judgement (KeyResults is
// empty), no verdict on the classifications and no other finding, however
// incomplete the record. Rate and Tally list it apart and count it nowhere.
//
// Where the decision is undetermined (the facts the guidance reads are not
// all recorded), the case is judged as any other, with the warning
// exclusion-undetermined: a person must decide. Rate and Tally count it
// meanwhile and list it apart, and the reports say so beside the ratings.
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
// The findings, one a code, are listed by FindingKinds (findings.go holds
// the table); the README's section "Findings" has them as a table, written
// from FindingKinds by go generate ./judgement.
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

// Package judgement records an inspected case, validates it, and gives each
// key question's summary judgement with how it was decided and what looks
// wrong, by the rules of the domain two (court disposals) case assessment
// rules and guidance (CARaG) of HM Inspectorate of Probation.
//
// # Case records
//
// A Case is the record of one inspected case. Its JSON form, which front ends
// in any language can produce, is:
//
//	{
//	  "id": "case-014",
//	  "inspection": "insp-01",
//	  "answers": {"I1.1": "yes", "I1.4": "free text", "A1.1": "yes", "A1.S": "no",
//	              "A2.5": "medium", "A2.reasonable": "no", "P2.S": "yes"},
//	  "inspector": {"safetyAndWellbeing": "high", "riskOfSeriousHarm": "low"},
//	  "nearBoundary": {"safetyAndWellbeing": true, "riskOfSeriousHarm": false},
//	  "factors": {"childSafety": true, "riskOfHarm": false},
//	  "reviewingRequired": {"desistance": true, "childSafety": false, "riskOfHarm": false},
//	  "lookedAfter": {"homeService": true, "livedOutsideArea": true, "responsibleForAssessment": false},
//	  "concerns": ["weapons", "criminal-exploitation"],
//	  "deficits": ["partner-information"],
//	  "roshRationale": {"level": "low", "currentFactors": true, "mitigated": true, "stable": false,
//	                    "considerations": [{"type": "no-access-to-victims", "use": "lower", "constraint": "custody"}]}
//	}
//
// The fields:
//   - id (required): the case's ID within the inspection, a string of at
//     most 256 bytes. Never put personal data in it.
//   - inspection: the inspection the case belongs to, a non-blank string of
//     at most 256 bytes, e.g. "insp-01". Reports rate each inspection apart.
//     Not in the CARaG; never personal data.
//   - synthetic: true for a record made up by a generator (package
//     synthetic writes it), not the case of a real child; reports of such
//     records say so. Absent means false. Not in the CARaG.
//   - answers: question IDs in any form framework.ParseID accepts ("A 1.1",
//     "a1.s", "A1.diversity"), each given once. Yes/no questions take "yes",
//     "no" or "n/a"; A2.5 and A3.4 (the case manager's classifications) take
//     a level: "low", "medium", "high" or "very-high"; I1.4-I1.8 and I1.10
//     take free text. Encoding writes canonical IDs in source order.
//   - inspector: the inspector's own classification on each scale.
//   - nearBoundary: whether the case is close to the boundary between two
//     levels, per scale (the reasonableness questions under A2 and A3).
//   - factors: whether there are factors related to keeping the child safe
//     (childSafety) and to risk of harm (riskOfHarm).
//   - reviewingRequired: whether reviewing of desistance, of safety and
//     wellbeing (childSafety) and of risk of harm (riskOfHarm) was required.
//   - lookedAfter: the home/host facts of the I1.1 guidance (whether the
//     child was looked after is the answer to I1.1).
//   - concerns: the research bulletin's safety concerns: weapons,
//     drug-possession, substance-misuse, adversity-trauma, care-experience,
//     criminal-exploitation, mental-health, domestic-abuse, family-issues,
//     negative-peers.
//   - deficits: the bulletin's common assessment problems:
//     rosh-understanding, incomplete-risk, partner-information,
//     over-optimism, accepting-account, out-of-date, future-risk.
//   - roshRationale: the case manager's rationale for the risk of serious
//     harm level (classification.Rationale).
//
// Every field but id is optional, and absent means not recorded: an absent
// fact is unknown, never false. Decode (and json.Unmarshal into a Case)
// rejects unknown fields, unknown question IDs, a question given twice in any
// two spellings, values of the wrong kind for their question, unknown or
// repeated concern and deficit names, data after the record, and records over
// MaxCaseSize (1 MiB), with a *DecodeError that names the case, the field or
// question and the bad value, and nothing else of the record. Encoding a
// decoded case and decoding it again gives the same case.
//
// Streams of records (DecodeEach, DecodeAll) are JSON lines or a JSON array.
// A UTF-8 byte-order mark, as Excel and Windows tools write, is skipped at the
// start of a record or a stream; a record that cannot be read is named by its
// case ID whenever the ID can be read from the start of the record.
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
// Findings have stable codes, listed once, in the doc of Code. Besides the
// summaries, Judge checks the classifications (A2.5, A3.4 and the
// reasonableness questions) with classification.CheckReasonable, the RoSH
// rationale with classification.CheckRoSH, and whether the case belongs in
// the sample with sampling.CheckLookedAfter (Result.Exclusion).
//
// # Where things are
//
// One concern a file: case.go is the case model and answer.go its answers;
// codec.go the JSON codec of a record (provenance.go its inspection and
// synthetic fields), scan.go its scanner, stream.go the
// reader of streams of records (DecodeEach, the one reader) and schema.go
// the JSON Schema; rules.go the summary rules: to add a rule, add a row to
// its table and run go generate ./judgement; judge.go is Judge; findings.go
// the findings: to add one, add its code to the list in the doc of Code and
// its message there, and its check to Judge; rating.go the ratings of
// standards and inspections (Rate), and tally.go the running count they are
// made from (Tally), which rates cases one at a time.
//
// # Licence
//
// The CARaG is Crown copyright. Contains public sector information licensed
// under the Open Government Licence v3.0.
package judgement

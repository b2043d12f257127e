// Package record holds the record of one inspected case of domain two
// (court disposals) of HM Inspectorate of Probation's case assessment rules
// and guidance (CARaG): the inspector's answers to the questions of the
// catalogue (package framework), and the facts the summary rules of the
// CARaG read. It reads and writes the record's JSON form, strictly (Decode,
// DecodeEach, DecodeAll), and serves its JSON Schema (Schema).
//
// Data flow: JSON in (Decode, DecodeEach) gives a Case; package judgement
// judges it; MarshalJSON writes it back, in canonical form.
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
//	  "nearBoundary": {"safetyAndWellbeing": "medium-high", "riskOfSeriousHarm": false},
//	  "factors": {"childSafety": true, "riskOfHarm": false},
//	  "reviewingRequired": {"desistance": true, "childSafety": false, "riskOfHarm": false},
//	  "lookedAfter": {"homeService": true, "livedOutsideArea": true, "responsibleForAssessment": false},
//	  "concerns": ["weapons", "criminal-exploitation"],
//	  "deficits": ["partner-information"],
//	  "roshRationale": {"level": "low", "currentFactors": true, "mitigated": true, "stable": false,
//	                    "considerations": [{"type": "no-access-to-victims", "use": "lower", "constraint": "custody"}]},
//	  "notes": {"case": "Read with the case manager's supervision notes.",
//	            "questions": {"A1.S": "No check of the police call-outs (assessment, section 4)."}}
//	}
//
// The fields:
//   - id (required): the case's ID within the inspection, by the ID rule
//     (below). Never put personal data in it.
//   - inspection: the inspection the case belongs to, by the ID rule, e.g.
//     "insp-01". Reports rate each inspection apart. Not in the CARaG; never
//     personal data.
//   - synthetic: true for a record made up by a generator (package
//     synthetic writes it), not the case of a real child; reports of such
//     records say so. Absent means false. Not in the CARaG.
//   - answers: question IDs in any form framework.ParseID accepts ("A 1.1",
//     "a1.s", "A1.diversity"), each given once. Yes/no questions take "yes",
//     "no" or "n/a"; A2.5 and A3.4 (the case manager's classifications) take
//     a level: "low", "medium", "high" or "very-high"; I1.4-I1.8 and I1.10
//     take free text. Encoding writes canonical IDs in source order.
//   - inspector: the inspector's own classification on each scale.
//   - nearBoundary: whether the case is close to a boundary between two
//     levels, per scale (the reasonableness questions under A2 and A3): the
//     boundary, "low-medium", "medium-high" or "high-very-high"
//     (classification.Near), or true for close to a boundary not named, false
//     for not close. Name the boundary where you can: then a one-level
//     difference is the inspector's fine judgement only when the two levels
//     lie either side of it. Records written with true and false keep their
//     meaning, and encoding writes those two as true and false.
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
//   - notes: the reviewer's notes (Notes): "case", a note on the case as a
//     whole, and "questions", the evidence behind the answers by question
//     ID. Free text that no rule reads; personal data, never quoted in an
//     error.
//
// Every field but id is optional, and absent means not recorded: an absent
// fact is unknown, never false. Decode (and json.Unmarshal into a Case)
// rejects an id or inspection that breaks the ID rule, unknown fields,
// unknown question IDs, a question given twice in any two spellings, values
// of the wrong kind for their question, unknown or repeated concern and
// deficit names, data after the record, and records over MaxCaseSize (1 MiB),
// with a *DecodeError that names the case, the field or question and the bad
// value, and nothing else of the record (for a record over MaxCaseSize,
// errors.Is(err, ErrTooLarge) holds). Answers.Set refuses an answer that
// does not fit its question with a *AnswerError. Encoding a decoded case and
// decoding it again gives the same case.
//
// # The ID rule
//
// The library's rule, not in the CARaG: a case ID and an inspection name
// (CheckID) are: not empty; at most MaxIDLength (256) bytes; valid UTF-8;
// free of control characters (a line break, a tab, the terminal's escape),
// format characters (bidirectional controls such as U+202E, zero-width
// characters such as U+200B, the byte-order mark) and line and paragraph
// separators; and without white space at the start or end ("Leeds 2024" is a
// good ID, " Leeds 2024" is not). Decode, DecodeEach and MarshalJSON refuse
// any other with an error that errors.Is matches to ErrBadID, quoting the bad
// value with every such character escaped; nothing in the library trims or
// replaces a character of an ID to make it fit. An ID that keeps to the rule
// prints as itself, so it cannot forge a line of a report or reorder the text
// around it, and two IDs that differ look different. Text from a record that
// is not an ID (a free-text answer, say), or from a Case made in code, may
// hold any character: print it with EscapeText.
//
// Streams of records (DecodeEach, DecodeAll) are JSON lines or a JSON array.
// A UTF-8 byte-order mark, as Excel and Windows tools write, is skipped at the
// start of a record or a stream; a record that cannot be read is named by its
// case ID whenever the ID can be read from the start of the record.
//
// # Licence
//
// The CARaG is Crown copyright. Contains public sector information licensed
// under the Open Government Licence v3.0.
package record

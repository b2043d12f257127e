// Package moderation compares second readings of inspected cases with the
// first: one case read twice (Compare), and the cases of an inspection read
// twice (Moderate). A second person re-reads a share of the cases (a lead
// inspector checking a local assessor, or, in a service's own audit, a
// manager checking a practitioner), and the two talk the differences
// through question by question.
//
// # Where it rests in the source
//
// The CARaG's introduction describes itself as "a comprehensive set of
// published rules and guidance to be followed by inspectors and local
// assessors in their assessment of cases", and says: "The CARaGs promote
// transparency and consistency in our inspection of cases." Two readings of
// one case by the same rules should agree; this package shows where they do
// not. The CARaG states no procedure for second readings and no agreement
// statistic: the comparisons are the library's, the kappas are standard
// statistics (Cohen, 1960 and 1968, as computed by package agreement),
// and the rating rules are the caller's (judgement.DefaultRatingRules, the
// inspectorate's published methodology, is the default to pass).
//
// # Why a package of its own
//
// Package judgement is about one reading: it records a case and judges it.
// This package compares two readings of a case and aggregates the
// comparisons over an inspection, using judgement (Judge, Rate), agreement
// (its tables of pairs, for the kappas: Yes against No for a summary, the
// four levels for a scale), framework (the catalogue) and guidance (through
// the IDs it reports); nothing in the library imports it.
//
// # Comparing two readings
//
// Compare lists every question answered differently with both answers, the
// key questions whose summary judgement (as judgement.Judge decides it on
// each reading) differs with how each was decided, both classification
// scales side by side (the case manager's level, the inspector's level and
// the reasonableness answer), and the facts the rules read (near boundary,
// factors, reviewing required, the looked-after facts) where they differ.
// Concerns, deficits and the RoSH rationale are not compared.
//
// Each item compares as a DifferenceKind: Agree, Differ, OnlyFirst or
// OnlySecond. Something recorded in one reading only is never agreement.
// Every difference names its question or key question (framework.ID), and
// guidance.For gives the source's guidance for it: see the examples.
//
// # Moderating an inspection
//
// Moderate matches the readings by case ID and gives the agreement rate on
// each question and on each key question's summary judgement, Cohen's kappa
// for each summary's Yes/No, the unweighted and weighted kappas of the
// inspector's levels on each scale, the questions most often disputed, and
// each standard's rating from the first readings, from the second, and
// moderated (the second reading where there is one, else the first). Cases
// read once are listed apart (FirstOnly, SecondOnly).
//
// # JSON
//
// The result types marshal to JSON with camelCase keys and enum values as
// tokens. A Comparison:
//
//	{"case": "insp-01-case-003",
//	 "answers": [{"question": "A1.1", "kind": "differ", "first": "yes", "second": "no"},
//	             {"question": "A2.5", "kind": "differ", "first": "medium", "second": "high"}],
//	 "summaries": [{"keyQuestion": "A1", "summary": "A1.S", "standard": "2.1", "kind": "differ",
//	                "first": {"keyQuestion": "A1", "answer": "yes", "decidedBy": "inspector", ...},
//	                "second": {"keyQuestion": "A1", "answer": "no", "decidedBy": "inspector", ...}}],
//	 "scales": [{"scale": "safety-and-wellbeing", "levelQuestion": "A2.5", "reasonableQuestion": "A2.reasonable",
//	             "caseManager": {"first": "medium", "second": "high", "kind": "differ"},
//	             "inspector": {"first": "high", "second": "high", "kind": "agree"},
//	             "reasonable": {"first": "no", "second": "yes", "kind": "differ"}}, ...],
//	 "facts": [{"field": "factors.childSafety", "questions": ["P2.S", "D2.S"], "kind": "only-first", "first": "no"}]}
//
// Values not recorded are left out. A Moderation has "pairs", "firstOnly",
// "secondOnly", "questions", "disputed", "summaries", "scales" and
// "ratings", then "first", "second" and "moderated" (judgement.Ratings),
// then "cases" (the comparisons of the pairs that differ). Each agreement
// row carries "compared", "agree", "differ", "onlyFirst", "onlySecond",
// "disputed" and "rate" (Counts); a summary adds "yesNo" (the 2x2 table,
// Yes first) and "kappa"; a scale adds "matrix", "secondHigher",
// "secondLower" and three kappas; a rating effect is {"standard", "name",
// "first", "second", "moderated", "changed"}.
//
// # Personal data
//
// The free-text answers about the child (I1.4-I1.8, I1.10) are personal
// data. A comparison carries them as the caller gave them, since a
// difference in them is a difference in the record; errors never include
// them. A report that shows a comparison is as private as the case record.
//
// # Licence
//
// The CARaG is Crown copyright. Contains public sector information licensed
// under the Open Government Licence v3.0.
package moderation

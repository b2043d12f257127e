// Package sampling holds the rules for choosing which cases an inspection
// of youth justice court disposals looks at: whether a case is excluded from
// the sample, how many cases to draw, and how to draw them.
//
// # Where the rules come from
//
// Exclusion ([CheckLookedAfter]) encodes the guidance to question I 1.1 of
// HM Inspectorate of Probation's case assessment rules and guidance (CARaG)
// for domain two (court disposals): "Has the child been a Looked after Child
// at any time during the sentence being inspected?". The guidance says that,
// for a looked-after child, the inspectorate checks whether the inspected
// youth offending team (YOT) acts as "home" or "host", and gives three
// bullets: home YOT with the child in its area for the whole sentence,
// inspect; home YOT with the child outside its area for part of the
// sentence and the YOT has taken responsibility for assessment, inspect (and
// expect the YOT to make sure the host YOT delivers); not the home YOT and
// not responsible for assessment, exclude. Every [Decision] cites the bullet
// it rests on. Where the source states no outcome, or a fact the outcome
// depends on is not recorded, the outcome is [Undetermined] with the reason:
// the package never guesses: [Select] too reads a candidate with no facts
// recorded as facts unknown (never "not looked after"), so it is
// undetermined and not drawn. Where the package infers (for example, that a
// child who was not looked after is inspected), the citation starts with
// "inferred:".
//
// Sample size ([SampleSize], [SampleRules]) and stratified selection
// ([Select]) are not in the CARaG. They follow the inspectorate's published
// methodology: cases are drawn in proportion to the eligible population by
// strata such as gender, disposal type, risk-of-serious-harm level and
// office, with a size set by a confidence level and a margin of error. The
// figures in [DefaultSampleRules] (80% confidence, 5% margin of error) are
// defaults that a caller can replace; so are the strata, which the caller
// names.
//
// All functions are pure: the same input gives the same output, including
// the random draw, which is reproducible from its seed. The package has no
// mutable state, does not log, and is safe for concurrent use. Errors name
// the field or candidate ID and the bad value; they never include stratum
// values (which may be personal data such as gender or ethnicity). The
// errors of SampleSize and Select are *InputError values; errors.Is with
// ErrSampleTooLarge tells a sample larger than the eligible population.
//
// The CARaG is Crown copyright. Contains public sector information licensed
// under the Open Government Licence v3.0.
package sampling

// Package classification holds the classification part of the youth
// justice case inspection framework of HM Inspectorate of Probation,
// domain two (court disposals): the two classification scales (safety and
// wellbeing; risk of serious harm) and their four levels with the
// inspectorate's definitions, the check of whether a case manager's
// classification is reasonable, checks of a case manager's rationale for a
// risk of serious harm (RoSH) level, and the taxonomy of safety concerns
// and assessment deficits from the inspectorate's research bulletin.
//
// Where the rules come from:
//
//   - [Level], [Scale] and [Definition] encode A2.5 and A3.4 of the CARaG
//     (the domain two case assessment rules and guidance): "Every case
//     should have a classification", the four classifications of safety
//     and wellbeing, and the four classifications of risk of serious harm.
//   - [CheckReasonable] and [Near] encode the unnumbered questions that
//     follow A2.5 and A3.4 of the CARaG ("Is the case manager’s
//     classification of the level of safety and wellbeing reasonable?" and
//     the same for risk of serious harm; A2.reasonable and A3.reasonable in
//     this library's identifiers) and their guidance: close to a boundary
//     between two levels, it is "a fine judgement about the actual level to
//     be assigned". The record may name the boundary; then only the two
//     levels either side of it are that fine judgement.
//   - [CheckRoSH], [ConsiderationType], [Use] and [Constraint] encode the
//     guidance under A3.4 of the CARaG on assessing the likelihood of
//     seriously harmful behaviour and on the nature of risk.
//   - [Concern] and [Deficit] encode the ten key issues and the seven
//     common problems listed in the research bulletin post about the
//     inspectorate's Research and Analysis Bulletin "The identification of
//     safety concerns relating to children" (September 2022).
//
// Texts quoted from the sources are word for word, including the sources'
// own slips; only line breaks of the printed text have been joined with a
// single space. Where this package goes beyond the sources (for example
// the two checks of [CheckRoSH] that are the library's own, or the
// statistics of statistics.go) the doc comment says so.
//
// A finding is exactly as strong as the sentence behind it: an error only
// where the record breaks a rule the source states, a warning where the
// source asks the inspector to weigh something and for the library's own
// checks. [CheckRoSH] returns each finding with its code ([RoSHCode],
// declared once, in rosh.go); the severity of each code, like that of every
// finding of package judgement, is given once, with the sentence it rests
// on, in judgement.FindingKinds, and judgement.Judge reports it with that
// severity.
//
// All enumerations are small integer types whose zero value means "not
// recorded", with one behaviour across the library: String and MarshalText
// give a lower-case hyphenated token ("very-high"), Label the words for
// people ("Very high"), and each ParseX accepts the token or the label in
// any ASCII case, with spaces, hyphens or underscores alike; a parse error
// quotes the input and names the type. All functions are pure and safe for
// concurrent use; slices returned are fresh copies.
//
// Where things are, one concern a file: level.go, the levels, the scales
// and their definitions; reasonable.go, whether the case manager's level is
// reasonable; consideration.go, what a RoSH rationale records (the A3.4
// considerations, their uses and effects, the constraints); rosh.go, the
// check of a RoSH rationale and its findings: to add a finding, add its code
// there and its check to CheckRoSH, and its row to judgement's findings
// table;
// concern.go, the bulletin's concerns and deficits; statistics.go, the
// library's statistics in the style of the bulletin (the distribution of
// levels, at once or one case at a time, and the counts of concerns and
// deficits). How far the case manager's levels agree with the inspector's
// is counted by package agreement, over the levels of this package.
//
// The inspectorate's text is Crown copyright. Contains public sector
// information licensed under the Open Government Licence v3.0.
package classification

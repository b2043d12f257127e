// Package profile holds audit profiles: the key questions an audit of cases
// covers. A youth justice service that audits its own cases against domain
// two (court disposals) may run a thematic audit of part of it, one
// standard, or one area across the four standards (keeping other people
// safe: A3, P3, D3 and R3). A Profile names those key questions; package
// judgement rates under it (judgement.RateProfile, Tally.Profile).
//
// # Built-in profiles and profile files
//
// Builtins lists the profiles built in, and Lookup finds one by its token:
//   - "whole": every key question of the four standards (the zero Profile
//     means the same);
//   - one for each standard, named and tokened by the standard's name in the
//     catalogue: "assessment" (2.1: A1, A2, A3), "planning" (2.2),
//     "implementation-and-delivery" (2.3), "reviewing" (2.4);
//   - one for each area (framework.Area), across the standards:
//     "desistance" (A1, P1, D1, R1), "keeping-the-child-safe" (A2, P2, D2,
//     R2) and "keeping-other-people-safe" (A3, P3, D3, R3).
//
// Every name, token and list of key questions is read from the catalogue
// (framework.DomainTwo), not written out here. Parse reads a profile of a
// team's own from a small JSON file:
//
//	{"id": "safety", "name": "Safety audit", "keyQuestions": ["A2", "A3", "P2", "P3"]}
//
// # Profiles and the inspectorate's methodology
//
// A profile is a local audit tool, not part of the inspection. The CARaG
// sets out questions, prompts and summary judgements "to be followed by
// inspectors and local assessors in their assessment of cases"; it says
// nothing of profiles. The inspectorate's published methodology (not in the
// CARaG; see judgement.DefaultRatingRules) rates a standard by the lowest of
// all its key questions' percentages of cases judged Yes, and gives an
// overall rating, out of 36 points, from twelve scored standards (domains
// one, two and three) so rated; it defines no rating for part of a standard
// or of the framework. So:
//   - a rating under a profile is the result of a local, thematic audit,
//     never an inspection rating;
//   - a standard the profile covers in part is rated from the profile's key
//     questions in it only, and is marked partial (judgement.StandardRating
//     Partial): it is not the standard's rating by the methodology;
//   - the overall rating is defined only for the whole framework:
//     judgement.Overall refuses partial standards.
//
// A profile that covers a standard in full (the "assessment" profile for
// 2.1, say) rates that standard exactly as the whole framework does.
//
// Profiles are values: Builtins and Lookup return copies, and changing one
// never changes what the next call returns. The package is safe for
// concurrent use.
package profile

// Package synthetic generates SYNTHETIC inspection datasets for domain two
// (court disposals) of the youth justice case inspection framework of HM
// Inspectorate of Probation: case records (record.Case) grouped into
// inspections, for testing, demonstrations and trying out tools.
//
// The data are made up. No record is about a real child, and no inspection
// is a real inspection; any likeness to a real case is chance. The datasets
// are made to resemble the figures of the inspectorate's research bulletin
// "The identification of safety concerns relating to children" (September
// 2022, as reported in the post in the project's sources): 43 inspections,
// 1,945 cases, about 31% of cases classified High or Very high for safety
// and wellbeing and about 19% for risk of serious harm by the inspector,
// and, where the inspector's classification differed from the case
// manager's, the inspector usually judging that it should have been higher.
// Those are the only published figures used. Every distribution the
// generator draws from is the generator's own assumption, not a published
// figure: the assumptions are listed below and their numbers are in one
// file, assumptions.go.
//
// # Use
//
//	d, err := synthetic.Generate(synthetic.Config{Inspections: 43, Cases: 1945, Seed: 1})
//	...
//	err = synthetic.WriteJSONLines(w, slices.Concat(d.Inspections...))
//
// Generate is deterministic: it draws from math/rand/v2's PCG seeded with
// Config.Seed (never from a global source), so the same Config gives the
// same Dataset (with the same versions of this package and of Go: a change
// to an assumption changes the datasets). Inspection IDs are "insp-01" onwards and case IDs
// "insp-01-case-001" onwards (wider numbers where there are more), unique
// across the dataset. Every case names its inspection and is marked
// synthetic (record.Case's Inspection and Synthetic, "inspection" and
// "synthetic": true in its JSON form), so that the label travels with the
// data. WriteJSONLines writes the cases as JSON lines, one case record (see
// package judgement) to a line; record.DecodeEach reads them.
//
// # What every generated case has
//
//   - the inspector's level on both scales, and the case manager's (A2.5,
//     A3.4), with NearBoundary recorded;
//   - A2.reasonable and A3.reasonable answered as
//     classification.CheckReasonable says where that is definite, otherwise
//     by a coin weighted by the inspector's judgement;
//   - factors and reviewingRequired recorded: no factors on a scale only
//     where both the inspector and the case manager classify it Low;
//   - an answer to every question of the catalogue (I1.10 only where I1.9
//     is yes), with each summary consistent with its prompts (never Yes with
//     more prompts No than Yes; never No without a prompt No), and Yes with
//     the prompts n/a where a rule of judgement.SummaryRules decides it;
//   - looked-after facts for a looked-after child, concerns, deficits and
//     sometimes a RoSH rationale consistent with the case manager's level.
//
// So json.Marshal and record.Decode round-trip every case exactly, and
// judgement.Judge finds no summary-undecided, answer-missing,
// summary-contradicts-rule or factors-contradict-classification in any of
// them. It does find, on purpose, some case-excluded and
// exclusion-undetermined cases (looked-after children), and the
// rosh-no-access-lowered warning in some rationales.
//
// # Assumptions
//
// None of these is a published figure; each is a guess made so that the
// data look plausible:
//
//   - Inspection sizes: at least 8 cases each (fewer only if there are too
//     few cases), the rest shared in proportion to log-normal weights (σ
//     0.4), so sizes are uneven.
//   - The inspector's levels, Low/Medium/High/Very high: safety and
//     wellbeing 24/45/24/7%, risk of serious harm 38/43/15/4% (High plus
//     Very high are the bulletin's 31% and 19%). They are assigned by rank
//     of a latent score per case (the two scales correlated 0.5, plus a
//     shift per inspection), so every dataset has these shares to the
//     nearest case.
//   - The case manager's level is lower than the inspector's with chance
//     0, 19, 27 and 32% at Low, Medium, High and Very high, and higher with
//     chance 5, 4, 3 and 0% (two levels apart in 8% of differences where
//     possible); under-classification is more common in weaker services.
//     About 20% of levels differ, about four in five of them lower.
//   - Near a boundary: 60% of one-level differences and 15% of agreements;
//     never two levels apart. Where CheckReasonable leaves it to the
//     inspector, Yes with chance 45% for a lower level and 70% for a higher.
//   - No factors on a scale: 55% (safety and wellbeing) and 60% (risk of
//     harm) of the cases both sides classify Low. No reviewing required:
//     10% for desistance; for safety or risk of harm 6%, or 60% where there
//     are no factors.
//   - The child: looked after 12% plus 4% per safety and wellbeing level
//     above Low (about 17%); of those, 72% home service in the area, 12%
//     home service outside the area and responsible for assessment, 11% not
//     the home service and not responsible (excluded; about 2% of cases),
//     3% home service outside the area not responsible and 2% facts not
//     recorded (undetermined). Disability 25%. Free-text answers from short
//     neutral lists.
//   - Quality: each inspection has a quality (normal, σ 0.45) and each case
//     one (σ 0.6); a key question's chance of Yes is logistic(base +
//     quality + noise − 0.25 per level of concern above Low − penalties for
//     a classification not reasonable or under-classified), with bases
//     lower for keeping the child and other people safe than for
//     desistance. Where no rule decides, prompts follow the summary (Yes
//     prompts 92% after a Yes, No prompts 45% after a No); victim prompts
//     are n/a where there is no identified victim, other-agency prompts
//     sometimes where the level is Low.
//   - Concerns: each with its own chance rising with the levels (weapons
//     and drug possession with risk of serious harm; substance misuse,
//     trauma, exploitation, mental health and family issues with safety and
//     wellbeing); care experience 85% for a looked-after child. Deficits:
//     each about 3-5%, several times more likely where the case manager
//     under-classified or the assessment of safety was judged No.
//   - RoSH rationale in 35% of cases; where the case manager
//     under-classified risk of serious harm, 30% of rationales use the
//     absence of access to victims to lower the level.
//
// The resulting key-question Yes rates, over a dataset the bulletin's size,
// lie between about 55% and 85%, lowest for risk of harm, and vary by
// inspection.
//
// # Second readings
//
// SecondReadings makes a SYNTHETIC second reading of each case, for trying
// out moderation (package moderation): the same case as a second reader
// would record it, departing from the first reading on a share of the
// judgements, the disagreement rate d the caller chooses. These are the
// package's own assumptions, not published figures (the numbers are in
// assumptions.go):
//
//   - The second reader reads the same record: the answers about the child
//     (I1.*), the case manager's levels (A2.5, A3.4), the facts (factors,
//     reviewing required, looked-after facts), concerns, deficits and the
//     RoSH rationale are copied, and summaries a rule decides stay Yes.
//   - Each summary judgement the inspector makes is the other way (Yes for
//     No, No for Yes) with chance d; the fewest prompts needed change with
//     it, so that the prompts stay consistent with the summary as in a
//     generated case.
//   - Each prompt answered yes or no is the other way with chance d, unless
//     that would leave it inconsistent with the summary; n/a stays.
//   - Each information question the inspector answers yes or no (the
//     written record and review questions, P1.8, D1.10, O2.*) is the other
//     way with chance d.
//   - Each of the inspector's levels moves one step with chance d, up or
//     down alike (up from Low, down from Very high), except where no
//     factors fix it at Low. Then near boundary is cleared where the levels
//     end two apart, and the reasonableness answer follows
//     classification.CheckReasonable where that is definite and otherwise
//     stays. Where a level stays and the reasonableness is the inspector's
//     fine judgement, the answer is the other way with chance d.
//
// So each kind of judgement departs at about the rate d (prompts a little
// more at low rates and a little less at high ones), nearly every case has
// some difference at d = 0.1 (a case has some eighty judgements), and every
// second reading is as valid and consistent as a generated case. Real
// second readers surely depart more on some questions than others; these
// readings do not model that.
package synthetic

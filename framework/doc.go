// Package framework is the catalogue of domain two (court disposals) of the
// youth justice case inspection framework of HM Inspectorate of Probation:
// its four standards, thirteen key questions and ninety-one questions, as
// published in the domain two case assessment rules and guidance (CARaG).
//
// The catalogue holds:
//   - the 8 questions about the child (I1.1 to I1.10, "Information about the
//     child");
//   - the 12 key questions of the four standards (2.1 Assessment: A1-A3;
//     2.2 Planning: P1-P3; 2.3 Implementation and delivery: D1-D3;
//     2.4 Reviewing: R1-R3), with their 68 questions and 12 summary
//     judgements;
//   - the case manager interview (key question O2, questions O2.1-O2.3).
//
// Every text is the source's own words: PDF line breaks are joined, nothing is
// reworded, and the source's own slips are kept (A3.11 reads "assessment of to
// keep other people safe").
//
// # Which text
//
// The catalogue encodes the domain two (court disposals) case assessment
// rules and guidance (CARaG) of HM Inspectorate of Probation's youth justice
// inspections, as the committed copy of the text prints it. That copy
// carries no edition number, so none is invented: Framework.Version names
// the document and carries the digest of the catalogue data. The
// inspectorate introduced a new youth inspection framework in spring 2025,
// with one domain two standard for court work, out-of-court disposals,
// resettlement, and bail and remand, and a new victims standard. This
// catalogue is the domain two framework used for inspections before it; it
// does not encode the 2025 framework.
//
// # Identifiers
//
// IDs are stable and used in JSON and URLs. Numbered questions are written as
// the source prints them without the space ("A 1.1" is A1.1), summary
// judgements end in ".S" ("A 1 S" is A1.S), and the eleven questions the
// source prints without a number have slugs (A1.diversity, A2.reasonable ...).
// The library never invents a number the source does not print. ParseID
// accepts every printed form and returns the canonical ID.
//
// # Question kinds
//
// The source's key marks each question by its background colour: a prompt
// (dark grey: linked to a prompt in the inspection standards, it drives the
// summary judgement), an information question (light grey), or the summary
// judgement (bold on dark grey). The colours did not survive in the text, so
// kinds are assigned by a rule set down in the project's design:
// summaries are every *.S; information questions are I1.*, A2.5, A3.4,
// A2.reasonable, A3.reasonable, the written record and written review
// questions (A1.10, A2.9, A3.11, R1.6, R2.4, R3.5), P1.8, D1.10 and O2.*;
// every other question is a prompt. Question.KindInferred is false only for
// the three questions the key itself shows (A1.1, A1.10 and A1.S). The key
// itself, with the kind each format stands for, is in CatalogueJSON ("key"),
// and in words in guidance.Introduction.
//
// # Reading the catalogue
//
// DomainTwo returns the embedded catalogue. It is read-only: every method
// returns copies, so changing what one call returns never changes what the
// next returns, and a *Framework is safe for concurrent use.
//
// # Licence
//
// The CARaG is Crown copyright. Contains public sector information licensed
// under the Open Government Licence v3.0.
package framework

// Package guidance holds the guidance text of the domain two (court
// disposals) case assessment rules and guidance (CARaG) of HM Inspectorate of
// Probation, embedded in the library, with lookup and search.
//
// Every guidance paragraph of the source is attached to its place:
//   - a question: the CARaG text printed beside it (For("A1.1"));
//   - a key question: the paragraphs under its heading, before its
//     questions (For("A1"));
//   - the document's opening paragraphs and its key to question formats
//     (Introduction).
//
// The text is the source's own words. Only PDF artefacts are cleaned: page
// numbers on lines of their own are dropped, lines are joined (a line-end
// hyphen, which in this source always belongs to a compound such as
// "problem-solving", is kept), and sentences and bullets split across blank
// lines are put back together. Bullet lists stay lists: one item a line,
// starting "• ", with sub-items starting "  − ". The definitions of the
// classification levels stay with A2.5 and A3.4, where the source prints
// them.
//
// Search finds guidance as someone types: see Search.
//
// # Licence
//
// The CARaG is Crown copyright. Contains public sector information licensed
// under the Open Government Licence v3.0. See
// https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/.
package guidance

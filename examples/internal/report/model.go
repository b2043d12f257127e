package report

// This file is the report's data model and how it is computed, one case at a
// time: every figure is an additive tally, so inspect holds no case once it
// has counted it (only the set of IDs seen, to catch a repeated one, and the
// first few IDs of each list). The text, JSON and CSV forms render the model
// (text.go, json.go, csv.go).

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/yjinspect/yjinspect/agreement"
	"github.com/yjinspect/yjinspect/classification"
	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/judgement"
	"github.com/yjinspect/yjinspect/profile"
	"github.com/yjinspect/yjinspect/record"
	"github.com/yjinspect/yjinspect/sampling"
)

// listCap is the number of case IDs the report keeps of each list (excluded
// cases, cases whose exclusion is undetermined, each key question's
// undecided ones); the counts are always complete, and -case or the JSON
// form's cases give the detail.
const listCap = 10

// ratingRulesNote says where the ratings' bands come from.
const ratingRulesNote = "Ratings follow the inspectorate's published bands (not in the CARaG): a standard takes the rating of its lowest key question: under 50% Inadequate, 50% to under 65% Requires improvement, 65% to under 80% Good, 80% and over Outstanding."

// overallNote says why the report gives no overall rating.
const overallNote = "not given: the inspectorate's overall rating scores twelve standards (domains one, two and three, 0 to 3 points each, a default from its published methodology); case records rate the four of domain two, so only their points are shown"

// report is everything inspect shows, in the shape of its JSON form (the
// JSON form adds every case's findings after it; see json.go).
type report struct {
	// web is true for the web form's report page (WriteHTML): it links
	// back to the list of cases, and points to the command line only for
	// what the page does not show.
	web bool
	// Source names where the records came from.
	Source string `json:"source"`
	// Synthetic is true when any record is marked synthetic.
	Synthetic bool `json:"synthetic"`
	// Records counts the records read; SyntheticRecords those marked
	// synthetic.
	Records          int    `json:"records"`
	SyntheticRecords int    `json:"syntheticRecords"`
	Catalogue        string `json:"catalogue"`
	RatingRules      string `json:"ratingRules"`
	// KappaReadings says where the words of each kappa's reading come
	// from (a convention, not the CARaG's).
	KappaReadings string `json:"kappaReadings"`
	// InspectionsInFile lists every inspection the records name, in the
	// order first met ("" for records that name none).
	InspectionsInFile []string `json:"inspectionsInFile"`
	// Pooled is true when every record was rated as one inspection, as
	// asked with -pool.
	Pooled bool `json:"pooled"`
	// Selected is the inspection asked for with -inspection.
	Selected string `json:"selected,omitempty"`
	// Profile is the audit profile asked for with -profile; absent for
	// the whole framework.
	Profile *profileReport `json:"profile,omitempty"`
	// Inspections are rated apart, in the order first met (one when
	// pooled or selected).
	Inspections []*inspectionReport `json:"inspections"`

	keyQuestionText map[framework.ID]string
	bands           []int // the rating bands' lower edges, in hundredths of a percent
	prof            profile.Profile
}

// inspectionReport is the rating and analysis of one inspection.
type inspectionReport struct {
	// Inspection is its name; "" when the records name none.
	Inspection string `json:"inspection"`
	// PooledFrom lists the inspections pooled into this one (-pool).
	PooledFrom []string `json:"pooledFrom,omitempty"`
	// Records counts its records; SyntheticRecords those marked synthetic.
	Records          int `json:"records"`
	SyntheticRecords int `json:"syntheticRecords"`
	// Rated counts the cases rated: Records less the excluded ones.
	Rated                 int      `json:"rated"`
	Excluded              caseList `json:"excluded"`
	ExclusionUndetermined caseList `json:"exclusionUndetermined"`

	KeyQuestions []keyQuestionReport `json:"keyQuestions"`
	Standards    []standardReport    `json:"standards"`
	// DomainTwoPoints are the points of domain two's four standards by the
	// default scoring (not in the CARaG); Points is null when a standard is
	// not rated.
	DomainTwoPoints points        `json:"domainTwoPoints"`
	Overall         overallReport `json:"overall"`

	Classification []scaleReport   `json:"classification"`
	Concerns       []concernCount  `json:"concerns"`
	Deficits       []deficitCount  `json:"deficits"`
	Findings       findingsSummary `json:"findings"`
	// SmallSample is set when fewer cases are rated than the methodology's
	// minimum sample (smallSampleMin); absent otherwise.
	SmallSample *smallSample `json:"smallSample,omitempty"`
}

// smallSample flags an inspection of fewer cases rated than the least the
// inspectorate's published methodology inspects.
type smallSample struct {
	Rated   int    `json:"rated"`
	Minimum int    `json:"minimum"`
	Note    string `json:"note"`
}

// caseList is a count of cases with the first few of them.
type caseList struct {
	Count int `json:"count"`
	// First are the first cases, up to listCap, in the order read.
	First []caseNote `json:"first"`
}

// caseNote is a case, and why it is in its list.
type caseNote struct {
	Case   string `json:"case"`
	Reason string `json:"reason,omitempty"`
}

// share is a count out of a total, with the percentage beside it.
type share struct {
	Count int `json:"count"`
	Of    int `json:"of"`
	// Percent is 100 × Count / Of, unrounded; null when Of is 0.
	Percent *float64 `json:"percent"`
	// Text is the percentage as the text report shows it: one decimal,
	// more where one would round across a band edge ("79.99%").
	Text string `json:"text"`
}

func newShare(count, of int, edges []int) share {
	s := share{Count: count, Of: of, Text: percentText(count, of, edges)}
	if of > 0 {
		p := 100 * float64(count) / float64(of)
		s.Percent = &p
	}
	return s
}

type keyQuestionReport struct {
	KeyQuestion framework.ID `json:"keyQuestion"`
	Standard    framework.ID `json:"standard"`
	Text        string       `json:"text"`
	// Yes counts the cases judged Yes of those judged Yes or No.
	Yes           share    `json:"yes"`
	NotApplicable int      `json:"notApplicable"`
	Undecided     caseList `json:"undecided"`
	// Rating is the band of Yes; absent when no case is counted.
	Rating judgement.Rating `json:"rating,omitempty"`
}

type standardReport struct {
	Standard framework.ID     `json:"standard"`
	Name     string           `json:"name"`
	Rating   judgement.Rating `json:"rating,omitempty"`
	// Lowest is the key question that set the rating.
	Lowest framework.ID `json:"lowest,omitempty"`
	Points *int         `json:"points"`
	// RatedFrom is set when the standard is rated but some of its key
	// questions have no case judged Yes or No: the rating rests on the
	// others alone. Absent otherwise.
	RatedFrom *ratedFrom `json:"ratedFrom,omitempty"`
	// Partial is true under an audit profile that covers only some of the
	// standard's key questions: it is rated from the profile's alone.
	Partial bool `json:"partial,omitempty"`
}

// ratedFrom says which of a standard's key questions its rating rests on.
type ratedFrom struct {
	// KeyQuestions of Of have a case judged Yes or No.
	KeyQuestions int `json:"keyQuestions"`
	Of           int `json:"of"`
	// NoCaseJudged lists the others.
	NoCaseJudged []framework.ID `json:"noCaseJudged"`
}

// text says it in words: "rated from 1 of 3 key questions: no case judged
// for P1, P3".
func (r *ratedFrom) text() string {
	ids := make([]string, len(r.NoCaseJudged))
	for i, id := range r.NoCaseJudged {
		ids[i] = string(id)
	}
	return fmt.Sprintf("rated from %d of %s: no case judged for %s", r.KeyQuestions, plural(r.Of, "key question", "key questions"), strings.Join(ids, ", "))
}

type points struct {
	Points *int `json:"points"`
	Max    int  `json:"max"`
}

type overallReport struct {
	Rating judgement.Rating `json:"rating,omitempty"`
	Note   string           `json:"note"`
}

// scaleReport compares the case manager's and the inspector's levels on one
// scale, over the cases rated.
type scaleReport struct {
	Scale classification.Scale `json:"scale"`
	// Cases counts the cases rated; Compared those with a level from both
	// the case manager and the inspector, NotCompared the others.
	Cases       int `json:"cases"`
	Compared    int `json:"compared"`
	NotCompared int `json:"notCompared"`
	// InspectorHighOrVeryHigh and CaseManagerHighOrVeryHigh are of the
	// cases each classified.
	InspectorHighOrVeryHigh   share `json:"inspectorHighOrVeryHigh"`
	CaseManagerHighOrVeryHigh share `json:"caseManagerHighOrVeryHigh"`
	// Agree, Under (the case manager's level lower) and Over are of the
	// cases compared.
	Agree             share        `json:"agree"`
	Under             share        `json:"under"`
	Over              share        `json:"over"`
	InspectorLevels   []levelCount `json:"inspectorLevels"`
	CaseManagerLevels []levelCount `json:"caseManagerLevels"`
	ConfusionMatrix   confusion    `json:"confusionMatrix"`
	Kappa             kappaReport  `json:"kappa"`
	LinearKappa       kappaReport  `json:"linearKappa"`
	QuadraticKappa    kappaReport  `json:"quadraticKappa"`
	// KappaNote says, once, why a kappa is undefined.
	KappaNote string `json:"kappaNote,omitempty"`
}

// levelCount counts the cases at a level; Level is "" for cases with no
// level recorded.
type levelCount struct {
	Level classification.Level `json:"level"`
	Cases int                  `json:"cases"`
}

// confusion is the confusion matrix, labelled.
type confusion struct {
	Rows    string                 `json:"rows"`
	Columns string                 `json:"columns"`
	Levels  []classification.Level `json:"levels"`
	// Counts[i][j] counts the cases the case manager put at Levels[i] and
	// the inspector at Levels[j].
	Counts [4][4]int `json:"counts"`
}

type kappaReport struct {
	// Value is null when the kappa is undefined (see KappaNote).
	Value    *float64 `json:"value"`
	Observed float64  `json:"observed"`
	Chance   float64  `json:"chance"`
	// Reading is Value in words on the bands of Landis and Koch (1977), a
	// convention (kappaReadingNote): "moderate agreement"; absent where
	// the kappa is undefined.
	Reading string `json:"reading,omitempty"`
}

type concernCount struct {
	Concern classification.Concern `json:"concern"`
	Cases   share                  `json:"cases"`
}

type deficitCount struct {
	Deficit classification.Deficit `json:"deficit"`
	Cases   share                  `json:"cases"`
}

// findingsSummary counts the findings of the inspection's cases, excluded
// ones too.
type findingsSummary struct {
	Errors            int         `json:"errors"`
	Warnings          int         `json:"warnings"`
	CasesWithErrors   int         `json:"casesWithErrors"`
	CasesWithWarnings int         `json:"casesWithWarnings"`
	ByCode            []codeCount `json:"byCode"`
}

type codeCount struct {
	Code string `json:"code"`
	// Title is the finding's name in plain words (the reports show it
	// before the code).
	Title    string             `json:"title"`
	Severity judgement.Severity `json:"severity"`
	Findings int                `json:"findings"`
	Cases    int                `json:"cases"`
	// CaseIDs lists, for an error finding, every case that carries it, in
	// the order read; none for a warning. CaseIDsNotListed counts the
	// cases left out of it, past the report's memory budget for case IDs
	// (idBudget): 0 but for very large files.
	CaseIDs          []string `json:"caseIDs,omitempty"`
	CaseIDsNotListed int      `json:"caseIDsNotListed,omitempty"`
}

// group accumulates one inspection's figures as its cases come.
type group struct {
	name       string
	pooledFrom []string
	pooled     map[string]bool
	records    int
	synthetic  int
	tally      judgement.Tally
	excluded   caseList
	undeter    caseList
	scales     [2]levelPairs
	tagged     int
	concerns   []int
	deficits   []int
	findings   findingsSummary
	byCode     map[codeKey]*codeCount
	// errorIDs keeps the cases of each error finding, by code.
	errorIDs map[string]*idList
}

// levelPairs counts one scale's levels as the cases come: the pairs of
// levels, the case manager first and the inspector second, and each one's
// levels over every case, compared or not.
type levelPairs struct {
	pairs                  *agreement.Table[classification.Level]
	caseManager, inspector classification.Distribution
}

func newLevelPairs() levelPairs {
	return levelPairs{pairs: agreement.New(classification.Levels()...)}
}

func (l *levelPairs) add(caseManager, inspector classification.Level) {
	l.pairs.Add(caseManager, inspector)
	l.caseManager.Add(caseManager)
	l.inspector.Add(inspector)
}

type codeKey struct {
	code     string
	severity judgement.Severity
}

// builder computes the report as cases come.
type builder struct {
	pool   bool
	only   string // -inspection
	groups map[string]*group
	order  []*group
	names  map[string]bool
	rep    *report
	// errors is whether any case reported has an error finding.
	errors bool
	// idRoom is what is left of idBudget.
	idRoom int
}

func newBuilder(source string, pool bool, only string) *builder {
	return newProfileBuilder(source, pool, only, profile.Profile{})
}

// newProfileBuilder is newBuilder under an audit profile (the zero
// Profile for the whole framework).
func newProfileBuilder(source string, pool bool, only string, p profile.Profile) *builder {
	f := framework.DomainTwo()
	rep := &report{Source: source, Catalogue: f.Version(), RatingRules: ratingRulesNote, KappaReadings: kappaReadingNote, Pooled: pool, Selected: only,
		InspectionsInFile: []string{}, keyQuestionText: map[framework.ID]string{}, Profile: newProfileReport(p), prof: p}
	for _, kq := range f.KeyQuestions() {
		rep.keyQuestionText[kq.ID] = kq.Text
	}
	for _, b := range judgement.DefaultRatingRules().KeyQuestionBands {
		if b.From > 0 {
			rep.bands = append(rep.bands, b.From)
		}
	}
	return &builder{pool: pool, only: only, groups: map[string]*group{}, names: map[string]bool{}, rep: rep, idRoom: idBudget}
}

// add counts one judged case. It reports whether the case is in the
// report (not left out by -inspection).
func (b *builder) add(c record.Case, r judgement.Result) (bool, error) {
	b.rep.Records++
	if c.Synthetic {
		b.rep.SyntheticRecords++
	}
	if !b.names[c.Inspection] {
		b.names[c.Inspection] = true
		b.rep.InspectionsInFile = append(b.rep.InspectionsInFile, c.Inspection)
	}
	if b.only != "" && c.Inspection != b.only {
		return false, nil
	}
	key := c.Inspection
	if b.pool {
		key = ""
	}
	g := b.groups[key]
	if g == nil {
		g = &group{name: key, tally: judgement.Tally{MaxIDs: listCap, Profile: b.rep.prof}, byCode: map[codeKey]*codeCount{}, pooled: map[string]bool{}, errorIDs: map[string]*idList{},
			scales:   [2]levelPairs{newLevelPairs(), newLevelPairs()},
			concerns: make([]int, len(classification.Concerns())+1), deficits: make([]int, len(classification.Deficits())+1)}
		b.groups[key] = g
		b.order = append(b.order, g)
	}
	if b.pool && !g.pooled[c.Inspection] {
		g.pooled[c.Inspection] = true
		g.pooledFrom = append(g.pooledFrom, c.Inspection)
	}
	if err := g.tally.Add(r); err != nil {
		return false, err
	}
	g.records++
	if c.Synthetic {
		g.synthetic++
	}
	switch r.Exclusion.Outcome {
	case sampling.Exclude:
		g.excluded.note(r.Case, r.Exclusion.Reason)
	case sampling.Undetermined:
		g.undeter.note(r.Case, r.Exclusion.Reason)
	}
	if r.Exclusion.Outcome != sampling.Exclude {
		g.scales[0].add(r.CaseManager.SafetyAndWellbeing, r.Inspector.SafetyAndWellbeing)
		g.scales[1].add(r.CaseManager.RiskOfSeriousHarm, r.Inspector.RiskOfSeriousHarm)
		g.tagged++
		countTags(g.concerns, c.Concerns)
		countTags(g.deficits, c.Deficits)
	}
	var errs, warns bool
	for _, fd := range r.Findings {
		k := codeKey{fd.Code, fd.Severity}
		cc := g.byCode[k]
		if cc == nil {
			cc = &codeCount{Code: fd.Code, Severity: fd.Severity}
			g.byCode[k] = cc
		}
		cc.Findings++
		if fd.Severity == judgement.Error {
			g.findings.Errors++
			errs = true
		} else {
			g.findings.Warnings++
			warns = true
		}
	}
	// Count each code's cases once.
	for i, fd := range r.Findings {
		first := true
		for _, prev := range r.Findings[:i] {
			if prev.Code == fd.Code && prev.Severity == fd.Severity {
				first = false
				break
			}
		}
		if first {
			g.byCode[codeKey{fd.Code, fd.Severity}].Cases++
			if fd.Severity == judgement.Error {
				l := g.errorIDs[fd.Code]
				if l == nil {
					l = &idList{}
					g.errorIDs[fd.Code] = l
				}
				l.add(c.ID, &b.idRoom)
			}
		}
	}
	if errs {
		g.findings.CasesWithErrors++
		b.errors = true
	}
	if warns {
		g.findings.CasesWithWarnings++
	}
	return true, nil
}

func (l *caseList) note(id, reason string) {
	l.Count++
	if len(l.First) < listCap {
		l.First = append(l.First, caseNote{id, reason})
	}
}

// countTags counts a case's tags once each, as classification.CountTags
// does; zero or out-of-range tags are left out.
func countTags[T interface{ ~uint8 }](counts []int, tags []T) {
	for i, t := range tags {
		if t == 0 || int(t) >= len(counts) || slices.Contains(tags[:i], t) {
			continue
		}
		counts[t]++
	}
}

// finish works out the report from the tallies.
func (b *builder) finish() (*report, error) {
	rep := b.rep
	rep.Synthetic = rep.SyntheticRecords > 0
	rep.Inspections = []*inspectionReport{}
	for _, g := range b.order {
		in, err := g.report(rep)
		if err != nil {
			return nil, err
		}
		rep.Inspections = append(rep.Inspections, in)
	}
	return rep, nil
}

func (g *group) report(rep *report) (*inspectionReport, error) {
	in, err := g.tally.Ratings()
	if err != nil {
		return nil, err
	}
	out := &inspectionReport{
		Inspection: g.name, PooledFrom: g.pooledFrom,
		Records: g.records, SyntheticRecords: g.synthetic, Rated: in.Cases,
		Excluded: g.excluded, ExclusionUndetermined: g.undeter,
		Overall: overallReport{Note: overallNote},
	}
	for _, l := range []*caseList{&out.Excluded, &out.ExclusionUndetermined} {
		if l.First == nil {
			l.First = []caseNote{}
		}
	}
	for _, t := range in.KeyQuestions {
		undecided := caseList{Count: t.UndecidedCount, First: []caseNote{}}
		for _, id := range t.Undecided {
			undecided.First = append(undecided.First, caseNote{Case: id})
		}
		out.KeyQuestions = append(out.KeyQuestions, keyQuestionReport{
			KeyQuestion: t.KeyQuestion, Standard: t.Standard, Text: rep.keyQuestionText[t.KeyQuestion],
			Yes: newShare(t.Yes, t.Counted, rep.bands), NotApplicable: t.NotApplicable, Undecided: undecided, Rating: t.Rating,
		})
	}
	rules := judgement.DefaultRatingRules()
	total, complete := 0, true
	for _, s := range in.Standards {
		sr := standardReport{Standard: s.Standard, Name: s.Name, Rating: s.Rating, Lowest: s.Lowest, Partial: s.Partial}
		if s.Rating != 0 {
			var from ratedFrom
			for _, k := range out.KeyQuestions {
				if k.Standard != s.Standard {
					continue
				}
				from.Of++
				if k.Yes.Of == 0 {
					from.NoCaseJudged = append(from.NoCaseJudged, k.KeyQuestion)
				} else {
					from.KeyQuestions++
				}
			}
			if len(from.NoCaseJudged) > 0 {
				sr.RatedFrom = &from
			}
			p := rules.Points[s.Rating]
			sr.Points = &p
			total += p
		} else {
			complete = false
		}
		out.Standards = append(out.Standards, sr)
	}
	out.DomainTwoPoints.Max = len(in.Standards) * rules.Points[judgement.Outstanding]
	if rep.Profile != nil {
		// Under a profile, no points: see profileOverallNote.
		for i := range out.Standards {
			out.Standards[i].Points = nil
		}
		out.Overall.Note = profileOverallNote
	} else if complete {
		out.DomainTwoPoints.Points = &total
	}

	for i, scale := range []classification.Scale{classification.SafetyAndWellbeing, classification.RiskOfSeriousHarm} {
		out.Classification = append(out.Classification, newScaleReport(scale, g.scales[i], in.Cases))
	}

	concerns, deficits := map[classification.Concern]int{}, map[classification.Deficit]int{}
	for i := 1; i < len(g.concerns); i++ {
		concerns[classification.Concern(i)] = g.concerns[i]
	}
	for i := 1; i < len(g.deficits); i++ {
		deficits[classification.Deficit(i)] = g.deficits[i]
	}
	freq := classification.Frequencies{Cases: g.tagged, Concerns: concerns, Deficits: deficits}
	out.Concerns, out.Deficits = []concernCount{}, []deficitCount{}
	for _, c := range classification.Ranked(freq.Concerns, freq.Cases) {
		out.Concerns = append(out.Concerns, concernCount{c.Tag, newShare(c.Count, g.tagged, nil)})
	}
	for _, d := range classification.Ranked(freq.Deficits, freq.Cases) {
		out.Deficits = append(out.Deficits, deficitCount{d.Tag, newShare(d.Count, g.tagged, nil)})
	}

	if note := smallSampleText(in.Cases); note != "" {
		out.SmallSample = &smallSample{Rated: in.Cases, Minimum: smallSampleMin, Note: note}
	}

	out.Findings = g.findings
	out.Findings.ByCode = []codeCount{}
	for k, cc := range g.byCode {
		cc.Title = findingTitle(cc.Code)
		if l := g.errorIDs[cc.Code]; l != nil && k.severity == judgement.Error {
			cc.CaseIDsNotListed = l.dropped
			cc.CaseIDs = l.strings()
		}
		out.Findings.ByCode = append(out.Findings.ByCode, *cc)
	}
	slices.SortFunc(out.Findings.ByCode, func(a, b codeCount) int {
		return cmp.Or(cmp.Compare(b.Severity, a.Severity), cmp.Compare(a.Code, b.Code))
	})
	return out, nil
}

func newScaleReport(scale classification.Scale, lp levelPairs, cases int) scaleReport {
	// The share of the classified cases at High or Very high: the figure of
	// Distribution.ShareHighOrVeryHigh, with its count and denominator.
	high := func(d classification.Distribution) share {
		classified := 0
		for _, l := range classification.Levels() {
			classified += d.Counts[l]
		}
		return newShare(d.Counts[classification.High]+d.Counts[classification.VeryHigh], classified, nil)
	}
	levels := func(d classification.Distribution) []levelCount {
		out := []levelCount{{0, d.Counts[0]}}
		for _, l := range classification.Levels() {
			out = append(out, levelCount{l, d.Counts[l]})
		}
		return out
	}
	a := lp.pairs
	var matrix [4][4]int
	for i, cm := range classification.Levels() {
		for j, in := range classification.Levels() {
			matrix[i][j] = a.Count(cm, in)
		}
	}
	s := scaleReport{
		Scale: scale, Cases: cases, Compared: a.Pairs(), NotCompared: a.Skipped(),
		InspectorHighOrVeryHigh: high(lp.inspector), CaseManagerHighOrVeryHigh: high(lp.caseManager),
		Agree: newShare(a.Agree(), a.Pairs(), nil), Under: newShare(a.FirstLower(), a.Pairs(), nil), Over: newShare(a.FirstHigher(), a.Pairs(), nil),
		InspectorLevels: levels(lp.inspector), CaseManagerLevels: levels(lp.caseManager),
		ConfusionMatrix: confusion{Rows: "caseManager", Columns: "inspector", Levels: classification.Levels(), Counts: matrix},
	}
	// Why a kappa is undefined, in the report's words.
	undefined := "chance agreement is 1: every case has the same level on both sides"
	if a.Pairs() == 0 {
		undefined = "no pairs to compare: no case has a valid level from both the case manager and the inspector"
	}
	kappa := func(k agreement.Kappa) kappaReport {
		r := kappaReport{Observed: k.Observed, Chance: k.Chance}
		if k.Defined {
			v := k.Value
			r.Value = &v
			r.Reading = kappaReading(v)
		} else {
			s.KappaNote = undefined // the same for the three kappas
		}
		return r
	}
	s.Kappa, s.LinearKappa, s.QuadraticKappa = kappa(a.Kappa()), kappa(a.LinearKappa()), kappa(a.QuadraticKappa())
	return s
}

package report

// This file holds the report's plain words for what the library names by
// code: each finding's title, and the reading of a kappa. Codes stay
// beside the words (in brackets, or in their own field in JSON and CSV),
// for tools and for a search of the README.

import (
	"fmt"
	"math"

	"github.com/yjinspect/yjinspect/judgement"
	"github.com/yjinspect/yjinspect/sampling"
)

// findingTitles are the titles of the finding codes
// (judgement.FindingKind.Title).
var findingTitles = func() map[string]string {
	m := map[string]string{}
	for _, k := range judgement.FindingKinds() {
		m[k.Code] = k.Title
	}
	return m
}()

// findingTitle is a finding's title; a code without one (from a newer
// library) shows as itself.
func findingTitle(code string) string {
	if t, ok := findingTitles[code]; ok {
		return t
	}
	return code
}

// findingLabel is a finding as the reports name it: its title, then its
// code in brackets.
func findingLabel(code string) string {
	if t, ok := findingTitles[code]; ok {
		return t + " (" + code + ")"
	}
	return code
}

// kappaReadingNote says where the readings of kappas come from.
const kappaReadingNote = "Each kappa's reading (slight, fair, moderate, substantial or almost perfect agreement) follows the bands of Landis and Koch (1977): 0.00 to 0.20 slight, 0.21 to 0.40 fair, 0.41 to 0.60 moderate, 0.61 to 0.80 substantial, 0.81 to 1.00 almost perfect, below 0 poor. It is a convention of the statistics, not the CARaG's or the inspectorate's."

// kappaReading reads a kappa on the bands of kappaReadingNote, as shown
// to two decimals, so that the words never disagree with the figure
// beside them ("moderate agreement").
func kappaReading(k float64) string {
	shown := math.Round(k*100) / 100
	switch {
	case math.IsNaN(k):
		return ""
	case shown < 0:
		return "poor agreement"
	case shown <= 0.20:
		return "slight agreement"
	case shown <= 0.40:
		return "fair agreement"
	case shown <= 0.60:
		return "moderate agreement"
	case shown <= 0.80:
		return "substantial agreement"
	}
	return "almost perfect agreement"
}

// smallSampleMin is the least number of cases the inspectorate's published
// methodology inspects in an inspection (sampling.PublishedMin). It is the
// methodology's default, not the CARaG's; an inspection with fewer cases
// rated is flagged as a small sample.
const smallSampleMin = sampling.PublishedMin

// smallSampleText flags an inspection of rated cases below smallSampleMin;
// "" when it is not small.
func smallSampleText(rated int) string {
	if rated >= smallSampleMin {
		return ""
	}
	return fmt.Sprintf("Small sample: %s rated, fewer than %d, the least number of cases the inspectorate's published methodology inspects (a default of the methodology, not the CARaG's): read its ratings with care.",
		plural(rated, "case", "cases"), smallSampleMin)
}

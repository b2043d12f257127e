package report

// This file is inspect -profile: a report under an audit profile (package
// profile), which rates only the key questions the profile covers and says
// so on every page and in every form.

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/profile"
)

// profileReport is the audit profile a report was made under.
type profileReport struct {
	ID           string         `json:"id"`
	Name         string         `json:"name"`
	KeyQuestions []framework.ID `json:"keyQuestions"`
	// Note says what a rating under the profile is, and is not.
	Note string `json:"note"`
}

// profileOverallNote says why a report under a profile gives no points
// and no overall rating.
const profileOverallNote = "not given: under an audit profile the report rates only the key questions the profile covers; the inspectorate's overall rating (a default from its published methodology) scores twelve standards, each rated in full, so neither it nor domain two's points are given"

// newProfileReport describes p for the report; nil for the whole
// framework, which needs no word.
func newProfileReport(p profile.Profile) *profileReport {
	if p.IsZero() || p.Whole() {
		return nil
	}
	ids := make([]string, len(p.KeyQuestions))
	for i, id := range p.KeyQuestions {
		ids[i] = string(id)
	}
	return &profileReport{ID: p.ID, Name: p.Name, KeyQuestions: p.KeyQuestions,
		Note: fmt.Sprintf("AUDIT PROFILE %s (%s): only the key questions %s are rated. A rating under a profile is a local, thematic audit's, not an inspection rating; a standard the profile covers in part is rated from the profile's key questions in it alone, and marked partial; no points and no overall rating are given.",
			p.Name, p.ID, strings.Join(ids, ", "))}
}

// readProfile gives the profile that -profile names: a built-in one by its
// token or name, or else a profile file.
func readProfile(arg string) (profile.Profile, error) {
	p, lookupErr := profile.Lookup(arg)
	if lookupErr == nil {
		return p, nil
	}
	data, err := os.ReadFile(arg)
	if errors.Is(err, os.ErrNotExist) {
		return profile.Profile{}, fmt.Errorf("%w; and no file %q", lookupErr, arg)
	}
	if err != nil {
		return profile.Profile{}, fmt.Errorf("-profile: %w", err)
	}
	p, err = profile.Parse(data)
	if err != nil {
		return profile.Profile{}, fmt.Errorf("-profile %s: %w", arg, err)
	}
	return p, nil
}

// partialText says a standard is covered in part by the profile.
func partialText(s standardReport) string {
	if !s.Partial {
		return ""
	}
	return "partial: the audit profile covers only some of its key questions"
}

package sampling

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func b(v bool) *bool { return &v }

// The cases the CARaG's I 1.1 guidance settles, with unneeded facts left
// nil where that is allowed.
func TestCheckLookedAfterTable(t *testing.T) {
	T, F := b(true), b(false)
	cases := []struct {
		name   string
		in     LookedAfter
		want   Outcome
		source string
	}{
		{"not looked after, nothing else known", LookedAfter{LookedAfter: F}, Include, "inferred:"},
		{"not looked after, other facts ignored", LookedAfter{F, F, T, F}, Include, "inferred:"},
		{"home, in area all sentence", LookedAfter{LookedAfter: T, HomeService: T, LivedOutsideArea: F}, Include, "CARaG, I 1.1 guidance, first bullet"},
		{"home, in area, not responsible", LookedAfter{T, T, F, F}, Include, "CARaG, I 1.1 guidance, first bullet"},
		{"home, outside area, responsible", LookedAfter{T, T, T, T}, Include, "CARaG, I 1.1 guidance, second bullet"},
		{"home, outside area, not responsible", LookedAfter{T, T, T, F}, Undetermined, "CARaG, I 1.1 guidance, second bullet (states an outcome only"},
		{"not home, not responsible", LookedAfter{LookedAfter: T, HomeService: F, ResponsibleForAssessment: F}, Exclude, "CARaG, I 1.1 guidance, third bullet"},
		{"not home, outside, not responsible", LookedAfter{T, F, T, F}, Exclude, "CARaG, I 1.1 guidance, third bullet"},
		{"not home, responsible", LookedAfter{LookedAfter: T, HomeService: F, ResponsibleForAssessment: T}, Undetermined, "CARaG, I 1.1 guidance, third bullet (states an outcome only"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := CheckLookedAfter(c.in)
			assert.Equal(t, c.want, d.Outcome, "reason %q", d.Reason)
			assert.True(t, strings.HasPrefix(d.Source, c.source), "source %q, want prefix %q", d.Source, c.source)
			assert.NotEmpty(t, d.Reason)
		})
	}
}

func TestCheckLookedAfterNotes(t *testing.T) {
	T, F := b(true), b(false)
	d := CheckLookedAfter(LookedAfter{T, T, T, T})
	want := "to ensure that sufficient services are delivered by the host YOT to meet the needs of the child and the sentence"
	require.Len(t, d.Notes, 1, "second bullet notes")
	assert.Contains(t, d.Notes[0], want, "the second bullet's expectation")
	d = CheckLookedAfter(LookedAfter{LookedAfter: F})
	assert.Contains(t, d.Source, "If the child is a Looked after Child, we check", "quotes the passage it infers from")
	for _, in := range []LookedAfter{{T, T, T, F}, {T, F, nil, T}} {
		d := CheckLookedAfter(in)
		assert.Contains(t, d.Reason, "source states no outcome", show(in))
	}
}

// Undetermined for unknown facts names exactly the unknown facts the
// outcome depends on.
func TestCheckLookedAfterUnknown(t *testing.T) {
	T, F := b(true), b(false)
	cases := []struct {
		in    LookedAfter
		named []string
	}{
		{LookedAfter{}, []string{"lookedAfter", "homeService", "livedOutsideArea", "responsibleForAssessment"}},
		{LookedAfter{LookedAfter: T}, []string{"homeService", "livedOutsideArea", "responsibleForAssessment"}},
		{LookedAfter{LookedAfter: T, ResponsibleForAssessment: T}, []string{"homeService"}},
		{LookedAfter{LookedAfter: T, HomeService: T}, []string{"livedOutsideArea", "responsibleForAssessment"}},
		{LookedAfter{LookedAfter: T, HomeService: T, ResponsibleForAssessment: F}, []string{"livedOutsideArea"}},
		{LookedAfter{LookedAfter: T, HomeService: T, LivedOutsideArea: T}, []string{"responsibleForAssessment"}},
		{LookedAfter{LookedAfter: T, HomeService: F}, []string{"responsibleForAssessment"}},
		{LookedAfter{HomeService: F, ResponsibleForAssessment: F}, []string{"lookedAfter"}},
	}
	all := []string{"lookedAfter", "homeService", "livedOutsideArea", "responsibleForAssessment"}
	for _, c := range cases {
		d := CheckLookedAfter(c.in)
		if !assert.Equal(t, Undetermined, d.Outcome, show(c.in)) {
			continue
		}
		for _, name := range all {
			named := strings.Contains(d.Reason, "("+name)
			want := false
			for _, n := range c.named {
				want = want || n == name
			}
			assert.Equal(t, want, named, "%s: reason %q names %s", show(c.in), d.Reason, name)
		}
	}
}

// A home YOT that took responsibility for assessment is inspected whether
// or not the child lived outside its area: both bullets say so.
func TestCheckLookedAfterInferredInclude(t *testing.T) {
	T := b(true)
	d := CheckLookedAfter(LookedAfter{LookedAfter: T, HomeService: T, ResponsibleForAssessment: T})
	require.Equal(t, Include, d.Outcome)
	require.True(t, strings.HasPrefix(d.Source, "inferred:"), "an inferred include: %q", d.Source)
	require.Len(t, d.Notes, 1)
	assert.Contains(t, d.Notes[0], "host YOT", "the conditional expectation")
}

// oracle is the decision tree of the brief, over complete facts.
func oracle(la, home, out, resp bool) Outcome {
	switch {
	case !la:
		return Include
	case home && !out:
		return Include
	case home && out && resp:
		return Include
	case !home && !resp:
		return Exclude
	default:
		return Undetermined
	}
}

// Every one of the 81 combinations of true, false and unknown: a settled
// outcome must be what every completion of the unknown facts gives; an
// unsettled one must have completions that disagree or give no outcome.
func TestCheckLookedAfterExhaustive(t *testing.T) {
	vals := []*bool{nil, b(false), b(true)}
	for _, la := range vals {
		for _, home := range vals {
			for _, out := range vals {
				for _, resp := range vals {
					in := LookedAfter{la, home, out, resp}
					d := CheckLookedAfter(in)
					assert.NotEmpty(t, d.Reason, show(in))
					assert.NotEmpty(t, d.Source, show(in))
					seen := map[Outcome]bool{}
					for _, a := range complete(la) {
						for _, h := range complete(home) {
							for _, o := range complete(out) {
								for _, r := range complete(resp) {
									seen[oracle(a, h, o, r)] = true
								}
							}
						}
					}
					settled := len(seen) == 1 && !seen[Undetermined]
					if settled {
						assert.True(t, seen[d.Outcome], "%s: outcome %v, want %v", show(in), d.Outcome, seen)
					} else {
						assert.Equal(t, Undetermined, d.Outcome, "%s: possible %v", show(in), seen)
					}
				}
			}
		}
	}
}

func complete(p *bool) []bool {
	if p == nil {
		return []bool{false, true}
	}
	return []bool{*p}
}

func show(l LookedAfter) string {
	s := func(p *bool) string {
		if p == nil {
			return "nil"
		}
		if *p {
			return "true"
		}
		return "false"
	}
	return "{" + s(l.LookedAfter) + " " + s(l.HomeService) + " " + s(l.LivedOutsideArea) + " " + s(l.ResponsibleForAssessment) + "}"
}

func TestLookedAfterJSON(t *testing.T) {
	in := LookedAfter{LookedAfter: b(true), HomeService: b(false)}
	got, err := json.Marshal(in)
	require.NoError(t, err)
	assert.JSONEq(t, `{"lookedAfter":true,"homeService":false}`, string(got))
	var back LookedAfter
	require.NoError(t, json.Unmarshal([]byte(`{"livedOutsideArea":false,"responsibleForAssessment":true}`), &back))
	assert.Equal(t, LookedAfter{LivedOutsideArea: b(false), ResponsibleForAssessment: b(true)}, back)
}

func TestCheckLookedAfterTableMatchesRule(t *testing.T) {
	vals := []*bool{nil, new(bool), new(bool)}
	*vals[2] = true
	for _, a := range vals {
		for _, b := range vals {
			for _, c := range vals {
				for _, d := range vals {
					l := LookedAfter{a, b, c, d}
					got := CheckLookedAfter(l)
					if diff := cmp.Diff(checkLookedAfter(l), got); diff != "" {
						require.Failf(t, "table and rule differ", "%s (-rule +table):\n%s", show(l), diff)
					}
					if len(got.Notes) > 0 {
						got.Notes[0] = "changed"
						require.NotEqual(t, "changed", CheckLookedAfter(l).Notes[0], "a caller changed the table")
					}
				}
			}
		}
	}
}

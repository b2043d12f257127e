package bench

import (
	"github.com/yjinspect/yjinspect/record"
)

// Input is a case as both engines read it: nested maps shaped like the JSON
// case record (see the record package doc), with
//
//   - summary: the recorded summary of each key question by key question
//     ("A1" ... "R3"), "yes", "no" or "n/a"; absent when not recorded;
//   - factors, reviewingRequired, nearBoundary: the facts, present only when
//     recorded (absent is unknown, never false);
//   - caseManager (A2.5, A3.4) and inspector: the levels on each scale
//     (safetyAndWellbeing, riskOfSeriousHarm) as integers, 1 Low to 4 Very
//     high, 0 not recorded, so that the rules can compare them.
//
// Building it is the conversion the benchmarks leave out of the timed loop.
func Input(c record.Case) map[string]any {
	f := factsOf(c)
	summary := make(map[string]any, len(KeyQuestions))
	for i, kq := range KeyQuestions {
		if s := f.summary[i].String(); s != "" {
			summary[string(kq)] = s
		}
	}
	optional := func(m map[string]any, key string, v *bool) {
		if v != nil {
			m[key] = *v
		}
	}
	factors := map[string]any{}
	optional(factors, "childSafety", f.childSafety)
	optional(factors, "riskOfHarm", f.riskOfHarm)
	reviewing := map[string]any{}
	optional(reviewing, "desistance", f.reviewDesistance)
	optional(reviewing, "childSafety", f.reviewSafety)
	optional(reviewing, "riskOfHarm", f.reviewHarm)
	near := map[string]any{}
	optional(near, "safetyAndWellbeing", f.nearSW)
	optional(near, "riskOfSeriousHarm", f.nearRoSH)
	return map[string]any{
		"summary":           summary,
		"factors":           factors,
		"reviewingRequired": reviewing,
		"nearBoundary":      near,
		"caseManager": map[string]any{
			"safetyAndWellbeing": int(f.caseManagerSW),
			"riskOfSeriousHarm":  int(f.caseManagerRoSH),
		},
		"inspector": map[string]any{
			"safetyAndWellbeing": int(f.inspectorSW),
			"riskOfSeriousHarm":  int(f.inspectorRoSH),
		},
	}
}

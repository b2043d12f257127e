package bench

import (
	"fmt"

	"github.com/expr-lang/expr"
	"github.com/expr-lang/expr/vm"
	"github.com/yjinspect/yjinspect/classification"
	"github.com/yjinspect/yjinspect/record"
)

// ExprRules are judgement.Judge's rules in the expr language, over an
// Input or an ExprEnv (the same text compiles against both). The result is
// a list: an answer and how it was decided for each key question (A1 ...
// R3), the reasonableness outcome on each scale, and whether the facts
// contradict the inspector's level on each scale.
const ExprRules = `
let noChildSafety = factors.childSafety == false;
let noRiskOfHarm = factors.riskOfHarm == false;
let noDesistanceReview = reviewingRequired.desistance == false;
let noSafetyReview = reviewingRequired.childSafety == false;
let noHarmReview = reviewingRequired.riskOfHarm == false;
let cmSW = caseManager.safetyAndWellbeing;
let inSW = inspector.safetyAndWellbeing;
let cmRoSH = caseManager.riskOfSeriousHarm;
let inRoSH = inspector.riskOfSeriousHarm;
[
  (summary.A1 ?? ""), ((summary.A1 ?? "") == "" ? "undecided" : "inspector"),
  (summary.A2 ?? ""), ((summary.A2 ?? "") == "" ? "undecided" : "inspector"),
  (summary.A3 ?? ""), ((summary.A3 ?? "") == "" ? "undecided" : "inspector"),
  (summary.P1 ?? ""), ((summary.P1 ?? "") == "" ? "undecided" : "inspector"),
  (noChildSafety ? "yes" : (summary.P2 ?? "")), (noChildSafety ? "no-factors-rule" : (summary.P2 ?? "") == "" ? "undecided" : "inspector"),
  (noRiskOfHarm ? "yes" : (summary.P3 ?? "")), (noRiskOfHarm ? "no-factors-rule" : (summary.P3 ?? "") == "" ? "undecided" : "inspector"),
  (summary.D1 ?? ""), ((summary.D1 ?? "") == "" ? "undecided" : "inspector"),
  (noChildSafety ? "yes" : (summary.D2 ?? "")), (noChildSafety ? "no-factors-rule" : (summary.D2 ?? "") == "" ? "undecided" : "inspector"),
  (noRiskOfHarm ? "yes" : (summary.D3 ?? "")), (noRiskOfHarm ? "no-factors-rule" : (summary.D3 ?? "") == "" ? "undecided" : "inspector"),
  (noDesistanceReview ? "yes" : (summary.R1 ?? "")), (noDesistanceReview ? "no-reviewing-rule" : (summary.R1 ?? "") == "" ? "undecided" : "inspector"),
  (noSafetyReview ? "yes" : (summary.R2 ?? "")), (noSafetyReview ? "no-reviewing-rule" : (summary.R2 ?? "") == "" ? "undecided" : "inspector"),
  (noHarmReview ? "yes" : (summary.R3 ?? "")), (noHarmReview ? "no-reviewing-rule" : (summary.R3 ?? "") == "" ? "undecided" : "inspector"),

  (cmSW == 0 ? "" :
   cmSW > 4 ? "not-reasonable" :
   inSW == 0 || inSW > 4 ? "inspector-judgement" :
   cmSW == inSW ? "reasonable" :
   abs(cmSW - inSW) == 1 && nearBoundary.safetyAndWellbeing != false ? "inspector-judgement" :
   "not-reasonable"),
  (cmRoSH == 0 ? "" :
   cmRoSH > 4 ? "not-reasonable" :
   inRoSH == 0 || inRoSH > 4 ? "inspector-judgement" :
   cmRoSH == inRoSH ? "reasonable" :
   abs(cmRoSH - inRoSH) == 1 && nearBoundary.riskOfSeriousHarm != false ? "inspector-judgement" :
   "not-reasonable"),

  noChildSafety && inSW >= 2 && inSW <= 4,
  noRiskOfHarm && inRoSH >= 2 && inRoSH <= 4
]`

// ExprFlatRules are ExprRules over a flat environment: one name for each
// input, no nesting. A summary not recorded is "" (summaryA1 ... summaryR3);
// a fact not recorded is absent, so it reads as nil, and nil == false is
// false, exactly as a missing key of the nested maps.
const ExprFlatRules = `
let noChildSafety = factorsChildSafety == false;
let noRiskOfHarm = factorsRiskOfHarm == false;
let noDesistanceReview = reviewingDesistance == false;
let noSafetyReview = reviewingChildSafety == false;
let noHarmReview = reviewingRiskOfHarm == false;
[
  summaryA1, (summaryA1 == "" ? "undecided" : "inspector"),
  summaryA2, (summaryA2 == "" ? "undecided" : "inspector"),
  summaryA3, (summaryA3 == "" ? "undecided" : "inspector"),
  summaryP1, (summaryP1 == "" ? "undecided" : "inspector"),
  (noChildSafety ? "yes" : summaryP2), (noChildSafety ? "no-factors-rule" : summaryP2 == "" ? "undecided" : "inspector"),
  (noRiskOfHarm ? "yes" : summaryP3), (noRiskOfHarm ? "no-factors-rule" : summaryP3 == "" ? "undecided" : "inspector"),
  summaryD1, (summaryD1 == "" ? "undecided" : "inspector"),
  (noChildSafety ? "yes" : summaryD2), (noChildSafety ? "no-factors-rule" : summaryD2 == "" ? "undecided" : "inspector"),
  (noRiskOfHarm ? "yes" : summaryD3), (noRiskOfHarm ? "no-factors-rule" : summaryD3 == "" ? "undecided" : "inspector"),
  (noDesistanceReview ? "yes" : summaryR1), (noDesistanceReview ? "no-reviewing-rule" : summaryR1 == "" ? "undecided" : "inspector"),
  (noSafetyReview ? "yes" : summaryR2), (noSafetyReview ? "no-reviewing-rule" : summaryR2 == "" ? "undecided" : "inspector"),
  (noHarmReview ? "yes" : summaryR3), (noHarmReview ? "no-reviewing-rule" : summaryR3 == "" ? "undecided" : "inspector"),

  (caseManagerSW == 0 ? "" :
   caseManagerSW > 4 ? "not-reasonable" :
   inspectorSW == 0 || inspectorSW > 4 ? "inspector-judgement" :
   caseManagerSW == inspectorSW ? "reasonable" :
   abs(caseManagerSW - inspectorSW) == 1 && nearBoundarySW != false ? "inspector-judgement" :
   "not-reasonable"),
  (caseManagerRoSH == 0 ? "" :
   caseManagerRoSH > 4 ? "not-reasonable" :
   inspectorRoSH == 0 || inspectorRoSH > 4 ? "inspector-judgement" :
   caseManagerRoSH == inspectorRoSH ? "reasonable" :
   abs(caseManagerRoSH - inspectorRoSH) == 1 && nearBoundaryRoSH != false ? "inspector-judgement" :
   "not-reasonable"),

  noChildSafety && inspectorSW >= 2 && inspectorSW <= 4,
  noRiskOfHarm && inspectorRoSH >= 2 && inspectorRoSH <= 4
]`

// Expr is a set of rules compiled once, against one shape of input. An
// Expr reuses its virtual machine, so it is not safe for concurrent use.
type Expr struct {
	program *vm.Program
	vm      vm.VM
}

// NewExpr compiles ExprRules against the shape of an Input: nested
// map[string]any, as the JSON record is, where a missing key reads as nil.
// The compiler knows no key and no value type, and every member access is
// a lookup by name at run time. This is the form a newcomer writes first;
// NewExprStruct and NewExprFlat are the forms expr's users write for speed.
func NewExpr() (*Expr, error) {
	return newExpr(ExprRules, exampleInput())
}

// NewExprStruct compiles ExprRules against an ExprEnv value (not a pointer,
// which would make every name a lookup by name through reflection): the
// compiler checks every name and type, and the VM reads each fact by its
// field index path in one step. Eval takes ExprEnv values (EnvOf).
func NewExprStruct() (*Expr, error) {
	return newExpr(ExprRules, ExprEnv{})
}

// NewExprFlat compiles ExprFlatRules against a flat map[string]any whose
// values have the inputs' types (FlatEnv): the compiler checks every name
// and type, and the VM reads each name with one map lookup (expr's fast
// path for map[string]any environments), without reflection.
func NewExprFlat() (*Expr, error) {
	return newExpr(ExprFlatRules, exampleFlatEnv())
}

func newExpr(src string, env any) (*Expr, error) {
	p, err := expr.Compile(src, expr.Env(env))
	if err != nil {
		return nil, fmt.Errorf("bench: compiling the expr rules: %w", err)
	}
	return &Expr{program: p}, nil
}

// Eval runs the rules on an input of the shape the rules were compiled
// against (an Input for NewExpr, an ExprEnv for NewExprStruct, a FlatEnv
// for NewExprFlat) and decodes the result.
func (e *Expr) Eval(in any) (Outcome, error) {
	out, err := e.vm.Run(e.program, in)
	if err != nil {
		return Outcome{}, err
	}
	list, ok := out.([]any)
	if !ok {
		return Outcome{}, fmt.Errorf("bench: expr returned %T, not a list", out)
	}
	return decode(len(list),
		func(i int) (string, bool) { s, ok := list[i].(string); return s, ok },
		func(i int) (bool, bool) { b, ok := list[i].(bool); return b, ok })
}

// ExprEnv is a case as expr reads it with a struct environment: the same
// names as an Input, typed. A summary not recorded is ""; a fact not
// recorded is nil. The parts are values, so that the compiler turns
// factors.childSafety into one read by field index path.
type ExprEnv struct {
	Summary           ExprSummary   `expr:"summary"`
	Factors           ExprFactors   `expr:"factors"`
	ReviewingRequired ExprReviewing `expr:"reviewingRequired"`
	NearBoundary      ExprBoundary  `expr:"nearBoundary"`
	CaseManager       ExprLevels    `expr:"caseManager"`
	Inspector         ExprLevels    `expr:"inspector"`
}

// ExprSummary holds the recorded summary of each key question: "yes",
// "no", "n/a", or "" when not recorded.
type ExprSummary struct {
	A1 string `expr:"A1"`
	A2 string `expr:"A2"`
	A3 string `expr:"A3"`
	P1 string `expr:"P1"`
	P2 string `expr:"P2"`
	P3 string `expr:"P3"`
	D1 string `expr:"D1"`
	D2 string `expr:"D2"`
	D3 string `expr:"D3"`
	R1 string `expr:"R1"`
	R2 string `expr:"R2"`
	R3 string `expr:"R3"`
}

// ExprFactors are the factors facts; nil when not recorded.
type ExprFactors struct {
	ChildSafety *bool `expr:"childSafety"`
	RiskOfHarm  *bool `expr:"riskOfHarm"`
}

// ExprReviewing are the reviewing facts; nil when not recorded.
type ExprReviewing struct {
	Desistance  *bool `expr:"desistance"`
	ChildSafety *bool `expr:"childSafety"`
	RiskOfHarm  *bool `expr:"riskOfHarm"`
}

// ExprBoundary are the near-boundary facts; nil when not recorded.
type ExprBoundary struct {
	SafetyAndWellbeing *bool `expr:"safetyAndWellbeing"`
	RiskOfSeriousHarm  *bool `expr:"riskOfSeriousHarm"`
}

// ExprLevels are the levels on each scale, 1 Low to 4 Very high, 0 not
// recorded.
type ExprLevels struct {
	SafetyAndWellbeing int `expr:"safetyAndWellbeing"`
	RiskOfSeriousHarm  int `expr:"riskOfSeriousHarm"`
}

// EnvOf converts a case into an ExprEnv; like Input, this is left out of
// the timed loop.
func EnvOf(c record.Case) ExprEnv {
	f := factsOf(c)
	var s ExprSummary
	for i, p := range [...]*string{&s.A1, &s.A2, &s.A3, &s.P1, &s.P2, &s.P3, &s.D1, &s.D2, &s.D3, &s.R1, &s.R2, &s.R3} {
		*p = f.summary[i].String()
	}
	return ExprEnv{
		Summary:           s,
		Factors:           ExprFactors{f.childSafety, f.riskOfHarm},
		ReviewingRequired: ExprReviewing{f.reviewDesistance, f.reviewSafety, f.reviewHarm},
		NearBoundary:      ExprBoundary{f.nearSW, f.nearRoSH},
		CaseManager:       ExprLevels{int(f.caseManagerSW), int(f.caseManagerRoSH)},
		Inspector:         ExprLevels{int(f.inspectorSW), int(f.inspectorRoSH)},
	}
}

// FlatEnv converts a case into the flat environment of ExprFlatRules:
// summaryA1 ... summaryR3 (strings, "" when not recorded); the levels
// caseManagerSW, caseManagerRoSH, inspectorSW, inspectorRoSH (ints, 0 when
// not recorded); and the facts factorsChildSafety, factorsRiskOfHarm,
// reviewingDesistance, reviewingChildSafety, reviewingRiskOfHarm,
// nearBoundarySW, nearBoundaryRoSH (bools, absent when not recorded). Like
// Input, this is left out of the timed loop.
func FlatEnv(c record.Case) map[string]any {
	f := factsOf(c)
	m := make(map[string]any, 23)
	for i, kq := range KeyQuestions {
		m["summary"+string(kq)] = answerText(f.summary[i])
	}
	m["caseManagerSW"], m["caseManagerRoSH"] = int(f.caseManagerSW), int(f.caseManagerRoSH)
	m["inspectorSW"], m["inspectorRoSH"] = int(f.inspectorSW), int(f.inspectorRoSH)
	for name, v := range f.named() {
		if v != nil {
			m[name] = *v
		}
	}
	return m
}

// exampleInput is an Input with every key present, for the compilers.
func exampleInput() map[string]any {
	summary := map[string]any{}
	for _, kq := range KeyQuestions {
		summary[string(kq)] = "yes"
	}
	return map[string]any{
		"summary":           summary,
		"factors":           map[string]any{"childSafety": true, "riskOfHarm": true},
		"reviewingRequired": map[string]any{"desistance": true, "childSafety": true, "riskOfHarm": true},
		"nearBoundary":      map[string]any{"safetyAndWellbeing": true, "riskOfSeriousHarm": true},
		"caseManager":       map[string]any{"safetyAndWellbeing": 1, "riskOfSeriousHarm": 1},
		"inspector":         map[string]any{"safetyAndWellbeing": 1, "riskOfSeriousHarm": 1},
	}
}

// exampleFlatEnv is a FlatEnv with every name present, which declares the
// names and their types to the compiler.
func exampleFlatEnv() map[string]any {
	t := true
	return FlatEnv(record.Case{
		Factors:           record.Factors{ChildSafety: &t, RiskOfHarm: &t},
		ReviewingRequired: record.Reviewing{Desistance: &t, ChildSafety: &t, RiskOfHarm: &t},
		NearBoundary:      record.Boundary{SafetyAndWellbeing: classification.NearUnnamed, RiskOfSeriousHarm: classification.NearUnnamed},
	})
}

package bench

import (
	"fmt"
	"reflect"
	"strings"
	"sync"

	"github.com/google/cel-go/cel"
	"github.com/google/cel-go/common/types"
	"github.com/google/cel-go/common/types/ref"
	"github.com/google/cel-go/common/types/traits"
	"github.com/google/cel-go/ext"
	"github.com/google/cel-go/interpreter"
	"github.com/yjinspect/yjinspect/record"
)

// CELRules are judgement.Judge's rules in CEL, over an Input, with the
// same result list as ExprRules. CEL has no null for a missing map key:
// has() tests whether a fact is recorded.
const CELRules = `[
  has(summary.A1) ? summary.A1 : "", has(summary.A1) ? "inspector" : "undecided",
  has(summary.A2) ? summary.A2 : "", has(summary.A2) ? "inspector" : "undecided",
  has(summary.A3) ? summary.A3 : "", has(summary.A3) ? "inspector" : "undecided",
  has(summary.P1) ? summary.P1 : "", has(summary.P1) ? "inspector" : "undecided",
  has(factors.childSafety) && !factors.childSafety ? "yes" : has(summary.P2) ? summary.P2 : "",
  has(factors.childSafety) && !factors.childSafety ? "no-factors-rule" : has(summary.P2) ? "inspector" : "undecided",
  has(factors.riskOfHarm) && !factors.riskOfHarm ? "yes" : has(summary.P3) ? summary.P3 : "",
  has(factors.riskOfHarm) && !factors.riskOfHarm ? "no-factors-rule" : has(summary.P3) ? "inspector" : "undecided",
  has(summary.D1) ? summary.D1 : "", has(summary.D1) ? "inspector" : "undecided",
  has(factors.childSafety) && !factors.childSafety ? "yes" : has(summary.D2) ? summary.D2 : "",
  has(factors.childSafety) && !factors.childSafety ? "no-factors-rule" : has(summary.D2) ? "inspector" : "undecided",
  has(factors.riskOfHarm) && !factors.riskOfHarm ? "yes" : has(summary.D3) ? summary.D3 : "",
  has(factors.riskOfHarm) && !factors.riskOfHarm ? "no-factors-rule" : has(summary.D3) ? "inspector" : "undecided",
  has(reviewingRequired.desistance) && !reviewingRequired.desistance ? "yes" : has(summary.R1) ? summary.R1 : "",
  has(reviewingRequired.desistance) && !reviewingRequired.desistance ? "no-reviewing-rule" : has(summary.R1) ? "inspector" : "undecided",
  has(reviewingRequired.childSafety) && !reviewingRequired.childSafety ? "yes" : has(summary.R2) ? summary.R2 : "",
  has(reviewingRequired.childSafety) && !reviewingRequired.childSafety ? "no-reviewing-rule" : has(summary.R2) ? "inspector" : "undecided",
  has(reviewingRequired.riskOfHarm) && !reviewingRequired.riskOfHarm ? "yes" : has(summary.R3) ? summary.R3 : "",
  has(reviewingRequired.riskOfHarm) && !reviewingRequired.riskOfHarm ? "no-reviewing-rule" : has(summary.R3) ? "inspector" : "undecided",

  caseManager.safetyAndWellbeing == 0 ? "" :
  caseManager.safetyAndWellbeing > 4 ? "not-reasonable" :
  inspector.safetyAndWellbeing == 0 || inspector.safetyAndWellbeing > 4 ? "inspector-judgement" :
  caseManager.safetyAndWellbeing == inspector.safetyAndWellbeing ? "reasonable" :
  (caseManager.safetyAndWellbeing - inspector.safetyAndWellbeing == 1 ||
   inspector.safetyAndWellbeing - caseManager.safetyAndWellbeing == 1) &&
  !(has(nearBoundary.safetyAndWellbeing) && !nearBoundary.safetyAndWellbeing) ? "inspector-judgement" :
  "not-reasonable",

  caseManager.riskOfSeriousHarm == 0 ? "" :
  caseManager.riskOfSeriousHarm > 4 ? "not-reasonable" :
  inspector.riskOfSeriousHarm == 0 || inspector.riskOfSeriousHarm > 4 ? "inspector-judgement" :
  caseManager.riskOfSeriousHarm == inspector.riskOfSeriousHarm ? "reasonable" :
  (caseManager.riskOfSeriousHarm - inspector.riskOfSeriousHarm == 1 ||
   inspector.riskOfSeriousHarm - caseManager.riskOfSeriousHarm == 1) &&
  !(has(nearBoundary.riskOfSeriousHarm) && !nearBoundary.riskOfSeriousHarm) ? "inspector-judgement" :
  "not-reasonable",

  has(factors.childSafety) && !factors.childSafety &&
    inspector.safetyAndWellbeing >= 2 && inspector.safetyAndWellbeing <= 4,
  has(factors.riskOfHarm) && !factors.riskOfHarm &&
    inspector.riskOfSeriousHarm >= 2 && inspector.riskOfSeriousHarm <= 4
]`

// CEL is CELRules compiled once into a program. It is safe for concurrent
// use.
type CEL struct {
	program cel.Program
}

// celEnv declares the variables of an Input.
func celEnv() (*cel.Env, error) {
	return cel.NewEnv(
		cel.Variable("summary", cel.MapType(cel.StringType, cel.StringType)),
		cel.Variable("factors", cel.MapType(cel.StringType, cel.BoolType)),
		cel.Variable("reviewingRequired", cel.MapType(cel.StringType, cel.BoolType)),
		cel.Variable("nearBoundary", cel.MapType(cel.StringType, cel.BoolType)),
		cel.Variable("caseManager", cel.MapType(cel.StringType, cel.IntType)),
		cel.Variable("inspector", cel.MapType(cel.StringType, cel.IntType)),
	)
}

// NewCEL compiles and type-checks CELRules over nested maps (Input): every
// member access is a map lookup at run time. NewCELFlat and NewCELNative are
// the forms CEL's users write for speed.
func NewCEL() (*CEL, error) {
	env, err := celEnv()
	if err != nil {
		return nil, err
	}
	return plan(env, CELRules)
}

// plan compiles, type-checks and plans src with constant folding.
func plan(env *cel.Env, src string) (*CEL, error) {
	ast, iss := env.Compile(src)
	if iss.Err() != nil {
		return nil, fmt.Errorf("bench: compiling the CEL rules: %w", iss.Err())
	}
	p, err := env.Program(ast, cel.EvalOptions(cel.OptOptimize))
	if err != nil {
		return nil, fmt.Errorf("bench: planning the CEL program: %w", err)
	}
	return &CEL{program: p}, nil
}

// CELInput converts an Input into an activation for CEL once, with every
// value already a CEL value, so that evaluation adapts nothing.
func CELInput(in map[string]any) (interpreter.Activation, error) {
	vars := make(map[string]any, len(in))
	for k, v := range in {
		m, ok := v.(map[string]any)
		if !ok {
			return nil, fmt.Errorf("bench: input %q is %T, not a map", k, v)
		}
		cm := make(map[ref.Val]ref.Val, len(m))
		for mk, mv := range m {
			if n, ok := mv.(int); ok {
				mv = int64(n)
			}
			cm[types.String(mk)] = types.DefaultTypeAdapter.NativeToValue(mv)
		}
		vars[k] = types.NewRefValMap(types.DefaultTypeAdapter, cm)
	}
	return interpreter.NewActivation(vars)
}

// Eval runs the rules on an activation from CELInput and decodes the result.
func (c *CEL) Eval(act interpreter.Activation) (Outcome, error) {
	out, _, err := c.program.Eval(act)
	if err != nil {
		return Outcome{}, err
	}
	if elems, ok := out.Value().([]ref.Val); ok {
		return decode(len(elems),
			func(i int) (string, bool) { s, ok := elems[i].(types.String); return string(s), ok },
			func(i int) (bool, bool) { b, ok := elems[i].(types.Bool); return bool(b), ok })
	}
	list, ok := out.(traits.Lister)
	if !ok {
		return Outcome{}, fmt.Errorf("bench: CEL returned %s, not a list", out.Type())
	}
	n, ok := list.Size().(types.Int)
	if !ok {
		return Outcome{}, fmt.Errorf("bench: CEL list size is %v", list.Size())
	}
	return decode(int(n),
		func(i int) (string, bool) { s, ok := list.Get(types.Int(i)).(types.String); return string(s), ok },
		func(i int) (bool, bool) { b, ok := list.Get(types.Int(i)).(types.Bool); return bool(b), ok })
}

// CELFlatRules are CELRules over flat typed variables, one for each input
// (the names of FlatEnv): the summaries are strings ("" when not recorded),
// the levels ints, and the facts google.protobuf.BoolValue, CEL's nullable
// bool, null when not recorded; null == false is false.
const CELFlatRules = `[
  summaryA1, summaryA1 == "" ? "undecided" : "inspector",
  summaryA2, summaryA2 == "" ? "undecided" : "inspector",
  summaryA3, summaryA3 == "" ? "undecided" : "inspector",
  summaryP1, summaryP1 == "" ? "undecided" : "inspector",
  factorsChildSafety == false ? "yes" : summaryP2,
  factorsChildSafety == false ? "no-factors-rule" : summaryP2 == "" ? "undecided" : "inspector",
  factorsRiskOfHarm == false ? "yes" : summaryP3,
  factorsRiskOfHarm == false ? "no-factors-rule" : summaryP3 == "" ? "undecided" : "inspector",
  summaryD1, summaryD1 == "" ? "undecided" : "inspector",
  factorsChildSafety == false ? "yes" : summaryD2,
  factorsChildSafety == false ? "no-factors-rule" : summaryD2 == "" ? "undecided" : "inspector",
  factorsRiskOfHarm == false ? "yes" : summaryD3,
  factorsRiskOfHarm == false ? "no-factors-rule" : summaryD3 == "" ? "undecided" : "inspector",
  reviewingDesistance == false ? "yes" : summaryR1,
  reviewingDesistance == false ? "no-reviewing-rule" : summaryR1 == "" ? "undecided" : "inspector",
  reviewingChildSafety == false ? "yes" : summaryR2,
  reviewingChildSafety == false ? "no-reviewing-rule" : summaryR2 == "" ? "undecided" : "inspector",
  reviewingRiskOfHarm == false ? "yes" : summaryR3,
  reviewingRiskOfHarm == false ? "no-reviewing-rule" : summaryR3 == "" ? "undecided" : "inspector",

  caseManagerSW == 0 ? "" :
  caseManagerSW > 4 ? "not-reasonable" :
  inspectorSW == 0 || inspectorSW > 4 ? "inspector-judgement" :
  caseManagerSW == inspectorSW ? "reasonable" :
  (caseManagerSW - inspectorSW == 1 || inspectorSW - caseManagerSW == 1) &&
  nearBoundarySW != false ? "inspector-judgement" :
  "not-reasonable",

  caseManagerRoSH == 0 ? "" :
  caseManagerRoSH > 4 ? "not-reasonable" :
  inspectorRoSH == 0 || inspectorRoSH > 4 ? "inspector-judgement" :
  caseManagerRoSH == inspectorRoSH ? "reasonable" :
  (caseManagerRoSH - inspectorRoSH == 1 || inspectorRoSH - caseManagerRoSH == 1) &&
  nearBoundaryRoSH != false ? "inspector-judgement" :
  "not-reasonable",

  factorsChildSafety == false && inspectorSW >= 2 && inspectorSW <= 4,
  factorsRiskOfHarm == false && inspectorRoSH >= 2 && inspectorRoSH <= 4
]`

// NewCELFlat compiles and type-checks CELFlatRules against flat typed
// variables.
func NewCELFlat() (*CEL, error) {
	env, err := celFlatEnv()
	if err != nil {
		return nil, err
	}
	return plan(env, CELFlatRules)
}

// celFlatEnv declares the flat typed variables of CELFlatRules.
func celFlatEnv() (*cel.Env, error) {
	opts := []cel.EnvOption{}
	for _, kq := range KeyQuestions {
		opts = append(opts, cel.Variable("summary"+string(kq), cel.StringType))
	}
	for _, name := range []string{"caseManagerSW", "caseManagerRoSH", "inspectorSW", "inspectorRoSH"} {
		opts = append(opts, cel.Variable(name, cel.IntType))
	}
	for name := range (facts{}).named() {
		opts = append(opts, cel.Variable(name, cel.NullableType(cel.BoolType)))
	}
	return cel.NewEnv(opts...)
}

// CELFlatInput converts a case into an activation of the variables of
// CELFlatRules, every value already a CEL value.
func CELFlatInput(c record.Case) (interpreter.Activation, error) {
	f := factsOf(c)
	vars := make(map[string]any, 23)
	for i, kq := range KeyQuestions {
		vars["summary"+string(kq)] = types.String(answerText(f.summary[i]))
	}
	vars["caseManagerSW"], vars["caseManagerRoSH"] = types.Int(f.caseManagerSW), types.Int(f.caseManagerRoSH)
	vars["inspectorSW"], vars["inspectorRoSH"] = types.Int(f.inspectorSW), types.Int(f.inspectorRoSH)
	for name, v := range f.named() {
		if v == nil {
			vars[name] = types.NullValue
		} else {
			vars[name] = types.Bool(*v)
		}
	}
	return interpreter.NewActivation(vars)
}

// CELCase is a case as a Go struct that CEL reads through ext.NativeTypes:
// one variable, c, whose fields are the flat inputs. A fact not recorded is
// nil, and has(c.fact) is false for it.
type CELCase struct {
	SummaryA1            string `cel:"summaryA1"`
	SummaryA2            string `cel:"summaryA2"`
	SummaryA3            string `cel:"summaryA3"`
	SummaryP1            string `cel:"summaryP1"`
	SummaryP2            string `cel:"summaryP2"`
	SummaryP3            string `cel:"summaryP3"`
	SummaryD1            string `cel:"summaryD1"`
	SummaryD2            string `cel:"summaryD2"`
	SummaryD3            string `cel:"summaryD3"`
	SummaryR1            string `cel:"summaryR1"`
	SummaryR2            string `cel:"summaryR2"`
	SummaryR3            string `cel:"summaryR3"`
	CaseManagerSW        int    `cel:"caseManagerSW"`
	CaseManagerRoSH      int    `cel:"caseManagerRoSH"`
	InspectorSW          int    `cel:"inspectorSW"`
	InspectorRoSH        int    `cel:"inspectorRoSH"`
	FactorsChildSafety   *bool  `cel:"factorsChildSafety"`
	FactorsRiskOfHarm    *bool  `cel:"factorsRiskOfHarm"`
	ReviewingDesistance  *bool  `cel:"reviewingDesistance"`
	ReviewingChildSafety *bool  `cel:"reviewingChildSafety"`
	ReviewingRiskOfHarm  *bool  `cel:"reviewingRiskOfHarm"`
	NearBoundarySW       *bool  `cel:"nearBoundarySW"`
	NearBoundaryRoSH     *bool  `cel:"nearBoundaryRoSH"`
}

// CELNativeRules are CELFlatRules over the fields of c, a CELCase: a nil
// *bool reads as false, so a fact counts as recorded false only where
// has(c.fact) && !c.fact.
var CELNativeRules = nativeRules()

func nativeRules() string {
	s := CELFlatRules
	for name := range (facts{}).named() {
		s = strings.ReplaceAll(s, name+" == false", "(has(c."+name+") && !c."+name+")")
		s = strings.ReplaceAll(s, name+" != false", "!(has(c."+name+") && !c."+name+")")
	}
	for _, name := range []string{"caseManagerSW", "caseManagerRoSH", "inspectorSW", "inspectorRoSH"} {
		s = strings.ReplaceAll(s, name, "c."+name)
	}
	for _, kq := range KeyQuestions {
		s = strings.ReplaceAll(s, "summary"+string(kq), "c.summary"+string(kq))
	}
	return s
}

// NewCELNative compiles and type-checks CELNativeRules with CELCase
// declared through ext.NativeTypes.
func NewCELNative() (*CEL, error) {
	env, err := celNativeEnv()
	if err != nil {
		return nil, err
	}
	return plan(env, CELNativeRules)
}

// CELNativeInput converts a case into an activation holding c, already a
// CEL value.
func CELNativeInput(c record.Case) (interpreter.Activation, error) {
	f := factsOf(c)
	cc := &CELCase{
		CaseManagerSW: int(f.caseManagerSW), CaseManagerRoSH: int(f.caseManagerRoSH),
		InspectorSW: int(f.inspectorSW), InspectorRoSH: int(f.inspectorRoSH),
		FactorsChildSafety: f.childSafety, FactorsRiskOfHarm: f.riskOfHarm,
		ReviewingDesistance: f.reviewDesistance, ReviewingChildSafety: f.reviewSafety, ReviewingRiskOfHarm: f.reviewHarm,
		NearBoundarySW: f.nearSW, NearBoundaryRoSH: f.nearRoSH,
	}
	for i, p := range [...]*string{&cc.SummaryA1, &cc.SummaryA2, &cc.SummaryA3, &cc.SummaryP1, &cc.SummaryP2, &cc.SummaryP3, &cc.SummaryD1, &cc.SummaryD2, &cc.SummaryD3, &cc.SummaryR1, &cc.SummaryR2, &cc.SummaryR3} {
		*p = answerText(f.summary[i])
	}
	env, err := celNativeEnv()
	if err != nil {
		return nil, err
	}
	return interpreter.NewActivation(map[string]any{"c": env.CELTypeAdapter().NativeToValue(cc)})
}

// celNativeEnv declares CELCase and c, once: the type adapter that makes a
// CELCase a CEL value comes from it.
var celNativeEnv = sync.OnceValues(func() (*cel.Env, error) {
	return cel.NewEnv(
		ext.NativeTypes(reflect.TypeFor[CELCase](), ext.ParseStructTags(true)),
		cel.Variable("c", cel.ObjectType("bench.CELCase")),
	)
})

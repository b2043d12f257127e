package bench

import (
	"fmt"

	"github.com/google/cel-go/cel"
	"github.com/google/cel-go/common/types"
	"github.com/google/cel-go/common/types/ref"
	"github.com/google/cel-go/common/types/traits"
	"github.com/google/cel-go/interpreter"
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

// NewCEL compiles and type-checks CELRules.
func NewCEL() (*CEL, error) {
	return newCEL(CELRules)
}

func newCEL(src string) (*CEL, error) {
	env, err := celEnv()
	if err != nil {
		return nil, err
	}
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

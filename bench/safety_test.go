package bench

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
	"github.com/yjinspect/yjinspect/judgement"
)

// differs counts the sample cases on which eval's outcome differs from
// Judge's.
func differs(t *testing.T, eval func(map[string]any) (Outcome, error)) int {
	t.Helper()
	cases, err := Sample()
	require.NoError(t, err)
	n := 0
	for _, c := range cases {
		got, err := eval(Input(c))
		require.NoError(t, err, "case %s", c.ID)
		if got != FromResult(judgement.Judge(nil, c)) {
			n++
		}
	}
	return n
}

func slip(t *testing.T, src, from, to string) string {
	t.Helper()
	out := strings.ReplaceAll(src, from, to)
	require.NotEqual(t, src, out)
	return out
}

// newCELNested plans CEL source over the nested maps of an Input.
func newCELNested(src string) (*CEL, error) {
	env, err := celEnv()
	if err != nil {
		return nil, err
	}
	return plan(env, src)
}

// newCELFlat plans CEL source over the flat typed variables.
func newCELFlat(src string) (*CEL, error) {
	env, err := celFlatEnv()
	if err != nil {
		return nil, err
	}
	return plan(env, src)
}

// TestEngineNameSlips: a slip in a fact's name, which the Go compiler
// rejects in judgement.Judge (c.Factors.ChildSafty does not exist), compiles
// in expr over nested maps and in CEL over nested maps (a map's keys are not
// declared) and silently changes answers: the rule of P2 and D2 never
// applies. Only a differential test such as TestSameOutcomes finds it. The
// typed forms (expr over a struct or a flat typed map, CEL over flat
// variables or a native type) reject it, as Go does.
func TestEngineNameSlips(t *testing.T) {
	exprSrc := slip(t, ExprRules, "factors.childSafety", "factors.childSafty")
	ex, err := newExpr(exprSrc, exampleInput())
	require.NoError(t, err, "expr over maps compiles the misspelt fact")
	require.Positive(t, differs(t, func(in map[string]any) (Outcome, error) { return ex.Eval(in) }),
		"expr answers differently, with no error")

	_, err = newExpr(exprSrc, ExprEnv{})
	require.ErrorContains(t, err, "childSafty", "expr over a struct rejects it")
	_, err = newExpr(slip(t, ExprFlatRules, "factorsChildSafety", "factorsChildSafty"), exampleFlatEnv())
	require.ErrorContains(t, err, "factorsChildSafty", "expr over a flat typed map rejects it")
	_, err = newCELFlat(slip(t, CELFlatRules, "factorsChildSafety", "factorsChildSafty"))
	require.ErrorContains(t, err, "factorsChildSafty", "CEL over flat variables rejects it")
	env, err := celNativeEnv()
	require.NoError(t, err)
	_, err = plan(env, slip(t, CELNativeRules, "c.factorsChildSafety", "c.factorsChildSafty"))
	require.ErrorContains(t, err, "factorsChildSafty", "CEL over a native type rejects it")

	ce, err := newCELNested(slip(t, CELRules, "factors.childSafety", "factors.childSafty"))
	require.NoError(t, err, "CEL compiles the misspelt map key")
	require.Positive(t, differs(t, func(in map[string]any) (Outcome, error) {
		act, err := CELInput(in)
		if err != nil {
			return Outcome{}, err
		}
		return ce.Eval(act)
	}), "CEL answers differently, with no error")
}

// TestEngineTypeSlips: comparing a fact with the text "false" instead of
// the boolean. expr over nested maps compiles it (the values are of any
// type) and the rule never applies; the typed expr forms and CEL's type
// checker, given the map's value type, reject it, as Go's compiler would.
func TestEngineTypeSlips(t *testing.T) {
	exprSrc := slip(t, ExprRules, "factors.riskOfHarm == false", `factors.riskOfHarm == "false"`)
	ex, err := newExpr(exprSrc, exampleInput())
	require.NoError(t, err, "expr over maps compiles a bool compared with a string")
	require.Positive(t, differs(t, func(in map[string]any) (Outcome, error) { return ex.Eval(in) }))

	_, err = newCELNested(slip(t, CELRules, "!factors.riskOfHarm", `factors.riskOfHarm == "false"`))
	require.ErrorContains(t, err, "no matching overload")

	_, err = newExpr(exprSrc, ExprEnv{})
	require.ErrorContains(t, err, "mismatched types", "expr over a struct rejects it")
	_, err = newExpr(slip(t, ExprFlatRules, "factorsRiskOfHarm == false", `factorsRiskOfHarm == "false"`), exampleFlatEnv())
	require.ErrorContains(t, err, "mismatched types", "expr over a flat typed map rejects it")
	_, err = newCELFlat(slip(t, CELFlatRules, "factorsRiskOfHarm == false", `factorsRiskOfHarm == "false"`))
	require.ErrorContains(t, err, "no matching overload", "CEL over flat variables rejects it")
}

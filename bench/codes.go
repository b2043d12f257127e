package bench

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/google/cel-go/cel"
	"github.com/google/cel-go/common/types"
	"github.com/google/cel-go/common/types/ref"
	"github.com/google/cel-go/interpreter"
	"github.com/yjinspect/yjinspect/classification"
	"github.com/yjinspect/yjinspect/judgement"
	"github.com/yjinspect/yjinspect/record"
)

// The int-coded forms: the rules as an expert in each engine writes them
// for speed. The inputs are one flat struct of ints (Codes), the outputs a
// list of sixteen ints, decoded by indexing a table: no string, no map, no
// pointer anywhere.
//
// The codes are the library's own enum values, so that their meaning stays
// in one place:
//   - a summary is its record.Answer (0 not recorded, Yes, No, N/A);
//   - a fact is 0 not recorded, 1 false, 2 true;
//   - a level is its classification.Level (0 not recorded, 1 Low ... 4 Very
//     high);
//   - each key question's result is answer | decidedBy<<2 (its
//     record.Answer and judgement.DecidedBy), a reasonableness outcome its
//     classification.Reasonableness (0 no verdict), and each facts check 0
//     or 1.

// Fact codes of Codes.
const (
	factUnknown = 0
	factFalse   = 1
	factTrue    = 2
)

// Codes is a case as the int-coded forms read it: one flat struct of ints,
// the expr environment itself (a value, whose fields expr reads by index)
// and, through CELCodes, CEL's activation.
type Codes struct {
	A1 int `expr:"A1"`
	A2 int `expr:"A2"`
	A3 int `expr:"A3"`
	P1 int `expr:"P1"`
	P2 int `expr:"P2"`
	P3 int `expr:"P3"`
	D1 int `expr:"D1"`
	D2 int `expr:"D2"`
	D3 int `expr:"D3"`
	R1 int `expr:"R1"`
	R2 int `expr:"R2"`
	R3 int `expr:"R3"`

	ChildSafety      int `expr:"childSafety"`
	RiskOfHarm       int `expr:"riskOfHarm"`
	ReviewDesistance int `expr:"reviewDesistance"`
	ReviewSafety     int `expr:"reviewSafety"`
	ReviewHarm       int `expr:"reviewHarm"`
	NearSW           int `expr:"nearSW"`
	NearRoSH         int `expr:"nearRoSH"`

	CaseManagerSW   int `expr:"cmSW"`
	CaseManagerRoSH int `expr:"cmRoSH"`
	InspectorSW     int `expr:"inSW"`
	InspectorRoSH   int `expr:"inRoSH"`
}

// codeNames are the names of Codes' fields in the rules, in field order.
var codeNames = [...]string{
	"A1", "A2", "A3", "P1", "P2", "P3", "D1", "D2", "D3", "R1", "R2", "R3",
	"childSafety", "riskOfHarm", "reviewDesistance", "reviewSafety", "reviewHarm", "nearSW", "nearRoSH",
	"cmSW", "cmRoSH", "inSW", "inRoSH",
}

func factCode(b *bool) int {
	switch {
	case b == nil:
		return factUnknown
	case *b:
		return factTrue
	}
	return factFalse
}

// CodesOf converts a case into Codes; like the other forms' inputs, this is
// left out of the timed loop.
func CodesOf(c record.Case) Codes {
	f := factsOf(c)
	var k Codes
	for i, p := range [...]*int{&k.A1, &k.A2, &k.A3, &k.P1, &k.P2, &k.P3, &k.D1, &k.D2, &k.D3, &k.R1, &k.R2, &k.R3} {
		*p = int(f.summary[i])
	}
	k.ChildSafety, k.RiskOfHarm = factCode(f.childSafety), factCode(f.riskOfHarm)
	k.ReviewDesistance, k.ReviewSafety, k.ReviewHarm = factCode(f.reviewDesistance), factCode(f.reviewSafety), factCode(f.reviewHarm)
	k.NearSW, k.NearRoSH = factCode(f.nearSW), factCode(f.nearRoSH)
	k.CaseManagerSW, k.CaseManagerRoSH = int(f.caseManagerSW), int(f.caseManagerRoSH)
	k.InspectorSW, k.InspectorRoSH = int(f.inspectorSW), int(f.inspectorRoSH)
	return k
}

// codeRules writes the rules' constants from the enums: $U undecided, $I
// decided by the inspector (add the answer), $YF and $YR Yes by the
// no-factors and no-reviewing rules, $R, $NR, $IJ the reasonableness
// outcomes, $F the code of a fact recorded false.
func codeRules(src string) string {
	kq := func(a record.Answer, by judgement.DecidedBy) string { return strconv.Itoa(int(a) | int(by)<<2) }
	itoa := func(n uint8) string { return strconv.Itoa(int(n)) }
	return strings.NewReplacer(
		"$U", kq(0, judgement.Undecided),
		"$IJ", itoa(uint8(classification.InspectorJudgement)), // before $I
		"$I", kq(0, judgement.Inspector),
		"$YF", kq(record.Yes, judgement.NoFactorsRule),
		"$YR", kq(record.Yes, judgement.NoReviewingRule),
		"$NR", itoa(uint8(classification.NotReasonable)),
		"$R", itoa(uint8(classification.Reasonable)),
		"$F", strconv.Itoa(factFalse),
	).Replace(src)
}

// ExprCodeRules are the rules in expr over Codes.
var ExprCodeRules = codeRules(`
let cs = childSafety == $F;
let rh = riskOfHarm == $F;
[
  A1 == 0 ? $U : A1 + $I,
  A2 == 0 ? $U : A2 + $I,
  A3 == 0 ? $U : A3 + $I,
  P1 == 0 ? $U : P1 + $I,
  cs ? $YF : P2 == 0 ? $U : P2 + $I,
  rh ? $YF : P3 == 0 ? $U : P3 + $I,
  D1 == 0 ? $U : D1 + $I,
  cs ? $YF : D2 == 0 ? $U : D2 + $I,
  rh ? $YF : D3 == 0 ? $U : D3 + $I,
  reviewDesistance == $F ? $YR : R1 == 0 ? $U : R1 + $I,
  reviewSafety == $F ? $YR : R2 == 0 ? $U : R2 + $I,
  reviewHarm == $F ? $YR : R3 == 0 ? $U : R3 + $I,
  cmSW == 0 ? 0 :
   cmSW > 4 ? $NR :
   inSW == 0 || inSW > 4 ? $IJ :
   cmSW == inSW ? $R :
   abs(cmSW - inSW) == 1 && nearSW != $F ? $IJ :
   $NR,
  cmRoSH == 0 ? 0 :
   cmRoSH > 4 ? $NR :
   inRoSH == 0 || inRoSH > 4 ? $IJ :
   cmRoSH == inRoSH ? $R :
   abs(cmRoSH - inRoSH) == 1 && nearRoSH != $F ? $IJ :
   $NR,
  cs && inSW >= 2 && inSW <= 4 ? 1 : 0,
  rh && inRoSH >= 2 && inRoSH <= 4 ? 1 : 0
]`)

// NewExprCodes compiles ExprCodeRules against a Codes value; Eval takes
// Codes values (CodesOf) and EvalCodes decodes the result.
func NewExprCodes() (*Expr, error) {
	return newExpr(ExprCodeRules, Codes{})
}

// EvalCodes runs ExprCodeRules on a Codes value (held in an any, as vm.Run
// takes it) and decodes the list of ints it returns.
func (e *Expr) EvalCodes(in any) (Outcome, error) {
	out, err := e.vm.Run(e.program, in)
	if err != nil {
		return Outcome{}, err
	}
	list, ok := out.([]any)
	if !ok || len(list) != codesLen {
		return Outcome{}, fmt.Errorf("bench: expr returned %T, not a list of %d", out, codesLen)
	}
	var codes [codesLen]int
	for i, v := range list {
		n, ok := v.(int)
		if !ok {
			return Outcome{}, fmt.Errorf("bench: expr returned %T at %d, not an int", v, i)
		}
		codes[i] = n
	}
	return decodeCodes(&codes)
}

// CELCodeRules are the rules in CEL over int variables, the names of
// codeNames.
var CELCodeRules = codeRules(`[
  A1 == 0 ? $U : A1 + $I,
  A2 == 0 ? $U : A2 + $I,
  A3 == 0 ? $U : A3 + $I,
  P1 == 0 ? $U : P1 + $I,
  childSafety == $F ? $YF : P2 == 0 ? $U : P2 + $I,
  riskOfHarm == $F ? $YF : P3 == 0 ? $U : P3 + $I,
  D1 == 0 ? $U : D1 + $I,
  childSafety == $F ? $YF : D2 == 0 ? $U : D2 + $I,
  riskOfHarm == $F ? $YF : D3 == 0 ? $U : D3 + $I,
  reviewDesistance == $F ? $YR : R1 == 0 ? $U : R1 + $I,
  reviewSafety == $F ? $YR : R2 == 0 ? $U : R2 + $I,
  reviewHarm == $F ? $YR : R3 == 0 ? $U : R3 + $I,
  cmSW == 0 ? 0 :
  cmSW > 4 ? $NR :
  inSW == 0 || inSW > 4 ? $IJ :
  cmSW == inSW ? $R :
  (cmSW - inSW == 1 || inSW - cmSW == 1) && nearSW != $F ? $IJ :
  $NR,
  cmRoSH == 0 ? 0 :
  cmRoSH > 4 ? $NR :
  inRoSH == 0 || inRoSH > 4 ? $IJ :
  cmRoSH == inRoSH ? $R :
  (cmRoSH - inRoSH == 1 || inRoSH - cmRoSH == 1) && nearRoSH != $F ? $IJ :
  $NR,
  childSafety == $F && inSW >= 2 && inSW <= 4 ? 1 : 0,
  riskOfHarm == $F && inRoSH >= 2 && inRoSH <= 4 ? 1 : 0
]`)

// NewCELCodes compiles, type-checks and plans CELCodeRules (with
// cel.OptOptimize) over int variables.
func NewCELCodes() (*CEL, error) {
	opts := make([]cel.EnvOption, 0, len(codeNames))
	for _, name := range codeNames {
		opts = append(opts, cel.Variable(name, cel.IntType))
	}
	env, err := cel.NewEnv(opts...)
	if err != nil {
		return nil, err
	}
	return plan(env, CELCodeRules)
}

// CELCodes is CEL's activation over Codes: an interpreter.Activation of
// its own, which resolves each name by a switch, with no map.
type CELCodes struct{ Codes }

// ResolveName implements interpreter.Activation.
func (a *CELCodes) ResolveName(name string) (any, bool) {
	k := &a.Codes
	var v int
	switch name {
	case "A1":
		v = k.A1
	case "A2":
		v = k.A2
	case "A3":
		v = k.A3
	case "P1":
		v = k.P1
	case "P2":
		v = k.P2
	case "P3":
		v = k.P3
	case "D1":
		v = k.D1
	case "D2":
		v = k.D2
	case "D3":
		v = k.D3
	case "R1":
		v = k.R1
	case "R2":
		v = k.R2
	case "R3":
		v = k.R3
	case "childSafety":
		v = k.ChildSafety
	case "riskOfHarm":
		v = k.RiskOfHarm
	case "reviewDesistance":
		v = k.ReviewDesistance
	case "reviewSafety":
		v = k.ReviewSafety
	case "reviewHarm":
		v = k.ReviewHarm
	case "nearSW":
		v = k.NearSW
	case "nearRoSH":
		v = k.NearRoSH
	case "cmSW":
		v = k.CaseManagerSW
	case "cmRoSH":
		v = k.CaseManagerRoSH
	case "inSW":
		v = k.InspectorSW
	case "inRoSH":
		v = k.InspectorRoSH
	default:
		return nil, false
	}
	return types.Int(v), true
}

// Parent implements interpreter.Activation: there is none.
func (a *CELCodes) Parent() interpreter.Activation { return nil }

// CELCodesInput converts a case into a CELCodes activation.
func CELCodesInput(c record.Case) (*CELCodes, error) {
	return &CELCodes{CodesOf(c)}, nil
}

// EvalCodes runs CELCodeRules on an activation and decodes the list of ints
// it returns.
func (c *CEL) EvalCodes(act *CELCodes) (Outcome, error) {
	out, _, err := c.program.Eval(act)
	if err != nil {
		return Outcome{}, err
	}
	elems, ok := out.Value().([]ref.Val)
	if !ok || len(elems) != codesLen {
		return Outcome{}, fmt.Errorf("bench: CEL returned %s, not a list of %d", out.Type(), codesLen)
	}
	var codes [codesLen]int
	for i, v := range elems {
		n, ok := v.(types.Int)
		if !ok {
			return Outcome{}, fmt.Errorf("bench: CEL returned %s at %d, not an int", v.Type(), i)
		}
		codes[i] = int(n)
	}
	return decodeCodes(&codes)
}

// codesLen is the length of the int-coded forms' result: a code for each
// key question, the two reasonableness outcomes, the two facts checks.
const codesLen = len(KeyQuestions) + 4

// summaryCodes decodes a key question's code by indexing: the Summary of
// each code the rules can return, ok false for the others.
var summaryCodes = func() (t [32]struct {
	answer record.Answer
	by     judgement.DecidedBy
	ok     bool
}) {
	for a := range len(answerTokens()) {
		for by := 1; by < len(decidedByTokens()); by++ {
			t[a|by<<2] = struct {
				answer record.Answer
				by     judgement.DecidedBy
				ok     bool
			}{record.Answer(a), judgement.DecidedBy(by), true}
		}
	}
	return t
}()

// reasonablenessCodes are the outcome codes the rules can return: no
// verdict (0) and each classification.Reasonableness.
var reasonablenessCodes = func() (t [8]bool) {
	t[0] = true
	for r := 1; r < len(reasonablenessTokens()); r++ {
		t[r] = true
	}
	return t
}()

// decodeCodes fills an Outcome from the int-coded result, by indexing.
func decodeCodes(codes *[codesLen]int) (Outcome, error) {
	var o Outcome
	for i, kq := range KeyQuestions {
		c := codes[i]
		if uint(c) >= uint(len(summaryCodes)) || !summaryCodes[c].ok {
			return o, &decodeError{"a code for " + string(kq), strconv.Itoa(c)}
		}
		o.Summaries[i] = Summary{KeyQuestion: kq, Answer: summaryCodes[c].answer, DecidedBy: summaryCodes[c].by}
	}
	base := len(KeyQuestions)
	for i, p := range [...]*classification.Reasonableness{&o.SafetyAndWellbeing, &o.RiskOfSeriousHarm} {
		c := codes[base+i]
		if uint(c) >= uint(len(reasonablenessCodes)) || !reasonablenessCodes[c] {
			return o, &decodeError{"an outcome code", strconv.Itoa(c)}
		}
		*p = classification.Reasonableness(c)
	}
	for i, p := range [...]*bool{&o.FactsContradictSW, &o.FactsContradictRoSH} {
		switch codes[base+2+i] {
		case 0:
		case 1:
			*p = true
		default:
			return o, &decodeError{"a facts check code", strconv.Itoa(codes[base+2+i])}
		}
	}
	return o, nil
}

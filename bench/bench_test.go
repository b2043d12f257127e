package bench_test

import (
	"runtime"
	"testing"

	"github.com/google/cel-go/interpreter"
	"github.com/yjinspect/yjinspect/bench"
	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/judgement"
	"github.com/yjinspect/yjinspect/record"
)

// Each benchmark judges one case per operation, rotating through the whole
// of one sample (complete: bench.Sample; incomplete: bench.Incomplete), so
// ns/op is ns per case; each also reports it as ns/case. Conversion of the
// cases into the engines' inputs happens before the timed loop; evaluation
// and decoding of the result are timed.

// No benchmark stores its result in a package-level sink: b.Loop keeps
// every call in its body, and its results, from being optimised away (see
// testing.B.Loop), and a store into a global would add a copy, and for
// results holding pointers a write barrier, to one form and not another.

func reportPerCase(b *testing.B) {
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N), "ns/case")
}

// Kinds of contender.
const (
	kindJudge  = "judge"
	kindBound  = "bound"  // the lower bound and the allocation alone
	kindExpr   = "expr"   // a form of the rules in expr
	kindCEL    = "cel"    // a form of the rules in CEL
	kindAnchor = "anchor" // record.Decode
	kindJSON   = "json"   // a JSON library decoding into a plain struct
)

// contender is one thing timed: its key (the sub-benchmark's name), its
// label in ./run's table, its kind, and prepare, which makes its inputs
// from a sample once and returns the benchmark.
type contender struct {
	key, label, kind string
	prepare          func(tb testing.TB, cases []record.Case) func(*testing.B)
}

// ruleContenders are Judge, the lower bound and every engine form, the
// expert forms first, then the forms kept from before, labelled as such.
var ruleContenders = []contender{
	{"Judge", "judgement.Judge (Go)", kindJudge, prepareJudge},
	{"Minimum", "lower bound (Go)", kindBound, prepareMinimum(func(p *bench.Packed) error { _, err := bench.Minimum(p); return err })},
	{"MinimumSlice", "lower bound + 1 alloc", kindBound, prepareMinimum(func(p *bench.Packed) error { _, err := bench.MinimumSlice(p); return err })},
	{"Alloc", "the 1 alloc alone", kindBound, prepareAlloc},
	{"ExprCodes", "expr, int-coded struct", kindExpr, func(tb testing.TB, cases []record.Case) func(*testing.B) {
		ex, err := bench.NewExprCodes()
		must(tb, err)
		return prepareEngine(tb, cases, anyInput(bench.CodesOf), ex.EvalCodes)
	}},
	{"CELCodes", "cel-go, int variables", kindCEL, func(tb testing.TB, cases []record.Case) func(*testing.B) {
		ce, err := bench.NewCELCodes()
		must(tb, err)
		return prepareEngine(tb, cases, bench.CELCodesInput, ce.EvalCodes)
	}},
	{"ExprStruct", "expr, struct value (strings)", kindExpr, func(tb testing.TB, cases []record.Case) func(*testing.B) {
		ex, err := bench.NewExprStruct()
		must(tb, err)
		return prepareEngine(tb, cases, anyInput(bench.EnvOf), ex.Eval)
	}},
	{"ExprFlat", "expr, flat map (strings)", kindExpr, func(tb testing.TB, cases []record.Case) func(*testing.B) {
		ex, err := bench.NewExprFlat()
		must(tb, err)
		return prepareEngine(tb, cases, anyInput(bench.FlatEnv), ex.Eval)
	}},
	{"CELFlat", "cel-go, flat vars (strings)", kindCEL, func(tb testing.TB, cases []record.Case) func(*testing.B) {
		ce, err := bench.NewCELFlat()
		must(tb, err)
		return prepareEngine(tb, cases, bench.CELFlatInput, ce.Eval)
	}},
	{"CELNative", "cel-go, NativeTypes", kindCEL, func(tb testing.TB, cases []record.Case) func(*testing.B) {
		ce, err := bench.NewCELNative()
		must(tb, err)
		return prepareEngine(tb, cases, bench.CELNativeInput, ce.Eval)
	}},
	{"ExprNested", "expr, nested maps", kindExpr, func(tb testing.TB, cases []record.Case) func(*testing.B) {
		ex, err := bench.NewExpr()
		must(tb, err)
		return prepareEngine(tb, cases, anyInput(bench.Input), ex.Eval)
	}},
	{"CELNested", "cel-go, nested maps", kindCEL, func(tb testing.TB, cases []record.Case) func(*testing.B) {
		ce, err := bench.NewCEL()
		must(tb, err)
		return prepareEngine(tb, cases, func(c record.Case) (interpreter.Activation, error) { return bench.CELInput(bench.Input(c)) }, ce.Eval)
	}},
}

func must(tb testing.TB, err error) {
	tb.Helper()
	if err != nil {
		tb.Fatal(err)
	}
}

// samples are the two samples, by name.
var samples = []struct {
	name  string
	cases func(testing.TB) []record.Case
}{
	{"complete", sampleCases},
	{"incomplete", incompleteCases},
}

// BenchmarkRules times every contender of ruleContenders on both samples:
// BenchmarkRules/complete/Judge, BenchmarkRules/incomplete/ExprCodes, ...
func BenchmarkRules(b *testing.B) {
	for _, s := range samples {
		b.Run(s.name, func(b *testing.B) {
			cases := s.cases(b)
			for _, c := range ruleContenders {
				b.Run(c.key, c.prepare(b, cases))
			}
		})
	}
}

// prepareJudge times judgement.Judge itself, which does more than the
// engines: every finding with its message, the prompts' checks, the RoSH
// rationale and the exclusion decision.
func prepareJudge(_ testing.TB, cases []record.Case) func(*testing.B) {
	f := framework.DomainTwo()
	return func(b *testing.B) {
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			judgement.Judge(f, cases[i])
			if i++; i == len(cases) {
				i = 0
			}
		}
		reportPerCase(b)
	}
}

// prepareMinimum times the hand-written lower bound (only the twelve
// summaries and the prompt counts, over the same packed answers), or the
// lower bound with its summaries in a new slice: the one allocation
// Judge's result needs.
func prepareMinimum(min func(*bench.Packed) error) func(testing.TB, []record.Case) func(*testing.B) {
	return func(_ testing.TB, cases []record.Case) func(*testing.B) {
		packed := make([]bench.Packed, len(cases))
		for i, c := range cases {
			packed[i] = bench.Pack(c)
		}
		return func(b *testing.B) {
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				if err := min(&packed[i]); err != nil {
					b.Fatal(err)
				}
				if i++; i == len(packed) {
					i = 0
				}
			}
			reportPerCase(b)
		}
	}
}

// prepareAlloc times the one allocation on its own: a new slice of twelve
// key results, as Judge makes for each case, with the sample held in memory
// as the other benchmarks hold it.
func prepareAlloc(_ testing.TB, cases []record.Case) func(*testing.B) {
	return func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			newKeyResults(len(bench.KeyQuestions))
		}
		reportPerCase(b)
		runtime.KeepAlive(cases)
	}
}

// newKeyResults returns a new slice of n key results; it is not inlined, so
// that the slice is made on the heap, as Judge's is.
//
//go:noinline
func newKeyResults(n int) []judgement.KeyResult { return make([]judgement.KeyResult, n) }

// prepareEngine makes the inputs of an engine form once from the cases and
// returns the benchmark of eval over them.
func prepareEngine[In any](tb testing.TB, cases []record.Case, input func(record.Case) (In, error), eval func(In) (bench.Outcome, error)) func(*testing.B) {
	inputs := make([]In, len(cases))
	for i, c := range cases {
		var err error
		inputs[i], err = input(c)
		must(tb, err)
	}
	return func(b *testing.B) {
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			if _, err := eval(inputs[i]); err != nil {
				b.Fatal(err)
			}
			if i++; i == len(inputs) {
				i = 0
			}
		}
		reportPerCase(b)
	}
}

// anyInput turns an expr input maker into the form prepareEngine takes: an
// any, as vm.Run takes its environment, made once outside the timed loop.
func anyInput[In any](f func(record.Case) In) func(record.Case) (any, error) {
	return func(c record.Case) (any, error) { return f(c), nil }
}

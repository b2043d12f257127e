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
// sample, so ns/op is ns per case; each also reports it as ns/case.
// Conversion of the cases into the engines' inputs happens before the timed
// loop; evaluation and decoding of the result are timed.

// No benchmark stores its result in a package-level sink: b.Loop keeps
// every call in its body, and its results, from being optimised away (see
// testing.B.Loop), and a store into a global would add a copy, and for
// results holding pointers a write barrier, to one form and not another.

func reportPerCase(b *testing.B) {
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N), "ns/case")
}

// BenchmarkJudge times judgement.Judge itself, which does more than the
// engines: every finding with its message, the prompts' checks, the RoSH
// rationale and the exclusion decision.
func BenchmarkJudge(b *testing.B) {
	cases := sampleCases(b)
	f := framework.DomainTwo()
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

// BenchmarkMinimum times the hand-written lower bound: only the twelve
// summaries and the prompt counts, over the same packed answers.
func BenchmarkMinimum(b *testing.B) {
	benchMinimum(b, func(p *bench.Packed) error {
		_, err := bench.Minimum(p)
		return err
	})
}

// BenchmarkMinimumSlice times the lower bound with its summaries in a new
// slice: the one allocation Judge's result needs.
func BenchmarkMinimumSlice(b *testing.B) {
	benchMinimum(b, func(p *bench.Packed) error {
		_, err := bench.MinimumSlice(p)
		return err
	})
}

// BenchmarkAlloc times the one allocation on its own: a new slice of
// twelve key results, as Judge makes for each case, with the sample held
// in memory as the other benchmarks hold it.
func BenchmarkAlloc(b *testing.B) {
	cases := sampleCases(b)
	b.ReportAllocs()
	for b.Loop() {
		newKeyResults(len(bench.KeyQuestions))
	}
	reportPerCase(b)
	runtime.KeepAlive(cases)
}

// newKeyResults returns a new slice of n key results; it is not inlined, so
// that the slice is made on the heap, as Judge's is.
//
//go:noinline
func newKeyResults(n int) []judgement.KeyResult { return make([]judgement.KeyResult, n) }

func benchMinimum(b *testing.B, min func(*bench.Packed) error) {
	cases := sampleCases(b)
	packed := make([]bench.Packed, len(cases))
	for i, c := range cases {
		packed[i] = bench.Pack(c)
	}
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

// benchEngine times eval over inputs made once from the sample by input.
func benchEngine[In any](b *testing.B, input func(record.Case) (In, error), eval func(In) (bench.Outcome, error)) {
	cases := sampleCases(b)
	inputs := make([]In, len(cases))
	for i, c := range cases {
		var err error
		if inputs[i], err = input(c); err != nil {
			b.Fatal(err)
		}
	}
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

// anyInput turns an expr input maker into the form benchEngine takes.
func anyInput[In any](f func(record.Case) In) func(record.Case) (any, error) {
	return func(c record.Case) (any, error) { return f(c), nil }
}

// BenchmarkExprStruct is expr over a typed struct value environment
// (ExprEnv): names and types checked when compiling, fields read by index.
func BenchmarkExprStruct(b *testing.B) {
	ex, err := bench.NewExprStruct()
	if err != nil {
		b.Fatal(err)
	}
	benchEngine(b, anyInput(bench.EnvOf), ex.Eval)
}

// BenchmarkExprFlat is expr over a flat typed map[string]any (FlatEnv):
// names and types checked when compiling, one map lookup a name.
func BenchmarkExprFlat(b *testing.B) {
	ex, err := bench.NewExprFlat()
	if err != nil {
		b.Fatal(err)
	}
	benchEngine(b, anyInput(bench.FlatEnv), ex.Eval)
}

// BenchmarkCELFlat is CEL over flat typed variables (CELFlatInput).
func BenchmarkCELFlat(b *testing.B) {
	ce, err := bench.NewCELFlat()
	if err != nil {
		b.Fatal(err)
	}
	benchEngine(b, bench.CELFlatInput, ce.Eval)
}

// BenchmarkCELNative is CEL over one Go struct declared with
// ext.NativeTypes (CELNativeInput).
func BenchmarkCELNative(b *testing.B) {
	ce, err := bench.NewCELNative()
	if err != nil {
		b.Fatal(err)
	}
	benchEngine(b, bench.CELNativeInput, ce.Eval)
}

// BenchmarkExprNested is expr over nested map[string]any shaped like the
// JSON record (Input): every member a lookup by name at run time.
func BenchmarkExprNested(b *testing.B) {
	ex, err := bench.NewExpr()
	if err != nil {
		b.Fatal(err)
	}
	benchEngine(b, anyInput(bench.Input), ex.Eval)
}

// BenchmarkCELNested is CEL over the same nested maps, converted to CEL maps
// ahead of time.
func BenchmarkCELNested(b *testing.B) {
	ce, err := bench.NewCEL()
	if err != nil {
		b.Fatal(err)
	}
	benchEngine(b, func(c record.Case) (interpreter.Activation, error) { return bench.CELInput(bench.Input(c)) }, ce.Eval)
}

// BenchmarkExprCodes is expr over the int-coded flat struct value (Codes),
// one VM reused, its list of ints decoded by indexing.
func BenchmarkExprCodes(b *testing.B) {
	ex, err := bench.NewExprCodes()
	if err != nil {
		b.Fatal(err)
	}
	benchEngine(b, anyInput(bench.CodesOf), ex.EvalCodes)
}

// BenchmarkCELCodes is CEL over int variables resolved by an activation of
// its own (CELCodes), planned with cel.OptOptimize.
func BenchmarkCELCodes(b *testing.B) {
	ce, err := bench.NewCELCodes()
	if err != nil {
		b.Fatal(err)
	}
	benchEngine(b, bench.CELCodesInput, ce.EvalCodes)
}

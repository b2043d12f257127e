package bench_test

import (
	"testing"

	"github.com/google/cel-go/interpreter"
	"github.com/yjinspect/yjinspect/bench"
	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/judgement"
)

// Each benchmark judges one case per operation, rotating through the whole
// sample, so ns/op is ns per case; each also reports it as ns/case.
// Conversion of the cases into the engines' inputs happens before the timed
// loop; evaluation and decoding of the result are timed.

var (
	sinkResult  judgement.Result
	sinkOutcome bench.Outcome
)

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
		sinkResult = judgement.Judge(f, cases[i])
		if i++; i == len(cases) {
			i = 0
		}
	}
	reportPerCase(b)
}

func BenchmarkExpr(b *testing.B) {
	cases := sampleCases(b)
	ex, err := bench.NewExpr()
	if err != nil {
		b.Fatal(err)
	}
	inputs := make([]any, len(cases))
	for i, c := range cases {
		inputs[i] = bench.Input(c)
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		o, err := ex.Eval(inputs[i])
		if err != nil {
			b.Fatal(err)
		}
		sinkOutcome = o
		if i++; i == len(inputs) {
			i = 0
		}
	}
	reportPerCase(b)
}

// BenchmarkExprStruct is expr over a typed struct environment (ExprEnv)
// instead of maps: the same rules, compiled against *ExprEnv.
func BenchmarkExprStruct(b *testing.B) {
	cases := sampleCases(b)
	ex, err := bench.NewExprStruct()
	if err != nil {
		b.Fatal(err)
	}
	envs := make([]any, len(cases))
	for i, c := range cases {
		envs[i] = bench.EnvOf(c)
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		o, err := ex.Eval(envs[i])
		if err != nil {
			b.Fatal(err)
		}
		sinkOutcome = o
		if i++; i == len(envs) {
			i = 0
		}
	}
	reportPerCase(b)
}

func BenchmarkCEL(b *testing.B) {
	cases := sampleCases(b)
	ce, err := bench.NewCEL()
	if err != nil {
		b.Fatal(err)
	}
	acts := make([]interpreter.Activation, len(cases))
	for i, c := range cases {
		if acts[i], err = bench.CELInput(bench.Input(c)); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		o, err := ce.Eval(acts[i])
		if err != nil {
			b.Fatal(err)
		}
		sinkOutcome = o
		if i++; i == len(acts) {
			i = 0
		}
	}
	reportPerCase(b)
}

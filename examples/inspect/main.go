// Command inspect rates an inspection's judged cases and prints a report: for
// each standard of domain two, each key question's percentage of cases
// judged Yes and the standard's rating; the classification analysis (High
// and Very high shares, agreement between case manager and inspector,
// under- and over-classification, kappa); the most frequent safety concerns
// and assessment problems; and the excluded and undecided cases.
//
// With no arguments it rates the SYNTHETIC sample inspection embedded in the
// program (made by package synthetic: no real child, no real inspection):
//
//	go run ./examples/inspect
//	go run ./examples/inspect -cases cases.jsonl           # JSON lines or a JSON array; - for stdin
//	go run ./examples/inspect -cases cases.jsonl -format json
//	go run ./examples/inspect -format csv
//	go run ./examples/inspect -case insp-01-case-007       # one case in full
//
// Exit status: 0 when all is well, 1 when any case has a finding of severity
// error, 2 for bad input or usage.
package main

import (
	"bytes"
	_ "embed"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/yjinspect/yjinspect/classification"
	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/judgement"
)

//go:generate go run ../synth -inspections 1 -cases 60 -seed 2024 -o sample.jsonl

// sample is one synthetic inspection of 60 cases; TestSampleIsGenerated
// checks it is what the generator makes.
//
//go:embed sample.jsonl
var sample []byte

const sampleName = "the embedded SYNTHETIC sample inspection (60 cases made by package synthetic, seed 2024; no real child or inspection)"

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr, isTerminal(os.Stderr)))
}

// usageError is bad usage or input: exit status 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func run(args []string, stdin io.Reader, stdout, stderr io.Writer, progress bool) int {
	fs := flag.NewFlagSet("inspect", flag.ContinueOnError)
	fs.SetOutput(stderr)
	casesFlag := fs.String("cases", "", "read case records from `FILE` (JSON lines or a JSON array; - for standard input) instead of the embedded synthetic sample")
	format := fs.String("format", "text", "output `format`: text, json or csv")
	caseID := fs.String("case", "", "show one case in full: every summary and how it was decided, its findings, verdicts, exclusion, and the guidance of each question answered No")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: inspect [-cases FILE] [-format text|json|csv] [-case ID]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "inspect: unexpected argument %q\n", fs.Arg(0))
		fs.Usage()
		return 2
	}
	if *format != "text" && *format != "json" && *format != "csv" {
		fmt.Fprintf(stderr, "inspect: unknown -format %q: want text, json or csv\n", *format)
		return 2
	}

	name, synthetic := sampleName, true
	var in io.Reader = bytes.NewReader(sample)
	var size int64 = int64(len(sample))
	switch *casesFlag {
	case "":
	case "-":
		name, synthetic, in, size = "standard input", false, stdin, -1
	default:
		f, err := os.Open(*casesFlag)
		if err != nil {
			fmt.Fprintf(stderr, "inspect: %v\n", err)
			return 2
		}
		defer f.Close()
		if st, err := f.Stat(); err == nil {
			size = st.Size()
		}
		name, synthetic, in = *casesFlag, false, f
	}
	if progress && size > 1<<20 {
		in = newProgress(in, size, stderr)
	}
	cases, err := judgement.DecodeAll(in)
	if progress && size > 1<<20 {
		fmt.Fprint(stderr, "\r\033[K")
	}
	if err != nil {
		fmt.Fprintf(stderr, "inspect: %s: %v\n", name, err)
		return 2
	}
	if len(cases) == 0 {
		fmt.Fprintf(stderr, "inspect: %s: no case records\n", name)
		return 2
	}

	f := framework.DomainTwo()
	results := make([]judgement.Result, len(cases))
	for i, c := range cases {
		results[i] = judgement.Judge(f, c)
	}
	status := 0
	for _, r := range results {
		if hasErrors(r) {
			status = 1
		}
	}

	if *caseID != "" {
		for i, c := range cases {
			if c.ID == *caseID {
				if err := showCase(stdout, *format, c, results[i], synthetic); err != nil {
					fmt.Fprintf(stderr, "inspect: %v\n", err)
					return 2
				}
				if hasErrors(results[i]) {
					return 1
				}
				return 0
			}
		}
		fmt.Fprintf(stderr, "inspect: %s: no case with id %q\n", name, *caseID)
		return 2
	}

	rep, err := buildReport(name, synthetic, cases, results)
	if err != nil {
		fmt.Fprintf(stderr, "inspect: %v\n", err)
		return 2
	}
	switch *format {
	case "json":
		err = rep.writeJSON(stdout)
	case "csv":
		err = rep.writeCSV(stdout)
	default:
		err = rep.writeText(stdout)
	}
	if err != nil {
		var ue usageError
		if errors.As(err, &ue) {
			fmt.Fprintf(stderr, "inspect: %v\n", err)
			return 2
		}
		fmt.Fprintf(stderr, "inspect: writing the report: %v\n", err)
		return 2
	}
	return status
}

// isTerminal reports whether f is a character device (a terminal), without
// a dependency: a progress bar goes only to a terminal.
func isTerminal(f *os.File) bool {
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// progressReader draws a bar on w as its reader is read.
type progressReader struct {
	r         io.Reader
	w         io.Writer
	size, n   int64
	lastShown int64
}

func newProgress(r io.Reader, size int64, w io.Writer) *progressReader {
	return &progressReader{r: r, w: w, size: size, lastShown: -1}
}

func (p *progressReader) Read(b []byte) (int, error) {
	n, err := p.r.Read(b)
	p.n += int64(n)
	if pct := 100 * p.n / p.size; pct != p.lastShown && pct <= 100 {
		p.lastShown = pct
		fmt.Fprintf(p.w, "\rreading cases %s %3d%%", bar(float64(pct), 30), pct)
	}
	return n, err
}

// bar draws a bar of width cells for a percentage.
func bar(pct float64, width int) string {
	full := int(pct*float64(width)/100 + 0.5)
	full = max(0, min(width, full))
	return strings.Repeat("█", full) + strings.Repeat("░", width-full)
}

// hasErrors reports whether Judge found an error (not only warnings).
func hasErrors(r judgement.Result) bool {
	return slices.ContainsFunc(r.Findings, func(f judgement.Finding) bool { return f.Severity == classification.Error })
}

// Command inspect rates inspections' judged cases and prints a report: for
// each standard of domain two, each key question's percentage of cases
// judged Yes and the standard's rating; the classification analysis (High
// and Very high shares, agreement between case manager and inspector,
// under- and over-classification, kappa); the most frequent safety concerns
// and assessment problems; and the excluded and undecided cases.
//
// Records may name their inspection ("inspection": "insp-01"): a file of
// several inspections is rated inspection by inspection, as a table, and
// pooled into one only when asked (-pool). Records marked synthetic
// ("synthetic": true) make every form of the report say so.
//
// With no -cases it rates the SYNTHETIC sample inspection embedded in the
// program (made by package synthetic: no real child, no real inspection):
//
//	go run ./examples/inspect
//	go run ./examples/inspect -cases cases.jsonl           # JSON lines or a JSON array; - for stdin
//	go run ./examples/inspect -cases cases.jsonl -inspection insp-02
//	go run ./examples/inspect -cases cases.jsonl -pool     # every case as one inspection
//	go run ./examples/inspect -format json                 # or csv, or html (one self-contained page)
//	go run ./examples/inspect -case insp-01-case-007       # one case in full
//	go run ./examples/inspect -cases first.jsonl -moderate second.jsonl   # second readings against the first
//
// It reads records one at a time and keeps no case once counted, so memory
// stays flat however many there are, apart from the set of case IDs seen, to
// catch a repeated one (about 60 bytes a case). Unless GOMEMLIMIT is set, it
// asks the Go runtime to keep its memory near 48 MiB: a soft limit, under
// which the garbage collector works harder rather than let the heap double,
// and which is never a cause of failure.
//
// With -moderate FILE it compares second readings of cases (FILE) with the
// first (-cases), matched by case ID, inspection by inspection, by package
// moderation: agreement on each key question's summary judgement with
// Cohen's kappa, the questions most often disputed, the inspector's levels
// with weighted kappas, each standard's rating first, second and moderated,
// and each disputed case with its differences (-case ID adds the CARaG's
// guidance for each disputed question). That mode holds both files' cases
// in memory, to match the pairs.
//
// -format html writes the report as one self-contained HTML page (inline
// CSS and SVG, no script), with its charts drawn beside tables of their
// figures; it prints on A4.
//
// Exit status: 0 when the report was printed and no case has an error
// finding (or -errors-ok was given); 1 when the report was printed and some
// case has a finding of severity error; 2 for bad usage or input, with
// nothing on standard output.
package main

import (
	"bytes"
	_ "embed"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"slices"
	"strings"

	"github.com/yjinspect/yjinspect/classification"
	"github.com/yjinspect/yjinspect/examples/internal/cmdinfo"
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

// memoryLimit is the soft memory limit inspect sets unless GOMEMLIMIT is
// set: with it, 400,000 cases peak at about 50 MB instead of 60-70 MB.
const memoryLimit = 48 << 20

func main() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(memoryLimit)
	}
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr, isTerminal(os.Stderr)))
}

// usageError is bad usage or input: exit status 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

const usageLine = "usage: inspect [-cases FILE] [-moderate FILE] [-format text|json|csv|html] [-inspection ID | -pool] [-case ID] [-errors-ok] [-version]"

const helpText = `Rate inspections' judged cases by domain two of the youth justice case
inspection framework, and print the report.

Records are JSON lines or a JSON array of case records (see the judgement
package and judgement/case.schema.json). Without -cases, the embedded
SYNTHETIC sample inspection is rated. A file of several inspections (records
naming them with "inspection") is rated inspection by inspection, as a table;
-inspection shows one in full, and -pool rates every case as one.

With -moderate FILE, the records of FILE are second readings of cases of
-cases, matched by case ID: the report compares them (agreement, kappas,
the questions most often disputed, the ratings first, second and
moderated, each disputed case). This mode holds both files' cases in
memory. A second reading of a case not in the first file is reported, not
counted.

-format html writes one self-contained page (inline CSS and SVG charts,
each with a table of its figures), which prints on A4.

Flags:
`

const exitText = `
Exit status:
  0  the report was printed and no case has an error finding, or -errors-ok
     was given (also for -h and -version)
  1  the report was printed, and some case reported has a finding of
     severity error (the default, so that scripts notice)
  2  bad usage or input: a message on standard error, nothing on standard
     output
`

func run(args []string, stdin io.Reader, stdout, stderr io.Writer, progress bool) int {
	fs := flag.NewFlagSet("inspect", flag.ContinueOnError)
	fs.SetOutput(stderr)
	casesFlag := fs.String("cases", "", "read case records from `FILE` (JSON lines or a JSON array; - for standard input) instead of the embedded synthetic sample")
	format := fs.String("format", "text", "output `format`: text, json, csv or html")
	moderate := fs.String("moderate", "", "compare the second readings in `FILE` (JSON lines or a JSON array; - for standard input) with the first readings of -cases, matched by case ID; holds both files in memory")
	caseID := fs.String("case", "", "show the case `ID` in full (text or json): every summary and how it was decided, its findings, verdicts, exclusion, and the guidance of each question answered No; with -moderate, its two readings' differences and the guidance of each disputed question")
	only := fs.String("inspection", "", "rate only the inspection named `ID` and show it in full")
	pool := fs.Bool("pool", false, "rate every case as one inspection, whatever inspection its record names (the report says it pooled them)")
	errorsOK := fs.Bool("errors-ok", false, "exit 0 even when cases have error findings, once the report is printed (default: exit 1)")
	version := fs.Bool("version", false, "print the module version and the catalogue's digest, and exit")
	help := fs.Bool("h", false, "print this help and exit")
	fs.BoolVar(help, "help", false, "print this help and exit")
	fs.Usage = func() { fmt.Fprintf(stderr, "%s\nRun inspect -h for help.\n", usageLine) }
	if err := fs.Parse(args); err != nil {
		return 2
	}
	switch {
	case *help:
		fmt.Fprintf(stdout, "%s\n\n%s", usageLine, helpText)
		fs.SetOutput(stdout)
		fs.PrintDefaults()
		fmt.Fprint(stdout, exitText)
		return 0
	case *version:
		fmt.Fprint(stdout, cmdinfo.Version("inspect"))
		return 0
	}
	bad := func(format string, args ...any) int {
		fmt.Fprintf(stderr, "inspect: "+format+"\n", args...)
		fs.Usage()
		return 2
	}
	if fs.NArg() > 0 {
		return bad("unexpected argument %q", fs.Arg(0))
	}
	if *format != "text" && *format != "json" && *format != "csv" && *format != "html" {
		return bad("unknown -format %q: want text, json, csv or html", *format)
	}
	if *pool && *only != "" {
		return bad("-pool and -inspection %q do not go together: pool every inspection, or show one", *only)
	}
	if *caseID != "" && (*format == "csv" || *format == "html") {
		return bad("-case shows one case as text or json, not %s", *format)
	}
	if *moderate == "-" && *casesFlag == "-" {
		return bad("-cases and -moderate cannot both read standard input")
	}

	name, in, size, closeIn, err := openCases(*casesFlag, stdin)
	if err != nil {
		fmt.Fprintf(stderr, "inspect: %v\n", err)
		return 2
	}
	defer closeIn()
	if *moderate != "" {
		return runModerate(moderateArgs{firstName: name, first: in, second: *moderate, stdin: stdin, format: *format,
			caseID: *caseID, pool: *pool, only: *only, errorsOK: *errorsOK}, stdout, stderr)
	}
	showProgress := progress && size > 1<<20
	if showProgress {
		in = newProgress(in, size, stderr)
	}

	b := newBuilder(name, *pool, *only)
	var spool *caseSpool
	if *format == "json" && *caseID == "" {
		var err error
		if spool, err = newCaseSpool(); err != nil {
			fmt.Fprintf(stderr, "inspect: %v\n", err)
			return 2
		}
		defer spool.close()
	}
	var found *judgement.Case
	var foundResult judgement.Result
	f := framework.DomainTwo()
	err = judgement.DecodeEach(in, func(c judgement.Case) error {
		r := judgement.Judge(f, c)
		if *caseID != "" && c.ID == *caseID {
			found, foundResult = &c, r
		}
		counted, err := b.add(c, r)
		if err != nil || !counted || spool == nil {
			return err
		}
		return spool.add(c, r)
	})
	if showProgress {
		fmt.Fprint(stderr, "\r\033[K")
	}
	if err != nil {
		fmt.Fprintf(stderr, "inspect: %s: %v\n", name, err)
		return 2
	}
	rep, err := b.finish()
	if err != nil {
		fmt.Fprintf(stderr, "inspect: %s: %v\n", name, err)
		return 2
	}
	if rep.Records == 0 {
		fmt.Fprintf(stderr, "inspect: %s: no case records\n", name)
		return 2
	}

	if *caseID != "" {
		if found == nil {
			fmt.Fprintf(stderr, "inspect: %s: no case with id %q\n", name, *caseID)
			return 2
		}
		if err := showCase(stdout, *format, *found, foundResult); err != nil {
			fmt.Fprintf(stderr, "inspect: writing the case: %v\n", err)
			return 2
		}
		if hasErrors(foundResult) && !*errorsOK {
			return 1
		}
		return 0
	}
	if *only != "" && len(rep.Inspections) == 0 {
		fmt.Fprintf(stderr, "inspect: %s: no records of inspection %q; the records name %s\n", name, *only, inspectionNames(rep.InspectionsInFile))
		return 2
	}

	switch *format {
	case "json":
		err = rep.writeJSON(stdout, spool)
	case "csv":
		err = rep.writeCSV(stdout)
	case "html":
		err = rep.writeHTML(stdout)
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
	if b.errors && !*errorsOK {
		return 1
	}
	return 0
}

// openCases opens the records a flag names: "" the embedded sample, "-"
// standard input, else a file. It gives the name to show, the reader, its
// size (-1 when unknown) and what closes it.
func openCases(path string, stdin io.Reader) (name string, in io.Reader, size int64, closeIn func(), err error) {
	switch path {
	case "":
		return sampleName, bytes.NewReader(sample), int64(len(sample)), func() {}, nil
	case "-":
		return "standard input", stdin, -1, func() {}, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return "", nil, 0, nil, err
	}
	size = -1
	if st, err := f.Stat(); err == nil {
		size = st.Size()
	}
	return path, f, size, func() { f.Close() }, nil
}

// moderateArgs are the flags -moderate reads.
type moderateArgs struct {
	firstName    string
	first        io.Reader
	second       string
	stdin        io.Reader
	format       string
	caseID, only string
	pool         bool
	errorsOK     bool
}

// runModerate prints the moderation report, or with -case one case's two
// readings; it returns the exit status.
func runModerate(a moderateArgs, stdout, stderr io.Writer) int {
	first, err := readAll(a.first)
	if err != nil {
		fmt.Fprintf(stderr, "inspect: %s: %v\n", a.firstName, err)
		return 2
	}
	if len(first) == 0 {
		fmt.Fprintf(stderr, "inspect: %s: no case records\n", a.firstName)
		return 2
	}
	secondName, in, _, closeIn, err := openCases(a.second, a.stdin)
	if err != nil {
		fmt.Fprintf(stderr, "inspect: %v\n", err)
		return 2
	}
	defer closeIn()
	second, err := readAll(in)
	if err != nil {
		fmt.Fprintf(stderr, "inspect: %s: %v\n", secondName, err)
		return 2
	}
	if len(second) == 0 {
		fmt.Fprintf(stderr, "inspect: %s: no case records\n", secondName)
		return 2
	}

	status := func(errs bool) int {
		if errs && !a.errorsOK {
			return 1
		}
		return 0
	}
	if a.caseID != "" {
		c, found, err := compareCase(a.caseID, first, second)
		switch {
		case err != nil:
			fmt.Fprintf(stderr, "inspect: %v\n", err)
			return 2
		case !found:
			fmt.Fprintf(stderr, "inspect: no case with id %q in %s or %s\n", a.caseID, a.firstName, secondName)
			return 2
		}
		if a.format == "json" {
			err = writeIndentedJSON(stdout, c)
		} else {
			err = c.writeText(stdout, a.caseID)
		}
		if err != nil {
			fmt.Fprintf(stderr, "inspect: writing the case: %v\n", err)
			return 2
		}
		return status(c.errors)
	}

	rep, errs, err := buildModeration(a.firstName, secondName, first, second, a.pool, a.only)
	if err != nil {
		fmt.Fprintf(stderr, "inspect: %v\n", err)
		return 2
	}
	if a.only != "" && len(rep.Inspections) == 0 {
		fmt.Fprintf(stderr, "inspect: %s: no records of inspection %q; the records name %s\n", a.firstName, a.only, inspectionNames(rep.InspectionsInFile))
		return 2
	}
	switch a.format {
	case "json":
		err = writeIndentedJSON(stdout, rep)
	case "csv":
		err = rep.writeCSV(stdout)
	case "html":
		err = rep.writeHTML(stdout)
	default:
		err = rep.writeText(stdout)
	}
	if err != nil {
		fmt.Fprintf(stderr, "inspect: writing the report: %v\n", err)
		return 2
	}
	return status(errs)
}

// inspectionNames lists up to five inspection names for a message.
func inspectionNames(all []string) string {
	names := make([]string, 0, 6)
	for i, n := range all {
		if i == 5 {
			names = append(names, "...")
			break
		}
		names = append(names, fmt.Sprintf("%q", n))
	}
	return strings.Join(names, ", ")
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
		fmt.Fprintf(p.w, "\rreading cases %s %3d%%", bar(int(pct), 100, 30), pct)
	}
	return n, err
}

// hasErrors reports whether Judge found an error (not only warnings).
func hasErrors(r judgement.Result) bool {
	return slices.ContainsFunc(r.Findings, func(f judgement.Finding) bool { return f.Severity == classification.Error })
}

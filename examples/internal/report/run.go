// Package report is the inspect command (examples/inspect) and the report it
// prints: the data model of the rating and analysis of judged cases, and its
// text, JSON, CSV and self-contained HTML forms. The web form
// (examples/webform) renders its report page with the same model and page
// (HTML), so that both show the same figures.
package report

import (
	"bytes"
	_ "embed"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"

	"github.com/yjinspect/yjinspect/examples/internal/cmdinfo"
	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/judgement"
	"github.com/yjinspect/yjinspect/profile"
	"github.com/yjinspect/yjinspect/record"
	"github.com/yjinspect/yjinspect/workbook"
)

//go:generate go run ../../synth -inspections 1 -cases 60 -seed 2024 -o sample.jsonl
//go:generate go test -run ^TestHTMLFiguresGolden$ -update

// sample is one synthetic inspection of 60 cases; TestSampleIsGenerated
// checks it is what the generator makes.
//
//go:embed sample.jsonl
var sample []byte

const sampleName = "the embedded SYNTHETIC sample inspection (60 cases made by package synthetic, seed 2024; no real child or inspection)"

// usageError is bad usage or input: exit status 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

const usageLine = "usage: inspect [-cases FILE] [-moderate FILE] [-format text|json|csv|html] [-inspection ID | -pool] [-profile NAME|FILE] [-case ID] [-errors-ok] [-version]"

const helpText = `Rate inspections' judged cases by domain two of the youth justice case
inspection framework, and print the report.

Records are JSON lines or a JSON array of case records (see the record
package and record/case.schema.json). Without -cases, the embedded
SYNTHETIC sample inspection is rated. A file of several inspections (records
naming them with "inspection") is rated inspection by inspection, as a table;
-inspection shows one in full, and -pool rates every case as one.

With -moderate FILE, the records of FILE are second readings of cases of
-cases, matched by case ID: the report compares them (agreement, kappas,
the questions most often disputed, the ratings first, second and
moderated, each disputed case). This mode holds both files' cases in
memory. A second reading of a case not in the first file is reported, not
counted.

With -profile, only the key questions of an audit profile are rated: a
built-in one (whole, assessment, planning, implementation-and-delivery,
reviewing, desistance, keeping-the-child-safe, keeping-other-people-safe)
or a profile file ({"id", "name", "keyQuestions"}; see package profile).
Every form says so; a standard the profile covers in part is marked
partial, and no points or overall rating are given. An audit workbook
(-cases audit.xlsx) written under a profile is rated under that profile
without -profile; -profile, when given, wins (-profile whole rates every
key question). With -moderate, a workbook's profile is not applied: the
moderation report compares every key question.

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

// Run runs the inspect command with the arguments args (without the
// program's name) and returns its exit status (see examples/inspect).
// progress draws a progress bar on stderr for a large file.
func Run(args []string, stdin io.Reader, stdout, stderr io.Writer, progress bool) int {
	return run(args, stdin, stdout, stderr, progress)
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer, progress bool) int {
	fs := flag.NewFlagSet("inspect", flag.ContinueOnError)
	fs.SetOutput(stderr)
	casesFlag := fs.String("cases", "", "read case records from `FILE` (JSON lines or a JSON array, or an audit workbook .xlsx; - for standard input) instead of the embedded synthetic sample")
	format := fs.String("format", "text", "output `format`: text, json, csv or html")
	moderate := fs.String("moderate", "", "compare the second readings in `FILE` (JSON lines or a JSON array; - for standard input) with the first readings of -cases, matched by case ID; holds both files in memory")
	caseID := fs.String("case", "", "show the case `ID` in full (text or json): every summary and how it was decided, its findings, verdicts, exclusion, and the guidance of each question answered No; with -moderate, its two readings' differences and the guidance of each disputed question")
	only := fs.String("inspection", "", "rate only the inspection named `ID` and show it in full")
	pool := fs.Bool("pool", false, "rate every case as one inspection, whatever inspection its record names (the report says it pooled them)")
	profileFlag := fs.String("profile", "", "rate only the key questions of the audit profile `NAME` (built in) or FILE (a profile file; see package profile); without it, an audit workbook is rated under the profile it was written under")
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
	for _, f := range []struct{ name, id string }{{"-case", *caseID}, {"-inspection", *only}} {
		var ie *record.IDError
		if f.id != "" && errors.As(record.CheckID(f.id), &ie) {
			return bad("%s %q: no record can have this ID: it %s", f.name, f.id, ie.Reason)
		}
	}
	if *caseID != "" && (*format == "csv" || *format == "html") {
		return bad("-case shows one case as text or json, not %s", *format)
	}
	if *moderate == "-" && *casesFlag == "-" {
		return bad("-cases and -moderate cannot both read standard input")
	}
	if *profileFlag != "" && *moderate != "" {
		return bad("-profile does not go with -moderate: the moderation report compares every key question")
	}
	var prof profile.Profile
	if *profileFlag != "" {
		var err error
		if prof, err = readProfile(*profileFlag); err != nil {
			fmt.Fprintf(stderr, "inspect: %v\n", err)
			return 2
		}
	}

	name, in, size, closeIn, bookProfile, err := openCases(*casesFlag, stdin)
	if err != nil {
		fmt.Fprintf(stderr, "inspect: %v\n", err)
		return 2
	}
	defer closeIn()
	if *profileFlag == "" {
		prof = bookProfile // an audit workbook's own profile; -profile wins
	}
	if *moderate != "" {
		return runModerate(moderateArgs{firstName: name, first: in, second: *moderate, stdin: stdin, format: *format,
			caseID: *caseID, pool: *pool, only: *only, errorsOK: *errorsOK}, stdout, stderr)
	}
	showProgress := progress && size > 1<<20
	if showProgress {
		in = newProgress(in, size, stderr)
	}

	b := newProfileBuilder(name, *pool, *only, prof)
	var spool *caseSpool
	if *format == "json" && *caseID == "" {
		var err error
		if spool, err = newCaseSpool(); err != nil {
			fmt.Fprintf(stderr, "inspect: %v\n", err)
			return 2
		}
		defer spool.close()
	}
	var found *record.Case
	var foundResult judgement.Result
	f := framework.DomainTwo()
	// Records are decoded and judged on every core, and counted here, in
	// order: the report is the same whatever the number of cores.
	judge := func(c record.Case) judgement.Result { return judgement.Judge(f, c) }
	err = record.DecodeEachWith(in, runtime.GOMAXPROCS(0), judge, func(c record.Case, r judgement.Result) error {
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
// standard input, else a file (a .xlsx file is an audit workbook). It
// gives the name to show, the reader, its size (-1 when unknown), what
// closes it, and an audit workbook's profile (the zero Profile for any
// other input).
func openCases(path string, stdin io.Reader) (name string, in io.Reader, size int64, closeIn func(), prof profile.Profile, err error) {
	switch path {
	case "":
		return sampleName, bytes.NewReader(sample), int64(len(sample)), func() {}, prof, nil
	case "-":
		return "standard input", stdin, -1, func() {}, prof, nil
	}
	if strings.EqualFold(filepath.Ext(path), ".xlsx") { // an audit workbook (package workbook), read whole
		a, err := workbook.ReadAuditFile(path)
		if err != nil {
			return "", nil, 0, nil, prof, err
		}
		lines, err := a.JSONLines()
		return path, bytes.NewReader(lines), int64(len(lines)), func() {}, a.Profile, err
	}
	f, err := os.Open(path)
	if err != nil {
		return "", nil, 0, nil, prof, err
	}
	size = -1
	if st, err := f.Stat(); err == nil {
		size = st.Size()
	}
	return path, f, size, func() { f.Close() }, prof, nil
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
	secondName, in, _, closeIn, _, err := openCases(a.second, a.stdin)
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
	return slices.ContainsFunc(r.Findings, func(f judgement.Finding) bool { return f.Severity == judgement.Error })
}

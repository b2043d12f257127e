// Command workbook writes case records as an audit workbook (.xlsx) to fill
// in with a spreadsheet program, and reads a filled-in workbook back as
// JSON lines (package workbook):
//
//	go run ./examples/workbook -o audit.xlsx -cases cases.jsonl          # the cases, to review
//	go run ./examples/workbook -o audit.xlsx -n 20 -inspection insp-01  # 20 empty cases, IDs to fill in
//	go run ./examples/workbook -o audit.xlsx -n 20 -profile keeping-other-people-safe  # a thematic audit: A3, P3, D3, R3
//	go run ./examples/workbook -read audit.xlsx > cases.jsonl           # back to JSON lines
//	go run ./examples/inspect -cases audit.xlsx                         # rate it directly
//
// A workbook written with -profile records its profile (on the Instructions
// sheet): inspect -cases audit.xlsx rates it under that profile. -read
// writes the cases alone to standard output, and names the profile on
// standard error with the -profile that rates the JSON lines under it.
//
// Exit status: 0 when all is well (also for -h and -version); 1 when the
// workbook could not be written; 2 for bad usage or input (a record or a
// workbook that does not read, with the sheet and cell at fault), with
// nothing on standard output and no file written.
package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/yjinspect/yjinspect/examples/internal/cmdinfo"
	"github.com/yjinspect/yjinspect/profile"
	"github.com/yjinspect/yjinspect/record"
	"github.com/yjinspect/yjinspect/workbook"
)

func main() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) }

const usageLine = "usage: workbook -o FILE.xlsx (-cases FILE | -n N [-inspection ID]) [-profile NAME|FILE] [-protect] | workbook -read FILE.xlsx | -version"

const exitText = `
Exit status:
  0  all is well (also for -h and -version)
  1  the workbook could not be written
  2  bad usage or input: a message on standard error naming the record, or
     the sheet and cell of the workbook, and the bad value; nothing is
     written
`

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("workbook", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("o", "", "write the audit workbook to `FILE` (.xlsx)")
	cases := fs.String("cases", "", "the case records to write, JSON lines or a JSON array (`FILE`; - for standard input)")
	n := fs.Int("n", 0, "write an empty audit of `N` cases, with IDs to fill in")
	inspection := fs.String("inspection", "", "with -n: the inspection the cases belong to (an `ID` such as insp-01)")
	prof := fs.String("profile", "", "write only the key questions of an audit profile: a built-in one's `NAME` (whole, assessment, planning, implementation-and-delivery, reviewing, desistance, keeping-the-child-safe, keeping-other-people-safe) or a profile FILE (JSON)")
	protect := fs.Bool("protect", false, "protect the case sheets: only the cells to fill in can be changed")
	read := fs.String("read", "", "read the audit workbook `FILE` and write its cases as JSON lines to standard output (and its audit profile, if it has one, to standard error)")
	version := fs.Bool("version", false, "print the module version and the catalogue's digest, and exit")
	help := fs.Bool("h", false, "print this help and exit")
	fs.BoolVar(help, "help", false, "print this help and exit")
	fs.Usage = func() { fmt.Fprintf(stderr, "%s\nRun workbook -h for help.\n", usageLine) }
	if err := fs.Parse(args); err != nil {
		return 2
	}
	usage := func(msg string) int {
		fmt.Fprintln(stderr, "workbook:", msg)
		fs.Usage()
		return 2
	}
	switch {
	case *help:
		fmt.Fprintf(stdout, "%s\n\nWrite case records as an audit workbook to fill in with a spreadsheet program (one sheet a\ncase, one row a question, drop-down answers, the CARaG's guidance, a summary computed by\nformulas), or read a filled-in workbook back as JSON lines.\n\nFlags:\n", usageLine)
		fs.SetOutput(stdout)
		fs.PrintDefaults()
		fmt.Fprint(stdout, exitText)
		return 0
	case *version:
		fmt.Fprint(stdout, cmdinfo.Version("workbook"))
		return 0
	case fs.NArg() > 0:
		return usage(fmt.Sprintf("unexpected argument %q", fs.Arg(0)))
	case *read != "":
		if *out != "" || *cases != "" || *n != 0 || *inspection != "" || *protect || *prof != "" {
			return usage("-read takes no other flag")
		}
		return readBack(*read, stdout, stderr)
	case *out == "":
		return usage("give -o FILE to write a workbook, or -read FILE to read one")
	case (*cases == "") == (*n == 0):
		return usage("give either -cases FILE or -n N")
	case *cases != "" && *inspection != "":
		return usage("-inspection goes with -n (the records name their inspections)")
	}
	var list []record.Case
	if *cases != "" {
		var err error
		if list, err = readRecords(*cases, stdin); err != nil {
			fmt.Fprintln(stderr, "workbook:", err)
			return 2
		}
	} else {
		var err error
		if list, err = workbook.Blank(*n, *inspection); err != nil {
			fmt.Fprintln(stderr, "workbook:", err)
			return 2
		}
	}
	opt := workbook.Options{Protect: *protect}
	if *prof != "" {
		var err error
		if opt.Profile, err = loadProfile(*prof); err != nil {
			fmt.Fprintln(stderr, "workbook:", err)
			return 2
		}
	}
	return writeFile(*out, list, opt, stderr)
}

// loadProfile reads the profile a -profile flag names: a file when one
// exists at that path, else a built-in profile.
func loadProfile(arg string) (profile.Profile, error) {
	if st, err := os.Stat(arg); err == nil && st.Mode().IsRegular() {
		data, err := os.ReadFile(arg)
		if err != nil {
			return profile.Profile{}, err
		}
		return profile.Parse(data)
	}
	return profile.Lookup(arg)
}

func readRecords(path string, stdin io.Reader) ([]record.Case, error) {
	in := stdin
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		in = f
	}
	var list []record.Case
	err := record.DecodeEach(in, func(c record.Case) error {
		if len(list) == workbook.MaxCases {
			return fmt.Errorf("more than %d cases: a workbook holds at most %d", workbook.MaxCases, workbook.MaxCases)
		}
		list = append(list, c)
		return nil
	})
	if err == nil && len(list) == 0 {
		err = fmt.Errorf("%s holds no case record", path)
	}
	return list, err
}

// writeFile writes the workbook to a file beside path and renames it into
// place, so that a failure leaves no half-written workbook.
func writeFile(path string, list []record.Case, opt workbook.Options, stderr io.Writer) int {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".workbook-*.xlsx")
	if err != nil {
		fmt.Fprintln(stderr, "workbook:", err)
		return 1
	}
	defer os.Remove(tmp.Name())
	w := bufio.NewWriterSize(tmp, 1<<20)
	if err := workbook.Write(w, list, opt); err != nil {
		tmp.Close()
		fmt.Fprintln(stderr, "workbook:", err)
		var we *workbook.Error
		if errors.As(err, &we) {
			return 2
		}
		return 1
	}
	if err := w.Flush(); err != nil {
		tmp.Close()
		fmt.Fprintln(stderr, "workbook:", err)
		return 1
	}
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		fmt.Fprintln(stderr, "workbook:", err)
		return 1
	}
	if err := tmp.Close(); err != nil {
		fmt.Fprintln(stderr, "workbook:", err)
		return 1
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		fmt.Fprintln(stderr, "workbook:", err)
		return 1
	}
	return 0
}

// readBack writes the workbook's cases as JSON lines to stdout and, for a
// workbook written under an audit profile, names the profile on stderr,
// with the -profile that rates the JSON lines under it (they do not carry
// it).
func readBack(path string, stdout, stderr io.Writer) int {
	a, err := workbook.ReadAuditFile(path)
	if err != nil {
		fmt.Fprintln(stderr, "workbook:", err)
		return 2
	}
	lines, err := a.JSONLines()
	if err != nil {
		fmt.Fprintln(stderr, "workbook:", err)
		return 2
	}
	if _, err := stdout.Write(lines); err != nil {
		fmt.Fprintln(stderr, "workbook:", err)
		return 1
	}
	if !a.Profile.IsZero() {
		fmt.Fprintln(stderr, profileNote(a.Profile, path))
	}
	return 0
}

// profileNote names a workbook's profile and how to rate its JSON lines
// under it: a built-in profile by its token, any other by a profile file.
func profileNote(p profile.Profile, path string) string {
	ids := make([]string, len(p.KeyQuestions))
	for i, id := range p.KeyQuestions {
		ids[i] = string(id)
	}
	how := "inspect -profile FILE, FILE holding "
	if b, err := profile.Lookup(p.ID); err == nil && b.Equal(p) {
		how = "inspect -profile " + p.ID
	} else {
		j, _ := json.Marshal(p) // a Profile always marshals
		how += string(j)
	}
	return fmt.Sprintf("workbook: audit profile %s (%s): key questions %s. The JSON lines do not carry it: rate them under it with %s (inspect -cases %s reads it from the workbook).",
		p.Name, p.ID, strings.Join(ids, ", "), how, path)
}

// Command outline prints the domain two catalogue: the standards, their key
// questions and every question with its kind. Given standard, key-question or
// question IDs (in any printed form: "2.1", "P2", "A 1.1", "a1.s"), it prints
// each one's text and its guidance from the CARaG instead (for a standard, its
// key questions). Given -search and words, it searches the guidance.
//
//	go run ./examples/outline
//	go run ./examples/outline 2.1 "A 2.5"
//	go run ./examples/outline -search contingency
//	go run ./examples/outline -intro
//	go run ./examples/outline -format json -o carag.json
//	go run ./examples/outline -format xlsx -o framework.xlsx
//
// # Formats
//
// -format chooses what the whole catalogue is written as, for teams that
// keep the framework in their own tools:
//
//   - text (the default): the outline above.
//   - json: the catalogue data front ends can serve, byte for byte what
//     framework.CatalogueJSON returns and framework.Parse reads: the title
//     and publisher, the introduction, the source's key to question formats
//     ("key"), the standards, the key questions (with standard, phase, area,
//     text and guidance paragraphs) and the questions (with key question,
//     section, kind, whether the kind is inferred, answer kind, text and
//     guidance paragraphs), in source order, keyed by the canonical IDs.
//     Its JSON Schema (draft 2020-12) is catalogue.schema.json in this
//     directory, written from the Go types and the enums by go generate.
//   - schema: that JSON Schema.
//   - xlsx: a spreadsheet (it needs -o). The Questions sheet has one row a
//     question in source order: section, standard, key question, ID, the
//     number as printed, kind (and whether the key shows it or it is
//     inferred), answer kind, text, the CARaG's guidance, and for each
//     summary judgement what decides it (the summary rule of the CARaG with
//     its source, or the inspector). Further sheets hold the key questions
//     with their guidance, area and summary rule; the standards; the
//     source's key to question formats; and the catalogue's version and
//     licence. The workbook is written with the standard library
//     (internal/xlsx).
//
// -o FILE writes to FILE instead of standard output; a file is written
// only when all is well.
//
// Exit status:
//
//	0  all is well (also for -h and -version)
//	1  the output could not be written
//	2  bad usage, or an ID that is not in the catalogue: a message on
//	   standard error (the IDs that are in it are still printed); with
//	   -o, no file is written
package main

//go:generate go test -run ^TestCatalogueSchemaUpToDate$ -update

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/yjinspect/yjinspect/examples/internal/cmdinfo"
	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/guidance"
)

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

const usageLine = "usage: outline [-intro] [-search WORDS...] [-format text|json|schema|xlsx] [-o FILE] [-version] [ID ...]"

const exitText = `
Exit status:
  0  all is well (also for -h and -version)
  1  the output could not be written
  2  bad usage, or an ID that is not in the catalogue: a message on standard
     error (the IDs that are in it are still printed); with -o, no file is
     written
`

// formats are the values of -format.
var formats = []string{"text", "json", "schema", "xlsx"}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("outline", flag.ContinueOnError)
	fs.SetOutput(stderr)
	search := fs.Bool("search", false, "search the guidance for the words given as arguments (at least one)")
	intro := fs.Bool("intro", false, "print the CARaG's introduction and its key to question formats")
	format := fs.String("format", "text", "write the whole catalogue as `text`, json (the catalogue data), schema (its JSON Schema) or xlsx (a spreadsheet; needs -o)")
	outFile := fs.String("o", "", "write to `FILE` instead of standard output (only when all is well)")
	version := fs.Bool("version", false, "print the module version and the catalogue's digest, and exit")
	help := fs.Bool("h", false, "print this help and exit")
	fs.BoolVar(help, "help", false, "print this help and exit")
	fs.Usage = func() { fmt.Fprintf(stderr, "%s\nRun outline -h for help.\n", usageLine) }
	if err := fs.Parse(args); err != nil {
		return 2
	}
	usage := func(msg string) int {
		fmt.Fprintln(stderr, "outline:", msg)
		fs.Usage()
		return 2
	}
	switch {
	case *help:
		fmt.Fprintf(stdout, "%s\n\nPrint the domain two catalogue, or the text and CARaG guidance of the standards,\nkey questions and questions named (in any printed form: 2.1, P2, \"A 1.1\", a1.s).\nWith -format, write the whole catalogue as JSON, its JSON Schema or a spreadsheet.\n\nFlags:\n", usageLine)
		fs.SetOutput(stdout)
		fs.PrintDefaults()
		fmt.Fprint(stdout, exitText)
		return 0
	case *version:
		fmt.Fprint(stdout, cmdinfo.Version("outline"))
		return 0
	case !slices.Contains(formats, *format):
		return usage(fmt.Sprintf("-format %q is not one of %s", *format, strings.Join(formats, ", ")))
	case *format != "text" && (*search || *intro || fs.NArg() > 0):
		return usage("-format " + *format + " writes the whole catalogue: it takes no -search, -intro or IDs")
	case *format == "xlsx" && *outFile == "":
		return usage("-format xlsx needs -o FILE (a spreadsheet is not text for a terminal)")
	case *outFile != "" && (*search || *intro || fs.NArg() > 0):
		return usage("-o writes the whole catalogue: it takes no -search, -intro or IDs")
	}
	if *format != "text" || *outFile != "" {
		return export(*format, *outFile, stdout, stderr)
	}
	f := framework.DomainTwo()
	switch {
	case *intro:
		fmt.Fprintln(stdout, guidance.Introduction())
		return 0
	case *search:
		query := strings.TrimSpace(strings.Join(fs.Args(), " "))
		if query == "" {
			fmt.Fprintln(stderr, "outline: -search needs words to search for, e.g. outline -search contingency")
			fs.Usage()
			return 2
		}
		hits := guidance.Search(query)
		if len(hits) == 0 {
			fmt.Fprintln(stdout, "no guidance matches")
			return 0
		}
		for _, h := range hits {
			fmt.Fprintf(stdout, "%-16s %s\n%16s %s\n", h.ID, h.Title, "", h.Excerpt)
		}
		return 0
	case fs.NArg() > 0:
		return show(f, fs.Args(), stdout, stderr)
	}
	outline(f, stdout)
	return 0
}

// export writes the whole catalogue in a format, to the file named or else
// to stdout. The output is made in memory first, so that a file is written
// whole or not at all.
func export(format, name string, stdout, stderr io.Writer) int {
	f := framework.DomainTwo()
	var b bytes.Buffer
	switch format {
	case "text":
		outline(f, &b)
	case "json":
		b.Write(framework.CatalogueJSON())
	case "schema":
		b.Write(catalogueSchema)
	case "xlsx":
		if err := writeXLSX(f, &b); err != nil {
			fmt.Fprintln(stderr, "outline:", err)
			return 1
		}
	}
	if name == "" {
		if _, err := stdout.Write(b.Bytes()); err != nil {
			fmt.Fprintln(stderr, "outline:", err)
			return 1
		}
		return 0
	}
	if err := os.WriteFile(name, b.Bytes(), 0o644); err != nil {
		fmt.Fprintln(stderr, "outline:", err)
		return 1
	}
	return 0
}

func outline(f *framework.Framework, w io.Writer) {
	fmt.Fprintln(w, f.Version()) // the publisher, the document's title and the digest
	fmt.Fprintln(w)
	section := ""
	for _, q := range f.Questions() {
		if q.Section != section {
			section = q.Section
			fmt.Fprintln(w, strings.ToUpper(section))
		}
		if q.KeyQuestion != "" {
			if kq, _ := f.KeyQuestion(q.KeyQuestion); kq.Questions[0] == q.ID {
				std := ""
				if s, ok := standard(f, kq.Standard); ok {
					std = " (standard " + string(s.ID) + " " + s.Name + ")"
				}
				fmt.Fprintf(w, "  %s %s%s\n", kq.ID, kq.Text, std)
			}
		}
		fmt.Fprintf(w, "    %-16s %-11s %s\n", q.ID, q.Kind, q.Text)
	}
}

func show(f *framework.Framework, ids []string, stdout, stderr io.Writer) int {
	status := 0
	for i, arg := range ids {
		id, err := framework.ParseID(arg)
		if err != nil {
			fmt.Fprintln(stderr, "outline:", err)
			status = 2
			continue
		}
		var title string
		if q, ok := f.Question(id); ok {
			num := q.Number
			if num == "" {
				num = "(no number printed)"
			}
			title = fmt.Sprintf("%s %s [%s, %s]\n%s", id, num, q.Kind, q.Answer, q.Text)
		} else if kq, ok := f.KeyQuestion(id); ok {
			title = fmt.Sprintf("%s key question\n%s", id, kq.Text)
		} else if s, ok := standard(f, id); ok {
			var b strings.Builder
			fmt.Fprintf(&b, "%s standard\n%s\n\nKey questions:", id, s.Name)
			for _, k := range s.KeyQuestions {
				kq, _ := f.KeyQuestion(k)
				fmt.Fprintf(&b, "\n  %s %s", k, kq.Text)
			}
			title = b.String()
		} else {
			fmt.Fprintf(stderr, "outline: no standard, key question or question %s in the catalogue\n", id)
			status = 2
			continue
		}
		g, _ := guidance.For(id)
		if i > 0 {
			fmt.Fprintln(stdout)
		}
		if g == "" {
			fmt.Fprintf(stdout, "%s\n", title)
			continue
		}
		fmt.Fprintf(stdout, "%s\n\n%s\n", title, g)
	}
	return status
}

// standard looks a standard up among the catalogue's four.
func standard(f *framework.Framework, id framework.ID) (framework.Standard, bool) {
	for _, s := range f.Standards() {
		if s.ID == id {
			return s, true
		}
	}
	return framework.Standard{}, false
}

// Command outline prints the domain two catalogue: the standards, their key
// questions and every question with its kind. Given question or key-question
// IDs (in any printed form: "A 1.1", "a1.s", "P2"), it prints each one's text
// and its guidance from the CARaG instead. Given -search and words, it searches
// the guidance.
//
//	go run ./examples/outline
//	go run ./examples/outline "A 2.5"
//	go run ./examples/outline -search contingency
//	go run ./examples/outline -intro
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/guidance"
)

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("outline", flag.ContinueOnError)
	fs.SetOutput(stderr)
	search := fs.Bool("search", false, "search the guidance for the words given as arguments")
	intro := fs.Bool("intro", false, "print the CARaG's introduction and its key to question formats")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: outline [-intro] [-search words...] [ID ...]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	f := framework.DomainTwo()
	switch {
	case *intro:
		fmt.Fprintln(stdout, guidance.Introduction())
		return 0
	case *search:
		hits := guidance.Search(strings.Join(fs.Args(), " "))
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

func outline(f *framework.Framework, w io.Writer) {
	fmt.Fprintln(w, f.Version())
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
				if s, ok := f.Standard(kq.Standard); ok {
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
		} else {
			fmt.Fprintf(stderr, "outline: no question or key question %s in the catalogue\n", id)
			status = 2
			continue
		}
		g, _ := guidance.For(id)
		if i > 0 {
			fmt.Fprintln(stdout)
		}
		fmt.Fprintf(stdout, "%s\n\n%s\n", title, g)
	}
	return status
}

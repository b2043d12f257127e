// Command inspect rates inspections' judged cases and prints a report: for
// each standard of domain two, each key question's percentage of cases
// judged Yes and the standard's rating; the classification analysis (High
// and Very high shares, agreement between case manager and inspector,
// under- and over-classification, kappa, each with its reading); the most
// frequent safety concerns and assessment problems; the excluded and
// undecided cases; and the findings, each error with the cases that carry
// it. A standard rated from only some of its key questions, and an
// inspection of fewer cases than the methodology's minimum sample, say so.
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
// With -profile NAME|FILE it rates only the key questions of an audit
// profile (package profile): a built-in one or a profile file. Every form
// and page of the report says so; a standard the profile covers in part is
// marked partial, and no points or overall rating are given. An audit
// workbook (-cases audit.xlsx, package workbook) written under a profile
// records it, and is rated under it without -profile; -profile, when
// given, wins (-profile whole rates every key question of such a
// workbook). -profile does not go with -moderate, which compares every key
// question and does not apply a workbook's profile either:
//
//	go run ./examples/inspect -cases cases.jsonl -profile keeping-other-people-safe
//	go run ./examples/inspect -cases audit.xlsx            # under the workbook's own profile, if it has one
//
// It reads records a batch at a time, decoding and judging them on every
// core (record.DecodeEachWith), counting them in input order, and
// keeps no case once counted, so memory stays flat however many there are,
// apart from the set of case IDs seen, to catch a repeated one (about 16
// bytes a case), and the IDs of the cases behind each error finding,
// which every form of the report names, kept flat within a budget of
// 1 MiB (past it they are counted, and the report says how many are not
// listed): a million synthetic cases peak at about 51-59 MB. It sets no memory
// limit of its own (GOMEMLIMIT is the Go runtime's, as for any Go program):
// a fixed limit below the live data of -moderate, which holds both files,
// made the collector run without end (2-2.6x the wall time, 3-4x the CPU
// at 100,000 cases).
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
	"os"

	"github.com/yjinspect/yjinspect/examples/internal/report"
)

func main() {
	os.Exit(report.Run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr, isTerminal(os.Stderr)))
}

// isTerminal reports whether f is a character device (a terminal), without
// a dependency: a progress bar goes only to a terminal.
func isTerminal(f *os.File) bool {
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

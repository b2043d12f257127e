// Command webform is a small web application an inspector uses to record
// one case of the domain two (court disposals) case inspection framework:
// the answers to every question with the CARaG guidance beside it, the facts
// the rules read, and, on saving, the summary judgement of each key question
// with how it was decided, the findings, the two classification verdicts and
// the exclusion decision.
//
//	go run ./examples/webform                   # http://127.0.0.1:8080, cases in memory
//	go run ./examples/webform -file cases.json  # keep cases in a JSON file
//	go run ./examples/webform -addr 127.0.0.1:9000
//
// It is meant for one person on their own machine: it has no accounts and
// listens on the loopback address by default. It sends nothing anywhere and
// loads nothing from the network; it escapes everything it shows, protects
// its forms against cross-site request forgery, and logs only the address it
// listens on, never case data. The file given with -file holds case records
// (a JSON array in the form judgement.Decode reads) and is written readable
// by its owner only.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"
)

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

// run starts the server and serves until interrupted (SIGINT or SIGTERM).
// It returns the exit code.
func run(args []string, stdout, stderr io.Writer) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	return runContext(ctx, args, stdout, stderr)
}

// runContext is run until ctx is done.
func runContext(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("webform", flag.ContinueOnError)
	fs.SetOutput(stderr)
	addr := fs.String("addr", "127.0.0.1:8080", "`address` to listen on (host:port; port 0 picks a free one)")
	var extraHosts stringList
	fs.Var(&extraHosts, "allow-host", "also answer requests for this host `name` (repeatable; e.g. a name in /etc/hosts that points to this machine). Requests for any other Host get 421")
	file := fs.String("file", "", "keep cases in this JSON `file` (created if missing); without it cases are kept in memory only")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: webform [-addr host:port] [-file cases.json] [-allow-host name]...")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintln(stderr, "webform: unexpected arguments")
		fs.Usage()
		return 2
	}

	var store Store = newMemStore()
	if *file != "" {
		fstore, err := openFileStore(*file)
		if err != nil {
			fmt.Fprintln(stderr, "webform:", err)
			return 1
		}
		store = fstore
	}

	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintln(stderr, "webform:", err)
		return 1
	}
	errorLog := log.New(stderr, "webform: ", 0)
	srv := &http.Server{
		Handler:           newServer(store, errorLog, allowedHosts(ln.Addr().String(), extraHosts)),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      30 * time.Second,
		IdleTimeout:       2 * time.Minute,
		ErrorLog:          errorLog,
	}
	// The only thing ever logged: where to find the form.
	fmt.Fprintf(stdout, "webform: listening on http://%s\n", ln.Addr())
	if tcp, ok := ln.Addr().(*net.TCPAddr); ok && !tcp.IP.IsLoopback() {
		fmt.Fprintln(stderr, "webform: warning: not a loopback address; the form has no accounts, so anyone who can reach it can read and change the cases")
	}

	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	select {
	case err := <-served:
		fmt.Fprintln(stderr, "webform:", err)
		return 1
	case <-ctx.Done():
	}
	shutdownCtx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdownCtx); err != nil {
		fmt.Fprintln(stderr, "webform:", err)
		return 1
	}
	return 0
}

// stringList is a repeatable string flag.
type stringList []string

func (l *stringList) String() string     { return strings.Join(*l, ",") }
func (l *stringList) Set(v string) error { *l = append(*l, v); return nil }

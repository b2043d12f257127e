// Command webform is a small web application an inspector uses to record
// one case of the domain two (court disposals) case inspection framework:
// the answers to every question with the CARaG guidance beside it, the facts
// the rules read, and, on saving, the summary judgement of each key question
// with how it was decided, the findings, the two classification verdicts and
// the exclusion decision.
//
//	go run -C examples/webform .                        # http://127.0.0.1:8080
//	go run -C examples/webform . -db team-a.db         # keep the cases in another database
//	go run -C examples/webform . -addr 127.0.0.1:9000
//	go run -C examples/webform . -db team-a.db -import cases.jsonl   # import, all or none, and exit
//	go run -C examples/webform . -db team-a.db -backup backups/      # a consistent copy, and exit
//	go run -C examples/webform . -version
//
// Cases are kept in an SQLite database (store.go; the pure-Go driver
// modernc.org/sqlite), by default cases.db in the directory yjinspect under
// the user's configuration directory (os.UserConfigDir: $XDG_CONFIG_HOME or
// ~/.config on Linux, ~/Library/Application Support on macOS, %AppData% on
// Windows); -db names another. The program prints the database's path when
// it starts, and the list of cases shows it. The database and its files are
// readable by their owner only. Beside it the program keeps <db>.lock,
// locked while a server uses the database: a second server on the same
// database refuses to start; and <db>.last-backup, the path of the last
// copy made with -backup, which the error about a damaged database names.
//
// Every save is one transaction, synced to disk before the page says it is
// saved. Every version of a case is kept with who saved it, when and what
// changed; a deleted case keeps its history and can be restored. A case
// edited in two tabs cannot be saved over the other tab's change unseen:
// the second save gets a conflict message and keeps both. "Export all
// cases" downloads every case as JSON lines, which -import reads back.
// -import, and the import on the list page, also take an audit workbook
// (.xlsx, written by the workbook command and filled in a spreadsheet).
//
// Earlier versions kept the cases in a file of JSON lines (cases.jsonl
// beside the default database, or the file given with -file): when it makes
// the default database (or any database, given -file), the program imports
// that file, says so, and leaves it as it was.
//
// It is meant for one person on their own machine: it has no accounts and
// listens on the loopback address by default, answering only requests
// addressed to that address or to localhost (and to names given with
// -allow-host), which stops DNS-rebinding attacks. It sends nothing anywhere
// and loads nothing from the network; it escapes everything it shows,
// protects its forms against cross-site request forgery, and logs only the
// path of its database, what it imported, and the address it listens on,
// never case data.
//
// Exit codes: 0 when stopped by an interrupt (Ctrl-C) or SIGTERM, and after
// -h, -version, or a done -import or -backup; 1 when it cannot start or
// serve (the database cannot be opened, is not a web form database or is
// used by another webform, the address cannot be listened on) or -backup
// fails; 2 for a usage error, or an -import refused (nothing imported).
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
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/yjinspect/yjinspect/examples/internal/cmdinfo"
	"github.com/yjinspect/yjinspect/record"
	"github.com/yjinspect/yjinspect/workbook"
)

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

// run starts the server and serves until interrupted (SIGINT or SIGTERM).
// It returns the exit code.
func run(args []string, stdout, stderr io.Writer) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	return runContext(ctx, args, stdout, stderr)
}

// usageText follows the flags in webform -h.
const usageText = `
Exit codes:
  0  stopped by an interrupt (Ctrl-C) or SIGTERM; also after -h and -version,
     and after -import or -backup did their work
  1  could not start or serve: the database cannot be opened or is not a
     web form database, is used by another webform (see its .lock file),
     or the address cannot be used; -backup failed
  2  usage error: an unknown flag or an argument; -import refused the
     cases (nothing was imported)
`

// runContext is run until ctx is done.
func runContext(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("webform", flag.ContinueOnError)
	fs.SetOutput(stderr)
	addr := fs.String("addr", "127.0.0.1:8080", "`address` to listen on (host:port; port 0 picks a free one)")
	var extraHosts stringList
	fs.Var(&extraHosts, "allow-host", "also answer requests for this host `name` (repeatable; e.g. a name in /etc/hosts that points to this machine). Requests for any other Host get 421")
	defaultDB, defaultErr := defaultStorePath("cases.db")
	defaultFile, _ := defaultStorePath("cases.jsonl")
	dbHelp := "keep the cases in this SQLite database `file` (created if missing)"
	if defaultErr == nil {
		dbHelp += "; the default is in the user's configuration directory"
	}
	db := fs.String("db", defaultDB, dbHelp)
	file := fs.String("file", defaultFile, "the `file` of JSON lines that earlier versions kept the cases in: imported into a new database on its first start, and kept as it was. Given without -db, the database is beside it, named after it with .db")
	importFrom := fs.String("import", "", "import the cases of this `file` (JSON lines or a JSON array) into the database, all or none, and exit")
	backupTo := fs.String("backup", "", "write a consistent copy of the database into this `directory` (created if missing) and exit")
	version := fs.Bool("version", false, "print the program's version and the catalogue's, and exit")
	usage := func(w io.Writer) {
		fmt.Fprintln(w, "usage: webform [-addr host:port] [-db cases.db] [-file cases.jsonl] [-allow-host name]...\n       webform [-db cases.db] -import cases.jsonl\n       webform [-db cases.db] -backup dir\n       webform -version")
		fmt.Fprintln(w, "\nRecord cases of the domain two inspection framework in the browser.\n\nFlags:")
		fs.SetOutput(w)
		fs.PrintDefaults()
		fs.SetOutput(stderr)
		fmt.Fprint(w, usageText)
	}
	fs.Usage = func() {} // printed below, to stdout for -h
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			usage(stdout)
			return 0
		}
		usage(stderr)
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintln(stderr, "webform: unexpected arguments")
		usage(stderr)
		return 2
	}
	if *version {
		fmt.Fprint(stdout, cmdinfo.Version("webform"))
		return 0
	}
	given := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { given[f.Name] = true })
	if *importFrom != "" && *backupTo != "" {
		fmt.Fprintln(stderr, "webform: give -import or -backup, not both")
		return 2
	}
	if given["file"] && !given["db"] && *file != "" {
		*db = strings.TrimSuffix(*file, filepath.Ext(*file)) + ".db"
	}
	if *db == "" {
		fmt.Fprintln(stderr, "webform: no database: the user's configuration directory is unknown ("+errString(defaultErr)+"); give one with -db")
		return 1
	}
	if *db == defaultDB {
		if err := os.MkdirAll(filepath.Dir(defaultDB), 0o700); err != nil {
			fmt.Fprintln(stderr, "webform:", err)
			return 1
		}
	}
	_, statErr := os.Stat(*db)
	isNew := errors.Is(statErr, os.ErrNotExist)
	store, err := openStore(*db)
	if err != nil {
		fmt.Fprintln(stderr, "webform:", err)
		return 1
	}
	defer store.Close()

	switch {
	case *importFrom != "":
		n, err := importFile(store, *importFrom)
		if err != nil {
			fmt.Fprintln(stderr, "webform:", err)
			var ie *importError
			if errors.As(err, &ie) {
				return 2
			}
			return 1
		}
		fmt.Fprintf(stdout, "webform: imported %d cases from %s into %s\n", n, *importFrom, store.Path())
		return 0
	case *backupTo != "":
		out, err := store.Backup(*backupTo)
		if err != nil {
			fmt.Fprintln(stderr, "webform:", err)
			return 1
		}
		fmt.Fprintf(stdout, "webform: wrote a copy of %s to %s\n", store.Path(), out)
		return 0
	}

	// The JSON-lines store of earlier versions: the one given, or the
	// default one for the default database.
	legacy := ""
	if given["file"] {
		legacy = *file
	} else if *db == defaultDB {
		legacy = defaultFile
	}
	if isNew && legacy != "" {
		// The first start after an upgrade: the cases of the JSON-lines
		// store come into the new database; the old file stays as it was.
		n, err := importFile(store, legacy)
		switch {
		case errors.Is(err, os.ErrNotExist):
		case err != nil:
			_ = store.Close()
			removeDatabase(*db)
			fmt.Fprintf(stderr, "webform: the new database %s was not made: %v\n", *db, err)
			return 1
		default:
			fmt.Fprintf(stdout, "webform: imported %d cases from %s (kept as it was) into %s\n", n, legacy, store.Path())
		}
	}
	fmt.Fprintf(stdout, "webform: cases are kept in %s\n", store.Path())

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
	// Besides the file's path, the only thing ever logged: where to find
	// the form.
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

// defaultStorePath is the file name in the directory yjinspect of the
// user's configuration directory.
func defaultStorePath(name string) (string, error) {
	dir, err := os.UserConfigDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(dir, "yjinspect", name), nil
}

// importFile imports the cases of a file of JSON lines or a JSON array into
// st, all or none. Errors that refuse the import are *importError, naming
// the file, the line or record, the case, the field and the bad value.
func importFile(st store, path string) (int, error) {
	if strings.EqualFold(filepath.Ext(path), ".xlsx") { // an audit workbook
		cases, err := workbook.ReadFile(path)
		if err != nil {
			return 0, &importError{Source: path, Reason: strings.TrimPrefix(err.Error(), "workbook: "), Err: err}
		}
		return importCases(st, path, cases)
	}
	f, err := os.Open(path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	var cases []record.Case
	if err := record.DecodeEach(f, func(c record.Case) error {
		cases = append(cases, c)
		return nil
	}); err != nil {
		ie := &importError{Source: path, Err: err}
		var de *record.DecodeError
		if errors.As(err, &de) {
			ie.Line, ie.Index, ie.Case, ie.Field, ie.Value, ie.Reason = de.Line, de.Index, de.Case, de.Field, de.Value, de.Reason
		} else {
			ie.Reason = err.Error()
		}
		return 0, ie
	}
	return importCases(st, path, cases)
}

// importCases imports cases read from path into st, all or none.
func importCases(st store, path string, cases []record.Case) (int, error) {
	n, err := st.Import(cases, "")
	var ie *importError
	if errors.As(err, &ie) {
		ie.Source = path
	}
	return n, err
}

// removeDatabase removes a database this run made and could not fill.
func removeDatabase(path string) {
	for _, p := range []string{path, path + "-wal", path + "-shm"} {
		_ = os.Remove(p)
	}
}

func errString(err error) string {
	if err == nil {
		return "no error"
	}
	return err.Error()
}

// stringList is a repeatable string flag.
type stringList []string

func (l *stringList) String() string     { return strings.Join(*l, ",") }
func (l *stringList) Set(v string) error { *l = append(*l, v); return nil }

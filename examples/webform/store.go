package main

import (
	"bytes"
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"

	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/judgement"
	"github.com/yjinspect/yjinspect/record"
	"github.com/yjinspect/yjinspect/sampling"
)

// The store's refusals (errors.Is). The handlers turn them into messages
// for people.
var (
	// errNotFound: no current case has the ID (it was never stored, or it
	// is deleted).
	errNotFound = errors.New("no case with this ID is stored")
	// errChanged: the case was changed since the version the caller saw.
	errChanged = errors.New("the case was changed since it was loaded")
	// errDeleted: the case the caller edited is no longer stored.
	errDeleted = errors.New("the case was deleted since it was loaded")
	// errExists: another case already has the ID.
	errExists = errors.New("a case with this ID is already stored")
)

// caseStatus is what Judge made of the stored record when it was saved.
type caseStatus uint8

const (
	statusIncomplete caseStatus = iota + 1 // some key question not judged
	statusComplete                         // every key question judged
	statusExcluded                         // the case is excluded from the sample
)

// statusFilter selects cases for the list; the zero value selects all.
type statusFilter uint8

const (
	filterAll statusFilter = iota
	filterComplete
	filterIncomplete
	filterExcluded
	filterHasErrors
)

// noInspection, as listQuery.Inspection, selects the cases with no
// inspection.
const noInspection = "\x00none"

// storedCase is one stored case at its current version.
type storedCase struct {
	Case     record.Case
	Version  int64     // 1, 2, ...: rises by one on every save, delete or restore of the ID
	Reviewer string    // who made this version ("" when not given)
	Saved    time.Time // when, UTC
	Status   caseStatus
	// Errors and Warnings count the error and warning findings of
	// judgement.Judge.
	Errors, Warnings int
}

// listRow is a case as the list shows it: no record, so a page is cheap.
type listRow struct {
	ID, Inspection, Reviewer string
	Saved                    time.Time
	Status                   caseStatus
	Errors, Warnings         int
	Version                  int64
	Synthetic                bool // the record is marked synthetic: no real child
}

// listQuery selects a page of the list.
type listQuery struct {
	Inspection string // "" for any; noInspection for none
	Status     statusFilter
	Search     string // case-insensitive substring of the ID; "" for any
	Deleted    bool   // list deleted cases (which can be restored) instead of current ones
	Page       int    // 1-based; values < 1 mean 1
	PerPage    int    // default 50, at most 200
}

// listPage is one page of the list.
type listPage struct {
	Rows               []listRow // sorted by ID
	Total, Page, Pages int       // matching cases; this page; pages (at least 1)
}

// The list's page sizes.
const (
	defaultPerPage = 50
	maxPerPage     = 200
)

// inspectionCount is the number of current cases of one inspection.
type inspectionCount struct {
	Inspection string // "" for cases with no inspection
	Cases      int
}

// version is one saved version of a case in its history.
type version struct {
	N        int64
	Action   string // "saved", "imported", "deleted" or "restored"
	Reviewer string
	Saved    time.Time
	// Changed names what differs from the previous version (nothing for
	// the first version of an ID): question IDs
	// in catalogue order, then the other fields of the record as JSON paths
	// ("factors.childSafety", the fact paths of record.Fact), in the order
	// the record writes them; notes as "notes.P1.1", "notes.case".
	Changed []string
	Record  []byte // the compact JSON record of this version (record.Case MarshalJSON)
}

// The history's actions.
const (
	actionSaved    = "saved"
	actionImported = "imported"
	actionDeleted  = "deleted"
	actionRestored = "restored"
)

// importError says why an import was refused; nothing was imported. Its
// Error names the source (a file name, or "pasted records"), the line or
// record, the case, the field and the bad value, as record.DecodeError
// does, and nothing else of the record.
type importError struct {
	Source string // the file's name, or "pasted records"
	Line   int    // the 1-based line of the record in JSON lines; 0 when not known
	Index  int    // the 1-based position of the record in what was imported
	Case   string // the case ID; "" when it could not be read
	Field  string // the field at fault, e.g. "id" or "answers[A1.1]"
	Value  string // the bad value, cut to 64 bytes
	Reason string // what is wrong
	Err    error  // the underlying error: a *record.DecodeError, errExists, record.ErrBadID, ...
}

func (e *importError) Error() string {
	var b strings.Builder
	b.WriteString("nothing was imported: ")
	if e.Source != "" {
		b.WriteString(e.Source)
		b.WriteString(": ")
	}
	var de *record.DecodeError
	if errors.As(e.Err, &de) {
		// It names the line or record, the case, the field and the value.
		b.WriteString(de.Error())
		return b.String()
	}
	switch {
	case e.Line > 0:
		fmt.Fprintf(&b, "line %d: ", e.Line)
	case e.Index > 0:
		fmt.Fprintf(&b, "record %d: ", e.Index)
	}
	if e.Case != "" {
		fmt.Fprintf(&b, "case %q: ", e.Case)
	}
	if e.Field != "" {
		fmt.Fprintf(&b, "%s", e.Field)
		if e.Value != "" {
			fmt.Fprintf(&b, " %q", e.Value)
		}
		b.WriteString(": ")
	}
	b.WriteString(e.Reason)
	return b.String()
}

func (e *importError) Unwrap() error { return e.Err }

// store keeps the web form's cases. The server uses it through this
// interface only.
type store interface {
	// Get returns the current version of a case: errNotFound when there
	// is none (also for a deleted case).
	Get(id string) (storedCase, error)
	// Save stores c. orig is the ID the edit started from ("" for a new
	// case, or c.ID); base the version it started from (0 for new). A new
	// case whose ID exists: errExists. A changed case: errChanged; a
	// deleted one: errDeleted. A renamed case (orig != c.ID) moves its
	// history to the new ID.
	Save(c record.Case, orig string, base int64, reviewer string) (storedCase, error)
	// Delete deletes a case, keeping its history: errNotFound when there is
	// no current case with the ID; errChanged when base is not 0 and the
	// case is no longer at version base.
	Delete(id string, base int64, reviewer string) error
	// Restore brings a deleted case back, as its last version.
	Restore(id, reviewer string) (storedCase, error)
	// List returns one page of the current (or deleted) cases.
	List(q listQuery) (listPage, error)
	// History returns every version of a case, newest first; it works for
	// deleted cases; errNotFound if the ID was never stored.
	History(id string) ([]version, error)
	// Inspections counts the current cases by inspection, sorted.
	Inspections() ([]inspectionCount, error)
	// Import stores cases all or nothing: any case whose ID is stored, or
	// given twice, refuses the lot (errExists wrapped in *importError
	// naming the case).
	Import(cases []record.Case, reviewer string) (int, error)
	// Export writes the current cases of an inspection ("" for all,
	// noInspection for those with none) as JSON lines sorted by ID, which
	// Import and record.DecodeEach read back to the same cases.
	Export(w io.Writer, inspection string) error
	// Each calls fn with the current cases of an inspection ("" for all,
	// noInspection for none) in ID order, for reports; it stops at fn's
	// first error and returns it.
	Each(inspection string, fn func(record.Case) error) error
	// Secret returns the key of the forms' security tokens.
	Secret() []byte
	// Path returns the database file ("" for a store in memory).
	Path() string
	// Close closes the store.
	Close() error
}

// caseStore is the store in an SQLite database, through the pure-Go driver
// modernc.org/sqlite (no cgo). The database (schema in migrations) has:
//
//   - cases: one row per case ID, with its current record (compact JSON),
//     version, reviewer, time, the status and finding counts Judge gave it,
//     and whether it is deleted (a deleted case keeps its row, so that it
//     can be restored);
//   - history: every version of every case: its record, the action, the
//     reviewer, the time and the changed fields;
//   - meta: the key of the forms' security tokens.
//
// The database runs in WAL mode with synchronous=FULL: a save is
// acknowledged only once it is on disk, so that neither a crash nor a power
// cut loses it. Every change is one transaction; writes are serialized in
// the process (mu) and, across processes, by SQLite's lock with a busy
// timeout. While a file store is open it also holds a lock on <file>.lock,
// so that a second webform on the same database refuses to start.
//
// It is safe for concurrent use and hands out copies.
type caseStore struct {
	db     *sql.DB
	path   string   // "" for a memory store
	lock   *os.File // held while a file store is open
	key    []byte
	mu     sync.Mutex // serializes writes
	closed atomic.Bool
	now    func() time.Time
}

var _ store = (*caseStore)(nil)

// The database's identity and schema version.
const (
	// appID is PRAGMA application_id of a web form database: "yjwf".
	appID = 0x796a7766
)

// schemaVersion is PRAGMA user_version after every migration.
var schemaVersion = len(migrations)

// migrations[i] brings a database from user_version i to i+1. Never change
// one that was released: add another.
var migrations = []string{
	// 1: cases, history, meta.
	`CREATE TABLE cases (
		id         TEXT PRIMARY KEY NOT NULL,
		folded     TEXT NOT NULL, -- the ID in lower case, which the search reads
		inspection TEXT NOT NULL DEFAULT '',
		version    INTEGER NOT NULL,
		reviewer   TEXT NOT NULL DEFAULT '',
		saved      INTEGER NOT NULL, -- Unix time in nanoseconds, UTC
		status     INTEGER NOT NULL,
		errors     INTEGER NOT NULL,
		warnings   INTEGER NOT NULL,
		deleted    INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
		record     BLOB NOT NULL -- last, so that the list reads no record
	);
	-- The list reads only these covering indexes, in ID order.
	CREATE INDEX cases_list ON cases (deleted, id, folded, inspection, status, errors, warnings, version, reviewer, saved);
	CREATE INDEX cases_inspection ON cases (deleted, inspection, id, status, errors, warnings, version, reviewer, saved);
	CREATE INDEX cases_status ON cases (deleted, status, id, inspection, errors, warnings, version, reviewer, saved);
	CREATE INDEX cases_errors ON cases (deleted, id, inspection, status, errors, warnings, version, reviewer, saved) WHERE errors > 0;
	CREATE TABLE history (
		id       TEXT NOT NULL REFERENCES cases (id) ON UPDATE CASCADE,
		n        INTEGER NOT NULL,
		action   TEXT NOT NULL CHECK (action IN ('saved', 'imported', 'deleted', 'restored')),
		reviewer TEXT NOT NULL DEFAULT '',
		saved    INTEGER NOT NULL,
		changed  TEXT NOT NULL DEFAULT '[]', -- JSON array of strings
		record   BLOB NOT NULL,
		PRIMARY KEY (id, n)
	);
	CREATE TABLE meta (
		key   TEXT PRIMARY KEY NOT NULL,
		value BLOB NOT NULL
	);`,
	// 2: the synthetic flag, which the list shows. Every stored record is
	// compact JSON as record.Case's MarshalJSON writes it, where
	// "synthetic":true can stand only as the top-level field (a quote
	// inside a string is escaped).
	`ALTER TABLE cases ADD COLUMN synthetic INTEGER NOT NULL DEFAULT 0 CHECK (synthetic IN (0, 1));
	UPDATE cases SET synthetic = instr(CAST(record AS TEXT), '"synthetic":true') > 0;
	DROP INDEX cases_list;
	DROP INDEX cases_inspection;
	DROP INDEX cases_status;
	DROP INDEX cases_errors;
	CREATE INDEX cases_list ON cases (deleted, id, folded, inspection, status, errors, warnings, version, reviewer, saved, synthetic);
	CREATE INDEX cases_inspection ON cases (deleted, inspection, id, status, errors, warnings, version, reviewer, saved, synthetic);
	CREATE INDEX cases_status ON cases (deleted, status, id, inspection, errors, warnings, version, reviewer, saved, synthetic);
	CREATE INDEX cases_errors ON cases (deleted, id, inspection, status, errors, warnings, version, reviewer, saved, synthetic) WHERE errors > 0;`,
}

// sqliteMagic starts every SQLite 3 database file.
const sqliteMagic = "SQLite format 3\x00"

// keySize is the size of the key of the forms' security tokens.
const keySize = 32

func randomKey() []byte {
	k := make([]byte, keySize)
	_, _ = rand.Read(k) // crypto/rand never fails on supported platforms (it crashes the program instead)
	return k
}

// memStores numbers the memory stores.
var memStores atomic.Int64

// newMemStore returns an empty store in memory, for tests: an SQLite
// database of its own on one connection.
func newMemStore() *caseStore {
	name := "file:webform-mem-" + strconv.FormatInt(memStores.Add(1), 10) + "?mode=memory"
	s, err := openDB(name, "")
	if err != nil {
		panic(err) // an in-memory database cannot fail to open but by a bug the tests catch
	}
	return s
}

// openStore opens the database at path, creating it (readable by its owner
// only) when missing, migrating it to the current schema, and
// locking it (<path>.lock) so that no other webform uses it while it is
// open. It refuses a file that is not a web form database, or is damaged,
// with an error naming the file and the backup to restore from. Close
// releases the lock.
func openStore(path string) (*caseStore, error) {
	lock, err := lockFile(path + ".lock")
	if err != nil {
		return nil, err
	}
	if err := checkFile(path); err != nil {
		_ = unlockFile(lock)
		return nil, err
	}
	s, err := openDB(path, path)
	if err != nil {
		_ = unlockFile(lock)
		return nil, err
	}
	s.lock = lock
	return s, nil
}

// checkFile refuses a file at path that is not an SQLite database, and
// creates a missing one readable by its owner only (SQLite gives its -wal
// and -shm files the same mode).
func checkFile(path string) error {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return err
	}
	defer f.Close()
	head := make([]byte, len(sqliteMagic))
	n, err := io.ReadFull(f, head)
	switch {
	case n == 0 && errors.Is(err, io.EOF):
		return nil // new, or empty: SQLite makes it a database
	case err != nil && !errors.Is(err, io.ErrUnexpectedEOF):
		return err
	case string(head[:n]) != sqliteMagic:
		return refusal(path, "is not a web form database (not an SQLite file)")
	}
	return nil
}

// refusal is the error for a database file that cannot be used: it names
// the file and how to get the cases back.
func refusal(path, why string) error {
	msg := fmt.Sprintf("%s %s. Nothing was changed. Restore the database from a backup", path, why)
	if b, err := os.ReadFile(lastBackupFile(path)); err == nil && len(b) > 0 {
		msg += fmt.Sprintf(" (the last one made with -backup is %s)", strings.TrimSpace(string(b)))
	} else {
		msg += " made with -backup (none is recorded beside this database)"
	}
	msg += ": stop the web form, then copy the backup over " + path + " and delete " + path + "-wal and " + path + "-shm if they exist; or give another database with -db"
	return errors.New(msg)
}

// lastBackupFile is where the path of the last backup of the database at
// path is kept.
func lastBackupFile(path string) string { return path + ".last-backup" }

// openDB opens an SQLite database by its driver name, sets it up, and
// migrates it. path is the file ("" for memory).
func openDB(name, path string) (*caseStore, error) {
	q := url.Values{}
	for _, p := range []string{
		"busy_timeout(10000)",
		"foreign_keys(1)",
		"synchronous(FULL)",
	} {
		q.Add("_pragma", p)
	}
	q.Set("_txlock", "immediate")
	dsn := name
	if strings.Contains(dsn, "?") {
		dsn += "&" + q.Encode()
	} else {
		dsn += "?" + q.Encode()
	}
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, err
	}
	s := &caseStore{db: db, path: path, now: func() time.Time { return time.Now().UTC() }}
	if path == "" {
		// One connection: each connection to "mode=memory" is a database
		// of its own.
		db.SetMaxOpenConns(1)
	} else {
		db.SetMaxOpenConns(8)
		db.SetMaxIdleConns(4)
	}
	if err := s.setUp(); err != nil {
		_ = db.Close()
		if path != "" {
			if errors.Is(err, errRefused) {
				return nil, refusal(path, strings.TrimPrefix(err.Error(), errRefused.Error()+": "))
			}
			if isCorrupt(err) {
				return nil, refusal(path, "is damaged ("+err.Error()+")")
			}
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		return nil, err
	}
	return s, nil
}

// errRefused marks a database that is not one this program can use.
var errRefused = errors.New("refused")

// isCorrupt reports whether err is SQLite's "not a database" or "malformed".
func isCorrupt(err error) bool {
	var se *sqlite.Error
	if errors.As(err, &se) {
		switch se.Code() & 0xff {
		case sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB:
			return true
		}
	}
	return false
}

// setUp checks the database's identity, migrates it, and loads the key.
func (s *caseStore) setUp() error {
	ctx := context.Background()
	// Who made the database is read before anything is written to it, so
	// that a foreign file is left as it was.
	var id, v int64
	if err := s.db.QueryRowContext(ctx, "PRAGMA application_id").Scan(&id); err != nil {
		return err
	}
	if err := s.db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
		return err
	}
	var objects int
	if err := s.db.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_schema").Scan(&objects); err != nil {
		return err
	}
	isNew := id == 0 && v == 0 && objects == 0
	switch {
	case isNew:
	case id != appID:
		return fmt.Errorf("%w: is an SQLite database of another program, not of the web form", errRefused)
	case v > int64(schemaVersion):
		return fmt.Errorf("%w: was written by a newer version of the web form (schema %d; this one knows %d): use that version", errRefused, v, schemaVersion)
	}
	if s.path != "" {
		var mode string
		if err := s.db.QueryRowContext(ctx, "PRAGMA journal_mode=WAL").Scan(&mode); err != nil {
			return err
		}
		if mode != "wal" {
			return fmt.Errorf("cannot use the WAL journal (SQLite kept %q)", mode)
		}
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if isNew {
		if _, err := tx.Exec(fmt.Sprintf("PRAGMA application_id = %d", appID)); err != nil {
			return err
		}
	}
	for i := v; i < int64(schemaVersion); i++ {
		if _, err := tx.Exec(migrations[i]); err != nil {
			return fmt.Errorf("migrating the database to schema %d: %w", i+1, err)
		}
	}
	if v < int64(schemaVersion) {
		if _, err := tx.Exec(fmt.Sprintf("PRAGMA user_version = %d", schemaVersion)); err != nil {
			return err
		}
	}
	err = tx.QueryRow("SELECT value FROM meta WHERE key = 'token-key'").Scan(&s.key)
	if errors.Is(err, sql.ErrNoRows) || err == nil && len(s.key) != keySize {
		s.key = randomKey()
		_, err = tx.Exec("INSERT OR REPLACE INTO meta (key, value) VALUES ('token-key', ?)", s.key)
	}
	if err != nil {
		return err
	}
	// Touch both tables, so that a damaged database is found now rather
	// than at the first save.
	var n int
	if err := tx.QueryRow("SELECT count(*) FROM cases").Scan(&n); err != nil {
		return err
	}
	if err := tx.QueryRow("SELECT count(*) FROM (SELECT 1 FROM history LIMIT 1)").Scan(&n); err != nil {
		return err
	}
	return tx.Commit()
}

// Secret returns the key that signs the forms' security tokens: kept in
// the database, so that a form loaded before the server was restarted can
// still be saved.
func (s *caseStore) Secret() []byte { return slices.Clone(s.key) }

// Path returns the database file, or "" for a memory store.
func (s *caseStore) Path() string { return s.path }

// Close closes the database and releases the lock. The store must not be
// used after.
func (s *caseStore) Close() error {
	if s.closed.Swap(true) {
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	err := s.db.Close()
	if s.lock != nil {
		if uerr := unlockFile(s.lock); err == nil {
			err = uerr
		}
		s.lock = nil
	}
	return err
}

// Backup writes a consistent copy of the database to a new file in dir
// (created for its owner only if missing), named after the database and
// the time, and returns its path. It records the path beside the database,
// so that an error about a damaged database can name it.
func (s *caseStore) Backup(dir string) (string, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", err
	}
	base := strings.TrimSuffix(filepath.Base(s.path), filepath.Ext(s.path))
	if base == "" {
		base = "cases"
	}
	name := filepath.Join(dir, base+"-"+s.now().Format("20060102-150405")+".db")
	abs, err := filepath.Abs(name)
	if err != nil {
		return "", err
	}
	if _, err := os.Stat(abs); err == nil {
		return "", fmt.Errorf("%s exists: not overwritten", abs)
	}
	// Made first, so that the copy is readable by its owner only.
	if err := os.WriteFile(abs, nil, 0o600); err != nil {
		return "", err
	}
	if _, err := s.db.Exec("VACUUM INTO ?", abs); err != nil {
		_ = os.Remove(abs)
		return "", fmt.Errorf("writing the backup %s: %w", abs, err)
	}
	if err := syncFile(abs); err != nil {
		return "", err
	}
	if s.path != "" {
		if err := os.WriteFile(lastBackupFile(s.path), []byte(abs+"\n"), 0o600); err != nil {
			return "", err
		}
	}
	return abs, nil
}

func syncFile(path string) error {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return err
	}
	err = f.Sync()
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// ---- reading ----

const caseColumns = "id, version, reviewer, saved, status, errors, warnings, record"

type scanner interface{ Scan(dest ...any) error }

func scanCase(row scanner) (storedCase, error) {
	var (
		sc    storedCase
		id    string
		saved int64
		rec   []byte
	)
	if err := row.Scan(&id, &sc.Version, &sc.Reviewer, &saved, &sc.Status, &sc.Errors, &sc.Warnings, &rec); err != nil {
		return storedCase{}, err
	}
	sc.Saved = time.Unix(0, saved).UTC()
	c, err := decodeStored(id, rec)
	if err != nil {
		return storedCase{}, err
	}
	sc.Case = c
	return sc, nil
}

// decodeStored decodes a stored record; the error names the case.
func decodeStored(id string, rec []byte) (record.Case, error) {
	var c record.Case
	if err := c.UnmarshalJSON(rec); err != nil {
		return record.Case{}, fmt.Errorf("the stored record of case %q cannot be read: %w", id, err)
	}
	return c, nil
}

// Get returns the current version of a case (errNotFound when there is
// none, or it is deleted).
func (s *caseStore) Get(id string) (storedCase, error) {
	sc, err := scanCase(s.db.QueryRow("SELECT "+caseColumns+" FROM cases WHERE id = ? AND deleted = 0", id))
	if errors.Is(err, sql.ErrNoRows) {
		return storedCase{}, errNotFound
	}
	return sc, err
}

// inspectionWhere adds the condition on the inspection to where.
func inspectionWhere(where []string, args []any, inspection string) ([]string, []any) {
	switch inspection {
	case "":
	case noInspection:
		where = append(where, "inspection = ''")
	default:
		where = append(where, "inspection = ?")
		args = append(args, inspection)
	}
	return where, args
}

// List returns one page of the list: the current cases (or the deleted
// ones) that match q, sorted by ID. It reads only the covering indexes, so
// that a page costs the same whatever the records hold.
func (s *caseStore) List(q listQuery) (listPage, error) {
	per := q.PerPage
	if per <= 0 {
		per = defaultPerPage
	}
	per = min(per, maxPerPage)
	page := max(q.Page, 1)
	deleted := 0
	if q.Deleted {
		deleted = 1
	}
	where, args := []string{"deleted = ?"}, []any{deleted}
	where, args = inspectionWhere(where, args, q.Inspection)
	switch q.Status {
	case filterComplete:
		where = append(where, "status = "+strconv.Itoa(int(statusComplete)))
	case filterIncomplete:
		where = append(where, "status = "+strconv.Itoa(int(statusIncomplete)))
	case filterExcluded:
		where = append(where, "status = "+strconv.Itoa(int(statusExcluded)))
	case filterHasErrors:
		where = append(where, "errors > 0")
	}
	if q.Search != "" {
		// A plain substring of the ID in lower case (Unicode's, as Go has
		// it), not a pattern.
		where = append(where, "instr(folded, ?) > 0")
		args = append(args, strings.ToLower(q.Search))
	}
	cond := strings.Join(where, " AND ")
	var p listPage
	if err := s.db.QueryRow("SELECT count(*) FROM cases WHERE "+cond, args...).Scan(&p.Total); err != nil {
		return listPage{}, err
	}
	p.Pages = max(1, (p.Total+per-1)/per)
	p.Page = min(page, p.Pages)
	rows, err := s.db.Query("SELECT id, inspection, reviewer, saved, status, errors, warnings, version, synthetic FROM cases WHERE "+cond+
		" ORDER BY id LIMIT ? OFFSET ?", append(args, per, (p.Page-1)*per)...)
	if err != nil {
		return listPage{}, err
	}
	defer rows.Close()
	p.Rows = make([]listRow, 0, per)
	for rows.Next() {
		var r listRow
		var saved int64
		if err := rows.Scan(&r.ID, &r.Inspection, &r.Reviewer, &saved, &r.Status, &r.Errors, &r.Warnings, &r.Version, &r.Synthetic); err != nil {
			return listPage{}, err
		}
		r.Saved = time.Unix(0, saved).UTC()
		p.Rows = append(p.Rows, r)
	}
	return p, rows.Err()
}

// History returns every version of a case, newest first (errNotFound when
// the ID was never stored).
func (s *caseStore) History(id string) ([]version, error) {
	rows, err := s.db.Query("SELECT n, action, reviewer, saved, changed, record FROM history WHERE id = ? ORDER BY n DESC", id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var vs []version
	for rows.Next() {
		var (
			v       version
			saved   int64
			changed string
		)
		if err := rows.Scan(&v.N, &v.Action, &v.Reviewer, &saved, &changed, &v.Record); err != nil {
			return nil, err
		}
		v.Saved = time.Unix(0, saved).UTC()
		if err := json.Unmarshal([]byte(changed), &v.Changed); err != nil {
			return nil, fmt.Errorf("the history of case %q: version %d: the list of changes cannot be read", id, v.N)
		}
		vs = append(vs, v)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if len(vs) == 0 {
		return nil, errNotFound
	}
	return vs, nil
}

// Inspections counts the current cases by inspection, sorted.
func (s *caseStore) Inspections() ([]inspectionCount, error) {
	rows, err := s.db.Query("SELECT inspection, count(*) FROM cases WHERE deleted = 0 GROUP BY inspection ORDER BY inspection")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []inspectionCount
	for rows.Next() {
		var ic inspectionCount
		if err := rows.Scan(&ic.Inspection, &ic.Cases); err != nil {
			return nil, err
		}
		out = append(out, ic)
	}
	return out, rows.Err()
}

// eachBatch is how many records Each and Export read at a time: the
// connection is free between batches, and memory stays small.
const eachBatch = 256

// eachRecord calls fn with the ID and compact JSON record of every current
// case of an inspection, in ID order, in batches (so that fn may use the
// store).
func (s *caseStore) eachRecord(inspection string, fn func(id string, rec []byte) error) error {
	after, first := "", true
	for {
		where, args := []string{"deleted = 0"}, []any{}
		if !first {
			where = append(where, "id > ?")
			args = append(args, after)
		}
		where, args = inspectionWhere(where, args, inspection)
		rows, err := s.db.Query("SELECT id, record FROM cases WHERE "+strings.Join(where, " AND ")+
			" ORDER BY id LIMIT "+strconv.Itoa(eachBatch), args...)
		if err != nil {
			return err
		}
		type item struct {
			id  string
			rec []byte
		}
		batch := make([]item, 0, eachBatch)
		for rows.Next() {
			var it item
			if err := rows.Scan(&it.id, &it.rec); err != nil {
				rows.Close()
				return err
			}
			batch = append(batch, it)
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			return err
		}
		for _, it := range batch {
			if err := fn(it.id, it.rec); err != nil {
				return err
			}
		}
		if len(batch) < eachBatch {
			return nil
		}
		after, first = batch[len(batch)-1].id, false
	}
}

// Each calls fn with every current case of an inspection ("" for all,
// noInspection for none) in ID order.
func (s *caseStore) Each(inspection string, fn func(record.Case) error) error {
	return s.eachRecord(inspection, func(id string, rec []byte) error {
		c, err := decodeStored(id, rec)
		if err != nil {
			return err
		}
		return fn(c)
	})
}

// Export writes the current cases of an inspection ("" for all,
// noInspection for none) as JSON lines sorted by ID: the form inspect
// -cases, record.DecodeEach and Import read.
func (s *caseStore) Export(w io.Writer, inspection string) error {
	return s.eachRecord(inspection, func(_ string, rec []byte) error {
		if _, err := w.Write(rec); err != nil {
			return err
		}
		_, err := w.Write([]byte{'\n'})
		return err
	})
}

// ---- writing ----

// prepared is a case ready to store: its record and what Judge made of it.
type prepared struct {
	c                record.Case
	rec              []byte
	status           caseStatus
	errors, warnings int
}

func prepare(c record.Case) (prepared, error) {
	rec, err := c.MarshalJSON()
	if err != nil {
		return prepared{}, err
	}
	p := prepared{c: c.Clone(), rec: rec}
	r := judgement.Judge(nil, c)
	p.status = statusComplete
	for _, k := range r.KeyResults {
		if k.Answer == 0 {
			p.status = statusIncomplete
			break
		}
	}
	if r.Exclusion.Outcome == sampling.Exclude {
		p.status = statusExcluded
	}
	for _, f := range r.Findings {
		switch f.Severity {
		case judgement.Error:
			p.errors++
		case judgement.Warning:
			p.warnings++
		}
	}
	return p, nil
}

// checkReviewer refuses a reviewer's name that would not print as itself.
func checkReviewer(reviewer string) error {
	if reviewer == "" {
		return nil
	}
	if err := record.CheckID(reviewer); err != nil {
		return fmt.Errorf("the reviewer's name: %w", err)
	}
	return nil
}

// current is a case's row as a change reads it.
type current struct {
	version int64
	deleted bool
	rec     []byte
}

func readCurrent(tx *sql.Tx, id string) (current, bool, error) {
	var cur current
	err := tx.QueryRow("SELECT version, deleted, record FROM cases WHERE id = ?", id).Scan(&cur.version, &cur.deleted, &cur.rec)
	if errors.Is(err, sql.ErrNoRows) {
		return current{}, false, nil
	}
	return cur, err == nil, err
}

// change runs fn in one write transaction and commits it.
func (s *caseStore) change(fn func(tx *sql.Tx, now time.Time) error) error {
	if s.closed.Load() {
		return errors.New("the case store is closed")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	tx, err := s.db.Begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := fn(tx, s.now()); err != nil {
		return err
	}
	return tx.Commit()
}

// put writes a case's row and its new history entry. prev is the record of
// the previous version (nil for none).
func put(tx *sql.Tx, p prepared, n int64, action, reviewer string, now time.Time, prev []byte) error {
	changed, err := json.Marshal(changedFields(prev, p.rec))
	if err != nil {
		return err
	}
	if _, err := tx.Exec(`INSERT INTO cases (id, folded, inspection, version, reviewer, saved, status, errors, warnings, deleted, record, synthetic)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)
		ON CONFLICT (id) DO UPDATE SET folded = excluded.folded, inspection = excluded.inspection, version = excluded.version,
			reviewer = excluded.reviewer, saved = excluded.saved, status = excluded.status,
			errors = excluded.errors, warnings = excluded.warnings, deleted = 0, record = excluded.record, synthetic = excluded.synthetic`,
		p.c.ID, strings.ToLower(p.c.ID), p.c.Inspection, n, reviewer, now.UnixNano(), p.status, p.errors, p.warnings, p.rec, p.c.Synthetic); err != nil {
		return err
	}
	_, err = tx.Exec("INSERT INTO history (id, n, action, reviewer, saved, changed, record) VALUES (?, ?, ?, ?, ?, ?, ?)",
		p.c.ID, n, action, reviewer, now.UnixNano(), string(changed), p.rec)
	return err
}

func (p prepared) stored(n int64, reviewer string, now time.Time) storedCase {
	return storedCase{Case: p.c.Clone(), Version: n, Reviewer: reviewer, Saved: now, Status: p.status, Errors: p.errors, Warnings: p.warnings}
}

// Save stores a case edited in the form. orig is the ID the edit started
// from ("" for a new case) and base its version then. Save refuses,
// changing nothing: a new case, or a renamed one, whose ID a current case
// has (errExists), or a deleted one has when renaming (restore it instead);
// an edit of a case deleted since (errDeleted) or changed since
// (errChanged). A new case with the ID of a deleted case continues that
// ID's history. A rename moves the case's history to its new ID.
func (s *caseStore) Save(c record.Case, orig string, base int64, reviewer string) (storedCase, error) {
	if err := checkReviewer(reviewer); err != nil {
		return storedCase{}, err
	}
	p, err := prepare(c)
	if err != nil {
		return storedCase{}, err
	}
	var out storedCase
	err = s.change(func(tx *sql.Tx, now time.Time) error {
		var prev []byte
		n := int64(1)
		if orig != "" {
			cur, ok, err := readCurrent(tx, orig)
			switch {
			case err != nil:
				return err
			case !ok || cur.deleted:
				return errDeleted
			case cur.version != base:
				return errChanged
			}
			prev, n = cur.rec, cur.version+1
		}
		if c.ID != orig {
			taken, ok, err := readCurrent(tx, c.ID)
			switch {
			case err != nil:
				return err
			case ok && (!taken.deleted || orig != ""):
				return errExists
			case ok:
				// A new case on a deleted case's ID: its next version.
				prev, n = taken.rec, taken.version+1
			}
			if orig != "" {
				// ON UPDATE CASCADE moves the history.
				if _, err := tx.Exec("UPDATE cases SET id = ? WHERE id = ?", c.ID, orig); err != nil {
					return err
				}
			}
		}
		out = p.stored(n, reviewer, now)
		return put(tx, p, n, actionSaved, reviewer, now, prev)
	})
	if err != nil {
		return storedCase{}, err
	}
	return out, nil
}

// Delete deletes a case, keeping its row and history so that it can be
// restored: errNotFound when no current case has the ID; errChanged when
// base is not 0 and the case is no longer at version base.
func (s *caseStore) Delete(id string, base int64, reviewer string) error {
	if err := checkReviewer(reviewer); err != nil {
		return err
	}
	return s.change(func(tx *sql.Tx, now time.Time) error {
		cur, ok, err := readCurrent(tx, id)
		switch {
		case err != nil:
			return err
		case !ok || cur.deleted:
			return errNotFound
		case base != 0 && cur.version != base:
			return errChanged
		}
		n := cur.version + 1
		if _, err := tx.Exec("UPDATE cases SET deleted = 1, version = ?, reviewer = ?, saved = ? WHERE id = ?", n, reviewer, now.UnixNano(), id); err != nil {
			return err
		}
		_, err = tx.Exec("INSERT INTO history (id, n, action, reviewer, saved, changed, record) VALUES (?, ?, ?, ?, ?, '[]', ?)",
			id, n, actionDeleted, reviewer, now.UnixNano(), cur.rec)
		return err
	})
}

// Restore brings a deleted case back as its last version: errNotFound when
// the ID was never stored, errExists when the case is not deleted.
func (s *caseStore) Restore(id, reviewer string) (storedCase, error) {
	if err := checkReviewer(reviewer); err != nil {
		return storedCase{}, err
	}
	var out storedCase
	err := s.change(func(tx *sql.Tx, now time.Time) error {
		cur, ok, err := readCurrent(tx, id)
		switch {
		case err != nil:
			return err
		case !ok:
			return errNotFound
		case !cur.deleted:
			return errExists
		}
		c, err := decodeStored(id, cur.rec)
		if err != nil {
			return err
		}
		p, err := prepare(c)
		if err != nil {
			return err
		}
		n := cur.version + 1
		out = p.stored(n, reviewer, now)
		return put(tx, p, n, actionRestored, reviewer, now, cur.rec)
	})
	if err != nil {
		return storedCase{}, err
	}
	return out, nil
}

// Import stores cases all or nothing, each as a new version with the action
// "imported": a case whose ID a current case has, or that is given twice,
// or that cannot be encoded, refuses the lot with an *importError naming
// the record and the case. A case with the ID of a deleted case continues
// that ID's history. It returns the number of cases stored.
func (s *caseStore) Import(cases []record.Case, reviewer string) (int, error) {
	if err := checkReviewer(reviewer); err != nil {
		return 0, err
	}
	ps := make([]prepared, len(cases))
	seen := make(map[string]int, len(cases))
	for i, c := range cases {
		if j, dup := seen[c.ID]; dup {
			return 0, &importError{Index: i + 1, Case: c.ID, Field: "id", Value: cut(c.ID),
				Reason: fmt.Sprintf("the ID is given twice (also record %d)", j+1), Err: errExists}
		}
		seen[c.ID] = i
		p, err := prepare(c)
		if err != nil {
			ie := &importError{Index: i + 1, Case: c.ID, Field: "id", Reason: err.Error(), Err: err}
			if errors.Is(err, record.ErrBadID) {
				ie.Case = ""
			}
			return 0, ie
		}
		ps[i] = p
	}
	err := s.change(func(tx *sql.Tx, now time.Time) error {
		for i, p := range ps {
			cur, ok, err := readCurrent(tx, p.c.ID)
			switch {
			case err != nil:
				return err
			case ok && !cur.deleted:
				return &importError{Index: i + 1, Case: p.c.ID, Field: "id", Value: cut(p.c.ID), Reason: errExists.Error(), Err: errExists}
			}
			n := int64(1)
			var prev []byte
			if ok {
				n, prev = cur.version+1, cur.rec
			}
			if err := put(tx, p, n, actionImported, reviewer, now, prev); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return 0, err
	}
	return len(ps), nil
}

// cut shortens a value shown in an error to 64 bytes, as record.DecodeError
// does.
func cut(s string) string {
	if len(s) <= 64 {
		return s
	}
	i := 64
	for i > 0 && !isRuneStart(s[i]) {
		i--
	}
	return s[:i] + "…"
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }

// changedFields names what differs between two compact JSON records:
// nothing for a first version (prev nil, nothing to compare); question IDs in catalogue order, then the other fields,
// one level deep ("factors.childSafety", "notes.P1.1"), in the order the
// records write them.
func changedFields(prev, next []byte) []string {
	if prev == nil {
		return nil
	}
	a, b := flatten(prev), flatten(next)
	var keys []string
	seen := map[string]bool{}
	for _, m := range []*flat{b, a} {
		for _, k := range m.order {
			if !seen[k] {
				seen[k] = true
				keys = append(keys, k)
			}
		}
	}
	var answers, others []string
	for _, k := range keys {
		va, ina := a.values[k]
		vb, inb := b.values[k]
		if ina == inb && bytes.Equal(va, vb) {
			continue
		}
		if q, ok := strings.CutPrefix(k, "answers."); ok {
			answers = append(answers, q)
		} else {
			others = append(others, k)
		}
	}
	slices.SortStableFunc(answers, func(x, y string) int { return positionOf(x) - positionOf(y) })
	return append(answers, others...)
}

// flat is a record's fields, one level deep, in order.
type flat struct {
	order  []string
	values map[string][]byte
}

// flatten splits a compact JSON record into its fields, the members of its
// objects one level deep ("answers.A1.1", "factors.childSafety"); arrays
// and deeper objects are one field each.
func flatten(rec []byte) *flat {
	f := &flat{values: map[string][]byte{}}
	if rec == nil {
		return f
	}
	add := func(k string, v []byte) {
		f.order = append(f.order, k)
		f.values[k] = v
	}
	var top orderedObject
	if err := json.Unmarshal(rec, &top); err != nil {
		add("record", rec)
		return f
	}
	for _, m := range top {
		if m.key == "id" {
			continue
		}
		var inner orderedObject
		if len(m.value) > 0 && m.value[0] == '{' && json.Unmarshal(m.value, &inner) == nil {
			for _, im := range inner {
				add(m.key+"."+im.key, im.value)
			}
			continue
		}
		add(m.key, m.value)
	}
	return f
}

// orderedObject is a JSON object's members in order.
type orderedObject []member

type member struct {
	key   string
	value json.RawMessage
}

func (o *orderedObject) UnmarshalJSON(b []byte) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return errors.New("not an object")
	}
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return err
		}
		k, _ := t.(string)
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			return err
		}
		*o = append(*o, member{k, v})
	}
	return nil
}

// positionOf is a question ID's place in the catalogue (later for unknown
// IDs).
func positionOf(id string) int {
	if p, ok := record.Position(framework.ID(id)); ok {
		return p
	}
	return 1 << 30
}

package main

// This file holds the store's side of the contract between the server and
// its store (see /work/notes/webstore-contract.md): the types the server
// reads. The SQLite store (branch webstore) defines them in its own files;
// this file goes when that branch is merged.

import (
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/yjinspect/yjinspect/record"
)

// errNotFound: no case is stored under the ID (or it is deleted).
var errNotFound = errors.New("no such case")

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

// noInspection, as listQuery.Inspection, selects the cases with no inspection.
const noInspection = "\x00none"

// storedCase is one stored case at its current version.
type storedCase struct {
	Case             record.Case
	Version          int64     // 1, 2, ...: rises by one on every save, delete or restore of the ID
	Reviewer         string    // who made this version ("" when not given)
	Saved            time.Time // when, UTC
	Status           caseStatus
	Errors, Warnings int // error and warning findings of judgement.Judge
}

// listRow is a case as the list shows it: no record, so a page is cheap.
type listRow struct {
	ID, Inspection, Reviewer string
	Saved                    time.Time
	Status                   caseStatus
	Errors, Warnings         int
	Version                  int64
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

// listPage is a page of the list.
type listPage struct {
	Rows               []listRow // sorted by ID
	Total, Page, Pages int       // matching cases; this page; pages (at least 1)
}

// inspectionCount is how many current cases an inspection has.
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
	Changed  []string // question IDs and fact paths whose value differs from the previous version, in catalogue order
	Record   []byte   // the compact JSON record of this version
}

// importError says why an import was refused; nothing was imported.
type importError struct {
	Source string // "pasted records" or a file name
	Index  int    // 1-based position of the record
	Case   string
	Err    error
}

func (e *importError) Error() string {
	return fmt.Sprintf("%s: record %d: case %q: %v", e.Source, e.Index, e.Case, e.Err)
}

func (e *importError) Unwrap() error { return e.Err }

// store keeps the web form's cases and their history.
type store interface {
	Get(id string) (storedCase, error)
	Save(c record.Case, orig string, base int64, reviewer string) (storedCase, error)
	Delete(id string, base int64, reviewer string) error
	Restore(id, reviewer string) (storedCase, error)
	List(q listQuery) (listPage, error)
	History(id string) ([]version, error)
	Inspections() ([]inspectionCount, error)
	Import(cases []record.Case, reviewer string) (int, error)
	Export(w io.Writer, inspection string) error
	Each(inspection string, fn func(record.Case) error) error
	Secret() []byte
	Path() string
	Close() error
}

package main

import (
	"bytes"
	"errors"
	"strconv"

	"github.com/yjinspect/yjinspect/record"
)

// failingStore is a store whose changes fail with err, as a full disk
// makes them fail; reading works.
type failingStore struct {
	store
	err error
}

func (f failingStore) Save(record.Case, string, int64, string) (storedCase, error) {
	return storedCase{}, f.err
}

func (f failingStore) Import([]record.Case, string) (int, error) { return 0, f.err }

func (f failingStore) Delete(string, int64, string) error { return f.err }

var errDiskFull = errors.New("database or disk is full")

// getCase is a stored case, and whether there is one.
func getCase(st store, id string) (record.Case, bool, error) {
	c, _, ok, err := lookup(st, id)
	return c, ok, err
}

// lookup is a stored case, its version as the form carries it, and
// whether there is one.
func lookup(st store, id string) (record.Case, string, bool, error) {
	sc, err := st.Get(id)
	if errors.Is(err, errNotFound) {
		return record.Case{}, "", false, nil
	}
	if err != nil {
		return record.Case{}, "", false, err
	}
	return sc.Case, strconv.FormatInt(sc.Version, 10), true, nil
}

// caseIDs is the IDs of every current case, sorted.
func caseIDs(st store) ([]string, error) {
	var ids []string
	for n := 1; ; n++ {
		p, err := st.List(listQuery{Page: n, PerPage: maxPerPage})
		if err != nil {
			return nil, err
		}
		for _, r := range p.Rows {
			ids = append(ids, r.ID)
		}
		if n >= p.Pages {
			return ids, nil
		}
	}
}

// putCase stores a new case.
func putCase(st store, c record.Case) error {
	_, err := st.Import([]record.Case{c}, "tester")
	return err
}

// exportAll is every case as the export gives them.
func exportAll(st store) ([]byte, error) {
	var b bytes.Buffer
	err := st.Export(&b, "")
	return b.Bytes(), err
}

// saveErr is the error of a Save.
func saveErr(_ storedCase, err error) error { return err }

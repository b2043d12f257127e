package main

import (
	"bytes"
	"errors"
	"fmt"
	"strconv"

	"github.com/yjinspect/yjinspect/record"
)

// This file adapts the server of the JSON-lines store to the store
// interface, with string versions as its forms carry them, until the
// server is rewritten against the interface.

// formatVersion is a version as a form carries it.
func formatVersion(v int64) string { return strconv.FormatInt(v, 10) }

// parseVersion reads a version a form carried: "" is 0, and anything that
// is not a version is -1, which matches no stored version.
func parseVersion(s string) int64 {
	if s == "" {
		return 0
	}
	v, err := strconv.ParseInt(s, 10, 64)
	if err != nil || v < 1 {
		return -1
	}
	return v
}

// lookupCase returns the current case with the ID, its version, and
// whether there is one.
func lookupCase(st store, id string) (record.Case, string, bool, error) {
	sc, err := st.Get(id)
	if errors.Is(err, errNotFound) {
		return record.Case{}, "", false, nil
	}
	if err != nil {
		return record.Case{}, "", false, err
	}
	return sc.Case, formatVersion(sc.Version), true, nil
}

// getCase returns the current case with the ID and whether there is one.
func getCase(st store, id string) (record.Case, bool, error) {
	c, _, ok, err := lookupCase(st, id)
	return c, ok, err
}

// caseIDs returns the IDs of the current cases, sorted.
func caseIDs(st store) ([]string, error) {
	var ids []string
	for page := 1; ; page++ {
		p, err := st.List(listQuery{Page: page, PerPage: maxPerPage})
		if err != nil {
			return nil, err
		}
		for _, r := range p.Rows {
			ids = append(ids, r.ID)
		}
		if page >= p.Pages {
			return ids, nil
		}
	}
}

// putCase stores a case, replacing any current one with the same ID
// whatever its version (an import the user asked to replace).
func putCase(st store, c record.Case) error {
	_, v, ok, err := lookupCase(st, c.ID)
	if err != nil {
		return err
	}
	if ok {
		_, err = st.Save(c, c.ID, parseVersion(v), "")
	} else {
		_, err = st.Save(c, "", 0, "")
	}
	return err
}

// saveCase stores a case edited in a form that started from the case orig
// at the given version.
func saveCase(st store, c record.Case, orig, version string) error {
	_, err := st.Save(c, orig, parseVersion(version), "")
	return err
}

// deleteCase deletes a case, at the given version unless it is ""; deleting
// a missing case is not an error.
func deleteCase(st store, id, version string) error {
	err := st.Delete(id, parseVersion(version), "")
	if errors.Is(err, errNotFound) {
		return nil
	}
	return err
}

// exportAll returns every current case as JSON lines, sorted by ID.
func exportAll(st store) ([]byte, error) {
	var b bytes.Buffer
	if err := st.Export(&b, ""); err != nil {
		return nil, fmt.Errorf("exporting the cases: %w", err)
	}
	return b.Bytes(), nil
}

// caseEntries returns every current case as the list of cases shows it, in
// one pass over the cases.
func caseEntries(st store) ([]caseEntry, error) {
	cs, ok := st.(*caseStore)
	if !ok {
		return nil, errors.New("the list needs the SQLite store")
	}
	rows, err := cs.db.Query("SELECT id, version, record FROM cases WHERE deleted = 0 ORDER BY id")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []caseEntry
	for rows.Next() {
		var (
			id  string
			v   int64
			rec []byte
		)
		if err := rows.Scan(&id, &v, &rec); err != nil {
			return nil, err
		}
		c, err := decodeStored(id, rec)
		if err != nil {
			return nil, err
		}
		out = append(out, caseEntry{ID: id, Version: formatVersion(v), Answers: c.Answers.Len(), Synthetic: c.Synthetic})
	}
	return out, rows.Err()
}

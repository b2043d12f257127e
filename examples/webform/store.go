package main

import (
	"bytes"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sync"

	"github.com/yjinspect/yjinspect/record"
)

// The store's refusals. The handlers turn them into messages for people.
var (
	// errChanged: the case was changed since the version the caller saw.
	errChanged = errors.New("the case was changed since it was loaded")
	// errDeleted: the case the caller edited is no longer stored.
	errDeleted = errors.New("the case was deleted since it was loaded")
	// errExists: another case already has the ID.
	errExists = errors.New("a case with this ID is already stored")
)

// caseStore keeps case records by their ID: in memory only (newMemCaseStore,
// for tests), or in memory and in a file of JSON lines (openFileStore), one
// record a line, sorted by ID, in the form record.DecodeEach and the
// inspect command read. It is safe for concurrent use and hands out copies:
// changing a case returned by Get never changes the stored one.
//
// Every stored case has a version, a digest of its record: an edit names
// the version it started from, and Save refuses it when the case has
// changed since (errChanged), so that no update overwrites another unseen.
//
// The file is never written in place: every change writes the whole file to
// a temporary file in the same directory, syncs it, renames it over the
// file and syncs the directory; the previous version is kept beside it as
// <file>.bak, written the same way. While a store is open it holds a lock
// (<file>.lock), so that a second server on the same file refuses to start.
type caseStore struct {
	mu    sync.Mutex
	cases map[string]fileCase
	path  string   // "" for a memory-only store
	lock  *os.File // held while the store is open; nil for memory
	prev  []byte   // the file's content as last read or written; nil when there was no file
	key   []byte   // see Secret
}

type fileCase struct {
	c       record.Case
	record  []byte // the compact JSON record
	version string
}

// newMemCaseStore returns an empty store that keeps its cases in memory only.
func newMemCaseStore() *caseStore { return &caseStore{cases: map[string]fileCase{}, key: randomKey()} }

// keySize is the size of the key of the forms' security tokens.
const keySize = 32

func randomKey() []byte {
	k := make([]byte, keySize)
	if _, err := rand.Read(k); err != nil {
		panic(err) // crypto/rand never fails on supported platforms
	}
	return k
}

// openFileStore locks path and loads its cases (JSON lines, or a JSON array
// as older versions of this program wrote). A missing file is an empty
// store; the file is created on the first change. Errors name the file and
// the line or position of a bad record, never its content beyond what
// record.DecodeError shows. Close releases the lock.
func openFileStore(path string) (*caseStore, error) {
	lock, err := lockFile(path + ".lock")
	if err != nil {
		return nil, err
	}
	s := &caseStore{cases: map[string]fileCase{}, path: path, lock: lock}
	if s.key, err = loadKey(path + ".key"); err != nil {
		_ = s.Close()
		return nil, err
	}
	if err := s.load(); err != nil {
		_ = s.Close()
		return nil, err
	}
	return s, nil
}

func (s *caseStore) load() error {
	data, err := os.ReadFile(s.path)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	s.prev = data
	err = record.DecodeEach(bytes.NewReader(data), func(c record.Case) error {
		sc, err := newStoredCase(c)
		if err != nil {
			return err
		}
		s.cases[c.ID] = sc
		return nil
	})
	if err != nil {
		return fmt.Errorf("%s: %w", s.path, err)
	}
	return nil
}

// loadKey reads the key kept at path, or makes one and keeps it there
// (readable by its owner only).
func loadKey(path string) ([]byte, error) {
	k, err := os.ReadFile(path)
	if err == nil && len(k) == keySize {
		return k, nil
	}
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return nil, err
	}
	k = randomKey()
	if err := writeFileAtomic(path, k); err != nil {
		return nil, fmt.Errorf("keeping the key of the forms' security tokens: %w", err)
	}
	return k, nil
}

// Secret returns the key that signs the forms' security tokens: for a file
// store, kept in <file>.key, so that a form loaded before the server was
// restarted can still be saved; for a memory store, made anew.
func (s *caseStore) Secret() []byte { return slices.Clone(s.key) }

// Path returns the store's file, or "" for a memory-only store.
func (s *caseStore) Path() string { return s.path }

// Close releases the store's lock. The store must not be used after.
func (s *caseStore) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.lock == nil {
		return nil
	}
	err := unlockFile(s.lock)
	s.lock = nil
	return err
}

func newStoredCase(c record.Case) (fileCase, error) {
	c = c.Clone()
	b, err := c.MarshalJSON()
	if err != nil {
		return fileCase{}, fmt.Errorf("encoding a case: %w", err)
	}
	return fileCase{c: c, record: b, version: versionOf(b)}, nil
}

// versionOf is the version of a case record: the first 16 hex digits of
// its SHA-256.
func versionOf(record []byte) string {
	sum := sha256.Sum256(record)
	return hex.EncodeToString(sum[:8])
}

// List returns the IDs of the stored cases, sorted.
func (s *caseStore) List() ([]string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.ids(), nil
}

func (s *caseStore) ids() []string {
	ids := make([]string, 0, len(s.cases))
	for id := range s.cases {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	return ids
}

// Get returns the case with the given ID and whether there is one.
func (s *caseStore) Get(id string) (record.Case, bool, error) {
	c, _, ok, err := s.Lookup(id)
	return c, ok, err
}

// Lookup returns the case with the given ID, its version, and whether there
// is one.
func (s *caseStore) Lookup(id string) (record.Case, string, bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	sc, ok := s.cases[id]
	if !ok {
		return record.Case{}, "", false, nil
	}
	return sc.c.Clone(), sc.version, true, nil
}

// Put stores a case, replacing any with the same ID whatever its version
// (an import the user asked to replace).
func (s *caseStore) Put(c record.Case) error {
	sc, err := newStoredCase(c)
	if err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.change(func(m map[string]fileCase) { m[c.ID] = sc })
}

// Save stores a case edited in the form. orig is the ID the case had when
// the form was loaded ("" for a new case) and version its version then.
// Save refuses, changing nothing: a new case, or a renamed one, whose ID is
// taken (errExists); an edit of a case deleted since (errDeleted) or changed
// since (errChanged). A rename stores the case under its new ID and removes
// the old one in the same write.
func (s *caseStore) Save(c record.Case, orig, version string) error {
	sc, err := newStoredCase(c)
	if err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if orig != "" {
		cur, ok := s.cases[orig]
		switch {
		case !ok:
			return errDeleted
		case cur.version != version:
			return errChanged
		}
	}
	if c.ID != orig {
		if _, taken := s.cases[c.ID]; taken {
			return errExists
		}
	}
	return s.change(func(m map[string]fileCase) {
		if orig != "" && orig != c.ID {
			delete(m, orig)
		}
		m[c.ID] = sc
	})
}

// Delete removes a case; deleting a missing case is not an error. When
// version is not "", the case is removed only if it still has that version
// (errChanged otherwise).
func (s *caseStore) Delete(id, version string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	cur, ok := s.cases[id]
	if !ok {
		return nil
	}
	if version != "" && cur.version != version {
		return errChanged
	}
	return s.change(func(m map[string]fileCase) { delete(m, id) })
}

// Export returns every stored case as JSON lines, sorted by ID: the content
// of the store's file.
func (s *caseStore) Export() []byte {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.encode(s.cases)
}

func (s *caseStore) encode(m map[string]fileCase) []byte {
	ids := make([]string, 0, len(m))
	n := 0
	for id, sc := range m {
		ids = append(ids, id)
		n += len(sc.record) + 1
	}
	slices.Sort(ids)
	out := make([]byte, 0, n)
	for _, id := range ids {
		out = append(out, m[id].record...)
		out = append(out, '\n')
	}
	return out
}

// change applies edit to a copy of the cases, writes the file (for a file
// store), and keeps the change only when the write succeeded. The caller
// holds s.mu.
func (s *caseStore) change(edit func(map[string]fileCase)) error {
	next := make(map[string]fileCase, len(s.cases)+1)
	for id, sc := range s.cases {
		next[id] = sc
	}
	edit(next)
	if s.path != "" {
		if s.lock == nil {
			return errors.New("the case store is closed")
		}
		data := s.encode(next)
		if s.prev != nil {
			if err := writeFileAtomic(s.path+".bak", s.prev); err != nil {
				return fmt.Errorf("keeping the previous version: %w", err)
			}
		}
		if err := writeFileAtomic(s.path, data); err != nil {
			return err
		}
		s.prev = data
	}
	s.cases = next
	return nil
}

// writeFileAtomic replaces path with data, readable by its owner only: it
// writes a temporary file in the same directory, syncs it, renames it over
// path and syncs the directory, so that after a crash path holds either the
// old content or the new, never a mix.
func writeFileAtomic(path string, data []byte) error {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	tmp, err := os.CreateTemp(dir, "."+base+".*.tmp")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // a no-op once renamed
	if err := tmp.Chmod(0o600); err != nil && runtime.GOOS != "windows" {
		tmp.Close()
		return err
	}
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return err
	}
	return syncDir(dir)
}

// syncDir makes a rename in dir durable. Windows cannot sync a directory
// (and needs not): there it does nothing.
func syncDir(dir string) error {
	if runtime.GOOS == "windows" {
		return nil
	}
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	err = d.Sync()
	if cerr := d.Close(); err == nil {
		err = cerr
	}
	return err
}

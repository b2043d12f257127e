package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sync"

	"github.com/yjinspect/yjinspect/judgement"
)

// Store keeps case records by their ID. Implementations are safe for
// concurrent use and hand out copies: changing a case returned by Get never
// changes the stored one.
type Store interface {
	// List returns the IDs of the stored cases, sorted.
	List() ([]string, error)
	// Get returns the case with the given ID and whether there is one.
	Get(id string) (judgement.Case, bool, error)
	// Put stores a case, replacing any with the same ID.
	Put(c judgement.Case) error
	// Delete removes a case; deleting a missing case is not an error.
	Delete(id string) error
}

// memStore keeps cases in memory; they are lost when the program stops.
type memStore struct {
	mu    sync.Mutex
	cases map[string]judgement.Case
}

// newMemStore returns an empty in-memory store.
func newMemStore() *memStore { return &memStore{cases: map[string]judgement.Case{}} }

func (s *memStore) List() ([]string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	ids := make([]string, 0, len(s.cases))
	for id := range s.cases {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	return ids, nil
}

func (s *memStore) Get(id string) (judgement.Case, bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	c, ok := s.cases[id]
	if !ok {
		return judgement.Case{}, false, nil
	}
	return c.Clone(), true, nil
}

func (s *memStore) Put(c judgement.Case) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.cases[c.ID] = c.Clone()
	return nil
}

func (s *memStore) Delete(id string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.cases, id)
	return nil
}

// fileStore keeps cases in memory and writes them all to a JSON file (an
// array of case records, sorted by ID) after every change. The file is
// replaced atomically and readable by its owner only, since case records
// are sensitive.
type fileStore struct {
	mem  *memStore
	path string
	mu   sync.Mutex // serialises changes and writes
}

// openFileStore loads the cases in path, or starts empty when the file does
// not exist yet (it is created on the first change). Errors name the file and
// the position of a bad record, never its content beyond what
// judgement.DecodeError shows.
func openFileStore(path string) (*fileStore, error) {
	s := &fileStore{mem: newMemStore(), path: path}
	data, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return s, nil
	}
	if err != nil {
		return nil, err
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return s, nil
	}
	var raws []json.RawMessage
	if err := json.Unmarshal(data, &raws); err != nil {
		return nil, fmt.Errorf("%s: not a JSON array of case records: %w", path, err)
	}
	for i, raw := range raws {
		c, err := judgement.Decode(bytes.NewReader(raw))
		if err != nil {
			return nil, fmt.Errorf("%s: record %d: %w", path, i+1, err)
		}
		if _, dup, _ := s.mem.Get(c.ID); dup {
			return nil, fmt.Errorf("%s: record %d: case ID given twice", path, i+1)
		}
		s.mem.cases[c.ID] = c
	}
	return s, nil
}

func (s *fileStore) List() ([]string, error) { return s.mem.List() }

func (s *fileStore) Get(id string) (judgement.Case, bool, error) { return s.mem.Get(id) }

func (s *fileStore) Put(c judgement.Case) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	old, had, _ := s.mem.Get(c.ID)
	_ = s.mem.Put(c)
	if err := s.write(); err != nil {
		if had {
			_ = s.mem.Put(old)
		} else {
			_ = s.mem.Delete(c.ID)
		}
		return err
	}
	return nil
}

func (s *fileStore) Delete(id string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	old, had, _ := s.mem.Get(id)
	if !had {
		return nil
	}
	_ = s.mem.Delete(id)
	if err := s.write(); err != nil {
		_ = s.mem.Put(old)
		return err
	}
	return nil
}

// write writes every case to a temporary file beside the store's file and
// renames it over the file. The caller holds s.mu.
func (s *fileStore) write() error {
	ids, _ := s.mem.List()
	var buf bytes.Buffer
	buf.WriteString("[\n")
	for i, id := range ids {
		c, _, _ := s.mem.Get(id)
		b, err := c.MarshalJSON()
		if err != nil {
			return fmt.Errorf("encoding a case: %w", err)
		}
		if i > 0 {
			buf.WriteString(",\n")
		}
		buf.Write(b)
	}
	buf.WriteString("\n]\n")

	dir, base := filepath.Split(s.path)
	if dir == "" {
		dir = "."
	}
	tmp, err := os.CreateTemp(dir, "."+base+".*.tmp")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // a no-op once renamed
	if err := tmp.Chmod(0o600); err != nil {
		tmp.Close()
		return err
	}
	if _, err := tmp.Write(buf.Bytes()); err != nil {
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
	return os.Rename(tmp.Name(), s.path)
}

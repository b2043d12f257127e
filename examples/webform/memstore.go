package main

import (
	"bytes"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/judgement"
	"github.com/yjinspect/yjinspect/record"
	"github.com/yjinspect/yjinspect/sampling"
)

// memStore is a store that keeps its cases in memory (for the tests, and
// until the SQLite store is merged): it keeps the contract's rules (versions, history, deleted cases,
// all-or-nothing imports) without a database.
type memStore struct {
	mu      sync.Mutex
	cur     map[string]storedCase
	deleted map[string]storedCase
	hist    map[string][]version // oldest first
	key     []byte
	now     func() time.Time
}

func newMemStore() *memStore {
	return &memStore{cur: map[string]storedCase{}, deleted: map[string]storedCase{}, hist: map[string][]version{},
		key: randomKey(), now: func() time.Time { return time.Now().UTC() }}
}

func (m *memStore) Secret() []byte { return slices.Clone(m.key) }
func (m *memStore) Path() string   { return "" }
func (m *memStore) Close() error   { return nil }

func (m *memStore) Get(id string) (storedCase, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	sc, ok := m.cur[id]
	if !ok {
		return storedCase{}, errNotFound
	}
	sc.Case = sc.Case.Clone()
	return sc, nil
}

// judged is a stored case of c as Judge sees it.
func judged(c record.Case) storedCase {
	res := judgement.Judge(framework.DomainTwo(), c)
	sc := storedCase{Case: c.Clone(), Status: statusComplete}
	for _, f := range res.Findings {
		switch f.Severity {
		case judgement.Error:
			sc.Errors++
		case judgement.Warning:
			sc.Warnings++
		}
	}
	for _, kr := range res.KeyResults {
		if kr.Answer == 0 {
			sc.Status = statusIncomplete
		}
	}
	if res.Exclusion.Outcome == sampling.Exclude {
		sc.Status = statusExcluded
	}
	return sc
}

func (m *memStore) record(id, action, reviewer string, sc storedCase) {
	b, _ := sc.Case.MarshalJSON()
	var changed []string
	if h := m.hist[id]; len(h) > 0 {
		prev, err := record.Decode(bytes.NewReader(h[len(h)-1].Record))
		if err == nil {
			changed = diff(prev, sc.Case)
		}
	}
	m.hist[id] = append(m.hist[id], version{N: sc.Version, Action: action, Reviewer: reviewer, Saved: sc.Saved, Changed: changed, Record: b})
}

// diff names the answers and facts that differ between a and b.
func diff(a, b record.Case) []string {
	var out []string
	for _, q := range framework.DomainTwo().Questions() {
		x, _ := a.Answers.Get(q.ID)
		y, _ := b.Answers.Get(q.ID)
		if x != y {
			out = append(out, string(q.ID))
		}
	}
	for _, f := range record.Facts() {
		x, xok := f.Get(&a)
		y, yok := f.Get(&b)
		if x != y || xok != yok {
			out = append(out, f.Path())
		}
	}
	return out
}

func (m *memStore) Save(c record.Case, orig string, base int64, reviewer string) (storedCase, error) {
	if err := record.CheckID(c.ID); err != nil {
		return storedCase{}, err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	var next int64 = 1
	if orig != "" {
		cur, ok := m.cur[orig]
		switch {
		case !ok:
			return storedCase{}, errDeleted
		case cur.Version != base:
			return storedCase{}, errChanged
		}
		next = cur.Version + 1
	}
	if c.ID != orig {
		if _, taken := m.cur[c.ID]; taken {
			return storedCase{}, errExists
		}
		if d, ok := m.deleted[c.ID]; ok && orig == "" {
			next = d.Version + 1
			delete(m.deleted, c.ID)
		}
	}
	if orig != "" && orig != c.ID {
		m.hist[c.ID] = append(m.hist[c.ID], m.hist[orig]...)
		delete(m.hist, orig)
		delete(m.cur, orig)
	}
	sc := judged(c)
	sc.Version, sc.Reviewer, sc.Saved = next, reviewer, m.now()
	m.cur[c.ID] = sc
	m.record(c.ID, "saved", reviewer, sc)
	sc.Case = sc.Case.Clone()
	return sc, nil
}

func (m *memStore) Delete(id string, base int64, reviewer string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	cur, ok := m.cur[id]
	if !ok {
		return errNotFound
	}
	if base != 0 && cur.Version != base {
		return errChanged
	}
	cur.Version++
	cur.Reviewer, cur.Saved = reviewer, m.now()
	delete(m.cur, id)
	m.deleted[id] = cur
	m.record(id, "deleted", reviewer, cur)
	return nil
}

func (m *memStore) Restore(id, reviewer string) (storedCase, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	d, ok := m.deleted[id]
	if !ok {
		return storedCase{}, errNotFound
	}
	if _, taken := m.cur[id]; taken {
		return storedCase{}, errExists
	}
	d.Version++
	d.Reviewer, d.Saved = reviewer, m.now()
	delete(m.deleted, id)
	m.cur[id] = d
	m.record(id, "restored", reviewer, d)
	return d, nil
}

func (m *memStore) List(q listQuery) (listPage, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	src := m.cur
	if q.Deleted {
		src = m.deleted
	}
	var rows []listRow
	for id, sc := range src {
		switch {
		case q.Inspection == noInspection && sc.Case.Inspection != "",
			q.Inspection != "" && q.Inspection != noInspection && sc.Case.Inspection != q.Inspection,
			q.Search != "" && !strings.Contains(strings.ToLower(id), strings.ToLower(q.Search)),
			q.Status == filterComplete && sc.Status != statusComplete,
			q.Status == filterIncomplete && sc.Status != statusIncomplete,
			q.Status == filterExcluded && sc.Status != statusExcluded,
			q.Status == filterHasErrors && sc.Errors == 0:
			continue
		}
		rows = append(rows, listRow{ID: id, Inspection: sc.Case.Inspection, Reviewer: sc.Reviewer, Saved: sc.Saved,
			Status: sc.Status, Errors: sc.Errors, Warnings: sc.Warnings, Version: sc.Version})
	}
	slices.SortFunc(rows, func(a, b listRow) int { return strings.Compare(a.ID, b.ID) })
	per := q.PerPage
	if per <= 0 {
		per = 50
	}
	per = min(per, 200)
	p := listPage{Total: len(rows), Page: max(q.Page, 1), Pages: max((len(rows)+per-1)/per, 1)}
	lo := min((p.Page-1)*per, len(rows))
	p.Rows = rows[lo:min(lo+per, len(rows))]
	return p, nil
}

func (m *memStore) History(id string) ([]version, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	h := m.hist[id]
	if len(h) == 0 {
		return nil, errNotFound
	}
	out := slices.Clone(h)
	slices.Reverse(out)
	return out, nil
}

func (m *memStore) Inspections() ([]inspectionCount, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	n := map[string]int{}
	for _, sc := range m.cur {
		n[sc.Case.Inspection]++
	}
	var out []inspectionCount
	for _, in := range slices.Sorted(mapsKeys(n)) {
		out = append(out, inspectionCount{Inspection: in, Cases: n[in]})
	}
	return out, nil
}

func mapsKeys(m map[string]int) func(func(string) bool) {
	return func(yield func(string) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

func (m *memStore) Import(cases []record.Case, reviewer string) (int, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	seen := map[string]bool{}
	for i, c := range cases {
		if err := record.CheckID(c.ID); err != nil {
			return 0, &importError{Source: "records", Index: i + 1, Case: c.ID, Err: err}
		}
		if _, taken := m.cur[c.ID]; taken || seen[c.ID] {
			return 0, &importError{Source: "records", Index: i + 1, Case: c.ID, Err: errExists}
		}
		seen[c.ID] = true
	}
	for _, c := range cases {
		sc := judged(c)
		sc.Version, sc.Reviewer, sc.Saved = 1, reviewer, m.now()
		if d, ok := m.deleted[c.ID]; ok {
			sc.Version = d.Version + 1
			delete(m.deleted, c.ID)
		}
		m.cur[c.ID] = sc
		m.record(c.ID, "imported", reviewer, sc)
	}
	return len(cases), nil
}

func (m *memStore) sorted(inspection string) []storedCase {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []storedCase
	for _, sc := range m.cur {
		if inspection == "" || sc.Case.Inspection == inspection || (inspection == noInspection && sc.Case.Inspection == "") {
			out = append(out, sc)
		}
	}
	slices.SortFunc(out, func(a, b storedCase) int { return strings.Compare(a.Case.ID, b.Case.ID) })
	return out
}

func (m *memStore) Export(w io.Writer, inspection string) error {
	for _, sc := range m.sorted(inspection) {
		b, err := sc.Case.MarshalJSON()
		if err != nil {
			return err
		}
		if _, err := fmt.Fprintf(w, "%s\n", b); err != nil {
			return err
		}
	}
	return nil
}

func (m *memStore) Each(inspection string, fn func(record.Case) error) error {
	for _, sc := range m.sorted(inspection) {
		if err := fn(sc.Case.Clone()); err != nil {
			return err
		}
	}
	return nil
}

// Package carag holds the domain two case assessment rules and guidance
// (CARaG) of HM Inspectorate of Probation as data: every question, key
// question and guidance paragraph of the source, in source order, in the
// embedded file carag.json.
//
// carag.json is the one source of truth for the catalogue (package
// framework) and the guidance (package guidance). It was extracted from
// testdata/domain-two-carag.txt (a copy of the published text) and is checked
// against it word for word by the tests of this package: PDF line breaks are
// joined, page numbers dropped, sentences and bullets split across blank lines
// put back together; no word is changed.
//
// The text is Crown copyright and is used under the Open Government Licence
// v3.0: Contains public sector information licensed under the Open
// Government Licence v3.0.
package carag

import (
	"bytes"
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"sync"
)

//go:embed carag.json
var data []byte

// Document is the decoded form of carag.json.
type Document struct {
	Title        string        `json:"title"`
	Publisher    string        `json:"publisher"`
	Introduction []string      `json:"introduction"`
	Key          Key           `json:"key"`
	Standards    []Standard    `json:"standards"`
	KeyQuestions []KeyQuestion `json:"keyQuestions"`
	Questions    []Question    `json:"questions"`
}

// Key is the source's key to question formats.
type Key struct {
	Heading string     `json:"heading"`
	Columns []string   `json:"columns"`
	Entries []KeyEntry `json:"entries"`
}

// KeyEntry is one row of the key.
type KeyEntry struct {
	Kind       string   `json:"kind"`
	Format     string   `json:"format"`
	Example    string   `json:"example"`
	Represents []string `json:"represents"`
}

// Standard is a standard of domain two.
type Standard struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// KeyQuestion is a key-question heading with the guidance under it.
type KeyQuestion struct {
	ID       string   `json:"id"`
	Number   string   `json:"number"`
	Standard string   `json:"standard,omitempty"`
	Phase    string   `json:"phase,omitempty"`
	Area     string   `json:"area,omitempty"`
	Section  string   `json:"section"`
	Text     string   `json:"text"`
	Guidance []string `json:"guidance"`
}

// Question is one inspection question with the CARaG text beside it.
type Question struct {
	ID           string   `json:"id"`
	Number       string   `json:"number"`
	KeyQuestion  string   `json:"keyQuestion,omitempty"`
	Section      string   `json:"section"`
	Heading      string   `json:"heading,omitempty"`
	Kind         string   `json:"kind"`
	KindInferred bool     `json:"kindInferred"`
	Answer       string   `json:"answer"`
	Text         string   `json:"text"`
	Guidance     []string `json:"guidance"`
}

// Parse decodes a catalogue document strictly: unknown fields and trailing
// data are errors. It does not check the catalogue's integrity; that is
// framework.Validate's job.
func Parse(b []byte) (*Document, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	var d Document
	if err := dec.Decode(&d); err != nil {
		return nil, fmt.Errorf("carag: decoding catalogue: %w", err)
	}
	if dec.More() {
		return nil, fmt.Errorf("carag: decoding catalogue: data after the document")
	}
	return &d, nil
}

// Digest returns the hex SHA-256 of b.
func Digest(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

var embedded = sync.OnceValues(func() (*Document, error) { return Parse(data) })

// Embedded returns the decoded embedded catalogue and its digest. The
// document is shared: callers must not modify it.
func Embedded() (*Document, string, error) {
	d, err := embedded()
	return d, embeddedDigest(), err
}

var embeddedDigest = sync.OnceValue(func() string { return Digest(data) })

// Data returns a copy of the embedded carag.json.
func Data() []byte { return bytes.Clone(data) }

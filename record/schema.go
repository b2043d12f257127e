package record

import (
	"bytes"
	_ "embed"
)

//go:generate go test -run ^(TestSchemaUpToDate|TestExampleRecordInDocs)$ -update

//go:embed case.schema.json
var schemaJSON []byte

// Schema returns the JSON Schema (draft 2020-12) of the case record, as
// shipped in case.schema.json: every question ID with the kind of answer it
// takes, the levels, facts, concern and deficit names, and the RoSH
// rationale. It describes the canonical form that encoding writes (canonical
// IDs, lower-case answers); Decode also accepts printed IDs and answers in any
// case. A test keeps the file equal to what the Go types and the catalogue
// say. The slice is the caller's own.
func Schema() []byte { return bytes.Clone(schemaJSON) }

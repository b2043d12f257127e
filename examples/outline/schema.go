package main

import _ "embed"

// catalogueSchema is the JSON Schema of the catalogue data (-format
// schema). TestCatalogueSchemaUpToDate keeps the file equal to what the Go
// types of the catalogue data (internal/carag) and the enums say; go
// generate rewrites it.
//
//go:embed catalogue.schema.json
var catalogueSchema []byte

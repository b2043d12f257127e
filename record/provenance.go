package record

import (
	"bytes"

	"github.com/yjinspect/yjinspect/internal/jsonscan"
)

// This file reads and writes the fields of a case record that say where it
// comes from: "inspection" (which inspection it belongs to) and "synthetic"
// (made up by a generator). Neither is in the CARaG: they let a report rate
// each inspection apart and say when its data are not real.

// decodeProvenance decodes the inspection and synthetic fields of a record
// whose ID is already in out, as strictly as the other fields.
func decodeProvenance(raw caseJSON, out *Case) error {
	fail := func(field, value, reason string) error {
		return &DecodeError{Case: out.ID, Field: field, Value: value, Reason: reason}
	}
	if !jsonscan.IsNull(raw.Inspection) {
		if err := jsonscan.Strict(raw.Inspection, &out.Inspection); err != nil {
			return fail("inspection", string(raw.Inspection), "want a string")
		}
		if err := checkIDField(out.ID, "inspection", out.Inspection); err != nil {
			return err
		}
	}
	if !jsonscan.IsNull(raw.Synthetic) {
		if err := jsonscan.Strict(raw.Synthetic, &out.Synthetic); err != nil {
			return fail("synthetic", string(raw.Synthetic), "want a boolean (true or false)")
		}
	}
	return nil
}

// writeProvenance writes the inspection and synthetic fields that are
// recorded, each after a comma.
func writeProvenance(b *bytes.Buffer, c *Case) {
	if c.Inspection != "" {
		b.WriteString(`,"inspection":`)
		writeJSONString(b, c.Inspection)
	}
	if c.Synthetic {
		b.WriteString(`,"synthetic":true`)
	}
}
